/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * screen_home.c: a coalition at a glance: its opgave and coalitiedoel on
 * top, the current phase marked, progress in the initiative, in every cell
 * of the 4 phases × 4 checklist rows grid and in the five design steps, and
 * tiles for what else the coalition holds. Every grid cell opens its form.
 *
 * The selection is (row, col) over fixed rows: the opgave, the initiative,
 * the four checklist rows (a column per phase), the five steps (a column per
 * step) and the notes tile.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vitaal/answer.h"
#include "vitaal/coalition.h"
#include "vitaal/fieldrule.h"
#include "vitaal/progress.h"
#include "vitaal/utf8.h"
#include "vitaal/util.h"
#include "layout.h"
#include "screens.h"
#include "ui_int.h"

enum { ROW_OPGAVE, ROW_INITIATIEF, ROW_GRID, ROW_STEPS = ROW_GRID + 4, ROW_TILES, NROWS };

struct home {
	int64_t				 id;
	struct coalition		*c;
	struct coalition_progress	 p;
	struct coalition_counts		 counts;
	char				*opgave;
	char				*doel;
	int				 row, col;
	int				 asked_phase;	/* asked about by a question */
};

/* Columns in a row. */
static int
row_cols(int row)
{
	if (row >= ROW_GRID && row < ROW_GRID + 4)
		return 4;
	if (row == ROW_STEPS)
		return 5;
	if (row == ROW_TILES)
		return 5;
	return 1;
}

static void
load(struct ui *ui, struct home *h)
{
	struct answer_list *answers;

	coalition_free(h->c);
	free(h->opgave);
	free(h->doel);
	h->opgave = h->doel = NULL;
	if ((h->c = store_coalition_get(ui->st, h->id)) == NULL) {
		ui_message(ui, 1, "Coalitie niet te lezen: %s", store_errmsg(ui->st));
		return;
	}
	answers = store_answer_list(ui->st, h->id);
	progress_compute(ui->cat, answers, &h->p);
	answer_list_free(answers);
	h->opgave = answer_value(ui->st, h->id, FORM_KEY_OPGAVE, NULL);
	h->doel = answer_value(ui->st, h->id, FORM_KEY_DOEL, NULL);
	memset(&h->counts, 0, sizeof h->counts);
	store_coalition_counts(ui->st, h->id, &h->counts);
}

static void
home_enter(struct ui *ui, struct ui_view *v, void *arg)
{
	struct home *h = xcalloc(1, sizeof *h);

	h->id = *(int64_t *)arg;
	h->row = ROW_INITIATIEF;
	v->state = h;
	load(ui, h);
}

static void
home_leave(struct ui *ui, struct ui_view *v)
{
	struct home *h = v->state;

	(void)ui;
	coalition_free(h->c);
	free(h->opgave);
	free(h->doel);
	free(h);
}

static void
home_resume(struct ui *ui, struct ui_view *v)
{
	load(ui, v->state);
}

/* Draw "n/m" and a bar for p at (y, x); selected cells are reversed. */
static void
draw_progress(int y, int x, int w, int bar_w, struct progress p, int selected)
{
	char buf[32];
	int pct = progress_percent(p), cells, i;

	attrset(ui_attr(selected ? ROLE_SELECTED : (p.total > 0 && p.answered == p.total ?
	    ROLE_DONE : ROLE_NORMAL)));
	if (selected)
		mvhline(y, x, ' ', w - 1);
	if (p.total == 0)
		snprintf(buf, sizeof buf, "  —");
	else
		snprintf(buf, sizeof buf, "%2d/%-2d", p.answered, p.total);
	ui_put(y, x, w, buf);
	if (bar_w > 0 && p.total > 0) {
		cells = layout_bar_cells(pct, bar_w);
		for (i = 0; i < bar_w; i++)
			ui_put(y, x + 6 + i, 1, i < cells ? "█" : "·");
	}
	attrset(ui_attr(ROLE_NORMAL));
}

/* A labelled text line ("Opgave: …"), or a dim placeholder when empty. */
static int
draw_field(int y, int x, int w, int maxlines, const char *label, const char *text,
    const char *empty)
{
	int lw = (int)strlen(label) + 1, n;

	attrset(ui_attr(ROLE_HEADING));
	ui_put(y, x, w, label);
	attrset(ui_attr(ROLE_NORMAL));
	if (text == NULL || text[0] == '\0') {
		attrset(ui_attr(ROLE_DIM));
		ui_put_fit(y, x + lw, w - lw, empty);
		attrset(ui_attr(ROLE_NORMAL));
		return 1;
	}
	n = ui_put_wrapped(y, x + lw, w - lw, maxlines, text);
	return n > 0 ? n : 1;
}

static void
home_draw(struct ui *ui, struct ui_view *v)
{
	struct home *h = v->state;
	struct layout_home lay;
	char buf[160];
	int y = 2, r, p, sel, wide = LINES >= 40;

	if (h->c == NULL)
		return;
	layout_home_grid(COLS, &lay);

	/* The current phase, top right (the name is in the title line). */
	attrset(ui_attr(ROLE_ACCENT));
	snprintf(buf, sizeof buf, " Huidige fase: %s ", coalition_phase_label(h->c->phase));
	ui_put(1, COLS - (int)utf8_width(buf) - 2, COLS / 2, buf);
	attrset(ui_attr(ROLE_NORMAL));

	/* Opgave and coalitiedoel: the row the team edits with Enter. */
	sel = h->row == ROW_OPGAVE;
	if (sel) {
		attrset(ui_attr(ROLE_SELECTED));
		ui_mark_selected(ui, y, 0);
		attrset(ui_attr(ROLE_NORMAL));
	}
	ui_hit(ui, y, 0, COLS, 3, ROW_OPGAVE * 10);
	y += draw_field(y, 2, COLS - 4, wide ? 4 : 2, "Opgave:", h->opgave,
	    "nog niet beschreven (Enter om in te vullen)");
	y += draw_field(y, 2, COLS - 4, wide ? 2 : 1, "Coalitiedoel:", h->doel, "nog niet bepaald");
	y++;

	/* The initiative. */
	sel = h->row == ROW_INITIATIEF;
	attrset(ui_attr(ROLE_HEADING));
	ui_put(y, lay.label_x, lay.label_w, "Initiatief");
	draw_progress(y, lay.cell_x[0], lay.cell_w, lay.bar_w, h->p.initiative, sel);
	if (sel)
		ui_mark_selected(ui, y, 0);
	ui_hit(ui, y, 0, COLS, 1, ROW_INITIATIEF * 10);
	y += 2;

	/* Phase columns; the current phase is marked with ▶ (not colour only). */
	for (p = 0; p < 4; p++) {
		const struct cat_phase *ph = catalogue_phase(ui->cat, p + 1);

		attrset(ui_attr(h->c->phase == p + 1 ? ROLE_ACCENT : ROLE_HEADING));
		snprintf(buf, sizeof buf, "%s%d %s", h->c->phase == p + 1 ? "▶" : "", p + 1,
		    ph != NULL ? ph->short_name : "?");
		ui_put_fit(y, lay.cell_x[p], lay.cell_w - 1, buf);
	}
	attrset(ui_attr(ROLE_NORMAL));
	y++;
	for (r = 0; r < 4; r++, y++) {
		const char *label = r < (int)ui->cat->ncheckrows ? ui->cat->checkrows[r].short_name : "?";

		attrset(ui_attr(ROLE_HEADING));
		ui_put_fit(y, lay.label_x, lay.label_w - 1, label);
		attrset(ui_attr(ROLE_NORMAL));
		for (p = 0; p < 4; p++) {
			sel = h->row == ROW_GRID + r && h->col == p;
			draw_progress(y, lay.cell_x[p], lay.cell_w, lay.bar_w, h->p.cell[p][r], sel);
			ui_hit(ui, y, lay.cell_x[p], lay.cell_w, 1, (ROW_GRID + r) * 10 + p);
		}
		if (h->row == ROW_GRID + r) {
			ui_mark_selected(ui, y, 0);
			ui_selected(ui, y, lay.cell_x[h->col]);	/* the cell itself */
		}
	}
	attrset(ui_attr(ROLE_DIM));
	ui_put(y, lay.label_x, lay.label_w, "Fase totaal");
	for (p = 0; p < 4; p++) {
		snprintf(buf, sizeof buf, "%2d/%-2d", h->p.phase[p].answered, h->p.phase[p].total);
		ui_put(y, lay.cell_x[p], lay.cell_w, buf);
	}
	attrset(ui_attr(ROLE_NORMAL));
	y += 2;

	/* The five design steps, one column each. */
	attrset(ui_attr(ROLE_HEADING));
	ui_put(y, lay.label_x, COLS - 4, "Ontwerpstappen");
	attrset(ui_attr(ROLE_NORMAL));
	y++;
	{
		int sw = (COLS - 4) / 5;

		for (p = 0; p < 5; p++) {
			const struct cat_step *stp = catalogue_step(ui->cat, p + 1);
			int x = 2 + p * sw;

			sel = h->row == ROW_STEPS && h->col == p;
			snprintf(buf, sizeof buf, "%d %s", p + 1, stp != NULL ? stp->name : "?");
			attrset(ui_attr(sel ? ROLE_SELECTED : ROLE_NORMAL));
			if (sel)
				mvhline(y, x, ' ', sw - 1);
			ui_put_fit(y, x, sw - 1, buf);
			attrset(ui_attr(ROLE_NORMAL));
			draw_progress(y + 1, x, sw, sw - 8 > 10 ? 10 : sw - 8, h->p.step[p], 0);
			ui_hit(ui, y, x, sw, 2, ROW_STEPS * 10 + p);
		}
		if (h->row == ROW_STEPS) {
			ui_mark_selected(ui, y, 0);
			ui_selected(ui, y, 2 + h->col * sw);
		}
	}
	y += 3;

	/* Tiles: what else the coalition holds, each opened with Enter. */
	{
		int tw = (COLS - 4) / 5, t;
		char tiles[5][64];

		snprintf(tiles[0], sizeof tiles[0], "Notities (%d)", h->counts.notes);
		snprintf(tiles[1], sizeof tiles[1], "Spelers (%d)", h->counts.players);
		snprintf(tiles[2], sizeof tiles[2], "Spelerskaart");
		snprintf(tiles[3], sizeof tiles[3], "Typologie%s", h->counts.typology ? " ✓" : "");
		snprintf(tiles[4], sizeof tiles[4], "Dilemma's (%d)", h->counts.dilemmas);
		for (t = 0; t < 5; t++) {
			sel = h->row == ROW_TILES && h->col == t;
			attrset(ui_attr(sel ? ROLE_SELECTED : ROLE_NORMAL));
			if (sel)
				mvhline(y, 2 + t * tw, ' ', tw - 1);
			ui_put_fit(y, 2 + t * tw, tw - 1, tiles[t]);
			ui_hit(ui, y, 2 + t * tw, tw, 1, ROW_TILES * 10 + t);
		}
		if (h->row == ROW_TILES) {
			ui_mark_selected(ui, y, 0);
			ui_selected(ui, y, 2 + h->col * tw);
		}
		attrset(ui_attr(ROLE_DIM));
		snprintf(buf, sizeof buf, "Relaties %d · Samenwerkingen op het terrein %d",
		    h->counts.relations, h->counts.collaborations);
		ui_put_fit(y + 1, 2, COLS - 4, buf);
		attrset(ui_attr(ROLE_NORMAL));
	}
}

static int
act_move(struct home *h, int drow, int dcol)
{
	int cols;

	if (drow != 0) {
		h->row += drow;
		if (h->row < 0)
			h->row = 0;
		if (h->row >= NROWS)
			h->row = NROWS - 1;
		cols = row_cols(h->row);
		if (h->col >= cols)
			h->col = cols - 1;
	}
	if (dcol != 0) {
		/* At the first or last column it stays: no wrap-around. */
		cols = row_cols(h->row);
		h->col += dcol;
		if (h->col < 0)
			h->col = 0;
		if (h->col >= cols)
			h->col = cols - 1;
	}
	return UI_REDRAW;
}

static int act_up(struct ui *ui, struct ui_view *v) { (void)ui; return act_move(v->state, -1, 0); }
static int act_down(struct ui *ui, struct ui_view *v) { (void)ui; return act_move(v->state, 1, 0); }
static int act_left(struct ui *ui, struct ui_view *v) { (void)ui; return act_move(v->state, 0, -1); }
static int act_right(struct ui *ui, struct ui_view *v) { (void)ui; return act_move(v->state, 0, 1); }

/* Open what the selection points at. */
static int
act_open(struct ui *ui, struct ui_view *v)
{
	struct home *h = v->state;
	struct form_arg arg = { h->id, NULL, 0, 0, 0 };
	char key[16];

	switch (h->row) {
	case ROW_OPGAVE:
		arg.form = FORM_COALITIE;
		break;
	case ROW_INITIATIEF:
		arg.form = "initiatief";
		break;
	case ROW_STEPS:
		snprintf(key, sizeof key, "stap%d", h->col + 1);
		arg.form = key;
		break;
	case ROW_TILES: {
		static const struct ui_screen *const tiles[5] = {
			&ui_screen_notes, &ui_screen_players, &ui_screen_map, &ui_screen_typology,
			&ui_screen_dilemmas,
		};

		ui_push(ui, tiles[h->col], &h->id);
		return UI_REDRAW;
	}
	default:
		snprintf(key, sizeof key, "fase%d", h->col + 1);
		arg.form = key;
		arg.checkrow = h->row - ROW_GRID + 1;
		break;
	}
	ui_push(ui, &ui_screen_form, &arg);
	return UI_REDRAW;
}

/* Keys 0–4 set the current phase. */
static void
phase_confirmed(struct ui *ui, struct ui_view *v, const char *answer)
{
	struct home *h = v->state;
	char *cause = NULL;

	if (answer == NULL) {
		ui_message(ui, 0, "Fase niet gewijzigd.");
		return;
	}
	if (coalition_set_phase(ui->st, h->id, h->asked_phase, &cause) != 0) {
		ui_message(ui, 1, "Fase niet gewijzigd: %s", cause);
		free(cause);
		return;
	}
	load(ui, h);
	ui_message(ui, 0, "Huidige fase: %s.", coalition_phase_label(h->asked_phase));
}

/* A digit sets the current phase, after a question: one stray key must
 * not move the coalition to another phase. */
static int
home_key(struct ui *ui, struct ui_view *v, int key)
{
	struct home *h = v->state;
	char *question;

	if (key < '0' || key > '4')
		return 0;
	if (key - '0' == h->c->phase) {
		ui_message(ui, 0, "De huidige fase is al %s.", coalition_phase_label(h->c->phase));
		return UI_REDRAW;
	}
	h->asked_phase = key - '0';
	question = xasprintf("Huidige fase wijzigen in %s?", coalition_phase_label(key - '0'));
	ui_confirm(ui, v, question, phase_confirmed);
	free(question);
	return UI_REDRAW;
}

static int
home_click(struct ui *ui, struct ui_view *v, int id, int dbl)
{
	struct home *h = v->state;

	h->row = id / 10;
	h->col = id % 10;
	return dbl ? act_open(ui, v) : UI_REDRAW;
}

static int
home_project(struct ui *ui, struct ui_view *v, struct projection *p)
{
	struct home *h = v->state;

	(void)ui;
	p->kind = PROJECT_COALITION;
	p->coalition_id = h->id;
	return 1;
}

static char *
home_title(struct ui *ui, struct ui_view *v)
{
	struct home *h = v->state;

	(void)ui;
	return xstrdup(h->c != NULL ? h->c->name : "?");
}

static int
act_export(struct ui *ui, struct ui_view *v)
{
	struct home *h = v->state;
	struct export_arg arg = { h->id, 0, 0 };

	ui_push(ui, &ui_screen_export, &arg);
	return UI_REDRAW;
}

/* g: the coalition's own fields, its name and phase, as they were changed
 * (on another terminal too, or by an import) and can be put back. */
static int
act_history(struct ui *ui, struct ui_view *v)
{
	struct home *h = v->state;
	char *prompt;

	if (h->c == NULL)
		return UI_REDRAW;
	prompt = xasprintf("Coalitie %s · naam en fase", h->c->name);
	ui_field_history(ui, h->id, prompt, FIELD_COALITION, h->id, NULL);
	free(prompt);
	return UI_REDRAW;
}

static const struct ui_action home_actions[] = {
	{ { '\r', '\n', UI_FKEY(KEY_ENTER) }, "Enter", "Openen",
	    "Het gekozen onderdeel openen (formulier, stap of notities)", act_open, 0 },
	{ { 0 }, "0-4", "Fase",
	    "De huidige fase instellen: 0 initiatief, 1 tot en met 4 de fasen (u bevestigt met j)",
	    NULL, 0 },
	{ { UI_FKEY(KEY_UP), 'k', UI_FKEY(KEY_BTAB) }, "↑", NULL, "Een rij omhoog", act_up,
	    UI_ACT(ACT_UP) },
	{ { UI_FKEY(KEY_DOWN), 'j', '\t' }, "↓ Tab", NULL, "Een rij omlaag", act_down,
	    UI_ACT(ACT_DOWN) },
	{ { UI_FKEY(KEY_LEFT), 'h' }, "←", NULL, "Een kolom naar links (fase of stap)", act_left,
	    0 },
	{ { UI_FKEY(KEY_RIGHT), 'l' }, "→", NULL, "Een kolom naar rechts (fase of stap)",
	    act_right, 0 },
	{ { 'g', UI_FKEY(KEY_F(2)) }, "g", "Geschiedenis",
	    "Eerdere namen en fasen van de coalitie zien, met wie en wanneer, en terugzetten",
	    act_history, UI_ACT(ACT_HISTORY) },
	{ { 'e' }, "e", "Exporteren", "Een samenvatting van de coalitie opslaan (tekst, ODT, "
	    "Markdown, HTML, JSON, CSV, Graphviz)", act_export, UI_FAC },
	{ { '?', UI_FKEY(KEY_F(1)) }, "?", "Hulp", "Deze hulp tonen", ui_action_help,
	    UI_ACT(ACT_HELP) },
	{ { UI_ESC, 'q' }, "Esc", "Terug", "Terug naar de lijst met coalities",
	    ui_action_back, UI_ACT(ACT_BACK) },
	{ { 0 }, NULL, NULL, NULL, NULL, 0 }
};

static const struct ui_action *
home_actions_now(struct ui *ui, struct ui_view *v)
{
	(void)ui;
	(void)v;
	return home_actions;
}

/* Every table this screen may show, for the conventions test. */
static const struct ui_table home_tables[] = {
	{ home_actions, 0 },
	{ NULL, 0 }
};

const struct ui_screen ui_screen_home = {
	.name = "home",
	.help_intro = "Het overzicht van een coalitie: de opgave en het coalitiedoel, het "
	    "initiatief, per fase de vier aandachtspunten van de checklist (opgave, afnemers, "
	    "partners, geld) en de vijf ontwerpstappen. Elk vakje toont hoeveel vragen zijn "
	    "beantwoord; Enter opent het formulier. ▶ markeert de huidige fase. De "
	    "aandachtspunten zijn geen sleutels: opgave en afnemers werken sleutel 1 uit "
	    "(focus en afnemers), partners sleutel 2 (gerust hart), geld sleutel 3 (boter bij "
	    "de vis); sleutel 4 (bindend leiderschap) bevat de checklists zelf. Het boek "
	    "ordent de sleutels in hoofdstuk 3 anders dan in hoofdstuk 2; Vitaal volgt "
	    "hoofdstuk 2.",
	.enter = home_enter,
	.leave = home_leave,
	.draw = home_draw,
	.actions = home_actions_now,
	.tables = home_tables,
	.key = home_key,
	.click = home_click,
	.resume = home_resume,
	.title = home_title,
	.project = home_project,
};
