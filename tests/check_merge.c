/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * check_merge.c: the three-way merge of answers (merge.h), first by
 * example (word-level clean merges, one marked block where both changed
 * the same words, three terminals, the cursor, reading and resolving the
 * marks), then by property over seeded random sessions of up to six
 * writers who insert, delete, replace and paste (with line ends,
 * multi-byte letters and emoji) and save in random order: what anyone
 * added survives every merge, sizes stay bounded, identities hold, the
 * output is valid UTF-8 and the same every time, and edits that do not
 * overlap never leave a mark. The old failure (every save doubling the
 * answer) is replayed and must stay bounded.
 */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "vitaal/merge.h"
#include "vitaal/utf8.h"
#include "vitaal/util.h"
#include "testlib.h"

/* Bytes a block may add beyond the two versions it holds (the marks and
 * the two default labels, with room to spare), and per merge for the
 * spaces put between words of two sides that would otherwise fuse. */
#define BLOCK_OVERHEAD	64
#define GUARD_SLACK	64

static size_t
count(const char *hay, const char *needle)
{
	size_t n = 0, len = strlen(needle);
	const char *p = hay;

	while ((p = strstr(p, needle)) != NULL) {
		n++;
		p += len;
	}
	return n;
}

static void
assert_utf8(const char *s)
{
	char *cause = NULL;

	ck_assert_msg(utf8_validate(s, strlen(s), &cause) == 0, "not UTF-8 (%s): %s", cause, s);
}

/* merge3 with the result checked against an expected string. */
static void
expect_merge(const char *base, const char *mine, const char *theirs, const char *want,
    size_t want_conflicts)
{
	size_t c = 99;
	char *r = merge3(base, mine, theirs, &c);

	ck_assert_msg(strcmp(r, want) == 0, "merge3(\"%s\", \"%s\", \"%s\")\n got \"%s\"\nwant \"%s\"",
	    base, mine, theirs, r, want);
	ck_assert_uint_eq(c, want_conflicts);
	free(r);
}

/* ---- by example --------------------------------------------------------- */

START_TEST(test_merge_identities)
{
	expect_merge("a b c", "a b c", "a b c", "a b c", 0);
	expect_merge("a b c", "a X c", "a X c", "a X c", 0);	/* both alike */
	expect_merge("a b c", "a b c", "a Y c", "a Y c", 0);	/* only theirs */
	expect_merge("a b c", "a X c", "a b c", "a X c", 0);	/* only mine */
	expect_merge("", "", "", "", 0);
	expect_merge("", "mijn", "", "mijn", 0);
	expect_merge("", "", "hun", "hun", 0);
}
END_TEST

/* One long line, edits in different words: merged without a mark. */
START_TEST(test_merge_words_in_one_line)
{
	expect_merge("De gemeente wil dat iedereen in de wijk mee kan doen.",
	    "De gemeente Utrecht wil dat iedereen in de wijk mee kan doen.",
	    "De gemeente wil dat iedereen in de buurt mee kan doen.",
	    "De gemeente Utrecht wil dat iedereen in de buurt mee kan doen.", 0);
	/* Neighbouring words, each changed by one side. */
	expect_merge("alfa beta gamma", "ALFA beta gamma", "alfa BETA gamma", "ALFA BETA gamma",
	    0);
	/* A deletion and an insertion elsewhere. */
	expect_merge("een twee drie vier vijf", "een drie vier vijf",
	    "een twee drie vier vijf zes", "een drie vier vijf zes", 0);
	/* Line ends and paragraphs are kept byte for byte. */
	expect_merge("kop\n\neerste alinea\n\ntweede alinea\n",
	    "kop\n\neerste alinea, langer\n\ntweede alinea\n",
	    "kop\n\neerste alinea\n\ntweede alinea\n\nderde\n",
	    "kop\n\neerste alinea, langer\n\ntweede alinea\n\nderde\n", 0);
}
END_TEST

/* Both add at the same place (both typing at the end): both kept, the
 * other's first, never glued into one word, the start once. */
START_TEST(test_merge_same_place_inserts)
{
	expect_merge("begin", "begin mijn", "begin hun", "begin hun mijn", 0);
	expect_merge("", "mijn", "hun", "hun mijn", 0);
	expect_merge("", "mijn\nregel", "hun", "hun\nmijn\nregel", 0);
	expect_merge("a c", "a b1 c", "a b2 c", "a b2 b1 c", 0);
	expect_merge("zin. ", "zin. Mijn zin. ", "zin. Hun zin. ", "zin. Hun zin. Mijn zin. ", 0);
}
END_TEST

/* Both changed the same word: one block, in the documented format. */
START_TEST(test_merge_conflict_format)
{
	struct merge_opts o = { "versie van Bram (14:03)", "versie van Anna (14:02)", 0 };
	size_t c;
	char *r;

	expect_merge("a b c", "a X c", "a Y c",
	    "a " MERGE_OPEN " mijn versie: X " MERGE_SEP " andere versie: Y " MERGE_CLOSE " c", 1);
	r = merge3_with("De opgave is armoede in de wijk.", "De opgave is schulden in de wijk.",
	    "De opgave is eenzaamheid in de wijk.", &o, &c);
	ck_assert_str_eq(r, "De opgave is ⟦ versie van Bram (14:03): schulden ‖ versie van Anna "
	    "(14:02): eenzaamheid ⟧ in de wijk.");
	ck_assert_uint_eq(c, 1);
	free(r);
	/* Deleted on one side, changed on the other: an empty version. */
	expect_merge("a b c", "a c", "a Y c",
	    "a " MERGE_OPEN " mijn versie:  " MERGE_SEP " andere versie: Y  " MERGE_CLOSE "c", 1);
	/* What both versions begin and end with stays outside. */
	expect_merge("p q r s", "p Q1 Q2 R s", "p Q1 T2 R s",
	    "p Q1 " MERGE_OPEN " mijn versie: Q2 " MERGE_SEP " andere versie: T2 " MERGE_CLOSE
	    " R s", 1);
	/* Conflicts with only spaces between are one block. */
	expect_merge("de snelle bruine vos", "een trage rode hond", "die vlugge grijze kat",
	    MERGE_OPEN " mijn versie: een trage rode hond " MERGE_SEP
	    " andere versie: die vlugge grijze kat " MERGE_CLOSE, 1);
	/* Labels cannot break the format. */
	o.mine_label = "Piet: ⟦baas⟧\n";
	o.theirs_label = "";
	r = merge3_with("x", "y", "z", &o, &c);
	ck_assert_str_eq(r, "⟦ Piet. |baas| : y ‖ ?: z ⟧");
	free(r);
}
END_TEST

START_TEST(test_merge_label)
{
	char *l;

	l = merge_label("Anna de Vries", "14:02");
	ck_assert_str_eq(l, "versie van Anna de Vries (14:02)");
	free(l);
	l = merge_label("Anna", NULL);
	ck_assert_str_eq(l, "versie van Anna");
	free(l);
	l = merge_label(NULL, "09:15");
	ck_assert_str_eq(l, "andere versie (09:15)");
	free(l);
	l = merge_label("  ", NULL);
	ck_assert_str_eq(l, "andere versie");
	free(l);
	l = merge_label("Re: ⟦x⟧", "10:00");
	ck_assert_str_eq(l, "versie van Re. |x| (10:00)");
	free(l);
}
END_TEST

/* Multi-byte letters and emoji next to each other: never split. */
START_TEST(test_merge_utf8)
{
	expect_merge("één 😀 ĳs", "één 😀😀 ĳs", "één 😀 ĳsje", "één 😀😀 ĳsje", 0);
	expect_merge("日本語 テキスト", "日本語 テキスト です", "中文 日本語 テキスト",
	    "中文 日本語 テキスト です", 0);
	expect_merge("café", "cafés", "cafe\xcc\x81", MERGE_OPEN " mijn versie: cafés "
	    MERGE_SEP " andere versie: cafe\xcc\x81 " MERGE_CLOSE, 1);
}
END_TEST

/* A terminal that had not seen a block yet: its edit goes into its own
 * version, its typing after it goes after the block. */
START_TEST(test_merge_around_block)
{
	const char *block = "a " MERGE_OPEN " mijn versie: wB " MERGE_SEP " andere versie: wA "
	    MERGE_CLOSE " z";
	char *r;
	size_t c;

	/* Typing after the conflicted word: after the block, no new mark. */
	r = merge3("a wA z", "a wA z en meer", block, &c);
	ck_assert_str_eq(r, "a " MERGE_OPEN " mijn versie: wB " MERGE_SEP " andere versie: wA "
	    MERGE_CLOSE " z en meer");
	ck_assert_uint_eq(c, 0);
	free(r);
	/* Changing the word again: the change lands in its own version of
	 * the block, without a new mark. */
	r = merge3("a wA z", "a wA2 z", block, &c);
	ck_assert_str_eq(r, "a " MERGE_OPEN " mijn versie: wB " MERGE_SEP " andere versie: wA2 "
	    MERGE_CLOSE " z");
	ck_assert_uint_eq(c, 0);
	ck_assert_uint_eq(merge_count(r), 1);
	free(r);
	/* One resolved the block while the other edited the version it kept:
	 * both stand. */
	r = merge3(block, "a " MERGE_OPEN " mijn versie: wB " MERGE_SEP " andere versie: wA en "
	    MERGE_CLOSE " z", "a wB z", &c);
	ck_assert_uint_eq(c, 1);
	ck_assert_uint_eq(count(r, "wB"), 1);
	ck_assert_uint_eq(count(r, "en"), 1);
	free(r);
	r = merge3(block, "a " MERGE_OPEN " mijn versie: wB en " MERGE_SEP " andere versie: wA "
	    MERGE_CLOSE " z", "a wB z", &c);
	ck_assert_str_eq(r, "a wB en z");
	ck_assert_uint_eq(c, 0);
	free(r);
}
END_TEST

/* Three terminals change one word: one block with three versions. */
START_TEST(test_merge_three_writers)
{
	struct merge_opts o = { 0 };
	char *ab, *abc;
	size_t c;

	o.mine_label = "versie van B";
	o.theirs_label = "versie van A";
	ab = merge3_with("x oud y", "x bee y", "x aa y", &o, &c);
	ck_assert_uint_eq(c, 1);
	o.mine_label = "versie van C";
	o.theirs_label = "versie van B";
	abc = merge3_with("x oud y", "x cee y", ab, &o, &c);
	ck_assert_str_eq(abc, "x ⟦ versie van C: cee ‖ versie van B: bee ‖ versie van A: aa ⟧ y");
	ck_assert_uint_eq(c, 1);
	free(ab);
	free(abc);
}
END_TEST

/* The cursor stays on the same spot of mine's words. */
START_TEST(test_merge_cursor)
{
	struct merge_opts o = { 0 };
	char *r;

	/* Typing at the end while the other edited the start. */
	o.cursor = strlen("alfa beta gamma delta");
	r = merge3_with("alfa beta gamma", "alfa beta gamma delta", "ALFA beta gamma", &o, NULL);
	ck_assert_str_eq(r, "ALFA beta gamma delta");
	ck_assert_uint_eq(o.cursor, strlen(r));
	free(r);
	/* In the middle, with the other's words arriving before it. */
	o.cursor = strlen("een twee");	/* after "twee" */
	r = merge3_with("een drie", "een twee drie", "nul een drie", &o, NULL);
	ck_assert_str_eq(r, "nul een twee drie");
	ck_assert_uint_eq(o.cursor, strlen("nul een twee"));
	free(r);
	/* At the end of mine while both typed at the end: after mine. */
	o.cursor = strlen("begin mijn");
	r = merge3_with("begin", "begin mijn", "begin hun", &o, NULL);
	ck_assert_str_eq(r, "begin hun mijn");
	ck_assert_uint_eq(o.cursor, strlen(r));
	free(r);
	/* Not typed at all (mine is base): at the same word as before. */
	o.cursor = 1;
	r = merge3_with("ab cd", "ab cd", "xy ab cd", &o, NULL);
	ck_assert_str_eq(r, "xy ab cd");
	ck_assert_uint_eq(o.cursor, 4);
	free(r);
	/* Inside a conflict: in mine's version in the block. */
	o.cursor = strlen("a XY");
	r = merge3_with("a b c", "a XYZ c", "a Q c", &o, NULL);
	ck_assert_uint_eq(o.cursor, strlen("a " MERGE_OPEN " mijn versie: XY"));
	free(r);
}
END_TEST

START_TEST(test_merge_block_parse_resolve)
{
	const char *t = "Voor ⟦ versie van Bram (14:03): zijn  woorden ‖ versie van Anna (14:02): "
	    "haar\nwoorden ⟧ na.";
	struct merge_block b;
	size_t cur;
	char *r;

	ck_assert_uint_eq(merge_count(t), 1);
	ck_assert_int_eq(merge_block_at(t, 0, &b), 1);	/* the first after */
	ck_assert_uint_eq(b.start, strlen("Voor "));
	ck_assert_uint_eq(b.end, strlen(t) - strlen(" na."));
	ck_assert_uint_eq(b.nsides, 2);
	ck_assert_int_eq(strncmp(t + b.sides[0].label, "versie van Bram (14:03)",
	    b.sides[0].label_len), 0);
	ck_assert_uint_eq(b.sides[0].label_len, strlen("versie van Bram (14:03)"));
	ck_assert_int_eq(strncmp(t + b.sides[0].text, "zijn  woorden", b.sides[0].text_len), 0);
	ck_assert_uint_eq(b.sides[0].text_len, strlen("zijn  woorden"));
	ck_assert_int_eq(strncmp(t + b.sides[1].text, "haar\nwoorden", b.sides[1].text_len), 0);
	ck_assert_uint_eq(b.sides[1].text_len, strlen("haar\nwoorden"));
	ck_assert_int_eq(merge_side_of(t, &b, "Bram"), 0);
	ck_assert_int_eq(merge_side_of(t, &b, "Anna"), 1);
	ck_assert_int_eq(merge_side_of(t, &b, "Ann"), -1);
	ck_assert_int_eq(merge_side_of(t, &b, "Piet"), -1);

	cur = b.sides[1].text + 4;	/* after "haar" */
	r = merge_resolve(t, &b, 1, &cur);
	ck_assert_str_eq(r, "Voor haar\nwoorden na.");
	ck_assert_uint_eq(cur, strlen("Voor haar"));
	free(r);
	cur = strlen(t);
	r = merge_resolve(t, &b, 0, &cur);
	ck_assert_str_eq(r, "Voor zijn  woorden na.");
	ck_assert_uint_eq(cur, strlen(r));
	free(r);
	cur = b.start + 1;
	r = merge_resolve(t, &b, MERGE_KEEP_ALL, &cur);
	ck_assert_str_eq(r, "Voor zijn  woorden\nhaar\nwoorden na.");
	ck_assert_uint_eq(cur, strlen("Voor zijn  woorden\nhaar\nwoorden"));
	free(r);
	merge_block_clear(&b);

	/* Empty versions, and a nested block: the innermost around pos. */
	t = "⟦ mijn versie:  ‖ andere versie: ⟦ a: x ‖ b: y ⟧ ⟧";
	ck_assert_int_eq(merge_block_at(t, 0, &b), 1);
	ck_assert_uint_eq(b.start, 0);
	ck_assert_uint_eq(b.nsides, 2);
	ck_assert_uint_eq(b.sides[0].text_len, 0);
	merge_block_clear(&b);
	ck_assert_int_eq(merge_block_at(t, (size_t)(strstr(t, "x") - t), &b), 1);
	ck_assert_uint_eq(b.start, (size_t)(strstr(t, "⟦ a") - t));
	ck_assert_uint_eq(b.nsides, 2);
	r = merge_resolve(t, &b, 1, NULL);
	ck_assert_str_eq(r, "⟦ mijn versie:  ‖ andere versie: y ⟧");
	free(r);
	merge_block_clear(&b);
	ck_assert_uint_eq(merge_count(t), 1);

	/* Not the format: no block. */
	ck_assert_int_eq(merge_block_at("⟦geen⟧ ⟦ zonder label ‖ x ⟧ ⟦ a: 1 ⟧", 0, &b), 0);
	ck_assert_uint_eq(merge_count("tekst ⟦ half open"), 0);
}
END_TEST

/* A merge of a large answer with edits throughout stays fast. */
START_TEST(test_merge_large)
{
	struct strbuf b = { 0 }, m = { 0 }, t = { 0 }, e = { 0 };
	struct timespec t0, t1;
	size_t i, c;
	char *r;
	double secs;

	for (i = 0; i < 50000; i++) {
		char w[32];

		snprintf(w, sizeof w, "woord%zu ", i);
		strbuf_puts(&b, w);
		strbuf_puts(&m, i % 1000 == 7 ? "MIJN " : w);
		strbuf_puts(&t, i % 1000 == 507 ? "HUN " : w);
		strbuf_puts(&e, i % 1000 == 7 ? "MIJN " : i % 1000 == 507 ? "HUN " : w);
		if (i % 100 == 0) {	/* a common word, as "de" is */
			strbuf_puts(&b, "de ");
			strbuf_puts(&m, "de ");
			strbuf_puts(&t, "de ");
			strbuf_puts(&e, "de ");
		}
	}
	clock_gettime(CLOCK_MONOTONIC, &t0);
	r = merge3(b.s, m.s, t.s, &c);
	clock_gettime(CLOCK_MONOTONIC, &t1);
	secs = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
	ck_assert_uint_eq(c, 0);
	ck_assert_str_eq(r, e.s);
	ck_assert_msg(secs < 5.0, "merging 50000 words took %.2f s", secs);
	free(r);
	/* Both rewrote all of it: one conflict, quickly. */
	strbuf_free(&m);
	strbuf_free(&t);
	for (i = 0; i < 50000; i++) {
		strbuf_printf(&m, "m%zu ", i % 7);
		strbuf_printf(&t, "t%zu ", i % 5);
	}
	clock_gettime(CLOCK_MONOTONIC, &t0);
	r = merge3(b.s, m.s, t.s, &c);
	clock_gettime(CLOCK_MONOTONIC, &t1);
	secs = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
	ck_assert_uint_eq(c, 1);
	/* The common final space stays outside the block. */
	ck_assert_uint_eq(strlen(r), strlen(MERGE_OPEN " mijn versie: " " " MERGE_SEP
	    " andere versie: " " " MERGE_CLOSE) + (m.len - 1) + (t.len - 1) + 1);
	ck_assert_msg(secs < 5.0, "merging two rewrites took %.2f s", secs);
	free(r);
	strbuf_free(&b);
	strbuf_free(&m);
	strbuf_free(&t);
	strbuf_free(&e);
}
END_TEST

/* ---- by property ------------------------------------------------------- */

static uint64_t rng;

static void
seed(uint64_t s)
{
	rng = s * 0x9e3779b97f4a7c15ull + 0x2545f4914f6cdd1dull;
}

static uint32_t
rnd(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return (uint32_t)(rng >> 32);
}

static size_t
rndn(size_t n)
{
	return n == 0 ? 0 : rnd() % n;
}

/* Decorations that make words multi-byte: accents, a precomposed and a
 * combining é, the Dutch ĳ, CJK, an emoji and a ZWJ emoji sequence. */
static const char *const decor[] = {
	"", "", "\xc3\xa9", "\xc4\xb3", "\xf0\x9f\x98\x80", "\xe6\x97\xa5\xe6\x9c\xac",
	"e\xcc\x81", "\xf0\x9f\x91\xa9\xe2\x80\x8d\xf0\x9f\x92\xbb",
};
#define NDECOR	(sizeof decor / sizeof decor[0])

/* Every word any writer adds: "x" and a unique number, then decor. The
 * id alone is what is looked for (no other text holds an "x0"). */
#define MAX_WORDS	4096
struct words {
	char	 id[MAX_WORDS][16];
	int	 deleted[MAX_WORDS];
	size_t	 n;
};

static char *
new_word(struct words *ws)
{
	size_t k = ws->n++;

	ck_assert_uint_lt(k, MAX_WORDS);
	snprintf(ws->id[k], sizeof ws->id[k], "x%06zu", k);
	ws->deleted[k] = 0;
	return xasprintf("%s%s", ws->id[k], decor[rndn(NDECOR)]);
}

/* How often each word occurs in s: counts[k] for word k (one pass; a
 * word is found by its id, "x" and six digits). */
static void
census(const struct words *ws, const char *s, unsigned *counts)
{
	const char *p;
	size_t k;

	memset(counts, 0, ws->n * sizeof *counts);
	for (p = s; (p = strchr(p, 'x')) != NULL; p++) {
		if (strspn(p + 1, "0123456789") < 6)
			continue;
		k = (size_t)strtoul(p + 1, NULL, 10);
		if (k < ws->n)
			counts[k]++;
	}
}

static int
space_at(const char *s, size_t i)
{
	return s[i] == ' ' || s[i] == '\n' || s[i] == '\t';
}

/* A random place at a word's edge (never inside a word, so never inside
 * a multi-byte character). */
static size_t
edge(const char *s)
{
	size_t len = strlen(s), tries;

	for (tries = 0; tries < 64; tries++) {
		size_t p = rndn(len + 1);

		if (p == 0 || p == len || space_at(s, p) || space_at(s, p - 1))
			return p;
	}
	return len;
}

/* Words separated as a paste would be: spaces, line ends, blank lines. */
static char *
some_words(struct words *ws, size_t n)
{
	static const char *const seps[] = { " ", " ", " ", "\n", "\n\n", "  " };
	struct strbuf b = { 0 };
	size_t k;

	for (k = 0; k < n; k++) {
		char *w = new_word(ws);

		if (k > 0)
			strbuf_puts(&b, seps[rndn(sizeof seps / sizeof seps[0])]);
		strbuf_puts(&b, w);
		free(w);
	}
	return strbuf_take(&b);
}

/* Insert text at p of *s, with a space either side where it would touch
 * a word. Returns the bytes added. */
static size_t
insert_at(char **s, size_t p, const char *text)
{
	size_t len = strlen(*s);
	const char *lead = p > 0 && !space_at(*s, p - 1) ? " " : "";
	const char *trail = p < len && !space_at(*s, p) ? " " : "";
	char *n = xasprintf("%.*s%s%s%s%s", (int)p, *s, lead, text, trail, *s + p);
	size_t added = strlen(n) - len;

	free(*s);
	*s = n;
	return added;
}

/* Words whose count dropped from before to after were deleted: they need
 * not survive. */
static void
note_deleted(struct words *ws, const char *before, const char *after)
{
	unsigned *b = xcalloc(ws->n + 1, sizeof *b), *a = xcalloc(ws->n + 1, sizeof *a);
	size_t k;

	census(ws, before, b);
	census(ws, after, a);
	for (k = 0; k < ws->n; k++)
		if (a[k] < b[k])
			ws->deleted[k] = 1;
	free(a);
	free(b);
}

/* One random edit of *s; returns the bytes typed. */
static size_t
random_edit(struct words *ws, char **s)
{
	char *before = xstrdup(*s), *text;
	size_t p, q, typed = 0;
	int op = (int)rndn(10);

	if (op < 5 || **s == '\0') {		/* type or paste words */
		text = some_words(ws, 1 + rndn(op == 0 ? 6 : 2));
		typed = insert_at(s, edge(*s), text);
		free(text);
	} else {				/* delete, or replace, a stretch */
		p = edge(*s);
		q = edge(*s);
		if (q < p) {
			size_t t = p;

			p = q;
			q = t;
		}
		if (q - p > 40)
			q = p + 40;
		while (q > 0 && q < strlen(*s) && !(space_at(*s, q) || space_at(*s, q - 1)))
			q++;	/* back onto a word's edge */
		memmove(*s + p, *s + q, strlen(*s + q) + 1);
		if (op >= 8) {
			text = some_words(ws, 1 + rndn(3));
			typed = insert_at(s, p, text);
			free(text);
		}
	}
	note_deleted(ws, before, *s);
	free(before);
	return typed;
}

struct writer {
	char	*base;	/* what it last read or saved */
	char	*text;	/* what its field holds */
};

/* One save: merge, check every property of a single merge, store. */
static void
save(struct words *ws, struct writer *w, char **stored, size_t *conflicts)
{
	size_t c, c2, k;
	char *r = merge3(w->base, w->text, *stored, &c), *again, *id;
	unsigned *cb, *cm, *ct, *cr;

	assert_utf8(r);
	again = merge3(w->base, w->text, *stored, &c2);
	ck_assert_str_eq(again, r);	/* deterministic */
	ck_assert_uint_eq(c2, c);
	free(again);
	/* Nothing either side added is lost. */
	cb = xcalloc(ws->n + 1, sizeof *cb);
	cm = xcalloc(ws->n + 1, sizeof *cm);
	ct = xcalloc(ws->n + 1, sizeof *ct);
	cr = xcalloc(ws->n + 1, sizeof *cr);
	census(ws, w->base, cb);
	census(ws, w->text, cm);
	census(ws, *stored, ct);
	census(ws, r, cr);
	for (k = 0; k < ws->n; k++)
		if (cm[k] > cb[k] || ct[k] > cb[k])
			ck_assert_msg(cr[k] >= 1, "%s lost:\nbase %.500s\nmine %.500s\n"
			    "theirs %.500s\nresult %.500s", ws->id[k], w->base, w->text, *stored, r);
	free(cb);
	free(cm);
	free(ct);
	free(cr);
	/* Bounded: no text doubles. */
	ck_assert_msg(strlen(r) <= strlen(w->text) + strlen(*stored) + c * BLOCK_OVERHEAD +
	    GUARD_SLACK, "result %zu bytes from %zu and %zu", strlen(r), strlen(w->text),
	    strlen(*stored));
	/* The identities, on this moment's texts. */
	id = merge3(w->base, w->text, w->text, NULL);
	ck_assert_str_eq(id, w->text);
	free(id);
	id = merge3(w->base, w->base, *stored, NULL);
	ck_assert_str_eq(id, *stored);
	free(id);
	id = merge3(w->base, w->text, w->base, NULL);
	ck_assert_str_eq(id, w->text);
	free(id);
	*conflicts += c;
	free(*stored);
	free(w->base);
	free(w->text);
	*stored = r;
	w->base = xstrdup(r);
	w->text = xstrdup(r);
}

static const char *const starts[] = {
	"",
	"De opgave: iedereen in de wijk doet mee.",
	"Eerste alinea over de opgave.\n\nTweede alinea, één regel met ĳs en 😀.\n",
	"een twee drie vier vijf zes zeven acht negen tien elf twaalf de de de",
};

/* Up to six writers edit at random and save in random order. */
START_TEST(test_merge_random_writers)
{
	struct words *ws = xcalloc(1, sizeof *ws);
	struct writer w[6];
	size_t nw, k, step, conflicts = 0, typed = 0, order[6], saves = 0;
	const char *start;
	char *stored;

	seed(1000 + (uint64_t)_i);
	nw = 2 + rndn(5);
	start = starts[rndn(sizeof starts / sizeof starts[0])];
	stored = xstrdup(start);
	for (k = 0; k < nw; k++) {
		w[k].base = xstrdup(stored);
		w[k].text = xstrdup(stored);
	}
	for (step = 0; step < 120; step++) {
		k = rndn(nw);
		if (rndn(3) == 0) {
			save(ws, &w[k], &stored, &conflicts);
			saves++;
		} else
			typed += random_edit(ws, &w[k].text);
	}
	/* Everyone saves once more, in a random order. */
	for (k = 0; k < nw; k++)
		order[k] = k;
	for (k = nw; k > 1; k--) {
		size_t j = rndn(k), t = order[k - 1];

		order[k - 1] = order[j];
		order[j] = t;
	}
	for (k = 0; k < nw; k++, saves++)
		save(ws, &w[order[k]], &stored, &conflicts);
	/* Never more than the start, all that was typed, and the marks. */
	ck_assert_msg(strlen(stored) <= strlen(start) + typed + conflicts * BLOCK_OVERHEAD +
	    saves, "seed %d: %zu bytes from a start, %zu typed, %zu conflicts, %zu saves", _i,
	    strlen(stored), typed, conflicts, saves);
	/* Every word that nobody deleted is in the answer. */
	for (k = 0; k < ws->n; k++)
		if (!ws->deleted[k])
			ck_assert_msg(count(stored, ws->id[k]) >= 1, "seed %d: %s lost: %s", _i,
			    ws->id[k], stored);
	for (k = 0; k < nw; k++) {
		free(w[k].base);
		free(w[k].text);
	}
	free(stored);
	free(ws);
}
END_TEST

/* Writers who each keep to their own part of the answer (between words
 * nobody touches) never get a mark, and the answer is exactly every
 * part as its writer last saved it. */
#define NSEG	6
struct segwriter {
	char	*words[64];	/* the part: words with their separators */
	size_t	 n;
};

static char *
render(char *const parts[], size_t nw)
{
	struct strbuf b = { 0 };
	size_t k;

	for (k = 0; k < nw; k++)
		strbuf_printf(&b, "ANKER%zu %s ", k, parts[k]);
	strbuf_printf(&b, "ANKER%zu", nw);
	return strbuf_take(&b);
}

static char *
part_text(const struct segwriter *s)
{
	struct strbuf b = { 0 };
	size_t k;

	strbuf_puts(&b, "");
	for (k = 0; k < s->n; k++)
		strbuf_puts(&b, s->words[k]);
	return strbuf_take(&b);
}

/* Put this writer's part into its own copy of the answer. */
static char *
with_part(const char *text, size_t k, const char *part)
{
	char from[16], to[16];
	const char *a, *z;

	snprintf(from, sizeof from, "ANKER%zu ", k);
	snprintf(to, sizeof to, " ANKER%zu", k + 1);
	a = strstr(text, from);
	ck_assert_ptr_nonnull(a);
	a += strlen(from);
	z = strstr(a, to);
	ck_assert_ptr_nonnull(z);
	return xasprintf("%.*s%s%s", (int)(a - text), text, part, z);
}

START_TEST(test_merge_disjoint_no_mark)
{
	static const char *const seps[] = { " ", " ", "\n", "\n\n", " " };
	struct words *ws = xcalloc(1, sizeof *ws);
	struct segwriter sw[NSEG];
	struct writer w[NSEG];
	char *saved[NSEG] = { NULL }, *stored, *want;
	size_t nw, k, step, c, i;

	seed(5000 + (uint64_t)_i);
	nw = 2 + rndn(NSEG - 1);
	for (k = 0; k < nw; k++) {
		sw[k].n = 0;
		for (i = 0; i < 3; i++) {
			char *word = new_word(ws);

			sw[k].words[sw[k].n++] = xasprintf("%s%s", i > 0 ? " " : "", word);
			free(word);
		}
		saved[k] = part_text(&sw[k]);
	}
	stored = render(saved, nw);
	for (k = 0; k < nw; k++) {
		w[k].base = xstrdup(stored);
		w[k].text = xstrdup(stored);
	}
	for (step = 0; step < 150; step++) {
		struct segwriter *s;
		char *part, *t;

		k = rndn(nw);
		s = &sw[k];
		if (rndn(3) == 0) {	/* save: no mark, and exactly the parts */
			char *r = merge3(w[k].base, w[k].text, stored, &c);

			free(saved[k]);
			saved[k] = part_text(s);
			want = render(saved, nw);
			ck_assert_uint_eq(c, 0);
			ck_assert_msg(strcmp(r, want) == 0, "seed %d\nbase %s\nmine %s\ntheirs %s\n"
			    "got  %s\nwant %s", _i, w[k].base, w[k].text, stored, r, want);
			free(want);
			free(stored);
			stored = r;
			free(w[k].base);
			free(w[k].text);
			w[k].base = xstrdup(r);
			w[k].text = xstrdup(r);
			continue;
		}
		/* An edit of its own part: insert, delete or replace a word
		 * (or a pasted run of them), at either end or inside. */
		i = rndn(s->n + 1);
		switch (rndn(3)) {
		case 0:
			if (s->n < 60) {
				char *word = some_words(ws, 1 + rndn(3));

				memmove(&s->words[i + 1], &s->words[i], (s->n - i) * sizeof *s->words);
				s->words[i] = xasprintf("%s%s", i > 0 ? seps[rndn(5)] : "", word);
				s->n++;
				free(word);
				/* The word after it keeps a separator. */
				if (i == 0 && s->n > 1 && !space_at(s->words[1], 0)) {
					t = xasprintf(" %s", s->words[1]);
					free(s->words[1]);
					s->words[1] = t;
				}
			}
			break;
		case 1:
			if (i < s->n) {
				free(s->words[i]);
				memmove(&s->words[i], &s->words[i + 1], (s->n - i - 1) * sizeof *s->words);
				s->n--;
			}
			break;
		default:
			if (i < s->n) {
				char *word = new_word(ws);

				free(s->words[i]);
				s->words[i] = xasprintf("%s%s", i > 0 ? " " : "", word);
				free(word);
			}
			break;
		}
		part = part_text(s);
		t = with_part(w[k].text, k, part);
		free(w[k].text);
		w[k].text = t;
		free(part);
	}
	for (k = 0; k < nw; k++) {
		for (i = 0; i < sw[k].n; i++)
			free(sw[k].words[i]);
		free(saved[k]);
		free(w[k].base);
		free(w[k].text);
	}
	free(stored);
	free(ws);
}
END_TEST

/*
 * The old failure: two people in one answer, saving in turn, each having
 * typed a few words at the end. Every save used to store the whole of
 * the other's text again (60 bytes became 17,656 after 12 saves). Now the
 * answer is the start once plus what was typed, every word exactly once.
 */
START_TEST(test_merge_alternating_bounded)
{
	const char *start = "Dit is de gezamenlijke begintekst van precies zestig bytes..";
	struct words *ws = xcalloc(1, sizeof *ws);
	struct writer w[2];
	char *stored = xstrdup(start), *text;
	size_t k, round, typed = 0, conflicts = 0;

	seed(77);
	ck_assert_uint_eq(strlen(start), 60);
	for (k = 0; k < 2; k++) {
		w[k].base = xstrdup(stored);
		w[k].text = xstrdup(stored);
	}
	for (round = 0; round < 12; round++) {
		for (k = 0; k < 2; k++) {
			text = some_words(ws, 1 + rndn(3));
			typed += insert_at(&w[k].text, strlen(w[k].text), text);
			free(text);
		}
		/* Both typed; one saves, then the other (who has not seen it). */
		save(ws, &w[round % 2], &stored, &conflicts);
		save(ws, &w[(round + 1) % 2], &stored, &conflicts);
	}
	ck_assert_uint_eq(conflicts, 0);
	ck_assert_uint_eq(count(stored, "begintekst"), 1);
	for (k = 0; k < ws->n; k++)
		ck_assert_msg(count(stored, ws->id[k]) == 1, "%s not once: %s", ws->id[k], stored);
	/* The start, what was typed, and at most one space per save. */
	ck_assert_uint_le(strlen(stored), 60 + typed + 24);
	ck_assert_uint_ge(strlen(stored), 60 + typed);
	printf("# alternating: 24 saves, %zu bytes typed on a start of 60: %zu bytes stored\n",
	    typed, strlen(stored));
	for (k = 0; k < 2; k++) {
		free(w[k].base);
		free(w[k].text);
	}
	free(stored);
	free(ws);
}
END_TEST

/* Two to six people typing at the end at once, each saving when its
 * autosave comes: every word exactly once, no mark. */
START_TEST(test_merge_concurrent_typing)
{
	struct words *ws = xcalloc(1, sizeof *ws);
	struct writer w[6];
	char *stored = xstrdup(starts[1]), *text;
	size_t nw, k, step, typed = 0, conflicts = 0, saves = 0;

	seed(9000 + (uint64_t)_i);
	nw = 2 + (size_t)_i % 5;
	for (k = 0; k < nw; k++) {
		w[k].base = xstrdup(stored);
		w[k].text = xstrdup(stored);
	}
	for (step = 0; step < 200; step++) {
		k = rndn(nw);
		if (rndn(4) == 0) {
			save(ws, &w[k], &stored, &conflicts);
			saves++;
		} else {
			text = some_words(ws, 1);
			typed += insert_at(&w[k].text, strlen(w[k].text), text);
			free(text);
		}
	}
	for (k = 0; k < nw; k++, saves++)
		save(ws, &w[k], &stored, &conflicts);
	ck_assert_uint_eq(conflicts, 0);
	ck_assert_uint_eq(count(stored, "iedereen"), 1);
	for (k = 0; k < ws->n; k++)
		ck_assert_msg(count(stored, ws->id[k]) == 1, "%s not once: %s", ws->id[k], stored);
	ck_assert_uint_le(strlen(stored), strlen(starts[1]) + typed + saves);
	if (_i < 5)
		printf("# %zu writers typing at once: %zu saves, %zu words, %zu bytes typed on a "
		    "start of %zu: %zu bytes stored\n", nw, saves, ws->n, typed, strlen(starts[1]),
		    strlen(stored));
	for (k = 0; k < nw; k++) {
		free(w[k].base);
		free(w[k].text);
	}
	free(stored);
	free(ws);
}
END_TEST

int
main(void)
{
	Suite *s = suite_create("merge");
	TCase *tc = tcase_create("merge");
	TCase *tc_prop = tcase_create("merge_properties");

	tcase_add_test(tc, test_merge_identities);
	tcase_add_test(tc, test_merge_words_in_one_line);
	tcase_add_test(tc, test_merge_same_place_inserts);
	tcase_add_test(tc, test_merge_conflict_format);
	tcase_add_test(tc, test_merge_label);
	tcase_add_test(tc, test_merge_utf8);
	tcase_add_test(tc, test_merge_around_block);
	tcase_add_test(tc, test_merge_three_writers);
	tcase_add_test(tc, test_merge_cursor);
	tcase_add_test(tc, test_merge_block_parse_resolve);
	tcase_add_test(tc, test_merge_large);
	tcase_set_timeout(tc, 60);
	suite_add_tcase(s, tc);

	/* Seeded, so every run tries the same sessions. */
	tcase_add_loop_test(tc_prop, test_merge_random_writers, 0, 200);
	tcase_add_loop_test(tc_prop, test_merge_disjoint_no_mark, 0, 100);
	tcase_add_test(tc_prop, test_merge_alternating_bounded);
	tcase_add_loop_test(tc_prop, test_merge_concurrent_typing, 0, 25);
	tcase_set_timeout(tc_prop, 300);
	suite_add_tcase(s, tc_prop);
	return test_run(s);
}
