/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * layout.h: pure layout computations for the screens: where columns go for
 * a given terminal width. No curses here, so they are unit-tested (tests/
 * check_layout.c) at 80×24 and wider.
 */
#ifndef VITAAL_LAYOUT_H
#define VITAAL_LAYOUT_H

#include <stddef.h>

/* Columns of the start screen's coalition list; a width of 0 means the
 * column is left out at this terminal width. x positions are from the left
 * edge; name always gets what is left. */
struct layout_start {
	int	name_x, name_w;
	int	phase_x, phase_w;
	int	progress_x, progress_w;	/* "100% ████████" */
	int	updated_x, updated_w;	/* "2026-11-23 14:05" */
};

void	layout_start_columns(int cols, struct layout_start *out);

/* The coalition home's phase × checklist-row grid: a label column and four
 * phase columns, each cell showing "n/m" and a bar of bar_w cells. */
struct layout_home {
	int	label_x, label_w;
	int	cell_x[4], cell_w;
	int	bar_w;		/* 0 when there is no room for bars */
};

void	layout_home_grid(int cols, struct layout_home *out);

/* The form screen's areas: a header, the question list and the detail pane
 * with the answer field, between the title line and the two bottom lines. */
struct layout_form {
	int	header_y, header_h;
	int	list_y, list_h;
	int	detail_y, detail_h;
	int	field_h;	/* rows for the answer field inside the detail pane */
};

/* header_h is what the form's header asks for; it is cut when room is
 * short. detail_min (0 = default) asks for a taller detail pane, e.g. for a
 * drawing; the question list keeps at least three rows. */
void	layout_form_areas(int cols, int lines, int header_h, int detail_min,
	    struct layout_form *out);

/* A table's columns: each has a minimum width; flex columns share the
 * room left over; when the room is short, the columns with the highest
 * drop number go first (0 = never dropped). */
struct layout_column {
	int	min_w;
	int	flex;
	int	drop;
};

/* Fill x[i] and w[i] for n columns in cols terminal columns (margin 2,
 * one space between columns); a dropped column gets w[i] = 0. */
void	layout_table(int cols, const struct layout_column *spec, size_t n, int *x, int *w);

/* The 7 points of a pole box's scale spread over width columns (the first
 * at 0, the last at width - 1); x must have room for 7. width >= 7. */
void	layout_pole_points(int width, int *x);

/*
 * The names of a round stacked under the points of a dilemma's scale, so
 * that none overwrites another and none is lost. The width is split into
 * npoints columns (one blank column between them); names go in their
 * point's column in the order given, each on rows of its own:
 *  1. whole names, one row each, when every name fits its column and every
 *     column its rows;
 *  2. else whole names wrapped over two or more rows at spaces;
 *  3. else initials (unique: "AM", "AM2"), several to a row where the
 *     column is wide enough, and under them, after a blank row, a legend
 *     ("AM Anouk Mulder  BJ Bert Jansen …", by point) wrapped to width.
 * A column with still more names than rows ends in "+N"; its names are in
 * the legend all the same. point[i] outside 1..npoints is not shown.
 * Every item is at most its column wide and inside width × rows.
 */
struct layout_name {
	int	 x, y;		/* in the area, 0-based */
	int	 w;		/* display columns of text */
	char	*text;		/* a whole name, a piece of one, initials or "+N" */
	size_t	 name;		/* index of the name (for "+N": of the first left out) */
};
struct layout_names {
	struct layout_name	*v;
	size_t			 n;
	int			 mode;		/* 1, 2 or 3 as above */
	int			 col_w;		/* each column's width */
	int			 col_x[16];	/* where each column starts */
	char			**legend;	/* lines of the legend (mode 3) */
	size_t			 nlegend;
	int			 legend_y;	/* row of its first line */
};
#define LAYOUT_NAMES_MAX_POINTS	16
void	layout_names(const char *const *names, const int *point, size_t n, int npoints,
	    int width, int rows, struct layout_names *out);
void	layout_names_free(struct layout_names *ln);

/* How many dilemma boxes of box_h rows fit in rows; at least 1. */
int	layout_boxes_fit(int rows, int box_h);

/* A progress bar of width cells for percent 0..100: the number of full
 * cells (never more than width; 0 only at 0%). */
int	layout_bar_cells(int percent, int width);

/* The compare screen: a table of the questions with the earlier and the
 * later answer cut to a column each, and under a rule the selected
 * question's two answers in full, "Eerder:" above "Later:", each in rows
 * of its own so that two long answers never run into each other or into
 * the table. Rows 1 and 2 are the column heads and a line of counts; the
 * bottom two rows of the terminal are the message line and the key bar. */
struct layout_compare {
	int	col_x[3], col_w;	/* question, earlier, later */
	int	list_y, list_h;		/* table rows */
	int	rule_y;
	int	label_x;		/* "Eerder:", "Later:" */
	int	text_x, text_w;		/* the answers, wrapped to text_w */
	int	a_y, a_h;		/* the earlier answer's rows */
	int	b_y, b_h;		/* the later answer's rows */
};

/* The width the answers wrap to at cols columns (as text_w). */
int	layout_compare_text_w(int cols);
/* na and nb are the rows the two answers take wrapped to that width (at
 * least 1 each). The answers get at most half the room; when both fit
 * each gets what it needs and the table the rest, else they share it: an
 * answer shorter than its half keeps what it needs, the other gets the
 * remainder. */
void	layout_compare(int cols, int lines, int na, int nb, struct layout_compare *out);

/* Block letters for the wall's clock and titles: digits, letters (in
 * capitals), space and : - . ' ( ) in LAYOUT_BIG_ROWS rows of full blocks,
 * each block scale columns wide, glyphs one blank column apart; other
 * characters are left out, so layout_big_can says whether s has none.
 * layout_big_width is the width in columns; layout_big_row writes row
 * (0 top) as UTF-8 into out (n bytes, cut if short). */
#define LAYOUT_BIG_ROWS	5
int	layout_big_can(const char *s);
int	layout_big_width(const char *s, int scale);
void	layout_big_row(const char *s, int row, int scale, char *out, size_t n);

#endif
