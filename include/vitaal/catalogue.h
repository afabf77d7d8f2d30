/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * catalogue.h: the method's content (phases, keys, checklists, design
 * steps, perspectives, typology, dilemmas, questionnaires) as loaded from
 * the werkboek's cat_* tables. The catalogue is small (a few hundred rows)
 * and read-only while the program runs, so it is loaded once, whole.
 *
 * catalogue_load lives in the store (it runs SQL); the look-ups are pure
 * and live in the model. Every item carries its source key and chapter.
 * Optional texts are NULL when absent; integer references are 0 when absent.
 */
#ifndef VITAAL_CATALOGUE_H
#define VITAAL_CATALOGUE_H

#include <stddef.h>

struct store;

struct cat_source {
	char	*key, *short_name, *title, *authors, *year, *publisher;
};

struct cat_phase {
	int	 num;		/* 1..4 */
	char	*name, *short_name, *activiteit, *methodiek, *brandstof, *metafoor;
	char	*regiemiddel, *summary, *pitfalls, *source, *chapter;
};

struct cat_key {
	int	 num;		/* 1..4 */
	char	*name, *short_name, *summary, *source, *chapter;
};

struct cat_checkrow {
	int	 num;		/* 1..4 */
	char	*name, *short_name;
	int	 key_num;	/* the sleutel this row belongs to */
	char	*summary, *source, *chapter;
};

struct cat_step {
	int	 num;		/* 1..5 */
	char	*name, *question, *summary, *source, *chapter;
};

struct cat_form {
	char	*key, *kind;	/* kind: initiatief, fase, stap, zelfanalyse */
	int	 seq;
	char	*title, *intro, *source, *chapter;
};

struct cat_item {
	char	*key, *form;
	int	 seq;
	char	*parent;	/* key of the main question, or NULL */
	char	*section;	/* heading inside the form, or NULL */
	int	 phase;		/* 1..4, 0 = not a phase checklist item */
	int	 checkrow;	/* 1..4, 0 = none */
	char	*kind;		/* tekst, schaal, janee, keuze */
	char	*prompt, *guidance;
	char	*low_label, *high_label;	/* schaal only */
	char	*options;	/* keuze only: '|'-separated */
	char	*source, *chapter;
};

struct cat_perspective {
	char	*key;
	int	 seq;
	char	*name, *kern, *waarden, *zwakte, *quadrant, *source, *chapter;
};

struct cat_coalition_type {
	char	*key;
	int	 seq;
	char	*name, *aliases, *opgave, *systeem, *summary, *key_questions;
	char	*source, *chapter;
};

struct cat_strategy {
	char	*key;
	int	 seq;
	char	*name, *type_key, *summary, *source, *chapter;
};

struct cat_factor {
	int	 num;		/* 1..8 */
	char	*name, *question, *summary, *source, *chapter;
};

struct cat_dilemma {
	char	*key;
	int	 seq;
	char	*form;		/* pool, procontra, keuze */
	char	*title, *pole_a, *pole_b, *summary;
	int	 between_poles;	/* the source says the answer lies in between */
	char	*theme, *source, *chapter;
};

struct cat_dilemma_option {
	char	*dilemma;
	int	 seq;
	char	*label, *summary;
};

/* A ready example coalition built from a case in the seeds. */
struct cat_example {
	char	*key, *name;
	int	 phase;
	char	*summary, *source, *chapter;
};

/* Arrays are ordered by num or seq (items: by form order, then seq). */
struct catalogue {
	char				*version;
	struct cat_source		*sources;	size_t nsources;
	struct cat_phase		*phases;	size_t nphases;
	struct cat_key			*keys;		size_t nkeys;
	struct cat_checkrow		*checkrows;	size_t ncheckrows;
	struct cat_step			*steps;		size_t nsteps;
	struct cat_form			*forms;		size_t nforms;
	struct cat_item			*items;		size_t nitems;
	struct cat_perspective		*perspectives;	size_t nperspectives;
	struct cat_coalition_type	*types;		size_t ntypes;
	struct cat_strategy		*strategies;	size_t nstrategies;
	struct cat_factor		*factors;	size_t nfactors;
	struct cat_dilemma		*dilemmas;	size_t ndilemmas;
	struct cat_dilemma_option	*dilemma_options; size_t ndilemma_options;
	struct cat_example		*examples;	size_t nexamples;
};

/* Load the whole catalogue; NULL with the error on st. Caller frees. */
struct catalogue *catalogue_load(struct store *st);
void		  catalogue_free(struct catalogue *cat);

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
