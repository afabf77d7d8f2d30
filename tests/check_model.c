/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * check_model.c: the model: coalition names and their checks, create /
 * rename / archive / delete with confirmation, resolving by name or number,
 * answers with history and restore, and progress per phase, key and step.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <dirent.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "vitaal/answer.h"
#include "vitaal/merge.h"
#include "vitaal/collaboration.h"
#include "vitaal/example.h"
#include "vitaal/export.h"
#include "vitaal/report.h"
#include "vitaal/note.h"
#include "vitaal/perspective.h"
#include "vitaal/player.h"
#include "vitaal/typology.h"
#include "vitaal/rescue.h"
#include "vitaal/session.h"
#include "vitaal/vraagstuk.h"
#include "vitaal/catalogue.h"
#include "vitaal/coalition.h"
#include "vitaal/progress.h"
#include "vitaal/store.h"
#include "vitaal/utf8.h"
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

/* Expect fn's cause to contain want; frees it. */
static void
assert_cause(char *cause, const char *want)
{
	ck_assert_ptr_nonnull(cause);
	ck_assert_msg(strstr(cause, want) != NULL, "cause \"%s\" lacks \"%s\"", cause, want);
	free(cause);
}

/* Names are trimmed; blank, multi-line, overlong, control-character and
 * invalid UTF-8 names are refused with a reason. */
START_TEST(test_coalition_name_rules)
{
	char *cause = NULL, *clean, *longname;

	clean = coalition_name_clean("  Iedereen onder dak ", &cause);
	ck_assert_str_eq(clean, "Iedereen onder dak");
	free(clean);
	ck_assert_ptr_null(coalition_name_clean("   ", &cause));
	assert_cause(cause, "naam");
	ck_assert_ptr_null(coalition_name_clean("twee\nregels", &cause));
	assert_cause(cause, "één regel");
	ck_assert_ptr_null(coalition_name_clean("bel\x07", &cause));
	assert_cause(cause, "stuurtekens");
	ck_assert_ptr_null(coalition_name_clean("fout\xc3", &cause));
	assert_cause(cause, "UTF-8");
	longname = xmalloc(82);
	memset(longname, 'x', 81);
	longname[81] = '\0';
	ck_assert_ptr_null(coalition_name_clean(longname, &cause));
	assert_cause(cause, "te lang");
	longname[80] = '\0';
	clean = coalition_name_clean(longname, NULL);
	ck_assert_ptr_nonnull(clean);
	free(clean);
	free(longname);
	clean = coalition_name_clean("Zorg 😀 in de wijk — Ĳsselmonde", NULL);
	ck_assert_ptr_nonnull(clean);
	free(clean);
}
END_TEST

/* Creating lists the coalition; a second one with the same name in other
 * case is refused; the list is sorted by name and hides archived ones. */
START_TEST(test_coalition_create_list_archive)
{
	struct coalition_list *l;
	char *cause = NULL;
	int64_t a, b;

	a = coalition_create(st, "Zorg in de wijk", NULL);
	b = coalition_create(st, "Armoede de wereld uit", NULL);
	ck_assert_int_gt(a, 0);
	ck_assert_int_gt(b, a);
	ck_assert_int_eq(coalition_create(st, "ZORG IN DE WIJK", &cause), -1);
	assert_cause(cause, "al een coalitie");
	l = store_coalition_list(st, 0);
	ck_assert_uint_eq(l->n, 2);
	ck_assert_str_eq(l->v[0].name, "Armoede de wereld uit");
	ck_assert_int_eq(l->v[0].phase, 0);
	coalition_list_free(l);

	ck_assert_int_eq(coalition_archive(st, a, 1, NULL), 0);
	l = store_coalition_list(st, 0);
	ck_assert_uint_eq(l->n, 1);
	coalition_list_free(l);
	l = store_coalition_list(st, 1);
	ck_assert_uint_eq(l->n, 2);
	ck_assert_int_eq(l->v[1].archived, 1);
	coalition_list_free(l);
	ck_assert_int_eq(coalition_archive(st, a, 0, NULL), 0);
	ck_assert_int_eq(coalition_archive(st, 999, 1, &cause), -1);
	assert_cause(cause, "niet gevonden");
}
END_TEST

/* Renaming checks the new name and refuses a name already taken. */
START_TEST(test_coalition_rename)
{
	char *cause = NULL;
	struct coalition *c;
	int64_t a = coalition_create(st, "Eerste", NULL);

	coalition_create(st, "Tweede", NULL);
	ck_assert_int_eq(coalition_rename(st, a, " Nieuwe naam ", NULL), 0);
	c = store_coalition_get(st, a);
	ck_assert_str_eq(c->name, "Nieuwe naam");
	coalition_free(c);
	ck_assert_int_eq(coalition_rename(st, a, "tweede", &cause), -1);
	assert_cause(cause, "al een coalitie");
	ck_assert_int_eq(coalition_rename(st, a, "", &cause), -1);
	assert_cause(cause, "naam");
	ck_assert_int_eq(coalition_rename(st, 999, "Niemand", &cause), -1);
	assert_cause(cause, "niet gevonden");
}
END_TEST

/* Deleting needs the coalition's own name as confirmation; anything else
 * leaves the coalition and its answers in place. */
START_TEST(test_coalition_delete_needs_confirmation)
{
	char *cause = NULL;
	int64_t a = coalition_create(st, "Weg ermee", NULL);

	answer_save(st, a, "fase1.opgave.1", "tekst", 0, NULL);
	ck_assert_int_eq(coalition_delete(st, a, NULL, &cause), -1);
	assert_cause(cause, "bevestig");
	ck_assert_int_eq(coalition_delete(st, a, "Weg", &cause), -1);
	assert_cause(cause, "Weg ermee");
	ck_assert_int_eq(store_count(st, "answer"), 1);
	ck_assert_int_eq(coalition_delete(st, a, "  weg ERMEE ", NULL), 0);
	ck_assert_int_eq(store_count(st, "coalition"), 0);
	ck_assert_int_eq(store_count(st, "answer"), 0);
	ck_assert_int_eq(store_count(st, "answer_history"), 0);
	ck_assert_int_eq(coalition_delete(st, a, "Weg ermee", &cause), -1);
	assert_cause(cause, "niet gevonden");
}
END_TEST

/* A coalition is found by number or by name in any case; a name that looks
 * like a number still works. */
START_TEST(test_coalition_resolve)
{
	struct coalition *c;
	char *cause = NULL;
	int64_t a = coalition_create(st, "Onder dak", NULL);
	int64_t y = coalition_create(st, "2026", NULL);

	c = coalition_resolve(st, "onder DAK", NULL);
	ck_assert_int_eq(c->id, a);
	coalition_free(c);
	c = coalition_resolve(st, "1", NULL);
	ck_assert_int_eq(c->id, a);
	coalition_free(c);
	c = coalition_resolve(st, "2026", NULL);
	ck_assert_int_eq(c->id, y);
	coalition_free(c);
	ck_assert_ptr_null(coalition_resolve(st, "Nergens", &cause));
	assert_cause(cause, "geen coalitie 'Nergens'");
}
END_TEST

/* The phase can be set from initiatief to 4 and no further. */
START_TEST(test_coalition_phase)
{
	char *cause = NULL;
	struct coalition *c;
	int64_t a = coalition_create(st, "Fasen", NULL);

	ck_assert_int_eq(coalition_set_phase(st, a, 3, NULL), 0);
	c = store_coalition_get(st, a);
	ck_assert_int_eq(c->phase, 3);
	coalition_free(c);
	ck_assert_int_eq(coalition_set_phase(st, a, 5, &cause), -1);
	assert_cause(cause, "bestaat niet");
	ck_assert_str_eq(coalition_phase_label(0), "Initiatief");
	ck_assert_str_eq(coalition_phase_label(3), "3 Contracteren");
	ck_assert_int_eq(coalition_percent(1, 3), 33);
	ck_assert_int_eq(coalition_percent(0, 0), 0);
	ck_assert_int_eq(coalition_percent(5, 5), 100);
}
END_TEST

/* Saving keeps UTF-8 text exactly; invalid UTF-8 is refused and nothing is
 * written; unchanged and blank-first saves write no history. */
START_TEST(test_answer_save_rules)
{
	const char *text = "Eén dak voor iedereen —\nook in Ĳsselstein 😀";
	char *cause = NULL, *v;
	int64_t a = coalition_create(st, "Antwoorden", NULL);

	ck_assert_int_eq(answer_save(st, a, "fase1.opgave.1", "   ", 0, NULL), 0);
	ck_assert_int_eq(store_count(st, "answer"), 0);
	ck_assert_int_eq(answer_save(st, a, "fase1.opgave.1", text, 0, NULL), 0);
	ck_assert_int_eq(answer_save(st, a, "fase1.opgave.1", text, 0, NULL), 0);
	ck_assert_int_eq(store_count(st, "answer_history"), 1);
	v = answer_value(st, a, "fase1.opgave.1", NULL);
	ck_assert_str_eq(v, text);
	free(v);
	ck_assert_int_eq(answer_save(st, a, "fase1.opgave.1", "kapot\xff", 0, &cause), -1);
	assert_cause(cause, "UTF-8");
	v = answer_value(st, a, "fase1.opgave.1", NULL);
	ck_assert_str_eq(v, text);
	free(v);
	v = answer_value(st, a, "fase1.opgave.2", NULL);
	ck_assert_str_eq(v, "");
	free(v);
	ck_assert_int_eq(answer_save(st, 999, "fase1.opgave.1", "x", 0, &cause), -1);
	assert_cause(cause, "niet gevonden");
}
END_TEST

/* An overwritten answer can be restored from its history, and the restore
 * is itself a new history entry (nothing is lost either way). */
START_TEST(test_answer_history_restore)
{
	struct answer_history *h;
	char *cause = NULL, *v;
	int64_t a = coalition_create(st, "Herstel", NULL);

	answer_save(st, a, "stap1.1", "eerste versie", 0, NULL);
	answer_save(st, a, "stap1.1", "tweede versie", 0, NULL);
	h = store_answer_history(st, a, "stap1.1");
	ck_assert_uint_eq(h->n, 2);
	ck_assert_int_eq(answer_restore(st, h->v[0].id, 0, NULL), 0);
	answer_history_free(h);
	v = answer_value(st, a, "stap1.1", NULL);
	ck_assert_str_eq(v, "eerste versie");
	free(v);
	h = store_answer_history(st, a, "stap1.1");
	ck_assert_uint_eq(h->n, 3);
	ck_assert_str_eq(h->v[1].value, "tweede versie");
	answer_history_free(h);
	ck_assert_int_eq(answer_restore(st, 12345, 0, &cause), -1);
	assert_cause(cause, "niet gevonden");
}
END_TEST

/* Progress counts non-blank answers per phase × row, per sleutel, per step
 * and overall; self-analysis items and blank answers do not count. */
START_TEST(test_progress_compute)
{
	struct catalogue *cat = catalogue_load(st);
	struct coalition_progress p;
	struct answer_list *l;
	struct coalition *c;
	int64_t a = coalition_create(st, "Voortgang", NULL);
	int total;

	answer_save(st, a, "fase1.opgave.1", "ja", 0, NULL);
	answer_save(st, a, "fase2.partners.1", "ja", 0, NULL);
	answer_save(st, a, "stap3.1", "ja", 0, NULL);
	answer_save(st, a, "za-regisseur.1", "4", 0, NULL);
	answer_save(st, a, "fase1.afnemers.1", "iets", 0, NULL);
	answer_save(st, a, "fase1.afnemers.1", "  ", 0, NULL);	/* cleared again */
	l = store_answer_list(st, a);
	progress_compute(cat, l, &p);
	ck_assert_int_eq(p.cell[0][0].answered, 1);
	ck_assert_int_eq(p.cell[0][1].answered, 0);
	ck_assert_int_eq(p.cell[1][2].answered, 1);
	ck_assert_int_eq(p.phase[0].answered, 1);
	ck_assert_int_eq(p.key[0].answered, 1);	/* opgave row → sleutel 1 */
	ck_assert_int_eq(p.key[1].answered, 1);	/* partners row → sleutel 2 */
	ck_assert_int_eq(p.key[3].total, 0);	/* sleutel 4 has no row of its own */
	ck_assert_int_eq(p.step[2].answered, 1);
	ck_assert_int_eq(p.overall.answered, 3);
	total = store_workbook_item_count(st);
	ck_assert_int_eq(p.overall.total, total);
	ck_assert_int_eq(p.initiative.total + p.phase[0].total + p.phase[1].total +
	    p.phase[2].total + p.phase[3].total + p.step[0].total + p.step[1].total +
	    p.step[2].total + p.step[3].total + p.step[4].total, total);
	c = store_coalition_get(st, a);
	ck_assert_int_eq(c->answered, 3);	/* the store's count agrees */
	coalition_free(c);
	ck_assert_int_eq(progress_percent(p.key[3]), -1);
	ck_assert_int_eq(progress_percent((struct progress){ 1, 4 }), 25);
	answer_list_free(l);
	progress_compute(cat, NULL, &p);
	ck_assert_int_eq(p.overall.answered, 0);
	catalogue_free(cat);
}
END_TEST


/* Steps 1 and 2 iterate: both histories merge into one timeline, newest
 * first, with the latest formulation of each step marked current. */
START_TEST(test_vraagstuk_timeline)
{
	struct answer_history *ours, *shared;
	struct formulation fs[8];
	int64_t a = coalition_create(st, "Iteratie", NULL);
	size_t n;

	answer_save(st, a, VRAAGSTUK_OURS, "Daklozen slapen buiten", 0, NULL);
	answer_save(st, a, VRAAGSTUK_SHARED, "Samen: niemand slaapt buiten", 0, NULL);
	answer_save(st, a, VRAAGSTUK_OURS, "Daklozen en dreigende uitzettingen", 0, NULL);
	ours = store_answer_history(st, a, VRAAGSTUK_OURS);
	shared = store_answer_history(st, a, VRAAGSTUK_SHARED);
	n = vraagstuk_merge(ours, shared, fs);
	ck_assert_uint_eq(n, 3);
	ck_assert_str_eq(fs[0].value, "Daklozen en dreigende uitzettingen");
	ck_assert_int_eq(fs[0].step, 1);
	ck_assert_int_eq(fs[0].current, 1);
	ck_assert_str_eq(fs[1].value, "Samen: niemand slaapt buiten");
	ck_assert_int_eq(fs[1].step, 2);
	ck_assert_int_eq(fs[1].current, 1);
	ck_assert_str_eq(fs[2].value, "Daklozen slapen buiten");
	ck_assert_int_eq(fs[2].current, 0);
	ck_assert_uint_eq(vraagstuk_merge(NULL, shared, fs), 1);
	ck_assert_uint_eq(vraagstuk_merge(NULL, NULL, fs), 0);
	answer_history_free(ours);
	answer_history_free(shared);
}
END_TEST

/* The leading perspective is found by its name in any case; the other
 * three get a borging question each, the leading one none. */
START_TEST(test_perspective_choice)
{
	struct catalogue *cat = catalogue_load(st);
	const struct cat_perspective *lead, *others[4];
	char key[64];
	size_t n, i;

	lead = perspective_find(cat, "  netwerkende OVERHEID ");
	ck_assert_ptr_nonnull(lead);
	ck_assert_str_eq(lead->key, "netwerkend");
	ck_assert_ptr_null(perspective_find(cat, "Dansende overheid"));
	ck_assert_ptr_null(perspective_find(cat, NULL));
	n = perspective_others(cat, lead, others);
	ck_assert_uint_eq(n, 3);
	for (i = 0; i < n; i++) {
		ck_assert_ptr_ne(others[i], lead);
		perspective_borging_key(others[i], key, sizeof key);
		ck_assert_msg(catalogue_item(cat, key) != NULL, "no borging item %s", key);
	}
	ck_assert_uint_eq(perspective_others(cat, NULL, others), 4);
	catalogue_free(cat);
}
END_TEST

/* Stances cycle both ways through the four, and only known stances and
 * non-blank names are stored. */
START_TEST(test_collaboration_rules)
{
	struct collaboration_list *l;
	struct collaboration c;
	char *cause = NULL, stance_ok[] = "samenwerken", stance_bad[] = "vechten";
	char desc[] = "Overleg van gemeenten in de regio — één loket";
	int64_t a = coalition_create(st, "Terrein", NULL), id;
	int i;
	const char *s = "nog onbepaald";

	for (i = 0; i < COLLABORATION_NSTANCES; i++)
		s = collaboration_next_stance(s, 1);
	ck_assert_str_eq(s, "nog onbepaald");
	ck_assert_str_eq(collaboration_next_stance("nog onbepaald", -1), "afstand houden");
	ck_assert_str_eq(collaboration_next_stance("onzin", 1), "nog onbepaald");
	ck_assert_int_eq(collaboration_add(st, a, "  ", &cause), -1);
	assert_cause(cause, "naam");
	id = collaboration_add(st, a, " Regionaal opvangoverleg ", NULL);
	ck_assert_int_gt(id, 0);
	l = store_collaboration_list(st, a);
	ck_assert_uint_eq(l->n, 1);
	ck_assert_str_eq(l->v[0].name, "Regionaal opvangoverleg");
	ck_assert_str_eq(l->v[0].stance, "nog onbepaald");
	c = l->v[0];
	c.stance = stance_ok;
	c.description = desc;
	ck_assert_int_eq(collaboration_save(st, &c, NULL), 0);
	c.stance = stance_bad;
	ck_assert_int_eq(collaboration_save(st, &c, &cause), -1);
	assert_cause(cause, "houding");
	collaboration_list_free(l);
	l = store_collaboration_list(st, a);
	ck_assert_str_eq(l->v[0].stance, "samenwerken");
	ck_assert_str_eq(l->v[0].description, "Overleg van gemeenten in de regio — één loket");
	collaboration_list_free(l);
	ck_assert_int_eq(collaboration_remove(st, id, NULL), 0);
	ck_assert_int_eq(collaboration_remove(st, id, &cause), -1);
	free(cause);
}
END_TEST

/* The example coalition arrives filled in (answers, players, step 5), and
 * opening it again returns the same coalition instead of a copy. */
START_TEST(test_example_open)
{
	struct catalogue *cat = catalogue_load(st);
	struct coalition_counts counts;
	struct coalition *c;
	char *cause = NULL, *v;
	int64_t id, again;

	ck_assert_uint_ge(cat->nexamples, 1);
	id = example_open(st, cat, "iedereen-onder-dak", &cause);
	ck_assert_msg(id > 0, "example_open: %s", cause);
	c = store_coalition_get(st, id);
	ck_assert_str_eq(c->name, cat->examples[0].name);
	ck_assert_int_eq(c->phase, cat->examples[0].phase);
	ck_assert_int_gt(c->answered, 20);
	coalition_free(c);
	v = answer_value(st, id, "coalitie.opgave", NULL);
	ck_assert(!str_is_blank(v));
	free(v);
	ck_assert_int_eq(store_coalition_counts(st, id, &counts), 0);
	ck_assert_int_ge(counts.players, 5);
	ck_assert_int_ge(counts.collaborations, 1);
	coalition_archive(st, id, 1, NULL);
	again = example_open(st, cat, "iedereen-onder-dak", NULL);
	ck_assert_int_eq(again, id);
	c = store_coalition_get(st, id);
	ck_assert_int_eq(c->archived, 0);	/* brought back from the archive */
	coalition_free(c);
	ck_assert_int_eq(store_count(st, "coalition"), 1);
	ck_assert_int_eq(example_open(st, cat, "bestaat-niet", &cause), -1);
	assert_cause(cause, "geen voorbeeld");
	catalogue_free(cat);
}
END_TEST

/* Notes: a new blank note is not stored, an edited note keeps its id, and
 * emptying a note deletes it. */
START_TEST(test_note_save)
{
	struct note_list *l;
	char *cause = NULL;
	int64_t a = coalition_create(st, "Notities", NULL), id;

	ck_assert_int_eq(note_save(st, a, 0, "  \n", 0, NULL), 0);
	ck_assert_int_eq(store_count(st, "note"), 0);
	id = note_save(st, a, 0, "Bel de GGD over de wijkteams", 0, NULL);
	ck_assert_int_gt(id, 0);
	ck_assert_int_eq(note_save(st, a, id, "Bel de GGD — vóór vrijdag", 0, NULL), id);
	l = store_note_list(st, a);
	ck_assert_uint_eq(l->n, 1);
	ck_assert_str_eq(l->v[0].text, "Bel de GGD — vóór vrijdag");
	note_list_free(l);
	ck_assert_int_eq(note_save(st, a, id, "kapot\xff", 0, &cause), -1);
	assert_cause(cause, "UTF-8");
	ck_assert_int_eq(note_save(st, a, id, "", 0, NULL), 0);
	ck_assert_int_eq(store_count(st, "note"), 0);
}
END_TEST

/* A rescue file beside the werkboek holds the text, mode 0600. */
START_TEST(test_rescue_write)
{
	char *dir = test_tmpdir(), *db = xasprintf("%s/werkboek.db", dir), *path, *cause = NULL;
	char buf[256];
	struct stat sb;
	FILE *f;
	size_t n;

	path = rescue_write(db, "Onder dak/fase1.opgave.1", "Eén tekst\nover twee regels", &cause);
	ck_assert_msg(path != NULL, "%s", cause);
	ck_assert_ptr_nonnull(strstr(path, "/herstel/"));
	ck_assert_ptr_null(strchr(strstr(path, "/herstel/") + 9, '/'));
	ck_assert_int_eq(stat(path, &sb), 0);
	ck_assert_int_eq(sb.st_mode & 0777, 0600);
	f = fopen(path, "r");
	n = fread(buf, 1, sizeof buf - 1, f);
	buf[n] = '\0';
	fclose(f);
	ck_assert_ptr_nonnull(strstr(buf, "Eén tekst\nover twee regels"));
	free(path);
	free(db);
	free(dir);
}
END_TEST

/* How many entries dir holds, without . and .. */
static int
entries(const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	int n = 0;

	ck_assert_ptr_nonnull(d);
	while ((e = readdir(d)) != NULL)
		if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0)
			n++;
	closedir(d);
	return n;
}

/* The first line of path's contents after the header, or "". */
static const char *
rescued_text(const char *path)
{
	static char buf[256];
	FILE *f;
	size_t n = 0;
	char *text, *nl;

	if ((f = fopen(path, "r")) != NULL) {
		n = fread(buf, 1, sizeof buf - 1, f);
		fclose(f);
	}
	buf[n] = '\0';
	if ((text = strchr(buf, '\n')) == NULL)
		return "";
	if ((nl = strchr(++text, '\n')) != NULL)
		*nl = '\0';
	return text;
}

/* A new herstel/ is 0700 and its file 0600, even with umask 0. */
START_TEST(test_rescue_modes)
{
	char *dir = test_tmpdir(), *db = xasprintf("%s/werkboek.db", dir);
	char *herstel = xasprintf("%s/herstel", dir), *path, *cause = NULL;
	struct stat sb;
	mode_t mask = umask(0);

	path = rescue_write(db, "notitie", "tekst", &cause);
	umask(mask);	/* CK_FORK=no (valgrind) runs every test in one process */
	ck_assert_msg(path != NULL, "%s", cause);
	ck_assert_int_eq(lstat(herstel, &sb), 0);
	ck_assert(S_ISDIR(sb.st_mode));
	ck_assert_uint_eq(sb.st_mode & 07777, 0700);
	ck_assert_int_eq(lstat(path, &sb), 0);
	ck_assert(S_ISREG(sb.st_mode));
	ck_assert_uint_eq(sb.st_mode & 07777, 0600);
	free(path);
	free(herstel);
	free(db);
	free(dir);
}
END_TEST

/* refused DIR WHAT: rescue_write beside DIR/werkboek.db fails with a
 * one-line cause containing WHAT. */
static void
refused(const char *dir, const char *what)
{
	char *db = xasprintf("%s/werkboek.db", dir), *cause = NULL, *path;

	path = rescue_write(db, "notitie", "geheim", &cause);
	ck_assert_msg(path == NULL, "written to %s", path);
	ck_assert_msg(cause != NULL && strstr(cause, what) != NULL, "cause '%s', want '%s'",
	    cause, what);
	ck_assert_ptr_null(strchr(cause, '\n'));
	free(cause);
	free(db);
}

/* An existing herstel/ that others may read or enter, a symlink, a plain
 * file, or (as root, chowned away) another user's directory is refused,
 * and nothing is written anywhere. */
START_TEST(test_rescue_dir_refused)
{
	char *dir = test_tmpdir(), *herstel = xasprintf("%s/herstel", dir);
	char *elders = xasprintf("%s/elders", dir);

	ck_assert_int_eq(mkdir(herstel, 0700), 0);
	ck_assert_int_eq(chmod(herstel, 0750), 0);
	refused(dir, "herstel/ is leesbaar voor anderen (chmod 700)");
	ck_assert_int_eq(entries(herstel), 0);
	ck_assert_int_eq(chmod(herstel, 0703), 0);
	refused(dir, "herstel/ staat open voor anderen (chmod 700)");
	ck_assert_int_eq(entries(herstel), 0);

	if (geteuid() == 0) {
		ck_assert_int_eq(chmod(herstel, 0700), 0);
		ck_assert_int_eq(chown(herstel, 65534, 65534), 0);
		refused(dir, "herstel/ is niet van u");
		ck_assert_int_eq(entries(herstel), 0);
	}

	ck_assert_int_eq(rmdir(herstel), 0);
	ck_assert_int_eq(mkdir(elders, 0700), 0);
	ck_assert_int_eq(symlink(elders, herstel), 0);
	refused(dir, "herstel/ is een symbolische koppeling");
	ck_assert_int_eq(entries(elders), 0);

	ck_assert_int_eq(unlink(herstel), 0);
	ck_assert_int_eq(mkfifo(herstel, 0600), 0);	/* anything but a directory */
	refused(dir, "herstel/ is geen map");
	ck_assert_int_eq(entries(dir), 2);	/* elders, and the fifo herstel */
	free(elders);
	free(herstel);
	free(dir);
}
END_TEST

/* Rescues in one second get -2, -3: each a new file, the first one
 * unchanged. */
START_TEST(test_rescue_same_second)
{
	char *dir = NULL, *db = NULL, *p1 = NULL, *p2 = NULL, *p3 = NULL, *cause = NULL, *want;
	time_t t0;
	int tries = 0;

	do {	/* until the clock does not tick between the three */
		free(p1);
		free(p2);
		free(p3);
		free(db);
		free(dir);
		dir = test_tmpdir();
		db = xasprintf("%s/werkboek.db", dir);
		t0 = time(NULL);
		p1 = rescue_write(db, "notitie", "eerste", &cause);
		ck_assert_msg(p1 != NULL, "%s", cause);
		p2 = rescue_write(db, "notitie", "tweede", &cause);
		ck_assert_msg(p2 != NULL, "%s", cause);
		p3 = rescue_write(db, "notitie", "derde", &cause);
		ck_assert_msg(p3 != NULL, "%s", cause);
	} while (time(NULL) != t0 && ++tries < 5);
	ck_assert_int_lt(tries, 5);
	ck_assert_str_eq(p1 + strlen(p1) - 12, "-notitie.txt");
	want = xasprintf("%.*s-2.txt", (int)strlen(p1) - 4, p1);
	ck_assert_str_eq(p2, want);
	free(want);
	want = xasprintf("%.*s-3.txt", (int)strlen(p1) - 4, p1);
	ck_assert_str_eq(p3, want);
	free(want);
	ck_assert_str_eq(rescued_text(p1), "eerste");
	ck_assert_str_eq(rescued_text(p2), "tweede");
	ck_assert_str_eq(rescued_text(p3), "derde");
	free(p3);
	free(p2);
	free(p1);
	free(db);
	free(dir);
}
END_TEST

/* limited LIMIT TEXT: rescue_write under a file-size limit of LIMIT bytes
 * (EFBIG, as on a full disk) fails with the name in *cause and leaves
 * herstel/ empty: no 0-byte file (LIMIT 0) and no cut-off one. */
static void
limited(rlim_t limit, const char *text)
{
	char *dir = test_tmpdir(), *db = xasprintf("%s/werkboek.db", dir);
	char *herstel = xasprintf("%s/herstel", dir), *path, *cause = NULL;
	struct rlimit rl, small;
	void (*xfsz)(int);

	xfsz = signal(SIGXFSZ, SIG_IGN);	/* EFBIG instead of the signal */
	ck_assert_int_eq(getrlimit(RLIMIT_FSIZE, &rl), 0);
	small = rl;
	small.rlim_cur = limit;
	ck_assert_int_eq(setrlimit(RLIMIT_FSIZE, &small), 0);
	path = rescue_write(db, "notitie", text, &cause);
	ck_assert_int_eq(setrlimit(RLIMIT_FSIZE, &rl), 0);
	signal(SIGXFSZ, xfsz);
	ck_assert_msg(path == NULL, "written to %s", path);
	ck_assert_msg(cause != NULL && strstr(cause, "/herstel/") != NULL &&
	    strstr(cause, "niet schrijven") != NULL, "cause '%s'", cause);
	ck_assert_ptr_null(strchr(cause, '\n'));
	ck_assert_int_eq(entries(herstel), 0);
	free(cause);
	free(herstel);
	free(db);
	free(dir);
}

/* A disk that refuses the rescue too leaves nothing that looks like one. */
START_TEST(test_rescue_full_disk)
{
	char *big = xmalloc(65536);

	memset(big, 'x', 65535);
	big[65535] = '\0';
	limited(0, "kort");		/* not one byte: the file would be empty */
	limited(100, big);		/* the header fits, the text does not */
	free(big);
}
END_TEST

/* A symlink planted at the name the rescue will take is not followed:
 * its target stays as it was and the text goes to a new -2 file. */
START_TEST(test_rescue_planted_name)
{
	char *dir = test_tmpdir(), *db = xasprintf("%s/werkboek.db", dir);
	char *victim = xasprintf("%s/victim", dir), *herstel, *path, *cause = NULL, stamp[32];
	time_t now = time(NULL), t;
	struct stat sb;
	struct tm tm;
	FILE *f;

	f = fopen(victim, "w");
	fputs("# Vitaal\nvan iemand anders\n", f);
	fclose(f);
	herstel = xasprintf("%s/herstel", dir);
	ck_assert_int_eq(mkdir(herstel, 0700), 0);
	for (t = now; t < now + 3; t++) {	/* this second and the next two */
		char *name;

		gmtime_r(&t, &tm);
		strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", &tm);
		name = xasprintf("%s/herstel/%s-notitie.txt", dir, stamp);
		ck_assert_int_eq(symlink(victim, name), 0);
		free(name);
	}
	path = rescue_write(db, "notitie", "geheim", &cause);
	ck_assert_msg(path != NULL, "%s", cause);
	ck_assert_str_eq(path + strlen(path) - 14, "-notitie-2.txt");
	ck_assert_int_eq(lstat(path, &sb), 0);
	ck_assert(S_ISREG(sb.st_mode));
	ck_assert_str_eq(rescued_text(path), "geheim");
	ck_assert_str_eq(rescued_text(victim), "van iemand anders");
	free(path);
	free(herstel);
	free(victim);
	free(db);
	free(dir);
}
END_TEST

/* Every value the player lists offer is one the werkboek stores, and a
 * full record round-trips, including the "not known" values. */
START_TEST(test_player_lists_match_schema)
{
	struct player_list *l;
	struct player p;
	int64_t a = coalition_create(st, "Spelers", NULL), id;
	size_t i, k;
	const char *const *lists[] = { player_kinds, player_levels, player_roles,
	    player_standpunten };
	const size_t sizes[] = { PLAYER_NKINDS, PLAYER_NLEVELS, PLAYER_NROLES,
	    PLAYER_NSTANDPUNTEN };
	char *cause = NULL;

	id = player_add(st, a, " Woningcorporatie Ĳsselland ", NULL);
	ck_assert_int_gt(id, 0);
	for (k = 0; k < 4; k++) {
		for (i = 0; i < sizes[k]; i++) {
			l = store_player_list(st, a);
			p = l->v[0];
			if (k == 0) p.kind = (char *)(uintptr_t)lists[k][i];
			if (k == 1) p.level = (char *)(uintptr_t)lists[k][i];
			if (k == 2) p.role = (char *)(uintptr_t)lists[k][i];
			if (k == 3) p.standpunt = (char *)(uintptr_t)lists[k][i];
			ck_assert_msg(player_save(st, &p, &cause) == 0, "%s: %s", lists[k][i], cause);
			player_list_free(l);
		}
	}
	for (i = 0; i < PLAYER_NMACHTEN + PLAYER_NFORMAL; i++) {
		l = store_player_list(st, a);
		p = l->v[0];
		if (i < PLAYER_NMACHTEN)
			p.macht = (char *)(uintptr_t)player_machten[i];
		else
			p.formal_relation = (char *)(uintptr_t)player_formal_relations[i - PLAYER_NMACHTEN];
		ck_assert_msg(player_save(st, &p, &cause) == 0, "%s", cause);
		player_list_free(l);
	}
	l = store_player_list(st, a);
	p = l->v[0];
	ck_assert_str_eq(p.name, "Woningcorporatie Ĳsselland");
	p.power = 5;
	p.interest = 4;
	p.same_mandate = 1;
	p.can_commit = 0;
	p.onvervangbaar = -1;
	p.phase_joined = 2;
	ck_assert_int_eq(player_save(st, &p, NULL), 0);
	p.power = 6;
	ck_assert_int_eq(player_save(st, &p, &cause), -1);
	assert_cause(cause, "0 tot en met 5");
	p.power = 5;
	p.role = (char *)(uintptr_t)"koning";
	ck_assert_int_eq(player_save(st, &p, &cause), -1);
	assert_cause(cause, "rol");
	player_list_free(l);
	l = store_player_list(st, a);
	ck_assert_int_eq(l->v[0].power, 5);
	ck_assert_int_eq(l->v[0].same_mandate, 1);
	ck_assert_int_eq(l->v[0].can_commit, 0);
	ck_assert_int_eq(l->v[0].onvervangbaar, -1);
	ck_assert_int_eq(l->v[0].phase_left, -1);
	ck_assert_str_eq(l->v[0].formal_relation, "geen");
	player_list_free(l);
	ck_assert_int_eq(player_add(st, a, "  ", &cause), -1);
	assert_cause(cause, "naam");
}
END_TEST

/* Relations need two different players, a known kind and strength 1–5;
 * deleting a player deletes its relations. */
START_TEST(test_relation_rules)
{
	struct relation_list *l;
	char *cause = NULL;
	int64_t a = coalition_create(st, "Relaties", NULL);
	int64_t p1 = player_add(st, a, "Gemeente", NULL), p2 = player_add(st, a, "GGD", NULL);

	ck_assert_int_eq(relation_add(st, a, p1, p1, "spanning", 3, &cause), -1);
	assert_cause(cause, "twee verschillende");
	ck_assert_int_eq(relation_add(st, a, p1, p2, "ruzie", 3, &cause), -1);
	assert_cause(cause, "soort relatie");
	ck_assert_int_eq(relation_add(st, a, p1, p2, "financiering", 9, &cause), -1);
	assert_cause(cause, "1 tot en met 5");
	ck_assert_int_gt(relation_add(st, a, p1, p2, "financiering", 4, NULL), 0);
	l = store_relation_list(st, a);
	ck_assert_uint_eq(l->n, 1);
	ck_assert_str_eq(relation_kind_label(l->v[0].kind), "financiering");
	relation_list_free(l);
	ck_assert_str_eq(relation_kind_label("opdrachtgever"), "opdrachtgever–opdrachtnemer");
	ck_assert_int_eq(player_remove(st, p2, NULL), 0);
	ck_assert_int_eq(store_count(st, "relation"), 0);
}
END_TEST

/* Contributions toggle in a fixed order; sorting is stable; the filter
 * looks at name, organisation, kind, role and standpunt; rings follow the
 * role and the kopgroep. */
START_TEST(test_player_helpers)
{
	struct player v[3];
	char *b, *b2;

	b = player_bijdrage_toggle("", "netwerk");
	ck_assert_str_eq(b, "netwerk");
	b2 = player_bijdrage_toggle(b, "geld");
	ck_assert_str_eq(b2, "geld,netwerk");
	ck_assert(player_bijdrage_has(b2, "geld"));
	ck_assert(!player_bijdrage_has(b2, "kunde"));
	free(b);
	b = player_bijdrage_toggle(b2, "netwerk");
	ck_assert_str_eq(b, "geld");
	free(b);
	free(b2);

	memset(v, 0, sizeof v);
	v[0] = (struct player){ .id = 1, .name = (char *)(uintptr_t)"Zorgverlener",
	    .role = (char *)(uintptr_t)"schrager", .standpunt = (char *)(uintptr_t)"afwachtend",
	    .power = 2, .interest = 5 };
	v[1] = (struct player){ .id = 2, .name = (char *)(uintptr_t)"Gemeente",
	    .role = (char *)(uintptr_t)"drager", .standpunt = (char *)(uintptr_t)"voorstander",
	    .power = 5, .interest = 3 };
	v[2] = (struct player){ .id = 3, .name = (char *)(uintptr_t)"Buurt",
	    .role = (char *)(uintptr_t)"buitenstaander",
	    .standpunt = (char *)(uintptr_t)"tegenstander", .power = 2, .interest = 1 };
	player_sort(v, 3, PLAYER_SORT_POWER);
	ck_assert_int_eq(v[0].id, 2);
	ck_assert_int_eq(v[1].id, 1);	/* tie on power: order added */
	player_sort(v, 3, PLAYER_SORT_NAME);
	ck_assert_str_eq(v[0].name, "Buurt");
	player_sort(v, 3, PLAYER_SORT_ADDED);
	ck_assert_int_eq(v[0].id, 1);
	ck_assert(player_matches(&v[0], "ZORG"));
	ck_assert(player_matches(&v[0], "schrager"));
	ck_assert(!player_matches(&v[0], "gemeente"));
	ck_assert(player_matches(&v[0], ""));
	ck_assert_int_eq(player_ring(&v[0]), 1);
	ck_assert_int_eq(player_ring(&v[1]), 0);
	ck_assert_int_eq(player_ring(&v[2]), 3);
	v[2].kopgroep = 1;
	ck_assert_int_eq(player_ring(&v[2]), 0);
}
END_TEST

/* The typology's boundaries: opgave 1–2 known, 3–5 turbulent; a mean
 * factor score below 2 simple, from 2 complex; unscored stays unknown;
 * an override needs a reason and then wins, with its strategy. */
START_TEST(test_typology_boundaries)
{
	struct catalogue *cat = catalogue_load(st);
	struct typology t;
	struct typology_result r;
	char *cause = NULL;
	int64_t a = coalition_create(st, "Typologie", NULL);
	int i;

	ck_assert_int_eq(store_typology_get(st, a, &t), 0);
	typology_classify(cat, &t, &r);
	ck_assert_int_eq(r.turbulent, -1);
	ck_assert_int_eq(r.complex, -1);
	ck_assert_ptr_null(r.computed);
	typology_clear(&t);

	ck_assert_int_eq(typology_score_opgave(st, a, 2, NULL), 0);
	for (i = 1; i <= 8; i++)
		ck_assert_int_eq(typology_score_factor(st, a, i, i <= 4 ? 1 : 2, NULL), 0);
	store_typology_get(st, a, &t);
	typology_classify(cat, &t, &r);	/* mean 1.5: simple; opgave 2: known */
	ck_assert_int_eq(r.turbulent, 0);
	ck_assert_int_eq(r.complex, 0);
	ck_assert_int_eq(r.scored, 8);
	ck_assert_str_eq(r.computed->opgave, "bekend");
	ck_assert_str_eq(r.computed->systeem, "eenvoudig");
	ck_assert_ptr_nonnull(r.strategy);
	typology_clear(&t);

	typology_score_opgave(st, a, 3, NULL);
	typology_score_factor(st, a, 1, 3, NULL);
	typology_score_factor(st, a, 2, 3, NULL);	/* sum 16, mean 2.0: complex */
	store_typology_get(st, a, &t);
	typology_classify(cat, &t, &r);
	ck_assert_int_eq(r.turbulent, 1);
	ck_assert_int_eq(r.complex, 1);
	ck_assert_str_eq(r.computed->systeem, "complex");
	ck_assert_str_eq(r.computed->opgave, "turbulent");
	ck_assert_int_eq(r.overridden, 0);
	typology_clear(&t);

	ck_assert_int_eq(typology_override(st, cat, a, cat->types[0].key, "  ", &cause), -1);
	assert_cause(cause, "waarom");
	ck_assert_int_eq(typology_override(st, cat, a, "onzin", "x", &cause), -1);
	assert_cause(cause, "onbekend type");
	ck_assert_int_eq(typology_override(st, cat, a, cat->types[0].key,
	    "De raad heeft de koers al vastgelegd", NULL), 0);
	store_typology_get(st, a, &t);
	typology_classify(cat, &t, &r);
	ck_assert_ptr_eq(r.chosen, &cat->types[0]);
	ck_assert_int_eq(r.overridden, 1);
	ck_assert_str_eq(r.strategy->type_key, cat->types[0].key);
	ck_assert_str_eq(t.override_reason, "De raad heeft de koers al vastgelegd");
	typology_clear(&t);
	ck_assert_int_eq(typology_override(st, cat, a, NULL, NULL, NULL), 0);
	store_typology_get(st, a, &t);
	ck_assert_ptr_null(t.override_type);
	typology_clear(&t);
	ck_assert_int_eq(typology_score_factor(st, a, 9, 1, &cause), -1);
	free(cause);
	ck_assert_int_eq(typology_score_factor(st, a, 1, -1, NULL), 0);	/* unscore */
	store_typology_get(st, a, &t);
	ck_assert_int_eq(t.factors[0], -1);
	typology_clear(&t);
	catalogue_free(cat);
}
END_TEST

/* Two terminals edit one answer: the later save merges word by word in
 * one transaction; where both changed the same words a block keeps both
 * versions, labelled with who and when; what was typed and the merge are
 * both in the history; without a change in between it is a plain save. */
START_TEST(test_answer_save_over)
{
	int64_t a = coalition_create(st, "Samen", NULL);
	struct answer_merge m = { 0 };
	struct answer_history *h;
	struct merge_block b;
	char *v, *cause = NULL, *r;
	const char *k = "fase1.opgave.1";
	size_t i;

	/* Nothing changed in between: a plain save. */
	store_set_author(st, "Bram");
	ck_assert_int_eq(answer_save_over(st, a, k, "", "begin", 0, "Bram", &m, NULL), 0);
	ck_assert_ptr_null(m.value);
	/* Terminal A read "begin"; Anna saves first; then A saves: both
	 * edits, no mark, the cursor on A's own words. */
	store_set_author(st, "Anna");
	ck_assert_int_eq(answer_save(st, a, k, "begin en meer", 0, NULL), 0);
	store_set_author(st, "Bram");
	m.cursor = strlen("Nu begin");
	ck_assert_int_eq(answer_save_over(st, a, k, "begin", "Nu begin", 0, "Bram", &m, NULL), 1);
	ck_assert_str_eq(m.value, "Nu begin en meer");
	ck_assert_uint_eq(m.conflicts, 0);
	ck_assert_str_eq(m.who, "Anna");
	ck_assert_uint_eq(strlen(m.when), 5);
	ck_assert_uint_eq(m.cursor, strlen("Nu begin"));
	v = answer_value(st, a, k, NULL);
	ck_assert_str_eq(v, m.value);
	free(v);
	answer_merge_clear(&m);
	/* The history: theirs, then A's text as typed, then the merge. */
	h = store_answer_history(st, a, k);
	ck_assert_uint_eq(h->n, 4);
	ck_assert_str_eq(h->v[1].value, "begin en meer");
	ck_assert_str_eq(h->v[1].author, "Anna");
	ck_assert_str_eq(h->v[2].value, "Nu begin");
	ck_assert_str_eq(h->v[2].author, "Bram");
	ck_assert_str_eq(h->v[3].value, "Nu begin en meer");
	answer_history_free(h);

	/* Both changed the same word: one block, each version once. */
	store_set_author(st, "Anna");
	ck_assert_int_eq(answer_save(st, a, k, "Nu start en meer", 0, NULL), 0);
	store_set_author(st, "Bram");
	ck_assert_int_eq(answer_save_over(st, a, k, "Nu begin en meer", "Nu aanvang en meer", 0,
	    "Bram", &m, NULL), 1);
	ck_assert_uint_eq(m.conflicts, 1);
	ck_assert_ptr_nonnull(strstr(m.value, "Nu ⟦ versie van Bram ("));
	ck_assert_ptr_nonnull(strstr(m.value, "): aanvang ‖ versie van Anna ("));
	ck_assert_ptr_nonnull(strstr(m.value, "): start ⟧ en meer"));
	ck_assert_int_eq(merge_block_at(m.value, 0, &b), 1);
	r = merge_resolve(m.value, &b, merge_side_of(m.value, &b, "Bram"), NULL);
	ck_assert_str_eq(r, "Nu aanvang en meer");
	free(r);
	merge_block_clear(&b);
	answer_merge_clear(&m);

	/* Both arrived at the same text: no merge. */
	ck_assert_int_eq(answer_save(st, a, k, "eens", 0, NULL), 0);
	ck_assert_int_eq(answer_save_over(st, a, k, "oud", "eens", 0, "Bram", &m, NULL), 0);
	ck_assert_ptr_null(m.value);
	/* A cleared what B has since rewritten: B's text stays, marked
	 * against A's empty version, so A sees it and decides. */
	ck_assert_int_eq(answer_save(st, a, k, "herschreven door B", 0, NULL), 0);
	ck_assert_int_eq(answer_save_over(st, a, k, "eens", "", 0, NULL, &m, NULL), 1);
	ck_assert_uint_eq(m.conflicts, 1);
	ck_assert_ptr_nonnull(strstr(m.value, "herschreven door B"));
	ck_assert_int_eq(merge_block_at(m.value, 0, &b), 1);
	ck_assert_uint_eq(b.sides[0].text_len, 0);
	merge_block_clear(&b);
	answer_merge_clear(&m);
	/* Refused text leaves the answer and the transaction as they were. */
	v = answer_value(st, a, k, NULL);
	ck_assert_int_eq(answer_save_over(st, a, k, v, "kapot\xff", 0, "Bram", &m, &cause), -1);
	assert_cause(cause, "UTF-8");
	ck_assert_ptr_null(m.value);
	free(v);
	ck_assert_int_eq(answer_save(st, a, k, "daarna", 0, NULL), 0);
	v = answer_value(st, a, k, NULL);
	ck_assert_str_eq(v, "daarna");
	free(v);

	/* The old failure: two terminals saving in turn, each having typed a
	 * word at the end. The start stays once, every word once. */
	{
		char *base[2], *text[2], *stored;

		ck_assert_int_eq(answer_save(st, a, k, "De start.", 0, NULL), 0);
		for (i = 0; i < 2; i++) {
			base[i] = xstrdup("De start.");
			text[i] = xstrdup("De start.");
		}
		for (i = 0; i < 24; i++) {
			size_t t = i % 2;
			char *typed = xasprintf("%s w%02zu", text[t], i);

			free(text[t]);
			text[t] = typed;
			ck_assert_int_ge(answer_save_over(st, a, k, base[t], text[t], 0, "Bram", &m,
			    NULL), 0);
			stored = answer_value(st, a, k, NULL);
			free(base[t]);
			free(text[t]);
			base[t] = xstrdup(stored);
			text[t] = stored;
			answer_merge_clear(&m);
		}
		v = answer_value(st, a, k, NULL);
		ck_assert_int_eq(strncmp(v, "De start. ", 10), 0);
		ck_assert_uint_eq(strlen(v), strlen("De start.") + 24 * strlen(" w00"));
		for (i = 0; i < 24; i++) {
			char w[8];

			snprintf(w, sizeof w, "w%02zu", i);
			ck_assert_ptr_nonnull(strstr(v, w));
		}
		ck_assert_ptr_null(strstr(v, "De start. De start."));
		free(v);
		for (i = 0; i < 2; i++) {
			free(base[i]);
			free(text[i]);
		}
	}
	store_set_author(st, NULL);
}
END_TEST

/* A session gets exactly the answers saved with its id, oldest first; the
 * agenda lists each coalition once; kinds, dates and titles are checked. */
START_TEST(test_sessions)
{
	int64_t a = coalition_create(st, "Noord", NULL), b = coalition_create(st, "Zuid", NULL);
	int64_t s1, s2;
	struct session_rec_list *l;
	struct session_change *ch;
	char **agenda, *cause = NULL;
	size_t n, i;

	ck_assert_int_eq(session_open(st, "borrel", "X", "2026-11-23", "", "", &cause), -1);
	assert_cause(cause, "werkconferentie");
	ck_assert_int_eq(session_open(st, "intervisie", "X", "23-11-2026", "", "", &cause), -1);
	assert_cause(cause, "JJJJ-MM-DD");
	ck_assert_int_eq(session_open(st, "intervisie", "X", "2026-13-01", "", "", &cause), -1);
	assert_cause(cause, "JJJJ-MM-DD");
	ck_assert_int_eq(session_open(st, "teamoverleg", "  ", "2026-11-23", "", "", &cause), -1);
	assert_cause(cause, "titel");
	ck_assert_int_eq(session_open(st, "teamoverleg", "a\nb", "2026-11-23", "", "", &cause), -1);
	assert_cause(cause, "één regel");
	s1 = session_open(st, "werkconferentie", "  Start  ", "2026-11-20", "Utrecht", "Fien", NULL);
	s2 = session_open(st, "teamoverleg", "Vervolg", "2026-11-23", "", "", NULL);
	ck_assert_int_gt(s1, 0);
	ck_assert_int_gt(s2, s1);

	answer_save(st, a, "fase1.opgave.1", "eerste", s1, NULL);
	answer_save(st, a, "fase1.opgave.1", "tweede", s1, NULL);
	answer_save(st, b, "stap1.1", "elders", 0, NULL);	/* outside any session */
	answer_save(st, b, "stap1.1", "in het vervolg", s2, NULL);
	ck_assert_int_eq(session_agenda_add(st, s1, a, NULL), 0);
	ck_assert_int_eq(session_agenda_add(st, s1, a, NULL), 0);	/* idempotent */

	ch = session_changes(st, s1, &n, NULL);
	ck_assert_uint_eq(n, 2);
	ck_assert_str_eq(ch[0].coalition, "Noord");
	ck_assert_str_eq(ch[0].item_key, "fase1.opgave.1");
	ck_assert_str_eq(ch[0].value, "eerste");
	ck_assert_str_eq(ch[1].value, "tweede");
	session_changes_free(ch, n);
	ch = session_changes(st, s2, &n, NULL);
	ck_assert_uint_eq(n, 1);
	ck_assert_str_eq(ch[0].value, "in het vervolg");
	session_changes_free(ch, n);
	ch = session_changes(st, 9999, &n, NULL);
	ck_assert_ptr_nonnull(ch);
	ck_assert_uint_eq(n, 0);
	session_changes_free(ch, n);

	agenda = session_agenda(st, s1, &n, NULL);
	ck_assert_uint_eq(n, 1);
	ck_assert_str_eq(agenda[0], "Noord");
	for (i = 0; i < n; i++)
		free(agenda[i]);
	free(agenda);
	agenda = session_agenda(st, s2, &n, NULL);
	ck_assert_uint_eq(n, 0);
	free(agenda);

	l = session_list(st, NULL);
	ck_assert_uint_eq(l->n, 2);
	ck_assert_int_eq(l->v[0].id, s2);	/* newest first */
	ck_assert_int_eq(l->v[0].nchanges, 1);
	ck_assert_str_eq(l->v[1].title, "Start");
	ck_assert_str_eq(l->v[1].place, "Utrecht");
	ck_assert_str_eq(l->v[1].facilitator, "Fien");
	ck_assert_int_eq(l->v[1].nchanges, 2);
	session_rec_list_free(l);

	/* Deleting the coalition keeps the session, without its changes. */
	ck_assert_int_eq(coalition_delete(st, a, "Noord", NULL), 0);
	ch = session_changes(st, s1, &n, NULL);
	ck_assert_uint_eq(n, 0);
	session_changes_free(ch, n);
}
END_TEST

/* The session summary as text: the last answer of each question in the
 * session only, paragraphs kept, every line within EXPORT_TXT_COLS, the
 * source cited; an unknown session is an error. */
START_TEST(test_export_session_txt)
{
	struct catalogue *cat = catalogue_load(st);
	int64_t a = coalition_create(st, "Dak", NULL), s;
	char *out = NULL, *cause = NULL, *line, *save = NULL;
	struct strbuf longtext = { 0 }, doc = { 0 };
	struct report *r;
	int i;

	s = session_open(st, "teamoverleg", "Overleg dinsdag", "2026-11-24", "Zaal 3", "Fien", NULL);
	answer_save(st, a, "fase1.opgave.1", "eerste versie", s, NULL);
	answer_save(st, a, "fase1.opgave.1", "laatste versie\nmet een tweede alinea", s, NULL);
	for (i = 0; i < 40; i++)
		strbuf_puts(&longtext, "woord ");
	answer_save(st, a, "stap1.1", longtext.s, s, NULL);
	answer_save(st, a, "stap1.2", "buiten de sessie", 0, NULL);
	session_agenda_add(st, s, a, NULL);
	r = report_session(st, cat, s, NULL);
	ck_assert_ptr_nonnull(r);
	ck_assert_int_eq(export_txt(r, &doc, NULL), 0);
	report_free(r);
	out = strbuf_take(&doc);
	ck_assert_ptr_nonnull(strstr(out, "Teamoverleg: Overleg dinsdag\n============================\n"));
	ck_assert_ptr_nonnull(strstr(out, "Plaats:       Zaal 3\n"));
	ck_assert_ptr_nonnull(strstr(out, "    laatste versie\n    met een tweede alinea\n"));
	ck_assert_ptr_null(strstr(out, "eerste versie"));
	ck_assert_ptr_null(strstr(out, "buiten de sessie"));
	ck_assert_ptr_nonnull(strstr(out, "    Bron: "));
	for (line = strtok_r(out, "\n", &save); line != NULL; line = strtok_r(NULL, "\n", &save))
		ck_assert_msg(utf8_width(line) <= EXPORT_TXT_COLS, "te breed: %s", line);
	free(out);
	ck_assert_ptr_null(report_session(st, cat, 999, &cause));
	assert_cause(cause, "geen sessie");
	strbuf_free(&longtext);
	catalogue_free(cat);
}
END_TEST

int
main(void)
{
	Suite *s = suite_create("model");
	TCase *tc = tcase_create("model");

	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_coalition_name_rules);
	tcase_add_test(tc, test_coalition_create_list_archive);
	tcase_add_test(tc, test_coalition_rename);
	tcase_add_test(tc, test_coalition_delete_needs_confirmation);
	tcase_add_test(tc, test_coalition_resolve);
	tcase_add_test(tc, test_coalition_phase);
	tcase_add_test(tc, test_answer_save_rules);
	tcase_add_test(tc, test_answer_history_restore);
	tcase_add_test(tc, test_progress_compute);
	tcase_add_test(tc, test_vraagstuk_timeline);
	tcase_add_test(tc, test_perspective_choice);
	tcase_add_test(tc, test_collaboration_rules);
	tcase_add_test(tc, test_example_open);
	tcase_add_test(tc, test_note_save);
	tcase_add_test(tc, test_rescue_write);
	tcase_add_test(tc, test_rescue_modes);
	tcase_add_test(tc, test_rescue_dir_refused);
	tcase_add_test(tc, test_rescue_same_second);
	tcase_add_test(tc, test_rescue_planted_name);
	tcase_add_test(tc, test_rescue_full_disk);
	tcase_add_test(tc, test_player_lists_match_schema);
	tcase_add_test(tc, test_relation_rules);
	tcase_add_test(tc, test_player_helpers);
	tcase_add_test(tc, test_typology_boundaries);
	tcase_add_test(tc, test_sessions);
	tcase_add_test(tc, test_answer_save_over);
	tcase_add_test(tc, test_export_session_txt);
	suite_add_tcase(s, tc);
	return test_run(s);
}
