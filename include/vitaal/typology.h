/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * typology.h: which kind of coalition this is. The opgave is scored from
 * 1 (the afnemers' vraag is known and stable) to 5 (turbulent, unknown);
 * the sociaal systeem by the eight complexity factors, each 0 (simple) to
 * 4 (very complex). Together they place the coalition in the book's 2×2
 * of four types, each with its regie strategy.
 *
 * The book gives no thresholds; Vitaal's rule of thumb (said so on screen)
 * takes the middle of each scale: an opgave score of 3 or more counts as
 * turbulent, a mean factor score of 2 or more as complex. The team may
 * override the result and must then say why.
 */
#ifndef VITAAL_TYPOLOGY_H
#define VITAAL_TYPOLOGY_H

#include "vitaal/catalogue.h"
#include "vitaal/records.h"

struct store;

#define TYPOLOGY_TURBULENT_FROM	3	/* opgave score from which the vraag counts as turbulent */
#define TYPOLOGY_COMPLEX_MEAN_X10 20	/* mean factor score ×10 from which the system is complex */

struct typology_result {
	int				 turbulent;	/* 1, 0, or -1 when not scored */
	int				 complex;	/* 1, 0, or -1 when no factor scored */
	int				 scored;	/* factors scored, 0..8 */
	int				 sum;		/* of the scored factors */
	const struct cat_coalition_type	*computed;	/* NULL until both axes are known */
	const struct cat_coalition_type	*chosen;	/* the override, else computed */
	const struct cat_strategy	*strategy;	/* of chosen */
	int				 overridden;	/* chosen differs from computed */
};

/* Classify (pure). */
void	typology_classify(const struct catalogue *cat, const struct typology *t,
	    struct typology_result *out);

/* Setters with checks; errors as in coalition.h. An override needs a
 * reason; type_key NULL removes the override. */
int	typology_score_opgave(struct store *st, int64_t coalition_id, int score, char **cause);
int	typology_score_factor(struct store *st, int64_t coalition_id, int factor, int score,
	    char **cause);
int	typology_override(struct store *st, const struct catalogue *cat, int64_t coalition_id,
	    const char *type_key, const char *reason, char **cause);

#endif
