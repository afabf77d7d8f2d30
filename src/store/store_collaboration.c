/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * store_collaboration.c: design step 5's list of other collaborations on
 * the terrain, and copying an example coalition out of the catalogue.
 */
#include "config.h"

#include <stdlib.h>

#include "vitaal/util.h"
#include "store_int.h"

static const struct store_map collaboration_map[] = {
	STORE_MAP(struct collaboration, id, STORE_INT64),
	STORE_MAP(struct collaboration, coalition_id, STORE_INT64),
	STORE_MAP(struct collaboration, name, STORE_TEXT),
	STORE_MAP(struct collaboration, description, STORE_TEXT),
	STORE_MAP(struct collaboration, stance, STORE_TEXT),
	STORE_MAP(struct collaboration, note, STORE_TEXT),
	STORE_MAP(struct collaboration, updated, STORE_TEXT),
};

struct collaboration_list *
store_collaboration_list(struct store *st, int64_t coalition_id)
{
	static const char sql[] = "SELECT id, coalition_id, name, description, stance, note,"
	    " updated FROM collaboration WHERE coalition_id = ?1 ORDER BY id";

	return STORE_LIST(struct collaboration_list, st, store_stmt_id(st, sql, coalition_id),
	    collaboration_map);
}

int64_t
store_collaboration_insert(struct store *st, int64_t coalition_id, const char *name)
{
	static const char sql[] = "INSERT INTO collaboration(coalition_id, name) VALUES (?1, ?2)";
	sqlite3_stmt *stmt;

	if ((stmt = store_write_begin(st, sql)) == NULL)
		return -1;
	sqlite3_bind_int64(stmt, 1, coalition_id);
	store_bind_text(stmt, 2, name);
	return store_insert_end(st, stmt, "coalitie");
}

int
store_collaboration_update(struct store *st, const struct collaboration *c)
{
	static const char sql[] = "UPDATE collaboration SET name = ?2, description = ?3,"
	    " stance = ?4, note = ?5, updated = strftime('%Y-%m-%dT%H:%M:%SZ','now')"
	    " WHERE id = ?1";
	sqlite3_stmt *stmt;

	if ((stmt = store_write_begin(st, sql)) == NULL)
		return -1;
	sqlite3_bind_int64(stmt, 1, c->id);
	store_bind_text(stmt, 2, c->name);
	store_bind_text(stmt, 3, c->description);
	store_bind_text(stmt, 4, c->stance);
	store_bind_text(stmt, 5, c->note);
	return store_write_end(st, stmt, "samenwerking");
}

int
store_collaboration_delete(struct store *st, int64_t id)
{
	static const char sql[] = "DELETE FROM collaboration WHERE id = ?1";

	return store_write_id(st, sql, id, "samenwerking");
}

/* The example's further parts (cat_example_sql): each statement in seq
 * order, with :coalitie bound to the new coalition. They are the
 * catalogue's own SQL, built into the binary, never the user's. */
static int
example_run_sql(struct store *st, const char *key, int64_t id)
{
	static const char list_sql[] = "SELECT seq, stmt FROM cat_example_sql WHERE example = ?1"
	    " ORDER BY seq";
	sqlite3_stmt *list, *stmt;
	int rc, idx;

	if ((list = store_stmt(st, list_sql)) == NULL)
		return -1;
	store_bind_text(list, 1, key);
	while ((rc = sqlite3_step(list)) == SQLITE_ROW) {
		int seq = sqlite3_column_int(list, 0);
		const char *text = (const char *)sqlite3_column_text(list, 1);

		if (sqlite3_prepare_v2(st->db, text, -1, &stmt, NULL) != SQLITE_OK) {
			store_failf(st, STORE_ERROR, "voorbeeld '%s', stap %d: %s", key, seq,
			    sqlite3_errmsg(st->db));
			sqlite3_reset(list);
			return -1;
		}
		if ((idx = sqlite3_bind_parameter_index(stmt, ":coalitie")) > 0)
			sqlite3_bind_int64(stmt, idx, id);
		while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
			;
		sqlite3_finalize(stmt);
		if (rc != SQLITE_DONE) {
			store_failf(st, STORE_ERROR, "voorbeeld '%s', stap %d: %s", key, seq,
			    sqlite3_errmsg(st->db));
			sqlite3_reset(list);
			return -1;
		}
	}
	sqlite3_reset(list);
	if (rc != SQLITE_DONE) {
		store_fail(st, rc);
		return -1;
	}
	return 0;
}

int64_t
store_example_create(struct store *st, const char *key, const char *name)
{
	static const char coalition_sql[] = "INSERT INTO coalition(name, phase)"
	    " SELECT ?2, phase FROM cat_example WHERE key = ?1";
	static const char answer_sql[] = "INSERT INTO answer(coalition_id, item_key, value)"
	    " SELECT ?2, item_key, value FROM cat_example_answer WHERE example = ?1";
	static const char player_sql[] = "INSERT INTO player(coalition_id, name, organisation,"
	    " kind, level, role, power, interest, standpunt, kopgroep, eigen_belang, bijdrage)"
	    " SELECT ?2, name, organisation, kind, level, role, power, interest, standpunt,"
	    " kopgroep, eigen_belang, bijdrage FROM cat_example_player WHERE example = ?1"
	    " ORDER BY seq";
	static const char collab_sql[] = "INSERT INTO collaboration(coalition_id, name,"
	    " description, stance, note) SELECT ?2, name, description, stance, note"
	    " FROM cat_example_collaboration WHERE example = ?1 ORDER BY seq";
	const char *copies[] = { answer_sql, player_sql, collab_sql };
	sqlite3_stmt *stmt;
	int64_t id;
	size_t i;
	int rc;

	if (store_begin(st) != 0)
		return -1;
	if ((stmt = store_stmt(st, coalition_sql)) == NULL)
		goto fail;
	store_bind_text(stmt, 1, key);
	store_bind_text(stmt, 2, name);
	rc = sqlite3_step(stmt);
	sqlite3_reset(stmt);
	if (rc != SQLITE_DONE) {
		if (rc == SQLITE_CONSTRAINT_UNIQUE)
			store_failf(st, STORE_EXISTS, "er is al een coalitie met de naam '%s'", name);
		else
			store_fail(st, rc);
		goto fail;
	}
	if (sqlite3_changes(st->db) == 0) {
		store_failf(st, STORE_NOTFOUND, "voorbeeld '%s' niet gevonden", key);
		goto fail;
	}
	id = sqlite3_last_insert_rowid(st->db);
	for (i = 0; i < sizeof copies / sizeof copies[0]; i++) {
		if ((stmt = store_stmt(st, copies[i])) == NULL)
			goto fail;
		store_bind_text(stmt, 1, key);
		sqlite3_bind_int64(stmt, 2, id);
		if (store_step_write(st, stmt, NULL) != 0)
			goto fail;
	}
	if (example_run_sql(st, key, id) != 0)
		goto fail;
	return store_commit(st) == 0 ? id : -1;
fail:
	store_rollback(st);
	return -1;
}
