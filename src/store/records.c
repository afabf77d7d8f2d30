/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * records.c: freeing the plain records of records.h. They are created by the
 * store and freed by whoever asked for them.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "vitaal/records.h"

static void
coalition_clear(struct coalition *c)
{
	free(c->name);
	free(c->created);
	free(c->updated);
}

void
coalition_free(struct coalition *c)
{
	if (c == NULL)
		return;
	coalition_clear(c);
	free(c);
}

void
coalition_list_free(struct coalition_list *l)
{
	size_t i;

	if (l == NULL)
		return;
	for (i = 0; i < l->n; i++)
		coalition_clear(&l->v[i]);
	free(l->v);
	free(l);
}

static void
answer_clear(struct answer *a)
{
	free(a->item_key);
	free(a->value);
	free(a->updated);
	free(a->author);
}

void
answer_free(struct answer *a)
{
	if (a == NULL)
		return;
	answer_clear(a);
	free(a);
}

void
answer_list_free(struct answer_list *l)
{
	size_t i;

	if (l == NULL)
		return;
	for (i = 0; i < l->n; i++)
		answer_clear(&l->v[i]);
	free(l->v);
	free(l);
}

static void
answer_change_clear(struct answer_change *c)
{
	free(c->item_key);
	free(c->value);
	free(c->changed);
	free(c->author);
}

void
answer_change_free(struct answer_change *c)
{
	if (c == NULL)
		return;
	answer_change_clear(c);
	free(c);
}

void
answer_history_free(struct answer_history *h)
{
	size_t i;

	if (h == NULL)
		return;
	for (i = 0; i < h->n; i++)
		answer_change_clear(&h->v[i]);
	free(h->v);
	free(h);
}

void
collaboration_list_free(struct collaboration_list *l)
{
	size_t i;

	if (l == NULL)
		return;
	for (i = 0; i < l->n; i++) {
		free(l->v[i].name);
		free(l->v[i].description);
		free(l->v[i].stance);
		free(l->v[i].note);
		free(l->v[i].updated);
	}
	free(l->v);
	free(l);
}

void
note_list_free(struct note_list *l)
{
	size_t i;

	if (l == NULL)
		return;
	for (i = 0; i < l->n; i++) {
		free(l->v[i].text);
		free(l->v[i].created);
		free(l->v[i].updated);
	}
	free(l->v);
	free(l);
}

void
player_clear(struct player *p)
{
	free(p->name);
	free(p->organisation);
	free(p->kind);
	free(p->level);
	free(p->role);
	free(p->standpunt);
	free(p->eigen_belang);
	free(p->bijdrage);
	free(p->notes);
	free(p->macht);
	free(p->formal_relation);
	free(p->representative);
}

void
player_list_free(struct player_list *l)
{
	size_t i;

	if (l == NULL)
		return;
	for (i = 0; i < l->n; i++)
		player_clear(&l->v[i]);
	free(l->v);
	free(l);
}

void
relation_list_free(struct relation_list *l)
{
	size_t i;

	if (l == NULL)
		return;
	for (i = 0; i < l->n; i++) {
		free(l->v[i].kind);
		free(l->v[i].note);
	}
	free(l->v);
	free(l);
}

void
typology_clear(struct typology *t)
{
	free(t->override_type);
	free(t->override_reason);
	t->override_type = t->override_reason = NULL;
}

void
field_change_clear(struct field_change *c)
{
	free(c->kind);
	free(c->field);
	free(c->value);
	free(c->author);
	free(c->saved_at);
	free(c->reason);
	memset(c, 0, sizeof *c);
}

void
field_change_free(struct field_change *c)
{
	if (c == NULL)
		return;
	field_change_clear(c);
	free(c);
}

void
field_history_free(struct field_history *h)
{
	size_t i;

	if (h == NULL)
		return;
	for (i = 0; i < h->n; i++)
		field_change_clear(&h->v[i]);
	free(h->v);
	free(h);
}

/* ---- dilemmas, intervisie, sessions ---------------------------------- */

/* Free what a dilemma owns, leaving it zeroed. */
void
dilemma_clear(struct dilemma *d)
{
	size_t i;

	free(d->catalogue_key);
	free(d->form);
	free(d->title);
	free(d->pole_a);
	free(d->pole_b);
	free(d->rationale);
	free(d->between_text);
	free(d->circling);
	for (i = 0; i < d->noptions; i++)
		free(d->options[i]);
	free(d->options);
	for (i = 0; i < d->npositions; i++) {
		free(d->positions[i].label);
		free(d->positions[i].note);
	}
	free(d->positions);
	for (i = 0; i < d->nrounds; i++) {
		free(d->rounds[i].label);
		free(d->rounds[i].opened);
		free(d->rounds[i].closed);
	}
	free(d->rounds);
	for (i = 0; i < d->narguments; i++) {
		free(d->arguments[i].situation);
		free(d->arguments[i].stance);
		free(d->arguments[i].text);
	}
	free(d->arguments);
	memset(d, 0, sizeof *d);
}

/* Free a list and everything in it; NULL is fine. */
void
dilemma_list_free(struct dilemma_list *l)
{
	size_t i;

	if (l == NULL)
		return;
	for (i = 0; i < l->n; i++)
		dilemma_clear(&l->v[i]);
	free(l->v);
	free(l);
}

/* Free what a participant owns. */
void
participant_clear(struct participant *p)
{
	free(p->name);
	free(p->organisation);
	free(p->role);
	free(p->profile);
	free(p->login);
	memset(p, 0, sizeof *p);
}

/* Free a list and everything in it; NULL is fine. */
void
participant_list_free(struct participant_list *l)
{
	size_t i;

	if (l == NULL)
		return;
	for (i = 0; i < l->n; i++)
		participant_clear(&l->v[i]);
	free(l->v);
	free(l);
}

/* Free a list and everything in it; NULL is fine. */
void
self_analysis_list_free(struct self_analysis_list *l)
{
	size_t i;

	if (l == NULL)
		return;
	for (i = 0; i < l->n; i++) {
		free(l->v[i].owner_name);
		free(l->v[i].form_key);
		free(l->v[i].title);
		free(l->v[i].created);
		free(l->v[i].updated);
		free(l->v[i].origin);
	}
	free(l->v);
	free(l);
}

/* Free a list and everything in it; NULL is fine. */
void
igroup_list_free(struct igroup_list *l)
{
	size_t i;

	if (l == NULL)
		return;
	for (i = 0; i < l->n; i++)
		free(l->v[i].name);
	free(l->v);
	free(l);
}

void
session_list_free(struct session_list *l)
{
	size_t i;

	if (l == NULL)
		return;
	for (i = 0; i < l->n; i++) {
		free(l->v[i].title);
		free(l->v[i].date);
		free(l->v[i].place);
	}
	free(l->v);
	free(l);
}

/* Free what a question owns. */
static void
iquestion_clear(struct iquestion *q)
{
	size_t i;

	free(q->vraagsteller_name);
	free(q->title);
	free(q->interview);
	free(q->gespreksnotitie);
	free(q->follow_up);
	for (i = 0; i < q->nadvice; i++) {
		free(q->advice[i].label);
		free(q->advice[i].text);
	}
	free(q->advice);
	for (i = 0; i < q->nactions; i++) {
		free(q->actions[i].text);
		free(q->actions[i].follow_up);
	}
	free(q->actions);
	for (i = 0; i < q->nthemes; i++)
		free(q->themes[i]);
	free(q->themes);
	memset(q, 0, sizeof *q);
}

/* Free a list and everything in it; NULL is fine. */
void
iquestion_list_free(struct iquestion_list *l)
{
	size_t i;

	if (l == NULL)
		return;
	for (i = 0; i < l->n; i++)
		iquestion_clear(&l->v[i]);
	free(l->v);
	free(l);
}

/* Free counts; NULL is fine. */
void
itheme_counts_free(struct itheme_count *v, size_t n)
{
	size_t i;

	if (v == NULL)
		return;
	for (i = 0; i < n; i++)
		free(v[i].name);
	free(v);
}

/* Free lessons; NULL is fine. */
void
ilesson_list_free(struct ilesson *v, size_t n)
{
	size_t i;

	if (v == NULL)
		return;
	for (i = 0; i < n; i++) {
		free(v[i].text);
		free(v[i].questions);
	}
	free(v);
}

void
session_rec_list_free(struct session_rec_list *l)
{
	size_t i;

	if (l == NULL)
		return;
	for (i = 0; i < l->n; i++) {
		free(l->v[i].kind);
		free(l->v[i].title);
		free(l->v[i].date);
		free(l->v[i].place);
		free(l->v[i].facilitator);
	}
	free(l->v);
	free(l);
}

void
session_changes_free(struct session_change *v, size_t n)
{
	size_t i;

	for (i = 0; v != NULL && i < n; i++) {
		free(v[i].coalition);
		free(v[i].item_key);
		free(v[i].value);
		free(v[i].changed);
	}
	free(v);
}
