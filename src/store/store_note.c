/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * store_note.c: free notes on a coalition.
 */
#include "config.h"

#include <stdlib.h>

#include "vitaal/util.h"
#include "store_int.h"

struct note_list *
store_note_list(struct store *st, int64_t coalition_id)
{
	static const char sql[] = "SELECT id, coalition_id, text, created, updated FROM note"
	    " WHERE coalition_id = ?1 ORDER BY updated DESC, id DESC";
	struct note_list *l;
	struct note *n;
	sqlite3_stmt *stmt;
	int rc;

	if ((stmt = store_stmt(st, sql)) == NULL)
		return NULL;
	sqlite3_bind_int64(stmt, 1, coalition_id);
	l = xcalloc(1, sizeof *l);
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		l->v = xreallocarray(l->v, l->n + 1, sizeof *l->v);
		n = &l->v[l->n++];
		n->id = sqlite3_column_int64(stmt, 0);
		n->coalition_id = sqlite3_column_int64(stmt, 1);
		n->text = store_col_text(stmt, 2);
		n->created = store_col_text(stmt, 3);
		n->updated = store_col_text(stmt, 4);
	}
	sqlite3_reset(stmt);
	if (rc != SQLITE_DONE) {
		note_list_free(l);
		store_fail(st, rc);
		return NULL;
	}
	return l;
}

/* Step one prepared write inside its own transaction; NOTFOUND when no row
 * changed. */
static int
write_txn(struct store *st, sqlite3_stmt *stmt)
{
	int rc;

	rc = sqlite3_step(stmt);
	sqlite3_reset(stmt);
	if (rc != SQLITE_DONE)
		return store_fail(st, rc);
	if (sqlite3_changes(st->db) == 0)
		return store_failf(st, STORE_NOTFOUND, "notitie niet gevonden");
	return 0;
}

int64_t
store_note_insert(struct store *st, int64_t coalition_id, const char *text, int64_t session_id)
{
	static const char sql[] = "INSERT INTO note(coalition_id, text, session_id)"
	    " VALUES (?1, ?2, ?3)";
	sqlite3_stmt *stmt;
	int64_t id;

	if (store_begin(st) != 0)
		return -1;
	if ((stmt = store_stmt(st, sql)) == NULL)
		goto fail;
	sqlite3_bind_int64(stmt, 1, coalition_id);
	store_bind_text(stmt, 2, text);
	if (session_id > 0)
		sqlite3_bind_int64(stmt, 3, session_id);
	if (write_txn(st, stmt) != 0)
		goto fail;
	id = sqlite3_last_insert_rowid(st->db);
	return store_commit(st) == 0 ? id : -1;
fail:
	store_rollback(st);
	return -1;
}

int
store_note_update(struct store *st, int64_t id, const char *text)
{
	static const char sql[] = "UPDATE note SET text = ?2,"
	    " updated = strftime('%Y-%m-%dT%H:%M:%SZ','now') WHERE id = ?1 AND text IS NOT ?2";
	static const char exists_sql[] = "SELECT 1 FROM note WHERE id = ?1";
	sqlite3_stmt *stmt;
	int rc;

	if (store_begin(st) != 0)
		return -1;
	if ((stmt = store_stmt(st, sql)) == NULL)
		goto fail;
	sqlite3_bind_int64(stmt, 1, id);
	store_bind_text(stmt, 2, text);
	rc = sqlite3_step(stmt);
	sqlite3_reset(stmt);
	if (rc != SQLITE_DONE) {
		store_fail(st, rc);
		goto fail;
	}
	if (sqlite3_changes(st->db) == 0) {
		/* Unchanged text is fine; a missing note is not. */
		if ((stmt = store_stmt(st, exists_sql)) == NULL)
			goto fail;
		sqlite3_bind_int64(stmt, 1, id);
		rc = sqlite3_step(stmt);
		sqlite3_reset(stmt);
		if (rc != SQLITE_ROW) {
			store_failf(st, STORE_NOTFOUND, "notitie niet gevonden");
			goto fail;
		}
	}
	return store_commit(st);
fail:
	store_rollback(st);
	return -1;
}

int
store_note_delete(struct store *st, int64_t id)
{
	static const char sql[] = "DELETE FROM note WHERE id = ?1";
	sqlite3_stmt *stmt;

	if (store_begin(st) != 0)
		return -1;
	if ((stmt = store_stmt(st, sql)) == NULL)
		goto fail;
	sqlite3_bind_int64(stmt, 1, id);
	if (write_txn(st, stmt) != 0)
		goto fail;
	return store_commit(st);
fail:
	store_rollback(st);
	return -1;
}
