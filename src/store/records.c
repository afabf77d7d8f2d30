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
