/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * screen_collab.c: design step 5's list of other collaborations on the
 * same terrain, each with the coalition's stance towards it (samenwerken,
 * concurreren, afstand houden, or not yet decided). ← and → change the
 * stance at once; names and descriptions are typed on the prompt line.
 * A save changes only what was changed here; when another terminal
 * changed the same field meanwhile, this version stands and theirs goes
 * into the history (g), which the message line says (fieldrule.h).
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "vitaal/collaboration.h"
#include "vitaal/fieldrule.h"
#include "vitaal/utf8.h"
#include "vitaal/util.h"
#include "screens.h"
#include "ui_int.h"

struct collab {
	int64_t				 cid;
	struct collaboration_list	*l;
	struct listview			 lv;
	struct collaboration_list	*edit_base;	/* the list when a prompt opened */
	int				 edit_field;	/* which field it asks for */
};

enum { ASK_DESC, ASK_NAME };

static void
load(struct ui *ui, struct collab *s, int64_t select_id)
{
	size_t i;

	collaboration_list_free(s->l);
	if ((s->l = store_collaboration_list(ui->st, s->cid)) == NULL) {
		ui_message(ui, 1, "Samenwerkingen niet te lezen: %s", store_errmsg(ui->st));
		s->l = xcalloc(1, sizeof *s->l);
	}
	for (i = 0; i < s->l->n; i++)
		if (s->l->v[i].id == select_id)
			s->lv.sel = i;
	listview_set(&s->lv, s->l->n);
}

static struct collaboration *
current(struct collab *s)
{
	return s->l->n > 0 ? &s->l->v[s->lv.sel] : NULL;
}

static void
collab_enter(struct ui *ui, struct ui_view *v, void *arg)
{
	struct collab *s = xcalloc(1, sizeof *s);

	s->cid = *(int64_t *)arg;
	v->state = s;
	load(ui, s, 0);
}

static void
collab_leave(struct ui *ui, struct ui_view *v)
{
	struct collab *s = v->state;

	(void)ui;
	collaboration_list_free(s->l);
	collaboration_list_free(s->edit_base);
	free(s);
}

static struct listview *
collab_list(struct ui_view *v)
{
	return &((struct collab *)v->state)->lv;
}

/* Name, stance and description in columns. */
static void
collab_row(struct ui *ui, struct ui_view *v, int y, size_t row)
{
	const struct collaboration *c = &((struct collab *)v->state)->l->v[row];
	int namew = COLS / 3;

	(void)ui;
	ui_put_fit(y, 2, namew, c->name);
	ui_put(y, 2 + namew + 2, 16, c->stance);
	ui_put_fit(y, 2 + namew + 20, COLS - namew - 24, c->description);
}

static void
collab_draw(struct ui *ui, struct ui_view *v)
{
	struct collab *s = v->state;
	int y = 4, listh = (LINES - 8) / 2, namew = COLS / 3, boxy;
	struct collaboration *c;

	attrset(ui_attr(ROLE_HEADING));
	ui_put(1, 2, COLS - 4, "Stap 5 · Andere samenwerkingen op hetzelfde terrein");
	ui_put(3, 2, namew, "Samenwerking");
	ui_put(3, 2 + namew + 2, 16, "Onze houding");
	ui_put(3, 2 + namew + 20, COLS - namew - 24, "Omschrijving");
	attrset(ui_attr(ROLE_NORMAL));
	if (s->l->n == 0) {
		ui_put_wrapped(y, 2, COLS - 4, 3, "Nog geen samenwerkingen. Druk n om er een toe te "
		    "voegen: een ander samenwerkingsverband, programma of netwerk dat aan (een deel "
		    "van) dezelfde opgave werkt.");
		return;
	}
	ui_list_draw(ui, v, y, listh, collab_row);
	if ((c = current(s)) == NULL)
		return;
	boxy = y + listh + 1;
	ui_box(boxy, 1, LINES - boxy - 2, COLS - 2, c->name);
	{
		char *text = xasprintf("Houding: %s\n\n%s%s%s", c->stance,
		    c->description[0] != '\0' ? c->description : "(geen omschrijving; e om te typen)",
		    c->note[0] != '\0' ? "\n\nNotitie: " : "", c->note);

		ui_put_wrapped(boxy + 1, 3, COLS - 6, LINES - boxy - 4, text);
		free(text);
	}
}

static void
added(struct ui *ui, struct ui_view *v, const char *name)
{
	struct collab *s = v->state;
	char *cause = NULL;
	int64_t id;

	if (name == NULL)
		return;
	if ((id = collaboration_add(ui->st, s->cid, name, &cause)) < 0) {
		ui_message(ui, 1, "Niet toegevoegd: %s", cause);
		free(cause);
		return;
	}
	load(ui, s, id);
	ui_message(ui, 0, "Toegevoegd. ← → kiest de houding, e de omschrijving.");
}

static int
act_new(struct ui *ui, struct ui_view *v)
{
	ui_prompt(ui, v, "Naam van de samenwerking:", "", added, NULL);
	return UI_REDRAW;
}

/* Save c over base (as this screen had it) after one field changed;
 * reload. */
static void
save(struct ui *ui, struct collab *s, const struct collaboration *base,
    struct collaboration *c)
{
	struct field_report rep;
	char *cause = NULL;
	int64_t id = c->id;

	if (collaboration_save_over(ui->st, base, c, ui_me(ui), &rep, &cause) != 0) {
		ui_message(ui, 1, "Niet bewaard: %s", cause);
		free(cause);
	} else {
		id = rep.id;
		ui_field_report(ui, &rep, FIELD_COLLABORATION);
	}
	load(ui, s, id);
}

/* The record a prompt started from (in s->edit_base, taken over by the
 * caller: free *list), or NULL. */
static struct collaboration *
prompt_base(struct collab *s, struct collaboration_list **list)
{
	struct collaboration *c = current(s);
	size_t i;

	*list = s->edit_base;
	s->edit_base = NULL;
	for (i = 0; *list != NULL && c != NULL && i < (*list)->n; i++)
		if ((*list)->v[i].id == c->id)
			return &(*list)->v[i];
	return NULL;
}

/* A text field of the selected collaboration answered on the prompt:
 * saved over the list as it was when the prompt opened. */
static void
field_typed(struct ui *ui, struct ui_view *v, const char *text)
{
	struct collab *s = v->state;
	struct collaboration_list *l;
	struct collaboration *c = prompt_base(s, &l), copy;

	if (text != NULL && c != NULL) {
		copy = *c;
		*(s->edit_field == ASK_NAME ? &copy.name : &copy.description) =
		    (char *)(uintptr_t)text;
		save(ui, s, c, &copy);
	}
	collaboration_list_free(l);
}

/* Ask for the name or the description of the selected collaboration. */
static int
ask_field(struct ui *ui, struct ui_view *v, int field)
{
	struct collab *s = v->state;
	struct collaboration *c = current(s);

	if (c == NULL)
		return 0;
	collaboration_list_free(s->edit_base);
	s->edit_base = store_collaboration_list(ui->st, s->cid);
	s->edit_field = field;
	ui_prompt(ui, v, field == ASK_NAME ? "Naam:" : "Omschrijving:",
	    field == ASK_NAME ? c->name : c->description, field_typed, NULL);
	return UI_REDRAW;
}

static int act_describe(struct ui *ui, struct ui_view *v) { return ask_field(ui, v, ASK_DESC); }
static int act_rename(struct ui *ui, struct ui_view *v) { return ask_field(ui, v, ASK_NAME); }

static int
stance(struct ui *ui, struct ui_view *v, int dir)
{
	struct collab *s = v->state;
	struct collaboration *c = current(s), copy;

	if (c == NULL)
		return 0;
	copy = *c;
	copy.stance = (char *)(uintptr_t)collaboration_next_stance(c->stance, dir);
	save(ui, s, c, &copy);
	return UI_REDRAW;
}

static int act_stance_next(struct ui *ui, struct ui_view *v) { return stance(ui, v, 1); }
static int act_stance_prev(struct ui *ui, struct ui_view *v) { return stance(ui, v, -1); }

static void
delete_confirmed(struct ui *ui, struct ui_view *v, const char *text)
{
	struct collab *s = v->state;
	struct collaboration *c = current(s);
	char *cause = NULL;

	if (text == NULL || (text[0] != 'j' && text[0] != 'J') || c == NULL) {
		ui_message(ui, 0, "Niet verwijderd.");
		return;
	}
	if (collaboration_remove(ui->st, c->id, &cause) != 0) {
		ui_message(ui, 1, "Niet verwijderd: %s", cause);
		free(cause);
		return;
	}
	load(ui, s, 0);
}

static int
act_delete(struct ui *ui, struct ui_view *v)
{
	if (current(v->state) == NULL)
		return 0;
	ui_confirm(ui, v, "Deze samenwerking verwijderen?", delete_confirmed);
	return UI_REDRAW;
}

/* g: earlier names, descriptions and stances, with who and when. */
static int
act_history(struct ui *ui, struct ui_view *v)
{
	struct collab *s = v->state;
	struct collaboration *c = current(s);

	if (c == NULL)
		return 0;
	ui_field_history(ui, s->cid, c->name, FIELD_COLLABORATION, c->id, NULL);
	return UI_REDRAW;
}

static const struct ui_action collab_actions[] = {
	{ { 'n' }, "n", "Nieuw", "Een samenwerking toevoegen", act_new, 0 },
	{ { UI_FKEY(KEY_RIGHT), ' ' }, "→", "Houding",
	    "Volgende houding: samenwerken, concurreren, afstand houden, nog onbepaald",
	    act_stance_next, 0 },
	{ { UI_FKEY(KEY_LEFT) }, "←", NULL, "Vorige houding", act_stance_prev, 0 },
	{ { 'e', '\r', '\n', UI_FKEY(KEY_ENTER) }, "e", "Omschrijving",
	    "De omschrijving typen of wijzigen", act_describe, 0 },
	{ { 'h' }, "h", "Hernoem", "De naam wijzigen", act_rename, 0 },
	{ { 'x', UI_FKEY(KEY_DC) }, "x", "Verwijder", "De gekozen samenwerking verwijderen",
	    act_delete, 0 },
	{ { 'g', UI_FKEY(KEY_F(2)) }, "g", NULL,
	    "Eerdere namen, omschrijvingen en houdingen, met wie en wanneer; terugzetten",
	    act_history, UI_ACT(ACT_HISTORY) },
	{ { UI_FKEY(KEY_DOWN), 'j', '\t' }, "↓", NULL, "Volgende", ui_list_down,
	    UI_ACT(ACT_DOWN) },
	{ { UI_FKEY(KEY_UP), 'k', UI_FKEY(KEY_BTAB) }, "↑", NULL, "Vorige", ui_list_up,
	    UI_ACT(ACT_UP) },
	UI_LIST_JUMPS,
	{ { '?', UI_FKEY(KEY_F(1)) }, "?", "Hulp", "Deze hulp tonen", ui_action_help,
	    UI_ACT(ACT_HELP) },
	{ { UI_ESC, 'q' }, "Esc", "Terug", "Terug naar stap 5", ui_action_back, UI_ACT(ACT_BACK) },
	{ { 0 }, NULL, NULL, NULL, NULL, 0 }
};

/* Another terminal changed the werkboek: reload, keeping the selection. */
static void
collab_resume_auto(struct ui *ui, struct ui_view *v)
{
	struct collab *s = v->state;
	struct collaboration *c = current(s);

	load(ui, s, c != NULL ? c->id : 0);
}

/* Every table this screen may show, for the conventions test. */
static const struct ui_table collab_tables[] = {
	{ collab_actions, 0 },
	{ NULL, 0 }
};

const struct ui_screen ui_screen_collab = {
	.name = "collab",
	.help_intro = "Andere samenwerkingen, programma's en netwerken die aan (een deel van) "
	    "dezelfde opgave werken, en hoe deze coalitie zich tot elk verhoudt: samenwerken, "
	    "de concurrentie aangaan of bewust afstand houden. Elke wijziging wordt meteen "
	    "bewaard.",
	.enter = collab_enter,
	.resume = collab_resume_auto,
	.leave = collab_leave,
	.draw = collab_draw,
	.tables = collab_tables,
	.click = ui_list_click,
	.list = collab_list,
};
