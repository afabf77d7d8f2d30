/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * screen_start.c: the start screen: the werkboek's coalitions with their
 * phase, progress and last change, or a welcome on a new werkboek.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vitaal/coalition.h"
#include "vitaal/util.h"
#include "layout.h"
#include "ui_int.h"

static const char welcome[] =
    "Welkom bij Vitaal.\n"
    "\n"
    "Dit werkboek helpt een kopgroep om een vitale coalitie op te bouwen: van het "
    "eerste initiatief via de vier fasen (zoeken, formeren, contracteren, toegewijde "
    "uitvoering) en de vijf ontwerpstappen tot spelerskaarten en dilemma's. Alles wat "
    "u invult wordt meteen bewaard, met de geschiedenis van elke wijziging.\n"
    "\n"
    "Er is nog geen coalitie in dit werkboek. Begin er een vanaf de opdrachtregel:\n"
    "\n"
    "    vitaal coalitie nieuw \"Iedereen onder dak\"\n"
    "\n"
    "en open daarna Vitaal opnieuw.";

static void
reload(struct ui *ui)
{
	coalition_list_free(ui->coalitions);
	ui->coalitions = store_coalition_list(ui->st, 0);
	ui->workbook_items = store_workbook_item_count(ui->st);
	if (ui->coalitions == NULL || ui->workbook_items < 0)
		ui_message(ui, 1, "Kan de coalities niet lezen: %s", store_errmsg(ui->st));
	if (ui->coalitions != NULL && ui->selected >= ui->coalitions->n)
		ui->selected = ui->coalitions->n > 0 ? ui->coalitions->n - 1 : 0;
}

static void
start_enter(struct ui *ui)
{
	ui->selected = ui->top = 0;
	reload(ui);
}

static void
start_leave(struct ui *ui)
{
	coalition_list_free(ui->coalitions);
	ui->coalitions = NULL;
}

static void
draw_row(struct ui *ui, int y, const struct layout_start *lay, const struct coalition *c,
    int selected)
{
	char buf[64];
	int pct = coalition_percent(c->answered, ui->workbook_items), cells, i;

	attrset(ui_attr(selected ? ROLE_SELECTED : ROLE_NORMAL));
	if (selected) {
		mvhline(y, 0, ' ', COLS);
		ui_put(y, 0, 1, "▸");	/* the selection reads without colour too */
	}
	ui_put_fit(y, lay->name_x, lay->name_w, c->name);
	ui_put(y, lay->phase_x, lay->phase_w, coalition_phase_label(c->phase));
	snprintf(buf, sizeof buf, "%3d%%", pct);
	ui_put(y, lay->progress_x, 4, buf);
	if (lay->progress_w > 5) {
		int bar = lay->progress_w - 5;

		cells = layout_bar_cells(pct, bar);
		for (i = 0; i < bar; i++)
			ui_put(y, lay->progress_x + 5 + i, 1, i < cells ? "█" : "·");
	}
	if (lay->updated_w > 0) {
		snprintf(buf, sizeof buf, "%.10s %.5s", c->updated,
		    strlen(c->updated) > 11 ? c->updated + 11 : "");
		ui_put(y, lay->updated_x, lay->updated_w, buf);
	}
	attrset(ui_attr(ROLE_NORMAL));
}

static void
start_draw(struct ui *ui)
{
	struct layout_start lay;
	size_t i, rows;
	int y;

	if (ui->coalitions == NULL)
		return;
	if (ui->coalitions->n == 0) {
		ui_put_wrapped(2, 2, COLS - 4 > 76 ? 76 : COLS - 4, LINES - 5, welcome);
		return;
	}
	layout_start_columns(COLS, &lay);
	attrset(ui_attr(ROLE_DIM) | A_BOLD);
	ui_put(2, lay.name_x, lay.name_w, "Coalitie");
	ui_put(2, lay.phase_x, lay.phase_w, "Fase");
	ui_put(2, lay.progress_x, lay.progress_w, "Voortgang");
	if (lay.updated_w > 0)
		ui_put(2, lay.updated_x, lay.updated_w, "Laatst gewijzigd");
	attrset(ui_attr(ROLE_NORMAL));

	rows = (size_t)(LINES - 6);
	if (ui->selected < ui->top)
		ui->top = ui->selected;
	if (ui->selected >= ui->top + rows)
		ui->top = ui->selected - rows + 1;
	for (i = ui->top, y = 3; i < ui->coalitions->n && y < LINES - 3; i++, y++)
		draw_row(ui, y, &lay, &ui->coalitions->v[i], i == ui->selected);
}

static int
act_quit(struct ui *ui)
{
	(void)ui;
	return UI_QUIT;
}

static int
act_help(struct ui *ui)
{
	ui->show_help = 1;
	return UI_REDRAW;
}

static int
act_down(struct ui *ui)
{
	if (ui->coalitions != NULL && ui->selected + 1 < ui->coalitions->n)
		ui->selected++;
	return UI_REDRAW;
}

static int
act_up(struct ui *ui)
{
	if (ui->selected > 0)
		ui->selected--;
	return UI_REDRAW;
}

static int
act_reload(struct ui *ui)
{
	reload(ui);
	ui_message(ui, 0, "Bijgewerkt.");
	return UI_REDRAW;
}

static const struct ui_action start_actions[] = {
	{ { 'q', 'Q' }, "q", "Stoppen", "Vitaal afsluiten (alles is al bewaard)", act_quit },
	{ { '?', UI_FKEY(KEY_F(1)) }, "?", "Hulp", "Deze hulp tonen", act_help },
	{ { UI_FKEY(KEY_DOWN), 'j' }, "↓", NULL, "Volgende coalitie", act_down },
	{ { UI_FKEY(KEY_UP), 'k' }, "↑", NULL, "Vorige coalitie", act_up },
	{ { UI_FKEY(KEY_F(5)), 'r' }, "F5", "Vernieuwen", "Lijst opnieuw inlezen", act_reload },
	{ { 0 }, NULL, NULL, NULL, NULL }
};

const struct ui_screen ui_screen_start = {
	.name = "start",
	.help_intro = "Het startscherm toont de coalities in dit werkboek: hun fase, hoeveel\n"
	    "van het werkboek is ingevuld en wanneer er voor het laatst iets veranderde.",
	.enter = start_enter,
	.draw = start_draw,
	.leave = start_leave,
	.actions = start_actions,
};
