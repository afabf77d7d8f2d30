/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * maplayout.h: where the names go on the four player maps (macht × belang,
 * the rings, standpunt × soort macht, symmetrie × commitment). Pure: the
 * layout decides every cell, the curses code in src/ui/ only draws it, so
 * the rules (no overlaps, never two names touching, nobody dropped, no
 * name shortened: a whole name or a number with the name in a legend) are
 * tested without a terminal.
 *
 * Drawing a layout:
 *  - each region is a box: its outermost rows and columns are the border;
 *    the title goes on the top border and the subtitle (if any) on the
 *    bottom border, both from column x + 2 and at most w - 4 columns wide
 *    (clip longer ones). Labels never touch a border.
 *  - each label is drawn at (x, y) as prefix, then the player's whole
 *    name, or its number (num) when num > 0; that takes exactly w columns.
 *    Two labels on one row always have a blank column between them.
 *  - the map itself takes the rows 0 .. maph - 1; under it, legend lines
 *    list the numbered players: at (x, y) the number right-aligned in numw
 *    columns and a blank (on a continuation line numw + 1 blanks), then
 *    bytes off .. off + len of the name.
 *  - xlabel and ylabel, when not NULL, are drawn as they are at their
 *    positions; no label touches them.
 * Widths are display columns as utf8_width measures them, so set a UTF-8
 * LC_CTYPE before asking for a layout.
 */
#ifndef VITAAL_MAPLAYOUT_H
#define VITAAL_MAPLAYOUT_H

#include <stddef.h>

/* The smallest and largest drawing areas a layout accepts. */
#define MAPLAYOUT_MIN_W	60
#define MAPLAYOUT_MIN_H	14
#define MAPLAYOUT_MAX	1000

/* One player as the maps see it; the caller fills it from the player
 * table. Values out of range are read as the nearest sensible one:
 * power and interest are clamped to 0..5, an unknown ring is omgeving, an
 * unknown standpunt afwachtend, an unknown macht onbekend, and symmetrie or
 * commitment other than 0 or 1 is onbekend. */
struct map_player {
	const char	*name;		/* UTF-8 label source, borrowed; NULL = "" */
	int		 power;		/* 0..5 */
	int		 interest;	/* 0..5 */
	int		 ring;		/* 0 kern (kopgroep, dragers, initiatiefnemer,
					   regisseur), 1 schragers, 2 afnemers,
					   3 omgeving */
	int		 standpunt;	/* 0 voorstander, 1 afwachtend, 2 tegenstander */
	int		 macht;		/* 0 productiemacht, 1 blokkeermacht,
					   2 diffuse macht, 3 onbekend */
	int		 unique;	/* 1 = onvervangbaar (unique power) */
	int		 symmetrie;	/* 1 ja (same mandate), 0 nee, -1 onbekend */
	int		 commitment;	/* 1 ja (can commit the organisation), 0 nee,
					   -1 onbekend */
};

/* Where one player's name goes. */
struct map_label {
	size_t		 player;	/* index into the caller's array */
	int		 x, y;		/* top-left cell, 0-based in the area */
	int		 w;		/* display columns, prefix included; 0 only
					   for an empty name without prefix */
	int		 num;		/* 0 = the whole name is drawn; else this
					   number, and the name is in the legend */
	const char	*prefix;	/* static: "★" for onvervangbaar players on
					   the standpunt map, else "" */
	size_t		 region;	/* the region the player belongs in */
	int		 spilled;	/* 1 = that region was full, so the label sits
					   in another one */
	int		 forced;	/* always 0 in a layout handed out: an area
					   without room for every label is refused */
};

/* One line of the legend under the map. An entry of the legend is one or
 * more lines: the name word-wrapped to its column, never shortened. */
struct map_legend_line {
	size_t		 player;	/* index into the caller's array */
	int		 x, y;		/* y >= the layout's maph */
	int		 num;		/* the player's number on the entry's first
					   line; 0 on a continuation line */
	int		 numw;		/* columns of the number column */
	size_t		 off, len;	/* bytes of the name on this line */
};

/* A box of the frame with its static Dutch title and subtitle. */
struct map_region {
	int		 x, y, w, h;
	const char	*title;
	const char	*subtitle;	/* NULL = none */
};

/* A computed map; free with maplayout_free. Labels come in input order:
 * labels[i].player == i. */
struct map_layout {
	int			 w, h;		/* the area it was computed for */
	int			 maph;		/* rows the map takes; the legend the rest */
	struct map_label	*labels;	/* NULL when there are no players */
	size_t			 nlabels;
	struct map_region	*regions;
	size_t			 nregions;
	const char		*xlabel;	/* axis captions, static; NULL = none */
	int			 xlabel_x, xlabel_y;
	const char		*ylabel;
	int			 ylabel_x, ylabel_y;
	struct map_legend_line	*legend;	/* NULL when every name is whole */
	size_t			 nlegend;
};

/*
 * The four maps. Each lays out n players (p may be NULL when n is 0) in an
 * area of w × h cells and returns a new layout, or NULL when the area is
 * smaller than MAPLAYOUT_MIN_W × MAPLAYOUT_MIN_H or larger than
 * MAPLAYOUT_MAX either way, or too small to show every player's name
 * whole on the map or in the legend (the caller then asks for a bigger
 * window). Names that do not fit whole where they belong become numbers
 * 1, 2, … in the order of their names, and the map gives up rows at the
 * bottom for the legend.
 * Same input, same output: players are placed by descending power, then
 * descending interest, then name, then input position.
 *
 * maplayout_grid: power upwards (5 at the top) against interest to the
 *   right; regions 0..3 are the quadrants Tevreden houden (top left), Nauw
 *   betrekken (top right), In de gaten houden (bottom left) and Informeren
 *   (bottom right); power and interest of 3 and more count as "veel". The
 *   axis captions sit on the bottom row.
 * maplayout_ring: regions 0..3 are nested rectangles, 0 (kern) innermost,
 *   3 (omgeving) the whole area; ring k > 0 is the band between rectangle
 *   k - 1 and rectangle k, ring 0 the inside of rectangle 0.
 * maplayout_stance: region standpunt * 4 + macht, a 3 × 4 matrix; its title
 *   is the kind of power, its subtitle the standpunt. Onvervangbaar
 *   players get the prefix "★" (the caller explains it).
 * maplayout_symmetry: regions 0..3 are symmetrie ja/nee (rows) ×
 *   commitment ja/nee (columns) in reading order, each subtitled with
 *   maplayout_consequence; region 4 is the strip "Nog onbekend" along the
 *   bottom for players whose symmetrie or commitment is unknown.
 */
struct map_layout	*maplayout_grid(const struct map_player *p, size_t n, int w, int h);
struct map_layout	*maplayout_ring(const struct map_player *p, size_t n, int w, int h);
struct map_layout	*maplayout_stance(const struct map_player *p, size_t n, int w, int h);
struct map_layout	*maplayout_symmetry(const struct map_player *p, size_t n, int w, int h);

/* Free a layout; NULL is fine. */
void			 maplayout_free(struct map_layout *ml);

/* What symmetrie (1 ja, 0 nee) and commitment (1 ja, 0 nee) mean for the
 * process, as a static Dutch sentence; NULL when either is unknown. */
const char		*maplayout_consequence(int symmetrie, int commitment);

#endif
