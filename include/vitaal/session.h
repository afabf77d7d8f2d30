/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * session.h: sessions (werkconferentie, intervisie, teamoverleg). While a
 * session is open on a terminal, every answer saved there carries its id,
 * so the session can say exactly what was added or changed in it; the
 * coalitions worked on join its agenda. Errors as in coalition.h.
 */
#ifndef VITAAL_SESSION_H
#define VITAAL_SESSION_H

#include <stddef.h>
#include <stdint.h>

#include "vitaal/records.h"

struct store;


extern const char *const session_kinds[];
#define SESSION_NKINDS	3

/* Open a new session of kind (one of session_kinds) dated date (YYYY-MM-DD). */
int64_t	session_open(struct store *st, const char *kind, const char *title, const char *date,
	    const char *place, const char *facilitator, char **cause);
/* All sessions, newest first. */
struct session_rec_list *session_list(struct store *st, char **cause);
/* What was saved in session id: every change, oldest first. */
struct session_change *session_changes(struct store *st, int64_t id, size_t *n, char **cause);
/* Put a coalition on the session's agenda (idempotent). */
int	session_agenda_add(struct store *st, int64_t id, int64_t coalition_id, char **cause);
/* The names of the coalitions on its agenda (free each and the array). */
char	**session_agenda(struct store *st, int64_t id, size_t *n, char **cause);

#endif
