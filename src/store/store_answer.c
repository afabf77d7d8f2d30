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

#define ANSWER_COLUMNS "coalition_id, item_key, value, updated, session_id, author"
#define CHANGE_COLUMNS "id, coalition_id, item_key, value, changed, session_id, author"

/* A row of ANSWER_COLUMNS. */
static const struct store_map answer_map[] = {
	STORE_MAP(struct answer, coalition_id, STORE_INT64),
	STORE_MAP(struct answer, item_key, STORE_TEXT),
	STORE_MAP(struct answer, value, STORE_TEXT),
	STORE_MAP(struct answer, updated, STORE_TEXT),
	STORE_MAP(struct answer, session_id, STORE_INT64),
	STORE_MAP(struct answer, author, STORE_TEXT_OR_NULL),
};

/* A row of CHANGE_COLUMNS. */
static const struct store_map change_map[] = {
	STORE_MAP(struct answer_change, id, STORE_INT64),
	STORE_MAP(struct answer_change, coalition_id, STORE_INT64),
	STORE_MAP(struct answer_change, item_key, STORE_TEXT),
	STORE_MAP(struct answer_change, value, STORE_TEXT),
	STORE_MAP(struct answer_change, changed, STORE_TEXT),
	STORE_MAP(struct answer_change, session_id, STORE_INT64),
	STORE_MAP(struct answer_change, author, STORE_TEXT_OR_NULL),
};

struct answer *
store_answer_get(struct store *st, int64_t coalition_id, const char *item_key)
{
	static const char sql[] = "SELECT " ANSWER_COLUMNS " FROM answer"
	    " WHERE coalition_id = ?1 AND item_key = ?2";
	sqlite3_stmt *stmt;

	if ((stmt = store_stmt(st, sql)) == NULL)
		return NULL;
	sqlite3_bind_int64(stmt, 1, coalition_id);
	store_bind_text(stmt, 2, item_key);
	return store_get_map(st, stmt, sizeof (struct answer), answer_map,
	    STORE_NMAP(answer_map), "nog geen antwoord");
}

struct answer_list *
store_answer_list(struct store *st, int64_t coalition_id)
{
	static const char sql[] = "SELECT " ANSWER_COLUMNS " FROM answer"
	    " WHERE coalition_id = ?1 ORDER BY item_key";

	return STORE_LIST(struct answer_list, st, store_stmt_id(st, sql, coalition_id),
	    answer_map);
}

struct answer_history *
store_answer_history(struct store *st, int64_t coalition_id, const char *item_key)
{
	static const char sql[] = "SELECT " CHANGE_COLUMNS " FROM answer_history"
	    " WHERE coalition_id = ?1 AND item_key = ?2 ORDER BY id";
	sqlite3_stmt *stmt;

	if ((stmt = store_stmt(st, sql)) == NULL)
		return NULL;
	sqlite3_bind_int64(stmt, 1, coalition_id);
	store_bind_text(stmt, 2, item_key);
	return STORE_LIST(struct answer_history, st, stmt, change_map);
}

struct answer_change *
store_answer_change_get(struct store *st, int64_t change_id)
{
	static const char sql[] = "SELECT " CHANGE_COLUMNS " FROM answer_history WHERE id = ?1";
	sqlite3_stmt *stmt;

	if ((stmt = store_stmt(st, sql)) == NULL)
		return NULL;
	sqlite3_bind_int64(stmt, 1, change_id);
	return store_get_map(st, stmt, sizeof (struct answer_change), change_map,
	    STORE_NMAP(change_map), "wijziging %lld niet gevonden", (long long)change_id);
}
