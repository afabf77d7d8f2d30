/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * report_doc_full.c: the coalition report and an intervisie group's
 * summary as document trees (doc.h), and the two figures a session's
 * summary shares with them: the power × interest map and the typology's
 * 2 × 2. The parts a coalition report has in common with a session (the
 * players, typology, dilemmas and open questions) come from report_doc.c,
 * so each is decided once.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vitaal/coalition.h"
#include "vitaal/doc.h"
#include "vitaal/intervisie.h"
#include "vitaal/player.h"
#include "vitaal/report.h"
#include "vitaal/util.h"
#include "vitaal/vraagstuk.h"
#include "report_doc_int.h"

#define FOOTER	"Samenvatting uit Vitaal, werkboek voor vitale coalities."

/* The players on the power × interest grid, with their relations as
 * links between the rows. */
void
report_doc_map(struct doc *d, const struct report_coalition *rc)
{
	static const char *const titles[] = { "Naam", "Rol", "Macht", "Belang", "Kopgroep" };
	static const int widths[] = { 40, 24, 12, 12, 12 };
	const struct player_list *pl = rc->players;
	struct doc_block *t;
	size_t i, k, from, to;

	if (pl->n == 0)
		return;
	t = doc_table(d, 5, titles, widths, "llrrc");
	doc_figure(t, DOC_FIG_MAP, NULL, NULL);
	for (i = 0; i < pl->n; i++) {
		const struct player *p = &pl->v[i];
		char power[8], interest[8];
		const char *row[5] = { p->name, p->role, power, interest, p->kopgroep ? "ja" : "" };

		snprintf(power, sizeof(power), "%d", p->power);
		snprintf(interest, sizeof(interest), "%d", p->interest);
		doc_row(t, row);
	}
	for (i = 0; i < rc->relations->n; i++) {
		const struct relation *rel = &rc->relations->v[i];

		from = to = pl->n;
		for (k = 0; k < pl->n; k++) {
			if (pl->v[k].id == rel->from_player)
				from = k;
			if (pl->v[k].id == rel->to_player)
				to = k;
		}
		if (from < pl->n && to < pl->n)
			doc_link(t, from, to, rel->strength, strcmp(rel->kind, "spanning") == 0,
			    relation_kind_label(rel->kind));
	}
}

/* The book's 2 × 2 of coalition types, the chosen one marked. */
void
report_doc_typology_grid(struct doc *d, const struct report *r,
    const struct report_coalition *rc)
{
	static const char *const titles[] = { "Opgave", "Eenvoudig systeem", "Complex systeem" };
	static const int widths[] = { 30, 35, 35 };
	static const char *const opgave[2] = { "bekend", "turbulent" };
	static const char *const label[2] = { "Vraag bekend", "Turbulent (vraag onbekend)" };
	static const char *const systeem[2] = { "eenvoudig", "complex" };
	const struct catalogue *cat = r->cat;
	struct doc_block *t;
	size_t i;
	int row, col;

	if (cat == NULL || cat->ntypes == 0)
		return;
	t = doc_table(d, 3, titles, widths, "lll");
	doc_figure(t, DOC_FIG_TYPOLOGY, NULL, NULL);
	for (row = 0; row < 2; row++) {
		const char *cells[3] = { label[row], "", "" };

		for (col = 0; col < 2; col++)
			for (i = 0; i < cat->ntypes; i++)
				if (strcmp(cat->types[i].opgave, opgave[row]) == 0 &&
				    strcmp(cat->types[i].systeem, systeem[col]) == 0) {
					cells[col + 1] = cat->types[i].name;
					if (&cat->types[i] == rc->type.chosen)
						t->table.mark = row * 2 + col + 1;
				}
		doc_row(t, cells);
	}
}

/* The phase × aandachtspunt grid of answered/total questions, with how
 * the rows relate to the sleutels. */
static void
progress(struct doc *d, const struct report *r, const struct report_coalition *rc)
{
	static const char *const titles[] = { "Aandachtspunt", "Fase 1", "Fase 2", "Fase 3",
	    "Fase 4" };
	static const int widths[] = { 32, 17, 17, 17, 17 };
	const struct catalogue *cat = r->cat;
	struct strbuf line = { 0 };
	struct doc_block *t;
	char num[4][32];
	size_t row, ph;

	doc_heading(d, 2, report_grid_title);
	t = doc_table(d, 5, titles, widths, "lrrrr");
	for (row = 0; row < cat->ncheckrows && row < 4; row++) {
		const char *cells[5];

		cells[0] = cat->checkrows[row].short_name != NULL ? cat->checkrows[row].short_name :
		    cat->checkrows[row].name;
		for (ph = 0; ph < 4; ph++) {
			snprintf(num[ph], sizeof(num[ph]), "%d/%d",
			    rc->progress.cell[ph][row].answered, rc->progress.cell[ph][row].total);
			cells[ph + 1] = num[ph];
		}
		doc_row(t, cells);
	}
	strbuf_printf(&line, "Initiatief %d/%d; stappen", rc->progress.initiative.answered,
	    rc->progress.initiative.total);
	for (ph = 0; ph < 5; ph++)
		strbuf_printf(&line, " %zu: %d/%d%s", ph + 1, rc->progress.step[ph].answered,
		    rc->progress.step[ph].total, ph < 4 ? "," : ".");
	doc_para(d, DOC_PLAIN, 0, line.s);
	strbuf_free(&line);
	doc_para(d, DOC_PLAIN, 0, report_grid_note);
	report_doc_cite(d, r, report_models[3].source, report_models[3].chapter, 0);
}

/* Every form with answers, each question with its answer and source;
 * then how the vraagstuk was put over time. */
static void
sections(struct doc *d, const struct report *r, const struct report_coalition *rc)
{
	static const char *const titles[] = { "Datum", "Volgens", "Formulering" };
	static const int widths[] = { 14, 10, 76 };
	struct doc_block *t;
	size_t s, i;

	for (s = 0; s < rc->nsections; s++) {
		const struct report_section *sec = &rc->sections[s];

		doc_heading(d, 2, sec->form->title);
		for (i = 0; i < sec->nitems; i++) {
			const struct report_item *it = &sec->items[i];

			doc_para(d, DOC_QUESTION, 1, it->item->prompt);
			if (it->value != NULL)
				doc_para(d, DOC_ANSWER, 2, str_is_blank(it->value) ? "(gewist)" :
				    it->value);
			report_doc_cite(d, r, it->item->source, it->item->chapter, 2);
		}
	}
	if (rc->nformulations <= 1)
		return;
	doc_heading(d, 2, "Het vraagstuk door de tijd");
	t = doc_table(d, 3, titles, widths, "lll");
	for (i = 0; i < rc->nformulations; i++) {
		const struct formulation *f = &rc->formulations[i];
		char *date = xstrndup(f->changed, 10);
		const char *cells[3] = { date, f->step == 1 ? "ons" : "samen", f->value };

		doc_row(t, cells);
		free(date);
	}
}

/* What the method asks of each player, for the coalition report. */
static void
analysis(struct doc *d, const struct report_coalition *rc)
{
	const struct player_list *pl = rc->players;
	struct doc_block *l;
	size_t i;

	if (pl->n == 0)
		return;
	doc_heading(d, 2, "Spelersanalyse");
	l = doc_list(d);
	for (i = 0; i < pl->n; i++) {
		const struct player *p = &pl->v[i];
		char *what = report_player_analysis(p), *line;

		line = xasprintf("%s%s%s: %s", p->name, p->organisation[0] ? " – " : "",
		    p->organisation, what);
		doc_item(l, 0, line);
		free(line);
		free(what);
		if (!str_is_blank(p->eigen_belang)) {
			line = xasprintf("Eigen belang: %s", p->eigen_belang);
			doc_item(l, 1, line);
			free(line);
		}
		if (!str_is_blank(p->bijdrage)) {
			line = xasprintf("Bijdrage: %s", p->bijdrage);
			doc_item(l, 1, line);
			free(line);
		}
	}
}

static void
rest(struct doc *d, const struct report_coalition *rc)
{
	struct doc_block *l;
	size_t i;

	if (rc->collaborations->n > 0) {
		doc_heading(d, 2, "Andere samenwerkingen op het terrein");
		l = doc_list(d);
		for (i = 0; i < rc->collaborations->n; i++) {
			const struct collaboration *c = &rc->collaborations->v[i];
			char *line = xasprintf("%s (%s)%s%s", c->name, c->stance,
			    c->description[0] ? ": " : "", c->description);

			doc_item(l, 0, line);
			free(line);
			if (!str_is_blank(c->note))
				doc_item(l, 1, c->note);
		}
	}
	if (rc->notes->n > 0) {
		doc_heading(d, 2, "Notities");
		l = doc_list(d);
		for (i = 0; i < rc->notes->n; i++)
			doc_item(l, 0, rc->notes->v[i].text);
	}
}

/* A session's coalition parts one level up: the coalition is the
 * document here, not a section of it. */
static void
promote(struct doc *d, size_t from)
{
	for (; from < d->n; from++)
		if (d->v[from].kind == DOC_HEADING && d->v[from].level > 2)
			d->v[from].level--;
}

struct doc *
report_doc_coalition(const struct report *r)
{
	const struct report_coalition *rc = &r->coalitions[0];
	struct doc_block *f;
	struct doc *d;
	char *title = report_title(r);
	size_t mark;

	d = doc_new(title);
	doc_heading(d, 1, title);
	free(title);
	f = doc_fields(d);
	doc_field(f, "Opgave", rc->opgave);
	doc_field(f, "Coalitiedoel", rc->doel);
	doc_field(f, "Fase", coalition_phase_label(rc->c->phase));
	if (rc->c->archived)
		doc_field(f, "Status", "gearchiveerd");
	progress(d, r, rc);
	sections(d, r, rc);
	mark = d->n;
	report_doc_players(d, r, rc);
	promote(d, mark);
	analysis(d, rc);
	mark = d->n;
	report_doc_typology(d, r, rc);
	report_doc_dilemmas(d, r, rc);
	promote(d, mark);
	rest(d, rc);
	mark = d->n;
	report_doc_open(d, r, rc);
	promote(d, mark);
	report_doc_sources(d, r);
	doc_footer(d, FOOTER);
	return d;
}

struct doc *
report_doc_group(const struct report *r)
{
	const struct report_group *g = r->group;
	struct strbuf who = { 0 };
	struct doc_block *l = NULL;
	struct doc *d;
	char *line = report_title(r);
	size_t i, k;

	d = doc_new(line);
	doc_heading(d, 1, line);
	free(line);
	for (i = 0; i < g->nmembers; i++)
		strbuf_printf(&who, "%s%s", i > 0 ? ", " : "", g->members[i]);
	doc_field(doc_fields(d), "Leden", who.s);
	strbuf_free(&who);
	doc_heading(d, 2, "Intervisiedagen");
	if (g->ndays == 0)
		doc_para(d, DOC_NOTE, 0, "Nog geen intervisiedagen.");
	else
		l = doc_list(d);
	for (i = 0; i < g->ndays; i++) {
		line = report_day_line(&g->days[i]);
		doc_item(l, 0, line);
		free(line);
		for (k = 0; k < g->days[i].questions->n; k++) {
			line = report_question_line(&g->days[i].questions->v[k]);
			doc_item(l, 1, line);
			free(line);
		}
	}
	doc_heading(d, 2, "Terugkerende thema's");
	if (g->nthemes == 0)
		doc_para(d, DOC_NOTE, 0, "Nog geen thema's.");
	else
		l = doc_list(d);
	for (i = 0; i < g->nthemes; i++) {
		line = report_theme_line(&g->themes[i]);
		doc_item(l, 0, line);
		free(line);
	}
	doc_heading(d, 2, "Oogst: lessen");
	if (r->nlessons == 0)
		doc_para(d, DOC_NOTE, 0, "Nog geen lessen.");
	else
		l = doc_list(d);
	for (i = 0; i < r->nlessons; i++) {
		line = report_lesson_line(&r->lessons[i]);
		doc_item(l, 0, line);
		free(line);
	}
	report_doc_sources(d, r);
	doc_footer(d, FOOTER);
	return d;
}
