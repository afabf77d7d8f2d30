/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * answer.c: saving, reading and restoring answers. The rules that protect
 * what people typed live here: text must be UTF-8 (it is refused, not
 * mangled, so the caller can keep it on screen), unchanged or empty saves
 * do not pollute the history, and a save over another terminal's merges
 * with it (merge.h) instead of overwriting or doubling it.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "vitaal/answer.h"
#include "vitaal/merge.h"
#include "vitaal/store.h"
#include "vitaal/utf8.h"
#include "vitaal/util.h"
#include "model_int.h"

int
answer_save(struct store *st, int64_t coalition_id, const char *item_key,
    const char *value, int64_t session_id, char **cause)
{
	struct answer *old;
	size_t len = strlen(value);

	if (len > ANSWER_MAX_BYTES) {
		if (cause != NULL)
			*cause = xasprintf("antwoord te lang (%zu bytes, hoogstens %d)", len,
			    ANSWER_MAX_BYTES);
		return -1;
	}
	if (utf8_validate(value, len, cause) != 0)
		return -1;
	old = store_answer_get(st, coalition_id, item_key);
	if (old == NULL && store_status(st) != STORE_NOTFOUND)
		return model_store_cause(st, cause);
	if ((old == NULL && str_is_blank(value)) ||
	    (old != NULL && strcmp(old->value, value) == 0)) {
		answer_free(old);
		return 0;
	}
	answer_free(old);
	if (store_answer_set(st, coalition_id, item_key, value, session_id) != 0)
		return model_store_cause(st, cause);
	return 0;
}

/* The label of one version in a merge: who and when (merge_label); this
 * terminal's own (updated NULL: now) without a name is "mijn versie". */
static char *
version_label(const char *who, const char *updated)
{
	char when[8];

	if (updated == NULL || str_local_time(updated, 0, when, sizeof when) != 0) {
		time_t now = time(NULL);
		struct tm tm;

		localtime_r(&now, &tm);
		strftime(when, sizeof when, "%H:%M", &tm);
	}
	if (updated == NULL && str_is_blank(who))
		return xasprintf("mijn versie (%s)", when);
	return merge_label(who, when);
}

int
answer_save_over(struct store *st, int64_t coalition_id, const char *item_key,
    const char *base, const char *value, int64_t session_id, const char *me,
    struct answer_merge *m, char **cause)
{
	struct answer *now;
	struct merge_opts o;
	char *merged = NULL, *ml, *tl;

	o.cursor = m->cursor;
	memset(m, 0, sizeof *m);
	if (store_begin(st) != 0)
		return model_store_cause(st, cause);
	now = store_answer_get(st, coalition_id, item_key);
	if (now == NULL && store_status(st) != STORE_NOTFOUND) {
		store_rollback(st);
		return model_store_cause(st, cause);
	}
	/* Someone else saved since this terminal read it: merge, and keep
	 * what was typed here in the history as well. */
	if (now != NULL && strcmp(now->value, base) != 0 && strcmp(now->value, value) != 0) {
		ml = version_label(me, NULL);
		tl = version_label(now->author, now->updated);
		o.mine_label = ml;
		o.theirs_label = tl;
		merged = merge3_with(base, value, now->value, &o, &m->conflicts);
		free(ml);
		free(tl);
		if (strcmp(merged, value) == 0) {
			free(merged);
			merged = NULL;
		} else {
			m->who = now->author != NULL ? xstrdup(now->author) : NULL;
			str_local_time(now->updated, 0, m->when, sizeof m->when);
			m->cursor = o.cursor;
		}
	}
	answer_free(now);
	if (answer_save(st, coalition_id, item_key, value, session_id, cause) != 0 ||
	    (merged != NULL && answer_save(st, coalition_id, item_key, merged, session_id,
	    cause) != 0)) {
		store_rollback(st);
		free(merged);
		answer_merge_clear(m);
		return -1;
	}
	if (store_commit(st) != 0) {
		free(merged);
		answer_merge_clear(m);
		return model_store_cause(st, cause);
	}
	m->value = merged;
	return merged != NULL ? 1 : 0;
}

void
answer_merge_clear(struct answer_merge *m)
{
	free(m->value);
	free(m->who);
	memset(m, 0, sizeof *m);
}

char *
answer_value(struct store *st, int64_t coalition_id, const char *item_key, char **cause)
{
	struct answer *a;
	char *v;

	if ((a = store_answer_get(st, coalition_id, item_key)) == NULL) {
		if (store_status(st) == STORE_NOTFOUND)
			return xstrdup("");
		model_store_cause(st, cause);
		return NULL;
	}
	v = a->value;
	a->value = NULL;
	answer_free(a);
	return v;
}

int
answer_restore(struct store *st, int64_t change_id, int64_t session_id, char **cause)
{
	struct answer_change *c;
	int ret;

	if ((c = store_answer_change_get(st, change_id)) == NULL)
		return model_store_cause(st, cause);
	ret = store_answer_set(st, c->coalition_id, c->item_key, c->value, session_id);
	answer_change_free(c);
	return ret == 0 ? 0 : model_store_cause(st, cause);
}
