/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * store_player.c: the players of a coalition and the relations between
 * them. Optional yes/no columns are NULL in the werkboek and -1 in the
 * record; optional choices are NULL in both.
 */
#include "config.h"

#include <stdlib.h>

#include "vitaal/util.h"
#include "store_int.h"

#define PLAYER_COLUMNS "id, coalition_id, name, organisation, kind, level, role, power," \
	" interest, standpunt, kopgroep, eigen_belang, bijdrage, phase_joined, phase_left," \
	" notes, macht, onvervangbaar, formal_relation, representative, same_mandate," \
	" can_commit, wants_regie, grants_regie"

/* A row of PLAYER_COLUMNS; from name on, also the parameters ?2 … of
 * store_player_update. */
static const struct store_map player_map[] = {
	STORE_MAP(struct player, id, STORE_INT64),
	STORE_MAP(struct player, coalition_id, STORE_INT64),
	STORE_MAP(struct player, name, STORE_TEXT),
	STORE_MAP(struct player, organisation, STORE_TEXT),
	STORE_MAP(struct player, kind, STORE_TEXT),
	STORE_MAP(struct player, level, STORE_TEXT),
	STORE_MAP(struct player, role, STORE_TEXT),
	STORE_MAP(struct player, power, STORE_INT),
	STORE_MAP(struct player, interest, STORE_INT),
	STORE_MAP(struct player, standpunt, STORE_TEXT),
	STORE_MAP(struct player, kopgroep, STORE_BOOL),
	STORE_MAP(struct player, eigen_belang, STORE_TEXT),
	STORE_MAP(struct player, bijdrage, STORE_TEXT),
	STORE_MAP(struct player, phase_joined, STORE_INT_OPT),
	STORE_MAP(struct player, phase_left, STORE_INT_OPT),
	STORE_MAP(struct player, notes, STORE_TEXT),
	STORE_MAP(struct player, macht, STORE_TEXT_OR_NULL),
	STORE_MAP(struct player, onvervangbaar, STORE_INT_OPT),
	STORE_MAP(struct player, formal_relation, STORE_TEXT_OR_NULL),
	STORE_MAP(struct player, representative, STORE_TEXT),
	STORE_MAP(struct player, same_mandate, STORE_INT_OPT),
	STORE_MAP(struct player, can_commit, STORE_INT_OPT),
	STORE_MAP(struct player, wants_regie, STORE_INT_OPT),
	STORE_MAP(struct player, grants_regie, STORE_INT_OPT),
};

static const struct store_map relation_map[] = {
	STORE_MAP(struct relation, id, STORE_INT64),
	STORE_MAP(struct relation, coalition_id, STORE_INT64),
	STORE_MAP(struct relation, from_player, STORE_INT64),
	STORE_MAP(struct relation, to_player, STORE_INT64),
	STORE_MAP(struct relation, kind, STORE_TEXT),
	STORE_MAP(struct relation, strength, STORE_INT),
	STORE_MAP(struct relation, note, STORE_TEXT),
};

struct player_list *
store_player_list(struct store *st, int64_t coalition_id)
{
	static const char sql[] = "SELECT " PLAYER_COLUMNS " FROM player WHERE coalition_id = ?1"
	    " ORDER BY id";

	return STORE_LIST(struct player_list, st, store_stmt_id(st, sql, coalition_id),
	    player_map);
}

int64_t
store_player_insert(struct store *st, int64_t coalition_id, const char *name)
{
	static const char sql[] = "INSERT INTO player(coalition_id, name) VALUES (?1, ?2)";
	sqlite3_stmt *stmt;

	if ((stmt = store_write_begin(st, sql)) == NULL)
		return -1;
	sqlite3_bind_int64(stmt, 1, coalition_id);
	store_bind_text(stmt, 2, name);
	return store_insert_end(st, stmt, "coalitie");
}

int
store_player_update(struct store *st, const struct player *p)
{
	static const char sql[] = "UPDATE player SET name = ?2, organisation = ?3, kind = ?4,"
	    " level = ?5, role = ?6, power = ?7, interest = ?8, standpunt = ?9, kopgroep = ?10,"
	    " eigen_belang = ?11, bijdrage = ?12, phase_joined = ?13, phase_left = ?14,"
	    " notes = ?15, macht = ?16, onvervangbaar = ?17, formal_relation = ?18,"
	    " representative = ?19, same_mandate = ?20, can_commit = ?21, wants_regie = ?22,"
	    " grants_regie = ?23, updated = strftime('%Y-%m-%dT%H:%M:%SZ','now') WHERE id = ?1";
	sqlite3_stmt *stmt;

	if ((stmt = store_write_begin(st, sql)) == NULL)
		return -1;
	sqlite3_bind_int64(stmt, 1, p->id);
	store_bind_map(stmt, 2, player_map + 2, STORE_NMAP(player_map) - 2, p);
	return store_write_end(st, stmt, "speler");
}

int
store_player_delete(struct store *st, int64_t id)
{
	static const char sql[] = "DELETE FROM player WHERE id = ?1";

	return store_write_id(st, sql, id, "speler");
}

struct relation_list *
store_relation_list(struct store *st, int64_t coalition_id)
{
	static const char sql[] = "SELECT id, coalition_id, from_player, to_player, kind,"
	    " strength, note FROM relation WHERE coalition_id = ?1 ORDER BY id";

	return STORE_LIST(struct relation_list, st, store_stmt_id(st, sql, coalition_id),
	    relation_map);
}

int64_t
store_relation_insert(struct store *st, int64_t coalition_id, int64_t from, int64_t to,
    const char *kind, int strength, const char *note)
{
	static const char sql[] = "INSERT INTO relation(coalition_id, from_player, to_player,"
	    " kind, strength, note) VALUES (?1, ?2, ?3, ?4, ?5, ?6)";
	sqlite3_stmt *stmt;

	if ((stmt = store_write_begin(st, sql)) == NULL)
		return -1;
	sqlite3_bind_int64(stmt, 1, coalition_id);
	sqlite3_bind_int64(stmt, 2, from);
	sqlite3_bind_int64(stmt, 3, to);
	store_bind_text(stmt, 4, kind);
	sqlite3_bind_int(stmt, 5, strength);
	store_bind_text(stmt, 6, note);
	return store_insert_end(st, stmt, "speler");
}

int
store_relation_update(struct store *st, const struct relation *r)
{
	static const char sql[] = "UPDATE relation SET kind = ?2, strength = ?3, note = ?4"
	    " WHERE id = ?1";
	sqlite3_stmt *stmt;

	if ((stmt = store_write_begin(st, sql)) == NULL)
		return -1;
	sqlite3_bind_int64(stmt, 1, r->id);
	store_bind_text(stmt, 2, r->kind);
	sqlite3_bind_int(stmt, 3, r->strength);
	store_bind_text(stmt, 4, r->note);
	return store_write_end(st, stmt, "relatie");
}

int
store_relation_delete(struct store *st, int64_t id)
{
	static const char sql[] = "DELETE FROM relation WHERE id = ?1";

	return store_write_id(st, sql, id, "relatie");
}
