/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * svgmap.c: the HTML player map's layout (svgmap.h). Circles first: the
 * players of one cell in a grid of up to 4 × 3 places, so no circle
 * covers another. Then the names, greedily in the caller's order (the
 * most powerful first): each tries the places around its circle, right,
 * left, then above and below (centred, ending at the circle's right
 * edge, starting at its left), and takes the first where it overlaps nothing
 * already placed; when none is free it tries again shorter, and in the
 * end goes without.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "vitaal/report.h"
#include "vitaal/svgmap.h"
#include "vitaal/utf8.h"
#include "vitaal/util.h"

#define PLACE_DX	22	/* between the circles of one cell */
#define PLACE_DY	20
#define PLACE_COLS	4
#define PLACE_ROWS	3
#define GAP		3	/* between a circle and its name */

int
svgmap_overlap(const struct svgmap_box *a, const struct svgmap_box *b)
{
	return a->x < b->x + b->w && b->x < a->x + a->w &&
	    a->y < b->y + b->h && b->y < a->y + a->h;
}

struct svgmap_box
svgmap_title_box(int q, size_t width)
{
	/* Titles sit in the quadrant's outer corner, as map_quadrants draws
	 * them: 13 units bold, baseline 17 below the top or 8 above the
	 * bottom, 6 from the side. */
	static const struct {
		int col, row, right;
	} corner[REPORT_NQUADRANTS] = { { 3, 0, 1 }, { 0, 0, 0 }, { 0, 3, 0 }, { 3, 3, 1 } };
	struct svgmap_box b;
	double w = (double)width * 8.0;
	int x = SVGMAP_LEFT + corner[q].col * SVGMAP_CW, y = SVGMAP_TOP + corner[q].row * SVGMAP_CH;
	int base = corner[q].row ? y + 3 * SVGMAP_CH - 8 : y + 17;

	b.x = corner[q].right ? x + 3 * SVGMAP_CW - 6 - w : x + 6;
	b.y = base - 12;
	b.w = w;
	b.h = 15;
	return b;
}

static int
clamp(int v)
{
	return v < 0 ? 0 : v > 5 ? 5 : v;
}

/* Bytes of name that fit in cols display columns, whole characters; *w
 * gets their width. */
static size_t
fit(const char *name, size_t cols, size_t *w)
{
	size_t i = 0, used = 0, len = strlen(name);
	uint32_t cp;
	int step, cw;

	while (i < len) {
		if ((step = utf8_decode(name + i, len - i, &cp)) <= 0) {
			step = 1;
			cw = 1;
		} else
			cw = utf8_cpwidth(cp) > 0 ? utf8_cpwidth(cp) : 0;
		if (used + (size_t)cw > cols)
			break;
		used += (size_t)cw;
		i += (size_t)step;
	}
	*w = used;
	return i;
}

/* The circle of the nth of count players in cell (interest, power): the
 * columns of three centred on the cell, rows in the order middle, top,
 * bottom. */
static void
circle(int interest, int power, size_t nth, size_t count, int *cx, int *cy)
{
	static const int rowdy[PLACE_ROWS] = { 0, -1, 1 };
	size_t slot = nth % (PLACE_COLS * PLACE_ROWS);
	int col = (int)(slot / PLACE_ROWS), row = (int)(slot % PLACE_ROWS);
	int cols = (int)((count + PLACE_ROWS - 1) / PLACE_ROWS);

	if (cols > PLACE_COLS)
		cols = PLACE_COLS;
	*cx = SVGMAP_LEFT + interest * SVGMAP_CW + SVGMAP_CW / 2 - (cols - 1) * PLACE_DX / 2 +
	    col * PLACE_DX;
	*cy = SVGMAP_TOP + (5 - power) * SVGMAP_CH + SVGMAP_CH / 2 + rowdy[row] * PLACE_DY;
}

static int
free_box(const struct svgmap_box *b, const struct svgmap_box *taken, size_t ntaken)
{
	size_t i;

	if (b->x < SVGMAP_LEFT + 1 || b->y < SVGMAP_TOP + 1 ||
	    b->x + b->w > SVGMAP_LEFT + 6 * SVGMAP_CW - 1 ||
	    b->y + b->h > SVGMAP_TOP + 6 * SVGMAP_CH - 1)
		return 0;
	for (i = 0; i < ntaken; i++)
		if (svgmap_overlap(b, &taken[i]))
			return 0;
	return 1;
}

void
svgmap_layout(const char *const *names, const int *power, const int *interest, size_t n,
    struct svgmap_place *out)
{
	static const size_t lengths[] = { SVGMAP_MAXNAME, 16, 10, 6, 3 };
	struct svgmap_box *taken = xcalloc(2 * n + REPORT_NQUADRANTS, sizeof(*taken));
	size_t ntaken = 0, i, k, nth, count, l;
	int q;

	for (q = 0; q < REPORT_NQUADRANTS; q++)
		taken[ntaken++] = svgmap_title_box(q, strlen(report_quadrant_names[q]));
	for (i = 0; i < n; i++) {
		struct svgmap_place *p = &out[i];

		memset(p, 0, sizeof(*p));
		for (k = nth = count = 0; k < n; k++)
			if (clamp(power[k]) == clamp(power[i]) &&
			    clamp(interest[k]) == clamp(interest[i])) {
				nth += k < i;
				count++;
			}
		circle(clamp(interest[i]), clamp(power[i]), nth, count, &p->cx, &p->cy);
		p->anchor = "start";
		taken[ntaken].x = p->cx - SVGMAP_R - 1;
		taken[ntaken].y = p->cy - SVGMAP_R - 1;
		taken[ntaken].w = taken[ntaken].h = 2 * SVGMAP_R + 2;
		ntaken++;
	}
	for (i = 0; i < n; i++) {
		struct svgmap_place *p = &out[i];
		const char *name = names[i] != NULL ? names[i] : "";
		size_t full = utf8_width(name);

		for (l = 0; l < sizeof(lengths) / sizeof(lengths[0]) && !p->shown; l++) {
			size_t cols, w, len;
			double bw;
			int side;

			if (l > 0 && lengths[l] >= full)
				continue;	/* not shorter than the name */
			cols = full > lengths[l] ? lengths[l] - 1 : full;
			len = fit(name, cols, &w);
			if (len == 0)
				break;
			bw = (double)(w + (len < strlen(name))) * SVGMAP_CHAR_W;
			for (side = 0; side < 8 && !p->shown; side++) {
				struct svgmap_box b;

				b.w = bw;
				b.h = SVGMAP_FONT + 3;
				switch (side) {
				case 0:	/* right */
					b.x = p->cx + SVGMAP_R + GAP;
					b.y = p->cy - b.h / 2;
					break;
				case 1:	/* left */
					b.x = p->cx - SVGMAP_R - GAP - bw;
					b.y = p->cy - b.h / 2;
					break;
				case 2:	/* above, centred */
				case 4:	/* above, ending at the circle's right */
				case 6:	/* above, starting at its left */
					b.x = side == 2 ? p->cx - bw / 2 : side == 4 ?
					    p->cx + SVGMAP_R - bw : p->cx - SVGMAP_R;
					b.y = p->cy - SVGMAP_R - 1 - b.h;
					break;
				default: /* below, the same three ways */
					b.x = side == 3 ? p->cx - bw / 2 : side == 5 ?
					    p->cx + SVGMAP_R - bw : p->cx - SVGMAP_R;
					b.y = p->cy + SVGMAP_R + 1;
					break;
				}
				if (!free_box(&b, taken, ntaken))
					continue;
				p->shown = 1;
				p->box = b;
				p->len = len;
				p->cut = len < strlen(name);
				p->ty = (int)(b.y + b.h - 3.5 + 0.5);
				if (side == 0 || side >= 6) {
					p->tx = (int)(b.x + 0.5);
					p->anchor = "start";
				} else if (side == 1 || side >= 4) {
					p->tx = (int)(b.x + b.w + 0.5);
					p->anchor = "end";
				} else {
					p->tx = p->cx;
					p->anchor = "middle";
				}
				taken[ntaken++] = b;
			}
		}
	}
	free(taken);
}
