/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * screen_person_pick.c: choose a person from the people the werkboek
 * knows. Typing filters the list, Enter picks the chosen one, Esc picks
 * nobody. A new person is added only on purpose, with its own key (^N)
 * and a name typed in full, and a name that is there already is refused:
 * a typo never becomes a second person. ^R corrects a name (the
 * facilitator's). In a round (stay) the list stays open after a pick and
 * marks who has been picked, e.g. who is present; the caller says what a
 * pick means.
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "vitaal/identity.h"
#include "vitaal/intervisie.h"
#include "vitaal/util.h"
#include "screens.h"
#include "ui_int.h"

#define FILTER_MAX	200

struct ppick {
	struct person_pick_arg	 a;		/* the strings are owned copies */
	struct ui_view		*caller;
	struct participant_list	*people;
	struct participant_list	*marked;
	struct listview		 lv;		/* rows: the people the filter keeps */
	struct textbuf		 filter;
	int64_t			 want;		/* select this person after the next load */
	int64_t			 renaming;	/* the person whose name is asked */
	int			 reload;	/* after a pick in a round */
};

static int
is_marked(const struct ppick *s, int64_t id)
{
	size_t i;

	for (i = 0; s->marked != NULL && i < s->marked->n; i++)
		if (s->marked->v[i].id == id)
			return 1;
	return 0;
}

/* The person of a row. */
static const struct participant *
person_at(const struct ppick *s, size_t row)
{
	return &s->people->v[listview_item(&s->lv, row)];
}

static int
matches(size_t i, void *arg)
{
	const struct ppick *s = arg;
	const struct participant *p = &s->people->v[i];
	const char *f = s->filter.text;

	return f[0] == '\0' || str_contains_ci(p->name, f) || str_contains_ci(p->organisation, f);
}

/* The people the filter lets through; an exact name goes first in the
 * selection, so typing a whole name and Enter picks that person. */
static void
apply(struct ppick *s)
{
	const char *f = s->filter.text;
	int64_t keep = s->want;
	size_t i;

	if (keep == 0 && s->lv.map != NULL && s->lv.sel < s->lv.n &&
	    listview_item(&s->lv, s->lv.sel) < s->people->n)
		keep = person_at(s, s->lv.sel)->id;
	listview_filter(&s->lv, s->people->n, matches, s);
	s->lv.sel = 0;
	for (i = 0; i < s->lv.n; i++) {
		const struct participant *p = person_at(s, i);

		if (p->id == keep || (f[0] != '\0' && str_casecmp(p->name, f) == 0)) {
			s->lv.sel = i;
			if (p->id == s->want || f[0] != '\0')
				break;
		}
	}
	s->want = 0;
}

static void
load(struct ui *ui, struct ppick *s)
{
	char *cause = NULL;

	participant_list_free(s->people);
	participant_list_free(s->marked);
	s->marked = NULL;
	if ((s->people = s->a.among > 0 ? iday_attendees(ui->st, s->a.among, &cause) :
	    participant_list(ui->st, &cause)) == NULL) {
		ui_message(ui, 1, "Personen niet te lezen: %s", cause);
		free(cause);
		s->people = xcalloc(1, sizeof *s->people);
	}
	if (s->a.session > 0)
		s->marked = iday_attendees(ui->st, s->a.session, NULL);
	else if (s->a.marked != NULL)
		s->marked = s->a.marked(ui, s->caller);
	apply(s);
}

/* Attendance: mark id present, or not present when they are. */
static void
toggle_attendance(struct ui *ui, struct ppick *s, int64_t id, const char *name)
{
	char *cause = NULL;
	int was = is_marked(s, id);

	if ((was ? iday_unattend(ui->st, s->a.session, id, &cause) :
	    iday_attend(ui->st, s->a.session, id, &cause)) != 0) {
		ui_message(ui, 1, "Niet bijgehouden: %s", cause);
		free(cause);
		return;
	}
	ui_message(ui, 0, was ? "%s: niet aanwezig." : "%s: aanwezig.", name);
}

void
ui_pick_attendance(struct ui *ui, int64_t sid)
{
	struct person_pick_arg arg = { 0 };

	arg.title = "Aanwezigen aanvinken";
	arg.hint = "Enter vinkt de gekozen persoon aan als aanwezig, of (✓) weer af. Esc: klaar.";
	arg.pick_label = "Aanwezig";
	arg.mark_label = "aanwezig";
	arg.stay = 1;
	arg.session = sid;
	ui_push(ui, &ui_screen_person_pick, &arg);
}

static char *
dup_or_null(const char *s)
{
	return s != NULL ? xstrdup(s) : NULL;
}

static void
pp_enter(struct ui *ui, struct ui_view *v, void *arg)
{
	const struct person_pick_arg *a = arg;
	struct ppick *s = xcalloc(1, sizeof *s);

	v->state = s;
	s->a = *a;
	s->a.title = dup_or_null(a->title);
	s->a.hint = dup_or_null(a->hint);
	s->a.pick_label = dup_or_null(a->pick_label);
	s->a.mark_label = dup_or_null(a->mark_label);
	/* ui_push has put this view on top: the one below asked. */
	s->caller = &ui->views[ui->depth - 2];
	textbuf_init(&s->filter, "", FILTER_MAX);
	load(ui, s);
}

static void
pp_leave(struct ui *ui, struct ui_view *v)
{
	struct ppick *s = v->state;

	(void)ui;
	participant_list_free(s->people);
	participant_list_free(s->marked);
	listview_free(&s->lv);
	textbuf_free(&s->filter);
	free((char *)(uintptr_t)s->a.title);
	free((char *)(uintptr_t)s->a.hint);
	free((char *)(uintptr_t)s->a.pick_label);
	free((char *)(uintptr_t)s->a.mark_label);
	free(s);
}

static const struct participant *
current(const struct ppick *s)
{
	return s->lv.n > 0 ? person_at(s, s->lv.sel) : NULL;
}

static struct listview *
pp_list(struct ui_view *v)
{
	return &((struct ppick *)v->state)->lv;
}

/* ✓ name · role · organisation, and what the mark means. */
static void
pp_row(struct ui *ui, struct ui_view *v, int y, size_t row)
{
	const struct ppick *s = v->state;
	const struct participant *p = person_at(s, row);
	int mark = is_marked(s, p->id);
	char *line = xasprintf("%s %s%s%s%s%s%s%s", mark ? "✓" : " ", p->name,
	    p->role[0] != '\0' ? " · " : "", p->role,
	    p->organisation[0] != '\0' ? " · " : "", p->organisation,
	    mark && s->a.mark_label != NULL ? "  — " : "",
	    mark && s->a.mark_label != NULL ? s->a.mark_label : "");

	(void)ui;
	ui_put_fit(y, 2, COLS - 4, line);
	free(line);
}

static void
pp_draw(struct ui *ui, struct ui_view *v)
{
	struct ppick *s = v->state;
	int y = 1, x;
	size_t scroll = 0;
	char *line;

	attrset(ui_attr(ROLE_HEADING));
	ui_put_fit(y++, 2, COLS - 4, s->a.title != NULL ? s->a.title : "Persoon kiezen");
	attrset(ui_attr(ROLE_DIM));
	if (s->a.hint != NULL)
		ui_put_fit(y++, 2, COLS - 4, s->a.hint);
	attrset(ui_attr(ROLE_NORMAL));
	y++;
	x = 2 + ui_put(y, 2, COLS - 4, "Zoek: ");
	attrset(ui_attr(ROLE_FIELD));
	ui_draw_textbuf(ui, &s->filter, y, x, 1, COLS - x - 2, !ui->prompt.active, &scroll);
	attrset(ui_attr(ROLE_NORMAL));
	y += 2;
	if (s->lv.n == 0) {
		attrset(ui_attr(ROLE_DIM));
		line = s->people->n == 0 ? xstrdup(s->a.among > 0 ? "Nog niemand aanwezig in deze "
		    "sessie." : "Nog niemand in dit werkboek.") :
		    xasprintf("Niemand heet '%s'.", s->filter.text);
		ui_put_fit(y, 4, COLS - 6, line);
		free(line);
		ui_put_wrapped(y + 1, 4, COLS - 6, 2, identity_facilitator() ?
		    "Kies iemand uit de lijst (wis de zoektekst), of voeg met ^N bewust een "
		    "nieuwe persoon toe." : "Kies iemand uit de lijst (wis de zoektekst); "
		    "nieuwe personen voegt de facilitator toe.");
		attrset(ui_attr(ROLE_NORMAL));
		return;
	}
	ui_list_draw(ui, v, y, LINES - 3 - y - 1, pp_row);
	attrset(ui_attr(ROLE_DIM));
	line = xasprintf("%zu van %zu personen", s->lv.n, s->people->n);
	ui_put_fit(LINES - 3, 2, COLS - 4, line);
	attrset(ui_attr(ROLE_NORMAL));
	free(line);
}

/* ---- picking ---------------------------------------------------------- */

static int
act_pick(struct ui *ui, struct ui_view *v)
{
	struct ppick *s = v->state;
	const struct participant *p = current(s);
	void (*picked)(struct ui *, struct ui_view *, int64_t, const char *) = s->a.picked;
	struct ui_view *caller = s->caller;
	int64_t id;
	char *name;

	if (p == NULL) {
		ui_message(ui, 1, "Niemand gekozen: niemand in de lijst heet zo.");
		return UI_REDRAW;
	}
	id = p->id;
	name = xstrdup(p->name);
	if (s->a.stay) {
		/* Ready for the next one: the whole list, this one still chosen. */
		textbuf_set(&s->filter, "");
		s->want = id;
		apply(s);
		if (s->a.session > 0)
			toggle_attendance(ui, s, id, name);
		else
			picked(ui, caller, id, name);
		s->reload = 1;
	} else {
		ui_pop(ui);	/* frees s; the caller is on top again */
		picked(ui, caller, id, name);
	}
	free(name);
	return UI_REDRAW;
}

static int
act_close(struct ui *ui, struct ui_view *v)
{
	struct ppick *s = v->state;
	void (*closed)(struct ui *, struct ui_view *) = s->a.closed;
	struct ui_view *caller = s->caller;

	ui_pop(ui);
	if (closed != NULL)
		closed(ui, caller);
	return UI_REDRAW;
}

/* ---- a new person, a corrected name ------------------------------------ */

static void
added(struct ui *ui, struct ui_view *v, const char *text)
{
	struct ppick *s;
	const struct participant *p;
	char *cause = NULL;
	int64_t id;

	/* The prompt belongs to this view; it is still on top. */
	if (text == NULL || ui_top(ui) != v)
		return;
	s = v->state;
	if (str_is_blank(text)) {
		ui_message(ui, 0, "Niemand toegevoegd.");
		return;
	}
	if ((id = participant_add_new(ui->st, text, &cause)) < 0) {
		ui_message(ui, 1, "Niet toegevoegd: %s; kies die persoon in de lijst.", cause);
		free(cause);
		return;
	}
	/* Added to pick from the people present: present from now on. */
	if (s->a.among > 0 && iday_attend(ui->st, s->a.among, id, &cause) != 0) {
		ui_message(ui, 1, "Niet als aanwezig aangevinkt: %s", cause);
		free(cause);
	}
	textbuf_set(&s->filter, "");
	s->want = id;
	load(ui, s);
	p = current(s);
	ui_message(ui, 0, "Toegevoegd: %s. Enter kiest deze persoon.", p != NULL ? p->name : "?");
}

static int
act_add(struct ui *ui, struct ui_view *v)
{
	struct ppick *s = v->state;

	ui_prompt(ui, v, "Nieuwe persoon, volledige naam:", s->filter.text, added, NULL);
	return UI_REDRAW;
}

static void
renamed(struct ui *ui, struct ui_view *v, const char *text)
{
	struct ppick *s;
	char *cause = NULL;

	if (text == NULL || ui_top(ui) != v)
		return;
	s = v->state;
	if (participant_rename(ui->st, s->renaming, text, &cause) != 0) {
		ui_message(ui, 1, "Niet verbeterd: %s", cause);
		free(cause);
		return;
	}
	textbuf_set(&s->filter, "");
	s->want = s->renaming;
	load(ui, s);
	ui_message(ui, 0, "Naam verbeterd; de login blijft dezelfde.");
}

static int
act_rename(struct ui *ui, struct ui_view *v)
{
	struct ppick *s = v->state;
	const struct participant *p = current(s);

	if (p == NULL)
		return 0;
	s->renaming = p->id;
	ui_prompt(ui, v, "Naam verbeteren:", p->name, renamed, NULL);
	return UI_REDRAW;
}

/* ---- typing and moving -------------------------------------------------- */

static int
pp_text(struct ui *ui, struct ui_view *v, const char *t, size_t n)
{
	struct ppick *s = v->state;

	(void)ui;
	if (t == NULL)
		return 1;	/* every character goes to the filter */
	textbuf_insert(&s->filter, t, n);
	apply(s);
	return UI_REDRAW;
}

static int
pp_key(struct ui *ui, struct ui_view *v, int key)
{
	struct ppick *s = v->state;

	(void)ui;
	if (!ui_textbuf_key(&s->filter, key, FILTER_MAX, 0))
		return 0;
	apply(s);
	return UI_REDRAW;
}

/* In a round the marks change with every pick: read them again once the
 * pick (and any prompt it asked) is done. */
static void
pp_tick(struct ui *ui, struct ui_view *v)
{
	struct ppick *s = v->state;

	if (s->reload && !ui->prompt.active) {
		s->reload = 0;
		load(ui, s);
	}
}

static void
pp_resume(struct ui *ui, struct ui_view *v)
{
	load(ui, v->state);
}

/* Printable keys filter, so every action has a key that is not one. */
static const struct ui_action pp_actions[] = {
	{ { '\r', '\n', UI_FKEY(KEY_ENTER) }, "Enter", "Kiezen", "De gekozen persoon nemen",
	    act_pick, 0 },
	{ { UI_CTRL('n') }, "^N", "Nieuwe persoon",
	    "Bewust een nieuwe persoon toevoegen (de volledige naam wordt gevraagd)", act_add,
	    UI_FAC },
	{ { UI_CTRL('r') }, "^R", "Naam", "De naam van de gekozen persoon verbeteren (de login "
	    "blijft)", act_rename, UI_FAC },
	UI_LIST_MOVES_TYPING("Volgende persoon", "Vorige persoon"),
	{ { UI_FKEY(KEY_F(1)) }, "F1", "Hulp", "Deze hulp tonen", ui_action_help,
	    UI_ACT(ACT_HELP) },
	{ { UI_ESC }, "Esc", "Terug", "Terug zonder iemand te kiezen", act_close,
	    UI_ACT(ACT_BACK) },
	{ { 0 }, NULL, NULL, NULL, NULL, 0 }
};

/* The Enter label says what a pick does here ("Aanwezig", "Lid"). */
static const struct ui_action *
pp_actions_now(struct ui *ui, struct ui_view *v)
{
	static struct ui_action now[sizeof pp_actions / sizeof pp_actions[0]];
	struct ppick *s = v->state;
	size_t i;

	(void)ui;
	memcpy(now, pp_actions, sizeof now);
	for (i = 0; now[i].keyname != NULL; i++) {
		if (now[i].handler == act_pick && s->a.pick_label != NULL)
			now[i].label = s->a.pick_label;
		if (now[i].handler == act_close && s->a.stay)
			now[i].label = "Klaar";
	}
	return now;
}

static char *
pp_title(struct ui *ui, struct ui_view *v)
{
	struct ppick *s = v->state;

	(void)ui;
	return xstrdup(s->a.title != NULL ? s->a.title : "Persoon kiezen");
}

/* Every table this screen may show, for the conventions test. */
static const struct ui_table person_pick_tables[] = {
	{ pp_actions, 1 },
	{ NULL, 0 }
};

const struct ui_screen ui_screen_person_pick = {
	.name = "person_pick",
	.help_intro = "Kies een persoon uit de lijst van wie het werkboek kent: typ een deel "
	    "van de naam (of de organisatie) om de lijst te verkleinen, kies met ↑ ↓ en neem "
	    "met Enter. Esc kiest niemand. Een nieuwe persoon voegt de facilitator bewust toe "
	    "met ^N; een naam die er al is, wordt niet nog eens gemaakt. Een verkeerd gespelde "
	    "naam verbetert de facilitator met ^R; de login blijft dezelfde.",
	.enter = pp_enter,
	.leave = pp_leave,
	.draw = pp_draw,
	.actions = pp_actions_now,
	.tables = person_pick_tables,
	.key = pp_key,
	.text = pp_text,
	.tick = pp_tick,
	.click = ui_list_click,
	.list = pp_list,
	.resume = pp_resume,
	.title = pp_title,
};
