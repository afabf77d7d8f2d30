/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * report.c: gather what a summary shows (report.h). Everything is read in
 * one go; the writers in src/export only format it.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "vitaal/intervisie.h"
#include "vitaal/player.h"
#include "vitaal/report.h"
#include "vitaal/session.h"
#include "vitaal/store.h"
#include "vitaal/store_dilemma.h"
#include "vitaal/store_intervisie.h"
#include "vitaal/util.h"
#include "model_int.h"

/* The models a summary draws, and where the method describes them. The
 * power × interest grid is the usual stakeholder grid; the seeds name the
 * roles and the other player analyses. */
const struct report_model_source report_models[] = {
	{ "Rollen: drager, schrager, afnemer, kopgroep", "seed000",
	  "H1 Over coalities, de liefde en het resultaat: Wil je met me zoenen?" },
	{ "Spelersanalyse: standpunt, soort macht, symmetrie en commitment", "seed001",
	  "C. Regie via processen, 1. Analyse van de spelers" },
	{ "Typen coalities en strategieën", "seed000",
	  "H3 Kijken naar vitale coalities, typen coalities" },
	{ "Vier fasen en vier sleutels", "seed000",
	  "H3 Kijken naar vitale coalities, fasentabel" },
	{ "Vijf ontwerpstappen", "seed004", "H2 Conceptueel kader, vijf stappen" },
};
const size_t report_nmodels = sizeof(report_models) / sizeof(report_models[0]);

const char report_grid_title[] = "Voortgang per fase en aandachtspunt";
const char report_grid_note[] = "De rijen zijn de vier aandachtspunten van elke "
    "fasechecklist, geen sleutels: opgave en afnemers werken sleutel 1 uit (focus en "
    "afnemers), partners sleutel 2 (gerust hart) en geld sleutel 3 (boter bij de vis); "
    "sleutel 4 (bindend leiderschap) bevat de checklists zelf. Het boek ordent de "
    "sleutels in hoofdstuk 3 anders dan in hoofdstuk 2 (daar horen sleutels 3 en 4 samen "
    "bij de rol); Vitaal volgt hoofdstuk 2.";

char *
report_typology_rule(void)
{
	return xasprintf("vuistregel van Vitaal, het boek geeft geen grens: turbulent vanaf "
	    "opgavescore %d van 5, complex vanaf een gemiddelde factorscore van %d,%d van 4",
	    TYPOLOGY_TURBULENT_FROM, TYPOLOGY_COMPLEX_MEAN_X10 / 10,
	    TYPOLOGY_COMPLEX_MEAN_X10 % 10);
}

char *
report_cite(const struct report *r, const char *source, const char *chapter)
{
	const struct cat_source *s;

	if (source == NULL || (s = catalogue_source(r->cat, source)) == NULL)
		return NULL;
	if (chapter == NULL || chapter[0] == '\0')
		return xstrdup(s->short_name != NULL ? s->short_name : s->key);
	return catalogue_cite(r->cat, source, chapter);
}

char *
report_reference(const struct cat_source *s)
{
	return xasprintf("%s (%s). %s. %s.", s->authors != NULL ? s->authors : "",
	    s->year != NULL ? s->year : "z.j.", s->title != NULL ? s->title : s->key,
	    s->publisher != NULL ? s->publisher : "");
}

char *
report_session_title(const struct session_rec *s)
{
	const char *kind = s->kind != NULL && s->kind[0] != '\0' ? s->kind : "sessie";
	const char *title = s->title != NULL ? s->title : "";
	size_t n = strlen(kind);

	/* "Werkconferentie dak en thuis" says its kind already. */
	if (strncasecmp(title, kind, n) == 0 && (title[n] == ' ' || title[n] == '\0'))
		return xasprintf("%c%s", title[0] >= 'a' && title[0] <= 'z' ?
		    title[0] - 'a' + 'A' : title[0], title + 1);
	return xasprintf("%c%s: %s", kind[0] >= 'a' && kind[0] <= 'z' ? kind[0] - 'a' + 'A' :
	    kind[0], kind + 1, title);
}

char *
report_title(const struct report *r)
{
	if (r->group != NULL)
		return xasprintf("Intervisiegroep: %s", r->group->name);
	if (r->session == NULL)
		return xasprintf("Coalitie: %s", r->coalitions[0].c->name);
	return report_session_title(r->session);
}

const char *const report_quadrant_names[REPORT_NQUADRANTS] = {
	"Nauw betrekken", "Tevreden houden", "Monitoren", "Informeren"
};

int
report_quadrant(int power, int interest)
{
	if (power >= 3)
		return interest >= 3 ? 1 : 2;
	return interest >= 3 ? 4 : 3;
}

const struct cat_dilemma *
report_dilemma_origin(const struct report *r, const struct dilemma *d)
{
	size_t k;

	for (k = 0; d->catalogue_key != NULL && k < r->cat->ndilemmas; k++)
		if (strcmp(r->cat->dilemmas[k].key, d->catalogue_key) == 0)
			return &r->cat->dilemmas[k];
	return NULL;
}

static const char *
yes_no(int v)
{
	return v < 0 ? "?" : v ? "ja" : "nee";
}

char *
report_player_analysis(const struct player *p)
{
	return xasprintf("soort %s, niveau %s; macht %s, onvervangbaar %s, symmetrie %s, "
	    "commitment %s.", p->kind, p->level, p->macht != NULL ? p->macht : "?",
	    yes_no(p->onvervangbaar), yes_no(p->same_mandate), yes_no(p->can_commit));
}

char *
report_relation_text(const struct report_coalition *rc, const struct relation *rel)
{
	return xasprintf("%s → %s: %s (sterkte %d)%s%s", report_player_name(rc, rel->from_player),
	    report_player_name(rc, rel->to_player), relation_kind_label(rel->kind),
	    rel->strength, rel->note[0] ? "; " : "", rel->note);
}

size_t
report_typology(const struct report_coalition *rc, struct report_field out[REPORT_TYPOLOGY_FIELDS])
{
	const struct typology_result *t = &rc->type;
	size_t n = 0;

	if (t->chosen == NULL && rc->typology.opgave_score == 0 && t->scored == 0)
		return 0;
	out[n].label = "Opgave";
	out[n++].value = xstrdup(t->turbulent < 0 ? "nog niet gescoord" :
	    t->turbulent ? "turbulent (vraag onbekend)" : "vraag bekend");
	out[n].label = "Systeem";
	out[n++].value = t->complex < 0 ? xstrdup("nog niet gescoord") :
	    xasprintf("%s (%d van 8 factoren gescoord)", t->complex ? "complex" : "eenvoudig",
	    t->scored);
	out[n].label = "Type";
	out[n++].value = xstrdup(t->chosen != NULL ? t->chosen->name : "nog niet te bepalen");
	if (t->chosen != NULL) {
		out[n].label = "Grens";
		out[n++].value = report_typology_rule();
	}
	if (t->overridden && rc->typology.override_reason != NULL) {
		out[n].label = "Gekozen omdat";
		out[n++].value = xstrdup(rc->typology.override_reason);
	}
	if (t->strategy != NULL) {
		out[n].label = "Strategie";
		out[n++].value = xstrdup(t->strategy->name);
	}
	return n;
}

void
report_question(const struct iquestion *q, struct report_question *out)
{
	struct strbuf themes = { 0 };
	size_t i;

	memset(out, 0, sizeof(*out));
	out->heading = q->vraagsteller_name != NULL && q->vraagsteller_name[0] != '\0' ?
	    xasprintf("Vraag van %s: %s", q->vraagsteller_name, q->title) :
	    xasprintf("Vraag: %s", q->title);
	if (!str_is_blank(q->interview)) {
		out->fields[out->nfields].label = "Interview";
		out->fields[out->nfields++].value = xstrdup(q->interview);
	}
	if (!str_is_blank(q->gespreksnotitie)) {
		out->fields[out->nfields].label = "Gespreksnotitie";
		out->fields[out->nfields++].value = xstrdup(q->gespreksnotitie);
	}
	if (!str_is_blank(q->follow_up)) {
		out->fields[out->nfields].label = "Vervolg";
		out->fields[out->nfields++].value = xstrdup(q->follow_up);
	}
	for (i = 0; i < q->nthemes; i++)
		strbuf_printf(&themes, "%s%s", i > 0 ? ", " : "", q->themes[i]);
	if (themes.len > 0) {
		out->fields[out->nfields].label = "Thema's";
		out->fields[out->nfields++].value = strbuf_take(&themes);
	}
	out->advice = xcalloc(q->nadvice + 1, sizeof(*out->advice));
	for (i = 0; i < q->nadvice; i++)
		out->advice[out->nadvice++] = xasprintf("%s: %s",
		    q->advice[i].label[0] != '\0' ? q->advice[i].label : "(zonder naam)",
		    q->advice[i].text);
	out->actions = xcalloc(q->nactions + 1, sizeof(*out->actions));
	for (i = 0; i < q->nactions; i++)
		out->actions[out->nactions++] = xasprintf("[%s] %s%s%s%s",
		    q->actions[i].done ? "x" : " ", q->actions[i].text,
		    q->actions[i].follow_up[0] != '\0' ? " (vervolg: " : "",
		    q->actions[i].follow_up, q->actions[i].follow_up[0] != '\0' ? ")" : "");
}

char *
report_question_line(const struct iquestion *q)
{
	if (q->vraagsteller_name == NULL || q->vraagsteller_name[0] == '\0')
		return xstrdup(q->title);
	return xasprintf("%s: %s", q->vraagsteller_name, q->title);
}

char *
report_theme_line(const struct itheme_count *t)
{
	return xasprintf("%s (%d)", t->name, t->count);
}

char *
report_day_line(const struct report_day *d)
{
	size_t n = d->questions != NULL ? d->questions->n : 0;

	return xasprintf("%s %s (%zu %s)", d->date, d->title, n, n == 1 ? "vraag" : "vragen");
}

char *
report_lesson_line(const struct report_lesson *l)
{
	struct strbuf b = { 0 };
	size_t i;

	strbuf_puts(&b, l->text);
	for (i = 0; i < l->nfrom; i++)
		strbuf_printf(&b, "%s%s", i == 0 ? " (uit: " : "; ", l->from[i]);
	if (l->nfrom > 0)
		strbuf_putc(&b, ')');
	return strbuf_take(&b);
}

void
report_question_clear(struct report_question *rq)
{
	size_t i;

	free(rq->heading);
	report_fields_free(rq->fields, rq->nfields);
	for (i = 0; i < rq->nadvice; i++)
		free(rq->advice[i]);
	free(rq->advice);
	for (i = 0; i < rq->nactions; i++)
		free(rq->actions[i]);
	free(rq->actions);
}

void
report_fields_free(struct report_field *f, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		free(f[i].value);
}

char *
report_spread_text(const struct dilemma *d)
{
	struct dilemma_spread sp;

	dilemma_spread(d, &sp);
	if (sp.count == 0)
		return NULL;
	return xasprintf("Spreiding %d–%d, mediaan %d%s (%d %s)", sp.low, sp.high,
	    sp.median2 / 2, sp.median2 % 2 ? ",5" : "", sp.count,
	    sp.count == 1 ? "plaats" : "plaatsen");
}

const char *
report_player_name(const struct report_coalition *rc, int64_t id)
{
	size_t i;

	for (i = 0; rc->players != NULL && i < rc->players->n; i++)
		if (rc->players->v[i].id == id)
			return rc->players->v[i].name;
	return "?";
}

static const char *
value_of(const struct answer_list *a, const char *key)
{
	size_t i;

	for (i = 0; i < a->n; i++)
		if (strcmp(a->v[i].item_key, key) == 0)
			return str_is_blank(a->v[i].value) ? NULL : a->v[i].value;
	return NULL;
}

/* The form's items in order, answered ones (want_open 0) or open ones. */
static struct report_item *
form_items(const struct catalogue *cat, const struct answer_list *a, const char *form,
    int want_open, size_t *n)
{
	struct report_item *v;
	size_t first, count, i;

	count = catalogue_form_items(cat, form, &first);
	v = xcalloc(count > 0 ? count : 1, sizeof(*v));
	*n = 0;
	for (i = first; i < first + count; i++) {
		const char *val = value_of(a, cat->items[i].key);

		if ((val == NULL) != want_open)
			continue;
		v[*n].item = &cat->items[i];
		v[(*n)++].value = val;
	}
	return v;
}

static void
sections(const struct catalogue *cat, struct report_coalition *rc)
{
	size_t f;

	rc->sections = xcalloc(cat->nforms > 0 ? cat->nforms : 1, sizeof(*rc->sections));
	for (f = 0; f < cat->nforms; f++) {
		const struct cat_form *form = &cat->forms[f];
		struct report_section *s = &rc->sections[rc->nsections];

		if (strcmp(form->kind, "zelfanalyse") == 0)
			continue;
		s->items = form_items(cat, rc->answers, form->key, 0, &s->nitems);
		if (s->nitems == 0) {
			free(s->items);
			s->items = NULL;
			continue;
		}
		s->form = form;
		if (strcmp(form->kind, "fase") == 0)
			s->phase = form->seq;
		else if (strcmp(form->kind, "stap") == 0)
			s->step = form->seq;
		rc->nsections++;
	}
}

static void
open_questions(const struct catalogue *cat, struct report_coalition *rc)
{
	char form[16];

	if (rc->c->phase == 0)
		snprintf(form, sizeof(form), "initiatief");
	else
		snprintf(form, sizeof(form), "fase%d", rc->c->phase);
	rc->open_form = catalogue_form(cat, form);
	rc->open = form_items(cat, rc->answers, form, 1, &rc->nopen);
}

/* Fill rc for coalition id; full adds the sections and the timeline. */
static int
load_coalition(struct store *st, const struct catalogue *cat, int64_t id, int full,
    struct report_coalition *rc, char **cause)
{
	if ((rc->c = store_coalition_get(st, id)) == NULL)
		return model_store_cause(st, cause);
	rc->full = full;
	if ((rc->answers = store_answer_list(st, id)) == NULL ||
	    (rc->players = store_player_list(st, id)) == NULL ||
	    (rc->relations = store_relation_list(st, id)) == NULL ||
	    (rc->dilemmas = store_dilemma_list(st, id)) == NULL ||
	    (rc->notes = store_note_list(st, id)) == NULL ||
	    (rc->collaborations = store_collaboration_list(st, id)) == NULL ||
	    store_typology_get(st, id, &rc->typology) != 0)
		return model_store_cause(st, cause);
	player_sort(rc->players->v, rc->players->n, PLAYER_SORT_POWER);
	typology_classify(cat, &rc->typology, &rc->type);
	progress_compute(cat, rc->answers, &rc->progress);
	rc->opgave = value_of(rc->answers, "coalitie.opgave");
	rc->doel = value_of(rc->answers, "coalitie.doel");
	if (rc->opgave == NULL)
		rc->opgave = "";
	if (rc->doel == NULL)
		rc->doel = "";
	open_questions(cat, rc);
	if (!full)
		return 0;
	sections(cat, rc);
	if ((rc->hist[0] = store_answer_history(st, id, VRAAGSTUK_OURS)) == NULL ||
	    (rc->hist[1] = store_answer_history(st, id, VRAAGSTUK_SHARED)) == NULL)
		return model_store_cause(st, cause);
	rc->formulations = xcalloc(rc->hist[0]->n + rc->hist[1]->n + 1,
	    sizeof(*rc->formulations));
	rc->nformulations = vraagstuk_merge(rc->hist[0], rc->hist[1], rc->formulations);
	return 0;
}

static void
coalition_clear(struct report_coalition *rc)
{
	size_t i;

	coalition_free(rc->c);
	answer_list_free(rc->answers);
	for (i = 0; i < rc->nsections; i++)
		free(rc->sections[i].items);
	free(rc->sections);
	free(rc->formulations);
	answer_history_free(rc->hist[0]);
	answer_history_free(rc->hist[1]);
	free(rc->open);
	player_list_free(rc->players);
	relation_list_free(rc->relations);
	typology_clear(&rc->typology);
	dilemma_list_free(rc->dilemmas);
	note_list_free(rc->notes);
	collaboration_list_free(rc->collaborations);
	free(rc->changes);
	session_changes_free(rc->raw_changes, rc->nraw_changes);
}

static void
days_free(struct report_day *d, size_t n)
{
	size_t i;

	for (i = 0; d != NULL && i < n; i++) {
		free(d[i].date);
		free(d[i].title);
		iquestion_list_free(d[i].questions);
	}
	free(d);
}

static void
group_free(struct report_group *g)
{
	size_t i;

	if (g == NULL)
		return;
	free(g->name);
	for (i = 0; i < g->nmembers; i++)
		free(g->members[i]);
	free(g->members);
	days_free(g->days, g->ndays);
	itheme_counts_free(g->themes, g->nthemes);
	free(g);
}

static void
lessons_free(struct report_lesson *v, size_t n)
{
	size_t i, k;

	for (i = 0; v != NULL && i < n; i++) {
		free(v[i].text);
		for (k = 0; k < v[i].nfrom; k++)
			free(v[i].from[k]);
		free(v[i].from);
	}
	free(v);
}

void
report_free(struct report *r)
{
	size_t i;

	if (r == NULL)
		return;
	if (r->session != NULL) {
		free(r->session->kind);
		free(r->session->title);
		free(r->session->date);
		free(r->session->place);
		free(r->session->facilitator);
		free(r->session);
	}
	for (i = 0; i < r->nattendees; i++) {
		free(r->attendees[i]);
		if (r->attendee_where != NULL)
			free(r->attendee_where[i]);
	}
	free(r->attendees);
	free(r->attendee_where);
	for (i = 0; i < r->ncoalitions; i++)
		coalition_clear(&r->coalitions[i]);
	free(r->coalitions);
	free(r->sources);
	iquestion_list_free(r->questions);
	group_free(r->group);
	lessons_free(r->lessons, r->nlessons);
	free(r);
}

static void
mark_source(const struct catalogue *cat, char *used, const char *key)
{
	size_t i;

	for (i = 0; key != NULL && i < cat->nsources; i++)
		if (strcmp(cat->sources[i].key, key) == 0)
			used[i] = 1;
}

/* The sources of everything the report shows, in catalogue order. */
static void
collect_sources(struct report *r)
{
	const struct catalogue *cat = r->cat;
	char *used = xcalloc(cat->nsources + 1, 1);
	size_t i, k, j;

	for (i = 0; i < r->ncoalitions; i++) {
		const struct report_coalition *rc = &r->coalitions[i];

		for (k = 0; k < rc->nsections; k++) {
			mark_source(cat, used, rc->sections[k].form->source);
			for (j = 0; j < rc->sections[k].nitems; j++)
				mark_source(cat, used, rc->sections[k].items[j].item->source);
		}
		for (k = 0; k < rc->nchanges; k++)
			if (rc->changes[k].item != NULL)
				mark_source(cat, used, rc->changes[k].item->source);
		for (k = 0; k < rc->nopen; k++)
			mark_source(cat, used, rc->open[k].item->source);
		if (rc->players->n > 0)
			for (k = 0; k < 2; k++)
				mark_source(cat, used, report_models[k].source);
		if (rc->type.chosen != NULL)
			mark_source(cat, used, rc->type.chosen->source);
		for (k = 0; k < rc->dilemmas->n; k++) {
			const struct cat_dilemma *cd = report_dilemma_origin(r, &rc->dilemmas->v[k]);

			if (cd != NULL)
				mark_source(cat, used, cd->source);
		}
	}
	r->sources = xcalloc(cat->nsources + 1, sizeof(*r->sources));
	for (i = 0; i < cat->nsources; i++)
		if (used[i])
			r->sources[r->nsources++] = &cat->sources[i];
	free(used);
}

struct report *
report_coalition(struct store *st, const struct catalogue *cat, int64_t id, char **cause)
{
	struct report *r = xcalloc(1, sizeof(*r));

	r->cat = cat;
	r->coalitions = xcalloc(1, sizeof(*r->coalitions));
	r->ncoalitions = 1;
	if (load_coalition(st, cat, id, 1, &r->coalitions[0], cause) != 0) {
		report_free(r);
		return NULL;
	}
	collect_sources(r);
	return r;
}

/* Is change k the last of its question in this session? The summary
 * shows what an answer became, not every autosave on the way. */
static int
last_of_its_item(const struct session_change *ch, size_t n, size_t k)
{
	size_t j;

	for (j = k + 1; j < n; j++)
		if (strcmp(ch[j].coalition, ch[k].coalition) == 0 &&
		    strcmp(ch[j].item_key, ch[k].item_key) == 0)
			return 0;
	return 1;
}

/* Give each agenda coalition the session's last value of every question
 * changed in it. raw (owned by the first coalition) holds the strings. */
static void
distribute_changes(struct report *r, struct session_change *raw, size_t n)
{
	size_t a, k;

	for (a = 0; a < r->ncoalitions; a++) {
		struct report_coalition *rc = &r->coalitions[a];

		rc->changes = xcalloc(n > 0 ? n : 1, sizeof(*rc->changes));
		for (k = 0; k < n; k++) {
			struct report_change *c;

			if (strcasecmp(raw[k].coalition, rc->c->name) != 0 ||
			    !last_of_its_item(raw, n, k))
				continue;
			c = &rc->changes[rc->nchanges++];
			c->item = catalogue_item(r->cat, raw[k].item_key);
			c->item_key = raw[k].item_key;
			c->value = raw[k].value;
			c->changed = raw[k].changed;
		}
	}
}

/* The intervisie days of group gid, oldest first, each with its questions. */
static struct report_day *
load_days(struct store *st, int64_t gid, size_t *n, char **cause)
{
	struct session_list *l;
	struct report_day *d;
	size_t i;

	*n = 0;
	if ((l = iday_list(st, gid, cause)) == NULL)
		return NULL;
	d = xcalloc(l->n + 1, sizeof(*d));
	for (i = 0; i < l->n; i++) {
		d[i].date = xstrdup(l->v[i].date);
		d[i].title = xstrdup(l->v[i].title);
		if ((d[i].questions = iquestion_list(st, l->v[i].id, cause)) == NULL) {
			days_free(d, i + 1);
			session_list_free(l);
			return NULL;
		}
	}
	*n = l->n;
	session_list_free(l);
	return d;
}

/* The question with id among the days' questions, or NULL. */
static const struct iquestion *
find_question(const struct report_day *d, size_t nd, int64_t id)
{
	size_t i, k;

	for (i = 0; i < nd; i++)
		for (k = 0; k < d[i].questions->n; k++)
			if (d[i].questions->v[k].id == id)
				return &d[i].questions->v[k];
	return NULL;
}

static int
in_list(const struct iquestion_list *l, int64_t id)
{
	size_t i;

	for (i = 0; i < l->n; i++)
		if (l->v[i].id == id)
			return 1;
	return 0;
}

/* The group's lessons (only those drawn from a question of day, when day
 * is not NULL), each with the questions it came from, named from days. */
static int
load_lessons(struct store *st, struct report *r, int64_t gid, const struct report_day *days,
    size_t ndays, const struct iquestion_list *day, char **cause)
{
	struct ilesson *v;
	size_t n, i, k, keep;

	if ((v = ilesson_list(st, gid, &n, cause)) == NULL)
		return -1;
	r->lessons = xcalloc(n + 1, sizeof(*r->lessons));
	for (i = 0; i < n; i++) {
		struct report_lesson *l = &r->lessons[r->nlessons];

		for (k = 0, keep = day == NULL; k < v[i].nquestions && !keep; k++)
			keep = in_list(day, v[i].questions[k]);
		if (!keep)
			continue;
		l->text = xstrdup(v[i].text);
		l->from = xcalloc(v[i].nquestions + 1, sizeof(*l->from));
		for (k = 0; k < v[i].nquestions; k++) {
			const struct iquestion *q = find_question(days, ndays, v[i].questions[k]);

			if (q != NULL)
				l->from[l->nfrom++] = report_question_line(q);
		}
		r->nlessons++;
	}
	ilesson_list_free(v, n);
	return 0;
}

/* An intervisie day's lessons: those of its group drawn from its
 * questions (a day without a group has none). */
static int
day_lessons(struct store *st, struct report *r, int64_t sid, char **cause)
{
	struct report_day *days;
	size_t ndays;
	int64_t gid;
	int ret;

	if ((gid = store_iday_group(st, sid)) < 0)
		return model_store_cause(st, cause);
	if (gid == 0) {
		r->lessons = xcalloc(1, sizeof(*r->lessons));
		return 0;
	}
	if ((days = load_days(st, gid, &ndays, cause)) == NULL)
		return -1;
	ret = load_lessons(st, r, gid, days, ndays, r->questions, cause);
	days_free(days, ndays);
	return ret;
}

struct report *
report_group(struct store *st, const struct catalogue *cat, int64_t id, char **cause)
{
	struct report *r = xcalloc(1, sizeof(*r));
	struct report_group *g;
	struct igroup_list *gl;
	struct participant_list *pl;
	size_t i;

	r->cat = cat;
	r->group = g = xcalloc(1, sizeof(*g));
	if ((gl = igroup_list(st, cause)) == NULL)
		goto fail;
	for (i = 0; i < gl->n; i++)
		if (gl->v[i].id == id)
			g->name = xstrdup(gl->v[i].name);
	igroup_list_free(gl);
	if (g->name == NULL) {
		if (cause != NULL)
			*cause = xasprintf("geen intervisiegroep met nummer %lld", (long long)id);
		goto fail;
	}
	if ((pl = igroup_members(st, id, cause)) == NULL)
		goto fail;
	g->members = xcalloc(pl->n + 1, sizeof(*g->members));
	for (i = 0; i < pl->n; i++)
		g->members[g->nmembers++] = xstrdup(pl->v[i].name);
	participant_list_free(pl);
	if ((g->days = load_days(st, id, &g->ndays, cause)) == NULL ||
	    (g->themes = itheme_counts(st, id, &g->nthemes, cause)) == NULL ||
	    load_lessons(st, r, id, g->days, g->ndays, NULL, cause) != 0)
		goto fail;
	r->sources = xcalloc(1, sizeof(*r->sources));
	return r;
fail:
	report_free(r);
	return NULL;
}

struct report *
report_session(struct store *st, const struct catalogue *cat, int64_t id, char **cause)
{
	struct report *r = xcalloc(1, sizeof(*r));
	struct session_rec_list *l = NULL;
	struct participant_list *pl = NULL;
	struct session_change *raw = NULL;
	char **agenda = NULL;
	size_t i, n = 0, nagenda = 0;

	r->cat = cat;
	if ((l = session_list(st, cause)) == NULL)
		goto fail;
	for (i = 0; i < l->n && r->session == NULL; i++)
		if (l->v[i].id == id) {
			r->session = xcalloc(1, sizeof(*r->session));
			*r->session = l->v[i];
			memset(&l->v[i], 0, sizeof(l->v[i]));
		}
	if (r->session == NULL) {
		if (cause != NULL)
			*cause = xasprintf("geen sessie met nummer %lld", (long long)id);
		goto fail;
	}
	if ((pl = iday_attendees(st, id, cause)) == NULL ||
	    (agenda = session_agenda(st, id, &nagenda, cause)) == NULL ||
	    (raw = session_changes(st, id, &n, cause)) == NULL)
		goto fail;
	r->attendees = xcalloc(pl->n + 1, sizeof(*r->attendees));
	r->attendee_where = xcalloc(pl->n + 1, sizeof(*r->attendee_where));
	for (i = 0; i < pl->n; i++) {
		const struct participant *p = &pl->v[i];
		int org = !str_is_blank(p->organisation), role = !str_is_blank(p->role);

		r->attendee_where[r->nattendees] = xasprintf("%s%s%s", org ? p->organisation : "",
		    org && role ? ", " : "", role ? p->role : "");
		r->attendees[r->nattendees++] = xstrdup(p->name);
	}
	r->coalitions = xcalloc(nagenda + 1, sizeof(*r->coalitions));
	for (i = 0; i < nagenda; i++) {
		struct coalition *c = store_coalition_find(st, agenda[i]);

		if (c == NULL)
			continue;	/* deleted since; its changes went with it */
		if (load_coalition(st, cat, c->id, 0, &r->coalitions[r->ncoalitions++], cause)
		    != 0) {
			coalition_free(c);
			goto fail;
		}
		coalition_free(c);
	}
	if (strcmp(r->session->kind, "intervisie") == 0 &&
	    ((r->questions = iquestion_list(st, id, cause)) == NULL ||
	    day_lessons(st, r, id, cause) != 0))
		goto fail;
	distribute_changes(r, raw, n);
	if (r->ncoalitions > 0) {
		r->coalitions[0].raw_changes = raw;
		r->coalitions[0].nraw_changes = n;
		raw = NULL;
	}
	collect_sources(r);
	session_changes_free(raw, n);
	for (i = 0; i < nagenda; i++)
		free(agenda[i]);
	free(agenda);
	participant_list_free(pl);
	session_rec_list_free(l);
	return r;
fail:
	session_changes_free(raw, n);
	for (i = 0; agenda != NULL && i < nagenda; i++)
		free(agenda[i]);
	free(agenda);
	participant_list_free(pl);
	session_rec_list_free(l);
	report_free(r);
	return NULL;
}
