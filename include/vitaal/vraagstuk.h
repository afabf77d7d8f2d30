/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * vraagstuk.h: design steps 1 and 2 iterate. The team writes the vraagstuk
 * "according to us" (step 1), meets the others and writes the shared
 * vraagstuk (step 2), and goes round again. Every formulation is kept in the
 * answer history; this module puts both histories on one timeline so the
 * screens can show how the vraagstuk moved.
 */
#ifndef VITAAL_VRAAGSTUK_H
#define VITAAL_VRAAGSTUK_H

#include <stddef.h>
#include <stdint.h>

#include "vitaal/records.h"

struct store;

#define VRAAGSTUK_OURS		"stap1.1"	/* the vraagstuk according to us */
#define VRAAGSTUK_SHARED	"stap2.3"	/* the shared vraagstuk */

/* One formulation on the timeline; pointers borrow from the histories
 * given to vraagstuk_merge and live as long as they do. */
struct formulation {
	const char	*item_key;	/* VRAAGSTUK_OURS or VRAAGSTUK_SHARED */
	const char	*value;
	const char	*changed;	/* UTC, ISO 8601 */
	int		 step;		/* 1 or 2 */
	int		 current;	/* the latest of its step */
};

/* Merge the two histories (each oldest first) into one timeline, newest
 * first, into out (room for ours->n + shared->n). Returns the count. Pure. */
size_t	vraagstuk_merge(const struct answer_history *ours, const struct answer_history *shared,
	    struct formulation *out);

#endif
