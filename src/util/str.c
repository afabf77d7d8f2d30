/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * str.c: the growable string buffer and a few string helpers used by every
 * layer above (exports build whole documents in a strbuf).
 */
#include "config.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "vitaal/utf8.h"
#include "vitaal/util.h"

/* Make room for n more bytes plus the terminating NUL. */
static void
strbuf_grow(struct strbuf *b, size_t n)
{
	size_t need = b->len + n + 1;

	if (need <= b->cap)
		return;
	if (b->cap == 0)
		b->cap = 64;
	while (b->cap < need)
		b->cap *= 2;
	b->s = xreallocarray(b->s, 1, b->cap);
}

void
strbuf_add(struct strbuf *b, const char *s, size_t n)
{
	strbuf_grow(b, n);
	if (n != 0)
		memcpy(b->s + b->len, s, n);
	b->len += n;
	b->s[b->len] = '\0';
}

void
strbuf_puts(struct strbuf *b, const char *s)
{
	strbuf_add(b, s, strlen(s));
}

void
strbuf_putc(struct strbuf *b, char c)
{
	strbuf_add(b, &c, 1);
}

void
strbuf_printf(struct strbuf *b, const char *fmt, ...)
{
	va_list ap;
	char *p;

	va_start(ap, fmt);
	p = xvasprintf(fmt, ap);
	va_end(ap);
	strbuf_puts(b, p);
	free(p);
}

char *
strbuf_take(struct strbuf *b)
{
	char *s = b->s != NULL ? b->s : xstrdup("");

	b->s = NULL;
	b->len = b->cap = 0;
	return s;
}

void
strbuf_free(struct strbuf *b)
{
	free(b->s);
	b->s = NULL;
	b->len = b->cap = 0;
}

char *
str_trim(const char *s)
{
	const char *end;

	while (isspace((unsigned char)*s))
		s++;
	end = s + strlen(s);
	while (end > s && isspace((unsigned char)end[-1]))
		end--;
	return xstrndup(s, (size_t)(end - s));
}

int
str_casecmp(const char *a, const char *b)
{
	if (a == NULL || b == NULL)
		return (a != NULL) - (b != NULL);
	return utf8_casecmp(a, b);
}

int
str_is_blank(const char *s)
{
	if (s == NULL)
		return 1;
	for (; *s != '\0'; s++)
		if (!isspace((unsigned char)*s))
			return 0;
	return 1;
}

int
str_index(const char *const *values, size_t n, const char *s)
{
	size_t i;

	for (i = 0; s != NULL && i < n; i++)
		if (strcmp(values[i], s) == 0)
			return (int)i;
	return -1;
}

const char *
str_cycle(const char *const *values, size_t n, const char *cur, int dir)
{
	int i = str_index(values, n, cur);

	if (i < 0)
		return values[0];
	return values[(size_t)(i + (dir < 0 ? (int)n - 1 : 1)) % n];
}

int
str_contains_ci(const char *hay, const char *needle)
{
	if (needle[0] == '\0')
		return 1;
	if (hay == NULL)
		return 0;
	return utf8_contains_fold(hay, needle);
}

int
str_local_time(const char *utc, int with_date, char *buf, size_t size)
{
	struct tm tm;
	time_t t;
	int n = 0;

	if (size > 0)
		buf[0] = '\0';
	memset(&tm, 0, sizeof tm);
	if (utc == NULL || sscanf(utc, "%4d-%2d-%2dT%2d:%2d:%2dZ%n", &tm.tm_year, &tm.tm_mon,
	    &tm.tm_mday, &tm.tm_hour, &tm.tm_min, &tm.tm_sec, &n) != 6 || n == 0 ||
	    utc[n] != '\0')
		return -1;
	tm.tm_year -= 1900;
	tm.tm_mon -= 1;
	if ((t = timegm(&tm)) == (time_t)-1 || localtime_r(&t, &tm) == NULL ||
	    strftime(buf, size, with_date ? "%Y-%m-%d %H:%M" : "%H:%M", &tm) == 0) {
		if (size > 0)
			buf[0] = '\0';
		return -1;
	}
	return 0;
}
