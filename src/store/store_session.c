/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * store_session.c: sessions, their agenda and the changes made in them
 * (the answer history rows that carry the session's id).
 */
#include "config.h"

#include <stdlib.h>

#include "vitaal/records.h"
#include "vitaal/util.h"
#include "store_int.h"
#include "vitaal/store_session.h"

int64_t
store_session_insert(struct store *st, const char *kind, const char *title, const char *date,
    const char *place, const char *facilitator)
{
	static const char sql[] = "INSERT INTO session(kind, title, date, place, facilitator,"
	    " opened) VALUES (?1, ?2, ?3, ?4, ?5, strftime('%Y-%m-%dT%H:%M:%SZ','now'))";
	sqlite3_stmt *stmt;

	if ((stmt = store_write_begin(st, sql)) == NULL)
		return -1;
	store_bind_text(stmt, 1, kind);
	store_bind_text(stmt, 2, title);
	store_bind_text(stmt, 3, date);
	store_bind_text(stmt, 4, place);
	store_bind_text(stmt, 5, facilitator);
	return store_insert_end(st, stmt, NULL);
}

static const struct store_map session_map[] = {
	STORE_MAP(struct session_rec, id, STORE_INT64),
	STORE_MAP(struct session_rec, kind, STORE_TEXT),
	STORE_MAP(struct session_rec, title, STORE_TEXT),
	STORE_MAP(struct session_rec, date, STORE_TEXT),
	STORE_MAP(struct session_rec, place, STORE_TEXT),
	STORE_MAP(struct session_rec, facilitator, STORE_TEXT),
	STORE_MAP(struct session_rec, nchanges, STORE_INT),
};

struct session_rec_list *
store_session_list(struct store *st)
{
	static const char sql[] = "SELECT s.id, s.kind, s.title, s.date, s.place, s.facilitator,"
	    " (SELECT count(*) FROM answer_history h WHERE h.session_id = s.id)"
	    " FROM session s ORDER BY s.date DESC, s.id DESC";

	return STORE_LIST(struct session_rec_list, st, store_stmt_id(st, sql, 0), session_map);
}

static const struct store_map change_map[] = {
	STORE_MAP(struct session_change, coalition, STORE_TEXT),
	STORE_MAP(struct session_change, item_key, STORE_TEXT),
	STORE_MAP(struct session_change, value, STORE_TEXT),
	STORE_MAP(struct session_change, changed, STORE_TEXT),
};

struct session_change *
store_session_changes(struct store *st, int64_t id, size_t *n)
{
	static const char sql[] = "SELECT c.name, h.item_key, h.value, h.changed"
	    " FROM answer_history h JOIN coalition c ON c.id = h.coalition_id"
	    " WHERE h.session_id = ?1 ORDER BY h.id";

	return store_array_new(st, store_stmt_id(st, sql, id), sizeof (struct session_change),
	    change_map, STORE_NMAP(change_map), n);
}

int
store_session_agenda_add(struct store *st, int64_t id, int64_t coalition_id)
{
	static const char sql[] = "INSERT OR IGNORE INTO session_coalition(session_id,"
	    " coalition_id) SELECT s.id, c.id FROM session s, coalition c"
	    " WHERE s.id = ?1 AND c.id = ?2";

	return store_write_ids(st, sql, id, coalition_id, NULL);
}

static const struct store_map name_map[] = {
	{ 0, STORE_TEXT },	/* an element is a char * */
};

char **
store_session_agenda(struct store *st, int64_t id, size_t *n)
{
	static const char sql[] = "SELECT c.name FROM coalition c JOIN session_coalition a"
	    " ON a.coalition_id = c.id WHERE a.session_id = ?1 ORDER BY c.name COLLATE NOCASE";

	return store_array_new(st, store_stmt_id(st, sql, id), sizeof (char *), name_map,
	    STORE_NMAP(name_map), n);
}
