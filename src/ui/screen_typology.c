/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * screen_typology.c: which kind of coalition this is. On the left the
 * team scores the opgave (is the vraag of the afnemers known and stable, or
 * turbulent) and the eight complexity factors of the sociaal systeem; on
 * the right the book's 2×2 of coalition types with this coalition marked,
 * and below it the regie strategy that goes with the type. The team may
 * choose another type than the computed one, and then says why. A save
 * changes only the score or choice made here; when another terminal
 * changed the same one meanwhile, this one stands and theirs goes into
 * the history (g), which the message line says (fieldrule.h).
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vitaal/fieldrule.h"
#include "vitaal/typology.h"
#include "vitaal/util.h"
#include "screens.h"
#include "ui_int.h"

#define NROWS	9	/* the opgave, then the eight factors */

struct typo {
	int64_t			 cid;
	struct typology		 t;
	struct typology_result	 r;
	size_t			 sel;
	char			*pending;	/* override type awaiting its reason */
	struct typology		 edit_base;	/* the scores when the override began */
};

static void
load(struct ui *ui, struct typo *s)
{
	typology_clear(&s->t);
	if (store_typology_get(ui->st, s->cid, &s->t) != 0)
		ui_message(ui, 1, "Typologie niet te lezen: %s", store_errmsg(ui->st));
	typology_classify(ui->cat, &s->t, &s->r);
}

static void
typo_enter(struct ui *ui, struct ui_view *v, void *arg)
{
	struct typo *s = xcalloc(1, sizeof *s);

	s->cid = *(int64_t *)arg;
	v->state = s;
	load(ui, s);
}

static void
typo_leave(struct ui *ui, struct ui_view *v)
{
	struct typo *s = v->state;

	(void)ui;
	typology_clear(&s->t);
	typology_clear(&s->edit_base);
	free(s->pending);
	free(s);
}

/* Save mine over base (as this screen had it); reload. */
static void
save(struct ui *ui, struct typo *s, const struct typology *base, const struct typology *mine)
{
	struct field_report rep;
	char *cause = NULL;

	if (typology_save_over(ui->st, ui->cat, s->cid, base, mine, ui_me(ui), &rep,
	    &cause) != 0) {
		ui_message(ui, 1, "Niet bewaard: %s", cause);
		free(cause);
	} else
		ui_field_report(ui, &rep, FIELD_TYPOLOGY);
	load(ui, s);
}

/* A score as dots: "●●●○○ 3", or "○○○○○ –" when not scored. */
static void
draw_score(int y, int x, int score, int max)
{
	int i;

	for (i = 1; i <= max; i++)
		ui_put(y, x + i - 1, 1, score >= i ? "●" : "○");
	if (score >= 0 && !(max == 5 && score == 0)) {
		char buf[16];

		snprintf(buf, sizeof buf, " %d", score);
		ui_put(y, x + max, 3, buf);
	} else
		ui_put(y, x + max, 3, " –");
}

static void
draw_scores(struct ui *ui, struct typo *s, int x, int w)
{
	int y = 2, i;

	attrset(ui_attr(ROLE_HEADING));
	ui_put_fit(y++, x, w, "De opgave");
	attrset(ui_attr(s->sel == 0 ? ROLE_SELECTED : ROLE_NORMAL));
	if (s->sel == 0)
		ui_mark_selected(ui, y, x - 2);
	ui_put_fit(y, x, w - 9, "1 bekend … 5 turbulent");
	draw_score(y, x + w - 8, s->t.opgave_score, 5);
	ui_hit(ui, y, 0, x + w, 1, 0);
	attrset(ui_attr(ROLE_NORMAL));
	y += 2;
	attrset(ui_attr(ROLE_HEADING));
	ui_put_fit(y++, x, w, "Sociaal systeem (0–4)");
	attrset(ui_attr(ROLE_NORMAL));
	for (i = 0; i < 8 && (size_t)i < ui->cat->nfactors; i++, y++) {
		int sel = s->sel == (size_t)i + 1;

		attrset(ui_attr(sel ? ROLE_SELECTED : ROLE_NORMAL));
		if (sel)
			ui_mark_selected(ui, y, x - 2);
		ui_put_fit(y, x, w - 9, ui->cat->factors[i].name);
		draw_score(y, x + w - 8, s->t.factors[i], 4);
		ui_hit(ui, y, 0, x + w, 1, i + 1);
		attrset(ui_attr(ROLE_NORMAL));
	}
}

/* The book's 2×2: rows opgave (vraag bekend, turbulent), columns sociaal
 * systeem (eenvoudig, complex); each cell titled with its type and showing
 * its strategy; the chosen type is marked ◆ (and in colour). Returns the
 * rows used. */
static int
draw_matrix(struct ui *ui, struct typo *s, int y, int x, int w, int ch)
{
	static const char *const opgave[2] = { "bekend", "turbulent" };
	static const char *const systeem[2] = { "eenvoudig", "complex" };
	int cw = w / 2, r, c;
	size_t i;

	attrset(ui_attr(ROLE_DIM));
	ui_put_fit(y, x, cw, "Eenvoudig sociaal systeem");
	ui_put_fit(y, x + cw, cw, "Complex sociaal systeem");
	attrset(ui_attr(ROLE_NORMAL));
	for (r = 0; r < 2; r++) {
		for (c = 0; c < 2; c++) {
			const struct cat_coalition_type *t = NULL;
			const struct cat_strategy *st = NULL;
			int cy = y + 1 + r * ch, cx = x + c * cw, mark;
			char *title;

			for (i = 0; i < ui->cat->ntypes; i++)
				if (strcmp(ui->cat->types[i].opgave, opgave[r]) == 0 &&
				    strcmp(ui->cat->types[i].systeem, systeem[c]) == 0)
					t = &ui->cat->types[i];
			if (t == NULL)
				continue;
			for (i = 0; i < ui->cat->nstrategies; i++)
				if (strcmp(ui->cat->strategies[i].type_key, t->key) == 0)
					st = &ui->cat->strategies[i];
			mark = s->r.chosen == t;
			attrset(ui_attr(mark ? ROLE_ACCENT : ROLE_DIM));
			ui_box(cy, cx, ch, cw - 1, NULL);
			title = xasprintf("%s%s", mark ? "◆ " : "", t->name);
			attrset(ui_attr(mark ? ROLE_ACCENT : ROLE_HEADING));
			ui_put_fit(cy, cx + 2, cw - 5, title);
			free(title);
			attrset(ui_attr(ROLE_NORMAL));
			if (st != NULL)
				ui_put_wrapped(cy + 1, cx + 2, cw - 5, mark ? ch - 3 : ch - 2, st->name);
			if (mark) {
				attrset(ui_attr(ROLE_ACCENT));
				ui_put_fit(cy + ch - 2, cx + 2, cw - 5, "deze coalitie");
			}
			attrset(ui_attr(ROLE_DIM));
			ui_put_fit(cy + ch - 1, cx + 2, cw - 5, r == 0 ? "vraag bekend" :
			    "vraag turbulent");
			attrset(ui_attr(ROLE_NORMAL));
		}
	}
	return 1 + 2 * ch;
}

/* What the result means, in words (allocated). */
static char *
result_text(struct ui *ui, struct typo *s)
{
	struct strbuf b = { 0 };

	(void)ui;
	if (s->r.computed == NULL)
		strbuf_printf(&b, "Nog geen type: geef de opgave een score en minstens één factor "
		    "(%d van 8 gescoord).", s->r.scored);
	else
		strbuf_printf(&b, "Berekend: %s (opgave %s, systeem %s; %d van 8 factoren, "
		    "gemiddeld %d,%d). Vuistregel van Vitaal: het midden van elke schaal; het boek "
		    "geeft geen grens.", s->r.computed->name, s->r.turbulent ? "turbulent" : "bekend",
		    s->r.complex ? "complex" : "eenvoudig", s->r.scored,
		    s->r.scored > 0 ? s->r.sum / s->r.scored : 0,
		    s->r.scored > 0 ? s->r.sum * 10 / s->r.scored % 10 : 0);
	if (s->r.overridden)
		strbuf_printf(&b, "\nHet team kiest %s: %s", s->r.chosen->name,
		    s->t.override_reason);
	if (s->r.strategy != NULL)
		strbuf_printf(&b, "\n%s: %s", s->r.strategy->name, s->r.strategy->summary);
	return strbuf_take(&b);
}

static void
typo_draw(struct ui *ui, struct ui_view *v)
{
	struct typo *s = v->state;
	int lw = COLS >= 120 ? 50 : 32, rx = lw + 5, rw = COLS - rx - 2, y;
	char *text;

	draw_scores(ui, s, 3, lw);
	y = 2 + draw_matrix(ui, s, 2, rx, rw, 5);
	text = result_text(ui, s);
	if (y < 15)
		y = 15;
	ui_put_wrapped(y, 2, COLS - 4, LINES - y - 3, text);
	free(text);
}

/* The wall: the 2×2 as large as the rectangle allows, the coalition's
 * type marked, and under it what the type means and its strategy,
 * wrapped (no scores to type, no keys). */
void
ui_draw_typology_wall(struct ui *ui, int64_t cid, int y, int x, int h, int w)
{
	struct typo s;
	char *text;
	int ch = (h - 8) / 2, used;

	memset(&s, 0, sizeof s);
	s.cid = cid;
	load(ui, &s);
	if (ch > 9)
		ch = 9;
	if (ch < 5)
		ch = 5;
	attrset(A_BOLD | ui_attr(ROLE_HEADING));
	ui_put_fit(y, x, w, "Typologie van de coalitie");
	attrset(ui_attr(ROLE_NORMAL));
	used = 1 + draw_matrix(ui, &s, y + 2, x, w, ch);
	text = result_text(ui, &s);
	ui_put_wrapped(y + 2 + used, x, w, h - used - 2, text);
	free(text);
	typology_clear(&s.t);
}

/* F9: the typology of this coalition on the wall. */
static int
typo_project(struct ui *ui, struct ui_view *v, struct projection *p)
{
	struct typo *s = v->state;

	(void)ui;
	p->kind = PROJECT_TYPOLOGY;
	p->coalition_id = s->cid;
	return 1;
}

static int
set_score(struct ui *ui, struct typo *s, int score)
{
	struct typology mine = s->t;

	if (s->sel == 0)
		mine.opgave_score = score < 0 ? 0 : score;
	else
		mine.factors[s->sel - 1] = score;
	save(ui, s, &s->t, &mine);
	return UI_REDRAW;
}

/* ← and → step the selected score; from "not scored" → starts low. */
static int
step(struct ui *ui, struct typo *s, int dir)
{
	int cur = s->sel == 0 ? s->t.opgave_score : s->t.factors[s->sel - 1];
	int lo = s->sel == 0 ? 1 : 0, hi = s->sel == 0 ? 5 : 4;

	if (cur < lo)
		cur = dir > 0 ? lo : hi;
	else
		cur = cur + dir < lo ? lo : cur + dir > hi ? hi : cur + dir;
	return set_score(ui, s, cur);
}

static int act_more(struct ui *ui, struct ui_view *v) { return step(ui, v->state, 1); }
static int act_less(struct ui *ui, struct ui_view *v) { return step(ui, v->state, -1); }

static int
act_clear(struct ui *ui, struct ui_view *v)
{
	return set_score(ui, v->state, -1);
}

static int
act_up(struct ui *ui, struct ui_view *v)
{
	struct typo *s = v->state;

	(void)ui;
	ui_sel_move(&s->sel, NROWS, -1);
	return UI_REDRAW;
}

static int
act_down(struct ui *ui, struct ui_view *v)
{
	struct typo *s = v->state;

	(void)ui;
	ui_sel_move(&s->sel, NROWS, 1);
	return UI_REDRAW;
}

static int
typo_key(struct ui *ui, struct ui_view *v, int key)
{
	struct typo *s = v->state;
	int lo = s->sel == 0 ? 1 : 0, hi = s->sel == 0 ? 5 : 4;

	if (key >= '0' + lo && key <= '0' + hi)
		return set_score(ui, s, key - '0');
	return 0;
}

/* The override: first the type, then the reason. */
static void
override_reason(struct ui *ui, struct ui_view *v, const char *reason)
{
	struct typo *s = v->state;
	struct typology mine = s->edit_base;

	if (reason != NULL && str_is_blank(reason))
		ui_message(ui, 1, "Niet gekozen: zeg waarom het team een ander type kiest");
	else if (reason != NULL) {
		mine.override_type = s->pending;
		mine.override_reason = (char *)(uintptr_t)reason;
		save(ui, s, &s->edit_base, &mine);
	}
	free(s->pending);
	s->pending = NULL;
	typology_clear(&s->edit_base);
	load(ui, s);
}

static void
override_type(struct ui *ui, struct ui_view *v, const char *text)
{
	struct typo *s = v->state;
	int n;

	if (text == NULL)
		return;
	n = atoi(text);
	if (n == 0) {	/* back to the computed type */
		struct typology mine = s->t;

		mine.override_type = NULL;
		mine.override_reason = (char *)(uintptr_t)"";
		save(ui, s, &s->t, &mine);
		return;
	}
	if (n < 1 || (size_t)n > ui->cat->ntypes) {
		ui_message(ui, 1, "Kies 1 tot en met %zu, of 0 voor het berekende type.",
		    ui->cat->ntypes);
		return;
	}
	free(s->pending);
	s->pending = xstrdup(ui->cat->types[n - 1].key);
	/* The base of the choice: the scores as they are now, kept while the
	 * reason is typed (the screen reloads meanwhile). */
	typology_clear(&s->edit_base);
	s->edit_base = s->t;
	s->edit_base.override_type = s->t.override_type != NULL ?
	    xstrdup(s->t.override_type) : NULL;
	s->edit_base.override_reason = xstrdup(s->t.override_reason != NULL ?
	    s->t.override_reason : "");
	ui_prompt(ui, v, "Waarom dit type?", s->t.override_reason, override_reason, NULL);
}

/* g: earlier scores, types and reasons, with who and when. */
static int
act_history(struct ui *ui, struct ui_view *v)
{
	struct typo *s = v->state;

	ui_field_history(ui, s->cid, "de typologie van deze coalitie", FIELD_TYPOLOGY, s->cid,
	    NULL);
	return UI_REDRAW;
}

static int
act_override(struct ui *ui, struct ui_view *v)
{
	struct strbuf b = { 0 };
	size_t i;

	strbuf_puts(&b, "Type (0 berekend");
	for (i = 0; i < ui->cat->ntypes; i++)
		strbuf_printf(&b, ", %zu %s", i + 1, ui->cat->types[i].name);
	strbuf_puts(&b, "):");
	ui_prompt(ui, v, b.s, "", override_type, NULL);
	strbuf_free(&b);
	return UI_REDRAW;
}

static int
typo_click(struct ui *ui, struct ui_view *v, int id, int dbl)
{
	struct typo *s = v->state;

	(void)ui;
	(void)dbl;
	s->sel = (size_t)id;
	return UI_REDRAW;
}

static const struct ui_action typo_actions[] = {
	{ { UI_FKEY(KEY_RIGHT), '+', ' ' }, "→", "Hoger", "De gekozen score één hoger", act_more,
	    0 },
	{ { UI_FKEY(KEY_LEFT), '-' }, "←", "Lager", "De gekozen score één lager", act_less, 0 },
	{ { 0 }, "0-5", NULL, "De score direct kiezen", NULL, 0 },
	{ { UI_FKEY(KEY_DC), UI_FKEY(KEY_BACKSPACE), 0x7f }, "Del", NULL,
	    "De score wissen (nog niet beoordeeld)", act_clear, 0 },
	{ { 'o' }, "o", "Ander type", "Zelf een ander type kiezen, met de reden", act_override,
	    0 },
	{ { 'g', UI_FKEY(KEY_F(2)) }, "g", NULL,
	    "Eerdere scores, typen en redenen, met wie en wanneer; terugzetten", act_history,
	        UI_ACT(ACT_HISTORY) },
	{ { UI_FKEY(KEY_UP), 'k' }, "↑", NULL, "Vorige score", act_up, UI_ACT(ACT_UP) },
	{ { UI_FKEY(KEY_DOWN), 'j', '\t' }, "↓", NULL, "Volgende score", act_down,
	    UI_ACT(ACT_DOWN) },
	{ { '?', UI_FKEY(KEY_F(1)) }, "?", "Hulp", "Uitleg bij de gekozen score", ui_action_help,
	    UI_ACT(ACT_HELP) },
	{ { UI_ESC, 'q' }, "Esc", "Terug", "Terug naar het overzicht",
	    ui_action_back, UI_ACT(ACT_BACK) },
	{ { 0 }, NULL, NULL, NULL, NULL, 0 }
};

static const struct ui_action *
typo_actions_now(struct ui *ui, struct ui_view *v)
{
	(void)ui;
	(void)v;
	return typo_actions;
}

static char *
typo_help(struct ui *ui, struct ui_view *v)
{
	struct typo *s = v->state;

	if (s->sel == 0)
		return xstrdup("De opgave: is de vraag van de afnemers duidelijk en stabiel, en is "
		    "een goed antwoord bekend (1)? Of is de vraag turbulent of nog onbekend, zodat "
		    "het aanbod ontwikkeld moet worden (5)? (Konijn & van Spijker (2008), H3)");
	if (s->sel - 1 < ui->cat->nfactors) {
		const struct cat_factor *f = &ui->cat->factors[s->sel - 1];
		char *cite = catalogue_cite(ui->cat, f->source, f->chapter), *t;

		t = xasprintf("%s: %s\n%s (%s)", f->name, f->question, f->summary, cite);
		free(cite);
		return t;
	}
	return xstrdup("");
}

static char *
typo_title(struct ui *ui, struct ui_view *v)
{
	struct typo *s = v->state;
	struct coalition *c = store_coalition_get(ui->st, s->cid);
	char *t = xasprintf("%s › Typologie", c != NULL ? c->name : "?");

	coalition_free(c);
	return t;
}

/* Another terminal changed the werkboek: reload. */
static void
typology_resume_auto(struct ui *ui, struct ui_view *v)
{
	load(ui, v->state);
}

/* Every table this screen may show, for the conventions test. */
static const struct ui_table typology_tables[] = {
	{ typo_actions, 0 },
	{ NULL, 0 }
};

const struct ui_screen ui_screen_typology = {
	.name = "typology",
	.help_intro = "",
	.enter = typo_enter,
	.resume = typology_resume_auto,
	.leave = typo_leave,
	.draw = typo_draw,
	.actions = typo_actions_now,
	.tables = typology_tables,
	.key = typo_key,
	.click = typo_click,
	.title = typo_title,
	.help_text = typo_help,
	.project = typo_project,
};
