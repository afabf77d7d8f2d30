/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * check_intervisie.c: participants and their logins, the privacy of
 * self-analyses (private until shared, only the owner writes, group views
 * see shared ones only), answer history, comparing two analyses over
 * time, groups and members, an intervisie day with its questions, advice
 * round, actions and follow-up, themes and their counts, the harvest of
 * lessons, cascade deletes and invalid UTF-8; people added on purpose
 * once and their names corrected by the right people, members taken out
 * again, the share preview and its drafts, and the summaries of a day and
 * a group.
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "vitaal/catalogue.h"
#include "vitaal/coalition.h"
#include "vitaal/export.h"
#include "vitaal/identity.h"
#include "vitaal/intervisie.h"
#include "vitaal/report.h"
#include "vitaal/store.h"
#include "vitaal/store_intervisie.h"
#include "vitaal/util.h"
#include "testlib.h"

#define FORM	"za-regisseur"
#define ITEM1	"za-regisseur.1"
#define ITEM2	"za-regisseur.2"

static struct store *st;
static struct catalogue *cat;

/* Each test gets a fresh werkboek and its catalogue. */
static void
setup(void)
{
	st = test_store_new();
	cat = catalogue_load(st);
	ck_assert_ptr_nonnull(cat);
}

/* Close what setup opened. */
static void
teardown(void)
{
	catalogue_free(cat);
	store_close(st);
}

/* Expect cause to contain want; frees it. */
static void
assert_cause(char *cause, const char *want)
{
	ck_assert_ptr_nonnull(cause);
	ck_assert_msg(strstr(cause, want) != NULL, "cause \"%s\" lacks \"%s\"", cause, want);
	free(cause);
}

/* A new participant; fails the test when it cannot be made. */
static int64_t
new_person(const char *name)
{
	char *cause = NULL;
	int64_t id = participant_add(st, name, &cause);

	ck_assert_msg(id > 0, "participant_add: %s", cause);
	return id;
}

/* A new analysis of owner on form; fails the test when refused. */
static int64_t
new_analysis(int64_t owner, const char *form, const char *title)
{
	char *cause = NULL;
	int64_t id = selfanalysis_create(st, cat, owner, form, title, &cause);

	ck_assert_msg(id > 0, "selfanalysis_create: %s", cause);
	return id;
}

/* Save an answer as owner; fails the test when refused. */
static void
save_ok(int64_t id, int64_t owner, const char *item, const char *value)
{
	char *cause = NULL;

	ck_assert_msg(selfanalysis_save(st, id, owner, item, value, &cause) == 0,
	    "selfanalysis_save: %s", cause);
}

/* A new group; fails the test when refused. */
static int64_t
new_group(const char *name)
{
	char *cause = NULL;
	int64_t id = igroup_add(st, name, &cause);

	ck_assert_msg(id > 0, "igroup_add: %s", cause);
	return id;
}

/* A new intervisie day of group; fails the test when refused. */
static int64_t
new_day(int64_t group, const char *title)
{
	char *cause = NULL;
	int64_t id = iday_add(st, group, title, "2026-03-12", "Utrecht", &cause);

	ck_assert_msg(id > 0, "iday_add: %s", cause);
	return id;
}

/* A new question on day; fails the test when refused. */
static int64_t
new_question(int64_t day, int64_t vraagsteller, const char *title)
{
	char *cause = NULL;
	int64_t id = iquestion_add(st, day, vraagsteller, title, &cause);

	ck_assert_msg(id > 0, "iquestion_add: %s", cause);
	return id;
}

/* Is analysis id in l? */
static int
in_list(const struct self_analysis_list *l, int64_t id)
{
	size_t i;

	for (i = 0; i < l->n; i++) {
		if (l->v[i].id == id)
			return 1;
	}
	return 0;
}

/* Is analysis id among the shared ones of group (0 = everyone)? */
static int
in_shared(int64_t group, const char *form, int64_t id)
{
	struct self_analysis_list *l;
	char *cause = NULL;
	int found;

	l = selfanalysis_shared(st, group, form, &cause);
	ck_assert_msg(l != NULL, "selfanalysis_shared: %s", cause);
	found = in_list(l, id);
	self_analysis_list_free(l);
	return found;
}

/* Is analysis id among owner's own? */
static int
in_mine(int64_t owner, int64_t id)
{
	struct self_analysis_list *l;
	char *cause = NULL;
	int found;

	l = selfanalysis_mine(st, owner, &cause);
	ck_assert_msg(l != NULL, "selfanalysis_mine: %s", cause);
	found = in_list(l, id);
	self_analysis_list_free(l);
	return found;
}

/* Expect viewer to read value for item of analysis id. */
static void
assert_value(int64_t id, int64_t viewer, const char *item, const char *want)
{
	char *cause = NULL, *v;

	v = selfanalysis_value(st, id, viewer, item, &cause);
	ck_assert_msg(v != NULL, "selfanalysis_value: %s", cause);
	ck_assert_str_eq(v, want);
	free(v);
}

/* Expect viewer to be refused item of analysis id as private. */
static void
assert_private(int64_t id, int64_t viewer, const char *item)
{
	char *cause = NULL;

	ck_assert_ptr_null(selfanalysis_value(st, id, viewer, item, &cause));
	assert_cause(cause, "privé");
}

/* Rows in an intervisie table. */
static int64_t
count(const char *table)
{
	int64_t n = store_intervisie_count(st, table);

	ck_assert_int_ge(n, 0);
	return n;
}

/* The question with id in l; fails the test when it is missing. */
static const struct iquestion *
question_in(const struct iquestion_list *l, int64_t id)
{
	size_t i;

	for (i = 0; i < l->n; i++) {
		if (l->v[i].id == id)
			return &l->v[i];
	}
	ck_abort_msg("question %lld not in list", (long long)id);
	return NULL;
}

/* The day's questions; fails the test when they cannot be read. */
static struct iquestion_list *
questions_of(int64_t day)
{
	struct iquestion_list *l;
	char *cause = NULL;

	l = iquestion_list(st, day, &cause);
	ck_assert_msg(l != NULL, "iquestion_list: %s", cause);
	return l;
}

/* Participants are added with a name, saved whole, found by login, and a
 * login moves to whoever it is bound to last. */
START_TEST(test_participants)
{
	char name[] = "Anna de Vries", org[] = "Gemeente Zeist", role[] = "regisseur";
	char profile[] = "Twintig jaar in het sociaal domein.\nNu wijkaanpak.";
	char blank[] = " ", nobody[] = "Niemand";
	struct participant p, *got;
	struct participant_list *l;
	char *cause = NULL;
	int64_t a, b;

	ck_assert_int_eq(participant_add(st, "   ", &cause), -1);
	assert_cause(cause, "naam");
	ck_assert_int_eq(participant_add(st, "twee\nregels", &cause), -1);
	assert_cause(cause, "één regel");
	a = new_person("  Anna de Vries ");
	b = new_person("bram Jansen");

	memset(&p, 0, sizeof p);
	p.id = a;
	p.name = name;
	p.organisation = org;
	p.role = role;
	p.profile = profile;
	ck_assert_int_eq(participant_save(st, &p, &cause), 0);
	p.name = blank;
	ck_assert_int_eq(participant_save(st, &p, &cause), -1);
	assert_cause(cause, "naam");
	p.name = nobody;
	p.id = 999;
	ck_assert_int_eq(participant_save(st, &p, &cause), -1);
	assert_cause(cause, "deelnemer niet gevonden");

	ck_assert_int_eq(participant_by_login(st, "anna", &cause), 0);
	ck_assert_int_eq(participant_bind_login(st, a, "anna", &cause), 0);
	ck_assert_int_eq(participant_by_login(st, "anna", &cause), a);
	ck_assert_int_eq(participant_bind_login(st, a, "an na", &cause), -1);
	assert_cause(cause, "login");
	ck_assert_int_eq(participant_bind_login(st, a, "", &cause), -1);
	assert_cause(cause, "login");
	/* A missing participant leaves the login where it was. */
	ck_assert_int_eq(participant_bind_login(st, 999, "anna", &cause), -1);
	assert_cause(cause, "niet gevonden");
	ck_assert_int_eq(participant_by_login(st, "anna", NULL), a);
	/* Binding it to Bram takes it from Anna. */
	ck_assert_int_eq(participant_bind_login(st, b, "anna", &cause), 0);
	ck_assert_int_eq(participant_by_login(st, "anna", NULL), b);

	l = participant_list(st, &cause);
	ck_assert_ptr_nonnull(l);
	ck_assert_uint_eq(l->n, 2);
	got = &l->v[0];
	ck_assert_int_eq(got->id, a);
	ck_assert_str_eq(got->name, "Anna de Vries");
	ck_assert_str_eq(got->organisation, "Gemeente Zeist");
	ck_assert_str_eq(got->role, "regisseur");
	ck_assert_str_eq(got->profile, "Twintig jaar in het sociaal domein.\nNu wijkaanpak.");
	ck_assert_ptr_null(got->login);
	ck_assert_int_eq(l->v[1].id, b);
	ck_assert_str_eq(l->v[1].login, "anna");
	participant_list_free(l);
	/* By name: found ignoring case and spaces, added only when new. */
	ck_assert_int_eq(participant_named(st, " ANNA DE VRIES", NULL), a);
	ck_assert_int_eq(participant_named(st, "Bram jansen", NULL), b);
	ck_assert_int_eq(participant_named(st, "\t", &cause), -1);
	assert_cause(cause, "naam");
	ck_assert_int_gt(participant_named(st, "Cas", NULL), b);
	ck_assert_int_eq(participant_named(st, "cas", NULL), participant_named(st, "CAS", NULL));
	ck_assert_int_eq(store_count(st, "participant"), 3);
}
END_TEST

/* Only questionnaires of kind zelfanalyse make an analysis, for an owner
 * who exists; a new analysis is private. */
START_TEST(test_create_checks)
{
	struct self_analysis_list *l;
	char *cause = NULL;
	int64_t a, id;

	a = new_person("Anna");
	ck_assert_int_eq(selfanalysis_create(st, cat, a, "fase1", "x", &cause), -1);
	assert_cause(cause, "zelfanalyse");
	ck_assert_int_eq(selfanalysis_create(st, cat, a, "za-bestaat-niet", "x", &cause), -1);
	assert_cause(cause, "zelfanalyse");
	ck_assert_int_eq(selfanalysis_create(st, cat, a, NULL, "x", &cause), -1);
	assert_cause(cause, "zelfanalyse");
	ck_assert_int_eq(selfanalysis_create(st, cat, 999, FORM, "x", &cause), -1);
	assert_cause(cause, "deelnemer niet gevonden");
	ck_assert_int_eq(selfanalysis_create(st, cat, a, FORM, "twee\nregels", &cause), -1);
	assert_cause(cause, "één regel");
	ck_assert_int_eq(count("self_analysis"), 0);

	id = new_analysis(a, FORM, " Voorjaar ");
	l = selfanalysis_mine(st, a, &cause);
	ck_assert_ptr_nonnull(l);
	ck_assert_uint_eq(l->n, 1);
	ck_assert_int_eq(l->v[0].id, id);
	ck_assert_int_eq(l->v[0].owner, a);
	ck_assert_str_eq(l->v[0].owner_name, "Anna");
	ck_assert_str_eq(l->v[0].form_key, FORM);
	ck_assert_str_eq(l->v[0].title, "Voorjaar");
	ck_assert_int_eq(l->v[0].shared, 0);
	ck_assert_int_eq(l->v[0].answered, 0);
	self_analysis_list_free(l);
}
END_TEST

/* An unshared analysis is its owner's alone: in their own list, not in
 * any group view, its answers refused to others and to viewer 0, and
 * nobody else can save, share or remove it. */
START_TEST(test_private_until_shared)
{
	struct self_answer_rec *ans;
	char *cause = NULL;
	int64_t a, b, g, id;
	size_t n;

	a = new_person("Anna");
	b = new_person("Bram");
	g = new_group("Regiekring");
	ck_assert_int_eq(igroup_join(st, g, a, NULL), 0);
	ck_assert_int_eq(igroup_join(st, g, b, NULL), 0);
	id = new_analysis(a, FORM, "Voorjaar");
	save_ok(id, a, ITEM1, "4");

	ck_assert(in_mine(a, id));
	ck_assert(!in_mine(b, id));
	ck_assert(!in_shared(0, NULL, id));
	ck_assert(!in_shared(g, NULL, id));
	ck_assert(!in_shared(g, FORM, id));

	assert_value(id, a, ITEM1, "4");
	assert_value(id, a, ITEM2, "");
	assert_private(id, b, ITEM1);
	assert_private(id, 0, ITEM1);
	assert_private(id, b, ITEM2);
	ck_assert_ptr_null(store_selfanalysis_answers(st, id, b, &n));
	ck_assert_ptr_null(store_selfanalysis_answers(st, id, 0, &n));
	ck_assert_ptr_null(store_selfanalysis_history(st, id, b, ITEM1, &n));
	ck_assert_ptr_null(store_selfanalysis_get_own(st, id, b));

	ck_assert_int_eq(selfanalysis_save(st, id, b, ITEM1, "1", &cause), -1);
	assert_cause(cause, "niet uw zelfanalyse");
	ck_assert_int_eq(selfanalysis_save(st, id, 0, ITEM1, "1", &cause), -1);
	assert_cause(cause, "niet uw zelfanalyse");
	ck_assert_int_eq(selfanalysis_share(st, id, b, 1, &cause), -1);
	assert_cause(cause, "niet uw zelfanalyse");
	ck_assert_int_eq(selfanalysis_remove(st, id, b, &cause), -1);
	assert_cause(cause, "niet uw zelfanalyse");
	ck_assert(!in_shared(0, NULL, id));
	assert_value(id, a, ITEM1, "4");
	ck_assert_int_eq(count("self_analysis"), 1);
	ck_assert_int_eq(count("self_answer_history"), 1);

	/* The owner sees every answer. */
	ans = store_selfanalysis_answers(st, id, a, &n);
	ck_assert_ptr_nonnull(ans);
	ck_assert_uint_eq(n, 1);
	ck_assert_str_eq(ans[0].item_key, ITEM1);
	ck_assert_str_eq(ans[0].value, "4");
	store_self_answers_free(ans, n);

	/* A missing analysis is not found, for anyone. */
	ck_assert_ptr_null(selfanalysis_value(st, 999, a, ITEM1, &cause));
	assert_cause(cause, "niet gevonden");
}
END_TEST

/* Sharing puts the analysis in the group view (its members', of its
 * form) and lets others read it, though still only the owner writes;
 * unsharing takes it away again. */
START_TEST(test_share_and_unshare)
{
	struct self_analysis_list *l;
	char *cause = NULL;
	int64_t a, b, c, g, other, id;

	a = new_person("Anna");
	b = new_person("Bram");
	c = new_person("Cor");
	g = new_group("Regiekring");
	other = new_group("Andere kring");
	ck_assert_int_eq(igroup_join(st, g, a, NULL), 0);
	ck_assert_int_eq(igroup_join(st, g, b, NULL), 0);
	ck_assert_int_eq(igroup_join(st, other, c, NULL), 0);
	id = new_analysis(a, FORM, "Voorjaar");
	save_ok(id, a, ITEM1, "4");

	ck_assert_int_eq(selfanalysis_share(st, id, a, 1, &cause), 0);
	ck_assert(in_shared(0, NULL, id));
	ck_assert(in_shared(g, NULL, id));
	ck_assert(in_shared(g, FORM, id));
	ck_assert(!in_shared(g, "za-casus", id));
	ck_assert(!in_shared(other, NULL, id));
	assert_value(id, b, ITEM1, "4");
	assert_value(id, 0, ITEM1, "4");
	assert_value(id, c, ITEM2, "");
	ck_assert_int_eq(selfanalysis_save(st, id, b, ITEM1, "1", &cause), -1);
	assert_cause(cause, "niet uw zelfanalyse");
	ck_assert_int_eq(selfanalysis_remove(st, id, b, &cause), -1);
	assert_cause(cause, "niet uw zelfanalyse");
	assert_value(id, b, ITEM1, "4");

	l = selfanalysis_shared(st, g, NULL, &cause);
	ck_assert_ptr_nonnull(l);
	ck_assert_uint_eq(l->n, 1);
	ck_assert_int_eq(l->v[0].shared, 1);
	ck_assert_int_eq(l->v[0].answered, 1);
	ck_assert_str_eq(l->v[0].owner_name, "Anna");
	self_analysis_list_free(l);

	/* Sharing twice is no error; unsharing makes it private again. */
	ck_assert_int_eq(selfanalysis_share(st, id, a, 1, &cause), 0);
	ck_assert_int_eq(selfanalysis_share(st, id, a, 0, &cause), 0);
	ck_assert(!in_shared(0, NULL, id));
	ck_assert(!in_shared(g, NULL, id));
	assert_private(id, b, ITEM1);
	assert_private(id, 0, ITEM1);
	ck_assert(in_mine(a, id));
	assert_value(id, a, ITEM1, "4");
}
END_TEST

/* Every saved value is kept by the history triggers; an unchanged save
 * and a blank one for an open question write nothing; only questions of
 * the analysis' own form are accepted. */
START_TEST(test_history)
{
	struct self_analysis_list *l;
	char *cause = NULL, **h;
	int64_t a, id;
	size_t n;

	a = new_person("Anna");
	id = new_analysis(a, FORM, "");
	save_ok(id, a, ITEM2, "  ");
	ck_assert_int_eq(count("self_answer"), 0);
	save_ok(id, a, ITEM1, "2");
	save_ok(id, a, ITEM1, "3");
	save_ok(id, a, ITEM1, "3");
	save_ok(id, a, ITEM1, "5");
	save_ok(id, a, ITEM1, "");
	ck_assert_int_eq(count("self_answer_history"), 4);
	h = store_selfanalysis_history(st, id, a, ITEM1, &n);
	ck_assert_ptr_nonnull(h);
	ck_assert_uint_eq(n, 4);
	ck_assert_str_eq(h[0], "2");
	ck_assert_str_eq(h[1], "3");
	ck_assert_str_eq(h[2], "5");
	ck_assert_str_eq(h[3], "");
	store_strings_free(h, n);
	h = store_selfanalysis_history(st, id, a, ITEM2, &n);
	ck_assert_ptr_nonnull(h);
	ck_assert_uint_eq(n, 0);
	store_strings_free(h, n);

	ck_assert_int_eq(selfanalysis_save(st, id, a, "za-casus.1", "x", &cause), -1);
	assert_cause(cause, "hoort niet bij");
	ck_assert_int_eq(selfanalysis_save(st, id, a, "fase1.afnemers.1", "x", &cause), -1);
	assert_cause(cause, "hoort niet bij");
	ck_assert_int_eq(selfanalysis_save(st, id, a, NULL, "x", &cause), -1);
	assert_cause(cause, "vraag");

	save_ok(id, a, ITEM1, "4");
	save_ok(id, a, ITEM2, "   ");
	save_ok(id, a, "za-regisseur.9", "Ik twijfel.");
	l = selfanalysis_mine(st, a, &cause);
	ck_assert_ptr_nonnull(l);
	ck_assert_int_eq(l->v[0].answered, 2);
	self_analysis_list_free(l);
}
END_TEST

/* Two of one owner's analyses of one questionnaire compare item by item:
 * open answers read "", changed marks the differences; someone else's
 * analysis or one of another questionnaire is refused. */
START_TEST(test_compare)
{
	struct compare_row *rows;
	char *cause = NULL;
	int64_t a, b, first, later, other, theirs;
	size_t n, nitems, start, i;

	a = new_person("Anna");
	b = new_person("Bram");
	first = new_analysis(a, FORM, "Voorjaar");
	later = new_analysis(a, FORM, "Najaar");
	other = new_analysis(a, "za-casus", "Casus");
	theirs = new_analysis(b, FORM, "Bram");
	ck_assert_int_eq(selfanalysis_share(st, theirs, b, 1, NULL), 0);
	save_ok(first, a, ITEM1, "2");
	save_ok(later, a, ITEM1, "4");
	save_ok(first, a, ITEM2, "3");
	save_ok(later, a, ITEM2, "3");
	save_ok(later, a, "za-regisseur.9", "Meer geduld.");

	nitems = catalogue_form_items(cat, FORM, &start);
	ck_assert_uint_gt(nitems, 3);
	rows = selfanalysis_compare(st, cat, a, first, later, &n, &cause);
	ck_assert_msg(rows != NULL, "selfanalysis_compare: %s", cause);
	ck_assert_uint_eq(n, nitems);
	for (i = 0; i < n; i++)
		ck_assert_str_eq(rows[i].item_key, cat->items[start + i].key);
	ck_assert_str_eq(rows[0].item_key, ITEM1);
	ck_assert_str_eq(rows[0].a, "2");
	ck_assert_str_eq(rows[0].b, "4");
	ck_assert_int_eq(rows[0].changed, 1);
	ck_assert_str_eq(rows[1].a, "3");
	ck_assert_str_eq(rows[1].b, "3");
	ck_assert_int_eq(rows[1].changed, 0);
	ck_assert_str_eq(rows[2].a, "");
	ck_assert_str_eq(rows[2].b, "");
	ck_assert_int_eq(rows[2].changed, 0);
	ck_assert_str_eq(rows[8].item_key, "za-regisseur.9");
	ck_assert_str_eq(rows[8].a, "");
	ck_assert_str_eq(rows[8].b, "Meer geduld.");
	ck_assert_int_eq(rows[8].changed, 1);
	compare_rows_free(rows, n);

	/* Someone else's, even shared, and another questionnaire are refused. */
	ck_assert_ptr_null(selfanalysis_compare(st, cat, a, first, theirs, &n, &cause));
	assert_cause(cause, "niet uw zelfanalyse");
	ck_assert_uint_eq(n, 0);
	ck_assert_ptr_null(selfanalysis_compare(st, cat, b, first, theirs, &n, &cause));
	assert_cause(cause, "niet uw zelfanalyse");
	ck_assert_ptr_null(selfanalysis_compare(st, cat, a, first, other, &n, &cause));
	assert_cause(cause, "dezelfde vragenlijst");
}
END_TEST

/* Groups have unique names (ignoring case), members join once and are
 * listed by name; the list counts them. */
START_TEST(test_groups)
{
	struct participant_list *m;
	struct igroup_list *l;
	char *cause = NULL;
	int64_t a, b, g, h;

	a = new_person("Zeger");
	b = new_person("anna");
	g = new_group("Regiekring");
	h = new_group("Directiekring");
	ck_assert_int_eq(igroup_add(st, "regiekring", &cause), -1);
	assert_cause(cause, "al een intervisiegroep");
	ck_assert_int_eq(igroup_add(st, "  ", &cause), -1);
	assert_cause(cause, "naam");

	ck_assert_int_eq(igroup_join(st, g, a, &cause), 0);
	ck_assert_int_eq(igroup_join(st, g, b, &cause), 0);
	ck_assert_int_eq(igroup_join(st, g, b, &cause), 0);
	ck_assert_int_eq(igroup_join(st, g, 999, &cause), -1);
	assert_cause(cause, "deelnemer niet gevonden");
	ck_assert_int_eq(igroup_join(st, 999, a, &cause), -1);
	assert_cause(cause, "groep niet gevonden");

	m = igroup_members(st, g, &cause);
	ck_assert_ptr_nonnull(m);
	ck_assert_uint_eq(m->n, 2);
	ck_assert_str_eq(m->v[0].name, "anna");
	ck_assert_str_eq(m->v[1].name, "Zeger");
	participant_list_free(m);
	m = igroup_members(st, h, &cause);
	ck_assert_ptr_nonnull(m);
	ck_assert_uint_eq(m->n, 0);
	participant_list_free(m);

	l = igroup_list(st, &cause);
	ck_assert_ptr_nonnull(l);
	ck_assert_uint_eq(l->n, 2);
	ck_assert_str_eq(l->v[0].name, "Directiekring");
	ck_assert_uint_eq(l->v[0].nmembers, 0);
	ck_assert_str_eq(l->v[1].name, "Regiekring");
	ck_assert_uint_eq(l->v[1].nmembers, 2);
	igroup_list_free(l);
}
END_TEST

/* An intervisie day with two questions: interview, gespreksnotitie and
 * follow-up texts, an advice round of five people in the order given,
 * actions done and followed up; bad dates, fields and ids are refused. */
START_TEST(test_intervisie_day)
{
	static const char *const who[] = { "Bram", "Cor", "Dana", "Eef", "Fleur" };
	const struct iquestion *q;
	struct iquestion_list *l;
	char *cause = NULL, *text;
	int64_t a, b, g, day, q1, q2, act1, act2;
	size_t i;

	a = new_person("Anna");
	b = new_person("Bram");
	g = new_group("Regiekring");
	ck_assert_int_eq(iday_add(st, g, "Dag", "12-03-2026", "", &cause), -1);
	assert_cause(cause, "JJJJ-MM-DD");
	ck_assert_int_eq(iday_add(st, g, "Dag", "2026-02-29", "", &cause), -1);
	assert_cause(cause, "geen datum");
	ck_assert_int_eq(iday_add(st, g, "", "2026-03-12", "", &cause), -1);
	assert_cause(cause, "titel");
	ck_assert_int_eq(iday_add(st, 999, "Dag", "2026-03-12", "", &cause), -1);
	assert_cause(cause, "groep niet gevonden");
	day = new_day(g, "Derde intervisiedag");

	q1 = new_question(day, a, "Hoe krijg ik de wethouder mee?");
	q2 = new_question(day, b, "Wie trekt de kar in de regio?");
	ck_assert_int_eq(iquestion_add(st, day, a, " ", &cause), -1);
	assert_cause(cause, "titel");
	ck_assert_int_eq(iquestion_add(st, 999, a, "Vraag", &cause), -1);
	assert_cause(cause, "intervisiedag niet gevonden");
	ck_assert_int_eq(iquestion_add(st, day, 999, "Vraag", &cause), -1);
	assert_cause(cause, "vraagsteller niet gevonden");

	ck_assert_int_eq(iquestion_set_text(st, q1, "interview", "Voorgesprek met Bram.", &cause),
	    0);
	ck_assert_int_eq(iquestion_set_text(st, q1, "gespreksnotitie",
	    "Kern: vertrouwen.\nTweede regel.", &cause), 0);
	ck_assert_int_eq(iquestion_set_text(st, q1, "follow_up", "Na zes weken: beter.", &cause),
	    0);
	ck_assert_int_eq(iquestion_set_text(st, q1, "title", "x", &cause), -1);
	assert_cause(cause, "onbekend veld");
	ck_assert_int_eq(iquestion_set_text(st, q1, "interview; DROP TABLE iquestion", "x",
	    &cause), -1);
	assert_cause(cause, "onbekend veld");
	ck_assert_int_eq(iquestion_set_text(st, 999, "interview", "x", &cause), -1);
	assert_cause(cause, "vraag niet gevonden");

	for (i = 0; i < 5; i++) {
		text = xasprintf("Advies %zu van %s", i + 1, who[i]);
		ck_assert_int_gt(iadvice_add(st, q1, who[i], text, &cause), 0);
		free(text);
	}
	ck_assert_int_eq(iadvice_add(st, q1, "", "tekst", &cause), -1);
	assert_cause(cause, "wie");
	ck_assert_int_eq(iadvice_add(st, q1, "Gijs", "  ", &cause), -1);
	assert_cause(cause, "leeg");
	ck_assert_int_eq(iadvice_add(st, 999, "Gijs", "tekst", &cause), -1);
	assert_cause(cause, "vraag niet gevonden");

	act1 = iaction_add(st, q1, "Wethouder uitnodigen", &cause);
	act2 = iaction_add(st, q1, "Notitie schrijven", &cause);
	ck_assert_int_gt(act1, 0);
	ck_assert_int_gt(act2, 0);
	ck_assert_int_eq(iaction_add(st, q1, "", &cause), -1);
	assert_cause(cause, "leeg");
	ck_assert_int_eq(iaction_update(st, act1, 1, "Gesprek was goed.", &cause), 0);
	ck_assert_int_eq(iaction_update(st, act2, 2, "", &cause), -1);
	assert_cause(cause, "gedaan");
	ck_assert_int_eq(iaction_update(st, 999, 1, "", &cause), -1);
	assert_cause(cause, "actie niet gevonden");

	l = questions_of(day);
	ck_assert_uint_eq(l->n, 2);
	ck_assert_int_eq(l->v[0].id, q1);
	ck_assert_int_eq(l->v[1].id, q2);
	q = question_in(l, q1);
	ck_assert_int_eq(q->session_id, day);
	ck_assert_int_eq(q->vraagsteller, a);
	ck_assert_str_eq(q->vraagsteller_name, "Anna");
	ck_assert_str_eq(q->title, "Hoe krijg ik de wethouder mee?");
	ck_assert_int_eq(q->analysis_id, 0);
	ck_assert_str_eq(q->interview, "Voorgesprek met Bram.");
	ck_assert_str_eq(q->gespreksnotitie, "Kern: vertrouwen.\nTweede regel.");
	ck_assert_str_eq(q->follow_up, "Na zes weken: beter.");
	ck_assert_uint_eq(q->nadvice, 5);
	for (i = 0; i < 5; i++) {
		ck_assert_str_eq(q->advice[i].label, who[i]);
		text = xasprintf("Advies %zu van %s", i + 1, who[i]);
		ck_assert_str_eq(q->advice[i].text, text);
		free(text);
	}
	ck_assert_uint_eq(q->nactions, 2);
	ck_assert_int_eq(q->actions[0].id, act1);
	ck_assert_str_eq(q->actions[0].text, "Wethouder uitnodigen");
	ck_assert_int_eq(q->actions[0].done, 1);
	ck_assert_str_eq(q->actions[0].follow_up, "Gesprek was goed.");
	ck_assert_int_eq(q->actions[1].done, 0);
	ck_assert_str_eq(q->actions[1].follow_up, "");
	q = question_in(l, q2);
	ck_assert_int_eq(q->vraagsteller, b);
	ck_assert_str_eq(q->interview, "");
	ck_assert_uint_eq(q->nadvice, 0);
	ck_assert_uint_eq(q->nactions, 0);
	ck_assert_uint_eq(q->nthemes, 0);
	iquestion_list_free(l);

	/* A day without questions lists none. */
	l = questions_of(new_day(g, "Vierde dag"));
	ck_assert_uint_eq(l->n, 0);
	iquestion_list_free(l);
}
END_TEST

/* A question links only its vraagsteller's own analysis; linking does
 * not make it readable to others; 0 unlinks. */
START_TEST(test_link_analysis)
{
	struct iquestion_list *l;
	char *cause = NULL;
	int64_t a, b, g, day, q1, q2, mine, theirs;

	a = new_person("Anna");
	b = new_person("Bram");
	g = new_group("Regiekring");
	day = new_day(g, "Dag");
	q1 = new_question(day, a, "Vraag van Anna");
	q2 = new_question(day, 0, "Vraag zonder vraagsteller");
	mine = new_analysis(a, "za-casus", "Mijn casus");
	theirs = new_analysis(b, "za-casus", "Brams casus");
	ck_assert_int_eq(selfanalysis_share(st, theirs, b, 1, NULL), 0);
	save_ok(mine, a, "za-casus.1", "geheim");

	ck_assert_int_eq(iquestion_link_analysis(st, q1, theirs, &cause), -1);
	assert_cause(cause, "eigen zelfanalyse");
	ck_assert_int_eq(iquestion_link_analysis(st, q2, mine, &cause), -1);
	assert_cause(cause, "eigen zelfanalyse");
	ck_assert_int_eq(iquestion_link_analysis(st, q1, 999, &cause), -1);
	assert_cause(cause, "eigen zelfanalyse");
	ck_assert_int_eq(iquestion_link_analysis(st, 999, mine, &cause), -1);
	assert_cause(cause, "vraag niet gevonden");
	ck_assert_int_eq(iquestion_link_analysis(st, q1, mine, &cause), 0);

	l = questions_of(day);
	ck_assert_int_eq(question_in(l, q1)->analysis_id, mine);
	ck_assert_int_eq(question_in(l, q2)->analysis_id, 0);
	iquestion_list_free(l);
	assert_private(mine, 0, "za-casus.1");
	assert_private(mine, b, "za-casus.1");
	ck_assert(!in_shared(g, NULL, mine));

	ck_assert_int_eq(iquestion_link_analysis(st, q1, 0, &cause), 0);
	l = questions_of(day);
	ck_assert_int_eq(question_in(l, q1)->analysis_id, 0);
	iquestion_list_free(l);
}
END_TEST

/* Themes are the group's, created on first use and named ignoring case;
 * counts run across the group's questions, most frequent first, ties by
 * name, one question tagged twice counting once; other groups apart. */
START_TEST(test_themes)
{
	struct itheme_count *c;
	struct iquestion_list *l;
	const struct iquestion *q;
	char *cause = NULL;
	int64_t g, h, d1, d2, dh, q1, q2, q3, qh, lone;
	size_t n;

	g = new_group("Regiekring");
	h = new_group("Andere kring");
	d1 = new_day(g, "Dag 1");
	d2 = new_day(g, "Dag 2");
	dh = new_day(h, "Dag elders");
	q1 = new_question(d1, 0, "Vraag 1");
	q2 = new_question(d1, 0, "Vraag 2");
	q3 = new_question(d2, 0, "Vraag 3");
	qh = new_question(dh, 0, "Vraag elders");

	c = itheme_counts(st, g, &n, &cause);
	ck_assert_ptr_nonnull(c);
	ck_assert_uint_eq(n, 0);
	itheme_counts_free(c, n);

	ck_assert_int_eq(iquestion_tag(st, q1, "Vertrouwen", &cause), 0);
	ck_assert_int_eq(iquestion_tag(st, q1, "vertrouwen", &cause), 0);
	ck_assert_int_eq(iquestion_tag(st, q1, "Vertrouwen", &cause), 0);
	ck_assert_int_eq(iquestion_tag(st, q2, "Vertrouwen", &cause), 0);
	ck_assert_int_eq(iquestion_tag(st, q1, "Macht", &cause), 0);
	ck_assert_int_eq(iquestion_tag(st, q3, " Macht ", &cause), 0);
	ck_assert_int_eq(iquestion_tag(st, q3, "Zingeving", &cause), 0);
	ck_assert_int_eq(iquestion_tag(st, q2, "Aandacht", &cause), 0);
	ck_assert_int_eq(iquestion_tag(st, qh, "Macht", &cause), 0);
	ck_assert_int_eq(iquestion_tag(st, q1, "", &cause), -1);
	assert_cause(cause, "thema");
	ck_assert_int_eq(iquestion_tag(st, 999, "Macht", &cause), -1);
	assert_cause(cause, "vraag niet gevonden");

	c = itheme_counts(st, g, &n, &cause);
	ck_assert_ptr_nonnull(c);
	ck_assert_uint_eq(n, 4);
	ck_assert_str_eq(c[0].name, "Macht");
	ck_assert_int_eq(c[0].count, 2);
	ck_assert_str_eq(c[1].name, "Vertrouwen");
	ck_assert_int_eq(c[1].count, 2);
	ck_assert_str_eq(c[2].name, "Aandacht");
	ck_assert_int_eq(c[2].count, 1);
	ck_assert_str_eq(c[3].name, "Zingeving");
	ck_assert_int_eq(c[3].count, 1);
	itheme_counts_free(c, n);
	c = itheme_counts(st, h, &n, &cause);
	ck_assert_ptr_nonnull(c);
	ck_assert_uint_eq(n, 1);
	ck_assert_int_eq(c[0].count, 1);
	itheme_counts_free(c, n);
	ck_assert_int_eq(count("itheme"), 5);

	l = questions_of(d1);
	q = question_in(l, q1);
	ck_assert_uint_eq(q->nthemes, 2);
	ck_assert_str_eq(q->themes[0], "Macht");
	ck_assert_str_eq(q->themes[1], "Vertrouwen");
	q = question_in(l, q2);
	ck_assert_uint_eq(q->nthemes, 2);
	ck_assert_str_eq(q->themes[0], "Aandacht");
	iquestion_list_free(l);

	/* A day that belongs to no group has no themes to give. */
	ck_assert_int_eq(store_igroup_delete(st, h), 0);
	lone = new_question(dh, 0, "Vraag zonder groep");
	ck_assert_int_eq(iquestion_tag(st, lone, "Macht", &cause), -1);
	assert_cause(cause, "geen groep");
}
END_TEST

/* Lessons of a group keep the questions they came from; a question of
 * another group is refused and then nothing is stored. */
START_TEST(test_lessons)
{
	struct ilesson *v;
	char *cause = NULL;
	int64_t g, h, day, dh, q1, q2, qh, l1, l2;
	int64_t both[3], foreign[2];
	size_t n;

	g = new_group("Regiekring");
	h = new_group("Andere kring");
	day = new_day(g, "Dag");
	dh = new_day(h, "Dag elders");
	q1 = new_question(day, 0, "Vraag 1");
	q2 = new_question(day, 0, "Vraag 2");
	qh = new_question(dh, 0, "Vraag elders");

	v = ilesson_list(st, g, &n, &cause);
	ck_assert_ptr_nonnull(v);
	ck_assert_uint_eq(n, 0);
	ilesson_list_free(v, n);

	both[0] = q2;
	both[1] = q1;
	both[2] = q2;
	l1 = ilesson_add(st, g, "Vertrouwen komt te voet.", both, 3, &cause);
	ck_assert_msg(l1 > 0, "ilesson_add: %s", cause);
	l2 = ilesson_add(st, g, "Regie is een mengvorm.", NULL, 0, &cause);
	ck_assert_int_gt(l2, 0);
	foreign[0] = q1;
	foreign[1] = qh;
	ck_assert_int_eq(ilesson_add(st, g, "Les", foreign, 2, &cause), -1);
	assert_cause(cause, "hoort niet bij deze groep");
	ck_assert_int_eq(ilesson_add(st, g, "  ", NULL, 0, &cause), -1);
	assert_cause(cause, "leeg");
	ck_assert_int_eq(ilesson_add(st, 999, "Les", NULL, 0, &cause), -1);
	assert_cause(cause, "groep niet gevonden");
	ck_assert_int_eq(count("ilesson"), 2);
	ck_assert_int_eq(count("ilesson_question"), 2);

	v = ilesson_list(st, g, &n, &cause);
	ck_assert_ptr_nonnull(v);
	ck_assert_uint_eq(n, 2);
	ck_assert_int_eq(v[0].id, l1);
	ck_assert_str_eq(v[0].text, "Vertrouwen komt te voet.");
	ck_assert_uint_eq(v[0].nquestions, 2);
	ck_assert_int_eq(v[0].questions[0], q1);
	ck_assert_int_eq(v[0].questions[1], q2);
	ck_assert_int_eq(v[1].id, l2);
	ck_assert_uint_eq(v[1].nquestions, 0);
	ilesson_list_free(v, n);
	v = ilesson_list(st, h, &n, &cause);
	ck_assert_ptr_nonnull(v);
	ck_assert_uint_eq(n, 0);
	ilesson_list_free(v, n);
}
END_TEST

/* Deleting takes the dependent rows with it: an analysis its answers and
 * history (and its link), a question its advice, actions, themes and
 * lesson links, a day its questions, a participant their analyses and
 * memberships, a group its members, themes and lessons. */
START_TEST(test_cascades)
{
	struct iquestion_list *l;
	int64_t a, b, g, day, q1, q2, id, ids[2];

	a = new_person("Anna");
	b = new_person("Bram");
	g = new_group("Regiekring");
	ck_assert_int_eq(igroup_join(st, g, a, NULL), 0);
	ck_assert_int_eq(igroup_join(st, g, b, NULL), 0);
	day = new_day(g, "Dag");
	q1 = new_question(day, a, "Vraag 1");
	q2 = new_question(day, b, "Vraag 2");
	id = new_analysis(a, "za-casus", "Casus");
	save_ok(id, a, "za-casus.1", "een");
	save_ok(id, a, "za-casus.1", "twee");
	ck_assert_int_eq(iquestion_link_analysis(st, q1, id, NULL), 0);
	ck_assert_int_gt(iadvice_add(st, q1, "Bram", "Advies", NULL), 0);
	ck_assert_int_gt(iaction_add(st, q1, "Actie", NULL), 0);
	ck_assert_int_eq(iquestion_tag(st, q1, "Macht", NULL), 0);
	ck_assert_int_eq(iquestion_tag(st, q2, "Macht", NULL), 0);
	ids[0] = q1;
	ids[1] = q2;
	ck_assert_int_gt(ilesson_add(st, g, "Les", ids, 2, NULL), 0);

	/* An analysis goes with its answers and history; the link clears. */
	ck_assert_int_eq(selfanalysis_remove(st, id, a, NULL), 0);
	ck_assert_int_eq(count("self_analysis"), 0);
	ck_assert_int_eq(count("self_answer"), 0);
	ck_assert_int_eq(count("self_answer_history"), 0);
	l = questions_of(day);
	ck_assert_int_eq(question_in(l, q1)->analysis_id, 0);
	iquestion_list_free(l);

	/* A question goes with its advice, actions, themes and lesson links. */
	ck_assert_int_eq(store_iquestion_delete(st, q1), 0);
	ck_assert_int_eq(count("iadvice"), 0);
	ck_assert_int_eq(count("iaction"), 0);
	ck_assert_int_eq(count("iquestion_theme"), 1);
	ck_assert_int_eq(count("ilesson_question"), 1);
	ck_assert_int_eq(store_iquestion_delete(st, q1), -1);

	/* A participant goes with their analyses and memberships; their
	 * question stays without a vraagsteller. */
	ck_assert_int_gt(new_analysis(b, FORM, "Bram"), 0);
	ck_assert_int_eq(store_participant_delete(st, b), 0);
	ck_assert_int_eq(count("self_analysis"), 0);
	ck_assert_int_eq(count("igroup_member"), 1);
	l = questions_of(day);
	ck_assert_uint_eq(l->n, 1);
	ck_assert_int_eq(l->v[0].vraagsteller, 0);
	ck_assert_str_eq(l->v[0].vraagsteller_name, "");
	iquestion_list_free(l);

	/* A day goes with its questions. */
	ck_assert_int_eq(store_iday_delete(st, day), 0);
	ck_assert_int_eq(count("iquestion"), 0);
	ck_assert_int_eq(count("iquestion_theme"), 0);
	ck_assert_int_eq(count("ilesson_question"), 0);

	/* A group goes with its members, themes and lessons; its days stay. */
	day = new_day(g, "Nog een dag");
	ck_assert_int_eq(store_igroup_delete(st, g), 0);
	ck_assert_int_eq(count("igroup"), 0);
	ck_assert_int_eq(count("igroup_member"), 0);
	ck_assert_int_eq(count("itheme"), 0);
	ck_assert_int_eq(count("ilesson"), 0);
	ck_assert_int_eq(count("session"), 1);
	ck_assert_int_eq(count("participant"), 1);
	ck_assert_int_eq(store_intervisie_count(st, "coalition"), -1);
}
END_TEST

/* Invalid UTF-8 is refused wherever text comes in, and nothing is stored. */
START_TEST(test_invalid_utf8)
{
	static const char bad[] = "fout\xc3";
	char name[] = "Anna", badprofile[] = "\xff";
	struct participant p;
	char *cause = NULL;
	int64_t a, g, day, q, act, id;

	ck_assert_int_eq(participant_add(st, bad, &cause), -1);
	assert_cause(cause, "UTF-8");
	a = new_person("Anna");
	memset(&p, 0, sizeof p);
	p.id = a;
	p.name = name;
	p.profile = badprofile;
	ck_assert_int_eq(participant_save(st, &p, &cause), -1);
	assert_cause(cause, "UTF-8");
	ck_assert_int_eq(participant_bind_login(st, a, "\xed\xa0\x80", &cause), -1);
	assert_cause(cause, "UTF-8");
	ck_assert_int_eq(participant_by_login(st, bad, &cause), -1);
	assert_cause(cause, "UTF-8");
	ck_assert_int_eq(selfanalysis_create(st, cat, a, FORM, bad, &cause), -1);
	assert_cause(cause, "UTF-8");
	id = new_analysis(a, FORM, "");
	ck_assert_int_eq(selfanalysis_save(st, id, a, ITEM1, "\xc0\xaf", &cause), -1);
	assert_cause(cause, "UTF-8");
	ck_assert_int_eq(count("self_answer"), 0);

	ck_assert_int_eq(igroup_add(st, bad, &cause), -1);
	assert_cause(cause, "UTF-8");
	g = new_group("Kring");
	ck_assert_int_eq(iday_add(st, g, bad, "2026-03-12", "", &cause), -1);
	assert_cause(cause, "UTF-8");
	ck_assert_int_eq(iday_add(st, g, "Dag", "2026-03-12", bad, &cause), -1);
	assert_cause(cause, "UTF-8");
	day = new_day(g, "Dag");
	ck_assert_int_eq(iquestion_add(st, day, a, bad, &cause), -1);
	assert_cause(cause, "UTF-8");
	q = new_question(day, a, "Vraag");
	ck_assert_int_eq(iquestion_set_text(st, q, "interview", bad, &cause), -1);
	assert_cause(cause, "UTF-8");
	ck_assert_int_eq(iadvice_add(st, q, bad, "advies", &cause), -1);
	assert_cause(cause, "UTF-8");
	ck_assert_int_eq(iadvice_add(st, q, "Bram", bad, &cause), -1);
	assert_cause(cause, "UTF-8");
	ck_assert_int_eq(iaction_add(st, q, bad, &cause), -1);
	assert_cause(cause, "UTF-8");
	act = iaction_add(st, q, "Actie", NULL);
	ck_assert_int_gt(act, 0);
	ck_assert_int_eq(iaction_update(st, act, 1, bad, &cause), -1);
	assert_cause(cause, "UTF-8");
	ck_assert_int_eq(iquestion_tag(st, q, bad, &cause), -1);
	assert_cause(cause, "UTF-8");
	ck_assert_int_eq(ilesson_add(st, g, bad, &q, 1, &cause), -1);
	assert_cause(cause, "UTF-8");

	ck_assert_int_eq(count("participant"), 1);
	ck_assert_int_eq(count("igroup"), 1);
	ck_assert_int_eq(count("session"), 1);
	ck_assert_int_eq(count("iquestion"), 1);
	ck_assert_int_eq(count("iadvice"), 0);
	ck_assert_int_eq(count("iaction"), 1);
	ck_assert_int_eq(count("itheme"), 0);
	ck_assert_int_eq(count("ilesson"), 0);
}
END_TEST

/* Attendance of an intervisie day is kept once per person and only when
 * recorded (bringing a question is not attending; a mark can be taken
 * back), and a participant is linked to the coalitions they work in,
 * found by name or number. */
START_TEST(test_attendance_and_coalitions)
{
	struct participant_list *pl;
	char **names, *cause = NULL;
	size_t n, i;
	int64_t anna = participant_add(st, "Anna", NULL), bert = participant_add(st, "Bert", NULL);
	int64_t g = igroup_add(st, "Groep", NULL);
	int64_t day = iday_add(st, g, "Dag", "2026-11-23", "", NULL);
	int64_t c = coalition_create(st, "Onder dak", NULL);

	ck_assert_int_gt(day, 0);
	ck_assert_int_eq(iday_attend(st, day, bert, NULL), 0);
	ck_assert_int_eq(iday_attend(st, day, bert, NULL), 0);
	ck_assert_int_gt(iquestion_add(st, day, anna, "Mijn vraag", NULL), 0);
	pl = iday_attendees(st, day, NULL);
	ck_assert_uint_eq(pl->n, 1);
	ck_assert_str_eq(pl->v[0].name, "Bert");
	participant_list_free(pl);
	ck_assert_int_eq(iday_attend(st, day, anna, NULL), 0);
	ck_assert_int_eq(iday_unattend(st, day, bert, NULL), 0);
	ck_assert_int_eq(iday_unattend(st, day, bert, NULL), 0);
	pl = iday_attendees(st, day, NULL);
	ck_assert_uint_eq(pl->n, 1);
	ck_assert_str_eq(pl->v[0].name, "Anna");
	participant_list_free(pl);

	ck_assert_int_eq(participant_link_coalition(st, anna, "onder DAK", NULL), 0);
	ck_assert_int_eq(participant_link_coalition(st, anna, "1", NULL), 0);
	ck_assert_int_eq(participant_link_coalition(st, anna, "Nergens", &cause), -1);
	ck_assert_ptr_nonnull(strstr(cause, "geen coalitie"));
	free(cause);
	names = participant_coalitions(st, anna, &n, NULL);
	ck_assert_uint_eq(n, 1);
	ck_assert_str_eq(names[0], "Onder dak");
	for (i = 0; i < n; i++)
		free(names[i]);
	free(names);
	names = participant_coalitions(st, bert, &n, NULL);
	ck_assert_uint_eq(n, 0);
	free(names);
	(void)c;
}
END_TEST

/* A person is added on purpose once: a name that is there already,
 * ignoring case and spaces around it, is refused, not made twice. A name
 * is corrected by its person or by the facilitator, never by another
 * deelnemer, and the login stays. */
START_TEST(test_people_on_purpose)
{
	struct participant_list *pl;
	char *cause = NULL;
	int64_t anna, bert, piet, n;

	anna = participant_add_new(st, " Anna de Vries ", &cause);
	ck_assert_msg(anna > 0, "participant_add_new: %s", cause);
	ck_assert_int_eq(participant_add_new(st, "anna DE vries", &cause), -1);
	assert_cause(cause, "er is al iemand die 'anna DE vries' heet");
	ck_assert_int_eq(participant_add_new(st, "  ", &cause), -1);
	assert_cause(cause, "naam");
	ck_assert_int_eq(participant_add_new(st, "Anna\nde Vries", &cause), -1);
	assert_cause(cause, "één regel");
	bert = participant_add_new(st, "Bert", NULL);
	ck_assert_int_gt(bert, anna);
	n = count("participant");
	ck_assert_int_eq(n, 2);
	ck_assert_int_eq(participant_bind_login(st, anna, "anna", NULL), 0);
	ck_assert_int_eq(participant_bind_login(st, bert, "bert", NULL), 0);

	/* Anna, a deelnemer, corrects her own name, not Bert's. */
	ck_assert_int_eq(identity_as("anna", 0, &cause), 0);
	ck_assert_int_eq(participant_rename(st, anna, " Anna de Vries-Smit ", &cause), 0);
	ck_assert_int_eq(participant_rename(st, bert, "Bert Jansen", &cause), -1);
	assert_cause(cause, "alleen uw eigen naam");
	ck_assert_int_eq(participant_rename(st, anna, "BERT", &cause), -1);
	assert_cause(cause, "er is al iemand die 'BERT' heet");
	ck_assert_int_eq(participant_rename(st, anna, "", &cause), -1);
	assert_cause(cause, "naam");
	/* Someone without a person in the werkboek corrects nobody. */
	ck_assert_int_eq(identity_as("cas", 0, &cause), 0);
	ck_assert_int_eq(participant_rename(st, anna, "Cas", &cause), -1);
	assert_cause(cause, "alleen uw eigen naam");
	/* The facilitator corrects anyone's. */
	ck_assert_int_eq(identity_as("piet", 1, &cause), 0);
	ck_assert_int_eq(participant_rename(st, bert, "Bert Jansen", &cause), 0);
	ck_assert_int_eq(participant_rename(st, 999, "Niemand", &cause), -1);
	assert_cause(cause, "deelnemer niet gevonden");
	/* Changing only the case of one's own name is not a clash. */
	ck_assert_int_eq(participant_rename(st, bert, "bert jansen", &cause), 0);
	identity_reset();

	pl = participant_list(st, &cause);
	ck_assert_ptr_nonnull(pl);
	ck_assert_uint_eq(pl->n, 2);
	ck_assert_str_eq(pl->v[0].name, "Anna de Vries-Smit");
	ck_assert_str_eq(pl->v[0].login, "anna");
	ck_assert_str_eq(pl->v[1].name, "bert jansen");
	ck_assert_str_eq(pl->v[1].login, "bert");
	participant_list_free(pl);
	ck_assert_int_eq(participant_by_login(st, "anna", NULL), anna);
	piet = participant_named(st, "ANNA DE VRIES-SMIT", NULL);
	ck_assert_int_eq(piet, anna);
	ck_assert_int_eq(count("participant"), 2);
}
END_TEST

/* Members are added and taken out again; a deelnemer's list of groups
 * holds only the groups they are in. */
START_TEST(test_membership)
{
	struct igroup_list *l;
	struct participant_list *pl;
	char *cause = NULL;
	int64_t anna = new_person("Anna"), bert = new_person("Bert");
	int64_t g1 = new_group("Noord"), g2 = new_group("Zuid");

	ck_assert_int_eq(igroup_join(st, g1, anna, &cause), 0);
	ck_assert_int_eq(igroup_join(st, g1, bert, &cause), 0);
	ck_assert_int_eq(igroup_join(st, g2, bert, &cause), 0);
	l = igroup_list_for(st, anna, &cause);
	ck_assert_ptr_nonnull(l);
	ck_assert_uint_eq(l->n, 1);
	ck_assert_int_eq(l->v[0].id, g1);
	ck_assert_uint_eq(l->v[0].nmembers, 2);
	igroup_list_free(l);
	l = igroup_list_for(st, bert, &cause);
	ck_assert_uint_eq(l->n, 2);
	igroup_list_free(l);

	ck_assert_int_eq(igroup_leave(st, g1, bert, &cause), 0);
	ck_assert_int_eq(igroup_leave(st, g1, bert, &cause), 0);
	pl = igroup_members(st, g1, &cause);
	ck_assert_uint_eq(pl->n, 1);
	ck_assert_str_eq(pl->v[0].name, "Anna");
	participant_list_free(pl);
	l = igroup_list_for(st, bert, &cause);
	ck_assert_uint_eq(l->n, 1);
	ck_assert_int_eq(l->v[0].id, g2);
	igroup_list_free(l);
	l = igroup_list_for(st, 999, &cause);
	ck_assert_uint_eq(l->n, 0);
	igroup_list_free(l);
}
END_TEST

/* The share preview shows the owner's answers as they are now, question by
 * question, and counts the drafts sharing removes; after sharing there
 * are none; nobody else gets a preview. Advice by a known person carries
 * their name. */
START_TEST(test_share_preview)
{
	struct analysis_row *rows;
	struct iquestion_list *l;
	char *cause = NULL;
	size_t n, first, nitems;
	int64_t anna = new_person("Anna"), bert = new_person("Bert"), id;
	int64_t day, q;

	id = new_analysis(anna, FORM, "Voorjaar");
	save_ok(id, anna, ITEM1, "eerste versie");
	save_ok(id, anna, ITEM1, "tweede versie");
	save_ok(id, anna, ITEM1, "zoals het nu is");
	save_ok(id, anna, ITEM2, "alleen dit");
	ck_assert_int_eq(selfanalysis_drafts(st, id, anna, &cause), 2);
	ck_assert_int_eq(selfanalysis_drafts(st, id, bert, &cause), -1);
	assert_cause(cause, "niet uw zelfanalyse");

	rows = selfanalysis_preview(st, cat, id, anna, &n, &cause);
	ck_assert_msg(rows != NULL, "selfanalysis_preview: %s", cause);
	nitems = catalogue_form_items(cat, FORM, &first);
	ck_assert_uint_eq(n, nitems);
	ck_assert_str_eq(rows[0].item->key, ITEM1);
	ck_assert_str_eq(rows[0].value, "zoals het nu is");
	ck_assert_str_eq(rows[1].item->key, ITEM2);
	ck_assert_str_eq(rows[1].value, "alleen dit");
	ck_assert_str_eq(rows[2].value, "");
	analysis_rows_free(rows, n);
	ck_assert_ptr_null(selfanalysis_preview(st, cat, id, bert, &n, &cause));
	assert_cause(cause, "niet uw zelfanalyse");
	ck_assert_uint_eq(n, 0);

	ck_assert_int_eq(selfanalysis_share(st, id, anna, 1, &cause), 0);
	ck_assert_int_eq(selfanalysis_drafts(st, id, anna, &cause), 0);
	ck_assert_int_eq(count("self_answer_history"), 0);
	assert_value(id, 0, ITEM1, "zoals het nu is");

	day = new_day(new_group("Groep"), "Dag");
	q = new_question(day, anna, "Vraag");
	ck_assert_int_gt(iadvice_add_by(st, q, bert, "Vraag door", &cause), 0);
	ck_assert_int_eq(iadvice_add_by(st, q, 999, "Vraag door", &cause), -1);
	assert_cause(cause, "deelnemer niet gevonden");
	ck_assert_int_eq(iadvice_add_by(st, 999, bert, "Vraag door", &cause), -1);
	assert_cause(cause, "vraag niet gevonden");
	ck_assert_int_eq(iadvice_add_by(st, q, bert, " ", &cause), -1);
	assert_cause(cause, "leeg");
	l = questions_of(day);
	ck_assert_uint_eq(l->v[0].nadvice, 1);
	ck_assert_str_eq(l->v[0].advice[0].label, "Bert");
	ck_assert_int_eq(l->v[0].advice[0].participant, bert);
	ck_assert_str_eq(l->v[0].advice[0].text, "Vraag door");
	iquestion_list_free(l);
}
END_TEST

/* Expect no writer to put text in r's document; frees r. */
static void
assert_not_in_summary(struct report *r, const char *text)
{
	struct strbuf doc;
	int f;

	for (f = 0; f < EXPORT_NFORMATS; f++) {
		if (export_writers[f] == NULL || f == EXPORT_ODT || f == EXPORT_DOT)
			continue;
		memset(&doc, 0, sizeof doc);
		ck_assert_int_eq(export_writers[f](r, &doc, NULL), 0);
		ck_assert_msg(strstr(doc.s, text) == NULL, "%s in the %s summary",
		    text, export_format_names[f]);
		strbuf_free(&doc);
	}
	report_free(r);
}

/* The summaries: a day's holds the lessons drawn from its own questions
 * (with where they came from), a group's its members, days, themes with
 * their counts and every lesson; neither holds a self-analysis. */
START_TEST(test_summaries)
{
	struct report *r;
	char *cause = NULL;
	int64_t anna = new_person("Anna"), bert = new_person("Bert");
	int64_t g = new_group("Noord"), d1, d2, q1, q2, a;
	int64_t only1[1], both[2], only2[1];

	ck_assert_int_eq(igroup_join(st, g, anna, NULL), 0);
	ck_assert_int_eq(igroup_join(st, g, bert, NULL), 0);
	d1 = new_day(g, "Eerste dag");
	d2 = iday_add(st, g, "Tweede dag", "2026-04-12", "", NULL);
	q1 = new_question(d1, anna, "Hoe houd ik regie?");
	q2 = new_question(d2, bert, "Wie trekt de kar?");
	ck_assert_int_eq(iquestion_tag(st, q1, "Mandaat", NULL), 0);
	ck_assert_int_eq(iquestion_tag(st, q2, "mandaat", NULL), 0);
	ck_assert_int_eq(iquestion_tag(st, q2, "Tempo", NULL), 0);
	only1[0] = q1;
	only2[0] = q2;
	both[0] = q1;
	both[1] = q2;
	ck_assert_int_gt(ilesson_add(st, g, "Vraag door", only1, 1, NULL), 0);
	ck_assert_int_gt(ilesson_add(st, g, "Wacht niet", only2, 1, NULL), 0);
	ck_assert_int_gt(ilesson_add(st, g, "Samen sterker", both, 2, NULL), 0);
	a = new_analysis(anna, FORM, "Privé");
	save_ok(a, anna, ITEM1, "geheim antwoord");
	ck_assert_int_eq(iquestion_link_analysis(st, q1, a, NULL), 0);

	r = report_session(st, cat, d1, &cause);
	ck_assert_msg(r != NULL, "report_session: %s", cause);
	ck_assert_uint_eq(r->nlessons, 2);
	ck_assert_str_eq(r->lessons[0].text, "Vraag door");
	ck_assert_uint_eq(r->lessons[0].nfrom, 1);
	ck_assert_str_eq(r->lessons[0].from[0], "Anna: Hoe houd ik regie?");
	ck_assert_str_eq(r->lessons[1].text, "Samen sterker");
	ck_assert_uint_eq(r->lessons[1].nfrom, 2);
	ck_assert_str_eq(r->lessons[1].from[1], "Bert: Wie trekt de kar?");
	ck_assert_uint_eq(r->questions->n, 1);
	ck_assert_uint_eq(r->nattendees, 0);	/* a vraagsteller is not marked present */
	report_free(r);

	r = report_group(st, cat, g, &cause);
	ck_assert_msg(r != NULL, "report_group: %s", cause);
	ck_assert_ptr_null(r->session);
	ck_assert_str_eq(r->group->name, "Noord");
	ck_assert_uint_eq(r->group->nmembers, 2);
	ck_assert_uint_eq(r->group->ndays, 2);
	ck_assert_str_eq(r->group->days[1].title, "Tweede dag");
	ck_assert_uint_eq(r->group->days[1].questions->n, 1);
	ck_assert_uint_eq(r->group->nthemes, 2);
	ck_assert_str_eq(r->group->themes[0].name, "Mandaat");
	ck_assert_int_eq(r->group->themes[0].count, 2);
	ck_assert_uint_eq(r->nlessons, 3);
	ck_assert_uint_eq(r->ncoalitions, 0);
	cause = report_title(r);
	ck_assert_str_eq(cause, "Intervisiegroep: Noord");
	free(cause);
	cause = NULL;
	report_free(r);

	ck_assert_ptr_null(report_group(st, cat, 999, &cause));
	assert_cause(cause, "geen intervisiegroep met nummer 999");
	/* The linked analysis is private, and stays out of both. */
	assert_not_in_summary(report_session(st, cat, d1, NULL), "geheim antwoord");
	assert_not_in_summary(report_group(st, cat, g, NULL), "geheim antwoord");
}
END_TEST

int
main(void)
{
	Suite *s = suite_create("intervisie");
	TCase *tc = tcase_create("intervisie");

	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_participants);
	tcase_add_test(tc, test_create_checks);
	tcase_add_test(tc, test_private_until_shared);
	tcase_add_test(tc, test_share_and_unshare);
	tcase_add_test(tc, test_history);
	tcase_add_test(tc, test_compare);
	tcase_add_test(tc, test_groups);
	tcase_add_test(tc, test_intervisie_day);
	tcase_add_test(tc, test_link_analysis);
	tcase_add_test(tc, test_themes);
	tcase_add_test(tc, test_lessons);
	tcase_add_test(tc, test_cascades);
	tcase_add_test(tc, test_invalid_utf8);
	tcase_add_test(tc, test_attendance_and_coalitions);
	tcase_add_test(tc, test_people_on_purpose);
	tcase_add_test(tc, test_membership);
	tcase_add_test(tc, test_share_preview);
	tcase_add_test(tc, test_summaries);
	suite_add_tcase(s, tc);
	return test_run(s);
}
