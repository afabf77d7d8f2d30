/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * utf8.h: UTF-8 decoding, validation, normalisation, case folding, display
 * width and transliteration. Text in Vitaal is UTF-8 in NFC everywhere;
 * these functions are how the edges (import, paste, the command line)
 * check and normalise it, how names are compared without regard to case,
 * and how layouts measure it. The Unicode tables are utf8proc's.
 */
#ifndef VITAAL_UTF8_H
#define VITAAL_UTF8_H

#include <stddef.h>
#include <stdint.h>

/* Decode one character from s (at most n bytes). Returns the number of
 * bytes used (1–4) and sets *cp, or -1 for a malformed, overlong, surrogate
 * or truncated sequence. */
int	 utf8_decode(const char *s, size_t n, uint32_t *cp);

/* 0 when s[0..n) is valid UTF-8; otherwise -1 and, when cause is not NULL,
 * an allocated one-line Dutch message naming the byte offset (caller frees). */
int	 utf8_validate(const char *s, size_t n, char **cause);

/* Display columns of one code point: 0 for combining marks, joiners and
 * controls, 2 for wide (East Asian, emoji), 1 for a tab (drawn as a
 * space), else 1. From utf8proc's tables, so the same in every locale. */
int	 utf8_cpwidth(uint32_t cp);

/* Encode code point cp (at most U+10FFFF, no surrogates) as UTF-8 into
 * out; returns the number of bytes (1–4), or 0 for an invalid cp. */
int	 utf8_encode(uint32_t cp, char out[4]);

/* Display columns of a NUL-terminated string; malformed bytes count 1. */
size_t	 utf8_width(const char *s);

/* A new copy of s[0..n) that is valid UTF-8 and holds no control characters
 * except newline and tab: malformed bytes become U+FFFD, CR LF and lone CR
 * become LF, other controls are dropped. Caller frees. */
char	*utf8_sanitize(const char *s, size_t n);

/* s as it may reach a terminal on one line: valid UTF-8 without control
 * characters, escape sequences (ESC and C1, with everything up to their
 * final byte or terminator), or bidirectional overrides; line ends and
 * tabs become one space. NULL counts as "". Caller frees. Every command
 * that prints a text a user or an imported file wrote passes it here. */
char	*utf8_terminal(const char *s);

/* A new copy of s in Unicode Normalization Form C, so that "é" typed as
 * one character and as e + U+0301 are the same bytes. Text that is not
 * valid UTF-8 is copied as it is (validating is the caller's). Caller frees. */
char	*utf8_nfc(const char *s);

/* The key two texts are compared by without regard to case: NFC, Unicode
 * case folding ("Straße" and "STRASSE" agree, so do "É" and "é"), default
 * ignorables (soft hyphen, zero-width space) left out. Invalid UTF-8 is
 * folded in ASCII only. Caller frees. */
char	*utf8_fold(const char *s);
/* strcmp of the fold keys: 0 when a and b are the same without regard to
 * case and normal form; the sign orders them. */
int	 utf8_casecmp(const char *a, const char *b);
/* Does hay contain needle without regard to case and normal form? An
 * empty needle is in everything. */
int	 utf8_contains_fold(const char *hay, const char *needle);

/* A copy of s for a screen that cannot show every character: s in NFC,
 * each code point for which can_show(cp, arg) is 0 replaced by the
 * nearest it can show: accents dropped (é -> e), compatibility forms
 * spelled out (ĳ -> ij, … -> ...), quotes, dashes, arrows, box drawing
 * and blocks as ASCII ( “ ” -> ", – -> -, ─ -> -, █ -> #, ▸ -> >), "?"
 * when there is nothing near. ASCII printable characters are taken to be
 * showable always. Caller frees. */
char	*utf8_translit(const char *s, int (*can_show)(uint32_t cp, void *arg), void *arg);

/* One line of wrapped text: bytes [start, start + len) of the input. */
struct utf8_line {
	size_t	start;
	size_t	len;
};

/* Word-wrap s to lines of at most width display columns (width >= 1):
 * breaks at spaces, splits words longer than a line, keeps the text's own
 * newlines, drops the spaces a break falls on. Returns the number of lines
 * (at least 1) and an allocated array in *lines (caller frees). */
size_t	 utf8_wrap(const char *s, size_t width, struct utf8_line **lines);
#endif
