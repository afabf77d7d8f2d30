/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * utf8.c: a strict UTF-8 decoder (RFC 3629: no overlongs, no surrogates,
 * nothing above U+10FFFF) and the helpers built on it.
 *
 * Normalisation, case folding and widths come from utf8proc: its tables
 * follow each Unicode release, it is small, and Debian ships it
 * (libutf8proc-dev). The C library's wcwidth depends on the locale (and
 * says -1 for everything in LC_ALL=C), its towlower knows no "ß" -> "ss",
 * and it cannot normalise at all; hand-written tables here fell short for
 * emoji and newer wide characters.
 */
#include "config.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

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
	if (cp == '\t')
		return 1;	/* drawn as one space, so measured as one */
	if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0))
		return 0;
	if (cp < 0x7f)
		return 1;
	if (cp > 0x10ffff)
		return 1;
	return utf8proc_charwidth((utf8proc_int32_t)cp);
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

/* utf8proc_map over the NUL-terminated s with opts: a new string, or NULL
 * when s is not valid UTF-8. */
static char *
map(const char *s, int opts)
{
	utf8proc_uint8_t *out = NULL;
	utf8proc_ssize_t n;

	n = utf8proc_map((const utf8proc_uint8_t *)s, 0, &out,
	    (utf8proc_option_t)(UTF8PROC_NULLTERM | UTF8PROC_STABLE | opts));
	if (n == UTF8PROC_ERROR_NOMEM)
		util_fatal("geen geheugen meer (Unicode-normalisatie)");
	if (n < 0)
		return NULL;
	return (char *)out;
}

/* Is s plain ASCII (and so its own NFC)? */
static int
is_ascii(const char *s)
{
	for (; *s != '\0'; s++)
		if ((unsigned char)*s >= 0x80)
			return 0;
	return 1;
}

char *
utf8_nfc(const char *s)
{
	char *r;

	if (is_ascii(s) || (r = map(s, UTF8PROC_COMPOSE)) == NULL)
		return xstrdup(s);
	return r;
}

char *
utf8_fold(const char *s)
{
	char *r, *p;

	if (!is_ascii(s) &&
	    (r = map(s, UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD | UTF8PROC_IGNORE)) != NULL)
		return r;
	r = xstrdup(s);
	for (p = r; *p != '\0'; p++)
		*p = (char)tolower((unsigned char)*p);
	return r;
}

int
utf8_casecmp(const char *a, const char *b)
{
	char *fa, *fb;
	int c;

	if (is_ascii(a) && is_ascii(b)) {
		for (;; a++, b++) {
			int ca = tolower((unsigned char)*a), cb = tolower((unsigned char)*b);

			if (ca != cb || ca == '\0')
				return ca - cb;
		}
	}
	fa = utf8_fold(a);
	fb = utf8_fold(b);
	c = strcmp(fa, fb);
	free(fa);
	free(fb);
	return c;
}

int
utf8_contains_fold(const char *hay, const char *needle)
{
	char *fh, *fn;
	int found;

	if (needle[0] == '\0')
		return 1;
	if (is_ascii(hay) && is_ascii(needle)) {
		size_t i;

		for (; *hay != '\0'; hay++) {
			for (i = 0; needle[i] != '\0' && hay[i] != '\0'; i++)
				if (tolower((unsigned char)hay[i]) != tolower((unsigned char)needle[i]))
					break;
			if (needle[i] == '\0')
				return 1;
		}
		return 0;
	}
	fh = utf8_fold(hay);
	fn = utf8_fold(needle);
	found = fn[0] == '\0' || strstr(fh, fn) != NULL;
	free(fh);
	free(fn);
	return found;
}

/*
 * What utf8proc's decompositions do not reach: drawing characters (box
 * lines, blocks, markers, arrows, bullets), typographic quotes and a few
 * letters without a decomposition. One ASCII stand-in each, mostly one
 * column wide so that layouts keep their places (htop draws the same way
 * when the terminal cannot show its line characters).
 */
static const struct translit {
	uint32_t	 from, to;	/* a range of code points */
	const char	*ascii;
} translits[] = {
	{ 0x00ab, 0x00ab, "\"" },	/* « */
	{ 0x00b7, 0x00b7, "-" },	/* · */
	{ 0x00bb, 0x00bb, "\"" },	/* » */
	{ 0x00c6, 0x00c6, "AE" },
	{ 0x00d7, 0x00d7, "x" },	/* × */
	{ 0x00d8, 0x00d8, "O" },
	{ 0x00df, 0x00df, "ss" },
	{ 0x00e6, 0x00e6, "ae" },
	{ 0x00f8, 0x00f8, "o" },
	{ 0x0110, 0x0110, "D" },
	{ 0x0111, 0x0111, "d" },
	{ 0x0141, 0x0141, "L" },
	{ 0x0142, 0x0142, "l" },
	{ 0x0152, 0x0152, "OE" },
	{ 0x0153, 0x0153, "oe" },
	{ 0x2010, 0x2015, "-" },	/* hyphens and dashes */
	{ 0x2018, 0x201b, "'" },	/* ‘ ’ ‚ ‛ */
	{ 0x201c, 0x201f, "\"" },	/* “ ” „ ‟ */
	{ 0x2020, 0x2021, "+" },	/* † ‡ */
	{ 0x2022, 0x2022, "*" },	/* • */
	{ 0x2026, 0x2026, "..." },	/* … */
	{ 0x2039, 0x2039, "<" },	/* ‹ */
	{ 0x203a, 0x203a, ">" },	/* › */
	{ 0x2016, 0x2016, "|" },	/* ‖ */
	{ 0x20ac, 0x20ac, "EUR" },
	{ 0x2190, 0x2190, "<" },	/* ← */
	{ 0x2191, 0x2191, "^" },	/* ↑ */
	{ 0x2192, 0x2192, ">" },	/* → */
	{ 0x2193, 0x2193, "v" },	/* ↓ */
	{ 0x2194, 0x2194, "-" },	/* ↔ */
	{ 0x2195, 0x2195, "|" },	/* ↕ */
	{ 0x2212, 0x2212, "-" },	/* − */
	{ 0x2260, 0x2260, "#" },	/* ≠ */
	{ 0x2264, 0x2264, "<" },	/* ≤ */
	{ 0x2265, 0x2265, ">" },	/* ≥ */
	{ 0x23f1, 0x23f1, "t" },	/* ⏱ */
	{ 0x2500, 0x2501, "-" },	/* ─ ━ */
	{ 0x2502, 0x2503, "|" },	/* │ ┃ */
	{ 0x2504, 0x2505, "-" },
	{ 0x2506, 0x2507, "|" },
	{ 0x2508, 0x2509, "-" },
	{ 0x250a, 0x250b, "|" },
	{ 0x250c, 0x254b, "+" },	/* corners, tees, crosses */
	{ 0x254c, 0x254d, "-" },
	{ 0x254e, 0x254f, "|" },
	{ 0x2550, 0x2550, "=" },	/* ═ */
	{ 0x2551, 0x2551, "|" },	/* ║ */
	{ 0x2552, 0x256c, "+" },
	{ 0x256d, 0x2570, "+" },	/* rounded corners */
	{ 0x2571, 0x2571, "/" },
	{ 0x2572, 0x2572, "\\" },
	{ 0x2573, 0x2573, "X" },
	{ 0x2574, 0x2574, "-" },
	{ 0x2575, 0x2575, "|" },
	{ 0x2576, 0x2576, "-" },
	{ 0x2577, 0x2577, "|" },
	{ 0x2578, 0x2578, "-" },
	{ 0x2579, 0x2579, "|" },
	{ 0x257a, 0x257a, "-" },
	{ 0x257b, 0x257b, "|" },
	{ 0x257c, 0x257c, "-" },
	{ 0x257d, 0x257d, "|" },
	{ 0x257e, 0x257e, "-" },
	{ 0x257f, 0x257f, "|" },
	{ 0x2580, 0x2590, "#" },	/* blocks: █ ▀ ▄ ▌ … */
	{ 0x2591, 0x2593, ":" },	/* shades ░ ▒ ▓ */
	{ 0x2594, 0x259f, "#" },
	{ 0x25a0, 0x25a9, "#" },	/* squares: ■ □ ▣ … */
	{ 0x25aa, 0x25ab, "*" },
	{ 0x25b2, 0x25b5, "^" },	/* ▲ △ ▴ ▵ */
	{ 0x25b6, 0x25bb, ">" },	/* ▶ ▷ ▸ ▹ ► ▻ */
	{ 0x25bc, 0x25bf, "v" },	/* ▼ ▽ ▾ ▿ */
	{ 0x25c0, 0x25c5, "<" },	/* ◀ ◁ ◂ ◃ ◄ ◅ */
	{ 0x25c6, 0x25c8, "*" },	/* ◆ ◇ ◈ */
	{ 0x25cb, 0x25cb, "o" },	/* ○ */
	{ 0x25cf, 0x25cf, "*" },	/* ● */
	{ 0x2605, 0x2606, "*" },	/* ★ ☆ */
	{ 0x2691, 0x2691, "!" },	/* ⚑ */
	{ 0x2713, 0x2714, "v" },	/* ✓ ✔ */
	{ 0x2717, 0x2718, "x" },	/* ✗ ✘ */
	{ 0x27e6, 0x27e6, "[" },	/* ⟦ */
	{ 0x27e7, 0x27e7, "]" },	/* ⟧ */
	{ 0xfffd, 0xfffd, "?" },
};

static const char *
translit_table(uint32_t cp)
{
	size_t i;

	for (i = 0; i < sizeof translits / sizeof translits[0]; i++)
		if (cp >= translits[i].from && cp <= translits[i].to)
			return translits[i].ascii;
	return NULL;
}

/* Append the nearest showable spelling of cp (which cannot be shown). */
static void
translit_one(struct strbuf *b, uint32_t cp, int (*can_show)(uint32_t, void *), void *arg)
{
	utf8proc_int32_t parts[32];
	utf8proc_ssize_t n, i;
	const char *t;
	char enc[4];
	size_t before = b->len;
	int last = 0, len;

	if ((t = translit_table(cp)) != NULL) {
		strbuf_puts(b, t);
		return;
	}
	/* é -> e + U+0301 -> e; ĳ -> ij; … -> ...; then each part again. */
	n = utf8proc_decompose_char((utf8proc_int32_t)cp, parts, 32, (utf8proc_option_t)
	    (UTF8PROC_COMPAT | UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK | UTF8PROC_LUMP), &last);
	if (n > 0 && n <= 32 && !(n == 1 && (uint32_t)parts[0] == cp)) {
		for (i = 0; i < n; i++) {
			uint32_t p = (uint32_t)parts[i];

			if ((p >= 0x20 && p < 0x7f) || can_show(p, arg)) {
				if ((len = utf8_encode(p, enc)) > 0)
					strbuf_add(b, enc, (size_t)len);
			} else if ((t = translit_table(p)) != NULL)
				strbuf_puts(b, t);
		}
		if (b->len > before)
			return;
		/* A mark on its own (n = 0 after stripping) shows as nothing. */
		if (utf8_cpwidth(cp) == 0)
			return;
	} else if (utf8_cpwidth(cp) == 0)
		return;		/* a combining mark or joiner left over */
	strbuf_putc(b, '?');
}

char *
utf8_translit(const char *s, int (*can_show)(uint32_t cp, void *arg), void *arg)
{
	struct strbuf b = { 0 };
	char *nfc = utf8_nfc(s);
	size_t n = strlen(nfc), off = 0;
	uint32_t cp;
	int len;

	strbuf_add(&b, "", 0);
	while (off < n) {
		if ((len = utf8_decode(nfc + off, n - off, &cp)) < 0) {
			strbuf_putc(&b, '?');
			off++;
			continue;
		}
		if (cp < 0x80 || can_show(cp, arg))
			strbuf_add(&b, nfc + off, (size_t)len);
		else
			translit_one(&b, cp, can_show, arg);
		off += (size_t)len;
	}
	free(nfc);
	return strbuf_take(&b);
}
