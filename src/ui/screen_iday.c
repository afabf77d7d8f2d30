/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * screen_iday.c: one intervisie day: the vraagstellers' questions, and for
 * the selected one its self-analysis (named only; its answers show only if
 * shared), the interview notes, the gespreksnotitie, the advice round
 * (participant by participant, like a dilemma round), the actions and
 * their follow-up, its themes; a lesson for the harvest is one key away.
 * People are chosen from the werkboek's people (screen_person_pick.c),
 * never made by typing a name. Opening the day marks nobody present:
 * the facilitator marks who is there, and anyone may mark themself.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vitaal/identity.h"
#include "vitaal/intervisie.h"
#include "vitaal/util.h"
#include "screens.h"
#include "ui_int.h"

struct iday_view {
	int64_t			 sid;
	int64_t			 gid;
	int64_t			 me;
	struct iquestion_list	*q;
	struct participant_list	*present;
	struct listview		 lv;
	int64_t			 pending_id;	/* the vraagsteller while the question is asked,
						   the adviser in a round, an action's number */
};

static void
load(struct ui *ui, struct iday_view *s)
{
	char *cause = NULL;

	iquestion_list_free(s->q);
	participant_list_free(s->present);
	if ((s->present = iday_attendees(ui->st, s->sid, NULL)) == NULL)
		s->present = xcalloc(1, sizeof *s->present);
	if ((s->q = iquestion_list(ui->st, s->sid, &cause)) == NULL) {
		ui_message(ui, 1, "Vragen niet te lezen: %s", cause);
		free(cause);
		s->q = xcalloc(1, sizeof *s->q);
	}
	listview_set(&s->lv, s->q->n);
}

static void
iday_enter(struct ui *ui, struct ui_view *v, void *arg)
{
	const struct iday_arg *a = arg;
	struct iday_view *s = xcalloc(1, sizeof *s);

	s->sid = a->session_id;
	s->gid = a->group_id;
	s->me = a->me;
	v->state = s;
	load(ui, s);	/* looking is not attending: nobody is marked present here */
}

static void
iday_leave(struct ui *ui, struct ui_view *v)
{
	struct iday_view *s = v->state;

	(void)ui;
	iquestion_list_free(s->q);
	participant_list_free(s->present);
	free(s);
}

static struct iquestion *
cur(struct iday_view *s)
{
	return s->q->n > 0 ? &s->q->v[s->lv.sel] : NULL;
}

/* The detail of a question as text (allocated). */
static char *
detail(struct ui *ui, const struct iquestion *q, int64_t me)
{
	struct strbuf b = { 0 };
	size_t i;

	strbuf_printf(&b, "Vraagsteller: %s\n", q->vraagsteller_name != NULL ?
	    q->vraagsteller_name : "?");
	if (q->analysis_id != 0) {
		struct self_analysis_list *shared = selfanalysis_shared(ui->st, 0, NULL, NULL);
		const char *title = NULL, *origin = NULL;

		for (i = 0; shared != NULL && i < shared->n; i++)
			if (shared->v[i].id == q->analysis_id) {
				title = shared->v[i].title;
				origin = shared->v[i].origin;
			}
		if (title != NULL)
			strbuf_printf(&b, "Zelfanalyse: %s (gedeeld%s%s)\n", title,
			    origin != NULL ? "; " : "", origin != NULL ? origin : "");
		else
			strbuf_printf(&b, "Zelfanalyse: privé%s\n", q->vraagsteller == me ?
			    " (alleen u ziet ze; deel ze in uw zelfanalyses)" : "");
		self_analysis_list_free(shared);
	}
	strbuf_printf(&b, "Interview: %s\n", q->interview[0] != '\0' ? q->interview : "—");
	strbuf_printf(&b, "Gespreksnotitie: %s\n", q->gespreksnotitie[0] != '\0' ?
	    q->gespreksnotitie : "—");
	strbuf_printf(&b, "Adviesronde (%zu):", q->nadvice);
	for (i = 0; i < q->nadvice; i++)
		strbuf_printf(&b, "\n  %s: %s", q->advice[i].label, q->advice[i].text);
	strbuf_printf(&b, "\nActies (%zu):", q->nactions);
	for (i = 0; i < q->nactions; i++)
		strbuf_printf(&b, "\n  %zu. %s %s%s%s", i + 1, q->actions[i].done ? "✓" : "·",
		    q->actions[i].text, q->actions[i].follow_up[0] != '\0' ? " — " : "",
		    q->actions[i].follow_up);
	strbuf_printf(&b, "\nVervolg: %s", q->follow_up[0] != '\0' ? q->follow_up : "—");
	strbuf_puts(&b, "\nThema's: ");
	for (i = 0; i < q->nthemes; i++)
		strbuf_printf(&b, "%s%s", i > 0 ? ", " : "", q->themes[i]);
	if (q->nthemes == 0)
		strbuf_puts(&b, "—");
	return strbuf_take(&b);
}

static struct listview *
iday_questions(struct ui_view *v)
{
	return &((struct iday_view *)v->state)->lv;
}

static void
iday_row(struct ui *ui, struct ui_view *v, int y, size_t row)
{
	const struct iquestion *q = &((struct iday_view *)v->state)->q->v[row];
	char *line = xasprintf("%s — %s", q->vraagsteller_name != NULL ? q->vraagsteller_name :
	    "?", q->title);

	(void)ui;
	ui_put_fit(y, 2, COLS - 4, line);
	free(line);
}

static void
iday_draw(struct ui *ui, struct ui_view *v)
{
	struct iday_view *s = v->state;
	int listh = s->q->n < 5 ? (int)s->q->n + 1 : 6, y = 1, i;
	struct iquestion *q = cur(s);
	char *text, *p;
	size_t k;

	{
		struct strbuf b = { 0 };

		strbuf_puts(&b, "Aanwezig: ");
		for (k = 0; k < s->present->n; k++)
			strbuf_printf(&b, "%s%s", k > 0 ? ", " : "", s->present->v[k].name);
		if (s->present->n == 0)
			strbuf_puts(&b, identity_facilitator() ?
			    "nog niemand (p: aanwezigen aanvinken, m: uzelf)" :
			    "nog niemand (m: uzelf aanwezig melden)");
		ui_put_fit(y++, 2, COLS - 4, b.s);
		strbuf_free(&b);
	}
	attrset(ui_attr(ROLE_HEADING));
	ui_put_fit(y++, 2, COLS - 4, "Vragen van de vraagstellers (n: nieuwe vraag)");
	attrset(ui_attr(ROLE_NORMAL));
	if (q == NULL) {
		attrset(ui_attr(ROLE_DIM));
		ui_put_fit(y, 4, COLS - 6, "Nog geen vragen op deze dag.");
		attrset(ui_attr(ROLE_NORMAL));
		return;
	}
	ui_list_draw(ui, v, y, listh - 1, iday_row);
	y += listh;
	text = detail(ui, q, s->me);
	/* One wrapped block per line of the detail. */
	for (p = text, i = y; p != NULL && *p != '\0' && i < LINES - 3;) {
		char *nl = strchr(p, '\n');

		if (nl != NULL)
			*nl = '\0';
		i += ui_put_wrapped(i, 2, COLS - 4, LINES - 3 - i, p);
		p = nl != NULL ? nl + 1 : NULL;
	}
	free(text);
}

/* ---- a new question: the vraagsteller, then the question ---------------- */

static void
asked(struct ui *ui, struct ui_view *v, const char *title)
{
	struct iday_view *s = v->state;
	char *cause = NULL;

	if (title != NULL && !str_is_blank(title)) {
		if (iquestion_add(ui->st, s->sid, s->pending_id, title, &cause) < 0) {
			ui_message(ui, 1, "Niet toegevoegd: %s", cause);
			free(cause);
		} else {
			load(ui, s);
			listview_end(&s->lv);
		}
	}
	s->pending_id = 0;
}

static void
asker_picked(struct ui *ui, struct ui_view *v, int64_t id, const char *name)
{
	struct iday_view *s = v->state;
	char *title = xasprintf("De vraag die %s bezighoudt:", name);

	s->pending_id = id;
	ui_prompt(ui, v, title, "", asked, NULL);
	free(title);
}

/* The facilitator chooses the vraagsteller; a deelnemer brings their own. */
static int
act_new(struct ui *ui, struct ui_view *v)
{
	struct iday_view *s = v->state;
	struct person_pick_arg arg = { 0 };

	if (!identity_facilitator()) {
		if (s->me <= 0)
			return 0;
		s->pending_id = s->me;
		ui_prompt(ui, v, "Uw vraag:", "", asked, NULL);
		return UI_REDRAW;
	}
	arg.title = "Vraagsteller kiezen";
	arg.hint = "Wie brengt de vraag in? Enter kiest; Esc: geen vraag.";
	arg.picked = asker_picked;
	ui_push(ui, &ui_screen_person_pick, &arg);
	return UI_REDRAW;
}

/* ---- attendance ------------------------------------------------------------ */

static int
is_present(const struct iday_view *s, int64_t id)
{
	size_t i;

	for (i = 0; i < s->present->n; i++)
		if (s->present->v[i].id == id)
			return 1;
	return 0;
}

/* Mark id present, or (when they are) not present after all. */
static void
toggle_present(struct ui *ui, struct iday_view *s, int64_t id, const char *name)
{
	char *cause = NULL;
	int was = is_present(s, id);

	if ((was ? iday_unattend(ui->st, s->sid, id, &cause) :
	    iday_attend(ui->st, s->sid, id, &cause)) != 0) {
		ui_message(ui, 1, "Niet bijgehouden: %s", cause);
		free(cause);
		return;
	}
	load(ui, s);
	ui_message(ui, 0, was ? "%s: niet aanwezig." : "%s: aanwezig.", name);
}

static int
act_present(struct ui *ui, struct ui_view *v)
{
	ui_pick_attendance(ui, ((struct iday_view *)v->state)->sid);
	return UI_REDRAW;
}

/* Anyone may say they are there (or were marked by mistake). */
static int
act_me_present(struct ui *ui, struct ui_view *v)
{
	struct iday_view *s = v->state;
	struct participant_list *pl;
	size_t i;

	if (s->me <= 0)
		return 0;
	if ((pl = participant_list(ui->st, NULL)) == NULL)
		return 0;
	for (i = 0; i < pl->n; i++)
		if (pl->v[i].id == s->me)
			toggle_present(ui, s, s->me, pl->v[i].name);
	participant_list_free(pl);
	return UI_REDRAW;
}

/* ---- texts of the question ------------------------------------------------ */

static void
set_text(struct ui *ui, struct ui_view *v, const char *field, const char *text)
{
	struct iday_view *s = v->state;
	struct iquestion *q = cur(s);
	char *cause = NULL;

	if (text == NULL || q == NULL)
		return;
	if (iquestion_set_text(ui->st, q->id, field, text, &cause) != 0) {
		ui_message(ui, 1, "Niet bewaard: %s", cause);
		free(cause);
	}
	load(ui, s);
}

static void interview_done(struct ui *ui, struct ui_view *v, const char *t) { set_text(ui, v, "interview", t); }
static void notitie_done(struct ui *ui, struct ui_view *v, const char *t) { set_text(ui, v, "gespreksnotitie", t); }
static void follow_done(struct ui *ui, struct ui_view *v, const char *t) { set_text(ui, v, "follow_up", t); }

static int
prompt_text(struct ui *ui, struct ui_view *v, const char *title, const char *cur_text,
    void (*done)(struct ui *, struct ui_view *, const char *))
{
	if (cur(v->state) == NULL)
		return 0;
	ui_prompt(ui, v, title, cur_text, done, NULL);
	return UI_REDRAW;
}

static int act_interview(struct ui *ui, struct ui_view *v) { struct iquestion *q = cur(v->state); return prompt_text(ui, v, "Interview:", q != NULL ? q->interview : "", interview_done); }
static int act_notitie(struct ui *ui, struct ui_view *v) { struct iquestion *q = cur(v->state); return prompt_text(ui, v, "Gespreksnotitie:", q != NULL ? q->gespreksnotitie : "", notitie_done); }
static int act_follow(struct ui *ui, struct ui_view *v) { struct iquestion *q = cur(v->state); return prompt_text(ui, v, "Vervolg, later:", q != NULL ? q->follow_up : "", follow_done); }

/* ---- the advice round ---------------------------------------------------- */

static void
advised(struct ui *ui, struct ui_view *v, const char *text)
{
	struct iday_view *s = v->state;
	struct iquestion *q = cur(s);
	char *cause = NULL;

	if (text != NULL && !str_is_blank(text) && q != NULL) {
		if (iadvice_add_by(ui->st, q->id, s->pending_id, text, &cause) < 0) {
			ui_message(ui, 1, "Niet bewaard: %s", cause);
			free(cause);
		} else
			ui_message(ui, 0, "Advies bewaard. Kies de volgende, of Esc: einde ronde.");
		load(ui, s);
	}
	s->pending_id = 0;
}

static void
adviser_picked(struct ui *ui, struct ui_view *v, int64_t id, const char *name)
{
	struct iday_view *s = v->state;
	char *title = xasprintf("Advies van %s:", name);

	s->pending_id = id;
	ui_prompt(ui, v, title, "", advised, NULL);
	free(title);
}

/* Who gave advice on the question already. */
static struct participant_list *
advisers_of(struct ui *ui, struct ui_view *caller)
{
	struct iday_view *s = caller->state;
	struct participant_list *l = xcalloc(1, sizeof *l);
	struct iquestion *q;
	size_t i;

	(void)ui;
	if ((q = cur(s)) == NULL)
		return l;
	l->v = xcalloc(q->nadvice + 1, sizeof *l->v);
	for (i = 0; i < q->nadvice; i++)
		if (q->advice[i].participant > 0) {
			l->v[l->n].id = q->advice[i].participant;
			l->v[l->n++].name = xstrdup(q->advice[i].label);
		}
	return l;
}

static void
round_closed(struct ui *ui, struct ui_view *v)
{
	(void)v;
	ui_message(ui, 0, "Einde van de adviesronde.");
}

/* Person after person: choose who speaks, type their advice. */
static int
act_round(struct ui *ui, struct ui_view *v)
{
	struct iquestion *q = cur(v->state);
	struct person_pick_arg arg = { 0 };
	char *title;

	if (q == NULL)
		return 0;
	title = xasprintf("Adviesronde: %s", q->title);
	arg.title = title;
	arg.hint = "Kies wie advies geeft (✓ gaf al advies) en typ het advies. Esc: einde ronde.";
	arg.pick_label = "Advies";
	arg.mark_label = "gaf advies";
	arg.stay = 1;
	arg.picked = adviser_picked;
	arg.marked = advisers_of;
	arg.closed = round_closed;
	ui_push(ui, &ui_screen_person_pick, &arg);
	free(title);
	return UI_REDRAW;
}

/* ---- actions, themes, lessons, the analysis ------------------------------ */

static void
action_added(struct ui *ui, struct ui_view *v, const char *text)
{
	struct iday_view *s = v->state;
	struct iquestion *q = cur(s);
	char *cause = NULL;

	if (text == NULL || str_is_blank(text) || q == NULL)
		return;
	if (iaction_add(ui->st, q->id, text, &cause) < 0) {
		ui_message(ui, 1, "%s", cause);
		free(cause);
	}
	load(ui, s);
}

static int
act_action(struct ui *ui, struct ui_view *v)
{
	if (cur(v->state) == NULL)
		return 0;
	ui_prompt(ui, v, "Actie van de vraagsteller:", "", action_added, NULL);
	return UI_REDRAW;
}

static void
action_followed(struct ui *ui, struct ui_view *v, const char *text)
{
	struct iday_view *s = v->state;
	struct iquestion *q = cur(s);
	char *cause = NULL;

	if (text == NULL || q == NULL || s->pending_id < 1 || (size_t)s->pending_id > q->nactions)
		return;
	if (iaction_update(ui->st, q->actions[s->pending_id - 1].id, 1, text, &cause) != 0) {
		ui_message(ui, 1, "%s", cause);
		free(cause);
	}
	s->pending_id = 0;
	load(ui, s);
}

static void
action_numbered(struct ui *ui, struct ui_view *v, const char *text)
{
	struct iday_view *s = v->state;
	struct iquestion *q = cur(s);
	int n = text != NULL ? atoi(text) : 0;

	if (text == NULL || q == NULL)
		return;
	if (n < 1 || (size_t)n > q->nactions) {
		ui_message(ui, 1, "Kies een actie van 1 tot en met %zu.", q->nactions);
		return;
	}
	s->pending_id = n;
	ui_prompt(ui, v, "Gedaan; hoe ging het?", q->actions[n - 1].follow_up, action_followed,
	    NULL);
}

static int
act_done(struct ui *ui, struct ui_view *v)
{
	struct iquestion *q = cur(v->state);

	if (q == NULL || q->nactions == 0)
		return 0;
	ui_prompt(ui, v, "Welke actie is gedaan (nummer)?", "", action_numbered, NULL);
	return UI_REDRAW;
}

static void
tagged(struct ui *ui, struct ui_view *v, const char *text)
{
	struct iday_view *s = v->state;
	struct iquestion *q = cur(s);
	char *cause = NULL;

	if (text == NULL || str_is_blank(text) || q == NULL)
		return;
	if (iquestion_tag(ui->st, q->id, text, &cause) != 0) {
		ui_message(ui, 1, "%s", cause);
		free(cause);
	}
	load(ui, s);
}

static int
act_theme(struct ui *ui, struct ui_view *v)
{
	if (cur(v->state) == NULL)
		return 0;
	ui_prompt(ui, v, "Thema:", "", tagged, NULL);
	return UI_REDRAW;
}

static void
lesson_added(struct ui *ui, struct ui_view *v, const char *text)
{
	struct iday_view *s = v->state;
	struct iquestion *q = cur(s);
	char *cause = NULL;

	if (text == NULL || str_is_blank(text) || q == NULL)
		return;
	if (ilesson_add(ui->st, s->gid, text, &q->id, 1, &cause) < 0) {
		ui_message(ui, 1, "%s", cause);
		free(cause);
		return;
	}
	ui_message(ui, 0, "Les toegevoegd aan de oogst van de groep.");
}

static int
act_lesson(struct ui *ui, struct ui_view *v)
{
	if (cur(v->state) == NULL)
		return 0;
	ui_prompt(ui, v, "Les voor de oogst (uit deze vraag):", "", lesson_added, NULL);
	return UI_REDRAW;
}

static void
analysis_chosen(struct ui *ui, struct ui_view *v, int64_t id)
{
	struct iday_view *s = v->state;
	struct iquestion *q = cur(s);
	char *cause = NULL;

	if (q == NULL)
		return;
	if (iquestion_link_analysis(ui->st, q->id, id, &cause) != 0) {
		ui_message(ui, 1, "%s", cause);
		free(cause);
	} else
		ui_message(ui, 0, "Gekoppeld. Anderen zien de antwoorden alleen als u de "
		    "zelfanalyse deelt.");
	load(ui, s);
}

/* Only the vraagsteller links one of their own analyses, from a list. */
static int
act_analysis(struct ui *ui, struct ui_view *v)
{
	struct iday_view *s = v->state;
	struct iquestion *q = cur(s);
	struct self_analysis_list *mine;
	struct choose_arg arg = { 0 };
	char **rows;
	int64_t *ids;
	size_t i;

	if (q == NULL || s->me <= 0)
		return 0;
	if (q->vraagsteller != s->me) {
		ui_message(ui, 1, "Alleen de vraagsteller koppelt een eigen zelfanalyse aan de vraag.");
		return UI_REDRAW;
	}
	mine = selfanalysis_mine(ui->st, s->me, NULL);
	if (mine == NULL || mine->n == 0) {
		ui_message(ui, 0, "U hebt nog geen zelfanalyse.");
		self_analysis_list_free(mine);
		return UI_REDRAW;
	}
	rows = xcalloc(mine->n + 1, sizeof *rows);
	ids = xcalloc(mine->n + 1, sizeof *ids);
	for (i = 0; i < mine->n; i++) {
		rows[i] = xasprintf("nr %-3lld %.10s  %-8s %s", (long long)mine->v[i].id,
		    mine->v[i].updated, mine->v[i].shared ? "gedeeld" : "privé", mine->v[i].title);
		ids[i] = mine->v[i].id;
		if (ids[i] == q->analysis_id)
			arg.sel = i;
	}
	arg.title = "Welke zelfanalyse hoort bij uw vraag?";
	arg.hint = "Een privé zelfanalyse blijft privé: de groep ziet alleen dat er een is.";
	arg.pick_label = "Koppelen";
	arg.rows = (const char *const *)rows;
	arg.ids = ids;
	arg.n = mine->n;
	arg.picked = analysis_chosen;
	ui_push(ui, &ui_screen_choose, &arg);
	for (i = 0; i < mine->n; i++)
		free(rows[i]);
	free(rows);
	free(ids);
	self_analysis_list_free(mine);
	return UI_REDRAW;
}

static int
act_export(struct ui *ui, struct ui_view *v)
{
	struct iday_view *s = v->state;
	struct export_arg arg = { 0, 0, 0 };

	arg.session_id = s->sid;
	ui_push(ui, &ui_screen_export, &arg);
	return UI_REDRAW;
}

/* A click selects a question; a double click does no more. */
static int
iday_click(struct ui *ui, struct ui_view *v, int id, int dbl)
{
	(void)dbl;
	return ui_list_click(ui, v, id, 0);
}

static const struct ui_action iday_actions[] = {
	{ { 'n' }, "n", "Vraag", "Een vraag toevoegen; de facilitator kiest de vraagsteller, een "
	    "deelnemer brengt een eigen vraag in", act_new, 0 },
	{ { 'p' }, "p", "Aanwezig", "Aanwezigen aanvinken uit de bekende personen",
	    act_present, UI_FAC },
	{ { 'r' }, "r", "Adviesronde", "Een adviesronde: per persoon kiezen wie spreekt en het "
	    "advies", act_round, UI_FAC },
	{ { 'a' }, "a", "Actie", "Een actie van de vraagsteller", act_action, 0 },
	{ { 'i' }, "i", "Interview", "Notities van het voorbereidende interview", act_interview,
	    0 },
	{ { 'o' }, "o", "Notitie", "De gespreksnotitie", act_notitie, 0 },
	{ { 't' }, "t", "Thema", "Een thema bij deze vraag", act_theme, 0 },
	{ { 'l' }, "l", "Les", "Een les voor de oogst van de groep, uit deze vraag", act_lesson,
	    0 },
	{ { 'm' }, "m", NULL, "Uzelf aanwezig melden, of weer afmelden", act_me_present, 0 },
	{ { 'e' }, "e", NULL, "De samenvatting van deze dag opslaan: vragen, adviezen, acties, "
	    "thema's en lessen", act_export, UI_FAC },
	{ { 'v' }, "v", NULL, "Een actie afvinken, met hoe het ging", act_done, 0 },
	{ { 'f' }, "f", NULL, "Het vervolg later", act_follow, 0 },
	{ { 'z' }, "z", NULL, "Uw zelfanalyse aan uw vraag koppelen (u kiest uit een lijst)",
	    act_analysis, 0 },
	UI_LIST_MOVES("Volgende vraag", "Vorige vraag"),
	{ { '?', UI_FKEY(KEY_F(1)) }, "?", "Hulp", "Deze hulp tonen", ui_action_help,
	    UI_ACT(ACT_HELP) },
	{ { UI_ESC, 'q' }, "Esc", "Terug", "Terug naar de groep", ui_action_back,
	    UI_ACT(ACT_BACK) },
	{ { 0 }, NULL, NULL, NULL, NULL, 0 }
};

static char *
iday_title(struct ui *ui, struct ui_view *v)
{
	(void)ui;
	(void)v;
	return xstrdup("Intervisie › Intervisiedag");
}

/* Another terminal changed the werkboek: reload. */
static void
iday_resume_auto(struct ui *ui, struct ui_view *v)
{
	load(ui, v->state);
}

/* Every table this screen may show, for the conventions test. */
static const struct ui_table iday_tables[] = {
	{ iday_actions, 0 },
	{ NULL, 0 }
};

const struct ui_screen ui_screen_iday = {
	.name = "iday",
	.help_intro = "Een intervisiedag: de vraagstellers brengen hun vraag in, met hun "
	    "zelfanalyse (alleen zichtbaar als die gedeeld is), de notities van het "
	    "voorbereidende interview en de gespreksnotitie. De groep geeft advies in een ronde; "
	    "de vraagsteller kiest acties en vertelt later hoe het ging. Thema's die terugkomen "
	    "en lessen voor de oogst worden op groepsniveau geteld en bewaard. Een dag openen is "
	    "nog geen aanwezig zijn: de facilitator vinkt aan wie er is (p), en u kunt uzelf "
	    "aanwezig melden (m).",
	.enter = iday_enter,
	.resume = iday_resume_auto,
	.leave = iday_leave,
	.draw = iday_draw,
	.tables = iday_tables,
	.click = iday_click,
	.list = iday_questions,
	.title = iday_title,
};
