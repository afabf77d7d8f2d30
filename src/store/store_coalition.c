/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * store_coalition.c: the coalition table. Names are unique without regard
 * to case (the column is COLLATE NOCASE); the model trims and validates
 * them before they get here.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "vitaal/util.h"
#include "store_int.h"

/* Columns of every coalition query, in the order of coalition_map;
 * the answer counts come from coalition_stats (migration 8), kept by
 * triggers. */
#define COALITION_COLUMNS \
	"c.id, c.name, c.phase, c.archived, c.created," \
	" max(c.updated, coalesce(s.last_answer, '')) AS updated," \
	" coalesce(s.answered, 0) AS answered"
#define COALITION_FROM \
	" FROM coalition c LEFT JOIN coalition_stats s ON s.coalition_id = c.id"

static const struct store_map coalition_map[] = {
	STORE_MAP(struct coalition, id, STORE_INT64),
	STORE_MAP(struct coalition, name, STORE_TEXT),
	STORE_MAP(struct coalition, phase, STORE_INT),
	STORE_MAP(struct coalition, archived, STORE_INT),
	STORE_MAP(struct coalition, created, STORE_TEXT),
	STORE_MAP(struct coalition, updated, STORE_TEXT),
	STORE_MAP(struct coalition, answered, STORE_INT),
};

struct coalition_list *
store_coalition_list(struct store *st, int with_archived)
{
	static const char sql[] = "SELECT " COALITION_COLUMNS COALITION_FROM
	    " WHERE ?1 OR c.archived = 0 ORDER BY c.name COLLATE NOCASE, c.id";

	return STORE_LIST(struct coalition_list, st, store_stmt_id(st, sql, with_archived != 0),
	    coalition_map);
}

/* Run a one-row coalition query with its parameter bound by the caller. */
static struct coalition *
fetch_one(struct store *st, sqlite3_stmt *stmt)
{
	return store_get_map(st, stmt, sizeof (struct coalition), coalition_map,
	    STORE_NMAP(coalition_map), "coalitie niet gevonden");
}

struct coalition *
store_coalition_get(struct store *st, int64_t id)
{
	static const char sql[] = "SELECT " COALITION_COLUMNS COALITION_FROM " WHERE c.id = ?1";
	sqlite3_stmt *stmt;

	if ((stmt = store_stmt(st, sql)) == NULL)
		return NULL;
	sqlite3_bind_int64(stmt, 1, id);
	return fetch_one(st, stmt);
}

struct coalition *
store_coalition_find(struct store *st, const char *name)
{
	static const char sql[] = "SELECT " COALITION_COLUMNS COALITION_FROM
	    " WHERE c.name = ?1 COLLATE NOCASE";
	sqlite3_stmt *stmt;

	if ((stmt = store_stmt(st, sql)) == NULL)
		return NULL;
	store_bind_text(stmt, 1, name);
	return fetch_one(st, stmt);
}

/* Map a constraint failure on the name column to EXISTS. */
static int
write_failed(struct store *st, int rc, const char *name)
{
	if (rc == SQLITE_CONSTRAINT_UNIQUE && name != NULL)
		return store_failf(st, STORE_EXISTS, "er is al een coalitie met de naam '%s'", name);
	return store_fail(st, rc);
}

int64_t
store_coalition_insert(struct store *st, const char *name)
{
	static const char sql[] = "INSERT INTO coalition(name) VALUES (?1)";
	sqlite3_stmt *stmt;
	int64_t id;
	int rc;

	if (store_begin(st) != 0)
		return -1;
	if ((stmt = store_stmt(st, sql)) == NULL)
		goto fail;
	store_bind_text(stmt, 1, name);
	rc = sqlite3_step(stmt);
	sqlite3_reset(stmt);
	if (rc != SQLITE_DONE) {
		write_failed(st, rc, name);
		goto fail;
	}
	id = sqlite3_last_insert_rowid(st->db);
	if (store_commit(st) != 0)
		return -1;
	return id;
fail:
	store_rollback(st);
	return -1;
}

/* Run one UPDATE/DELETE on a coalition by id in its own transaction; a
 * missing coalition is NOTFOUND. name is only used for error messages. */
static int
change_one(struct store *st, const char *sql, int64_t id, const char *text, int number,
    const char *name)
{
	sqlite3_stmt *stmt;
	int rc;

	if (store_begin(st) != 0)
		return -1;
	if ((stmt = store_stmt(st, sql)) == NULL)
		goto fail;
	sqlite3_bind_int64(stmt, 1, id);
	if (text != NULL)
		store_bind_text(stmt, 2, text);
	else
		sqlite3_bind_int(stmt, 2, number);
	rc = sqlite3_step(stmt);
	sqlite3_reset(stmt);
	if (rc != SQLITE_DONE) {
		write_failed(st, rc, name);
		goto fail;
	}
	if (sqlite3_changes(st->db) == 0) {
		store_failf(st, STORE_NOTFOUND, "coalitie niet gevonden");
		goto fail;
	}
	return store_commit(st);
fail:
	store_rollback(st);
	return -1;
}

#define NOW "strftime('%Y-%m-%dT%H:%M:%SZ','now')"

int
store_coalition_rename(struct store *st, int64_t id, const char *name)
{
	static const char sql[] = "UPDATE coalition SET name = ?2, updated = " NOW " WHERE id = ?1";

	return change_one(st, sql, id, name, 0, name);
}

int
store_coalition_set_archived(struct store *st, int64_t id, int archived)
{
	static const char sql[] = "UPDATE coalition SET archived = ?2, updated = " NOW
	    " WHERE id = ?1";

	return change_one(st, sql, id, NULL, archived != 0, NULL);
}

int
store_coalition_set_phase(struct store *st, int64_t id, int phase)
{
	static const char sql[] = "UPDATE coalition SET phase = ?2, updated = " NOW " WHERE id = ?1";

	return change_one(st, sql, id, NULL, phase, NULL);
}

int
store_coalition_delete(struct store *st, int64_t id)
{
	/* ?2 is bound but unused, so change_one can serve every statement. */
	static const char sql[] = "DELETE FROM coalition WHERE id = ?1 AND ?2 = 0";

	return change_one(st, sql, id, NULL, 0, NULL);
}

int
store_coalition_counts(struct store *st, int64_t id, struct coalition_counts *out)
{
	static const char sql[] = "SELECT"
	    " (SELECT count(*) FROM player WHERE coalition_id = ?1),"
	    " (SELECT count(*) FROM relation WHERE coalition_id = ?1),"
	    " (SELECT count(*) FROM dilemma WHERE coalition_id = ?1),"
	    " (SELECT count(*) FROM note WHERE coalition_id = ?1),"
	    " (SELECT count(*) FROM collaboration WHERE coalition_id = ?1),"
	    " (SELECT count(*) FROM typology WHERE coalition_id = ?1)";
	sqlite3_stmt *stmt;
	int rc;

	if ((stmt = store_stmt(st, sql)) == NULL)
		return -1;
	sqlite3_bind_int64(stmt, 1, id);
	if ((rc = sqlite3_step(stmt)) != SQLITE_ROW) {
		sqlite3_reset(stmt);
		return store_fail(st, rc);
	}
	out->players = sqlite3_column_int(stmt, 0);
	out->relations = sqlite3_column_int(stmt, 1);
	out->dilemmas = sqlite3_column_int(stmt, 2);
	out->notes = sqlite3_column_int(stmt, 3);
	out->collaborations = sqlite3_column_int(stmt, 4);
	out->typology = sqlite3_column_int(stmt, 5) > 0;
	sqlite3_reset(stmt);
	return 0;
}

int
store_workbook_item_count(struct store *st)
{
	static const char sql[] = "SELECT count(*) FROM workbook_item";

	return (int)store_scalar(st, store_stmt(st, sql), -1);	/* always a row */
}

int64_t
store_count(struct store *st, const char *table)
{
	static const char *const known[] = {
		"coalition", "answer", "answer_history", "player", "relation", "dilemma",
		"dilemma_option", "dilemma_round", "dilemma_position", "dilemma_argument", "typology",
		"typology_factor",
		"participant", "session", "self_analysis", "self_answer", "note",
		"collaboration", "cat_example", "cat_example_answer", "cat_example_player",
		"cat_example_collaboration", "cat_example_sql", "cat_source_heading", "coalition_stats",
		"cat_source", "cat_phase", "cat_key", "cat_checkrow", "cat_step", "cat_form",
		"cat_item", "cat_perspective", "cat_coalition_type", "cat_strategy",
		"cat_factor", "cat_dilemma", "cat_dilemma_option",
	};
	sqlite3_stmt *stmt;
	int64_t n = -1;
	char *sql;
	size_t i;
	int rc;

	for (i = 0; i < sizeof known / sizeof known[0]; i++)
		if (strcmp(known[i], table) == 0)
			break;
	if (i == sizeof known / sizeof known[0])
		return store_failf(st, STORE_NOTFOUND, "onbekende tabel %s", table);
	/* The name comes from the fixed list above, never from the user. */
	sql = xasprintf("SELECT count(*) FROM %s", known[i]);
	rc = sqlite3_prepare_v2(st->db, sql, -1, &stmt, NULL);
	free(sql);
	if (rc != SQLITE_OK)
		return store_fail(st, rc);
	if ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
		n = sqlite3_column_int64(stmt, 0);
	else
		store_fail(st, rc);
	sqlite3_finalize(stmt);
	return n;
}
