/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * store_note.c: free notes on a coalition.
 */
#include "config.h"

#include <stdlib.h>

#include "vitaal/util.h"
#include "store_int.h"

static const struct store_map note_map[] = {
	STORE_MAP(struct note, id, STORE_INT64),
	STORE_MAP(struct note, coalition_id, STORE_INT64),
	STORE_MAP(struct note, text, STORE_TEXT),
	STORE_MAP(struct note, created, STORE_TEXT),
	STORE_MAP(struct note, updated, STORE_TEXT),
};

struct note_list *
store_note_list(struct store *st, int64_t coalition_id)
{
	static const char sql[] = "SELECT id, coalition_id, text, created, updated FROM note"
	    " WHERE coalition_id = ?1 ORDER BY updated DESC, id DESC";

	return STORE_LIST(struct note_list, st, store_stmt_id(st, sql, coalition_id), note_map);
}

int64_t
store_note_insert(struct store *st, int64_t coalition_id, const char *text, int64_t session_id)
{
	static const char sql[] = "INSERT INTO note(coalition_id, text, session_id)"
	    " VALUES (?1, ?2, ?3)";
	sqlite3_stmt *stmt;

	if ((stmt = store_write_begin(st, sql)) == NULL)
		return -1;
	sqlite3_bind_int64(stmt, 1, coalition_id);
	store_bind_text(stmt, 2, text);
	if (session_id > 0)
		sqlite3_bind_int64(stmt, 3, session_id);
	return store_insert_end(st, stmt, "coalitie");
}

int
store_note_update(struct store *st, int64_t id, const char *text)
{
	/* Setting the same text again changes no row, so this statement
	 * always touches the row: unchanged text keeps its date. */
	static const char sql[] = "UPDATE note SET text = ?2, updated = CASE WHEN text IS ?2"
	    " THEN updated ELSE strftime('%Y-%m-%dT%H:%M:%SZ','now') END WHERE id = ?1";
	sqlite3_stmt *stmt;

	if ((stmt = store_write_begin(st, sql)) == NULL)
		return -1;
	sqlite3_bind_int64(stmt, 1, id);
	store_bind_text(stmt, 2, text);
	return store_write_end(st, stmt, "notitie");
}

int
store_note_delete(struct store *st, int64_t id)
{
	static const char sql[] = "DELETE FROM note WHERE id = ?1";

	return store_write_id(st, sql, id, "notitie");
}
