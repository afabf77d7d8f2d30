/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * example.c: see example.h. Opening an example twice returns the same
 * coalition rather than a second copy, so pressing the key again after
 * quitting finds what the newcomer changed in it.
 */
#include "config.h"

#include <string.h>

#include "vitaal/catalogue.h"
#include "vitaal/example.h"
#include "vitaal/records.h"
#include "vitaal/store.h"
#include "vitaal/util.h"

int64_t
example_open(struct store *st, const struct catalogue *cat, const char *key, char **cause)
{
	const struct cat_example *ex = NULL;
	struct coalition *c;
	int64_t id;
	size_t i;

	for (i = 0; i < cat->nexamples; i++)
		if (strcmp(cat->examples[i].key, key) == 0)
			ex = &cat->examples[i];
	if (ex == NULL) {
		if (cause != NULL)
			*cause = xasprintf("geen voorbeeld '%s' in de catalogus", key);
		return -1;
	}
	if ((c = store_coalition_find(st, ex->name)) != NULL) {
		id = c->id;
		coalition_free(c);
		if (store_coalition_set_archived(st, id, 0) != 0)
			goto fail;
		return id;
	}
	if (store_status(st) != STORE_NOTFOUND)
		goto fail;
	if ((id = store_example_create(st, key, ex->name)) >= 0)
		return id;
fail:
	if (cause != NULL)
		*cause = xstrdup(store_errmsg(st));
	return -1;
}
