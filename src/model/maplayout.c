/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * maplayout.c: the four player maps as pure geometry. Each map first lays
 * out its frame (regions), then paints an occupancy grid of w × h cells:
 * every cell is either frame (a border, a title, a caption, or outside any
 * box) or free space belonging to one region. Names are then placed one
 * by one, in a fixed order, at the free spot nearest their ideal point,
 * always with a blank column between two labels: first whole inside their
 * own region, then as a number, and only then in another region. When a
 * region's labels did not all fit at home, its widest whole names become
 * numbers and everything is placed again. A name is never shortened: a
 * player shows either its whole name or a number, and the numbered names
 * are listed whole in a legend under the map, which gives up rows for it.
 * Nobody is dropped; when even numbers and a legend do not fit, the area
 * is refused.
 *
 * Scanning the whole grid a few times per name is simple and fast enough:
 * 60 players on 200 × 55 cells take a few milliseconds.
 */
#include "config.h"

#include <assert.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "vitaal/maplayout.h"
#include "vitaal/utf8.h"
#include "vitaal/util.h"

#define FRAME		(-1)	/* zone of a cell no label may use */
#define TABLE_GAP	2	/* blanks between the columns of a cell's table */
#define ROW_COST	16	/* a row away weighs as much as two columns */
#define MAP_MIN_ROWS	10	/* a frame needs these rows; the legend gets the rest */
#define LEGEND_GAP	3	/* blanks between two entries of the legend */

static const char	 star[] = "★";

/* Columns and bytes of a name up to the end of one of its characters. */
struct boundary {
	int	cols;
	size_t	len;
};

/* A player on its way to a label: its measured name and where it wants
 * to be. */
struct pending {
	size_t			 idx;		/* input position */
	const char		*name;
	size_t			 namelen;	/* bytes */
	int			 namew;		/* columns */
	struct boundary		*b;		/* after each character */
	size_t			 nb;
	const char		*prefix;
	int			 prefixw;
	int			 power;		/* clamped, for the order */
	int			 interest;
	int			 zone;		/* the region it belongs in */
	int			 ax, ay;	/* ideal point */
	int			 centre;	/* 1: centre the label on ax, 0: start it there */
	int			 cap;		/* widest whole name allowed this round;
					   wider ones become numbers */
	int			 num;		/* 1 = shown as a number this round */
	int			 attempt;	/* which try placed it; 0 = whole, apart, at home */
};

/* The occupancy grid the labels are placed on. */
struct placer {
	int		 w, h;
	short		*zone;		/* FRAME or the region a cell belongs to */
	unsigned char	*occ;		/* 1 where a label already is */
	int		*run;		/* scratch: usable cells from here rightwards */
	int		 numw;		/* columns a number takes at most */
};

/* Keep v within lo..hi. */
static int
clampi(int v, int lo, int hi)
{
	return v < lo ? lo : (v > hi ? hi : v);
}

/* Is w × h an area the layouts accept? */
static int
area_ok(int w, int h)
{
	return w >= MAPLAYOUT_MIN_W && h >= MAPLAYOUT_MIN_H && w <= MAPLAYOUT_MAX &&
	    h <= MAPLAYOUT_MAX;
}

/* Display columns of a static string, as an int. */
static int
swidth(const char *s)
{
	return (int)utf8_width(s);
}

/* A new, empty layout with room for nregions regions and n labels. */
static struct map_layout *
layout_new(int w, int h, size_t nregions, size_t n)
{
	struct map_layout *ml = xcalloc(1, sizeof *ml);

	ml->w = w;
	ml->h = h;
	ml->regions = xcalloc(nregions, sizeof *ml->regions);
	ml->nregions = nregions;
	ml->labels = n > 0 ? xcalloc(n, sizeof *ml->labels) : NULL;
	ml->nlabels = n;
	return ml;
}

void
maplayout_free(struct map_layout *ml)
{
	if (ml == NULL)
		return;
	free(ml->labels);
	free(ml->regions);
	free(ml->legend);
	free(ml);
}

/* Fill in one region. */
static void
region_set(struct map_region *r, int x, int y, int w, int h, const char *title,
    const char *subtitle)
{
	r->x = x;
	r->y = y;
	r->w = w;
	r->h = h;
	r->title = title;
	r->subtitle = subtitle;
}

/* An empty grid of w × h frame cells. */
static void
placer_init(struct placer *pl, int w, int h)
{
	size_t cells = (size_t)w * (size_t)h, i;

	pl->w = w;
	pl->h = h;
	pl->zone = xreallocarray(NULL, cells, sizeof *pl->zone);
	for (i = 0; i < cells; i++)
		pl->zone[i] = FRAME;
	pl->occ = xcalloc(cells, sizeof *pl->occ);
	pl->run = xreallocarray(NULL, cells, sizeof *pl->run);
	pl->numw = 1;
}

static void
placer_free(struct placer *pl)
{
	free(pl->zone);
	free(pl->occ);
	free(pl->run);
}

/* Paint region r: its border becomes frame, its inside belongs to zone.
 * Later boxes paint over earlier ones, which is how the rings nest. */
static void
placer_box(struct placer *pl, const struct map_region *r, int zone)
{
	int x, y, border;

	for (y = r->y; y < r->y + r->h; y++) {
		if (y < 0 || y >= pl->h)
			continue;
		for (x = r->x; x < r->x + r->w; x++) {
			if (x < 0 || x >= pl->w)
				continue;
			border = y == r->y || y == r->y + r->h - 1 || x == r->x ||
			    x == r->x + r->w - 1;
			pl->zone[y * pl->w + x] = (short)(border ? FRAME : zone);
		}
	}
}

/* Measure a name and note every character boundary, so that cutting
 * never splits a character (malformed bytes count one column each, as in
 * utf8_width). Zero-width characters stay with the one before them. */
static void
pending_measure(struct pending *pd)
{
	const char *s = pd->name;
	size_t n = strlen(s), off = 0;
	uint32_t cp;
	int len, cols = 0;

	pd->namelen = n;
	pd->b = n > 0 ? xreallocarray(NULL, n, sizeof *pd->b) : NULL;
	pd->nb = 0;
	while (off < n) {
		if ((len = utf8_decode(s + off, n - off, &cp)) < 0) {
			len = 1;
			cols++;
		} else
			cols += utf8_cpwidth(cp);
		off += (size_t)len;
		pd->b[pd->nb].cols = cols;
		pd->b[pd->nb].len = off;
		pd->nb++;
	}
	pd->namew = cols;
}

/* The players, measured, with no prefix and no place yet. The caller
 * frees them with pending_free. */
static struct pending *
pending_new(const struct map_player *p, size_t n)
{
	struct pending *pd;
	size_t i;

	if (n == 0)
		return NULL;
	assert(p != NULL);
	pd = xcalloc(n, sizeof *pd);
	for (i = 0; i < n; i++) {
		pd[i].idx = i;
		pd[i].name = p[i].name != NULL ? p[i].name : "";
		pending_measure(&pd[i]);
		pd[i].prefix = "";
		pd[i].power = clampi(p[i].power, 0, 5);
		pd[i].interest = clampi(p[i].interest, 0, 5);
		pd[i].centre = 1;
	}
	return pd;
}

static void
pending_free(struct pending *pd, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		free(pd[i].b);
	free(pd);
}

/* The placing order: most power first, then most interest, then name
 * (bytewise), then input position, so the order is total. */
static int
pending_cmp(const void *va, const void *vb)
{
	const struct pending *a = *(const struct pending *const *)va;
	const struct pending *b = *(const struct pending *const *)vb;
	int c;

	if (a->power != b->power)
		return b->power - a->power;
	if (a->interest != b->interest)
		return b->interest - a->interest;
	if ((c = strcmp(a->name, b->name)) != 0)
		return c;
	return a->idx < b->idx ? -1 : (a->idx > b->idx);
}

/* The players in placing order (pointers into pd; caller frees). */
static struct pending **
pending_order(struct pending *pd, size_t n)
{
	struct pending **order;
	size_t i;

	if (n == 0)
		return NULL;
	order = xcalloc(n, sizeof *order);
	for (i = 0; i < n; i++)
		order[i] = &pd[i];
	qsort(order, n, sizeof *order, pending_cmp);
	return order;
}

/* The widest form of a label that fits in avail columns: the whole name
 * when its region's cap allows it, else the prefix and a number (the name
 * then goes in the legend). Never a shortened name. Returns the width and
 * sets *num to 1 for a number, or -1 when neither fits. */
static int
label_fit(const struct pending *pd, int numw, int avail, int *num)
{
	if (pd->prefixw + pd->namew <= pd->cap && pd->prefixw + pd->namew <= avail) {
		*num = 0;
		return pd->prefixw + pd->namew;
	}
	if (pd->prefixw + numw <= avail) {
		*num = 1;
		return pd->prefixw + numw;
	}
	return -1;
}

/* The width a label takes in its region: its whole name when the cap
 * allows, else its number. */
static int
pending_width(const struct pending *pd, int numw)
{
	if (pd->prefixw + pd->namew <= pd->cap)
		return pd->prefixw + pd->namew;
	return pd->prefixw + numw;
}

/* Columns a label may take starting at (x, y), given the runs computed by
 * placer_try; with gap, a blank column must separate it from labels on
 * either side. -1 when it may not start there at all. */
static int
placer_avail(const struct placer *pl, int x, int y, int gap)
{
	int i = y * pl->w + x, r = pl->run[i];

	if (r == 0)
		return -1;
	if (gap && x > 0 && pl->occ[i - 1])
		return -1;
	if (gap && x + r < pl->w && pl->occ[i + r])
		r--;
	return r;
}

/* How far a label of width lw at (x, y) is from the player's ideal point:
 * squared distance in half columns, a row costing ROW_COST. */
static long
placer_score(const struct pending *pd, int x, int y, int lw)
{
	long dx, dy;

	if (pd->centre)
		dx = 2L * x + lw - 2L * pd->ax;
	else
		dx = 2L * (x - pd->ax);
	dy = (long)y - pd->ay;
	return dx * dx + ROW_COST * dy * dy;
}

/* Claim the cells of a placed label. */
static void
placer_mark(struct placer *pl, const struct map_label *lb)
{
	int x;

	for (x = lb->x; x < lb->x + lb->w; x++)
		if (x >= 0 && x < pl->w && lb->y >= 0 && lb->y < pl->h)
			pl->occ[lb->y * pl->w + x] = 1;
}

/* One attempt at placing pd, with a blank column on either side: in its
 * own zone or in any (anyzone). Takes the widest form of the label that
 * fits anywhere in scope (the whole name if the cap allows, else the
 * number), then the nearest spot for that width; ties go to the topmost,
 * then leftmost spot. Returns 0 and fills lb, or -1. */
static int
placer_try(struct placer *pl, struct pending *pd, int anyzone, struct map_label *lb)
{
	int x, y, i, a, best = -1, lw, num, bx = 0, by = 0;
	long score, bscore = -1;

	for (y = 0; y < pl->h; y++) {
		for (x = pl->w - 1; x >= 0; x--) {
			i = y * pl->w + x;
			if (pl->occ[i] || pl->zone[i] == FRAME ||
			    (!anyzone && pl->zone[i] != pd->zone))
				pl->run[i] = 0;
			else
				pl->run[i] = 1 + (x + 1 < pl->w ? pl->run[i + 1] : 0);
		}
	}
	for (y = 0; y < pl->h; y++)
		for (x = 0; x < pl->w; x++)
			if ((a = placer_avail(pl, x, y, 1)) > best)
				best = a;
	if (best < 0 || (lw = label_fit(pd, pl->numw, best, &num)) < 0)
		return -1;
	for (y = 0; y < pl->h; y++) {
		for (x = 0; x < pl->w; x++) {
			if (placer_avail(pl, x, y, 1) < lw)
				continue;
			score = placer_score(pd, x, y, lw);
			if (bscore < 0 || score < bscore) {
				bscore = score;
				bx = x;
				by = y;
			}
		}
	}
	lb->x = bx;
	lb->y = by;
	lb->w = lw;
	pd->num = num;
	return 0;
}

/* Place one player's label, trying ever less ideal spots. Records in
 * pd->attempt which try succeeded (0 = at home); 2 means no room anywhere
 * (lb->forced): the number sits at the ideal point, over others. */
static void
placer_place(struct placer *pl, struct pending *pd, struct map_label *lb)
{
	int lw;

	memset(lb, 0, sizeof *lb);
	lb->player = pd->idx;
	lb->prefix = pd->prefix;
	lb->region = (size_t)pd->zone;
	for (pd->attempt = 0; pd->attempt < 2; pd->attempt++)
		if (placer_try(pl, pd, pd->attempt, lb) == 0)
			goto placed;

	pd->num = 1;
	lw = pd->prefixw + pl->numw;
	lb->w = lw;
	lb->x = clampi(pd->centre ? pd->ax - lw / 2 : pd->ax, 0, pl->w - lw);
	if (lb->x < 0)
		lb->x = 0;
	lb->y = clampi(pd->ay, 0, pl->h - 1);
	lb->forced = 1;

placed:
	lb->spilled = pl->zone[lb->y * pl->w + lb->x] != pd->zone;
	placer_mark(pl, lb);
}

/* Give the players of each region an ideal spot in a table inside it:
 * down the first column in placing order, then the next, each column as
 * wide as its widest label and TABLE_GAP blanks from the one before. When
 * the table outgrows its region, placing falls back to the nearest room. */
static void
tabulate(struct pending **order, size_t n, const struct map_region *regions,
    size_t nregions, int numw)
{
	const struct map_region *r;
	struct pending *pd;
	size_t z, i;
	int rows, j, colx, colw, fw;

	for (z = 0; z < nregions; z++) {
		r = &regions[z];
		rows = r->h - 2 > 0 ? r->h - 2 : 1;
		j = 0;
		colx = r->x + 1;
		colw = 0;
		for (i = 0; i < n; i++) {
			pd = order[i];
			if (pd->zone != (int)z)
				continue;
			if (j > 0 && j % rows == 0) {
				colx += colw + TABLE_GAP;
				colw = 0;
			}
			pd->ax = colx;
			pd->ay = r->y + 1 + j % rows;
			pd->centre = 0;
			fw = pending_width(pd, numw);
			if (fw > r->w - 2)
				fw = r->w - 2;
			if (fw > colw)
				colw = fw;
			j++;
		}
	}
}

/* First guess at each region's cap: the widest whole name for which its
 * labels (wider names as numbers), each with a blank column, would fill
 * no more cells than it has. Packing loses some room, so arrange lowers
 * the guess as needed. */
static void
arrange_guess(const struct placer *pl, struct pending *pd, size_t n, int *caps,
    size_t nregions)
{
	long *cells = xcalloc(nregions, sizeof *cells), need;
	size_t z, i;
	int cell, cap, fw;

	for (cell = 0; cell < pl->w * pl->h; cell++)
		if (pl->zone[cell] != FRAME)
			cells[pl->zone[cell]]++;
	for (z = 0; z < nregions; z++) {
		for (cap = pl->w; cap > 0; cap--) {
			need = 0;
			for (i = 0; i < n; i++) {
				if (pd[i].zone != (int)z)
					continue;
				fw = pd[i].prefixw + pd[i].namew;
				need += (fw <= cap ? fw : pd[i].prefixw + pl->numw) + 1;
			}
			if (need <= cells[z])
				break;
		}
		caps[z] = cap;
	}
	free(cells);
}

/* Place the labels on the frame the map function has laid out in ml
 * (region i is zone i; painted last first, so that the rings' inner boxes
 * paint over the outer ones), after tabulating them when table is set.
 * Whenever a region's labels do not all fit in it, its widest whole names
 * become numbers and everything is placed again, until they fit or all
 * are numbers. Returns -1 when some label found no room at all. */
static int
arrange(struct map_layout *ml, struct pending *pd, struct pending **order, size_t n,
    int table, int numw)
{
	struct placer pl;
	size_t i, z, nz = ml->nregions;
	int *caps = xcalloc(nz, sizeof *caps), *widest = xcalloc(nz, sizeof *widest);
	int again, fw, forced = 0;

	placer_init(&pl, ml->w, ml->maph);
	pl.numw = numw;
	for (i = nz; i-- > 0;)
		placer_box(&pl, &ml->regions[i], (int)i);
	arrange_guess(&pl, pd, n, caps, nz);
	do {
		memset(pl.occ, 0, (size_t)pl.w * (size_t)pl.h);
		for (i = 0; i < n; i++)
			pd[i].cap = caps[pd[i].zone];
		if (table)
			tabulate(order, n, ml->regions, nz, numw);
		for (i = 0; i < n; i++)
			placer_place(&pl, order[i], &ml->labels[order[i]->idx]);

		/* In each region that spilled, the widest whole names give way. */
		for (z = 0; z < nz; z++)
			widest[z] = -1;
		for (i = 0; i < n; i++)
			if (pd[i].attempt > 0 && widest[pd[i].zone] < 0)
				widest[pd[i].zone] = 0;
		for (i = 0; i < n; i++) {
			fw = pd[i].prefixw + pd[i].namew;
			if (widest[pd[i].zone] >= 0 && !pd[i].num && fw > widest[pd[i].zone])
				widest[pd[i].zone] = fw;
		}
		again = 0;
		for (z = 0; z < nz; z++) {
			if (widest[z] <= 0 || caps[z] <= 0)
				continue;
			caps[z] = widest[z] - 1 < caps[z] * 4 / 5 ? widest[z] - 1 : caps[z] * 4 / 5;
			again = 1;
		}
	} while (again);
	for (i = 0; i < n; i++)
		forced |= ml->labels[i].forced;

	placer_free(&pl);
	free(caps);
	free(widest);
	return forced ? -1 : 0;
}

/* Decimal digits of v > 0. */
static int
digits(size_t v)
{
	int d = 1;

	while (v >= 10) {
		v /= 10;
		d++;
	}
	return d;
}

/* Numbered players in legend order: by name, then input position. */
static int
legend_cmp(const void *va, const void *vb)
{
	const struct pending *a = *(const struct pending *const *)va;
	const struct pending *b = *(const struct pending *const *)vb;
	int c;

	if ((c = strcmp(a->name, b->name)) != 0)
		return c;
	return a->idx < b->idx ? -1 : (a->idx > b->idx);
}

/* Lay the legend out as running text under the map: entry after entry,
 * LEGEND_GAP blanks apart, the next one on a new row when it would not
 * fit on this one; a name wider than the whole row is word-wrapped onto
 * rows of its own. Returns the rows it takes; with lines not NULL, writes
 * the lines there from row y0. */
static int
legend_flow(struct pending **list, size_t m, int w, int y0, struct map_legend_line *lines,
    size_t *nlines)
{
	struct utf8_line *wl;
	size_t i, k, nl;
	int x = 0, row = 0, numw, ew;

	for (i = 0; i < m; i++) {
		numw = digits(i + 1);
		ew = numw + 1 + list[i]->namew;
		if (x > 0 && x + ew > w) {
			row++;
			x = 0;
		}
		if (ew <= w) {
			wl = xcalloc(1, sizeof *wl);
			wl->len = strlen(list[i]->name);
			nl = 1;
		} else {
			nl = utf8_wrap(list[i]->name, (size_t)(w - numw - 1), &wl);
		}
		for (k = 0; lines != NULL && k < nl; k++) {
			struct map_legend_line *ln = &lines[(*nlines)++];

			ln->player = list[i]->idx;
			ln->x = x;
			ln->y = y0 + row + (int)k;
			ln->num = k == 0 ? (int)(i + 1) : 0;
			ln->numw = numw;
			ln->off = wl[k].start;
			ln->len = wl[k].len;
		}
		free(wl);
		if (nl > 1) {
			row += (int)nl;
			x = 0;
		} else
			x += ew + LEGEND_GAP;
	}
	return row + (x > 0);
}

/* Plan the legend for the numbered players under a map of ml->maph rows,
 * numbered in the order of their names. Returns the rows it needs (0 when
 * nobody is numbered); with write, also fills in ml->legend and the
 * labels' numbers. */
static int
legend_plan(struct map_layout *ml, struct pending *pd, size_t n, int write)
{
	struct pending **list;
	size_t i, m = 0, cap = 0;
	int rows;

	for (i = 0; i < n; i++)
		m += (size_t)pd[i].num;
	if (m == 0)
		return 0;
	list = xcalloc(m, sizeof *list);
	for (i = 0, m = 0; i < n; i++)
		if (pd[i].num)
			list[m++] = &pd[i];
	qsort(list, m, sizeof *list, legend_cmp);
	rows = legend_flow(list, m, ml->w, 0, NULL, NULL);
	if (write) {
		for (i = 0; i < m; i++)
			cap += 1 + (size_t)list[i]->namew;	/* generous: a line per column */
		ml->legend = xcalloc(cap, sizeof *ml->legend);
		ml->nlegend = 0;
		(void)legend_flow(list, m, ml->w, ml->maph, ml->legend, &ml->nlegend);
		for (i = 0; i < m; i++) {
			struct map_label *lb = &ml->labels[list[i]->idx];

			lb->num = (int)(i + 1);
			lb->w = (int)utf8_width(lb->prefix) + digits(i + 1);
		}
	}
	free(list);
	return rows;
}

/* Lays out the frame of one map for ml->maph rows and gives each player
 * its zone, ideal point and prefix. */
typedef void frame_fn(struct map_layout *, const struct map_player *, struct pending *,
    struct pending **, size_t);

/* The shared body of every map: frame and labels on the whole area; when
 * names had to become numbers, the frame gives up rows at the bottom for
 * the legend and everything is laid out again, until the legend fits. */
static struct map_layout *
layout_build(const struct map_player *p, size_t n, int w, int h, size_t nregions,
    frame_fn *frame, int table)
{
	struct map_layout *ml;
	struct pending *pd, **order;
	int maph = h, need, numw = digits(n > 0 ? n : 1);

	if (!area_ok(w, h))
		return NULL;
	ml = layout_new(w, h, nregions, n);
	pd = pending_new(p, n);
	order = pending_order(pd, n);
	for (;;) {
		ml->maph = maph;
		frame(ml, p, pd, order, n);
		if (arrange(ml, pd, order, n, table, numw) != 0)
			goto fail;
		if ((need = legend_plan(ml, pd, n, 0)) <= h - maph)
			break;
		maph = h - need < maph ? h - need : maph - 1;
		if (maph < MAP_MIN_ROWS)
			goto fail;
	}
	(void)legend_plan(ml, pd, n, 1);
	free(order);
	pending_free(pd, n);
	return ml;

fail:
	free(order);
	pending_free(pd, n);
	maplayout_free(ml);
	return NULL;
}

/* Macht × belang on ml->maph rows. */
static void
frame_grid(struct map_layout *ml, const struct map_player *p, struct pending *pd,
    struct pending **order, size_t n)
{
	static const char *const titles[4] = {
		"Tevreden houden", "Nauw betrekken", "In de gaten houden", "Informeren"
	};
	static const char *const subtitles[4] = {
		"veel macht, weinig belang", "veel macht, veel belang",
		"weinig macht, weinig belang", "weinig macht, veel belang"
	};
	const struct map_region *r;
	size_t i;
	int w = ml->w, h = ml->maph, hq, ht, wl, right, top, li, lp, z;

	(void)p;
	(void)order;
	/* The bottom row holds the axis captions; the quadrants share the rest. */
	hq = h - 1;
	ht = (hq + 1) / 2;
	wl = w / 2;
	region_set(&ml->regions[0], 0, 0, wl, ht, titles[0], subtitles[0]);
	region_set(&ml->regions[1], wl, 0, w - wl, ht, titles[1], subtitles[1]);
	region_set(&ml->regions[2], 0, ht, wl, hq - ht, titles[2], subtitles[2]);
	region_set(&ml->regions[3], wl, ht, w - wl, hq - ht, titles[3], subtitles[3]);
	ml->ylabel = "↑ macht";
	ml->ylabel_x = 0;
	ml->ylabel_y = h - 1;
	ml->xlabel = "belang →";
	ml->xlabel_x = w - swidth(ml->xlabel);
	ml->xlabel_y = h - 1;

	/* Within a quadrant the three values of each axis sit at the centres
	 * of three equal slices across, and at top, middle and bottom. */
	for (i = 0; i < n; i++) {
		right = pd[i].interest >= 3;
		top = pd[i].power >= 3;
		z = (top ? 0 : 2) + (right ? 1 : 0);
		r = &ml->regions[z];
		li = pd[i].interest - (right ? 3 : 0);
		lp = top ? 5 - pd[i].power : 2 - pd[i].power;
		pd[i].zone = z;
		pd[i].ax = r->x + 1 + (2 * li + 1) * (r->w - 2) / 6;
		pd[i].ay = r->y + 1 + lp * (r->h - 3) / 2;
	}
}

struct map_layout *
maplayout_grid(const struct map_player *p, size_t n, int w, int h)
{
	return layout_build(p, n, w, h, 4, frame_grid, 0);
}

/* The ideal point of the j-th of m players of a band: evenly along the
 * loop through the middle of the band, starting at the top centre and
 * going clockwise (a row counts as two columns). */
static void
ring_spread(const struct map_region *outer, const struct map_region *inner, size_t j,
    size_t m, int *ax, int *ay)
{
	int ox0 = outer->x + 1, ox1 = outer->x + outer->w - 2;
	int oy0 = outer->y + 1, oy1 = outer->y + outer->h - 2;
	int lx, rx, ty, by, across, down;
	long loop, s;

	lx = (ox0 + inner->x - 1) / 2;
	rx = (inner->x + inner->w + ox1) / 2;
	ty = clampi((oy0 + inner->y - 1) / 2, oy0, oy1);
	by = clampi((inner->y + inner->h + oy1) / 2, oy0, oy1);
	across = rx - lx;
	down = 2 * (by - ty);
	loop = 2L * (across + down);
	if (loop <= 0) {
		*ax = lx;
		*ay = ty;
		return;
	}
	s = ((long)(2 * j + 1) * loop / (long)(2 * m) + across / 2) % loop;
	if (s < across) {
		*ax = lx + (int)s;
		*ay = ty;
	} else if ((s -= across) < down) {
		*ax = rx;
		*ay = ty + (int)s / 2;
	} else if ((s -= down) < across) {
		*ax = rx - (int)s;
		*ay = by;
	} else {
		s -= across;
		*ax = lx;
		*ay = by - (int)s / 2;
	}
}

/* The rings on ml->maph rows. */
static void
frame_ring(struct map_layout *ml, const struct map_player *p, struct pending *pd,
    struct pending **order, size_t n)
{
	static const char *const titles[4] = {
		"Kern: kopgroep en dragers", "Schragers", "Afnemers", "Omgeving"
	};
	struct map_region *rg = ml->regions;
	size_t i, count[4] = { 0 }, rank[4] = { 0 };
	int tv[4] = { 0 }, th[4] = { 0 }, rows, cols, target, k, round, shrunk, z;
	int w = ml->w, h = ml->maph;

	for (i = 0; i < n; i++)
		count[p[i].ring >= 0 && p[i].ring <= 3 ? p[i].ring : 3]++;

	/* Band k (1..3) is tv[k] rows deep above and below the box inside it
	 * and th[k] columns wide beside it. A band grows with the players it
	 * holds (a row pair for every few names, up to an eighth of the rows
	 * each), so a crowded kern keeps the room the outer bands do not need;
	 * the kern keeps at least two rows and room for its title. */
	rows = h - 8;
	target = rows / 8 > 1 ? rows / 8 : 1;
	for (round = 0; round < target; round++) {
		for (k = 3; k >= 1; k--) {
			if (rows - 2 >= 2 && (round == 0 || count[k] > (size_t)round * 4)) {
				tv[k]++;
				rows -= 2;
			}
		}
	}
	cols = w - 8;
	target = cols / 8 > 5 ? cols / 8 : 5;
	for (k = 1; k <= 3; k++) {
		/* Sides are worth their width only when the band is busy. */
		th[k] = count[k] > 6 || count[0] <= (size_t)(rows / 2) ? target : 5;
		cols -= 2 * th[k];
	}
	do {
		shrunk = 0;
		for (k = 1; k <= 3 && cols < swidth(titles[0]) + 2; k++) {
			if (th[k] > 5) {
				th[k]--;
				cols += 2;
				shrunk = 1;
			}
		}
	} while (shrunk);

	region_set(&rg[3], 0, 0, w, h, titles[3], NULL);
	for (k = 3; k >= 1; k--) {
		region_set(&rg[k - 1], rg[k].x + 1 + th[k], rg[k].y + 1 + tv[k],
		    rg[k].w - 2 - 2 * th[k], rg[k].h - 2 - 2 * tv[k], titles[k - 1], NULL);
	}
	if (rg[0].w - 4 < swidth(titles[0]))
		rg[0].title = "Kern";

	for (i = 0; i < n; i++) {
		z = p[i].ring >= 0 && p[i].ring <= 3 ? p[i].ring : 3;
		pd[i].zone = z;
	}
	for (i = 0; i < n; i++) {
		z = order[i]->zone;
		if (z == 0) {
			order[i]->ax = rg[0].x + rg[0].w / 2;
			order[i]->ay = rg[0].y + rg[0].h / 2;
		} else
			ring_spread(&rg[z], &rg[z - 1], rank[z], count[z], &order[i]->ax,
			    &order[i]->ay);
		rank[z]++;
	}
}

struct map_layout *
maplayout_ring(const struct map_player *p, size_t n, int w, int h)
{
	return layout_build(p, n, w, h, 4, frame_ring, 0);
}

/* Standpunt × soort macht on ml->maph rows. */
static void
frame_stance(struct map_layout *ml, const struct map_player *p, struct pending *pd,
    struct pending **order, size_t n)
{
	static const char *const standpunten[3] = {
		"voorstander", "afwachtend", "tegenstander"
	};
	static const char *const machten[4] = {
		"productiemacht", "blokkeermacht", "diffuse macht", "onbekend"
	};
	size_t i;
	int r, c, s, m, w = ml->w, h = ml->maph;

	(void)order;
	for (r = 0; r < 3; r++) {
		for (c = 0; c < 4; c++) {
			region_set(&ml->regions[r * 4 + c], c * w / 4, r * h / 3,
			    (c + 1) * w / 4 - c * w / 4, (r + 1) * h / 3 - r * h / 3,
			    machten[c], standpunten[r]);
		}
	}

	for (i = 0; i < n; i++) {
		s = p[i].standpunt >= 0 && p[i].standpunt <= 2 ? p[i].standpunt : 1;
		m = p[i].macht >= 0 && p[i].macht <= 3 ? p[i].macht : 3;
		pd[i].zone = s * 4 + m;
		if (p[i].unique == 1) {
			pd[i].prefix = star;
			pd[i].prefixw = swidth(star);
		}
	}
}

struct map_layout *
maplayout_stance(const struct map_player *p, size_t n, int w, int h)
{
	return layout_build(p, n, w, h, 12, frame_stance, 1);
}

const char *
maplayout_consequence(int symmetrie, int commitment)
{
	if (symmetrie != 0 && symmetrie != 1)
		return NULL;
	if (commitment != 0 && commitment != 1)
		return NULL;
	if (symmetrie)
		return commitment ? "Procesregie is eenvoudig" : "Mandatering nodig";
	return commitment ? "Opschaling nodig" : "Geen succesvolle samenwerking mogelijk";
}

/* Columns a symmetry column needs for the titles of its two cells. */
static int
symmetry_need(const struct map_region *a, const struct map_region *b)
{
	int need = swidth(a->title), v;

	if ((v = swidth(a->subtitle)) > need)
		need = v;
	if ((v = swidth(b->title)) > need)
		need = v;
	if ((v = swidth(b->subtitle)) > need)
		need = v;
	return need + 4;
}

/* Symmetrie × commitment on ml->maph rows. */
static void
frame_symmetry(struct map_layout *ml, const struct map_player *p, struct pending *pd,
    struct pending **order, size_t n)
{
	static const char *const titles[4] = {
		"Symmetrie ja, commitment ja", "Symmetrie ja, commitment nee",
		"Symmetrie nee, commitment ja", "Symmetrie nee, commitment nee"
	};
	struct map_region *rg = ml->regions;
	size_t i;
	long demand[5] = { 0 };
	int iw[5] = { 0 }, need[5], top, bottom, strip, avail, wl, needl, needr, s, c, z, fw;
	int w = ml->w, h = ml->maph;

	(void)order;

	/* Columns first, wide enough for their titles when the area allows. */
	for (z = 0; z < 4; z++) {
		rg[z].title = titles[z];
		rg[z].subtitle = maplayout_consequence(z < 2, z % 2 == 0);
	}
	needl = symmetry_need(&rg[0], &rg[2]);
	needr = symmetry_need(&rg[1], &rg[3]);
	if (needl + needr <= w)
		wl = needl + (w - needl - needr) / 2;
	else
		wl = w * needl / (needl + needr);

	/* Then rows: the matrix's two rows and the strip share what the
	 * borders leave, in proportion to the rows their names would fill;
	 * the strip takes no more than it needs. */
	for (i = 0; i < n; i++) {
		s = p[i].symmetrie;
		c = p[i].commitment;
		if ((s == 0 || s == 1) && (c == 0 || c == 1))
			z = (s ? 0 : 2) + (c ? 0 : 1);
		else
			z = 4;
		pd[i].zone = z;
		iw[z] = (z == 4 ? w : (z % 2 == 0 ? wl : w - wl)) - 2;
		fw = pd[i].prefixw + pd[i].namew;
		demand[z] += (fw < iw[z] ? fw : iw[z]) + TABLE_GAP;
	}
	for (z = 0; z < 5; z++)
		need[z] = demand[z] > 0 ? (int)((demand[z] + iw[z] - 1) / iw[z]) : 1;
	top = need[0] > need[1] ? need[0] : need[1];
	bottom = need[2] > need[3] ? need[2] : need[3];
	strip = need[4];
	avail = h - 6;
	if (top + bottom + strip <= avail) {
		top += (avail - top - bottom - strip) / 2;
		bottom = avail - top - strip;
	} else {
		strip = clampi(avail * strip / (top + bottom + strip), 1, avail - 2);
		top = clampi((avail - strip) * top / (top + bottom), 1, avail - strip - 1);
		bottom = avail - strip - top;
	}
	region_set(&rg[0], 0, 0, wl, top + 2, rg[0].title, rg[0].subtitle);
	region_set(&rg[1], wl, 0, w - wl, top + 2, rg[1].title, rg[1].subtitle);
	region_set(&rg[2], 0, top + 2, wl, bottom + 2, rg[2].title, rg[2].subtitle);
	region_set(&rg[3], wl, top + 2, w - wl, bottom + 2, rg[3].title, rg[3].subtitle);
	region_set(&rg[4], 0, top + bottom + 4, w, strip + 2, "Nog onbekend",
	    "Eerst uitzoeken: symmetrie en commitment");

}

struct map_layout *
maplayout_symmetry(const struct map_player *p, size_t n, int w, int h)
{
	return layout_build(p, n, w, h, 5, frame_symmetry, 1);
}
