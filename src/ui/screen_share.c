/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * screen_share.c: before one's own self-analysis is shared, show what the
 * group will see: every answered question with the answer as it is now.
 * Sharing shares only those answers; the earlier versions written while
 * it was private (the drafts) are removed for good, and the screen says
 * so before it happens. Nothing is shared until j is pressed here.
 * Making it private again is confirmed here too, with what that cannot
 * undo: exports made in the meantime stay where they went.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "vitaal/intervisie.h"
#include "vitaal/util.h"
#include "screens.h"
#include "ui_int.h"

struct share {
	int64_t			 id;
	int64_t			 owner;
	char			*title;
	struct analysis_row	*rows;
	size_t			 n;
	int64_t			 drafts;
	size_t			 answered;
	size_t			 top;		/* first question shown */
	int			 unshare;	/* make it private again */
};

static void
sh_enter(struct ui *ui, struct ui_view *v, void *arg)
{
	const struct share_arg *a = arg;
	struct share *s = xcalloc(1, sizeof *s);
	struct self_analysis_list *mine;
	char *cause = NULL;
	size_t i;

	v->state = s;
	s->id = a->analysis_id;
	s->owner = a->owner;
	s->unshare = a->unshare;
	if ((mine = selfanalysis_mine(ui->st, s->owner, NULL)) != NULL) {
		for (i = 0; i < mine->n; i++)
			if (mine->v[i].id == s->id)
				s->title = xstrdup(mine->v[i].title);
		self_analysis_list_free(mine);
	}
	if (s->title == NULL)
		s->title = xstrdup("?");
	if ((s->rows = selfanalysis_preview(ui->st, ui->cat, s->id, s->owner, &s->n,
	    &cause)) == NULL ||
	    (s->drafts = selfanalysis_drafts(ui->st, s->id, s->owner, &cause)) < 0) {
		ui_message(ui, 1, "Niet te delen: %s", cause);
		free(cause);
		s->drafts = 0;
	}
	for (i = 0; i < s->n; i++)
		s->answered += !str_is_blank(s->rows[i].value);
}

static void
sh_leave(struct ui *ui, struct ui_view *v)
{
	struct share *s = v->state;

	(void)ui;
	analysis_rows_free(s->rows, s->n);
	free(s->title);
	free(s);
}

/* Making it private again: what that does and what it cannot undo. */
static void
draw_unshare(struct share *s)
{
	char *line;
	int y = 1;

	attrset(ui_attr(ROLE_HEADING));
	line = xasprintf("„%s” weer privé maken", s->title);
	ui_put_fit(y++, 2, COLS - 4, line);
	free(line);
	y++;
	attrset(ui_attr(ROLE_NORMAL));
	y += ui_put_wrapped(y, 2, COLS - 4, 3, "Uw groep ziet deze zelfanalyse dan niet meer: "
	    "niet in de groep, niet op de beamer en niet in een nieuwe export.") + 1;
	attrset(ui_attr(ROLE_ACCENT));
	ui_put_wrapped(y, 2, COLS - 4, 4, "Wat intussen is geëxporteerd (een samenvatting, of "
	    "een bestand om in een ander werkboek in te brengen), blijft waar het heen ging: "
	    "dat kan Vitaal niet terughalen.");
	attrset(ui_attr(ROLE_NORMAL));
}

static void
sh_draw(struct ui *ui, struct ui_view *v)
{
	struct share *s = v->state;
	int y = 1, bottom = LINES - 3;
	char *note;
	size_t i;

	(void)ui;
	if (s->unshare) {
		draw_unshare(s);
		return;
	}
	attrset(ui_attr(ROLE_HEADING));
	note = xasprintf("Zo ziet uw groep „%s” als u ze deelt", s->title);
	ui_put_fit(y++, 2, COLS - 4, note);
	free(note);
	attrset(ui_attr(ROLE_ACCENT));
	note = s->drafts > 0 ? xasprintf("Alleen de antwoorden zoals ze nu zijn worden gedeeld. "
	    "De %lld eerdere versie%s die u schreef toen hij privé was (concepten), word%s "
	    "daarbij voorgoed verwijderd.", (long long)s->drafts, s->drafts == 1 ? "" : "s",
	    s->drafts == 1 ? "t" : "en") :
	    xstrdup("Alleen de antwoorden zoals ze nu zijn worden gedeeld. Eerdere versies "
	    "(concepten) zouden daarbij voorgoed verwijderd worden; deze zelfanalyse heeft er "
	    "geen.");
	y += ui_put_wrapped(y, 2, COLS - 4, 3, note);
	free(note);
	attrset(ui_attr(ROLE_DIM));
	note = xasprintf("%zu van de %zu vragen beantwoord; een open vraag ziet de groep als ·.",
	    s->answered, s->n);
	ui_put_fit(y++, 2, COLS - 4, note);
	free(note);
	attrset(ui_attr(ROLE_NORMAL));
	y++;
	/* The answered questions: what the group will read. */
	for (i = s->top; i < s->n && y < bottom; i++) {
		const struct analysis_row *r = &s->rows[i];

		if (str_is_blank(r->value))
			continue;
		attrset(ui_attr(ROLE_HEADING));
		ui_put_fit(y++, 2, COLS - 4, r->item->prompt);
		attrset(ui_attr(ROLE_NORMAL));
		if (y < bottom)
			y += ui_put_wrapped(y, 4, COLS - 6, bottom - y, r->value);
	}
	attrset(ui_attr(ROLE_NORMAL));
}

static int
act_share(struct ui *ui, struct ui_view *v)
{
	struct share *s = v->state;
	int unshare = s->unshare;
	char *cause = NULL;

	if (s->rows == NULL)
		return 0;
	if (selfanalysis_share(ui->st, s->id, s->owner, !unshare, &cause) != 0) {
		ui_message(ui, 1, "%s: %s", unshare ? "Niet privé gemaakt" : "Niet gedeeld", cause);
		free(cause);
		return UI_REDRAW;
	}
	ui_pop(ui);
	if (unshare)
		ui_message(ui, 0, "Weer privé: de groep ziet ze niet meer. Exporten die intussen "
		    "gemaakt zijn, blijven waar ze heen gingen.");
	else
		ui_message(ui, 0, "Gedeeld: uw groep ziet deze antwoorden nu; de eerdere versies "
		    "zijn verwijderd.");
	return UI_REDRAW;
}

static int
act_cancel(struct ui *ui, struct ui_view *v)
{
	struct share *s = v->state;
	int unshare = s->unshare;

	ui_pop(ui);
	ui_message(ui, 0, unshare ? "De zelfanalyse blijft gedeeld." :
	    "Niet gedeeld: de zelfanalyse blijft privé.");
	return UI_REDRAW;
}

/* Scroll by one answered question. */
static int
act_down(struct ui *ui, struct ui_view *v)
{
	struct share *s = v->state;
	size_t i;

	(void)ui;
	for (i = s->top + 1; i < s->n; i++)
		if (!str_is_blank(s->rows[i].value)) {
			s->top = i;
			break;
		}
	return UI_REDRAW;
}

static int
act_up(struct ui *ui, struct ui_view *v)
{
	struct share *s = v->state;
	size_t i;

	(void)ui;
	for (i = s->top; i > 0; i--)
		if (!str_is_blank(s->rows[i - 1].value)) {
			s->top = i - 1;
			break;
		}
	return UI_REDRAW;
}

static const struct ui_action sh_actions[] = {
	{ { 'j', '\r', 'J', '\n' }, "j", "Ja, delen", "Delen zoals hier getoond; de concepten "
	    "worden verwijderd (ook Enter)", act_share, UI_ACT(ACT_CONFIRM) },
	{ { UI_ESC, 'n', 'N', 'q' }, "Esc", "Niet delen", "Terug; de zelfanalyse blijft privé",
	    act_cancel, UI_ACT(ACT_BACK) },
	{ { UI_FKEY(KEY_DOWN), UI_FKEY(KEY_NPAGE), ' ' }, "↓", NULL, "Verder lezen", act_down,
	    UI_ACT(ACT_DOWN) },
	{ { UI_FKEY(KEY_UP), UI_FKEY(KEY_PPAGE) }, "↑", NULL, "Terug lezen", act_up,
	    UI_ACT(ACT_UP) },
	{ { '?', UI_FKEY(KEY_F(1)) }, "?", "Hulp", "Deze hulp tonen", ui_action_help,
	    UI_ACT(ACT_HELP) },
	{ { 0 }, NULL, NULL, NULL, NULL, 0 }
};

static const struct ui_action unsh_actions[] = {
	{ { 'j', '\r', 'J', '\n' }, "j", "Ja, weer privé", "Weer privé maken; exporten blijven "
	    "waar ze zijn (ook Enter)", act_share, UI_ACT(ACT_CONFIRM) },
	{ { UI_ESC, 'n', 'N', 'q' }, "Esc", "Gedeeld laten",
	    "Terug; de zelfanalyse blijft gedeeld",
	    act_cancel, UI_ACT(ACT_BACK) },
	{ { '?', UI_FKEY(KEY_F(1)) }, "?", "Hulp", "Deze hulp tonen", ui_action_help,
	    UI_ACT(ACT_HELP) },
	{ { 0 }, NULL, NULL, NULL, NULL, 0 }
};

static const struct ui_action *
sh_actions_now(struct ui *ui, struct ui_view *v)
{
	struct share *s = v->state;

	(void)ui;
	return s->unshare ? unsh_actions : sh_actions;
}

static char *
sh_title(struct ui *ui, struct ui_view *v)
{
	struct share *s = v->state;

	(void)ui;
	return xstrdup(s->unshare ? "Intervisie › Zelfanalyse weer privé" :
	    "Intervisie › Zelfanalyse delen");
}

/* Every table this screen may show, for the conventions test. */
static const struct ui_table share_tables[] = {
	{ sh_actions, 0 },
	{ unsh_actions, 0 },
	{ NULL, 0 }
};

const struct ui_screen ui_screen_share = {
	.name = "share",
	.help_intro = "Voordat u een zelfanalyse deelt, ziet u hier wat uw groep te zien krijgt: "
	    "elke vraag met uw antwoord zoals het nu is. Alleen die antwoorden worden gedeeld; "
	    "de eerdere versies die u schreef toen de zelfanalyse privé was, worden daarbij "
	    "voorgoed verwijderd. Pas met j wordt er gedeeld; n of Esc laat hem privé. Weer "
	    "privé maken kan ook; wat intussen is geëxporteerd, blijft waar het heen ging.",
	.enter = sh_enter,
	.leave = sh_leave,
	.draw = sh_draw,
	.actions = sh_actions_now,
	.tables = share_tables,
	.title = sh_title,
};
