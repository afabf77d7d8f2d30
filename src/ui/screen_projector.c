/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * screen_projector.c: `vitaal --projector`, the wall. It shows whatever
 * the facilitator put there with F9 on their own terminal (a coalition,
 * one question with its answer, a player map, the typology, or one
 * dilemma box — a round as big bars with the names under them, or two
 * rounds compared — with the round's timer, or a session's agenda), large
 * and calm: no title
 * bar, no key bar, no key hints, no menus, no typing; it follows changes
 * from the other terminals within a second. Private things cannot get
 * here: self-analyses are not a kind of projection.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "vitaal/answer.h"
#include "vitaal/coalition.h"
#include "vitaal/dilemma.h"
#include "vitaal/session.h"
#include "vitaal/util.h"
#include "screens.h"
#include "layout.h"
#include "ui_int.h"

struct wall {
	struct projection	 p;
	struct coalition	*c;
	char			*opgave;
	char			*doel;
	char			*answer;	/* PROJECT_QUESTION */
	struct dilemma_list	*dl;
	const struct dilemma	*d;		/* into dl */
};

static void
wall_clear(struct wall *s)
{
	coalition_free(s->c);
	free(s->opgave);
	free(s->doel);
	free(s->answer);
	dilemma_list_free(s->dl);
	s->c = NULL;
	s->opgave = s->doel = s->answer = NULL;
	s->dl = NULL;
	s->d = NULL;
}

static void
load(struct ui *ui, struct wall *s)
{
	size_t i;

	wall_clear(s);
	if (projection_get(ui->st, &s->p, NULL) != 0)
		memset(&s->p, 0, sizeof s->p);
	if (s->p.coalition_id > 0 && (s->c = store_coalition_get(ui->st, s->p.coalition_id)) != NULL) {
		s->opgave = answer_value(ui->st, s->c->id, FORM_KEY_OPGAVE, NULL);
		s->doel = answer_value(ui->st, s->c->id, FORM_KEY_DOEL, NULL);
	}
	if (s->p.kind == PROJECT_QUESTION && s->c != NULL)
		s->answer = answer_value(ui->st, s->c->id, s->p.item_key, NULL);
	if (s->p.kind == PROJECT_DILEMMA && s->c != NULL &&
	    (s->dl = dilemma_list(ui->st, s->c->id, NULL)) != NULL)
		for (i = 0; i < s->dl->n; i++)
			if (s->dl->v[i].id == s->p.dilemma_id)
				s->d = &s->dl->v[i];
}

static void
wall_enter(struct ui *ui, struct ui_view *v, void *arg)
{
	struct wall *s = xcalloc(1, sizeof *s);

	(void)arg;
	v->state = s;
	load(ui, s);
}

static void
wall_leave(struct ui *ui, struct ui_view *v)
{
	(void)ui;
	wall_clear(v->state);
	free(v->state);
}

static void
wall_resume(struct ui *ui, struct ui_view *v)
{
	load(ui, v->state);
}

/* Text centred on row y; wider than the wall, it is wrapped over two rows
 * rather than cut. */
static void
centre(int y, const char *s)
{
	int w = (int)utf8_width(s);

	if (w > COLS - 4)
		ui_put_wrapped(y, 2, COLS - 4, 2, s);
	else
		ui_put(y, (COLS - w) / 2, w, s);
}

static int
clock_shown(const struct wall *s)
{
	return s->p.timer_on || s->p.timer_acc > 0 || s->p.timer_len > 0;
}

/* text in block letters centred from row y, twice as wide when that fits;
 * the width used, or 0 (nothing drawn) when it does not fit at all or has
 * a character the letters lack. */
static int
big_centred(int y, const char *text)
{
	char row[1024];
	int scale = layout_big_width(text, 2) + 4 <= COLS ? 2 : 1, w, r;

	w = layout_big_width(text, scale);
	if (!layout_big_can(text) || w == 0 || w + 4 > COLS || w * 3 + 4 > (int)sizeof row)
		return 0;
	for (r = 0; r < LAYOUT_BIG_ROWS; r++) {
		layout_big_row(text, r, scale, row, sizeof row);
		ui_put(y + r, (COLS - w) / 2, w, row);
	}
	return w;
}

/* The round's clock in block digits, centred from row y; the last
 * seconds and the end in the error colour. */
static void
draw_big_clock(const struct wall *s, int y)
{
	char clock[16];
	enum projection_clock c = projection_clock(&s->p, (int64_t)time(NULL), clock,
	    sizeof clock);
	int w;

	attrset((c == CLOCK_RUNNING ? ui_attr(ROLE_ACCENT) : ui_attr(ROLE_ERROR)) | A_BOLD);
	w = big_centred(y, clock);
	if (w > 0 && c == CLOCK_DONE && (COLS - w) / 2 + w + 8 < COLS)
		ui_put(y + LAYOUT_BIG_ROWS / 2, (COLS - w) / 2 + w + 2, 6, "Tijd!");
	attrset(ui_attr(ROLE_NORMAL));
}

/* The prompt of a form item as the wall names it. */
static const char *
item_prompt(struct ui *ui, const char *key)
{
	const struct cat_item *it = catalogue_item(ui->cat, key);

	if (it != NULL)
		return it->prompt;
	if (strcmp(key, FORM_KEY_OPGAVE) == 0)
		return "De maatschappelijke opgave";
	if (strcmp(key, FORM_KEY_DOEL) == 0)
		return "Het coalitiedoel";
	return NULL;
}

/* Has change k of ch the same coalition and item as an earlier one? */
static int
change_seen(const struct session_change *ch, size_t k)
{
	size_t j;

	for (j = 0; j < k; j++)
		if (strcmp(ch[j].coalition, ch[k].coalition) == 0 &&
		    strcmp(ch[j].item_key, ch[k].item_key) == 0)
			return 1;
	return 0;
}

/* A session's agenda from row y, wrapped to w columns at x: its title,
 * each coalition on it with the items worked on (their questions, never
 * the answers), and what is being discussed now: the coalition and item
 * saved last. Rows that do not fit are summed up on the last one. */
static void
draw_agenda(struct ui *ui, int64_t sid, int y, int x, int w)
{
	struct session_rec_list *sl = session_list(ui->st, NULL);
	const struct session_rec *r = NULL;
	struct session_change *ch = NULL;
	size_t i, k, n = 0, nch = 0, left = 0;
	char **agenda = NULL, *line;
	const char *prompt, *now_c = NULL, *now_i = NULL;
	int bottom = LINES - 2, now;

	for (i = 0; sl != NULL && i < sl->n; i++)
		if (sl->v[i].id == sid)
			r = &sl->v[i];
	if (r == NULL) {
		centre(LINES / 2, "Deze sessie is er niet meer.");
		goto out;
	}
	agenda = session_agenda(ui->st, sid, &n, NULL);
	ch = session_changes(ui->st, sid, &nch, NULL);
	if (ch != NULL && nch > 0) {
		now_c = ch[nch - 1].coalition;
		now_i = ch[nch - 1].item_key;
	}

	attrset(A_BOLD | ui_attr(ROLE_HEADING));
	y += ui_put_wrapped(y, x, w, 3, r->title);
	attrset(ui_attr(ROLE_DIM));
	line = xasprintf("%s · %s%s%s", r->kind, r->date, r->place[0] != '\0' ? " · " : "",
	    r->place);
	y += ui_put_wrapped(y, x, w, 2, line) + 1;
	free(line);
	attrset(A_BOLD | ui_attr(ROLE_HEADING));
	ui_put(y++, x, w, "Agenda");
	attrset(ui_attr(ROLE_NORMAL));
	if (agenda == NULL || n == 0)
		ui_put_wrapped(y + 1, x, w, 2, "Nog niets op de agenda.");
	for (i = 0; agenda != NULL && i < n; i++) {
		if (y >= bottom) {
			left++;
			continue;
		}
		now = now_c != NULL && strcmp(agenda[i], now_c) == 0;
		attrset(now ? A_BOLD | ui_attr(ROLE_ACCENT) : A_BOLD);
		line = xasprintf("%s %s%s", now ? "▶" : "●", agenda[i], now ? "  (nu)" : "");
		y += ui_put_wrapped(y, x, w, bottom - y, line);
		free(line);
		attrset(ui_attr(ROLE_NORMAL));
		for (k = 0; ch != NULL && k < nch; k++) {
			if (strcmp(ch[k].coalition, agenda[i]) != 0 || change_seen(ch, k) ||
			    (prompt = item_prompt(ui, ch[k].item_key)) == NULL)
				continue;
			if (y >= bottom) {
				left++;
				continue;
			}
			now = now_c != NULL && strcmp(ch[k].coalition, now_c) == 0 &&
			    strcmp(ch[k].item_key, now_i) == 0;
			attrset(now ? A_BOLD | ui_attr(ROLE_ACCENT) : ui_attr(ROLE_NORMAL));
			line = xasprintf("%s %s%s", now ? "▶" : "–", prompt, now ? "  (nu)" : "");
			y += ui_put_wrapped(y, x + 4, w - 4, bottom - y, line);
			free(line);
			attrset(ui_attr(ROLE_NORMAL));
		}
	}
	if (left > 0) {
		attrset(ui_attr(ROLE_DIM));
		line = xasprintf("en nog %zu punt%s", left, left == 1 ? "" : "en");
		ui_put(bottom, x, w, line);
		free(line);
		attrset(ui_attr(ROLE_NORMAL));
	}
out:
	for (i = 0; agenda != NULL && i < n; i++)
		free(agenda[i]);
	free(agenda);
	session_changes_free(ch, nch);
	session_rec_list_free(sl);
}

static void
wall_draw(struct ui *ui, struct ui_view *v)
{
	struct wall *s = v->state;
	int margin = COLS >= 120 ? COLS / 10 : 4, w = COLS - 2 * margin, y = 2;
	char *line;

	if (s->c != NULL) {
		attrset(ui_attr(ROLE_DIM));
		/* Up to the small clock, if any. */
		ui_put_fit(0, 2, clock_shown(s) ? COLS - 23 : COLS - 4, s->c->name);
		attrset(ui_attr(ROLE_NORMAL));
	}
	/* The small clock, unless a dilemma round shows it large. */
	if (clock_shown(s) && (s->p.kind != PROJECT_DILEMMA || LINES < 30)) {
		char clock[16], buf[48];
		enum projection_clock c = projection_clock(&s->p, (int64_t)time(NULL), clock,
		    sizeof clock);

		snprintf(buf, sizeof buf, " ⏱ %s%s ", clock, c == CLOCK_DONE ? " tijd!" : "");
		attrset((c == CLOCK_RUNNING ? ui_attr(ROLE_ACCENT) : ui_attr(ROLE_ERROR)) | A_BOLD);
		ui_put(0, COLS - 19, 18, buf);
		attrset(ui_attr(ROLE_NORMAL));
	}
	switch (s->p.kind) {
	case PROJECT_COALITION:
		if (s->c == NULL)
			break;
		attrset(A_BOLD | ui_attr(ROLE_HEADING));
		/* On a large wall the name in block letters, if it has them all. */
		y = LINES / 4;
		if (LINES >= 30 && big_centred(y - LAYOUT_BIG_ROWS + 1, s->c->name) > 0)
			y += 2;
		else
			centre(y, s->c->name);
		attrset(ui_attr(ROLE_ACCENT));
		line = xasprintf(" %s ", coalition_phase_label(s->c->phase));
		centre(y + 2, line);
		free(line);
		attrset(ui_attr(ROLE_NORMAL) | A_BOLD);
		y += 4 + ui_put_wrapped(y + 4, margin, w, LINES / 3, s->opgave != NULL &&
		    s->opgave[0] != '\0' ? s->opgave : "");
		attrset(ui_attr(ROLE_NORMAL));
		if (s->doel != NULL && s->doel[0] != '\0') {
			line = xasprintf("Doel: %s", s->doel);
			ui_put_wrapped(y + 5, margin, w, LINES - y - 6, line);
			free(line);
		}
		break;
	case PROJECT_QUESTION: {
		const struct cat_item *it = catalogue_item(ui->cat, s->p.item_key);
		const char *prompt = it != NULL ? it->prompt :
		    strcmp(s->p.item_key, FORM_KEY_OPGAVE) == 0 ? "De maatschappelijke opgave" :
		    strcmp(s->p.item_key, FORM_KEY_DOEL) == 0 ? "Het coalitiedoel" : "";
		const struct cat_form *f = it != NULL ? catalogue_form(ui->cat, it->form) : NULL;

		if (f != NULL) {
			attrset(ui_attr(ROLE_DIM));
			centre(y, f->title);
		}
		attrset(A_BOLD | ui_attr(ROLE_HEADING));
		y += 2 + ui_put_wrapped(y + 2, margin, w, LINES / 3, prompt);
		attrset(ui_attr(ROLE_NORMAL));
		ui_put_wrapped(y + 2, margin, w, LINES - y - 5, s->answer != NULL &&
		    s->answer[0] != '\0' ? s->answer : "…");
		break;
	}
	case PROJECT_DILEMMA: {
		/* A round with a running clock: the box makes room for it, large. */
		int big = clock_shown(s) && LINES >= 30 ? LAYOUT_BIG_ROWS + 2 : 0;

		if (s->d != NULL && s->p.compare_id > 0)
			ui_draw_compare(ui, s->d, s->p.compare_id, s->p.round_id, 2, margin,
			    LINES - 3 - big, w, 1);
		else if (s->d != NULL && strcmp(s->d->form, "procontra") == 0)
			ui_draw_dilemma(ui, s->d, 0, 1, 1, LINES - 3 - big, COLS - 2, 1, 0, -2, 0, 0,
			    1);
		else if (s->d != NULL)
			ui_draw_dilemma_wall(ui, s->d, s->p.round_id, 2, margin, LINES - 3 - big, w);
		if (big > 0)
			draw_big_clock(s, LINES - 2 - big + 1);
		break;
	}
	case PROJECT_MAP:
		if (s->c != NULL)
			ui_draw_map_wall(ui, s->c->id, s->p.map_view, 2, 2, LINES - 3, COLS - 4);
		break;
	case PROJECT_TYPOLOGY:
		if (s->c != NULL)
			ui_draw_typology_wall(ui, s->c->id, 2, margin, LINES - 3, w);
		break;
	case PROJECT_AGENDA:
		draw_agenda(ui, s->p.session_id, 2, margin, w);
		break;
	default:
		attrset(A_BOLD | ui_attr(ROLE_HEADING));
		centre(LINES / 2 - 1, "Vitaal");
		attrset(ui_attr(ROLE_DIM));
		centre(LINES / 2 + 1, "Wacht op de facilitator (F9 op diens scherm).");
		attrset(ui_attr(ROLE_NORMAL));
		break;
	}
}

static void
wall_tick(struct ui *ui, struct ui_view *v)
{
	(void)ui;
	(void)v;	/* the loop redraws after a tick: the timer moves */
}

static int
act_quit(struct ui *ui, struct ui_view *v)
{
	(void)ui;
	(void)v;
	return UI_QUIT;
}

static const struct ui_action wall_actions[] = {
	{ { UI_ESC, 'q' }, "Esc", NULL, "Het beamerscherm sluiten", act_quit, UI_ACT(ACT_BACK) },
	{ { 0 }, NULL, NULL, NULL, NULL, 0 }
};

static const struct ui_action *
wall_actions_now(struct ui *ui, struct ui_view *v)
{
	(void)ui;
	(void)v;
	return wall_actions;
}

/* Every table this screen may show, for the conventions test. */
static const struct ui_table projector_tables[] = {
	{ wall_actions, 0 },
	{ NULL, 0 }
};

const struct ui_screen ui_screen_projector = {
	.name = "projector",
	.help_intro = "",
	.enter = wall_enter,
	.leave = wall_leave,
	.draw = wall_draw,
	.actions = wall_actions_now,
	.tables = projector_tables,
	.tick = wall_tick,
	.resume = wall_resume,
};
