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
#include "layout.h"
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
	size_t i;

	v->state = s;
	s->rows = selfanalysis_compare(ui->st, ui->cat, a->owner, a->earlier, a->later, &s->n,
	    &cause);
	if (s->rows == NULL) {
		ui_message(ui, 1, "Niet te vergelijken: %s", cause);
		free(cause);
		s->n = 0;
	}
	/* Start at the first answer that moved. */
	for (i = 0; i < s->n; i++)
		if (s->rows[i].changed) {
			s->sel = i;
			break;
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

/* An answer as the detail shows it. */
static const char *
shown_text(const char *v)
{
	return v[0] != '\0' ? v : "(open)";
}

/* Table rows between top and i that are shown. */
static size_t
rows_between(const struct cmp *s, size_t top, size_t i)
{
	size_t k, n = 0;

	for (k = top; k < i && k < s->n; k++)
		n += shown(s, k);
	return n;
}

/* The layout (layout_compare) keeps the table, the earlier answer and the
 * later answer each in rows of their own. */
static void
cmp_draw(struct ui *ui, struct ui_view *v)
{
	struct cmp *s = v->state;
	struct layout_compare l;
	const struct compare_row *sel = NULL;
	size_t i, nshown = 0, changed = 0;
	int y, w;
	char *info;

	for (i = 0; i < s->n; i++)
		changed += s->rows[i].changed;
	for (i = 0; i < s->n; i++)
		if (shown(s, i) && nshown++ == 0 && s->sel < i)
			s->sel = i;
	if (s->n > 0 && s->sel < s->n)
		sel = &s->rows[s->sel];
	w = layout_compare_text_w(COLS);
	layout_compare(COLS, LINES, sel != NULL ? ui_wrapped_rows(shown_text(sel->a), w) : 1,
	    sel != NULL ? ui_wrapped_rows(shown_text(sel->b), w) : 1, &l);

	attrset(ui_attr(ROLE_HEADING));
	ui_put_fit(1, l.col_x[0], l.col_w, "Vraag");
	ui_put_fit(1, l.col_x[1], l.col_w, "Eerder");
	ui_put_fit(1, l.col_x[2], l.col_w, "Later");
	attrset(ui_attr(ROLE_DIM));
	info = xasprintf("%zu van %zu antwoorden veranderd%s", changed, s->n,
	    s->only_changed ? " · alleen de veranderde" : "");
	ui_put_fit(2, 2, COLS - 4, info);
	free(info);
	attrset(ui_attr(ROLE_NORMAL));
	if (s->sel < s->top)
		s->top = s->sel;
	while (s->top < s->sel && rows_between(s, s->top, s->sel) >= (size_t)l.list_h)
		s->top++;
	for (i = s->top, y = l.list_y; i < s->n && y < l.list_y + l.list_h; i++) {
		const struct compare_row *r = &s->rows[i];
		const struct cat_item *it = catalogue_item(ui->cat, r->item_key);

		if (!shown(s, i))
			continue;
		attrset(ui_attr(i == s->sel ? ROLE_SELECTED : r->changed ? ROLE_ACCENT : ROLE_NORMAL));
		if (i == s->sel) {
			mvhline(y, 0, ' ', COLS);
			ui_selected(ui, y, 0);
		}
		ui_put(y, 0, 1, r->changed ? "≠" : " ");
		ui_put_fit(y, l.col_x[0], l.col_w, it != NULL ? it->prompt : r->item_key);
		ui_put_fit(y, l.col_x[1], l.col_w, r->a[0] != '\0' ? r->a : "·");
		ui_put_fit(y, l.col_x[2], l.col_w, r->b[0] != '\0' ? r->b : "·");
		attrset(ui_attr(ROLE_NORMAL));
		y++;
	}
	if (sel == NULL)
		return;
	attrset(ui_attr(ROLE_DIM));
	ui_hline(l.rule_y, 2, COLS - 4);
	attrset(ui_attr(ROLE_HEADING));
	ui_put(l.a_y, l.label_x, l.text_x - l.label_x, "Eerder:");
	ui_put(l.b_y, l.label_x, l.text_x - l.label_x, "Later:");
	attrset(ui_attr(ROLE_NORMAL));
	ui_put_wrapped(l.a_y, l.text_x, l.text_w, l.a_h, shown_text(sel->a));
	ui_put_wrapped(l.b_y, l.text_x, l.text_w, l.b_h, shown_text(sel->b));
}

static int
cmp_move(struct cmp *s, int dir)
{
	size_t i = s->sel;

	/* The draw keeps the selection in view. */
	while ((dir > 0 && i + 1 < s->n) || (dir < 0 && i > 0)) {
		i = dir > 0 ? i + 1 : i - 1;
		if (shown(s, i)) {
			s->sel = i;
			break;
		}
	}
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
	{ { 'c' }, "c", "Veranderd", "Alleen de veranderde antwoorden tonen, of alle", act_changed,
	    0 },
	{ { UI_FKEY(KEY_DOWN), 'j' }, "↓", NULL, "Volgende vraag", act_down, UI_ACT(ACT_DOWN) },
	{ { UI_FKEY(KEY_UP), 'k' }, "↑", NULL, "Vorige vraag", act_up, UI_ACT(ACT_UP) },
	{ { '?', UI_FKEY(KEY_F(1)) }, "?", "Hulp", "Deze hulp tonen", ui_action_help,
	    UI_ACT(ACT_HELP) },
	{ { UI_ESC, 'q' }, "Esc", "Terug", "Terug", ui_action_back, UI_ACT(ACT_BACK) },
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

/* Every table this screen may show, for the conventions test. */
static const struct ui_table compare_tables[] = {
	{ cmp_actions, 0 },
	{ NULL, 0 }
};

const struct ui_screen ui_screen_compare = {
	.name = "compare",
	.help_intro = "Twee van uw eigen zelfanalyses op dezelfde vragenlijst naast elkaar: "
	    "eerder links, later rechts; ≠ markeert een antwoord dat veranderde.",
	.enter = cmp_enter,
	.leave = cmp_leave,
	.draw = cmp_draw,
	.actions = cmp_actions_now,
	.tables = compare_tables,
	.title = cmp_title,
};
