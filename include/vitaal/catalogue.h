/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * catalogue.h: the method's content (phases, keys, checklists, design
 * steps, perspectives, typology, dilemmas, questionnaires) as loaded from
 * the werkboek's cat_* tables. The catalogue is small (a few hundred rows)
 * and read-only while the program runs, so it is loaded once, whole.
 *
 * The rows are records (records.h) that the store loads and frees
 * (catalogue_load, catalogue_free in store.h: it runs SQL); the look-ups
 * here are pure and live in the model.
 */
#ifndef VITAAL_CATALOGUE_H
#define VITAAL_CATALOGUE_H

#include <stddef.h>

#include "vitaal/records.h"	/* struct catalogue and its cat_* rows */
#include "vitaal/store.h"	/* catalogue_load, catalogue_free */

/* Look-ups (pure). NULL / 0 when absent. Returned pointers live as long
 * as the catalogue. */
const struct cat_source	*catalogue_source(const struct catalogue *cat, const char *key);
const struct cat_form	*catalogue_form(const struct catalogue *cat, const char *key);
const struct cat_item	*catalogue_item(const struct catalogue *cat, const char *key);
const struct cat_phase	*catalogue_phase(const struct catalogue *cat, int num);
const struct cat_step	*catalogue_step(const struct catalogue *cat, int num);

/* The items of a form in order: *first is the index of its first item in
 * cat->items; returns the count (items of a form are contiguous). */
size_t	 catalogue_form_items(const struct catalogue *cat, const char *form, size_t *first);

/* Does this item count towards a coalition's progress (an item of an
 * initiatief, fase or stap form)? */
int	 catalogue_is_workbook_item(const struct catalogue *cat, const struct cat_item *item);

/* A citation for an item's source and chapter: "Konijn & van Spijker (2008),
 * H2 Vier sleutels". Allocated; caller frees. */
char	*catalogue_cite(const struct catalogue *cat, const char *source, const char *chapter);

#endif
