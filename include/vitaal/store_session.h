/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * store_session.h: the store side of session.h (store_session.c).
 */
#ifndef VITAAL_STORE_SESSION_H
#define VITAAL_STORE_SESSION_H

#include <stddef.h>
#include <stdint.h>

struct store;
struct session_rec_list;
struct session_change;

int64_t		 store_session_insert(struct store *st, const char *kind, const char *title,
		    const char *date, const char *place, const char *facilitator);
struct session_rec_list *store_session_list(struct store *st);
struct session_change *store_session_changes(struct store *st, int64_t id, size_t *n);
int		 store_session_agenda_add(struct store *st, int64_t id, int64_t coalition_id);
char		**store_session_agenda(struct store *st, int64_t id, size_t *n);

#endif
