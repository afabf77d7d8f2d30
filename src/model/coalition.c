/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * coalition.c: creating, renaming, archiving and deleting coalitions, with
 * the checks a user deserves before anything reaches the werkboek.
 */
#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "vitaal/coalition.h"
#include "vitaal/store.h"
#include "vitaal/utf8.h"
#include "vitaal/util.h"
#include "model_int.h"

char *
coalition_name_clean(const char *name, char **cause)
{
	const char *why = NULL;
	char *clean, *nfc;

	if (utf8_validate(name, strlen(name), NULL) != 0) {
		why = "de naam bevat ongeldige tekens (geen UTF-8)";
		goto fail;
	}
	/* NFC, so a name typed with a combining accent is stored as the
	 * same bytes as one typed with é (and exports, sorts and compares
	 * the same). */
	nfc = utf8_nfc(name);
	clean = str_trim(nfc);
	free(nfc);
	if (clean[0] == '\0')
		why = "geef de coalitie een naam";
	else if (strpbrk(clean, "\n\r\t") != NULL)
		why = "de naam moet op één regel passen";
	else if (utf8_width(clean) > COALITION_NAME_MAX)
		why = "de naam is te lang (hoogstens 80 tekens)";
	else {
		const unsigned char *p;

		for (p = (const unsigned char *)clean; *p != '\0'; p++)
			if (*p < 0x20 || *p == 0x7f)
				why = "de naam bevat stuurtekens";
	}
	if (why == NULL)
		return clean;
	free(clean);
fail:
	if (cause != NULL)
		*cause = xstrdup(why);
	return NULL;
}

/*
 * Is there a coalition other than except_id whose name is clean without
 * regard to case and normal form? The column's COLLATE NOCASE knows ASCII
 * only, so "ÉÉNDRACHT" and "ééndracht", or "Café" in NFC and NFD, would
 * both get in. 1 with *cause set, 0 when not, -1 on a store error.
 */
static int
name_taken(struct store *st, const char *clean, int64_t except_id, char **cause)
{
	struct coalition_list *l;
	size_t i;
	int taken = 0;

	if ((l = store_coalition_list(st, 1)) == NULL)
		return model_store_cause(st, cause);
	for (i = 0; i < l->n && !taken; i++) {
		if (l->v[i].id == except_id || utf8_casecmp(l->v[i].name, clean) != 0)
			continue;
		taken = 1;
		if (cause != NULL)
			*cause = xasprintf("er is al een coalitie met de naam '%s'", l->v[i].name);
	}
	coalition_list_free(l);
	return taken;
}

int64_t
coalition_create(struct store *st, const char *name, char **cause)
{
	char *clean;
	int64_t id;

	if ((clean = coalition_name_clean(name, cause)) == NULL)
		return -1;
	if (name_taken(st, clean, 0, cause) != 0) {
		free(clean);
		return -1;
	}
	id = store_coalition_insert(st, clean);
	free(clean);
	if (id < 0)
		return model_store_cause(st, cause);
	return id;
}

int
coalition_rename(struct store *st, int64_t id, const char *name, char **cause)
{
	char *clean;
	int ret;

	if ((clean = coalition_name_clean(name, cause)) == NULL)
		return -1;
	if (name_taken(st, clean, id, cause) != 0) {
		free(clean);
		return -1;
	}
	ret = store_coalition_rename(st, id, clean);
	free(clean);
	return ret == 0 ? 0 : model_store_cause(st, cause);
}

int
coalition_archive(struct store *st, int64_t id, int archived, char **cause)
{
	if (store_coalition_set_archived(st, id, archived) != 0)
		return model_store_cause(st, cause);
	return 0;
}

int
coalition_set_phase(struct store *st, int64_t id, int phase, char **cause)
{
	if (phase < 0 || phase > 4) {
		if (cause != NULL)
			*cause = xasprintf("fase %d bestaat niet (0 = initiatief, 1 tot en met 4)",
			    phase);
		return -1;
	}
	if (store_coalition_set_phase(st, id, phase) != 0)
		return model_store_cause(st, cause);
	return 0;
}

int
coalition_delete(struct store *st, int64_t id, const char *confirm, char **cause)
{
	struct coalition *c;
	char *typed = NULL;
	int ret = -1;

	if ((c = store_coalition_get(st, id)) == NULL)
		return model_store_cause(st, cause);
	typed = confirm != NULL ? str_trim(confirm) : NULL;
	if (typed == NULL || str_casecmp(typed, c->name) != 0) {
		if (cause != NULL)
			*cause = xasprintf("niet verwijderd: bevestig met de naam '%s'", c->name);
		goto out;
	}
	if (store_coalition_delete(st, id) != 0) {
		model_store_cause(st, cause);
		goto out;
	}
	ret = 0;
out:
	free(typed);
	coalition_free(c);
	return ret;
}

/* The coalition whose name equals name without regard to case (Unicode
 * case folding), normal form and surrounding blanks, or NULL. */
static struct coalition *
find_folded(struct store *st, const char *name)
{
	struct coalition_list *l;
	struct coalition *c = NULL;
	char *want = str_trim(name);
	size_t i;

	if ((l = store_coalition_list(st, 1)) == NULL) {
		free(want);
		return NULL;
	}
	for (i = 0; i < l->n && c == NULL; i++)
		if (utf8_casecmp(l->v[i].name, want) == 0)
			c = store_coalition_get(st, l->v[i].id);
	coalition_list_free(l);
	free(want);
	return c;	/* none: the status stays the NOTFOUND of the lookup before */
}

struct coalition *
coalition_resolve(struct store *st, const char *name_or_id, char **cause)
{
	struct coalition *c;
	char *end;
	long long id;

	errno = 0;
	id = strtoll(name_or_id, &end, 10);
	if (name_or_id[0] != '\0' && *end == '\0' && errno == 0 && id > 0) {
		if ((c = store_coalition_get(st, id)) != NULL)
			return c;
		/* A coalition may be called "2026"; fall through to the name. */
	}
	if ((c = store_coalition_find(st, name_or_id)) != NULL)
		return c;
	if (store_status(st) == STORE_NOTFOUND && (c = find_folded(st, name_or_id)) != NULL)
		return c;
	if (cause != NULL) {
		if (store_status(st) == STORE_NOTFOUND)
			*cause = xasprintf("geen coalitie '%s'", name_or_id);
		else
			*cause = xstrdup(store_errmsg(st));
	}
	return NULL;
}

int
coalition_percent(int answered, int total)
{
	if (total <= 0 || answered <= 0)
		return 0;
	if (answered >= total)
		return 100;
	return (int)((long long)answered * 100 / total);
}

const char *
coalition_phase_label(int phase)
{
	static const char *const labels[] = {
		"Initiatief", "1 Zoeken", "2 Formeren", "3 Contracteren", "4 Uitvoeren",
	};

	if (phase < 0 || phase > 4)
		return "?";
	return labels[phase];
}
