/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * catalogue.c: pure look-ups in a loaded catalogue (see store_catalogue.c
 * for loading). The catalogue holds a few hundred rows, so linear search is
 * both simplest and fast enough; forms are contiguous in cat->items.
 */
#include "config.h"

#include <string.h>

#include "vitaal/catalogue.h"
#include "vitaal/util.h"

const struct cat_source *
catalogue_source(const struct catalogue *cat, const char *key)
{
	size_t i;

	for (i = 0; i < cat->nsources; i++)
		if (strcmp(cat->sources[i].key, key) == 0)
			return &cat->sources[i];
	return NULL;
}

const struct cat_form *
catalogue_form(const struct catalogue *cat, const char *key)
{
	size_t i;

	for (i = 0; i < cat->nforms; i++)
		if (strcmp(cat->forms[i].key, key) == 0)
			return &cat->forms[i];
	return NULL;
}

const struct cat_item *
catalogue_item(const struct catalogue *cat, const char *key)
{
	size_t i;

	for (i = 0; i < cat->nitems; i++)
		if (strcmp(cat->items[i].key, key) == 0)
			return &cat->items[i];
	return NULL;
}

const struct cat_phase *
catalogue_phase(const struct catalogue *cat, int num)
{
	size_t i;

	for (i = 0; i < cat->nphases; i++)
		if (cat->phases[i].num == num)
			return &cat->phases[i];
	return NULL;
}

const struct cat_step *
catalogue_step(const struct catalogue *cat, int num)
{
	size_t i;

	for (i = 0; i < cat->nsteps; i++)
		if (cat->steps[i].num == num)
			return &cat->steps[i];
	return NULL;
}

size_t
catalogue_form_items(const struct catalogue *cat, const char *form, size_t *first)
{
	size_t i, n = 0;

	*first = 0;
	for (i = 0; i < cat->nitems; i++) {
		if (strcmp(cat->items[i].form, form) == 0) {
			if (n++ == 0)
				*first = i;
		} else if (n > 0)
			break;
	}
	return n;
}

int
catalogue_is_workbook_item(const struct catalogue *cat, const struct cat_item *item)
{
	const struct cat_form *f = catalogue_form(cat, item->form);

	return f != NULL && strcmp(f->kind, "zelfanalyse") != 0;
}

char *
catalogue_cite(const struct catalogue *cat, const char *source, const char *chapter)
{
	const struct cat_source *s = catalogue_source(cat, source);

	return xasprintf("%s, %s", s != NULL ? s->short_name : source, chapter);
}
