/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * collaboration.h: design step 5, the other collaborations on the same
 * terrain and how the coalition relates to each. Errors as in coalition.h.
 */
#ifndef VITAAL_COLLABORATION_H
#define VITAAL_COLLABORATION_H

#include <stdint.h>

#include "vitaal/records.h"

struct store;

/* The stances, in the order a user cycles through them. */
extern const char *const collaboration_stances[];
#define COLLABORATION_NSTANCES	4

/* The stance after (dir = +1) or before (dir = -1) stance; an unknown
 * stance gives the first. Static storage. Pure. */
const char	*collaboration_next_stance(const char *stance, int dir);

/* Add one by name (trimmed, one line, not blank). */
int64_t		 collaboration_add(struct store *st, int64_t coalition_id, const char *name,
		    char **cause);
/* Save all fields of c after checking them (stance must be a known one). */
int		 collaboration_save(struct store *st, const struct collaboration *c, char **cause);
int		 collaboration_remove(struct store *st, int64_t id, char **cause);

#endif
