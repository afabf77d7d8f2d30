/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * check_ui.c: the habits every screen shares, checked without a terminal.
 * Every action table of every screen keeps the conventions (conventions.c:
 * the same key for the same act, no conventional key for another act, the
 * frame's keys left alone, help everywhere); the checker itself catches
 * a table that breaks them; and the key letters in the bar, and the bars
 * themselves, read at 4.5:1 or better in every palette; the list widget's
 * keys and clicks go through a screen's action table to its listview.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vitaal/util.h"
#include "../src/ui/ui_int.h"
#include "testlib.h"

/* Every table of every screen: no breach. */
START_TEST(test_conventions_every_screen)
{
	const struct ui_screen *const *scr;
	const struct ui_table *t;
	struct strbuf out = { 0 };
	int breaches = 0, tables = 0, screens = 0;

	for (scr = ui_screens; *scr != NULL; scr++, screens++) {
		ck_assert_msg((*scr)->tables != NULL, "%s: geen tabellen", (*scr)->name);
		for (t = (*scr)->tables; t->actions != NULL; t++, tables++)
			breaches += ui_conventions_check(*scr, t, &out);
	}
	ck_assert_msg(breaches == 0, "%d afwijkingen van de conventies:\n%s", breaches,
	    out.s != NULL ? out.s : "");
	ck_assert_int_eq(screens, 23);
	ck_assert_int_ge(tables, 30);
	strbuf_free(&out);
}
END_TEST

/* Every screen the program has is in ui_screens, by its actions op: a
 * screen left out would go unchecked. */
START_TEST(test_conventions_screens_listed)
{
	const struct ui_screen *all[] = {
		&ui_screen_start, &ui_screen_home, &ui_screen_form, &ui_screen_history,
		&ui_screen_notes, &ui_screen_collab, &ui_screen_players, &ui_screen_player,
		&ui_screen_map, &ui_screen_typology, &ui_screen_dilemmas, &ui_screen_dilemma,
		&ui_screen_dilemma_pick, &ui_screen_intervisie, &ui_screen_igroup,
		&ui_screen_compare, &ui_screen_iday, &ui_screen_projector, &ui_screen_sessions,
		&ui_screen_export, &ui_screen_person_pick, &ui_screen_choose, &ui_screen_share,
	};
	const struct ui_screen *const *scr;
	size_t i;
	int found;

	for (i = 0; i < sizeof all / sizeof all[0]; i++) {
		found = 0;
		for (scr = ui_screens; *scr != NULL; scr++)
			found |= *scr == all[i];
		ck_assert_msg(found, "%s ontbreekt in ui_screens", all[i]->name);
	}
}
END_TEST

static int dummy(struct ui *ui, struct ui_view *v) { (void)ui; (void)v; return 0; }

/* The checker sees each kind of breach. */
START_TEST(test_conventions_catch_breaches)
{
	static const struct ui_action history_on_h[] = {
		{ { 'h' }, "h", "Geschiedenis", "geschiedenis", dummy, UI_ACT(ACT_HISTORY) },
		{ { '?', UI_FKEY(KEY_F(1)) }, "?", "Hulp", "hulp", dummy, UI_ACT(ACT_HELP) },
		{ { 0 }, NULL, NULL, NULL, NULL, 0 }
	};
	static const struct ui_action g_for_go[] = {
		{ { UI_FKEY(KEY_HOME), 'g' }, "Home", NULL, "eerste", dummy, 0 },
		{ { '?', UI_FKEY(KEY_F(1)) }, "?", "Hulp", "hulp", dummy, UI_ACT(ACT_HELP) },
		{ { 0 }, NULL, NULL, NULL, NULL, 0 }
	};
	static const struct ui_action ctrl_c_back[] = {
		{ { UI_ESC, UI_CTRL('c') }, "Esc", "Terug", "terug", dummy, UI_ACT(ACT_BACK) },
		{ { '?', UI_FKEY(KEY_F(1)) }, "?", "Hulp", "hulp", dummy, UI_ACT(ACT_HELP) },
		{ { 0 }, NULL, NULL, NULL, NULL, 0 }
	};
	static const struct ui_action no_help[] = {
		{ { UI_ESC }, "Esc", "Terug", "terug", dummy, UI_ACT(ACT_BACK) },
		{ { 0 }, NULL, NULL, NULL, NULL, 0 }
	};
	static const struct ui_action quit_elsewhere[] = {
		{ { 'q' }, "q", "Stop", "stoppen", dummy, UI_ACT(ACT_QUIT) },
		{ { '?', UI_FKEY(KEY_F(1)) }, "?", "Hulp", "hulp", dummy, UI_ACT(ACT_HELP) },
		{ { 0 }, NULL, NULL, NULL, NULL, 0 }
	};
	static const struct ui_action typing_f2[] = {
		{ { UI_FKEY(KEY_F(2)) }, "F2", "Geschiedenis", "g", dummy, UI_ACT(ACT_HISTORY) },
		{ { UI_FKEY(KEY_F(1)) }, "F1", "Hulp", "hulp", dummy, UI_ACT(ACT_HELP) },
		{ { 0 }, NULL, NULL, NULL, NULL, 0 }
	};
	struct ui_table t;
	struct strbuf out = { 0 };

	t = (struct ui_table){ history_on_h, 0 };
	ck_assert_int_ge(ui_conventions_check(&ui_screen_home, &t, &out), 2);	/* no g, no F2 */
	t = (struct ui_table){ g_for_go, 0 };
	ck_assert_int_eq(ui_conventions_check(&ui_screen_start, &t, &out), 1);
	t = (struct ui_table){ ctrl_c_back, 0 };
	ck_assert_int_ge(ui_conventions_check(&ui_screen_home, &t, &out), 1);
	t = (struct ui_table){ no_help, 0 };
	ck_assert_int_eq(ui_conventions_check(&ui_screen_home, &t, &out), 1);
	t = (struct ui_table){ quit_elsewhere, 0 };
	ck_assert_int_eq(ui_conventions_check(&ui_screen_home, &t, &out), 1);
	ck_assert_int_eq(ui_conventions_check(&ui_screen_start, &t, &out), 0);
	/* In a text field g is typed: F2 alone is history there, not elsewhere. */
	t = (struct ui_table){ typing_f2, 1 };
	ck_assert_int_eq(ui_conventions_check(&ui_screen_form, &t, &out), 0);
	t = (struct ui_table){ typing_f2, 0 };
	ck_assert_int_ge(ui_conventions_check(&ui_screen_form, &t, &out), 2);
	strbuf_free(&out);
}
END_TEST

/* The key letters and the bars: 4.5:1 at least, in every palette. */
START_TEST(test_contrast_key_letters)
{
	static const enum ui_role bars[] = { ROLE_KEY, ROLE_BAR, ROLE_TITLE, ROLE_SELECTED,
		ROLE_ERROR };
	enum ui_palette p;
	size_t i;
	double r;

	for (p = PALETTE_STANDARD; p <= PALETTE_ZW; p++)
		for (i = 0; i < sizeof bars / sizeof bars[0]; i++) {
			r = ui_role_contrast(bars[i], p);
			ck_assert_msg(r >= 4.5, "palet %d, rol %d: contrast %.2f:1", (int)p,
			    (int)bars[i], r);
		}
	/* The measure itself: black on white is 21:1, white on cyan (the
	 * old key letters) far below. */
	ck_assert_msg(ui_role_contrast(ROLE_KEY, PALETTE_DONKER) > 15, "wit op zwart");
}
END_TEST

/* ---- the list widget -------------------------------------------------------- */

static struct listview fake_lv;
static int fake_picked;

static struct listview *
fake_list(struct ui_view *v)
{
	(void)v;
	return &fake_lv;
}

static int
fake_pick(struct ui *ui, struct ui_view *v)
{
	(void)ui;
	(void)v;
	fake_picked++;
	return UI_REDRAW;
}

static const struct ui_action fake_actions[] = {
	{ { '\r' }, "Enter", "Kiezen", "kiezen", fake_pick, 0 },
	UI_LIST_MOVES("volgende", "vorige"),
	{ { '?', UI_FKEY(KEY_F(1)) }, "?", "Hulp", "hulp", ui_action_help, UI_ACT(ACT_HELP) },
	{ { 0 }, NULL, NULL, NULL, NULL, 0 }
};
static const struct ui_table fake_tables[] = { { fake_actions, 0 }, { NULL, 0 } };
static const struct ui_screen fake_screen = {
	.name = "fake",
	.tables = fake_tables,
	.click = ui_list_click,
	.list = fake_list,
};

/* The keys of UI_LIST_MOVES move the screen's list through its table, a
 * click selects, a double click does what Enter does; the rows keep the
 * conventions. */
START_TEST(test_list_keys_and_clicks)
{
	struct ui *ui = xcalloc(1, sizeof *ui);
	struct ui_view v = { &fake_screen, NULL };
	struct strbuf out = { 0 };

	memset(&fake_lv, 0, sizeof fake_lv);
	fake_picked = 0;
	listview_set(&fake_lv, 30);
	ck_assert_int_eq(ui_conventions_check(&fake_screen, &fake_tables[0], &out), 0);
	ck_assert_ptr_eq(ui_actions(ui, &v), fake_actions);
	ck_assert_int_eq(ui_action_key(ui, &v, UI_FKEY(KEY_DOWN)), UI_REDRAW);
	ck_assert_uint_eq(fake_lv.sel, 1);
	ui_action_key(ui, &v, 'j');
	ck_assert_uint_eq(fake_lv.sel, 2);
	ui_action_key(ui, &v, 'k');
	ui_action_key(ui, &v, UI_FKEY(KEY_UP));
	ui_action_key(ui, &v, UI_FKEY(KEY_UP));
	ck_assert_uint_eq(fake_lv.sel, 0);
	ui_action_key(ui, &v, UI_FKEY(KEY_END));
	ck_assert_uint_eq(fake_lv.sel, 29);
	ui_action_key(ui, &v, UI_FKEY(KEY_HOME));
	ck_assert_uint_eq(fake_lv.sel, 0);
	listview_show(&fake_lv, 10);
	ui_action_key(ui, &v, UI_FKEY(KEY_NPAGE));
	ck_assert_uint_eq(fake_lv.sel, 10);
	ui_action_key(ui, &v, UI_FKEY(KEY_PPAGE));
	ck_assert_uint_eq(fake_lv.sel, 0);
	ck_assert_int_eq(ui_action_key(ui, &v, 'x'), 0);	/* not in the table */
	ck_assert_int_eq(fake_picked, 0);
	ck_assert_int_eq(ui_list_click(ui, &v, 7, 0), UI_REDRAW);
	ck_assert_uint_eq(fake_lv.sel, 7);
	ck_assert_int_eq(fake_picked, 0);
	ck_assert_int_eq(ui_list_click(ui, &v, 30, 1), 0);	/* no such row */
	ck_assert_uint_eq(fake_lv.sel, 7);
	ck_assert_int_eq(ui_list_click(ui, &v, -1, 1), 0);	/* the key bar's */
	ck_assert_int_eq(ui_list_click(ui, &v, 4, 1), UI_REDRAW);
	ck_assert_uint_eq(fake_lv.sel, 4);
	ck_assert_int_eq(fake_picked, 1);
	strbuf_free(&out);
	free(ui);
}
END_TEST

/* A screen that moves or clicks with the list widget has a list op (the
 * widget would stop on an assert without one), and the list screens use
 * the widget. */
START_TEST(test_list_screens)
{
	const struct ui_screen *lists[] = {
		&ui_screen_notes, &ui_screen_collab, &ui_screen_history, &ui_screen_choose,
		&ui_screen_dilemma_pick, &ui_screen_person_pick, &ui_screen_sessions,
		&ui_screen_iday, &ui_screen_start, &ui_screen_intervisie,
	};
	const struct ui_screen *const *scr;
	const struct ui_table *t;
	const struct ui_action *a;
	size_t i;
	int widget;

	for (scr = ui_screens; *scr != NULL; scr++) {
		widget = (*scr)->click == ui_list_click;
		for (t = (*scr)->tables; t->actions != NULL; t++)
			for (a = t->actions; a->keyname != NULL; a++)
				widget |= a->handler == ui_list_down || a->handler == ui_list_up ||
				    a->handler == ui_list_jump;
		ck_assert_msg(!widget || (*scr)->list != NULL, "%s: lijst zonder list", (*scr)->name);
	}
	for (i = 0; i < sizeof lists / sizeof lists[0]; i++) {
		ck_assert_msg(lists[i]->list != NULL, "%s: geen lijstwidget", lists[i]->name);
		widget = 0;
		for (a = lists[i]->tables[0].actions; a->keyname != NULL; a++)
			widget += a->handler == ui_list_down || a->handler == ui_list_up ||
			    a->handler == ui_list_jump;
		ck_assert_msg(widget == 3, "%s: %d bewegingen van de lijst", lists[i]->name, widget);
	}
}
END_TEST

int
main(void)
{
	Suite *s = suite_create("ui");
	TCase *tc = tcase_create("conventions");
	TCase *tc_contrast = tcase_create("contrast");
	TCase *tc_list = tcase_create("list");

	tcase_add_test(tc, test_conventions_every_screen);
	tcase_add_test(tc, test_conventions_screens_listed);
	tcase_add_test(tc, test_conventions_catch_breaches);
	suite_add_tcase(s, tc);
	tcase_add_test(tc_contrast, test_contrast_key_letters);
	suite_add_tcase(s, tc_contrast);
	tcase_add_test(tc_list, test_list_keys_and_clicks);
	tcase_add_test(tc_list, test_list_screens);
	suite_add_tcase(s, tc_list);
	return test_run(s);
}
