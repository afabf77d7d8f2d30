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
/* The same for text that starts on line `line` of a larger input (no
 * byte order mark): lines and messages count from there. */
struct json	*json_parse_at(const char *text, size_t len, int line, char **cause);
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

/*
 * A pull reader (json_pull.c): a JSON text read from a stream a piece at
 * a time, for an input too large to hold. The caller walks the structure
 * it expects: json_pull_punct for the next structural character ('{',
 * '[', ':', ',', '}', ']'), json_pull_value for the next whole value
 * (a key, a number, a row object), which is read strictly by json_parse_at
 * and so keeps its line; no single value may exceed JSON_PULL_MAX bytes.
 * Memory: one value and a buffer of the stream. On a problem every call
 * returns -1 (NULL) and json_pull_cause says "regel N: …".
 */
#define JSON_PULL_MAX	(16 * 1024 * 1024)
struct json_pull;
/* read(ctx, buf, n) returns the bytes read, 0 at the end, -1 on an error. */
struct json_pull *json_pull_new(long (*read)(void *, char *, size_t), void *ctx);
void		 json_pull_free(struct json_pull *p);
/* The next structural character ('{', '[', ':', ',', '}', ']'), after
 * white space, taken; 'v' (not taken) when a value starts there instead;
 * 0 at the end of the input, -1 on an error. */
int		 json_pull_punct(struct json_pull *p);
/* The next character after white space, not taken; 0 at the end. */
int		 json_pull_peek(struct json_pull *p);
/* The next value (after white space); NULL on an error. */
struct json	*json_pull_value(struct json_pull *p);
int		 json_pull_line(const struct json_pull *p);
/* Fail at the current line with a message; returns -1. */
int		 json_pull_fail(struct json_pull *p, const char *fmt, ...)
		    __attribute__((format(printf, 2, 3)));
/* The first problem (owned by p), or NULL. */
const char	*json_pull_cause(const struct json_pull *p);

#endif
