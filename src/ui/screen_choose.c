/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * screen_choose.c: choose one thing from a short list that stays in
 * view: a questionnaire for a new self-analysis, an earlier analysis to
 * compare with, the analysis that belongs to a question. Each row may
 * have a text that shows below while it is selected. Enter picks, Esc
 * picks nothing; the caller says what a pick means.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "vitaal/util.h"
#include "screens.h"
#include "ui_int.h"

#define DETAIL_H	6	/* the box below the list */

struct chooser {
	char		 *title, *hint, *pick_label;
	char		**rows;
	char		**details;	/* NULL entries: no text */
	int64_t		 *ids;
	size_t		  n;
	struct listview	  lv;
	struct ui_view	 *caller;
	void		(*picked)(struct ui *, struct ui_view *, int64_t);
};

static void
ch_enter(struct ui *ui, struct ui_view *v, void *arg)
{
	const struct choose_arg *a = arg;
	struct chooser *s = xcalloc(1, sizeof *s);
	size_t i;

	v->state = s;
	s->title = xstrdup(a->title);
	s->hint = a->hint != NULL ? xstrdup(a->hint) : NULL;
	s->pick_label = xstrdup(a->pick_label != NULL ? a->pick_label : "Kiezen");
	s->n = a->n;
	s->rows = xcalloc(a->n + 1, sizeof *s->rows);
	s->details = xcalloc(a->n + 1, sizeof *s->details);
	s->ids = xcalloc(a->n + 1, sizeof *s->ids);
	for (i = 0; i < a->n; i++) {
		s->rows[i] = xstrdup(a->rows[i]);
		if (a->details != NULL && a->details[i] != NULL)
			s->details[i] = xstrdup(a->details[i]);
		s->ids[i] = a->ids[i];
	}
	s->lv.sel = a->sel < a->n ? a->sel : 0;
	listview_set(&s->lv, a->n);
	s->picked = a->picked;
	/* ui_push has put this view on top: the one below asked. */
	s->caller = &ui->views[ui->depth - 2];
}

static void
ch_leave(struct ui *ui, struct ui_view *v)
{
	struct chooser *s = v->state;
	size_t i;

	(void)ui;
	for (i = 0; i < s->n; i++) {
		free(s->rows[i]);
		free(s->details[i]);
	}
	free(s->rows);
	free(s->details);
	free(s->ids);
	free(s->title);
	free(s->hint);
	free(s->pick_label);
	free(s);
}

static int
has_details(const struct chooser *s)
{
	size_t i;

	for (i = 0; i < s->n; i++)
		if (s->details[i] != NULL)
			return 1;
	return 0;
}

static struct listview *
ch_list(struct ui_view *v)
{
	return &((struct chooser *)v->state)->lv;
}

static void
ch_row(struct ui *ui, struct ui_view *v, int y, size_t row)
{
	(void)ui;
	ui_put_fit(y, 2, COLS - 4, ((struct chooser *)v->state)->rows[row]);
}

static void
ch_draw(struct ui *ui, struct ui_view *v)
{
	struct chooser *s = v->state;
	int y = 1, bottom = LINES - 3 - (has_details(s) ? DETAIL_H : 0);

	attrset(ui_attr(ROLE_HEADING));
	ui_put_fit(y++, 2, COLS - 4, s->title);
	attrset(ui_attr(ROLE_DIM));
	if (s->hint != NULL)
		y += ui_put_wrapped(y, 2, COLS - 4, 2, s->hint);
	attrset(ui_attr(ROLE_NORMAL));
	y++;
	ui_list_draw(ui, v, y, bottom - y, ch_row);
	if (s->n > 0 && s->details[s->lv.sel] != NULL) {
		ui_box(bottom, 1, DETAIL_H, COLS - 2, NULL);
		ui_put_wrapped(bottom + 1, 3, COLS - 6, DETAIL_H - 2, s->details[s->lv.sel]);
	}
}

static int
act_pick(struct ui *ui, struct ui_view *v)
{
	struct chooser *s = v->state;
	void (*picked)(struct ui *, struct ui_view *, int64_t) = s->picked;
	struct ui_view *caller = s->caller;
	int64_t id;

	if (s->n == 0)
		return 0;
	id = s->ids[s->lv.sel];
	ui_pop(ui);	/* frees s; the caller is on top again */
	picked(ui, caller, id);
	return UI_REDRAW;
}

static const struct ui_action ch_actions[] = {
	{ { '\r', '\n', UI_FKEY(KEY_ENTER) }, "Enter", "Kiezen", "De gekozen regel nemen",
	    act_pick, 0 },
	UI_LIST_MOVES("Volgende", "Vorige"),
	{ { '?', UI_FKEY(KEY_F(1)) }, "?", "Hulp", "Deze hulp tonen", ui_action_help,
	    UI_ACT(ACT_HELP) },
	{ { UI_ESC, 'q' }, "Esc", "Terug", "Terug zonder te kiezen",
	    ui_action_back, UI_ACT(ACT_BACK) },
	{ { 0 }, NULL, NULL, NULL, NULL, 0 }
};

/* The Enter label says what a pick does here ("Beginnen", "Vergelijken"). */
static const struct ui_action *
ch_actions_now(struct ui *ui, struct ui_view *v)
{
	static struct ui_action now[sizeof ch_actions / sizeof ch_actions[0]];
	struct chooser *s = v->state;

	(void)ui;
	memcpy(now, ch_actions, sizeof now);
	now[0].label = s->pick_label;
	return now;
}

static char *
ch_title(struct ui *ui, struct ui_view *v)
{
	struct chooser *s = v->state;

	(void)ui;
	return xstrdup(s->title);
}

/* Every table this screen may show, for the conventions test. */
static const struct ui_table choose_tables[] = {
	{ ch_actions, 0 },
	{ NULL, 0 }
};

const struct ui_screen ui_screen_choose = {
	.name = "choose",
	.help_intro = "Kies met ↑ ↓ een regel uit de lijst en neem hem met Enter; Esc gaat "
	    "terug zonder te kiezen.",
	.enter = ch_enter,
	.leave = ch_leave,
	.draw = ch_draw,
	.actions = ch_actions_now,
	.tables = choose_tables,
	.click = ui_list_click,
	.list = ch_list,
	.title = ch_title,
};
