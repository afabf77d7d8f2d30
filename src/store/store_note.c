/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * store_note.c: free notes on a coalition.
 */
#include "config.h"

#include <stdlib.h>

#include "vitaal/util.h"
#include "store_int.h"

static void
read_note(sqlite3_stmt *stmt, void *p)
{
	struct note *n = p;

	n->id = sqlite3_column_int64(stmt, 0);
	n->coalition_id = sqlite3_column_int64(stmt, 1);
	n->text = store_col_text(stmt, 2);
	n->created = store_col_text(stmt, 3);
	n->updated = store_col_text(stmt, 4);
}

struct note_list *
store_note_list(struct store *st, int64_t coalition_id)
{
	static const char sql[] = "SELECT id, coalition_id, text, created, updated FROM note"
	    " WHERE coalition_id = ?1 ORDER BY updated DESC, id DESC";
	struct note_list *l;
	sqlite3_stmt *stmt;

	if ((stmt = store_stmt(st, sql)) == NULL)
		return NULL;
	sqlite3_bind_int64(stmt, 1, coalition_id);
	l = xcalloc(1, sizeof *l);
	if (store_collect(st, stmt, sizeof *l->v, read_note, &l->v, &l->n) != 0) {
		note_list_free(l);
		return NULL;
	}
	return l;
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
	if (store_step_write(st, stmt, "coalitie") != 0)
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
	/* Setting the same text again changes no row, so this statement
	 * always touches the row: unchanged text keeps its date. */
	static const char sql[] = "UPDATE note SET text = ?2, updated = CASE WHEN text IS ?2"
	    " THEN updated ELSE strftime('%Y-%m-%dT%H:%M:%SZ','now') END WHERE id = ?1";
	sqlite3_stmt *stmt;

	if (store_begin(st) != 0)
		return -1;
	if ((stmt = store_stmt(st, sql)) == NULL)
		goto fail;
	sqlite3_bind_int64(stmt, 1, id);
	store_bind_text(stmt, 2, text);
	if (store_step_write(st, stmt, "notitie") != 0)
		goto fail;
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
	if (store_step_write(st, stmt, "notitie") != 0)
		goto fail;
	return store_commit(st);
fail:
	store_rollback(st);
	return -1;
}
