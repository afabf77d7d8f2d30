/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * layout.c: see layout.h. Columns shrink in a fixed order as the terminal
 * narrows: first the last-change date goes, then the progress bar becomes
 * a bare percentage; the name column never drops below NAME_MIN.
 */
#include "config.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "vitaal/utf8.h"
#include "vitaal/util.h"
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

/* ---- names under a scale ------------------------------------------------ */

static void
names_add(struct layout_names *ln, int x, int y, const char *text, size_t len, size_t name)
{
	struct layout_name *it;

	ln->v = xreallocarray(ln->v, ln->n + 1, sizeof *ln->v);
	it = &ln->v[ln->n++];
	it->x = x;
	it->y = y;
	it->text = xstrndup(text, len);
	it->w = (int)utf8_width(it->text);
	it->name = name;
}

/* Rows name takes wrapped to w columns. */
static int
wrapped_rows(const char *name, int w)
{
	struct utf8_line *lines;
	size_t n = utf8_wrap(name, (size_t)w, &lines);

	free(lines);
	return (int)n;
}

/* The initials of a name: the first character of each of its first three
 * words, letters in capitals; a name of one word gives its first two
 * characters. Allocated. */
static char *
initials_of(const char *name)
{
	struct strbuf b = { 0 };
	const char *p = name;
	int words = 0, len;
	uint32_t cp;

	while (*p != '\0' && words < 3) {
		while (*p == ' ')
			p++;
		if (*p == '\0')
			break;
		len = utf8_decode(p, strlen(p), &cp);
		if (len <= 0)
			len = 1;
		if (len == 1 && *p >= 'a' && *p <= 'z' && words == 0)
			strbuf_putc(&b, (char)(*p - 'a' + 'A'));
		else
			strbuf_add(&b, p, (size_t)len);
		words++;
		if (words == 1) {
			/* A second character, kept for a name of one word. */
			const char *q = p + len;
			int l2 = *q != '\0' && *q != ' ' ? utf8_decode(q, strlen(q), &cp) : 0;

			if (l2 > 0 && strchr(q, ' ') == NULL && utf8_width(name) > 1) {
				strbuf_add(&b, q, (size_t)l2);
				break;
			}
		}
		while (*p != '\0' && *p != ' ')
			p++;
	}
	if (b.len == 0)
		strbuf_puts(&b, "?");
	return strbuf_take(&b);
}

void
layout_names(const char *const *names, const int *point, size_t n, int npoints, int width,
    int rows, struct layout_names *out)
{
	int count[LAYOUT_NAMES_MAX_POINTS + 1] = { 0 }, used[LAYOUT_NAMES_MAX_POINTS + 1];
	int c, need, maxw = 0, ok1 = 1, ok2 = 1, iw = 1, per_row, nrows, r;
	char **abbr = NULL;
	size_t i, j, k;

	memset(out, 0, sizeof *out);
	if (npoints < 1)
		npoints = 1;
	if (npoints > LAYOUT_NAMES_MAX_POINTS)
		npoints = LAYOUT_NAMES_MAX_POINTS;
	for (c = 0; c < npoints; c++)
		out->col_x[c] = c * width / npoints;
	out->col_w = width / npoints - 1;
	if (out->col_w < 1)
		out->col_w = 1;
	if (rows < 1 || n == 0)
		return;
	for (i = 0; i < n; i++) {
		if (point[i] < 1 || point[i] > npoints)
			continue;
		count[point[i]]++;
		if ((int)utf8_width(names[i]) > maxw)
			maxw = (int)utf8_width(names[i]);
	}
	for (c = 1; c <= npoints; c++)
		ok1 = ok1 && count[c] <= rows;
	ok1 = ok1 && maxw <= out->col_w;
	/* 2: whole names over rows of their own. */
	memset(used, 0, sizeof used);
	for (i = 0; i < n && !ok1; i++)
		if (point[i] >= 1 && point[i] <= npoints)
			used[point[i]] += wrapped_rows(names[i], out->col_w);
	for (c = 1; c <= npoints && !ok1; c++)
		ok2 = ok2 && used[c] <= rows;
	/* Whole words only: a name split inside a word is no longer legible. */
	for (i = 0; i < n && !ok1 && ok2; i++) {
		const char *p = names[i], *sp;

		while (*p != '\0') {
			sp = strchr(p, ' ');
			if ((int)utf8_width(p) - (sp != NULL ? (int)utf8_width(sp) : 0) > out->col_w)
				ok2 = 0;
			if (sp == NULL)
				break;
			p = sp + 1;
		}
	}
	if (ok1 || ok2) {
		out->mode = ok1 ? 1 : 2;
		memset(used, 0, sizeof used);
		for (i = 0; i < n; i++) {
			struct utf8_line *lines;
			size_t nl;

			if (point[i] < 1 || point[i] > npoints)
				continue;
			c = point[i];
			nl = utf8_wrap(names[i], (size_t)out->col_w, &lines);
			for (k = 0; k < nl; k++)
				names_add(out, out->col_x[c - 1], used[c]++, names[i] + lines[k].start,
				    lines[k].len, i);
			free(lines);
		}
		return;
	}

	/* 3: initials, unique, and a legend. */
	out->mode = 3;
	abbr = xcalloc(n + 1, sizeof *abbr);
	for (i = 0; i < n; i++) {
		char *a = initials_of(names[i]);
		int dup = 1;

		for (j = 0; j < i; j++)
			if (strcmp(abbr[j], a) == 0 || (strncmp(abbr[j], a, strlen(a)) == 0 &&
			    abbr[j][strlen(a)] >= '2' && abbr[j][strlen(a)] <= '9'))
				dup++;
		if (dup > 1) {
			abbr[i] = xasprintf("%s%d", a, dup);
			free(a);
		} else
			abbr[i] = a;
		if ((int)utf8_width(abbr[i]) > iw)
			iw = (int)utf8_width(abbr[i]);
	}
	if (iw > out->col_w)
		iw = out->col_w;
	{
		struct strbuf line = { 0 };
		struct utf8_line *lines;
		size_t nl;

		for (c = 1; c <= npoints; c++)
			for (i = 0; i < n; i++) {
				if (point[i] != c)
					continue;
				if (line.len > 0)
					strbuf_puts(&line, "  ");
				/* No break inside an entry: its spaces are no-break. */
				strbuf_puts(&line, abbr[i]);
				strbuf_puts(&line, "\xc2\xa0");
				{
					const char *p;

					for (p = names[i]; *p != '\0'; p++) {
						if (*p == ' ')
							strbuf_puts(&line, "\xc2\xa0");
						else
							strbuf_putc(&line, *p);
					}
				}
			}
		nl = utf8_wrap(line.s != NULL ? line.s : "", (size_t)(width > 1 ? width : 1),
		    &lines);
		out->legend = xcalloc(nl + 1, sizeof *out->legend);
		for (k = 0; k < nl; k++) {
			char *t = xstrndup(line.s + lines[k].start, lines[k].len), *q;

			/* Back to plain spaces for the terminal. */
			while ((q = strstr(t, "\xc2\xa0")) != NULL) {
				*q = ' ';
				memmove(q + 1, q + 2, strlen(q + 2) + 1);
			}
			out->legend[out->nlegend++] = t;
		}
		free(lines);
		strbuf_free(&line);
	}
	/* The names' rows, a blank row, the legend; the legend yields to at
	 * least one row of names. */
	nrows = rows - (int)out->nlegend - 1;
	if (nrows < 1) {
		nrows = 1;
		while (out->nlegend > 0 && (int)out->nlegend > rows - 2) {
			free(out->legend[--out->nlegend]);
			out->legend[out->nlegend] = NULL;
		}
	}
	/* A legend cut short says how many names it could not hold. */
	if (out->nlegend > 0) {
		size_t missing = 0;

		for (i = 0; i < n; i++) {
			int found = 0;

			if (point[i] < 1 || point[i] > npoints)
				continue;
			for (k = 0; k < out->nlegend && !found; k++)
				found = strstr(out->legend[k], names[i]) != NULL;
			missing += !found;
		}
		if (missing > 0) {
			free(out->legend[out->nlegend - 1]);
			out->legend[out->nlegend - 1] = xasprintf("… en nog %zu %s", missing,
			    missing == 1 ? "naam" : "namen");
		}
	}
	out->legend_y = rows - (int)out->nlegend;
	per_row = (out->col_w + 1) / (iw + 1);
	if (per_row < 1)
		per_row = 1;
	for (c = 1; c <= npoints; c++) {
		int slot = 0, total = count[c], room = nrows * per_row;

		/* Too many: the last row says how many more there are. */
		if (total > room)
			room = (nrows - 1) * per_row;
		for (i = 0; i < n; i++) {
			if (point[i] != c)
				continue;
			if (slot == room) {
				char *more = xasprintf("+%d", total - slot);

				names_add(out, out->col_x[c - 1], nrows - 1, more, strlen(more), i);
				free(more);
				break;
			}
			r = slot / per_row;
			need = slot % per_row;
			names_add(out, out->col_x[c - 1] + need * (iw + 1), r, abbr[i],
			    strlen(abbr[i]), i);
			slot++;
		}
	}
	for (i = 0; i < n; i++)
		free(abbr[i]);
	free(abbr);
}

void
layout_names_free(struct layout_names *ln)
{
	size_t i;

	for (i = 0; i < ln->n; i++)
		free(ln->v[i].text);
	free(ln->v);
	for (i = 0; i < ln->nlegend; i++)
		free(ln->legend[i]);
	free(ln->legend);
	memset(ln, 0, sizeof *ln);
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
