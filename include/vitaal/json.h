/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * json.h: a small, strict JSON reader (RFC 8259) for `vitaal import`, and
 * the escaping the JSON writer uses. The reader keeps the line of every
 * value so a message can name where the first problem is; it refuses what
 * a lenient reader would guess at: invalid UTF-8, control characters in
 * strings, \u0000, lone surrogates, duplicate keys, trailing data, and
 * nesting deeper than JSON_MAX_DEPTH.
 */
#ifndef VITAAL_JSON_H
#define VITAAL_JSON_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include "vitaal/util.h"

#define JSON_MAX_DEPTH	32

enum json_type {
	JSON_NULL,
	JSON_BOOL,
	JSON_NUMBER,
	JSON_STRING,
	JSON_ARRAY,
	JSON_OBJECT
};

struct json {
	enum json_type	 type;
	int		 line;		/* 1-based line where the value starts */
	int		 b;		/* JSON_BOOL */
	char		*s;		/* JSON_STRING: decoded UTF-8; JSON_NUMBER: its text */
	struct json	*v;		/* JSON_ARRAY items, JSON_OBJECT values */
	char		**keys;		/* JSON_OBJECT keys, parallel to v */
	size_t		 n;
};

/* Parse text[0..len) as one JSON value. NULL with *cause ("regel 3: …",
 * allocated) when it is not valid JSON. */
struct json	*json_parse(const char *text, size_t len, char **cause);
void		 json_free(struct json *j);

/* The value of key in object j, or NULL. */
const struct json *json_get(const struct json *j, const char *key);

/* An integer number (no fraction or exponent) that fits int64_t: 0 and
 * *out, else -1. */
int		 json_int(const struct json *j, int64_t *out);

/* A message about line N of the input: "regel N: <message>", allocated,
 * kept to one line (control characters it quotes from the input, such as
 * a newline in a key, become '?'). */
char		*json_vmessage(int line, const char *fmt, va_list ap)
		    __attribute__((format(printf, 2, 0)));

/* Append s as a JSON string with its quotes: ", \ and control characters
 * escaped, invalid UTF-8 replaced by U+FFFD, everything else as is. */
void		 json_put_string(struct strbuf *b, const char *s);

#endif
