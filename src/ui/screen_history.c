/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * screen_history.c: every saved version of one answer, or of the fields
 * of a player, a dilemma, the typology, a note or a collaboration
 * (fieldrule.h), newest first, with who saved it and the selected
 * version in full; Enter puts an earlier version back (which is itself a
 * new version, so nothing is lost by trying).
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vitaal/answer.h"
#include "vitaal/fieldrule.h"
#include "vitaal/util.h"
#include "screens.h"
#include "ui_int.h"

/* One version as the list shows it, from either kind of history. */
struct version {
	int64_t	 id;
	char	*when;		/* UTC, ISO 8601 */
	char	*who;		/* "" when unknown */
	char	*field;		/* the field; NULL for an answer */
	char	*value;		/* as shown */
	char	*note;		/* why this row is there, or NULL */
	int	 current;	/* the newest of its field */
};

struct history {
	int64_t			 cid;
	char			*key;		/* an answer's item key */
	char			*prompt;
	int			 kind;		/* enum field_kind, or -1: an answer */
	int64_t			 record_id;
	char			*field;		/* NULL: every field of the record */
	struct version		*v;		/* newest first */
	size_t			 n;
	struct listview		 lv;		/* row 0 = newest */
};

static void
versions_free(struct history *s)
{
	size_t i;

	for (i = 0; i < s->n; i++) {
		free(s->v[i].when);
		free(s->v[i].who);
		free(s->v[i].field);
		free(s->v[i].value);
		free(s->v[i].note);
	}
	free(s->v);
	s->v = NULL;
	s->n = 0;
}

static const char *
reason_note(const char *reason)
{
	if (strcmp(reason, "tegelijk") == 0)
		return "tegelijk met een andere terminal";
	if (strcmp(reason, "eerder") == 0)
		return "eerdere waarde";
	if (strcmp(reason, "teruggezet") == 0)
		return "teruggezet";
	if (strcmp(reason, "hersteld") == 0)
		return "opnieuw bewaard na verwijderen";
	if (strcmp(reason, "import") == 0)
		return "uit een import";
	return NULL;
}

/* Answers and fields alike, turned newest first. */
static void
load(struct ui *ui, struct history *s)
{
	struct answer_history *ah = NULL;
	struct field_history *fh = NULL;
	char *cause = NULL;
	size_t i, j, n = 0;

	versions_free(s);
	if (s->kind < 0)
		ah = store_answer_history(ui->st, s->cid, s->key);
	else
		fh = field_history_get(ui->st, s->kind, s->record_id, s->field, &cause);
	if (ah == NULL && fh == NULL) {
		ui_message(ui, 1, "Geschiedenis niet te lezen: %s", cause != NULL ? cause :
		    store_errmsg(ui->st));
		free(cause);
	}
	n = ah != NULL ? ah->n : fh != NULL ? fh->n : 0;
	s->v = xcalloc(n > 0 ? n : 1, sizeof *s->v);
	s->n = n;
	for (i = 0; i < n; i++) {
		struct version *v = &s->v[n - 1 - i];

		if (ah != NULL) {
			v->id = ah->v[i].id;
			v->when = xstrdup(ah->v[i].changed);
			v->who = xstrdup(ah->v[i].author != NULL ? ah->v[i].author : "");
			v->value = xstrdup(ah->v[i].value);
		} else {
			const struct field_change *c = &fh->v[i];
			const char *note = reason_note(c->reason);

			v->id = c->id;
			v->when = xstrdup(c->saved_at);
			v->who = xstrdup(c->author);
			v->field = xstrdup(c->field);
			v->value = field_value_text(s->kind, c->field, c->value);
			v->note = note != NULL ? xstrdup(note) : NULL;
		}
	}
	/* The newest row of each field is its current value. */
	for (i = 0; i < n; i++) {
		s->v[i].current = 1;
		for (j = 0; j < i && s->v[i].current; j++)
			if (s->v[j].field == s->v[i].field ||
			    (s->v[j].field != NULL && s->v[i].field != NULL &&
			    strcmp(s->v[j].field, s->v[i].field) == 0))
				s->v[i].current = 0;
	}
	answer_history_free(ah);
	field_history_free(fh);
	if (s->lv.sel >= s->n)
		s->lv.sel = 0;
	listview_set(&s->lv, s->n);
}

static void
history_enter(struct ui *ui, struct ui_view *v, void *arg)
{
	const struct history_arg *a = arg;
	struct history *s = xcalloc(1, sizeof *s);

	s->cid = a->coalition_id;
	s->key = a->item_key != NULL ? xstrdup(a->item_key) : NULL;
	s->prompt = xstrdup(a->prompt);
	s->kind = a->kind != NULL ? field_kind_of(a->kind) : -1;
	s->record_id = a->record_id;
	s->field = a->field != NULL ? xstrdup(a->field) : NULL;
	v->state = s;
	load(ui, s);
}

static void
history_leave(struct ui *ui, struct ui_view *v)
{
	struct history *s = v->state;

	(void)ui;
	versions_free(s);
	free(s->key);
	free(s->prompt);
	free(s->field);
	free(s);
}

static struct listview *
history_list(struct ui_view *v)
{
	return &((struct history *)v->state)->lv;
}

static void
history_row(struct ui *ui, struct ui_view *v, int y, size_t row)
{
	struct history *s = v->state;
	const struct version *c = &s->v[row];
	char when[20], *line;

	(void)ui;
	/* In local time, as the other screens (UTC when unreadable). */
	if (str_local_time(c->when, 1, when, sizeof when) != 0)
		snprintf(when, sizeof when, "%.10s %.5s", c->when, c->when + 11);
	line = xasprintf("%s  %s%s%s%s%s%s", when,
	    c->current ? "(huidig) " : "", c->who, c->who[0] != '\0' ? " · " : "",
	    s->field == NULL && c->field != NULL ? field_label(s->kind, c->field) : "",
	    s->field == NULL && c->field != NULL ? ": " : "",
	    c->value[0] != '\0' ? c->value : "(leeg)");
	ui_put_fit(y, 2, COLS - 4, line);
	free(line);
}

static void
history_draw(struct ui *ui, struct ui_view *v)
{
	struct history *s = v->state;
	int y = 2, listh;

	attrset(ui_attr(ROLE_HEADING));
	ui_put_fit(1, 2, COLS - 4, s->kind < 0 ? "Geschiedenis van het antwoord op:" :
	    "Geschiedenis van:");
	attrset(A_BOLD);
	y = 2 + ui_put_wrapped(2, 2, COLS - 4, 2, s->prompt) + 1;
	attrset(ui_attr(ROLE_NORMAL));
	if (s->n == 0) {
		ui_put(y, 2, COLS - 4, s->kind < 0 ?
		    "Nog geen versies: deze vraag is nooit beantwoord." :
		    "Nog geen versies: dit is hier nog niet gewijzigd.");
		return;
	}
	listh = (LINES - y - 3) / 2;
	if (listh < 3)
		listh = 3;
	ui_list_draw(ui, v, y, listh, history_row);
	y += listh + 1;
	{
		const struct version *c = &s->v[s->lv.sel];
		char *title = c->note != NULL ? xasprintf("Deze versie · %s", c->note) :
		    xstrdup("Deze versie");

		ui_box(y, 1, LINES - y - 2, COLS - 2, title);
		ui_put_wrapped(y + 1, 3, COLS - 6, LINES - y - 4, c->value);
		free(title);
	}
}

static void
restore_confirmed(struct ui *ui, struct ui_view *v, const char *text)
{
	struct history *s = v->state;
	char *cause = NULL;
	int ret;

	if (text == NULL || (text[0] != 'j' && text[0] != 'J')) {
		ui_message(ui, 0, "Niet teruggezet.");
		return;
	}
	if (s->kind < 0)
		ret = answer_restore(ui->st, s->v[s->lv.sel].id, 0, &cause);
	else
		ret = field_restore(ui->st, ui->cat, s->v[s->lv.sel].id, ui_me(ui), &cause);
	if (ret != 0) {
		ui_message(ui, 1, "Niet teruggezet: %s", cause);
		free(cause);
		return;
	}
	ui_pop(ui);
	ui_message(ui, 0, "Eerdere versie teruggezet; de vorige blijft in de geschiedenis.");
}

static int
act_restore(struct ui *ui, struct ui_view *v)
{
	struct history *s = v->state;

	if (s->n == 0)
		return 0;
	if (s->v[s->lv.sel].current) {
		ui_message(ui, 0, "Dit is de huidige versie al.");
		return UI_REDRAW;
	}
	ui_confirm(ui, v, "Deze versie terugzetten?", restore_confirmed);
	return UI_REDRAW;
}

/* Another terminal saved: its version shows at once. */
static void
history_resume_auto(struct ui *ui, struct ui_view *v)
{
	load(ui, v->state);
}

static const struct ui_action history_actions[] = {
	{ { '\r', '\n', UI_FKEY(KEY_ENTER) }, "Enter", "Terugzetten",
	    "De gekozen versie weer de huidige maken", act_restore, 0 },
	UI_LIST_MOVES("Oudere versie", "Nieuwere versie"),
	{ { '?', UI_FKEY(KEY_F(1)) }, "?", "Hulp", "Deze hulp tonen", ui_action_help,
	    UI_ACT(ACT_HELP) },
	{ { UI_ESC, 'q', UI_FKEY(KEY_LEFT) }, "Esc", "Terug", "Terug",
	    ui_action_back, UI_ACT(ACT_BACK) },
	{ { 0 }, NULL, NULL, NULL, NULL, 0 }
};

/* Every table this screen may show, for the conventions test. */
static const struct ui_table history_tables[] = {
	{ history_actions, 0 },
	{ NULL, 0 }
};

const struct ui_screen ui_screen_history = {
	.name = "history",
	.help_intro = "Elke bewaarde versie, de nieuwste bovenaan, met datum en tijd (UTC) en "
	    "wie haar bewaarde. Wijzigden twee terminals tegelijk hetzelfde veld, dan staat de "
	    "latere als huidige versie en de andere hier. Terugzetten maakt van een oude versie "
	    "weer de huidige; de versie die u vervangt blijft bewaard.",
	.enter = history_enter,
	.leave = history_leave,
	.draw = history_draw,
	.tables = history_tables,
	.click = ui_list_click,
	.list = history_list,
	.resume = history_resume_auto,
};

void
ui_field_history(struct ui *ui, int64_t coalition_id, const char *prompt, int kind,
    int64_t record_id, const char *field)
{
	struct history_arg arg;

	memset(&arg, 0, sizeof arg);
	arg.coalition_id = coalition_id;
	arg.prompt = prompt;
	arg.kind = field_kind_names[kind];
	arg.record_id = record_id;
	arg.field = field;
	ui_push(ui, &ui_screen_history, &arg);
}
