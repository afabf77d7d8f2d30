/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * player.c: see player.h. The value lists mirror the CHECK constraints of
 * schema/001_init.sql; check_model tests that every listed value is stored.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "vitaal/player.h"
#include "vitaal/store.h"
#include "vitaal/utf8.h"
#include "vitaal/util.h"
#include "model_int.h"

const char *const player_kinds[PLAYER_NKINDS] = {
	"gemeente", "provincie", "rijk", "regio", "maatschappelijke organisatie", "bedrijf",
	"burgers", "kennisinstelling", "financier", "anders",
};
const char *const player_levels[PLAYER_NLEVELS] = {
	"wijk", "gemeente", "regio", "provincie", "land",
};
const char *const player_roles[PLAYER_NROLES] = {
	"initiatiefnemer", "drager", "schrager", "afnemer", "regisseur", "buitenstaander",
};
const char *const player_standpunten[PLAYER_NSTANDPUNTEN] = {
	"voorstander", "afwachtend", "tegenstander",
};
const char *const player_machten[PLAYER_NMACHTEN] = {
	"productiemacht", "blokkeermacht", "diffuse macht",
};
const char *const player_formal_relations[PLAYER_NFORMAL] = {
	"ondergeschikt", "contractueel", "bestuurlijk gelijkwaardig", "geen",
};
const char *const player_bijdragen[PLAYER_NBIJDRAGEN] = {
	"geld", "mensen", "kunde", "bevoegdheid", "netwerk",
};
const char *const relation_kinds[RELATION_NKINDS] = {
	"samenwerking", "spanning", "afhankelijkheid", "financiering", "opdrachtgever", "keten",
};
const char *const player_sort_names[PLAYER_SORT_COUNT] = {
	"invoer", "naam", "rol", "macht", "belang", "standpunt",
};

const char *
relation_kind_label(const char *kind)
{
	static const char *const labels[RELATION_NKINDS] = {
		"samenwerking", "spanning of conflict", "afhankelijkheid", "financiering",
		"opdrachtgever–opdrachtnemer", "overdracht in de keten",
	};
	int i = str_index(relation_kinds, RELATION_NKINDS, kind);

	return i < 0 ? "?" : labels[i];
}

/* Set *cause to "<what> '<value>' is onbekend"; returns -1. */
static int
fail(char **cause, const char *what, const char *value)
{
	if (cause != NULL)
		*cause = xasprintf("onbekende %s '%s'", what, value);
	return -1;
}

int64_t
player_add(struct store *st, int64_t coalition_id, const char *name, char **cause)
{
	char *clean = model_clean_line(name, "geef de speler een naam op één regel", cause);

	if (clean == NULL)
		return -1;
	return model_wrote(st, store_player_insert(st, coalition_id, clean), clean, cause);
}

static int
yes_no_unknown(int v)
{
	return v >= -1 && v <= 1;
}

int
player_save(struct store *st, const struct player *p, char **cause)
{
	const char *texts[] = { p->organisation, p->eigen_belang, p->notes, p->representative };
	struct player copy = *p;
	size_t i;
	int ret;

	if (str_index(player_kinds, PLAYER_NKINDS, p->kind) < 0)
		return fail(cause, "soort speler", p->kind);
	if (str_index(player_levels, PLAYER_NLEVELS, p->level) < 0)
		return fail(cause, "waarde voor niveau", p->level);
	if (str_index(player_roles, PLAYER_NROLES, p->role) < 0)
		return fail(cause, "rol", p->role);
	if (str_index(player_standpunten, PLAYER_NSTANDPUNTEN, p->standpunt) < 0)
		return fail(cause, "waarde voor standpunt", p->standpunt);
	if (p->macht != NULL && str_index(player_machten, PLAYER_NMACHTEN, p->macht) < 0)
		return fail(cause, "soort macht", p->macht);
	if (p->formal_relation != NULL &&
	    str_index(player_formal_relations, PLAYER_NFORMAL, p->formal_relation) < 0)
		return fail(cause, "formele relatie", p->formal_relation);
	if (p->power < 0 || p->power > 5 || p->interest < 0 || p->interest > 5)
		return model_fail(cause, "macht en belang lopen van 0 tot en met 5");
	if (p->phase_joined < -1 || p->phase_joined > 4 || p->phase_left < -1 || p->phase_left > 4)
		return model_fail(cause, "fasen lopen van 0 (initiatief) tot en met 4");
	if (!yes_no_unknown(p->onvervangbaar) || !yes_no_unknown(p->same_mandate) ||
	    !yes_no_unknown(p->can_commit) || !yes_no_unknown(p->wants_regie) ||
	    !yes_no_unknown(p->grants_regie))
		return model_fail(cause, "ongeldige ja/nee-waarde");
	for (i = 0; i < sizeof texts / sizeof texts[0]; i++)
		if (utf8_validate(texts[i], strlen(texts[i]), cause) != 0)
			return -1;
	if ((copy.name = model_clean_line(p->name, "geef de speler een naam op één regel", cause)) == NULL)
		return -1;
	ret = store_player_update(st, &copy);
	free(copy.name);
	return ret == 0 ? 0 : model_store_cause(st, cause);
}

int
player_remove(struct store *st, int64_t id, char **cause)
{
	return store_player_delete(st, id) == 0 ? 0 : model_store_cause(st, cause);
}

int64_t
relation_add(struct store *st, int64_t coalition_id, int64_t from, int64_t to,
    const char *kind, int strength, char **cause)
{
	int64_t id;

	if (from == to)
		return model_fail(cause, "een relatie verbindt twee verschillende spelers");
	if (str_index(relation_kinds, RELATION_NKINDS, kind) < 0)
		return fail(cause, "soort relatie", kind);
	if (strength < 1 || strength > 5)
		return model_fail(cause, "de sterkte loopt van 1 tot en met 5");
	id = store_relation_insert(st, coalition_id, from, to, kind, strength, "");
	return id < 0 ? model_store_cause(st, cause) : id;
}

int
relation_save(struct store *st, const struct relation *r, char **cause)
{
	if (str_index(relation_kinds, RELATION_NKINDS, r->kind) < 0)
		return fail(cause, "soort relatie", r->kind);
	if (r->strength < 1 || r->strength > 5)
		return model_fail(cause, "de sterkte loopt van 1 tot en met 5");
	if (utf8_validate(r->note, strlen(r->note), cause) != 0)
		return -1;
	return store_relation_update(st, r) == 0 ? 0 : model_store_cause(st, cause);
}

int
relation_remove(struct store *st, int64_t id, char **cause)
{
	return store_relation_delete(st, id) == 0 ? 0 : model_store_cause(st, cause);
}

int
player_bijdrage_has(const char *bijdrage, const char *item)
{
	size_t n = strlen(item);
	const char *p = bijdrage;

	while (p != NULL && *p != '\0') {
		if (strncmp(p, item, n) == 0 && (p[n] == ',' || p[n] == '\0'))
			return 1;
		p = strchr(p, ',');
		if (p != NULL)
			p++;
	}
	return 0;
}

char *
player_bijdrage_toggle(const char *bijdrage, const char *item)
{
	struct strbuf b = { 0 };
	int on = !player_bijdrage_has(bijdrage, item);
	size_t i;

	for (i = 0; i < PLAYER_NBIJDRAGEN; i++) {
		const char *v = player_bijdragen[i];
		int keep = strcmp(v, item) == 0 ? on : player_bijdrage_has(bijdrage, v);

		if (!keep)
			continue;
		if (b.len > 0)
			strbuf_putc(&b, ',');
		strbuf_puts(&b, v);
	}
	return strbuf_take(&b);
}

/* Compare two players for the chosen order; ties fall back to the order
 * they were added, so sorting is stable and deterministic. */
static enum player_sort sort_by;

static int
cmp_player(const void *va, const void *vb)
{
	const struct player *a = va, *b = vb;
	int c = 0;

	switch (sort_by) {
	case PLAYER_SORT_NAME:
		c = str_casecmp(a->name, b->name);
		break;
	case PLAYER_SORT_ROLE:
		c = str_index(player_roles, PLAYER_NROLES, a->role) -
		    str_index(player_roles, PLAYER_NROLES, b->role);
		break;
	case PLAYER_SORT_POWER:
		c = b->power - a->power;
		break;
	case PLAYER_SORT_INTEREST:
		c = b->interest - a->interest;
		break;
	case PLAYER_SORT_STANDPUNT:
		c = str_index(player_standpunten, PLAYER_NSTANDPUNTEN, a->standpunt) -
		    str_index(player_standpunten, PLAYER_NSTANDPUNTEN, b->standpunt);
		break;
	default:
		break;
	}
	if (c == 0)
		c = (a->id > b->id) - (a->id < b->id);
	return c;
}

void
player_sort(struct player *v, size_t n, enum player_sort by)
{
	sort_by = by;
	if (n > 1)
		qsort(v, n, sizeof *v, cmp_player);
}

int
player_matches(const struct player *p, const char *filter)
{
	return filter == NULL || str_contains_ci(p->name, filter) ||
	    str_contains_ci(p->organisation, filter) || str_contains_ci(p->kind, filter) ||
	    str_contains_ci(p->role, filter) || str_contains_ci(p->standpunt, filter);
}

int
player_ring(const struct player *p)
{
	if (p->kopgroep || strcmp(p->role, "drager") == 0 ||
	    strcmp(p->role, "initiatiefnemer") == 0 || strcmp(p->role, "regisseur") == 0)
		return 0;
	if (strcmp(p->role, "schrager") == 0)
		return 1;
	if (strcmp(p->role, "afnemer") == 0)
		return 2;
	return 3;
}
