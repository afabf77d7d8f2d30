/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * screen_player.c: all of one player: the core fields of the table, what
 * the player contributes, and the detail fields of the regie analysis
 * (soort macht, onvervangbaar, formal relation to the regiegemeente, the
 * representative's mandate and commitment, who wants to direct and who
 * grants us the regie), then the player's relations with the others.
 * Space cycles a choice, Enter edits a text, r adds a relation, g shows
 * the selected field's earlier values. A save changes only what was
 * changed here: a field another terminal changed meanwhile keeps their
 * value, and when both changed it this one wins and theirs goes into the
 * history, which the message line says (fieldrule.h).
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vitaal/fieldrule.h"
#include "vitaal/player.h"
#include "vitaal/util.h"
#include "screens.h"
#include "ui_int.h"

enum field {
	F_NAME, F_ORG, F_KIND, F_LEVEL, F_ROLE, F_POWER, F_INTEREST, F_STANDPUNT, F_KOP,
	F_BELANG, F_GELD, F_MENSEN, F_KUNDE, F_BEVOEGDHEID, F_NETWERK, F_JOINED, F_LEFT,
	F_NOTES, F_MACHT, F_UNIEK, F_FORMAL, F_REPR, F_MANDAAT, F_COMMIT, F_WILREGIE,
	F_GUNT, NFIELDS
};

static const char *const labels[NFIELDS] = {
	"Naam", "Organisatie", "Soort", "Niveau", "Rol in de coalitie", "Macht (0–5)",
	"Belang (0–5)", "Standpunt", "In de kopgroep", "Eigen belang", "Bijdrage: geld",
	"Bijdrage: mensen", "Bijdrage: kunde", "Bijdrage: bevoegdheid", "Bijdrage: netwerk",
	"Erbij sinds fase", "Vertrokken in fase", "Notities", "Soort macht", "Onvervangbaar",
	"Formele relatie met de regiegemeente", "Vertegenwoordiger aan tafel",
	"Zelfde mandaat als de anderen", "Kan de organisatie binden", "Wil zelf ook regisseren",
	"Gunt ons de regie",
};

/* The fields as the werkboek's history names them, in the order above. */
static const char *const field_names[NFIELDS] = {
	"name", "organisation", "kind", "level", "role", "power", "interest", "standpunt",
	"kopgroep", "eigen_belang", "bijdrage.geld", "bijdrage.mensen", "bijdrage.kunde",
	"bijdrage.bevoegdheid", "bijdrage.netwerk", "phase_joined", "phase_left", "notes",
	"macht", "onvervangbaar", "formal_relation", "representative", "same_mandate",
	"can_commit", "wants_regie", "grants_regie",
};

struct pdetail {
	int64_t			 pid;
	int64_t			 cid;
	struct player_list	*players;	/* all of the coalition, for relation names */
	struct player		*p;		/* into players */
	struct relation_list	*rels;		/* this player's relations */
	size_t			 sel;		/* field index, then NFIELDS + relation */
	size_t			 top;
	/* While a text is typed on the prompt: the players as they were when
	 * it opened, the base of its save (the screen reloads meanwhile). */
	struct player_list	*edit_base;
};

static void
load(struct ui *ui, struct pdetail *s)
{
	struct relation_list *all;
	size_t i;

	player_list_free(s->players);
	relation_list_free(s->rels);
	s->p = NULL;
	s->rels = xcalloc(1, sizeof *s->rels);
	if ((s->players = store_player_list(ui->st, s->cid)) == NULL) {
		s->players = xcalloc(1, sizeof *s->players);
		ui_message(ui, 1, "Spelers niet te lezen: %s", store_errmsg(ui->st));
	}
	for (i = 0; i < s->players->n; i++)
		if (s->players->v[i].id == s->pid)
			s->p = &s->players->v[i];
	if ((all = store_relation_list(ui->st, s->cid)) == NULL)
		return;
	/* Keep the relations this player is part of, moving them out of all. */
	for (i = 0; i < all->n; i++) {
		struct relation *r = &all->v[i];

		if (r->from_player != s->pid && r->to_player != s->pid)
			continue;
		s->rels->v = xreallocarray(s->rels->v, s->rels->n + 1, sizeof *s->rels->v);
		s->rels->v[s->rels->n++] = *r;
		r->kind = r->note = NULL;
	}
	relation_list_free(all);
	if (s->sel > NFIELDS + s->rels->n)	/* the heading row sits at NFIELDS */
		s->sel = NFIELDS + s->rels->n;
}

static void
pdetail_enter(struct ui *ui, struct ui_view *v, void *arg)
{
	struct pdetail *s = xcalloc(1, sizeof *s);
	const struct player_arg *a = arg;

	s->pid = a->player_id;
	s->cid = a->coalition_id;
	v->state = s;
	load(ui, s);
}

static void
pdetail_leave(struct ui *ui, struct ui_view *v)
{
	struct pdetail *s = v->state;

	(void)ui;
	player_list_free(s->players);
	player_list_free(s->edit_base);
	relation_list_free(s->rels);
	free(s);
}

static const char *
yes_no(int v)
{
	return v < 0 ? "onbekend" : v ? "ja" : "nee";
}

static const char *
phase_text(int v, char *buf, size_t n)
{
	if (v < 0)
		return "—";
	if (v == 0)
		return "initiatief";
	snprintf(buf, n, "fase %d", v);
	return buf;
}

/* The value of field f as shown. */
static const char *
field_text(const struct player *p, int f, char *buf, size_t n)
{
	switch (f) {
	case F_NAME:		return p->name;
	case F_ORG:		return p->organisation;
	case F_KIND:		return p->kind;
	case F_LEVEL:		return p->level;
	case F_ROLE:		return p->role;
	case F_POWER:		snprintf(buf, n, "%d", p->power); return buf;
	case F_INTEREST:	snprintf(buf, n, "%d", p->interest); return buf;
	case F_STANDPUNT:	return p->standpunt;
	case F_KOP:		return p->kopgroep ? "ja" : "nee";
	case F_BELANG:		return p->eigen_belang;
	case F_GELD: case F_MENSEN: case F_KUNDE: case F_BEVOEGDHEID: case F_NETWERK:
		return player_bijdrage_has(p->bijdrage, player_bijdragen[f - F_GELD]) ? "ja" : "nee";
	case F_JOINED:		return phase_text(p->phase_joined, buf, n);
	case F_LEFT:		return phase_text(p->phase_left, buf, n);
	case F_NOTES:		return p->notes;
	case F_MACHT:		return p->macht != NULL ? p->macht : "onbekend";
	case F_UNIEK:		return yes_no(p->onvervangbaar);
	case F_FORMAL:		return p->formal_relation != NULL ? p->formal_relation : "onbekend";
	case F_REPR:		return p->representative;
	case F_MANDAAT:		return yes_no(p->same_mandate);
	case F_COMMIT:		return yes_no(p->can_commit);
	case F_WILREGIE:	return yes_no(p->wants_regie);
	default:		return yes_no(p->grants_regie);
	}
}

static int
is_text_field(int f)
{
	return f == F_NAME || f == F_ORG || f == F_BELANG || f == F_NOTES || f == F_REPR;
}

static const char *
player_name(const struct pdetail *s, int64_t id)
{
	size_t i;

	for (i = 0; i < s->players->n; i++)
		if (s->players->v[i].id == id)
			return s->players->v[i].name;
	return "?";
}

static void
pdetail_draw(struct ui *ui, struct ui_view *v)
{
	struct pdetail *s = v->state;
	size_t total = NFIELDS + s->rels->n + 1, i, rows = (size_t)(LINES - 5);
	int y, lw = 38;
	char buf[64];

	if (s->p == NULL) {
		ui_put(2, 2, COLS - 4, "Deze speler bestaat niet meer.");
		return;
	}
	if (s->sel < s->top)
		s->top = s->sel;
	if (s->sel >= s->top + rows)
		s->top = s->sel - rows + 1;
	for (i = s->top, y = 2; i < total && y < 2 + (int)rows; i++, y++) {
		int sel = i == s->sel;

		attrset(ui_attr(sel ? ROLE_SELECTED : ROLE_NORMAL));
		if (sel) {
			mvhline(y, 0, ' ', COLS);
			ui_mark_selected(ui, y, 0);
		}
		if (i < NFIELDS) {
			attrset(ui_attr(sel ? ROLE_SELECTED : i >= F_MACHT ? ROLE_DIM : ROLE_NORMAL));
			ui_put_fit(y, 2, lw - 2, labels[i]);
			attrset(ui_attr(sel ? ROLE_SELECTED : ROLE_NORMAL));
			ui_put_fit(y, lw + 1, COLS - lw - 3, field_text(s->p, (int)i, buf, sizeof buf));
		} else if (i == NFIELDS) {
			attrset(ui_attr(ROLE_HEADING));
			ui_put_fit(y, 2, COLS - 4, s->rels->n == 0 ?
			    "Relaties: nog geen (r voegt er een toe)" : "Relaties (r voegt er een toe)");
		} else {
			const struct relation *r = &s->rels->v[i - NFIELDS - 1];
			int out = r->from_player == s->pid;
			char *line = xasprintf("%s %s · %s · sterkte %d%s%s", out ? "→" : "←",
			    player_name(s, out ? r->to_player : r->from_player),
			    relation_kind_label(r->kind), r->strength, r->note[0] != '\0' ? " · " : "",
			    r->note);

			ui_put_fit(y, 4, COLS - 6, line);
			free(line);
		}
		ui_hit(ui, y, 0, COLS, 1, (int)i);
		attrset(ui_attr(ROLE_NORMAL));
	}
}

/* The relation selected, or NULL when the selection is on a field. */
static struct relation *
cur_relation(struct pdetail *s)
{
	if (s->sel <= NFIELDS || s->sel - NFIELDS - 1 >= s->rels->n)
		return NULL;
	return &s->rels->v[s->sel - NFIELDS - 1];
}

/* Save mine over base, the player as this screen had it. */
static void
save_player(struct ui *ui, struct pdetail *s, const struct player *base,
    const struct player *mine)
{
	struct field_report rep;
	char *cause = NULL;

	if (player_save_over(ui->st, base, mine, ui_me(ui), &rep, &cause) != 0) {
		ui_message(ui, 1, "Niet bewaard: %s", cause);
		free(cause);
	} else {
		s->pid = rep.id;	/* a new id when it was deleted elsewhere */
		ui_field_report(ui, &rep, FIELD_PLAYER);
	}
	load(ui, s);
}

/* Cycle a yes/no/unknown value. */
static int
cycle3(int v, int dir)
{
	static const int order[3] = { -1, 1, 0 };
	int i;

	for (i = 0; i < 3 && order[i] != v; i++)
		;
	return order[((i < 3 ? i : 0) + (dir < 0 ? 2 : 1)) % 3];
}

/* A choice list with "onbekend" (NULL) as its first value. */
static const char *
cycle_opt(const char *const *values, size_t n, const char *cur, int dir)
{
	int i = str_index(values, n, cur);

	if (cur == NULL)
		return dir > 0 ? values[0] : values[n - 1];
	if ((dir > 0 && i == (int)n - 1) || (dir < 0 && i == 0))
		return NULL;
	return str_cycle(values, n, cur, dir);
}

static int
change_field(struct ui *ui, struct pdetail *s, int dir)
{
	struct player p;
	struct relation *r = cur_relation(s);
	char *bij = NULL, *cause = NULL;
	int f = (int)s->sel;

	if (r != NULL) {
		struct relation copy = *r;

		copy.kind = (char *)(uintptr_t)str_cycle(relation_kinds, RELATION_NKINDS, r->kind, dir);
		if (relation_save(ui->st, &copy, &cause) != 0) {
			ui_message(ui, 1, "Niet bewaard: %s", cause);
			free(cause);
		}
		load(ui, s);
		return UI_REDRAW;
	}
	if (s->p == NULL || f >= NFIELDS || is_text_field(f))
		return 0;
	p = *s->p;
	switch (f) {
	case F_KIND:
		p.kind = (char *)(uintptr_t)str_cycle(player_kinds, PLAYER_NKINDS, p.kind, dir);
		break;
	case F_LEVEL:
		p.level = (char *)(uintptr_t)str_cycle(player_levels, PLAYER_NLEVELS, p.level, dir);
		break;
	case F_ROLE:
		p.role = (char *)(uintptr_t)str_cycle(player_roles, PLAYER_NROLES, p.role, dir);
		break;
	case F_STANDPUNT:
		p.standpunt = (char *)(uintptr_t)str_cycle(player_standpunten, PLAYER_NSTANDPUNTEN,
		    p.standpunt, dir);
		break;
	case F_POWER:
		p.power = (p.power + dir + 6) % 6;
		break;
	case F_INTEREST:
		p.interest = (p.interest + dir + 6) % 6;
		break;
	case F_KOP:
		p.kopgroep = !p.kopgroep;
		break;
	case F_JOINED:
		p.phase_joined = p.phase_joined + dir > 4 ? -1 : p.phase_joined + dir < -1 ? 4 :
		    p.phase_joined + dir;
		break;
	case F_LEFT:
		p.phase_left = p.phase_left + dir > 4 ? -1 : p.phase_left + dir < -1 ? 4 :
		    p.phase_left + dir;
		break;
	case F_MACHT:
		p.macht = (char *)(uintptr_t)cycle_opt(player_machten, PLAYER_NMACHTEN, p.macht, dir);
		break;
	case F_FORMAL:
		p.formal_relation = (char *)(uintptr_t)cycle_opt(player_formal_relations,
		    PLAYER_NFORMAL, p.formal_relation, dir);
		break;
	case F_UNIEK:		p.onvervangbaar = cycle3(p.onvervangbaar, dir); break;
	case F_MANDAAT:		p.same_mandate = cycle3(p.same_mandate, dir); break;
	case F_COMMIT:		p.can_commit = cycle3(p.can_commit, dir); break;
	case F_WILREGIE:	p.wants_regie = cycle3(p.wants_regie, dir); break;
	case F_GUNT:		p.grants_regie = cycle3(p.grants_regie, dir); break;
	default:
		bij = player_bijdrage_toggle(p.bijdrage, player_bijdragen[f - F_GELD]);
		p.bijdrage = bij;
		break;
	}
	save_player(ui, s, s->p, &p);
	free(bij);
	return UI_REDRAW;
}

static void
text_done(struct ui *ui, struct ui_view *v, const char *text)
{
	struct pdetail *s = v->state;
	struct player_list *l = s->edit_base;
	struct player *base = NULL, p;
	size_t i;

	s->edit_base = NULL;
	for (i = 0; l != NULL && i < l->n; i++)
		if (l->v[i].id == s->pid)
			base = &l->v[i];
	if (text == NULL || base == NULL) {
		player_list_free(l);
		return;
	}
	p = *base;
	switch (s->sel) {
	case F_NAME:	p.name = (char *)(uintptr_t)text; break;
	case F_ORG:	p.organisation = (char *)(uintptr_t)text; break;
	case F_BELANG:	p.eigen_belang = (char *)(uintptr_t)text; break;
	case F_NOTES:	p.notes = (char *)(uintptr_t)text; break;
	default:	p.representative = (char *)(uintptr_t)text; break;
	}
	save_player(ui, s, base, &p);
	player_list_free(l);
}

static int
act_edit(struct ui *ui, struct ui_view *v)
{
	struct pdetail *s = v->state;
	char buf[8];

	if (s->p != NULL && s->sel < NFIELDS && is_text_field((int)s->sel)) {
		char *title = xasprintf("%s:", labels[s->sel]);

		player_list_free(s->edit_base);
		if ((s->edit_base = store_player_list(ui->st, s->cid)) == NULL) {
			ui_message(ui, 1, "Speler niet te lezen: %s", store_errmsg(ui->st));
			free(title);
			return UI_REDRAW;
		}
		ui_prompt(ui, v, title, field_text(s->p, (int)s->sel, buf, sizeof buf), text_done,
		    NULL);
		free(title);
		return UI_REDRAW;
	}
	return change_field(ui, s, 1);
}

static int act_next(struct ui *ui, struct ui_view *v) { return change_field(ui, v->state, 1); }
static int act_prev(struct ui *ui, struct ui_view *v) { return change_field(ui, v->state, -1); }

static void
relation_to(struct ui *ui, struct ui_view *v, const char *name)
{
	struct pdetail *s = v->state;
	const struct player *other = NULL;
	char *cause = NULL;
	size_t i;

	if (name == NULL || str_is_blank(name))
		return;
	/* The first player whose name contains what was typed. */
	for (i = 0; i < s->players->n && other == NULL; i++)
		if (s->players->v[i].id != s->pid && str_contains_ci(s->players->v[i].name, name))
			other = &s->players->v[i];
	if (other == NULL) {
		ui_message(ui, 1, "Geen andere speler met '%s' in de naam.", name);
		return;
	}
	if (relation_add(ui->st, s->cid, s->pid, other->id, "samenwerking", 3, &cause) < 0) {
		ui_message(ui, 1, "Niet toegevoegd: %s", cause);
		free(cause);
		return;
	}
	load(ui, s);
	s->sel = NFIELDS + s->rels->n;
	ui_message(ui, 0, "Relatie toegevoegd: Spatie kiest de soort, 1–5 de sterkte.");
}

static int
act_relation(struct ui *ui, struct ui_view *v)
{
	ui_prompt(ui, v, "Relatie met (naam):", "", relation_to, NULL);
	return UI_REDRAW;
}

static void
relation_delete(struct ui *ui, struct ui_view *v, const char *text)
{
	struct pdetail *s = v->state;
	struct relation *r = cur_relation(s);
	char *cause = NULL;

	if (text == NULL || (text[0] != 'j' && text[0] != 'J') || r == NULL)
		return;
	if (relation_remove(ui->st, r->id, &cause) != 0) {
		ui_message(ui, 1, "Niet verwijderd: %s", cause);
		free(cause);
	}
	load(ui, s);
}

static int
act_delete(struct ui *ui, struct ui_view *v)
{
	if (cur_relation(v->state) == NULL) {
		ui_message(ui, 0, "Kies een relatie om te verwijderen; spelers verwijdert u in de "
		    "tabel.");
		return UI_REDRAW;
	}
	ui_confirm(ui, v, "Deze relatie verwijderen?", relation_delete);
	return UI_REDRAW;
}

static int
pdetail_key(struct ui *ui, struct ui_view *v, int key)
{
	struct pdetail *s = v->state;
	struct relation *r = cur_relation(s);
	char *cause = NULL;

	if (key >= '0' && key <= '5' && s->p != NULL &&
	    (s->sel == F_POWER || s->sel == F_INTEREST)) {
		struct player p = *s->p;

		if (s->sel == F_POWER)
			p.power = key - '0';
		else
			p.interest = key - '0';
		save_player(ui, s, s->p, &p);
		return UI_REDRAW;
	}
	if (key >= '1' && key <= '5' && r != NULL) {
		struct relation copy = *r;

		copy.strength = key - '0';
		if (relation_save(ui->st, &copy, &cause) != 0) {
			ui_message(ui, 1, "Niet bewaard: %s", cause);
			free(cause);
		}
		load(ui, s);
		return UI_REDRAW;
	}
	return 0;
}

/* g: the earlier values of the selected field, with who and when. */
static int
act_history(struct ui *ui, struct ui_view *v)
{
	struct pdetail *s = v->state;
	const struct relation *r = cur_relation(s);
	char *prompt;

	if (s->p != NULL && r != NULL) {
		/* a relation's note: the one field of it the merge keeps */
		prompt = xasprintf("Relatie %s → %s · notitie", player_name(s, r->from_player),
		    player_name(s, r->to_player));
		ui_field_history(ui, s->cid, prompt, FIELD_RELATION, r->id, "note");
	} else if (s->p != NULL && s->sel < NFIELDS) {
		prompt = xasprintf("%s · %s", s->p->name, labels[s->sel]);
		ui_field_history(ui, s->cid, prompt, FIELD_PLAYER, s->pid, field_names[s->sel]);
	} else {
		ui_message(ui, 0, "Kies een veld of een relatie om de geschiedenis te zien.");
		return UI_REDRAW;
	}
	free(prompt);
	return UI_REDRAW;
}

static int
act_up(struct ui *ui, struct ui_view *v)
{
	struct pdetail *s = v->state;

	(void)ui;
	ui_sel_move(&s->sel, NFIELDS + s->rels->n + 1, -1);
	return UI_REDRAW;
}

static int
act_down(struct ui *ui, struct ui_view *v)
{
	struct pdetail *s = v->state;

	(void)ui;
	ui_sel_move(&s->sel, NFIELDS + s->rels->n + 1, 1);
	return UI_REDRAW;
}

static int
pdetail_click(struct ui *ui, struct ui_view *v, int id, int dbl)
{
	struct pdetail *s = v->state;

	s->sel = (size_t)id;
	return dbl ? act_edit(ui, v) : UI_REDRAW;
}

static const struct ui_action pdetail_actions[] = {
	{ { '\r', '\n', UI_FKEY(KEY_ENTER) }, "Enter", "Bewerk",
	    "Tekst typen, of de volgende waarde kiezen", act_edit, 0 },
	{ { ' ', '+', UI_FKEY(KEY_RIGHT) }, "Spatie", "Wissel", "Volgende waarde", act_next, 0 },
	{ { '-', UI_FKEY(KEY_LEFT) }, "-", NULL, "Vorige waarde", act_prev, 0 },
	{ { 'r' }, "r", "Relatie", "Een relatie met een andere speler toevoegen", act_relation,
	    0 },
	{ { 'x', UI_FKEY(KEY_DC) }, "x", NULL, "De gekozen relatie verwijderen", act_delete, 0 },
	{ { 'g', UI_FKEY(KEY_F(2)) }, "g", "Geschiedenis",
	    "Eerdere waarden van dit veld of van de notitie bij de gekozen relatie zien, met "
	    "wie en wanneer, en terugzetten", act_history, UI_ACT(ACT_HISTORY) },
	{ { 0 }, "0-5", NULL, "Macht of belang direct instellen; 1–5: sterkte van een relatie",
	    NULL, 0 },
	{ { UI_FKEY(KEY_UP), 'k' }, "↑", NULL, "Vorig veld", act_up, UI_ACT(ACT_UP) },
	{ { UI_FKEY(KEY_DOWN), 'j', '\t' }, "↓", NULL, "Volgend veld", act_down,
	    UI_ACT(ACT_DOWN) },
	{ { '?', UI_FKEY(KEY_F(1)) }, "?", "Hulp", "Deze hulp tonen", ui_action_help,
	    UI_ACT(ACT_HELP) },
	{ { UI_ESC, 'q' }, "Esc", "Terug", "Terug naar de tabel", ui_action_back,
	    UI_ACT(ACT_BACK) },
	{ { 0 }, NULL, NULL, NULL, NULL, 0 }
};

static const struct ui_action *
pdetail_actions_now(struct ui *ui, struct ui_view *v)
{
	(void)ui;
	(void)v;
	return pdetail_actions;
}

/* Back from a screen above, or another terminal saved: show what is
 * stored now (a text being typed keeps its own base, edit_base). */
static void
pdetail_resume(struct ui *ui, struct ui_view *v)
{
	load(ui, v->state);
}

static char *
pdetail_title(struct ui *ui, struct ui_view *v)
{
	struct pdetail *s = v->state;

	(void)ui;
	return xasprintf("Speler › %s", s->p != NULL ? s->p->name : "?");
}

/* Every table this screen may show, for the conventions test. */
static const struct ui_table player_tables[] = {
	{ pdetail_actions, 0 },
	{ NULL, 0 }
};

const struct ui_screen ui_screen_player = {
	.name = "player",
	.help_intro = "Alles over één speler. De lichte velden onderaan horen bij de analyse "
	    "van de spelers voor regie: soort macht (productie-, blokkeer- of diffuse macht), "
	    "of de speler onvervangbaar is, de formele relatie met de regiegemeente, en of de "
	    "vertegenwoordiger hetzelfde mandaat heeft als de anderen en de organisatie kan "
	    "binden (symmetrie en commitment).",
	.enter = pdetail_enter,
	.leave = pdetail_leave,
	.resume = pdetail_resume,
	.draw = pdetail_draw,
	.actions = pdetail_actions_now,
	.tables = player_tables,
	.key = pdetail_key,
	.click = pdetail_click,
	.title = pdetail_title,
};
