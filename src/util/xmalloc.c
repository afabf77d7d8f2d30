/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * xmalloc.c: allocation wrappers that never return failure (after tmux).
 * Running out of memory is not something a workbook can recover from; what
 * it can do is restore the terminal first, so the hook runs before the
 * message. Every answer is already saved by the time it is typed, so
 * exiting loses at most the field being edited.
 */
#include "config.h"

#include <assert.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vitaal/util.h"

static void (*fatal_hook)(void);

void
util_set_fatal_hook(void (*hook)(void))
{
	fatal_hook = hook;
}

void
util_fatal(const char *fmt, ...)
{
	va_list ap;

	if (fatal_hook != NULL) {
		void (*hook)(void) = fatal_hook;

		fatal_hook = NULL;	/* a hook that fails must not loop */
		hook();
	}
	fputs("vitaal: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	exit(1);
}

void *
xmalloc(size_t size)
{
	void *p;

	assert(size != 0);
	if ((p = malloc(size)) == NULL)
		util_fatal("geen geheugen meer (%zu bytes)", size);
	return p;
}

void *
xcalloc(size_t n, size_t size)
{
	void *p;

	assert(n != 0 && size != 0);
	if ((p = calloc(n, size)) == NULL)
		util_fatal("geen geheugen meer (%zu x %zu bytes)", n, size);
	return p;
}

void *
xreallocarray(void *old, size_t n, size_t size)
{
	void *p;

	assert(n != 0 && size != 0);
	if (SIZE_MAX / n < size)
		util_fatal("geheugenvraag te groot (%zu x %zu bytes)", n, size);
	if ((p = realloc(old, n * size)) == NULL)
		util_fatal("geen geheugen meer (%zu x %zu bytes)", n, size);
	return p;
}

void *
xrecallocarray(void *old, size_t oldn, size_t newn, size_t size)
{
	unsigned char *p = xreallocarray(old, newn, size);

	if (newn > oldn)
		memset(p + oldn * size, 0, (newn - oldn) * size);
	return p;
}

char *
xstrdup(const char *s)
{
	return xstrndup(s, strlen(s));
}

char *
xstrndup(const char *s, size_t n)
{
	char *p;

	p = xmalloc(n + 1);
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *
xvasprintf(const char *fmt, va_list ap)
{
	va_list ap2;
	char *p;
	int n;

	va_copy(ap2, ap);
	n = vsnprintf(NULL, 0, fmt, ap2);
	va_end(ap2);
	if (n < 0)
		util_fatal("ongeldige opmaak: %s", fmt);
	p = xmalloc((size_t)n + 1);
	vsnprintf(p, (size_t)n + 1, fmt, ap);
	return p;
}

char *
xasprintf(const char *fmt, ...)
{
	va_list ap;
	char *p;

	va_start(ap, fmt);
	p = xvasprintf(fmt, ap);
	va_end(ap);
	return p;
}
