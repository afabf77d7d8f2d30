/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * screen_form.c: one form of a coalition (the initiative, a phase, a design
 * step, or the coalition's own opgave and coalitiedoel): a header with what
 * the form is about, the list of questions marked answered or open, and a
 * detail pane with the selected question, its answer field and guidance.
 *
 * Two modes. Browsing: arrows move between questions, Enter starts
 * answering. Answering: keys edit the field (text) or pick an option
 * (choice, yes/no, scale); Esc or Tab saves and leaves the field. An answer
 * being typed is saved two seconds after the first unsaved keystroke,
 * again while typing continues, and when the field is left; if the werkboek
 * refuses it the text stays on screen. Esc leaves the field even then, and
 * so does leaving the form or the program: the text goes to a rescue file,
 * or failing that to standard error at the end (ui_rescue), never lost.
 *
 * Step-specific parts: steps 1 and 2 show the other step's vraagstuk and
 * keep every formulation (v shows the timeline); step 3 draws the four
 * perspectives as a quadrant and asks for the borging of the three that do
 * not lead; step 5 links to the list of other collaborations.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "vitaal/answer.h"
#include "vitaal/collaboration.h"
#include "vitaal/intervisie.h"
#include "vitaal/merge.h"
#include "vitaal/perspective.h"
#include "vitaal/session.h"
#include "vitaal/utf8.h"
#include "vitaal/util.h"
#include "vitaal/vraagstuk.h"
#include "layout.h"
#include "screens.h"
#include "ui_int.h"

#define AUTOSAVE_SECONDS	2

/* One row of the question list: a section heading or a question. */
struct frow {
	const char	*heading;	/* borrowed; NULL for a question */
	size_t		 item;		/* index into form->items */
};

struct fitem {
	const struct cat_item	*item;	/* NULL: the link to step 5's collaborations */
	char			*value;	/* saved value, "" when open */
};

struct form {
	int64_t			 cid;
	int64_t			 analysis;	/* a self-analysis instead of the coalition */
	int64_t			 owner;
	char			*cname;
	char			*key;		/* form key */
	const struct cat_form	*cform;		/* NULL for FORM_COALITIE */
	struct cat_item		 own[2];	/* FORM_COALITIE's two questions */
	int			 phase, step;	/* 1..4 / 1..5, else 0 */
	struct fitem		*items;
	size_t			 nitems;
	struct frow		*rows;
	size_t			 nrows;
	size_t			 sel;		/* index into items */
	size_t			 top;		/* first row shown */
	int			 editing;
	struct textbuf		 tb;		/* while editing text */
	size_t			 field_scroll;
	int			 choice;	/* while editing a choice: option index, -1 none */
	char			**options;	/* of the selected choice item */
	size_t			 noptions;
	time_t			 dirty_since;	/* first unsaved edit, 0 = none */
	time_t			 saved_at;	/* last successful save */
	int			 save_failed;
	int			 merged;	/* the last save merged another terminal's text */
	size_t			 conflicts;	/* … and marked this many blocks in it */
	/* Another terminal saved the answer being typed here: who and when
	 * (who NULL: not known), until it is merged into the field. */
	int			 theirs_pending;
	char			*theirs_who;
	char			 theirs_when[8];
	int			 ncollabs;
	char			*other_vraagstuk;	/* steps 1/2: the other step's current text */
	int			 show_timeline;	/* steps 1/2: the formulations overlay */
	struct answer_history	*hist_ours, *hist_shared;
};

static int	 save_field(struct ui *, struct form *);

/* The saved answer to item_key (allocated, "" when open): the coalition's,
 * or the self-analysis' as its owner sees it. */
static char *
stored_value(struct ui *ui, const struct form *f, const char *item_key)
{
	char *v = f->analysis != 0 ?
	    selfanalysis_value(ui->st, f->analysis, f->owner, item_key, NULL) :
	    answer_value(ui->st, f->cid, item_key, NULL);

	return v != NULL ? v : xstrdup("");
}

static const struct fitem *
cur(const struct form *f)
{
	return f->nitems > 0 ? &f->items[f->sel] : NULL;
}

/* The selected question, or NULL (none, or the step-5 link). */
static const struct cat_item *
cur_item(const struct form *f)
{
	const struct fitem *fi = cur(f);

	return fi != NULL ? fi->item : NULL;
}

static int
is_choice(const struct cat_item *it)
{
	return it != NULL && (strcmp(it->kind, "keuze") == 0 || strcmp(it->kind, "janee") == 0 ||
	    strcmp(it->kind, "schaal") == 0);
}

static void
free_options(struct form *f)
{
	size_t i;

	for (i = 0; i < f->noptions; i++)
		free(f->options[i]);
	free(f->options);
	f->options = NULL;
	f->noptions = 0;
}

/* The options of a choice item as shown and stored. */
static void
load_options(struct form *f, const struct cat_item *it)
{
	free_options(f);
	if (strcmp(it->kind, "janee") == 0) {
		f->options = xcalloc(2, sizeof *f->options);
		f->options[0] = xstrdup("ja");
		f->options[1] = xstrdup("nee");
		f->noptions = 2;
	} else if (strcmp(it->kind, "schaal") == 0) {
		int i;

		f->options = xcalloc(5, sizeof *f->options);
		for (i = 0; i < 5; i++)
			f->options[i] = xasprintf("%d", i + 1);
		f->noptions = 5;
	} else {
		const char *p = it->options, *bar;

		while (p != NULL && *p != '\0') {
			bar = strchr(p, '|');
			f->options = xreallocarray(f->options, f->noptions + 1, sizeof *f->options);
			f->options[f->noptions++] = bar != NULL ? xstrndup(p, (size_t)(bar - p)) :
			    xstrdup(p);
			p = bar != NULL ? bar + 1 : NULL;
		}
	}
}

/* Index of value among the options, -1 when none matches. */
static int
option_index(const struct form *f, const char *value)
{
	size_t i;

	for (i = 0; i < f->noptions; i++)
		if (str_casecmp(f->options[i], value) == 0)
			return (int)i;
	return -1;
}

/* Set up FORM_COALITIE's two questions (not catalogue items: they are the
 * coalition's own fields, but kept as answers with history all the same). */
static void
own_items(struct form *f)
{
	f->own[0].key = xstrdup(FORM_KEY_OPGAVE);
	f->own[0].kind = xstrdup("tekst");
	f->own[0].prompt = xstrdup("Wat is de maatschappelijke opgave waar deze coalitie voor "
	    "staat?");
	f->own[0].guidance = xstrdup("De opgave is het grote, gedeelde vraagstuk in de "
	    "samenleving: waarom het ertoe doet en voor wie. Houd haar los van wat de coalitie "
	    "zelf gaat bereiken; dat is het coalitiedoel.");
	f->own[0].source = xstrdup("seed000");
	f->own[0].chapter = xstrdup("H2 Vier sleutels tot succes, Sleutel 1: focus maken");
	f->own[1].key = xstrdup(FORM_KEY_DOEL);
	f->own[1].kind = xstrdup("tekst");
	f->own[1].prompt = xstrdup("Wat is het coalitiedoel: wat gaat deze coalitie samen "
	    "bereiken?");
	f->own[1].guidance = xstrdup("Eén zin, zo concreet dat de partners erop kunnen "
	    "worden aangesproken: een hard resultaat (wat, hoeveel, wanneer) of een levende "
	    "leidraad die richting geeft.");
	f->own[1].source = xstrdup("seed000");
	f->own[1].chapter = xstrdup("H2 Vier sleutels tot succes, Sleutel 1: het coalitiedoel");
}

static void
free_own_items(struct form *f)
{
	int i;

	for (i = 0; i < 2; i++) {
		free(f->own[i].key);
		free(f->own[i].kind);
		free(f->own[i].prompt);
		free(f->own[i].guidance);
		free(f->own[i].source);
		free(f->own[i].chapter);
	}
}

static void
free_items(struct form *f)
{
	size_t i;

	for (i = 0; i < f->nitems; i++)
		free(f->items[i].value);
	free(f->items);
	free(f->rows);
	f->items = NULL;
	f->rows = NULL;
	f->nitems = f->nrows = 0;
}

static void
add_row(struct form *f, const char *heading, size_t item)
{
	f->rows = xreallocarray(f->rows, f->nrows + 1, sizeof *f->rows);
	f->rows[f->nrows].heading = heading;
	f->rows[f->nrows].item = item;
	f->nrows++;
}

/* (Re)build the question list from the catalogue and the saved answers;
 * keeps the selection on the same item key where possible. */
static void
load(struct ui *ui, struct form *f)
{
	const struct cat_perspective *leading = NULL;
	const char *keep = NULL, *section = NULL;
	char keepbuf[128] = "", borging[64] = "";
	size_t i, first = 0, n = 0;
	struct collaboration_list *cl;

	if (cur(f) != NULL && cur(f)->item != NULL) {
		snprintf(keepbuf, sizeof keepbuf, "%s", cur(f)->item->key);
		keep = keepbuf;
	}
	free_items(f);
	if (f->step == 3) {
		char *lv = answer_value(ui->st, f->cid, PERSPECTIVE_CHOICE, NULL);

		leading = perspective_find(ui->cat, lv);
		if (leading != NULL)
			perspective_borging_key(leading, borging, sizeof borging);
		free(lv);
	}
	if (f->cform == NULL) {
		n = 2;
	} else
		n = catalogue_form_items(ui->cat, f->key, &first);
	for (i = 0; i < n; i++) {
		const struct cat_item *it = f->cform == NULL ? &f->own[i] : &ui->cat->items[first + i];
		char *v;

		/* Step 3: the leading perspective needs no borging of its own. */
		if (borging[0] != '\0' && strcmp(it->key, borging) == 0)
			continue;
		if (it->section != NULL && (section == NULL || strcmp(section, it->section) != 0)) {
			section = it->section;
			add_row(f, section, 0);
		}
		f->items = xreallocarray(f->items, f->nitems + 1, sizeof *f->items);
		v = stored_value(ui, f, it->key);
		f->items[f->nitems].item = it;
		f->items[f->nitems].value = v;
		add_row(f, NULL, f->nitems);
		f->nitems++;
	}
	if (f->step == 5) {
		cl = store_collaboration_list(ui->st, f->cid);
		f->ncollabs = cl != NULL ? (int)cl->n : 0;
		collaboration_list_free(cl);
		add_row(f, "Andere samenwerkingen op het terrein", 0);
		f->items = xreallocarray(f->items, f->nitems + 1, sizeof *f->items);
		f->items[f->nitems].item = NULL;
		f->items[f->nitems].value = NULL;
		add_row(f, NULL, f->nitems);
		f->nitems++;
	}
	if (f->step == 1 || f->step == 2) {
		free(f->other_vraagstuk);
		f->other_vraagstuk = answer_value(ui->st, f->cid,
		    f->step == 1 ? VRAAGSTUK_SHARED : VRAAGSTUK_OURS, NULL);
	}
	f->sel = 0;
	for (i = 0; keep != NULL && i < f->nitems; i++)
		if (f->items[i].item != NULL && strcmp(f->items[i].item->key, keep) == 0)
			f->sel = i;
}

static void
form_enter(struct ui *ui, struct ui_view *v, void *arg)
{
	const struct form_arg *a = arg;
	struct form *f = xcalloc(1, sizeof *f);
	struct coalition *c;
	size_t i;

	v->state = f;
	f->cid = a->coalition_id;
	f->analysis = a->analysis_id;
	f->owner = a->owner;
	f->key = xstrdup(a->form);
	f->choice = -1;
	if (f->analysis != 0)
		f->cname = xstrdup("Zelfanalyse");
	else {
		c = store_coalition_get(ui->st, f->cid);
		f->cname = xstrdup(c != NULL ? c->name : "?");
		coalition_free(c);
	}
	if (strcmp(a->form, FORM_COALITIE) == 0)
		own_items(f);
	else if ((f->cform = catalogue_form(ui->cat, a->form)) != NULL) {
		if (strcmp(f->cform->kind, "fase") == 0)
			f->phase = f->cform->seq;
		else if (strcmp(f->cform->kind, "stap") == 0)
			f->step = f->cform->seq;
	}
	load(ui, f);
	/* Start at the first question of the checklist row asked for. */
	for (i = 0; a->checkrow > 0 && i < f->nitems; i++) {
		if (f->items[i].item != NULL && f->items[i].item->checkrow == a->checkrow) {
			f->sel = i;
			break;
		}
	}
}

/* The werkboek refused the text being typed: it goes to herstel/, or is
 * kept for standard error at the end (ui_rescue). */
static void
rescue_text(struct ui *ui, struct form *f)
{
	const struct cat_item *it = cur_item(f);
	char *label = xasprintf("%s-%s", f->cname, it != NULL ? it->key : "?");

	ui_rescue(ui, "Antwoord", label, f->tb.text);
	free(label);
}

static void
form_leave(struct ui *ui, struct ui_view *v)
{
	struct form *f = v->state;

	if (f->editing && f->tb.dirty && save_field(ui, f) != 0)
		rescue_text(ui, f);
	if (f->editing && !is_choice(cur_item(f)))
		textbuf_free(&f->tb);
	free_items(f);
	free_options(f);
	if (f->cform == NULL)
		free_own_items(f);
	answer_history_free(f->hist_ours);
	answer_history_free(f->hist_shared);
	free(f->theirs_who);
	free(f->other_vraagstuk);
	free(f->cname);
	free(f->key);
	free(f);
}

/* Has another terminal saved the answer being typed here since this
 * terminal read or saved it? Then say so (who, when), once per save of
 * theirs; the field itself is never touched here. */
static void
check_theirs(struct ui *ui, struct form *f)
{
	const struct fitem *fi = cur(f);
	struct answer *a;
	char when[8] = "";

	if (fi == NULL || fi->item == NULL || f->analysis != 0 || is_choice(fi->item))
		return;
	a = store_answer_get(ui->st, f->cid, fi->item->key);
	if (a == NULL || strcmp(a->value, fi->value) == 0) {
		f->theirs_pending = 0;
		answer_free(a);
		return;
	}
	str_local_time(a->updated, 0, when, sizeof when);
	if (!f->theirs_pending || strcmp(when, f->theirs_when) != 0 ||
	    (a->author != NULL) != (f->theirs_who != NULL) ||
	    (a->author != NULL && strcmp(a->author, f->theirs_who) != 0)) {
		free(f->theirs_who);
		f->theirs_who = a->author != NULL ? xstrdup(a->author) : NULL;
		snprintf(f->theirs_when, sizeof f->theirs_when, "%s", when);
		f->theirs_pending = 1;
		ui_message(ui, 1, "%s bewaarde dit antwoord %s%s. Uw tekst blijft staan; ^R voegt "
		    "samen.", f->theirs_who != NULL ? f->theirs_who : "Een andere terminal",
		    when[0] != '\0' ? "om " : "zojuist", when);
	}
	answer_free(a);
}

static void
form_resume(struct ui *ui, struct ui_view *v)
{
	struct form *f = v->state;

	/* While someone types here, the field stays as it is (a change
	 * saved elsewhere is announced, and merged on the next save or ^R);
	 * the rest of the form catches up when they leave it. */
	if (!f->editing)
		load(ui, f);
	else
		check_theirs(ui, f);
}

/* What a merge on saving did, said on the message line. */
static void
tell_merge(struct ui *ui, const struct answer_merge *m)
{
	const char *who = m->who != NULL ? m->who : "een andere terminal";

	if (m->conflicts > 0)
		ui_message(ui, 1, "Ook %s%s%s%s wijzigde dezelfde woorden: beide versies staan "
		    "gemarkeerd.", who, m->when[0] != '\0' ? " (" : "", m->when,
		    m->when[0] != '\0' ? ")" : "");
	else
		ui_message(ui, 0, "Samengevoegd met wat %s%s%s%s bewaarde: beide teksten staan erin.",
		    who, m->when[0] != '\0' ? " (" : "", m->when, m->when[0] != '\0' ? ")" : "");
}

/* Save the field being edited. 0 on success (or nothing to save). */
static int
save_value(struct ui *ui, struct form *f, const char *value)
{
	struct fitem *fi = &f->items[f->sel];
	struct answer_merge m = { 0 };
	char *cause = NULL;
	int rc, text = f->editing && !is_choice(fi->item);

	f->merged = 0;
	f->conflicts = 0;
	if (strcmp(fi->value, value) == 0)
		return 0;
	/* Over what this terminal last knew: if another terminal saved the
	 * same answer meanwhile, the two are merged word by word. */
	m.cursor = text ? f->tb.cur : strlen(value);
	rc = f->analysis != 0 ?
	    selfanalysis_save(ui->st, f->analysis, f->owner, fi->item->key, value, &cause) :
	    is_choice(fi->item) ?	/* one key to choose again; history keeps theirs */
	    answer_save(ui->st, f->cid, fi->item->key, value, ui->session_id, &cause) :
	    answer_save_over(ui->st, f->cid, fi->item->key, fi->value, value, ui->session_id,
	    ui_me(ui), &m, &cause);
	if (rc < 0) {
		ui_message(ui, 1, "Niet bewaard: %s. Uw tekst blijft staan; probeer het opnieuw.",
		    cause);
		free(cause);
		f->save_failed = 1;
		return -1;
	}
	free(fi->value);
	if (rc == 1) {
		/* The saved merge is the new base, and what the field shows,
		 * the cursor on the same word of the typist's own text. */
		fi->value = m.value;
		m.value = NULL;
		if (text)
			textbuf_set_at(&f->tb, fi->value, m.cursor);
		f->merged = 1;
		f->conflicts = m.conflicts;
		tell_merge(ui, &m);
		answer_merge_clear(&m);
	} else
		fi->value = xstrdup(value);
	f->theirs_pending = 0;
	f->saved_at = time(NULL);
	/* Worked on in the open session: the coalition is on its agenda. */
	if (ui->session_id > 0 && f->analysis == 0)
		session_agenda_add(ui->st, ui->session_id, f->cid, NULL);
	f->save_failed = 0;
	return 0;
}

static int
save_field(struct ui *ui, struct form *f)
{
	if (!f->editing)
		return 0;
	if (is_choice(cur_item(f)))
		return save_value(ui, f, f->choice >= 0 ? f->options[f->choice] : "");
	textbuf_nfc(&f->tb);	/* typed text is stored in NFC */
	if (save_value(ui, f, f->tb.text) != 0)
		return -1;
	textbuf_mark_clean(&f->tb);
	f->dirty_since = 0;
	return 0;
}

/* Start answering the selected question. */
static void
start_edit(struct ui *ui, struct form *f)
{
	const struct fitem *fi = cur(f);

	(void)ui;
	if (fi == NULL || fi->item == NULL)
		return;
	f->editing = 1;
	f->field_scroll = 0;
	f->dirty_since = 0;
	if (is_choice(fi->item)) {
		load_options(f, fi->item);
		f->choice = option_index(f, fi->value);
	} else
		textbuf_init(&f->tb, fi->value, ANSWER_MAX_BYTES);
}

/* Stop answering: 0. Stays in the field, returning -1, when saving failed,
 * or 1 when the save merged in another terminal's text with a conflict:
 * that is resolved in the field. */
static int
stop_edit(struct ui *ui, struct form *f)
{
	if (!f->editing)
		return 0;
	if (save_field(ui, f) != 0)
		return -1;
	if (!is_choice(cur_item(f)) && f->conflicts > 0)
		return 1;
	if (is_choice(cur_item(f)))
		free_options(f);
	else
		textbuf_free(&f->tb);
	f->editing = 0;
	f->choice = -1;
	/* Step 3: choosing the leading perspective changes which borging
	 * questions apply; and what another terminal saved meanwhile (left
	 * unmerged here) is what the answer now is. */
	if (f->step == 3 || f->theirs_pending)
		load(ui, f);
	f->theirs_pending = 0;
	return 0;
}

/* Which version of block b F5 ("uw versie") keeps: the one labelled
 * with this person's name, when exactly one is; else the first, which is
 * the version of whoever saved the block (at that terminal: the typist's). */
static int
mine_side(struct ui *ui, const char *text, const struct merge_block *b)
{
	int k = merge_side_of(text, b, ui_me(ui));

	return k >= 0 ? k : 0;
}

/* Which version F6 ("de andere") keeps: the one the cursor is in, unless
 * that is mine; else the first that is not mine. */
static int
other_side(struct ui *ui, const char *text, const struct merge_block *b, size_t cursor)
{
	int mine = mine_side(ui, text, b);
	size_t k;

	for (k = 0; k < b->nsides; k++)
		if ((int)k != mine && cursor >= b->sides[k].text &&
		    cursor <= b->sides[k].text + b->sides[k].text_len)
			return (int)k;
	return mine == 0 ? 1 : 0;
}

/* ---- drawing ---------------------------------------------------------- */

/* The header text of this form (allocated). */
static char *
header_text(struct ui *ui, struct form *f)
{
	struct strbuf b = { 0 };

	if (f->cform == NULL) {
		strbuf_puts(&b, "Opgave en coalitiedoel\nDe opgave en het doel staan bovenaan het "
		    "overzicht van de coalitie en in elke samenvatting.");
	} else if (f->phase > 0) {
		const struct cat_phase *p = catalogue_phase(ui->cat, f->phase);

		strbuf_printf(&b, "Fase %d · %s · %s\nMethodiek: %s · Brandstof: %s\n"
		    "Regisseur: %s", p->num, p->name, p->metafoor, p->methodiek, p->brandstof,
		    p->regiemiddel);
	} else if (f->step > 0) {
		const struct cat_step *s = catalogue_step(ui->cat, f->step);

		/* Steps 1 and 2 iterate: each shows the other's vraagstuk. */
		strbuf_printf(&b, "Stap %d · %s", s->num, s->name);
		if (f->step == 1 && f->other_vraagstuk != NULL && f->other_vraagstuk[0] != '\0')
			strbuf_printf(&b, "\nGedeeld vraagstuk (stap 2): %s\nKlopt ons vraagstuk nog "
			    "met wat we samen zagen? v: alle formuleringen", f->other_vraagstuk);
		else if (f->step == 2)
			strbuf_printf(&b, "\nOns vraagstuk (stap 1): %s\nIs dit nog het gedeelde "
			    "vraagstuk, nu deze partijen erbij zijn? v: alle formuleringen",
			    f->other_vraagstuk != NULL && f->other_vraagstuk[0] != '\0' ?
			    f->other_vraagstuk : "nog niet beschreven");
		else
			strbuf_printf(&b, "\n%s", s->question);
	} else
		strbuf_printf(&b, "%s\n%s", f->cform->title, f->cform->intro);
	return strbuf_take(&b);
}

/* Display text of a saved value for the list ("ja", "3 van 5", the text). */
static const char *
mark_of(const struct fitem *fi)
{
	if (fi->item == NULL)
		return "→";
	return str_is_blank(fi->value) ? "·" : "✓";
}

static void
draw_list(struct ui *ui, struct form *f, const struct layout_form *lay)
{
	size_t r, selrow = 0;
	int y, indent;

	for (r = 0; r < f->nrows; r++)
		if (f->rows[r].heading == NULL && f->rows[r].item == f->sel)
			selrow = r;
	/* Keep the selection and, if possible, its heading in view. */
	if (selrow < f->top + 1 && selrow > 0 && f->rows[selrow - 1].heading != NULL)
		f->top = selrow - 1;
	else if (selrow < f->top)
		f->top = selrow;
	if (selrow >= f->top + (size_t)lay->list_h)
		f->top = selrow - (size_t)lay->list_h + 1;
	for (r = f->top, y = lay->list_y; r < f->nrows && y < lay->list_y + lay->list_h; r++, y++) {
		const struct frow *row = &f->rows[r];
		const struct fitem *fi;
		char *text;
		int sel;

		if (row->heading != NULL) {
			attrset(ui_attr(ROLE_HEADING));
			ui_put_fit(y, 2, COLS - 4, row->heading);
			attrset(ui_attr(ROLE_NORMAL));
			continue;
		}
		fi = &f->items[row->item];
		sel = row->item == f->sel;
		indent = fi->item != NULL && fi->item->parent != NULL ? 4 : 2;
		attrset(ui_attr(sel ? ROLE_SELECTED : ROLE_NORMAL));
		if (sel) {
			mvhline(y, 0, ' ', COLS);
			ui_mark_selected(ui, y, 0);
		}
		if (!sel && fi->item != NULL && !str_is_blank(fi->value))
			attrset(ui_attr(ROLE_DONE));
		ui_put(y, indent, 1, mark_of(fi));
		attrset(ui_attr(sel ? ROLE_SELECTED : ROLE_NORMAL));
		if (fi->item != NULL)
			text = xstrdup(fi->item->prompt);
		else
			text = xasprintf("Samenwerkingen op het terrein en onze houding (%d)", f->ncollabs);
		ui_put_fit(y, indent + 2, COLS - indent - 3, text);
		free(text);
		attrset(ui_attr(ROLE_NORMAL));
		ui_hit(ui, y, 0, COLS, 1, (int)row->item);
	}
	if (f->top > 0)
		ui_put(lay->list_y, COLS - 2, 1, "↑");
	if (r < f->nrows)
		ui_put(lay->list_y + lay->list_h - 1, COLS - 2, 1, "↓");
}

/* The four perspectives as a 2×2 quadrant; chosen is the index into the
 * options (= perspective names) or -1, leading the saved choice. */
/* Quadrant positions, in drawing order: top row, then bottom row. */
static const char *const quadrants[4] = { "linksboven", "rechtsboven", "linksonder",
    "rechtsonder" };

static void
draw_quadrant(struct ui *ui, struct form *f, int y, int x, int h, int w, int chosen,
    const char *saved)
{
	int q, bw = w / 2, bh = h / 2;
	size_t i;

	for (q = 0; q < 4; q++) {
		const struct cat_perspective *p = NULL;
		int by = y + (q / 2) * bh, bx = x + (q % 2) * bw, mark, lead;
		char *title;

		for (i = 0; i < ui->cat->nperspectives; i++)
			if (strcmp(ui->cat->perspectives[i].quadrant, quadrants[q]) == 0)
				p = &ui->cat->perspectives[i];
		if (p == NULL)
			continue;
		mark = chosen >= 0 && f->options != NULL && (size_t)chosen < f->noptions &&
		    str_casecmp(f->options[chosen], p->name) == 0;
		lead = saved != NULL && str_casecmp(saved, p->name) == 0;
		attrset(ui_attr(mark ? ROLE_SELECTED : lead ? ROLE_ACCENT : ROLE_NORMAL));
		title = xasprintf("%s%s%s", mark ? "▸ " : "", lead ? "★ " : "", p->name);
		ui_box(by, bx, bh, bw - 1, title);
		if (mark)
			ui_selected(ui, by, bx + 2);
		free(title);
		attrset(ui_attr(ROLE_NORMAL));
		ui_put_wrapped(by + 1, bx + 2, bw - 5, bh - 2, p->kern);
		ui_hit(ui, by, bx, bw - 1, bh, 1000 + q);
	}
}

static void
draw_choice(struct ui *ui, struct form *f, const struct fitem *fi, int y, int h)
{
	const struct cat_item *it = fi->item;
	int x = 4, i, chosen, saved;

	if (!f->editing)
		load_options(f, it);
	chosen = f->editing ? f->choice : option_index(f, fi->value);
	saved = option_index(f, fi->value);
	if (strcmp(it->key, PERSPECTIVE_CHOICE) == 0 && h >= 6) {
		draw_quadrant(ui, f, y, 2, h, COLS - 4, chosen, fi->value);
		if (!f->editing)
			free_options(f);
		return;
	}
	if (strcmp(it->kind, "schaal") == 0) {
		attrset(ui_attr(ROLE_DIM));
		x += ui_put(y, x, COLS / 3, it->low_label) + 2;
		attrset(ui_attr(ROLE_NORMAL));
	}
	for (i = 0; i < (int)f->noptions; i++) {
		char *label = xasprintf("%s %s", i == chosen ? "(•)" : "( )", f->options[i]);
		int w = (int)utf8_width(label);

		if (x + w >= COLS - 2) {	/* wrap options onto the next line */
			y++;
			x = 4;
			if (--h <= 1)
				break;
		}
		attrset(ui_attr(i == chosen && f->editing ? ROLE_SELECTED :
		    i == saved ? ROLE_DONE : ROLE_NORMAL));
		ui_put(y, x, w, label);
		if (i == chosen && f->editing)
			ui_selected(ui, y, x);
		ui_hit(ui, y, x, w, 1, 2000 + i);
		x += w + 3;
		free(label);
	}
	attrset(ui_attr(ROLE_NORMAL));
	if (strcmp(it->kind, "schaal") == 0) {
		attrset(ui_attr(ROLE_DIM));
		ui_put_fit(y, x, COLS - x - 2, it->high_label);
		attrset(ui_attr(ROLE_NORMAL));
	}
	if (!f->editing)
		free_options(f);
}

/* The formulations of the vraagstuk, newest first (steps 1 and 2). */
static void
draw_timeline(struct ui *ui, struct form *f, const struct layout_form *lay)
{
	struct formulation *fs;
	size_t n, i;
	int y = lay->list_y, bottom = lay->detail_y + lay->detail_h;

	answer_history_free(f->hist_ours);
	answer_history_free(f->hist_shared);
	f->hist_ours = store_answer_history(ui->st, f->cid, VRAAGSTUK_OURS);
	f->hist_shared = store_answer_history(ui->st, f->cid, VRAAGSTUK_SHARED);
	n = (f->hist_ours != NULL ? f->hist_ours->n : 0) +
	    (f->hist_shared != NULL ? f->hist_shared->n : 0);
	for (i = (size_t)lay->list_y; i < (size_t)bottom; i++)
		mvhline((int)i, 0, ' ', COLS);
	attrset(ui_attr(ROLE_HEADING));
	ui_put(y++, 2, COLS - 4, "Alle formuleringen van het vraagstuk, nieuwste eerst");
	attrset(ui_attr(ROLE_NORMAL));
	if (n == 0) {
		ui_put(y + 1, 2, COLS - 4, "Nog geen formulering: vul stap 1 en stap 2 in.");
		return;
	}
	fs = xcalloc(n, sizeof *fs);
	n = vraagstuk_merge(f->hist_ours, f->hist_shared, fs);
	for (i = 0; i < n && y < bottom - 1; i++) {
		char *head = xasprintf("%.10s %.5s  stap %d%s", fs[i].changed, fs[i].changed + 11,
		    fs[i].step, fs[i].step == 1 ? " (volgens ons)" : " (gedeeld)");

		attrset(ui_attr(fs[i].current ? ROLE_DONE : ROLE_DIM));
		ui_put_fit(y++, 2, COLS - 4, head);
		attrset(ui_attr(ROLE_NORMAL));
		y += ui_put_wrapped(y, 4, COLS - 6, bottom - y > 3 ? 3 : bottom - y, fs[i].value);
		free(head);
	}
	free(fs);
}

/* A version as the hint names it: "die van Anna (14:02)" for one
 * labelled "versie van Anna (14:02)", else its label. */
static void
put_whose(struct strbuf *sb, const char *text, const struct merge_side *s)
{
	const char *l = text + s->label;
	int n = (int)s->label_len;

	if (n > 11 && strncmp(l, "versie van ", 11) == 0)
		strbuf_printf(sb, "die van %.*s", n - 11, l + 11);
	else
		strbuf_printf(sb, "%.*s", n, l);
}

/* While the field holds marked versions: what F5, F6 and F7 keep of the
 * one at the cursor, and how many there are (allocated); NULL when none. */
static char *
conflict_hint(struct ui *ui, const struct form *f)
{
	struct strbuf sb = { 0 };
	struct merge_block b;
	size_t n = merge_count(f->tb.text);

	if (n == 0 || !merge_block_at(f->tb.text, f->tb.cur, &b))
		return NULL;
	strbuf_puts(&sb, MERGE_OPEN MERGE_CLOSE " F5 houdt ");
	put_whose(&sb, f->tb.text, &b.sides[mine_side(ui, f->tb.text, &b)]);
	strbuf_puts(&sb, ", F6 ");
	put_whose(&sb, f->tb.text, &b.sides[other_side(ui, f->tb.text, &b, f->tb.cur)]);
	strbuf_printf(&sb, ", F7 %s", b.nsides > 2 ? "alle" : "beide");
	if (n > 1)
		strbuf_printf(&sb, " (%zu plekken)", n);
	merge_block_clear(&b);
	return strbuf_take(&sb);
}

static void
draw_detail(struct ui *ui, struct form *f, const struct layout_form *lay)
{
	const struct fitem *fi = cur(f);
	int y = lay->detail_y, bottom = lay->detail_y + lay->detail_h, fh, used;
	char *line, *cite;
	size_t nblocks;

	if (fi == NULL)
		return;
	if (fi->item == NULL) {
		ui_put_wrapped(y, 2, COLS - 4, 3, "Welke andere samenwerkingen werken op hetzelfde "
		    "terrein, en gaan we daarmee samenwerken, de concurrentie aan, of houden we "
		    "afstand? Enter opent de lijst.");
		return;
	}
	attrset(A_BOLD);
	y += ui_put_wrapped(y, 2, COLS - 4, 2, fi->item->prompt);
	attrset(ui_attr(ROLE_NORMAL));
	fh = bottom - y - 2;	/* leave a status line and a guidance line */
	if (COLS >= 120 || LINES >= 40)
		fh = bottom - y - 4;
	if (fh < 2)
		fh = 2;
	if (is_choice(fi->item)) {
		draw_choice(ui, f, fi, y + 1, fh - 1);
	} else if (f->editing) {
		/* The marks of a conflict stand out from the versions. */
		size_t *marks, nmarks = merge_marks(f->tb.text, &marks);

		ui_draw_textbuf_marked(ui, &f->tb, y, 4, fh, COLS - 6, 1, &f->field_scroll, marks,
		    nmarks, ui_attr(ROLE_ERROR) | A_BOLD);
		free(marks);
		attrset(ui_attr(ROLE_ACCENT));
		ui_vline(y, 2, fh);
		attrset(ui_attr(ROLE_NORMAL));
	} else if (str_is_blank(fi->value)) {
		attrset(ui_attr(ROLE_DIM));
		ui_put(y, 4, COLS - 6, "Nog niet beantwoord. Enter om te antwoorden.");
		attrset(ui_attr(ROLE_NORMAL));
	} else
		ui_put_wrapped(y, 4, COLS - 6, fh, fi->value);
	ui_hit(ui, y, 0, COLS, fh, 3000);
	y += fh;

	/* Status: saved or not, and what the keys do here. */
	if (f->editing && !is_choice(fi->item) && f->tb.dirty) {
		attrset(ui_attr(ROLE_ERROR));
		line = xstrdup(f->save_failed ? "● niet bewaard (het werkboek weigert; de tekst blijft)" :
		    "● nog niet bewaard");
	} else if (f->saved_at != 0) {
		struct tm tm;
		char when[16];

		localtime_r(&f->saved_at, &tm);
		strftime(when, sizeof when, "%H:%M:%S", &tm);
		attrset(ui_attr(ROLE_DONE));
		line = xasprintf("✓ bewaard om %s", when);
	} else {
		attrset(ui_attr(ROLE_DIM));
		line = xstrdup(str_is_blank(fi->value) ? "" : "✓ bewaard");
	}
	used = ui_put_fit(y, 2, COLS / 2, line);
	free(line);
	/* Another terminal saved this answer meanwhile: said at once, with
	 * who and when, until it is merged. */
	if (f->editing && f->theirs_pending) {
		line = xasprintf("⚑ %s bewaarde %s%s · ^R voegt samen",
		    f->theirs_who != NULL ? f->theirs_who : "een andere terminal",
		    f->theirs_when[0] != '\0' ? "om " : "zojuist", f->theirs_when);
		attrset(ui_attr(ROLE_ERROR) | A_BOLD);
		ui_put_fit(y, 2 + used + 2, COLS - used - 6, line);
		free(line);
	}
	attrset(ui_attr(ROLE_NORMAL));
	y++;

	/* Marked versions in the field: what the keys keep. */
	if (f->editing && !is_choice(fi->item) && y < bottom &&
	    (line = conflict_hint(ui, f)) != NULL) {
		attrset(ui_attr(ROLE_ERROR) | A_BOLD);
		y += ui_put_wrapped(y, 2, COLS - 4, bottom - y > 2 ? 2 : bottom - y, line);
		attrset(ui_attr(ROLE_NORMAL));
		free(line);
	} else if (!f->editing && !is_choice(fi->item) && y < bottom &&
	    (nblocks = merge_count(fi->value)) > 0) {
		line = xasprintf("⟦⟧ %zu %s tegelijk bewerkt: Enter, dan F5 (uw versie), F6 (de "
		    "andere) of F7 (beide).", nblocks, nblocks == 1 ? "stuk is" : "stukken zijn");
		attrset(ui_attr(ROLE_ERROR) | A_BOLD);
		y += ui_put_wrapped(y, 2, COLS - 4, 1, line);
		attrset(ui_attr(ROLE_NORMAL));
		free(line);
	}

	/* Guidance, with its source, as far as there is room. */
	cite = catalogue_cite(ui->cat, fi->item->source, fi->item->chapter);
	line = xasprintf("%s (%s)", fi->item->guidance, cite);
	attrset(ui_attr(ROLE_DIM));
	ui_put_wrapped(y, 2, COLS - 4, bottom - y, line);
	attrset(ui_attr(ROLE_NORMAL));
	free(line);
	free(cite);
}

/* The header: its first line (what this form is) as a heading. When the
 * wrapped text does not fit, each line gets one row, cut with "…", so no
 * line is lost entirely. */
static void
draw_header(char *header, const struct layout_form *lay)
{
	int tight = ui_wrapped_rows(header, COLS - 4) > lay->header_h, y = lay->header_y;
	char *line = header, *nl;

	attrset(ui_attr(ROLE_HEADING));
	while (line != NULL && y < lay->header_y + lay->header_h) {
		if ((nl = strchr(line, '\n')) != NULL)
			*nl = '\0';
		if (tight) {
			ui_put_fit(y, 2, COLS - 4, line);
			y++;
		} else
			y += ui_put_wrapped(y, 2, COLS - 4, lay->header_y + lay->header_h - y, line);
		attrset(ui_attr(ROLE_NORMAL));
		line = nl != NULL ? nl + 1 : NULL;
	}
}

static void
form_draw(struct ui *ui, struct ui_view *v)
{
	struct form *f = v->state;
	struct layout_form lay;
	char *header = header_text(ui, f);
	int hrows = ui_wrapped_rows(header, COLS - 4);

	/* The perspective quadrant needs room: give the detail pane more. */
	layout_form_areas(COLS, LINES, hrows,
	    cur_item(f) != NULL && strcmp(cur_item(f)->key, PERSPECTIVE_CHOICE) == 0 ? 13 : 0, &lay);
	draw_header(header, &lay);
	attrset(ui_attr(ROLE_DIM));
	ui_hline(lay.list_y - 1, 0, COLS);
	ui_hline(lay.detail_y - 1, 0, COLS);
	attrset(ui_attr(ROLE_NORMAL));
	free(header);
	if (f->show_timeline) {
		draw_timeline(ui, f, &lay);
		return;
	}
	draw_list(ui, f, &lay);
	draw_detail(ui, f, &lay);
}

/* ---- actions ------------------------------------------------------------ */

static int
move_sel(struct ui *ui, struct form *f, int delta)
{
	size_t n = f->nitems;

	if (n == 0)
		return 0;
	if (f->editing && stop_edit(ui, f) != 0)
		return UI_REDRAW;
	if (delta < 0)
		f->sel = f->sel >= (size_t)-delta ? f->sel - (size_t)-delta : 0;
	else
		f->sel = f->sel + (size_t)delta < n ? f->sel + (size_t)delta : n - 1;
	return UI_REDRAW;
}

static int act_up(struct ui *ui, struct ui_view *v) { return move_sel(ui, v->state, -1); }
static int act_down(struct ui *ui, struct ui_view *v) { return move_sel(ui, v->state, 1); }
static int act_pgup(struct ui *ui, struct ui_view *v) { return move_sel(ui, v->state, -8); }
static int act_pgdn(struct ui *ui, struct ui_view *v) { return move_sel(ui, v->state, 8); }

static int
act_edit(struct ui *ui, struct ui_view *v)
{
	struct form *f = v->state;
	const struct fitem *fi = cur(f);

	if (fi == NULL)
		return 0;
	if (fi->item == NULL) {
		ui_push(ui, &ui_screen_collab, &f->cid);
		return UI_REDRAW;
	}
	start_edit(ui, f);
	return UI_REDRAW;
}

/*
 * Esc while the werkboek refuses the field: leave it all the same, so
 * that the keys that follow (q, the arrows) are never typed into the
 * text. The text goes to herstel/ or is kept for the end; the field shows
 * the saved answer again. A refused choice is one key to make again.
 */
static void
leave_refused(struct ui *ui, struct form *f)
{
	if (is_choice(cur_item(f))) {
		free_options(f);
		ui_message(ui, 1, "Keuze niet bewaard: het werkboek weigert (%s); kies later "
		    "opnieuw.", store_errmsg(ui->st));
	} else {
		rescue_text(ui, f);
		textbuf_free(&f->tb);
	}
	f->editing = 0;
	f->choice = -1;
	f->dirty_since = 0;
	f->save_failed = 0;
}

static int
act_done(struct ui *ui, struct ui_view *v)
{
	struct form *f = v->state;
	int r = stop_edit(ui, f);

	if (r < 0)
		leave_refused(ui, f);
	else if (r == 0 && !is_choice(cur_item(f)) && !f->merged)
		ui_message(ui, 0, "Bewaard.");
	return UI_REDRAW;
}

/* Tab while answering: save, go to the next question and answer it. */
static int
act_next_field(struct ui *ui, struct ui_view *v)
{
	struct form *f = v->state;

	if (stop_edit(ui, f) != 0)
		return UI_REDRAW;
	if (f->sel + 1 < f->nitems && f->items[f->sel + 1].item != NULL) {
		f->sel++;
		start_edit(ui, f);
	}
	return UI_REDRAW;
}

static int
act_prev_field(struct ui *ui, struct ui_view *v)
{
	struct form *f = v->state;

	if (stop_edit(ui, f) != 0)
		return UI_REDRAW;
	if (f->sel > 0) {
		f->sel--;
		start_edit(ui, f);
	}
	return UI_REDRAW;
}

static int
act_save_now(struct ui *ui, struct ui_view *v)
{
	struct form *f = v->state;

	if (save_field(ui, f) == 0 && !f->merged)
		ui_message(ui, 0, "Bewaard.");
	return UI_REDRAW;
}

/* ^R: bring the version another terminal saved into the field now. With
 * typing of its own the field is saved, which merges; without, the field
 * simply takes the saved version (the cursor on the same word). */
static int
act_merge_now(struct ui *ui, struct ui_view *v)
{
	struct form *f = v->state;
	struct fitem *fi = &f->items[f->sel];
	struct merge_opts o = { 0 };
	char *now, *r;

	check_theirs(ui, f);
	if (!f->theirs_pending) {
		ui_message(ui, 0, "Niemand anders heeft dit antwoord intussen bewaard.");
		return UI_REDRAW;
	}
	if (strcmp(f->tb.text, fi->value) != 0) {
		if (save_field(ui, f) == 0 && !f->merged)
			ui_message(ui, 0, "Bewaard.");
		return UI_REDRAW;
	}
	now = stored_value(ui, f, fi->item->key);
	o.cursor = f->tb.cur;
	r = merge3_with(fi->value, f->tb.text, now, &o, NULL);
	textbuf_set_at(&f->tb, r, o.cursor);
	textbuf_mark_clean(&f->tb);
	f->dirty_since = 0;
	free(fi->value);
	fi->value = now;
	free(r);
	ui_message(ui, 0, "De versie van %s%s%s staat nu in het veld.", f->theirs_who != NULL ?
	    f->theirs_who : "de andere terminal", f->theirs_when[0] != '\0' ? " van " : "",
	    f->theirs_when);
	f->theirs_pending = 0;
	return UI_REDRAW;
}

/* F5, F6, F7: keep one version of the marked block at the cursor (or the
 * next, or the first), or all of them without the marks. */
static int
resolve(struct ui *ui, struct ui_view *v, int which)
{
	struct form *f = v->state;
	struct merge_block b;
	size_t cursor = f->tb.cur, left;
	int side;
	char *r;

	if (!f->editing || is_choice(cur_item(f)) || !merge_block_at(f->tb.text, cursor, &b)) {
		ui_message(ui, 0, "Er staan geen gemarkeerde versies (%s … %s … %s) in dit veld.",
		    MERGE_OPEN, MERGE_SEP, MERGE_CLOSE);
		return UI_REDRAW;
	}
	side = which == 0 ? mine_side(ui, f->tb.text, &b) : which == 1 ?
	    other_side(ui, f->tb.text, &b, cursor) : MERGE_KEEP_ALL;
	r = merge_resolve(f->tb.text, &b, side, &cursor);
	merge_block_clear(&b);
	textbuf_set_at(&f->tb, r, cursor);
	free(r);
	if (f->dirty_since == 0)
		f->dirty_since = time(NULL);
	f->conflicts = 0;
	left = merge_count(f->tb.text);
	if (left > 0)
		ui_message(ui, 0, "Opgelost; er %s nog %zu gemarkeerd.", left == 1 ? "staat" :
		    "staan", left);
	else
		ui_message(ui, 0, "Opgelost: geen markeringen meer. Esc of ^S bewaart.");
	return UI_REDRAW;
}

static int act_take_mine(struct ui *ui, struct ui_view *v) { return resolve(ui, v, 0); }
static int act_take_theirs(struct ui *ui, struct ui_view *v) { return resolve(ui, v, 1); }
static int act_take_both(struct ui *ui, struct ui_view *v) { return resolve(ui, v, 2); }

static int
act_history(struct ui *ui, struct ui_view *v)
{
	struct form *f = v->state;
	const struct fitem *fi = cur(f);
	struct history_arg arg;

	if (fi == NULL || fi->item == NULL)
		return 0;
	if (f->analysis != 0) {
		ui_message(ui, 0, "De geschiedenis van een zelfanalyse wordt bewaard, maar is hier "
		    "nog niet te zien.");
		return UI_REDRAW;
	}
	if (f->editing && stop_edit(ui, f) != 0)
		return UI_REDRAW;
	memset(&arg, 0, sizeof arg);
	arg.coalition_id = f->cid;
	arg.item_key = fi->item->key;
	arg.prompt = fi->item->prompt;
	ui_push(ui, &ui_screen_history, &arg);
	return UI_REDRAW;
}

static int
act_timeline(struct ui *ui, struct ui_view *v)
{
	struct form *f = v->state;

	(void)ui;
	if (f->step != 1 && f->step != 2)
		return 0;
	f->show_timeline = !f->show_timeline;
	return UI_REDRAW;
}

/* The form after (dir 1) or before (dir -1) this one in the workbook's
 * order: initiatief, fase 1–4, stap 1–5; NULL at either end. */
static const struct cat_form *
neighbour_form(const struct ui *ui, const struct form *f, int dir)
{
	size_t i;

	if (f->cform == NULL)
		return NULL;
	for (i = 0; i < ui->cat->nforms; i++) {
		if (&ui->cat->forms[i] != f->cform)
			continue;
		if (dir < 0 && i > 0 && strcmp(ui->cat->forms[i - 1].kind, "zelfanalyse") != 0)
			return &ui->cat->forms[i - 1];
		if (dir > 0 && i + 1 < ui->cat->nforms &&
		    strcmp(ui->cat->forms[i + 1].kind, "zelfanalyse") != 0)
			return &ui->cat->forms[i + 1];
	}
	return NULL;
}

/* Go to the next or previous form in place, like turning a page. */
static int
turn_page(struct ui *ui, struct ui_view *v, int dir)
{
	struct form *f = v->state;
	const struct cat_form *next = f->analysis != 0 ? NULL : neighbour_form(ui, f, dir);
	struct form_arg arg = { 0 };

	if (next == NULL) {
		ui_message(ui, 0, dir > 0 ? "Dit is het laatste formulier." :
		    "Dit is het eerste formulier.");
		return UI_REDRAW;
	}
	arg.coalition_id = f->cid;
	arg.form = next->key;	/* the catalogue outlives the views */
	arg.checkrow = 0;
	ui_pop(ui);
	ui_push(ui, &ui_screen_form, &arg);
	return UI_REDRAW;
}

static int act_next_form(struct ui *ui, struct ui_view *v) { return turn_page(ui, v, 1); }
static int act_prev_form(struct ui *ui, struct ui_view *v) { return turn_page(ui, v, -1); }

static int
act_back(struct ui *ui, struct ui_view *v)
{
	struct form *f = v->state;

	if (f->show_timeline) {
		f->show_timeline = 0;
		return UI_REDRAW;
	}
	ui_pop(ui);
	return UI_REDRAW;
}

/* Choice fields: move the highlighted option. */
static int
choice_move(struct form *f, int delta)
{
	int n = (int)f->noptions;

	if (n == 0)
		return 0;
	/* Stops at the first and the last option: no wrap-around. */
	if (f->choice < 0)
		f->choice = delta > 0 ? 0 : n - 1;
	else if (f->choice + delta >= 0 && f->choice + delta < n)
		f->choice += delta;
	return UI_REDRAW;
}

/* The perspective quadrant: move the highlight by dx columns and dy rows
 * of the 2×2 (from nothing chosen, start top left). */
static int
quadrant_move(struct ui *ui, struct form *f, int dx, int dy)
{
	int q = 0, i;
	size_t k;

	for (k = 0; f->choice >= 0 && k < ui->cat->nperspectives; k++)
		if (str_casecmp(ui->cat->perspectives[k].name, f->options[f->choice]) == 0)
			for (i = 0; i < 4; i++)
				if (strcmp(ui->cat->perspectives[k].quadrant, quadrants[i]) == 0)
					q = i;
	if (f->choice >= 0) {
		/* Within the 2×2: an arrow towards the edge stays put. */
		int row = q / 2 + dy, col = q % 2 + dx;

		row = row < 0 ? 0 : row > 1 ? 1 : row;
		col = col < 0 ? 0 : col > 1 ? 1 : col;
		q = row * 2 + col;
	}
	for (k = 0; k < ui->cat->nperspectives; k++)
		if (strcmp(ui->cat->perspectives[k].quadrant, quadrants[q]) == 0)
			f->choice = option_index(f, ui->cat->perspectives[k].name);
	return UI_REDRAW;
}

/* Keys that the action table does not take: typing, or picking options. */
static int
form_key(struct ui *ui, struct ui_view *v, int key)
{
	struct form *f = v->state;
	const struct fitem *fi = cur(f);

	if (!f->editing || fi == NULL)
		return 0;
	if (is_choice(fi->item)) {
		if (strcmp(fi->item->key, PERSPECTIVE_CHOICE) == 0 && ui->cat->nperspectives == 4) {
			if (key == UI_FKEY(KEY_LEFT) || key == UI_FKEY(KEY_RIGHT))
				return quadrant_move(ui, f, key == UI_FKEY(KEY_LEFT) ? -1 : 1, 0);
			if (key == UI_FKEY(KEY_UP) || key == UI_FKEY(KEY_DOWN))
				return quadrant_move(ui, f, 0, key == UI_FKEY(KEY_UP) ? -1 : 1);
		}
		if (key == UI_FKEY(KEY_LEFT) || key == UI_FKEY(KEY_UP))
			return choice_move(f, -1);
		if (key == UI_FKEY(KEY_RIGHT) || key == UI_FKEY(KEY_DOWN) || key == ' ')
			return choice_move(f, 1);
		if (key >= '1' && key <= '9' && key - '1' < (int)f->noptions) {
			f->choice = key - '1';
			return UI_REDRAW;
		}
		if (strcmp(fi->item->kind, "janee") == 0 && (key == 'j' || key == 'n')) {
			f->choice = key == 'j' ? 0 : 1;
			return UI_REDRAW;
		}
		if (key == UI_FKEY(KEY_BACKSPACE) || key == 0x7f || key == UI_FKEY(KEY_DC)) {
			f->choice = -1;	/* no answer */
			return UI_REDRAW;
		}
		return 0;
	}
	if (ui_textbuf_key(&f->tb, key, (size_t)(COLS - 6), 1)) {
		if (f->tb.dirty && f->dirty_since == 0)
			f->dirty_since = time(NULL);
		return UI_REDRAW;
	}
	return 0;
}

/* A run of typed or pasted text goes into the field in one insert. */
static int
form_text(struct ui *ui, struct ui_view *v, const char *s, size_t n)
{
	struct form *f = v->state;

	if (!f->editing || cur(f) == NULL || is_choice(cur(f)->item))
		return 0;
	if (s == NULL)
		return 1;
	if (textbuf_insert(&f->tb, s, n) != 0) {
		ui_message(ui, 1, "Te lang: een antwoord is hoogstens %d MB; het geplakte is niet "
		    "ingevoegd.", ANSWER_MAX_BYTES / (1024 * 1024));
		return UI_REDRAW;
	}
	if (f->tb.dirty && f->dirty_since == 0)
		f->dirty_since = time(NULL);
	return UI_REDRAW;
}

/* Autosave: a few seconds after the first unsaved keystroke. */
static void
form_tick(struct ui *ui, struct ui_view *v)
{
	struct form *f = v->state;

	if (!f->editing || is_choice(cur_item(f)) || !f->tb.dirty)
		return;
	if (f->dirty_since == 0)
		f->dirty_since = time(NULL);
	if (time(NULL) - f->dirty_since >= AUTOSAVE_SECONDS && save_field(ui, f) != 0)
		f->dirty_since = time(NULL);	/* retry a little later */
}

static int
form_click(struct ui *ui, struct ui_view *v, int id, int dbl)
{
	struct form *f = v->state;

	if (id >= 1000 && id < 1004 && f->editing) {	/* a quadrant */
		size_t i;

		for (i = 0; i < ui->cat->nperspectives; i++)
			if (strcmp(ui->cat->perspectives[i].quadrant, quadrants[id - 1000]) == 0)
				f->choice = option_index(f, ui->cat->perspectives[i].name);
		return UI_REDRAW;
	}
	if (id >= 2000 && f->editing) {			/* an option */
		f->choice = id - 2000;
		return UI_REDRAW;
	}
	if (id == 3000) {				/* the answer field */
		if (!f->editing)
			return act_edit(ui, v);
		return 0;
	}
	if (id >= 0 && (size_t)id < f->nitems) {	/* a question */
		if (f->editing && stop_edit(ui, f) != 0)
			return UI_REDRAW;
		f->sel = (size_t)id;
		return dbl ? act_edit(ui, v) : UI_REDRAW;
	}
	return 0;
}

static const struct ui_action browse_actions[] = {
	{ { '\r', '\n', UI_FKEY(KEY_ENTER), UI_FKEY(KEY_RIGHT) }, "Enter", "Antwoorden",
	    "De gekozen vraag beantwoorden", act_edit, 0 },
	{ { UI_FKEY(KEY_DOWN), 'j', '\t' }, "↓ Tab", NULL, "Volgende vraag", act_down,
	    UI_ACT(ACT_DOWN) },
	{ { UI_FKEY(KEY_UP), 'k', UI_FKEY(KEY_BTAB) }, "↑", NULL, "Vorige vraag", act_up,
	    UI_ACT(ACT_UP) },
	{ { UI_FKEY(KEY_NPAGE) }, "PgDn", NULL, "Acht vragen verder", act_pgdn, 0 },
	{ { UI_FKEY(KEY_PPAGE) }, "PgUp", NULL, "Acht vragen terug", act_pgup, 0 },
	{ { 'g', UI_FKEY(KEY_F(2)) }, "g", "Geschiedenis",
	    "Eerdere versies van dit antwoord zien en terugzetten", act_history,
	        UI_ACT(ACT_HISTORY) },
	{ { 'v' }, "v", NULL, "Stap 1 en 2: alle formuleringen van het vraagstuk tonen",
	    act_timeline, 0 },
	{ { '>', ']' }, ">", "Volgende", "Naar het volgende formulier (fase of stap)",
	    act_next_form, 0 },
	{ { '<', '[' }, "<", NULL, "Naar het vorige formulier (fase of stap)", act_prev_form, 0 },
	{ { '?', UI_FKEY(KEY_F(1)) }, "?", "Hulp", "Hulp en de toelichting bij deze vraag",
	    ui_action_help, UI_ACT(ACT_HELP) },
	{ { UI_ESC, 'q', UI_FKEY(KEY_LEFT) }, "Esc", "Terug",
	    "Terug naar het overzicht van de coalitie", act_back, UI_ACT(ACT_BACK) },
	{ { 0 }, NULL, NULL, NULL, NULL, 0 }
};

/* The keys of a text field; TEXT_KEYS first in the tables that put the
 * keys of a merge before them. */
#define TEXT_KEYS \
	{ { UI_ESC }, "Esc", "Klaar", "Bewaren en stoppen met typen", act_done, \
	    UI_ACT(ACT_BACK) }, \
	{ { '\t' }, "Tab", "Volgende", "Bewaren en de volgende vraag beantwoorden", \
	    act_next_field, 0 }, \
	{ { UI_FKEY(KEY_BTAB) }, "S-Tab", NULL, "Bewaren en de vorige vraag beantwoorden", \
	    act_prev_field, 0 }, \
	{ { UI_CTRL('s') }, "^S", "Bewaar", "Nu bewaren (dat gebeurt ook vanzelf)", \
	    act_save_now, 0 }, \
	{ { UI_CTRL('z') }, "^Z", "Ongedaan", "De laatste bewerking ongedaan maken", NULL, \
	    UI_ACT(ACT_UNDO) }, \
	{ { UI_FKEY(KEY_F(2)) }, "F2", "Geschiedenis", "Eerdere versies zien en terugzetten", \
	    act_history, UI_ACT(ACT_HISTORY) }, \
	{ { UI_FKEY(KEY_F(1)) }, "F1", "Hulp", "Hulp en de toelichting bij deze vraag", \
	    ui_action_help, UI_ACT(ACT_HELP) }, \
	{ { 0 }, "Enter", NULL, "Een nieuwe regel in het antwoord", NULL, 0 }, \
	{ { 0 }, "^←/^→", NULL, "Een woord verder of terug (ook ^A/^E: begin/eind van de regel)", \
	    NULL, 0 }, \
	{ { 0 }, "^W ^K", NULL, "Woord terug wissen; wissen tot het einde van de regel", NULL, 0 }

#define MERGE_KEY(label) \
	{ { UI_CTRL('r'), UI_FKEY(KEY_F(4)) }, "^R", label, "Wat een andere terminal intussen " \
	    "bewaarde nu samenvoegen met wat hier staat (gebeurt ook bij bewaren)", act_merge_now, 0 }

#define RESOLVE_KEYS \
	{ { UI_FKEY(KEY_F(5)), UI_CTRL('o') }, "F5", "Uw versie", "Tegelijk bewerkt: van de " \
	    "gemarkeerde versies (⟦ … ‖ … ⟧) de uwe houden (ook ^O)", act_take_mine, 0 }, \
	{ { UI_FKEY(KEY_F(6)), UI_CTRL('t') }, "F6", "Andere", "Tegelijk bewerkt: de andere " \
	    "versie houden, of die waar de cursor in staat (ook ^T)", act_take_theirs, 0 }, \
	{ { UI_FKEY(KEY_F(7)), UI_CTRL('b') }, "F7", "Beide", "Tegelijk bewerkt: alle versies " \
	    "houden, zonder de markering (ook ^B)", act_take_both, 0 }

static const struct ui_action text_actions[] = {
	TEXT_KEYS,
	MERGE_KEY(NULL),
	RESOLVE_KEYS,
	{ { 0 }, NULL, NULL, NULL, NULL, 0 }
};

/* Another terminal saved this answer: ^R first in the key bar. */
static const struct ui_action text_theirs_actions[] = {
	MERGE_KEY("Samenvoegen"),
	TEXT_KEYS,
	RESOLVE_KEYS,
	{ { 0 }, NULL, NULL, NULL, NULL, 0 }
};

/* The field holds marked versions: the keys that resolve them first. */
static const struct ui_action text_conflict_actions[] = {
	RESOLVE_KEYS,
	MERGE_KEY("Samenvoegen"),
	TEXT_KEYS,
	{ { 0 }, NULL, NULL, NULL, NULL, 0 }
};

static const struct ui_action choice_actions[] = {
	{ { '\r', '\n', UI_FKEY(KEY_ENTER) }, "Enter", "Kiezen",
	    "De gemarkeerde keuze bewaren", act_done, 0 },
	{ { UI_ESC }, "Esc", NULL, "De gemarkeerde keuze bewaren en terug naar de vragen",
	    act_done, UI_ACT(ACT_BACK) },
	{ { '\t' }, "Tab", "Volgende", "Bewaren en de volgende vraag beantwoorden",
	    act_next_field, 0 },
	{ { UI_FKEY(KEY_BTAB) }, "S-Tab", NULL, "Bewaren en de vorige vraag beantwoorden",
	    act_prev_field, 0 },
	{ { 0 }, "← →", "Kies", "Een andere keuze markeren (ook 1–9; j/n bij ja/nee)", NULL, 0 },
	{ { 0 }, "Del", NULL, "Geen keuze (het antwoord leegmaken)", NULL, 0 },
	{ { UI_FKEY(KEY_F(1)) }, "F1", "Hulp", "Hulp en de toelichting bij deze vraag",
	    ui_action_help, UI_ACT(ACT_HELP) },
	{ { 0 }, NULL, NULL, NULL, NULL, 0 }
};

static const struct ui_action *
form_actions(struct ui *ui, struct ui_view *v)
{
	struct form *f = v->state;

	(void)ui;
	if (!f->editing)
		return browse_actions;
	if (is_choice(cur_item(f)))
		return choice_actions;
	if (merge_count(f->tb.text) > 0)
		return text_conflict_actions;
	return f->theirs_pending ? text_theirs_actions : text_actions;
}

/* The selected question and its answer go on the wall; a self-analysis
 * never does (it is private). */
static int
form_project(struct ui *ui, struct ui_view *v, struct projection *p)
{
	struct form *f = v->state;
	const struct cat_item *it = cur_item(f);

	(void)ui;
	if (f->analysis != 0 || it == NULL)
		return 0;
	p->kind = PROJECT_QUESTION;
	p->coalition_id = f->cid;
	snprintf(p->item_key, sizeof p->item_key, "%s", it->key);
	return 1;
}

static char *
form_title(struct ui *ui, struct ui_view *v)
{
	struct form *f = v->state;

	(void)ui;
	if (f->cform == NULL)
		return xasprintf("%s › Opgave en coalitiedoel", f->cname);
	return xasprintf("%s › %s", f->cname, f->cform->title);
}

/* The help screen: what this form is, then the selected question's guidance. */
static char *
form_help(struct ui *ui, struct ui_view *v)
{
	struct form *f = v->state;
	const struct fitem *fi = cur(f);
	struct strbuf b = { 0 };

	strbuf_puts(&b, "Beantwoord de vragen in uw eigen woorden; alles wordt vanzelf bewaard, "
	    "ook elke eerdere versie (g). ✓ = beantwoord, · = open.");
	if (fi != NULL && fi->item != NULL) {
		char *cite = catalogue_cite(ui->cat, fi->item->source, fi->item->chapter);

		strbuf_printf(&b, "\n\nBij deze vraag: %s\nBron: %s", fi->item->guidance, cite);
		free(cite);
	}
	return strbuf_take(&b);
}

/* Every table this screen may show, for the conventions test. */
static const struct ui_table form_tables[] = {
	{ browse_actions, 0 },
	{ text_actions, 1 },
	{ text_theirs_actions, 1 },
	{ text_conflict_actions, 1 },
	{ choice_actions, 1 },
	{ NULL, 0 }
};

const struct ui_screen ui_screen_form = {
	.name = "form",
	.help_intro = "",
	.enter = form_enter,
	.leave = form_leave,
	.draw = form_draw,
	.actions = form_actions,
	.tables = form_tables,
	.key = form_key,
	.text = form_text,
	.tick = form_tick,
	.click = form_click,
	.resume = form_resume,
	.help_text = form_help,
	.title = form_title,
	.project = form_project,
};
