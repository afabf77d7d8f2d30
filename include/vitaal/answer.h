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

/* What answer_save_over did besides saving. */
struct answer_merge {
	/* The answer as now saved, when another terminal had saved it
	 * meanwhile and the merge differs from the value given (caller
	 * frees); NULL otherwise. */
	char	*value;
	size_t	 conflicts;	/* marked blocks the merge wrote (merge.h) */
	/* In: a byte offset in the value given (the cursor); out: the same
	 * place in ->value. */
	size_t	 cursor;
	char	*who;		/* who saved meanwhile; NULL = not known */
	char	 when[8];	/* at what time, "HH:MM" local; "" = not known */
};

/*
 * Save value as answer_save does, over base: the value this terminal last
 * read or saved. When another terminal saved the answer since, the two
 * are merged word by word (merge3 of merge.h: base, value, theirs), with
 * each version of a conflict labelled by who wrote it when (me: the name
 * of the person at this terminal, NULL not known); value as given and the
 * merge are both saved, so the history keeps both. Read, merge and write
 * are one transaction. 1 when merged (m filled; release with
 * answer_merge_clear), 0 when saved as given, -1 on error.
 */
int	 answer_save_over(struct store *st, int64_t coalition_id, const char *item_key,
	    const char *base, const char *value, int64_t session_id, const char *me,
	    struct answer_merge *m, char **cause);
void	 answer_merge_clear(struct answer_merge *m);

/* The current value (allocated, "" when never answered), or NULL on error. */
char	*answer_value(struct store *st, int64_t coalition_id, const char *item_key,
	    char **cause);

/* Make the value of history entry change_id the current answer again. */
int	 answer_restore(struct store *st, int64_t change_id, int64_t session_id,
	    char **cause);

#endif
