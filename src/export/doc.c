/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * doc.c: building and freeing the document tree (doc.h). Every text is
 * copied in, so a tree outlives the report it was built from.
 */
#include "config.h"

#include <assert.h>
#include <stdlib.h>
#include <string.h>

#include "vitaal/doc.h"
#include "vitaal/util.h"

struct doc *
doc_new(const char *title)
{
	struct doc *d = xcalloc(1, sizeof(*d));

	d->title = xstrdup(title != NULL ? title : "");
	return d;
}

static struct doc_block *
add(struct doc *d, enum doc_kind kind)
{
	struct doc_block *b;

	d->v = xreallocarray(d->v, d->n + 1, sizeof(*d->v));
	b = &d->v[d->n++];
	memset(b, 0, sizeof(*b));
	b->kind = kind;
	return b;
}

void
doc_heading(struct doc *d, int level, const char *text)
{
	struct doc_block *b = add(d, DOC_HEADING);

	assert(level >= 1 && level <= 4);
	b->level = level;
	b->text = xstrdup(text != NULL ? text : "");
}

void
doc_para(struct doc *d, enum doc_role role, int indent, const char *text)
{
	struct doc_block *b = add(d, DOC_PARA);

	b->role = role;
	b->level = indent;
	b->text = xstrdup(text != NULL ? text : "");
}

struct doc_block *
doc_fields(struct doc *d)
{
	return add(d, DOC_FIELDS);
}

void
doc_field(struct doc_block *b, const char *label, const char *value)
{
	assert(b->kind == DOC_FIELDS);
	if (value == NULL || str_is_blank(value))
		return;
	b->labels = xreallocarray(b->labels, b->nitems + 1, sizeof(*b->labels));
	b->items = xreallocarray(b->items, b->nitems + 1, sizeof(*b->items));
	b->labels[b->nitems] = xstrdup(label);
	b->items[b->nitems++] = xstrdup(value);
}

struct doc_block *
doc_list(struct doc *d)
{
	return add(d, DOC_LIST);
}

void
doc_item(struct doc_block *b, int depth, const char *text)
{
	assert(b->kind == DOC_LIST);
	b->items = xreallocarray(b->items, b->nitems + 1, sizeof(*b->items));
	b->depth = xreallocarray(b->depth, b->nitems + 1, sizeof(*b->depth));
	b->items[b->nitems] = xstrdup(text != NULL ? text : "");
	b->depth[b->nitems] = depth > 0 && b->nitems > 0 ? 1 : 0;	/* under an item */
	b->nitems++;
}

struct doc_block *
doc_table(struct doc *d, size_t ncols, const char *const *titles, const int *widths,
    const char *align)
{
	struct doc_block *b = add(d, DOC_TABLE);
	size_t i;
	int total = 0;

	assert(ncols > 0 && ncols <= DOC_MAXCOLS && strlen(align) == ncols);
	b->table.ncols = ncols;
	for (i = 0; i < ncols; i++) {
		b->table.titles[i] = titles[i];
		b->table.widths[i] = widths[i];
		b->table.align[i] = align[i];
		total += widths[i];
	}
	assert(total == 100);
	return b;
}

void
doc_row(struct doc_block *b, const char *const *cells)
{
	struct doc_table *t = &b->table;
	size_t i;

	assert(b->kind == DOC_TABLE);
	t->cells = xreallocarray(t->cells, (t->nrows + 1) * t->ncols, sizeof(*t->cells));
	for (i = 0; i < t->ncols; i++)
		t->cells[t->nrows * t->ncols + i] = xstrdup(cells[i] != NULL ? cells[i] : "");
	t->nrows++;
}

void
doc_figure(struct doc_block *b, enum doc_figure figure, const char *end_a, const char *end_b)
{
	assert(b->kind == DOC_TABLE);
	b->table.figure = figure;
	if (end_a != NULL)
		b->table.ends[0] = xstrdup(end_a);
	if (end_b != NULL)
		b->table.ends[1] = xstrdup(end_b);
}

void
doc_link(struct doc_block *b, size_t from, size_t to, int strength, int tension,
    const char *label)
{
	struct doc_table *t = &b->table;
	struct doc_link *l;

	assert(b->kind == DOC_TABLE && from < t->nrows && to < t->nrows);
	t->links = xreallocarray(t->links, t->nlinks + 1, sizeof(*t->links));
	l = &t->links[t->nlinks++];
	l->from = from;
	l->to = to;
	l->strength = strength;
	l->tension = tension;
	l->label = xstrdup(label != NULL ? label : "");
}

const char *
doc_cell(const struct doc_table *t, size_t r, size_t c)
{
	assert(r < t->nrows && c < t->ncols);
	return t->cells[r * t->ncols + c];
}

void
doc_footer(struct doc *d, const char *text)
{
	add(d, DOC_FOOTER)->text = xstrdup(text);
}

void
doc_free(struct doc *d)
{
	size_t i, k;

	if (d == NULL)
		return;
	for (i = 0; i < d->n; i++) {
		struct doc_block *b = &d->v[i];

		free(b->text);
		for (k = 0; k < b->nitems; k++) {
			if (b->labels != NULL)
				free(b->labels[k]);
			free(b->items[k]);
		}
		free(b->labels);
		free(b->items);
		free(b->depth);
		for (k = 0; k < b->table.nrows * b->table.ncols; k++)
			free(b->table.cells[k]);
		free(b->table.cells);
		free(b->table.ends[0]);
		free(b->table.ends[1]);
		for (k = 0; k < b->table.nlinks; k++)
			free(b->table.links[k].label);
		free(b->table.links);
	}
	free(d->v);
	free(d->title);
	free(d);
}
