/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * typology.c: see typology.h.
 */
#include "config.h"

#include <string.h>

#include "vitaal/store.h"
#include "vitaal/typology.h"
#include "vitaal/util.h"
#include "model_int.h"

/* The type at (opgave, systeem) of the 2×2. */
static const struct cat_coalition_type *
type_at(const struct catalogue *cat, int turbulent, int complex)
{
	size_t i;

	for (i = 0; i < cat->ntypes; i++)
		if (strcmp(cat->types[i].opgave, turbulent ? "turbulent" : "bekend") == 0 &&
		    strcmp(cat->types[i].systeem, complex ? "complex" : "eenvoudig") == 0)
			return &cat->types[i];
	return NULL;
}

void
typology_classify(const struct catalogue *cat, const struct typology *t,
    struct typology_result *out)
{
	size_t i;

	memset(out, 0, sizeof *out);
	out->turbulent = t->opgave_score >= 1 ? t->opgave_score >= TYPOLOGY_TURBULENT_FROM : -1;
	for (i = 0; i < 8; i++) {
		if (t->factors[i] >= 0) {
			out->scored++;
			out->sum += t->factors[i];
		}
	}
	out->complex = out->scored > 0 ?
	    out->sum * 10 >= TYPOLOGY_COMPLEX_MEAN_X10 * out->scored : -1;
	if (out->turbulent >= 0 && out->complex >= 0)
		out->computed = type_at(cat, out->turbulent, out->complex);
	out->chosen = out->computed;
	if (t->override_type != NULL) {
		for (i = 0; i < cat->ntypes; i++)
			if (strcmp(cat->types[i].key, t->override_type) == 0)
				out->chosen = &cat->types[i];
	}
	out->overridden = out->chosen != NULL && out->chosen != out->computed;
	for (i = 0; out->chosen != NULL && i < cat->nstrategies; i++)
		if (strcmp(cat->strategies[i].type_key, out->chosen->key) == 0)
			out->strategy = &cat->strategies[i];
}

int
typology_score_opgave(struct store *st, int64_t coalition_id, int score, char **cause)
{
	if (score < 0 || score > 5) {
		if (cause != NULL)
			*cause = xstrdup("de opgave krijgt een score van 1 tot en met 5");
		return -1;
	}
	return store_typology_set_opgave(st, coalition_id, score) == 0 ? 0 :
	    model_store_cause(st, cause);
}

int
typology_score_factor(struct store *st, int64_t coalition_id, int factor, int score,
    char **cause)
{
	if (factor < 1 || factor > 8 || score < -1 || score > 4) {
		if (cause != NULL)
			*cause = xstrdup("een factor krijgt een score van 0 tot en met 4");
		return -1;
	}
	return store_typology_set_factor(st, coalition_id, factor, score) == 0 ? 0 :
	    model_store_cause(st, cause);
}

int
typology_override(struct store *st, const struct catalogue *cat, int64_t coalition_id,
    const char *type_key, const char *reason, char **cause)
{
	size_t i;

	if (type_key != NULL) {
		for (i = 0; i < cat->ntypes; i++)
			if (strcmp(cat->types[i].key, type_key) == 0)
				break;
		if (i == cat->ntypes) {
			if (cause != NULL)
				*cause = xasprintf("onbekend type '%s'", type_key);
			return -1;
		}
		if (str_is_blank(reason)) {
			if (cause != NULL)
				*cause = xstrdup("zeg waarom het team een ander type kiest");
			return -1;
		}
	}
	return store_typology_set_override(st, coalition_id, type_key,
	    type_key != NULL ? reason : "") == 0 ? 0 : model_store_cause(st, cause);
}
