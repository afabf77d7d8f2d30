/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * answer.c: saving, reading and restoring answers. The rules that protect
 * what people typed live here: text must be UTF-8 (it is refused, not
 * mangled, so the caller can keep it on screen), and unchanged or empty
 * saves do not pollute the history.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "vitaal/answer.h"
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

int
answer_save_over(struct store *st, int64_t coalition_id, const char *item_key,
    const char *base, const char *value, int64_t session_id, char **merged, char **cause)
{
	struct answer *now;
	const char *cur;
	char *both = NULL;
	int ret;

	*merged = NULL;
	if (store_begin(st) != 0)
		return model_store_cause(st, cause);
	now = store_answer_get(st, coalition_id, item_key);
	if (now == NULL && store_status(st) != STORE_NOTFOUND) {
		store_rollback(st);
		return model_store_cause(st, cause);
	}
	cur = now != NULL ? now->value : "";
	if (strcmp(cur, base) != 0 && strcmp(cur, value) != 0 && !str_is_blank(cur))
		both = str_is_blank(value) ? xstrdup(cur) :
		    xasprintf("%s\n\n%s\n%s", cur, ANSWER_CONFLICT_MARK, value);
	answer_free(now);
	ret = answer_save(st, coalition_id, item_key, both != NULL ? both : value, session_id,
	    cause);
	if (ret != 0) {
		store_rollback(st);
		free(both);
		return -1;
	}
	if (store_commit(st) != 0) {
		free(both);
		return model_store_cause(st, cause);
	}
	*merged = both;
	return both != NULL ? 1 : 0;
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
