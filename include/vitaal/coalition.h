/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * coalition.h: coalitions as the workbook sees them. Every function checks
 * its input first (a name must be valid UTF-8, one line, not blank, at most
 * COALITION_NAME_MAX columns) and then asks the store. On failure they return
 * -1 / NULL and, when cause is not NULL, an allocated one-line Dutch message
 * (caller frees).
 */
#ifndef VITAAL_COALITION_H
#define VITAAL_COALITION_H

#include <stdint.h>

#include "vitaal/records.h"

struct store;

#define COALITION_NAME_MAX	80	/* display columns */

/* Check a proposed name: returns a trimmed copy in NFC (caller frees) or
 * NULL with *cause set. Pure. */
char		*coalition_name_clean(const char *name, char **cause);

/* Create and rename refuse a name that another coalition has already
 * without regard to case and normal form ("ÉÉNDRACHT" = "ééndracht", and
 * "Café" in NFC = "Café" in NFD). */
int64_t		 coalition_create(struct store *st, const char *name, char **cause);
int		 coalition_rename(struct store *st, int64_t id, const char *name, char **cause);
int		 coalition_archive(struct store *st, int64_t id, int archived, char **cause);
int		 coalition_set_phase(struct store *st, int64_t id, int phase, char **cause);

/* Delete a coalition with everything it holds. Deleting cannot be undone,
 * so the caller must pass the coalition's name as confirm (as a user typed
 * it: case and surrounding blanks do not matter); anything else refuses. */
int		 coalition_delete(struct store *st, int64_t id, const char *confirm,
		    char **cause);

/* Find a coalition by its number or its name, without regard to case
 * (Unicode case folding) and normal form. */
struct coalition *coalition_resolve(struct store *st, const char *name_or_id, char **cause);

/* Percentage 0..100 of answered workbook items, rounded down; 0 when total
 * is 0. Pure. */
int		 coalition_percent(int answered, int total);

/* Phase label for the start screen: "Initiatief", "1 Zoeken", … Static. */
const char	*coalition_phase_label(int phase);

#endif
