/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * collaboration.c: see collaboration.h.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "vitaal/collaboration.h"
#include "vitaal/store.h"
#include "vitaal/utf8.h"
#include "vitaal/util.h"
#include "model_int.h"

const char *const collaboration_stances[COLLABORATION_NSTANCES] = {
	"nog onbepaald", "samenwerken", "concurreren", "afstand houden",
};

const char *
collaboration_next_stance(const char *stance, int dir)
{
	return str_cycle(collaboration_stances, COLLABORATION_NSTANCES, stance, dir);
}

int64_t
collaboration_add(struct store *st, int64_t coalition_id, const char *name, char **cause)
{
	char *clean;

	if ((clean = model_clean_line(name, "geef de samenwerking een naam op één regel", cause)) == NULL)
		return -1;
	return model_wrote(st, store_collaboration_insert(st, coalition_id, clean), clean, cause);
}

int
collaboration_save(struct store *st, const struct collaboration *c, char **cause)
{
	struct collaboration copy = *c;
	int ret;

	if (str_index(collaboration_stances, COLLABORATION_NSTANCES, c->stance) < 0) {
		if (cause != NULL)
			*cause = xasprintf("onbekende houding '%s'", c->stance);
		return -1;
	}
	if (utf8_validate(c->description, strlen(c->description), cause) != 0 ||
	    utf8_validate(c->note, strlen(c->note), cause) != 0)
		return -1;
	if ((copy.name = model_clean_line(c->name, "geef de samenwerking een naam op één regel", cause)) == NULL)
		return -1;
	ret = store_collaboration_update(st, &copy);
	free(copy.name);
	return ret == 0 ? 0 : model_store_cause(st, cause);
}

int
collaboration_remove(struct store *st, int64_t id, char **cause)
{
	return store_collaboration_delete(st, id) == 0 ? 0 : model_store_cause(st, cause);
}
