/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * check_dilemma.c: the dilemma boxes: spread and tally (pure), copying a
 * box from the catalogue, own boxes of each form and their checks, a round
 * of places, pro/contra arguments, texts, team place and likelihood, and
 * deleting a box with everything on it; rounds (one place per person per
 * round, moved while open, refused once closed, anonymous rounds keep no
 * person) and the comparison of two rounds.
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "vitaal/catalogue.h"
#include "vitaal/coalition.h"
#include "vitaal/dilemma.h"
#include "vitaal/intervisie.h"
#include "vitaal/projection.h"
#include "vitaal/store.h"
#include "vitaal/util.h"
#include "testlib.h"

static struct store *st;

static void
setup(void)
{
	st = test_store_new();
}

static void
teardown(void)
{
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

/* The spread of a box holding the n places in v (pure: no werkboek). */
static struct dilemma_spread
spread_of(const int *v, size_t n)
{
	struct dilemma_position p[8];
	struct dilemma d;
	struct dilemma_spread out;
	size_t i;

	ck_assert_uint_le(n, 8);
	memset(&d, 0, sizeof d);
	memset(p, 0, sizeof p);
	for (i = 0; i < n; i++)
		p[i].position = v[i];
	d.positions = p;
	d.npositions = n;
	dilemma_spread(&d, &out);
	return out;
}

/* A new coalition for a test; fails the test when it cannot be made. */
static int64_t
new_coalition(const char *name)
{
	int64_t id = coalition_create(st, name, NULL);

	ck_assert_int_gt(id, 0);
	return id;
}

/* The coalition's dilemmas, failing the test when they cannot be read. */
static struct dilemma_list *
list_of(int64_t coalition_id)
{
	struct dilemma_list *l;
	char *cause = NULL;

	l = dilemma_list(st, coalition_id, &cause);
	ck_assert_msg(l != NULL, "dilemma_list: %s", cause);
	return l;
}

/* The dilemma with id in l, failing the test when it is missing. */
static const struct dilemma *
find_in(const struct dilemma_list *l, int64_t id)
{
	size_t i;

	for (i = 0; i < l->n; i++) {
		if (l->v[i].id == id)
			return &l->v[i];
	}
	ck_abort_msg("dilemma %lld not in list", (long long)id);
	return NULL;
}

/* The spread of no places is all zero; one place is its own low, high
 * and median; two places give a median halfway (3.5 = 7). */
START_TEST(test_spread_small)
{
	static const int one[] = { 5 }, two[] = { 5, 2 };
	struct dilemma_spread s;

	s = spread_of(NULL, 0);
	ck_assert_int_eq(s.count, 0);
	ck_assert_int_eq(s.low, 0);
	ck_assert_int_eq(s.high, 0);
	ck_assert_int_eq(s.median2, 0);
	s = spread_of(one, 1);
	ck_assert_int_eq(s.count, 1);
	ck_assert_int_eq(s.low, 5);
	ck_assert_int_eq(s.high, 5);
	ck_assert_int_eq(s.median2, 10);
	s = spread_of(two, 2);
	ck_assert_int_eq(s.count, 2);
	ck_assert_int_eq(s.low, 2);
	ck_assert_int_eq(s.high, 5);
	ck_assert_int_eq(s.median2, 7);
}
END_TEST

/* Five places: the middle one, whatever the order entered; six places:
 * the two middle ones summed, a half point (3.5) or a whole one (5). */
START_TEST(test_spread_five_six)
{
	static const int five[] = { 7, 1, 4, 4, 2 };
	static const int six_half[] = { 7, 1, 3, 6, 4, 2 };
	static const int six_whole[] = { 5, 2, 6, 5, 2, 5 };
	struct dilemma_spread s;

	s = spread_of(five, 5);
	ck_assert_int_eq(s.count, 5);
	ck_assert_int_eq(s.low, 1);
	ck_assert_int_eq(s.high, 7);
	ck_assert_int_eq(s.median2, 8);
	s = spread_of(six_half, 6);
	ck_assert_int_eq(s.count, 6);
	ck_assert_int_eq(s.low, 1);
	ck_assert_int_eq(s.high, 7);
	ck_assert_int_eq(s.median2, 7);
	s = spread_of(six_whole, 6);
	ck_assert_int_eq(s.low, 2);
	ck_assert_int_eq(s.high, 6);
	ck_assert_int_eq(s.median2, 10);
}
END_TEST

/* The tally counts choices per option and skips a place that names no
 * option; a box without places counts zero everywhere. */
START_TEST(test_tally)
{
	struct dilemma_position p[6];
	static const int v[] = { 1, 3, 3, 0, 4, 3 };
	int counts[3] = { 9, 9, 9 };
	struct dilemma d;
	size_t i;

	memset(&d, 0, sizeof d);
	memset(p, 0, sizeof p);
	d.noptions = 3;
	dilemma_tally(&d, counts);
	ck_assert_int_eq(counts[0] + counts[1] + counts[2], 0);
	for (i = 0; i < 6; i++)
		p[i].position = v[i];
	d.positions = p;
	d.npositions = 6;
	dilemma_tally(&d, counts);
	ck_assert_int_eq(counts[0], 1);
	ck_assert_int_eq(counts[1], 0);
	ck_assert_int_eq(counts[2], 3);
}
END_TEST

/* Adding from the catalogue copies the title, the poles or the options
 * in order, and the key; the rest starts empty. Unknown keys and missing
 * coalitions are refused. */
START_TEST(test_from_catalogue)
{
	const struct cat_dilemma *pool = NULL, *keuze = NULL;
	const struct dilemma *d;
	struct dilemma_list *l;
	struct catalogue *cat;
	char *cause = NULL;
	int64_t c, pid, kid;
	size_t i, n;

	cat = catalogue_load(st);
	ck_assert_ptr_nonnull(cat);
	for (i = 0; i < cat->ndilemmas; i++) {
		if (pool == NULL && strcmp(cat->dilemmas[i].form, "pool") == 0)
			pool = &cat->dilemmas[i];
		if (keuze == NULL && strcmp(cat->dilemmas[i].form, "keuze") == 0)
			keuze = &cat->dilemmas[i];
	}
	ck_assert_ptr_nonnull(pool);
	ck_assert_ptr_nonnull(keuze);
	c = new_coalition("Uit de catalogus");
	pid = dilemma_add_from_catalogue(st, cat, c, pool->key, &cause);
	ck_assert_msg(pid > 0, "pool: %s", cause);
	kid = dilemma_add_from_catalogue(st, cat, c, keuze->key, &cause);
	ck_assert_msg(kid > 0, "keuze: %s", cause);

	l = list_of(c);
	ck_assert_uint_eq(l->n, 2);
	ck_assert_int_eq(l->v[0].id, pid);		/* in the order added */
	d = find_in(l, pid);
	ck_assert_str_eq(d->catalogue_key, pool->key);
	ck_assert_str_eq(d->form, "pool");
	ck_assert_str_eq(d->title, pool->title);
	ck_assert_str_eq(d->pole_a, pool->pole_a);
	ck_assert_str_eq(d->pole_b, pool->pole_b);
	ck_assert_str_eq(d->rationale, "");
	ck_assert_int_eq(d->team_position, 0);
	ck_assert_int_eq(d->likelihood, 0);
	ck_assert_uint_eq(d->noptions, 0);
	d = find_in(l, kid);
	ck_assert_str_eq(d->catalogue_key, keuze->key);
	ck_assert_str_eq(d->form, "keuze");
	ck_assert_str_eq(d->title, keuze->title);
	ck_assert_str_eq(d->pole_a, "");
	for (i = 0, n = 0; i < cat->ndilemma_options; i++) {
		if (strcmp(cat->dilemma_options[i].dilemma, keuze->key) != 0)
			continue;
		ck_assert_uint_lt(n, d->noptions);
		ck_assert_str_eq(d->options[n], cat->dilemma_options[i].label);
		n++;
	}
	ck_assert_uint_ge(n, 2);
	ck_assert_uint_eq(d->noptions, n);
	dilemma_list_free(l);

	ck_assert_int_eq(dilemma_add_from_catalogue(st, cat, c, "bestaat-niet", &cause), -1);
	assert_cause(cause, "niet in de catalogus");
	ck_assert_int_eq(dilemma_add_from_catalogue(st, cat, 999, pool->key, &cause), -1);
	assert_cause(cause, "coalitie niet gevonden");
	catalogue_free(cat);
}
END_TEST

/* Own boxes of each form: a pole box needs both poles, a pro/contra box
 * may leave its situations open, a choice box needs two options from its
 * '|' list (trimmed, empty ones dropped); bad forms, blank or multi-line
 * titles, duplicate and too many options are refused with a reason. */
START_TEST(test_own_forms)
{
	const struct dilemma *d;
	struct dilemma_list *l;
	char *cause = NULL;
	int64_t c, pid, cid, kid;

	c = new_coalition("Eigen dilemma's");
	pid = dilemma_add_own(st, c, "pool", "  Snel of zorgvuldig ", " Snel ", "Zorgvuldig",
	    NULL, &cause);
	ck_assert_msg(pid > 0, "pool: %s", cause);
	cid = dilemma_add_own(st, c, "procontra", "Nieuwe structuur", NULL, NULL, NULL, &cause);
	ck_assert_msg(cid > 0, "procontra: %s", cause);
	kid = dilemma_add_own(st, c, "keuze", "Wie trekt?", NULL, NULL,
	    " Gemeente | | Provincie|Rijk |", &cause);
	ck_assert_msg(kid > 0, "keuze: %s", cause);

	l = list_of(c);
	ck_assert_uint_eq(l->n, 3);
	ck_assert_int_eq(l->v[0].id, pid);
	ck_assert_int_eq(l->v[1].id, cid);
	ck_assert_int_eq(l->v[2].id, kid);
	d = find_in(l, pid);
	ck_assert_ptr_null(d->catalogue_key);
	ck_assert_str_eq(d->title, "Snel of zorgvuldig");
	ck_assert_str_eq(d->pole_a, "Snel");
	ck_assert_str_eq(d->pole_b, "Zorgvuldig");
	d = find_in(l, cid);
	ck_assert_str_eq(d->form, "procontra");
	ck_assert_str_eq(d->pole_a, "");
	d = find_in(l, kid);
	ck_assert_uint_eq(d->noptions, 3);
	ck_assert_str_eq(d->options[0], "Gemeente");
	ck_assert_str_eq(d->options[1], "Provincie");
	ck_assert_str_eq(d->options[2], "Rijk");
	dilemma_list_free(l);

	ck_assert_int_eq(dilemma_add_own(st, c, "schaal", "X", "a", "b", NULL, &cause), -1);
	assert_cause(cause, "onbekende vorm 'schaal'");
	ck_assert_int_eq(dilemma_add_own(st, c, "pool", "X", "Links", "  ", NULL, &cause), -1);
	assert_cause(cause, "twee polen");
	ck_assert_int_eq(dilemma_add_own(st, c, "pool", "X", NULL, "Rechts", NULL, &cause), -1);
	assert_cause(cause, "twee polen");
	ck_assert_int_eq(dilemma_add_own(st, c, "pool", "   ", "a", "b", NULL, &cause), -1);
	assert_cause(cause, "titel");
	ck_assert_int_eq(dilemma_add_own(st, c, "pool", "twee\nregels", "a", "b", NULL, &cause),
	    -1);
	assert_cause(cause, "één regel");
	ck_assert_int_eq(dilemma_add_own(st, c, "keuze", "X", NULL, NULL, "alleen | ", &cause),
	    -1);
	assert_cause(cause, "minstens twee opties");
	ck_assert_int_eq(dilemma_add_own(st, c, "keuze", "X", NULL, NULL, NULL, &cause), -1);
	assert_cause(cause, "minstens twee opties");
	ck_assert_int_eq(dilemma_add_own(st, c, "keuze", "X", NULL, NULL, "Ja|nee|JA", &cause),
	    -1);
	assert_cause(cause, "twee keer");
	ck_assert_int_eq(dilemma_add_own(st, c, "keuze", "X", NULL, NULL, "1|2|3|4|5|6|7|8",
	    &cause), -1);
	assert_cause(cause, "hooguit 7");
	ck_assert_int_eq(dilemma_add_own(st, 999, "pool", "X", "a", "b", NULL, &cause), -1);
	assert_cause(cause, "coalitie niet gevonden");
	ck_assert_int_eq(store_count(st, "dilemma"), 3);
}
END_TEST

/* A round of five places on a pole box; the same name again, in other
 * case or with blanks around it, replaces that person's place (keeping
 * its turn in the order); a blank name is refused; unplacing removes one. */
START_TEST(test_round_of_five)
{
	static const char *const names[] = { "Anna", "Bram", "Cor", "Dirk", "Eva" };
	static const int places[] = { 2, 5, 3, 6, 4 };
	struct dilemma_spread s;
	const struct dilemma *d;
	struct dilemma_list *l;
	char *cause = NULL;
	int64_t c, id, ids[5], again;
	size_t i;

	c = new_coalition("Ronde");
	id = dilemma_add_own(st, c, "pool", "Tempo", "Snel", "Zorgvuldig", NULL, NULL);
	l = list_of(c);
	d = find_in(l, id);
	for (i = 0; i < 5; i++) {
		ids[i] = dilemma_place(st, d, names[i], places[i], 0, &cause);
		ck_assert_msg(ids[i] > 0, "%s: %s", names[i], cause);
	}
	again = dilemma_place(st, d, "  aNNA ", 7, 0, &cause);
	ck_assert_int_eq(again, ids[0]);
	ck_assert_int_eq(dilemma_place(st, d, "BRAM", 1, 0, NULL), ids[1]);
	ck_assert_int_eq(dilemma_place(st, d, " \t", 3, 0, &cause), -1);
	assert_cause(cause, "naam");
	dilemma_list_free(l);

	l = list_of(c);
	d = find_in(l, id);
	ck_assert_uint_eq(d->npositions, 5);
	ck_assert_int_eq(d->positions[0].id, ids[0]);
	ck_assert_str_eq(d->positions[0].label, "aNNA");
	ck_assert_int_eq(d->positions[0].position, 7);
	ck_assert_int_eq(d->positions[1].position, 1);
	ck_assert_str_eq(d->positions[4].label, "Eva");
	dilemma_spread(d, &s);		/* 1 3 4 6 7 */
	ck_assert_int_eq(s.count, 5);
	ck_assert_int_eq(s.low, 1);
	ck_assert_int_eq(s.high, 7);
	ck_assert_int_eq(s.median2, 8);
	dilemma_list_free(l);

	ck_assert_int_eq(dilemma_unplace(st, ids[2], NULL), 0);
	ck_assert_int_eq(dilemma_unplace(st, ids[2], &cause), -1);
	assert_cause(cause, "niet gevonden");
	l = list_of(c);
	d = find_in(l, id);
	ck_assert_uint_eq(d->npositions, 4);
	dilemma_spread(d, &s);		/* 1 4 6 7: median 5 */
	ck_assert_int_eq(s.median2, 10);
	dilemma_list_free(l);
}
END_TEST

/* An anonymous round stores no names and never merges places; its places
 * are shown only from DILEMMA_ANON_MIN on; a silent round shows none. The
 * wall's silent flag survives the werkboek. */
START_TEST(test_anonymous_and_silent)
{
	const struct dilemma *d;
	struct dilemma_list *l;
	struct projection p = { 0 }, q;
	size_t idx[8], n;
	char *cause = NULL;
	int64_t c, id, a1, a2;

	c = new_coalition("Anoniem");
	id = dilemma_add_own(st, c, "pool", "Tempo", "Snel", "Zorgvuldig", NULL, NULL);
	l = list_of(c);
	d = find_in(l, id);
	ck_assert_int_gt(dilemma_place(st, d, "Anna", 2, 0, NULL), 0);
	a1 = dilemma_place_anonymous(st, d, 5, 0, NULL);
	a2 = dilemma_place_anonymous(st, d, 5, 0, NULL);
	ck_assert_int_gt(a1, 0);
	ck_assert_int_gt(a2, a1);	/* a second place, not the first one moved */
	ck_assert_int_eq(dilemma_place_anonymous(st, d, 8, 0, &cause), -1);
	free(cause);
	dilemma_list_free(l);

	l = list_of(c);
	d = find_in(l, id);
	ck_assert_uint_eq(d->npositions, 3);
	ck_assert_str_eq(d->positions[1].label, "");
	n = dilemma_shown(d, 0, idx);	/* two anonymous: only Anna */
	ck_assert_uint_eq(n, 1);
	ck_assert_uint_eq(idx[0], 0);
	ck_assert_uint_eq(dilemma_shown(d, 1, idx), 0);
	ck_assert_int_gt(dilemma_place_anonymous(st, d, 6, 0, NULL), 0);
	dilemma_list_free(l);

	l = list_of(c);
	d = find_in(l, id);
	n = dilemma_shown(d, 0, idx);	/* the third: all four */
	ck_assert_uint_eq(n, 4);
	ck_assert_uint_eq(idx[3], 3);
	ck_assert_uint_eq(dilemma_shown(d, 1, idx), 0);
	dilemma_list_free(l);

	p.kind = PROJECT_DILEMMA;
	p.coalition_id = c;
	p.dilemma_id = id;
	p.silent = 1;
	ck_assert_int_eq(projection_set(st, &p, NULL), 0);
	ck_assert_int_eq(projection_get(st, &q, NULL), 0);
	ck_assert_int_eq(q.silent, 1);
	ck_assert_int_eq(q.dilemma_id, id);
	p.silent = 0;
	p.timer_len = 300;
	ck_assert_int_eq(projection_set(st, &p, NULL), 0);
	ck_assert_int_eq(projection_get(st, &q, NULL), 0);
	ck_assert_int_eq(q.silent, 0);
	ck_assert_int_eq(q.timer_len, 300);
}
END_TEST

/* The clock counts up without a length, down with one; the last ten
 * seconds are marked and it stops at 00:00 when the time is up. */
START_TEST(test_clock)
{
	struct projection p = { 0 };
	char buf[16];

	p.timer_on = 1;
	p.timer_from = 1000;
	p.timer_acc = 5;
	ck_assert_int_eq(projection_clock(&p, 1070, buf, sizeof buf), CLOCK_RUNNING);
	ck_assert_str_eq(buf, "01:15");
	p.timer_len = 120;
	ck_assert_int_eq(projection_clock(&p, 1070, buf, sizeof buf), CLOCK_RUNNING);
	ck_assert_str_eq(buf, "00:45");
	ck_assert_int_eq(projection_clock(&p, 1104, buf, sizeof buf), CLOCK_RUNNING);
	ck_assert_str_eq(buf, "00:11");
	ck_assert_int_eq(projection_clock(&p, 1105, buf, sizeof buf), CLOCK_LAST);
	ck_assert_str_eq(buf, "00:10");
	ck_assert_int_eq(projection_clock(&p, 1114, buf, sizeof buf), CLOCK_LAST);
	ck_assert_str_eq(buf, "00:01");
	ck_assert_int_eq(projection_clock(&p, 1115, buf, sizeof buf), CLOCK_DONE);
	ck_assert_str_eq(buf, "00:00");
	ck_assert_int_eq(projection_clock(&p, 5000, buf, sizeof buf), CLOCK_DONE);
	ck_assert_str_eq(buf, "00:00");
	p.timer_on = 0;		/* paused at 5 s: 1:55 left whatever the time */
	ck_assert_int_eq(projection_clock(&p, 9999, buf, sizeof buf), CLOCK_RUNNING);
	ck_assert_str_eq(buf, "01:55");
}
END_TEST

/* Places and the team place must fit the form: 1..7 on a pole box, an
 * existing option on a choice box, none at all on a pro/contra box; the
 * team place 0 clears it. */
START_TEST(test_positions_out_of_range)
{
	const struct dilemma *pool, *keuze, *pc;
	struct dilemma_list *l;
	char *cause = NULL;
	int64_t c, pid, kid, cid;
	int counts[3];

	c = new_coalition("Grenzen");
	pid = dilemma_add_own(st, c, "pool", "P", "a", "b", NULL, NULL);
	kid = dilemma_add_own(st, c, "keuze", "K", NULL, NULL, "x|y|z", NULL);
	cid = dilemma_add_own(st, c, "procontra", "C", "nu", "straks", NULL, NULL);
	l = list_of(c);
	pool = find_in(l, pid);
	keuze = find_in(l, kid);
	pc = find_in(l, cid);

	ck_assert_int_eq(dilemma_place(st, pool, "Anna", 0, 0, &cause), -1);
	assert_cause(cause, "1 tot en met 7");
	ck_assert_int_eq(dilemma_place(st, pool, "Anna", 8, 0, &cause), -1);
	assert_cause(cause, "1 tot en met 7");
	ck_assert_int_gt(dilemma_place(st, pool, "Anna", 7, 0, NULL), 0);
	ck_assert_int_gt(dilemma_place(st, pool, "Bram", 1, 0, NULL), 0);
	ck_assert_int_eq(dilemma_place(st, keuze, "Anna", 0, 0, &cause), -1);
	assert_cause(cause, "1 tot en met 3");
	ck_assert_int_eq(dilemma_place(st, keuze, "Anna", 4, 0, &cause), -1);
	assert_cause(cause, "1 tot en met 3");
	ck_assert_int_gt(dilemma_place(st, keuze, "Anna", 3, 0, NULL), 0);
	ck_assert_int_gt(dilemma_place(st, keuze, "Bram", 3, 0, NULL), 0);
	ck_assert_int_gt(dilemma_place(st, keuze, "Cor", 1, 0, NULL), 0);
	ck_assert_int_eq(dilemma_place(st, pc, "Anna", 1, 0, &cause), -1);
	assert_cause(cause, "geen plaatsen");

	ck_assert_int_eq(dilemma_set_team(st, pool, 8, &cause), -1);
	assert_cause(cause, "1 tot en met 7");
	ck_assert_int_eq(dilemma_set_team(st, keuze, 4, &cause), -1);
	assert_cause(cause, "1 tot en met 3");
	ck_assert_int_eq(dilemma_set_team(st, pc, 1, &cause), -1);
	assert_cause(cause, "geen plaatsen");
	ck_assert_int_eq(dilemma_set_team(st, pool, 4, NULL), 0);
	ck_assert_int_eq(dilemma_set_team(st, keuze, 2, NULL), 0);
	dilemma_list_free(l);

	l = list_of(c);
	ck_assert_int_eq(find_in(l, pid)->team_position, 4);
	ck_assert_int_eq(find_in(l, kid)->team_position, 2);
	ck_assert_uint_eq(find_in(l, pid)->npositions, 2);
	ck_assert_uint_eq(find_in(l, cid)->npositions, 0);
	dilemma_tally(find_in(l, kid), counts);
	ck_assert_int_eq(counts[0], 1);
	ck_assert_int_eq(counts[1], 0);
	ck_assert_int_eq(counts[2], 2);
	ck_assert_int_eq(dilemma_set_team(st, find_in(l, pid), 0, NULL), 0);
	dilemma_list_free(l);
	l = list_of(c);
	ck_assert_int_eq(find_in(l, pid)->team_position, 0);
	dilemma_list_free(l);
}
END_TEST

/* Arguments land in all four cells of the pro/contra box in the order
 * given; unknown cells, empty text and a box of another form are refused;
 * an argument can be taken out again. */
START_TEST(test_arguments)
{
	static const char *const sit[] = { "huidig", "huidig", "nieuw", "nieuw" };
	static const char *const stance[] = { "voor", "tegen", "voor", "tegen" };
	const struct dilemma *d;
	struct dilemma_list *l;
	char *cause = NULL, *text;
	int64_t c, cid, pid, ids[4];
	size_t i;

	c = new_coalition("Argumenten");
	cid = dilemma_add_own(st, c, "procontra", "Structuur", "Sectoraal", "Integraal", NULL,
	    NULL);
	pid = dilemma_add_own(st, c, "pool", "P", "a", "b", NULL, NULL);
	for (i = 0; i < 4; i++) {
		text = xasprintf(" argument %zu\nmet een tweede regel ", i);
		ids[i] = dilemma_argue(st, cid, sit[i], stance[i], text, &cause);
		ck_assert_msg(ids[i] > 0, "cell %zu: %s", i, cause);
		free(text);
	}
	ck_assert_int_eq(dilemma_argue(st, cid, "later", "voor", "x", &cause), -1);
	assert_cause(cause, "huidig of nieuw");
	ck_assert_int_eq(dilemma_argue(st, cid, "nieuw", "misschien", "x", &cause), -1);
	assert_cause(cause, "voor of tegen");
	ck_assert_int_eq(dilemma_argue(st, cid, "nieuw", "voor", " \n ", &cause), -1);
	assert_cause(cause, "leeg");
	ck_assert_int_eq(dilemma_argue(st, pid, "nieuw", "voor", "x", &cause), -1);
	assert_cause(cause, "pro/contra");
	ck_assert_int_eq(dilemma_argue(st, 999, "nieuw", "voor", "x", &cause), -1);
	assert_cause(cause, "dilemma niet gevonden");

	l = list_of(c);
	d = find_in(l, cid);
	ck_assert_uint_eq(d->narguments, 4);
	for (i = 0; i < 4; i++) {
		ck_assert_int_eq(d->arguments[i].id, ids[i]);
		ck_assert_str_eq(d->arguments[i].situation, sit[i]);
		ck_assert_str_eq(d->arguments[i].stance, stance[i]);
	}
	ck_assert_str_eq(d->arguments[3].text, "argument 3\nmet een tweede regel");
	dilemma_list_free(l);

	ck_assert_int_eq(dilemma_unargue(st, ids[1], NULL), 0);
	ck_assert_int_eq(dilemma_unargue(st, ids[1], &cause), -1);
	assert_cause(cause, "niet gevonden");
	l = list_of(c);
	d = find_in(l, cid);
	ck_assert_uint_eq(d->narguments, 3);
	ck_assert_str_eq(d->arguments[1].situation, "nieuw");
	dilemma_list_free(l);
}
END_TEST

/* Every text of a box, the team place and the likelihood survive a round
 * trip through the werkboek; the title and a pole box's poles may not be
 * blank, a pro/contra box's situations may; unknown fields, likelihoods
 * outside 0..5 and missing boxes are refused. */
START_TEST(test_texts_roundtrip)
{
	const struct dilemma *d;
	struct dilemma_list *l;
	char *cause = NULL;
	int64_t c, pid, cid;

	c = new_coalition("Teksten");
	pid = dilemma_add_own(st, c, "pool", "P", "a", "b", NULL, NULL);
	cid = dilemma_add_own(st, c, "procontra", "C", "nu", "straks", NULL, NULL);
	ck_assert_int_eq(dilemma_set_text(st, pid, "title", "  Nieuwe titel ", NULL), 0);
	ck_assert_int_eq(dilemma_set_text(st, pid, "rationale", "Omdat\nhet moet.", NULL), 0);
	ck_assert_int_eq(dilemma_set_text(st, pid, "pole_a", " Links ", NULL), 0);
	ck_assert_int_eq(dilemma_set_text(st, pid, "pole_b", "Rechts — ĳs", NULL), 0);
	ck_assert_int_eq(dilemma_set_text(st, cid, "between_text", "Een middenweg.", NULL), 0);
	ck_assert_int_eq(dilemma_set_text(st, cid, "circling", "Na twee rondes besluiten.",
	    NULL), 0);
	ck_assert_int_eq(dilemma_set_text(st, cid, "pole_a", "", NULL), 0);
	ck_assert_int_eq(dilemma_set_likelihood(st, cid, 4, NULL), 0);
	ck_assert_int_eq(dilemma_set_likelihood(st, pid, 5, NULL), 0);

	ck_assert_int_eq(dilemma_set_text(st, pid, "title", " ", &cause), -1);
	assert_cause(cause, "titel");
	ck_assert_int_eq(dilemma_set_text(st, pid, "pole_b", "", &cause), -1);
	assert_cause(cause, "pool");
	ck_assert_int_eq(dilemma_set_text(st, pid, "form", "keuze", &cause), -1);
	assert_cause(cause, "onbekend veld 'form'");
	ck_assert_int_eq(dilemma_set_text(st, 999, "rationale", "x", &cause), -1);
	assert_cause(cause, "niet gevonden");
	ck_assert_int_eq(dilemma_set_text(st, 999, "pole_a", "x", &cause), -1);
	assert_cause(cause, "niet gevonden");
	ck_assert_int_eq(dilemma_set_likelihood(st, cid, 6, &cause), -1);
	assert_cause(cause, "1 tot en met 5");
	ck_assert_int_eq(dilemma_set_likelihood(st, cid, -1, &cause), -1);
	assert_cause(cause, "1 tot en met 5");
	ck_assert_int_eq(dilemma_set_likelihood(st, 999, 3, &cause), -1);
	assert_cause(cause, "niet gevonden");

	l = list_of(c);
	d = find_in(l, pid);
	ck_assert_str_eq(d->title, "Nieuwe titel");
	ck_assert_str_eq(d->rationale, "Omdat\nhet moet.");
	ck_assert_str_eq(d->pole_a, "Links");
	ck_assert_str_eq(d->pole_b, "Rechts — ĳs");
	ck_assert_int_eq(d->likelihood, 5);
	d = find_in(l, cid);
	ck_assert_str_eq(d->between_text, "Een middenweg.");
	ck_assert_str_eq(d->circling, "Na twee rondes besluiten.");
	ck_assert_str_eq(d->pole_a, "");
	ck_assert_str_eq(d->pole_b, "straks");
	ck_assert_int_eq(d->likelihood, 4);
	dilemma_list_free(l);

	ck_assert_int_eq(dilemma_set_likelihood(st, cid, 0, NULL), 0);
	l = list_of(c);
	ck_assert_int_eq(find_in(l, cid)->likelihood, 0);
	dilemma_list_free(l);
}
END_TEST

/* Removing a box takes its places, arguments and options with it (the
 * foreign keys cascade); deleting the coalition takes its boxes. */
START_TEST(test_remove_cascades)
{
	const struct dilemma *keuze;
	struct dilemma_list *l;
	char *cause = NULL;
	int64_t c, kid, cid, other, pos, arg;

	c = new_coalition("Opruimen");
	kid = dilemma_add_own(st, c, "keuze", "K", NULL, NULL, "x|y", NULL);
	cid = dilemma_add_own(st, c, "procontra", "C", "", "", NULL, NULL);
	other = dilemma_add_own(st, c, "pool", "Blijft", "a", "b", NULL, NULL);
	l = list_of(c);
	keuze = find_in(l, kid);
	pos = dilemma_place(st, keuze, "Anna", 2, 0, NULL);
	ck_assert_int_gt(pos, 0);
	ck_assert_int_gt(dilemma_place(st, find_in(l, other), "Anna", 2, 0, NULL), 0);
	dilemma_list_free(l);
	arg = dilemma_argue(st, cid, "huidig", "tegen", "Traag", NULL);
	ck_assert_int_gt(arg, 0);
	ck_assert_int_eq(store_count(st, "dilemma_position"), 2);
	ck_assert_int_eq(store_count(st, "dilemma_argument"), 1);

	ck_assert_int_eq(dilemma_remove(st, kid, NULL), 0);
	ck_assert_int_eq(dilemma_remove(st, cid, NULL), 0);
	ck_assert_int_eq(dilemma_remove(st, cid, &cause), -1);
	assert_cause(cause, "niet gevonden");
	ck_assert_int_eq(store_count(st, "dilemma"), 1);
	ck_assert_int_eq(store_count(st, "dilemma_position"), 1);
	ck_assert_int_eq(store_count(st, "dilemma_argument"), 0);
	ck_assert_int_eq(dilemma_unplace(st, pos, &cause), -1);
	assert_cause(cause, "niet gevonden");
	ck_assert_int_eq(dilemma_unargue(st, arg, &cause), -1);
	assert_cause(cause, "niet gevonden");
	l = list_of(c);
	ck_assert_uint_eq(l->n, 1);
	ck_assert_int_eq(l->v[0].id, other);
	dilemma_list_free(l);

	ck_assert_int_eq(coalition_delete(st, c, "Opruimen", NULL), 0);
	ck_assert_int_eq(store_count(st, "dilemma"), 0);
	ck_assert_int_eq(store_count(st, "dilemma_position"), 0);
}
END_TEST

/* Invalid UTF-8 is refused wherever text comes in, and nothing is stored. */
START_TEST(test_invalid_utf8)
{
	const struct dilemma *d;
	struct dilemma_list *l;
	char *cause = NULL;
	int64_t c, pid, cid;

	c = new_coalition("Tekens");
	ck_assert_int_eq(dilemma_add_own(st, c, "pool", "fout\xc3", "a", "b", NULL, &cause), -1);
	assert_cause(cause, "UTF-8");
	ck_assert_int_eq(dilemma_add_own(st, c, "pool", "P", "\xff", "b", NULL, &cause), -1);
	assert_cause(cause, "UTF-8");
	ck_assert_int_eq(dilemma_add_own(st, c, "procontra", "C", "a", "\xed\xa0\x80", NULL,
	    &cause), -1);
	assert_cause(cause, "UTF-8");
	ck_assert_int_eq(dilemma_add_own(st, c, "keuze", "K", NULL, NULL, "ja|n\xc3\x28", &cause),
	    -1);
	assert_cause(cause, "UTF-8");
	ck_assert_int_eq(store_count(st, "dilemma"), 0);

	pid = dilemma_add_own(st, c, "pool", "P", "a", "b", NULL, NULL);
	cid = dilemma_add_own(st, c, "procontra", "C", "a", "b", NULL, NULL);
	ck_assert_int_eq(dilemma_set_text(st, pid, "rationale", "\xc0\xaf", &cause), -1);
	assert_cause(cause, "UTF-8");
	ck_assert_int_eq(dilemma_argue(st, cid, "huidig", "voor", "\x80", &cause), -1);
	assert_cause(cause, "UTF-8");
	l = list_of(c);
	d = find_in(l, pid);
	ck_assert_int_eq(dilemma_place(st, d, "An\xc3", 3, 0, &cause), -1);
	assert_cause(cause, "UTF-8");
	ck_assert_uint_eq(d->npositions, 0);
	ck_assert_str_eq(d->rationale, "");
	dilemma_list_free(l);
	ck_assert_int_eq(store_count(st, "dilemma_position"), 0);
	ck_assert_int_eq(store_count(st, "dilemma_argument"), 0);
}
END_TEST

/* A new person, failing the test when it cannot be made. */
static int64_t
new_person(const char *name)
{
	int64_t id = participant_add(st, name, NULL);

	ck_assert_int_gt(id, 0);
	return id;
}

/* Open a round on dilemma id of coalition c; returns the round's id. */
static int64_t
open_round(int64_t c, int64_t id, enum dilemma_mode mode, const char *label)
{
	struct dilemma_list *l = list_of(c);
	char *cause = NULL;
	int64_t r;

	r = dilemma_round_open(st, find_in(l, id), mode, label, 0, &cause);
	ck_assert_msg(r > 0, "dilemma_round_open: %s", cause);
	dilemma_list_free(l);
	return r;
}

/* A named round: one place per person, moved (same id) while the round
 * is open; closed, nothing is added or moved; the next round keeps its
 * own places, and an anonymous round stores no person and takes none. */
START_TEST(test_rounds_one_place_per_person)
{
	const struct dilemma *d;
	struct dilemma_list *l;
	struct dilemma_round_count rc[4];
	struct dilemma view;
	char *cause = NULL;
	int64_t c, id, anna, bert, r1, r2, pa, pb, p3;

	c = new_coalition("Rondes");
	id = dilemma_add_own(st, c, "pool", "Tempo", "Snel", "Zorgvuldig", NULL, NULL);
	anna = new_person("Anna de Vries");
	bert = new_person("Bert Jansen");
	r1 = open_round(c, id, ROUND_NAMED, "voorbereid");
	l = list_of(c);
	d = find_in(l, id);
	ck_assert_uint_eq(d->nrounds, 1);
	ck_assert_int_eq(d->rounds[0].seq, 1);
	ck_assert_ptr_null(d->rounds[0].closed);
	ck_assert_ptr_eq(dilemma_round_open_now(d), &d->rounds[0]);
	pa = dilemma_round_place(st, d, r1, anna, 2, 0, &cause);
	ck_assert_msg(pa > 0, "%s", cause);
	pb = dilemma_round_place(st, d, r1, bert, 6, 0, NULL);
	ck_assert_int_gt(pb, 0);
	/* Anna moves: the same place, not a second one. */
	ck_assert_int_eq(dilemma_round_place(st, d, r1, anna, 3, 0, NULL), pa);
	ck_assert_int_eq(dilemma_round_move(st, d, pb, 5, NULL), 0);
	/* No nameless place in a named round; no 8 on a scale of 7. */
	ck_assert_int_eq(dilemma_round_place(st, d, r1, 0, 3, 0, &cause), -1);
	assert_cause(cause, "aanwezigen");
	ck_assert_int_eq(dilemma_round_place(st, d, r1, anna, 8, 0, &cause), -1);
	assert_cause(cause, "1 tot en met 7");
	ck_assert_int_eq(dilemma_round_close(st, r1, NULL), 0);
	ck_assert_int_eq(dilemma_round_place(st, d, r1, anna, 1, 0, &cause), -1);
	assert_cause(cause, "gesloten");
	ck_assert_int_eq(dilemma_round_move(st, d, pa, 1, &cause), -1);
	assert_cause(cause, "gesloten");
	dilemma_list_free(l);

	r2 = open_round(c, id, ROUND_ANONYMOUS, "na bespreking");
	l = list_of(c);
	d = find_in(l, id);
	ck_assert_int_eq(dilemma_round_place(st, d, r2, anna, 4, 0, &cause), -1);
	assert_cause(cause, "geen namen");
	p3 = dilemma_round_place(st, d, r2, 0, 4, 0, NULL);
	ck_assert_int_gt(p3, 0);
	ck_assert_int_gt(dilemma_round_place(st, d, r2, 0, 4, 0, NULL), p3);	/* a second */
	ck_assert_int_eq(dilemma_round_move(st, d, p3, 7, NULL), 0);
	dilemma_list_free(l);

	l = list_of(c);
	d = find_in(l, id);
	ck_assert_uint_eq(d->nrounds, 2);
	ck_assert_ptr_nonnull(d->rounds[0].closed);
	ck_assert_int_eq(d->rounds[1].mode, ROUND_ANONYMOUS);
	ck_assert_str_eq(d->rounds[1].label, "na bespreking");
	ck_assert_uint_eq(d->npositions, 4);
	dilemma_in_round(d, r1, &view);
	ck_assert_uint_eq(view.npositions, 2);
	ck_assert_str_eq(view.positions[0].label, "Anna de Vries");
	ck_assert_int_eq(view.positions[0].participant_id, anna);
	ck_assert_int_eq(view.positions[0].position, 3);
	ck_assert_int_eq(view.positions[1].position, 5);
	free(view.positions);
	dilemma_in_round(d, r2, &view);
	ck_assert_uint_eq(view.npositions, 2);
	ck_assert_str_eq(view.positions[0].label, "");
	ck_assert_int_eq(view.positions[0].participant_id, 0);
	free(view.positions);
	/* Each round its own counts: 2 then 2, never 4. */
	ck_assert_uint_eq(dilemma_round_counts(d, rc), 2);
	ck_assert_int_eq(rc[0].count, 2);
	ck_assert_int_eq(rc[0].counts[3], 1);
	ck_assert_int_eq(rc[0].counts[5], 1);
	ck_assert_int_eq(rc[1].count, 2);
	ck_assert_int_eq(rc[1].counts[4], 1);
	ck_assert_int_eq(rc[1].counts[7], 1);
	ck_assert_int_eq(rc[1].spread.median2, 11);
	dilemma_list_free(l);
	ck_assert_int_eq(store_count(st, "dilemma_position"), 4);
}
END_TEST

/* Opening a round closes the one still open; a silent round is hidden
 * until revealed; a pro/contra box has no rounds. */
START_TEST(test_rounds_open_close_reveal)
{
	const struct dilemma *d;
	struct dilemma_list *l;
	char *cause = NULL, *title;
	int64_t c, id, pc, r1, r2;

	c = new_coalition("Open en dicht");
	id = dilemma_add_own(st, c, "keuze", "Waar", NULL, NULL, "Stad|Wijk|Buurt", NULL);
	pc = dilemma_add_own(st, c, "procontra", "PC", "a", "b", NULL, NULL);
	r1 = open_round(c, id, ROUND_NAMED, "");
	r2 = open_round(c, id, ROUND_SILENT, "stil eerst");
	l = list_of(c);
	d = find_in(l, id);
	ck_assert_uint_eq(d->nrounds, 2);
	ck_assert_ptr_nonnull(dilemma_round_find(d, r1)->closed);
	ck_assert_ptr_eq(dilemma_round_open_now(d), dilemma_round_find(d, r2));
	ck_assert_int_eq(dilemma_round_hidden(dilemma_round_find(d, r2)), 1);
	ck_assert_int_eq(dilemma_round_hidden(dilemma_round_find(d, r1)), 0);
	title = dilemma_round_title(dilemma_round_find(d, r2));
	ck_assert_str_eq(title, "Ronde 2 · stil · stil eerst · open");
	free(title);
	ck_assert_int_eq(dilemma_round_open(st, find_in(l, pc), ROUND_NAMED, "", 0, &cause), -1);
	assert_cause(cause, "pro/contra");
	ck_assert_int_eq(dilemma_round_open(st, d, ROUND_NAMED, "twee\nregels", 0, &cause), -1);
	free(cause);
	dilemma_list_free(l);
	ck_assert_int_eq(dilemma_round_reveal(st, r2, NULL), 0);
	ck_assert_int_eq(dilemma_round_close(st, r2, NULL), 0);
	l = list_of(c);
	d = find_in(l, id);
	ck_assert_int_eq(dilemma_round_hidden(dilemma_round_find(d, r2)), 0);
	ck_assert_ptr_null(dilemma_round_open_now(d));
	dilemma_list_free(l);
	ck_assert_int_eq(dilemma_round_close(st, 9999, &cause), -1);
	assert_cause(cause, "niet gevonden");
}
END_TEST

/* How the room moved between two named rounds: counts per place, the
 * median's and the spread's shift, who moved, came, went or stayed; a
 * named round against an anonymous one gives counts, never names. */
START_TEST(test_rounds_compare)
{
	static const char *const names[] = { "Anna", "Bert", "Cor", "Dewi", "Eva" };
	static const int first[] = { 2, 3, 4, 6, 0 }, second[] = { 3, 3, 5, 0, 1 };
	const struct dilemma *d;
	struct dilemma_list *l;
	struct dilemma_compare cmp;
	int64_t c, id, who[5], r1, r2, r3;
	size_t i;

	c = new_coalition("Verschuiving");
	id = dilemma_add_own(st, c, "pool", "Tempo", "Snel", "Zorgvuldig", NULL, NULL);
	for (i = 0; i < 5; i++)
		who[i] = new_person(names[i]);
	r1 = open_round(c, id, ROUND_NAMED, "voorbereid");
	l = list_of(c);
	d = find_in(l, id);
	for (i = 0; i < 5; i++)
		if (first[i] > 0)
			ck_assert_int_gt(dilemma_round_place(st, d, r1, who[i], first[i], 0, NULL), 0);
	dilemma_list_free(l);
	r2 = open_round(c, id, ROUND_NAMED, "na bespreking");
	l = list_of(c);
	d = find_in(l, id);
	for (i = 0; i < 5; i++)
		if (second[i] > 0)
			ck_assert_int_gt(dilemma_round_place(st, d, r2, who[i], second[i], 0, NULL), 0);
	dilemma_list_free(l);
	r3 = open_round(c, id, ROUND_ANONYMOUS, "");
	l = list_of(c);
	d = find_in(l, id);
	for (i = 0; i < 3; i++)
		ck_assert_int_gt(dilemma_round_place(st, d, r3, 0, 7, 0, NULL), 0);
	dilemma_list_free(l);

	l = list_of(c);
	d = find_in(l, id);
	dilemma_compare(d, r1, r2, &cmp);
	ck_assert_int_eq(cmp.counts_a[2], 1);
	ck_assert_int_eq(cmp.counts_a[6], 1);
	ck_assert_int_eq(cmp.counts_b[3], 2);
	ck_assert_int_eq(cmp.counts_b[1], 1);
	ck_assert_int_eq(cmp.a.count, 4);
	ck_assert_int_eq(cmp.a.median2, 7);	/* 2 3 4 6: 3½ */
	ck_assert_int_eq(cmp.b.median2, 6);	/* 1 3 3 5: 3 */
	ck_assert_int_eq(cmp.median_shift2, -1);
	ck_assert_int_eq(cmp.range_a, 4);
	ck_assert_int_eq(cmp.range_b, 4);
	ck_assert_int_eq(cmp.named, 1);
	ck_assert_uint_eq(cmp.stayed, 1);	/* Bert */
	ck_assert_uint_eq(cmp.nmoves, 4);
	ck_assert_str_eq(cmp.moves[0].name, "Anna");
	ck_assert_int_eq(cmp.moves[0].from, 2);
	ck_assert_int_eq(cmp.moves[0].to, 3);
	ck_assert_str_eq(cmp.moves[1].name, "Cor");
	ck_assert_str_eq(cmp.moves[2].name, "Dewi");
	ck_assert_int_eq(cmp.moves[2].to, 0);
	ck_assert_str_eq(cmp.moves[3].name, "Eva");
	ck_assert_int_eq(cmp.moves[3].from, 0);
	ck_assert_int_eq(cmp.moves[3].to, 1);
	dilemma_compare_free(&cmp);

	dilemma_compare(d, r2, r3, &cmp);
	ck_assert_int_eq(cmp.named, 0);
	ck_assert_uint_eq(cmp.nmoves, 0);
	ck_assert_int_eq(cmp.counts_b[7], 3);
	ck_assert_int_eq(cmp.b.median2, 14);
	ck_assert_int_eq(cmp.median_shift2, 8);
	ck_assert_int_eq(cmp.range_b, 0);
	dilemma_compare_free(&cmp);
	dilemma_list_free(l);
}
END_TEST

/* The wall remembers a player map, the typology and a round comparison. */
START_TEST(test_projection_kinds)
{
	struct projection p = { 0 }, q;
	char *cause = NULL;

	p.kind = PROJECT_MAP;
	p.coalition_id = new_coalition("Muur");
	p.map_view = 2;
	ck_assert_int_eq(projection_set(st, &p, NULL), 0);
	ck_assert_int_eq(projection_get(st, &q, NULL), 0);
	ck_assert_int_eq(q.kind, PROJECT_MAP);
	ck_assert_int_eq(q.map_view, 2);
	ck_assert_int_eq(projection_same(&p, &q), 1);
	p.map_view = 3;
	ck_assert_int_eq(projection_same(&p, &q), 0);
	p.kind = PROJECT_TYPOLOGY;
	ck_assert_int_eq(projection_set(st, &p, NULL), 0);
	ck_assert_int_eq(projection_get(st, &q, NULL), 0);
	ck_assert_int_eq(q.kind, PROJECT_TYPOLOGY);
	p.kind = PROJECT_DILEMMA;
	p.dilemma_id = 5;
	p.round_id = 7;
	p.compare_id = 6;
	ck_assert_int_eq(projection_set(st, &p, NULL), 0);
	ck_assert_int_eq(projection_get(st, &q, NULL), 0);
	ck_assert_int_eq(q.round_id, 7);
	ck_assert_int_eq(q.compare_id, 6);
	p.kind = (enum projection_kind)PROJECT_NKINDS;
	ck_assert_int_eq(projection_set(st, &p, &cause), -1);
	free(cause);
}
END_TEST

int
main(void)
{
	Suite *s = suite_create("dilemma");
	TCase *tc = tcase_create("dilemma");

	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_spread_small);
	tcase_add_test(tc, test_spread_five_six);
	tcase_add_test(tc, test_tally);
	tcase_add_test(tc, test_from_catalogue);
	tcase_add_test(tc, test_own_forms);
	tcase_add_test(tc, test_round_of_five);
	tcase_add_test(tc, test_anonymous_and_silent);
	tcase_add_test(tc, test_clock);
	tcase_add_test(tc, test_positions_out_of_range);
	tcase_add_test(tc, test_arguments);
	tcase_add_test(tc, test_texts_roundtrip);
	tcase_add_test(tc, test_remove_cascades);
	tcase_add_test(tc, test_invalid_utf8);
	tcase_add_test(tc, test_rounds_one_place_per_person);
	tcase_add_test(tc, test_rounds_open_close_reveal);
	tcase_add_test(tc, test_rounds_compare);
	tcase_add_test(tc, test_projection_kinds);
	suite_add_tcase(s, tc);
	return test_run(s);
}
