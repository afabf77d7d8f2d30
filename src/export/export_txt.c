/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * export_txt.c: plain text for an e-mail body. Every line fits
 * EXPORT_TXT_COLS columns (utf8_wrap), headings are underlined with as
 * many '=' or '-' as they are wide, answers keep their paragraphs and the
 * grids are text tables padded by display width.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vitaal/coalition.h"
#include "vitaal/doc.h"
#include "vitaal/export.h"
#include "vitaal/intervisie.h"
#include "vitaal/player.h"
#include "vitaal/report.h"
#include "vitaal/utf8.h"
#include "vitaal/util.h"

/* Text safe to print: valid UTF-8, no control characters but newlines
 * (a tab becomes a space: its width depends on the mail reader). */
static char *
clean(const char *s)
{
	char *t = utf8_sanitize(s != NULL ? s : "", s != NULL ? strlen(s) : 0), *p;

	for (p = t; *p != '\0'; p++)
		if (*p == '\t')
			*p = ' ';
	return t;
}

/* A heading, wrapped to the line width, and its underline of ch as wide
 * as its widest line. */
static void
heading(struct strbuf *b, const char *text, char ch)
{
	struct utf8_line *lines;
	char *t = clean(text), *p, *line;
	size_t i, n, w = 0, lw;

	for (p = t; (p = strchr(p, '\n')) != NULL; p++)
		*p = ' ';
	n = utf8_wrap(t, EXPORT_TXT_COLS, &lines);
	for (i = 0; i < n; i++) {
		line = xstrndup(t + lines[i].start, lines[i].len);
		if ((lw = utf8_width(line)) > w)
			w = lw;
		strbuf_printf(b, "%s\n", line);
		free(line);
	}
	for (i = 0; i < w && i < EXPORT_TXT_COLS; i++)
		strbuf_putc(b, ch);
	strbuf_puts(b, "\n\n");
	free(lines);
	free(t);
}

/* Trailing spaces off the line just written. */
static void
end_row(struct strbuf *b)
{
	while (b->len > 0 && b->s[b->len - 1] == ' ')
		b->s[--b->len] = '\0';
	strbuf_putc(b, '\n');
}

/* text wrapped to the line width, its own newlines kept: the first line
 * after first, the others indented by indent columns. */
static void
wrapped(struct strbuf *b, const char *first, size_t indent, const char *text)
{
	struct utf8_line *lines;
	char *t = clean(text);
	size_t n, i;

	n = utf8_wrap(t, EXPORT_TXT_COLS - indent, &lines);
	for (i = 0; i < n; i++) {
		if (i == 0)
			strbuf_puts(b, first);
		else
			strbuf_printf(b, "%*s", (int)indent, "");
		strbuf_printf(b, "%.*s", (int)lines[i].len, t + lines[i].start);
		end_row(b);
	}
	free(lines);
	free(t);
}

/* A label of 14 columns and its value, wrapped under the value; a longer
 * label gets a line of its own. */
static void
field(struct strbuf *b, const char *label, const char *value)
{
	char *first;

	if (utf8_width(label) >= 14) {
		strbuf_printf(b, "%s\n", label);
		first = xstrdup("              ");
	} else
		first = xasprintf("%-14s", label);
	wrapped(b, first, 14, value != NULL && value[0] != '\0' ? value : "–");
	free(first);
}

/* s cut or padded to exactly w display columns, the last one a space
 * (a cut ends in '…'); on one line, so a newline in a name cannot split
 * the table. */
static void
cell(struct strbuf *b, const char *s, size_t w)
{
	char *t = clean(s), *nl;
	size_t i = 0, used = 0;
	uint32_t cp;
	int len, cw;

	for (nl = t; (nl = strchr(nl, '\n')) != NULL; nl++)
		*nl = ' ';

	if (utf8_width(t) > w - 1) {
		while (t[i] != '\0') {
			len = utf8_decode(t + i, strlen(t + i), &cp);
			cw = utf8_cpwidth(cp);
			if (len <= 0 || used + (size_t)(cw > 0 ? cw : 0) > w - 2)
				break;
			used += cw > 0 ? (size_t)cw : 0;
			i += (size_t)len;
		}
		strbuf_add(b, t, i);
		strbuf_puts(b, "…");
		used++;
	} else {
		strbuf_puts(b, t);
		used = utf8_width(t);
	}
	for (; used < w; used++)
		strbuf_putc(b, ' ');
	free(t);
}

static void
cite(struct strbuf *b, const struct report *r, const char *source, const char *chapter,
    size_t indent)
{
	char *c = report_cite(r, source, chapter), *line;

	if (c == NULL)
		return;
	line = xasprintf("Bron: %s", c);
	wrapped(b, indent == 4 ? "    " : "", indent, line);
	free(line);
	free(c);
}

/* A question, its answer under it (indented) and its source. */
static void
question(struct strbuf *b, const struct report *r, const struct cat_item *it,
    const char *key, const char *value)
{
	wrapped(b, "  ", 2, it != NULL ? it->prompt : key);
	if (value != NULL)
		wrapped(b, "    ", 4, str_is_blank(value) ? "(gewist)" : value);
	if (it != NULL)
		cite(b, r, it->source, it->chapter, 4);
	strbuf_putc(b, '\n');
}

/* The phase × checklist-row grid of answered/total, as a text table. */
static void
grid(struct strbuf *b, const struct report *r, const struct report_coalition *rc)
{
	const struct catalogue *cat = r->cat;
	char num[32];
	size_t row, ph;

	heading(b, "Voortgang per fase en sleutel", '-');
	cell(b, "", 24);
	for (ph = 0; ph < 4; ph++) {
		snprintf(num, sizeof(num), "Fase %zu", ph + 1);
		cell(b, num, 10);
	}
	end_row(b);
	for (row = 0; row < cat->ncheckrows && row < 4; row++) {
		cell(b, cat->checkrows[row].short_name != NULL ? cat->checkrows[row].short_name :
		    cat->checkrows[row].name, 24);
		for (ph = 0; ph < 4; ph++) {
			snprintf(num, sizeof(num), "%d/%d", rc->progress.cell[ph][row].answered,
			    rc->progress.cell[ph][row].total);
			cell(b, num, 10);
		}
		end_row(b);
	}
	snprintf(num, sizeof(num), "%d/%d", rc->progress.initiative.answered,
	    rc->progress.initiative.total);
	strbuf_printf(b, "\nInitiatief %s; stappen", num);
	for (ph = 0; ph < 5; ph++)
		strbuf_printf(b, " %zu: %d/%d%s", ph + 1, rc->progress.step[ph].answered,
		    rc->progress.step[ph].total, ph < 4 ? "," : ".\n");
	cite(b, r, report_models[3].source, report_models[3].chapter, 0);
	strbuf_putc(b, '\n');
}

static void
sections(struct strbuf *b, const struct report *r, const struct report_coalition *rc)
{
	size_t s, i;

	for (s = 0; s < rc->nsections; s++) {
		const struct report_section *sec = &rc->sections[s];

		heading(b, sec->form->title, '-');
		for (i = 0; i < sec->nitems; i++)
			question(b, r, sec->items[i].item, sec->items[i].item->key,
			    sec->items[i].value);
	}
	if (rc->nformulations > 1) {
		heading(b, "Het vraagstuk door de tijd", '-');
		for (i = 0; i < rc->nformulations; i++) {
			const struct formulation *f = &rc->formulations[i];
			char *first = xasprintf("  %.10s %s ", f->changed,
			    f->step == 1 ? "ons  " : "samen");

			wrapped(b, first, 19, f->value);
			free(first);
		}
		strbuf_putc(b, '\n');
	}
}

static void
players(struct strbuf *b, const struct report *r, const struct report_coalition *rc)
{
	const struct player_list *pl = rc->players;
	size_t i;

	heading(b, "Spelers", '-');
	if (pl->n == 0) {
		strbuf_puts(b, "Nog geen spelers.\n\n");
		return;
	}
	cell(b, "Naam", 23);
	cell(b, "Rol", 15);
	cell(b, "Macht", 6);
	cell(b, "Belang", 7);
	cell(b, "Standpunt", 13);
	cell(b, "Kop", 5);
	end_row(b);
	strbuf_printf(b, "%.*s\n", 71, "-----------------------------------------------------"
	    "----------------------");
	for (i = 0; i < pl->n; i++) {
		const struct player *p = &pl->v[i];
		char num[8];

		cell(b, p->name, 23);
		cell(b, p->role, 15);
		snprintf(num, sizeof(num), "%d", p->power);
		cell(b, num, 6);
		snprintf(num, sizeof(num), "%d", p->interest);
		cell(b, num, 7);
		cell(b, p->standpunt, 13);
		cell(b, p->kopgroep ? "ja" : "", 5);
		end_row(b);
	}
	strbuf_putc(b, '\n');
	if (rc->full)
		for (i = 0; i < pl->n; i++) {
			const struct player *p = &pl->v[i];
			char *analysis = report_player_analysis(p);
			char *line = xasprintf("%s%s%s: %s", p->name, p->organisation[0] ? " – " : "",
			    p->organisation, analysis);

			wrapped(b, "- ", 2, line);
			free(line);
			free(analysis);
			if (!str_is_blank(p->eigen_belang)) {
				line = xasprintf("Eigen belang: %s", p->eigen_belang);
				wrapped(b, "  ", 2, line);
				free(line);
			}
			if (!str_is_blank(p->bijdrage)) {
				line = xasprintf("Bijdrage: %s", p->bijdrage);
				wrapped(b, "  ", 2, line);
				free(line);
			}
		}
	if (rc->relations->n > 0) {
		strbuf_puts(b, rc->full ? "\nRelaties:\n" : "Relaties:\n");
		for (i = 0; i < rc->relations->n; i++) {
			char *line = report_relation_text(rc, &rc->relations->v[i]);

			wrapped(b, "- ", 2, line);
			free(line);
		}
	}
	strbuf_putc(b, '\n');
	cite(b, r, report_models[0].source, report_models[0].chapter, 0);
	cite(b, r, report_models[1].source, report_models[1].chapter, 0);
	strbuf_putc(b, '\n');
}

static void
typology(struct strbuf *b, const struct report *r, const struct report_coalition *rc)
{
	struct report_field f[REPORT_TYPOLOGY_FIELDS];
	size_t i, n = report_typology(rc, f);
	char *label;

	if (n == 0)
		return;
	heading(b, "Typologie", '-');
	for (i = 0; i < n; i++) {
		label = xasprintf("%s:", f[i].label);
		field(b, label, f[i].value);
		free(label);
	}
	report_fields_free(f, n);
	if (rc->type.chosen != NULL)
		cite(b, r, rc->type.chosen->source, rc->type.chosen->chapter, 0);
	strbuf_putc(b, '\n');
}

/* A 7-point pole box as one text line per point with the names on it. */
static void
pole_box(struct strbuf *b, const struct dilemma *d)
{
	char *spread;
	int pt;
	size_t i;

	wrapped(b, "    1 = ", 8, d->pole_a);
	wrapped(b, "    7 = ", 8, d->pole_b);
	for (pt = 1; pt <= 7; pt++) {
		struct strbuf names = { 0 };

		for (i = 0; i < d->npositions; i++)
			if (d->positions[i].position == pt)
				strbuf_printf(&names, "%s%s", names.len ? ", " : "",
				    d->positions[i].label[0] ? d->positions[i].label : "(anoniem)");
		if (names.len > 0 || pt == d->team_position) {
			char *first = xasprintf("    %d %s ", pt, pt == d->team_position ? "▲" : " ");

			wrapped(b, first, 8, names.len ? names.s : "");
			free(first);
		}
		strbuf_free(&names);
	}
	if ((spread = report_spread_text(d)) != NULL) {
		strbuf_printf(b, "    %s%s\n", spread,
		    d->team_position ? "; ▲ = plaats van het team" : "");
		free(spread);
	}
}

static void
dilemmas(struct strbuf *b, const struct report *r, const struct report_coalition *rc)
{
	const struct dilemma_list *dl = rc->dilemmas;
	size_t i, k;

	if (dl->n == 0)
		return;
	heading(b, "Dilemma's", '-');
	for (i = 0; i < dl->n; i++) {
		const struct dilemma *d = &dl->v[i];
		const struct cat_dilemma *origin;

		wrapped(b, "  ", 2, d->title);
		if (strcmp(d->form, "pool") == 0)
			pole_box(b, d);
		else if (strcmp(d->form, "keuze") == 0) {
			int *counts = xcalloc(d->noptions + 1, sizeof(*counts));

			dilemma_tally(d, counts);
			for (k = 0; k < d->noptions; k++) {
				char *first = xasprintf("    %2d × ", counts[k]);

				wrapped(b, first, 9, d->options[k]);
				free(first);
			}
			free(counts);
		} else {
			static const char *const sit[] = { "huidig", "nieuw" };
			static const char *const st[] = { "voor", "tegen" };
			int s, t;

			wrapped(b, "    Huidige situatie: ", 22, d->pole_a);
			wrapped(b, "    Nieuwe situatie:  ", 22, d->pole_b);
			for (s = 0; s < 2; s++)
				for (t = 0; t < 2; t++)
					for (k = 0; k < d->narguments; k++)
						if (strcmp(d->arguments[k].situation, sit[s]) == 0 &&
						    strcmp(d->arguments[k].stance, st[t]) == 0) {
							char *first = xasprintf("    %-6s %-5s ",
							    sit[s], st[t]);

							wrapped(b, first, 17, d->arguments[k].text);
							free(first);
						}
			if (d->between_text[0])
				wrapped(b, "    Ertussenin: ", 16, d->between_text);
		}
		if (!str_is_blank(d->rationale))
			wrapped(b, "    Waarom: ", 12, d->rationale);
		if ((origin = report_dilemma_origin(r, d)) != NULL)
			cite(b, r, origin->source, origin->chapter, 4);
		strbuf_putc(b, '\n');
	}
}

static void
rest(struct strbuf *b, const struct report_coalition *rc)
{
	size_t i;

	if (rc->collaborations->n > 0) {
		heading(b, "Andere samenwerkingen op het terrein", '-');
		for (i = 0; i < rc->collaborations->n; i++) {
			const struct collaboration *c = &rc->collaborations->v[i];
			char *line = xasprintf("%s (%s)%s%s", c->name, c->stance,
			    c->description[0] ? ": " : "", c->description);

			wrapped(b, "- ", 2, line);
			free(line);
			if (c->note[0])
				wrapped(b, "  ", 2, c->note);
		}
		strbuf_putc(b, '\n');
	}
	if (rc->notes->n > 0) {
		heading(b, "Notities", '-');
		for (i = 0; i < rc->notes->n; i++)
			wrapped(b, "- ", 2, rc->notes->v[i].text);
		strbuf_putc(b, '\n');
	}
}

static void
open_questions(struct strbuf *b, const struct report *r, const struct report_coalition *rc)
{
	char *title;
	size_t i;

	if (rc->nopen == 0 || rc->open_form == NULL)
		return;
	title = xasprintf("Open vragen: %s", rc->open_form->title);
	heading(b, title, '-');
	free(title);
	for (i = 0; i < rc->nopen; i++)
		wrapped(b, "- ", 2, rc->open[i].item->prompt);
	strbuf_putc(b, '\n');
	cite(b, r, rc->open_form->source, rc->open_form->chapter, 0);
	strbuf_putc(b, '\n');
}

static void
sources(struct strbuf *b, const struct report *r)
{
	size_t i;

	if (r->nsources == 0)
		return;
	heading(b, "Bronnen", '-');
	for (i = 0; i < r->nsources; i++) {
		char *ref = report_reference(r->sources[i]);

		wrapped(b, "- ", 2, ref);
		free(ref);
	}
	strbuf_putc(b, '\n');
}

static void
coalition_full(struct strbuf *b, const struct report *r, const struct report_coalition *rc)
{
	char *title = xasprintf("Coalitie: %s", rc->c->name);

	heading(b, title, '=');
	free(title);
	field(b, "Fase:", coalition_phase_label(rc->c->phase));
	field(b, "Opgave:", rc->opgave);
	field(b, "Coalitiedoel:", rc->doel);
	if (rc->c->archived)
		field(b, "Status:", "gearchiveerd");
	strbuf_putc(b, '\n');
	grid(b, r, rc);
	sections(b, r, rc);
	players(b, r, rc);
	typology(b, r, rc);
	dilemmas(b, r, rc);
	rest(b, rc);
	open_questions(b, r, rc);
}

static void
session(struct strbuf *b, const struct report *r)
{
	const struct session_rec *s = r->session;
	struct strbuf who = { 0 };
	char *title;
	size_t i, k;

	title = report_session_title(s);
	heading(b, title, '=');
	free(title);
	field(b, "Datum:", s->date);
	field(b, "Plaats:", s->place);
	field(b, "Facilitator:", s->facilitator);
	for (i = 0; i < r->nattendees; i++)
		strbuf_printf(&who, "%s%s", i > 0 ? ", " : "", r->attendees[i]);
	field(b, "Aanwezig:", who.s);
	strbuf_free(&who);
	strbuf_putc(b, '\n');
	heading(b, "Agenda", '-');
	for (i = 0; i < r->ncoalitions; i++)
		wrapped(b, "- ", 2, r->coalitions[i].c->name);
	if (r->ncoalitions == 0)
		strbuf_puts(b, "Geen coalitie besproken.\n");
	strbuf_putc(b, '\n');
	for (i = 0; i < r->ncoalitions; i++) {
		const struct report_coalition *rc = &r->coalitions[i];

		title = xasprintf("Coalitie: %s", rc->c->name);
		heading(b, title, '=');
		free(title);
		heading(b, "Toegevoegd of gewijzigd", '-');
		for (k = 0; k < rc->nchanges; k++)
			question(b, r, rc->changes[k].item, rc->changes[k].item_key,
			    rc->changes[k].value);
		if (rc->nchanges == 0)
			strbuf_puts(b, "Niets: in deze sessie is geen antwoord bewaard.\n\n");
		players(b, r, rc);
		dilemmas(b, r, rc);
		open_questions(b, r, rc);
	}
}

/* An intervisie day's questions, with advice and actions. */
static void
questions(struct strbuf *b, const struct report *r)
{
	struct report_question rq;
	char *label;
	size_t i, k;

	heading(b, "Intervisievragen", '=');
	if (r->questions->n == 0)
		strbuf_puts(b, "Geen vragen ingebracht.\n\n");
	for (i = 0; i < r->questions->n; i++) {
		report_question(&r->questions->v[i], &rq);
		heading(b, rq.heading, '-');
		for (k = 0; k < rq.nfields; k++) {
			label = xasprintf("%s:", rq.fields[k].label);
			field(b, label, rq.fields[k].value);
			free(label);
		}
		if (rq.nadvice > 0)
			strbuf_puts(b, "\nAdviezen:\n");
		for (k = 0; k < rq.nadvice; k++)
			wrapped(b, "- ", 2, rq.advice[k]);
		if (rq.nactions > 0)
			strbuf_puts(b, "\nActies:\n");
		for (k = 0; k < rq.nactions; k++)
			wrapped(b, "- ", 2, rq.actions[k]);
		strbuf_putc(b, '\n');
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

	line = report_title(r);
	heading(b, line, '=');
	free(line);
	for (i = 0; i < g->nmembers; i++)
		strbuf_printf(&who, "%s%s", i > 0 ? ", " : "", g->members[i]);
	field(b, "Leden:", who.s);
	strbuf_free(&who);
	strbuf_putc(b, '\n');
	heading(b, "Intervisiedagen", '-');
	if (g->ndays == 0)
		strbuf_puts(b, "Nog geen intervisiedagen.\n");
	for (i = 0; i < g->ndays; i++) {
		line = report_day_line(&g->days[i]);
		wrapped(b, "- ", 2, line);
		free(line);
		for (k = 0; k < g->days[i].questions->n; k++) {
			line = report_question_line(&g->days[i].questions->v[k]);
			wrapped(b, "  - ", 4, line);
			free(line);
		}
	}
	strbuf_putc(b, '\n');
	heading(b, "Terugkerende thema's", '-');
	if (g->nthemes == 0)
		strbuf_puts(b, "Nog geen thema's.\n");
	for (i = 0; i < g->nthemes; i++) {
		line = report_theme_line(&g->themes[i]);
		wrapped(b, "- ", 2, line);
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

	heading(b, "Oogst: lessen", r->group != NULL ? '-' : '=');
	if (r->nlessons == 0)
		strbuf_puts(b, r->group != NULL ? "Nog geen lessen.\n" :
		    "Geen lessen uit de vragen van deze dag.\n");
	for (i = 0; i < r->nlessons; i++) {
		line = report_lesson_line(&r->lessons[i]);
		wrapped(b, "- ", 2, line);
		free(line);
	}
	strbuf_putc(b, '\n');
}

int
export_txt(const struct report *r, struct strbuf *out, char **cause)
{
	struct doc *d;

	(void)cause;
	/* A session or an intervisie day: the document tree (report_doc.c). */
	if ((d = report_doc(r)) != NULL) {
		doc_render_txt(d, out);
		doc_free(d);
		return 0;
	}
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
	strbuf_puts(out, "-- \nSamenvatting uit Vitaal, werkboek voor vitale coalities.\n");
	return 0;
}
