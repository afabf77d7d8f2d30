/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * note.c: see note.h.
 */
#include "config.h"

#include <string.h>

#include "vitaal/answer.h"
#include "vitaal/note.h"
#include "vitaal/store.h"
#include "vitaal/utf8.h"
#include "vitaal/util.h"

int64_t
note_save(struct store *st, int64_t coalition_id, int64_t id, const char *text,
    int64_t session_id, char **cause)
{
	size_t len = strlen(text);
	int64_t ret;

	if (len > ANSWER_MAX_BYTES) {
		if (cause != NULL)
			*cause = xasprintf("notitie te lang (%zu bytes)", len);
		return -1;
	}
	if (utf8_validate(text, len, cause) != 0)
		return -1;
	if (str_is_blank(text)) {
		if (id == 0)
			return 0;
		ret = store_note_delete(st, id) == 0 ? 0 : -1;
	} else if (id == 0)
		ret = store_note_insert(st, coalition_id, text, session_id);
	else
		ret = store_note_update(st, id, text) == 0 ? id : -1;
	if (ret < 0 && cause != NULL)
		*cause = xstrdup(store_errmsg(st));
	return ret;
}
