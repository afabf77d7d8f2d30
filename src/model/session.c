/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * session.c: see session.h.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "vitaal/session.h"
#include "vitaal/store.h"
#include "vitaal/store_session.h"
#include "vitaal/util.h"
#include "model_int.h"

const char *const session_kinds[SESSION_NKINDS] = {
	"werkconferentie", "intervisie", "teamoverleg",
};

/* A date written YYYY-MM-DD with a plausible month and day. */
static int
valid_date(const char *d)
{
	int i;

	if (strlen(d) != 10 || d[4] != '-' || d[7] != '-')
		return 0;
	for (i = 0; i < 10; i++)
		if (i != 4 && i != 7 && (d[i] < '0' || d[i] > '9'))
			return 0;
	return atoi(d + 5) >= 1 && atoi(d + 5) <= 12 && atoi(d + 8) >= 1 && atoi(d + 8) <= 31;
}

int64_t
session_open(struct store *st, const char *kind, const char *title, const char *date,
    const char *place, const char *facilitator, char **cause)
{
	char *t = NULL, *p = NULL, *f = NULL;
	int64_t id = -1;

	if (str_index(session_kinds, SESSION_NKINDS, kind) < 0)
		return model_fail(cause, "kies werkconferentie, intervisie of teamoverleg");
	if (date == NULL || !valid_date(date))
		return model_fail(cause, "geef de datum als JJJJ-MM-DD");
	if ((t = model_clean_line(title, "geef de sessie een titel op één regel", cause)) == NULL ||
	    (p = model_clean_opt_line(place, "de plaats staat op één regel", cause)) == NULL ||
	    (f = model_clean_opt_line(facilitator, "de facilitator staat op één regel", cause)) ==
	    NULL)
		goto out;
	if ((id = store_session_insert(st, kind, t, date, p, f)) < 0)
		model_store_cause(st, cause);
out:
	free(t);
	free(p);
	free(f);
	return id;
}

struct session_rec_list *
session_list(struct store *st, char **cause)
{
	return model_read(st, store_session_list(st), cause);
}

struct session_change *
session_changes(struct store *st, int64_t id, size_t *n, char **cause)
{
	return model_read(st, store_session_changes(st, id, n), cause);
}

int
session_agenda_add(struct store *st, int64_t id, int64_t coalition_id, char **cause)
{
	return store_session_agenda_add(st, id, coalition_id) == 0 ? 0 :
	    model_store_cause(st, cause);
}

char **
session_agenda(struct store *st, int64_t id, size_t *n, char **cause)
{
	char **v = store_session_agenda(st, id, n);

	if (v == NULL)
		model_store_cause(st, cause);
	return v;
}
