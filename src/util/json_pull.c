/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * json_pull.c: a JSON text pulled from a stream piece by piece (json.h),
 * so `vitaal import` reads a werkboek of any size in the memory of one
 * row. The structure is walked by the caller a character at a time; each
 * value it asks for is cut out of the stream by its brackets and quotes
 * and then read by the strict reader (json_parse_at), which knows the
 * line it starts on. The cut is only a scan: whatever it lets through,
 * json_parse_at still judges.
 */
#include "config.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "vitaal/json.h"
#include "vitaal/util.h"

#define PULL_CHUNK	65536

struct json_pull {
	long		(*read)(void *, char *, size_t);
	void		*ctx;
	char		*buf;
	size_t		 cap, len, pos;	/* buf[pos..len) not yet read */
	int		 line;
	int		 eof, started;
	char		*cause;
};

struct json_pull *
json_pull_new(long (*read)(void *, char *, size_t), void *ctx)
{
	struct json_pull *p = xcalloc(1, sizeof(*p));

	p->read = read;
	p->ctx = ctx;
	p->cap = PULL_CHUNK;
	p->buf = xmalloc(p->cap);
	p->line = 1;
	return p;
}

void
json_pull_free(struct json_pull *p)
{
	if (p == NULL)
		return;
	free(p->buf);
	free(p->cause);
	free(p);
}

int
json_pull_fail(struct json_pull *p, const char *fmt, ...)
{
	va_list ap;

	if (p->cause != NULL)
		return -1;
	va_start(ap, fmt);
	p->cause = json_vmessage(p->line, fmt, ap);
	va_end(ap);
	return -1;
}

const char *
json_pull_cause(const struct json_pull *p)
{
	return p->cause;
}

int
json_pull_line(const struct json_pull *p)
{
	return p->line;
}

/* Read more of the stream behind what is left from keep on (which moves
 * to the front); the number of bytes added, 0 at the end, -1 on error. */
static long
fill(struct json_pull *p, size_t keep)
{
	long n;

	if (p->eof)
		return 0;
	if (keep > 0) {
		memmove(p->buf, p->buf + keep, p->len - keep);
		p->len -= keep;
		p->pos -= keep;
	}
	if (p->cap - p->len < PULL_CHUNK / 2) {
		p->cap *= 2;
		p->buf = xreallocarray(p->buf, p->cap, 1);
	}
	if ((n = p->read(p->ctx, p->buf + p->len, p->cap - p->len)) < 0)
		return json_pull_fail(p, "het bestand is niet te lezen");
	if (n == 0)
		p->eof = 1;
	p->len += (size_t)n;
	if (!p->started && (p->len >= 3 || p->eof)) {
		p->started = 1;
		if (p->len >= 3 && memcmp(p->buf, "\xef\xbb\xbf", 3) == 0)
			p->pos += 3;	/* a byte order mark some editors write */
	}
	return n;
}

/* The next byte (not taken), or -1 at the end or on an error. */
static int
peek(struct json_pull *p)
{
	while (!p->started && p->cause == NULL)	/* enough to see a byte order mark */
		if (fill(p, 0) < 0)
			return -1;
	while (p->pos == p->len) {
		if (p->cause != NULL || fill(p, p->pos) <= 0)
			return -1;
	}
	return (unsigned char)p->buf[p->pos];
}

static void
skip_space(struct json_pull *p)
{
	int c;

	while ((c = peek(p)) == ' ' || c == '\t' || c == '\n' || c == '\r') {
		if (c == '\n')
			p->line++;
		p->pos++;
	}
}

int
json_pull_peek(struct json_pull *p)
{
	int c;

	if (p->cause != NULL)
		return -1;
	skip_space(p);
	if ((c = peek(p)) < 0)
		return p->cause != NULL ? -1 : 0;
	return c;
}

int
json_pull_punct(struct json_pull *p)
{
	int c;

	if (p->cause != NULL)
		return -1;
	skip_space(p);
	if ((c = peek(p)) < 0)
		return p->cause != NULL ? -1 : 0;
	if (strchr("{}[]:,", c) == NULL || c == '\0')
		return 'v';
	p->pos++;
	return c;
}

struct json *
json_pull_value(struct json_pull *p)
{
	struct json *j;
	size_t start, end, i;
	int depth = 0, in_string = 0, esc = 0, c, line;
	char *cause = NULL;

	if (p->cause != NULL)
		return NULL;
	skip_space(p);
	if (p->cause != NULL)
		return NULL;
	start = p->pos;
	line = p->line;
	for (end = start;; end++) {
		if (end == p->len) {
			long n;

			p->pos = end;
			n = fill(p, start);	/* start moves to 0 */
			end -= start;
			start = 0;
			p->pos = start;
			if (n < 0)
				return NULL;
			if (n == 0)
				break;
		}
		if (end - start > JSON_PULL_MAX) {
			json_pull_fail(p, "een waarde is groter dan %d MB", JSON_PULL_MAX >> 20);
			return NULL;
		}
		c = (unsigned char)p->buf[end];
		if (in_string) {
			if (esc)
				esc = 0;
			else if (c == '\\')
				esc = 1;
			else if (c == '"') {
				in_string = 0;
				if (depth == 0) {
					end++;
					break;
				}
			}
		} else if (c == '"')
			in_string = 1;
		else if (c == '{' || c == '[')
			depth++;
		else if (c == '}' || c == ']') {
			if (depth == 0)
				break;
			if (--depth == 0) {
				end++;
				break;
			}
		} else if (depth == 0 && (c == ',' || c == ':' || c == ' ' || c == '\t' ||
		    c == '\n' || c == '\r'))
			break;
	}
	j = json_parse_at(p->buf + start, end - start, line, &cause);
	for (i = start; i < end; i++)
		if (p->buf[i] == '\n')
			p->line++;
	p->pos = end;
	if (j == NULL) {
		p->cause = cause;
		return NULL;
	}
	return j;
}
