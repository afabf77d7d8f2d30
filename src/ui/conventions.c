/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * conventions.c: one set of habits across all screens. The acts a user
 * does everywhere (help, back, quit, history, up and down, confirm, undo)
 * have one key each, here, and ui_conventions_check holds any action
 * table to them: an act on another key, or a conventional key on another
 * act, is a breach that tests/check_ui.c reports for every table of every
 * screen (ui_screens). The frame's own keys (^C, ^L, F9) are for no
 * screen to take.
 *
 * In a text field every printable key is typed, so there the printable
 * keys of a convention are not asked for (F1 is help, F2 history, Esc
 * leaves the field).
 */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "vitaal/util.h"
#include "ui_int.h"

#define ENTER_KEYS	'\r', '\n', UI_FKEY(KEY_ENTER)

const struct ui_convention ui_conventions[] = {
	{ ACT_HELP, "hulp", "?", "F1", { '?', UI_FKEY(KEY_F(1)) }, { 0 }, 1 },
	{ ACT_BACK, "terug", "Esc", "Esc", { UI_ESC },
	    { 'q', UI_FKEY(KEY_LEFT), 'n', 'N' }, 1 },
	{ ACT_QUIT, "stoppen", "q", "q", { 'q' }, { 0 }, 1 },
	{ ACT_HISTORY, "geschiedenis", "g", "F2", { 'g', UI_FKEY(KEY_F(2)) }, { 0 }, 1 },
	{ ACT_UP, "omhoog", NULL, NULL, { UI_FKEY(KEY_UP) },
	    { 'k', UI_FKEY(KEY_BTAB), UI_FKEY(KEY_PPAGE) }, 1 },
	{ ACT_DOWN, "omlaag", NULL, NULL, { UI_FKEY(KEY_DOWN) },
	    { 'j', '\t', UI_FKEY(KEY_NPAGE), ' ' }, 1 },
	{ ACT_CONFIRM, "bevestigen", "j", "j", { 'j', '\r' }, { 'J', '\n', UI_FKEY(KEY_ENTER) },
	    0 },
	{ ACT_UNDO, "ongedaan maken", "^Z", "^Z", { UI_CTRL('z') }, { 0 }, 1 },
	{ ACT_NONE, NULL, NULL, NULL, { 0 }, { 0 }, 0 }
};

/* ^C stops Vitaal on every screen (as SIGINT), ^L redraws, F9 drives the
 * beamer: ui_key takes them before any screen. */
const int ui_frame_keys[] = { UI_CTRL('c'), UI_CTRL('l'), UI_FKEY(KEY_F(9)), 0 };

const struct ui_screen *const ui_screens[] = {
	&ui_screen_start, &ui_screen_home, &ui_screen_form, &ui_screen_history,
	&ui_screen_notes, &ui_screen_collab, &ui_screen_players, &ui_screen_player,
	&ui_screen_map, &ui_screen_typology, &ui_screen_dilemmas, &ui_screen_dilemma,
	&ui_screen_dilemma_pick, &ui_screen_intervisie, &ui_screen_igroup,
	&ui_screen_compare, &ui_screen_iday, &ui_screen_projector, &ui_screen_sessions,
	&ui_screen_export, &ui_screen_person_pick, &ui_screen_choose, &ui_screen_share,
	NULL
};

const char *
ui_key_label(int key, char *buf, size_t size)
{
	if (key == UI_ESC)
		snprintf(buf, size, "Esc");
	else if (key == '\r' || key == '\n' || key == UI_FKEY(KEY_ENTER))
		snprintf(buf, size, "Enter");
	else if (key == '\t')
		snprintf(buf, size, "Tab");
	else if (key == ' ')
		snprintf(buf, size, "Spatie");
	else if (key > 0 && key < 0x20)
		snprintf(buf, size, "^%c", key + '@');
	else if ((key & 0x40000000) && (key & ~0x40000000) >= KEY_F0 &&
	    (key & ~0x40000000) <= KEY_F(12))
		snprintf(buf, size, "F%d", (key & ~0x40000000) - KEY_F0);
	else if (key & 0x40000000)
		snprintf(buf, size, "%s", keyname(key & ~0x40000000));
	else if (key < 0x80)
		snprintf(buf, size, "%c", key);
	else
		snprintf(buf, size, "U+%04X", (unsigned)key);
	return buf;
}

static const struct ui_convention *
convention(enum ui_act act)
{
	const struct ui_convention *c;

	for (c = ui_conventions; c->act != ACT_NONE; c++)
		if (c->act == act)
			return c;
	return NULL;
}

static int
key_in(const int *keys, size_t n, int key)
{
	size_t i;

	for (i = 0; i < n && keys[i] != 0; i++)
		if (keys[i] == key)
			return 1;
	return 0;
}

/* A printable key: typed into a text field, never an action there. */
static int
printable_key(int key)
{
	return key >= 0x20 && key != 0x7f && (key & 0x40000000) == 0;
}

int
ui_conventions_check(const struct ui_screen *scr, const struct ui_table *t, struct strbuf *out)
{
	const struct ui_action *a;
	const struct ui_convention *c, *own;
	enum ui_act act;
	char k1[32];
	int breaches = 0, help = 0, handlers = 0, i;

	for (a = t->actions; a->keyname != NULL; a++) {
		act = ui_action_act(a);
		own = convention(act);
		if (a->handler != NULL)
			handlers++;
		if (act == ACT_HELP)
			help = 1;
		for (i = 0; i < 4 && a->keys[i] != 0; i++) {
			if (key_in(ui_frame_keys, SIZE_MAX, a->keys[i])) {
				strbuf_printf(out, "%s: %s (%s) neemt %s, een toets van het frame\n",
				    scr->name, a->keyname, a->help,
				    ui_key_label(a->keys[i], k1, sizeof k1));
				breaches++;
			}
			/* A key that belongs to an act does that act here too. */
			for (c = ui_conventions; c->act != ACT_NONE; c++) {
				if (!c->owned || c->act == act || !key_in(c->keys, 4, a->keys[i]))
					continue;
				if (own != NULL && (key_in(own->keys, 4, a->keys[i]) ||
				    key_in(own->aliases, 6, a->keys[i])))
					continue;
				strbuf_printf(out, "%s: %s is %s, maar doet hier '%s'\n", scr->name,
				    ui_key_label(a->keys[i], k1, sizeof k1), c->what, a->help);
				breaches++;
			}
		}
		if (own == NULL)
			continue;
		if (act == ACT_QUIT && scr != &ui_screen_start) {
			strbuf_printf(out, "%s: stoppen kan alleen op het startscherm\n", scr->name);
			breaches++;
		}
		/* The act on its own keys, and only on those. */
		for (i = 0; i < 4 && own->keys[i] != 0; i++) {
			if (t->typing && printable_key(own->keys[i]))
				continue;
			if (!key_in(a->keys, 4, own->keys[i])) {
				strbuf_printf(out, "%s: %s zonder %s\n", scr->name, own->what,
				    ui_key_label(own->keys[i], k1, sizeof k1));
				breaches++;
			}
		}
		for (i = 0; i < 4 && a->keys[i] != 0; i++)
			if (!key_in(own->keys, 4, a->keys[i]) &&
			    !key_in(own->aliases, 6, a->keys[i])) {
				strbuf_printf(out, "%s: %s ook op %s\n", scr->name, own->what,
				    ui_key_label(a->keys[i], k1, sizeof k1));
				breaches++;
			}
		if ((t->typing ? own->typing_keyname : own->keyname) != NULL &&
		    strcmp(a->keyname, t->typing ? own->typing_keyname : own->keyname) != 0) {
			strbuf_printf(out, "%s: %s heet in de balk '%s', niet '%s'\n", scr->name,
			    own->what, t->typing ? own->typing_keyname : own->keyname, a->keyname);
			breaches++;
		}
	}
	/* Help is on every screen with a key bar and something to do. */
	if (!help && handlers > 0 && scr != &ui_screen_projector) {
		strbuf_printf(out, "%s: geen hulp\n", scr->name);
		breaches++;
	}
	return breaches;
}
