/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * layout.c: see layout.h. Columns shrink in a fixed order as the terminal
 * narrows: first the last-change date goes, then the progress bar becomes
 * a bare percentage; the name column never drops below NAME_MIN.
 */
#include "config.h"

#include <stddef.h>
#include <string.h>

#include "layout.h"

#define MARGIN		2
#define GAP		2
#define NAME_MIN	16
#define PHASE_W		14	/* "3 Contracteren" */
#define UPDATED_W	16	/* "2026-11-23 14:05" */
#define PERCENT_W	4	/* "100%" */
#define BAR_W		10

void
layout_start_columns(int cols, struct layout_start *out)
{
	int avail = cols - 2 * MARGIN, progress_w, updated_w;

	progress_w = PERCENT_W + 1 + BAR_W;
	updated_w = UPDATED_W;
	if (avail - (PHASE_W + progress_w + updated_w + 3 * GAP) < NAME_MIN)
		updated_w = 0;
	if (avail - (PHASE_W + progress_w + 2 * GAP) < NAME_MIN && updated_w == 0)
		progress_w = PERCENT_W;

	out->name_x = MARGIN;
	out->name_w = avail - PHASE_W - progress_w - 2 * GAP -
	    (updated_w > 0 ? updated_w + GAP : 0);
	if (out->name_w < 1)
		out->name_w = 1;
	out->phase_x = out->name_x + out->name_w + GAP;
	out->phase_w = PHASE_W;
	out->progress_x = out->phase_x + PHASE_W + GAP;
	out->progress_w = progress_w;
	out->updated_x = updated_w > 0 ? out->progress_x + progress_w + GAP : 0;
	out->updated_w = updated_w;
}

int
layout_bar_cells(int percent, int width)
{
	int cells;

	if (percent <= 0 || width <= 0)
		return 0;
	if (percent >= 100)
		return width;
	cells = percent * width / 100;
	return cells == 0 ? 1 : cells;	/* any progress shows */
}

void
layout_home_grid(int cols, struct layout_home *out)
{
	int i, avail;

	out->label_x = MARGIN;
	out->label_w = cols >= 120 ? 24 : 12;
	avail = cols - 2 * MARGIN - out->label_w;
	out->cell_w = avail / 4;
	if (out->cell_w > 30)
		out->cell_w = 30;
	for (i = 0; i < 4; i++)
		out->cell_x[i] = out->label_x + out->label_w + i * out->cell_w;
	/* "12/34 " takes 6 columns; the bar gets what is left, less a gap. */
	out->bar_w = out->cell_w - 6 - GAP;
	if (out->bar_w < 3)
		out->bar_w = 0;
	else if (out->bar_w > 16)
		out->bar_w = 16;
}

void
layout_form_areas(int cols, int lines, int header_h, int detail_min, struct layout_form *out)
{
	/* Between the title line (0) and the message and key bar lines. */
	int top = 1, bottom = lines - 2, room = bottom - top, detail;

	(void)cols;
	/* At 80×24 the header gets three lines; it grows with the terminal. */
	if (header_h > room / 7)
		header_h = room / 7 > 3 ? room / 7 : 3;
	if (header_h < 1)
		header_h = 1;
	out->header_y = top;
	out->header_h = header_h;
	room -= header_h + 1;	/* a rule under the header */
	/* The detail pane: prompt, field, status and guidance; two fifths of
	 * the room, never less than 7 rows. */
	detail = room * 2 / 5;
	if (detail < 7)
		detail = 7;
	if (detail > 24)
		detail = 24;
	if (detail < detail_min)
		detail = detail_min;
	out->list_y = top + header_h + 1;
	out->list_h = room - detail - 1;	/* a rule above the detail pane */
	if (out->list_h < 3) {
		out->list_h = 3;
		detail = room - out->list_h - 1;
	}
	out->detail_y = out->list_y + out->list_h + 1;
	out->detail_h = detail;
	out->field_h = detail - 4;	/* prompt (up to 2), status line, a guidance line */
	if (out->field_h < 3)
		out->field_h = 3;
}

void
layout_table(int cols, const struct layout_column *spec, size_t n, int *x, int *w)
{
	int avail = cols - 2 * MARGIN, need, nflex, extra, pos;
	size_t i, worst;

	for (i = 0; i < n; i++)
		w[i] = spec[i].min_w;
	for (;;) {
		need = -1;
		for (i = 0; i < n; i++)
			if (w[i] > 0)
				need += w[i] + 1;
		if (need <= avail)
			break;
		/* Drop the least important column still shown. */
		worst = n;
		for (i = 0; i < n; i++)
			if (w[i] > 0 && spec[i].drop > 0 &&
			    (worst == n || spec[i].drop > spec[worst].drop))
				worst = i;
		if (worst == n)
			break;	/* nothing left to drop: columns run off the edge */
		w[worst] = 0;
	}
	nflex = 0;
	for (i = 0; i < n; i++)
		nflex += w[i] > 0 && spec[i].flex;
	extra = avail - need;
	for (i = 0; i < n && nflex > 0 && extra > 0; i++) {
		if (w[i] > 0 && spec[i].flex) {
			int share = extra / nflex;

			w[i] += share;
			extra -= share;
			nflex--;
		}
	}
	pos = MARGIN;
	for (i = 0; i < n; i++) {
		x[i] = pos;
		if (w[i] > 0)
			pos += w[i] + 1;
	}
}

void
layout_pole_points(int width, int *x)
{
	int i;

	if (width < 7)
		width = 7;
	for (i = 0; i < 7; i++)	/* rounded to the nearest column */
		x[i] = (i * (width - 1) * 2 + 6) / 12;
}

int
layout_boxes_fit(int rows, int box_h)
{
	int n = box_h > 0 ? rows / box_h : 1;

	return n > 0 ? n : 1;
}

/* Glyphs three cells wide (some narrower), '#' a block. */
static const char *const big_digits[10][LAYOUT_BIG_ROWS] = {
	{ "###", "# #", "# #", "# #", "###" },
	{ " # ", "## ", " # ", " # ", "###" },
	{ "###", "  #", "###", "#  ", "###" },
	{ "###", "  #", "###", "  #", "###" },
	{ "# #", "# #", "###", "  #", "  #" },
	{ "###", "#  ", "###", "  #", "###" },
	{ "###", "#  ", "###", "# #", "###" },
	{ "###", "  #", "  #", "  #", "  #" },
	{ "###", "# #", "###", "# #", "###" },
	{ "###", "# #", "###", "  #", "###" },
};
static const char *const big_letters[26][LAYOUT_BIG_ROWS] = {
	{ "###", "# #", "###", "# #", "# #" }, { "## ", "# #", "## ", "# #", "## " },
	{ "###", "#  ", "#  ", "#  ", "###" }, { "## ", "# #", "# #", "# #", "## " },
	{ "###", "#  ", "## ", "#  ", "###" }, { "###", "#  ", "## ", "#  ", "#  " },
	{ "###", "#  ", "# #", "# #", "###" }, { "# #", "# #", "###", "# #", "# #" },
	{ "###", " # ", " # ", " # ", "###" }, { "  #", "  #", "  #", "# #", "###" },
	{ "# #", "# #", "## ", "# #", "# #" }, { "#  ", "#  ", "#  ", "#  ", "###" },
	{ "# #", "###", "###", "# #", "# #" }, { "## ", "# #", "# #", "# #", "# #" },
	{ "###", "# #", "# #", "# #", "###" }, { "###", "# #", "###", "#  ", "#  " },
	{ "###", "# #", "# #", "###", "  #" }, { "## ", "# #", "## ", "# #", "# #" },
	{ "###", "#  ", "###", "  #", "###" }, { "###", " # ", " # ", " # ", " # " },
	{ "# #", "# #", "# #", "# #", "###" }, { "# #", "# #", "# #", "# #", " # " },
	{ "# #", "# #", "###", "###", "# #" }, { "# #", "# #", " # ", "# #", "# #" },
	{ "# #", "# #", "###", " # ", " # " }, { "###", "  #", " # ", "#  ", "###" },
};
static const struct {
	char		 c;
	const char	*rows[LAYOUT_BIG_ROWS];
} big_marks[] = {
	{ ':', { " ", "#", " ", "#", " " } },
	{ ' ', { "  ", "  ", "  ", "  ", "  " } },
	{ '-', { "   ", "   ", "###", "   ", "   " } },
	{ '.', { " ", " ", " ", " ", "#" } },
	{ '\'', { "#", "#", " ", " ", " " } },
	{ '(', { " #", "# ", "# ", "# ", " #" } },
	{ ')', { "# ", " #", " #", " #", "# " } },
};

static const char *
big_glyph(char c, int row)
{
	size_t i;

	if (c >= '0' && c <= '9')
		return big_digits[c - '0'][row];
	if (c >= 'a' && c <= 'z')
		c = (char)(c - 'a' + 'A');
	if (c >= 'A' && c <= 'Z')
		return big_letters[c - 'A'][row];
	for (i = 0; i < sizeof big_marks / sizeof big_marks[0]; i++)
		if (big_marks[i].c == c)
			return big_marks[i].rows[row];
	return NULL;
}

int
layout_big_can(const char *s)
{
	for (; *s != '\0'; s++)
		if (big_glyph(*s, 0) == NULL)
			return 0;
	return 1;
}

int
layout_big_width(const char *s, int scale)
{
	int w = 0, glyphs = 0;

	for (; *s != '\0'; s++)
		if (big_glyph(*s, 0) != NULL) {
			w += (int)strlen(big_glyph(*s, 0)) * scale;
			glyphs++;
		}
	return glyphs > 0 ? w + glyphs - 1 : 0;
}

void
layout_big_row(const char *s, int row, int scale, char *out, size_t n)
{
	size_t len = 0;
	const char *g;
	int first = 1, k;

	if (n == 0)
		return;
	out[0] = '\0';
	if (row < 0 || row >= LAYOUT_BIG_ROWS)
		return;
	for (; *s != '\0'; s++) {
		if ((g = big_glyph(*s, row)) == NULL)
			continue;
		if (!first && len + 1 < n)
			out[len++] = ' ';
		first = 0;
		for (; *g != '\0'; g++)
			for (k = 0; k < scale; k++) {
				const char *cell = *g == '#' ? "\xe2\x96\x88" : " ";	/* U+2588 */
				size_t cl = strlen(cell);

				if (len + cl >= n)
					goto out;
				memcpy(out + len, cell, cl);
				len += cl;
			}
	}
out:
	out[len] = '\0';
}

/* ---- the compare screen ------------------------------------------------- */

#define CMP_TOP		3	/* below the heads and the counts */
#define CMP_LABEL_W	8	/* "Eerder: " */
#define CMP_LIST_MIN	3

int
layout_compare_text_w(int cols)
{
	int w = cols - 2 * MARGIN - CMP_LABEL_W;

	return w > 1 ? w : 1;
}

/* Share room rows between two texts needing na and nb rows, each at
 * least one. */
static void
share_rows(int room, int na, int nb, int *ha, int *hb)
{
	int half = room / 2;

	if (na < 1)
		na = 1;
	if (nb < 1)
		nb = 1;
	if (na + nb <= room) {
		*ha = na;
		*hb = nb;
	} else if (na <= half) {
		*ha = na;
		*hb = room - na;
	} else if (nb <= room - half) {
		*hb = nb;
		*ha = room - nb;
	} else {
		*ha = room - half;
		*hb = half;
	}
}

void
layout_compare(int cols, int lines, int na, int nb, struct layout_compare *out)
{
	int avail = lines - 2 - CMP_TOP, room, i;

	memset(out, 0, sizeof *out);
	/* Three columns with two columns between them. */
	out->col_w = (cols - 2 * MARGIN - 2 * GAP) / 3;
	for (i = 0; i < 3; i++)
		out->col_x[i] = MARGIN + i * (out->col_w + GAP);
	out->label_x = MARGIN;
	out->text_x = MARGIN + CMP_LABEL_W;
	out->text_w = layout_compare_text_w(cols);
	/* The answers' rows: at most half, less the rule, at least one each. */
	room = avail / 2 - 1;
	if (avail - 1 - room < CMP_LIST_MIN)
		room = avail - 1 - CMP_LIST_MIN;
	if (room < 2)
		room = 2;
	share_rows(room, na, nb, &out->a_h, &out->b_h);
	out->list_y = CMP_TOP;
	out->list_h = avail - 1 - out->a_h - out->b_h;
	if (out->list_h < 1)
		out->list_h = 1;
	out->rule_y = out->list_y + out->list_h;
	out->a_y = out->rule_y + 1;
	out->b_y = out->a_y + out->a_h;
}
