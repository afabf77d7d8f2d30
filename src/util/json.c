/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * json.c: a strict recursive-descent JSON reader and string escaping
 * (json.h). The reader works on a counted buffer and never reads past it;
 * its recursion is bounded by JSON_MAX_DEPTH, so hostile input can cost
 * time proportional to its size and no more.
 */
#include "config.h"

#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "vitaal/json.h"
#include "vitaal/utf8.h"
#include "vitaal/util.h"

struct reader {
	const char	*p, *end;
	int		 line;
	char		*cause;
};

static int
fail(struct reader *r, const char *fmt, ...)
{
	va_list ap;

	if (r->cause != NULL)
		return -1;
	va_start(ap, fmt);
	r->cause = json_vmessage(r->line, fmt, ap);
	va_end(ap);
	return -1;
}

char *
json_vmessage(int line, const char *fmt, va_list ap)
{
	char *msg = xvasprintf(fmt, ap), *out, *p;

	out = xasprintf("regel %d: %s", line, msg);
	free(msg);
	for (p = out; *p != '\0'; p++)
		if ((unsigned char)*p < 0x20 || *p == 0x7f)
			*p = '?';
	return out;
}

static void
skip_space(struct reader *r)
{
	while (r->p < r->end && (*r->p == ' ' || *r->p == '\t' || *r->p == '\n' ||
	    *r->p == '\r')) {
		if (*r->p == '\n')
			r->line++;
		r->p++;
	}
}

/* Step over c when it comes next; 1 when it did. */
static int
eat(struct reader *r, char c)
{
	if (r->p < r->end && *r->p == c) {
		r->p++;
		return 1;
	}
	return 0;
}

static int
literal(struct reader *r, const char *word)
{
	size_t n = strlen(word);

	if ((size_t)(r->end - r->p) < n || memcmp(r->p, word, n) != 0)
		return fail(r, "onverwacht teken");
	r->p += n;
	return 0;
}

static int
hex4(struct reader *r, uint32_t *out)
{
	int i;

	*out = 0;
	if (r->end - r->p < 4)
		return fail(r, "onvolledige \\u-code");
	for (i = 0; i < 4; i++) {
		char c = *r->p++;

		*out <<= 4;
		if (c >= '0' && c <= '9')
			*out |= (uint32_t)(c - '0');
		else if (c >= 'a' && c <= 'f')
			*out |= (uint32_t)(c - 'a' + 10);
		else if (c >= 'A' && c <= 'F')
			*out |= (uint32_t)(c - 'A' + 10);
		else
			return fail(r, "ongeldige \\u-code");
	}
	return 0;
}

/* A \u escape (after the "\u"), with its low surrogate when it has one. */
static int
unicode_escape(struct reader *r, struct strbuf *b)
{
	uint32_t cp, lo;
	char enc[4];
	int n;

	if (hex4(r, &cp) != 0)
		return -1;
	if (cp >= 0xdc00 && cp <= 0xdfff)
		return fail(r, "losse surrogaat in \\u-code");
	if (cp >= 0xd800 && cp <= 0xdbff) {
		if (r->end - r->p < 2 || r->p[0] != '\\' || r->p[1] != 'u')
			return fail(r, "losse surrogaat in \\u-code");
		r->p += 2;
		if (hex4(r, &lo) != 0)
			return -1;
		if (lo < 0xdc00 || lo > 0xdfff)
			return fail(r, "losse surrogaat in \\u-code");
		cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
	}
	if (cp == 0)
		return fail(r, "\\u0000 is niet toegestaan");
	n = utf8_encode(cp, enc);
	strbuf_add(b, enc, (size_t)n);
	return 0;
}

static int
string(struct reader *r, char **out)
{
	struct strbuf b = { 0 };
	const char *q;
	uint32_t cp;
	int n;

	r->p++;		/* the opening quote */
	strbuf_add(&b, "", 0);
	for (;;) {
		if (r->p >= r->end) {
			strbuf_free(&b);
			return fail(r, "tekst zonder afsluitend aanhalingsteken");
		}
		if (*r->p == '"')
			break;
		if ((unsigned char)*r->p < 0x20) {
			strbuf_free(&b);
			return fail(r, "stuurteken in tekst (gebruik \\n of \\t)");
		}
		if (*r->p == '\\') {
			const char *esc = "\"\"\\\\//b\bf\fn\nr\rt\t", *e;

			if (++r->p >= r->end)
				continue;
			if (*r->p == 'u') {
				r->p++;
				if (unicode_escape(r, &b) != 0) {
					strbuf_free(&b);
					return -1;
				}
				continue;
			}
			for (e = esc; *e != '\0' && *e != *r->p; e += 2)
				;
			if (*e == '\0') {
				strbuf_free(&b);
				return fail(r, "onbekende escape \\%c", *r->p);
			}
			strbuf_putc(&b, e[1]);
			r->p++;
			continue;
		}
		/* A run of ordinary characters is copied at once (most text is
		 * one run): printable ASCII as it is, other UTF-8 checked. */
		for (q = r->p; q < r->end && *q != '"' && *q != '\\' &&
		    (unsigned char)*q >= 0x20; q += n) {
			if ((unsigned char)*q < 0x80)
				n = 1;
			else if ((n = utf8_decode(q, (size_t)(r->end - q), &cp)) < 0) {
				strbuf_free(&b);
				r->p = q;
				return fail(r, "ongeldige UTF-8 in tekst");
			}
		}
		strbuf_add(&b, r->p, (size_t)(q - r->p));
		r->p = q;
	}
	r->p++;
	*out = strbuf_take(&b);
	return 0;
}

static int
number(struct reader *r, struct json *j)
{
	const char *start = r->p;

	if (r->p < r->end && *r->p == '-')
		r->p++;
	if (r->p < r->end && *r->p == '0')
		r->p++;
	else if (r->p < r->end && *r->p >= '1' && *r->p <= '9')
		while (r->p < r->end && *r->p >= '0' && *r->p <= '9')
			r->p++;
	else
		return fail(r, "ongeldig getal");
	if (r->p < r->end && *r->p == '.') {
		r->p++;
		if (r->p >= r->end || *r->p < '0' || *r->p > '9')
			return fail(r, "ongeldig getal");
		while (r->p < r->end && *r->p >= '0' && *r->p <= '9')
			r->p++;
	}
	if (r->p < r->end && (*r->p == 'e' || *r->p == 'E')) {
		r->p++;
		if (r->p < r->end && (*r->p == '+' || *r->p == '-'))
			r->p++;
		if (r->p >= r->end || *r->p < '0' || *r->p > '9')
			return fail(r, "ongeldig getal");
		while (r->p < r->end && *r->p >= '0' && *r->p <= '9')
			r->p++;
	}
	j->type = JSON_NUMBER;
	j->s = xstrndup(start, (size_t)(r->p - start));
	return 0;
}

static int value(struct reader *r, struct json *j, int depth);

/* Grow an array or object by one slot; returns the new value. */
static struct json *
append(struct json *j, size_t *cap)
{
	if (j->n == *cap) {
		*cap = *cap ? *cap * 2 : 8;
		j->v = xreallocarray(j->v, *cap, sizeof(*j->v));
		if (j->type == JSON_OBJECT)
			j->keys = xreallocarray(j->keys, *cap, sizeof(*j->keys));
	}
	memset(&j->v[j->n], 0, sizeof(j->v[j->n]));
	return &j->v[j->n++];
}

static int
array(struct reader *r, struct json *j, int depth)
{
	size_t cap = 0;

	j->type = JSON_ARRAY;
	r->p++;
	skip_space(r);
	if (eat(r, ']'))
		return 0;
	for (;;) {
		if (value(r, append(j, &cap), depth + 1) != 0)
			return -1;
		skip_space(r);
		if (eat(r, ','))
			continue;
		if (eat(r, ']'))
			return 0;
		return fail(r, "',' of ']' verwacht");
	}
}

static int
object(struct reader *r, struct json *j, int depth)
{
	size_t cap = 0, i;
	char *key;

	j->type = JSON_OBJECT;
	r->p++;
	skip_space(r);
	if (eat(r, '}'))
		return 0;
	for (;;) {
		skip_space(r);
		if (r->p >= r->end || *r->p != '"')
			return fail(r, "veldnaam tussen aanhalingstekens verwacht");
		if (string(r, &key) != 0)
			return -1;
		for (i = 0; i < j->n; i++)
			if (strcmp(j->keys[i], key) == 0) {
				fail(r, "veld '%s' komt twee keer voor", key);
				free(key);
				return -1;
			}
		append(j, &cap);
		j->keys[j->n - 1] = key;
		skip_space(r);
		if (r->p >= r->end || *r->p != ':')
			return fail(r, "':' verwacht na veldnaam");
		r->p++;
		if (value(r, &j->v[j->n - 1], depth + 1) != 0)
			return -1;
		skip_space(r);
		if (eat(r, ','))
			continue;
		if (eat(r, '}'))
			return 0;
		return fail(r, "',' of '}' verwacht");
	}
}

static int
value(struct reader *r, struct json *j, int depth)
{
	skip_space(r);
	j->line = r->line;
	if (depth > JSON_MAX_DEPTH)
		return fail(r, "te diep genest");
	if (r->p >= r->end)
		return fail(r, "onverwacht einde");
	switch (*r->p) {
	case '{':
		return object(r, j, depth);
	case '[':
		return array(r, j, depth);
	case '"':
		j->type = JSON_STRING;
		return string(r, &j->s);
	case 't':
		j->type = JSON_BOOL;
		j->b = 1;
		return literal(r, "true");
	case 'f':
		j->type = JSON_BOOL;
		return literal(r, "false");
	case 'n':
		j->type = JSON_NULL;
		return literal(r, "null");
	default:
		return number(r, j);
	}
}

static void
clear(struct json *j)
{
	size_t i;

	for (i = 0; i < j->n; i++) {
		clear(&j->v[i]);
		if (j->keys != NULL)
			free(j->keys[i]);
	}
	free(j->v);
	free(j->keys);
	free(j->s);
}

void
json_free(struct json *j)
{
	if (j == NULL)
		return;
	clear(j);
	free(j);
}

struct json *
json_parse(const char *text, size_t len, char **cause)
{
	if (len >= 3 && memcmp(text, "\xef\xbb\xbf", 3) == 0) {
		text += 3;	/* a byte order mark some editors write */
		len -= 3;
	}
	return json_parse_at(text, len, 1, cause);
}

struct json *
json_parse_at(const char *text, size_t len, int line, char **cause)
{
	struct reader r = { text, text + len, line, NULL };
	struct json *j = xcalloc(1, sizeof(*j));

	if (value(&r, j, 0) == 0) {
		skip_space(&r);
		if (r.p != r.end)
			fail(&r, "tekst na het einde van de JSON");
	}
	if (r.cause != NULL) {
		json_free(j);
		if (cause != NULL)
			*cause = r.cause;
		else
			free(r.cause);
		return NULL;
	}
	return j;
}

const struct json *
json_get(const struct json *j, const char *key)
{
	size_t i;

	if (j == NULL || j->type != JSON_OBJECT)
		return NULL;
	for (i = 0; i < j->n; i++)
		if (strcmp(j->keys[i], key) == 0)
			return &j->v[i];
	return NULL;
}

int
json_int(const struct json *j, int64_t *out)
{
	long long v;
	char *end;

	if (j == NULL || j->type != JSON_NUMBER || strpbrk(j->s, ".eE") != NULL)
		return -1;
	errno = 0;
	v = strtoll(j->s, &end, 10);
	if (errno != 0 || *end != '\0')
		return -1;
	*out = (int64_t)v;
	return 0;
}

void
json_put_string(struct strbuf *b, const char *s)
{
	static const char hex[] = "0123456789abcdef";
	size_t len = strlen(s), i = 0;
	uint32_t cp;
	int n;

	strbuf_putc(b, '"');
	while (i < len) {
		unsigned char c = (unsigned char)s[i];

		if (c == '"' || c == '\\') {
			strbuf_putc(b, '\\');
			strbuf_putc(b, (char)c);
			i++;
		} else if (c == '\n') {
			strbuf_puts(b, "\\n");
			i++;
		} else if (c == '\t') {
			strbuf_puts(b, "\\t");
			i++;
		} else if (c < 0x20 || c == 0x7f) {
			char esc[7] = { '\\', 'u', '0', '0', hex[c >> 4], hex[c & 15], '\0' };

			strbuf_puts(b, esc);
			i++;
		} else if ((n = utf8_decode(s + i, len - i, &cp)) < 0) {
			strbuf_puts(b, "\xef\xbf\xbd");	/* U+FFFD */
			i++;
		} else {
			strbuf_add(b, s + i, (size_t)n);
			i += (size_t)n;
		}
	}
	strbuf_putc(b, '"');
}
