/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * progress.h: how far a coalition is, computed from the catalogue and its
 * answers. Pure: no store, no terminal. An item counts as answered when its
 * value holds more than white space.
 */
#ifndef VITAAL_PROGRESS_H
#define VITAAL_PROGRESS_H

#include "vitaal/catalogue.h"
#include "vitaal/records.h"

struct progress {
	int	answered;
	int	total;
};

struct coalition_progress {
	struct progress	initiative;
	struct progress	phase[4];	/* fase 1..4 */
	struct progress	cell[4][4];	/* [phase-1][checkrow-1] */
	struct progress	key[4];		/* per sleutel, through its checklist rows */
	struct progress	step[5];	/* stap 1..5 */
	struct progress	overall;	/* initiatief + fasen + stappen */
};

void	progress_compute(const struct catalogue *cat, const struct answer_list *answers,
	    struct coalition_progress *out);

/* 0..100, rounded down; -1 when there is nothing to answer. */
int	progress_percent(struct progress p);

#endif
