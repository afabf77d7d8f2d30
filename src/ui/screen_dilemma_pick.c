/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * screen_dilemma_pick.c: the catalogue of dilemmas, each with its form,
 * its source and a line of explanation; / filters while typing, Enter adds
 * the chosen one to the coalition.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "vitaal/dilemma.h"
#include "vitaal/util.h"
#include "ui_int.h"

struct pick {
	int64_t		 cid;
	size_t		*shown;		/* indices into cat->dilemmas */
	size_t		 nshown;
	char		*filter;
	size_t		 sel;
	size_t		 top;
};

static int
matches(const struct cat_dilemma *d, const char *filter)
{
	return filter == NULL || str_contains_ci(d->title, filter) ||
	    str_contains_ci(d->summary, filter) || str_contains_ci(d->theme, filter) ||
	    (d->pole_a != NULL && str_contains_ci(d->pole_a, filter)) ||
	    (d->pole_b != NULL && str_contains_ci(d->pole_b, filter));
}

static void
apply(struct ui *ui, struct pick *s)
{
	size_t i;

	free(s->shown);
	s->shown = xcalloc(ui->cat->ndilemmas + 1, sizeof *s->shown);
	s->nshown = 0;
	for (i = 0; i < ui->cat->ndilemmas; i++)
		if (matches(&ui->cat->dilemmas[i], s->filter))
			s->shown[s->nshown++] = i;
	if (s->sel >= s->nshown)
		s->sel = 0;
}

static void
pick_enter(struct ui *ui, struct ui_view *v, void *arg)
{
	struct pick *s = xcalloc(1, sizeof *s);

	s->cid = *(int64_t *)arg;
	v->state = s;
	apply(ui, s);
}

static void
pick_leave(struct ui *ui, struct ui_view *v)
{
	struct pick *s = v->state;

	(void)ui;
	free(s->shown);
	free(s->filter);
	free(s);
}

static const char *
form_label(const char *form)
{
	return strcmp(form, "pool") == 0 ? "schaal" : strcmp(form, "keuze") == 0 ? "keuze" :
	    "dilemmabox";
}

static void
pick_draw(struct ui *ui, struct ui_view *v)
{
	struct pick *s = v->state;
	size_t rows = (size_t)(LINES - 10), i;
	int y;

	attrset(ui_attr(ROLE_HEADING));
	ui_put_fit(1, 2, COLS - 4, s->filter != NULL ? "Catalogus van dilemma's (gefilterd)" :
	    "Catalogus van dilemma's");
	attrset(ui_attr(ROLE_NORMAL));
	if (s->nshown == 0) {
		ui_put(3, 2, COLS - 4, "Geen dilemma gevonden.");
		return;
	}
	if (s->sel < s->top)
		s->top = s->sel;
	if (s->sel >= s->top + rows)
		s->top = s->sel - rows + 1;
	for (i = s->top, y = 2; i < s->nshown && y < 2 + (int)rows; i++, y++) {
		const struct cat_dilemma *d = &ui->cat->dilemmas[s->shown[i]];
		char *line = xasprintf("%-10s %s", form_label(d->form), d->title);

		ui_list_row(ui, y, line, i == s->sel, (int)i);
		free(line);
	}
	attrset(ui_attr(ROLE_NORMAL));
	{
		const struct cat_dilemma *d = &ui->cat->dilemmas[s->shown[s->sel]];
		char *cite = catalogue_cite(ui->cat, d->source, d->chapter);
		char *text = xasprintf("%s%s%s%sBron: %s\n%s", d->pole_a != NULL ? d->pole_a : "",
		    d->pole_a != NULL ? " ↔ " : "", d->pole_b != NULL ? d->pole_b : "",
		    d->pole_a != NULL ? "\n" : "", cite, d->summary);

		ui_box(LINES - 8, 1, 6, COLS - 2, NULL);
		ui_put_wrapped(LINES - 7, 3, COLS - 6, 4, text);
		free(text);
		free(cite);
	}
}

static int
act_add(struct ui *ui, struct ui_view *v)
{
	struct pick *s = v->state;
	char *cause = NULL;

	if (s->nshown == 0)
		return 0;
	if (dilemma_add_from_catalogue(ui->st, ui->cat, s->cid,
	    ui->cat->dilemmas[s->shown[s->sel]].key, &cause) < 0) {
		ui_message(ui, 1, "Niet toegevoegd: %s", cause);
		free(cause);
		return UI_REDRAW;
	}
	ui_pop(ui);
	ui_message(ui, 0, "Dilemma toegevoegd; Enter opent het.");
	return UI_REDRAW;
}

static void
filter_changed(struct ui *ui, struct ui_view *v, const char *text)
{
	struct pick *s = v->state;

	free(s->filter);
	s->filter = text[0] != '\0' ? xstrdup(text) : NULL;
	s->sel = 0;
	apply(ui, s);
}

static void
filter_done(struct ui *ui, struct ui_view *v, const char *text)
{
	if (text == NULL)
		filter_changed(ui, v, "");
}

static int
act_filter(struct ui *ui, struct ui_view *v)
{
	struct pick *s = v->state;

	ui_prompt(ui, v, "Zoek:", s->filter != NULL ? s->filter : "", filter_done, filter_changed);
	return UI_REDRAW;
}

static int
act_up(struct ui *ui, struct ui_view *v)
{
	struct pick *s = v->state;

	(void)ui;
	ui_sel_move(&s->sel, s->nshown, -1);
	return UI_REDRAW;
}

static int
act_down(struct ui *ui, struct ui_view *v)
{
	struct pick *s = v->state;

	(void)ui;
	ui_sel_move(&s->sel, s->nshown, 1);
	return UI_REDRAW;
}

static int
pick_click(struct ui *ui, struct ui_view *v, int id, int dbl)
{
	struct pick *s = v->state;

	if (id < 0 || (size_t)id >= s->nshown)
		return 0;
	s->sel = (size_t)id;
	return dbl ? act_add(ui, v) : UI_REDRAW;
}

static const struct ui_action pick_actions[] = {
	{ { '\r', '\n', UI_FKEY(KEY_ENTER) }, "Enter", "Toevoegen",
	    "Het gekozen dilemma aan de coalitie toevoegen", act_add, 0 },
	{ { '/' }, "/", "Zoek", "Zoeken in titel, polen, uitleg en thema", act_filter, 0 },
	{ { UI_FKEY(KEY_DOWN), 'j' }, "↓", NULL, "Volgend dilemma", act_down, UI_ACT(ACT_DOWN) },
	{ { UI_FKEY(KEY_UP), 'k' }, "↑", NULL, "Vorig dilemma", act_up, UI_ACT(ACT_UP) },
	{ { '?', UI_FKEY(KEY_F(1)) }, "?", "Hulp", "Deze hulp tonen", ui_action_help,
	    UI_ACT(ACT_HELP) },
	{ { UI_ESC, 'q' }, "Esc", "Terug", "Terug zonder toe te voegen",
	    ui_action_back, UI_ACT(ACT_BACK) },
	{ { 0 }, NULL, NULL, NULL, NULL, 0 }
};

static const struct ui_action *
pick_actions_now(struct ui *ui, struct ui_view *v)
{
	(void)ui;
	(void)v;
	return pick_actions;
}

/* Every table this screen may show, for the conventions test. */
static const struct ui_table dilemma_pick_tables[] = {
	{ pick_actions, 0 },
	{ NULL, 0 }
};

const struct ui_screen ui_screen_dilemma_pick = {
	.name = "dilemma_pick",
	.help_intro = "De dilemma's uit de vijf bronnen van de methode, met hun vorm: een schaal "
	    "tussen twee polen, de dilemmabox met argumenten, of een keuze. Onderaan staan de "
	    "polen, een regel uitleg en de bron van het gekozen dilemma.",
	.enter = pick_enter,
	.leave = pick_leave,
	.draw = pick_draw,
	.actions = pick_actions_now,
	.tables = dilemma_pick_tables,
	.click = pick_click,
};
