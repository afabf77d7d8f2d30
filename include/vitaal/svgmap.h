/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * svgmap.h: where the circles and names go on the HTML player map
 * (macht × belang as SVG). Pure geometry in the SVG's own units, so the
 * rule that matters for a printed summary is tested without a browser:
 * no name is drawn over another name, a circle or a quadrant's title,
 * and none leaves the grid. A name that finds no free place is shortened
 * ("Directeur wo…"), and as a last resort left off: its circle carries
 * the player's number, as the table under the map does.
 *
 * Text widths are estimated, not measured (there is no font here): a
 * character of a SVGMAP_FONT-unit sans serif is taken as SVGMAP_CHAR_W
 * units wide, a wide character twice that, generously enough for DejaVu
 * Sans and Arial.
 */
#ifndef VITAAL_SVGMAP_H
#define VITAAL_SVGMAP_H

#include <stddef.h>

/* 6 × 6 cells for the scores 0..5, belang along x, macht up y, room on
 * the left and below for the axes. */
#define SVGMAP_LEFT	56
#define SVGMAP_TOP	12
#define SVGMAP_CW	96
#define SVGMAP_CH	64
#define SVGMAP_W	(SVGMAP_LEFT + 6 * SVGMAP_CW + 12)
#define SVGMAP_H	(SVGMAP_TOP + 6 * SVGMAP_CH + 52)
#define SVGMAP_R	10	/* a circle's radius */
#define SVGMAP_FONT	10	/* font-size of a name */
#define SVGMAP_CHAR_W	6.2	/* estimated width of one column of it */
#define SVGMAP_MAXNAME	26	/* columns of a name at most, before '…' */

/* A box in SVG units (x, y its top-left corner). */
struct svgmap_box {
	double	x, y, w, h;
};

/* One player's place: the circle, and the name as drawn (text at tx, ty
 * with anchor, the first len bytes of the name and '…' when cut; len 0
 * and no box when left off). */
struct svgmap_place {
	int			 cx, cy;
	int			 tx, ty;
	const char		*anchor;	/* "start", "middle" or "end" */
	size_t			 len;
	int			 cut;
	int			 shown;		/* 0: no name, the number only */
	struct svgmap_box	 box;
};

/* The quadrants' titles, as svgmap_layout keeps names off them: the box
 * of quadrant q (0..3, report_quadrant() - 1) for a title of the given
 * display width. */
struct svgmap_box svgmap_title_box(int q, size_t width);

/* Lay out n players (names UTF-8, scores clamped to 0..5), in the order
 * given, into out[n]. Pure. */
void	svgmap_layout(const char *const *names, const int *power, const int *interest,
	    size_t n, struct svgmap_place *out);

/* Do two boxes overlap (touching does not count)? */
int	svgmap_overlap(const struct svgmap_box *a, const struct svgmap_box *b);

#endif
