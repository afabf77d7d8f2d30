/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * store_field.c: the history of the fields two terminals may both write
 * (schema/011_field_history.sql). The model decides what goes in, inside
 * the transaction of the save it belongs to; this file only writes rows,
 * keeps each field's history to its newest STORE_FIELD_KEEP rows, and
 * reads them back.
 */
#include "config.h"

#include <stdlib.h>

#include "vitaal/util.h"
#include "store_int.h"

#define FIELD_COLUMNS "id, coalition_id, kind, record_id, field, value, author, saved_at," \
	" reason"

/* A row of FIELD_COLUMNS. */
static const struct store_map change_map[] = {
	STORE_MAP(struct field_change, id, STORE_INT64),
	STORE_MAP(struct field_change, coalition_id, STORE_INT64),
	STORE_MAP(struct field_change, kind, STORE_TEXT),
	STORE_MAP(struct field_change, record_id, STORE_INT64),
	STORE_MAP(struct field_change, field, STORE_TEXT),
	STORE_MAP(struct field_change, value, STORE_TEXT_OR_NULL),
	STORE_MAP(struct field_change, author, STORE_TEXT),
	STORE_MAP(struct field_change, saved_at, STORE_TEXT),
	STORE_MAP(struct field_change, reason, STORE_TEXT),
};

int64_t
store_field_history_add(struct store *st, const struct field_change *c)
{
	static const char sql[] = "INSERT INTO field_history(coalition_id, kind, record_id,"
	    " field, value, author, reason) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)";
	/* Older rows beyond the newest STORE_FIELD_KEEP of this field go. */
	static const char trim_sql[] = "DELETE FROM field_history WHERE kind = ?1"
	    " AND record_id = ?2 AND field = ?3 AND id NOT IN (SELECT id FROM field_history"
	    " WHERE kind = ?1 AND record_id = ?2 AND field = ?3 ORDER BY id DESC LIMIT ?4)";
	sqlite3_stmt *stmt;
	int64_t id;

	if (store_begin(st) != 0)
		return -1;
	if ((stmt = store_stmt(st, sql)) == NULL)
		goto fail;
	sqlite3_bind_int64(stmt, 1, c->coalition_id);
	store_bind_text(stmt, 2, c->kind);
	sqlite3_bind_int64(stmt, 3, c->record_id);
	store_bind_text(stmt, 4, c->field);
	if (c->value != NULL)
		store_bind_text(stmt, 5, c->value);
	store_bind_text(stmt, 6, c->author != NULL ? c->author : "");
	store_bind_text(stmt, 7, c->reason != NULL ? c->reason : "bewaard");
	if (store_step_write(st, stmt, NULL) != 0)
		goto fail;
	id = sqlite3_last_insert_rowid(st->db);
	if ((stmt = store_stmt(st, trim_sql)) == NULL)
		goto fail;
	store_bind_text(stmt, 1, c->kind);
	sqlite3_bind_int64(stmt, 2, c->record_id);
	store_bind_text(stmt, 3, c->field);
	sqlite3_bind_int(stmt, 4, STORE_FIELD_KEEP);
	if (store_step_write(st, stmt, NULL) != 0)
		goto fail;
	return store_commit(st) == 0 ? id : -1;
fail:
	store_rollback(st);
	return -1;
}

struct field_history *
store_field_history(struct store *st, const char *kind, int64_t record_id, const char *field)
{
	static const char sql[] = "SELECT " FIELD_COLUMNS " FROM field_history WHERE kind = ?1"
	    " AND record_id = ?2 AND field = ?3 ORDER BY id";
	static const char all_sql[] = "SELECT " FIELD_COLUMNS " FROM field_history"
	    " WHERE kind = ?1 AND record_id = ?2 ORDER BY id";
	sqlite3_stmt *stmt;

	if ((stmt = store_stmt(st, field != NULL ? sql : all_sql)) == NULL)
		return NULL;
	store_bind_text(stmt, 1, kind);
	sqlite3_bind_int64(stmt, 2, record_id);
	if (field != NULL)
		store_bind_text(stmt, 3, field);
	return STORE_LIST(struct field_history, st, stmt, change_map);
}

/* The one row a bound statement finds, or NULL with NOTFOUND. */
static struct field_change *
one_change(struct store *st, sqlite3_stmt *stmt)
{
	return store_get_map(st, stmt, sizeof (struct field_change), change_map,
	    STORE_NMAP(change_map), "geen eerdere versie gevonden");
}

struct field_change *
store_field_change_get(struct store *st, int64_t id)
{
	static const char sql[] = "SELECT " FIELD_COLUMNS " FROM field_history WHERE id = ?1";
	sqlite3_stmt *stmt;

	if ((stmt = store_stmt(st, sql)) == NULL)
		return NULL;
	sqlite3_bind_int64(stmt, 1, id);
	return one_change(st, stmt);
}

struct field_change *
store_field_last(struct store *st, const char *kind, int64_t record_id, const char *field)
{
	static const char sql[] = "SELECT " FIELD_COLUMNS " FROM field_history WHERE kind = ?1"
	    " AND record_id = ?2 AND field = ?3 ORDER BY id DESC LIMIT 1";
	sqlite3_stmt *stmt;

	if ((stmt = store_stmt(st, sql)) == NULL)
		return NULL;
	store_bind_text(stmt, 1, kind);
	sqlite3_bind_int64(stmt, 2, record_id);
	store_bind_text(stmt, 3, field);
	return one_change(st, stmt);
}
