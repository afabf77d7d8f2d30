/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * screen_players.c: the coalition's players as a table, built to type 20
 * players into in a few minutes: n asks for names one after another,
 * the arrows move a cell cursor, Space (or + and -) cycles a choice, the
 * digits 0–5 set power and interest, Enter edits a text cell. s sorts, /
 * filters, d opens all details of a player, m shows the maps.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vitaal/fieldrule.h"
#include "vitaal/player.h"
#include "vitaal/util.h"
#include "layout.h"
#include "screens.h"
#include "ui_int.h"

enum { C_NAME, C_ORG, C_KIND, C_LEVEL, C_ROLE, C_POWER, C_INTEREST, C_STANDPUNT, C_KOP,
	NCOLS };
/* A cell's click target: CELL_HIT + row * NCOLS + column (the row's own
 * target, the list widget's, is the row). */
#define CELL_HIT	(1 << 24)

static const struct layout_column columns[NCOLS] = {
	[C_NAME] = { 14, 1, 0 },
	[C_ORG] = { 10, 1, 3 },
	[C_KIND] = { 10, 0, 4 },
	[C_LEVEL] = { 8, 0, 5 },
	[C_ROLE] = { 14, 0, 2 },
	[C_POWER] = { 5, 0, 0 },
	[C_INTEREST] = { 6, 0, 0 },
	[C_STANDPUNT] = { 12, 0, 1 },
	[C_KOP] = { 3, 0, 0 },
};
static const char *const headings[NCOLS] = {
	"Naam", "Organisatie", "Soort", "Niveau", "Rol", "Macht", "Belang", "Standpunt", "Kop",
};

struct players {
	int64_t			 cid;
	struct player_list	*l;
	struct listview		 lv;		/* its rows after the filter */
	char			*filter;
	enum player_sort	 sort;
	int			 col;
	struct player_list	*edit_base;	/* the players when a name prompt opened */
};

static struct player *
current(struct players *s)
{
	return s->lv.n > 0 ? &s->l->v[listview_item(&s->lv, s->lv.sel)] : NULL;
}

static int
matches(size_t i, void *arg)
{
	const struct players *s = arg;

	return player_matches(&s->l->v[i], s->filter);
}

/* Reload, sort and filter; keep player keep_id selected when shown, else
 * the same row (or the last). */
static void
load(struct ui *ui, struct players *s, int64_t keep_id)
{
	size_t sel = s->lv.sel, i;

	player_list_free(s->l);
	if ((s->l = store_player_list(ui->st, s->cid)) == NULL) {
		ui_message(ui, 1, "Spelers niet te lezen: %s", store_errmsg(ui->st));
		s->l = xcalloc(1, sizeof *s->l);
	}
	player_sort(s->l->v, s->l->n, s->sort);
	listview_filter(&s->lv, s->l->n, matches, s);
	s->lv.sel = sel;
	for (i = 0; i < s->lv.n; i++)
		if (s->l->v[listview_item(&s->lv, i)].id == keep_id)
			s->lv.sel = i;
	listview_set(&s->lv, s->lv.n);
}

static void
players_enter(struct ui *ui, struct ui_view *v, void *arg)
{
	struct players *s = xcalloc(1, sizeof *s);

	s->cid = *(int64_t *)arg;
	v->state = s;
	load(ui, s, 0);
}

static void
players_leave(struct ui *ui, struct ui_view *v)
{
	struct players *s = v->state;

	(void)ui;
	player_list_free(s->l);
	player_list_free(s->edit_base);
	listview_free(&s->lv);
	free(s->filter);
	free(s);
}

static void
players_resume(struct ui *ui, struct ui_view *v)
{
	struct players *s = v->state;
	struct player *p = current(s);

	load(ui, s, p != NULL ? p->id : 0);
}

/* The text shown in a cell. */
static const char *
cell_text(const struct player *p, int col, char *buf, size_t n)
{
	switch (col) {
	case C_NAME:		return p->name;
	case C_ORG:		return p->organisation;
	case C_KIND:		return p->kind;
	case C_LEVEL:		return p->level;
	case C_ROLE:		return p->role;
	case C_POWER:		snprintf(buf, n, "%d", p->power); return buf;
	case C_INTEREST:	snprintf(buf, n, "%d", p->interest); return buf;
	case C_STANDPUNT:	return p->standpunt;
	default:		return p->kopgroep ? "✓" : "·";
	}
}

static struct listview *
players_list(struct ui_view *v)
{
	return &((struct players *)v->state)->lv;
}

/* A player's row: a cell per column shown, the cell cursor on the
 * selected row, each cell a click target. */
static void
players_row(struct ui *ui, struct ui_view *v, int y, size_t row)
{
	const struct players *s = v->state;
	const struct player *p = &s->l->v[listview_item(&s->lv, row)];
	int x[NCOLS], w[NCOLS], c, sel = row == s->lv.sel;
	char buf[32];

	layout_table(COLS, columns, NCOLS, x, w);
	for (c = 0; c < NCOLS; c++) {
		if (w[c] == 0)
			continue;
		if (sel && c == s->col) {	/* the cell cursor */
			attrset(ui_attr(ROLE_ACCENT));
			mvhline(y, x[c], ' ', w[c]);
			ui_selected(ui, y, x[c]);
		}
		ui_put_fit(y, x[c], w[c], cell_text(p, c, buf, sizeof buf));
		attrset(ui_attr(sel ? ROLE_SELECTED : ROLE_NORMAL));
		ui_hit(ui, y, x[c], w[c] + 1, 1, CELL_HIT + (int)row * NCOLS + c);
	}
}

static void
players_draw(struct ui *ui, struct ui_view *v)
{
	struct players *s = v->state;
	int x[NCOLS], w[NCOLS], c;

	layout_table(COLS, columns, NCOLS, x, w);
	if (w[s->col] == 0)	/* the cursor's column was dropped at this width */
		s->col = C_NAME;
	attrset(ui_attr(ROLE_HEADING));
	for (c = 0; c < NCOLS; c++)
		if (w[c] > 0)
			ui_put_fit(1, x[c], w[c], headings[c]);
	attrset(ui_attr(ROLE_DIM));
	{
		char *info = xasprintf("%zu speler%s · gesorteerd op %s%s%s", s->lv.n,
		    s->lv.n == 1 ? "" : "s", player_sort_names[s->sort],
		    s->filter != NULL ? " · zoeken: " : "", s->filter != NULL ? s->filter : "");

		ui_put_fit(LINES - 3, 2, COLS - 4, info);
		free(info);
	}
	attrset(ui_attr(ROLE_NORMAL));
	if (s->lv.n == 0) {
		ui_put_wrapped(3, 2, COLS - 4, 4, s->filter != NULL ? "Geen speler gevonden." :
		    "Nog geen spelers. Druk n en typ de namen achter elkaar, met Enter na elke "
		    "naam; een lege naam stopt. Daarna vult u per speler rol, macht, belang en "
		    "standpunt in.");
		return;
	}
	ui_list_draw(ui, v, 2, LINES - 6, players_row);
}

/* Save p over base (the row as shown) after one cell changed, and reload
 * keeping the selection; a cell another terminal changed keeps theirs. */
static void
save(struct ui *ui, struct players *s, const struct player *base, struct player *p)
{
	struct field_report rep;
	char *cause = NULL;
	int64_t id = p->id;

	if (player_save_over(ui->st, base, p, ui_me(ui), &rep, &cause) != 0) {
		ui_message(ui, 1, "Niet bewaard: %s", cause);
		free(cause);
	} else {
		id = rep.id;
		ui_field_report(ui, &rep, FIELD_PLAYER);
	}
	load(ui, s, id);
}

/* Change the current cell by one step (dir ±1), or set a number (value >= 0). */
static int
change_cell(struct ui *ui, struct players *s, int dir, int value)
{
	struct player *cur = current(s), p;

	if (cur == NULL)
		return 0;
	p = *cur;	/* a shallow copy: save() reloads before anything is freed */
	switch (s->col) {
	case C_KIND:
		p.kind = (char *)(uintptr_t)str_cycle(player_kinds, PLAYER_NKINDS, p.kind, dir);
		break;
	case C_LEVEL:
		p.level = (char *)(uintptr_t)str_cycle(player_levels, PLAYER_NLEVELS, p.level, dir);
		break;
	case C_ROLE:
		p.role = (char *)(uintptr_t)str_cycle(player_roles, PLAYER_NROLES, p.role, dir);
		break;
	case C_STANDPUNT:
		p.standpunt = (char *)(uintptr_t)str_cycle(player_standpunten, PLAYER_NSTANDPUNTEN,
		    p.standpunt, dir);
		break;
	case C_POWER:
		p.power = value >= 0 ? value : (p.power + dir + 6) % 6;
		break;
	case C_INTEREST:
		p.interest = value >= 0 ? value : (p.interest + dir + 6) % 6;
		break;
	case C_KOP:
		p.kopgroep = !p.kopgroep;
		break;
	default:
		return 0;
	}
	save(ui, s, cur, &p);
	return UI_REDRAW;
}

static void
text_done(struct ui *ui, struct ui_view *v, const char *text)
{
	struct players *s = v->state;
	struct player_list *l = s->edit_base;
	struct player *cur = current(s), *base = NULL, p;
	size_t i;

	s->edit_base = NULL;
	for (i = 0; l != NULL && cur != NULL && i < l->n; i++)
		if (l->v[i].id == cur->id)
			base = &l->v[i];
	if (text == NULL || base == NULL) {
		player_list_free(l);
		return;
	}
	p = *base;
	if (s->col == C_NAME)
		p.name = (char *)(uintptr_t)text;
	else
		p.organisation = (char *)(uintptr_t)text;
	save(ui, s, base, &p);
	player_list_free(l);
}

static int
act_edit(struct ui *ui, struct ui_view *v)
{
	struct players *s = v->state;
	struct player *p = current(s);

	if (p == NULL)
		return 0;
	if (s->col == C_NAME || s->col == C_ORG) {
		player_list_free(s->edit_base);
		s->edit_base = store_player_list(ui->st, s->cid);
		ui_prompt(ui, v, s->col == C_NAME ? "Naam:" : "Organisatie:",
		    s->col == C_NAME ? p->name : p->organisation, text_done, NULL);
	} else
		return change_cell(ui, s, 1, -1);
	return UI_REDRAW;
}

static int act_next_value(struct ui *ui, struct ui_view *v) { return change_cell(ui, v->state, 1, -1); }
static int act_prev_value(struct ui *ui, struct ui_view *v) { return change_cell(ui, v->state, -1, -1); }

static void
added(struct ui *ui, struct ui_view *v, const char *name)
{
	struct players *s = v->state;
	char *cause = NULL;
	int64_t id;

	if (name == NULL || str_is_blank(name)) {
		ui_message(ui, 0, "Klaar met toevoegen. Vul nu per speler rol, macht, belang en "
		    "standpunt in (Spatie wisselt, 0–5 zet een getal).");
		return;
	}
	if ((id = player_add(ui->st, s->cid, name, &cause)) < 0) {
		ui_message(ui, 1, "Niet toegevoegd: %s", cause);
		free(cause);
		return;
	}
	load(ui, s, id);
	/* Straight on to the next name: typing a list should not need keys. */
	ui_prompt(ui, v, "Volgende speler (leeg: klaar):", "", added, NULL);
}

static int
act_new(struct ui *ui, struct ui_view *v)
{
	ui_prompt(ui, v, "Naam van de speler (leeg: klaar):", "", added, NULL);
	return UI_REDRAW;
}

static int
act_details(struct ui *ui, struct ui_view *v)
{
	struct players *s = v->state;
	struct player *p = current(s);
	struct player_arg arg;

	if (p == NULL)
		return 0;
	arg.coalition_id = s->cid;
	arg.player_id = p->id;
	ui_push(ui, &ui_screen_player, &arg);
	return UI_REDRAW;
}

static int
act_map(struct ui *ui, struct ui_view *v)
{
	struct players *s = v->state;

	ui_push(ui, &ui_screen_map, &s->cid);
	return UI_REDRAW;
}

static int
act_sort(struct ui *ui, struct ui_view *v)
{
	struct players *s = v->state;
	struct player *p = current(s);

	s->sort = (enum player_sort)((s->sort + 1) % PLAYER_SORT_COUNT);
	load(ui, s, p != NULL ? p->id : 0);
	ui_message(ui, 0, "Gesorteerd op %s.", player_sort_names[s->sort]);
	return UI_REDRAW;
}

static void
filter_changed(struct ui *ui, struct ui_view *v, const char *text)
{
	struct players *s = v->state;

	free(s->filter);
	s->filter = text[0] != '\0' ? xstrdup(text) : NULL;
	load(ui, s, 0);
}

static void
filter_done(struct ui *ui, struct ui_view *v, const char *text)
{
	if (text == NULL)
		filter_changed(ui, v, "");
}

static int
act_filter(struct ui *ui, struct ui_view *v)
{
	struct players *s = v->state;

	ui_prompt(ui, v, "Zoek:", s->filter != NULL ? s->filter : "", filter_done, filter_changed);
	return UI_REDRAW;
}

static void
delete_confirmed(struct ui *ui, struct ui_view *v, const char *text)
{
	struct players *s = v->state;
	struct player *p = current(s);
	char *cause = NULL;

	if (text == NULL || (text[0] != 'j' && text[0] != 'J') || p == NULL) {
		ui_message(ui, 0, "Niet verwijderd.");
		return;
	}
	if (player_remove(ui->st, p->id, &cause) != 0) {
		ui_message(ui, 1, "Niet verwijderd: %s", cause);
		free(cause);
		return;
	}
	load(ui, s, 0);
	ui_message(ui, 0, "Speler verwijderd, met zijn relaties.");
}

static int
act_delete(struct ui *ui, struct ui_view *v)
{
	struct player *p = current(v->state);
	char *title;

	if (p == NULL)
		return 0;
	title = xasprintf("'%s' en zijn relaties verwijderen?", p->name);
	ui_confirm(ui, v, title, delete_confirmed);
	free(title);
	return UI_REDRAW;
}

static int
move_col(struct players *s, int dir)
{
	int x[NCOLS], w[NCOLS], c = s->col, i;

	/* The next column shown in that direction; at the edge it stays. */
	layout_table(COLS, columns, NCOLS, x, w);
	for (i = c + dir; i >= 0 && i < NCOLS; i += dir)
		if (w[i] > 0) {
			s->col = i;
			break;
		}
	return UI_REDRAW;
}

static int act_left(struct ui *ui, struct ui_view *v) { (void)ui; return move_col(v->state, -1); }
static int act_right(struct ui *ui, struct ui_view *v) { (void)ui; return move_col(v->state, 1); }

/* Digits set power or interest in those columns; 'k' toggles the kopgroep. */
static int
players_key(struct ui *ui, struct ui_view *v, int key)
{
	struct players *s = v->state;

	if (key >= '0' && key <= '5' && (s->col == C_POWER || s->col == C_INTEREST))
		return change_cell(ui, s, 0, key - '0');
	if (key == 'k') {
		int col = s->col, ret;

		s->col = C_KOP;
		ret = change_cell(ui, s, 1, -1);
		s->col = col;
		return ret;
	}
	return 0;
}

static int
players_click(struct ui *ui, struct ui_view *v, int id, int dbl)
{
	struct players *s = v->state;

	/* A cell, not the row around it (nor a key-bar label). */
	if (id < CELL_HIT || !listview_select(&s->lv, (size_t)((id - CELL_HIT) / NCOLS)))
		return 0;
	s->col = (id - CELL_HIT) % NCOLS;
	return dbl ? act_edit(ui, v) : UI_REDRAW;
}

static const struct ui_action players_actions[] = {
	{ { 'n' }, "n", "Nieuw", "Spelers toevoegen: namen achter elkaar, Enter na elke", act_new,
	    0 },
	{ { '\r', '\n', UI_FKEY(KEY_ENTER) }, "Enter", "Bewerk",
	    "De gekozen cel bewerken (tekst) of de volgende waarde kiezen", act_edit, 0 },
	{ { ' ', '+' }, "Spatie", "Wissel", "Volgende waarde in de gekozen cel", act_next_value,
	    0 },
	{ { '-' }, "-", NULL, "Vorige waarde in de gekozen cel", act_prev_value, 0 },
	{ { 0 }, "0-5", NULL, "Macht of belang direct instellen (in die kolom)", NULL, 0 },
	{ { 0 }, "k", NULL, "In of uit de kopgroep", NULL, 0 },
	{ { 'd' }, "d", "Details", "Alle velden en de relaties van de gekozen speler", act_details,
	    0 },
	{ { 'm' }, "m", "Kaart", "De spelerskaarten tonen", act_map, 0 },
	{ { 's' }, "s", "Sorteer", "Sorteren op invoer, naam, rol, macht, belang of standpunt",
	    act_sort, 0 },
	{ { '/' }, "/", "Zoek", "Spelers filteren op naam, organisatie, soort, rol of standpunt",
	    act_filter, 0 },
	{ { 'x', UI_FKEY(KEY_DC) }, "x", NULL, "De gekozen speler verwijderen", act_delete, 0 },
	{ { UI_FKEY(KEY_UP) }, "↑↓", NULL, "Andere speler", ui_list_up, UI_ACT(ACT_UP) },
	{ { UI_FKEY(KEY_DOWN) }, "↓", NULL, "Volgende speler", ui_list_down, UI_ACT(ACT_DOWN) },
	{ { UI_FKEY(KEY_HOME) }, "Home", NULL, "Eerste speler", ui_list_jump, 0 },
	{ { UI_FKEY(KEY_END) }, "End", NULL, "Laatste speler", ui_list_jump, 0 },
	{ { UI_FKEY(KEY_NPAGE), UI_FKEY(KEY_PPAGE) }, "PgDn PgUp", NULL,
	    "Bladzijde verder of terug", ui_list_jump, 0 },
	{ { UI_FKEY(KEY_LEFT), UI_FKEY(KEY_BTAB) }, "←→", NULL, "Andere kolom", act_left, 0 },
	{ { UI_FKEY(KEY_RIGHT), '\t' }, "→", NULL, "Volgende kolom", act_right, 0 },
	{ { '?', UI_FKEY(KEY_F(1)) }, "?", "Hulp", "Deze hulp tonen", ui_action_help,
	    UI_ACT(ACT_HELP) },
	{ { UI_ESC, 'q' }, "Esc", "Terug", "Terug naar het overzicht", ui_action_back,
	    UI_ACT(ACT_BACK) },
	{ { 0 }, NULL, NULL, NULL, NULL, 0 }
};

static char *
players_title(struct ui *ui, struct ui_view *v)
{
	struct players *s = v->state;
	struct coalition *c = store_coalition_get(ui->st, s->cid);
	char *t = xasprintf("%s › Spelers", c != NULL ? c->name : "?");

	coalition_free(c);
	return t;
}

/* Every table this screen may show, for the conventions test. */
static const struct ui_table players_tables[] = {
	{ players_actions, 0 },
	{ NULL, 0 }
};

const struct ui_screen ui_screen_players = {
	.name = "players",
	.help_intro = "De spelers van de coalitie als tabel. Rol: initiatiefnemer, drager, "
	    "schrager, afnemer, regisseur of buitenstaander. Macht en belang lopen van 0 tot 5 "
	    "en bepalen de plaats op de kaart; Kop = lid van de kopgroep. Alles wordt meteen "
	    "bewaard.",
	.enter = players_enter,
	.leave = players_leave,
	.draw = players_draw,
	.tables = players_tables,
	.key = players_key,
	.click = players_click,
	.list = players_list,
	.resume = players_resume,
	.title = players_title,
};
