/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * screen_dilemma.c: one dilemma box on the whole screen.
 *
 * A pole box or a choice: ← and → move the team's place. The facilitator
 * opens a round with r (op naam, anoniem, or stil until revealed with z),
 * places people with n — a name picked from the people present, then ← →
 * or the number moves the marker and Enter saves it, and the next name is
 * asked — and closes the round with s. [ and ] step through the rounds, v
 * compares the round shown with the one before it. t starts and pauses a
 * timer.
 * The pro/contra dilemmabox: the arrows choose a cell, a adds an argument,
 * Tab walks through a cell's arguments, x removes one; o, 1–5 and c answer
 * the three closing questions.
 *
 * Rounds, the timer and the team's place are the facilitator's; anyone
 * places themself with p in the open round, from their own terminal, and
 * moves that place while the round is open; and anyone writes in the
 * pro/contra box. A deelnemer's terminal keeps a silent round as silent
 * as the wall.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "vitaal/dilemma.h"
#include "vitaal/fieldrule.h"
#include "vitaal/identity.h"
#include "vitaal/intervisie.h"
#include "vitaal/projection.h"
#include "vitaal/util.h"
#include "screens.h"
#include "ui_int.h"

struct dview {
	int64_t			 cid;
	int64_t			 did;
	struct dilemma_list	*l;
	struct dilemma		*d;		/* into l, or NULL when gone */
	int64_t			 shown;		/* the round shown; 0 = the last one */
	int			 comparing;	/* the round shown against the one before */
	int			 placing;	/* a place is being chosen */
	int64_t			 round;		/* in this (open) round */
	int64_t			 pid;		/* for this person; 0 = anonymous */
	char			*name;		/* their name, for the prompt */
	int			 own;		/* one's own place (p) */
	int			 naming;	/* after a place, the next name is asked */
	int			 cursor;	/* where it goes: 1..7 or an option */
	int64_t			 my_anon;	/* this terminal's anonymous place */
	int64_t			 my_anon_round;	/* … in this round */
	enum dilemma_mode	 new_mode;	/* of the round being opened */
	int			 cell;		/* pro/contra: 0..3 */
	size_t			 argsel;	/* pro/contra: index among the cell's arguments */
	int			 timer_on;
	time_t			 timer_from;	/* when the running timer (re)started */
	long			 timer_acc;	/* seconds counted before that */
	long			 timer_len;	/* the round's length; 0 counts up */
	struct dilemma_list	*edit_base;	/* the boxes when the rationale prompt opened */
};

static const char *const cell_situation[4] = { "huidig", "huidig", "nieuw", "nieuw" };
static const char *const cell_stance[4] = { "voor", "tegen", "voor", "tegen" };

static void
load(struct ui *ui, struct dview *s)
{
	char *cause = NULL;
	size_t i;

	dilemma_list_free(s->l);
	s->d = NULL;
	if ((s->l = dilemma_list(ui->st, s->cid, &cause)) == NULL) {
		ui_message(ui, 1, "Dilemma niet te lezen: %s", cause);
		free(cause);
		s->l = xcalloc(1, sizeof *s->l);
	}
	for (i = 0; i < s->l->n; i++)
		if (s->l->v[i].id == s->did)
			s->d = &s->l->v[i];
	if (s->d != NULL && s->shown > 0 && dilemma_round_find(s->d, s->shown) == NULL)
		s->shown = 0;
}

static void
dview_enter(struct ui *ui, struct ui_view *v, void *arg)
{
	const struct dilemma_arg *a = arg;
	struct dview *s = xcalloc(1, sizeof *s);

	s->cid = a->coalition_id;
	s->did = a->dilemma_id;
	v->state = s;
	load(ui, s);
}

static void
dview_leave(struct ui *ui, struct ui_view *v)
{
	struct dview *s = v->state;

	(void)ui;
	dilemma_list_free(s->l);
	dilemma_list_free(s->edit_base);
	free(s->name);
	free(s);
}

static int
is_pool(const struct dview *s)
{
	return s->d != NULL && strcmp(s->d->form, "pool") == 0;
}

static int
is_procontra(const struct dview *s)
{
	return s->d != NULL && strcmp(s->d->form, "procontra") == 0;
}

/* Highest place on this box: 7 on a scale, the number of options else. */
static int
places(const struct dview *s)
{
	return is_pool(s) ? DILEMMA_SCALE : (int)s->d->noptions;
}

/* The selected argument of the selected cell, or NULL. */
static const struct dilemma_argument *
cur_argument(const struct dview *s)
{
	size_t k, n = 0;

	for (k = 0; s->d != NULL && k < s->d->narguments; k++) {
		const struct dilemma_argument *a = &s->d->arguments[k];

		if (strcmp(a->situation, cell_situation[s->cell]) == 0 &&
		    strcmp(a->stance, cell_stance[s->cell]) == 0 && n++ == s->argsel)
			return a;
	}
	return NULL;
}

static long
timer_seconds(const struct dview *s)
{
	return s->timer_acc + (s->timer_on ? (long)(time(NULL) - s->timer_from) : 0);
}

/* The round shown: the one chosen with [ ], else the last; NULL when the
 * box has none yet. */
static const struct dilemma_round *
shown_round(const struct dview *s)
{
	if (s->d == NULL || s->d->nrounds == 0)
		return NULL;
	if (s->shown > 0 && dilemma_round_find(s->d, s->shown) != NULL)
		return dilemma_round_find(s->d, s->shown);
	return &s->d->rounds[s->d->nrounds - 1];
}

/* The round before r, or NULL. */
static const struct dilemma_round *
round_before(const struct dview *s, const struct dilemma_round *r)
{
	return r != NULL && r > s->d->rounds ? r - 1 : NULL;
}

/* The line above the key bar while a place is chosen: what the keys do. */
static char *
placing_line(const struct dview *s)
{
	const char *range = is_pool(s) ? "1–7" : "het nummer";

	if (s->own)
		return xasprintf(" Uw plaats: ← → of %s kiest de plaats · Enter bewaart · Esc "
		    "annuleert ", range);
	if (s->pid == 0)
		return xasprintf(" Anonieme plaats: ← → of %s kiest de plaats · Enter bewaart en "
		    "vraagt de volgende · Esc stopt ", range);
	return xasprintf(" %s: ← → of %s kiest de plaats · Enter bewaart en vraagt de volgende "
	    "naam · Esc slaat over ", s->name, range);
}

static void
dview_draw(struct ui *ui, struct ui_view *v)
{
	struct dview *s = v->state;
	const struct dilemma_argument *arg;
	const struct dilemma_round *r;
	int h = LINES - 4;

	if (s->d == NULL) {
		ui_put(2, 2, COLS - 4, "Dit dilemma bestaat niet meer.");
		return;
	}
	r = shown_round(s);
	if (s->comparing && !is_procontra(s)) {
		const struct dilemma_round *b = round_before(s, r);

		attrset(ui_attr(ROLE_DIM));
		ui_box(1, 1, h, COLS - 2, NULL);
		attrset(ui_attr(ROLE_NORMAL));
		ui_draw_compare(ui, s->d, b != NULL ? b->id : 0, r != NULL ? r->id : 0, 2, 3,
		    h - 2, COLS - 6, 0);
		return;
	}
	arg = is_procontra(s) ? cur_argument(s) : NULL;
	ui_draw_dilemma(ui, s->d, r != NULL ? r->id : 0, 1, 1, h, COLS - 2, 1,
	    s->placing ? s->cursor : 0, is_procontra(s) ? s->cell : -1, arg != NULL ? arg->id : 0,
	    1, !identity_facilitator());
	if (s->placing) {
		char *line = placing_line(s);

		attrset(ui_attr(ROLE_ACCENT));
		ui_put_fit(LINES - 3, 2, COLS - 4, line);
		attrset(ui_attr(ROLE_NORMAL));
		free(line);
	}
	if (s->timer_on || s->timer_acc > 0 || s->timer_len > 0) {
		struct projection p = { 0 };
		enum projection_clock c;
		char clock[16], buf[64];

		p.timer_on = s->timer_on;
		p.timer_from = (int64_t)s->timer_from;
		p.timer_acc = s->timer_acc;
		p.timer_len = s->timer_len;
		c = projection_clock(&p, (int64_t)time(NULL), clock, sizeof clock);
		snprintf(buf, sizeof buf, " ⏱ %s%s ", clock, c == CLOCK_DONE ? " tijd!" :
		    s->timer_on ? "" : " (pauze)");
		attrset(ui_attr(c == CLOCK_RUNNING ? ROLE_ACCENT : ROLE_ERROR));
		ui_put(1, COLS - 17, 16, buf);
		attrset(ui_attr(ROLE_NORMAL));
	}
	if (dilemma_round_hidden(r) && identity_facilitator()) {
		attrset(ui_attr(ROLE_ACCENT));
		ui_put(h, COLS - 36, 17, " stil op de muur ");
		attrset(ui_attr(ROLE_NORMAL));
	}
	ui_hit(ui, 1, 1, COLS - 2, h, 0);
}

static void
dview_tick(struct ui *ui, struct ui_view *v)
{
	(void)ui;
	(void)v;	/* the loop redraws after each tick: the timer moves */
}

/* ---- rounds (pole box and choice) ------------------------------------ */

/* Start choosing a place in round for person pid (0: anonymous). */
static void
start_placing(struct dview *s, int64_t round, int64_t pid, const char *name)
{
	size_t k;

	free(s->name);
	s->name = xstrdup(name != NULL ? name : "");
	s->round = round;
	s->pid = pid;
	s->placing = 1;
	s->shown = 0;
	s->comparing = 0;
	s->cursor = is_pool(s) ? (DILEMMA_SCALE + 1) / 2 : 1;
	/* Someone placed before in this round starts where they stood. */
	for (k = 0; k < s->d->npositions; k++) {
		const struct dilemma_position *p = &s->d->positions[k];

		if (p->round_id == round && ((pid > 0 && p->participant_id == pid) ||
		    (pid == 0 && s->own && p->id == s->my_anon)))
			s->cursor = p->position;
	}
}

static struct participant_list *
placed_in_round(struct ui *ui, struct ui_view *caller)
{
	struct dview *s = caller->state;
	struct participant_list *l = xcalloc(1, sizeof *l);
	size_t k;

	(void)ui;
	load(ui, s);
	if (s->d == NULL)
		return l;
	l->v = xcalloc(s->d->npositions + 1, sizeof *l->v);
	for (k = 0; k < s->d->npositions; k++) {
		const struct dilemma_position *p = &s->d->positions[k];

		if (p->round_id != s->round || p->participant_id <= 0)
			continue;
		l->v[l->n].id = p->participant_id;
		l->v[l->n].name = xstrdup(p->label);
		l->v[l->n].organisation = xstrdup("");
		l->v[l->n].role = xstrdup("");
		l->v[l->n].profile = xstrdup("");
		l->n++;
	}
	return l;
}

static void
name_picked(struct ui *ui, struct ui_view *caller, int64_t id, const char *name)
{
	struct dview *s = caller->state;

	(void)ui;
	load(ui, s);
	if (s->d == NULL)
		return;
	start_placing(s, s->round, id, name);
}

static void
names_done(struct ui *ui, struct ui_view *caller)
{
	struct dview *s = caller->state;

	s->naming = 0;
	ui_message(ui, 0, "Klaar met namen; de ronde blijft open (s sluit haar).");
}

/* The people to choose from: those present at the open session, or
 * everyone in the werkboek when none are marked present. */
static void
ask_name(struct ui *ui, struct ui_view *v)
{
	struct dview *s = v->state;
	struct person_pick_arg arg = { 0 };
	struct participant_list *present = NULL;
	const struct dilemma_round *r = dilemma_round_find(s->d, s->round);
	char *title = xasprintf("Wie kiest een plaats? Ronde %d", r != NULL ? r->seq : 0);

	if (ui->session_id > 0 && (present = iday_attendees(ui->st, ui->session_id, NULL)) != NULL &&
	    present->n > 0)
		arg.among = ui->session_id;
	participant_list_free(present);
	s->naming = 1;
	arg.title = title;
	arg.hint = arg.among > 0 ? "De aanwezigen van deze sessie. Typ om te zoeken; Enter "
	    "plaatst de gekozen persoon; Esc: klaar met namen." : "Typ om te zoeken; Enter "
	    "plaatst de gekozen persoon; Esc: klaar met namen.";
	arg.pick_label = "Plaatsen";
	arg.mark_label = "geplaatst in deze ronde";
	arg.picked = name_picked;
	arg.marked = placed_in_round;
	arg.closed = names_done;
	ui_push(ui, &ui_screen_person_pick, &arg);
	free(title);
}

/* n: place people in the open round: names from the people present, or
 * one anonymous place after another. */
static int
act_names(struct ui *ui, struct ui_view *v)
{
	struct dview *s = v->state;
	const struct dilemma_round *r;

	if (s->d == NULL || is_procontra(s))
		return 0;
	if ((r = dilemma_round_open_now(s->d)) == NULL) {
		ui_message(ui, 1, "Er is geen open ronde: open er een met r.");
		return UI_REDRAW;
	}
	s->own = 0;
	s->round = r->id;
	if (r->mode == ROUND_ANONYMOUS) {
		s->naming = 1;
		start_placing(s, r->id, 0, NULL);
		return UI_REDRAW;
	}
	ask_name(ui, v);
	return UI_REDRAW;
}

static void
round_label(struct ui *ui, struct ui_view *v, const char *text)
{
	struct dview *s = v->state;
	char *cause = NULL;
	int64_t id;

	if (text == NULL || s->d == NULL)
		return;
	if ((id = dilemma_round_open(ui->st, s->d, s->new_mode, text, ui->session_id,
	    &cause)) < 0) {
		ui_message(ui, 1, "Geen ronde geopend: %s", cause);
		free(cause);
		return;
	}
	s->shown = 0;
	s->comparing = 0;
	load(ui, s);
	ui_message(ui, 0, s->new_mode == ROUND_ANONYMOUS ? "Anonieme ronde geopend: er worden "
	    "geen namen bewaard; de plaatsen zijn te zien vanaf %d." : s->new_mode == ROUND_SILENT ?
	    "Stille ronde geopend: de muur toont de plaatsen pas na z." : "Ronde op naam geopend.",
	    DILEMMA_ANON_MIN);
	act_names(ui, v);
}

static void
round_mode(struct ui *ui, struct ui_view *v, const char *text)
{
	struct dview *s = v->state;
	char *t;

	if (text == NULL)
		return;
	t = str_trim(text);
	if (t[0] == '\0' || strcmp(t, "1") == 0)
		s->new_mode = ROUND_NAMED;
	else if (strcmp(t, "2") == 0)
		s->new_mode = ROUND_ANONYMOUS;
	else if (strcmp(t, "3") == 0)
		s->new_mode = ROUND_SILENT;
	else {
		ui_message(ui, 1, "Kies 1 (op naam), 2 (anoniem) of 3 (stil tot onthullen).");
		free(t);
		return;
	}
	free(t);
	ui_prompt(ui, v, "Naam van de ronde (bijv. voorbereid, na bespreking; leeg mag):", "",
	    round_label, NULL);
}

/* r: open a new round (the one still open closes). */
static int
act_round(struct ui *ui, struct ui_view *v)
{
	struct dview *s = v->state;

	if (s->d == NULL || is_procontra(s))
		return 0;
	ui_prompt(ui, v, "Nieuwe ronde: 1 op naam, 2 anoniem, 3 stil tot onthullen:", "1",
	    round_mode, NULL);
	return UI_REDRAW;
}

/* s: close the open round. */
static int
act_close_round(struct ui *ui, struct ui_view *v)
{
	struct dview *s = v->state;
	const struct dilemma_round *r;
	char *cause = NULL;
	int seq;

	if (s->d == NULL || is_procontra(s))
		return 0;
	if ((r = dilemma_round_open_now(s->d)) == NULL) {
		ui_message(ui, 1, "Er is geen open ronde.");
		return UI_REDRAW;
	}
	seq = r->seq;
	if (dilemma_round_close(ui->st, r->id, &cause) != 0) {
		ui_message(ui, 1, "Niet gesloten: %s", cause);
		free(cause);
	} else
		ui_message(ui, 0, "Ronde %d gesloten.", seq);
	s->placing = s->naming = 0;
	load(ui, s);
	return UI_REDRAW;
}

/* [ and ]: an earlier or a later round. */
static int
step_round(struct ui *ui, struct dview *s, int dir)
{
	const struct dilemma_round *r = shown_round(s);
	size_t i;

	if (r == NULL) {
		ui_message(ui, 1, "Nog geen rondes op dit dilemma.");
		return UI_REDRAW;
	}
	i = (size_t)(r - s->d->rounds);
	if ((dir < 0 && i == 0) || (dir > 0 && i + 1 >= s->d->nrounds)) {
		ui_message(ui, 0, dir < 0 ? "Dit is de eerste ronde." : "Dit is de laatste ronde.");
		return UI_REDRAW;
	}
	i = dir < 0 ? i - 1 : i + 1;
	s->shown = i + 1 == s->d->nrounds ? 0 : s->d->rounds[i].id;
	return UI_REDRAW;
}

static int
act_earlier(struct ui *ui, struct ui_view *v)
{
	return step_round(ui, v->state, -1);
}

static int
act_later(struct ui *ui, struct ui_view *v)
{
	return step_round(ui, v->state, 1);
}

/* v: the round shown against the one before it, and back. */
static int
act_compare(struct ui *ui, struct ui_view *v)
{
	struct dview *s = v->state;

	if (s->d == NULL || is_procontra(s))
		return 0;
	if (!s->comparing && round_before(s, shown_round(s)) == NULL) {
		ui_message(ui, 1, "Vergelijken kan vanaf twee rondes; [ ] kiest de latere.");
		return UI_REDRAW;
	}
	s->comparing = !s->comparing;
	return UI_REDRAW;
}

/* p: place oneself in the open round; the marker starts where one stood. */
static int
act_place_me(struct ui *ui, struct ui_view *v)
{
	struct dview *s = v->state;
	const struct dilemma_round *r;
	char *cause = NULL;
	int64_t me = 0;

	if (s->d == NULL || is_procontra(s))
		return 0;
	if ((r = dilemma_round_open_now(s->d)) == NULL) {
		ui_message(ui, 1, "Er is geen open ronde; de facilitator opent er een.");
		return UI_REDRAW;
	}
	if (r->mode != ROUND_ANONYMOUS && (me = participant_me(ui->st, &cause)) < 0) {
		ui_message(ui, 1, "Wie u bent is onbekend: %s", cause);
		free(cause);
		return UI_REDRAW;
	}
	s->own = 1;
	s->naming = 0;
	if (s->my_anon_round != r->id)
		s->my_anon = 0;
	start_placing(s, r->id, me, ui_me(ui));
	return UI_REDRAW;
}

/* Enter while placing: save the place; in the facilitator's flow, the
 * next name (or the next anonymous place). */
static int
place(struct ui *ui, struct ui_view *v)
{
	struct dview *s = v->state;
	const struct dilemma_round *r = dilemma_round_find(s->d, s->round);
	/* Read now: load() below frees the round r points into. */
	int anonymous = r != NULL && r->mode == ROUND_ANONYMOUS;
	char *cause = NULL;
	int64_t id = 0;
	int rc;

	if (s->own && s->pid == 0 && s->my_anon > 0)
		rc = dilemma_round_move(ui->st, s->d, s->my_anon, s->cursor, &cause);
	else {
		id = dilemma_round_place(ui->st, s->d, s->round, s->pid, s->cursor,
		    ui->session_id, &cause);
		rc = id < 0 ? -1 : 0;
	}
	if (rc != 0) {
		ui_message(ui, 1, "Niet geplaatst: %s", cause);
		free(cause);
		s->placing = s->naming = 0;
		load(ui, s);
		return UI_REDRAW;
	}
	if (s->own && s->pid == 0 && id > 0) {
		s->my_anon = id;
		s->my_anon_round = s->round;
	}
	s->placing = 0;
	load(ui, s);
	if (s->own)
		ui_message(ui, 0, "Uw plaats is bewaard; zolang de ronde open is, verplaatst u "
		    "haar met p.");
	else if (anonymous) {
		start_placing(s, s->round, 0, NULL);
		ui_message(ui, 0, "Geplaatst. Volgende plaats, of Esc als iedereen er staat.");
	} else if (s->naming)
		ask_name(ui, v);
	return UI_REDRAW;
}

/* z: reveal the silent round shown (on the wall too). */
static int
act_reveal(struct ui *ui, struct ui_view *v)
{
	struct dview *s = v->state;
	const struct dilemma_round *r = shown_round(s);
	char *cause = NULL;

	if (s->d == NULL || is_procontra(s))
		return 0;
	if (r == NULL || r->mode != ROUND_SILENT || r->revealed) {
		ui_message(ui, 1, "Onthullen kan alleen bij een stille ronde die nog niet "
		    "onthuld is.");
		return UI_REDRAW;
	}
	if (dilemma_round_reveal(ui->st, r->id, &cause) != 0) {
		ui_message(ui, 1, "Niet onthuld: %s", cause);
		free(cause);
	} else
		ui_message(ui, 0, "De plaatsen staan nu op de muur.");
	load(ui, s);
	return UI_REDRAW;
}

static int
move_cursor(struct dview *s, int delta)
{
	int n = places(s);

	s->cursor += delta;
	if (s->cursor < 1)
		s->cursor = 1;
	if (s->cursor > n)
		s->cursor = n;
	return UI_REDRAW;
}

/* ---- the team's place and its rationale ---------------------------------- */

/* Save the rationale and the team's place over base, the box as this
 * screen had it: what another terminal changed meanwhile stays, and when
 * both changed one, theirs goes into the history (g) and the message line
 * says so. */
static void
save_team(struct ui *ui, struct dview *s, const struct dilemma *base, const char *rationale,
    int position)
{
	struct field_report rep;
	char *cause = NULL;

	if (dilemma_save_over(ui->st, base, rationale, position, ui_me(ui), &rep, &cause) != 0) {
		ui_message(ui, 1, "Niet bewaard: %s", cause);
		free(cause);
	} else {
		s->did = rep.id;	/* a new box when it was deleted elsewhere */
		ui_field_report(ui, &rep, FIELD_DILEMMA);
	}
	load(ui, s);
}

static int
move_team(struct ui *ui, struct dview *s, int delta)
{
	int pos = s->d->team_position, n = places(s);

	if (pos == 0)
		pos = is_pool(s) ? (DILEMMA_SCALE + 1) / 2 : 1;
	else
		pos += delta;
	if (pos < 1 || pos > n)
		return UI_REDRAW;
	save_team(ui, s, s->d, s->d->rationale, pos);
	return UI_REDRAW;
}

static int
clear_team(struct ui *ui, struct dview *s)
{
	save_team(ui, s, s->d, s->d->rationale, 0);
	return UI_REDRAW;
}

/* ---- pro/contra --------------------------------------------------------- */

static void
argued(struct ui *ui, struct ui_view *v, const char *text)
{
	struct dview *s = v->state;
	char *cause = NULL;

	if (text == NULL || str_is_blank(text))
		return;
	if (dilemma_argue(ui->st, s->did, cell_situation[s->cell], cell_stance[s->cell], text,
	    &cause) < 0) {
		ui_message(ui, 1, "Niet toegevoegd: %s", cause);
		free(cause);
		return;
	}
	load(ui, s);
	/* Straight on to the next argument in the same cell. */
	ui_prompt(ui, v, "Volgend argument (leeg: klaar):", "", argued, NULL);
}

static int
act_argue(struct ui *ui, struct ui_view *v)
{
	struct dview *s = v->state;
	char *title;

	if (!is_procontra(s))
		return 0;
	title = xasprintf("Argument %s de %s situatie:", cell_stance[s->cell],
	    s->cell < 2 ? "huidige" : "nieuwe");
	ui_prompt(ui, v, title, "", argued, NULL);
	free(title);
	return UI_REDRAW;
}

static void
text_done(struct ui *ui, struct ui_view *v, const char *field, const char *text)
{
	struct dview *s = v->state;
	char *cause = NULL;

	if (text == NULL)
		return;
	if (dilemma_set_text(ui->st, s->did, field, text, &cause) != 0) {
		ui_message(ui, 1, "Niet bewaard: %s", cause);
		free(cause);
	}
	load(ui, s);
}

static void
rationale_done(struct ui *ui, struct ui_view *v, const char *text)
{
	struct dview *s = v->state;
	struct dilemma_list *l = s->edit_base;
	const struct dilemma *base = NULL;
	size_t i;

	s->edit_base = NULL;
	for (i = 0; l != NULL && i < l->n; i++)
		if (l->v[i].id == s->did)
			base = &l->v[i];
	if (text != NULL && base != NULL)
		save_team(ui, s, base, text, base->team_position);
	dilemma_list_free(l);
}
static void between_done(struct ui *ui, struct ui_view *v, const char *t) { text_done(ui, v, "between_text", t); }
static void circling_done(struct ui *ui, struct ui_view *v, const char *t) { text_done(ui, v, "circling", t); }

static int
act_rationale(struct ui *ui, struct ui_view *v)
{
	struct dview *s = v->state;

	if (s->d == NULL || is_procontra(s))
		return 0;
	dilemma_list_free(s->edit_base);
	s->edit_base = dilemma_list(ui->st, s->cid, NULL);
	ui_prompt(ui, v, "Waarom staat het team hier?", s->d->rationale, rationale_done, NULL);
	return UI_REDRAW;
}

/* g: earlier rationales and places of the team, with who and when. */
static int
act_history(struct ui *ui, struct ui_view *v)
{
	struct dview *s = v->state;
	char *prompt;

	if (s->d == NULL || is_procontra(s))
		return 0;
	prompt = xasprintf("%s · afweging en plaats van het team", s->d->title);
	ui_field_history(ui, s->cid, prompt, FIELD_DILEMMA, s->did, NULL);
	free(prompt);
	return UI_REDRAW;
}

static int
act_between(struct ui *ui, struct ui_view *v)
{
	struct dview *s = v->state;

	if (!is_procontra(s))
		return 0;
	ui_prompt(ui, v, "Oplossing tussen de uitersten?", s->d->between_text, between_done, NULL);
	return UI_REDRAW;
}

static int
act_circling(struct ui *ui, struct ui_view *v)
{
	struct dview *s = v->state;

	if (!is_procontra(s))
		return 0;
	ui_prompt(ui, v, "Hoe voorkomen we dat we blijven cirkelen?", s->d->circling, circling_done, NULL);
	return UI_REDRAW;
}

static void
unargue_confirmed(struct ui *ui, struct ui_view *v, const char *text)
{
	struct dview *s = v->state;
	const struct dilemma_argument *a = cur_argument(s);
	char *cause = NULL;

	if (text == NULL || (text[0] != 'j' && text[0] != 'J') || a == NULL)
		return;
	if (dilemma_unargue(ui->st, a->id, &cause) != 0) {
		ui_message(ui, 1, "Niet verwijderd: %s", cause);
		free(cause);
	}
	load(ui, s);
	s->argsel = 0;
}

static void
unplace_confirmed(struct ui *ui, struct ui_view *v, const char *text)
{
	struct dview *s = v->state;
	char *cause = NULL;
	size_t k;

	if (text == NULL || str_is_blank(text))
		return;
	{
		const struct dilemma_round *r = shown_round(s);

		for (k = 0; k < s->d->npositions; k++)
			if (r != NULL && s->d->positions[k].round_id == r->id &&
			    str_casecmp(s->d->positions[k].label, text) == 0)
				break;
	}
	if (k == s->d->npositions) {
		ui_message(ui, 1, "Niemand met de naam '%s' in deze ronde.", text);
		return;
	}
	if (dilemma_unplace(ui->st, s->d->positions[k].id, &cause) != 0) {
		ui_message(ui, 1, "Niet verwijderd: %s", cause);
		free(cause);
	}
	load(ui, s);
}

static int
act_remove(struct ui *ui, struct ui_view *v)
{
	struct dview *s = v->state;

	if (s->d == NULL)
		return 0;
	if (is_procontra(s)) {
		if (cur_argument(s) == NULL)
			return 0;
		ui_confirm(ui, v, "Dit argument verwijderen?", unargue_confirmed);
	} else
		ui_prompt(ui, v, "Wie halen we uit deze ronde? Naam:", "", unplace_confirmed, NULL);
	return UI_REDRAW;
}

static int
act_timer(struct ui *ui, struct ui_view *v)
{
	struct dview *s = v->state;

	(void)ui;
	if (s->timer_on) {
		s->timer_acc = timer_seconds(s);
		s->timer_on = 0;
	} else {
		s->timer_from = time(NULL);
		s->timer_on = 1;
	}
	return UI_REDRAW;
}

/* + and -: the round's length in whole minutes (0: the timer counts up). */
static int
timer_length(struct ui *ui, struct dview *s, int delta)
{
	s->timer_len += delta * 60;
	if (s->timer_len < 0)
		s->timer_len = 0;
	if (s->timer_len > 99 * 60)
		s->timer_len = 99 * 60;
	if (s->timer_len > 0)
		ui_message(ui, 0, "Ronde van %ld minuut%s; t start en pauzeert.", s->timer_len / 60,
		    s->timer_len == 60 ? "" : "en");
	else
		ui_message(ui, 0, "Zonder lengte: de timer telt op.");
	return UI_REDRAW;
}

static int
act_timer_longer(struct ui *ui, struct ui_view *v)
{
	return timer_length(ui, v->state, 1);
}

static int
act_timer_shorter(struct ui *ui, struct ui_view *v)
{
	return timer_length(ui, v->state, -1);
}

static int
act_timer_reset(struct ui *ui, struct ui_view *v)
{
	struct dview *s = v->state;

	(void)ui;
	s->timer_on = 0;
	s->timer_acc = 0;
	return UI_REDRAW;
}

/* Arrows, numbers and Tab: what they do depends on the box and the mode. */
static int
dview_key(struct ui *ui, struct ui_view *v, int key)
{
	struct dview *s = v->state;
	int left = key == UI_FKEY(KEY_LEFT), right = key == UI_FKEY(KEY_RIGHT);
	int up = key == UI_FKEY(KEY_UP), down = key == UI_FKEY(KEY_DOWN);

	if (s->d == NULL)
		return 0;
	if (s->placing) {
		if (key == '\r' || key == '\n' || key == UI_FKEY(KEY_ENTER))
			return place(ui, v);
		if (key == UI_ESC) {
			s->placing = 0;
			if (s->own)
				ui_message(ui, 0, "Niet geplaatst.");
			else if (s->pid > 0 && s->naming)
				ask_name(ui, v);	/* skip this person: the next name */
			else {
				s->naming = 0;
				ui_message(ui, 0, "Klaar met plaatsen; de ronde blijft open (s sluit "
				    "haar).");
			}
			return UI_REDRAW;
		}
		if (left || up)
			return move_cursor(s, -1);
		if (right || down)
			return move_cursor(s, 1);
		/* A number moves the marker; only Enter saves. */
		if (key >= '1' && key <= '0' + places(s)) {
			s->cursor = key - '0';
			return UI_REDRAW;
		}
		return UI_HANDLED;	/* nothing else while a place is chosen */
	}
	if (is_procontra(s)) {
		if (left || right) {
			s->cell ^= 1;
			s->argsel = 0;
		} else if (up || down) {
			s->cell ^= 2;
			s->argsel = 0;
		} else if (key == '\t') {
			s->argsel++;
			if (cur_argument(s) == NULL)
				s->argsel = 0;
		} else if (key >= '1' && key <= '5') {
			char *cause = NULL;

			if (dilemma_set_likelihood(ui->st, s->did, key - '0', &cause) != 0) {
				ui_message(ui, 1, "%s", cause);
				free(cause);
			}
			load(ui, s);
		} else
			return 0;
		return UI_REDRAW;
	}
	if (!identity_facilitator() && (left || up || right || down ||
	    key == UI_FKEY(KEY_DC) || key == UI_FKEY(KEY_BACKSPACE) || key == 0x7f)) {
		ui_message(ui, 1, "De plaats van het team zet de facilitator; uw eigen plaats "
		    "kiest u met p.");
		return UI_REDRAW;
	}
	if (left || up)
		return move_team(ui, s, -1);
	if (right || down)
		return move_team(ui, s, 1);
	if (key == UI_FKEY(KEY_DC) || key == UI_FKEY(KEY_BACKSPACE) || key == 0x7f)
		return clear_team(ui, s);
	return 0;
}

static const struct ui_action scale_actions[] = {
	{ { 'r' }, "r", "Ronde", "Een nieuwe ronde openen: op naam, anoniem of stil tot "
	    "onthullen (een open ronde sluit dan)", act_round, UI_FAC },
	{ { 'n' }, "n", "Namen", "In de open ronde mensen plaatsen: een naam uit de "
	    "aanwezigen, dan de plaats; in een anonieme ronde plaats na plaats", act_names,
	    UI_FAC },
	{ { 's' }, "s", "Sluit", "De open ronde sluiten: plaatsen blijven, verschuiven kan niet "
	    "meer", act_close_round, UI_FAC },
	{ { 'p' }, "p", "Uw plaats", "Uzelf plaatsen in de open ronde, of uw plaats verschuiven",
	    act_place_me, 0 },
	{ { 'z' }, "z", NULL, "Een stille ronde onthullen: de plaatsen op de muur", act_reveal,
	    UI_FAC },
	{ { 0 }, "←→", "Team", "De plaats van het team verschuiven (Del wist)", NULL, UI_FAC },
	{ { 'w' }, "w", NULL, "De afweging van het team noteren", act_rationale, UI_FAC },
	{ { 'g', UI_FKEY(KEY_F(2)) }, "g", NULL, "Eerdere afwegingen en plaatsen van het team, "
	    "met wie en wanneer; terugzetten", act_history, UI_FAC | UI_ACT(ACT_HISTORY) },
	{ { 't' }, "t", "Timer", "De timer starten of pauzeren (T zet hem op nul)", act_timer,
	    UI_FAC },
	{ { 'v' }, "v", "Vergelijk", "Deze ronde naast de vorige: aantallen, mediaan, spreiding "
	    "en wie bewoog", act_compare, 0 },
	{ { '[' }, "[ ]", NULL, "Een eerdere ( [ ) of latere ( ] ) ronde tonen", act_earlier,
	    0 },
	{ { ']' }, "]", NULL, "Een latere ronde tonen", act_later, 0 },
	{ { 'T' }, "T", NULL, "De timer op nul", act_timer_reset, UI_FAC },
	{ { '+' }, "+", NULL, "De ronde een minuut langer (de timer telt dan af)",
	    act_timer_longer, UI_FAC },
	{ { '-' }, "-", NULL, "De ronde een minuut korter (0: de timer telt op)",
	    act_timer_shorter, UI_FAC },
	{ { 'x' }, "x", NULL, "Iemand uit de getoonde ronde halen", act_remove, UI_FAC },
	{ { '?', UI_FKEY(KEY_F(1)) }, "?", NULL, "Deze hulp tonen", ui_action_help,
	    UI_ACT(ACT_HELP) },
	{ { UI_ESC, 'q' }, "Esc", "Terug", "Terug naar de dilemma's", ui_action_back,
	    UI_ACT(ACT_BACK) },
	{ { 0 }, NULL, NULL, NULL, NULL, 0 }
};

static const struct ui_action placing_actions[] = {
	{ { 0 }, "←→ 1-7", "Plaats", "De plaats kiezen: pijlen of het nummer (dat bewaart nog "
	    "niet)", NULL, 0 },
	{ { 0 }, "Enter", "Bewaar", "Bewaren (daarna de volgende naam of plaats)", NULL, 0 },
	{ { 0 }, "Esc", "Over", "Deze overslaan; bij een anonieme ronde: stoppen met plaatsen",
	    NULL, 0 },
	{ { 0 }, NULL, NULL, NULL, NULL, 0 }
};

static const struct ui_action box_actions[] = {
	{ { 'a' }, "a", "Argument", "Argumenten in het gekozen vak toevoegen", act_argue, 0 },
	{ { 0 }, "pijlen", "Vak", "Een ander vak kiezen (Tab: volgend argument in het vak)", NULL,
	    0 },
	{ { 'o' }, "o", "Oplossing", "Is er een oplossing tussen de uitersten?", act_between, 0 },
	{ { 0 }, "1-5", "Kans", "Hoe waarschijnlijk halen we de voordelen en vermijden we de "
	    "nadelen?", NULL, 0 },
	{ { 'c' }, "c", "Cirkelen", "Hoe voorkomen we dat we eindeloos blijven cirkelen?",
	    act_circling, 0 },
	{ { 'x', UI_FKEY(KEY_DC) }, "x", NULL, "Het gekozen argument verwijderen", act_remove, 0 },
	{ { 't' }, "t", NULL, "De timer starten of pauzeren", act_timer, UI_FAC },
	{ { '?', UI_FKEY(KEY_F(1)) }, "?", "Hulp", "Deze hulp tonen", ui_action_help,
	    UI_ACT(ACT_HELP) },
	{ { UI_ESC, 'q' }, "Esc", "Terug", "Terug naar de dilemma's", ui_action_back,
	    UI_ACT(ACT_BACK) },
	{ { 0 }, NULL, NULL, NULL, NULL, 0 }
};

static const struct ui_action *
dview_actions(struct ui *ui, struct ui_view *v)
{
	struct dview *s = v->state;

	(void)ui;
	if (s->placing)
		return placing_actions;
	return is_procontra(s) ? box_actions : scale_actions;
}

/* The box (the round shown, or the comparison) and the timer go on the
 * wall. */
static int
dview_project(struct ui *ui, struct ui_view *v, struct projection *p)
{
	struct dview *s = v->state;
	const struct dilemma_round *r, *b;

	(void)ui;
	if (s->d == NULL)
		return 0;
	r = shown_round(s);
	b = s->comparing ? round_before(s, r) : NULL;
	p->kind = PROJECT_DILEMMA;
	p->coalition_id = s->cid;
	p->dilemma_id = s->did;
	p->timer_on = s->timer_on;
	p->timer_from = (int64_t)s->timer_from;
	p->timer_acc = s->timer_acc;
	p->silent = dilemma_round_hidden(r);
	p->timer_len = s->timer_len;
	p->round_id = s->shown > 0 || b != NULL ? (r != NULL ? r->id : 0) : 0;
	p->compare_id = b != NULL ? b->id : 0;
	return 1;
}

static char *
dview_title(struct ui *ui, struct ui_view *v)
{
	struct dview *s = v->state;

	(void)ui;
	return xasprintf("Dilemma › %s", s->d != NULL ? s->d->title : "?");
}

static char *
dview_help(struct ui *ui, struct ui_view *v)
{
	struct dview *s = v->state;
	size_t i;

	for (i = 0; s->d != NULL && s->d->catalogue_key != NULL && i < ui->cat->ndilemmas; i++) {
		const struct cat_dilemma *c = &ui->cat->dilemmas[i];

		if (strcmp(c->key, s->d->catalogue_key) == 0) {
			char *cite = catalogue_cite(ui->cat, c->source, c->chapter), *t;

			t = xasprintf("%s%s\nBron: %s", c->summary, c->between_poles ?
			    " Volgens de bron ligt het antwoord tussen de uitersten: zoek de balans." :
			    "", cite);
			free(cite);
			return t;
		}
	}
	return xstrdup(is_procontra(s) ? "De dilemmabox zet de argumenten voor en tegen de "
	    "huidige en de nieuwe situatie naast elkaar, en vraagt dan: is er een oplossing "
	    "tussen de uitersten, hoe groot is de kans op de voordelen zonder de nadelen, en hoe "
	    "komen we uit de kringloop? (De Bruijn & Groenleer, regie via structuur)" :
	    "Een eigen dilemma van het team.");
}

/* Another terminal changed the werkboek: show its places at once. */
static void
dilemma_resume_auto(struct ui *ui, struct ui_view *v)
{
	load(ui, v->state);
}

/* Every table this screen may show, for the conventions test. */
static const struct ui_table dilemma_tables[] = {
	{ scale_actions, 0 },
	{ placing_actions, 0 },
	{ box_actions, 0 },
	{ NULL, 0 }
};

const struct ui_screen ui_screen_dilemma = {
	.name = "dilemma",
	.help_intro = "",
	.enter = dview_enter,
	.resume = dilemma_resume_auto,
	.leave = dview_leave,
	.draw = dview_draw,
	.actions = dview_actions,
	.tables = dilemma_tables,
	.key = dview_key,
	.tick = dview_tick,
	.title = dview_title,
	.project = dview_project,
	.help_text = dview_help,
};
