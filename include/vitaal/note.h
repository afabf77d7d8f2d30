/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * note.h: free notes on a coalition. Errors as in coalition.h.
 */
#ifndef VITAAL_NOTE_H
#define VITAAL_NOTE_H

#include <stdint.h>

struct store;

/* Save text as note id (0 = a new note). A new blank note is not stored;
 * an existing note emptied of text is deleted. Returns the note's id, 0
 * when nothing is stored, or -1. */
int64_t	note_save(struct store *st, int64_t coalition_id, int64_t id, const char *text,
	    int64_t session_id, char **cause);

#endif
