/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * store_answer.c: answers and their history. The history is written by the
 * triggers of schema/001_init.sql (signed with the author since
 * 010_author.sql), so this file only ever writes `answer`; an unchanged
 * value writes nothing at all (no empty history rows).
 */
#include "config.h"

#include <stdlib.h>

#include "vitaal/util.h"
#include "store_int.h"

int
store_answer_set(struct store *st, int64_t coalition_id, const char *item_key,
    const char *value, int64_t session_id)
{
	static const char sql[] =
	    "INSERT INTO answer(coalition_id, item_key, value, updated, session_id, author)"
	    " VALUES (?1, ?2, ?3, strftime('%Y-%m-%dT%H:%M:%SZ','now'), ?4, ?5)"
	    " ON CONFLICT(coalition_id, item_key) DO UPDATE SET value = excluded.value,"
	    "   updated = excluded.updated, session_id = excluded.session_id,"
	    "   author = excluded.author"
	    " WHERE answer.value IS NOT excluded.value";
	sqlite3_stmt *stmt;
	int rc;

	if (store_begin(st) != 0)
		return -1;
	if ((stmt = store_stmt(st, sql)) == NULL)
		goto fail;
	sqlite3_bind_int64(stmt, 1, coalition_id);
	store_bind_text(stmt, 2, item_key);
	store_bind_text(stmt, 3, value);
	if (session_id > 0)
		sqlite3_bind_int64(stmt, 4, session_id);
	if (st->author != NULL)
		store_bind_text(stmt, 5, st->author);
	rc = sqlite3_step(stmt);
	sqlite3_reset(stmt);
	if (rc != SQLITE_DONE) {
		if (rc == SQLITE_CONSTRAINT_FOREIGNKEY)
			store_failf(st, STORE_NOTFOUND, "coalitie of sessie niet gevonden");
		else
			store_fail(st, rc);
		goto fail;
	}
	return store_commit(st);
fail:
	store_rollback(st);
	return -1;
}

static void
read_answer(sqlite3_stmt *stmt, void *p)
{
	struct answer *a = p;

	a->coalition_id = sqlite3_column_int64(stmt, 0);
	a->item_key = store_col_text(stmt, 1);
	a->value = store_col_text(stmt, 2);
	a->updated = store_col_text(stmt, 3);
	a->session_id = sqlite3_column_int64(stmt, 4);
	a->author = store_col_text_or_null(stmt, 5);
}

struct answer *
store_answer_get(struct store *st, int64_t coalition_id, const char *item_key)
{
	static const char sql[] = "SELECT coalition_id, item_key, value, updated, session_id,"
	    " author FROM answer WHERE coalition_id = ?1 AND item_key = ?2";
	struct answer *a = NULL;
	sqlite3_stmt *stmt;
	int rc;

	if ((stmt = store_stmt(st, sql)) == NULL)
		return NULL;
	sqlite3_bind_int64(stmt, 1, coalition_id);
	store_bind_text(stmt, 2, item_key);
	rc = sqlite3_step(stmt);
	if (rc == SQLITE_ROW) {
		a = xcalloc(1, sizeof *a);
		read_answer(stmt, a);
	} else if (rc == SQLITE_DONE)
		store_failf(st, STORE_NOTFOUND, "nog geen antwoord");
	else
		store_fail(st, rc);
	sqlite3_reset(stmt);
	return a;
}

struct answer_list *
store_answer_list(struct store *st, int64_t coalition_id)
{
	static const char sql[] = "SELECT coalition_id, item_key, value, updated, session_id,"
	    " author FROM answer WHERE coalition_id = ?1 ORDER BY item_key";
	struct answer_list *l;
	sqlite3_stmt *stmt;

	if ((stmt = store_stmt(st, sql)) == NULL)
		return NULL;
	sqlite3_bind_int64(stmt, 1, coalition_id);
	l = xcalloc(1, sizeof *l);
	if (store_collect(st, stmt, sizeof *l->v, read_answer, &l->v, &l->n) != 0) {
		answer_list_free(l);
		return NULL;
	}
	return l;
}

static void
read_change(sqlite3_stmt *stmt, void *p)
{
	struct answer_change *c = p;

	c->id = sqlite3_column_int64(stmt, 0);
	c->coalition_id = sqlite3_column_int64(stmt, 1);
	c->item_key = store_col_text(stmt, 2);
	c->value = store_col_text(stmt, 3);
	c->changed = store_col_text(stmt, 4);
	c->session_id = sqlite3_column_int64(stmt, 5);
	c->author = store_col_text_or_null(stmt, 6);
}

struct answer_history *
store_answer_history(struct store *st, int64_t coalition_id, const char *item_key)
{
	static const char sql[] = "SELECT id, coalition_id, item_key, value, changed, session_id,"
	    " author FROM answer_history WHERE coalition_id = ?1 AND item_key = ?2 ORDER BY id";
	struct answer_history *h;
	sqlite3_stmt *stmt;

	if ((stmt = store_stmt(st, sql)) == NULL)
		return NULL;
	sqlite3_bind_int64(stmt, 1, coalition_id);
	store_bind_text(stmt, 2, item_key);
	h = xcalloc(1, sizeof *h);
	if (store_collect(st, stmt, sizeof *h->v, read_change, &h->v, &h->n) != 0) {
		answer_history_free(h);
		return NULL;
	}
	return h;
}

struct answer_change *
store_answer_change_get(struct store *st, int64_t change_id)
{
	static const char sql[] = "SELECT id, coalition_id, item_key, value, changed, session_id,"
	    " author FROM answer_history WHERE id = ?1";
	struct answer_change *c = NULL;
	sqlite3_stmt *stmt;
	int rc;

	if ((stmt = store_stmt(st, sql)) == NULL)
		return NULL;
	sqlite3_bind_int64(stmt, 1, change_id);
	rc = sqlite3_step(stmt);
	if (rc == SQLITE_ROW) {
		c = xcalloc(1, sizeof *c);
		read_change(stmt, c);
	} else if (rc == SQLITE_DONE)
		store_failf(st, STORE_NOTFOUND, "wijziging %lld niet gevonden", (long long)change_id);
	else
		store_fail(st, rc);
	sqlite3_reset(stmt);
	return c;
}
