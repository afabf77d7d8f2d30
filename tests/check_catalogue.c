/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * check_catalogue.c: the method's content as shipped: the counts the method
 * prescribes, no empty text anywhere, every item with a known source and a
 * chapter, and the canonical terms of the seeds' own tables.
 */
#include "config.h"

#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

#include "vitaal/catalogue.h"
#include "vitaal/example.h"
#include "vitaal/store.h"
#include "vitaal/utf8.h"
#include "vitaal/util.h"
#include "testlib.h"

static struct store *st;
static struct catalogue *cat;

static void
setup(void)
{
	st = test_store_new();
	cat = catalogue_load(st);
	ck_assert_ptr_nonnull(cat);
}

static void
teardown(void)
{
	catalogue_free(cat);
	store_close(st);
}

/* The fixed shapes of the method: 4 phases, 4 keys, 4 checklist rows,
 * 5 steps, 4 perspectives, 4 types, 4 strategies, 8 factors. */
START_TEST(test_catalogue_counts)
{
	ck_assert_uint_eq(cat->nsources, 5);
	ck_assert_uint_eq(cat->nphases, 4);
	ck_assert_uint_eq(cat->nkeys, 4);
	ck_assert_uint_eq(cat->ncheckrows, 4);
	ck_assert_uint_eq(cat->nsteps, 5);
	ck_assert_uint_eq(cat->nperspectives, 4);
	ck_assert_uint_eq(cat->ntypes, 4);
	ck_assert_uint_eq(cat->nstrategies, 4);
	ck_assert_uint_eq(cat->nfactors, 8);
	ck_assert_str_ne(cat->version, "?");
}
END_TEST

/* Every one of the 16 phase × checklist-row cells has questions, and every
 * row is linked to a sleutel that exists. */
START_TEST(test_catalogue_sixteen_cells)
{
	int cells[4][4] = { { 0 } };
	size_t i;
	int p, r;

	for (i = 0; i < cat->nitems; i++) {
		const struct cat_item *it = &cat->items[i];

		if (it->phase == 0)
			continue;
		ck_assert_int_ge(it->checkrow, 1);
		ck_assert_int_le(it->checkrow, 4);
		ck_assert_msg(strncmp(it->form, "fase", 4) == 0 && it->form[4] - '0' == it->phase,
		    "%s: phase %d in form %s", it->key, it->phase, it->form);
		cells[it->phase - 1][it->checkrow - 1]++;
	}
	for (p = 0; p < 4; p++)
		for (r = 0; r < 4; r++)
			ck_assert_msg(cells[p][r] >= 1, "cell fase %d × rij %d is empty", p + 1, r + 1);
	for (i = 0; i < cat->ncheckrows; i++) {
		ck_assert_int_ge(cat->checkrows[i].key_num, 1);
		ck_assert_int_le(cat->checkrows[i].key_num, 4);
	}
}
END_TEST

/* The initiative and all five design steps are forms with questions; steps
 * have sub-questions whose parent exists in the same form. */
START_TEST(test_catalogue_forms_have_items)
{
	static const char *const forms[] = {
		"initiatief", "fase1", "fase2", "fase3", "fase4",
		"stap1", "stap2", "stap3", "stap4", "stap5",
	};
	size_t i, first, n, subs = 0;

	for (i = 0; i < sizeof forms / sizeof forms[0]; i++) {
		ck_assert_msg(catalogue_form(cat, forms[i]) != NULL, "form %s missing", forms[i]);
		n = catalogue_form_items(cat, forms[i], &first);
		ck_assert_msg(n >= 3, "form %s has only %zu items", forms[i], n);
	}
	for (i = 0; i < cat->nitems; i++) {
		const struct cat_item *it = &cat->items[i], *parent;

		if (it->parent == NULL)
			continue;
		parent = catalogue_item(cat, it->parent);
		ck_assert_msg(parent != NULL, "%s: parent %s missing", it->key, it->parent);
		ck_assert_str_eq(parent->form, it->form);
		if (strncmp(it->form, "stap", 4) == 0)
			subs++;
	}
	ck_assert_uint_gt(subs, 5);
}
END_TEST

/* Step 3 offers the four perspectives as its choice, and step 4 has the
 * stewardship / principal-agent choice. */
START_TEST(test_catalogue_step_choices)
{
	size_t i, first, n, found_persp = 0, found_verantw = 0, p;

	n = catalogue_form_items(cat, "stap3", &first);
	for (i = first; i < first + n; i++) {
		const struct cat_item *it = &cat->items[i];

		if (strcmp(it->kind, "keuze") != 0)
			continue;
		for (p = 0; p < cat->nperspectives; p++)
			if (strstr(it->options, cat->perspectives[p].name) == NULL)
				break;
		if (p == cat->nperspectives)
			found_persp++;
	}
	ck_assert_uint_eq(found_persp, 1);
	n = catalogue_form_items(cat, "stap4", &first);
	for (i = first; i < first + n; i++)
		if (cat->items[i].options != NULL && strstr(cat->items[i].options, "Stewardship") &&
		    strstr(cat->items[i].options, "rincipaal"))
			found_verantw++;
	ck_assert_uint_eq(found_verantw, 1);
}
END_TEST

/* The 2×2 typology: each (opgave, systeem) cell has exactly one type, and
 * every type has exactly one strategy. */
START_TEST(test_catalogue_typology_grid)
{
	static const char *const op[] = { "bekend", "turbulent" };
	static const char *const sy[] = { "eenvoudig", "complex" };
	size_t i, j, t, s, hits;

	for (i = 0; i < 2; i++) {
		for (j = 0; j < 2; j++) {
			hits = 0;
			for (t = 0; t < cat->ntypes; t++)
				hits += strcmp(cat->types[t].opgave, op[i]) == 0 &&
				    strcmp(cat->types[t].systeem, sy[j]) == 0;
			ck_assert_msg(hits == 1, "typology cell %s/%s has %zu types", op[i], sy[j], hits);
		}
	}
	for (t = 0; t < cat->ntypes; t++) {
		hits = 0;
		for (s = 0; s < cat->nstrategies; s++)
			hits += strcmp(cat->strategies[s].type_key, cat->types[t].key) == 0;
		ck_assert_uint_eq(hits, 1);
	}
}
END_TEST

/* At least 30 dilemmas drawn from all five seeds, in all three forms; every
 * choice dilemma has at least three options. */
START_TEST(test_catalogue_dilemmas)
{
	size_t i, o, nopt, forms[3] = { 0 };
	int seen[5] = { 0 }, s;

	ck_assert_uint_ge(cat->ndilemmas, 30);
	for (i = 0; i < cat->ndilemmas; i++) {
		const struct cat_dilemma *d = &cat->dilemmas[i];

		s = d->source[strlen(d->source) - 1] - '0';
		ck_assert(s >= 0 && s <= 4);
		seen[s]++;
		if (strcmp(d->form, "pool") == 0) {
			forms[0]++;
			ck_assert_ptr_nonnull(d->pole_a);
			ck_assert_ptr_nonnull(d->pole_b);
		} else if (strcmp(d->form, "procontra") == 0)
			forms[1]++;
		else {
			ck_assert_str_eq(d->form, "keuze");
			forms[2]++;
			for (o = 0, nopt = 0; o < cat->ndilemma_options; o++)
				nopt += strcmp(cat->dilemma_options[o].dilemma, d->key) == 0;
			ck_assert_msg(nopt >= 3, "%s has %zu options", d->key, nopt);
		}
	}
	for (s = 0; s < 5; s++)
		ck_assert_msg(seen[s] >= 1, "no dilemma from seed00%d", s);
	ck_assert_uint_ge(forms[0], 15);
	ck_assert_uint_ge(forms[1], 3);
	ck_assert_uint_ge(forms[2], 3);
}
END_TEST

/* The self-analysis questionnaires the method asks for exist, and each
 * ends with the closing reflection. */
START_TEST(test_catalogue_questionnaires)
{
	static const char *const forms[] = {
		"za-regisseur", "za-regiegemeente", "za-regie-spc", "za-leren", "za-regio",
		"za-casus",
	};
	size_t i, first, n;

	for (i = 0; i < sizeof forms / sizeof forms[0]; i++) {
		const struct cat_form *f = catalogue_form(cat, forms[i]);
		const struct cat_item *last;

		ck_assert_msg(f != NULL, "questionnaire %s missing", forms[i]);
		ck_assert_str_eq(f->kind, "zelfanalyse");
		n = catalogue_form_items(cat, forms[i], &first);
		ck_assert_uint_ge(n, 5);
		last = &cat->items[first + n - 1];
		ck_assert_str_eq(last->kind, "tekst");
		ck_assert_msg(strstr(last->prompt, "Wat neem ik mee") != NULL,
		    "%s does not end with the closing reflection", forms[i]);
	}
}
END_TEST

/* Scale items name both ends; choice items offer at least two options. */
START_TEST(test_catalogue_item_kinds)
{
	size_t i;

	for (i = 0; i < cat->nitems; i++) {
		const struct cat_item *it = &cat->items[i];

		if (strcmp(it->kind, "schaal") == 0) {
			ck_assert_msg(!str_is_blank(it->low_label) && !str_is_blank(it->high_label),
			    "%s: scale without labels", it->key);
		} else if (strcmp(it->kind, "keuze") == 0) {
			ck_assert_msg(it->options != NULL && strchr(it->options, '|') != NULL,
			    "%s: choice with fewer than two options", it->key);
		}
	}
}
END_TEST

/* No catalogue text is empty or only white space, all text is valid UTF-8,
 * and every source key exists. Checked over every TEXT column of every
 * cat_ table, so a new column is covered without changing this test. */
START_TEST(test_catalogue_no_empty_text)
{
	char *dir = test_tmpdir(), *path = xasprintf("%s/c.db", dir);
	enum store_status status;
	struct store *fst = store_open(path, STORE_CREATE, &status, NULL);
	sqlite3_stmt *tables, *cols, *q;
	sqlite3 *db;
	int checked = 0;

	ck_assert_ptr_nonnull(fst);
	store_close(fst);
	ck_assert_int_eq(sqlite3_open(path, &db), SQLITE_OK);
	sqlite3_prepare_v2(db, "SELECT name FROM sqlite_schema WHERE type = 'table'"
	    " AND name LIKE 'cat\\_%' ESCAPE '\\'", -1, &tables, NULL);
	while (sqlite3_step(tables) == SQLITE_ROW) {
		const char *t = (const char *)sqlite3_column_text(tables, 0);
		char *sql = xasprintf("SELECT name FROM pragma_table_info('%s') WHERE type = 'TEXT'", t);

		sqlite3_prepare_v2(db, sql, -1, &cols, NULL);
		free(sql);
		while (sqlite3_step(cols) == SQLITE_ROW) {
			const char *c = (const char *)sqlite3_column_text(cols, 0);

			sql = xasprintf("SELECT count(*) FROM %s WHERE %s IS NOT NULL AND"
			    " (trim(%s, ' ' || char(9, 10, 13)) = '' OR %s <> trim(%s))", t, c, c, c, c);
			ck_assert_int_eq(sqlite3_prepare_v2(db, sql, -1, &q, NULL), SQLITE_OK);
			ck_assert_int_eq(sqlite3_step(q), SQLITE_ROW);
			ck_assert_msg(sqlite3_column_int(q, 0) == 0,
			    "%s.%s: %d empty or untrimmed texts", t, c, sqlite3_column_int(q, 0));
			sqlite3_finalize(q);
			free(sql);
			checked++;
		}
		sqlite3_finalize(cols);
	}
	sqlite3_finalize(tables);
	ck_assert_int_gt(checked, 50);
	sqlite3_close(db);
	free(path);
	free(dir);
}
END_TEST

/* Every item of every kind names an existing source and a chapter. */
START_TEST(test_catalogue_sources_set)
{
	size_t i;

#define CHECK_SRC(arr, n) \
	for (i = 0; i < (n); i++) { \
		ck_assert_ptr_nonnull(catalogue_source(cat, (arr)[i].source)); \
		ck_assert(!str_is_blank((arr)[i].chapter)); \
	}
	CHECK_SRC(cat->phases, cat->nphases);
	CHECK_SRC(cat->keys, cat->nkeys);
	CHECK_SRC(cat->checkrows, cat->ncheckrows);
	CHECK_SRC(cat->steps, cat->nsteps);
	CHECK_SRC(cat->forms, cat->nforms);
	CHECK_SRC(cat->items, cat->nitems);
	CHECK_SRC(cat->perspectives, cat->nperspectives);
	CHECK_SRC(cat->types, cat->ntypes);
	CHECK_SRC(cat->strategies, cat->nstrategies);
	CHECK_SRC(cat->factors, cat->nfactors);
	CHECK_SRC(cat->dilemmas, cat->ndilemmas);
#undef CHECK_SRC
	{
		char *c = catalogue_cite(cat, "seed000", "H2 Vier sleutels");

		ck_assert_str_eq(c, "Konijn & van Spijker (2008), H2 Vier sleutels");
		free(c);
	}
}
END_TEST

/* Every chapter citation of every cat_ table names headings listed in
 * cat_source_heading for its source: each part (parts are separated by
 * "; ") is a listed heading, alone or followed by ", " or ": " and a
 * detail. A heading the source does not have fails, with its table. */
START_TEST(test_catalogue_citations_listed)
{
	char *dir = test_tmpdir(), *path = xasprintf("%s/cite.db", dir);
	enum store_status status;
	struct store *fst = store_open(path, STORE_CREATE, &status, NULL);
	sqlite3_stmt *tables, *q, *h;
	sqlite3 *db;
	int checked = 0;

	ck_assert_ptr_nonnull(fst);
	store_close(fst);
	ck_assert_int_eq(sqlite3_open(path, &db), SQLITE_OK);
	ck_assert_int_eq(sqlite3_prepare_v2(db, "SELECT count(*) FROM cat_source_heading h"
	    " WHERE h.heading = ?2 AND h.source = ?1", -1, &h, NULL), SQLITE_OK);
	sqlite3_prepare_v2(db, "SELECT m.name FROM sqlite_schema m WHERE m.type = 'table'"
	    " AND m.name LIKE 'cat\\_%' ESCAPE '\\' AND EXISTS (SELECT 1 FROM"
	    " pragma_table_info(m.name) c WHERE c.name = 'chapter')", -1, &tables, NULL);
	while (sqlite3_step(tables) == SQLITE_ROW) {
		const char *t = (const char *)sqlite3_column_text(tables, 0);
		char *sql = xasprintf("SELECT source, chapter FROM %s", t);

		ck_assert_int_eq(sqlite3_prepare_v2(db, sql, -1, &q, NULL), SQLITE_OK);
		free(sql);
		while (sqlite3_step(q) == SQLITE_ROW) {
			const char *src = (const char *)sqlite3_column_text(q, 0);
			char *chapter = xstrdup((const char *)sqlite3_column_text(q, 1));
			char *part = chapter, *next;

			for (; part != NULL; part = next) {
				size_t len, cut;
				int found = 0;

				if ((next = strstr(part, "; ")) != NULL) {
					*next = '\0';
					next += 2;
				}
				len = strlen(part);
				/* The whole part, or the part cut at each ", " or ": ". */
				for (cut = len; !found; cut--) {
					if (cut == len || (cut + 1 < len && part[cut + 1] == ' ' &&
					    (part[cut] == ',' || part[cut] == ':'))) {
						sqlite3_reset(h);
						sqlite3_bind_text(h, 1, src, -1, SQLITE_TRANSIENT);
						sqlite3_bind_text(h, 2, part, (int)cut, SQLITE_TRANSIENT);
						ck_assert_int_eq(sqlite3_step(h), SQLITE_ROW);
						found = sqlite3_column_int(h, 0) > 0;
					}
					if (cut == 0)
						break;
				}
				ck_assert_msg(found, "%s: %s cites '%s', not a heading in"
				    " cat_source_heading", t, src, part);
				checked++;
			}
			free(chapter);
		}
		sqlite3_finalize(q);
	}
	sqlite3_finalize(tables);
	sqlite3_finalize(h);
	ck_assert_int_gt(checked, 300);
	sqlite3_close(db);
	free(path);
	free(dir);
}
END_TEST

/* The canonical terms of the seeds' own tables appear as written. */
START_TEST(test_catalogue_canonical_terms)
{
	static const char *const phase_names[] = {
		"Zoeken van goede partners", "Formeren van mogelijke coalitie",
		"Contracteren van erkende coalitiepartners",
		"Toegewijde uitvoering door coalitieverband",
	};
	static const char *const methodiek[] = {
		"Verbeelden en elkaar verstaan", "Verleiden", "Verbinden", "Verzilveren",
	};
	static const char *const brandstof[] = {
		"Dromen en verhalen", "Verlangen", "Vertrouwen in wederkerigheid", "Opbrengsten",
	};
	static const char *const metafoor[] = {
		"Dansen", "Zoenen", "Vrijen en trouwen", "Kinderen krijgen",
	};
	static const char *const keys[] = {
		"Focus maken: Afnemers trekken het uit je handen", "Samenwerken met een gerust hart",
		"Boter bij de vis", "Bindend leiderschap",
	};
	static const char *const types[] = {
		"Op orde brengen", "Herinrichten", "Vernieuwen", "Heruitvinden",
	};
	static const char *const factors[] = {
		"aantal", "interactie", "vastheid", "multilateraal", "wisselende deelnemers",
		"machtsverhoudingen", "onzekerheid", "eenheid van taal",
	};
	static const char *const perspectives[] = {
		"Rechtmatige overheid", "Presterende overheid", "Netwerkende overheid",
		"Participerende overheid",
	};
	size_t i;

	for (i = 0; i < 4; i++) {
		ck_assert_str_eq(cat->phases[i].name, phase_names[i]);
		ck_assert_str_eq(cat->phases[i].methodiek, methodiek[i]);
		ck_assert_str_eq(cat->phases[i].brandstof, brandstof[i]);
		ck_assert_ptr_nonnull(strstr(cat->phases[i].metafoor, metafoor[i]));
		ck_assert_str_eq(cat->keys[i].name, keys[i]);
		ck_assert_str_eq(cat->types[i].name, types[i]);
		ck_assert_str_eq(cat->perspectives[i].name, perspectives[i]);
	}
	for (i = 0; i < 8; i++)
		ck_assert_str_eq(cat->factors[i].name, factors[i]);
}
END_TEST

/* Item keys are unique and a form's items are contiguous in the array. */
START_TEST(test_catalogue_form_items_contiguous)
{
	size_t f, first, n, i, total = 0;

	for (f = 0; f < cat->nforms; f++) {
		n = catalogue_form_items(cat, cat->forms[f].key, &first);
		for (i = first; i < first + n; i++)
			ck_assert_str_eq(cat->items[i].form, cat->forms[f].key);
		total += n;
	}
	ck_assert_uint_eq(total, cat->nitems);
	ck_assert_ptr_null(catalogue_item(cat, "bestaat.niet"));
	ck_assert_ptr_null(catalogue_form(cat, "bestaat-niet"));
}
END_TEST

/* The example coalitions only answer questions that exist, with values a
 * form can show (a listed option, ja/nee, 1–5), and their players and
 * collaborations fit the werkboek's own tables. */
START_TEST(test_catalogue_examples_valid)
{
	char *dir = test_tmpdir(), *path = xasprintf("%s/ex.db", dir);
	enum store_status status;
	struct store *fst = store_open(path, STORE_CREATE, &status, NULL);
	sqlite3_stmt *q;
	sqlite3 *db;

	ck_assert_ptr_nonnull(fst);
	store_close(fst);
	ck_assert_int_eq(sqlite3_open(path, &db), SQLITE_OK);
	sqlite3_prepare_v2(db, "SELECT a.example || ' ' || a.item_key || ' = ' || a.value"
	    " FROM cat_example_answer a LEFT JOIN cat_item i ON i.key = a.item_key"
	    " WHERE (i.key IS NULL AND a.item_key NOT IN ('coalitie.opgave', 'coalitie.doel'))"
	    " OR (i.kind = 'keuze' AND instr('|' || i.options || '|', '|' || a.value || '|') = 0)"
	    " OR (i.kind = 'janee' AND a.value NOT IN ('ja', 'nee'))"
	    " OR (i.kind = 'schaal' AND a.value NOT IN ('1', '2', '3', '4', '5'))"
	    " OR trim(a.value) = ''", -1, &q, NULL);
	ck_assert_msg(sqlite3_step(q) == SQLITE_DONE, "bad example answer: %s",
	    sqlite3_column_text(q, 0));
	sqlite3_finalize(q);
	ck_assert_int_eq(sqlite3_exec(db, "SELECT count(*) FROM cat_example", NULL, NULL, NULL),
	    SQLITE_OK);
	sqlite3_close(db);
	free(path);
	free(dir);
}
END_TEST

/* Each example opens whole, as a newcomer's tour: answers, players with
 * relations, the typology scored, a pole box with a closed anonymous round
 * and a named round, a dilemmabox with arguments, a session with changes
 * and an intervisie group with a shared self-analysis (the first); the
 * five steps and the four perspectives (the second). Opening it again
 * finds the same coalition and doubles nothing. */
static sqlite3 *exdb;

static int64_t
count(const char *sql, int64_t id)
{
	sqlite3_stmt *q;
	int64_t n;

	ck_assert_msg(sqlite3_prepare_v2(exdb, sql, -1, &q, NULL) == SQLITE_OK, "%s: %s", sql,
	    sqlite3_errmsg(exdb));
	sqlite3_bind_int64(q, 1, id);
	ck_assert_int_eq(sqlite3_step(q), SQLITE_ROW);
	n = sqlite3_column_int64(q, 0);
	sqlite3_finalize(q);
	return n;
}

START_TEST(test_catalogue_examples_open_whole)
{
	char *dir = test_tmpdir(), *path = xasprintf("%s/open.db", dir);
	enum store_status status;
	struct store *fst = store_open(path, STORE_CREATE, &status, NULL);
	struct catalogue *fcat;
	char *cause = NULL;
	int64_t a, b, again;

	ck_assert_ptr_nonnull(fst);
	fcat = catalogue_load(fst);
	ck_assert_ptr_nonnull(fcat);
	a = example_open(fst, fcat, "iedereen-onder-dak", &cause);
	ck_assert_msg(a > 0, "iedereen-onder-dak: %s", cause != NULL ? cause : "?");
	again = example_open(fst, fcat, "iedereen-onder-dak", NULL);
	b = example_open(fst, fcat, "samen-uit-de-schulden", &cause);
	ck_assert_msg(b > 0 && b != a, "samen-uit-de-schulden: %s", cause != NULL ? cause : "?");
	catalogue_free(fcat);
	store_close(fst);
	ck_assert_int_eq(again, a);
	ck_assert_int_eq(sqlite3_open(path, &exdb), SQLITE_OK);

	ck_assert_msg(a > 0, "iedereen-onder-dak: %s", cause != NULL ? cause : "?");
	ck_assert_int_ge(count("SELECT count(*) FROM relation WHERE coalition_id = ?1", a), 5);
	ck_assert_int_eq(count("SELECT count(*) FROM typology_factor WHERE coalition_id = ?1", a), 8);
	ck_assert_int_eq(count("SELECT count(*) FROM typology WHERE coalition_id = ?1"
	    " AND opgave_score IS NOT NULL", a), 1);
	ck_assert_int_eq(count("SELECT count(*) FROM dilemma_round r JOIN dilemma d ON"
	    " d.id = r.dilemma_id WHERE d.coalition_id = ?1 AND d.form = 'pool'"
	    " AND r.closed IS NOT NULL AND r.mode IN ('anoniem', 'naam')", a), 2);
	ck_assert_int_ge(count("SELECT count(*) FROM dilemma_position p JOIN dilemma d ON"
	    " d.id = p.dilemma_id WHERE d.coalition_id = ?1 AND p.participant_id IS NOT NULL", a), 3);
	ck_assert_int_eq(count("SELECT count(DISTINCT a.situation || a.stance) FROM"
	    " dilemma_argument a JOIN dilemma d ON d.id = a.dilemma_id WHERE d.coalition_id = ?1"
	    " AND d.form = 'procontra'", a), 4);
	ck_assert_int_ge(count("SELECT count(*) FROM answer_history h JOIN session_coalition s"
	    " ON s.session_id = h.session_id AND s.coalition_id = h.coalition_id"
	    " WHERE h.coalition_id = ?1", a), 2);
	ck_assert_int_eq(count("SELECT count(*) FROM answer WHERE coalition_id = ?1 AND"
	    " item_key = 'fase2.geld.3'", a), 1);
	ck_assert_int_ge(count("SELECT count(*) FROM self_analysis s JOIN igroup_member m ON"
	    " m.participant_id = s.participant_id WHERE s.shared = 1 AND ?1 > 0", a), 1);
	ck_assert_int_eq(count("SELECT count(*) FROM participant WHERE name = 'Karin de Wit'"
	    " AND ?1 > 0", a), 1);

	/* Every step answered, and the borging of all four perspectives. */
	ck_assert_int_eq(count("SELECT count(DISTINCT substr(item_key, 1, 5)) FROM answer"
	    " WHERE coalition_id = ?1 AND item_key LIKE 'stap_.%'", b), 5);
	ck_assert_int_eq(count("SELECT count(*) FROM answer WHERE coalition_id = ?1"
	    " AND item_key LIKE 'stap3.borging.%'", b), 4);
	ck_assert_int_ge(count("SELECT count(*) FROM relation WHERE coalition_id = ?1", b), 4);
	sqlite3_close(exdb);
	free(cause);
	free(path);
	free(dir);
}
END_TEST

int
main(void)
{
	Suite *s = suite_create("catalogue");
	TCase *tc = tcase_create("catalogue");

	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_catalogue_counts);
	tcase_add_test(tc, test_catalogue_sixteen_cells);
	tcase_add_test(tc, test_catalogue_forms_have_items);
	tcase_add_test(tc, test_catalogue_step_choices);
	tcase_add_test(tc, test_catalogue_typology_grid);
	tcase_add_test(tc, test_catalogue_dilemmas);
	tcase_add_test(tc, test_catalogue_questionnaires);
	tcase_add_test(tc, test_catalogue_item_kinds);
	tcase_add_test(tc, test_catalogue_no_empty_text);
	tcase_add_test(tc, test_catalogue_sources_set);
	tcase_add_test(tc, test_catalogue_citations_listed);
	tcase_add_test(tc, test_catalogue_canonical_terms);
	tcase_add_test(tc, test_catalogue_form_items_contiguous);
	tcase_add_test(tc, test_catalogue_examples_valid);
	tcase_add_test(tc, test_catalogue_examples_open_whole);
	suite_add_tcase(s, tc);
	return test_run(s);
}
