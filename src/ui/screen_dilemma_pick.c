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
	int64_t			 cid;
	const struct catalogue	*cat;
	struct listview		 lv;		/* rows: the dilemmas the filter keeps */
	char			*filter;
};

/* The catalogue's dilemma of a row. */
static const struct cat_dilemma *
dilemma_at(const struct pick *s, size_t row)
{
	return &s->cat->dilemmas[listview_item(&s->lv, row)];
}

static int
matches(size_t i, void *arg)
{
	const struct pick *s = arg;
	const struct cat_dilemma *d = &s->cat->dilemmas[i];
	const char *filter = s->filter;

	return filter == NULL || str_contains_ci(d->title, filter) ||
	    str_contains_ci(d->summary, filter) || str_contains_ci(d->theme, filter) ||
	    (d->pole_a != NULL && str_contains_ci(d->pole_a, filter)) ||
	    (d->pole_b != NULL && str_contains_ci(d->pole_b, filter));
}

static void
apply(struct pick *s)
{
	listview_filter(&s->lv, s->cat->ndilemmas, matches, s);
}

static void
pick_enter(struct ui *ui, struct ui_view *v, void *arg)
{
	struct pick *s = xcalloc(1, sizeof *s);

	s->cid = *(int64_t *)arg;
	s->cat = ui->cat;
	v->state = s;
	apply(s);
}

static void
pick_leave(struct ui *ui, struct ui_view *v)
{
	struct pick *s = v->state;

	(void)ui;
	listview_free(&s->lv);
	free(s->filter);
	free(s);
}

static const char *
form_label(const char *form)
{
	return strcmp(form, "pool") == 0 ? "schaal" : strcmp(form, "keuze") == 0 ? "keuze" :
	    "dilemmabox";
}

static struct listview *
pick_list(struct ui_view *v)
{
	return &((struct pick *)v->state)->lv;
}

static void
pick_row(struct ui *ui, struct ui_view *v, int y, size_t row)
{
	const struct cat_dilemma *d = dilemma_at(v->state, row);
	char *line = xasprintf("%-10s %s", form_label(d->form), d->title);

	(void)ui;
	ui_put_fit(y, 2, COLS - 4, line);
	free(line);
}

static void
pick_draw(struct ui *ui, struct ui_view *v)
{
	struct pick *s = v->state;

	attrset(ui_attr(ROLE_HEADING));
	ui_put_fit(1, 2, COLS - 4, s->filter != NULL ? "Catalogus van dilemma's (gefilterd)" :
	    "Catalogus van dilemma's");
	attrset(ui_attr(ROLE_NORMAL));
	if (s->lv.n == 0) {
		ui_put(3, 2, COLS - 4, "Geen dilemma gevonden.");
		return;
	}
	ui_list_draw(ui, v, 2, LINES - 10, pick_row);
	{
		const struct cat_dilemma *d = dilemma_at(s, s->lv.sel);
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

	if (s->lv.n == 0)
		return 0;
	if (dilemma_add_from_catalogue(ui->st, ui->cat, s->cid, dilemma_at(s, s->lv.sel)->key,
	    &cause) < 0) {
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

	(void)ui;
	free(s->filter);
	s->filter = text[0] != '\0' ? xstrdup(text) : NULL;
	s->lv.sel = 0;
	apply(s);
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

static const struct ui_action pick_actions[] = {
	{ { '\r', '\n', UI_FKEY(KEY_ENTER) }, "Enter", "Toevoegen",
	    "Het gekozen dilemma aan de coalitie toevoegen", act_add, 0 },
	{ { '/' }, "/", "Zoek", "Zoeken in titel, polen, uitleg en thema", act_filter, 0 },
	UI_LIST_MOVES("Volgend dilemma", "Vorig dilemma"),
	{ { '?', UI_FKEY(KEY_F(1)) }, "?", "Hulp", "Deze hulp tonen", ui_action_help,
	    UI_ACT(ACT_HELP) },
	{ { UI_ESC, 'q' }, "Esc", "Terug", "Terug zonder toe te voegen",
	    ui_action_back, UI_ACT(ACT_BACK) },
	{ { 0 }, NULL, NULL, NULL, NULL, 0 }
};

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
	.tables = dilemma_pick_tables,
	.click = ui_list_click,
	.list = pick_list,
};
