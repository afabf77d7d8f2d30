/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * screen_dilemma.c: one dilemma box on the whole screen.
 *
 * A pole box or a choice: ← and → move the team's place; r starts a round,
 * in which the facilitator types a name, moves the marker (or types the
 * number) and presses Enter, and the next name is asked at once; every
 * place shows in the box as it is entered. t starts and pauses a timer.
 * The pro/contra dilemmabox: the arrows choose a cell, a adds an argument,
 * Tab walks through a cell's arguments, x removes one; o, 1–5 and c answer
 * the three closing questions.
 *
 * Rounds, the timer and the team's place are the facilitator's; anyone
 * places themself with p, under the name the werkboek knows them by, and
 * writes in the pro/contra box. A deelnemer's terminal keeps a silent
 * round as silent as the wall.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "vitaal/dilemma.h"
#include "vitaal/fieldrule.h"
#include "vitaal/identity.h"
#include "vitaal/projection.h"
#include "vitaal/util.h"
#include "screens.h"
#include "ui_int.h"

struct dview {
	int64_t			 cid;
	int64_t			 did;
	struct dilemma_list	*l;
	struct dilemma		*d;		/* into l, or NULL when gone */
	int			 placing;	/* in a round: a name is being placed */
	char			*name;		/* that name */
	int			 cursor;	/* where it goes: 1..7 or an option */
	int			 rounding;	/* a round is going on */
	int			 anonymous;	/* that round stores no names */
	int			 silent;	/* the wall shows no places until revealed */
	int			 wall_silent;	/* a deelnemer: the wall keeps it silent */
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
	/* Else a deelnemer would read on their own screen what the wall
	 * still holds back. */
	if (!identity_facilitator()) {
		struct projection p;

		memset(&p, 0, sizeof p);
		s->wall_silent = projection_get(ui->st, &p, NULL) == 0 &&
		    p.kind == PROJECT_DILEMMA && p.dilemma_id == s->did && p.silent;
	}
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

static void
dview_draw(struct ui *ui, struct ui_view *v)
{
	struct dview *s = v->state;
	const struct dilemma_argument *arg;
	int h = LINES - 4;

	if (s->d == NULL) {
		ui_put(2, 2, COLS - 4, "Dit dilemma bestaat niet meer.");
		return;
	}
	arg = is_procontra(s) ? cur_argument(s) : NULL;
	ui_draw_dilemma(ui, s->d, 1, 1, h, COLS - 2, 1, s->placing ? s->cursor : 0,
	    is_procontra(s) ? s->cell : -1, arg != NULL ? arg->id : 0, 1, s->wall_silent);
	if (s->placing) {
		char *line = xasprintf(" %s: ← → (of %s) en Enter%s ",
		    s->anonymous ? "Anonieme plaats" : s->name, is_pool(s) ? "1–7" : "het nummer",
		    s->anonymous ? "; Esc beëindigt de ronde" : "");

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
	if (s->silent) {
		attrset(ui_attr(ROLE_ACCENT));
		ui_put(1, COLS - 36, 17, " stil op de muur ");
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

static void round_name(struct ui *, struct ui_view *, const char *);

static void
ask_name(struct ui *ui, struct ui_view *v)
{
	ui_prompt(ui, v, "Naam (leeg: einde ronde):", "", round_name, NULL);
}

static void
round_name(struct ui *ui, struct ui_view *v, const char *text)
{
	struct dview *s = v->state;
	size_t k;

	if (text == NULL || str_is_blank(text)) {
		s->rounding = 0;
		ui_message(ui, 0, "Einde van de ronde.");
		return;
	}
	free(s->name);
	s->name = str_trim(text);
	s->placing = 1;
	s->cursor = is_pool(s) ? (DILEMMA_SCALE + 1) / 2 : 1;
	/* Someone placed before starts where they stood. */
	for (k = 0; k < s->d->npositions; k++)
		if (str_casecmp(s->d->positions[k].label, s->name) == 0)
			s->cursor = s->d->positions[k].position;
}

static int
act_round(struct ui *ui, struct ui_view *v)
{
	struct dview *s = v->state;

	if (s->d == NULL || is_procontra(s))
		return 0;
	s->rounding = 1;
	ask_name(ui, v);
	return UI_REDRAW;
}

/* An anonymous round: no names; each place is followed by the next. */
static int
act_round_anonymous(struct ui *ui, struct ui_view *v)
{
	struct dview *s = v->state;

	if (s->d == NULL || is_procontra(s))
		return 0;
	s->rounding = s->anonymous = s->placing = 1;
	s->cursor = is_pool(s) ? (DILEMMA_SCALE + 1) / 2 : 1;
	ui_message(ui, 0, "Anonieme ronde: er worden geen namen bewaard; de plaatsen zijn pas "
	    "te zien als er %d zijn.", DILEMMA_ANON_MIN);
	return UI_REDRAW;
}

/* Place oneself: the marker starts where one stood, Enter saves. */
static int
act_place_me(struct ui *ui, struct ui_view *v)
{
	struct dview *s = v->state;

	if (s->d == NULL || is_procontra(s))
		return 0;
	if (str_is_blank(ui_me(ui))) {
		ui_message(ui, 1, "Wie u bent is onbekend: uw account staat niet in de "
		    "gebruikerslijst.");
		return UI_REDRAW;
	}
	s->rounding = s->anonymous = 0;
	round_name(ui, v, ui_me(ui));
	return UI_REDRAW;
}

/* Enter while placing: save the place, ask the next name. */
static int
place(struct ui *ui, struct ui_view *v)
{
	struct dview *s = v->state;
	char *cause = NULL;

	if ((s->anonymous ?
	    dilemma_place_anonymous(ui->st, s->d, s->cursor, ui->session_id, &cause) :
	    dilemma_place(ui->st, s->d, s->name, s->cursor, ui->session_id, &cause)) < 0) {
		ui_message(ui, 1, "Niet geplaatst: %s", cause);
		free(cause);
		return UI_REDRAW;
	}
	s->placing = 0;
	load(ui, s);
	if (s->anonymous) {
		s->placing = 1;	/* the next person, at the middle again */
		s->cursor = is_pool(s) ? (DILEMMA_SCALE + 1) / 2 : 1;
		ui_message(ui, 0, "Geplaatst. Volgende persoon, of Esc als iedereen er staat.");
	} else if (s->rounding)
		ask_name(ui, v);
	else
		ui_message(ui, 0, "Uw plaats is bewaard.");
	return UI_REDRAW;
}

/* A silent round: the wall shows that places come in, not where, until
 * the facilitator reveals them. */
static int
act_silent(struct ui *ui, struct ui_view *v)
{
	struct dview *s = v->state;

	if (s->d == NULL || is_procontra(s))
		return 0;
	s->silent = !s->silent;
	ui_message(ui, 0, s->silent ? "Stille ronde: de muur toont de plaatsen pas als u weer z "
	    "drukt." : "De plaatsen staan nu op de muur.");
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
	struct history_arg arg;
	char *prompt;

	if (s->d == NULL || is_procontra(s))
		return 0;
	prompt = xasprintf("%s · afweging en plaats van het team", s->d->title);
	memset(&arg, 0, sizeof arg);
	arg.coalition_id = s->cid;
	arg.prompt = prompt;
	arg.kind = field_kind_names[FIELD_DILEMMA];
	arg.record_id = s->did;
	ui_push(ui, &ui_screen_history, &arg);
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
	ui_prompt(ui, v, "Hoe voorkomen we rondcirkelen?", s->d->circling, circling_done, NULL);
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
	for (k = 0; k < s->d->npositions; k++)
		if (str_casecmp(s->d->positions[k].label, text) == 0)
			break;
	if (k == s->d->npositions) {
		ui_message(ui, 1, "Niemand met de naam '%s' op dit dilemma.", text);
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
		ui_prompt(ui, v, "Dit argument verwijderen? (j/n)", "", unargue_confirmed, NULL);
	} else
		ui_prompt(ui, v, "Wie halen we van het dilemma af? Naam:", "", unplace_confirmed, NULL);
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
			if (s->anonymous)
				ui_message(ui, 0, "Einde van de anonieme ronde.");
			s->placing = s->rounding = s->anonymous = 0;
			return UI_REDRAW;
		}
		if (left || up)
			return move_cursor(s, -1);
		if (right || down)
			return move_cursor(s, 1);
		if (key >= '1' && key <= '0' + places(s)) {
			s->cursor = key - '0';
			return place(ui, v);
		}
		return UI_HANDLED;	/* nothing else while a name is being placed */
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
	{ { 'r' }, "r", "Ronde", "Een ronde: per persoon de naam en de plaats", act_round,
	    UI_FAC },
	{ { 'R' }, "R", NULL, "Een anonieme ronde: alleen plaatsen, geen namen; zichtbaar vanaf "
	    "drie", act_round_anonymous, UI_FAC },
	{ { 'z' }, "z", NULL, "Stille ronde aan of uit: de muur toont de plaatsen pas daarna",
	    act_silent, UI_FAC },
	{ { 'p' }, "p", "Uw plaats", "Uzelf plaatsen, onder uw eigen naam", act_place_me, 0 },
	{ { 0 }, "←→", "Team", "De plaats van het team verschuiven (Del wist)", NULL, UI_FAC },
	{ { 'w' }, "w", "Waarom", "De afweging van het team noteren", act_rationale, UI_FAC },
	{ { 'g', UI_FKEY(KEY_F(2)) }, "g", NULL, "Eerdere afwegingen en plaatsen van het team, "
	    "met wie en wanneer; terugzetten", act_history, UI_FAC },
	{ { 't' }, "t", "Timer", "De timer starten of pauzeren (T zet hem op nul)", act_timer,
	    UI_FAC },
	{ { 'T' }, "T", NULL, "De timer op nul", act_timer_reset, UI_FAC },
	{ { '+' }, "+", NULL, "De ronde een minuut langer (de timer telt dan af)",
	    act_timer_longer, UI_FAC },
	{ { '-' }, "-", NULL, "De ronde een minuut korter (0: de timer telt op)",
	    act_timer_shorter, UI_FAC },
	{ { 'x' }, "x", NULL, "Iemand van het dilemma afhalen", act_remove, UI_FAC },
	{ { '?', UI_FKEY(KEY_F(1)) }, "?", "Hulp", "Deze hulp tonen", ui_action_help, 0 },
	{ { UI_ESC, 'q', UI_CTRL('c') }, "Esc", "Terug", "Terug naar de dilemma's", ui_action_back, 0 },
	{ { 0 }, NULL, NULL, NULL, NULL, 0 }
};

static const struct ui_action placing_actions[] = {
	{ { 0 }, "←→", "Plaats", "De plaats van deze persoon kiezen (ook met het nummer)", NULL, 0 },
	{ { 0 }, "Enter", "Bewaar", "Bewaren (in een ronde: en de volgende naam vragen)", NULL,
	    0 },
	{ { 0 }, "Esc", "Stop", "De ronde stoppen", NULL, 0 },
	{ { 0 }, NULL, NULL, NULL, NULL, 0 }
};

static const struct ui_action box_actions[] = {
	{ { 'a' }, "a", "Argument", "Argumenten in het gekozen vak toevoegen", act_argue, 0 },
	{ { 0 }, "pijlen", "Vak", "Een ander vak kiezen (Tab: volgend argument in het vak)", NULL, 0 },
	{ { 'o' }, "o", "Oplossing", "Is er een oplossing tussen de uitersten?", act_between, 0 },
	{ { 0 }, "1-5", "Kans", "Hoe waarschijnlijk halen we de voordelen en vermijden we de "
	    "nadelen?", NULL, 0 },
	{ { 'c' }, "c", "Cirkelen", "Hoe voorkomen we dat we eindeloos rondcirkelen?",
	    act_circling, 0 },
	{ { 'x', UI_FKEY(KEY_DC) }, "x", NULL, "Het gekozen argument verwijderen", act_remove, 0 },
	{ { 't' }, "t", NULL, "De timer starten of pauzeren", act_timer, UI_FAC },
	{ { '?', UI_FKEY(KEY_F(1)) }, "?", "Hulp", "Deze hulp tonen", ui_action_help, 0 },
	{ { UI_ESC, 'q', UI_CTRL('c') }, "Esc", "Terug", "Terug naar de dilemma's", ui_action_back, 0 },
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

/* The box and the round's timer go on the wall. */
static int
dview_project(struct ui *ui, struct ui_view *v, struct projection *p)
{
	struct dview *s = v->state;

	(void)ui;
	if (s->d == NULL)
		return 0;
	p->kind = PROJECT_DILEMMA;
	p->coalition_id = s->cid;
	p->dilemma_id = s->did;
	p->timer_on = s->timer_on;
	p->timer_from = (int64_t)s->timer_from;
	p->timer_acc = s->timer_acc;
	p->silent = s->silent;
	p->timer_len = s->timer_len;
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

const struct ui_screen ui_screen_dilemma = {
	.name = "dilemma",
	.help_intro = "",
	.enter = dview_enter,
	.resume = dilemma_resume_auto,
	.leave = dview_leave,
	.draw = dview_draw,
	.actions = dview_actions,
	.key = dview_key,
	.tick = dview_tick,
	.title = dview_title,
	.project = dview_project,
	.help_text = dview_help,
};
