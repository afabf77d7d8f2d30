/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * export.h: summaries to take out of the werkboek. Each writer builds the
 * whole text in memory from the model, so a failure leaves nothing half
 * written; the caller decides where it goes (stdout or a file).
 */
#ifndef VITAAL_EXPORT_H
#define VITAAL_EXPORT_H

#include <stdint.h>

struct catalogue;
struct store;

/* Plain text is made to be pasted into an e-mail body: UTF-8, lines of at
 * most this many columns, headings underlined. */
#define EXPORT_TXT_COLS	72

/* The summary of session id as plain text: kind, title, date, place,
 * facilitator and who was there, the agenda, and per coalition each
 * question answered or changed in it with its last answer of the session
 * and the method's source. *out is allocated (caller frees). 0, or -1
 * with *cause. */
int	export_session_txt(struct store *st, const struct catalogue *cat, int64_t id,
	    char **out, char **cause);

#endif
