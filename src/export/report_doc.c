/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * report_doc.c: the session summary as a document tree (doc.h), the one
 * place that decides what a summary says and in which order; the
 * renderers only mark it up.
 *
 * What the civil servant who sends it out the same afternoon needs: who
 * was there and who facilitated; per coalition on the agenda its opgave
 * and coalitiedoel, what changed in the session, the players with their
 * organisation and role, the typology and its strategy (marked as
 * Vitaal's rule of thumb where the book gives none), the dilemmas with
 * everyone's place, the open questions; for an intervisie day the
 * questions with advice and actions, the themes and the lessons; the
 * sources last. Nothing is said twice and no field is printed empty.
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
#include "report_doc_int.h"

static void
cite(struct doc *d, const struct report *r, const char *source, const char *chapter,
    int indent)
{
	char *c = report_cite(r, source, chapter);

	if (c != NULL)
		doc_para(d, DOC_SOURCE, indent, c);
	free(c);
}

static void
attendance(struct doc *d, const struct report *r)
{
	const struct session_rec *s = r->session;
	struct doc_block *f = doc_fields(d), *l;
	size_t i;

	doc_field(f, "Datum", s->date);
	doc_field(f, "Plaats", s->place);
	doc_field(f, "Facilitator", s->facilitator);
	doc_heading(d, 2, "Aanwezig");
	if (r->nattendees == 0) {
		doc_para(d, DOC_NOTE, 0, "Geen aanwezigen vastgelegd.");
		return;
	}
	l = doc_list(d);
	for (i = 0; i < r->nattendees; i++) {
		char *line = r->attendee_where != NULL && r->attendee_where[i][0] != '\0' ?
		    xasprintf("%s (%s)", r->attendees[i], r->attendee_where[i]) :
		    xstrdup(r->attendees[i]);

		doc_item(l, 0, line);
		free(line);
	}
}

static void
changes(struct doc *d, const struct report *r, const struct report_coalition *rc)
{
	size_t k;

	doc_heading(d, 3, "Wat er in deze sessie veranderde");
	if (rc->nchanges == 0)
		doc_para(d, DOC_NOTE, 0, "Niets: in deze sessie is geen antwoord bewaard.");
	for (k = 0; k < rc->nchanges; k++) {
		const struct report_change *c = &rc->changes[k];

		doc_para(d, DOC_QUESTION, 1, c->item != NULL ? c->item->prompt : c->item_key);
		doc_para(d, DOC_ANSWER, 2, str_is_blank(c->value) ? "(gewist)" : c->value);
		if (c->item != NULL)
			cite(d, r, c->item->source, c->item->chapter, 2);
	}
}

static void
players(struct doc *d, const struct report *r, const struct report_coalition *rc)
{
	static const char *const titles[] = { "Naam", "Organisatie", "Rol", "Macht", "Belang",
	    "Standpunt" };
	static const int widths[] = { 24, 24, 16, 9, 10, 17 };
	const struct player_list *pl = rc->players;
	struct doc_block *t, *l;
	size_t i;

	doc_heading(d, 3, "Spelers");
	if (pl->n == 0) {
		doc_para(d, DOC_NOTE, 0, "Nog geen spelers.");
		return;
	}
	t = doc_table(d, 6, titles, widths, "lllrrl");
	for (i = 0; i < pl->n; i++) {
		const struct player *p = &pl->v[i];
		char power[8], interest[8], *role = xasprintf("%s%s", p->role,
		    p->kopgroep ? " (kopgroep)" : "");
		const char *row[6];

		snprintf(power, sizeof(power), "%d", p->power);
		snprintf(interest, sizeof(interest), "%d", p->interest);
		row[0] = p->name;
		row[1] = p->organisation;
		row[2] = role;
		row[3] = power;
		row[4] = interest;
		row[5] = p->standpunt;
		doc_row(t, row);
		free(role);
	}
	report_doc_map(d, rc);
	if (rc->relations->n > 0) {
		doc_para(d, DOC_PLAIN, 0, "Relaties:");
		l = doc_list(d);
		for (i = 0; i < rc->relations->n; i++) {
			char *line = report_relation_text(rc, &rc->relations->v[i]);

			doc_item(l, 0, line);
			free(line);
		}
	}
	cite(d, r, report_models[0].source, report_models[0].chapter, 0);
	cite(d, r, report_models[1].source, report_models[1].chapter, 0);
}

static void
typology(struct doc *d, const struct report *r, const struct report_coalition *rc)
{
	struct report_field f[REPORT_TYPOLOGY_FIELDS];
	const struct cat_strategy *st = rc->type.strategy;
	struct doc_block *b;
	size_t i, n = report_typology(rc, f);

	if (n == 0)
		return;
	doc_heading(d, 3, "Typologie en strategie");
	b = doc_fields(d);
	for (i = 0; i < n; i++)
		doc_field(b, f[i].label, f[i].value);
	report_fields_free(f, n);
	report_doc_typology_grid(d, r, rc);
	if (st != NULL && !str_is_blank(st->summary))
		doc_para(d, DOC_PLAIN, 0, st->summary);
	if (st != NULL && str_is_blank(st->source))
		doc_para(d, DOC_NOTE, 0, "Deze strategie is een vuistregel van Vitaal: het boek "
		    "geeft voor dit type geen strategie.");
	else if (st != NULL)
		cite(d, r, st->source, st->chapter, 0);
	else if (rc->type.chosen != NULL)
		cite(d, r, rc->type.chosen->source, rc->type.chosen->chapter, 0);
}

/* The pole box's table: per point how many stand there and, with names,
 * who; ▲ marks the team's place. */
static void
pole_table(struct doc *d, const struct dilemma *dl, int names)
{
	static const char *const titles[] = { "Punt", "Aantal", "Wie staat hier", "Team" };
	static const int widths[] = { 30, 10, 48, 12 };
	static const char *const titles3[] = { "Punt", "Aantal", "Team" };
	static const int widths3[] = { 60, 20, 20 };
	struct doc_block *t = names ? doc_table(d, 4, titles, widths, "lrlc") :
	    doc_table(d, 3, titles3, widths3, "lrc");
	char num[16];
	const char *team;
	size_t i;
	int pt, n;

	doc_figure(t, DOC_FIG_POLE, dl->pole_a, dl->pole_b);
	for (pt = 1; pt <= DILEMMA_SCALE; pt++) {
		struct strbuf who = { 0 };
		char *point = pt == 1 ? xasprintf("1 (%s)", dl->pole_a) : pt == 7 ?
		    xasprintf("7 (%s)", dl->pole_b) : xasprintf("%d", pt);
		const char *row[4];

		for (i = 0, n = 0; i < dl->npositions; i++) {
			if (dl->positions[i].position != pt)
				continue;
			n++;
			strbuf_printf(&who, "%s%s", who.len ? ", " : "",
			    dl->positions[i].label[0] ? dl->positions[i].label : "(anoniem)");
		}
		snprintf(num, sizeof num, "%d", n);
		team = pt == dl->team_position ? "▲" : "";
		row[0] = point;
		row[1] = num;
		if (names) {
			row[2] = who.s != NULL ? who.s : "";
			row[3] = team;
		} else
			row[2] = team;
		doc_row(t, row);
		free(point);
		strbuf_free(&who);
	}
}

/* The line under a pole box's table: spread, median, places. */
static void
pole_spread(struct doc *d, const struct dilemma *dl)
{
	char *spread, *line;

	if ((spread = report_spread_text(dl)) == NULL)
		return;
	line = xasprintf("%s%s.", spread, dl->team_position ? "; ▲ = plaats van het team" : "");
	doc_para(d, DOC_PLAIN, 0, line);
	free(line);
	free(spread);
}

/* A pole box without rounds. */
static void
pole(struct doc *d, const struct dilemma *dl)
{
	pole_table(d, dl, 1);
	pole_spread(d, dl);
}

static void
choice(struct doc *d, const struct dilemma *dl)
{
	static const char *const titles[] = { "Keuze", "Aantal" };
	static const int widths[] = { 84, 16 };
	struct doc_block *t = doc_table(d, 2, titles, widths, "lr");
	int *counts = xcalloc(dl->noptions + 1, sizeof(*counts));
	size_t k;

	doc_figure(t, DOC_FIG_CHOICE, NULL, NULL);
	dilemma_tally(dl, counts);
	for (k = 0; k < dl->noptions; k++) {
		char num[16];
		const char *row[2] = { dl->options[k], num };

		snprintf(num, sizeof(num), "%d", counts[k]);
		doc_row(t, row);
	}
	free(counts);
}

/* Why the summary leaves a round's places out, or NULL when it may show
 * them: a silent round never revealed, or anonymous places fewer than
 * DILEMMA_ANON_MIN (they would give away who stood where). */
static const char *
round_withheld(const struct dilemma_round_count *rc)
{
	if (dilemma_round_hidden(rc->round))
		return "Een stille ronde die niet onthuld is: de plaatsen blijven uit de "
		    "samenvatting.";
	if (rc->round->mode == ROUND_ANONYMOUS && rc->count > 0 && rc->count < DILEMMA_ANON_MIN)
		return "Te weinig anonieme plaatsen om te tonen zonder dat ze te herleiden zijn.";
	return NULL;
}

/* Each round on its own: its mode, its counts per place (on a pole box
 * with the names in a named round, and the spread), and between two
 * consecutive rounds how the room moved. */
static void
rounds(struct doc *d, const struct dilemma *dl)
{
	struct dilemma_round_count *rc = xcalloc(dl->nrounds, sizeof *rc);
	struct dilemma_compare cmp;
	struct dilemma view;
	const char *why, *why_prev = NULL;
	size_t i, n = dilemma_round_counts(dl, rc);
	char *title, *line, *text;

	for (i = 0; i < n; i++) {
		title = dilemma_round_title(rc[i].round);
		line = xasprintf("%s: %d %s", title, rc[i].count, rc[i].count == 1 ? "plaats" :
		    "plaatsen");
		doc_para(d, DOC_QUESTION, 0, line);
		free(line);
		free(title);
		if ((why = round_withheld(&rc[i])) != NULL)
			doc_para(d, DOC_NOTE, 0, why);
		else if (rc[i].count > 0) {
			dilemma_in_round(dl, rc[i].round->id, &view);
			if (strcmp(dl->form, "pool") == 0) {
				pole_table(d, &view, rc[i].round->mode != ROUND_ANONYMOUS);
				pole_spread(d, &view);
			} else
				choice(d, &view);
			free(view.positions);
		}
		if (i > 0) {
			if (why != NULL || why_prev != NULL)
				line = xasprintf("Van ronde %d naar ronde %d: niet te vergelijken; de "
				    "plaatsen van een van beide blijven uit de samenvatting.",
				    rc[i - 1].round->seq, rc[i].round->seq);
			else {
				dilemma_compare(dl, rc[i - 1].round->id, rc[i].round->id, &cmp);
				text = dilemma_compare_text(dl, &cmp, 0, 0);
				line = xasprintf("Van ronde %d naar ronde %d: %s", rc[i - 1].round->seq,
				    rc[i].round->seq, text);
				free(text);
				dilemma_compare_free(&cmp);
			}
			doc_para(d, DOC_PLAIN, 0, line);
			free(line);
		}
		why_prev = why;
	}
	free(rc);
}

/* The arguments of one situation and stance, one per line. */
static char *
arguments(const struct dilemma *dl, const char *situation, const char *stance)
{
	struct strbuf b = { 0 };
	size_t k;

	strbuf_puts(&b, "");
	for (k = 0; k < dl->narguments; k++)
		if (strcmp(dl->arguments[k].situation, situation) == 0 &&
		    strcmp(dl->arguments[k].stance, stance) == 0)
			strbuf_printf(&b, "%s%s", b.len ? "; " : "", dl->arguments[k].text);
	return strbuf_take(&b);
}

static void
procontra(struct doc *d, const struct dilemma *dl)
{
	static const char *const titles[] = { "Situatie", "Voor", "Tegen" };
	static const int widths[] = { 30, 35, 35 };
	struct doc_block *t = doc_table(d, 3, titles, widths, "lll");
	static const char *const sit[] = { "huidig", "nieuw" };
	int s;

	doc_figure(t, DOC_FIG_BOX, NULL, NULL);
	for (s = 0; s < 2; s++) {
		char *what = xasprintf("%s: %s", s == 0 ? "Huidige situatie" : "Nieuwe situatie",
		    s == 0 ? dl->pole_a : dl->pole_b);
		char *pro = arguments(dl, sit[s], "voor"), *con = arguments(dl, sit[s], "tegen");
		const char *row[3] = { what, pro, con };

		doc_row(t, row);
		free(what);
		free(pro);
		free(con);
	}
	if (!str_is_blank(dl->between_text)) {
		char *line = xasprintf("Ertussenin: %s", dl->between_text);

		doc_para(d, DOC_PLAIN, 0, line);
		free(line);
	}
}

static void
dilemmas(struct doc *d, const struct report *r, const struct report_coalition *rc)
{
	const struct dilemma_list *dl = rc->dilemmas;
	size_t i;

	if (dl->n == 0)
		return;
	doc_heading(d, 3, "Dilemma's");
	for (i = 0; i < dl->n; i++) {
		const struct dilemma *x = &dl->v[i];
		const struct cat_dilemma *origin;

		doc_heading(d, 4, x->title);
		if (strcmp(x->form, "procontra") != 0 && x->nrounds > 0)
			rounds(d, x);
		else if (strcmp(x->form, "pool") == 0)
			pole(d, x);
		else if (strcmp(x->form, "keuze") == 0)
			choice(d, x);
		else
			procontra(d, x);
		if (!str_is_blank(x->rationale)) {
			char *line = xasprintf("Waarom: %s", x->rationale);

			doc_para(d, DOC_PLAIN, 0, line);
			free(line);
		}
		if ((origin = report_dilemma_origin(r, x)) != NULL)
			cite(d, r, origin->source, origin->chapter, 0);
	}
}

static void
open_questions(struct doc *d, const struct report *r, const struct report_coalition *rc)
{
	struct doc_block *l;
	char *line;
	size_t i;

	if (rc->nopen == 0 || rc->open_form == NULL)
		return;
	doc_heading(d, 3, "Open vragen");
	line = xasprintf("Nog niet beantwoord in %s:", rc->open_form->title);
	doc_para(d, DOC_PLAIN, 0, line);
	free(line);
	l = doc_list(d);
	for (i = 0; i < rc->nopen; i++)
		doc_item(l, 0, rc->open[i].item->prompt);
	cite(d, r, rc->open_form->source, rc->open_form->chapter, 0);
}

static void
coalition(struct doc *d, const struct report *r, const struct report_coalition *rc)
{
	struct doc_block *f;
	char *title = xasprintf("Coalitie: %s", rc->c->name);

	doc_heading(d, 2, title);
	free(title);
	f = doc_fields(d);
	doc_field(f, "Opgave", rc->opgave);
	doc_field(f, "Coalitiedoel", rc->doel);
	doc_field(f, "Fase", coalition_phase_label(rc->c->phase));
	changes(d, r, rc);
	players(d, r, rc);
	typology(d, r, rc);
	dilemmas(d, r, rc);
	open_questions(d, r, rc);
}

/* An intervisie day: each question with its advice and actions, then the
 * themes they raised and the lessons drawn from them. */
static void
intervisie(struct doc *d, const struct report *r)
{
	struct report_question rq;
	struct doc_block *b;
	char **themes = NULL;
	size_t i, k, j, nthemes = 0;

	doc_heading(d, 2, "Intervisievragen");
	if (r->questions->n == 0)
		doc_para(d, DOC_NOTE, 0, "Geen vragen ingebracht.");
	for (i = 0; i < r->questions->n; i++) {
		const struct iquestion *q = &r->questions->v[i];

		report_question(q, &rq);
		doc_heading(d, 3, rq.heading);
		b = doc_fields(d);
		for (k = 0; k < rq.nfields; k++)
			doc_field(b, rq.fields[k].label, rq.fields[k].value);
		if (rq.nadvice > 0) {
			doc_heading(d, 4, "Adviezen");
			b = doc_list(d);
			for (k = 0; k < rq.nadvice; k++)
				doc_item(b, 0, rq.advice[k]);
		}
		if (rq.nactions > 0) {
			doc_heading(d, 4, "Acties");
			b = doc_list(d);
			for (k = 0; k < rq.nactions; k++)
				doc_item(b, 0, rq.actions[k]);
		}
		report_question_clear(&rq);
		for (k = 0; k < q->nthemes; k++) {
			for (j = 0; j < nthemes && strcmp(themes[j], q->themes[k]) != 0; j++)
				;
			if (j == nthemes) {
				themes = xreallocarray(themes, nthemes + 1, sizeof(*themes));
				themes[nthemes++] = q->themes[k];
			}
		}
	}
	doc_heading(d, 2, "Thema's");
	if (nthemes == 0)
		doc_para(d, DOC_NOTE, 0, "Geen thema's bij de vragen van deze dag.");
	else {
		b = doc_list(d);
		for (j = 0; j < nthemes; j++)
			doc_item(b, 0, themes[j]);
	}
	free(themes);
	doc_heading(d, 2, "Oogst: lessen");
	if (r->nlessons == 0)
		doc_para(d, DOC_NOTE, 0, "Geen lessen uit de vragen van deze dag.");
	else {
		b = doc_list(d);
		for (i = 0; i < r->nlessons; i++) {
			char *line = report_lesson_line(&r->lessons[i]);

			doc_item(b, 0, line);
			free(line);
		}
	}
}

static void
sources(struct doc *d, const struct report *r)
{
	struct doc_block *l;
	size_t i;

	if (r->nsources == 0)
		return;
	doc_heading(d, 2, "Bronnen");
	l = doc_list(d);
	for (i = 0; i < r->nsources; i++) {
		char *ref = report_reference(r->sources[i]);

		doc_item(l, 0, ref);
		free(ref);
	}
}

/* The parts a coalition report shares with a session's (report_doc_full.c). */
void
report_doc_cite(struct doc *d, const struct report *r, const char *source,
    const char *chapter, int indent)
{
	cite(d, r, source, chapter, indent);
}

void
report_doc_players(struct doc *d, const struct report *r, const struct report_coalition *rc)
{
	players(d, r, rc);
}

void
report_doc_typology(struct doc *d, const struct report *r, const struct report_coalition *rc)
{
	typology(d, r, rc);
}

void
report_doc_dilemmas(struct doc *d, const struct report *r, const struct report_coalition *rc)
{
	dilemmas(d, r, rc);
}

void
report_doc_open(struct doc *d, const struct report *r, const struct report_coalition *rc)
{
	open_questions(d, r, rc);
}

void
report_doc_sources(struct doc *d, const struct report *r)
{
	sources(d, r);
}

struct doc *
report_doc(const struct report *r)
{
	struct doc_block *l;
	struct doc *d;
	char *title;
	size_t i;

	if (r->group != NULL)
		return report_doc_group(r);
	if (r->session == NULL)
		return report_doc_coalition(r);
	title = report_title(r);
	d = doc_new(title);
	doc_heading(d, 1, title);
	free(title);
	attendance(d, r);
	if (r->ncoalitions > 0) {
		doc_heading(d, 2, "Agenda");
		l = doc_list(d);
		for (i = 0; i < r->ncoalitions; i++)
			doc_item(l, 0, r->coalitions[i].c->name);
	}
	for (i = 0; i < r->ncoalitions; i++)
		coalition(d, r, &r->coalitions[i]);
	if (r->questions != NULL)
		intervisie(d, r);
	else if (r->ncoalitions == 0)
		doc_para(d, DOC_NOTE, 0, "Geen coalitie besproken.");
	sources(d, r);
	doc_footer(d, "Samenvatting uit Vitaal, werkboek voor vitale coalities.");
	return d;
}
