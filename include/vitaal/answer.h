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

/* The current value (allocated, "" when never answered), or NULL on error. */
char	*answer_value(struct store *st, int64_t coalition_id, const char *item_key,
	    char **cause);

/* Make the value of history entry change_id the current answer again. */
int	 answer_restore(struct store *st, int64_t change_id, int64_t session_id,
	    char **cause);

#endif
