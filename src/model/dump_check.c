/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * dump_check.c: the import's check of names and texts (dump_check.h).
 * One table of rules, by table and column name, so a column added to
 * the dump later is still checked as text (model_check_text) until it
 * gets a rule of its own. The messages are the ones a user sees when
 * typing the same thing.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "vitaal/coalition.h"
#include "vitaal/dump.h"
#include "vitaal/dump_check.h"
#include "vitaal/util.h"
#include "model_int.h"

enum rule {
	R_COALITION,	/* coalition_name_clean */
	R_LINE,		/* model_clean_line: one line, not blank */
	R_OPT_LINE	/* model_clean_opt_line: one line, may be empty */
};

static const struct {
	const char	*table;
	const char	*column;
	enum rule	 rule;
	const char	*why;
} rules[] = {
	{ "coalition", "name", R_COALITION, NULL },
	{ "participant", "name", R_LINE, "geef de deelnemer een naam op één regel" },
	{ "participant", "organisation", R_OPT_LINE, "de organisatie staat op één regel" },
	{ "participant", "role", R_OPT_LINE, "de rol staat op één regel" },
	{ "igroup", "name", R_LINE, "geef de intervisiegroep een naam op één regel" },
	{ "session", "title", R_LINE, "geef de sessie een titel op één regel" },
	{ "session", "place", R_OPT_LINE, "de plaats staat op één regel" },
	{ "session", "facilitator", R_OPT_LINE, "de facilitator staat op één regel" },
	{ "player", "name", R_LINE, "geef de speler een naam op één regel" },
	{ "dilemma", "title", R_LINE, "geef het dilemma een titel op één regel" },
	{ "dilemma_option", "label", R_OPT_LINE,
	    "een optie staat op één regel, zonder stuurtekens" },
	{ "dilemma_position", "label", R_OPT_LINE,
	    "geef de naam van wie een plaats kiest, op één regel" },
	{ "collaboration", "name", R_LINE, "geef de samenwerking een naam op één regel" },
	{ "self_analysis", "title", R_OPT_LINE, "de titel staat op één regel" },
	{ "iquestion", "title", R_LINE, "geef de vraag een titel op één regel" },
	{ "iadvice", "label", R_OPT_LINE, "zeg wie het advies geeft, op één regel" },
	{ "itheme", "name", R_LINE, "geef het thema een naam op één regel" },
};

/* The rule for column c of table t, or -1 for free text. */
static int
rule_for(const char *table, const char *column)
{
	size_t i;

	for (i = 0; i < sizeof(rules) / sizeof(rules[0]); i++)
		if (strcmp(rules[i].table, table) == 0 && strcmp(rules[i].column, column) == 0)
			return (int)i;
	return -1;
}

/* A record's identity: 8 to 64 hex digits and dashes, as 015_uuid.sql
 * makes them (and another program might); 0 or -1. */
static int
check_uuid(const char *s, char **why)
{
	size_t n;

	for (n = 0; s[n] != '\0'; n++)
		if (strchr("0123456789abcdefABCDEF-", s[n]) == NULL)
			break;
	if (s[n] == '\0' && n >= 8 && n <= 64)
		return 0;
	*why = xstrdup("een uuid bestaat uit 8 tot 64 hexadecimale cijfers en streepjes");
	return -1;
}

/* One text: 0, or -1 with *why (allocated). */
static int
check_value(const char *s, int rule, char **why)
{
	char *clean = NULL;

	*why = NULL;
	if (rule < 0)
		return model_check_text(s, why);
	switch (rules[rule].rule) {
	case R_COALITION:
		clean = coalition_name_clean(s, why);
		break;
	case R_LINE:
		clean = model_clean_line(s, rules[rule].why, why);
		break;
	case R_OPT_LINE:
		clean = model_clean_opt_line(s, rules[rule].why, why);
		break;
	}
	if (clean == NULL)
		return -1;
	free(clean);
	return 0;
}

int
dump_check_row(size_t t, const struct dump_value *v, char **cause)
{
	const struct dump_table *dt = &dump_tables[t];
	size_t c;
	char *why;

	for (c = 0; c < dt->ncols; c++) {
		if (dt->cols[c].type != DUMP_TEXT || v[c].null)
			continue;
		why = NULL;
		if ((strcmp(dt->cols[c].name, "uuid") == 0 ? check_uuid(v[c].s, &why) :
		    check_value(v[c].s, rule_for(dt->name, dt->cols[c].name), &why)) == 0)
			continue;
		if (cause != NULL)
			*cause = xasprintf("veld '%s': %s", dt->cols[c].name,
			    why != NULL ? why : "ongeldige tekst");
		free(why);
		return -1;
	}
	return 0;
}

int
dump_check(const struct dump *d, size_t *bad_table, size_t *bad_row, char **cause)
{
	size_t t, r;

	for (t = 0; t < dump_ntables; t++)
		for (r = 0; r < d->t[t].n; r++)
			if (dump_check_row(t, &d->t[t].v[r * dump_tables[t].ncols], cause) != 0) {
				*bad_table = t;
				*bad_row = r;
				return -1;
			}
	return 0;
}
