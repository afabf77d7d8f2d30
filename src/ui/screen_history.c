/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * screen_history.c: every saved version of one answer, newest first, with
 * when and (where the werkboek knows it) who, and the selected version in
 * full; Enter puts an earlier version back (which is itself a new version,
 * so nothing is lost by trying).
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vitaal/answer.h"
#include "vitaal/util.h"
#include "screens.h"
#include "ui_int.h"

struct history {
	int64_t			 cid;
	char			*key;
	char			*prompt;
	struct answer_history	*h;	/* oldest first, as the store gives it */
	size_t			 sel;	/* 0 = newest */
	size_t			 top;
};

/* The version shown at list position i (newest first). */
static const struct answer_change *
version(const struct history *s, size_t i)
{
	return &s->h->v[s->h->n - 1 - i];
}

static void
load(struct ui *ui, struct history *s)
{
	answer_history_free(s->h);
	if ((s->h = store_answer_history(ui->st, s->cid, s->key)) == NULL) {
		ui_message(ui, 1, "Geschiedenis niet te lezen: %s", store_errmsg(ui->st));
		s->h = xcalloc(1, sizeof *s->h);
	}
	if (s->sel >= s->h->n)
		s->sel = 0;
}

static void
history_enter(struct ui *ui, struct ui_view *v, void *arg)
{
	const struct history_arg *a = arg;
	struct history *s = xcalloc(1, sizeof *s);

	s->cid = a->coalition_id;
	s->key = xstrdup(a->item_key);
	s->prompt = xstrdup(a->prompt);
	v->state = s;
	load(ui, s);
}

static void
history_leave(struct ui *ui, struct ui_view *v)
{
	struct history *s = v->state;

	(void)ui;
	answer_history_free(s->h);
	free(s->key);
	free(s->prompt);
	free(s);
}

static void
history_draw(struct ui *ui, struct ui_view *v)
{
	struct history *s = v->state;
	int y = 2, listh, i;
	size_t k;

	attrset(ui_attr(ROLE_HEADING));
	ui_put_fit(1, 2, COLS - 4, "Geschiedenis van het antwoord op:");
	attrset(A_BOLD);
	y = 2 + ui_put_wrapped(2, 2, COLS - 4, 2, s->prompt) + 1;
	attrset(ui_attr(ROLE_NORMAL));
	if (s->h->n == 0) {
		ui_put(y, 2, COLS - 4, "Nog geen versies: deze vraag is nooit beantwoord.");
		return;
	}
	listh = (LINES - y - 3) / 2;
	if (listh < 3)
		listh = 3;
	if (s->sel < s->top)
		s->top = s->sel;
	if (s->sel >= s->top + (size_t)listh)
		s->top = s->sel - (size_t)listh + 1;
	for (k = s->top, i = 0; k < s->h->n && i < listh; k++, i++) {
		const struct answer_change *c = version(s, k);
		char when[20];
		char *line;

		if (str_local_time(c->changed, 1, when, sizeof when) != 0)
			snprintf(when, sizeof when, "%.10s %.5s", c->changed, c->changed + 11);
		line = xasprintf("%s  %s%s%s%s", when, k == 0 ? "(huidig) " : "",
		    c->author != NULL ? c->author : "", c->author != NULL ? ": " : "",
		    c->value[0] != '\0' ? c->value : "(leeg)");

		attrset(ui_attr(k == s->sel ? ROLE_SELECTED : ROLE_NORMAL));
		if (k == s->sel) {
			mvhline(y + i, 0, ' ', COLS);
			ui_put(y + i, 0, 1, "▸");
		}
		ui_put_fit(y + i, 2, COLS - 4, line);
		ui_hit(ui, y + i, 0, COLS, 1, (int)k);
		free(line);
	}
	attrset(ui_attr(ROLE_NORMAL));
	y += listh + 1;
	ui_box(y, 1, LINES - y - 2, COLS - 2, "Deze versie");
	ui_put_wrapped(y + 1, 3, COLS - 6, LINES - y - 4, version(s, s->sel)->value);
}

static int
act_up(struct ui *ui, struct ui_view *v)
{
	struct history *s = v->state;

	(void)ui;
	ui_sel_move(&s->sel, s->h->n, -1);
	return UI_REDRAW;
}

static int
act_down(struct ui *ui, struct ui_view *v)
{
	struct history *s = v->state;

	(void)ui;
	ui_sel_move(&s->sel, s->h->n, 1);
	return UI_REDRAW;
}

static void
restore_confirmed(struct ui *ui, struct ui_view *v, const char *text)
{
	struct history *s = v->state;
	char *cause = NULL;

	if (text == NULL || (text[0] != 'j' && text[0] != 'J')) {
		ui_message(ui, 0, "Niet teruggezet.");
		return;
	}
	if (answer_restore(ui->st, version(s, s->sel)->id, 0, &cause) != 0) {
		ui_message(ui, 1, "Niet teruggezet: %s", cause);
		free(cause);
		return;
	}
	ui_pop(ui);
	ui_message(ui, 0, "Eerdere versie teruggezet; de vorige blijft in de geschiedenis.");
}

static int
act_restore(struct ui *ui, struct ui_view *v)
{
	struct history *s = v->state;

	if (s->h->n == 0)
		return 0;
	if (s->sel == 0) {
		ui_message(ui, 0, "Dit is de huidige versie al.");
		return UI_REDRAW;
	}
	ui_prompt(ui, v, "Deze versie terugzetten? (j/n)", "",
	    restore_confirmed, NULL);
	return UI_REDRAW;
}

static int
history_click(struct ui *ui, struct ui_view *v, int id, int dbl)
{
	struct history *s = v->state;

	if (id < 0 || (size_t)id >= s->h->n)
		return 0;
	s->sel = (size_t)id;
	return dbl ? act_restore(ui, v) : UI_REDRAW;
}

static const struct ui_action history_actions[] = {
	{ { '\r', '\n', UI_FKEY(KEY_ENTER) }, "Enter", "Terugzetten",
	    "De gekozen versie weer het huidige antwoord maken", act_restore, 0 },
	{ { UI_FKEY(KEY_DOWN), 'j' }, "↓", NULL, "Oudere versie", act_down, 0 },
	{ { UI_FKEY(KEY_UP), 'k' }, "↑", NULL, "Nieuwere versie", act_up, 0 },
	{ { '?', UI_FKEY(KEY_F(1)) }, "?", "Hulp", "Deze hulp tonen", ui_action_help, 0 },
	{ { UI_ESC, 'q', UI_FKEY(KEY_LEFT), UI_CTRL('c') }, "Esc", "Terug", "Terug naar de vragen",
	    ui_action_back, 0 },
	{ { 0 }, NULL, NULL, NULL, NULL, 0 }
};

static const struct ui_action *
history_actions_now(struct ui *ui, struct ui_view *v)
{
	(void)ui;
	(void)v;
	return history_actions;
}

const struct ui_screen ui_screen_history = {
	.name = "history",
	.help_intro = "Elke bewaarde versie van dit antwoord, de nieuwste bovenaan, met datum en "
	    "tijd (UTC). Terugzetten maakt van een oude versie weer het huidige antwoord; de "
	    "versie die u vervangt blijft bewaard.",
	.enter = history_enter,
	.leave = history_leave,
	.draw = history_draw,
	.actions = history_actions_now,
	.click = history_click,
	.resume = NULL,
};
