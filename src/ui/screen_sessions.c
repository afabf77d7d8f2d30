/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * screen_sessions.c: the werkboek's sessions (werkconferentie, intervisie,
 * teamoverleg). n opens a new one, Enter opens an existing one on this
 * terminal: from then on every answer saved here is attributed to it, and
 * the coalitions worked on join its agenda. Below the list: the selected
 * session's agenda and exactly what was added or changed in it.
 *
 * F9 puts the agenda of the session open on this terminal on the wall.
 *
 * The facilitator opens sessions, keeps the attendance and exports; a
 * deelnemer joins a session on their own terminal (and so is present),
 * and leaves it again with c: both concern their own saves only.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "vitaal/identity.h"
#include "vitaal/intervisie.h"
#include "vitaal/session.h"
#include "vitaal/util.h"
#include "screens.h"
#include "ui_int.h"

struct sessions {
	struct session_rec_list	*l;
	struct listview		 lv;
	char			*kind;		/* a new session: its kind and title while */
	char			*title;		/* the rest is asked */
};

static void
load(struct ui *ui, struct sessions *s)
{
	char *cause = NULL;

	session_rec_list_free(s->l);
	if ((s->l = session_list(ui->st, &cause)) == NULL) {
		ui_message(ui, 1, "Sessies niet te lezen: %s", cause);
		free(cause);
		s->l = xcalloc(1, sizeof *s->l);
	}
	listview_set(&s->lv, s->l->n);
}

static void
sessions_enter(struct ui *ui, struct ui_view *v, void *arg)
{
	struct sessions *s = xcalloc(1, sizeof *s);

	(void)arg;
	v->state = s;
	load(ui, s);
}

static void
sessions_leave(struct ui *ui, struct ui_view *v)
{
	struct sessions *s = v->state;

	(void)ui;
	session_rec_list_free(s->l);
	free(s->kind);
	free(s->title);
	free(s);
}

static void
sessions_resume(struct ui *ui, struct ui_view *v)
{
	load(ui, v->state);
}

static struct listview *
sessions_list(struct ui_view *v)
{
	return &((struct sessions *)v->state)->lv;
}

static void
sessions_row(struct ui *ui, struct ui_view *v, int y, size_t row)
{
	const struct session_rec *r = &((struct sessions *)v->state)->l->v[row];
	char *line = xasprintf("%s  %-15s %s%s  (%d wijziging%s)", r->date, r->kind, r->title,
	    r->id == ui->session_id ? "  ● open" : "", r->nchanges, r->nchanges == 1 ? "" : "en");

	ui_put_fit(y, 2, COLS - 4, line);
	free(line);
}

static void
sessions_draw(struct ui *ui, struct ui_view *v)
{
	struct sessions *s = v->state;
	int y = 1, listh = (LINES - 5) / 3;
	struct session_change *ch;
	size_t k, n = 0;
	char **agenda;
	char *line;

	attrset(ui_attr(ROLE_HEADING));
	ui_put_fit(y++, 2, COLS - 4, "Sessies");
	attrset(ui_attr(ROLE_NORMAL));
	if (s->l->n == 0) {
		ui_put_wrapped(y + 1, 2, COLS - 4, 4, identity_facilitator() ?
		    "Nog geen sessies. n opent een werkconferentie, "
		    "intervisie of teamoverleg; alles wat u daarna op deze terminal invult, hoort bij "
		    "die sessie, zodat de samenvatting kan zeggen wat er die dag veranderde." :
		    "Nog geen sessies. De facilitator opent ze; daarna doet u mee met Enter, en "
		    "alles wat u invult, hoort bij die sessie.");
		return;
	}
	y += ui_list_draw(ui, v, y, listh, sessions_row);
	y++;
	{
		const struct session_rec *r = &s->l->v[s->lv.sel];
		struct participant_list *pl = iday_attendees(ui->st, r->id, NULL);
		struct strbuf b = { 0 };

		strbuf_printf(&b, "Plaats: %s · Facilitator: %s", r->place[0] != '\0' ? r->place :
		    "–", r->facilitator[0] != '\0' ? r->facilitator : "–");
		ui_put_fit(y++, 2, COLS - 4, b.s);
		strbuf_free(&b);
		strbuf_puts(&b, "Aanwezig: ");
		for (k = 0; pl != NULL && k < pl->n; k++)
			strbuf_printf(&b, "%s%s", k > 0 ? ", " : "", pl->v[k].name);
		if (pl == NULL || pl->n == 0)
			strbuf_puts(&b, identity_facilitator() ?
			    "nog niemand (a voegt namen toe)" : "nog niemand (Enter: u doet mee)");
		ui_put_fit(y++, 2, COLS - 4, b.s);
		strbuf_free(&b);
		participant_list_free(pl);
	}
	agenda = session_agenda(ui->st, s->l->v[s->lv.sel].id, &n, NULL);
	{
		struct strbuf b = { 0 };

		strbuf_puts(&b, "Agenda: ");
		for (k = 0; agenda != NULL && k < n; k++) {
			strbuf_printf(&b, "%s%s", k > 0 ? ", " : "", agenda[k]);
			free(agenda[k]);
		}
		free(agenda);
		if (n == 0)
			strbuf_puts(&b, "nog leeg");
		ui_put_fit(y++, 2, COLS - 4, b.s);
		strbuf_free(&b);
	}
	attrset(ui_attr(ROLE_HEADING));
	ui_put_fit(y++, 2, COLS - 4, "Toegevoegd of gewijzigd in deze sessie");
	attrset(ui_attr(ROLE_NORMAL));
	ch = session_changes(ui->st, s->l->v[s->lv.sel].id, &n, NULL);
	if (ch != NULL && n == 0)
		ui_put_fit(y, 2, COLS - 4, "Nog niets. Open de sessie (Enter) en vul een formulier in; "
		    "elk bewaard antwoord verschijnt hier.");
	for (k = 0; ch != NULL && k < n && y < LINES - 4; k++) {
		const struct cat_item *it = catalogue_item(ui->cat, ch[k].item_key);

		line = xasprintf("%.5s  %s · %s", ch[k].changed + 11, ch[k].coalition,
		    it != NULL ? it->prompt : ch[k].item_key);
		ui_put_fit(y++, 2, COLS - 4, line);
		free(line);
		ui_put_fit(y++, 9, COLS - 11, ch[k].value);
	}
	if (ch != NULL && k < n)
		ui_put_fit(y, 2, COLS - 4, "…");
	session_changes_free(ch, n);
}

/* The place is asked last; then the session opens on this terminal. */
static void
placed(struct ui *ui, struct ui_view *v, const char *place)
{
	struct sessions *s = v->state;
	const char *who = identity_current()->fullname;
	char *cause = NULL, date[16];
	time_t now = time(NULL);
	struct tm tm;
	int64_t id;

	if (place == NULL) {
		ui_message(ui, 0, "Geen sessie geopend.");
		goto out;
	}
	localtime_r(&now, &tm);
	strftime(date, sizeof date, "%Y-%m-%d", &tm);
	id = session_open(ui->st, s->kind, s->title, date, place, who != NULL ? who : "", &cause);
	if (id < 0) {
		ui_message(ui, 1, "Niet geopend: %s", cause);
		free(cause);
		goto out;
	}
	ui->session_id = id;
	free(ui->session_title);
	ui->session_title = xstrdup(s->title);
	load(ui, s);
	for (s->lv.sel = 0; s->lv.sel + 1 < s->l->n && s->l->v[s->lv.sel].id != id;
	    s->lv.sel++)
		;
	ui_message(ui, 0, "Sessie geopend: wat u nu invult, hoort bij '%s'. a: wie is er?",
	    ui->session_title);
out:
	free(s->kind);
	free(s->title);
	s->kind = s->title = NULL;
}

static void
titled(struct ui *ui, struct ui_view *v, const char *title)
{
	struct sessions *s = v->state;

	if (title == NULL || str_is_blank(title)) {
		free(s->kind);
		s->kind = NULL;
		return;
	}
	free(s->title);
	s->title = str_trim(title);
	ui_prompt(ui, v, "Plaats (mag leeg):", "", placed, NULL);
}

/* Who is there, picked from the werkboek's people (never made by typing
 * a name). */
static int
act_present(struct ui *ui, struct ui_view *v)
{
	struct sessions *s = v->state;

	if (s->l->n == 0)
		return 0;
	ui_pick_attendance(ui, s->l->v[s->lv.sel].id);
	return UI_REDRAW;
}

static void
kind_chosen(struct ui *ui, struct ui_view *v, const char *text)
{
	struct sessions *s = v->state;
	int n = text != NULL ? atoi(text) : 0;

	if (n < 1 || n > SESSION_NKINDS) {
		if (text != NULL)
			ui_message(ui, 1, "Kies 1, 2 of 3.");
		return;
	}
	free(s->kind);
	s->kind = xstrdup(session_kinds[n - 1]);
	ui_prompt(ui, v, "Titel van de sessie:", "", titled, NULL);
}

static int
act_new(struct ui *ui, struct ui_view *v)
{
	ui_prompt(ui, v, "Soort: 1 werkconferentie, 2 intervisie, 3 teamoverleg:", "",
	    kind_chosen, NULL);
	return UI_REDRAW;
}

static int
act_open(struct ui *ui, struct ui_view *v)
{
	struct sessions *s = v->state;
	char *cause = NULL;
	int64_t me;

	if (s->l->n == 0)
		return 0;
	ui->session_id = s->l->v[s->lv.sel].id;
	free(ui->session_title);
	ui->session_title = xstrdup(s->l->v[s->lv.sel].title);
	if (identity_facilitator()) {
		ui_message(ui, 0, "Sessie geopend: wat u nu invult, hoort bij '%s'.",
		    ui->session_title);
		return UI_REDRAW;
	}
	/* Who joins is there: the one name a deelnemer may put down. */
	if ((me = participant_me(ui->st, &cause)) < 0 ||
	    iday_attend(ui->st, ui->session_id, me, &cause) != 0) {
		ui_message(ui, 1, "U doet mee met '%s', maar staat niet bij de aanwezigen: %s",
		    ui->session_title, cause);
		free(cause);
		return UI_REDRAW;
	}
	ui_message(ui, 0, "U doet mee met '%s': wat u nu invult, hoort erbij.", ui->session_title);
	return UI_REDRAW;
}

static int
act_export(struct ui *ui, struct ui_view *v)
{
	struct sessions *s = v->state;
	struct export_arg arg = { 0, 0, 0 };

	if (s->l->n == 0)
		return 0;
	arg.session_id = s->l->v[s->lv.sel].id;
	ui_push(ui, &ui_screen_export, &arg);
	return UI_REDRAW;
}

static void
close_confirmed(struct ui *ui, struct ui_view *v, const char *yes)
{
	(void)v;
	if (yes == NULL || ui->session_id == 0)
		return;
	ui_message(ui, 0, "Sessie '%s' gesloten op deze terminal.", ui->session_title);
	ui->session_id = 0;
	free(ui->session_title);
	ui->session_title = NULL;
}

/* c: closing changes where every later save goes, so it is asked (a
 * stray c in the middle of a werkconferentie must not end it). */
static int
act_close(struct ui *ui, struct ui_view *v)
{
	if (ui->session_id == 0) {
		ui_message(ui, 0, "Er is geen sessie open op deze terminal.");
		return UI_REDRAW;
	}
	ui_confirm(ui, v, "De open sessie op deze terminal sluiten?", close_confirmed);
	return UI_REDRAW;
}

/* F9: the open session's agenda on the wall; nothing while none is open. */
static int
sessions_project(struct ui *ui, struct ui_view *v, struct projection *p)
{
	(void)v;
	if (ui->session_id == 0)
		return 0;
	p->kind = PROJECT_AGENDA;
	p->session_id = ui->session_id;
	return 1;
}

static const struct ui_action sessions_actions[] = {
	{ { 'n' }, "n", "Nieuw", "Een nieuwe sessie openen (vandaag)", act_new, UI_FAC },
	{ { '\r', '\n', UI_FKEY(KEY_ENTER) }, "Enter", "Openen",
	    "De gekozen sessie op deze terminal openen (een deelnemer doet zo mee en is "
	    "aanwezig)", act_open, 0 },
	{ { 'c' }, "c", "Sluiten", "De open sessie op deze terminal sluiten", act_close, 0 },
	{ { 'a' }, "a", "Aanwezig", "Wie er bij de gekozen sessie is (namen, één voor één)",
	    act_present, UI_FAC },
	{ { 'e' }, "e", "Exporteren", "De samenvatting van de gekozen sessie opslaan (tekst "
	    "voor de e-mail, ODT, Markdown, HTML, Graphviz)", act_export, UI_FAC },
	UI_LIST_MOVES("Volgende sessie", "Vorige sessie"),
	{ { '?', UI_FKEY(KEY_F(1)) }, "?", "Hulp", "Deze hulp tonen", ui_action_help,
	    UI_ACT(ACT_HELP) },
	{ { UI_ESC, 'q' }, "Esc", "Terug", "Terug", ui_action_back, UI_ACT(ACT_BACK) },
	{ { 0 }, NULL, NULL, NULL, NULL, 0 }
};

static char *
sessions_title(struct ui *ui, struct ui_view *v)
{
	(void)ui;
	(void)v;
	return xstrdup("Sessies");
}

/* Every table this screen may show, for the conventions test. */
static const struct ui_table sessions_tables[] = {
	{ sessions_actions, 0 },
	{ NULL, 0 }
};

const struct ui_screen ui_screen_sessions = {
	.name = "sessions",
	.help_intro = "Een sessie is een werkconferentie, intervisie of teamoverleg. Zolang een "
	    "sessie op deze terminal open is (● in de titelregel), hoort elk bewaard antwoord "
	    "erbij en komt de coalitie op de agenda; zo legt de sessie precies vast wat er "
	    "in die tijd is toegevoegd of gewijzigd. Met een open sessie zet F9 haar agenda "
	    "op de beamer.",
	.enter = sessions_enter,
	.leave = sessions_leave,
	.draw = sessions_draw,
	.tables = sessions_tables,
	.click = ui_list_click,
	.list = sessions_list,
	.resume = sessions_resume,
	.title = sessions_title,
	.project = sessions_project,
};
