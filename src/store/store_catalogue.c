/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * store_catalogue.c: loading the catalogue into memory and refreshing the
 * werkboek's cat_* tables from the SQL built into the binary.
 *
 * Loading is table-driven: each catalogue table is described once (its
 * query, its record size and where each column goes), so adding a column
 * means one line here and one field in catalogue.h.
 *
 * The refresh compares a hash of the built-in catalogue SQL with the one
 * recorded in cat_meta; when they differ it replaces every cat_* row in one
 * transaction. User tables never reference cat_* rows, so answers stay.
 */
#include "config.h"

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vitaal/records.h"
#include "vitaal/store.h"
#include "vitaal/util.h"
#include "store_int.h"

struct table {
	const char		*sql;		/* columns in the order of fields */
	size_t			 size;		/* record size */
	size_t			 array;		/* offset of the array in struct catalogue */
	size_t			 count;		/* offset of its count */
	const struct store_map	*fields;
	size_t			 nfields;
};

#define T(s, f)		STORE_MAP(struct s, f, STORE_TEXT)
#define O(s, f)		STORE_MAP(struct s, f, STORE_TEXT_OR_NULL)
#define I(s, f)		STORE_MAP(struct s, f, STORE_INT)
#define N(a)		STORE_NMAP(a)
#define TABLE(sql, s, arr, cnt, flds) \
	{ sql, sizeof (struct s), offsetof(struct catalogue, arr), \
	  offsetof(struct catalogue, cnt), flds, N(flds) }

static const struct store_map source_fields[] = {
	T(cat_source, key), T(cat_source, short_name), T(cat_source, title),
	T(cat_source, authors), T(cat_source, year), T(cat_source, publisher),
};
static const struct store_map phase_fields[] = {
	I(cat_phase, num), T(cat_phase, name), T(cat_phase, short_name),
	T(cat_phase, activiteit), T(cat_phase, methodiek), T(cat_phase, brandstof),
	T(cat_phase, metafoor), T(cat_phase, regiemiddel), T(cat_phase, summary),
	T(cat_phase, pitfalls), T(cat_phase, source), T(cat_phase, chapter),
};
static const struct store_map key_fields[] = {
	I(cat_key, num), T(cat_key, name), T(cat_key, short_name), T(cat_key, summary),
	T(cat_key, source), T(cat_key, chapter),
};
static const struct store_map checkrow_fields[] = {
	I(cat_checkrow, num), T(cat_checkrow, name), T(cat_checkrow, short_name),
	I(cat_checkrow, key_num), T(cat_checkrow, summary), T(cat_checkrow, source),
	T(cat_checkrow, chapter),
};
static const struct store_map step_fields[] = {
	I(cat_step, num), T(cat_step, name), T(cat_step, question), T(cat_step, summary),
	T(cat_step, source), T(cat_step, chapter),
};
static const struct store_map form_fields[] = {
	T(cat_form, key), T(cat_form, kind), I(cat_form, seq), T(cat_form, title),
	T(cat_form, intro), T(cat_form, source), T(cat_form, chapter),
};
static const struct store_map item_fields[] = {
	T(cat_item, key), T(cat_item, form), I(cat_item, seq), O(cat_item, parent),
	O(cat_item, section), I(cat_item, phase), I(cat_item, checkrow), T(cat_item, kind),
	T(cat_item, prompt), T(cat_item, guidance), O(cat_item, low_label),
	O(cat_item, high_label), O(cat_item, options), T(cat_item, source),
	T(cat_item, chapter),
};
static const struct store_map perspective_fields[] = {
	T(cat_perspective, key), I(cat_perspective, seq), T(cat_perspective, name),
	T(cat_perspective, kern), T(cat_perspective, waarden), T(cat_perspective, zwakte),
	T(cat_perspective, quadrant), T(cat_perspective, source), T(cat_perspective, chapter),
};
static const struct store_map type_fields[] = {
	T(cat_coalition_type, key), I(cat_coalition_type, seq), T(cat_coalition_type, name),
	T(cat_coalition_type, aliases), T(cat_coalition_type, opgave),
	T(cat_coalition_type, systeem), T(cat_coalition_type, summary),
	T(cat_coalition_type, key_questions), T(cat_coalition_type, source),
	T(cat_coalition_type, chapter),
};
static const struct store_map strategy_fields[] = {
	T(cat_strategy, key), I(cat_strategy, seq), T(cat_strategy, name),
	T(cat_strategy, type_key), T(cat_strategy, summary), T(cat_strategy, source),
	T(cat_strategy, chapter),
};
static const struct store_map factor_fields[] = {
	I(cat_factor, num), T(cat_factor, name), T(cat_factor, question),
	T(cat_factor, summary), T(cat_factor, source), T(cat_factor, chapter),
};
static const struct store_map dilemma_fields[] = {
	T(cat_dilemma, key), I(cat_dilemma, seq), T(cat_dilemma, form), T(cat_dilemma, title),
	O(cat_dilemma, pole_a), O(cat_dilemma, pole_b), T(cat_dilemma, summary),
	I(cat_dilemma, between_poles), T(cat_dilemma, theme), T(cat_dilemma, source),
	T(cat_dilemma, chapter),
};
static const struct store_map example_fields[] = {
	T(cat_example, key), T(cat_example, name), I(cat_example, phase),
	T(cat_example, summary), T(cat_example, source), T(cat_example, chapter),
};
static const struct store_map option_fields[] = {
	T(cat_dilemma_option, dilemma), I(cat_dilemma_option, seq),
	T(cat_dilemma_option, label), T(cat_dilemma_option, summary),
};

/* Forms and their items in workbook order: initiatief, fasen, stappen,
 * then the self-analyses. */
#define FORM_ORDER \
	"CASE f.kind WHEN 'initiatief' THEN 0 WHEN 'fase' THEN 1 WHEN 'stap' THEN 2 ELSE 3 END, f.seq"

static const struct table tables[] = {
	TABLE("SELECT key, short, title, authors, year, publisher FROM cat_source ORDER BY key",
	    cat_source, sources, nsources, source_fields),
	TABLE("SELECT num, name, short, activiteit, methodiek, brandstof, metafoor, regiemiddel,"
	    " summary, pitfalls, source, chapter FROM cat_phase ORDER BY num",
	    cat_phase, phases, nphases, phase_fields),
	TABLE("SELECT num, name, short, summary, source, chapter FROM cat_key ORDER BY num",
	    cat_key, keys, nkeys, key_fields),
	TABLE("SELECT num, name, short, key_num, summary, source, chapter FROM cat_checkrow"
	    " ORDER BY num", cat_checkrow, checkrows, ncheckrows, checkrow_fields),
	TABLE("SELECT num, name, question, summary, source, chapter FROM cat_step ORDER BY num",
	    cat_step, steps, nsteps, step_fields),
	TABLE("SELECT f.key, f.kind, f.seq, f.title, f.intro, f.source, f.chapter"
	    " FROM cat_form f ORDER BY " FORM_ORDER,
	    cat_form, forms, nforms, form_fields),
	TABLE("SELECT i.key, i.form, i.seq, i.parent, i.section, i.phase, i.checkrow, i.kind,"
	    " i.prompt, i.guidance, i.low_label, i.high_label, i.options, i.source, i.chapter"
	    " FROM cat_item i JOIN cat_form f ON f.key = i.form ORDER BY " FORM_ORDER ", i.seq",
	    cat_item, items, nitems, item_fields),
	TABLE("SELECT key, seq, name, kern, waarden, zwakte, quadrant, source, chapter"
	    " FROM cat_perspective ORDER BY seq",
	    cat_perspective, perspectives, nperspectives, perspective_fields),
	TABLE("SELECT key, seq, name, aliases, opgave, systeem, summary, key_questions, source,"
	    " chapter FROM cat_coalition_type ORDER BY seq",
	    cat_coalition_type, types, ntypes, type_fields),
	TABLE("SELECT key, seq, name, type_key, summary, source, chapter FROM cat_strategy"
	    " ORDER BY seq", cat_strategy, strategies, nstrategies, strategy_fields),
	TABLE("SELECT num, name, question, summary, source, chapter FROM cat_factor ORDER BY num",
	    cat_factor, factors, nfactors, factor_fields),
	TABLE("SELECT key, seq, form, title, pole_a, pole_b, summary, between_poles, theme,"
	    " source, chapter FROM cat_dilemma ORDER BY seq",
	    cat_dilemma, dilemmas, ndilemmas, dilemma_fields),
	TABLE("SELECT o.dilemma, o.seq, o.label, o.summary FROM cat_dilemma_option o"
	    " JOIN cat_dilemma d ON d.key = o.dilemma ORDER BY d.seq, o.seq",
	    cat_dilemma_option, dilemma_options, ndilemma_options, option_fields),
	TABLE("SELECT key, name, phase, summary, source, chapter FROM cat_example ORDER BY key",
	    cat_example, examples, nexamples, example_fields),
};

/* The cat_* tables, children before parents, for the refresh. */
static const char *const cat_tables[] = {
	"cat_example_sql", "cat_example_answer", "cat_example_player", "cat_example_collaboration",
	"cat_example", "cat_source_heading",
	"cat_dilemma_option", "cat_dilemma", "cat_item", "cat_form", "cat_checkrow",
	"cat_key", "cat_phase", "cat_step", "cat_perspective", "cat_strategy",
	"cat_coalition_type", "cat_factor", "cat_meta", "cat_source",
};

/* Read every row of one table description into a new array. */
static int
load_table(struct store *st, struct catalogue *cat, const struct table *t)
{
	return store_list_map(st, t->sql, 0, t->size, t->fields, t->nfields,
	    (char *)cat + t->array, (size_t *)(void *)((char *)cat + t->count));
}

struct catalogue *
catalogue_load(struct store *st)
{
	struct catalogue *cat = xcalloc(1, sizeof *cat);
	size_t i;

	for (i = 0; i < N(tables); i++) {
		if (load_table(st, cat, &tables[i]) != 0) {
			catalogue_free(cat);
			return NULL;
		}
	}
	cat->version = xstrdup(store_catalogue_version(st));
	return cat;
}

void
catalogue_free(struct catalogue *cat)
{
	size_t i, j, k;

	if (cat == NULL)
		return;
	for (i = 0; i < N(tables); i++) {
		const struct table *t = &tables[i];
		char *array = *(char **)((char *)cat + t->array);
		size_t n = *(size_t *)((char *)cat + t->count);

		for (j = 0; j < n; j++) {
			for (k = 0; k < t->nfields; k++) {
				if (t->fields[k].type == STORE_TEXT ||
				    t->fields[k].type == STORE_TEXT_OR_NULL)
					free(*(char **)(array + j * t->size + t->fields[k].offset));
			}
		}
		free(array);
	}
	free(cat->version);
	free(cat);
}

/* FNV-1a over every built-in catalogue file: changes whenever the content does. */
static char *
builtin_hash(void)
{
	uint64_t h = 0xcbf29ce484222325ULL;
	const unsigned char *p;
	size_t i;

	for (i = 0; i < store_n_catalogue_sql; i++) {
		for (p = (const unsigned char *)store_catalogue_sql[i].text; *p != '\0'; p++) {
			h ^= *p;
			h *= 0x100000001b3ULL;
		}
	}
	return xasprintf("%016llx", (unsigned long long)h);
}

int
store_catalogue_refresh(struct store *st)
{
	static const char get_sql[] = "SELECT value FROM cat_meta WHERE name = 'hash'";
	static const char set_sql[] = "INSERT INTO cat_meta(name, value) VALUES ('hash', ?1)";
	sqlite3_stmt *stmt;
	char *hash = builtin_hash(), *sql;
	int same = 0, ret = -1;
	size_t i;

	if ((stmt = store_stmt(st, get_sql)) == NULL)
		goto out;
	if (sqlite3_step(stmt) == SQLITE_ROW)
		same = strcmp((const char *)sqlite3_column_text(stmt, 0), hash) == 0;
	sqlite3_reset(stmt);
	if (same) {
		ret = 0;
		goto out;
	}

	if (store_begin(st) != 0)
		goto out;
	for (i = 0; i < N(cat_tables); i++) {
		sql = xasprintf("DELETE FROM %s", cat_tables[i]);
		ret = store_exec(st, sql);
		free(sql);
		if (ret != 0)
			goto fail;
	}
	for (i = 0; i < store_n_catalogue_sql; i++) {
		if (store_exec(st, store_catalogue_sql[i].text) != 0) {
			char *msg = xstrdup(store_errmsg(st));

			store_failf(st, STORE_ERROR, "catalogus %s: %s",
			    store_catalogue_sql[i].name, msg);
			free(msg);
			goto fail;
		}
	}
	/* Which questions count for progress may have changed. */
	if (store_exec(st, "DELETE FROM coalition_stats; INSERT INTO coalition_stats"
	    " SELECT coalition_id, answered, last_answer FROM coalition_stats_now") != 0)
		goto fail;
	if ((stmt = store_stmt(st, set_sql)) == NULL)
		goto fail;
	store_bind_text(stmt, 1, hash);
	if (store_step_done(st, stmt) != 0)
		goto fail;
	free(st->cat_version);
	st->cat_version = NULL;
	ret = store_commit(st);
	goto out;
fail:
	ret = -1;
	store_rollback(st);
out:
	free(hash);
	return ret;
}
