/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * screen_igroup.c: an intervisie group: its members, its intervisie days,
 * the recurring themes with how often they came up, the harvest of
 * lessons, and the members' SHARED self-analyses side by side, question by
 * question (← and → choose the questionnaire). Nothing private shows here:
 * the group view asks only for shared analyses.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "vitaal/identity.h"
#include "vitaal/intervisie.h"
#include "vitaal/util.h"
#include "screens.h"
#include "ui_int.h"

enum { PANE_DAYS, PANE_SHARED, NPANES };

struct igrp {
	int64_t				 gid;
	int64_t				 me;
	char				*name;
	struct participant_list		*members;
	struct session_list		*days;
	struct itheme_count		*themes;
	size_t				 nthemes;
	struct ilesson			*lessons;
	size_t				 nlessons;
	struct self_analysis_list	*shared;	/* of the chosen questionnaire */
	int				 form;		/* index among zelfanalyse forms */
	int				 pane;
	size_t				 sel;		/* day selected */
	size_t				 row;		/* question row in the side-by-side */
};

/* The n-th questionnaire (kind zelfanalyse) of the catalogue. */
static const struct cat_form *
nth_form(const struct ui *ui, int n)
{
	size_t i;
	int k = 0;

	for (i = 0; i < ui->cat->nforms; i++)
		if (strcmp(ui->cat->forms[i].kind, "zelfanalyse") == 0 && k++ == n)
			return &ui->cat->forms[i];
	return NULL;
}

static int
nforms(const struct ui *ui)
{
	int n = 0;

	while (nth_form(ui, n) != NULL)
		n++;
	return n;
}

static void
load(struct ui *ui, struct igrp *s)
{
	struct igroup_list *gl;
	const struct cat_form *f = nth_form(ui, s->form);
	char *cause = NULL;
	size_t i;

	participant_list_free(s->members);
	session_list_free(s->days);
	itheme_counts_free(s->themes, s->nthemes);
	ilesson_list_free(s->lessons, s->nlessons);
	self_analysis_list_free(s->shared);
	free(s->name);
	s->name = NULL;
	if ((gl = igroup_list(ui->st, NULL)) != NULL) {
		for (i = 0; i < gl->n; i++)
			if (gl->v[i].id == s->gid)
				s->name = xstrdup(gl->v[i].name);
		igroup_list_free(gl);
	}
	if ((s->members = igroup_members(ui->st, s->gid, &cause)) == NULL) {
		ui_message(ui, 1, "%s", cause);
		free(cause);
		cause = NULL;
		s->members = xcalloc(1, sizeof *s->members);
	}
	if ((s->days = iday_list(ui->st, s->gid, &cause)) == NULL) {
		free(cause);
		cause = NULL;
		s->days = xcalloc(1, sizeof *s->days);
	}
	s->themes = itheme_counts(ui->st, s->gid, &s->nthemes, NULL);
	s->lessons = ilesson_list(ui->st, s->gid, &s->nlessons, NULL);
	/* The group view: shared analyses only, by construction. */
	s->shared = selfanalysis_shared(ui->st, s->gid, f != NULL ? f->key : NULL, NULL);
	if (s->shared == NULL)
		s->shared = xcalloc(1, sizeof *s->shared);
	if (s->sel >= s->days->n)
		s->sel = s->days->n > 0 ? s->days->n - 1 : 0;
}

static void
igrp_enter(struct ui *ui, struct ui_view *v, void *arg)
{
	const struct igroup_arg *a = arg;
	struct igrp *s = xcalloc(1, sizeof *s);

	s->gid = a->group_id;
	s->me = a->me;
	v->state = s;
	load(ui, s);
}

static void
igrp_leave(struct ui *ui, struct ui_view *v)
{
	struct igrp *s = v->state;

	(void)ui;
	participant_list_free(s->members);
	session_list_free(s->days);
	itheme_counts_free(s->themes, s->nthemes);
	ilesson_list_free(s->lessons, s->nlessons);
	self_analysis_list_free(s->shared);
	free(s->name);
	free(s);
}

static void
igrp_resume(struct ui *ui, struct ui_view *v)
{
	load(ui, v->state);
}

/* Days, themes and lessons on the left; the shared analyses on the right
 * (or below on a narrow terminal). */
static void
draw_overview(struct ui *ui, struct igrp *s, int x, int w, int y, int bottom)
{
	struct strbuf b = { 0 };
	size_t i;

	attrset(ui_attr(ROLE_HEADING));
	ui_put_fit(y++, x, w, identity_facilitator() ? "Intervisiedagen (d: nieuwe dag)" :
	    "Intervisiedagen");
	attrset(ui_attr(ROLE_NORMAL));
	if (s->days->n == 0) {
		attrset(ui_attr(ROLE_DIM));
		ui_put_fit(y++, x + 2, w - 2, "nog geen");
		attrset(ui_attr(ROLE_NORMAL));
	}
	for (i = 0; i < s->days->n && y < bottom - 4; i++, y++) {
		char *line = xasprintf("%s  %s", s->days->v[i].date, s->days->v[i].title);
		int sel = s->pane == PANE_DAYS && i == s->sel;

		attrset(ui_attr(sel ? ROLE_SELECTED : ROLE_NORMAL));
		if (sel)
			ui_mark_selected(ui, y, x - 2);
		ui_put_fit(y, x, w, line);
		ui_hit(ui, y, x, w, 1, (int)i);
		attrset(ui_attr(ROLE_NORMAL));
		free(line);
	}
	y++;
	strbuf_puts(&b, "Terugkerende thema's: ");
	for (i = 0; i < s->nthemes; i++)
		strbuf_printf(&b, "%s%s (%d)", i > 0 ? ", " : "", s->themes[i].name, s->themes[i].count);
	if (s->nthemes == 0)
		strbuf_puts(&b, "nog geen");
	y += ui_put_wrapped(y, x, w, 2, b.s) + 1;
	strbuf_free(&b);
	attrset(ui_attr(ROLE_HEADING));
	ui_put_fit(y++, x, w, "Oogst: lessen");
	attrset(ui_attr(ROLE_NORMAL));
	for (i = 0; i < s->nlessons && y < bottom; i++) {
		char *line = xasprintf("• %s (%zu %s)", s->lessons[i].text,
		    s->lessons[i].nquestions, s->lessons[i].nquestions == 1 ? "vraag" : "vragen");

		y += ui_put_wrapped(y, x, w, 2, line);
		free(line);
	}
}

static void
draw_shared(struct ui *ui, struct igrp *s, int x, int w, int y, int bottom)
{
	const struct cat_form *f = nth_form(ui, s->form);
	size_t first = 0, nitems, i, k;
	int lw, cw, ncol;
	char *head;

	if (f == NULL)
		return;
	head = xasprintf("Gedeeld: %s (← →)", f->title);
	attrset(ui_attr(s->pane == PANE_SHARED ? ROLE_ACCENT : ROLE_HEADING));
	ui_put_fit(y++, x, w, head);
	attrset(ui_attr(ROLE_NORMAL));
	free(head);
	if (s->shared->n == 0) {
		attrset(ui_attr(ROLE_DIM));
		ui_put_wrapped(y, x, w, 3, "Niemand heeft deze zelfanalyse gedeeld. Zelfanalyses "
		    "zijn privé tot hun eigenaar ze deelt.");
		attrset(ui_attr(ROLE_NORMAL));
		return;
	}
	nitems = catalogue_form_items(ui->cat, f->key, &first);
	ncol = (int)s->shared->n < 4 ? (int)s->shared->n : 4;
	lw = w / 3;
	cw = (w - lw) / ncol - 1;
	for (k = 0; k < (size_t)ncol; k++) {
		attrset(ui_attr(ROLE_HEADING));
		ui_put_fit(y, x + lw + 1 + (int)k * (cw + 1), cw, s->shared->v[k].owner_name);
	}
	attrset(ui_attr(ROLE_NORMAL));
	y++;
	/* An analysis brought in by an import says where it came from. */
	attrset(ui_attr(ROLE_DIM));
	for (k = 0; k < (size_t)ncol && y < bottom - 1; k++) {
		char *line;

		if (s->shared->v[k].origin == NULL)
			continue;
		line = xasprintf("%s: %s", s->shared->v[k].owner_name, s->shared->v[k].origin);
		y += ui_put_wrapped(y, x, w, 2, line);
		free(line);
	}
	attrset(ui_attr(ROLE_NORMAL));
	if (s->row >= nitems)
		s->row = nitems > 0 ? nitems - 1 : 0;
	for (i = s->row > (size_t)(bottom - y - 1) ? s->row - (size_t)(bottom - y - 1) : 0;
	    i < nitems && y < bottom; i++, y++) {
		const struct cat_item *it = &ui->cat->items[first + i];
		int sel = s->pane == PANE_SHARED && i == s->row;

		attrset(ui_attr(sel ? ROLE_SELECTED : ROLE_NORMAL));
		ui_put_fit(y, x, lw, it->prompt);
		if (sel)
			ui_selected(ui, y, x);
		attrset(ui_attr(ROLE_NORMAL));
		for (k = 0; k < (size_t)ncol; k++) {
			char *val = selfanalysis_value(ui->st, s->shared->v[k].id, 0, it->key, NULL);

			ui_put_fit(y, x + lw + 1 + (int)k * (cw + 1), cw,
			    val != NULL && val[0] != '\0' ? val : "·");
			free(val);
		}
	}
}

static void
igrp_draw(struct ui *ui, struct ui_view *v)
{
	struct igrp *s = v->state;
	struct strbuf b = { 0 };
	size_t i;
	int wide = COLS >= 120, lw = wide ? COLS / 3 : COLS - 4;

	strbuf_puts(&b, "Leden: ");
	for (i = 0; i < s->members->n; i++)
		strbuf_printf(&b, "%s%s", i > 0 ? ", " : "", s->members->v[i].name);
	if (s->members->n == 0)
		strbuf_puts(&b, "nog niemand");
	if (identity_facilitator())
		strbuf_puts(&b, " (l: leden kiezen)");
	ui_put_fit(1, 2, COLS - 4, b.s);
	strbuf_free(&b);
	if (wide) {
		draw_overview(ui, s, 2, lw - 2, 3, LINES - 3);
		draw_shared(ui, s, lw + 2, COLS - lw - 4, 3, LINES - 3);
	} else if (s->pane == PANE_DAYS)
		draw_overview(ui, s, 2, lw, 3, LINES - 3);
	else
		draw_shared(ui, s, 2, lw, 3, LINES - 3);
}

static int
act_open(struct ui *ui, struct ui_view *v)
{
	struct igrp *s = v->state;
	struct iday_arg arg;

	if (s->pane != PANE_DAYS || s->days->n == 0)
		return 0;
	arg.session_id = s->days->v[s->sel].id;
	arg.group_id = s->gid;
	arg.me = s->me;
	ui_push(ui, &ui_screen_iday, &arg);
	return UI_REDRAW;
}

static void
day_titled(struct ui *ui, struct ui_view *v, const char *title)
{
	struct igrp *s = v->state;
	char *cause = NULL, date[16];
	time_t now = time(NULL);
	struct tm tm;

	if (title == NULL || str_is_blank(title))
		return;
	localtime_r(&now, &tm);
	strftime(date, sizeof date, "%Y-%m-%d", &tm);
	if (iday_add(ui->st, s->gid, title, date, "", &cause) < 0) {
		ui_message(ui, 1, "Niet aangemaakt: %s", cause);
		free(cause);
		return;
	}
	load(ui, s);
	s->pane = PANE_DAYS;
	s->sel = s->days->n > 0 ? s->days->n - 1 : 0;
}

static int
act_day(struct ui *ui, struct ui_view *v)
{
	ui_prompt(ui, v, "Titel van de intervisiedag:", "", day_titled, NULL);
	return UI_REDRAW;
}

/* ---- members: chosen from the people the werkboek knows ----------------- */

static struct participant_list *
members_of(struct ui *ui, struct ui_view *caller)
{
	struct igrp *s = caller->state;

	return igroup_members(ui->st, s->gid, NULL);
}

/* Enter on a member takes them out, on anyone else makes them a member. */
static void
member_picked(struct ui *ui, struct ui_view *caller, int64_t id, const char *name)
{
	struct igrp *s = caller->state;
	char *cause = NULL;
	size_t i;
	int member = 0;

	for (i = 0; i < s->members->n; i++)
		if (s->members->v[i].id == id)
			member = 1;
	if ((member ? igroup_leave(ui->st, s->gid, id, &cause) :
	    igroup_join(ui->st, s->gid, id, &cause)) != 0) {
		ui_message(ui, 1, "Niet bijgewerkt: %s", cause);
		free(cause);
		return;
	}
	load(ui, s);
	ui_message(ui, 0, member ? "%s is geen lid meer." : "%s is nu lid.", name);
}

static int
act_members(struct ui *ui, struct ui_view *v)
{
	struct igrp *s = v->state;
	struct person_pick_arg arg = { 0 };
	char *title = xasprintf("Leden van %s", s->name != NULL ? s->name : "de groep");

	arg.title = title;
	arg.hint = "Enter maakt de gekozen persoon lid, of (✓) weer geen lid. Esc: klaar.";
	arg.pick_label = "Lid / geen lid";
	arg.mark_label = "lid";
	arg.stay = 1;
	arg.picked = member_picked;
	arg.marked = members_of;
	ui_push(ui, &ui_screen_person_pick, &arg);
	free(title);
	return UI_REDRAW;
}

static int
act_export(struct ui *ui, struct ui_view *v)
{
	struct igrp *s = v->state;
	struct export_arg arg = { 0, 0, 0 };

	arg.group_id = s->gid;
	ui_push(ui, &ui_screen_export, &arg);
	return UI_REDRAW;
}

static int
act_pane(struct ui *ui, struct ui_view *v)
{
	struct igrp *s = v->state;

	(void)ui;
	s->pane = (s->pane + 1) % NPANES;
	return UI_REDRAW;
}

static int
switch_form(struct ui *ui, struct igrp *s, int dir)
{
	int n = nforms(ui);

	/* Stops at the first and the last list: no wrap-around. */
	if (n == 0 || s->form + dir < 0 || s->form + dir >= n)
		return 0;
	s->form += dir;
	s->row = 0;
	s->pane = PANE_SHARED;
	load(ui, s);
	return UI_REDRAW;
}

static int act_next_form(struct ui *ui, struct ui_view *v) { return switch_form(ui, v->state, 1); }
static int act_prev_form(struct ui *ui, struct ui_view *v) { return switch_form(ui, v->state, -1); }

static int
act_up(struct ui *ui, struct ui_view *v)
{
	struct igrp *s = v->state;

	(void)ui;
	if (s->pane == PANE_DAYS)
		ui_sel_move(&s->sel, s->days->n, -1);
	else if (s->row > 0)
		s->row--;
	return UI_REDRAW;
}

static int
act_down(struct ui *ui, struct ui_view *v)
{
	struct igrp *s = v->state;

	(void)ui;
	if (s->pane == PANE_DAYS)
		ui_sel_move(&s->sel, s->days->n, 1);
	else
		s->row++;
	return UI_REDRAW;
}

static int
igrp_click(struct ui *ui, struct ui_view *v, int id, int dbl)
{
	struct igrp *s = v->state;

	s->pane = PANE_DAYS;
	s->sel = (size_t)id;
	return dbl ? act_open(ui, v) : UI_REDRAW;
}

static const struct ui_action igrp_actions[] = {
	{ { '\r', '\n', UI_FKEY(KEY_ENTER) }, "Enter", "Dag", "De gekozen intervisiedag openen",
	    act_open, 0 },
	{ { 'd' }, "d", "Nieuwe dag", "Een intervisiedag toevoegen (vandaag)", act_day, UI_FAC },
	{ { 'l' }, "l", "Leden", "Leden kiezen uit de bekende personen, of weer uit de groep "
	    "halen", act_members, UI_FAC },
	{ { 'e' }, "e", "Exporteren", "De samenvatting van de groep opslaan: dagen, thema's en "
	    "lessen (tekst voor de e-mail, ODT, Markdown, HTML)", act_export, UI_FAC },
	{ { UI_FKEY(KEY_RIGHT) }, "→", "Gedeeld", "Gedeelde zelfanalyses: volgende vragenlijst",
	    act_next_form, 0 },
	{ { UI_FKEY(KEY_LEFT) }, "←", NULL, "Gedeelde zelfanalyses: vorige vragenlijst",
	    act_prev_form, 0 },
	{ { '\t' }, "Tab", NULL, "Wisselen tussen de dagen en de gedeelde zelfanalyses", act_pane,
	    0 },
	{ { UI_FKEY(KEY_DOWN), 'j' }, "↓", NULL, "Volgende", act_down, UI_ACT(ACT_DOWN) },
	{ { UI_FKEY(KEY_UP), 'k' }, "↑", NULL, "Vorige", act_up, UI_ACT(ACT_UP) },
	{ { '?', UI_FKEY(KEY_F(1)) }, "?", "Hulp", "Deze hulp tonen", ui_action_help,
	    UI_ACT(ACT_HELP) },
	{ { UI_ESC, 'q' }, "Esc", "Terug", "Terug", ui_action_back, UI_ACT(ACT_BACK) },
	{ { 0 }, NULL, NULL, NULL, NULL, 0 }
};

static const struct ui_action *
igrp_actions_now(struct ui *ui, struct ui_view *v)
{
	(void)ui;
	(void)v;
	return igrp_actions;
}

static char *
igrp_title(struct ui *ui, struct ui_view *v)
{
	struct igrp *s = v->state;

	(void)ui;
	return xasprintf("Intervisie › %s", s->name != NULL ? s->name : "?");
}

/* Every table this screen may show, for the conventions test. */
static const struct ui_table igroup_tables[] = {
	{ igrp_actions, 0 },
	{ NULL, 0 }
};

const struct ui_screen ui_screen_igroup = {
	.name = "igroup",
	.help_intro = "Een intervisiegroep: de leden, de intervisiedagen, de thema's die "
	    "terugkomen en de lessen die de groep oogst. Rechts (of met Tab) de zelfanalyses "
	    "die leden deelden, vraag voor vraag naast elkaar; wat privé is, staat hier niet. Een "
	    "zelfanalyse die met een import is ingebracht, zegt door wie, uit welk bestand en "
	    "wanneer.",
	.enter = igrp_enter,
	.leave = igrp_leave,
	.draw = igrp_draw,
	.actions = igrp_actions_now,
	.tables = igroup_tables,
	.click = igrp_click,
	.resume = igrp_resume,
	.title = igrp_title,
};
