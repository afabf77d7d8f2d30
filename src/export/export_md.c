/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * export_md.c: Markdown for pandoc and for the wikis and repositories a
 * team keeps its notes in. ATX headings, pipe tables for the players and
 * the progress grid, a Mermaid quadrantChart for power × interest.
 *
 * All user text goes through one escaper (md_text): whatever a team typed
 * comes out as the same characters and never as markup: no heading, list,
 * table cell, HTML or link of its own.
 */
#include "config.h"

#include <assert.h>
#include <stdlib.h>
#include <string.h>

#include "vitaal/coalition.h"
#include "vitaal/export.h"
#include "vitaal/intervisie.h"
#include "vitaal/player.h"
#include "vitaal/report.h"
#include "vitaal/utf8.h"
#include "vitaal/util.h"

/* Escaped wherever they stand: they open emphasis, code, links, raw HTML,
 * entities, math, footnotes, attributes or table cells in pandoc's
 * Markdown. The rest (- . = : and digits) only matters at a line's start. */
#define MD_ALWAYS	"\\`*_{}[]<>()#+!|~^$@&"
#define MD_LINESTART	"-+=:.>#"

/* At a line's start: skip its blanks, and escape what would open a block
 * (list, ordered list, setext underline, definition). Returns the next
 * position to copy from. */
static const char *
md_linestart(struct strbuf *b, const char *p)
{
	const char *q;

	while (*p == ' ' || *p == '\t')
		p++;
	if (*p != '\0' && strchr(MD_LINESTART, *p) != NULL) {
		strbuf_putc(b, '\\');
		strbuf_putc(b, *p);
		return p + 1;
	}
	for (q = p; *q >= '0' && *q <= '9'; q++)
		;
	if (q > p && *q == '.') {
		strbuf_add(b, p, (size_t)(q - p));
		strbuf_puts(b, "\\.");
		return q + 1;
	}
	return p;
}

/*
 * Append s as literal Markdown text. cont is what follows a line break
 * inside the block: NULL joins lines with a space (headings, table
 * cells); otherwise a newline is a hard break and the next line starts
 * with cont (the list item's indent or a quote's "> "). With paragraphs,
 * a blank line in s stays a paragraph break.
 */
static void
md_text(struct strbuf *b, const char *s, const char *cont, int paragraphs)
{
	char *t = utf8_sanitize(s != NULL ? s : "", s != NULL ? strlen(s) : 0);
	size_t end = strlen(t);
	const char *p;
	int nl;

	/* Trailing blanks would end the block in a stray hard break. */
	while (end > 0 && strchr(" \t\n", t[end - 1]) != NULL)
		t[--end] = '\0';
	p = md_linestart(b, t);
	while (*p != '\0') {
		if (*p == '\n') {
			for (nl = 0; *p == '\n' || *p == ' ' || *p == '\t'; p++)
				nl += *p == '\n';
			if (cont == NULL)
				strbuf_putc(b, ' ');
			else if (nl > 1 && paragraphs)
				strbuf_printf(b, "\n%.*s\n%s", (int)strcspn(cont, " "), cont, cont);
			else
				strbuf_printf(b, "\\\n%s", cont);
			p = cont == NULL ? p : md_linestart(b, p);
			continue;
		}
		if (*p == '\t')
			strbuf_putc(b, ' ');
		else {
			if (strchr(MD_ALWAYS, *p) != NULL)
				strbuf_putc(b, '\\');
			strbuf_putc(b, *p);
		}
		p++;
	}
	free(t);
}

static void
heading(struct strbuf *b, int level, const char *text)
{
	strbuf_printf(b, "%.*s ", level, "######");
	md_text(b, text, NULL, 0);
	strbuf_puts(b, "\n\n");
}

/* A "- **Label:** value" line of a field list. */
static void
field(struct strbuf *b, const char *label, const char *value)
{
	strbuf_printf(b, "- **%s:** ", label);
	md_text(b, value != NULL && !str_is_blank(value) ? value : "–", "  ", 0);
	strbuf_putc(b, '\n');
}

/* One list item of user text. */
static void
item(struct strbuf *b, const char *text)
{
	strbuf_puts(b, "- ");
	md_text(b, text, "  ", 0);
	strbuf_putc(b, '\n');
}

/*
 * A pipe table's header and separator. pandoc takes the columns' relative
 * widths from the dashes of the separator when a line of the table is
 * wider than its 72 columns; every separator here is (its dashes add up
 * to 100), so a docx or odt gets these proportions instead of columns
 * as narrow as their header. align per column: 'l', 'r' or 'c'.
 */
struct md_col {
	const char	*title;
	int		 width;		/* share of 100 */
	char		 align;
};

static void
table_head(struct strbuf *b, const struct md_col *cols, size_t n)
{
	size_t i;
	int d, total = 0;

	strbuf_putc(b, '|');
	for (i = 0; i < n; i++)
		strbuf_printf(b, " %s |", cols[i].title);
	strbuf_puts(b, "\n|");
	for (i = 0; i < n; i++) {
		total += cols[i].width;
		strbuf_putc(b, cols[i].align == 'r' ? '-' : ':');
		for (d = 2; d < cols[i].width; d++)
			strbuf_putc(b, '-');
		strbuf_putc(b, cols[i].align == 'l' ? '-' : ':');
		strbuf_putc(b, '|');
	}
	strbuf_putc(b, '\n');
	assert(total == 100);
}

/* A table cell: the text on one line, its pipes escaped. */
static void
cell(struct strbuf *b, const char *text)
{
	strbuf_puts(b, " ");
	md_text(b, text, NULL, 0);
	strbuf_puts(b, " |");
}

static void
cite(struct strbuf *b, const struct report *r, const char *source, const char *chapter)
{
	char *c = report_cite(r, source, chapter);

	if (c == NULL)
		return;
	strbuf_puts(b, "*Bron: ");
	md_text(b, c, NULL, 0);
	strbuf_puts(b, "*\n\n");
	free(c);
}

/* A question in bold, its answer quoted under it, and its source. */
static void
question(struct strbuf *b, const struct report *r, const struct cat_item *it,
    const char *key, const char *value)
{
	strbuf_puts(b, "**");
	md_text(b, it != NULL ? it->prompt : key, NULL, 0);
	strbuf_puts(b, "**\n\n");
	if (value != NULL) {
		strbuf_puts(b, "> ");
		md_text(b, str_is_blank(value) ? "(gewist)" : value, "> ", 1);
		strbuf_puts(b, "\n\n");
	}
	if (it != NULL)
		cite(b, r, it->source, it->chapter);
}

static void
grid(struct strbuf *b, const struct report *r, const struct report_coalition *rc, int h)
{
	const struct catalogue *cat = r->cat;
	size_t row, ph;

	static const struct md_col cols[] = { { "Checklist", 32, 'l' }, { "Fase 1", 17, 'r' },
	    { "Fase 2", 17, 'r' }, { "Fase 3", 17, 'r' }, { "Fase 4", 17, 'r' } };

	heading(b, h, "Voortgang per fase en sleutel");
	table_head(b, cols, 5);
	for (row = 0; row < cat->ncheckrows && row < 4; row++) {
		strbuf_putc(b, '|');
		cell(b, cat->checkrows[row].short_name != NULL ? cat->checkrows[row].short_name :
		    cat->checkrows[row].name);
		for (ph = 0; ph < 4; ph++)
			strbuf_printf(b, " %d/%d |", rc->progress.cell[ph][row].answered,
			    rc->progress.cell[ph][row].total);
		strbuf_putc(b, '\n');
	}
	strbuf_printf(b, "\nInitiatief %d/%d; stappen", rc->progress.initiative.answered,
	    rc->progress.initiative.total);
	for (ph = 0; ph < 5; ph++)
		strbuf_printf(b, " %zu: %d/%d%s", ph + 1, rc->progress.step[ph].answered,
		    rc->progress.step[ph].total, ph < 4 ? "," : "\\.\n\n");
	cite(b, r, report_models[3].source, report_models[3].chapter);
}

static void
timeline(struct strbuf *b, const struct report_coalition *rc, int h)
{
	static const struct md_col cols[] = { { "Datum", 14, 'l' }, { "Volgens", 10, 'l' },
	    { "Formulering", 76, 'l' } };
	size_t i;

	if (rc->nformulations <= 1)
		return;
	heading(b, h, "Het vraagstuk door de tijd");
	table_head(b, cols, 3);
	for (i = 0; i < rc->nformulations; i++) {
		const struct formulation *f = &rc->formulations[i];

		strbuf_printf(b, "| %.10s | %s |", f->changed, f->step == 1 ? "ons" : "samen");
		cell(b, f->value);
		strbuf_putc(b, '\n');
	}
	strbuf_putc(b, '\n');
}

static void
sections(struct strbuf *b, const struct report *r, const struct report_coalition *rc, int h)
{
	size_t s, i;

	for (s = 0; s < rc->nsections; s++) {
		const struct report_section *sec = &rc->sections[s];

		heading(b, h, sec->form->title);
		for (i = 0; i < sec->nitems; i++)
			question(b, r, sec->items[i].item, sec->items[i].item->key,
			    sec->items[i].value);
	}
	timeline(b, rc, h);
}

static void
player_table(struct strbuf *b, const struct player_list *pl)
{
	static const struct md_col cols[] = { { "Naam", 26, 'l' }, { "Rol", 14, 'l' },
	    { "Macht", 8, 'r' }, { "Belang", 8, 'r' }, { "Kwadrant", 16, 'l' },
	    { "Standpunt", 16, 'l' }, { "Kopgroep", 12, 'c' } };
	size_t i;

	table_head(b, cols, 7);
	for (i = 0; i < pl->n; i++) {
		const struct player *p = &pl->v[i];

		strbuf_putc(b, '|');
		cell(b, p->name);
		cell(b, p->role);
		strbuf_printf(b, " %d | %d | %s |", p->power, p->interest,
		    report_quadrant_names[report_quadrant(p->power, p->interest) - 1]);
		cell(b, p->standpunt);
		strbuf_printf(b, " %s |\n", p->kopgroep ? "ja" : "");
	}
	strbuf_putc(b, '\n');
}

/* The analysis of each player, for a coalition report: one list item,
 * its own belang and bijdrage on lines of their own. */
static void
player_details(struct strbuf *b, const struct player_list *pl)
{
	size_t i;

	for (i = 0; i < pl->n; i++) {
		const struct player *p = &pl->v[i];
		int eb = !str_is_blank(p->eigen_belang), bd = !str_is_blank(p->bijdrage);
		char *what = report_player_analysis(p);
		char *line = xasprintf("%s%s%s: %s%s%s%s%s", p->name,
		    p->organisation[0] ? " – " : "", p->organisation, what,
		    eb ? "\nEigen belang: " : "", eb ? p->eigen_belang : "",
		    bd ? "\nBijdrage: " : "", bd ? p->bijdrage : "");

		free(what);
		item(b, line);
		free(line);
	}
	strbuf_putc(b, '\n');
}

/* A name Mermaid reads as one quoted string: no quotes or line breaks of
 * its own, and no angle brackets for its HTML labels to take as tags. */
static void
mermaid_name(struct strbuf *b, const char *s)
{
	char *t = utf8_sanitize(s, strlen(s)), *p;

	strbuf_putc(b, '"');
	for (p = t; *p != '\0'; p++) {
		if (*p == '"')
			strbuf_putc(b, '\'');
		else if (*p == '<')
			strbuf_puts(b, "‹");
		else if (*p == '>')
			strbuf_puts(b, "›");
		else
			strbuf_putc(b, *p == '\n' || *p == '\t' || *p == '#' || *p == ';' ?
			    ' ' : *p);
	}
	strbuf_putc(b, '"');
	free(t);
}

/* A 0..5 score as a Mermaid coordinate (0.05..0.95, so the points stay off
 * the edges), moved right by nth players already in the same cell. */
static int
mermaid_coord(int v, size_t nth)
{
	int c = 5 + 18 * v + 3 * (int)nth;

	return c > 99 ? 99 : c;
}

/* The power × interest grid as a Mermaid quadrantChart. */
static void
quadrant_chart(struct strbuf *b, const struct player_list *pl)
{
	size_t i, k, nth;

	strbuf_puts(b, "```mermaid\nquadrantChart\n"
	    "    title Macht en belang\n"
	    "    x-axis Weinig belang --> Veel belang\n"
	    "    y-axis Weinig macht --> Veel macht\n");
	for (i = 0; i < REPORT_NQUADRANTS; i++)
		strbuf_printf(b, "    quadrant-%zu %s\n", i + 1, report_quadrant_names[i]);
	for (i = 0; i < pl->n; i++) {
		const struct player *p = &pl->v[i];

		for (k = nth = 0; k < i; k++)
			nth += pl->v[k].power == p->power && pl->v[k].interest == p->interest;
		strbuf_puts(b, "    ");
		mermaid_name(b, p->name);
		strbuf_printf(b, ": [0.%02d, 0.%02d]\n", mermaid_coord(p->interest, nth),
		    mermaid_coord(p->power, 0));
	}
	strbuf_puts(b, "```\n\n");
}

static void
relations(struct strbuf *b, const struct report_coalition *rc)
{
	size_t i;

	if (rc->relations->n == 0)
		return;
	strbuf_puts(b, "Relaties:\n\n");
	for (i = 0; i < rc->relations->n; i++) {
		char *line = report_relation_text(rc, &rc->relations->v[i]);

		item(b, line);
		free(line);
	}
	strbuf_putc(b, '\n');
}

static void
players(struct strbuf *b, const struct report *r, const struct report_coalition *rc, int h)
{
	heading(b, h, "Spelers");
	if (rc->players->n == 0) {
		strbuf_puts(b, "Nog geen spelers\\.\n\n");
		return;
	}
	player_table(b, rc->players);
	if (rc->full)
		player_details(b, rc->players);
	relations(b, rc);
	heading(b, h + 1, "Macht en belang");
	quadrant_chart(b, rc->players);
	cite(b, r, report_models[0].source, report_models[0].chapter);
	cite(b, r, report_models[1].source, report_models[1].chapter);
}

static void
typology(struct strbuf *b, const struct report *r, const struct report_coalition *rc, int h)
{
	struct report_field f[REPORT_TYPOLOGY_FIELDS];
	size_t i, n = report_typology(rc, f);

	if (n == 0)
		return;
	heading(b, h, "Typologie");
	for (i = 0; i < n; i++)
		field(b, f[i].label, f[i].value);
	strbuf_putc(b, '\n');
	report_fields_free(f, n);
	if (rc->type.chosen != NULL)
		cite(b, r, rc->type.chosen->source, rc->type.chosen->chapter);
}

/* The 7-point scale as a table: each point with the names on it and the
 * team's place (▲); the poles name points 1 and 7. */
static void
pole_box(struct strbuf *b, const struct dilemma *d)
{
	char *spread;
	size_t i;
	int pt, any;

	static const struct md_col cols[] = { { "Punt", 34, 'r' }, { "Wie staat hier", 56, 'l' },
	    { "Team", 10, 'c' } };

	table_head(b, cols, 3);
	for (pt = 1; pt <= 7; pt++) {
		strbuf_printf(b, "| %d", pt);
		if (pt == 1 || pt == 7) {
			strbuf_puts(b, " (");
			md_text(b, pt == 1 ? d->pole_a : d->pole_b, NULL, 0);
			strbuf_putc(b, ')');
		}
		strbuf_puts(b, " |");
		for (i = 0, any = 0; i < d->npositions; i++)
			if (d->positions[i].position == pt) {
				strbuf_puts(b, any++ ? ", " : " ");
				md_text(b, d->positions[i].label[0] ? d->positions[i].label :
				    "(anoniem)", NULL, 0);
			}
		strbuf_printf(b, " | %s |\n", pt == d->team_position ? "▲" : "");
	}
	strbuf_putc(b, '\n');
	if ((spread = report_spread_text(d)) != NULL) {
		md_text(b, spread, NULL, 0);
		strbuf_puts(b, d->team_position ? "; ▲ = plaats van het team\\.\n\n" : "\\.\n\n");
		free(spread);
	}
}

static void
choice_box(struct strbuf *b, const struct dilemma *d)
{
	int *counts = xcalloc(d->noptions + 1, sizeof(*counts));
	size_t k;

	dilemma_tally(d, counts);
	static const struct md_col cols[] = { { "Keuze", 84, 'l' }, { "Aantal", 16, 'r' } };

	table_head(b, cols, 2);
	for (k = 0; k < d->noptions; k++) {
		strbuf_putc(b, '|');
		cell(b, d->options[k]);
		strbuf_printf(b, " %d |\n", counts[k]);
	}
	strbuf_putc(b, '\n');
	free(counts);
}

/* The arguments of one situation and stance, one cell, a <br> between. */
static void
arguments(struct strbuf *b, const struct dilemma *d, const char *situation, const char *stance)
{
	size_t k;
	int any = 0;

	strbuf_putc(b, ' ');
	for (k = 0; k < d->narguments; k++)
		if (strcmp(d->arguments[k].situation, situation) == 0 &&
		    strcmp(d->arguments[k].stance, stance) == 0) {
			if (any++)
				strbuf_puts(b, "<br>");
			md_text(b, d->arguments[k].text, NULL, 0);
		}
	strbuf_puts(b, " |");
}

/* Pro and contra of the current and the new situation, a 2 × 2 table. */
static void
procontra_box(struct strbuf *b, const struct dilemma *d)
{
	static const struct md_col cols[] = { { "Situatie", 30, 'l' }, { "Voor", 35, 'l' },
	    { "Tegen", 35, 'l' } };

	table_head(b, cols, 3);
	strbuf_puts(b, "| Huidige situatie: ");
	md_text(b, d->pole_a, NULL, 0);
	strbuf_puts(b, " |");
	arguments(b, d, "huidig", "voor");
	arguments(b, d, "huidig", "tegen");
	strbuf_puts(b, "\n| Nieuwe situatie: ");
	md_text(b, d->pole_b, NULL, 0);
	strbuf_puts(b, " |");
	arguments(b, d, "nieuw", "voor");
	arguments(b, d, "nieuw", "tegen");
	strbuf_puts(b, "\n\n");
	if (!str_is_blank(d->between_text)) {
		strbuf_puts(b, "**Ertussenin:** ");
		md_text(b, d->between_text, "", 0);
		strbuf_puts(b, "\n\n");
	}
}

static void
dilemmas(struct strbuf *b, const struct report *r, const struct report_coalition *rc, int h)
{
	const struct dilemma_list *dl = rc->dilemmas;
	const struct cat_dilemma *origin;
	size_t i;

	if (dl->n == 0)
		return;
	heading(b, h, "Dilemma's");
	for (i = 0; i < dl->n; i++) {
		const struct dilemma *d = &dl->v[i];

		heading(b, h + 1, d->title);
		if (strcmp(d->form, "pool") == 0)
			pole_box(b, d);
		else if (strcmp(d->form, "keuze") == 0)
			choice_box(b, d);
		else
			procontra_box(b, d);
		if (!str_is_blank(d->rationale)) {
			strbuf_puts(b, "**Waarom:** ");
			md_text(b, d->rationale, "", 0);
			strbuf_puts(b, "\n\n");
		}
		if ((origin = report_dilemma_origin(r, d)) != NULL)
			cite(b, r, origin->source, origin->chapter);
	}
}

static void
rest(struct strbuf *b, const struct report_coalition *rc, int h)
{
	size_t i;

	if (rc->collaborations->n > 0) {
		heading(b, h, "Andere samenwerkingen op het terrein");
		for (i = 0; i < rc->collaborations->n; i++) {
			const struct collaboration *c = &rc->collaborations->v[i];
			char *line = xasprintf("%s (%s)%s%s%s%s", c->name, c->stance,
			    c->description[0] ? ": " : "", c->description,
			    c->note[0] ? "\n" : "", c->note);

			item(b, line);
			free(line);
		}
		strbuf_putc(b, '\n');
	}
	if (rc->notes->n > 0) {
		heading(b, h, "Notities");
		for (i = 0; i < rc->notes->n; i++)
			item(b, rc->notes->v[i].text);
		strbuf_putc(b, '\n');
	}
}

static void
open_questions(struct strbuf *b, const struct report *r, const struct report_coalition *rc,
    int h)
{
	char *title;
	size_t i;

	if (rc->nopen == 0 || rc->open_form == NULL)
		return;
	title = xasprintf("Open vragen: %s", rc->open_form->title);
	heading(b, h, title);
	free(title);
	for (i = 0; i < rc->nopen; i++)
		item(b, rc->open[i].item->prompt);
	strbuf_putc(b, '\n');
	cite(b, r, rc->open_form->source, rc->open_form->chapter);
}

static void
sources(struct strbuf *b, const struct report *r)
{
	size_t i;

	if (r->nsources == 0)
		return;
	heading(b, 2, "Bronnen");
	for (i = 0; i < r->nsources; i++) {
		char *ref = report_reference(r->sources[i]);

		item(b, ref);
		free(ref);
	}
	strbuf_putc(b, '\n');
}

static void
coalition_full(struct strbuf *b, const struct report *r, const struct report_coalition *rc)
{
	field(b, "Fase", coalition_phase_label(rc->c->phase));
	field(b, "Opgave", rc->opgave);
	field(b, "Coalitiedoel", rc->doel);
	if (rc->c->archived)
		field(b, "Status", "gearchiveerd");
	strbuf_putc(b, '\n');
	grid(b, r, rc, 2);
	sections(b, r, rc, 2);
	players(b, r, rc, 2);
	typology(b, r, rc, 2);
	dilemmas(b, r, rc, 2);
	rest(b, rc, 2);
	open_questions(b, r, rc, 2);
}

static void
session(struct strbuf *b, const struct report *r)
{
	const struct session_rec *s = r->session;
	struct strbuf who = { 0 };
	char *title;
	size_t i, k;

	field(b, "Datum", s->date);
	field(b, "Plaats", s->place);
	if (!str_is_blank(s->facilitator))
		field(b, "Facilitator", s->facilitator);
	for (i = 0; i < r->nattendees; i++)
		strbuf_printf(&who, "%s%s", i > 0 ? ", " : "", r->attendees[i]);
	field(b, "Aanwezig", who.s);
	strbuf_free(&who);
	strbuf_putc(b, '\n');
	heading(b, 2, "Agenda");
	for (i = 0; i < r->ncoalitions; i++)
		item(b, r->coalitions[i].c->name);
	strbuf_puts(b, r->ncoalitions == 0 ? "Geen coalitie besproken\\.\n\n" : "\n");
	for (i = 0; i < r->ncoalitions; i++) {
		const struct report_coalition *rc = &r->coalitions[i];

		title = xasprintf("Coalitie: %s", rc->c->name);
		heading(b, 2, title);
		free(title);
		heading(b, 3, "Toegevoegd of gewijzigd");
		for (k = 0; k < rc->nchanges; k++)
			question(b, r, rc->changes[k].item, rc->changes[k].item_key,
			    rc->changes[k].value);
		if (rc->nchanges == 0)
			strbuf_puts(b, "Niets: in deze sessie is geen antwoord bewaard\\.\n\n");
		players(b, r, rc, 3);
		dilemmas(b, r, rc, 3);
		open_questions(b, r, rc, 3);
	}
}

/* An intervisie day's questions, with advice and actions. */
static void
questions(struct strbuf *b, const struct report *r)
{
	struct report_question rq;
	size_t i, k;

	heading(b, 2, "Intervisievragen");
	if (r->questions->n == 0)
		strbuf_puts(b, "Geen vragen ingebracht\\.\n\n");
	for (i = 0; i < r->questions->n; i++) {
		report_question(&r->questions->v[i], &rq);
		heading(b, 3, rq.heading);
		for (k = 0; k < rq.nfields; k++)
			field(b, rq.fields[k].label, rq.fields[k].value);
		strbuf_putc(b, '\n');
		if (rq.nadvice > 0)
			heading(b, 4, "Adviezen");
		for (k = 0; k < rq.nadvice; k++)
			item(b, rq.advice[k]);
		strbuf_puts(b, rq.nadvice > 0 ? "\n" : "");
		if (rq.nactions > 0)
			heading(b, 4, "Acties");
		for (k = 0; k < rq.nactions; k++)
			item(b, rq.actions[k]);
		strbuf_puts(b, rq.nactions > 0 ? "\n" : "");
		report_question_clear(&rq);
	}
}

/* An intervisie group: members, days with their questions, themes. */
static void
group(struct strbuf *b, const struct report *r)
{
	const struct report_group *g = r->group;
	struct strbuf who = { 0 };
	char *line;
	size_t i, k;

	for (i = 0; i < g->nmembers; i++)
		strbuf_printf(&who, "%s%s", i > 0 ? ", " : "", g->members[i]);
	field(b, "Leden", who.s);
	strbuf_free(&who);
	strbuf_putc(b, '\n');
	heading(b, 2, "Intervisiedagen");
	if (g->ndays == 0)
		strbuf_puts(b, "Nog geen intervisiedagen\\.\n");
	for (i = 0; i < g->ndays; i++) {
		line = report_day_line(&g->days[i]);
		item(b, line);
		free(line);
		for (k = 0; k < g->days[i].questions->n; k++) {
			line = report_question_line(&g->days[i].questions->v[k]);
			strbuf_puts(b, "  ");
			item(b, line);
			free(line);
		}
	}
	strbuf_putc(b, '\n');
	heading(b, 2, "Terugkerende thema's");
	if (g->nthemes == 0)
		strbuf_puts(b, "Nog geen thema's\\.\n");
	for (i = 0; i < g->nthemes; i++) {
		line = report_theme_line(&g->themes[i]);
		item(b, line);
		free(line);
	}
	strbuf_putc(b, '\n');
}

/* The harvest: each lesson with the questions it came from. */
static void
lessons(struct strbuf *b, const struct report *r)
{
	char *line;
	size_t i;

	heading(b, 2, "Oogst: lessen");
	if (r->nlessons == 0)
		strbuf_puts(b, r->group != NULL ? "Nog geen lessen\\.\n" :
		    "Geen lessen uit de vragen van deze dag\\.\n");
	for (i = 0; i < r->nlessons; i++) {
		line = report_lesson_line(&r->lessons[i]);
		item(b, line);
		free(line);
	}
	strbuf_putc(b, '\n');
}

int
export_md(const struct report *r, struct strbuf *out, char **cause)
{
	char *title = report_title(r);

	(void)cause;
	heading(out, 1, title);
	free(title);
	if (r->group != NULL)
		group(out, r);
	else if (r->session != NULL)
		session(out, r);
	else
		coalition_full(out, r, &r->coalitions[0]);
	if (r->questions != NULL)
		questions(out, r);
	if (r->lessons != NULL)
		lessons(out, r);
	sources(out, r);
	strbuf_puts(out, "---\n\n*Samenvatting uit Vitaal, werkboek voor vitale coalities\\.*\n");
	return 0;
}
