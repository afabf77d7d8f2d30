/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * vraagstuk.c: the timeline of formulations of the vraagstuk (steps 1
 * and 2). History ids grow with every saved change, so merging two
 * histories by id orders them in time even within one second.
 */
#include "config.h"

#include "vitaal/vraagstuk.h"

/* Fill one formulation from history entry i of h. */
static void
take(struct formulation *f, const struct answer_history *h, size_t i, int step)
{
	f->item_key = h->v[i].item_key;
	f->value = h->v[i].value;
	f->changed = h->v[i].changed;
	f->step = step;
	f->current = i + 1 == h->n;
}

size_t
vraagstuk_merge(const struct answer_history *ours, const struct answer_history *shared,
    struct formulation *out)
{
	size_t i = ours != NULL ? ours->n : 0, j = shared != NULL ? shared->n : 0, n = 0;

	/* Walk both from the newest end. */
	while (i > 0 || j > 0) {
		if (j == 0 || (i > 0 && ours->v[i - 1].id > shared->v[j - 1].id)) {
			take(&out[n++], ours, i - 1, 1);
			i--;
		} else {
			take(&out[n++], shared, j - 1, 2);
			j--;
		}
	}
	return n;
}
