/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * store_typology.c: the team's typology scores for a coalition: where the
 * opgave sits, each complexity factor, and an override with its reason.
 * The typology row is created on the first score (an upsert).
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "vitaal/util.h"
#include "store_int.h"

/* The typology row; the factors are rows of their own. */
static const struct store_map typology_map[] = {
	STORE_MAP(struct typology, opgave_score, STORE_INT),
	STORE_MAP(struct typology, override_type, STORE_TEXT_OR_NULL),
	STORE_MAP(struct typology, override_reason, STORE_TEXT),
};

int
store_typology_get(struct store *st, int64_t coalition_id, struct typology *t)
{
	static const char sql[] = "SELECT opgave_score, override_type, override_reason"
	    " FROM typology WHERE coalition_id = ?1";
	static const char fsql[] = "SELECT factor, score FROM typology_factor"
	    " WHERE coalition_id = ?1";
	sqlite3_stmt *stmt;
	int rc, i;

	memset(t, 0, sizeof *t);
	for (i = 0; i < 8; i++)
		t->factors[i] = -1;
	if ((stmt = store_stmt(st, sql)) == NULL)
		return -1;
	sqlite3_bind_int64(stmt, 1, coalition_id);
	if ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
		store_read_map(stmt, 0, typology_map, STORE_NMAP(typology_map), t);
	sqlite3_reset(stmt);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return store_fail(st, rc);
	if ((stmt = store_stmt(st, fsql)) == NULL)
		return -1;
	sqlite3_bind_int64(stmt, 1, coalition_id);
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		i = sqlite3_column_int(stmt, 0);
		if (i >= 1 && i <= 8)
			t->factors[i - 1] = sqlite3_column_int(stmt, 1);
	}
	sqlite3_reset(stmt);
	return rc == SQLITE_DONE ? 0 : store_fail(st, rc);
}

int
store_typology_set_opgave(struct store *st, int64_t coalition_id, int score)
{
	static const char sql[] = "INSERT INTO typology(coalition_id, opgave_score) VALUES (?1, ?2)"
	    " ON CONFLICT(coalition_id) DO UPDATE SET opgave_score = excluded.opgave_score,"
	    " updated = strftime('%Y-%m-%dT%H:%M:%SZ','now')";
	sqlite3_stmt *stmt;

	if ((stmt = store_write_begin(st, sql)) == NULL)
		return -1;
	sqlite3_bind_int64(stmt, 1, coalition_id);
	if (score > 0)
		sqlite3_bind_int(stmt, 2, score);
	return store_write_end(st, stmt, NULL);
}

int
store_typology_set_factor(struct store *st, int64_t coalition_id, int factor, int score)
{
	static const char row_sql[] = "INSERT INTO typology(coalition_id) VALUES (?1)"
	    " ON CONFLICT(coalition_id) DO UPDATE SET"
	    " updated = strftime('%Y-%m-%dT%H:%M:%SZ','now')";
	static const char set_sql[] = "INSERT INTO typology_factor(coalition_id, factor, score)"
	    " VALUES (?1, ?2, ?3) ON CONFLICT(coalition_id, factor) DO UPDATE"
	    " SET score = excluded.score";
	static const char del_sql[] = "DELETE FROM typology_factor WHERE coalition_id = ?1"
	    " AND factor = ?2";
	sqlite3_stmt *stmt;

	if (store_begin(st) != 0)
		return -1;
	if ((stmt = store_stmt(st, row_sql)) == NULL)
		goto fail;
	sqlite3_bind_int64(stmt, 1, coalition_id);
	if (store_step_write(st, stmt, NULL) != 0)
		goto fail;
	if ((stmt = store_stmt(st, score < 0 ? del_sql : set_sql)) == NULL)
		goto fail;
	sqlite3_bind_int64(stmt, 1, coalition_id);
	sqlite3_bind_int(stmt, 2, factor);
	if (score >= 0)
		sqlite3_bind_int(stmt, 3, score);
	return store_write_end(st, stmt, NULL);
fail:
	store_rollback(st);
	return -1;
}

int
store_typology_set_override(struct store *st, int64_t coalition_id, const char *type_key,
    const char *reason)
{
	static const char sql[] = "INSERT INTO typology(coalition_id, override_type,"
	    " override_reason) VALUES (?1, ?2, ?3) ON CONFLICT(coalition_id) DO UPDATE"
	    " SET override_type = excluded.override_type,"
	    " override_reason = excluded.override_reason,"
	    " updated = strftime('%Y-%m-%dT%H:%M:%SZ','now')";
	sqlite3_stmt *stmt;

	if ((stmt = store_write_begin(st, sql)) == NULL)
		return -1;
	sqlite3_bind_int64(stmt, 1, coalition_id);
	if (type_key != NULL)
		store_bind_text(stmt, 2, type_key);
	store_bind_text(stmt, 3, reason != NULL ? reason : "");
	return store_write_end(st, stmt, NULL);
}
