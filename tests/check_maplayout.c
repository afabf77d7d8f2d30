/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * check_maplayout.c: the player maps' layouts (macht × belang, rings,
 * standpunt × soort macht, symmetrie × commitment): nobody dropped, nothing
 * overlapping or touching, no border or title covered, every name whole
 * on the map or in the legend under it, the same answer every time, and each player in the place the
 * method gives it.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "vitaal/maplayout.h"
#include "vitaal/utf8.h"
#include "vitaal/util.h"
#include "testlib.h"

/* The four maps, in the order the loop tests number them. */
static struct map_layout *(*const layouts[])(const struct map_player *, size_t, int, int) = {
	maplayout_grid, maplayout_ring, maplayout_stance, maplayout_symmetry
};
static const size_t layout_nregions[] = { 4, 4, 12, 5 };
#define NLAYOUTS	(sizeof layouts / sizeof layouts[0])

/* Long, short, accented, ĳ, emoji and CJK names; the last five repeat the
 * first five so that equal names at equal positions occur. */
static const char *const long_names[] = {
	"Gemeente Utrecht — wethouder Wonen en Zorg",
	"Stichting Ĳsselland Zorg en Welzijn",
	"Woningcorporatie Élan",
	"😀 Buurtteam Noord-Oost 😀",
	"Provincie",
	"GGD",
	"Zorgverzekeraar Zilveren Kruis Achmea regio Midden",
	"Huisartsencoöperatie Midden",
	"Bewonersraad",
	"Politie",
	"Welzijn 日本語 afdeling",
	"Jan",
	"Ab",
	"Maatschappelijke opvang Het Dak Boven Je Hoofd",
	"Rijksoverheid BZK",
	"café De Ĳzeren Man",
	"Onderwijs",
	"Sportbedrijf",
	"Wijkagent",
	"Ondernemersvereniging Binnenstad",
};
#define NLONG	(sizeof long_names / sizeof long_names[0])

/* Names of at most 20 columns, for the wide area. */
static const char *const short_names[] = {
	"Gemeente Utrecht", "Ĳsselland Zorg", "Élan Wonen", "😀 Buurtteam", "Provincie",
	"GGD", "Zilveren Kruis", "Huisartsencoöperatie", "Bewonersraad", "Politie",
	"日本語 afdeling", "Jan", "Ab", "Het Dak", "Rijksoverheid BZK", "café De Ĳzeren Man",
	"Onderwijs", "Sportbedrijf", "Wijkagent", "Ondernemers",
};
#define NSHORT	(sizeof short_names / sizeof short_names[0])

/* 25 names as a coalition of one city has them: organisations and roles,
 * 9 to 26 columns. */
static const char *const coalition_names[] = {
	"Directeur woningcorporatie", "Coördinator opvang", "Beleidsmedewerker opvang",
	"Zorgverlener", "Wethouder Wonen", "GGD regio Utrecht", "Politie Midden-Nederland",
	"Huisartsen", "Bewonersraad Noord", "Stichting Daklozenopvang", "Zorgkantoor",
	"Provincie Utrecht", "Welzijn Lokaal", "Wijkteam Oost", "Reclassering", "Jeugdzorg",
	"Leger des Heils", "Ervaringsdeskundigen", "Schuldhulpverlening", "Rijksoverheid BZK",
	"Onderwijs", "Ondernemersvereniging", "Sportbedrijf", "Wijkagent", "Mantelzorgers",
};
#define NCOALITION	(sizeof coalition_names / sizeof coalition_names[0])

/* n players with varied values; player i and i + 20 share everything. */
static struct map_player *
players_new(size_t n, const char *const *names, size_t nnames)
{
	struct map_player *v = xcalloc(n > 0 ? n : 1, sizeof *v);
	size_t i, k;

	for (i = 0; i < n; i++) {
		k = i % 20;
		v[i].name = names[k % nnames];
		v[i].power = (int)(k % 6);
		v[i].interest = (int)((k * 5 + 2) % 6);
		v[i].ring = (int)(k % 4);
		v[i].standpunt = (int)(k % 3);
		v[i].macht = (int)((k / 3) % 4);
		v[i].unique = k % 5 == 0;
		v[i].symmetrie = (int)(k % 3) - 1;
		v[i].commitment = (int)((k / 3) % 3) - 1;
	}
	return v;
}

/* ck_assert_msg without the bookkeeping Check does on every success,
 * which would make the cell-by-cell checks slow. */
#define expect(cond, ...) do {						\
	if (!(cond))							\
		ck_abort_msg(__VA_ARGS__);				\
} while (0)

/* One player with the given values and everything else at its default. */
static struct map_player
player(const char *name, int power, int interest)
{
	struct map_player p;

	memset(&p, 0, sizeof p);
	p.name = name;
	p.power = power;
	p.interest = interest;
	p.ring = 3;
	p.standpunt = 1;
	p.macht = 3;
	p.symmetrie = -1;
	p.commitment = -1;
	return p;
}

/* Is cell (x, y) inside the box r, border excluded? */
static int
in_interior(const struct map_region *r, int x, int y)
{
	return x > r->x && x < r->x + r->w - 1 && y > r->y && y < r->y + r->h - 1;
}

/* Does the whole label lie inside the box r, border excluded? */
static int
label_in(const struct map_label *lb, const struct map_region *r)
{
	return lb->w == 0 ? in_interior(r, lb->x, lb->y) :
	    in_interior(r, lb->x, lb->y) && in_interior(r, lb->x + lb->w - 1, lb->y);
}

/* Does any cell of the label lie within the box r, border included? */
static int
label_touches(const struct map_label *lb, const struct map_region *r)
{
	return lb->y >= r->y && lb->y < r->y + r->h && lb->x < r->x + r->w &&
	    lb->x + lb->w > r->x;
}

/* Is the label where its player belongs: inside its region and clear of
 * every box nested inside that region (the rings)? */
static int
label_home(const struct map_layout *ml, const struct map_label *lb)
{
	const struct map_region *r = &ml->regions[lb->region], *q;
	size_t j;

	if (!label_in(lb, r))
		return 0;
	for (j = 0; j < ml->nregions; j++) {
		q = &ml->regions[j];
		if (j == lb->region || !label_touches(lb, q))
			continue;
		if (q->x > r->x || q->y > r->y || q->x + q->w < r->x + r->w ||
		    q->y + q->h < r->y + r->h)
			return 0;	/* q does not hold r, so it sits inside r */
	}
	return 1;
}

/* Mark the cells of a caption as taken. */
static void
mark_caption(unsigned char *frame, int w, int h, const char *s, int x, int y)
{
	int i, cw;

	if (s == NULL)
		return;
	cw = (int)utf8_width(s);
	ck_assert_int_ge(x, 0);
	ck_assert_int_le(x + cw, w);
	ck_assert_int_ge(y, 0);
	ck_assert_int_lt(y, h);
	for (i = 0; i < cw; i++)
		frame[y * w + x + i] = 1;
}

/* Are a and b the same text once spaces are left out? (Wrapping drops the
 * space a line breaks at.) */
static int
same_but_spaces(const char *a, const char *b)
{
	a = a != NULL ? a : "";
	b = b != NULL ? b : "";
	for (;;) {
		while (*a == ' ')
			a++;
		while (*b == ' ')
			b++;
		if (*a != *b)
			return 0;
		if (*a == '\0')
			return 1;
		a++;
		b++;
	}
}

/* The legend lists every numbered player once, whole and in number order,
 * under the map, inside the area, without overlapping itself. */
static void
assert_legend(const struct map_layout *ml, const struct map_player *p, size_t n, int w,
    int h, int *owner, size_t nnum)
{
	const struct map_legend_line *ln;
	struct strbuf *names = xcalloc(n + 1, sizeof *names);
	size_t i, entries = 0;
	int x, lw;
	char *part;

	if (nnum == 0)
		ck_assert_uint_eq(ml->nlegend, 0);
	for (i = 0; i < ml->nlegend; i++) {
		ln = &ml->legend[i];
		expect(ln->player < n, "legend line %zu for player %zu", i, ln->player);
		expect(ln->y >= ml->maph && ln->y < h, "legend line %zu on row %d", i, ln->y);
		expect(utf8_validate((p[ln->player].name != NULL ? p[ln->player].name : "") +
		    ln->off, ln->len, NULL) == 0, "legend line %zu splits a character", i);
		part = xstrndup((p[ln->player].name != NULL ? p[ln->player].name : "") + ln->off,
		    ln->len);
		lw = ln->numw + 1 + (int)utf8_width(part);
		expect(ln->x >= 0 && ln->x + lw <= w, "legend line %zu outside the area", i);
		for (x = ln->x; x < ln->x + lw; x++) {
			expect(owner[ln->y * w + x] < 0, "legend line %zu overlaps", i);
			owner[ln->y * w + x] = 1000000;
		}
		if (ln->num > 0) {
			entries++;
			expect(ln->num == (int)entries, "legend entry %d out of order", ln->num);
			expect(ml->labels[ln->player].num == ln->num, "legend number %d is not the "
			    "map's", ln->num);
		} else
			expect(entries > 0 && ml->legend[i - 1].player == ln->player,
			    "legend continuation line %zu stray", i);
		strbuf_puts(&names[ln->player], part);
		free(part);
	}
	ck_assert_uint_eq(entries, nnum);
	for (i = 0; i < n; i++) {
		char *got = strbuf_take(&names[i]);

		if (ml->labels[i].num > 0)
			expect(same_but_spaces(got, p[i].name), "legend has \"%s\" for \"%s\"",
			    got, p[i].name);
		free(got);
	}
	free(names);
}

/* The promises every layout keeps: one label per player in input order,
 * inside the area, inside some box and off every border, title and
 * caption, overlapping and touching no other label (prefix included),
 * measured right, each a whole name or a number whose name is in the
 * legend. */
static void
assert_sane(const struct map_layout *ml, const struct map_player *p, size_t n, int w,
    int h)
{
	const struct map_region *r;
	const struct map_label *lb;
	unsigned char *frame, *inside, *numbered;
	int *owner, x, y;
	size_t i, j, nnum = 0;
	const char *name;

	ck_assert_ptr_nonnull(ml);
	ck_assert_int_eq(ml->w, w);
	ck_assert_int_eq(ml->h, h);
	ck_assert_uint_eq(ml->nlabels, n);
	frame = xcalloc((size_t)w * (size_t)h, 1);
	inside = xcalloc((size_t)w * (size_t)h, 1);
	owner = xcalloc((size_t)w * (size_t)h, sizeof *owner);
	numbered = xcalloc(n + 1, 1);
	for (i = 0; i < (size_t)w * (size_t)h; i++)
		owner[i] = -1;
	ck_assert_int_ge(ml->maph, 10);
	ck_assert_int_le(ml->maph, h);

	for (j = 0; j < ml->nregions; j++) {
		r = &ml->regions[j];
		ck_assert_ptr_nonnull(r->title);
		ck_assert_int_ge(r->x, 0);
		ck_assert_int_ge(r->y, 0);
		ck_assert_int_ge(r->w, 3);
		ck_assert_int_ge(r->h, 3);
		ck_assert_int_le(r->x + r->w, w);
		ck_assert_int_le(r->y + r->h, ml->maph);
		for (y = r->y; y < r->y + r->h; y++) {
			for (x = r->x; x < r->x + r->w; x++) {
				if (in_interior(r, x, y))
					inside[y * w + x] = 1;
				else
					frame[y * w + x] = 1;
			}
		}
	}
	mark_caption(frame, w, h, ml->xlabel, ml->xlabel_x, ml->xlabel_y);
	mark_caption(frame, w, h, ml->ylabel, ml->ylabel_x, ml->ylabel_y);

	for (i = 0; i < n; i++) {
		lb = &ml->labels[i];
		name = p[i].name != NULL ? p[i].name : "";
		expect(lb->player == i, "label %zu is for player %zu", i, lb->player);
		expect(lb->prefix != NULL, "label %zu has no prefix", i);
		expect(!lb->forced, "label %zu forced onto others", i);
		expect(lb->region < ml->nregions, "label %zu in region %zu", i, lb->region);
		expect(lb->x >= 0 && lb->y >= 0 && lb->y < h && lb->x + lb->w <= w,
		    "label %zu at (%d, %d) width %d outside %d × %d", i, lb->x, lb->y, lb->w, w, h);
		expect(lb->spilled == !label_home(ml, lb), "label %zu: spilled is %d, wrongly", i,
		    lb->spilled);

		/* The width is what the caller will draw: the whole name, or
		 * a number from 1 up. Never a shortened name. */
		expect(lb->y < ml->maph, "label %zu under the map", i);
		if (lb->num == 0)
			expect(lb->w == (int)(utf8_width(lb->prefix) + utf8_width(name)),
			    "label %zu: width %d is not that of \"%s\"", i, lb->w, name);
		else {
			expect(lb->num >= 1 && (size_t)lb->num <= n, "label %zu: number %d", i,
			    lb->num);
			expect(lb->w == (int)utf8_width(lb->prefix) + (lb->num >= 10) + 1 +
			    (lb->num >= 100), "label %zu: width %d wrong for %d", i, lb->w, lb->num);
			expect(numbered[lb->num - 1] == 0, "number %d given twice", lb->num);
			numbered[lb->num - 1] = 1;
			nnum++;
		}

		/* A blank column between two labels on one row (an empty
		 * name takes no room). */
		expect(lb->w == 0 || lb->x == 0 || owner[lb->y * w + lb->x - 1] < 0, "label %zu touches the "
		    "label on its left", i);
		expect(lb->w == 0 || lb->x + lb->w >= w || owner[lb->y * w + lb->x + lb->w] < 0, "label %zu "
		    "touches the label on its right", i);
		for (x = lb->x; x < lb->x + lb->w; x++) {
			expect(owner[lb->y * w + x] < 0, "labels %d and %zu overlap at (%d, %d)",
			    owner[lb->y * w + x], i, x, lb->y);
			expect(!frame[lb->y * w + x], "label %zu covers a border at (%d, %d)", i, x,
			    lb->y);
			expect(inside[lb->y * w + x], "label %zu outside every box", i);
			owner[lb->y * w + x] = (int)i;
		}
	}
	assert_legend(ml, p, n, w, h, owner, nnum);
	for (i = 0; i < nnum; i++)
		expect(numbered[i], "number %zu missing", i + 1);
	free(numbered);
	free(frame);
	free(inside);
	free(owner);
}

/* Two layouts are the same in every field. */
static void
assert_same(const struct map_layout *a, const struct map_layout *b)
{
	const struct map_label *la, *lb;
	size_t i;

	ck_assert_uint_eq(a->nlabels, b->nlabels);
	ck_assert_uint_eq(a->nregions, b->nregions);
	for (i = 0; i < a->nlabels; i++) {
		la = &a->labels[i];
		lb = &b->labels[i];
		expect(la->player == lb->player && la->x == lb->x && la->y == lb->y &&
		    la->w == lb->w && la->num == lb->num &&
		    strcmp(la->prefix, lb->prefix) == 0 && la->region == lb->region &&
		    la->spilled == lb->spilled && la->forced == lb->forced,
		    "label %zu differs between two runs", i);
	}
	for (i = 0; i < a->nregions; i++) {
		ck_assert_int_eq(a->regions[i].x, b->regions[i].x);
		ck_assert_int_eq(a->regions[i].y, b->regions[i].y);
		ck_assert_int_eq(a->regions[i].w, b->regions[i].w);
		ck_assert_int_eq(a->regions[i].h, b->regions[i].h);
		ck_assert_str_eq(a->regions[i].title, b->regions[i].title);
	}
}

/* At 80 × 24 (a map of 78 × 17 to 78 × 19) 25 players of a coalition,
 * sharing positions, each get their whole name or a number with the name
 * in the legend; none overlapping or touching, none on a border. On a
 * wall of 120 × 35 and of 200 × 60 nearly every name is whole. */
START_TEST(test_map_crowded_80x24)
{
	static const int sizes[][2] = { { 78, 17 }, { 78, 19 }, { 116, 31 }, { 196, 56 } };
	struct map_player *p = players_new(25, coalition_names, NCOALITION);
	struct map_layout *ml;
	size_t k, i, nnum;

	for (i = 0; i < 25; i++)
		p[i].name = coalition_names[i];
	for (k = 0; k < sizeof sizes / sizeof sizes[0]; k++) {
		ml = layouts[_i](p, 25, sizes[k][0], sizes[k][1]);
		assert_sane(ml, p, 25, sizes[k][0], sizes[k][1]);
		ck_assert_uint_eq(ml->nregions, layout_nregions[_i]);
		for (i = 0, nnum = 0; i < 25; i++)
			nnum += ml->labels[i].num > 0;
		if (sizes[k][0] > 100)
			ck_assert_uint_le(nnum, 3);
		maplayout_free(ml);
	}
	free(p);
}
END_TEST

/* The same players give the same map, every field, twice over. */
START_TEST(test_map_deterministic)
{
	struct map_player *p = players_new(60, long_names, NLONG);
	struct map_layout *a, *b;

	a = layouts[_i](p, 25, 78, 19);
	b = layouts[_i](p, 25, 78, 19);
	assert_same(a, b);
	maplayout_free(a);
	maplayout_free(b);
	a = layouts[_i](p, 60, 198, 53);
	b = layouts[_i](p, 60, 198, 53);
	assert_same(a, b);
	maplayout_free(a);
	maplayout_free(b);
	free(p);
}
END_TEST

/* With room to spare (200 × 55), names of at most 20 columns are never
 * cut, stay in their own region and keep a blank column from neighbours. */
START_TEST(test_map_wide_uncut)
{
	struct map_player *p = players_new(25, short_names, NSHORT);
	struct map_layout *ml = layouts[_i](p, 25, 200, 55);
	const struct map_label *a, *b;
	size_t i, j;

	assert_sane(ml, p, 25, 200, 55);
	for (i = 0; i < 25; i++) {
		a = &ml->labels[i];
		ck_assert_int_le((int)utf8_width(p[i].name), 20);
		ck_assert_msg(a->num == 0, "\"%s\" a number at 200 × 55", p[i].name);
		ck_assert_msg(!a->spilled, "\"%s\" outside its region", p[i].name);
		ck_assert(label_in(a, &ml->regions[a->region]));
		for (j = 0; j < 25; j++) {
			b = &ml->labels[j];
			if (i == j || a->y != b->y)
				continue;
			ck_assert_msg(b->x > a->x + a->w || b->x + b->w < a->x,
			    "\"%s\" and \"%s\" touch", p[i].name, p[j].name);
		}
	}
	maplayout_free(ml);
	free(p);
}
END_TEST

/* A map with no players still has its frame, and no labels. */
START_TEST(test_map_empty)
{
	struct map_layout *ml = layouts[_i](NULL, 0, 78, 17);

	assert_sane(ml, NULL, 0, 78, 17);
	ck_assert_ptr_null(ml->labels);
	ck_assert_uint_eq(ml->nregions, layout_nregions[_i]);
	maplayout_free(ml);
}
END_TEST

/* 60 players with long names on a wall of 200 × 60 all get a label, whole
 * or numbered, without overlaps; at 80 × 24 they either do too or the
 * area is refused (never cut, never piled up). */
START_TEST(test_map_sixty)
{
	struct map_player *p = players_new(60, long_names, NLONG);
	struct map_layout *ml = layouts[_i](p, 60, 198, 53);

	assert_sane(ml, p, 60, 198, 53);
	maplayout_free(ml);
	if ((ml = layouts[_i](p, 60, 78, 17)) != NULL)
		assert_sane(ml, p, 60, 78, 17);
	maplayout_free(ml);
	free(p);
}
END_TEST

/* The smallest area works, and smaller ones are refused rather than
 * drawn wrong. */
START_TEST(test_map_minimum)
{
	struct map_player *p = players_new(25, coalition_names, NCOALITION);
	struct map_layout *ml = layouts[_i](p, 8, MAPLAYOUT_MIN_W, MAPLAYOUT_MIN_H);

	assert_sane(ml, p, 8, MAPLAYOUT_MIN_W, MAPLAYOUT_MIN_H);
	maplayout_free(ml);
	ck_assert_ptr_null(layouts[_i](p, 25, MAPLAYOUT_MIN_W - 1, 24));
	ck_assert_ptr_null(layouts[_i](p, 25, 80, MAPLAYOUT_MIN_H - 1));
	ck_assert_ptr_null(layouts[_i](p, 25, MAPLAYOUT_MAX + 1, 24));
	free(p);
}
END_TEST

/* "é" as e and a combining acute accent: one column, three bytes. */
#define E_ACUTE	"e" "\xcc\x81"

/* Names of wide and multi-byte characters crowded into one place: a name
 * wider than any row becomes a number, and the legend wraps it whole over
 * two rows, between characters, never inside one. */
START_TEST(test_map_wide_chars)
{
	static const char *const wide[] = {
		"😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀",
		"ĳĳĳĳĳĳĳĳĳĳĳĳĳĳĳĳĳĳĳĳĳĳĳĳĳĳĳĳĳĳĳĳĳĳĳĳ",
		"日本語日本語日本語日本語日本語日本語",
		E_ACUTE E_ACUTE E_ACUTE E_ACUTE E_ACUTE E_ACUTE E_ACUTE E_ACUTE E_ACUTE E_ACUTE
		    E_ACUTE E_ACUTE E_ACUTE E_ACUTE E_ACUTE E_ACUTE E_ACUTE E_ACUTE E_ACUTE,
	};
	struct map_player p[6];
	struct map_layout *ml;
	struct strbuf huge = { 0 };
	size_t i, lines = 0;

	for (i = 0; i < 50; i++)
		strbuf_puts(&huge, "日");
	for (i = 0; i < 6; i++) {
		p[i] = player(i == 5 ? huge.s : wide[i % 4], 5, 5);
		p[i].standpunt = 2;
		p[i].macht = 1;
		p[i].ring = 0;
		p[i].unique = i % 2;
	}
	ml = layouts[_i](p, 6, 78, 19);
	assert_sane(ml, p, 6, 78, 19);
	ck_assert_int_gt(ml->labels[5].num, 0);
	for (i = 0; i < ml->nlegend; i++)
		lines += ml->legend[i].player == 5;
	ck_assert_uint_eq(lines, 2);
	maplayout_free(ml);
	strbuf_free(&huge);
}
END_TEST

/* Seventy players in a few cells, with a wide prefix and wide characters:
 * on a wall of 200 × 60 numbers with a legend, never overlapping. */
START_TEST(test_map_crowded_cells)
{
	struct map_player p[70];
	struct map_layout *ml;
	size_t i;

	for (i = 0; i < 70; i++) {
		p[i] = player("日本語日本語日本語日本語", 4, 4);
		p[i].standpunt = 1;
		p[i].macht = (int)(i % 4);
		p[i].unique = 1;
		p[i].ring = (int)(i % 4);
		p[i].symmetrie = (int)(i % 2);
		p[i].commitment = (int)(i % 3) - 1;
	}
	ml = layouts[_i](p, 70, 198, 53);
	assert_sane(ml, p, 70, 198, 53);
	maplayout_free(ml);
}
END_TEST

/* Out-of-range values and a missing name are read sensibly instead of
 * crashing or vanishing. */
START_TEST(test_map_out_of_range)
{
	/* Per map: top right, omgeving, afwachtend × onbekend, Nog onbekend. */
	static const size_t want0[] = { 1, 3, 1 * 4 + 3, 4 };
	/* bottom left, omgeving, afwachtend × onbekend, Nog onbekend. */
	static const size_t want1[] = { 2, 3, 1 * 4 + 3, 4 };
	struct map_player p[3];
	struct map_layout *ml;

	p[0] = player(NULL, 9, 9);
	p[0].ring = 7;
	p[0].standpunt = -3;
	p[0].macht = 12;
	p[0].symmetrie = 2;
	p[0].unique = 1;
	p[1] = player("Wijkteam", -4, -4);
	p[2] = player("", 0, 0);
	ml = layouts[_i](p, 3, 78, 17);
	assert_sane(ml, p, 3, 78, 17);
	ck_assert_uint_eq(ml->labels[0].region, want0[_i]);
	ck_assert_uint_eq(ml->labels[1].region, want1[_i]);
	maplayout_free(ml);
}
END_TEST

/* A small fixed-seed generator, so the random maps are the same each run. */
static unsigned
next_random(unsigned long *seed, unsigned n)
{
	*seed = *seed * 6364136223846793005UL + 1442695040888963407UL;
	return (unsigned)((*seed >> 33) % n);
}

/* Any size from the smallest to 200 × 55 and up to 60 players with any
 * values (out-of-range ones and missing names too) keeps every promise. */
START_TEST(test_map_random)
{
	struct map_player p[60];
	struct map_layout *ml;
	unsigned long seed = 1 + (unsigned long)_i;
	size_t i, n;
	int round, w, h, refused = 0;

	for (round = 0; round < 150; round++) {
		w = MAPLAYOUT_MIN_W + (int)next_random(&seed, 141);
		h = MAPLAYOUT_MIN_H + (int)next_random(&seed, 42);
		n = next_random(&seed, 61);
		for (i = 0; i < n; i++) {
			p[i] = player(next_random(&seed, 25) == 0 ? NULL :
			    long_names[next_random(&seed, NLONG)], (int)next_random(&seed, 8) - 1,
			    (int)next_random(&seed, 8) - 1);
			p[i].ring = (int)next_random(&seed, 5);
			p[i].standpunt = (int)next_random(&seed, 4);
			p[i].macht = (int)next_random(&seed, 5);
			p[i].unique = (int)next_random(&seed, 2);
			p[i].symmetrie = (int)next_random(&seed, 3) - 1;
			p[i].commitment = (int)next_random(&seed, 3) - 1;
		}
		if ((ml = layouts[_i](p, n, w, h)) != NULL)
			assert_sane(ml, p, n, w, h);
		else
			refused++;
		maplayout_free(ml);
	}
	/* Refusing is for the crowded small areas, not the rule. */
	ck_assert_int_lt(refused, 75);
}
END_TEST

/* Grid: the quadrants carry the method's names, and a player sits in the
 * quadrant of its power and interest: 5/5 top right, 0/0 bottom left. */
START_TEST(test_grid_quadrants)
{
	struct map_player p[4];
	struct map_layout *ml;
	const struct map_region *rg;

	p[0] = player("Wethouder", 5, 5);
	p[1] = player("Bewoners", 0, 0);
	p[2] = player("Provincie", 5, 0);
	p[3] = player("Buurtkrant", 0, 5);
	ml = maplayout_grid(p, 4, 78, 17);
	assert_sane(ml, p, 4, 78, 17);
	rg = ml->regions;
	ck_assert_str_eq(rg[0].title, "Tevreden houden");
	ck_assert_str_eq(rg[1].title, "Nauw betrekken");
	ck_assert_str_eq(rg[2].title, "In de gaten houden");
	ck_assert_str_eq(rg[3].title, "Informeren");
	ck_assert(rg[1].x > rg[0].x && rg[2].y > rg[0].y);
	ck_assert(label_in(&ml->labels[0], &rg[1]));
	ck_assert(label_in(&ml->labels[1], &rg[2]));
	ck_assert(label_in(&ml->labels[2], &rg[0]));
	ck_assert(label_in(&ml->labels[3], &rg[3]));

	/* Extreme values sit at the extreme rows, and the order of interest
	 * shows left to right. */
	ck_assert_int_eq(ml->labels[0].y, rg[1].y + 1);
	ck_assert_int_eq(ml->labels[1].y, rg[2].y + rg[2].h - 2);
	ck_assert_int_gt(ml->labels[0].x, ml->labels[2].x);
	ck_assert_ptr_nonnull(ml->xlabel);
	ck_assert_ptr_nonnull(ml->ylabel);
	maplayout_free(ml);
}
END_TEST

/* Grid: players on the same spot are all shown near it, in their own
 * quadrant, while there is room. */
START_TEST(test_grid_same_spot)
{
	struct map_player p[6];
	struct map_layout *ml;
	size_t i;

	for (i = 0; i < 6; i++)
		p[i] = player("Gemeente", 4, 4);
	ml = maplayout_grid(p, 6, 78, 17);
	assert_sane(ml, p, 6, 78, 17);
	for (i = 0; i < 6; i++) {
		ck_assert(label_in(&ml->labels[i], &ml->regions[1]));
		ck_assert(ml->labels[i].num == 0);
		ck_assert(!ml->labels[i].spilled);
	}
	maplayout_free(ml);
}
END_TEST

/* Ring: the rectangles nest, a ring-0 player is inside the innermost, a
 * ring-3 player outside rectangle 2, and rings 1 and 2 in their bands. */
START_TEST(test_ring_nesting)
{
	struct map_player p[4];
	struct map_layout *ml;
	const struct map_region *rg;
	int k;

	p[0] = player("Initiatiefnemer", 3, 3);
	p[0].ring = 0;
	p[1] = player("Schrager", 3, 3);
	p[1].ring = 1;
	p[2] = player("Afnemer", 3, 3);
	p[2].ring = 2;
	p[3] = player("Omwonenden", 3, 3);
	p[3].ring = 3;
	ml = maplayout_ring(p, 4, 78, 17);
	assert_sane(ml, p, 4, 78, 17);
	rg = ml->regions;
	ck_assert_str_eq(rg[0].title, "Kern: kopgroep en dragers");
	ck_assert_str_eq(rg[1].title, "Schragers");
	ck_assert_str_eq(rg[2].title, "Afnemers");
	ck_assert_str_eq(rg[3].title, "Omgeving");
	for (k = 0; k < 3; k++) {
		ck_assert(in_interior(&rg[k + 1], rg[k].x, rg[k].y));
		ck_assert(in_interior(&rg[k + 1], rg[k].x + rg[k].w - 1, rg[k].y + rg[k].h - 1));
	}
	ck_assert(label_in(&ml->labels[0], &rg[0]));
	for (k = 1; k <= 3; k++) {
		ck_assert(label_in(&ml->labels[k], &rg[k]));
		ck_assert(!label_touches(&ml->labels[k], &rg[k - 1]));
	}
	maplayout_free(ml);
}
END_TEST

/* Ring: a crowded map still keeps every ring's players in their band
 * when the bands have room, spread rather than piled up. */
START_TEST(test_ring_crowded_bands)
{
	struct map_player *p = players_new(25, coalition_names, NCOALITION);
	struct map_layout *ml;
	size_t i;
	int k;

	for (i = 0; i < 25; i++)
		p[i].name = coalition_names[i];
	ml = maplayout_ring(p, 25, 78, 17);

	assert_sane(ml, p, 25, 78, 17);
	for (i = 0; i < 25; i++) {
		k = p[i].ring;
		ck_assert_uint_eq(ml->labels[i].region, (size_t)k);
		ck_assert_msg(!ml->labels[i].spilled, "\"%s\" left ring %d", p[i].name, k);
		ck_assert(label_in(&ml->labels[i], &ml->regions[k]));
		if (k > 0)
			ck_assert(!label_touches(&ml->labels[i], &ml->regions[k - 1]));
	}
	maplayout_free(ml);
	free(p);
}
END_TEST

/* Players are placed most power first whatever their input order, and
 * still come back in input order: in a crowded cell the one with most
 * power gets the top of the stack. */
START_TEST(test_map_order)
{
	struct map_player p[2];
	struct map_layout *a, *b;

	p[0] = player("Aannemer", 1, 1);
	p[1] = player("Zorgkantoor", 5, 1);
	a = maplayout_stance(p, 2, 78, 17);
	assert_sane(a, p, 2, 78, 17);
	ck_assert_int_lt(a->labels[1].y, a->labels[0].y);
	p[0] = player("Zorgkantoor", 5, 1);
	p[1] = player("Aannemer", 1, 1);
	b = maplayout_stance(p, 2, 78, 17);
	assert_sane(b, p, 2, 78, 17);
	ck_assert_int_eq(b->labels[0].y, a->labels[1].y);
	ck_assert_int_eq(b->labels[1].y, a->labels[0].y);
	maplayout_free(a);
	maplayout_free(b);
}
END_TEST

/* Stance: an opponent with blocking power sits in the tegenstander ×
 * blokkeermacht cell, and only onvervangbaar players wear "★". */
START_TEST(test_stance_cells)
{
	struct map_player p[3];
	struct map_layout *ml;
	const struct map_region *cell;

	p[0] = player("Ondernemers", 3, 3);
	p[0].standpunt = 2;
	p[0].macht = 1;
	p[0].unique = 1;
	p[1] = player("Wijkraad", 3, 3);
	p[1].standpunt = 0;
	p[1].macht = 0;
	p[2] = player("Woningcorporatie", 3, 3);
	p[2].standpunt = 2;
	p[2].macht = 1;
	ml = maplayout_stance(p, 3, 78, 17);
	assert_sane(ml, p, 3, 78, 17);
	cell = &ml->regions[2 * 4 + 1];
	ck_assert_str_eq(cell->title, "blokkeermacht");
	ck_assert_str_eq(cell->subtitle, "tegenstander");
	ck_assert(label_in(&ml->labels[0], cell));
	ck_assert(label_in(&ml->labels[2], cell));
	ck_assert(label_in(&ml->labels[1], &ml->regions[0]));
	ck_assert_str_eq(ml->regions[0].title, "productiemacht");
	ck_assert_str_eq(ml->regions[0].subtitle, "voorstander");
	ck_assert_str_eq(ml->labels[0].prefix, "★");
	ck_assert_int_eq(ml->labels[0].w, (int)utf8_width("★Ondernemers"));
	ck_assert_str_eq(ml->labels[1].prefix, "");
	ck_assert_str_eq(ml->labels[2].prefix, "");

	/* Stacked: the two in one cell share a column, one above the other. */
	ck_assert_int_eq(ml->labels[0].x, ml->labels[2].x);
	ck_assert_int_eq(abs(ml->labels[0].y - ml->labels[2].y), 1);
	maplayout_free(ml);
}
END_TEST

/* Symmetry: the four consequences the method names, and none while either
 * answer is unknown. */
START_TEST(test_symmetry_consequences)
{
	ck_assert_str_eq(maplayout_consequence(1, 1), "Procesregie is eenvoudig");
	ck_assert_str_eq(maplayout_consequence(1, 0), "Mandatering nodig");
	ck_assert_str_eq(maplayout_consequence(0, 1), "Opschaling nodig");
	ck_assert_str_eq(maplayout_consequence(0, 0), "Geen succesvolle samenwerking mogelijk");
	ck_assert_ptr_null(maplayout_consequence(-1, 1));
	ck_assert_ptr_null(maplayout_consequence(1, -1));
	ck_assert_ptr_null(maplayout_consequence(-1, -1));
	ck_assert_ptr_null(maplayout_consequence(2, 0));
}
END_TEST

/* Symmetry: each cell is subtitled with its consequence, each player sits
 * in its cell, and an unknown answer puts the player in "Nog onbekend". */
START_TEST(test_symmetry_cells)
{
	struct map_player p[6];
	struct map_layout *ml;
	const struct map_region *rg;
	int s, c, i;

	for (i = 0; i < 4; i++) {
		p[i] = player("Zorgaanbieder", 3, 3);
		p[i].symmetrie = i < 2;
		p[i].commitment = i % 2 == 0;
	}
	p[4] = player("Onderwijs", 3, 3);
	p[4].symmetrie = -1;
	p[4].commitment = 1;
	p[5] = player("Politie", 3, 3);
	p[5].symmetrie = 0;
	p[5].commitment = -1;
	ml = maplayout_symmetry(p, 6, 78, 17);
	assert_sane(ml, p, 6, 78, 17);
	rg = ml->regions;
	for (i = 0; i < 4; i++) {
		s = i < 2;
		c = i % 2 == 0;
		ck_assert_str_eq(rg[i].subtitle, maplayout_consequence(s, c));
		ck_assert(label_in(&ml->labels[i], &rg[i]));
	}
	ck_assert_str_eq(rg[4].title, "Nog onbekend");
	ck_assert(label_in(&ml->labels[4], &rg[4]));
	ck_assert(label_in(&ml->labels[5], &rg[4]));

	/* The strip runs along the bottom, the full width. */
	ck_assert_int_eq(rg[4].y + rg[4].h, 17);
	ck_assert_int_eq(rg[4].w, 78);
	ck_assert_int_gt(rg[4].y, rg[2].y);

	/* At 80 columns the longest consequence fits its border unclipped. */
	ck_assert_int_le((int)utf8_width(rg[3].subtitle), rg[3].w - 4);
	ck_assert_int_le((int)utf8_width(rg[0].title), rg[0].w - 4);
	maplayout_free(ml);
}
END_TEST

int
main(void)
{
	Suite *s = suite_create("maplayout");
	TCase *tc = tcase_create("maplayout");
	int n = (int)NLAYOUTS;

	tcase_add_loop_test(tc, test_map_crowded_80x24, 0, n);
	tcase_add_loop_test(tc, test_map_deterministic, 0, n);
	tcase_add_loop_test(tc, test_map_wide_uncut, 0, n);
	tcase_add_loop_test(tc, test_map_empty, 0, n);
	tcase_add_loop_test(tc, test_map_sixty, 0, n);
	tcase_add_loop_test(tc, test_map_minimum, 0, n);
	tcase_add_loop_test(tc, test_map_wide_chars, 0, n);
	tcase_add_loop_test(tc, test_map_crowded_cells, 0, n);
	tcase_add_loop_test(tc, test_map_out_of_range, 0, n);
	tcase_add_loop_test(tc, test_map_random, 0, n);
	tcase_add_test(tc, test_grid_quadrants);
	tcase_add_test(tc, test_grid_same_spot);
	tcase_add_test(tc, test_ring_nesting);
	tcase_add_test(tc, test_ring_crowded_bands);
	tcase_add_test(tc, test_map_order);
	tcase_add_test(tc, test_stance_cells);
	tcase_add_test(tc, test_symmetry_consequences);
	tcase_add_test(tc, test_symmetry_cells);
	suite_add_tcase(s, tc);
	return test_run(s);
}
