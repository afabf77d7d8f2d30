/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * utf8.c: a strict UTF-8 decoder (RFC 3629: no overlongs, no surrogates,
 * nothing above U+10FFFF) and the helpers built on it.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "vitaal/util.h"
#include "vitaal/utf8.h"

int
utf8_decode(const char *s, size_t n, uint32_t *cp)
{
	const unsigned char *u = (const unsigned char *)s;
	uint32_t c, min;
	int len, i;

	if (n == 0)
		return -1;
	if (u[0] < 0x80) {
		*cp = u[0];
		return 1;
	}
	if ((u[0] & 0xe0) == 0xc0) {
		len = 2; c = u[0] & 0x1f; min = 0x80;
	} else if ((u[0] & 0xf0) == 0xe0) {
		len = 3; c = u[0] & 0x0f; min = 0x800;
	} else if ((u[0] & 0xf8) == 0xf0) {
		len = 4; c = u[0] & 0x07; min = 0x10000;
	} else
		return -1;
	if ((size_t)len > n)
		return -1;
	for (i = 1; i < len; i++) {
		if ((u[i] & 0xc0) != 0x80)
			return -1;
		c = (c << 6) | (u[i] & 0x3f);
	}
	if (c < min || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff))
		return -1;
	*cp = c;
	return len;
}

int
utf8_encode(uint32_t cp, char out[4])
{
	if (cp < 0x80) {
		out[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		out[0] = (char)(0xc0 | (cp >> 6));
		out[1] = (char)(0x80 | (cp & 0x3f));
		return 2;
	}
	if (cp >= 0xd800 && cp <= 0xdfff)
		return 0;
	if (cp < 0x10000) {
		out[0] = (char)(0xe0 | (cp >> 12));
		out[1] = (char)(0x80 | ((cp >> 6) & 0x3f));
		out[2] = (char)(0x80 | (cp & 0x3f));
		return 3;
	}
	if (cp <= 0x10ffff) {
		out[0] = (char)(0xf0 | (cp >> 18));
		out[1] = (char)(0x80 | ((cp >> 12) & 0x3f));
		out[2] = (char)(0x80 | ((cp >> 6) & 0x3f));
		out[3] = (char)(0x80 | (cp & 0x3f));
		return 4;
	}
	return 0;
}

int
utf8_validate(const char *s, size_t n, char **cause)
{
	size_t off = 0;
	uint32_t cp;
	int len;

	while (off < n) {
		if ((len = utf8_decode(s + off, n - off, &cp)) < 0) {
			if (cause != NULL)
				*cause = xasprintf("ongeldige UTF-8 bij byte %zu", off);
			return -1;
		}
		off += (size_t)len;
	}
	return 0;
}

int
utf8_cpwidth(uint32_t cp)
{
	int w;

	if (cp == '\t')
		return 1;	/* drawn as one space, so measured as one */
	if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0))
		return 0;
	w = wcwidth((wchar_t)cp);
	if (w < 0)
		return 1;	/* unknown to the C library: assume one cell */
	return w;
}

size_t
utf8_width(const char *s)
{
	size_t n = strlen(s), off = 0, width = 0;
	uint32_t cp;
	int len;

	while (off < n) {
		if ((len = utf8_decode(s + off, n - off, &cp)) < 0) {
			width++;
			off++;
			continue;
		}
		width += (size_t)utf8_cpwidth(cp);
		off += (size_t)len;
	}
	return width;
}

char *
utf8_sanitize(const char *s, size_t n)
{
	struct strbuf b = { 0 };
	size_t off = 0;
	uint32_t cp;
	int len;

	strbuf_add(&b, "", 0);
	while (off < n) {
		if ((len = utf8_decode(s + off, n - off, &cp)) < 0) {
			strbuf_puts(&b, "\xef\xbf\xbd");	/* U+FFFD */
			off++;
			continue;
		}
		if (cp == '\r') {
			strbuf_putc(&b, '\n');
			if (off + 1 < n && s[off + 1] == '\n')
				off++;
		} else if (cp == '\n' || cp == '\t' ||
		    !(cp < 0x20 || cp == 0x7f || (cp >= 0x80 && cp < 0xa0)))
			strbuf_add(&b, s + off, (size_t)len);
		off += (size_t)len;
	}
	return strbuf_take(&b);
}

/* Where the escape sequence starting at s[off] (ESC, or the C1 CSI, OSC,
 * DCS … as U+0080..U+009F) ends: past its final byte, or n when cut off.
 * CSI runs to a byte in 0x40..0x7e; OSC, DCS, SOS, PM and APC to BEL or
 * ESC \; any other ESC takes one more character (and its intermediates). */
static size_t
escape_end(const char *s, size_t n, size_t off, uint32_t cp, int len)
{
	int kind = 0;		/* '[' CSI, ']' a string, else a short one */
	size_t i = off + (size_t)len;

	if (cp == 0x1b) {
		while (i < n && (unsigned char)s[i] >= 0x20 && (unsigned char)s[i] <= 0x2f)
			i++;	/* intermediates, as in ESC ( B */
		if (i >= n)
			return n;
		if (s[i] == '[')
			kind = '[';
		else if (strchr("]PX^_", s[i]) != NULL)
			kind = ']';
		i++;
	} else if (cp == 0x9b)
		kind = '[';
	else if (cp == 0x9d || cp == 0x90 || cp == 0x98 || cp == 0x9e || cp == 0x9f)
		kind = ']';
	if (kind == '[') {
		while (i < n && !((unsigned char)s[i] >= 0x40 && (unsigned char)s[i] <= 0x7e))
			i++;
		return i < n ? i + 1 : n;
	}
	if (kind == ']') {
		for (; i < n; i++) {
			if (s[i] == '\a')
				return i + 1;
			if (s[i] == 0x1b && i + 1 < n && s[i + 1] == '\\')
				return i + 2;
			if ((unsigned char)s[i] == 0xc2 && i + 1 < n &&
			    (unsigned char)s[i + 1] == 0x9c)
				return i + 2;	/* ST as U+009C */
		}
		return n;
	}
	return i;
}

char *
utf8_terminal(const char *s)
{
	struct strbuf b = { 0 };
	size_t off = 0, n = s != NULL ? strlen(s) : 0;
	uint32_t cp;
	int len;

	strbuf_add(&b, "", 0);
	while (off < n) {
		if ((len = utf8_decode(s + off, n - off, &cp)) < 0) {
			strbuf_puts(&b, "\xef\xbf\xbd");	/* U+FFFD */
			off++;
			continue;
		}
		if (cp == 0x1b || (cp >= 0x80 && cp < 0xa0)) {
			off = escape_end(s, n, off, cp, len);
			continue;
		}
		if (cp == '\n' || cp == '\t' || cp == '\r' || cp == 0x0b || cp == 0x0c) {
			/* one space for a run of line ends and blanks */
			if (b.len > 0 && b.s[b.len - 1] != ' ')
				strbuf_putc(&b, ' ');
		} else if (cp >= 0x20 && cp != 0x7f && cp != 0x2028 && cp != 0x2029 &&
		    !(cp >= 0x202a && cp <= 0x202e) && !(cp >= 0x2066 && cp <= 0x2069))
			strbuf_add(&b, s + off, (size_t)len);
		off += (size_t)len;
	}
	return strbuf_take(&b);
}

/* Append one line to a growing array. */
static void
push_line(struct utf8_line **lines, size_t *n, size_t start, size_t len)
{
	*lines = xreallocarray(*lines, *n + 1, sizeof **lines);
	(*lines)[*n].start = start;
	(*lines)[*n].len = len;
	(*n)++;
}

size_t
utf8_wrap(const char *s, size_t width, struct utf8_line **lines)
{
	size_t n = 0, len = strlen(s), start = 0, off, brk, cols;
	uint32_t cp;
	int l, w;

	*lines = NULL;
	if (width == 0)
		width = 1;
	while (start <= len) {
		off = start;
		brk = 0;	/* last space in this line, 0 = none */
		cols = 0;
		for (;;) {
			if (off >= len || s[off] == '\n') {
				push_line(lines, &n, start, off - start);
				start = off + 1;	/* past the newline, or past the end */
				break;
			}
			if ((l = utf8_decode(s + off, len - off, &cp)) < 0) {
				l = 1;
				w = 1;
			} else
				w = utf8_cpwidth(cp);
			if (cols + (size_t)w > width) {
				if (s[off] == ' ') {
					/* The line is full exactly at a space: drop it. */
					push_line(lines, &n, start, off - start);
					start = off + 1;
				} else if (brk > start) {
					/* Break at the last space; drop it. */
					push_line(lines, &n, start, brk - start);
					start = brk + 1;
				} else if (off > start) {
					push_line(lines, &n, start, off - start);
					start = off;
				} else {
					/* One character wider than the line: it gets a line. */
					push_line(lines, &n, start, (size_t)l);
					start = off + (size_t)l;
				}
				break;
			}
			if (s[off] == ' ')
				brk = off;
			cols += (size_t)w;
			off += (size_t)l;
		}
		if (start > len)
			break;
	}
	return n;
}
