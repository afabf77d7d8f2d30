/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * answer.h: saving and restoring a coalition's answers. Every saved change
 * is kept (store triggers); restoring an old value is itself a new change,
 * so nothing is ever overwritten for good. Errors as in coalition.h.
 */
#ifndef VITAAL_ANSWER_H
#define VITAAL_ANSWER_H

#include <stdint.h>

#include "vitaal/records.h"

struct store;

/* Largest answer we accept, in bytes: far above anything typed, low enough
 * to refuse a runaway paste with a message instead of a slow werkboek. */
#define ANSWER_MAX_BYTES	(4 * 1024 * 1024)

/* Save value as the answer to item_key. Invalid UTF-8 and oversized values
 * are refused; saving the same value again changes nothing; a blank value
 * for a never-answered item writes nothing. session_id 0 = none. */
int	 answer_save(struct store *st, int64_t coalition_id, const char *item_key,
	    const char *value, int64_t session_id, char **cause);

/* The line between two texts typed at once on different terminals. */
#define ANSWER_CONFLICT_MARK	"──── tegelijk bewerkt op een andere terminal ────"

/* Save value as answer_save does, over base: the value this terminal last
 * read or saved. If another terminal changed the answer since, nothing is
 * dropped: the answer becomes their text, ANSWER_CONFLICT_MARK, then value
 * (or just the non-blank one of the two), *merged gets that text (caller
 * frees) and the result is 1. Read and write are one transaction. 0 when
 * saved without conflict, -1 on error. */
int	 answer_save_over(struct store *st, int64_t coalition_id, const char *item_key,
	    const char *base, const char *value, int64_t session_id, char **merged,
	    char **cause);

/* The current value (allocated, "" when never answered), or NULL on error. */
char	*answer_value(struct store *st, int64_t coalition_id, const char *item_key,
	    char **cause);

/* Make the value of history entry change_id the current answer again. */
int	 answer_restore(struct store *st, int64_t change_id, int64_t session_id,
	    char **cause);

#endif
