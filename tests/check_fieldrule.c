/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * check_fieldrule.c: the same rule wherever two writers meet
 * (fieldrule.h): the pure per-field decision, and the saves of players,
 * notes, collaborations, a dilemma's rationale and place and the
 * typology when two terminals (Anna and Piet) both started from the same
 * record: one side's change wins, both sides' changes keep the later and
 * put the other in the history, an identical change keeps nothing, a
 * record deleted elsewhere comes back as a new one and says so, and any
 * earlier value can be restored.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vitaal/catalogue.h"
#include "vitaal/coalition.h"
#include "vitaal/collaboration.h"
#include "vitaal/dilemma.h"
#include "vitaal/dump.h"
#include "vitaal/fieldrule.h"
#include "vitaal/note.h"
#include "vitaal/player.h"
#include "vitaal/store.h"
#include "vitaal/typology.h"
#include "vitaal/util.h"
#include "testlib.h"

static struct store *st;
static int64_t cid;

static void
setup(void)
{
	st = test_store_new();
	cid = coalition_create(st, "Samen schrijven", NULL);
	ck_assert_int_gt(cid, 0);
}

static void
teardown(void)
{
	store_close(st);
}

START_TEST(test_decide)
{
	/* one side only */
	ck_assert_int_eq(field_decide("a", "a", "a"), FIELD_SAME);
	ck_assert_int_eq(field_decide("a", "a", "m"), FIELD_OURS);
	ck_assert_int_eq(field_decide("a", "t", "a"), FIELD_THEIRS);
	/* both sides */
	ck_assert_int_eq(field_decide("a", "t", "m"), FIELD_BOTH);
	ck_assert_int_eq(field_decide("a", "x", "x"), FIELD_AGREED);
	/* NULL ("not known") is a value of its own */
	ck_assert_int_eq(field_decide(NULL, NULL, NULL), FIELD_SAME);
	ck_assert_int_eq(field_decide(NULL, NULL, "1"), FIELD_OURS);
	ck_assert_int_eq(field_decide("1", NULL, "1"), FIELD_THEIRS);
	ck_assert_int_eq(field_decide("1", NULL, "0"), FIELD_BOTH);
	ck_assert_int_eq(field_decide("1", NULL, NULL), FIELD_AGREED);
	ck_assert_int_eq(field_decide("", NULL, ""), FIELD_THEIRS);
}
END_TEST

/* The player as stored now (caller clears). */
static struct player
stored_player(int64_t id)
{
	struct player_list *l = store_player_list(st, cid);
	struct player p;
	size_t i;

	memset(&p, 0, sizeof p);
	for (i = 0; i < l->n; i++)
		if (l->v[i].id == id) {
			p = l->v[i];
			memset(&l->v[i], 0, sizeof l->v[i]);
		}
	player_list_free(l);
	return p;
}

static size_t
rows(const char *kind, int64_t id, const char *field)
{
	struct field_history *h = store_field_history(st, kind, id, field);
	size_t n;

	ck_assert_ptr_nonnull(h);
	n = h->n;
	field_history_free(h);
	return n;
}

START_TEST(test_player_different_fields)
{
	int64_t id = player_add(st, cid, "GGD", NULL);
	struct player base = stored_player(id), anna, piet, now;
	struct field_report rep;
	char *cause = NULL;

	/* Anna raises the power, Piet (from the same base) writes notes. */
	anna = base;
	anna.power = 4;
	ck_assert_int_eq(player_save_over(st, &base, &anna, "Anna", &rep, &cause), 0);
	ck_assert_uint_eq(rep.nclashes, 0);
	field_report_clear(&rep);
	piet = base;
	piet.notes = (char *)(uintptr_t)"Bellen na de zomer";
	ck_assert_int_eq(player_save_over(st, &base, &piet, "Piet", &rep, &cause), 0);
	ck_assert_uint_eq(rep.nclashes, 0);
	ck_assert_uint_eq(rep.theirs, 1);
	ck_assert_int_eq(rep.gone, 0);
	ck_assert_ptr_null(field_report_message(&rep, FIELD_PLAYER, "g"));
	field_report_clear(&rep);
	now = stored_player(id);
	ck_assert_int_eq(now.power, 4);
	ck_assert_str_eq(now.notes, "Bellen na de zomer");
	/* each write is in the history, with who wrote it */
	ck_assert_uint_eq(rows("speler", id, "power"), 2);	/* eerder 0, then 4 */
	ck_assert_uint_eq(rows("speler", id, "notes"), 2);
	ck_assert_uint_eq(rows("speler", id, "interest"), 0);
	player_clear(&now);
	player_clear(&base);
}
END_TEST

START_TEST(test_player_same_field)
{
	int64_t id = player_add(st, cid, "Buurtkerk", NULL);
	struct player base = stored_player(id), anna, piet, now;
	struct field_history *h;
	struct field_report rep;
	char *cause = NULL, *msg;

	anna = base;
	anna.notes = (char *)(uintptr_t)"Anna: gaat over geld";
	ck_assert_int_eq(player_save_over(st, &base, &anna, "Anna", &rep, &cause), 0);
	field_report_clear(&rep);
	piet = base;
	piet.notes = (char *)(uintptr_t)"Piet: gaat over ruimte";
	ck_assert_int_eq(player_save_over(st, &base, &piet, "Piet", &rep, &cause), 0);
	ck_assert_uint_eq(rep.nclashes, 1);
	ck_assert_str_eq(rep.clashes[0].field, "notes");
	ck_assert_str_eq(rep.clashes[0].author, "Anna");
	ck_assert_int_eq(strlen(rep.clashes[0].saved_at), 20);
	msg = field_report_message(&rep, FIELD_PLAYER, "g");
	ck_assert_ptr_nonnull(msg);
	ck_assert_msg(strstr(msg, "Anna wijzigde ook ‘notities’ (") != NULL, "%s", msg);
	ck_assert_msg(strstr(msg, "uw versie staat, die van Anna in de geschiedenis (g).") != NULL,
	    "%s", msg);
	free(msg);
	field_report_clear(&rep);
	/* the later wins; the other is in the history, with who and when */
	now = stored_player(id);
	ck_assert_str_eq(now.notes, "Piet: gaat over ruimte");
	player_clear(&now);
	h = field_history_get(st, FIELD_PLAYER, id, "notes", NULL);
	ck_assert_ptr_nonnull(h);
	ck_assert_uint_eq(h->n, 3);
	ck_assert_str_eq(h->v[0].value, "");
	ck_assert_str_eq(h->v[0].reason, "eerder");
	ck_assert_str_eq(h->v[1].value, "Anna: gaat over geld");
	ck_assert_str_eq(h->v[1].author, "Anna");
	ck_assert_str_eq(h->v[2].value, "Piet: gaat over ruimte");
	ck_assert_str_eq(h->v[2].author, "Piet");
	ck_assert_str_eq(h->v[2].reason, "tegelijk");
	/* Anna's version restored: a change of its own, recorded */
	ck_assert_int_eq(field_restore(st, NULL, h->v[1].id, "Anna", &cause), 0);
	field_history_free(h);
	now = stored_player(id);
	ck_assert_str_eq(now.notes, "Anna: gaat over geld");
	player_clear(&now);
	h = field_history_get(st, FIELD_PLAYER, id, "notes", NULL);
	ck_assert_uint_eq(h->n, 4);
	ck_assert_str_eq(h->v[3].reason, "teruggezet");
	ck_assert_str_eq(h->v[3].author, "Anna");
	ck_assert_str_eq(h->v[2].value, "Piet: gaat over ruimte");	/* Piet's kept */
	field_history_free(h);
	player_clear(&base);
}
END_TEST

START_TEST(test_player_identical_change)
{
	int64_t id = player_add(st, cid, "Gemeente", NULL);
	struct player base = stored_player(id), mine;
	struct field_report rep;

	mine = base;
	mine.power = 3;
	ck_assert_int_eq(player_save_over(st, &base, &mine, "Anna", &rep, NULL), 0);
	field_report_clear(&rep);
	ck_assert_uint_eq(rows("speler", id, "power"), 2);
	ck_assert_int_eq(player_save_over(st, &base, &mine, "Piet", &rep, NULL), 0);
	ck_assert_uint_eq(rep.nclashes, 0);
	ck_assert_ptr_null(field_report_message(&rep, FIELD_PLAYER, "g"));
	field_report_clear(&rep);
	ck_assert_uint_eq(rows("speler", id, "power"), 2);	/* no entry for the same change */
	player_clear(&base);
}
END_TEST

START_TEST(test_player_deleted_elsewhere)
{
	int64_t id = player_add(st, cid, "Corporatie", NULL);
	struct player base = stored_player(id), mine, now;
	struct player_list *l;
	struct field_report rep;
	char *msg;

	ck_assert_int_eq(player_remove(st, id, NULL), 0);	/* Anna deletes it */
	mine = base;
	mine.interest = 5;
	mine.notes = (char *)(uintptr_t)"Piets aantekening";
	ck_assert_int_eq(player_save_over(st, &base, &mine, "Piet", &rep, NULL), 0);
	ck_assert_int_eq(rep.gone, 1);
	msg = field_report_message(&rep, FIELD_PLAYER, "g");
	ck_assert_msg(strstr(msg, "verwijderd; uw versie is als nieuwe speler bewaard") != NULL,
	    "%s", msg);
	free(msg);
	now = stored_player(rep.id);
	ck_assert_str_eq(now.name, "Corporatie");
	ck_assert_int_eq(now.interest, 5);
	ck_assert_str_eq(now.notes, "Piets aantekening");
	player_clear(&now);
	l = store_player_list(st, cid);
	ck_assert_uint_eq(l->n, 1);
	player_list_free(l);
	field_report_clear(&rep);
	player_clear(&base);
}
END_TEST

/* Values written before the history existed (or by a path without one)
 * are kept before they are overwritten; a field's history is bounded. */
START_TEST(test_history_kept_and_bounded)
{
	int64_t id = player_add(st, cid, "Provincie", NULL);
	struct player base = stored_player(id), mine;
	struct field_history *h;
	struct field_report rep;
	char buf[16];
	int i;

	mine = base;
	mine.organisation = (char *)(uintptr_t)"oud, zonder geschiedenis";
	ck_assert_int_eq(player_save(st, &mine, NULL), 0);
	mine.organisation = (char *)(uintptr_t)"nieuw";
	ck_assert_int_eq(player_save_over(st, &base, &mine, "Anna", &rep, NULL), 0);
	ck_assert_uint_eq(rep.nclashes, 1);	/* the old path counts as the other side */
	ck_assert_str_eq(rep.clashes[0].author, "");
	field_report_clear(&rep);
	h = store_field_history(st, "speler", id, "organisation");
	ck_assert_uint_eq(h->n, 2);
	ck_assert_str_eq(h->v[0].value, "oud, zonder geschiedenis");
	ck_assert_str_eq(h->v[0].reason, "eerder");
	field_history_free(h);
	player_clear(&base);
	for (i = 0; i < STORE_FIELD_KEEP + 10; i++) {
		base = stored_player(id);
		mine = base;
		snprintf(buf, sizeof buf, "versie %d", i);
		mine.representative = buf;
		ck_assert_int_eq(player_save_over(st, &base, &mine, "Anna", &rep, NULL), 0);
		field_report_clear(&rep);
		player_clear(&base);
	}
	h = store_field_history(st, "speler", id, "representative");
	ck_assert_uint_eq(h->n, STORE_FIELD_KEEP);
	ck_assert_str_eq(h->v[h->n - 1].value, "versie 59");
	field_history_free(h);
}
END_TEST

START_TEST(test_bijdrage_per_item)
{
	int64_t id = player_add(st, cid, "Fonds", NULL);
	struct player base = stored_player(id), anna, piet, now;
	struct field_report rep;

	anna = base;
	anna.bijdrage = (char *)(uintptr_t)"geld";
	ck_assert_int_eq(player_save_over(st, &base, &anna, "Anna", &rep, NULL), 0);
	field_report_clear(&rep);
	piet = base;
	piet.bijdrage = (char *)(uintptr_t)"netwerk";
	ck_assert_int_eq(player_save_over(st, &base, &piet, "Piet", &rep, NULL), 0);
	ck_assert_uint_eq(rep.nclashes, 0);
	field_report_clear(&rep);
	now = stored_player(id);
	ck_assert_str_eq(now.bijdrage, "geld,netwerk");
	player_clear(&now);
	player_clear(&base);
}
END_TEST

START_TEST(test_note)
{
	struct note_list *l;
	struct field_report rep;
	int64_t id, id2;
	char *msg;

	id = note_save_over(st, cid, 0, "", "Begin", 0, "Anna", &rep, NULL);
	ck_assert_int_gt(id, 0);
	field_report_clear(&rep);
	ck_assert_uint_eq(rows("notitie", id, "text"), 1);
	/* both change it: the later wins, the other is in the history */
	ck_assert_int_eq(note_save_over(st, cid, id, "Begin", "Begin, Anna", 0, "Anna", &rep,
	    NULL), id);
	field_report_clear(&rep);
	ck_assert_int_eq(note_save_over(st, cid, id, "Begin", "Begin, Piet", 0, "Piet", &rep,
	    NULL), id);
	ck_assert_uint_eq(rep.nclashes, 1);
	field_report_clear(&rep);
	/* Piet empties it while Anna changed it: not deleted */
	ck_assert_int_eq(note_save_over(st, cid, id, "Begin, Piet", "Anna weer", 0, "Anna", &rep,
	    NULL), id);
	field_report_clear(&rep);
	ck_assert_int_eq(note_save_over(st, cid, id, "Begin, Piet", "", 0, "Piet", &rep, NULL),
	    id);
	ck_assert_int_eq(rep.undeleted, 1);
	msg = field_report_message(&rep, FIELD_NOTE, "g");
	ck_assert_msg(strstr(msg, "Anna wijzigde deze notitie intussen") != NULL, "%s", msg);
	free(msg);
	field_report_clear(&rep);
	l = store_note_list(st, cid);
	ck_assert_uint_eq(l->n, 1);
	ck_assert_str_eq(l->v[0].text, "Anna weer");
	note_list_free(l);
	/* emptied from the text stored: deleted; then saved from the other
	 * terminal: back as a new note */
	ck_assert_int_eq(note_save_over(st, cid, id, "Anna weer", "", 0, "Anna", &rep, NULL), 0);
	field_report_clear(&rep);
	id2 = note_save_over(st, cid, id, "Anna weer", "Piet typte door", 0, "Piet", &rep, NULL);
	ck_assert_int_gt(id2, 0);
	ck_assert_int_eq(rep.gone, 1);
	field_report_clear(&rep);
}
END_TEST

START_TEST(test_collaboration_dilemma_typology)
{
	struct catalogue *cat = catalogue_load(st);
	struct collaboration_list *cl;
	struct collaboration cb, cm;
	struct dilemma_list *dl;
	struct typology tb, tm, tnow;
	struct field_report rep;
	int64_t id, did;

	/* a collaboration: stance here, description there */
	id = collaboration_add(st, cid, "Wijkteams", NULL);
	cl = store_collaboration_list(st, cid);
	cb = cl->v[0];
	cm = cb;
	cm.description = (char *)(uintptr_t)"Vier wijkteams";
	ck_assert_int_eq(collaboration_save_over(st, &cb, &cm, "Anna", &rep, NULL), 0);
	field_report_clear(&rep);
	cm = cb;
	cm.stance = (char *)(uintptr_t)"samenwerken";
	ck_assert_int_eq(collaboration_save_over(st, &cb, &cm, "Piet", &rep, NULL), 0);
	ck_assert_uint_eq(rep.nclashes, 0);
	field_report_clear(&rep);
	collaboration_list_free(cl);
	cl = store_collaboration_list(st, cid);
	ck_assert_int_eq(cl->v[0].id, id);
	ck_assert_str_eq(cl->v[0].description, "Vier wijkteams");
	ck_assert_str_eq(cl->v[0].stance, "samenwerken");
	collaboration_list_free(cl);

	/* a dilemma: both write the rationale, one moves the team */
	did = dilemma_add_own(st, cid, "pool", "Snel of zorgvuldig", "snel", "zorgvuldig", NULL,
	    NULL);
	ck_assert_int_gt(did, 0);
	dl = dilemma_list(st, cid, NULL);
	ck_assert_int_eq(dilemma_save_over(st, &dl->v[0], "Anna's afweging", 0, "Anna", &rep,
	    NULL), 0);
	field_report_clear(&rep);
	ck_assert_int_eq(dilemma_save_over(st, &dl->v[0], "Piets afweging", 5, "Piet", &rep,
	    NULL), 0);
	ck_assert_uint_eq(rep.nclashes, 1);
	ck_assert_str_eq(rep.clashes[0].field, "rationale");
	field_report_clear(&rep);
	dilemma_list_free(dl);
	dl = dilemma_list(st, cid, NULL);
	ck_assert_str_eq(dl->v[0].rationale, "Piets afweging");
	ck_assert_int_eq(dl->v[0].team_position, 5);
	dilemma_list_free(dl);
	ck_assert_uint_eq(rows("dilemma", did, "rationale"), 3);

	/* the typology: factor 2 here, factor 5 there, both the opgave */
	ck_assert_int_eq(store_typology_get(st, cid, &tb), 0);
	tm = tb;
	tm.factors[1] = 3;
	tm.opgave_score = 2;
	ck_assert_int_eq(typology_save_over(st, cat, cid, &tb, &tm, "Anna", &rep, NULL), 0);
	field_report_clear(&rep);
	tm = tb;
	tm.factors[4] = 1;
	tm.opgave_score = 4;
	ck_assert_int_eq(typology_save_over(st, cat, cid, &tb, &tm, "Piet", &rep, NULL), 0);
	ck_assert_uint_eq(rep.nclashes, 1);
	ck_assert_str_eq(rep.clashes[0].field, "opgave_score");
	field_report_clear(&rep);
	ck_assert_int_eq(store_typology_get(st, cid, &tnow), 0);
	ck_assert_int_eq(tnow.factors[1], 3);
	ck_assert_int_eq(tnow.factors[4], 1);
	ck_assert_int_eq(tnow.opgave_score, 4);
	typology_clear(&tnow);
	typology_clear(&tb);
	catalogue_free(cat);
}
END_TEST

/* Set column name of row r of table in d to an integer or a text. */
static void
set_col(struct dump *d, const char *table, size_t r, const char *name, int64_t i,
    const char *text)
{
	int ti = dump_table_find(table);
	const struct dump_table *t = &dump_tables[ti];
	size_t c;

	for (c = 0; c < t->ncols; c++)
		if (strcmp(t->cols[c].name, name) == 0) {
			struct dump_value *v = &d->t[ti].v[r * t->ncols + c];

			v->null = 0;
			if (text != NULL) {
				free(v->s);
				v->s = xstrdup(text);
			} else
				v->i = i;
			return;
		}
	ck_abort_msg("geen kolom %s.%s", table, name);
}

static void
import(struct dump *d, struct field_import_count *fc)
{
	struct dump_merge_count *counts = xcalloc(dump_ntables, sizeof *counts);
	struct dump_matches m = { NULL, 0 };
	size_t bt, br;
	char *cause = NULL;

	ck_assert_int_eq(store_begin(st), 0);
	ck_assert_int_eq(store_dump_import_matched(st, d, "uit collega.json", counts, &bt, &br,
	    &m), 0);
	ck_assert_msg(field_import(st, NULL, d, m.v, m.n, "collega.json", fc, &cause) == 0, "%s",
	    cause);
	ck_assert_int_eq(store_commit(st), 0);
	ck_assert_uint_eq(counts[dump_table_find("player")].added, 0);
	free(m.v);
	free(counts);
}

/* A colleague's werkboek with the same player: changed there only,
 * taken; changed on both sides, the later wins and the other is in the
 * history; the file's old value of a field we changed since stays ours. */
START_TEST(test_import_same_rule)
{
	int64_t id = player_add(st, cid, "Huurdersvereniging", NULL);
	struct player base = stored_player(id), mine, now;
	struct field_import_count fc;
	struct field_history *h;
	struct field_report rep;
	struct dump *d;

	/* the colleague's copy: exported before anything changed here */
	d = store_dump_read(st, 0, 0);
	ck_assert_ptr_nonnull(d);
	/* here: notes and power (later than the file, see below) */
	mine = base;
	mine.notes = (char *)(uintptr_t)"onze notitie";
	mine.power = 2;
	ck_assert_int_eq(player_save_over(st, &base, &mine, "Anna", &rep, NULL), 0);
	field_report_clear(&rep);
	/* there, long ago: the notes and the interest; power as it was */
	set_col(d, "player", 0, "notes", 0, "hun notitie");
	set_col(d, "player", 0, "interest", 4, NULL);
	set_col(d, "player", 0, "updated", 0, "2020-01-01T00:00:00Z");
	import(d, &fc);
	now = stored_player(id);
	ck_assert_int_eq(now.interest, 4);		/* there only: taken */
	ck_assert_str_eq(now.notes, "onze notitie");	/* both: ours is the later */
	ck_assert_int_eq(now.power, 2);		/* the file has our old value */
	player_clear(&now);
	ck_assert_uint_eq(fc.taken, 1);
	ck_assert_uint_eq(fc.kept, 2);
	h = store_field_history(st, "speler", id, "notes");
	ck_assert_uint_ge(h->n, 3);
	ck_assert_str_eq(h->v[h->n - 2].value, "hun notitie");
	ck_assert_str_eq(h->v[h->n - 2].reason, "import");
	ck_assert_str_eq(h->v[h->n - 2].author, "collega.json");
	ck_assert_str_eq(h->v[h->n - 1].value, "onze notitie");	/* still the current */
	field_history_free(h);

	/* the same file, now changed later than ours: theirs wins, ours kept */
	set_col(d, "player", 0, "notes", 0, "hun nieuwere notitie");
	set_col(d, "player", 0, "updated", 0, "2999-01-01T00:00:00Z");
	import(d, &fc);
	now = stored_player(id);
	ck_assert_str_eq(now.notes, "hun nieuwere notitie");
	player_clear(&now);
	h = store_field_history(st, "speler", id, "notes");
	ck_assert_str_eq(h->v[h->n - 1].value, "hun nieuwere notitie");
	ck_assert_str_eq(h->v[h->n - 1].reason, "import");
	ck_assert_str_eq(h->v[h->n - 2].value, "onze notitie");
	field_history_free(h);
	dump_free(d);
	player_clear(&base);
}
END_TEST

/* Blank column name of row r of table in d (a file of version 1). */
static void
set_null(struct dump *d, const char *table, size_t r, const char *name)
{
	int ti = dump_table_find(table);
	const struct dump_table *t = &dump_tables[ti];
	size_t c;

	for (c = 0; c < t->ncols; c++)
		if (strcmp(t->cols[c].name, name) == 0) {
			struct dump_value *v = &d->t[ti].v[r * t->ncols + c];

			free(v->s);
			v->s = NULL;
			v->null = 1;
			return;
		}
	ck_abort_msg("geen kolom %s.%s", table, name);
}

/* A colleague renamed the coalition and moved it a phase on: recognised
 * by its uuid, it is renamed here (not added), our name stays in the
 * history; importing the same file again changes nothing. */
START_TEST(test_import_rename_by_uuid)
{
	struct coalition *c;
	struct field_history *h;
	struct field_import_count fc;
	struct dump *d;

	player_add(st, cid, "Huurdersvereniging", NULL);
	d = store_dump_read(st, 0, 0);
	ck_assert_ptr_nonnull(d);
	ck_assert_uint_eq(d->t[dump_table_find("coalition")].n, 1);
	set_col(d, "coalition", 0, "name", 0, "Samen verder schrijven");
	set_col(d, "coalition", 0, "phase", 2, NULL);
	set_col(d, "coalition", 0, "updated", 0, "2999-01-01T00:00:00Z");
	import(d, &fc);
	ck_assert_uint_eq(fc.taken, 2);
	ck_assert_int_eq(store_count(st, "coalition"), 1);
	c = store_coalition_get(st, cid);
	ck_assert_str_eq(c->name, "Samen verder schrijven");
	ck_assert_int_eq(c->phase, 2);
	coalition_free(c);
	h = store_field_history(st, "coalitie", cid, "name");
	ck_assert_uint_ge(h->n, 2);
	ck_assert_str_eq(h->v[0].value, "Samen schrijven");
	ck_assert_str_eq(h->v[h->n - 1].value, "Samen verder schrijven");
	field_history_free(h);
	import(d, &fc);
	ck_assert_uint_eq(fc.taken + fc.kept, 0);
	ck_assert_int_eq(store_count(st, "coalition"), 1);
	dump_free(d);
}
END_TEST

/* A file of version 1 has no uuids: its rows are still recognised by
 * their names, and a renamed coalition there comes in as another one
 * (what version 2 is for). */
START_TEST(test_import_version1_by_name)
{
	struct dump_merge_count *counts;
	struct field_import_count fc;
	struct dump *d;
	size_t bt, br;

	player_add(st, cid, "Huurdersvereniging", NULL);
	d = store_dump_read(st, 0, 0);
	set_null(d, "coalition", 0, "uuid");
	set_null(d, "player", 0, "uuid");
	import(d, &fc);
	ck_assert_int_eq(store_count(st, "coalition"), 1);
	ck_assert_int_eq(store_count(st, "player"), 1);
	set_col(d, "coalition", 0, "name", 0, "Een andere naam");
	counts = xcalloc(dump_ntables, sizeof *counts);
	ck_assert_int_eq(store_dump_import(st, d, "uit collega.json", counts, &bt, &br), 0);
	ck_assert_uint_eq(counts[dump_table_find("coalition")].added, 1);
	ck_assert_int_eq(store_count(st, "coalition"), 2);
	free(counts);
	dump_free(d);
}
END_TEST

/* Every record gets a uuid of its own when it is made (015_uuid.sql). */
START_TEST(test_uuid_on_insert)
{
	struct dump *d;
	int ti = dump_table_find("coalition");
	const struct dump_table *t = &dump_tables[ti];
	const struct dump_value *a, *b;

	ck_assert_int_gt(coalition_create(st, "Tweede", NULL), 0);
	d = store_dump_read(st, 0, 0);
	ck_assert_str_eq(t->cols[t->ncols - 1].name, "uuid");
	a = &d->t[ti].v[t->ncols - 1];
	b = &d->t[ti].v[2 * t->ncols - 1];
	ck_assert(!a->null && !b->null);
	ck_assert_uint_eq(strlen(a->s), 36);
	ck_assert_int_eq(a->s[14], '4');
	ck_assert_str_ne(a->s, b->s);
	dump_free(d);
}
END_TEST

int
main(void)
{
	Suite *s = suite_create("fieldrule");
	TCase *tc = tcase_create("fieldrule");

	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_decide);
	tcase_add_test(tc, test_player_different_fields);
	tcase_add_test(tc, test_player_same_field);
	tcase_add_test(tc, test_player_identical_change);
	tcase_add_test(tc, test_player_deleted_elsewhere);
	tcase_add_test(tc, test_history_kept_and_bounded);
	tcase_add_test(tc, test_bijdrage_per_item);
	tcase_add_test(tc, test_note);
	tcase_add_test(tc, test_collaboration_dilemma_typology);
	tcase_add_test(tc, test_import_same_rule);
	tcase_add_test(tc, test_import_rename_by_uuid);
	tcase_add_test(tc, test_import_version1_by_name);
	tcase_add_test(tc, test_uuid_on_insert);
	suite_add_tcase(s, tc);
	return test_run(s);
}
