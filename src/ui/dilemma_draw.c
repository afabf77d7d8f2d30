/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * dilemma_draw.c: drawing a dilemma box in a rectangle, small (several on
 * one screen) or full (one box, with every name), one round at a time.
 * The pole box puts its seven points with layout_pole_points; where the
 * names go under them is layout_names' (whole, wrapped, or initials with
 * a legend; never one over another); the team's place is ▲; the spread
 * sits under the scale. The wall gets the round as big bars of blocks,
 * and the comparison of two rounds.
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

/* The names of a round's places under the scale, in rows rows from
 * (y, x), w wide: laid out by layout_names; an anonymous place is ●. */
static void
draw_names(const struct dilemma *d, int y, int x, int w, int rows)
{
	const char **names = xcalloc(d->npositions + 1, sizeof *names);
	int *point = xcalloc(d->npositions + 1, sizeof *point);
	struct layout_names ln;
	size_t k;

	for (k = 0; k < d->npositions; k++) {
		names[k] = d->positions[k].label[0] != '\0' ? d->positions[k].label : "●";
		point[k] = d->positions[k].position;
	}
	layout_names(names, point, d->npositions, DILEMMA_SCALE, w, rows, &ln);
	for (k = 0; k < ln.n; k++)
		ui_put(y + ln.v[k].y, x + ln.v[k].x, ln.v[k].w, ln.v[k].text);
	attrset(ui_attr(ROLE_DIM));
	for (k = 0; k < ln.nlegend; k++)
		ui_put(y + ln.legend_y + (int)k, x, w, ln.legend[k]);
	attrset(ui_attr(ROLE_NORMAL));
	layout_names_free(&ln);
	free(names);
	free(point);
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
		if (cursor == i + 1)
			ui_selected(ui, y + 1, x + 2 + px[i]);
	}
	attrset(ui_attr(ROLE_NORMAL));
	/* Who stands where: names (full) or dots (small), stacked under the
	 * point; when a point has more than fits, the last row counts them. */
	rows = h - 4 - (full ? 2 : 0);
	if (full && rows > 0)
		draw_names(d, y + 2, x + 2, sw, rows);
	for (i = 0; i < DILEMMA_SCALE && rows > 0 && !full; i++) {
		int n = 0, total = 0;

		for (k = 0; k < d->npositions; k++)
			total += d->positions[k].position == i + 1;
		for (k = 0; k < d->npositions; k++) {
			if (d->positions[k].position != i + 1)
				continue;
			r = n++;
			if (r == rows - 1 && total > rows) {
				line = xasprintf("+%d", total - r);
				ui_put(y + 2 + r, x + 2 + px[i], gap > 2 ? gap - 1 : 2, line);
				free(line);
				break;
			}
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
		    "(nog niet genoteerd)", lies_between(ui, d) ?
		    " · Volgens de bron ligt het antwoord tussen de uitersten." : "");
		ui_put_wrapped(y + h - 3, x + 2, sw, 2, line);
		free(line);
	}
	attrset(ui_attr(ROLE_NORMAL));
}

static void
draw_keuze(struct ui *ui, const struct dilemma *d, int y, int x, int h, int w, int full, int cursor)
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
		if (cursor == (int)k + 1)
			ui_selected(ui, y + (int)k, x + 2);
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
/* Rows the wall needs under a pro/contra box for what the room answered
 * (the solution between the extremes, the likelihood, how to stop
 * circling), each wrapped to w columns; nothing for what is not noted. */
static int
wall_tail(const struct dilemma *d, int w)
{
	struct utf8_line *wl;
	char *line;
	int rows = d->likelihood > 0;

	if (w < 1)
		w = 1;
	if (d->between_text[0] != '\0') {
		line = xasprintf("Oplossing tussen de uitersten? %s", d->between_text);
		rows += (int)utf8_wrap(line, (size_t)w, &wl);
		free(wl);
		free(line);
	}
	if (d->circling[0] != '\0') {
		line = xasprintf("Hoe voorkomen we dat we blijven rondcirkelen? %s", d->circling);
		rows += (int)utf8_wrap(line, (size_t)w, &wl);
		free(wl);
		free(line);
	}
	return rows;
}

static void
draw_procontra(struct ui *ui, const struct dilemma *d, int y, int x, int h, int w, int full, int cell,
    int64_t arg)
{
	static const char *const sit[2] = { "huidig", "nieuw" };
	static const char *const stance[2] = { "voor", "tegen" };
	int wall = cell == -2;	/* wrapped, not cut; no key hints */
	int cw = (w - 2) / 2, ch = (h - (full ? (wall ? wall_tail(d, w - 4) : 4) : 0)) / 2;
	int r, c, row;
	size_t k;

	if (ch < 3)
		ch = 3;
	for (r = 0; r < 2; r++) {
		for (c = 0; c < 2; c++) {
			int cy = y + r * ch, cx = x + 1 + c * cw, n = 0, shown = 0;
			char *title = xasprintf("%s %s: %s", stance[c][0] == 'v' ? "Voor" : "Tegen",
			    r == 0 ? "de huidige situatie" : "de nieuwe situatie",
			    r == 0 ? d->pole_a : d->pole_b);

			attrset(ui_attr(cell == r * 2 + c ? ROLE_ACCENT : ROLE_DIM));
			ui_box(cy, cx, ch, cw - 1, NULL);
			attrset(ui_attr(cell == r * 2 + c ? ROLE_ACCENT : ROLE_HEADING));
			if (wall)	/* the title inside the box, wrapped */
				row = ui_put_wrapped(cy + 1, cx + 2, cw - 5, ch - 2, title);
			else {
				ui_put_fit(cy, cx + 2, cw - 5, title);
				row = 0;
			}
			attrset(ui_attr(ROLE_NORMAL));
			free(title);
			for (k = 0; k < d->narguments; k++) {
				const struct dilemma_argument *a = &d->arguments[k];

				if (strcmp(a->situation, sit[r]) != 0 || strcmp(a->stance, stance[c]) != 0)
					continue;
				n++;
				if (!full || row >= ch - 2)
					continue;
				attrset(ui_attr(a->id == arg ? ROLE_SELECTED : ROLE_NORMAL));
				title = xasprintf("• %s", a->text);
				if (a->id == arg)
					ui_selected(ui, cy + 1 + row, cx + 2);
				if (wall)
					row += ui_put_wrapped(cy + 1 + row, cx + 2, cw - 5, ch - 2 - row,
					    title);
				else
					ui_put_fit(cy + 1 + row++, cx + 2, cw - 5, title);
				shown++;
				free(title);
				attrset(ui_attr(ROLE_NORMAL));
			}
			if (!full || n > shown) {
				char *count = xasprintf(full ? "(%d in totaal)" : "%d argument%s", n,
				    n == 1 ? "" : "en");

				attrset(ui_attr(ROLE_DIM));
				ui_put_fit(cy + ch - 1, cx + 2, cw - 5, count);
				attrset(ui_attr(ROLE_NORMAL));
				free(count);
			}
		}
	}
	if (full && wall) {
		/* The wall: what the room answered, wrapped; nothing to type. */
		char *line;
		int yy = y + 2 * ch, end = y + h;

		if (d->between_text[0] != '\0' && yy < end) {
			line = xasprintf("Oplossing tussen de uitersten? %s", d->between_text);
			yy += ui_put_wrapped(yy, x + 2, w - 4, end - yy, line);
			free(line);
		}
		if (d->likelihood > 0 && yy < end) {
			line = xasprintf("Kans op de voordelen zonder de nadelen: %d van 5",
			    d->likelihood);
			yy += ui_put_wrapped(yy, x + 2, w - 4, end - yy, line);
			free(line);
		}
		if (d->circling[0] != '\0' && yy < end) {
			line = xasprintf("Hoe voorkomen we dat we blijven rondcirkelen? %s",
			    d->circling);
			ui_put_wrapped(yy, x + 2, w - 4, end - yy, line);
			free(line);
		}
	} else if (full) {
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
		line = xasprintf("Hoe voorkomen we dat we blijven cirkelen? %s",
		    d->circling[0] != '\0' ? d->circling : "(c om te noteren)");
		ui_put_fit(yy, x + 2, w - 4, line);
		free(line);
	}
}

void
ui_draw_dilemma(struct ui *ui, const struct dilemma *src, int64_t round_id, int y, int x, int h,
    int w, int full, int cursor, int cell, int64_t arg, int selected, int held_back)
{
	const struct dilemma_round *round = round_id > 0 ? dilemma_round_find(src, round_id) :
	    src->nrounds > 0 ? &src->rounds[src->nrounds - 1] : NULL;
	struct dilemma inround, shown, *d = &shown;
	size_t *idx, k, held;
	int silent = held_back && dilemma_round_hidden(round);
	char *title, *rt;

	/* One round's places only: rounds never pool into one count. */
	dilemma_in_round(src, round != NULL ? round->id : -1, &inround);
	/* Draw only the places that may be seen (a silent round, too few
	 * anonymous ones); the border says how many are held back. */
	shown = inround;
	idx = xcalloc(inround.npositions + 1, sizeof *idx);
	shown.npositions = dilemma_shown(&inround, silent, idx);
	shown.positions = xcalloc(shown.npositions + 1, sizeof *shown.positions);
	for (k = 0; k < shown.npositions; k++)
		shown.positions[k] = inround.positions[idx[k]];
	held = inround.npositions - shown.npositions;
	free(idx);

	rt = round != NULL ? dilemma_round_title(round) : NULL;
	title = xasprintf("%s%s%s%s", d->title, strcmp(d->form, "procontra") == 0 ?
	    " (dilemmabox)" : strcmp(d->form, "keuze") == 0 ? " (keuze)" : "",
	    rt != NULL && full ? " · " : "", rt != NULL && full ? rt : "");
	free(rt);
	attrset(ui_attr(selected ? ROLE_ACCENT : ROLE_DIM));
	ui_box(y, x, h, w, NULL);
	attrset(ui_attr(selected ? ROLE_ACCENT : ROLE_HEADING));
	ui_put_fit(y, x + 2, w - 5, title);
	attrset(ui_attr(ROLE_NORMAL));
	free(title);
	if (strcmp(d->form, "pool") == 0)
		draw_pool(ui, d, y + 1, x, h - 1, w, full, cursor, held);
	else if (strcmp(d->form, "keuze") == 0)
		draw_keuze(ui, d, y + 1, x, h - 2, w, full, cursor);
	else
		draw_procontra(ui, d, y + 1, x, h - 1, w, full, cell, arg);
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
	free(inround.positions);
}

/* ---- the wall ------------------------------------------------------------ */

/* How many places there are (1..7 on a scale, the options on a choice). */
static int
npoints(const struct dilemma *d)
{
	return strcmp(d->form, "pool") == 0 ? DILEMMA_SCALE : (int)d->noptions;
}

/* A bar of n blocks (n may be 0) at (y, x). */
static void
bar(int y, int x, int n)
{
	int i;

	for (i = 0; i < n; i++)
		ui_put(y, x + i, 1, "█");
}

void
ui_draw_dilemma_wall(struct ui *ui, const struct dilemma *src, int64_t round_id, int y, int x,
    int h, int w)
{
	const struct dilemma_round *round = round_id > 0 ? dilemma_round_find(src, round_id) :
	    src->nrounds > 0 ? &src->rounds[src->nrounds - 1] : NULL;
	struct dilemma inround, shown;
	int counts[DILEMMA_MAX_PLACES + 1] = { 0 }, np = npoints(src), maxc = 1, p, bh, r, cw;
	int silent = dilemma_round_hidden(round), rows, yy, labrows;
	size_t *idx, k, held;
	char *line;

	(void)ui;
	if (strcmp(src->form, "procontra") == 0 || np < 1) {
		ui_draw_dilemma(ui, src, round_id, y, x, h, w, 1, 0, -2, 0, 0, 1);
		return;
	}
	if (np > DILEMMA_MAX_PLACES)
		np = DILEMMA_MAX_PLACES;
	dilemma_in_round(src, round != NULL ? round->id : -1, &inround);
	shown = inround;
	idx = xcalloc(inround.npositions + 1, sizeof *idx);
	shown.npositions = dilemma_shown(&inround, silent, idx);
	shown.positions = xcalloc(shown.npositions + 1, sizeof *shown.positions);
	for (k = 0; k < shown.npositions; k++)
		shown.positions[k] = inround.positions[idx[k]];
	held = inround.npositions - shown.npositions;
	free(idx);

	/* The title and the round, wrapped, never cut. */
	attrset(A_BOLD | ui_attr(ROLE_HEADING));
	yy = y + ui_put_wrapped(y, x, w, 2, src->title);
	attrset(ui_attr(ROLE_DIM));
	if (round != NULL) {
		line = dilemma_round_title(round);
		yy += ui_put_wrapped(yy, x, w, 1, line);
		free(line);
	}
	attrset(ui_attr(ROLE_NORMAL));
	if (strcmp(src->form, "pool") == 0) {
		attrset(A_BOLD);
		ui_put_wrapped(yy + 1, x, w / 2 - 1, 2, src->pole_a);
		{
			int bw = (int)utf8_width(src->pole_b) < w / 2 - 1 ?
			    (int)utf8_width(src->pole_b) : w / 2 - 1;

			ui_put_wrapped(yy + 1, x + w - bw, bw, 2, src->pole_b);
		}
		attrset(ui_attr(ROLE_NORMAL));
		yy += 3;
	} else
		yy += 1;
	for (k = 0; k < shown.npositions; k++) {
		p = shown.positions[k].position;
		if (p >= 1 && p <= np)
			counts[p]++;
	}
	for (p = 1; p <= np; p++)
		if (counts[p] > maxc)
			maxc = counts[p];
	/* The rest: bars (about a third), the numbers, the names, a line of
	 * spread and what is held back. */
	rows = y + h - yy - 2;
	bh = rows / 3 > 3 ? rows / 3 : 3;
	cw = w / np;
	/* A choice's options under their bars, wrapped over up to three rows
	 * rather than cut. */
	labrows = 1;
	for (p = 1; strcmp(src->form, "keuze") == 0 && p <= np; p++) {
		struct utf8_line *wl;
		size_t nl;

		line = xasprintf("%d %s", p, src->options[p - 1]);
		nl = utf8_wrap(line, (size_t)(cw - 2 > 1 ? cw - 2 : 1), &wl);
		if ((int)nl > labrows)
			labrows = nl < 3 ? (int)nl : 3;
		free(wl);
		free(line);
	}
	for (p = 1; p <= np; p++) {
		int bx = x + (p - 1) * cw, n = silent ? 0 : counts[p] * bh / maxc, bwid;
		char num[256];

		if (counts[p] > 0 && n == 0)
			n = 1;
		bwid = cw - 2 > 1 ? cw - 2 : 1;
		attrset(ui_attr(p == src->team_position ? ROLE_ACCENT : ROLE_DONE) | A_BOLD);
		for (r = 0; r < n; r++)
			bar(yy + bh - 1 - r, bx, bwid);
		attrset(A_BOLD);
		snprintf(num, sizeof num, "%d", silent ? 0 : counts[p]);
		if (!silent && counts[p] > 0)
			ui_put(yy + bh - 1 - n, bx, bwid, num);
		attrset(ui_attr(ROLE_HEADING) | A_BOLD);
		if (strcmp(src->form, "pool") == 0)
			snprintf(num, sizeof num, "%d", p);
		else
			snprintf(num, sizeof num, "%d %s", p, src->options[p - 1]);
		if (labrows > 1)
			ui_put_wrapped(yy + bh, bx, bwid, labrows, num);
		else
			ui_put_fit(yy + bh, bx, bwid, num);
		attrset(ui_attr(ROLE_NORMAL));
	}
	yy += bh + labrows;
	{
		struct dilemma_spread sp;

		dilemma_spread(&shown, &sp);
		if (silent)
			line = xasprintf("Stille ronde: %zu %s binnen, nog niet getoond", held,
			    held == 1 ? "plaats" : "plaatsen");
		else if (held > 0)
			line = xasprintf("Anoniem: %zu van minstens %d plaatsen binnen", held,
			    DILEMMA_ANON_MIN);
		else if (strcmp(src->form, "pool") == 0 && sp.count > 0)
			line = xasprintf("%d %s · spreiding %d–%d · mediaan %d%s", sp.count,
			    sp.count == 1 ? "plaats" : "plaatsen", sp.low, sp.high, sp.median2 / 2,
			    sp.median2 % 2 ? "½" : "");
		else
			line = xasprintf("%zu %s", shown.npositions, shown.npositions == 1 ? "plaats" :
			    "plaatsen");
		attrset(ui_attr(silent || held > 0 ? ROLE_ACCENT : ROLE_DIM));
		ui_put_wrapped(y + h - 1, x, w, 1, line);
		attrset(ui_attr(ROLE_NORMAL));
		free(line);
	}
	/* Names under their bar: layout_names over the same columns. */
	if (!silent && y + h - 2 - yy > 0) {
		const char **names = xcalloc(shown.npositions + 1, sizeof *names);
		int *point = xcalloc(shown.npositions + 1, sizeof *point), any = 0;
		struct layout_names ln;

		for (k = 0; k < shown.npositions; k++) {
			names[k] = shown.positions[k].label;
			point[k] = shown.positions[k].label[0] != '\0' ?
			    shown.positions[k].position : 0;
			any |= point[k] > 0;
		}
		if (any) {
			layout_names(names, point, shown.npositions, np, np * cw, y + h - 2 - yy,
			    &ln);
			for (k = 0; k < ln.n; k++)
				ui_put(yy + ln.v[k].y, x + ln.v[k].x, ln.v[k].w, ln.v[k].text);
			attrset(ui_attr(ROLE_DIM));
			for (k = 0; k < ln.nlegend; k++)
				ui_put(yy + ln.legend_y + (int)k, x, w, ln.legend[k]);
			attrset(ui_attr(ROLE_NORMAL));
			layout_names_free(&ln);
		}
		free(names);
		free(point);
	}
	free(shown.positions);
	free(inround.positions);
}

/* ---- two rounds compared -------------------------------------------------- */

void
ui_draw_compare(struct ui *ui, const struct dilemma *d, int64_t round_a, int64_t round_b,
    int y, int x, int h, int w, int big)
{
	const struct dilemma_round *ra = dilemma_round_find(d, round_a);
	const struct dilemma_round *rb = dilemma_round_find(d, round_b);
	struct dilemma_compare c;
	int np = npoints(d), p, maxc = 1, lw, bw, yy = y, per, hidden_a, hidden_b, one_row = 0;
	char *ta, *tb, *line;
	size_t k;

	(void)ui;
	if (ra == NULL || rb == NULL) {
		ui_put_wrapped(y, x, w, 2, "Er zijn nog geen twee rondes om te vergelijken.");
		return;
	}
	if (np > DILEMMA_MAX_PLACES)
		np = DILEMMA_MAX_PLACES;
	dilemma_compare(d, round_a, round_b, &c);
	/* On the wall a silent round not yet revealed shows no counts. */
	hidden_a = big && dilemma_round_hidden(ra);
	hidden_b = big && dilemma_round_hidden(rb);
	ta = dilemma_round_title(ra);
	tb = dilemma_round_title(rb);
	attrset(A_BOLD | ui_attr(ROLE_HEADING));
	line = xasprintf("Hoe de zaal bewoog: %s", d->title);
	yy += ui_put_wrapped(yy, x, w, 2, line);
	free(line);
	attrset(ui_attr(ROLE_DIM));
	line = xasprintf("▒ %s   █ %s", ta, tb);
	yy += ui_put_wrapped(yy, x, w, 2, line);
	free(line);
	attrset(ui_attr(ROLE_NORMAL));
	yy++;
	for (p = 1; p <= np; p++) {
		if (c.counts_a[p] > maxc)
			maxc = c.counts_a[p];
		if (c.counts_b[p] > maxc)
			maxc = c.counts_b[p];
	}
	/* A label column, then the two bars with their counts. */
	lw = strcmp(d->form, "pool") == 0 ? 2 : w / 4;
	bw = w - lw - 8;
	if (bw < 4)
		bw = 4;
	per = big && y + h - yy > np * 4 + 6 ? 2 : 1;
	/* Short of rows: both bars on one row, each in half the width. */
	if (y + h - yy < np * 2 + 5) {
		int half = (w - lw - 3) / 2 - 4;

		for (p = 1; p <= np && yy < y + h; p++) {
			char *lab = strcmp(d->form, "pool") == 0 ? xasprintf("%d", p) :
			    xasprintf("%d %s", p, d->options[p - 1]);
			int na = hidden_a ? 0 : c.counts_a[p] * half / maxc;
			int nb = hidden_b ? 0 : c.counts_b[p] * half / maxc;
			char num[16] = "";

			attrset(ui_attr(ROLE_HEADING) | A_BOLD);
			ui_put_fit(yy, x, lw, lab);
			free(lab);
			attrset(ui_attr(ROLE_DIM));
			for (k = 0; (int)k < na; k++)
				ui_put(yy, x + lw + 1 + (int)k, 1, "▒");
			attrset(ui_attr(ROLE_NORMAL));
			if (!hidden_a)
				snprintf(num, sizeof num, "%d", c.counts_a[p]);
			ui_put(yy, x + lw + 2 + na, 4, num);
			attrset(ui_attr(ROLE_DONE) | A_BOLD);
			for (k = 0; (int)k < nb; k++)
				ui_put(yy, x + lw + 6 + half + (int)k, 1, "█");
			attrset(ui_attr(ROLE_NORMAL));
			num[0] = '\0';
			if (!hidden_b)
				snprintf(num, sizeof num, "%d", c.counts_b[p]);
			ui_put(yy, x + lw + 7 + half + nb, 4, num);
			yy++;
		}
		one_row = 1;
	}
	for (p = 1; p <= np && !one_row && yy + per * 2 <= y + h; p++) {
		char *lab = strcmp(d->form, "pool") == 0 ? xasprintf("%d", p) :
		    xasprintf("%d %s", p, d->options[p - 1]);
		int r, na = hidden_a ? 0 : c.counts_a[p] * bw / maxc;
		int nb = hidden_b ? 0 : c.counts_b[p] * bw / maxc;
		char num[16];

		attrset(ui_attr(ROLE_HEADING) | A_BOLD);
		ui_put_fit(yy, x, lw, lab);
		free(lab);
		for (r = 0; r < per; r++) {
			attrset(ui_attr(ROLE_DIM));
			for (k = 0; (int)k < na; k++)
				ui_put(yy + r, x + lw + 1 + (int)k, 1, "▒");
			attrset(ui_attr(ROLE_DONE) | A_BOLD);
			for (k = 0; (int)k < nb; k++)
				ui_put(yy + per + r, x + lw + 1 + (int)k, 1, "█");
		}
		attrset(ui_attr(ROLE_NORMAL));
		snprintf(num, sizeof num, "%s", "");
		if (!hidden_a)
			snprintf(num, sizeof num, "%d", c.counts_a[p]);
		ui_put(yy, x + lw + 2 + na, 6, num);
		num[0] = '\0';
		if (!hidden_b)
			snprintf(num, sizeof num, "%d", c.counts_b[p]);
		ui_put(yy + per, x + lw + 2 + nb, 6, num);
		yy += per * 2;
	}
	yy++;
	/* The numbers: places, median and spread before and after, who moved. */
	line = dilemma_compare_text(d, &c, hidden_a, hidden_b);
	ui_put_wrapped(yy, x, w, y + h - yy, line);
	free(line);
	free(ta);
	free(tb);
	dilemma_compare_free(&c);
}
