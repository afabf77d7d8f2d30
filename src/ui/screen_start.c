/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * screen_start.c: the start screen: the werkboek's coalitions with their
 * phase, progress and last change; creating, renaming, archiving, deleting
 * (confirmed by typing the name) and searching them; and, on a new
 * werkboek, a welcome with a ready example coalition one key away.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vitaal/coalition.h"
#include "vitaal/example.h"
#include "vitaal/identity.h"
#include "vitaal/util.h"
#include "layout.h"
#include "ui_int.h"

#define EXAMPLE_KEY	"iedereen-onder-dak"
#define EXAMPLE2_KEY	"samen-uit-de-schulden"

struct start {
	struct coalition_list	*list;		/* with archived ones when show_archived */
	struct listview		 lv;		/* its rows after the filter */
	char			*filter;	/* NULL = none */
	int			 show_archived;
	int			 items;		/* workbook items, for percentages */
};

static const char welcome[] =
    "Welkom bij Vitaal.\n"
    "\n"
    "Dit werkboek helpt een kopgroep een vitale coalitie op te bouwen: van het "
    "eerste initiatief, via de vier fasen (zoeken, formeren, contracteren, toegewijde "
    "uitvoering) en de vijf ontwerpstappen, tot spelers, dilemma's en notities. Alles "
    "wat u typt wordt meteen bewaard, met de geschiedenis van elke wijziging.\n"
    "\n"
    "Er is nog geen coalitie in dit werkboek.\n"
    "\n"
    "  n   begin een nieuwe coalitie\n"
    "  v   open het ingevulde voorbeeld 'Iedereen onder dak'\n"
    "  m   open het voorbeeld 'Samen uit de schulden' (meerdere bestuurslagen)\n"
    "  i   intervisie: uw eigen zelfanalyses en de intervisiegroepen\n"
    "  S   sessies: %s\n"
    "  ?   hulp bij de toetsen\n"
    "\n"
    "Het eerste voorbeeld laat alle onderdelen zien; het tweede volgt de vijf "
    "ontwerpstappen over bestuurslagen heen. U kunt er vrij in schrijven.";

static int
matches(size_t i, void *arg)
{
	const struct start *s = arg;

	return s->filter == NULL || str_contains_ci(s->list->v[i].name, s->filter);
}

/* Recompute the shown rows; keep coalition keep_id selected if shown,
 * else the same row (or the last). */
static void
apply_filter(struct start *s, int64_t keep_id)
{
	size_t sel = s->lv.sel, i;

	listview_filter(&s->lv, s->list != NULL ? s->list->n : 0, matches, s);
	s->lv.sel = sel;
	for (i = 0; i < s->lv.n; i++)
		if (s->list->v[listview_item(&s->lv, i)].id == keep_id)
			s->lv.sel = i;
	listview_set(&s->lv, s->lv.n);
}

/* Reload the list; keep the selection on coalition id if it is still shown. */
static void
reload(struct ui *ui, struct start *s, int64_t select_id)
{
	coalition_list_free(s->list);
	s->list = store_coalition_list(ui->st, s->show_archived);
	s->items = store_workbook_item_count(ui->st);
	if (s->list == NULL || s->items < 0)
		ui_message(ui, 1, "Kan de coalities niet lezen: %s", store_errmsg(ui->st));
	apply_filter(s, select_id);
}

static struct coalition *
current(struct start *s)
{
	if (s->list == NULL || s->lv.n == 0)
		return NULL;
	return &s->list->v[listview_item(&s->lv, s->lv.sel)];
}

static void
start_enter(struct ui *ui, struct ui_view *v, void *arg)
{
	struct start *s = xcalloc(1, sizeof *s);

	(void)arg;
	v->state = s;
	reload(ui, s, 0);
}

static void
start_leave(struct ui *ui, struct ui_view *v)
{
	struct start *s = v->state;

	(void)ui;
	coalition_list_free(s->list);
	listview_free(&s->lv);
	free(s->filter);
	free(s);
}

static void
start_resume(struct ui *ui, struct ui_view *v)
{
	struct start *s = v->state;
	struct coalition *c = current(s);

	reload(ui, s, c != NULL ? c->id : 0);
}

static struct listview *
start_list(struct ui_view *v)
{
	return &((struct start *)v->state)->lv;
}

/* A coalition's row: name, phase, progress with its bar, last change, in
 * the columns of layout_start_columns. */
static void
start_row(struct ui *ui, struct ui_view *v, int y, size_t row)
{
	const struct start *s = v->state;
	const struct coalition *c = &s->list->v[listview_item(&s->lv, row)];
	struct layout_start lay;
	char buf[64];
	int pct = coalition_percent(c->answered, s->items), cells, i;

	(void)ui;
	layout_start_columns(COLS, &lay);
	ui_put_fit(y, lay.name_x, lay.name_w, c->name);
	ui_put(y, lay.phase_x, lay.phase_w,
	    c->archived ? "(archief)" : coalition_phase_label(c->phase));
	snprintf(buf, sizeof buf, "%3d%%", pct);
	ui_put(y, lay.progress_x, 4, buf);
	if (lay.progress_w > 5) {
		int bar = lay.progress_w - 5;

		cells = layout_bar_cells(pct, bar);
		for (i = 0; i < bar; i++)
			ui_put(y, lay.progress_x + 5 + i, 1, i < cells ? "█" : "·");
	}
	if (lay.updated_w > 0) {
		snprintf(buf, sizeof buf, "%.10s %.5s", c->updated,
		    strlen(c->updated) > 11 ? c->updated + 11 : "");
		ui_put(y, lay.updated_x, lay.updated_w, buf);
	}
}

/* Over SSH one account serves everyone: say whom the key made this. */
static void
draw_who(struct ui *ui)
{
	const struct identity *me = identity_current();
	char *line;

	if (!me->via_ssh)
		return;
	line = xasprintf("U werkt als %s (login %s), %s.", ui_me(ui), me->name,
	    identity_facilitator() ? "facilitator" : "deelnemer");
	attrset(ui_attr(ROLE_DIM));
	ui_put_fit(1, 2, COLS - 4, line);
	attrset(ui_attr(ROLE_NORMAL));
	free(line);
}

static void
start_draw(struct ui *ui, struct ui_view *v)
{
	struct start *s = v->state;
	struct layout_start lay;

	if (s->list == NULL)
		return;
	draw_who(ui);
	if (s->list->n == 0 && !s->show_archived) {
		/* A deelnemer joins a session; the facilitator opens one. */
		char *text = xasprintf(welcome, identity_facilitator() ?
		    "een werkconferentie of overleg openen en later terugkijken" :
		    "meedoen aan een werkconferentie of overleg en later terugkijken");

		ui_put_wrapped(2, 2, COLS - 4 > 76 ? 76 : COLS - 4, LINES - 5, text);
		free(text);
		return;
	}
	layout_start_columns(COLS, &lay);
	attrset(ui_attr(ROLE_HEADING));
	ui_put(2, lay.name_x, lay.name_w, s->show_archived ? "Coalitie (met archief)" : "Coalitie");
	ui_put(2, lay.phase_x, lay.phase_w, "Fase");
	ui_put(2, lay.progress_x, lay.progress_w, "Voortgang");
	if (lay.updated_w > 0)
		ui_put(2, lay.updated_x, lay.updated_w, "Laatst gewijzigd");
	attrset(ui_attr(ROLE_NORMAL));
	if (s->filter != NULL) {
		char *f = xasprintf("Zoeken: %s  (%zu van %zu)", s->filter, s->lv.n, s->list->n);

		attrset(ui_attr(ROLE_DIM));
		ui_put_fit(LINES - 3, 2, COLS - 4, f);
		attrset(ui_attr(ROLE_NORMAL));
		free(f);
	}
	if (s->lv.n == 0) {
		ui_put(4, 2, COLS - 4, s->filter != NULL ? "Geen coalitie gevonden." :
		    "Geen coalities.");
		return;
	}
	ui_list_draw(ui, v, 3, LINES - 7, start_row);
}

static int
act_quit(struct ui *ui, struct ui_view *v)
{
	(void)ui;
	(void)v;
	return UI_QUIT;
}

static int
act_open(struct ui *ui, struct ui_view *v)
{
	struct coalition *c = current(v->state);

	if (c == NULL)
		return 0;
	ui_push(ui, &ui_screen_home, &c->id);
	return UI_REDRAW;
}

static void
created(struct ui *ui, struct ui_view *v, const char *name)
{
	char *cause = NULL;
	int64_t id;

	if (name == NULL)
		return;
	if ((id = coalition_create(ui->st, name, &cause)) < 0) {
		ui_message(ui, 1, "Niet aangemaakt: %s", cause);
		free(cause);
		return;
	}
	reload(ui, v->state, id);
	ui_push(ui, &ui_screen_home, &id);
	ui_message(ui, 0, "Coalitie aangemaakt. Begin bij het initiatief of kies een fase.");
}

static int
act_new(struct ui *ui, struct ui_view *v)
{
	ui_prompt(ui, v, "Naam van de nieuwe coalitie:", "", created, NULL);
	return UI_REDRAW;
}

static void
renamed(struct ui *ui, struct ui_view *v, const char *name)
{
	struct coalition *c = current(v->state);
	char *cause = NULL;
	int64_t id;

	if (name == NULL || c == NULL)
		return;
	id = c->id;
	if (coalition_rename(ui->st, id, name, &cause) != 0) {
		ui_message(ui, 1, "Niet hernoemd: %s", cause);
		free(cause);
		return;
	}
	reload(ui, v->state, id);
	ui_message(ui, 0, "Hernoemd.");
}

static int
act_rename(struct ui *ui, struct ui_view *v)
{
	struct coalition *c = current(v->state);

	if (c == NULL)
		return 0;
	ui_prompt(ui, v, "Nieuwe naam:", c->name, renamed, NULL);
	return UI_REDRAW;
}

static int
act_archive(struct ui *ui, struct ui_view *v)
{
	struct coalition *c = current(v->state);
	char *cause = NULL, *name;
	int archive;

	if (c == NULL)
		return 0;
	archive = !c->archived;
	name = xstrdup(c->name);
	if (coalition_archive(ui->st, c->id, archive, &cause) != 0) {
		ui_message(ui, 1, "%s", cause);
		free(cause);
	} else {
		reload(ui, v->state, c->id);
		ui_message(ui, 0, archive ? "'%s' gearchiveerd; Tab toont het archief." :
		    "'%s' uit het archief gehaald.", name);
	}
	free(name);
	return UI_REDRAW;
}

static void
delete_confirmed(struct ui *ui, struct ui_view *v, const char *typed)
{
	struct coalition *c = current(v->state);
	char *cause = NULL;

	if (typed == NULL || c == NULL) {
		ui_message(ui, 0, "Niet verwijderd.");
		return;
	}
	if (coalition_delete(ui->st, c->id, typed, &cause) != 0) {
		ui_message(ui, 1, "%s", cause);
		free(cause);
		return;
	}
	reload(ui, v->state, 0);
	ui_message(ui, 0, "Verwijderd.");
}

static int
act_delete(struct ui *ui, struct ui_view *v)
{
	struct coalition *c = current(v->state);
	char *title;

	if (c == NULL)
		return 0;
	/* The prompt's title gets half the width: short, so it is read
	 * whole; the name to type is the one under the cursor. */
	title = xstrdup("Definitief verwijderen? Typ de naam:");
	ui_prompt(ui, v, title, "", delete_confirmed, NULL);
	free(title);
	return UI_REDRAW;
}

static void
search_changed(struct ui *ui, struct ui_view *v, const char *text)
{
	struct start *s = v->state;

	(void)ui;
	free(s->filter);
	s->filter = text[0] != '\0' ? xstrdup(text) : NULL;
	s->lv.sel = 0;
	apply_filter(s, 0);
}

static void
search_done(struct ui *ui, struct ui_view *v, const char *text)
{
	struct start *s = v->state;

	(void)ui;
	if (text == NULL) {	/* Esc clears the search, keeping the selection */
		struct coalition *c = current(s);
		int64_t keep = c != NULL ? c->id : 0;

		free(s->filter);
		s->filter = NULL;
		apply_filter(s, keep);
	}
}

static int
act_search(struct ui *ui, struct ui_view *v)
{
	struct start *s = v->state;

	ui_prompt(ui, v, "Zoek:", s->filter != NULL ? s->filter : "", search_done,
	    search_changed);
	return UI_REDRAW;
}

static int
act_toggle_archive(struct ui *ui, struct ui_view *v)
{
	struct start *s = v->state;
	struct coalition *c = current(s);

	s->show_archived = !s->show_archived;
	reload(ui, s, c != NULL ? c->id : 0);
	return UI_REDRAW;
}

static int
open_example(struct ui *ui, struct ui_view *v, const char *key)
{
	char *cause = NULL;
	int64_t id;

	if ((id = example_open(ui->st, ui->cat, key, &cause)) < 0) {
		ui_message(ui, 1, "Voorbeeld niet geopend: %s", cause);
		free(cause);
		return UI_REDRAW;
	}
	reload(ui, v->state, id);
	ui_push(ui, &ui_screen_home, &id);
	return UI_REDRAW;
}

static int
act_example(struct ui *ui, struct ui_view *v)
{
	return open_example(ui, v, EXAMPLE_KEY);
}

static int
act_example2(struct ui *ui, struct ui_view *v)
{
	return open_example(ui, v, EXAMPLE2_KEY);
}

static int
act_first(struct ui *ui, struct ui_view *v)
{
	(void)ui;
	listview_home(start_list(v));
	return UI_REDRAW;
}

static int
act_last(struct ui *ui, struct ui_view *v)
{
	(void)ui;
	listview_end(start_list(v));
	return UI_REDRAW;
}

static int
act_intervisie(struct ui *ui, struct ui_view *v)
{
	(void)v;
	ui_push(ui, &ui_screen_intervisie, NULL);
	return UI_REDRAW;
}

static int
act_sessions(struct ui *ui, struct ui_view *v)
{
	(void)v;
	ui_push(ui, &ui_screen_sessions, NULL);
	return UI_REDRAW;
}

static int
act_reload(struct ui *ui, struct ui_view *v)
{
	start_resume(ui, v);
	ui_message(ui, 0, "Bijgewerkt.");
	return UI_REDRAW;
}

static const struct ui_action start_actions[] = {
	{ { '\r', '\n', UI_FKEY(KEY_ENTER), UI_FKEY(KEY_RIGHT) }, "Enter", "Openen",
	    "De gekozen coalitie openen", act_open, 0 },
	{ { 'n' }, "n", "Nieuw", "Een nieuwe coalitie beginnen", act_new, 0 },
	{ { 'm' }, "m", NULL, "Het voorbeeld 'Samen uit de schulden' openen (meerdere "
	    "bestuurslagen, de vijf ontwerpstappen)", act_example2, 0 },
	{ { '/' }, "/", "Zoek", "Zoeken op naam (Esc wist de zoekopdracht)", act_search, 0 },
	{ { 'i' }, "i", "Intervisie", "Uw zelfanalyses en de intervisiegroepen", act_intervisie,
	    0 },
	{ { 'S' }, "S", "Sessies", "Werkconferenties, intervisies en teamoverleggen: openen en "
	    "terugzien wat erin veranderde", act_sessions, 0 },
	{ { '?', UI_FKEY(KEY_F(1)) }, "?", "Hulp", "Deze hulp tonen", ui_action_help,
	    UI_ACT(ACT_HELP) },
	{ { 'q' }, "q", "Stop", "Vitaal afsluiten (alles is al bewaard; ^C doet hetzelfde, "
	    "op elk scherm)", act_quit, UI_ACT(ACT_QUIT) },
	{ { 'v' }, "v", "Voorbeeld", "Het voorbeeld 'Iedereen onder dak' openen", act_example, 0 },
	{ { 'h' }, "h", "Hernoem", "De gekozen coalitie een andere naam geven", act_rename, 0 },
	{ { 'a' }, "a", "Archief", "De gekozen coalitie archiveren of terughalen", act_archive,
	    UI_FAC },
	{ { 'x', UI_FKEY(KEY_DC) }, "x", "Verwijder",
	    "De gekozen coalitie verwijderen (bevestigen met haar naam); verwijderen kan "
	    "niet ongedaan worden gemaakt", act_delete, UI_FAC },
	{ { '\t' }, "Tab", NULL, "Gearchiveerde coalities tonen of verbergen", act_toggle_archive,
	    0 },
	{ { UI_FKEY(KEY_DOWN), 'j' }, "↓ j", NULL, "Volgende coalitie", ui_list_down,
	    UI_ACT(ACT_DOWN) },
	{ { UI_FKEY(KEY_UP), 'k' }, "↑ k", NULL, "Vorige coalitie", ui_list_up, UI_ACT(ACT_UP) },
	{ { UI_FKEY(KEY_NPAGE), UI_FKEY(KEY_PPAGE) }, "PgDn PgUp", NULL,
	    "Bladzijde verder of terug", ui_list_jump, 0 },
	{ { UI_FKEY(KEY_HOME) }, "Home", NULL, "Eerste coalitie", act_first, 0 },
	{ { UI_FKEY(KEY_END), 'G' }, "End", NULL, "Laatste coalitie", act_last, 0 },
	{ { UI_FKEY(KEY_F(5)) }, "F5", NULL, "Lijst opnieuw inlezen", act_reload, 0 },
	{ { 0 }, NULL, NULL, NULL, NULL, 0 }
};

/* Every table this screen may show, for the conventions test. */
static const struct ui_table start_tables[] = {
	{ start_actions, 0 },
	{ NULL, 0 }
};

const struct ui_screen ui_screen_start = {
	.name = "start",
	.help_intro = "Het startscherm toont de coalities in dit werkboek: hun huidige fase, "
	    "hoeveel van het werkboek (initiatief, vier fasen, vijf stappen) is ingevuld en "
	    "wanneer er voor het laatst iets veranderde. Open een coalitie met Enter.",
	.enter = start_enter,
	.leave = start_leave,
	.draw = start_draw,
	.tables = start_tables,
	.click = ui_list_click,
	.list = start_list,
	.resume = start_resume,
};
