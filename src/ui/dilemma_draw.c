/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * dilemma_draw.c: drawing a dilemma box in a rectangle, small (several on
 * one screen) or full (one box, with every name). The pole box puts its
 * seven points with layout_pole_points; names and counts stack under their
 * point; the team's place is ▲; the spread sits under the scale.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vitaal/dilemma.h"
#include "vitaal/util.h"
#include "layout.h"
#include "ui_int.h"

/* Does the catalogue say this dilemma's answer lies between the poles? */
static int
lies_between(const struct ui *ui, const struct dilemma *d)
{
	size_t i;

	for (i = 0; d->catalogue_key != NULL && i < ui->cat->ndilemmas; i++)
		if (strcmp(ui->cat->dilemmas[i].key, d->catalogue_key) == 0)
			return ui->cat->dilemmas[i].between_poles;
	return 0;
}

/* "5 plaatsen · spreiding 2–6 · mediaan 4½" (allocated). */
static char *
spread_text(const struct dilemma *d, size_t held)
{
	struct dilemma_spread sp;

	dilemma_spread(d, &sp);
	if (sp.count == 0)
		return xstrdup(held > 0 ? "nog niets te zien" : "nog niemand geplaatst");
	return xasprintf("%d %s · spreiding %d–%d · mediaan %d%s", sp.count,
	    sp.count == 1 ? "plaats" : "plaatsen", sp.low, sp.high, sp.median2 / 2,
	    sp.median2 % 2 ? "½" : "");
}

static void
draw_pool(struct ui *ui, const struct dilemma *d, int y, int x, int h, int w, int full,
    int cursor, size_t held)
{
	int px[DILEMMA_SCALE], i, sw = w - 4, gap, rows, r;
	char *line;
	size_t k;

	(void)ui;
	layout_pole_points(sw, px);
	gap = px[1] - px[0];
	attrset(A_BOLD);
	ui_put_fit(y, x + 2, sw / 2 - 1, d->pole_a);
	{
		int bw = (int)utf8_width(d->pole_b) < sw / 2 - 1 ? (int)utf8_width(d->pole_b) :
		    sw / 2 - 1;

		ui_put_fit(y, x + 2 + sw - bw, bw, d->pole_b);
	}
	attrset(ui_attr(ROLE_NORMAL));
	/* The scale: points joined by a line. */
	attrset(ui_attr(ROLE_DIM));
	ui_hline(y + 1, x + 2, sw);
	attrset(ui_attr(ROLE_NORMAL));
	for (i = 0; i < DILEMMA_SCALE; i++) {
		char num[2] = { (char)('1' + i), '\0' };

		attrset(ui_attr(cursor == i + 1 ? ROLE_SELECTED : ROLE_HEADING));
		ui_put(y + 1, x + 2 + px[i], 1, num);
	}
	attrset(ui_attr(ROLE_NORMAL));
	/* Who stands where: names (full) or dots (small), stacked under the
	 * point; when a point has more than fits, the last row counts them. */
	rows = h - 4 - (full ? 2 : 0);
	for (i = 0; i < DILEMMA_SCALE && rows > 0; i++) {
		int n = 0, total = 0, lx = x + 2 + px[i], lw = gap > 2 ? gap - 1 : 2;

		for (k = 0; k < d->npositions; k++)
			total += d->positions[k].position == i + 1;
		if (lx + lw > x + w - 2)
			lx = x + w - 2 - lw;
		for (k = 0; k < d->npositions; k++) {
			if (d->positions[k].position != i + 1)
				continue;
			r = n++;
			if (r == rows - 1 && total > rows) {
				line = xasprintf("+%d", total - r);
				ui_put(y + 2 + r, full ? lx : x + 2 + px[i], lw, line);
				free(line);
				break;
			}
			if (full)
				ui_put_fit(y + 2 + r, lx, lw, d->positions[k].label[0] != '\0' ?
				    d->positions[k].label : "●");	/* anonymous */
			else
				ui_put(y + 2 + r, x + 2 + px[i], 1, "●");
		}
	}
	/* The team's place and the spread. */
	if (d->team_position >= 1 && d->team_position <= DILEMMA_SCALE) {
		int tx = x + 2 + px[d->team_position - 1];

		if (tx + 6 > x + w - 1)
			tx = x + w - 7;
		attrset(ui_attr(ROLE_ACCENT));
		ui_put(y + h - 3 - (full ? 2 : 0), tx, 6, "▲ team");
		attrset(ui_attr(ROLE_NORMAL));
	}
	line = spread_text(d, held);
	attrset(ui_attr(ROLE_DIM));
	ui_put_fit(y + h - 2 - (full ? 2 : 0), x + 2, sw, line);
	free(line);
	if (full) {
		line = xasprintf("Waarom: %s%s", d->rationale[0] != '\0' ? d->rationale :
		    "(w om de afweging te noteren)", lies_between(ui, d) ?
		    " · Volgens de bron ligt het antwoord tussen de uitersten." : "");
		ui_put_wrapped(y + h - 3, x + 2, sw, 2, line);
		free(line);
	}
	attrset(ui_attr(ROLE_NORMAL));
}

static void
draw_keuze(const struct dilemma *d, int y, int x, int h, int w, int full, int cursor)
{
	int counts[16] = { 0 }, i, bar, maxc = 1;
	size_t k;

	dilemma_tally(d, counts);
	for (k = 0; k < d->noptions && k < 16; k++)
		if (counts[k] > maxc)
			maxc = counts[k];
	for (k = 0; k < d->noptions && (int)k < h - 1; k++) {
		struct strbuf names = { 0 };
		char *line;
		int lw = w / 2 - 6;

		attrset(ui_attr(cursor == (int)k + 1 ? ROLE_SELECTED :
		    d->team_position == (int)k + 1 ? ROLE_ACCENT : ROLE_NORMAL));
		line = xasprintf("%zu %s%s", k + 1, d->options[k],
		    d->team_position == (int)k + 1 ? " ▲" : "");
		ui_put_fit(y + (int)k, x + 2, lw, line);
		free(line);
		attrset(ui_attr(ROLE_DONE));
		bar = counts[k] * 10 / maxc;
		for (i = 0; i < bar; i++)
			ui_put(y + (int)k, x + 3 + lw + i, 1, "█");
		attrset(ui_attr(ROLE_NORMAL));
		for (i = 0; (size_t)i < d->npositions; i++)
			if (d->positions[i].position == (int)k + 1) {
				if (names.len > 0)
					strbuf_puts(&names, ", ");
				strbuf_puts(&names, d->positions[i].label[0] != '\0' ?
				    d->positions[i].label : "●");	/* anonymous */
			}
		line = full && names.len > 0 ? xasprintf("%d: %s", counts[k], names.s) :
		    xasprintf("%d", counts[k]);
		ui_put_fit(y + (int)k, x + 15 + lw, w - lw - 17, line);	/* after the bar */
		free(line);
		strbuf_free(&names);
	}
}

/* The pro/contra dilemmabox: huidige / nieuwe situatie (rows) × voor /
 * tegen (columns). cell is the selected cell (0..3, -1 none), arg the
 * selected argument's id. */
static void
draw_procontra(const struct dilemma *d, int y, int x, int h, int w, int full, int cell,
    int64_t arg)
{
	static const char *const sit[2] = { "huidig", "nieuw" };
	static const char *const stance[2] = { "voor", "tegen" };
	int cw = (w - 2) / 2, ch = (h - (full ? 4 : 0)) / 2, r, c, row;
	size_t k;

	if (ch < 3)
		ch = 3;
	for (r = 0; r < 2; r++) {
		for (c = 0; c < 2; c++) {
			int cy = y + r * ch, cx = x + 1 + c * cw, n = 0;
			char *title = xasprintf("%s %s: %s", stance[c][0] == 'v' ? "Voor" : "Tegen",
			    r == 0 ? "de huidige situatie" : "de nieuwe situatie",
			    r == 0 ? d->pole_a : d->pole_b);

			attrset(ui_attr(cell == r * 2 + c ? ROLE_ACCENT : ROLE_DIM));
			ui_box(cy, cx, ch, cw - 1, NULL);
			attrset(ui_attr(cell == r * 2 + c ? ROLE_ACCENT : ROLE_HEADING));
			ui_put_fit(cy, cx + 2, cw - 5, title);
			attrset(ui_attr(ROLE_NORMAL));
			free(title);
			for (k = 0, row = 0; k < d->narguments; k++) {
				const struct dilemma_argument *a = &d->arguments[k];

				if (strcmp(a->situation, sit[r]) != 0 || strcmp(a->stance, stance[c]) != 0)
					continue;
				n++;
				if (!full || row >= ch - 2)
					continue;
				attrset(ui_attr(a->id == arg ? ROLE_SELECTED : ROLE_NORMAL));
				title = xasprintf("• %s", a->text);
				ui_put_fit(cy + 1 + row++, cx + 2, cw - 5, title);
				free(title);
				attrset(ui_attr(ROLE_NORMAL));
			}
			if (!full || n > ch - 2) {
				char *count = xasprintf(full ? "(%d in totaal)" : "%d argument%s", n,
				    n == 1 ? "" : "en");

				attrset(ui_attr(ROLE_DIM));
				ui_put_fit(cy + ch - 1, cx + 2, cw - 5, count);
				attrset(ui_attr(ROLE_NORMAL));
				free(count);
			}
		}
	}
	if (full) {
		char *line;
		int yy = y + 2 * ch;

		line = xasprintf("Oplossing tussen de uitersten? %s", d->between_text[0] != '\0' ?
		    d->between_text : "(o om te noteren)");
		ui_put_fit(yy++, x + 2, w - 4, line);
		free(line);
		line = xasprintf("Kans op de voordelen zonder de nadelen: %s",
		    d->likelihood > 0 ? "" : "(1–5)");
		ui_put_fit(yy, x + 2, w - 4, line);
		if (d->likelihood > 0) {
			int i, lx = x + 2 + (int)utf8_width(line);

			for (i = 1; i <= 5; i++)
				ui_put(yy, lx + i - 1, 1, i <= d->likelihood ? "●" : "○");
		}
		free(line);
		yy++;
		line = xasprintf("Hoe voorkomen we dat we blijven rondcirkelen? %s",
		    d->circling[0] != '\0' ? d->circling : "(c om te noteren)");
		ui_put_fit(yy, x + 2, w - 4, line);
		free(line);
	}
}

void
ui_draw_dilemma(struct ui *ui, const struct dilemma *src, int y, int x, int h, int w, int full,
    int cursor, int cell, int64_t arg, int selected, int silent)
{
	struct dilemma shown = *src, *d = &shown;
	size_t *idx = xcalloc(src->npositions + 1, sizeof *idx), k, held;
	char *title;

	/* Draw only the places that may be seen (a silent round, too few
	 * anonymous ones); the border says how many are held back. */
	shown.npositions = dilemma_shown(src, silent, idx);
	shown.positions = xcalloc(shown.npositions + 1, sizeof *shown.positions);
	for (k = 0; k < shown.npositions; k++)
		shown.positions[k] = src->positions[idx[k]];
	held = src->npositions - shown.npositions;
	free(idx);

	title = xasprintf("%s%s", d->title, strcmp(d->form, "procontra") == 0 ? " (dilemmabox)" :
	    strcmp(d->form, "keuze") == 0 ? " (keuze)" : "");
	attrset(ui_attr(selected ? ROLE_ACCENT : ROLE_DIM));
	ui_box(y, x, h, w, NULL);
	attrset(ui_attr(selected ? ROLE_ACCENT : ROLE_HEADING));
	ui_put_fit(y, x + 2, w - 5, title);
	attrset(ui_attr(ROLE_NORMAL));
	free(title);
	if (strcmp(d->form, "pool") == 0)
		draw_pool(ui, d, y + 1, x, h - 1, w, full, cursor, held);
	else if (strcmp(d->form, "keuze") == 0)
		draw_keuze(d, y + 1, x, h - 2, w, full, cursor);
	else
		draw_procontra(d, y + 1, x, h - 1, w, full, cell, arg);
	if (held > 0) {
		title = silent ? xasprintf(" Stille ronde: %zu %s binnen, nog niet getoond ", held,
		    held == 1 ? "plaats" : "plaatsen") :
		    xasprintf(" Anoniem: %zu van minstens %d plaatsen binnen ", held,
		    DILEMMA_ANON_MIN);
		attrset(ui_attr(ROLE_ACCENT));
		ui_put_fit(y + h - 1, x + 2, w - 4, title);
		attrset(ui_attr(ROLE_NORMAL));
		free(title);
	}
	free(shown.positions);
}
