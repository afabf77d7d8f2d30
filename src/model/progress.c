/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * progress.c: counting answered items per form, per phase × checklist row,
 * per sleutel and per design step. Pure; linear in items + answers after
 * one sort of the answered keys.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "vitaal/progress.h"
#include "vitaal/util.h"

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Add one item to a counter. */
static void
count(struct progress *p, int answered)
{
	p->total++;
	p->answered += answered;
}

void
progress_compute(const struct catalogue *cat, const struct answer_list *answers,
    struct coalition_progress *out)
{
	const char **keys = NULL;
	size_t i, nkeys = 0;

	memset(out, 0, sizeof *out);
	if (answers != NULL && answers->n > 0) {
		keys = xcalloc(answers->n, sizeof *keys);
		for (i = 0; i < answers->n; i++)
			if (!str_is_blank(answers->v[i].value))
				keys[nkeys++] = answers->v[i].item_key;
		qsort(keys, nkeys, sizeof *keys, cmp_str);
	}
	for (i = 0; i < cat->nitems; i++) {
		const struct cat_item *it = &cat->items[i];
		const struct cat_form *f = catalogue_form(cat, it->form);
		int done;

		if (f == NULL || strcmp(f->kind, "zelfanalyse") == 0)
			continue;
		done = nkeys > 0 && bsearch(&it->key, keys, nkeys, sizeof *keys, cmp_str) != NULL;
		count(&out->overall, done);
		if (strcmp(f->kind, "initiatief") == 0)
			count(&out->initiative, done);
		else if (strcmp(f->kind, "fase") == 0 && f->seq >= 1 && f->seq <= 4) {
			count(&out->phase[f->seq - 1], done);
			if (it->checkrow >= 1 && it->checkrow <= 4) {
				size_t r;

				count(&out->cell[f->seq - 1][it->checkrow - 1], done);
				for (r = 0; r < cat->ncheckrows; r++) {
					const struct cat_checkrow *row = &cat->checkrows[r];

					if (row->num == it->checkrow && row->key_num >= 1 &&
					    row->key_num <= 4)
						count(&out->key[row->key_num - 1], done);
				}
			}
		} else if (strcmp(f->kind, "stap") == 0 && f->seq >= 1 && f->seq <= 5)
			count(&out->step[f->seq - 1], done);
	}
	free(keys);
}

int
progress_percent(struct progress p)
{
	if (p.total <= 0)
		return -1;
	return (int)((long long)p.answered * 100 / p.total);
}
