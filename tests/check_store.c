/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * check_store.c: the store layer: where the werkboek lives, how it is
 * created (0600 in a 0700 directory), migrations from every older schema
 * version, refusal of newer, foreign and broken files (left untouched),
 * busy werkboeken, transactions, the catalogue refresh and the history
 * triggers; the damage check and the copy (vitaal kopie).
 */
#include "config.h"

#include <dirent.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "vitaal/answer.h"
#include "vitaal/coalition.h"
#include "vitaal/dilemma.h"
#include "vitaal/dump.h"
#include "vitaal/store_dilemma.h"
#include "vitaal/store.h"
#include "vitaal/util.h"
#include "store_int.h"
#include "testlib.h"

/* Read a whole file into memory; *len gets its size. */
static char *
slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	char *buf;
	long n;

	ck_assert_ptr_nonnull(f);
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	fseek(f, 0, SEEK_SET);
	buf = xmalloc((size_t)n + 1);
	ck_assert_uint_eq(fread(buf, 1, (size_t)n, f), (size_t)n);
	fclose(f);
	*len = (size_t)n;
	return buf;
}

static void
spit(const char *path, const char *data, size_t len)
{
	FILE *f = fopen(path, "wb");

	ck_assert_ptr_nonnull(f);
	ck_assert_uint_eq(fwrite(data, 1, len, f), len);
	fclose(f);
}

/* Run SQL on a file with plain SQLite, behind the store's back. */
static void
raw_exec(const char *path, const char *sql)
{
	sqlite3 *db;
	char *err = NULL;

	ck_assert_int_eq(sqlite3_open(path, &db), SQLITE_OK);
	ck_assert_msg(sqlite3_exec(db, sql, NULL, NULL, &err) == SQLITE_OK, "%s: %s", sql, err);
	sqlite3_close(db);
}

static struct store *
open_ok(const char *path)
{
	enum store_status status;
	char *cause = NULL;
	struct store *st = store_open(path, STORE_CREATE | STORE_NOWAIT, &status, &cause);

	ck_assert_msg(st != NULL, "open %s: %s", path, cause);
	return st;
}

/* Expect opening to fail with status; return the message. */
static char *
open_fails(const char *path, enum store_status want)
{
	enum store_status status;
	char *cause = NULL;
	struct store *st = store_open(path, STORE_NOWAIT, &status, &cause);

	ck_assert_ptr_null(st);
	ck_assert_msg(status == want, "status %d, want %d (%s)", status, want, cause);
	ck_assert_ptr_nonnull(cause);
	ck_assert_msg(strchr(cause, '\n') == NULL, "message must be one line: %s", cause);
	return cause;
}

/* The default path follows XDG_DATA_HOME, falls back to HOME, and ignores
 * a relative XDG_DATA_HOME as the spec says. */
START_TEST(test_store_default_path)
{
	char *p;

	p = store_default_path("/x/data", "/home/anna");
	ck_assert_str_eq(p, "/x/data/vitaal/werkboek.db");
	free(p);
	p = store_default_path(NULL, "/home/anna");
	ck_assert_str_eq(p, "/home/anna/.local/share/vitaal/werkboek.db");
	free(p);
	p = store_default_path("relatief", "/home/anna");
	ck_assert_str_eq(p, "/home/anna/.local/share/vitaal/werkboek.db");
	free(p);
	ck_assert_ptr_null(store_default_path("", ""));
}
END_TEST

/* A new werkboek gets a 0700 directory and a 0600 file, WAL and the newest
 * schema; a second open finds what the first one saved. */
START_TEST(test_store_create_modes_and_reopen)
{
	char *dir = test_tmpdir(), *path = xasprintf("%s/a/b/werkboek.db", dir);
	char *sub = xasprintf("%s/a/b", dir);
	struct store *st;
	struct stat sb;
	enum store_status status;
	char *cause = NULL;
	int64_t id;

	umask(022);
	/* A path someone chose: no folders are made for it. */
	ck_assert_ptr_null(store_open(path, STORE_CREATE | STORE_NOWAIT, &status, &cause));
	ck_assert_msg(strstr(cause, "de map bestaat niet") != NULL, "%s", cause);
	free(cause);
	ck_assert_int_ne(stat(sub, &sb), 0);
	/* The default place: they are, 0700. */
	st = store_open(path, STORE_CREATE | STORE_MKDIR | STORE_NOWAIT, &status, &cause);
	ck_assert_msg(st != NULL, "open %s: %s", path, cause);
	ck_assert_int_eq(stat(path, &sb), 0);
	ck_assert_int_eq(sb.st_mode & 0777, 0600);
	ck_assert_int_eq(stat(sub, &sb), 0);
	ck_assert_int_eq(sb.st_mode & 0777, 0700);
	ck_assert_int_eq(store_schema_version(st), store_schema_latest());
	id = coalition_create(st, "Iedereen onder dak", NULL);
	ck_assert_int_gt(id, 0);
	ck_assert_int_eq(answer_save(st, id, "fase1.opgave.1", "Dakloosheid halveren", 0, NULL), 0);
	store_close(st);

	st = open_ok(path);
	{
		struct coalition *c = store_coalition_get(st, id);
		char *v = answer_value(st, id, "fase1.opgave.1", NULL);

		ck_assert_str_eq(c->name, "Iedereen onder dak");
		ck_assert_str_eq(v, "Dakloosheid halveren");
		coalition_free(c);
		free(v);
	}
	store_close(st);
	raw_exec(path, "CREATE TEMP TABLE t(x)");	/* still a plain SQLite file */
	{
		sqlite3 *db;
		sqlite3_stmt *stmt;

		sqlite3_open(path, &db);
		sqlite3_prepare_v2(db, "PRAGMA journal_mode", -1, &stmt, NULL);
		ck_assert_int_eq(sqlite3_step(stmt), SQLITE_ROW);
		ck_assert_str_eq((const char *)sqlite3_column_text(stmt, 0), "wal");
		sqlite3_finalize(stmt);
		sqlite3_close(db);
	}
	free(sub);
	free(path);
	free(dir);
}
END_TEST

/* Build a werkboek at schema version v by hand (migrations 1..v), as an
 * older Vitaal would have left it. */
static void
make_old_werkboek(const char *path, int v)
{
	int i;

	spit(path, "", 0);
	for (i = 1; i <= v; i++) {
		char *sql = xasprintf("%s\nPRAGMA user_version = %d;%s", store_migrations[i - 1].text, i,
		    i == 1 ? "PRAGMA application_id = 1447646273;" : "");

		raw_exec(path, sql);
		free(sql);
	}
	if (v >= 1)
		raw_exec(path, "INSERT INTO coalition(name) VALUES ('Oud werk');");
}

/* Every older schema version migrates to the newest, keeping its data. */
START_TEST(test_store_migrates_every_older_version)
{
	char *dir = test_tmpdir();
	int v;

	for (v = 0; v < store_schema_latest(); v++) {
		char *path = xasprintf("%s/v%d.db", dir, v);
		struct store *st;

		make_old_werkboek(path, v);
		st = open_ok(path);
		ck_assert_int_eq(store_schema_version(st), store_schema_latest());
		if (v >= 1) {
			struct coalition *c = store_coalition_find(st, "Oud werk");

			ck_assert_msg(c != NULL, "data lost migrating from version %d", v);
			coalition_free(c);
		}
		ck_assert_int_gt(store_count(st, "cat_item"), 0);
		store_close(st);
		free(path);
	}
	free(dir);
}
END_TEST

/* Places from before rounds: the named ones become round 1, the nameless
 * ones an anonymous round 2, both closed; a name that is a person's is
 * linked to that person; nothing is lost. A place written later without
 * a round (an older dump) gets one too. */
START_TEST(test_store_migrates_places_into_rounds)
{
	char *dir = test_tmpdir(), *path = xasprintf("%s/plaatsen.db", dir);
	struct dilemma_list *l;
	struct store *st;
	const struct dilemma *d;
	int i, named = 0, anon = 0;

	/* The last version before rounds (migration 12). */
	make_old_werkboek(path, 11);
	raw_exec(path, "INSERT INTO participant(name) VALUES ('Anna de Vries');"
	    "INSERT INTO dilemma(coalition_id, form, title, pole_a, pole_b) VALUES"
	    " (1, 'pool', 'Tempo', 'Snel', 'Zorgvuldig');"
	    "INSERT INTO dilemma_position(dilemma_id, label, position) VALUES"
	    " (1, 'anna de vries', 2), (1, 'Bert', 5), (1, '', 3), (1, '', 4);");
	st = open_ok(path);
	l = store_dilemma_list(st, 1);
	ck_assert_ptr_nonnull(l);
	ck_assert_uint_eq(l->n, 1);
	d = &l->v[0];
	ck_assert_uint_eq(d->nrounds, 2);
	ck_assert_int_eq(d->rounds[0].mode, ROUND_NAMED);
	ck_assert_int_eq(d->rounds[1].mode, ROUND_ANONYMOUS);
	ck_assert_ptr_nonnull(d->rounds[0].closed);
	ck_assert_ptr_nonnull(d->rounds[1].closed);
	ck_assert_uint_eq(d->npositions, 4);
	for (i = 0; i < 4; i++) {
		if (d->positions[i].round_id == d->rounds[0].id)
			named++;
		if (d->positions[i].round_id == d->rounds[1].id)
			anon++;
	}
	ck_assert_int_eq(named, 2);
	ck_assert_int_eq(anon, 2);
	ck_assert_int_gt(d->positions[0].participant_id, 0);
	ck_assert_int_eq(d->positions[1].participant_id, 0);
	dilemma_list_free(l);
	/* A roundless place from an old dump joins the earlier places. */
	ck_assert_int_eq(store_exec(st, "INSERT INTO dilemma_position(dilemma_id, label,"
	    " position) VALUES (1, 'Cor', 6)"), 0);
	l = store_dilemma_list(st, 1);
	ck_assert_uint_eq(l->v[0].nrounds, 2);
	ck_assert_int_eq(l->v[0].positions[4].round_id, l->v[0].rounds[0].id);
	dilemma_list_free(l);
	store_close(st);
	free(path);
	free(dir);
}
END_TEST

/* A werkboek from a newer Vitaal is refused with a clear message, and its
 * bytes are left exactly as they were. */
START_TEST(test_store_refuses_newer_untouched)
{
	char *dir = test_tmpdir(), *path = xasprintf("%s/nieuw.db", dir), *msg, *before, *after;
	size_t n1, n2;
	struct store *st;
	char sql[64];

	st = open_ok(path);
	store_close(st);
	snprintf(sql, sizeof sql, "PRAGMA user_version = %d", store_schema_latest() + 1);
	raw_exec(path, sql);
	raw_exec(path, "PRAGMA journal_mode = DELETE");
	before = slurp(path, &n1);
	msg = open_fails(path, STORE_TOO_NEW);
	ck_assert_msg(strstr(msg, "nieuwere") != NULL || strstr(msg, "werk Vitaal bij") != NULL,
	    "unclear message: %s", msg);
	after = slurp(path, &n2);
	ck_assert_uint_eq(n1, n2);
	ck_assert_msg(memcmp(before, after, n1) == 0, "newer werkboek was modified");
	free(before);
	free(after);
	free(msg);
	free(path);
	free(dir);
}
END_TEST

/* A file that is not SQLite at all is refused and left untouched. */
START_TEST(test_store_refuses_not_sqlite_untouched)
{
	static const char junk[] = "Dit is een notitie, geen werkboek.\n"
	    "Dit is een notitie, geen werkboek. Dit is een notitie, geen werkboek.\n";
	char *dir = test_tmpdir(), *path = xasprintf("%s/notitie.db", dir), *msg, *after;
	size_t n;

	spit(path, junk, sizeof junk - 1);
	msg = open_fails(path, STORE_NOT_DB);
	after = slurp(path, &n);
	ck_assert_uint_eq(n, sizeof junk - 1);
	ck_assert(memcmp(after, junk, n) == 0);
	free(after);
	after = xasprintf("%s-wal", path);
	ck_assert_int_ne(access(after, F_OK), 0);	/* no WAL switch either */
	free(after);
	free(msg);
	free(path);
	free(dir);
}
END_TEST

/* Another program's SQLite database is not mistaken for a new werkboek. */
START_TEST(test_store_refuses_foreign_sqlite)
{
	char *dir = test_tmpdir(), *path = xasprintf("%s/ander.db", dir), *msg;

	raw_exec(path, "CREATE TABLE boodschappen(item TEXT)");
	msg = open_fails(path, STORE_NOT_DB);
	ck_assert_ptr_nonnull(strstr(msg, "ander programma"));
	free(msg);
	free(path);
	free(dir);
}
END_TEST

/* A path that cannot be read as a file (a directory: unreadable even for
 * root) gives a one-line message, and so does a missing file when creation
 * was not asked for. */
START_TEST(test_store_unopenable)
{
	char *dir = test_tmpdir(), *missing = xasprintf("%s/weg.db", dir), *msg;

	msg = open_fails(dir, STORE_CANTOPEN);
	free(msg);
	msg = open_fails(missing, STORE_CANTOPEN);
	ck_assert_ptr_nonnull(strstr(msg, "bestaat niet"));
	ck_assert_int_ne(access(missing, F_OK), 0);
	free(msg);
	free(missing);
	free(dir);
}
END_TEST

/* A werkboek locked by another writer gives BUSY on open, not a hang or a
 * crash; once the lock is gone it opens. */
START_TEST(test_store_locked_on_open)
{
	char *dir = test_tmpdir(), *path = xasprintf("%s/bezet.db", dir), *msg;
	struct store *st;
	sqlite3 *db;

	st = open_ok(path);
	store_close(st);
	raw_exec(path, "PRAGMA journal_mode = DELETE");
	ck_assert_int_eq(sqlite3_open(path, &db), SQLITE_OK);
	ck_assert_int_eq(sqlite3_exec(db, "BEGIN EXCLUSIVE", NULL, NULL, NULL), SQLITE_OK);
	msg = open_fails(path, STORE_BUSY);
	ck_assert_ptr_nonnull(strstr(msg, "bezet"));
	free(msg);
	sqlite3_exec(db, "COMMIT", NULL, NULL, NULL);
	sqlite3_close(db);
	st = open_ok(path);
	store_close(st);
	free(path);
	free(dir);
}
END_TEST

/* Two handles on one werkboek: while one writes, the other gets BUSY and
 * keeps its text; after the first commits, the retry succeeds and both
 * changes are there (no lost update). */
START_TEST(test_store_busy_no_lost_update)
{
	char *dir = test_tmpdir(), *path = xasprintf("%s/twee.db", dir), *cause = NULL, *v;
	struct store *a, *b;
	int64_t id;

	a = open_ok(path);
	b = open_ok(path);
	id = coalition_create(a, "Gedeeld", NULL);
	ck_assert_int_eq(store_begin(a), 0);
	ck_assert_int_eq(answer_save(a, id, "fase1.opgave.1", "van A", 0, NULL), 0);
	ck_assert_int_eq(answer_save(b, id, "fase1.opgave.2", "van B", 0, &cause), -1);
	ck_assert_int_eq(store_status(b), STORE_BUSY);
	ck_assert_ptr_nonnull(cause);
	free(cause);
	ck_assert_int_eq(store_commit(a), 0);
	ck_assert_int_eq(answer_save(b, id, "fase1.opgave.2", "van B", 0, NULL), 0);
	v = answer_value(a, id, "fase1.opgave.2", NULL);
	ck_assert_str_eq(v, "van B");
	free(v);
	v = answer_value(b, id, "fase1.opgave.1", NULL);
	ck_assert_str_eq(v, "van A");
	free(v);
	store_close(a);
	store_close(b);
	free(path);
	free(dir);
}
END_TEST

/* Nested transactions commit only at the outermost level; a rollback
 * undoes the whole outer transaction. */
START_TEST(test_store_nested_transactions)
{
	struct store *st = test_store_new();
	int64_t id;

	ck_assert_int_eq(store_begin(st), 0);
	id = store_coalition_insert(st, "Binnen");	/* nests inside ours */
	ck_assert_int_gt(id, 0);
	store_rollback(st);
	ck_assert_ptr_null(store_coalition_get(st, id));
	ck_assert_int_eq(store_status(st), STORE_NOTFOUND);

	ck_assert_int_eq(store_begin(st), 0);
	ck_assert_int_eq(store_begin(st), 0);
	id = store_coalition_insert(st, "Buiten");
	ck_assert_int_eq(store_commit(st), 0);
	ck_assert_int_eq(store_commit(st), 0);
	coalition_free(store_coalition_get(st, id));
	ck_assert_int_eq(store_count(st, "coalition"), 1);
	ck_assert_int_eq(store_commit(st), -1);	/* nothing open */
	store_close(st);
}
END_TEST

/* Foreign keys are enforced: an answer for a coalition that does not exist
 * is refused. */
START_TEST(test_store_foreign_keys_on)
{
	struct store *st = test_store_new();

	ck_assert_int_eq(store_answer_set(st, 999, "fase1.opgave.1", "x", 0), -1);
	ck_assert_int_eq(store_status(st), STORE_NOTFOUND);
	ck_assert_int_eq(store_count(st, "answer"), 0);
	store_close(st);
}
END_TEST

/* The history keeps every distinct saved value, in order, and nothing for
 * a save that does not change the value. */
START_TEST(test_store_history_trigger)
{
	struct store *st = test_store_new();
	struct answer_history *h;
	int64_t id = store_coalition_insert(st, "Geschiedenis");

	ck_assert_int_eq(store_answer_set(st, id, "k", "een", 0), 0);
	ck_assert_int_eq(store_answer_set(st, id, "k", "twee", 0), 0);
	ck_assert_int_eq(store_answer_set(st, id, "k", "twee", 0), 0);
	ck_assert_int_eq(store_answer_set(st, id, "k", "drie", 0), 0);
	h = store_answer_history(st, id, "k");
	ck_assert_uint_eq(h->n, 3);
	ck_assert_str_eq(h->v[0].value, "een");
	ck_assert_str_eq(h->v[1].value, "twee");
	ck_assert_str_eq(h->v[2].value, "drie");
	answer_history_free(h);
	store_close(st);
}
END_TEST

/* A changed built-in catalogue replaces the werkboek's catalogue on open
 * and leaves every answer alone. */
START_TEST(test_store_catalogue_refresh_keeps_answers)
{
	char *dir = test_tmpdir(), *path = xasprintf("%s/cat.db", dir), *v;
	struct store *st;
	int64_t id, items;

	st = open_ok(path);
	items = store_count(st, "cat_item");
	id = coalition_create(st, "Blijft", NULL);
	answer_save(st, id, "fase1.opgave.1", "mijn antwoord", 0, NULL);
	store_close(st);
	/* Pretend an older catalogue: other hash, an item missing, one added. */
	raw_exec(path, "UPDATE cat_meta SET value = 'oud' WHERE name = 'hash';"
	    "DELETE FROM cat_item WHERE key = 'fase1.opgave.2';"
	    "UPDATE cat_item SET prompt = 'verouderd' WHERE key = 'fase1.opgave.1';");
	st = open_ok(path);
	ck_assert_int_eq(store_count(st, "cat_item"), items);
	v = answer_value(st, id, "fase1.opgave.1", NULL);
	ck_assert_str_eq(v, "mijn antwoord");
	free(v);
	ck_assert_int_eq(store_count(st, "answer_history"), 1);
	store_close(st);
	free(path);
	free(dir);
}
END_TEST

/* Every status has a message, and unknown statuses do not crash. */
START_TEST(test_store_status_messages)
{
	int s;

	for (s = STORE_OK; s <= STORE_ERROR; s++)
		ck_assert_str_ne(store_status_message((enum store_status)s), "");
	ck_assert_str_eq(store_status_message((enum store_status)999),
	    store_status_message(STORE_ERROR));
	ck_assert_int_eq(store_status_from_rc(SQLITE_FULL), STORE_FULL);
	ck_assert_int_eq(store_status_from_rc(SQLITE_BUSY), STORE_BUSY);
	ck_assert_int_eq(store_status_from_rc(SQLITE_NOTADB), STORE_NOT_DB);
	ck_assert_int_eq(store_status_from_rc(SQLITE_IOERR_WRITE), STORE_FULL);
}
END_TEST

/* The dump (JSON, CSV, import) holds every column of every table of the
 * werkboek's own data, so a new column cannot be forgotten: the catalogue,
 * the projector's state, the derived coalition_stats, the field history
 * and the ids are all that is left out. */
START_TEST(test_store_dump_covers_every_column)
{
	char *dir = test_tmpdir(), *path = xasprintf("%s/vol.db", dir);
	struct store *st = open_ok(path);
	sqlite3 *db;
	sqlite3_stmt *stmt;
	size_t t, c;
	int found;

	store_close(st);
	ck_assert_int_eq(sqlite3_open(path, &db), SQLITE_OK);
	ck_assert_int_eq(sqlite3_prepare_v2(db, "SELECT m.name, p.name FROM sqlite_schema m, "
	    "pragma_table_info(m.name) p WHERE m.type = 'table' AND m.name NOT LIKE 'cat\\_%' "
	    "ESCAPE '\\' AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND m.name <> 'projection' "
	    "AND m.name <> 'coalition_stats' AND m.name <> 'import_running' "
	    /* record_id points at one of five tables, by kind, which the
	     * dump's ids cannot follow; the history of concurrent edits stays
	     * with its werkboek */
	    "AND m.name <> 'field_history' "
	    /* a login never leaves the werkboek (who someone is at a terminal) */
	    "AND NOT (m.name = 'participant' AND p.name = 'login') "
	    "AND p.name <> 'id'", -1, &stmt, NULL), SQLITE_OK);
	while (sqlite3_step(stmt) == SQLITE_ROW) {
		const char *table = (const char *)sqlite3_column_text(stmt, 0);
		const char *col = (const char *)sqlite3_column_text(stmt, 1);

		found = 0;
		for (t = 0; t < dump_ntables; t++)
			if (strcmp(dump_tables[t].name, table) == 0)
				for (c = 0; c < dump_tables[t].ncols; c++)
					found |= strcmp(dump_tables[t].cols[c].name, col) == 0;
		ck_assert_msg(found, "%s.%s ontbreekt in dump_tables", table, col);
	}
	sqlite3_finalize(stmt);
	/* and every pointer points back at an earlier table */
	for (t = 0; t < dump_ntables; t++)
		for (c = 0; c < dump_tables[t].ncols; c++)
			ck_assert_int_lt(dump_tables[t].cols[c].ref, (int)t);
	sqlite3_close(db);
	free(path);
	free(dir);
}
END_TEST

/* The start screen's counts (coalition_stats, kept by triggers) agree
 * with the answers after every kind of change: a new answer, a changed
 * one, one wiped to blank, a question that does not count, a deleted
 * coalition. */
START_TEST(test_store_coalition_stats)
{
	struct store *st = test_store_new();
	struct coalition *c;
	int64_t a = store_coalition_insert(st, "Tellen"), b = store_coalition_insert(st, "Weg");

	ck_assert_int_eq(store_answer_set(st, a, "stap1.1", "een", 0), 0);
	ck_assert_int_eq(store_answer_set(st, a, "fase1.opgave.1", "twee", 0), 0);
	ck_assert_int_eq(store_answer_set(st, a, "coalitie.opgave", "telt niet", 0), 0);
	ck_assert_int_eq(store_answer_set(st, b, "stap1.1", "x", 0), 0);
	c = store_coalition_get(st, a);
	ck_assert_int_eq(c->answered, 2);
	coalition_free(c);
	ck_assert_int_eq(store_answer_set(st, a, "stap1.1", "  ", 0), 0);	/* wiped */
	c = store_coalition_get(st, a);
	ck_assert_int_eq(c->answered, 1);
	coalition_free(c);
	ck_assert_int_eq(store_answer_set(st, a, "stap1.1", "weer", 0), 0);
	c = store_coalition_get(st, a);
	ck_assert_int_eq(c->answered, 2);
	coalition_free(c);
	ck_assert_int_eq(store_coalition_delete(st, b), 0);
	ck_assert_int_eq(store_count(st, "coalition_stats"), 1);
	store_close(st);
}
END_TEST

/* The same counts under any mix of changes, made behind the store's back
 * as another program could: answers added, rewritten, blanked, moved to
 * another coalition, put back in time, deleted, a coalition deleted. The
 * triggers add and subtract (migration fast_import); after every
 * step they must agree with counting everything again. */
START_TEST(test_store_coalition_stats_random)
{
	static const char *const changes[] = {
		"INSERT INTO answer(coalition_id, item_key, value, updated) VALUES (?1, ?2, ?3, ?4) "
		"ON CONFLICT DO UPDATE SET value = excluded.value, updated = excluded.updated",
		"UPDATE answer SET value = ?3, updated = ?4 WHERE coalition_id = ?1 AND item_key = ?2",
		"UPDATE OR IGNORE answer SET coalition_id = ?5 WHERE coalition_id = ?1 AND item_key = ?2",
		"DELETE FROM answer WHERE coalition_id = ?1 AND item_key = ?2",
		"UPDATE answer SET updated = ?4 WHERE coalition_id = ?1",
	};
	static const char *const values[] = { "iets", "", "  ", "ander antwoord" };
	char *dir = test_tmpdir(), *path = xasprintf("%s/tellen.db", dir);
	char keys[8][64];
	sqlite3 *db;
	sqlite3_stmt *stmt, *check;
	int i, k, nkeys = 0;
	unsigned seed = 17;

	store_close(open_ok(path));
	raw_exec(path, "INSERT INTO coalition(name) VALUES ('Een'), ('Twee'), ('Drie'), ('Vier')");
	ck_assert_int_eq(sqlite3_open(path, &db), SQLITE_OK);
	ck_assert_int_eq(sqlite3_exec(db, "PRAGMA foreign_keys = ON", NULL, NULL, NULL), SQLITE_OK);
	/* five questions that count, two that do not, one not in the catalogue */
	ck_assert_int_eq(sqlite3_prepare_v2(db, "SELECT key FROM (SELECT key, 1 AS w FROM "
	    "workbook_item LIMIT 5) UNION ALL SELECT key FROM (SELECT key FROM cat_item "
	    "WHERE key NOT IN (SELECT key FROM workbook_item) LIMIT 2) UNION ALL "
	    "SELECT 'geen.vraag'", -1, &stmt, NULL), SQLITE_OK);
	while (sqlite3_step(stmt) == SQLITE_ROW && nkeys < 8)
		snprintf(keys[nkeys++], sizeof keys[0], "%s", sqlite3_column_text(stmt, 0));
	sqlite3_finalize(stmt);
	ck_assert_int_eq(nkeys, 8);
	ck_assert_int_eq(sqlite3_prepare_v2(db, "SELECT count(*) FROM coalition c "
	    "LEFT JOIN coalition_stats s ON s.coalition_id = c.id "
	    "LEFT JOIN coalition_stats_now n ON n.coalition_id = c.id "
	    "WHERE coalesce(s.answered, 0) <> coalesce(n.answered, 0) OR "
	    "coalesce(s.last_answer, '') <> coalesce(n.last_answer, '')", -1, &check, NULL),
	    SQLITE_OK);
	for (i = 0; i < 3000; i++) {
		char when[32];
		int change = rand_r(&seed) % (int)(sizeof changes / sizeof changes[0]);

		k = rand_r(&seed) % nkeys;
		snprintf(when, sizeof when, "2026-12-%02dT10:%02d:00Z", 1 + rand_r(&seed) % 28,
		    rand_r(&seed) % 60);
		if (i == 2500)	/* a whole coalition, with its answers */
			ck_assert_int_eq(sqlite3_exec(db, "DELETE FROM coalition WHERE id = 2", NULL,
			    NULL, NULL), SQLITE_OK);
		ck_assert_int_eq(sqlite3_prepare_v2(db, changes[change], -1, &stmt, NULL),
		    SQLITE_OK);
		sqlite3_bind_int(stmt, 1, 1 + rand_r(&seed) % 4);
		sqlite3_bind_text(stmt, 2, keys[k], -1, SQLITE_STATIC);
		sqlite3_bind_text(stmt, 3, values[rand_r(&seed) % (sizeof values / sizeof values[0])], -1,
		    SQLITE_STATIC);
		sqlite3_bind_text(stmt, 4, when, -1, SQLITE_TRANSIENT);
		sqlite3_bind_int(stmt, 5, 1 + rand_r(&seed) % 4);
		/* a place taken by a deleted coalition refuses; that is fine */
		k = sqlite3_step(stmt);
		ck_assert_msg(k == SQLITE_DONE || k == SQLITE_CONSTRAINT, "%s: %s",
		    changes[change], sqlite3_errmsg(db));
		sqlite3_finalize(stmt);
		ck_assert_int_eq(sqlite3_step(check), SQLITE_ROW);
		ck_assert_msg(sqlite3_column_int(check, 0) == 0, "step %d (%s): counts differ",
		    i, changes[change]);
		sqlite3_reset(check);
	}
	sqlite3_finalize(check);
	sqlite3_close(db);
	free(path);
	free(dir);
}
END_TEST

/* A werkboek at path with a coalition of 600 long answers: enough pages
 * that the answer table has a root page of its own to damage. */
static void
filled(const char *path)
{
	store_close(open_ok(path));
	raw_exec(path, "INSERT INTO coalition(name) VALUES ('Vol');"
	    "WITH RECURSIVE i(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM i WHERE k < 600) "
	    "INSERT INTO answer(coalition_id, item_key, value) "
	    "SELECT 1, 'vraag' || k, printf('%0200d', k) FROM i;");
}

/* Overwrite the answer table's root page with junk, as a bad disk or a
 * stray dd would (the WAL was emptied when the last connection closed). */
static void
damage(const char *path)
{
	sqlite3 *db;
	sqlite3_stmt *stmt;
	char junk[4096];
	int root, size;
	FILE *f;

	ck_assert_int_eq(sqlite3_open(path, &db), SQLITE_OK);
	ck_assert_int_eq(sqlite3_prepare_v2(db, "SELECT rootpage, (SELECT page_size FROM "
	    "pragma_page_size) FROM sqlite_schema WHERE name = 'answer'", -1, &stmt, NULL),
	    SQLITE_OK);
	ck_assert_int_eq(sqlite3_step(stmt), SQLITE_ROW);
	root = sqlite3_column_int(stmt, 0);
	size = sqlite3_column_int(stmt, 1);
	sqlite3_finalize(stmt);
	sqlite3_close(db);
	ck_assert_int_le(size, (int)sizeof junk);
	memset(junk, 0xa5, sizeof junk);
	ck_assert_ptr_nonnull(f = fopen(path, "r+b"));
	ck_assert_int_eq(fseek(f, (long)(root - 1) * size, SEEK_SET), 0);
	ck_assert_uint_eq(fwrite(junk, 1, (size_t)size, f), (size_t)size);
	ck_assert_int_eq(fclose(f), 0);
}

/* The check in the background: a whole werkboek is in order; a damaged
 * one says so in one line with what to do; closing the werkboek while
 * the check runs stops it. */
START_TEST(test_store_check)
{
	char *dir = test_tmpdir(), *path = xasprintf("%s/w.db", dir), *cause = NULL;
	enum store_status status;
	enum store_check_state state;
	struct store *st;
	double ms = -1;

	filled(path);
	st = open_ok(path);
	ck_assert_int_eq(store_check_poll(st, &cause, NULL), STORE_CHECK_NONE);
	store_check_start(st);
	state = store_check_poll(st, NULL, NULL);
	ck_assert(state == STORE_CHECK_RUNNING || state == STORE_CHECK_OK);
	ck_assert_int_eq(store_check_wait(st, &cause, &ms), STORE_CHECK_OK);
	ck_assert_ptr_null(cause);
	ck_assert(ms >= 0);
	ck_assert_int_eq(store_check_poll(st, NULL, NULL), STORE_CHECK_OK);
	store_close(st);

	damage(path);
	st = store_open(path, STORE_AS_IS, &status, &cause);
	ck_assert_msg(st != NULL, "%s", cause);
	store_check_start(st);
	while ((state = store_check_poll(st, &cause, NULL)) == STORE_CHECK_RUNNING)
		usleep(1000);
	ck_assert_int_eq(state, STORE_CHECK_DAMAGED);
	ck_assert_msg(strncmp(cause, "het werkboek is beschadigd (quick_check: ", 41) == 0 &&
	    strstr(cause, "'vitaal kopie BESTAND'") != NULL && strchr(cause, '\n') == NULL,
	    "%s", cause);
	free(cause);
	store_close(st);

	/* Closed at once, while the thread is still at it. */
	st = store_open(path, STORE_AS_IS, &status, &cause);
	ck_assert_ptr_nonnull(st);
	store_check_start(st);
	store_close(st);
	free(path);
	free(dir);
}
END_TEST

/* Names in dir that start with prefix. */
static int
named(const char *dir, const char *prefix)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	int n = 0;

	ck_assert_ptr_nonnull(d);
	while ((e = readdir(d)) != NULL)
		if (strncmp(e->d_name, prefix, strlen(prefix)) == 0)
			n++;
	closedir(d);
	return n;
}

/* vitaal kopie: a new 0600 file that opens with everything in it; an
 * existing name is refused and left alone; nothing is left behind; a
 * damaged werkboek gives a copy in place, said to be damaged. */
START_TEST(test_store_copy)
{
	char *dir = test_tmpdir(), *path = xasprintf("%s/w.db", dir);
	char *dest = xasprintf("%s/kopie.db", dir), *gone = xasprintf("%s/weg/kopie.db", dir);
	char *broken = xasprintf("%s/kapot.db", dir), *cause = NULL;
	enum store_status status;
	int64_t pages = 0, bytes = 0;
	struct store *st, *copy;
	struct stat sb;

	filled(path);
	st = open_ok(path);
	ck_assert_msg(store_copy(st, dest, &pages, &bytes, &cause) == 0, "%s", cause);
	ck_assert_int_gt(pages, 10);
	ck_assert_int_eq(lstat(dest, &sb), 0);
	ck_assert(S_ISREG(sb.st_mode));
	ck_assert_uint_eq(sb.st_mode & 07777, 0600);
	ck_assert_int_eq(bytes, (int64_t)sb.st_size);
	copy = open_ok(dest);
	ck_assert_int_eq(store_count(copy, "answer"), 600);
	ck_assert_int_eq(store_count(copy, "coalition"), 1);
	store_close(copy);

	ck_assert_int_eq(store_copy(st, dest, &pages, &bytes, &cause), -1);
	ck_assert_msg(strstr(cause, "kopie.db bestaat al") != NULL, "%s", cause);
	free(cause);
	cause = NULL;
	ck_assert_int_eq(store_copy(st, gone, &pages, &bytes, &cause), -1);
	ck_assert_msg(strstr(cause, "weg/kopie.db") != NULL, "%s", cause);
	free(cause);
	cause = NULL;
	ck_assert_int_eq(named(dir, ".kopie.db."), 0);		/* no temporary */
	ck_assert_int_eq(named(dir, "kopie.db-"), 0);		/* no -wal, -shm */
	store_close(st);

	damage(path);
	st = store_open(path, STORE_AS_IS, &status, &cause);
	ck_assert_msg(st != NULL, "%s", cause);
	ck_assert_int_eq(store_copy(st, broken, &pages, &bytes, &cause), 1);
	ck_assert_msg(strstr(cause, "kapot.db, maar is beschadigd") != NULL &&
	    strstr(cause, "het werkboek zelf is dat ook") != NULL, "%s", cause);
	free(cause);
	ck_assert_int_eq(lstat(broken, &sb), 0);
	ck_assert_int_eq(named(dir, ".kapot.db."), 0);
	store_close(st);
	free(broken);
	free(gone);
	free(dest);
	free(path);
	free(dir);
}
END_TEST

int
main(void)
{
	Suite *s = suite_create("store");
	TCase *tc = tcase_create("store");

	tcase_set_timeout(tc, 20);
	tcase_add_test(tc, test_store_default_path);
	tcase_add_test(tc, test_store_create_modes_and_reopen);
	tcase_add_test(tc, test_store_migrates_every_older_version);
	tcase_add_test(tc, test_store_migrates_places_into_rounds);
	tcase_add_test(tc, test_store_refuses_newer_untouched);
	tcase_add_test(tc, test_store_refuses_not_sqlite_untouched);
	tcase_add_test(tc, test_store_refuses_foreign_sqlite);
	tcase_add_test(tc, test_store_unopenable);
	tcase_add_test(tc, test_store_locked_on_open);
	tcase_add_test(tc, test_store_busy_no_lost_update);
	tcase_add_test(tc, test_store_nested_transactions);
	tcase_add_test(tc, test_store_foreign_keys_on);
	tcase_add_test(tc, test_store_history_trigger);
	tcase_add_test(tc, test_store_coalition_stats);
	tcase_add_test(tc, test_store_coalition_stats_random);
	tcase_add_test(tc, test_store_catalogue_refresh_keeps_answers);
	tcase_add_test(tc, test_store_status_messages);
	tcase_add_test(tc, test_store_dump_covers_every_column);
	tcase_add_test(tc, test_store_check);
	tcase_add_test(tc, test_store_copy);
	suite_add_tcase(s, tc);
	return test_run(s);
}
