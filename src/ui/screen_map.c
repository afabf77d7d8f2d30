/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * screen_map.c: the player maps, drawn to fill the window: macht × belang,
 * the rings (kern, schragers, afnemers, omgeving), standpunt × soort macht
 * and symmetrie × commitment. m switches (or 1–4); the arrows move the
 * selection to the nearest name in that direction; the letters shown in
 * the key bar change the selected player in place, and the map follows.
 * A stray letter must not change a player unseen: each change is said on
 * the message line, and ^Z takes the last one back.
 * Where each name goes is computed by the pure maplayout module; this file
 * only draws it.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vitaal/fieldrule.h"
#include "vitaal/maplayout.h"
#include "vitaal/player.h"
#include "vitaal/util.h"
#include "screens.h"
#include "ui_int.h"

enum { VIEW_GRID, VIEW_RING, VIEW_STANCE, VIEW_SYMMETRY, NVIEWS };

static const char *const view_names[NVIEWS] = {
	"Macht × belang", "Ringen", "Standpunt × soort macht", "Symmetrie × commitment",
};

struct map {
	int64_t			 cid;
	int			 view;
	struct player_list	*players;
	struct map_player	*mp;
	struct relation_list	*rels;
	struct map_layout	*layout;	/* of the last draw */
	int			 ax, ay;	/* where the layout's area starts on screen */
	size_t			 sel;		/* index into players */
	struct map_undo {			/* the player before the last change */
		int64_t		 id;		/* 0: nothing to take back */
		int		 power, interest, kopgroep, onvervangbaar;
		int		 same_mandate, can_commit;
		char		*role, *standpunt, *macht;
	}			 undo;
};

static void
undo_clear(struct map_undo *u)
{
	free(u->role);
	free(u->standpunt);
	free(u->macht);
	memset(u, 0, sizeof *u);
}

/* Keep what the map's letters may change of p, for ^Z. */
static void
undo_keep(struct map_undo *u, const struct player *p)
{
	undo_clear(u);
	u->id = p->id;
	u->power = p->power;
	u->interest = p->interest;
	u->kopgroep = p->kopgroep;
	u->onvervangbaar = p->onvervangbaar;
	u->same_mandate = p->same_mandate;
	u->can_commit = p->can_commit;
	u->role = p->role != NULL ? xstrdup(p->role) : NULL;
	u->standpunt = p->standpunt != NULL ? xstrdup(p->standpunt) : NULL;
	u->macht = p->macht != NULL ? xstrdup(p->macht) : NULL;
}

/* The players as the map layouts see them (allocated; borrows names). */
static struct map_player *
map_players(const struct player_list *pl)
{
	struct map_player *mp = xcalloc(pl->n + 1, sizeof *mp);
	size_t i;

	for (i = 0; i < pl->n; i++) {
		const struct player *p = &pl->v[i];
		struct map_player *m = &mp[i];
		int macht = str_index(player_machten, PLAYER_NMACHTEN, p->macht);

		m->name = p->name;
		m->power = p->power;
		m->interest = p->interest;
		m->ring = player_ring(p);
		m->standpunt = str_index(player_standpunten, PLAYER_NSTANDPUNTEN, p->standpunt);
		m->macht = macht < 0 ? 3 : macht;
		m->unique = p->onvervangbaar == 1;
		m->symmetrie = p->same_mandate;
		m->commitment = p->can_commit;
	}
	return mp;
}

static void
load(struct ui *ui, struct map *s)
{
	player_list_free(s->players);
	relation_list_free(s->rels);
	free(s->mp);
	s->mp = NULL;
	if ((s->players = store_player_list(ui->st, s->cid)) == NULL) {
		ui_message(ui, 1, "Spelers niet te lezen: %s", store_errmsg(ui->st));
		s->players = xcalloc(1, sizeof *s->players);
	}
	if ((s->rels = store_relation_list(ui->st, s->cid)) == NULL)
		s->rels = xcalloc(1, sizeof *s->rels);
	s->mp = map_players(s->players);
	if (s->sel >= s->players->n)
		s->sel = 0;
}

static void
map_enter(struct ui *ui, struct ui_view *v, void *arg)
{
	struct map *s = xcalloc(1, sizeof *s);

	s->cid = *(int64_t *)arg;
	v->state = s;
	load(ui, s);
}

static void
map_leave(struct ui *ui, struct ui_view *v)
{
	struct map *s = v->state;

	(void)ui;
	undo_clear(&s->undo);
	player_list_free(s->players);
	relation_list_free(s->rels);
	maplayout_free(s->layout);
	free(s->mp);
	free(s);
}

static void
map_resume(struct ui *ui, struct ui_view *v)
{
	load(ui, v->state);
}

static const char *
player_name_in(const struct player_list *pl, int64_t id)
{
	size_t i;

	for (i = 0; i < pl->n; i++)
		if (pl->v[i].id == id)
			return pl->v[i].name;
	return "?";
}

static const char *
player_name(const struct map *s, int64_t id)
{
	return player_name_in(s->players, id);
}

/* Every relation as a line "A → B (soort)", wrapped to w in rows from
 * (y, x); returns the rows used. */
static int
draw_relations(const struct player_list *pl, const struct relation_list *rl, int y, int x,
    int w, int rows)
{
	int used = 0;
	size_t i;

	attrset(ui_attr(ROLE_HEADING));
	ui_put_fit(y, x, w, rl->n > 0 ? "Relaties" : "Nog geen relaties");
	attrset(ui_attr(ROLE_NORMAL));
	used++;
	for (i = 0; i < rl->n && used < rows; i++) {
		const struct relation *r = &rl->v[i];
		char *line = xasprintf("%s → %s (%s)", player_name_in(pl, r->from_player),
		    player_name_in(pl, r->to_player), relation_kind_label(r->kind));

		used += ui_put_wrapped(y + used, x, w, rows - used, line);
		free(line);
	}
	return used;
}

/* One line about the selected player (and, on the ring map, its relations). */
static char *
info_line(const struct map *s)
{
	const struct player *p = &s->players->v[s->sel];
	struct strbuf b = { 0 };
	size_t i;

	strbuf_printf(&b, "▸ %s · %s · macht %d · belang %d · %s", p->name, p->role, p->power,
	    p->interest, p->standpunt);
	if (s->view == VIEW_STANCE)
		strbuf_printf(&b, " · %s%s", p->macht != NULL ? p->macht : "soort macht onbekend",
		    p->onvervangbaar == 1 ? " · ★ onvervangbaar" : "");
	if (s->view == VIEW_SYMMETRY) {
		const char *c = maplayout_consequence(p->same_mandate, p->can_commit);

		strbuf_printf(&b, " · %s", c != NULL ? c : "mandaat of commitment nog onbekend");
	}
	if (s->view == VIEW_RING) {
		int n = 0;

		/* On the ring map the relations get a line of their own. */
		strbuf_putc(&b, '\n');
		for (i = 0; i < s->rels->n; i++) {
			const struct relation *r = &s->rels->v[i];

			if (r->from_player != p->id && r->to_player != p->id)
				continue;
			strbuf_printf(&b, "%s%s %s (%s)", n++ == 0 ? "  relaties: " : ", ",
			    r->from_player == p->id ? "→" : "←",
			    player_name(s, r->from_player == p->id ? r->to_player : r->from_player),
			    relation_kind_label(r->kind));
		}
		if (n == 0)
			strbuf_puts(&b, "  geen relaties (d in de tabel, of Enter: speler, r: relatie)");
	}
	return strbuf_take(&b);
}

static void
draw_label(const struct map_player *mp, int view, int ay, int ax, const struct map_label *l,
    int selected)
{
	const char *name = mp[l->player].name;
	char *text = l->num > 0 ? xasprintf("%s%d", l->prefix, l->num) :
	    xasprintf("%s%s", l->prefix, name != NULL ? name : "");

	attrset(ui_attr(selected ? ROLE_SELECTED : mp[l->player].ring == 0 &&
	    view == VIEW_RING ? ROLE_HEADING : ROLE_NORMAL));
	ui_put(ay + l->y, ax + l->x, l->w, text);
	attrset(ui_attr(ROLE_NORMAL));
	free(text);
}

static struct map_layout *(*const layout_fn[NVIEWS])(const struct map_player *, size_t, int,
    int) = {
	maplayout_grid, maplayout_ring, maplayout_stance, maplayout_symmetry,
};

/* The frame of a layout at (ay, ax): regions, titles, axis captions. */
static void
draw_frame(const struct map_layout *ml, int ay, int ax, int w)
{
	size_t i;

	for (i = 0; i < ml->nregions; i++) {
		const struct map_region *r = &ml->regions[i];

		attrset(ui_attr(ROLE_DIM));
		ui_box(ay + r->y, ax + r->x, r->h, r->w, NULL);
		attrset(ui_attr(ROLE_HEADING));
		if (r->title != NULL)
			ui_put_fit(ay + r->y, ax + r->x + 2, r->w - 4, r->title);
		attrset(ui_attr(ROLE_DIM));
		if (r->subtitle != NULL)
			ui_put_fit(ay + r->y + r->h - 1, ax + r->x + 2, r->w - 4, r->subtitle);
		attrset(ui_attr(ROLE_NORMAL));
	}
	attrset(ui_attr(ROLE_DIM));
	if (ml->xlabel != NULL)
		ui_put(ay + ml->xlabel_y, ax + ml->xlabel_x, w, ml->xlabel);
	if (ml->ylabel != NULL)
		ui_put(ay + ml->ylabel_y, ax + ml->ylabel_x, w, ml->ylabel);
	attrset(ui_attr(ROLE_NORMAL));
}

/* The legend under a layout at (ay, ax): the numbered players' names,
 * whole. */
static void
draw_legend(const struct map_player *mp, const struct map_layout *ml, int ay, int ax,
    size_t sel)
{
	const struct map_legend_line *ln;
	const char *name;
	size_t i;
	char *text;

	for (i = 0; i < ml->nlegend; i++) {
		ln = &ml->legend[i];
		name = mp[ln->player].name != NULL ? mp[ln->player].name : "";
		if (ln->num > 0)
			text = xasprintf("%*d %.*s", ln->numw, ln->num, (int)ln->len, name + ln->off);
		else
			text = xasprintf("%*s %.*s", ln->numw, "", (int)ln->len, name + ln->off);
		attrset(ui_attr(ln->player == sel ? ROLE_SELECTED : ROLE_NORMAL));
		ui_put(ay + ln->y, ax + ln->x, ml->w - ln->x, text);
		attrset(ui_attr(ROLE_NORMAL));
		free(text);
	}
}

int
ui_map_views(void)
{
	return NVIEWS;
}

/* The wall: one of the four maps of coalition cid, filling the rectangle;
 * on the ring map the relations listed beside it (or under it). Nothing
 * selected, no keys. */
void
ui_draw_map_wall(struct ui *ui, int64_t cid, int view, int y, int x, int h, int w)
{
	struct player_list *pl = store_player_list(ui->st, cid);
	struct relation_list *rl = store_relation_list(ui->st, cid);
	struct map_player *mp;
	struct map_layout *ml;
	int mw = w, mh = h - 1, side = 0;
	size_t i;

	if (view < 0 || view >= NVIEWS)
		view = 0;
	attrset(A_BOLD | ui_attr(ROLE_HEADING));
	ui_put_fit(y, x, w, view_names[view]);
	attrset(ui_attr(ROLE_NORMAL));
	if (pl == NULL || rl == NULL) {
		ui_put_wrapped(y + 2, x, w, 2, "De spelers zijn niet te lezen.");
		goto out;
	}
	if (view == VIEW_RING && rl->n > 0) {
		if (w >= 110) {
			side = w / 3 < 50 ? w / 3 : 50;
			mw = w - side - 2;
		} else
			mh = h - 1 - (int)(rl->n < 6 ? rl->n + 1 : 7);
	}
	mp = map_players(pl);
	/* The stance map explains its star on the last row, under the map. */
	for (i = 0; view == VIEW_STANCE && i < pl->n; i++)
		if (mp[i].unique) {
			mh--;
			break;
		}
	if ((ml = layout_fn[view](mp, pl->n, mw, mh)) == NULL) {
		ui_put_wrapped(y + 2, x, w, 3, "Het beamerscherm is te klein om alle namen op deze "
		    "kaart leesbaar te tonen.");
		free(mp);
		goto out;
	}
	draw_frame(ml, y + 1, x, mw);
	for (i = 0; i < ml->nlabels; i++)
		draw_label(mp, view, y + 1, x, &ml->labels[i], 0);
	draw_legend(mp, ml, y + 1, x, (size_t)-1);
	if (view == VIEW_RING && rl->n > 0) {
		if (side > 0)
			draw_relations(pl, rl, y + 1, x + mw + 2, side, h - 1);
		else
			draw_relations(pl, rl, y + 1 + mh, x, w, h - 1 - mh);
	}
	if (view == VIEW_STANCE)
		for (i = 0; i < pl->n; i++)
			if (mp[i].unique) {
				attrset(ui_attr(ROLE_DIM));
				ui_put_fit(y + h - 1, x, w, "★ onvervangbaar");
				attrset(ui_attr(ROLE_NORMAL));
				break;
			}
	maplayout_free(ml);
	free(mp);
out:
	player_list_free(pl);
	relation_list_free(rl);
}

static void
map_draw(struct ui *ui, struct ui_view *v)
{
	struct map *s = v->state;
	int side = s->view == VIEW_RING && COLS >= 100 ? 32 : 0;
	int w = COLS - 2 - (side > 0 ? side + 1 : 0), h = LINES - (s->view == VIEW_RING &&
	    side == 0 ? 7 : 5);
	size_t i;

	s->ax = 1;
	s->ay = 2;
	attrset(ui_attr(ROLE_HEADING));
	{
		char *head = xasprintf("%d/4 %s", s->view + 1, view_names[s->view]);

		ui_put_fit(1, 2, COLS - 4, head);
		free(head);
	}
	attrset(ui_attr(ROLE_NORMAL));
	maplayout_free(s->layout);
	s->layout = layout_fn[s->view](s->mp, s->players->n, w, h);
	if (s->layout == NULL) {
		ui_put_wrapped(3, 2, COLS - 4, 3, "Het venster is te klein om alle namen op deze "
		    "kaart leesbaar te tonen: maak het groter.");
		return;
	}
	draw_frame(s->layout, s->ay, s->ax, w);
	for (i = 0; i < s->layout->nlabels; i++) {
		const struct map_label *l = &s->layout->labels[i];

		draw_label(s->mp, s->view, s->ay, s->ax, l, l->player == s->sel);
		if (l->player == s->sel)
			ui_selected(ui, s->ay + l->y, s->ax + l->x);
		ui_hit(ui, s->ay + l->y, s->ax + l->x, l->w, 1, (int)l->player);
	}
	draw_legend(s->mp, s->layout, s->ay, s->ax, s->sel);
	/* The ring map's relations: all of them beside the map when there is
	 * room; else the chosen player's, on two rows under it. */
	if (side > 0)
		draw_relations(s->players, s->rels, s->ay, COLS - side - 1, side, h);
	if (s->players->n == 0) {
		ui_put_wrapped(s->ay + 2, 4, COLS - 8, 2, "Nog geen spelers: voeg ze toe in de "
		    "tabel (Esc, dan Spelers).");
		return;
	}
	{
		char *info = info_line(s), *nl = strchr(info, '\n');

		if (nl != NULL) {
			*nl = '\0';
			if (side == 0)
				ui_put_wrapped(LINES - 4, 1, COLS - 2, 2, nl + 1);
		}
		ui_put_fit(nl != NULL && side == 0 ? LINES - 5 : LINES - 3, 1, COLS - 2, info);
		free(info);
	}
}

/* F9: this map of this coalition on the wall. */
static int
map_project(struct ui *ui, struct ui_view *v, struct projection *p)
{
	struct map *s = v->state;

	(void)ui;
	p->kind = PROJECT_MAP;
	p->coalition_id = s->cid;
	p->map_view = s->view;
	return 1;
}

/* Move the selection to the nearest label in direction (dx, dy). */
static int
move_sel(struct map *s, int dx, int dy)
{
	const struct map_label *cur, *l;
	long best = -1, d;
	size_t i, found = s->sel;

	if (s->layout == NULL || s->layout->nlabels == 0)
		return 0;
	cur = &s->layout->labels[s->sel];
	for (i = 0; i < s->layout->nlabels; i++) {
		int ddx, ddy;

		l = &s->layout->labels[i];
		ddx = (l->x + l->w / 2) - (cur->x + cur->w / 2);
		ddy = l->y - cur->y;
		if (i == s->sel || (dx != 0 && ddx * dx <= 0) || (dy != 0 && ddy * dy <= 0))
			continue;
		/* Distance along the direction counts once, sideways three times. */
		d = dx != 0 ? labs((long)ddx) + 3L * labs((long)ddy) * 2 :
		    labs((long)ddy) * 2 + 3L * labs((long)ddx);
		if (best < 0 || d < best) {
			best = d;
			found = i;
		}
	}
	s->sel = found;
	return UI_REDRAW;
}

static int act_left(struct ui *ui, struct ui_view *v) { (void)ui; return move_sel(v->state, -1, 0); }
static int act_right(struct ui *ui, struct ui_view *v) { (void)ui; return move_sel(v->state, 1, 0); }
static int act_up(struct ui *ui, struct ui_view *v) { (void)ui; return move_sel(v->state, 0, -1); }
static int act_down(struct ui *ui, struct ui_view *v) { (void)ui; return move_sel(v->state, 0, 1); }

static int
act_tab(struct ui *ui, struct ui_view *v)
{
	struct map *s = v->state;

	(void)ui;
	if (s->sel + 1 < s->players->n)	/* the last stays chosen: no wrap-around */
		s->sel++;
	return UI_REDRAW;
}

static int
act_view(struct ui *ui, struct ui_view *v)
{
	struct map *s = v->state;

	(void)ui;
	s->view = (s->view + 1) % NVIEWS;
	return UI_REDRAW;
}

static int
act_open(struct ui *ui, struct ui_view *v)
{
	struct map *s = v->state;
	struct player_arg arg;

	if (s->players->n == 0)
		return 0;
	arg.coalition_id = s->cid;
	arg.player_id = s->players->v[s->sel].id;
	ui_push(ui, &ui_screen_player, &arg);
	return UI_REDRAW;
}

/* Cycle a yes/no/unknown value: onbekend → ja → nee → onbekend. */
static int
cycle3(int value)
{
	return value < 0 ? 1 : value == 1 ? 0 : -1;
}

/* Edit the selected player in place with one key; 0 if the key is not an
 * edit on this map. */
static int
edit_in_place(struct ui *ui, struct map *s, int key)
{
	struct field_report rep;
	struct player p;
	char *cause = NULL;

	if (s->players->n == 0)
		return 0;
	p = s->players->v[s->sel];
	switch (s->view) {
	case VIEW_GRID:
		if (key == 'K' || key == UI_FKEY(KEY_SR))
			p.power = p.power < 5 ? p.power + 1 : 5;
		else if (key == 'J' || key == UI_FKEY(KEY_SF))
			p.power = p.power > 0 ? p.power - 1 : 0;
		else if (key == 'L' || key == UI_FKEY(KEY_SRIGHT))
			p.interest = p.interest < 5 ? p.interest + 1 : 5;
		else if (key == 'H' || key == UI_FKEY(KEY_SLEFT))
			p.interest = p.interest > 0 ? p.interest - 1 : 0;
		else
			return 0;
		break;
	case VIEW_RING:
		if (key == 'r')
			p.role = (char *)(uintptr_t)str_cycle(player_roles, PLAYER_NROLES, p.role, 1);
		else if (key == 'k')
			p.kopgroep = !p.kopgroep;
		else
			return 0;
		break;
	case VIEW_STANCE:
		if (key == 's')
			p.standpunt = (char *)(uintptr_t)str_cycle(player_standpunten,
			    PLAYER_NSTANDPUNTEN, p.standpunt, 1);
		else if (key == 'p') {
			int i = str_index(player_machten, PLAYER_NMACHTEN, p.macht);

			p.macht = i + 1 < PLAYER_NMACHTEN ? (char *)(uintptr_t)player_machten[i + 1] :
			    NULL;
		} else if (key == 'u')
			p.onvervangbaar = p.onvervangbaar == 1 ? 0 : 1;
		else
			return 0;
		break;
	default:
		if (key == 'y')
			p.same_mandate = cycle3(p.same_mandate);
		else if (key == 'c')
			p.can_commit = cycle3(p.can_commit);
		else
			return 0;
		break;
	}
	undo_keep(&s->undo, &s->players->v[s->sel]);
	if (player_save_over(ui->st, &s->players->v[s->sel], &p, ui_me(ui), &rep, &cause) != 0) {
		ui_message(ui, 1, "Niet bewaard: %s", cause);
		free(cause);
		undo_clear(&s->undo);
	} else {
		ui_message(ui, 0, "%s gewijzigd (^Z maakt ongedaan).", p.name);
		ui_field_report(ui, &rep, FIELD_PLAYER);
	}
	load(ui, s);
	return UI_REDRAW;
}

/* ^Z: the player as before the last change made here. */
static int
act_undo(struct ui *ui, struct ui_view *v)
{
	struct map *s = v->state;
	struct map_undo *u = &s->undo;
	struct field_report rep;
	struct player p;
	char *cause = NULL;
	size_t i;

	for (i = 0; u->id != 0 && i < s->players->n; i++)
		if (s->players->v[i].id == u->id)
			break;
	if (u->id == 0 || i == s->players->n) {
		ui_message(ui, 0, "Er is op de kaart niets ongedaan te maken.");
		return UI_REDRAW;
	}
	p = s->players->v[i];
	p.power = u->power;
	p.interest = u->interest;
	p.kopgroep = u->kopgroep;
	p.onvervangbaar = u->onvervangbaar;
	p.same_mandate = u->same_mandate;
	p.can_commit = u->can_commit;
	p.role = u->role;
	p.standpunt = u->standpunt;
	p.macht = u->macht;
	if (player_save_over(ui->st, &s->players->v[i], &p, ui_me(ui), &rep, &cause) != 0) {
		ui_message(ui, 1, "Niet ongedaan gemaakt: %s", cause);
		free(cause);
	} else {
		ui_message(ui, 0, "Ongedaan gemaakt: %s staat weer zoals het was.", p.name);
		ui_field_report(ui, &rep, FIELD_PLAYER);
		s->sel = i;
	}
	undo_clear(u);
	load(ui, s);
	return UI_REDRAW;
}

static int
map_key(struct ui *ui, struct ui_view *v, int key)
{
	struct map *s = v->state;

	if (key >= '1' && key <= '4') {
		s->view = key - '1';
		return UI_REDRAW;
	}
	return edit_in_place(ui, s, key);
}

static int
map_click(struct ui *ui, struct ui_view *v, int id, int dbl)
{
	struct map *s = v->state;

	if (id < 0 || (size_t)id >= s->players->n)
		return 0;
	s->sel = (size_t)id;
	return dbl ? act_open(ui, v) : UI_REDRAW;
}

#define COMMON_ACTIONS \
	{ { 'm' }, "m", "Kaart", "Volgende kaart (ook 1–4)", act_view, 0 }, \
	{ { '\r', '\n', UI_FKEY(KEY_ENTER) }, "Enter", "Speler", \
	    "Alle gegevens en relaties van de gekozen speler", act_open, 0 }, \
	{ { UI_FKEY(KEY_LEFT) }, "←→↑↓", NULL, "Naar de dichtstbijzijnde naam in die richting", \
	    act_left, 0 }, \
	{ { UI_FKEY(KEY_RIGHT) }, "→", NULL, "Naar rechts", act_right, 0 }, \
	{ { UI_FKEY(KEY_UP) }, "↑", NULL, "Omhoog", act_up, UI_ACT(ACT_UP) }, \
	{ { UI_FKEY(KEY_DOWN) }, "↓", NULL, "Omlaag", act_down, UI_ACT(ACT_DOWN) }, \
	{ { '\t' }, "Tab", NULL, "Volgende speler", act_tab, 0 }, \
	{ { UI_CTRL('z') }, "^Z", NULL, "De laatste wijziging op de kaart ongedaan maken", \
	    act_undo, UI_ACT(ACT_UNDO) }

#define END_ACTIONS \
	{ { '?', UI_FKEY(KEY_F(1)) }, "?", "Hulp", "Deze hulp tonen", ui_action_help, \
	    UI_ACT(ACT_HELP) }, \
	{ { UI_ESC, 'q' }, "Esc", "Terug", "Terug", ui_action_back, UI_ACT(ACT_BACK) }, \
	{ { 0 }, NULL, NULL, NULL, NULL, 0 }

static const struct ui_action grid_actions[] = {
	COMMON_ACTIONS,
	{ { 0 }, "HJKL", "Verplaats", "Belang min/plus (H/L), macht min/plus (J/K); ook "
	    "Shift+pijlen", NULL, 0 },
	END_ACTIONS
};
static const struct ui_action ring_actions[] = {
	COMMON_ACTIONS,
	{ { 0 }, "r", "Rol", "Volgende rol: initiatiefnemer, drager, schrager, afnemer, …", NULL,
	    0 },
	{ { 0 }, "k", "Kopgroep", "In of uit de kopgroep (de kern)", NULL, 0 },
	END_ACTIONS
};
static const struct ui_action stance_actions[] = {
	COMMON_ACTIONS,
	{ { 0 }, "s", "Standpunt", "Voorstander, afwachtend of tegenstander", NULL, 0 },
	{ { 0 }, "p", "Macht", "Productie-, blokkeer-, diffuse macht of onbekend", NULL, 0 },
	{ { 0 }, "u", "Uniek", "Onvervangbaar (★) aan of uit", NULL, 0 },
	END_ACTIONS
};
static const struct ui_action symmetry_actions[] = {
	COMMON_ACTIONS,
	{ { 0 }, "y", "Symmetrie", "Zelfde mandaat als de anderen: ja, nee, onbekend", NULL, 0 },
	{ { 0 }, "c", "Commitment", "Kan de organisatie binden: ja, nee, onbekend", NULL, 0 },
	END_ACTIONS
};

static const struct ui_action *
map_actions(struct ui *ui, struct ui_view *v)
{
	static const struct ui_action *const tables[NVIEWS] = {
		grid_actions, ring_actions, stance_actions, symmetry_actions,
	};
	struct map *s = v->state;

	(void)ui;
	return tables[s->view];
}

static char *
map_title(struct ui *ui, struct ui_view *v)
{
	struct map *s = v->state;
	struct coalition *c = store_coalition_get(ui->st, s->cid);
	char *t = xasprintf("%s › Spelerskaart", c != NULL ? c->name : "?");

	coalition_free(c);
	return t;
}

static char *
map_help(struct ui *ui, struct ui_view *v)
{
	struct map *s = v->state;
	static const char *const explain[NVIEWS] = {
		"Macht (omhoog) tegen belang (naar rechts): wie moet u nauw betrekken, wie tevreden "
		"houden, wie informeren en wie in de gaten houden.",
		"De kern (kopgroep, dragers, initiatiefnemer, regisseur) in het midden, daaromheen "
		"de schragers, de afnemers en de omgeving. De onderste regel noemt de relaties van "
		"de gekozen speler.",
		"Standpunt tegen soort macht: wie kan blokkeren, wie kan iets maken, en wie wacht "
		"nog af. ★ markeert spelers die onvervangbaar zijn.",
		"Hebben de vertegenwoordigers hetzelfde mandaat (symmetrie) en kunnen zij hun "
		"organisatie binden (commitment)? Elk kwadrant zegt wat dat voor het proces betekent.",
	};

	(void)ui;
	return xasprintf("%s\n\nBron: De Bruijn & Groenleer (TU Delft), Regie via proces: analyse "
	    "van de spelers; Konijn & van Spijker (2008), dragers, schragers en afnemers.",
	    explain[s->view]);
}

/* Every table this screen may show, for the conventions test. */
static const struct ui_table map_tables[] = {
	{ grid_actions, 0 },
	{ ring_actions, 0 },
	{ stance_actions, 0 },
	{ symmetry_actions, 0 },
	{ NULL, 0 }
};

const struct ui_screen ui_screen_map = {
	.name = "map",
	.help_intro = "",
	.enter = map_enter,
	.leave = map_leave,
	.draw = map_draw,
	.actions = map_actions,
	.tables = map_tables,
	.key = map_key,
	.click = map_click,
	.resume = map_resume,
	.title = map_title,
	.help_text = map_help,
	.project = map_project,
};
