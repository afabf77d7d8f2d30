/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * screen_dilemmas.c: the coalition's dilemma boxes, as many on one screen
 * as fit (two columns on a wide terminal). n picks one from the catalogue,
 * e writes an own one, Enter shows one box full-screen to place people on
 * it in a round.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vitaal/dilemma.h"
#include "vitaal/identity.h"
#include "vitaal/util.h"
#include "layout.h"
#include "screens.h"
#include "ui_int.h"

#define BOX_H	8

struct dilemmas {
	int64_t			 cid;
	struct dilemma_list	*l;
	size_t			 sel;
	size_t			 top;
	char			*own_form;	/* an own dilemma being typed: its form, */
	char			*own_title;	/* and its title */
};

static void
load(struct ui *ui, struct dilemmas *s)
{
	char *cause = NULL;

	dilemma_list_free(s->l);
	if ((s->l = dilemma_list(ui->st, s->cid, &cause)) == NULL) {
		ui_message(ui, 1, "Dilemma's niet te lezen: %s", cause);
		free(cause);
		s->l = xcalloc(1, sizeof *s->l);
	}
	if (s->sel >= s->l->n)
		s->sel = s->l->n > 0 ? s->l->n - 1 : 0;
}

static void
dilemmas_enter(struct ui *ui, struct ui_view *v, void *arg)
{
	struct dilemmas *s = xcalloc(1, sizeof *s);

	s->cid = *(int64_t *)arg;
	v->state = s;
	load(ui, s);
}

static void
dilemmas_leave(struct ui *ui, struct ui_view *v)
{
	struct dilemmas *s = v->state;

	(void)ui;
	dilemma_list_free(s->l);
	free(s->own_form);
	free(s->own_title);
	free(s);
}

static void
dilemmas_resume(struct ui *ui, struct ui_view *v)
{
	load(ui, v->state);
}

static void
dilemmas_draw(struct ui *ui, struct ui_view *v)
{
	struct dilemmas *s = v->state;
	int cols = COLS >= 160 ? 2 : 1, per, bw = (COLS - 2) / cols, i;
	size_t k;

	if (s->l->n == 0) {
		ui_put_wrapped(2, 2, COLS - 4, 6, "Nog geen dilemma's. Druk n om er een uit de "
		    "catalogus te kiezen (met bron en uitleg), of e om er zelf een te schrijven: een "
		    "schaal tussen twee polen, de dilemmabox met argumenten voor en tegen, of een "
		    "keuze uit drie of meer mogelijkheden.");
		return;
	}
	per = layout_boxes_fit(LINES - 4, BOX_H) * cols;
	if (s->sel < s->top)
		s->top = s->sel - s->sel % (size_t)cols;
	if (s->sel >= s->top + (size_t)per)
		s->top = s->sel - s->sel % (size_t)cols - (size_t)per + (size_t)cols;
	for (k = s->top, i = 0; k < s->l->n && i < per; k++, i++) {
		int y = 1 + (i / cols) * BOX_H, x = 1 + (i % cols) * bw;

		ui_draw_dilemma(ui, &s->l->v[k], 0, y, x, BOX_H, bw - 1, 0, 0, -1, 0,
		    k == s->sel, !identity_facilitator());
		if (k == s->sel)
			ui_mark_selected(ui, y, x - 1);
		ui_hit(ui, y, x, bw - 1, BOX_H, (int)k);
	}
}

static int
act_open(struct ui *ui, struct ui_view *v)
{
	struct dilemmas *s = v->state;
	struct dilemma_arg arg;

	if (s->l->n == 0)
		return 0;
	arg.coalition_id = s->cid;
	arg.dilemma_id = s->l->v[s->sel].id;
	ui_push(ui, &ui_screen_dilemma, &arg);
	return UI_REDRAW;
}

static int
act_pick(struct ui *ui, struct ui_view *v)
{
	struct dilemmas *s = v->state;

	ui_push(ui, &ui_screen_dilemma_pick, &s->cid);
	return UI_REDRAW;
}

/* An own dilemma: the form, then the title, then poles or options. */
static void
own_last(struct ui *ui, struct ui_view *v, const char *text)
{
	struct dilemmas *s = v->state;
	char *cause = NULL, *bar;
	int64_t id;

	if (text != NULL) {
		const char *a = "", *b = "", *options = NULL;
		char *copy = xstrdup(text);

		if (strcmp(s->own_form, "keuze") == 0)
			options = copy;
		else if ((bar = strchr(copy, '|')) != NULL) {
			*bar = '\0';
			a = copy;
			b = bar + 1;
		} else
			a = copy;
		id = dilemma_add_own(ui->st, s->cid, s->own_form, s->own_title, a, b, options, &cause);
		free(copy);
		if (id < 0) {
			ui_message(ui, 1, "Niet toegevoegd: %s", cause);
			free(cause);
		} else {
			load(ui, s);
			s->sel = s->l->n > 0 ? s->l->n - 1 : 0;
			ui_message(ui, 0, "Dilemma toegevoegd; Enter opent het.");
		}
	}
	free(s->own_form);
	free(s->own_title);
	s->own_form = s->own_title = NULL;
}

static void
own_title(struct ui *ui, struct ui_view *v, const char *text)
{
	struct dilemmas *s = v->state;

	if (text == NULL || str_is_blank(text)) {
		free(s->own_form);
		s->own_form = NULL;
		return;
	}
	s->own_title = xstrdup(text);
	if (strcmp(s->own_form, "keuze") == 0)
		ui_prompt(ui, v, "Mogelijkheden, gescheiden door |:", "", own_last, NULL);
	else if (strcmp(s->own_form, "pool") == 0)
		ui_prompt(ui, v, "Pool links | pool rechts:", "", own_last, NULL);
	else
		ui_prompt(ui, v, "Huidige situatie | nieuwe situatie:", "", own_last, NULL);
}

static void
own_form(struct ui *ui, struct ui_view *v, const char *text)
{
	static const char *const forms[3] = { "pool", "procontra", "keuze" };
	struct dilemmas *s = v->state;
	int n = text != NULL ? atoi(text) : 0;

	if (n < 1 || n > 3) {
		if (text != NULL)
			ui_message(ui, 1, "Kies 1, 2 of 3.");
		return;
	}
	free(s->own_form);
	s->own_form = xstrdup(forms[n - 1]);
	ui_prompt(ui, v, "Titel van het dilemma:", "", own_title, NULL);
}

static int
act_own(struct ui *ui, struct ui_view *v)
{
	ui_prompt(ui, v, "Soort: 1 schaal tussen twee polen, 2 dilemmabox, 3 keuze:", "", own_form,
	    NULL);
	return UI_REDRAW;
}

static void
delete_confirmed(struct ui *ui, struct ui_view *v, const char *text)
{
	struct dilemmas *s = v->state;
	char *cause = NULL;

	if (text == NULL || (text[0] != 'j' && text[0] != 'J') || s->l->n == 0)
		return;
	if (dilemma_remove(ui->st, s->l->v[s->sel].id, &cause) != 0) {
		ui_message(ui, 1, "Niet verwijderd: %s", cause);
		free(cause);
	}
	load(ui, s);
}

static int
act_delete(struct ui *ui, struct ui_view *v)
{
	struct dilemmas *s = v->state;

	if (s->l->n == 0)
		return 0;
	ui_confirm(ui, v, "Dit dilemma met alle plaatsen en argumenten verwijderen?",
	    delete_confirmed);
	return UI_REDRAW;
}

static int
act_up(struct ui *ui, struct ui_view *v)
{
	struct dilemmas *s = v->state;

	(void)ui;
	ui_sel_move(&s->sel, s->l->n, COLS >= 160 ? -2 : -1);
	return UI_REDRAW;
}

static int
act_down(struct ui *ui, struct ui_view *v)
{
	struct dilemmas *s = v->state;

	(void)ui;
	ui_sel_move(&s->sel, s->l->n, COLS >= 160 ? 2 : 1);
	return UI_REDRAW;
}

static int
act_next(struct ui *ui, struct ui_view *v)
{
	struct dilemmas *s = v->state;

	(void)ui;
	ui_sel_move(&s->sel, s->l->n, 1);
	return UI_REDRAW;
}

static int
act_prev(struct ui *ui, struct ui_view *v)
{
	struct dilemmas *s = v->state;

	(void)ui;
	ui_sel_move(&s->sel, s->l->n, -1);
	return UI_REDRAW;
}

static int
dilemmas_click(struct ui *ui, struct ui_view *v, int id, int dbl)
{
	struct dilemmas *s = v->state;

	if (id < 0 || (size_t)id >= s->l->n)
		return 0;
	s->sel = (size_t)id;
	return dbl ? act_open(ui, v) : UI_REDRAW;
}

static const struct ui_action dilemmas_actions[] = {
	{ { '\r', '\n', UI_FKEY(KEY_ENTER) }, "Enter", "Openen",
	    "Het gekozen dilemma groot tonen, om mensen te plaatsen", act_open, 0 },
	{ { 'n' }, "n", "Catalogus", "Een dilemma uit de catalogus kiezen", act_pick, 0 },
	{ { 'e' }, "e", "Eigen", "Zelf een dilemma schrijven (schaal, dilemmabox of keuze)",
	    act_own, 0 },
	{ { 'x', UI_FKEY(KEY_DC) }, "x", NULL, "Het gekozen dilemma verwijderen", act_delete, 0 },
	{ { UI_FKEY(KEY_DOWN), 'j' }, "↓", NULL, "Volgend dilemma", act_down, UI_ACT(ACT_DOWN) },
	{ { UI_FKEY(KEY_UP), 'k' }, "↑", NULL, "Vorig dilemma", act_up, UI_ACT(ACT_UP) },
	{ { UI_FKEY(KEY_RIGHT), '\t' }, "→", NULL, "Volgend dilemma (naast elkaar)", act_next, 0 },
	{ { UI_FKEY(KEY_LEFT), UI_FKEY(KEY_BTAB) }, "←", NULL, "Vorig dilemma", act_prev, 0 },
	{ { '?', UI_FKEY(KEY_F(1)) }, "?", "Hulp", "Deze hulp tonen", ui_action_help,
	    UI_ACT(ACT_HELP) },
	{ { UI_ESC, 'q' }, "Esc", "Terug", "Terug naar het overzicht",
	    ui_action_back, UI_ACT(ACT_BACK) },
	{ { 0 }, NULL, NULL, NULL, NULL, 0 }
};

static const struct ui_action *
dilemmas_actions_now(struct ui *ui, struct ui_view *v)
{
	(void)ui;
	(void)v;
	return dilemmas_actions;
}

static char *
dilemmas_title(struct ui *ui, struct ui_view *v)
{
	struct dilemmas *s = v->state;
	struct coalition *c = store_coalition_get(ui->st, s->cid);
	char *t = xasprintf("%s › Dilemma's", c != NULL ? c->name : "?");

	coalition_free(c);
	return t;
}

/* Every table this screen may show, for the conventions test. */
static const struct ui_table dilemmas_tables[] = {
	{ dilemmas_actions, 0 },
	{ NULL, 0 }
};

const struct ui_screen ui_screen_dilemmas = {
	.name = "dilemmas",
	.help_intro = "Spanningen zonder juist antwoord, in drie vormen: een schaal tussen twee "
	    "polen (waar staat ieder, en het team?), de dilemmabox met argumenten voor en tegen "
	    "de huidige en de nieuwe situatie, en een keuze uit drie of meer mogelijkheden.",
	.enter = dilemmas_enter,
	.leave = dilemmas_leave,
	.draw = dilemmas_draw,
	.actions = dilemmas_actions_now,
	.tables = dilemmas_tables,
	.click = dilemmas_click,
	.resume = dilemmas_resume,
	.title = dilemmas_title,
};
