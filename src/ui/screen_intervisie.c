/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * screen_intervisie.c: the person at the terminal and their intervisie:
 * their own self-analyses (private until shared), new ones from the
 * catalogue's questionnaires, a comparison with an earlier one, and the
 * intervisie groups. Who "ik" is comes from the identity (the account, or
 * the forced command of an SSH key), bound to a participant the first
 * time.
 */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vitaal/identity.h"
#include "vitaal/intervisie.h"
#include "vitaal/util.h"
#include "screens.h"
#include "ui_int.h"

struct ivhome {
	int64_t				 me;		/* participant id, 0 = not known yet */
	char				*my_name;
	char				*login;
	struct self_analysis_list	*mine;
	struct igroup_list		*groups;
	char				*my_coalitions;	/* "A, B" or NULL */
	int				 focus;		/* 0 my analyses, 1 groups */
	struct listview			 lv[2];		/* their lists */
};

/* A group's click target: GROUP_HIT + its row. */
#define GROUP_HIT	1000

static void
load(struct ui *ui, struct ivhome *s)
{
	struct participant_list *pl;
	char *cause = NULL;
	size_t i;

	self_analysis_list_free(s->mine);
	igroup_list_free(s->groups);
	s->mine = NULL;
	free(s->my_name);
	s->my_name = NULL;
	/* The person at this terminal is known by the identity; the first
	 * visit adds them (a read-only werkboek cannot: then only groups). */
	if (s->me == 0 && (s->me = participant_me(ui->st, &cause)) < 0) {
		ui_message(ui, 1, "Wie u bent kan niet worden vastgelegd: %s", cause);
		free(cause);
		cause = NULL;
		s->me = 0;
	}
	if (s->me > 0 && (pl = participant_list(ui->st, NULL)) != NULL) {
		for (i = 0; i < pl->n; i++)
			if (pl->v[i].id == s->me) {
				const struct participant *p = &pl->v[i];

				/* "Anna · directeur · Gemeente X": who is at this terminal. */
				s->my_name = xasprintf("%s%s%s%s%s", p->name, p->role[0] != '\0' ? " · " : "",
				    p->role, p->organisation[0] != '\0' ? " · " : "", p->organisation);
			}
		participant_list_free(pl);
	}
	free(s->my_coalitions);
	s->my_coalitions = NULL;
	if (s->me > 0) {
		size_t n = 0;
		char **names = participant_coalitions(ui->st, s->me, &n, NULL);
		struct strbuf b = { 0 };

		for (i = 0; names != NULL && i < n; i++) {
			strbuf_printf(&b, "%s%s", i > 0 ? ", " : "", names[i]);
			free(names[i]);
		}
		free(names);
		if (b.len > 0)
			s->my_coalitions = strbuf_take(&b);
	}
	if (s->me > 0 && (s->mine = selfanalysis_mine(ui->st, s->me, &cause)) == NULL) {
		ui_message(ui, 1, "Zelfanalyses niet te lezen: %s", cause);
		free(cause);
		cause = NULL;
	}
	if (s->mine == NULL)
		s->mine = xcalloc(1, sizeof *s->mine);
	/* A deelnemer sees the groups they are in; the facilitator all. */
	if ((s->groups = identity_facilitator() ? igroup_list(ui->st, &cause) :
	    igroup_list_for(ui->st, s->me, &cause)) == NULL) {
		ui_message(ui, 1, "Groepen niet te lezen: %s", cause);
		free(cause);
		s->groups = xcalloc(1, sizeof *s->groups);
	}
	listview_set(&s->lv[0], s->mine->n);
	listview_set(&s->lv[1], s->groups->n);
}

static void
iv_enter(struct ui *ui, struct ui_view *v, void *arg)
{
	struct ivhome *s = xcalloc(1, sizeof *s);

	(void)arg;
	v->state = s;
	s->login = xstrdup(identity_current()->name);
	load(ui, s);
}

static void
iv_leave(struct ui *ui, struct ui_view *v)
{
	struct ivhome *s = v->state;

	(void)ui;
	self_analysis_list_free(s->mine);
	igroup_list_free(s->groups);
	free(s->my_name);
	free(s->my_coalitions);
	free(s->login);
	free(s);
}

static void
iv_resume(struct ui *ui, struct ui_view *v)
{
	load(ui, v->state);
}

static struct listview *
iv_list(struct ui_view *v)
{
	struct ivhome *s = v->state;

	return &s->lv[s->focus];
}

static void
mine_row(struct ui *ui, struct ui_view *v, int y, size_t row)
{
	const struct self_analysis_rec *a = &((struct ivhome *)v->state)->mine->v[row];
	char *line = xasprintf("nr %-3lld %.10s  %-8s %3d beantwoord  %s", (long long)a->id,
	    a->updated, a->shared ? "gedeeld" : "privé", a->answered, a->title);

	(void)ui;
	ui_put_fit(y, 2, COLS - 4, line);
	free(line);
}

static void
group_row(struct ui *ui, struct ui_view *v, int y, size_t row)
{
	const struct igroup *g = &((struct ivhome *)v->state)->groups->v[row];
	char *line;

	/* The facilitator exports a group by its number (export --groep NR). */
	if (identity_facilitator())
		line = xasprintf("nr %-3lld %s (%zu %s)", (long long)g->id, g->name, g->nmembers,
		    g->nmembers == 1 ? "lid" : "leden");
	else
		line = xasprintf("%s (%zu %s)", g->name, g->nmembers,
		    g->nmembers == 1 ? "lid" : "leden");
	ui_put_fit(y, 2, COLS - 4, line);
	ui_hit(ui, y, 0, COLS, 1, GROUP_HIT + (int)row);
	free(line);
}

static void
iv_draw(struct ui *ui, struct ui_view *v)
{
	struct ivhome *s = v->state;
	int y = 1, half = (LINES - 6) / 2;
	char *line;

	line = s->me > 0 ? xasprintf("Ik: %s%s%s%s", s->my_name != NULL ? s->my_name : "?",
	    s->login[0] != '\0' ? " (login " : "", s->login, s->login[0] != '\0' ? ")" : "") :
	    xstrdup("Ik: nog onbekend");
	attrset(ui_attr(ROLE_HEADING));
	ui_put_fit(y++, 2, COLS - 4, line);
	free(line);
	attrset(ui_attr(ROLE_DIM));
	line = xasprintf("Uw coalities: %s", s->my_coalitions != NULL ? s->my_coalitions :
	    "nog geen (c: koppelen)");
	ui_put_fit(y++, 2, COLS - 4, line);
	free(line);
	ui_put_fit(y++, 2, COLS - 4, "Uw zelfanalyses — privé tot u ze deelt "
	    "(nr: vitaal export --zelfanalyse NR)");
	attrset(ui_attr(ROLE_NORMAL));
	if (s->mine->n == 0) {
		attrset(ui_attr(ROLE_DIM));
		ui_put_fit(y, 4, COLS - 6, "Nog geen. n begint er een, op een vragenlijst naar keuze.");
		attrset(ui_attr(ROLE_NORMAL));
	}
	s->lv[0].unmarked = s->focus != 0;
	ui_list_draw_of(ui, v, &s->lv[0], y, half, mine_row);
	y += half + 1;
	attrset(ui_attr(ROLE_HEADING));
	ui_put_fit(y++, 2, COLS - 4, "Intervisiegroepen");
	attrset(ui_attr(ROLE_NORMAL));
	if (s->groups->n == 0) {
		attrset(ui_attr(ROLE_DIM));
		ui_put_fit(y, 4, COLS - 6, identity_facilitator() ? "Nog geen. G maakt een groep." :
		    "U bent nog in geen groep; de facilitator zet u in een groep.");
		attrset(ui_attr(ROLE_NORMAL));
	}
	s->lv[1].unmarked = s->focus != 1;
	ui_list_draw_of(ui, v, &s->lv[1], y, LINES - 3 - y, group_row);
}

/* ---- actions ------------------------------------------------------------ */

/* The questionnaire chosen for a new analysis: its key by catalogue index. */
static void
form_chosen(struct ui *ui, struct ui_view *v, int64_t index)
{
	struct ivhome *s = v->state;
	const struct cat_form *f;
	struct form_arg arg = { 0 };
	char *cause = NULL;
	int64_t id;

	if (index < 0 || (size_t)index >= ui->cat->nforms)
		return;
	f = &ui->cat->forms[index];
	if ((id = selfanalysis_create(ui->st, ui->cat, s->me, f->key, f->title, &cause)) < 0) {
		ui_message(ui, 1, "Niet aangemaakt: %s", cause);
		free(cause);
		return;
	}
	load(ui, s);
	s->focus = 0;
	s->lv[0].sel = 0;	/* newest first */
	arg.form = f->key;
	arg.analysis_id = id;
	arg.owner = s->me;
	ui_push(ui, &ui_screen_form, &arg);
	ui_message(ui, 0, "Privé: alleen u ziet deze zelfanalyse, tot u ze deelt (s).");
}

/* The questionnaires of the catalogue in view, each with its introduction. */
static int
act_new(struct ui *ui, struct ui_view *v)
{
	struct ivhome *s = v->state;
	struct choose_arg arg = { 0 };
	const char **rows, **details;
	int64_t *ids;
	size_t i, n = 0;

	if (s->me == 0)
		return 0;
	rows = xcalloc(ui->cat->nforms + 1, sizeof *rows);
	details = xcalloc(ui->cat->nforms + 1, sizeof *details);
	ids = xcalloc(ui->cat->nforms + 1, sizeof *ids);
	for (i = 0; i < ui->cat->nforms; i++)
		if (strcmp(ui->cat->forms[i].kind, "zelfanalyse") == 0) {
			rows[n] = ui->cat->forms[i].title;
			details[n] = ui->cat->forms[i].intro;
			ids[n++] = (int64_t)i;
		}
	arg.title = "Nieuwe zelfanalyse: kies een vragenlijst";
	arg.hint = "De zelfanalyse is privé: alleen u ziet ze, tot u ze deelt.";
	arg.pick_label = "Beginnen";
	arg.rows = rows;
	arg.details = details;
	arg.ids = ids;
	arg.n = n;
	arg.picked = form_chosen;
	ui_push(ui, &ui_screen_choose, &arg);
	free(rows);
	free(details);
	free(ids);
	return UI_REDRAW;
}

static int
act_open(struct ui *ui, struct ui_view *v)
{
	struct ivhome *s = v->state;

	if (s->focus == 0 && s->mine->n > 0) {
		const struct self_analysis_rec *a = &s->mine->v[s->lv[0].sel];
		struct form_arg arg = { 0 };

		arg.form = a->form_key;	/* borrowed: the form screen copies it */
		arg.analysis_id = a->id;
		arg.owner = s->me;
		ui_push(ui, &ui_screen_form, &arg);
	} else if (s->focus == 1 && s->groups->n > 0) {
		struct igroup_arg arg = { s->groups->v[s->lv[1].sel].id, s->me };

		ui_push(ui, &ui_screen_igroup, &arg);
	}
	return UI_REDRAW;
}

/* Sharing first shows what the group will see; unsharing says what it
 * cannot undo. */
static int
act_share(struct ui *ui, struct ui_view *v)
{
	struct ivhome *s = v->state;
	const struct self_analysis_rec *a;
	struct share_arg arg;

	if (s->focus != 0 || s->mine->n == 0)
		return 0;
	a = &s->mine->v[s->lv[0].sel];
	arg.analysis_id = a->id;
	arg.owner = s->me;
	arg.unshare = a->shared;
	ui_push(ui, &ui_screen_share, &arg);
	return UI_REDRAW;
}

/* The analysis chosen to compare the selected one with: the older of
 * the two is "eerder". */
static void
compare_chosen(struct ui *ui, struct ui_view *v, int64_t other)
{
	struct ivhome *s = v->state;
	const struct self_analysis_rec *a;
	struct compare_arg arg;
	size_t k;

	if (s->mine->n == 0)
		return;
	a = &s->mine->v[s->lv[0].sel];
	for (k = 0; k < s->mine->n && s->mine->v[k].id != other; k++)
		;
	if (k == s->mine->n)
		return;
	arg.owner = s->me;
	/* The list is newest first. */
	arg.earlier = k > s->lv[0].sel ? other : a->id;
	arg.later = k > s->lv[0].sel ? a->id : other;
	arg.form = a->form_key;
	ui_push(ui, &ui_screen_compare, &arg);
}

/* The other own analyses on the same questionnaire, in view. */
static int
act_compare(struct ui *ui, struct ui_view *v)
{
	struct ivhome *s = v->state;
	const struct self_analysis_rec *a;
	struct choose_arg arg = { 0 };
	char **rows;
	int64_t *ids;
	size_t k, n = 0, pre = SIZE_MAX;

	if (s->focus != 0 || s->mine->n == 0)
		return 0;
	a = &s->mine->v[s->lv[0].sel];
	rows = xcalloc(s->mine->n + 1, sizeof *rows);
	ids = xcalloc(s->mine->n + 1, sizeof *ids);
	for (k = 0; k < s->mine->n; k++) {
		const struct self_analysis_rec *o = &s->mine->v[k];

		if (k == s->lv[0].sel || strcmp(o->form_key, a->form_key) != 0)
			continue;
		if (k > s->lv[0].sel && pre == SIZE_MAX)
			pre = n;	/* the one just before it in time is offered */
		rows[n] = xasprintf("nr %-3lld %.10s  %-8s %3d beantwoord  %s", (long long)o->id,
		    o->created, o->shared ? "gedeeld" : "privé", o->answered, o->title);
		ids[n++] = o->id;
	}
	if (n == 0)
		ui_message(ui, 0, "Geen andere zelfanalyse op deze vragenlijst om mee te vergelijken.");
	else {
		arg.title = "Vergelijken: kies de andere zelfanalyse";
		arg.hint = "Uw zelfanalyses op dezelfde vragenlijst; de oudste van de twee staat "
		    "links.";
		arg.pick_label = "Vergelijken";
		arg.rows = (const char *const *)rows;
		arg.ids = ids;
		arg.n = n;
		arg.sel = pre < n ? pre : 0;
		arg.picked = compare_chosen;
		ui_push(ui, &ui_screen_choose, &arg);
	}
	for (k = 0; k < n; k++)
		free(rows[k]);
	free(rows);
	free(ids);
	return UI_REDRAW;
}

static void
group_named(struct ui *ui, struct ui_view *v, const char *name)
{
	struct ivhome *s = v->state;
	char *cause = NULL;
	size_t i;
	int64_t id;

	if (name == NULL || str_is_blank(name))
		return;
	if ((id = igroup_add(ui->st, name, &cause)) < 0) {
		ui_message(ui, 1, "Niet aangemaakt: %s", cause);
		free(cause);
		return;
	}
	load(ui, s);
	s->focus = 1;
	for (i = 0; i < s->groups->n; i++)
		if (s->groups->v[i].id == id)
			s->lv[1].sel = i;
	ui_message(ui, 0, "Groep gemaakt. Open hem (Enter) en kies de leden met l.");
}

static int
act_group(struct ui *ui, struct ui_view *v)
{
	ui_prompt(ui, v, "Naam van de intervisiegroep:", "", group_named, NULL);
	return UI_REDRAW;
}

static void
remove_confirmed(struct ui *ui, struct ui_view *v, const char *text)
{
	struct ivhome *s = v->state;
	char *cause = NULL;

	if (text == NULL || (text[0] != 'j' && text[0] != 'J') || s->mine->n == 0)
		return;
	if (selfanalysis_remove(ui->st, s->mine->v[s->lv[0].sel].id, s->me, &cause) != 0) {
		ui_message(ui, 1, "%s", cause);
		free(cause);
	}
	load(ui, s);
}

static int
act_remove(struct ui *ui, struct ui_view *v)
{
	struct ivhome *s = v->state;

	if (s->focus != 0 || s->mine->n == 0)
		return 0;
	ui_confirm(ui, v, "Deze zelfanalyse verwijderen?", remove_confirmed);
	return UI_REDRAW;
}

/* My profile: organisation, role and context, asked one after another. */
static struct participant *
my_record(struct ui *ui, struct ivhome *s, struct participant_list **pl)
{
	size_t i;

	*pl = participant_list(ui->st, NULL);
	for (i = 0; *pl != NULL && i < (*pl)->n; i++)
		if ((*pl)->v[i].id == s->me)
			return &(*pl)->v[i];
	return NULL;
}

/* Save one field of my record (0 organisation, 1 role, 2 profile). */
static void
save_profile(struct ui *ui, struct ivhome *s, int field, const char *text)
{
	struct participant_list *pl;
	struct participant *me = my_record(ui, s, &pl), copy;
	char *cause = NULL;

	if (me != NULL && text != NULL) {
		copy = *me;
		if (field == 0)
			copy.organisation = (char *)(uintptr_t)text;
		else if (field == 1)
			copy.role = (char *)(uintptr_t)text;
		else
			copy.profile = (char *)(uintptr_t)text;
		if (participant_save(ui->st, &copy, &cause) != 0) {
			ui_message(ui, 1, "Niet bewaard: %s", cause);
			free(cause);
		}
	}
	participant_list_free(pl);
}

static void
profile_done(struct ui *ui, struct ui_view *v, const char *text)
{
	save_profile(ui, v->state, 2, text);
	load(ui, v->state);
	if (text != NULL)
		ui_message(ui, 0, "Profiel bewaard.");
}

static void
role_done(struct ui *ui, struct ui_view *v, const char *text)
{
	struct participant_list *pl;
	struct participant *me;

	if (text == NULL)
		return;
	save_profile(ui, v->state, 1, text);
	me = my_record(ui, v->state, &pl);
	ui_prompt(ui, v, "Korte schets van uw context:", me != NULL ? me->profile : "",
	    profile_done, NULL);
	participant_list_free(pl);
}

static void
org_done(struct ui *ui, struct ui_view *v, const char *text)
{
	struct participant_list *pl;
	struct participant *me;

	if (text == NULL)
		return;
	save_profile(ui, v->state, 0, text);
	me = my_record(ui, v->state, &pl);
	ui_prompt(ui, v, "Uw rol:", me != NULL ? me->role : "", role_done, NULL);
	participant_list_free(pl);
}

/* One's own name first: a person corrects it; a name another has is
 * refused, and the prompt is asked again. */
static void
name_done(struct ui *ui, struct ui_view *v, const char *text)
{
	struct ivhome *s = v->state;
	struct participant_list *pl;
	struct participant *me;
	char *cause = NULL;

	if (text == NULL)
		return;
	if (participant_rename(ui->st, s->me, text, &cause) != 0) {
		ui_message(ui, 1, "Naam niet bewaard: %s", cause);
		free(cause);
		ui_prompt(ui, v, "Uw naam:", text, name_done, NULL);
		return;
	}
	load(ui, s);
	me = my_record(ui, s, &pl);
	ui_prompt(ui, v, "Uw organisatie:", me != NULL ? me->organisation : "", org_done, NULL);
	participant_list_free(pl);
}

static int
act_profile(struct ui *ui, struct ui_view *v)
{
	struct ivhome *s = v->state;
	struct participant_list *pl;
	struct participant *me;

	if (s->me == 0)
		return 0;
	me = my_record(ui, s, &pl);
	ui_prompt(ui, v, "Uw naam:", me != NULL ? me->name : "", name_done, NULL);
	participant_list_free(pl);
	return UI_REDRAW;
}

static void
coalition_named(struct ui *ui, struct ui_view *v, const char *text)
{
	struct ivhome *s = v->state;
	char *cause = NULL;

	if (text == NULL || str_is_blank(text))
		return;
	if (participant_link_coalition(ui->st, s->me, text, &cause) != 0) {
		ui_message(ui, 1, "Niet gekoppeld: %s", cause);
		free(cause);
		return;
	}
	load(ui, s);
}

static int
act_coalition(struct ui *ui, struct ui_view *v)
{
	struct ivhome *s = v->state;

	if (s->me == 0)
		return 0;
	ui_prompt(ui, v, "Coalitie waar u bij betrokken bent (naam of nummer):", "",
	    coalition_named, NULL);
	return UI_REDRAW;
}

static int
act_focus(struct ui *ui, struct ui_view *v)
{
	struct ivhome *s = v->state;

	(void)ui;
	s->focus = !s->focus;
	return UI_REDRAW;
}

static int
iv_click(struct ui *ui, struct ui_view *v, int id, int dbl)
{
	struct ivhome *s = v->state;

	s->focus = id >= GROUP_HIT;
	return ui_list_click(ui, v, s->focus ? id - GROUP_HIT : id, dbl);
}

static const struct ui_action iv_actions[] = {
	{ { '\r', '\n', UI_FKEY(KEY_ENTER) }, "Enter", "Openen",
	    "De gekozen zelfanalyse invullen, of de gekozen groep openen", act_open, 0 },
	{ { 'n' }, "n", "Nieuw", "Een nieuwe zelfanalyse; u kiest de vragenlijst uit een lijst",
	    act_new, 0 },
	{ { 's' }, "s", "Delen", "De gekozen zelfanalyse delen met de groep (u ziet eerst wat de "
	    "groep te zien krijgt), of weer privé maken", act_share, 0 },
	{ { 'v' }, "v", "Vergelijk", "Vergelijken met een andere zelfanalyse op dezelfde lijst",
	    act_compare, 0 },
	{ { 'G' }, "G", "Groep", "Een intervisiegroep maken", act_group, UI_FAC },
	{ { 'c' }, "c", NULL, "U koppelen aan een coalitie waar u bij betrokken bent",
	    act_coalition, 0 },
	{ { 'p' }, "p", "Profiel", "Uw naam, organisatie, rol en een korte schets van uw context",
	    act_profile, 0 },
	{ { '\t' }, "Tab", NULL, "Wisselen tussen uw zelfanalyses en de groepen", act_focus, 0 },
	{ { 'x' }, "x", NULL, "De gekozen zelfanalyse verwijderen", act_remove, 0 },
	UI_LIST_MOVES("Volgende", "Vorige"),
	{ { '?', UI_FKEY(KEY_F(1)) }, "?", "Hulp", "Deze hulp tonen", ui_action_help,
	    UI_ACT(ACT_HELP) },
	{ { UI_ESC, 'q' }, "Esc", "Terug", "Terug naar de coalities", ui_action_back,
	    UI_ACT(ACT_BACK) },
	{ { 0 }, NULL, NULL, NULL, NULL, 0 }
};

static char *
iv_title(struct ui *ui, struct ui_view *v)
{
	(void)ui;
	(void)v;
	return xstrdup("Intervisie");
}

/* Every table this screen may show, for the conventions test. */
static const struct ui_table intervisie_tables[] = {
	{ iv_actions, 0 },
	{ NULL, 0 }
};

const struct ui_screen ui_screen_intervisie = {
	.name = "intervisie",
	.help_intro = "Uw zelfanalyses zijn van u: niemand anders ziet ze, ook niet op de beamer "
	    "of in een export, tot u er een deelt (s); delen kunt u weer terugdraaien. In een "
	    "intervisiegroep ziet u de gedeelde zelfanalyses naast elkaar, en houdt de groep de "
	    "intervisiedagen bij: de vragen, de adviesronde, de acties, terugkerende thema's en "
	    "de oogst van lessen.",
	.enter = iv_enter,
	.leave = iv_leave,
	.draw = iv_draw,
	.tables = intervisie_tables,
	.click = iv_click,
	.list = iv_list,
	.resume = iv_resume,
	.title = iv_title,
};
