/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * check_util.c: the util layer: string buffer, trimming, UTF-8 decoding,
 * validation, width, sanitising, word wrap, reading a whole file, and
 * writing whole files with no temporary left behind (signals, stale ones
 * of a killed run).
 */
#include "config.h"

#include <sys/file.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "vitaal/json.h"
#include "vitaal/utf8.h"
#include "vitaal/util.h"
#include "testlib.h"

/* strbuf grows across many appends and hands over its string. */
START_TEST(test_util_strbuf_grows)
{
	struct strbuf b = { 0 };
	char *s;
	int i;

	for (i = 0; i < 1000; i++)
		strbuf_printf(&b, "%d,", i % 10);
	ck_assert_uint_eq(b.len, 2000);
	strbuf_putc(&b, '!');
	s = strbuf_take(&b);
	ck_assert_uint_eq(strlen(s), 2001);
	ck_assert_int_eq(s[2000], '!');
	ck_assert_ptr_null(b.s);
	free(s);
	s = strbuf_take(&b);	/* empty buffer gives "" */
	ck_assert_str_eq(s, "");
	free(s);
}
END_TEST

/* str_trim removes surrounding white space only. */
/* Growing keeps what was there and zeroes what is new; shrinking keeps
 * the start. */
START_TEST(test_util_xrecallocarray)
{
	int *v = xrecallocarray(NULL, 0, 3, sizeof *v);
	size_t i;

	for (i = 0; i < 3; i++)
		ck_assert_int_eq(v[i], 0);
	v[0] = 7, v[2] = 9;
	v = xrecallocarray(v, 3, 1000, sizeof *v);
	ck_assert_int_eq(v[0], 7);
	ck_assert_int_eq(v[2], 9);
	for (i = 3; i < 1000; i++)
		ck_assert_int_eq(v[i], 0);
	v = xrecallocarray(v, 1000, 1, sizeof *v);
	ck_assert_int_eq(v[0], 7);
	free(v);
}
END_TEST

START_TEST(test_util_trim)
{
	char *s = str_trim("  \t Iedereen onder dak \n");

	ck_assert_str_eq(s, "Iedereen onder dak");
	free(s);
	s = str_trim("   ");
	ck_assert_str_eq(s, "");
	free(s);
	ck_assert(str_is_blank(" \n\t"));
	ck_assert(str_is_blank(NULL));
	ck_assert(!str_is_blank(" x "));
	ck_assert_int_eq(str_casecmp("Dak", "dAK"), 0);
	ck_assert_int_lt(str_casecmp("a", "b"), 0);
}
END_TEST

/* The decoder accepts every well-formed length and rejects the classic
 * malformations: overlongs, surrogates, beyond U+10FFFF, truncation. */
START_TEST(test_utf8_decode)
{
	uint32_t cp;

	ck_assert_int_eq(utf8_decode("A", 1, &cp), 1);
	ck_assert_uint_eq(cp, 'A');
	ck_assert_int_eq(utf8_decode("\xc3\xa9", 2, &cp), 2);	/* é */
	ck_assert_uint_eq(cp, 0xe9);
	ck_assert_int_eq(utf8_decode("\xc4\xb3", 2, &cp), 2);	/* ĳ */
	ck_assert_uint_eq(cp, 0x133);
	ck_assert_int_eq(utf8_decode("\xe2\x82\xac", 3, &cp), 3);	/* € */
	ck_assert_int_eq(utf8_decode("\xf0\x9f\x98\x80", 4, &cp), 4);	/* 😀 */
	ck_assert_uint_eq(cp, 0x1f600);
	ck_assert_int_eq(utf8_decode("\xc0\xaf", 2, &cp), -1);	/* overlong / */
	ck_assert_int_eq(utf8_decode("\xe0\x80\xaf", 3, &cp), -1);
	ck_assert_int_eq(utf8_decode("\xed\xa0\x80", 3, &cp), -1);	/* surrogate */
	ck_assert_int_eq(utf8_decode("\xf4\x90\x80\x80", 4, &cp), -1);	/* > 10FFFF */
	ck_assert_int_eq(utf8_decode("\xe2\x82", 2, &cp), -1);	/* truncated */
	ck_assert_int_eq(utf8_decode("\x80", 1, &cp), -1);	/* lone continuation */
	ck_assert_int_eq(utf8_decode("\xff", 1, &cp), -1);
}
END_TEST

/* Encoding round-trips through the decoder for every length and refuses
 * surrogates and values beyond U+10FFFF. */
START_TEST(test_utf8_encode)
{
	static const uint32_t cps[] = { 'A', 0xe9, 0x133, 0x20ac, 0x1f600, 0x10ffff };
	char buf[4];
	uint32_t back;
	size_t i;
	int n;

	for (i = 0; i < sizeof cps / sizeof cps[0]; i++) {
		n = utf8_encode(cps[i], buf);
		ck_assert_int_gt(n, 0);
		ck_assert_int_eq(utf8_decode(buf, (size_t)n, &back), n);
		ck_assert_uint_eq(back, cps[i]);
	}
	ck_assert_int_eq(utf8_encode(0xd800, buf), 0);
	ck_assert_int_eq(utf8_encode(0x110000, buf), 0);
}
END_TEST

/* Validation names the offset of the first bad byte. */
START_TEST(test_utf8_validate_cause)
{
	const char bad[] = "goed\xc3(";
	char *cause = NULL;

	ck_assert_int_eq(utf8_validate("één ĳsje 😀", strlen("één ĳsje 😀"), NULL), 0);
	ck_assert_int_eq(utf8_validate(bad, sizeof bad - 1, &cause), -1);
	ck_assert_ptr_nonnull(cause);
	ck_assert_str_eq(cause, "ongeldige UTF-8 bij byte 4");
	free(cause);
}
END_TEST

/* Display width counts wide characters twice and combining marks not at all. */
START_TEST(test_utf8_width)
{
	ck_assert_uint_eq(utf8_width("abc"), 3);
	ck_assert_uint_eq(utf8_width("één"), 3);
	ck_assert_uint_eq(utf8_width("e\xcc\x81"), 1);	/* e + combining acute */
	ck_assert_uint_eq(utf8_width("日本"), 4);
	ck_assert_uint_eq(utf8_width("😀"), 2);
	ck_assert_uint_eq(utf8_width("a\xffz"), 3);	/* a bad byte counts one */
}
END_TEST

/* Widths come from utf8proc's tables, the same in every locale: newer
 * emoji and East Asian wide characters two columns, every combining mark
 * and joiner none, where the C library's wcwidth says -1 under LC_ALL=C. */
START_TEST(test_utf8_width_tables)
{
	char *old = xstrdup(setlocale(LC_CTYPE, NULL));

	setlocale(LC_CTYPE, "C");
	ck_assert_uint_eq(utf8_width("Café"), 4);
	ck_assert_uint_eq(utf8_width("e\xcc\x81"), 1);
	ck_assert_int_eq(utf8_cpwidth(0x1f972), 2);	/* 🥲, Unicode 13 */
	ck_assert_int_eq(utf8_cpwidth(0x1fae0), 2);	/* 🫠, Unicode 14 */
	ck_assert_int_eq(utf8_cpwidth(0x4e00), 2);	/* 一 */
	ck_assert_int_eq(utf8_cpwidth(0xac00), 2);	/* 가 */
	ck_assert_int_eq(utf8_cpwidth(0xff21), 2);	/* fullwidth Ａ */
	ck_assert_int_eq(utf8_cpwidth(0x0301), 0);	/* combining acute */
	ck_assert_int_eq(utf8_cpwidth(0x20dd), 0);	/* combining enclosing circle */
	ck_assert_int_eq(utf8_cpwidth(0x200d), 0);	/* zero-width joiner */
	ck_assert_int_eq(utf8_cpwidth(0xfe0f), 0);	/* variation selector */
	ck_assert_int_eq(utf8_cpwidth(0x0133), 1);	/* ĳ */
	ck_assert_int_eq(utf8_cpwidth(0x2500), 1);	/* ─ */
	ck_assert_int_eq(utf8_cpwidth('\t'), 1);
	ck_assert_int_eq(utf8_cpwidth(0x1b), 0);
	setlocale(LC_CTYPE, old);
	free(old);
}
END_TEST

/* NFC: composed and decomposed spellings become the same bytes. */
START_TEST(test_utf8_nfc)
{
	char *s;

	s = utf8_nfc("Cafe\xcc\x81");	/* e + U+0301 */
	ck_assert_str_eq(s, "Caf\xc3\xa9");
	free(s);
	s = utf8_nfc("Caf\xc3\xa9");
	ck_assert_str_eq(s, "Caf\xc3\xa9");
	free(s);
	s = utf8_nfc("A\xcc\x8a\xe2\x84\xab");	/* A + ring, Ångström sign */
	ck_assert_str_eq(s, "\xc3\x85\xc3\x85");
	free(s);
	s = utf8_nfc("\xc4\xb3");	/* ĳ stays: NFC, not NFKC */
	ck_assert_str_eq(s, "\xc4\xb3");
	free(s);
	s = utf8_nfc("plain");
	ck_assert_str_eq(s, "plain");
	free(s);
	s = utf8_nfc("bad \xff byte");	/* not UTF-8: copied as it is */
	ck_assert_str_eq(s, "bad \xff byte");
	free(s);
}
END_TEST

/* Case folding: Unicode, not ASCII, and blind to the normal form. */
START_TEST(test_utf8_casefold)
{
	char *s;

	ck_assert_int_eq(utf8_casecmp("ÉÉNDRACHT ZUID", "ééndracht zuid"), 0);
	ck_assert_int_eq(utf8_casecmp("Cafe\xcc\x81", "CAF\xc3\x89"), 0);
	ck_assert_int_eq(utf8_casecmp("Straße", "STRASSE"), 0);
	ck_assert_int_eq(utf8_casecmp("ĲSBAAN", "ĳsbaan"), 0);
	ck_assert_int_eq(utf8_casecmp("ΣΟΦΊΑ", "σοφία"), 0);
	ck_assert_int_ne(utf8_casecmp("Café", "Cafe"), 0);
	ck_assert_int_lt(utf8_casecmp("a", "B"), 0);
	ck_assert_int_eq(str_casecmp("Ééndracht", "ÉÉNDRACHT"), 0);
	ck_assert_int_eq(str_casecmp(NULL, NULL), 0);
	ck_assert_int_lt(str_casecmp(NULL, "é"), 0);
	s = utf8_fold("ÉÉN\xc2\xad" "DRACHT");	/* a soft hyphen is ignored */
	ck_assert_str_eq(s, "ééndracht");
	free(s);

	ck_assert(utf8_contains_fold("Ééndracht Zuid", "ÉÉN"));
	ck_assert(utf8_contains_fold("Ééndracht Zuid", "e\xcc\x81" "e\xcc\x81" "n"));
	ck_assert(utf8_contains_fold("Grote Straße", "STRASSE"));
	ck_assert(utf8_contains_fold("Dak", "dA"));
	ck_assert(utf8_contains_fold("Dak", ""));
	ck_assert(!utf8_contains_fold("Ééndracht", "een"));
	ck_assert(str_contains_ci("Café ĳsbaan", "ĲS"));
	ck_assert(!str_contains_ci(NULL, "a"));
}
END_TEST

static int
show_ascii(uint32_t cp, void *arg)
{
	(void)arg;
	return cp < 0x80;
}

static int
show_latin1(uint32_t cp, void *arg)
{
	(void)arg;
	return cp < 0x100;
}

/* Transliteration for a screen that cannot show everything: nothing is
 * dropped, nothing becomes a wrong letter. */
START_TEST(test_utf8_translit)
{
	static const struct {
		const char *in, *ascii, *latin1;
	} cases[] = {
		{ "Café ĳsbaan", "Cafe ijsbaan", "Café ijsbaan" },
		{ "Cafe\xcc\x81", "Cafe", "Café" },	/* NFD first composed */
		{ "“Zo” – ‘ja’ — „nee”", "\"Zo\" - 'ja' - \"nee\"", "\"Zo\" - 'ja' - \"nee\"" },
		{ "▸ ██░ ─│┌┐└┘", "> ##: -|++++", "> ##: -|++++" },
		{ "← → ↑ ↓ ✓ ● ○ ★ ▣", "< > ^ v v * o * #", "< > ^ v v * o * #" },
		{ "Grüße · 3×", "Grusse - 3x", "Grüße · 3×" },
		{ "wacht…", "wacht...", "wacht..." },
		{ "Œuvre € ½", "OEuvre EUR 1/2", "OEuvre EUR ½" },
		{ "日本 😀", "?? ?", "?? ?" },
		{ "plain ascii", "plain ascii", "plain ascii" },
	};
	size_t i;
	char *s;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		s = utf8_translit(cases[i].in, show_ascii, NULL);
		ck_assert_msg(strcmp(s, cases[i].ascii) == 0, "ASCII: '%s' -> '%s', want '%s'",
		    cases[i].in, s, cases[i].ascii);
		free(s);
		s = utf8_translit(cases[i].in, show_latin1, NULL);
		ck_assert_msg(strcmp(s, cases[i].latin1) == 0, "Latin-1: '%s' -> '%s', want '%s'",
		    cases[i].in, s, cases[i].latin1);
		free(s);
	}
}
END_TEST

/* Sanitising keeps text and newlines, fixes line ends, drops controls and
 * replaces malformed bytes. */
START_TEST(test_utf8_sanitize)
{
	const char in[] = "a\r\nb\rc\x1b[31md\xfe\te";
	char *s = utf8_sanitize(in, sizeof in - 1);

	ck_assert_str_eq(s, "a\nb\nc[31md\xef\xbf\xbd\te");
	ck_assert_int_eq(utf8_validate(s, strlen(s), NULL), 0);
	free(s);
}
END_TEST

/* What reaches a terminal: no escape sequence (CSI, OSC title, C1), no
 * control character, no bidi override; a newline is a space. */
START_TEST(test_utf8_terminal)
{
	static const struct {
		const char *in, *out;
	} cases[] = {
		{ "gewoon", "gewoon" },
		{ "rood\x1b[31;1mtekst\x1b[0m", "roodtekst" },
		{ "\x1b]0;Titel weg\aNaam", "Naam" },
		{ "\x1b]2;x\x1b\\Naam", "Naam" },
		{ "a\x1b(Bb\x1b" "c", "ab" },
		{ "a\xc2\x9b" "2Jb", "ab" },
		{ "a\xc2\x9d" "0;x\xc2\x9c" "b", "ab" },
		{ "twee\nregels\r\nen\ttab", "twee regels en tab" },
		{ "bel\a\x7f\x01!", "bel!" },
		{ "\xe2\x80\xae" "kcab\xe2\x80\xac", "kcab" },
		{ "A\xffZ", "A\xef\xbf\xbdZ" },
		{ "ünïcödé – ok", "ünïcödé – ok" },
		{ "\x1b[", "" },
		{ "", "" },
	};
	size_t i;
	char *t;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		t = utf8_terminal(cases[i].in);
		ck_assert_msg(strcmp(t, cases[i].out) == 0, "case %zu: '%s'", i, t);
		free(t);
	}
	t = utf8_terminal(NULL);
	ck_assert_str_eq(t, "");
	free(t);
}
END_TEST

/* Join wrapped lines with '|' so one assertion shows the whole result. */
static char *
wrap_joined(const char *s, size_t width)
{
	struct strbuf b = { 0 };
	struct utf8_line *lines;
	size_t i, n;

	n = utf8_wrap(s, width, &lines);
	for (i = 0; i < n; i++) {
		if (i > 0)
			strbuf_putc(&b, '|');
		strbuf_add(&b, s + lines[i].start, lines[i].len);
	}
	free(lines);
	return strbuf_take(&b);
}

/* Word wrap breaks at spaces, splits long words, keeps newlines, and never
 * exceeds the width even with wide characters. */
START_TEST(test_utf8_wrap)
{
	static const struct { const char *in; size_t w; const char *out; } cases[] = {
		{ "", 10, "" },
		{ "kort", 10, "kort" },
		{ "de opgave van de coalitie", 10, "de opgave|van de|coalitie" },
		{ "regiegemeente", 5, "regie|gemee|nte" },
		{ "een\n\ntwee", 10, "een||twee" },
		{ "één ĳsje", 4, "één|ĳsje" },
		{ "日本語テキスト", 5, "日本|語テ|キス|ト" },
		{ "eind ", 4, "eind|" },
	};
	size_t i;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char *got = wrap_joined(cases[i].in, cases[i].w);

		ck_assert_msg(strcmp(got, cases[i].out) == 0, "wrap(\"%s\", %zu) = \"%s\", want \"%s\"",
		    cases[i].in, cases[i].w, got, cases[i].out);
		free(got);
	}
}
END_TEST

/* xasprintf formats like printf and the result is owned by the caller. */
START_TEST(test_util_xasprintf)
{
	char *s = xasprintf("%s-%03d", "fase", 7);

	ck_assert_str_eq(s, "fase-007");
	free(s);
	s = xstrndup("abcdef", 3);
	ck_assert_str_eq(s, "abc");
	free(s);
}
END_TEST

/* Parse text, expecting failure with a message that starts with want. */
static void
json_refused(const char *text, size_t len, const char *want)
{
	char *cause = NULL;

	ck_assert_ptr_null(json_parse(text, len, &cause));
	ck_assert_msg(cause != NULL && strncmp(cause, want, strlen(want)) == 0,
	    "%s: '%s', want '%s…'", text, cause, want);
	free(cause);
}

/* The reader takes valid JSON with its lines and refuses, naming the
 * line, everything a lenient reader would guess at. */
START_TEST(test_json_parse)
{
	const char *ok = "{\"a\": [1, -2.5e3, true, false, null],\n \"b\":\n \"x\\n\\u00e9\\ud83d\\ude00\"}";
	struct json *j = json_parse(ok, strlen(ok), NULL);
	const struct json *a, *b;
	char deep[80];
	int64_t i;

	ck_assert_ptr_nonnull(j);
	a = json_get(j, "a");
	b = json_get(j, "b");
	ck_assert_uint_eq(a->n, 5);
	ck_assert_int_eq(json_int(&a->v[0], &i), 0);
	ck_assert_int_eq(i, 1);
	ck_assert_int_eq(json_int(&a->v[1], &i), -1);	/* not an integer */
	ck_assert_int_eq(a->v[2].type, JSON_BOOL);
	ck_assert_int_eq(a->v[4].type, JSON_NULL);
	ck_assert_str_eq(b->s, "x\n\xc3\xa9\xf0\x9f\x98\x80");
	ck_assert_int_eq(b->line, 3);
	ck_assert_ptr_null(json_get(j, "c"));
	json_free(j);

	json_refused("", 0, "regel 1: onverwacht einde");
	json_refused("{\"a\": 1,\n\"a\": 2}", 15, "regel 2: veld 'a' komt twee keer voor");
	json_refused("[1,]", 4, "regel 1: ongeldig getal");
	json_refused("[01]", 4, "regel 1: ',' of ']' verwacht");
	json_refused("\"a\tb\"", 5, "regel 1: stuurteken");
	json_refused("\"\\u0000\"", 8, "regel 1: \\u0000");
	json_refused("\"\\ud800\"", 8, "regel 1: losse surrogaat");
	json_refused("\"\\x\"", 4, "regel 1: onbekende escape");
	json_refused("\"\xff\"", 3, "regel 1: ongeldige UTF-8");
	json_refused("\"a", 2, "regel 1: tekst zonder afsluitend");
	json_refused("{} x", 4, "regel 1: tekst na het einde");
	json_refused("[1]\0", 4, "regel 1: tekst na het einde");
	json_refused("nul", 3, "regel 1: onverwacht teken");
	memset(deep, '[', sizeof(deep));
	json_refused(deep, sizeof(deep), "regel 1: te diep genest");
	ck_assert_int_eq(json_int(NULL, &i), -1);
}
END_TEST

/* Escaping: what the reader reads back is what was written, and text
 * that is not UTF-8 comes out as U+FFFD, never as invalid JSON. */
/* The pull reader, fed a byte at a time so every refill falls inside a
 * value: the structure walked, the values whole and with their lines,
 * and a problem named by its line. */
struct bytes {
	const char	*p;
	size_t		 left;
};

static long
one_byte(void *ctx, char *buf, size_t n)
{
	struct bytes *b = ctx;

	if (b->left == 0 || n == 0)
		return 0;
	*buf = *b->p++;
	b->left--;
	return 1;
}

START_TEST(test_json_pull)
{
	static const char good[] = "\xef\xbb\xbf{\n \"a\": [\n  {\"x\": \"}\\\"]\", \"y\": [1, 2]},\n"
	    "  -12.5e3, true, null\n ]\n}\n";
	static const char bad[] = "{\"a\": [\n{\"x\": 1},\n\n{\"x\" 2}]}";
	struct bytes b = { good, sizeof(good) - 1 };
	struct json_pull *p = json_pull_new(one_byte, &b);
	struct json *j;

	ck_assert_int_eq(json_pull_punct(p), '{');
	j = json_pull_value(p);
	ck_assert_ptr_nonnull(j);
	ck_assert_str_eq(j->s, "a");
	ck_assert_int_eq(j->line, 2);
	json_free(j);
	ck_assert_int_eq(json_pull_punct(p), ':');
	ck_assert_int_eq(json_pull_punct(p), '[');
	ck_assert_int_eq(json_pull_peek(p), '{');
	j = json_pull_value(p);
	ck_assert_ptr_nonnull(j);
	ck_assert_int_eq(j->type, JSON_OBJECT);
	ck_assert_int_eq(j->line, 3);
	ck_assert_str_eq(json_get(j, "x")->s, "}\"]");
	ck_assert_uint_eq(json_get(j, "y")->n, 2);
	json_free(j);
	ck_assert_int_eq(json_pull_punct(p), ',');
	j = json_pull_value(p);
	ck_assert_int_eq(j->type, JSON_NUMBER);
	ck_assert_int_eq(j->line, 4);
	json_free(j);
	ck_assert_int_eq(json_pull_punct(p), ',');
	json_free(json_pull_value(p));
	ck_assert_int_eq(json_pull_punct(p), ',');
	j = json_pull_value(p);
	ck_assert_int_eq(j->type, JSON_NULL);
	json_free(j);
	ck_assert_int_eq(json_pull_punct(p), ']');
	ck_assert_int_eq(json_pull_line(p), 5);
	ck_assert_int_eq(json_pull_punct(p), '}');
	ck_assert_int_eq(json_pull_punct(p), 0);
	ck_assert_ptr_null(json_pull_cause(p));
	json_pull_free(p);

	b.p = bad;
	b.left = sizeof(bad) - 1;
	p = json_pull_new(one_byte, &b);
	ck_assert_int_eq(json_pull_punct(p), '{');
	json_free(json_pull_value(p));
	ck_assert_int_eq(json_pull_punct(p), ':');
	ck_assert_int_eq(json_pull_punct(p), '[');
	json_free(json_pull_value(p));
	ck_assert_int_eq(json_pull_punct(p), ',');
	ck_assert_ptr_null(json_pull_value(p));
	ck_assert_ptr_nonnull(json_pull_cause(p));
	ck_assert_msg(strncmp(json_pull_cause(p), "regel 4: ", 9) == 0, "%s", json_pull_cause(p));
	ck_assert_int_eq(json_pull_punct(p), -1);	/* and stays failed */
	json_pull_free(p);
}
END_TEST

START_TEST(test_json_put_string)
{
	const char *in = "a\"b\\c\nd\te\x01\x7f" "\xc3\xa9";
	struct strbuf b = { 0 };
	struct json *j;

	json_put_string(&b, in);
	ck_assert_str_eq(b.s, "\"a\\\"b\\\\c\\nd\\te\\u0001\\u007f\xc3\xa9\"");
	j = json_parse(b.s, b.len, NULL);
	ck_assert_ptr_nonnull(j);
	ck_assert_str_eq(j->s, in);
	json_free(j);
	strbuf_free(&b);
	json_put_string(&b, "x\xff" "y");
	ck_assert_str_eq(b.s, "\"x\xef\xbf\xbdy\"");
	strbuf_free(&b);
}
END_TEST

/* The contents of path (at most 255 bytes), or "" when it cannot be read. */
static const char *
slurp(const char *path)
{
	static char buf[256];
	FILE *f;
	size_t n = 0;

	if ((f = fopen(path, "r")) != NULL) {
		n = fread(buf, 1, sizeof buf - 1, f);
		fclose(f);
	}
	buf[n] = '\0';
	return buf;
}

static void
put(const char *path, const char *text)
{
	FILE *f = fopen(path, "w");

	ck_assert_ptr_nonnull(f);
	fputs(text, f);
	ck_assert_int_eq(fclose(f), 0);
}

/* How many entries dir holds (without . and ..): a leftover temporary
 * shows up as one too many. */
static int
entries(const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	int n = 0;

	ck_assert_ptr_nonnull(d);
	while ((e = readdir(d)) != NULL)
		if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0)
			n++;
	closedir(d);
	return n;
}

/* A PATH.tmp planted beforehand, as a symlink to a victim or as a plain
 * file, is neither followed nor used; the export still succeeds and
 * leaves no temporary behind. */
START_TEST(test_file_planted_tmp)
{
	char *dir = test_tmpdir(), *victim = xasprintf("%s/victim", dir);
	char *out = xasprintf("%s/uit.txt", dir), *tmp = xasprintf("%s/uit.txt.tmp", dir);
	char *out2 = xasprintf("%s/uit2.txt", dir), *tmp2 = xasprintf("%s/uit2.txt.tmp", dir);
	char *cause = NULL;
	struct stat sb;

	put(victim, "van het slachtoffer\n");
	ck_assert_int_eq(symlink(victim, tmp), 0);
	ck_assert_msg(file_write_atomic(out, "export\n", 7, &cause) == 0, "%s", cause);
	ck_assert_str_eq(slurp(victim), "van het slachtoffer\n");
	ck_assert_str_eq(slurp(out), "export\n");
	ck_assert_int_eq(lstat(tmp, &sb), 0);
	ck_assert(S_ISLNK(sb.st_mode));

	put(tmp2, "van een ander\n");
	ck_assert_msg(file_write_atomic(out2, "export 2\n", 9, &cause) == 0, "%s", cause);
	ck_assert_str_eq(slurp(tmp2), "van een ander\n");
	ck_assert_str_eq(slurp(out2), "export 2\n");
	ck_assert_int_eq(entries(dir), 5);	/* victim, uit, its .tmp, uit2, its .tmp */
	free(tmp2);
	free(out2);
	free(tmp);
	free(out);
	free(victim);
	free(dir);
}
END_TEST

/* What is written has mode 0600 even with umask 0, written whole or
 * piece by piece, new or over an existing 0644 file. */
START_TEST(test_file_mode_0600)
{
	char *dir = test_tmpdir(), *a = xasprintf("%s/a.json", dir), *b = xasprintf("%s/b.txt", dir);
	char *cause = NULL;
	struct file_out *fo;
	struct stat sb;
	mode_t mask = umask(0);

	ck_assert_msg(file_write_atomic(a, "{}\n", 3, &cause) == 0, "%s", cause);
	ck_assert_int_eq(stat(a, &sb), 0);
	ck_assert_uint_eq(sb.st_mode & 07777, 0600);

	put(b, "oud\n");
	ck_assert_int_eq(chmod(b, 0644), 0);
	fo = file_open_atomic(b, &cause);
	ck_assert_msg(fo != NULL, "%s", cause);
	ck_assert_int_eq(file_put(fo, "nieuw, ", 7), 0);
	ck_assert_int_eq(file_put(fo, "in stukken\n", 11), 0);
	ck_assert_msg(file_close_atomic(fo, &cause) == 0, "%s", cause);
	ck_assert_str_eq(slurp(b), "nieuw, in stukken\n");
	ck_assert_int_eq(stat(b, &sb), 0);
	ck_assert_uint_eq(sb.st_mode & 07777, 0600);
	ck_assert_int_eq(entries(dir), 2);
	umask(mask);	/* CK_FORK=no (valgrind) runs every test in one process */
	free(b);
	free(a);
	free(dir);
}
END_TEST

/* A PATH that is a symlink is replaced by the file, not written through. */
START_TEST(test_file_target_symlink)
{
	char *dir = test_tmpdir(), *victim = xasprintf("%s/victim", dir);
	char *out = xasprintf("%s/uit.txt", dir), *cause = NULL;
	struct stat sb;

	put(victim, "van het slachtoffer\n");
	ck_assert_int_eq(symlink(victim, out), 0);
	ck_assert_msg(file_write_atomic(out, "export\n", 7, &cause) == 0, "%s", cause);
	ck_assert_int_eq(lstat(out, &sb), 0);
	ck_assert(S_ISREG(sb.st_mode));
	ck_assert_str_eq(slurp(out), "export\n");
	ck_assert_str_eq(slurp(victim), "van het slachtoffer\n");
	free(out);
	free(victim);
	free(dir);
}
END_TEST

/* Every failure leaves the target as it was and no temporary behind: a
 * directory that is not there, a rename that fails (PATH is a
 * directory), a write that fails (a file-size limit), giving up
 * (file_abort), a directory that may not be written (not as root). */
START_TEST(test_file_failure_leaves_nothing)
{
	char *dir = test_tmpdir(), *gone = xasprintf("%s/weg/uit.txt", dir);
	char *sub = xasprintf("%s/map", dir), *out = xasprintf("%s/uit.txt", dir);
	char *ro = xasprintf("%s/alleen-lezen", dir), *ro_out = xasprintf("%s/uit.txt", ro);
	char big[4096], *cause = NULL;
	struct file_out *fo;
	struct rlimit rl, small;
	void (*xfsz)(int);

	ck_assert_int_eq(file_write_atomic(gone, "x", 1, &cause), -1);
	ck_assert_ptr_nonnull(strstr(cause, "kan "));
	ck_assert_ptr_nonnull(strstr(cause, "weg/uit.txt niet schrijven"));
	free(cause);
	cause = NULL;
	ck_assert_int_eq(entries(dir), 0);

	ck_assert_int_eq(mkdir(sub, 0700), 0);
	ck_assert_int_eq(file_write_atomic(sub, "x", 1, &cause), -1);
	ck_assert_ptr_nonnull(cause);
	free(cause);
	cause = NULL;
	ck_assert_int_eq(entries(dir), 1);
	ck_assert_int_eq(entries(sub), 0);

	put(out, "oud\n");
	memset(big, 'x', sizeof big);
	xfsz = signal(SIGXFSZ, SIG_IGN);	/* EFBIG instead of the signal */
	ck_assert_int_eq(getrlimit(RLIMIT_FSIZE, &rl), 0);
	small = rl;
	small.rlim_cur = 100;
	ck_assert_int_eq(setrlimit(RLIMIT_FSIZE, &small), 0);
	ck_assert_int_eq(file_write_atomic(out, big, sizeof big, &cause), -1);
	ck_assert_int_eq(setrlimit(RLIMIT_FSIZE, &rl), 0);
	signal(SIGXFSZ, xfsz);
	ck_assert_ptr_nonnull(strstr(cause, "uit.txt niet schrijven"));
	free(cause);
	cause = NULL;
	ck_assert_str_eq(slurp(out), "oud\n");
	ck_assert_int_eq(entries(dir), 2);

	fo = file_open_atomic(out, &cause);
	ck_assert_msg(fo != NULL, "%s", cause);
	file_put(fo, "half", 4);
	ck_assert_int_eq(entries(dir), 3);	/* the temporary, while writing */
	file_abort(fo);
	ck_assert_str_eq(slurp(out), "oud\n");
	ck_assert_int_eq(entries(dir), 2);

	/* Root writes anywhere; the permission check needs another user. */
	if (geteuid() != 0) {
		ck_assert_int_eq(mkdir(ro, 0500), 0);
		ck_assert_int_eq(file_write_atomic(ro_out, "x", 1, &cause), -1);
		ck_assert_ptr_nonnull(cause);
		free(cause);
		ck_assert_int_eq(entries(ro), 0);
	}
	free(ro_out);
	free(ro);
	free(out);
	free(sub);
	free(gone);
	free(dir);
}
END_TEST

/* file_make_dir: a new folder is 0700; the user's own existing folder is
 * used whatever its mode; a symlink (with or without a trailing slash)
 * or a plain file is refused. */
START_TEST(test_file_make_dir)
{
	char *dir = test_tmpdir(), *fresh = xasprintf("%s/nieuw", dir);
	char *own = xasprintf("%s/eigen", dir), *link = xasprintf("%s/koppeling", dir);
	char *slash = xasprintf("%s/koppeling/", dir), *plain = xasprintf("%s/bestand", dir);
	char *cause = NULL;
	struct stat sb;
	mode_t mask = umask(0);

	ck_assert_msg(file_make_dir(fresh, &cause) == 0, "%s", cause);
	ck_assert_int_eq(lstat(fresh, &sb), 0);
	ck_assert(S_ISDIR(sb.st_mode));
	ck_assert_uint_eq(sb.st_mode & 07777, 0700);
	umask(mask);

	ck_assert_int_eq(mkdir(own, 0755), 0);
	ck_assert_int_eq(chmod(own, 0755), 0);
	ck_assert_msg(file_make_dir(own, &cause) == 0, "%s", cause);
	ck_assert_int_eq(stat(own, &sb), 0);
	ck_assert_uint_eq(sb.st_mode & 07777, 0755);	/* left as the user has it */

	ck_assert_int_eq(symlink(own, link), 0);
	ck_assert_int_eq(file_make_dir(link, &cause), -1);
	ck_assert_ptr_nonnull(strstr(cause, "symbolische koppeling"));
	free(cause);
	cause = NULL;
	ck_assert_int_eq(file_make_dir(slash, &cause), -1);
	ck_assert_ptr_nonnull(strstr(cause, "symbolische koppeling"));
	free(cause);
	cause = NULL;

	put(plain, "geen map\n");
	ck_assert_int_eq(file_make_dir(plain, &cause), -1);
	ck_assert_ptr_nonnull(strstr(cause, "geen map"));
	ck_assert_ptr_null(strchr(cause, '\n'));
	free(cause);
	free(plain);
	free(slash);
	free(link);
	free(own);
	free(fresh);
	free(dir);
}
END_TEST

/* file_read_all: the whole file with its length (a NUL inside counted),
 * "" for an empty one; a file longer than the bound (opened, EFBIG), one
 * that is not there (never opened, ENOENT) and a folder each fail with
 * errno set. */
START_TEST(test_file_read_all)
{
	char *dir = test_tmpdir(), *text = xasprintf("%s/tekst", dir);
	char *empty = xasprintf("%s/leeg", dir), *gone = xasprintf("%s/weg", dir);
	char *s, *cause = NULL;
	size_t len = 99;
	int opened = -1;

	ck_assert_msg(file_write_atomic(text, "één\0twee\n", 11, &cause) == 0, "%s", cause);
	s = file_read_all(text, 11, &len, &opened);
	ck_assert_ptr_nonnull(s);
	ck_assert_int_eq(opened, 1);
	ck_assert_uint_eq(len, 11);
	ck_assert_int_eq(memcmp(s, "één\0twee\n", 12), 0);	/* and NUL-terminated */
	free(s);

	errno = 0;
	ck_assert_ptr_null(file_read_all(text, 10, &len, &opened));
	ck_assert_int_eq(errno, EFBIG);
	ck_assert_int_eq(opened, 1);

	put(empty, "");
	s = file_read_all(empty, 0, NULL, NULL);
	ck_assert_str_eq(s, "");
	free(s);

	ck_assert_ptr_null(file_read_all(gone, 100, NULL, &opened));
	ck_assert_int_eq(errno, ENOENT);
	ck_assert_int_eq(opened, 0);

	errno = 0;
	ck_assert_ptr_null(file_read_all(dir, 100, NULL, &opened));
	ck_assert_int_ne(errno, 0);
	free(gone);
	free(empty);
	free(text);
	free(dir);
}
END_TEST

/* A device or a pipe is written into, never renamed over: `-o /dev/null`
 * as root once replaced /dev/null with a file. */
START_TEST(test_file_device_target)
{
	char *dir = test_tmpdir(), *fifo = xasprintf("%s/pijp", dir), *cause = NULL;
	struct stat sb;
	char buf[16] = { 0 };
	FILE *r;
	pid_t pid;

	ck_assert_int_eq(file_write_atomic("/dev/null", "weg", 3, &cause), 0);
	ck_assert_int_eq(stat("/dev/null", &sb), 0);
	ck_assert(S_ISCHR(sb.st_mode));
	ck_assert_int_eq(mkfifo(fifo, 0600), 0);
	if ((pid = fork()) == 0)
		_exit(file_write_atomic(fifo, "door de pijp", 12, NULL) == 0 ? 0 : 1);
	ck_assert_ptr_nonnull(r = fopen(fifo, "r"));
	ck_assert_uint_eq(fread(buf, 1, sizeof buf - 1, r), 12);
	fclose(r);
	ck_assert_str_eq(buf, "door de pijp");
	ck_assert_int_eq(stat(fifo, &sb), 0);
	ck_assert(S_ISFIFO(sb.st_mode));
	ck_assert_int_eq(file_write_atomic(dir, "x", 1, &cause), -1);	/* a folder */
	free(cause);
	free(fifo);
	free(dir);
}
END_TEST

/* Exactly ".NAME." and six of mkostemp's letters and digits. */
START_TEST(test_file_temp_name)
{
	static const char *const no[] = {
		"uit.json", ".uit.json", ".uit.json.", ".uit.json.Aa1Bb", ".uit.json.Aa1Bb2C",
		"uit.json.Aa1Bb2", "..uit.json.Aa1Bb2", ".uit.jsonx.Aa1Bb2", ".uit.json.Aa-Bb2",
		".uit.json.Aa.Bb2", ".uit.json.Aa1Bb2.tmp", ".uit.json.tmp", ".UIT.json.Aa1Bb2",
		".uit.json.Aa1B\xc3\xa9",
	};
	size_t i;

	ck_assert_int_eq(file_is_temp_of("uit.json", ".uit.json.Aa1Bb2"), 1);
	ck_assert_int_eq(file_is_temp_of("uit.json", ".uit.json.XXXXXX"), 1);
	ck_assert_int_eq(file_is_temp_of("uit.json", ".uit.json.000000"), 1);
	ck_assert_int_eq(file_is_temp_of("uit", ".uit.Aa1Bb2"), 1);
	ck_assert_int_eq(file_is_temp_of("uit", ".uit.json.Aa1Bb2"), 0);
	for (i = 0; i < sizeof no / sizeof no[0]; i++)
		ck_assert_msg(file_is_temp_of("uit.json", no[i]) == 0, "'%s' taken for a temporary",
		    no[i]);
}
END_TEST

/* make_at DIR NAME AGE: a file DIR/NAME with "x" in it, last written AGE
 * seconds ago. */
static char *
make_at(const char *dir, const char *name, int age)
{
	char *path = xasprintf("%s/%s", dir, name);
	struct timespec t[2];

	put(path, "x");
	clock_gettime(CLOCK_REALTIME, &t[0]);
	t[0].tv_sec -= age;
	t[1] = t[0];
	ck_assert_int_eq(utimensat(AT_FDCWD, path, t, 0), 0);
	return path;
}

static int
exists(const char *dir, const char *name)
{
	char *path = xasprintf("%s/%s", dir, name);
	struct stat sb;
	int ret = lstat(path, &sb) == 0;

	free(path);
	return ret;
}

/* Only a stale temporary goes: ours, a regular file, named exactly, last
 * written before the run began, not locked by a writer. A symlink, a
 * folder, a newer or a locked one, another user's (as root), or a name
 * that is not quite the pattern stays. */
START_TEST(test_file_clean_stale)
{
	char *dir = test_tmpdir(), *out = xasprintf("%s/uit.json", dir);
	char *victim = xasprintf("%s/victim", dir), *p;
	struct timespec before;
	int locked, i;
	static const char *const kept[] = {
		".uit.json.Aa1Bb", ".uit.json.Aa1Bb2C", "uit.json.Aa1Bb2", ".andere.json.Aa1Bb2",
		".uit.json.Aa-Bb2",
	};

	put(out, "oud\n");
	put(victim, "van het slachtoffer\n");
	free(make_at(dir, ".uit.json.Stale1", 3600));
	free(make_at(dir, ".uit.json.Fresh1", -60));		/* after the run began */
	p = make_at(dir, ".uit.json.Locked", 3600);
	ck_assert_int_ge(locked = open(p, O_RDONLY), 0);
	ck_assert_int_eq(flock(locked, LOCK_EX), 0);		/* a live writer */
	free(p);
	for (i = 0; i < (int)(sizeof kept / sizeof kept[0]); i++)
		free(make_at(dir, kept[i], 3600));
	p = xasprintf("%s/.uit.json.Link01", dir);
	ck_assert_int_eq(symlink(victim, p), 0);
	free(p);
	p = xasprintf("%s/.uit.json.Dir001", dir);
	ck_assert_int_eq(mkdir(p, 0700), 0);
	free(p);
	if (geteuid() == 0) {
		p = make_at(dir, ".uit.json.Other1", 3600);
		ck_assert_int_eq(chown(p, 65534, 65534), 0);
		free(p);
	}

	clock_gettime(CLOCK_REALTIME, &before);
	ck_assert_int_eq(file_clean_stale(out, &before), 1);
	ck_assert(!exists(dir, ".uit.json.Stale1"));
	ck_assert(exists(dir, ".uit.json.Fresh1"));
	ck_assert(exists(dir, ".uit.json.Locked"));
	for (i = 0; i < (int)(sizeof kept / sizeof kept[0]); i++)
		ck_assert_msg(exists(dir, kept[i]), "%s removed", kept[i]);
	ck_assert(exists(dir, ".uit.json.Link01"));
	ck_assert(exists(dir, ".uit.json.Dir001"));
	ck_assert(geteuid() != 0 || exists(dir, ".uit.json.Other1"));
	ck_assert_str_eq(slurp(victim), "van het slachtoffer\n");
	ck_assert_str_eq(slurp(out), "oud\n");

	/* The writer is gone (its lock with it): now it is stale too. */
	close(locked);
	ck_assert_int_eq(file_clean_stale(out, &before), 1);
	ck_assert(!exists(dir, ".uit.json.Locked"));
	free(victim);
	free(out);
	free(dir);
}
END_TEST

/* The next export to a target removes what a killed one left beside it,
 * and writes as usual. */
START_TEST(test_file_open_cleans)
{
	char *dir = test_tmpdir(), *out = xasprintf("%s/uit.txt", dir), *cause = NULL;

	free(make_at(dir, ".uit.txt.K1lled", 10));
	free(make_at(dir, ".ander.txt.K1lled", 10));	/* another target's: not ours to judge */
	ck_assert_int_eq(entries(dir), 2);
	ck_assert_msg(file_write_atomic(out, "nieuw\n", 6, &cause) == 0, "%s", cause);
	ck_assert_str_eq(slurp(out), "nieuw\n");
	ck_assert(!exists(dir, ".uit.txt.K1lled"));
	ck_assert(exists(dir, ".ander.txt.K1lled"));
	ck_assert_int_eq(entries(dir), 2);
	free(out);
	free(dir);
}
END_TEST

/* killed_writing DIR SIG: a child that is writing DIR/uit.json when SIG
 * arrives dies of SIG, and leaves no temporary. */
static void
killed_writing(const char *dir, int sig)
{
	char *out = xasprintf("%s/uit.json", dir);
	int status;
	pid_t pid;

	if ((pid = fork()) == 0) {
		struct file_out *fo;

		signal(sig, SIG_DFL);	/* as in a fresh `vitaal export` */
		if ((fo = file_open_atomic(out, NULL)) == NULL)
			_exit(2);
		file_put(fo, "{\"half\": ", 9);
		fflush(NULL);
		kill(getpid(), sig);
		_exit(3);		/* not reached */
	}
	ck_assert_int_eq(waitpid(pid, &status, 0), pid);
	ck_assert_msg(WIFSIGNALED(status) && WTERMSIG(status) == sig, "status %#x", status);
	ck_assert_msg(entries(dir) == 0, "%d entries after signal %d", entries(dir), sig);
	free(out);
}

static volatile sig_atomic_t caught;

static void
catch(int sig)
{
	caught = sig;
}

/* SIGTERM, SIGINT and SIGHUP during a write remove the temporary and end
 * the program as they would have; where the program handles a signal
 * itself (the UI saves first), that handler stays in charge. */
START_TEST(test_file_signal_cleans)
{
	char *dir = test_tmpdir(), *out = xasprintf("%s/uit.json", dir);
	struct sigaction sa, old;
	struct file_out *fo;
	char *cause = NULL;

	killed_writing(dir, SIGTERM);
	killed_writing(dir, SIGINT);
	killed_writing(dir, SIGHUP);

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = catch;
	ck_assert_int_eq(sigaction(SIGTERM, &sa, &old), 0);
	fo = file_open_atomic(out, &cause);
	ck_assert_msg(fo != NULL, "%s", cause);
	caught = 0;
	raise(SIGTERM);
	ck_assert_int_eq(caught, SIGTERM);
	ck_assert_int_eq(entries(dir), 1);	/* still there: ours to finish */
	file_abort(fo);
	ck_assert_int_eq(entries(dir), 0);
	sigaction(SIGTERM, &old, NULL);
	free(out);
	free(dir);
}
END_TEST

/* The werkboek's UTC stamps shown in local time (here UTC, as make check
 * runs); anything else is refused with an empty buffer. */
START_TEST(test_str_local_time)
{
	char buf[32];

	setenv("TZ", "UTC", 1);
	tzset();
	ck_assert_int_eq(str_local_time("2026-11-23T14:05:09Z", 0, buf, sizeof buf), 0);
	ck_assert_str_eq(buf, "14:05");
	ck_assert_int_eq(str_local_time("2026-11-23T14:05:09Z", 1, buf, sizeof buf), 0);
	ck_assert_str_eq(buf, "2026-11-23 14:05");
	ck_assert_int_eq(str_local_time("2026-11-23 14:05:09", 0, buf, sizeof buf), -1);
	ck_assert_str_eq(buf, "");
	ck_assert_int_eq(str_local_time("2026-11-23T14:05:09Zx", 0, buf, sizeof buf), -1);
	ck_assert_int_eq(str_local_time(NULL, 0, buf, sizeof buf), -1);
	ck_assert_int_eq(str_local_time("2026-11-23T14:05:09Z", 1, buf, 4), -1);
	ck_assert_str_eq(buf, "");
}
END_TEST

int
main(void)
{
	Suite *s = suite_create("util");
	TCase *tc = tcase_create("util");

	tcase_add_test(tc, test_util_strbuf_grows);
	tcase_add_test(tc, test_util_xrecallocarray);
	tcase_add_test(tc, test_util_trim);
	tcase_add_test(tc, test_util_xasprintf);
	tcase_add_test(tc, test_json_parse);
	tcase_add_test(tc, test_json_put_string);
	tcase_add_test(tc, test_json_pull);
	tcase_add_test(tc, test_utf8_decode);
	tcase_add_test(tc, test_utf8_encode);
	tcase_add_test(tc, test_utf8_validate_cause);
	tcase_add_test(tc, test_utf8_width);
	tcase_add_test(tc, test_utf8_width_tables);
	tcase_add_test(tc, test_utf8_nfc);
	tcase_add_test(tc, test_utf8_casefold);
	tcase_add_test(tc, test_utf8_translit);
	tcase_add_test(tc, test_utf8_sanitize);
	tcase_add_test(tc, test_utf8_terminal);
	tcase_add_test(tc, test_utf8_wrap);
	tcase_add_test(tc, test_file_planted_tmp);
	tcase_add_test(tc, test_file_mode_0600);
	tcase_add_test(tc, test_file_target_symlink);
	tcase_add_test(tc, test_file_failure_leaves_nothing);
	tcase_add_test(tc, test_file_make_dir);
	tcase_add_test(tc, test_file_read_all);
	tcase_add_test(tc, test_file_device_target);
	tcase_add_test(tc, test_file_temp_name);
	tcase_add_test(tc, test_file_clean_stale);
	tcase_add_test(tc, test_file_open_cleans);
	tcase_add_test(tc, test_file_signal_cleans);
	tcase_add_test(tc, test_str_local_time);
	suite_add_tcase(s, tc);
	return test_run(s);
}
