/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * model.c: see model_int.h.
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
model_store_cause(struct store *st, char **cause)
{
	if (cause != NULL)
		*cause = xstrdup(store_errmsg(st));
	return -1;
}

void *
model_read(struct store *st, void *got, char **cause)
{
	if (got == NULL)
		model_store_cause(st, cause);
	return got;
}

int64_t
model_wrote(struct store *st, int64_t got, char *clean, char **cause)
{
	free(clean);
	return got < 0 ? model_store_cause(st, cause) : got;
}

int
model_fail(char **cause, const char *why)
{
	if (cause != NULL)
		*cause = xstrdup(why);
	return -1;
}

int
model_check_text(const char *s, char **cause)
{
	size_t len = strlen(s);

	if (len > ANSWER_MAX_BYTES) {
		if (cause != NULL)
			*cause = xasprintf("tekst te lang (%zu bytes)", len);
		return -1;
	}
	return utf8_validate(s, len, cause);
}

/* Does s hold a control character (newline and tab included)? */
static int
has_control(const char *s)
{
	for (; *s != '\0'; s++)
		if ((unsigned char)*s < 0x20 || *s == 0x7f)
			return 1;
	return 0;
}

char *
model_clean_text(const char *s, char **cause)
{
	if (s == NULL)
		s = "";
	if (model_check_text(s, cause) != 0)
		return NULL;
	return str_trim(s);
}

/* clean as it is; or NULL when it is NULL (its cause set already), or
 * when it is blank (unless blank_ok) or, with one_line, holds a control
 * character: then clean is freed and why is the cause. */
static char *
refuse(char *clean, int one_line, int blank_ok, const char *why, char **cause)
{
	if (clean == NULL)
		return NULL;
	if ((one_line && has_control(clean)) || (!blank_ok && clean[0] == '\0')) {
		free(clean);
		model_fail(cause, why);
		return NULL;
	}
	return clean;
}

char *
model_clean_required_text(const char *s, const char *why, char **cause)
{
	return refuse(model_clean_text(s, cause), 0, 0, why, cause);
}

char *
model_clean_opt_line(const char *s, const char *why, char **cause)
{
	return refuse(model_clean_text(s, cause), 1, 1, why, cause);
}

char *
model_clean_line(const char *s, const char *why, char **cause)
{
	return refuse(model_clean_text(s, cause), 1, 0, why, cause);
}
