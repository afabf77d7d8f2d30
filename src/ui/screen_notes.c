/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * screen_notes.c: free notes on a coalition: what was agreed in the
 * corridor, open questions, things to remember. Newest first; a note is
 * edited in place and saved like an answer (on leaving, and a few seconds
 * into typing); emptying a note deletes it. A note the werkboek refuses
 * goes to herstel/ when it is left (ui_rescue). A note another terminal
 * changed while it was typed here keeps this version and theirs goes
 * into its history (g), which the message line says (fieldrule.h).
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "vitaal/answer.h"
#include "vitaal/fieldrule.h"
#include "vitaal/note.h"
#include "vitaal/util.h"
#include "screens.h"
#include "ui_int.h"

#define AUTOSAVE_SECONDS	2

struct notes {
	int64_t			 cid;
	struct note_list	*l;
	struct listview		 lv;
	int			 editing;
	int64_t			 edit_id;	/* 0: a new note */
	char			*edit_base;	/* its text as stored when typing began, or last saved */
	struct textbuf		 tb;
	size_t			 scroll;
	time_t			 dirty_since;
};

static void
load(struct ui *ui, struct notes *s)
{
	note_list_free(s->l);
	if ((s->l = store_note_list(ui->st, s->cid)) == NULL) {
		ui_message(ui, 1, "Notities niet te lezen: %s", store_errmsg(ui->st));
		s->l = xcalloc(1, sizeof *s->l);
	}
	listview_set(&s->lv, s->l->n);
}

static void
notes_enter(struct ui *ui, struct ui_view *v, void *arg)
{
	struct notes *s = xcalloc(1, sizeof *s);

	s->cid = *(int64_t *)arg;
	v->state = s;
	load(ui, s);
}

/* Save the note being edited; 0 on success. */
static int
save(struct ui *ui, struct notes *s)
{
	struct field_report rep;
	char *cause = NULL;
	int64_t id;

	if (!s->editing || !s->tb.dirty)
		return 0;
	textbuf_nfc(&s->tb);	/* typed text is stored in NFC */
	if ((id = note_save_over(ui->st, s->cid, s->edit_id, s->edit_base != NULL ?
	    s->edit_base : "", s->tb.text, ui->session_id, ui_me(ui), &rep, &cause)) < 0) {
		ui_message(ui, 1, "Notitie niet bewaard: %s. De tekst blijft staan.", cause);
		free(cause);
		return -1;
	}
	ui_field_report(ui, &rep, FIELD_NOTE);
	s->edit_id = id;
	free(s->edit_base);
	s->edit_base = xstrdup(s->tb.text);
	textbuf_mark_clean(&s->tb);
	s->dirty_since = 0;
	return 0;
}

static void
notes_leave(struct ui *ui, struct ui_view *v)
{
	struct notes *s = v->state;

	if (s->editing) {
		if (save(ui, s) != 0)
			ui_rescue(ui, "Notitie", "notitie", s->tb.text);
		textbuf_free(&s->tb);
	}
	free(s->edit_base);
	note_list_free(s->l);
	free(s);
}

static struct listview *
notes_list(struct ui_view *v)
{
	return &((struct notes *)v->state)->lv;
}

static void
notes_row(struct ui *ui, struct ui_view *v, int y, size_t row)
{
	const struct note *n = &((struct notes *)v->state)->l->v[row];
	char *line = xasprintf("%.10s %.5s  %s", n->updated, n->updated + 11, n->text);

	(void)ui;
	ui_put_fit(y, 2, COLS - 4, line);
	free(line);
}

static void
notes_draw(struct ui *ui, struct ui_view *v)
{
	struct notes *s = v->state;
	int y = 3, listh, boxy;

	attrset(ui_attr(ROLE_HEADING));
	ui_put(1, 2, COLS - 4, "Notities");
	attrset(ui_attr(ROLE_NORMAL));
	listh = (LINES - 6) / 3;
	if (s->l->n == 0 && !s->editing) {
		ui_put_wrapped(y, 2, COLS - 4, 3, "Nog geen notities. Druk n om er een te schrijven.");
		return;
	}
	/* A new note is not the selected one. */
	s->lv.unmarked = s->editing && s->edit_id == 0;
	ui_list_draw(ui, v, y, listh, notes_row);
	boxy = y + listh + 1;
	if (s->editing) {
		ui_box(boxy, 1, LINES - boxy - 2, COLS - 2,
		    s->tb.dirty ? "Notitie · ● nog niet bewaard" : "Notitie · ✓ bewaard");
		ui_draw_textbuf(ui, &s->tb, boxy + 1, 3, LINES - boxy - 4, COLS - 6, 1, &s->scroll);
	} else if (s->l->n > 0) {
		ui_box(boxy, 1, LINES - boxy - 2, COLS - 2, "Notitie");
		ui_put_wrapped(boxy + 1, 3, COLS - 6, LINES - boxy - 4, s->l->v[s->lv.sel].text);
	}
}

static void
start_edit(struct notes *s, int64_t id, const char *text)
{
	s->editing = 1;
	s->edit_id = id;
	free(s->edit_base);
	s->edit_base = xstrdup(text);
	s->scroll = 0;
	s->dirty_since = 0;
	textbuf_init(&s->tb, text, ANSWER_MAX_BYTES);
}

static int
act_new(struct ui *ui, struct ui_view *v)
{
	(void)ui;
	start_edit(v->state, 0, "");
	return UI_REDRAW;
}

static int
act_edit(struct ui *ui, struct ui_view *v)
{
	struct notes *s = v->state;

	(void)ui;
	if (s->l->n == 0)
		return act_new(ui, v);
	start_edit(s, s->l->v[s->lv.sel].id, s->l->v[s->lv.sel].text);
	return UI_REDRAW;
}

/* Esc: save and stop typing. When the werkboek refuses, stop all the
 * same (the next keys are not typed into the note); the text goes to
 * herstel/ or is kept for the end. */
static int
act_done(struct ui *ui, struct ui_view *v)
{
	struct notes *s = v->state;

	if (save(ui, s) != 0)
		ui_rescue(ui, "Notitie", "notitie", s->tb.text);
	textbuf_free(&s->tb);
	s->editing = 0;
	load(ui, s);
	return UI_REDRAW;
}

static int
act_save_now(struct ui *ui, struct ui_view *v)
{
	if (save(ui, v->state) == 0)
		ui_message(ui, 0, "Bewaard.");
	return UI_REDRAW;
}

static void
delete_confirmed(struct ui *ui, struct ui_view *v, const char *text)
{
	struct notes *s = v->state;
	struct field_report rep;
	char *cause = NULL;
	int64_t id;

	if (text == NULL || (text[0] != 'j' && text[0] != 'J') || s->l->n == 0) {
		ui_message(ui, 0, "Niet verwijderd.");
		return;
	}
	/* Changed on another terminal since it was shown here: kept. */
	if ((id = note_save_over(ui->st, s->cid, s->l->v[s->lv.sel].id,
	    s->l->v[s->lv.sel].text, "", 0, ui_me(ui), &rep, &cause)) < 0) {
		ui_message(ui, 1, "Niet verwijderd: %s", cause);
		free(cause);
		return;
	}
	load(ui, s);
	if (rep.undeleted)
		ui_field_report(ui, &rep, FIELD_NOTE);
	else {
		field_report_clear(&rep);
		ui_message(ui, 0, "Notitie verwijderd.");
	}
}

static int
act_delete(struct ui *ui, struct ui_view *v)
{
	struct notes *s = v->state;

	if (s->l->n == 0)
		return 0;
	ui_confirm(ui, v, "Deze notitie verwijderen?", delete_confirmed);
	return UI_REDRAW;
}

/* g: the earlier versions of the selected note, with who and when. */
static int
act_history(struct ui *ui, struct ui_view *v)
{
	struct notes *s = v->state;

	if (s->l->n == 0)
		return 0;
	ui_field_history(ui, s->cid, s->l->v[s->lv.sel].text, FIELD_NOTE,
	    s->l->v[s->lv.sel].id, "text");
	return UI_REDRAW;
}

static int
notes_key(struct ui *ui, struct ui_view *v, int key)
{
	struct notes *s = v->state;

	if (!s->editing || !ui_textbuf_key(&s->tb, key, (size_t)(COLS - 6), 1))
		return 0;
	if (s->tb.dirty && s->dirty_since == 0)
		s->dirty_since = time(NULL);
	(void)ui;
	return UI_REDRAW;
}

static void
notes_tick(struct ui *ui, struct ui_view *v)
{
	struct notes *s = v->state;

	if (s->editing && s->tb.dirty && s->dirty_since != 0 &&
	    time(NULL) - s->dirty_since >= AUTOSAVE_SECONDS && save(ui, s) != 0)
		s->dirty_since = time(NULL);
}

static int
notes_click(struct ui *ui, struct ui_view *v, int id, int dbl)
{
	struct notes *s = v->state;

	if (s->editing)
		return 0;
	return ui_list_click(ui, v, id, dbl);
}

static const struct ui_action browse_actions[] = {
	{ { 'n' }, "n", "Nieuw", "Een nieuwe notitie schrijven", act_new, 0 },
	{ { '\r', '\n', UI_FKEY(KEY_ENTER) }, "Enter", "Bewerken", "De gekozen notitie bewerken",
	    act_edit, 0 },
	{ { 'x', UI_FKEY(KEY_DC) }, "x", "Verwijder", "De gekozen notitie verwijderen", act_delete,
	    0 },
	{ { 'g', UI_FKEY(KEY_F(2)) }, "g", "Geschiedenis",
	    "Eerdere versies van de gekozen notitie, met wie en wanneer; terugzetten",
	    act_history, UI_ACT(ACT_HISTORY) },
	UI_LIST_MOVES("Volgende notitie", "Vorige notitie"),
	{ { '?', UI_FKEY(KEY_F(1)) }, "?", "Hulp", "Deze hulp tonen", ui_action_help,
	    UI_ACT(ACT_HELP) },
	{ { UI_ESC, 'q', UI_FKEY(KEY_LEFT) }, "Esc", "Terug",
	    "Terug naar het overzicht", ui_action_back, UI_ACT(ACT_BACK) },
	{ { 0 }, NULL, NULL, NULL, NULL, 0 }
};

static const struct ui_action edit_actions[] = {
	{ { UI_ESC }, "Esc", "Klaar", "Bewaren en stoppen met typen", act_done, UI_ACT(ACT_BACK) },
	{ { UI_CTRL('s') }, "^S", "Bewaar", "Nu bewaren (dat gebeurt ook vanzelf)", act_save_now,
	    0 },
	{ { 0 }, "^Z", "Ongedaan", "De laatste bewerking ongedaan maken", NULL, 0 },
	{ { UI_FKEY(KEY_F(1)) }, "F1", "Hulp", "Deze hulp tonen", ui_action_help,
	    UI_ACT(ACT_HELP) },
	{ { 0 }, NULL, NULL, NULL, NULL, 0 }
};

static const struct ui_action *
notes_actions(struct ui *ui, struct ui_view *v)
{
	struct notes *s = v->state;

	(void)ui;
	return s->editing ? edit_actions : browse_actions;
}

/* Another terminal changed the werkboek: reload, unless a note is being
 * typed here. */
static void
notes_resume_auto(struct ui *ui, struct ui_view *v)
{
	struct notes *s = v->state;

	if (!s->editing)
		load(ui, s);
}

/* Every table this screen may show, for the conventions test. */
static const struct ui_table notes_tables[] = {
	{ browse_actions, 0 },
	{ edit_actions, 1 },
	{ NULL, 0 }
};

const struct ui_screen ui_screen_notes = {
	.name = "notes",
	.help_intro = "Vrije notities bij deze coalitie, de nieuwste bovenaan. Een notitie "
	    "wordt bewaard als u stopt met typen (Esc) en ook tussendoor; een lege notitie "
	    "wordt verwijderd.",
	.enter = notes_enter,
	.resume = notes_resume_auto,
	.leave = notes_leave,
	.draw = notes_draw,
	.actions = notes_actions,
	.tables = notes_tables,
	.key = notes_key,
	.tick = notes_tick,
	.click = notes_click,
	.list = notes_list,
};
