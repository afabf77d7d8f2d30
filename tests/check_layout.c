/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * check_layout.c: the pure layout functions of the UI, at 80×24, at the
 * minimum width, and at 200 columns; the names of a round under a scale;
 * the list widget's selection, scrolling and filter (listview.c).
 */
#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vitaal/utf8.h"
#include "../src/ui/layout.h"
#include "../src/ui/listview.h"
#include "testlib.h"

/* Columns never overlap and never run past the right edge. */
static void
assert_sane(int cols, const struct layout_start *l)
{
	int right = l->updated_w > 0 ? l->updated_x + l->updated_w : l->progress_x + l->progress_w;

	ck_assert_int_ge(l->name_w, 16);
	ck_assert_int_gt(l->phase_x, l->name_x + l->name_w);
	ck_assert_int_gt(l->progress_x, l->phase_x + l->phase_w);
	if (l->updated_w > 0)
		ck_assert_int_gt(l->updated_x, l->progress_x + l->progress_w);
	ck_assert_msg(right <= cols, "columns end at %d, past %d", right, cols);
}

/* At 80 columns every column fits, including the date. */
START_TEST(test_layout_start_80)
{
	struct layout_start l;

	layout_start_columns(80, &l);
	assert_sane(80, &l);
	ck_assert_int_eq(l.updated_w, 16);
	ck_assert_int_eq(l.progress_w, 15);
}
END_TEST

/* At the minimum width the date goes first, then the bar. */
START_TEST(test_layout_start_narrow)
{
	struct layout_start l;

	layout_start_columns(60, &l);
	assert_sane(60, &l);
	ck_assert_int_eq(l.updated_w, 0);
	ck_assert_int_eq(l.progress_w, 15);
	layout_start_columns(50, &l);
	assert_sane(50, &l);
	ck_assert_int_eq(l.updated_w, 0);
	ck_assert_int_eq(l.progress_w, 4);
}
END_TEST

/* Wide terminals give the extra room to the name. */
START_TEST(test_layout_start_wide)
{
	struct layout_start l80, l200;

	layout_start_columns(80, &l80);
	layout_start_columns(200, &l200);
	assert_sane(200, &l200);
	ck_assert_int_eq(l200.name_w - l80.name_w, 120);
}
END_TEST

/* The bar shows any progress, is full only at 100% and never overflows. */
START_TEST(test_layout_bar_cells)
{
	ck_assert_int_eq(layout_bar_cells(0, 10), 0);
	ck_assert_int_eq(layout_bar_cells(1, 10), 1);
	ck_assert_int_eq(layout_bar_cells(55, 10), 5);
	ck_assert_int_eq(layout_bar_cells(99, 10), 9);
	ck_assert_int_eq(layout_bar_cells(100, 10), 10);
	ck_assert_int_eq(layout_bar_cells(150, 10), 10);
	ck_assert_int_eq(layout_bar_cells(50, 0), 0);
}
END_TEST

/* The home grid: four phase columns that fit at 80 and grow (within a
 * limit) at 200, with bars only where there is room. */
START_TEST(test_layout_home_grid)
{
	struct layout_home l;
	int i;

	layout_home_grid(80, &l);
	ck_assert_int_le(l.cell_x[3] + l.cell_w, 80);
	ck_assert_int_gt(l.bar_w, 0);
	for (i = 1; i < 4; i++)
		ck_assert_int_eq(l.cell_x[i] - l.cell_x[i - 1], l.cell_w);
	ck_assert_int_ge(l.cell_x[0], l.label_x + l.label_w);
	layout_home_grid(200, &l);
	ck_assert_int_le(l.cell_x[3] + l.cell_w, 200);
	ck_assert_int_le(l.cell_w, 30);
	ck_assert_int_le(l.bar_w, 16);
}
END_TEST

/* The form areas tile the screen between the title line and the two
 * bottom lines without overlap, at 80×24 and 200×60. */
static void
assert_form_tiles(int cols, int lines, int header, int detail_min)
{
	struct layout_form l;

	layout_form_areas(cols, lines, header, detail_min, &l);
	ck_assert_int_eq(l.header_y, 1);
	ck_assert_int_ge(l.header_h, 1);
	ck_assert_int_eq(l.list_y, l.header_y + l.header_h + 1);
	ck_assert_int_ge(l.list_h, 3);
	ck_assert_int_eq(l.detail_y, l.list_y + l.list_h + 1);
	ck_assert_int_ge(l.detail_h, 7);
	ck_assert_int_eq(l.detail_y + l.detail_h, lines - 2);
	if (detail_min > 0)
		ck_assert_int_ge(l.detail_h, detail_min);
}

START_TEST(test_layout_form_areas)
{
	struct layout_form l;

	assert_form_tiles(80, 24, 3, 0);
	assert_form_tiles(80, 24, 9, 0);	/* a long header is cut */
	assert_form_tiles(80, 24, 3, 13);	/* the quadrant gets its room */
	assert_form_tiles(200, 60, 4, 0);
	layout_form_areas(80, 24, 9, 0, &l);
	ck_assert_int_le(l.header_h, 3);
	layout_form_areas(200, 60, 9, 0, &l);
	ck_assert_int_ge(l.header_h, 7);
	ck_assert_int_ge(l.list_h, 20);
}
END_TEST

/* A table fits its columns, drops the least important first when short,
 * and gives the rest of the room to the flexible ones. */
START_TEST(test_layout_table)
{
	static const struct layout_column spec[] = {
		{ 12, 1, 0 }, { 10, 1, 2 }, { 10, 0, 3 }, { 8, 0, 4 }, { 11, 0, 1 }, { 3, 0, 0 },
	};
	int x[6], w[6], i, right;

	layout_table(200, spec, 6, x, w);
	for (i = 0; i < 6; i++)
		ck_assert_int_ge(w[i], spec[i].min_w);
	ck_assert_int_eq(x[5] + w[5], 198);	/* flex columns fill the width */
	layout_table(60, spec, 6, x, w);
	ck_assert_int_eq(w[3], 0);		/* drop 4 goes first */
	ck_assert_int_gt(w[2], 0);
	right = 0;
	for (i = 0; i < 6; i++)
		if (w[i] > 0) {
			ck_assert_int_ge(x[i], right);
			right = x[i] + w[i] + 1;
		}
	ck_assert_int_le(right - 1, 58);
	layout_table(30, spec, 6, x, w);
	ck_assert_int_gt(w[0], 0);		/* never-drop columns stay */
	ck_assert_int_gt(w[5], 0);
}
END_TEST

/* The pole scale's seven points run from edge to edge, evenly, at 80×24
 * and wider, never two in one column. */
START_TEST(test_layout_pole_points)
{
	int widths[] = { 7, 20, 60, 74, 196 }, x[7], i, k, gap;

	for (k = 0; k < 5; k++) {
		layout_pole_points(widths[k], x);
		ck_assert_int_eq(x[0], 0);
		ck_assert_int_eq(x[6], widths[k] - 1);
		for (i = 1; i < 7; i++) {
			gap = x[i] - x[i - 1];
			ck_assert_int_ge(gap, 1);
			ck_assert_int_le(gap - (widths[k] - 1) / 6, 1);
		}
	}
	ck_assert_int_eq(layout_boxes_fit(18, 6), 3);	/* 80×24: three boxes */
	ck_assert_int_eq(layout_boxes_fit(54, 6), 9);	/* 200×60 */
	ck_assert_int_eq(layout_boxes_fit(4, 6), 1);
}
END_TEST

/* The wall's big clock: five rows of blocks, glyphs a column apart, scale
 * widening every block; what is not a digit or ':' is left out, and a
 * short buffer cuts whole cells only. */
START_TEST(test_big_digits)
{
	char row[256];

	ck_assert_int_eq(layout_big_width("12:05", 1), 3 + 1 + 3 + 1 + 1 + 1 + 3 + 1 + 3);
	ck_assert_int_eq(layout_big_width("12:05", 2), 6 + 1 + 6 + 1 + 2 + 1 + 6 + 1 + 6);
	ck_assert_int_eq(layout_big_width("", 2), 0);
	ck_assert_int_eq(layout_big_width("\xc3\xa9" "1", 1), 3);	/* é is left out */
	ck_assert_int_eq(layout_big_can("Dak voor 2 (zeker)"), 1);
	ck_assert_int_eq(layout_big_can("Café"), 0);
	ck_assert_int_eq(layout_big_can("a/b"), 0);
	layout_big_row("Ab", 0, 1, row, sizeof row);
	ck_assert_str_eq(row, "███ ██ ");
	layout_big_row("Ab", 4, 1, row, sizeof row);
	ck_assert_str_eq(row, "█ █ ██ ");
	layout_big_row("10", 0, 1, row, sizeof row);
	ck_assert_str_eq(row, " █  ███");
	layout_big_row("10", 2, 1, row, sizeof row);
	ck_assert_str_eq(row, " █  █ █");
	layout_big_row("4:", 1, 2, row, sizeof row);
	ck_assert_str_eq(row, "██  ██ ██");
	layout_big_row("8", 5, 1, row, sizeof row);
	ck_assert_str_eq(row, "");
	layout_big_row("8", 0, 1, row, 7);	/* room for two blocks and the NUL */
	ck_assert_str_eq(row, "██");
	ck_assert_uint_eq(strlen(row), 6);
}
END_TEST

/* Nothing on the compare screen overlaps: the table ends at the rule,
 * the earlier answer below it, the later one below that, all above the
 * message line; the three columns stay apart and inside the screen. */
static void
assert_compare_sane(int cols, int lines, int na, int nb, const struct layout_compare *l)
{
	int i;

	ck_assert_int_ge(l->list_h, 1);
	ck_assert_int_eq(l->list_y, 3);
	ck_assert_int_eq(l->rule_y, l->list_y + l->list_h);
	ck_assert_int_eq(l->a_y, l->rule_y + 1);
	ck_assert_int_ge(l->a_h, 1);
	ck_assert_int_ge(l->b_h, 1);
	ck_assert_int_le(l->a_h, na > 0 ? na : 1);
	ck_assert_int_le(l->b_h, nb > 0 ? nb : 1);
	ck_assert_int_eq(l->b_y, l->a_y + l->a_h);
	ck_assert_msg(l->b_y + l->b_h <= lines - 2, "%dx%d (%d, %d): answers end at row %d",
	    cols, lines, na, nb, l->b_y + l->b_h);
	for (i = 0; i < 2; i++)
		ck_assert_int_lt(l->col_x[i] + l->col_w, l->col_x[i + 1]);
	ck_assert_int_le(l->col_x[2] + l->col_w, cols);
	ck_assert_int_ge(l->col_w, 10);
	ck_assert_int_le(l->text_x + l->text_w, cols);
	ck_assert_int_gt(l->text_x, l->label_x);
}

START_TEST(test_layout_compare)
{
	struct layout_compare l;
	int na, nb, lines, cols;

	/* 80x24, two long answers: each gets rows of its own, half each. */
	layout_compare(80, 24, 20, 30, &l);
	assert_compare_sane(80, 24, 20, 30, &l);
	ck_assert_int_eq(l.text_w, 68);
	ck_assert_int_eq(l.a_h + l.b_h, 8);
	ck_assert_int_eq(l.a_h, 4);
	ck_assert_int_eq(l.b_h, 4);
	ck_assert_int_eq(l.list_h, 10);
	/* A short earlier answer keeps what it needs; the later gets the rest. */
	layout_compare(80, 24, 1, 30, &l);
	assert_compare_sane(80, 24, 1, 30, &l);
	ck_assert_int_eq(l.a_h, 1);
	ck_assert_int_eq(l.b_h, 7);
	/* Both short: the table gets the rows they do not need. */
	layout_compare(80, 24, 1, 2, &l);
	assert_compare_sane(80, 24, 1, 2, &l);
	ck_assert_int_eq(l.list_h, 15);
	/* Every size and length from the minimum up. */
	for (cols = 80; cols <= 200; cols += 7)
		for (lines = 24; lines <= 60; lines += 5)
			for (na = 0; na <= 40; na += 3)
				for (nb = 0; nb <= 40; nb += 4) {
					layout_compare(cols, lines, na, nb, &l);
					assert_compare_sane(cols, lines, na, nb, &l);
				}
}
END_TEST

/* The scale's area in a dilemma box at 80×24 and at 200×60: the names'
 * width and rows (the box less its border, scale, spread and "Waarom"). */
#define NAMES_W_80	74
#define NAMES_ROWS_80	12
#define NAMES_W_200	194
#define NAMES_ROWS_200	48

static const char *const ten[] = {
	"Anouk Mulder", "Sanne Visser", "Bert Jansen", "Chris \"CJ\" O'Neil",
	"Anna de Vries", "Mohammed El Amrani", "Eva", "Jan-Willem van der Berg",
	"Zoë Çelik", "Anouk Meijer",
};

/* Every item inside the area and its column, no two on one cell, legend
 * lines within the width, and every name readable: whole (its pieces in
 * order) or, with initials, in the legend with its initials on the box
 * or a "+N" for its column. */
static void
assert_names_sane(const char *const *names, const int *point, size_t n, int npoints,
    int width, int rows, const struct layout_names *ln)
{
	size_t i, j, k;

	for (i = 0; i < ln->n; i++) {
		const struct layout_name *a = &ln->v[i];
		int c = point[a->name] - 1;

		ck_assert_int_ge(a->x, 0);
		ck_assert_int_le(a->x + a->w, width);
		ck_assert_int_ge(a->y, 0);
		ck_assert_int_lt(a->y, ln->mode == 3 ? ln->legend_y - 1 : rows);
		ck_assert_int_ge(a->x, ln->col_x[c]);
		ck_assert_msg(a->x + a->w <= ln->col_x[c] + ln->col_w, "'%s' leaves its column",
		    a->text);
		ck_assert_int_eq(a->w, (int)utf8_width(a->text));
		for (j = 0; j < i; j++) {
			const struct layout_name *b = &ln->v[j];

			ck_assert_msg(a->y != b->y || a->x + a->w < b->x + 1 || b->x + b->w < a->x + 1,
			    "'%s' and '%s' overlap", a->text, b->text);
		}
	}
	for (k = 0; k < ln->nlegend; k++)
		ck_assert_int_le((int)utf8_width(ln->legend[k]), width);
	for (j = 0; j < n; j++) {
		char whole[256] = "";

		if (point[j] < 1 || point[j] > npoints)
			continue;
		if (ln->mode != 3) {
			for (i = 0; i < ln->n; i++)
				if (ln->v[i].name == j) {
					if (whole[0] != '\0')
						strcat(whole, " ");
					strcat(whole, ln->v[i].text);
				}
			ck_assert_str_eq(whole, names[j]);
			continue;
		}
		{
			int in_legend = 0;

			for (k = 0; k < ln->nlegend; k++)
				in_legend |= strstr(ln->legend[k], names[j]) != NULL;
			/* Only a legend that says it is cut short may lack one. */
			ck_assert_msg(in_legend || (ln->nlegend > 0 &&
			    strstr(ln->legend[ln->nlegend - 1], "… en nog ") != NULL),
			    "'%s' not in the legend", names[j]);
		}
	}
}

/* Ten people on the scale at 80×24 (names too wide for a seventh of the
 * width, so wrapped or initials) and at 200×60 (whole, one row each). */
START_TEST(test_layout_names_ten)
{
	static const int spread[10] = { 1, 2, 2, 3, 4, 4, 4, 5, 6, 7 };
	struct layout_names ln;
	size_t i;

	layout_names(ten, spread, 10, 7, NAMES_W_80, NAMES_ROWS_80, &ln);
	assert_names_sane(ten, spread, 10, 7, NAMES_W_80, NAMES_ROWS_80, &ln);
	ck_assert_int_ne(ln.mode, 1);
	layout_names_free(&ln);

	layout_names(ten, spread, 10, 7, NAMES_W_200, NAMES_ROWS_200, &ln);
	assert_names_sane(ten, spread, 10, 7, NAMES_W_200, NAMES_ROWS_200, &ln);
	ck_assert_int_eq(ln.mode, 1);
	ck_assert_uint_eq(ln.n, 10);
	ck_assert_uint_eq(ln.nlegend, 0);
	for (i = 0; i < 10; i++)
		ck_assert_str_eq(ln.v[i].text, ten[i]);
	/* The sixth and seventh name on one point: one under the other. */
	ck_assert_int_eq(ln.v[5].x, ln.v[6].x);
	ck_assert_int_eq(ln.v[6].y, ln.v[5].y + 1);
	layout_names_free(&ln);
}
END_TEST

/* All ten on one point at 80×24: initials, several to a row, a legend;
 * the two Anouks get distinct initials. */
START_TEST(test_layout_names_one_point)
{
	static const int same[10] = { 4, 4, 4, 4, 4, 4, 4, 4, 4, 4 };
	struct layout_names ln;
	size_t i;
	int am = 0;

	layout_names(ten, same, 10, 7, NAMES_W_80, NAMES_ROWS_80, &ln);
	assert_names_sane(ten, same, 10, 7, NAMES_W_80, NAMES_ROWS_80, &ln);
	ck_assert_int_eq(ln.mode, 3);
	ck_assert_uint_eq(ln.n, 10);	/* none left out */
	ck_assert_uint_gt(ln.nlegend, 0);
	for (i = 0; i < ln.n; i++)
		am += strcmp(ln.v[i].text, "AM") == 0 || strcmp(ln.v[i].text, "AM2") == 0;
	ck_assert_int_eq(am, 2);
	ck_assert_ptr_nonnull(strstr(ln.legend[0], "AM Anouk Mulder"));
	layout_names_free(&ln);

	/* At 200×60 they stand whole, one under the other. */
	layout_names(ten, same, 10, 7, NAMES_W_200, NAMES_ROWS_200, &ln);
	assert_names_sane(ten, same, 10, 7, NAMES_W_200, NAMES_ROWS_200, &ln);
	ck_assert_int_eq(ln.mode, 1);
	layout_names_free(&ln);
}
END_TEST

/* Forty people at 80×24, on a 120×35 wall and at 200×60: nobody
 * overlaps; at 80×24 a legend too long says how many it lacks, on the
 * wall everyone is in it. */
START_TEST(test_layout_names_forty)
{
	const char *names[40];
	char buf[40][32];
	int point[40];
	struct layout_names ln;
	size_t i;

	for (i = 0; i < 40; i++) {
		snprintf(buf[i], sizeof buf[i], "Deelnemer %c%c Achternaam", (char)('A' + i % 26),
		    (char)('a' + i / 26));
		names[i] = buf[i];
		point[i] = i < 20 ? 4 : (int)(i % 7) + 1;
	}
	layout_names(names, point, 40, 7, NAMES_W_80, NAMES_ROWS_80, &ln);
	ck_assert_int_eq(ln.mode, 3);
	for (i = 0; i < ln.n; i++)
		ck_assert_int_le(ln.v[i].w, ln.col_w);
	assert_names_sane(names, point, 40, 7, NAMES_W_80, NAMES_ROWS_80, &ln);
	layout_names_free(&ln);
	layout_names(names, point, 40, 7, NAMES_W_200, NAMES_ROWS_200, &ln);
	assert_names_sane(names, point, 40, 7, NAMES_W_200, NAMES_ROWS_200, &ln);
	layout_names_free(&ln);
	/* The wall at 120×35: everyone in the legend, nobody cut. */
	layout_names(names, point, 40, 7, 114, 24, &ln);
	assert_names_sane(names, point, 40, 7, 114, 24, &ln);
	ck_assert_ptr_null(strstr(ln.legend[ln.nlegend - 1], "… en nog"));
	layout_names_free(&ln);
	/* A narrow area: still no overlap, still inside. */
	layout_names(names, point, 40, 7, 30, 5, &ln);
	for (i = 0; i < ln.n; i++) {
		ck_assert_int_le(ln.v[i].x + ln.v[i].w, 30);
		ck_assert_int_lt(ln.v[i].y, 5);
	}
	layout_names_free(&ln);
}
END_TEST

/* ---- the list widget's state (listview.c) ------------------------------- */

/* The selection stops at the ends: no wrap-around, nothing past them. */
START_TEST(test_listview_move_stops_at_ends)
{
	struct listview lv = { 0 };

	listview_set(&lv, 3);
	listview_move(&lv, -1);
	ck_assert_uint_eq(lv.sel, 0);
	listview_move(&lv, 1);
	listview_move(&lv, 1);
	ck_assert_uint_eq(lv.sel, 2);
	listview_move(&lv, 1);
	ck_assert_uint_eq(lv.sel, 2);
	listview_move(&lv, -10);
	ck_assert_uint_eq(lv.sel, 0);
	listview_move(&lv, 1000);
	ck_assert_uint_eq(lv.sel, 2);
	/* An empty list has row 0 selected, whatever moves. */
	listview_set(&lv, 0);
	ck_assert_uint_eq(lv.sel, 0);
	listview_move(&lv, 1);
	ck_assert_uint_eq(lv.sel, 0);
	listview_end(&lv);
	ck_assert_uint_eq(lv.sel, 0);
}
END_TEST

/* A list that shrinks under the selection keeps its last row selected. */
START_TEST(test_listview_set_clamps)
{
	struct listview lv = { 0 };

	listview_set(&lv, 10);
	listview_end(&lv);
	ck_assert_uint_eq(lv.sel, 9);
	listview_set(&lv, 4);
	ck_assert_uint_eq(lv.sel, 3);
	listview_set(&lv, 40);
	ck_assert_uint_eq(lv.sel, 3);
	ck_assert_int_eq(listview_select(&lv, 39), 1);
	ck_assert_uint_eq(lv.sel, 39);
	ck_assert_int_eq(listview_select(&lv, 40), 0);
	ck_assert_uint_eq(lv.sel, 39);
}
END_TEST

/* The rows on screen follow the selection, scrolling as little as they
 * can: down past the bottom by one row, up past the top to the row. */
START_TEST(test_listview_show_keeps_selection_visible)
{
	struct listview lv = { 0 };
	size_t i;

	listview_set(&lv, 50);
	listview_show(&lv, 10);
	ck_assert_uint_eq(lv.top, 0);
	for (i = 0; i < 9; i++)
		listview_move(&lv, 1);
	listview_show(&lv, 10);
	ck_assert_uint_eq(lv.top, 0);		/* row 9 is the last on screen */
	listview_move(&lv, 1);
	listview_show(&lv, 10);
	ck_assert_uint_eq(lv.top, 1);		/* one row down, no more */
	listview_end(&lv);
	listview_show(&lv, 10);
	ck_assert_uint_eq(lv.top, 40);
	ck_assert_uint_eq(lv.page, 10);
	listview_move(&lv, -5);
	listview_show(&lv, 10);
	ck_assert_uint_eq(lv.top, 40);		/* still on screen: no scroll */
	listview_home(&lv);
	listview_show(&lv, 10);
	ck_assert_uint_eq(lv.top, 0);
	/* Every position, every height: the selection is between top and
	 * the last row on screen. */
	for (i = 0; i < 50; i++) {
		size_t rows = 1 + i % 13;

		listview_move(&lv, (i * 7) % 2 ? (long)(i % 9) : -(long)(i % 11));
		listview_show(&lv, rows);
		ck_assert_uint_le(lv.top, lv.sel);
		ck_assert_uint_lt(lv.sel, lv.top + rows);
	}
}
END_TEST

/* PgDn and PgUp move the selection and the rows shown by a page, and
 * stop at the ends with the last page full. */
START_TEST(test_listview_page)
{
	struct listview lv = { 0 };

	listview_set(&lv, 25);
	listview_page(&lv, 1);		/* not drawn yet: a page is one row */
	ck_assert_uint_eq(lv.sel, 1);
	listview_home(&lv);
	listview_show(&lv, 10);
	listview_page(&lv, 1);
	ck_assert_uint_eq(lv.sel, 10);
	ck_assert_uint_eq(lv.top, 10);
	listview_page(&lv, 1);
	ck_assert_uint_eq(lv.sel, 20);
	ck_assert_uint_eq(lv.top, 15);		/* the last page is full */
	listview_page(&lv, 1);
	ck_assert_uint_eq(lv.sel, 24);
	ck_assert_uint_eq(lv.top, 15);
	listview_page(&lv, -1);
	ck_assert_uint_eq(lv.sel, 14);
	ck_assert_uint_eq(lv.top, 5);
	listview_page(&lv, -1);
	listview_page(&lv, -1);
	ck_assert_uint_eq(lv.sel, 0);
	ck_assert_uint_eq(lv.top, 0);
	/* A list shorter than the page: the ends. */
	listview_set(&lv, 4);
	listview_page(&lv, 1);
	ck_assert_uint_eq(lv.sel, 3);
	ck_assert_uint_eq(lv.top, 0);
	listview_set(&lv, 0);
	listview_page(&lv, 1);
	ck_assert_uint_eq(lv.sel, 0);
}
END_TEST

static int
keep_odd(size_t i, void *arg)
{
	(void)arg;
	return i % 2 == 1;
}

static int
keep_below(size_t i, void *arg)
{
	return i < *(size_t *)arg;
}

/* A filter makes the items it keeps the rows, in order; a selection past
 * the new end goes to the first row. */
START_TEST(test_listview_filter)
{
	struct listview lv = { 0 };
	size_t limit = 3;

	ck_assert_uint_eq(listview_item(&lv, 5), 5);	/* no filter: itself */
	ck_assert_uint_eq(listview_filter(&lv, 10, keep_odd, NULL), 5);
	ck_assert_uint_eq(lv.n, 5);
	ck_assert_uint_eq(listview_item(&lv, 0), 1);
	ck_assert_uint_eq(listview_item(&lv, 4), 9);
	listview_end(&lv);
	ck_assert_uint_eq(listview_item(&lv, lv.sel), 9);
	ck_assert_uint_eq(listview_filter(&lv, 10, keep_below, &limit), 3);
	ck_assert_uint_eq(lv.sel, 0);
	ck_assert_uint_eq(listview_item(&lv, 2), 2);
	limit = 0;
	ck_assert_uint_eq(listview_filter(&lv, 10, keep_below, &limit), 0);
	ck_assert_uint_eq(lv.sel, 0);
	listview_move(&lv, 1);
	ck_assert_uint_eq(lv.sel, 0);
	listview_free(&lv);
	ck_assert_ptr_null(lv.map);
}
END_TEST

int
main(void)
{
	Suite *s = suite_create("layout");

	setlocale(LC_CTYPE, "C.UTF-8");
	TCase *tc = tcase_create("layout");

	tcase_add_test(tc, test_layout_start_80);
	tcase_add_test(tc, test_layout_start_narrow);
	tcase_add_test(tc, test_layout_start_wide);
	tcase_add_test(tc, test_layout_bar_cells);
	tcase_add_test(tc, test_layout_home_grid);
	tcase_add_test(tc, test_layout_form_areas);
	tcase_add_test(tc, test_layout_table);
	tcase_add_test(tc, test_layout_pole_points);
	tcase_add_test(tc, test_big_digits);
	tcase_add_test(tc, test_layout_compare);
	tcase_add_test(tc, test_layout_names_ten);
	tcase_add_test(tc, test_layout_names_one_point);
	tcase_add_test(tc, test_layout_names_forty);
	tcase_add_test(tc, test_listview_move_stops_at_ends);
	tcase_add_test(tc, test_listview_set_clamps);
	tcase_add_test(tc, test_listview_show_keeps_selection_visible);
	tcase_add_test(tc, test_listview_page);
	tcase_add_test(tc, test_listview_filter);
	suite_add_tcase(s, tc);
	return test_run(s);
}
