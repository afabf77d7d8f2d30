/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * screen_compare.c: two of a person's own self-analyses on one
 * questionnaire side by side, question by question, with the answers that
 * changed marked; for looking back on how one's view moved.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "vitaal/intervisie.h"
#include "vitaal/util.h"
#include "screens.h"
#include "ui_int.h"

struct cmp {
	struct compare_row	*rows;
	size_t			 n;
	size_t			 sel;
	size_t			 top;
	int			 only_changed;
};

static void
cmp_enter(struct ui *ui, struct ui_view *v, void *arg)
{
	const struct compare_arg *a = arg;
	struct cmp *s = xcalloc(1, sizeof *s);
	char *cause = NULL;

	v->state = s;
	s->rows = selfanalysis_compare(ui->st, ui->cat, a->owner, a->earlier, a->later, &s->n,
	    &cause);
	if (s->rows == NULL) {
		ui_message(ui, 1, "Niet te vergelijken: %s", cause);
		free(cause);
		s->n = 0;
	}
}

static void
cmp_leave(struct ui *ui, struct ui_view *v)
{
	struct cmp *s = v->state;

	(void)ui;
	compare_rows_free(s->rows, s->n);
	free(s);
}

static int
shown(const struct cmp *s, size_t i)
{
	return !s->only_changed || s->rows[i].changed;
}

static void
cmp_draw(struct ui *ui, struct ui_view *v)
{
	struct cmp *s = v->state;
	int y = 3, cw = (COLS - 6) / 3, rows = LINES - 6;
	size_t i, nshown = 0, changed = 0;

	for (i = 0; i < s->n; i++)
		changed += s->rows[i].changed;
	attrset(ui_attr(ROLE_HEADING));
	ui_put_fit(1, 2, cw, "Vraag");
	ui_put_fit(1, 4 + cw, cw, "Eerder");
	ui_put_fit(1, 6 + 2 * cw, cw, "Later");
	attrset(ui_attr(ROLE_DIM));
	{
		char *info = xasprintf("%zu van %zu antwoorden veranderd%s", changed, s->n,
		    s->only_changed ? " · alleen de veranderde" : "");

		ui_put_fit(2, 2, COLS - 4, info);
		free(info);
	}
	attrset(ui_attr(ROLE_NORMAL));
	for (i = 0; i < s->n; i++)
		if (shown(s, i) && nshown++ == 0 && s->sel < i)
			s->sel = i;
	if (s->sel < s->top)
		s->top = s->sel;
	for (i = s->top; i < s->n && y < 3 + rows; i++) {
		const struct compare_row *r = &s->rows[i];
		const struct cat_item *it = catalogue_item(ui->cat, r->item_key);

		if (!shown(s, i))
			continue;
		attrset(ui_attr(i == s->sel ? ROLE_SELECTED : r->changed ? ROLE_ACCENT : ROLE_NORMAL));
		if (i == s->sel)
			mvhline(y, 0, ' ', COLS);
		ui_put(y, 0, 1, r->changed ? "≠" : " ");
		ui_put_fit(y, 2, cw, it != NULL ? it->prompt : r->item_key);
		ui_put_fit(y, 4 + cw, cw, r->a[0] != '\0' ? r->a : "·");
		ui_put_fit(y, 6 + 2 * cw, cw, r->b[0] != '\0' ? r->b : "·");
		attrset(ui_attr(ROLE_NORMAL));
		y++;
	}
	if (s->n > 0 && s->sel < s->n) {
		const struct compare_row *r = &s->rows[s->sel];
		char *full = xasprintf("Eerder: %s\nLater: %s", r->a[0] != '\0' ? r->a : "(open)",
		    r->b[0] != '\0' ? r->b : "(open)");

		ui_put_wrapped(LINES - 3 - 2, 2, COLS - 4, 2, full);
		free(full);
	}
}

static int
cmp_move(struct cmp *s, int dir)
{
	size_t i = s->sel;

	while ((dir > 0 && i + 1 < s->n) || (dir < 0 && i > 0)) {
		i = dir > 0 ? i + 1 : i - 1;
		if (shown(s, i)) {
			s->sel = i;
			break;
		}
	}
	if (s->sel >= s->top + (size_t)(LINES - 6))
		s->top = s->sel - (size_t)(LINES - 6) + 1;
	return UI_REDRAW;
}

static int act_up(struct ui *ui, struct ui_view *v) { (void)ui; return cmp_move(v->state, -1); }
static int act_down(struct ui *ui, struct ui_view *v) { (void)ui; return cmp_move(v->state, 1); }

static int
act_changed(struct ui *ui, struct ui_view *v)
{
	struct cmp *s = v->state;

	(void)ui;
	s->only_changed = !s->only_changed;
	s->top = 0;
	cmp_move(s, 1);
	cmp_move(s, -1);
	return UI_REDRAW;
}

static const struct ui_action cmp_actions[] = {
	{ { 'c' }, "c", "Veranderd", "Alleen de veranderde antwoorden tonen, of alle", act_changed, 0 },
	{ { UI_FKEY(KEY_DOWN), 'j' }, "↓", NULL, "Volgende vraag", act_down, 0 },
	{ { UI_FKEY(KEY_UP), 'k' }, "↑", NULL, "Vorige vraag", act_up, 0 },
	{ { '?', UI_FKEY(KEY_F(1)) }, "?", "Hulp", "Deze hulp tonen", ui_action_help, 0 },
	{ { UI_ESC, 'q', UI_CTRL('c') }, "Esc", "Terug", "Terug", ui_action_back, 0 },
	{ { 0 }, NULL, NULL, NULL, NULL, 0 }
};

static const struct ui_action *
cmp_actions_now(struct ui *ui, struct ui_view *v)
{
	(void)ui;
	(void)v;
	return cmp_actions;
}

static char *
cmp_title(struct ui *ui, struct ui_view *v)
{
	(void)ui;
	(void)v;
	return xstrdup("Intervisie › Vergelijken met een eerdere zelfanalyse");
}

const struct ui_screen ui_screen_compare = {
	.name = "compare",
	.help_intro = "Twee van uw eigen zelfanalyses op dezelfde vragenlijst naast elkaar: "
	    "eerder links, later rechts; ≠ markeert een antwoord dat veranderde.",
	.enter = cmp_enter,
	.leave = cmp_leave,
	.draw = cmp_draw,
	.actions = cmp_actions_now,
	.title = cmp_title,
};
