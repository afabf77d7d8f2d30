/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * store_dilemma.c: a coalition's dilemma boxes with their options, the
 * places people took on them and the pro/contra arguments. Reading takes
 * one query per table and hands the rows to their dilemma in C, so a
 * coalition with many boxes costs four queries, not one per box. A box
 * copied from the catalogue is copied whole in one transaction; children
 * are only ever added to a dilemma that exists, so a stale id reads
 * "dilemma niet gevonden" rather than a foreign-key error.
 */
#include "config.h"

#include <assert.h>
#include <stdlib.h>
#include <string.h>

#include "vitaal/store_dilemma.h"
#include "vitaal/util.h"
#include "store_int.h"

#define DILEMMA_COLUMNS "id, coalition_id, catalogue_key, form, title, pole_a, pole_b," \
	" rationale, team_position, between_text, likelihood, circling"
/* Appended to an UPDATE of a dilemma's own columns. */
#define DILEMMA_TOUCH ", updated = strftime('%Y-%m-%dT%H:%M:%SZ','now') WHERE id = ?1"

/* The text columns a caller may set, each with its own statement: the
 * column name never comes from the caller's string into the SQL. */
static const struct store_named text_fields[] = {
	{ "title",	  "UPDATE dilemma SET title = ?2" DILEMMA_TOUCH },
	{ "rationale",	  "UPDATE dilemma SET rationale = ?2" DILEMMA_TOUCH },
	{ "between_text", "UPDATE dilemma SET between_text = ?2" DILEMMA_TOUCH },
	{ "circling",	  "UPDATE dilemma SET circling = ?2" DILEMMA_TOUCH },
	{ "pole_a",	  "UPDATE dilemma SET pole_a = ?2" DILEMMA_TOUCH },
	{ "pole_b",	  "UPDATE dilemma SET pole_b = ?2" DILEMMA_TOUCH },
};

/* The optional integer columns, likewise; 0 is stored as NULL. */
static const struct store_named int_fields[] = {
	{ "team_position", "UPDATE dilemma SET team_position = ?2" DILEMMA_TOUCH },
	{ "likelihood",	   "UPDATE dilemma SET likelihood = ?2" DILEMMA_TOUCH },
};

/* Bind a text that may be NULL as the empty string (the columns are NOT
 * NULL DEFAULT ''). */
static void
bind_text_or_empty(sqlite3_stmt *stmt, int i, const char *s)
{
	store_bind_text(stmt, i, s != NULL ? s : "");
}

/* Bind an optional integer: 0 means not set and is stored as NULL. */
static void
bind_int_or_null(sqlite3_stmt *stmt, int i, int v)
{
	if (v == 0)
		sqlite3_bind_null(stmt, i);
	else
		sqlite3_bind_int(stmt, i, v);
}

/* Bind a session id: 0 means none. */
static void
bind_session(sqlite3_stmt *stmt, int i, int64_t session_id)
{
	if (session_id > 0)
		sqlite3_bind_int64(stmt, i, session_id);
	else
		sqlite3_bind_null(stmt, i);
}

/* A row of DILEMMA_COLUMNS; NULL integers read 0. */
static const struct store_map dilemma_map[] = {
	STORE_MAP(struct dilemma, id, STORE_INT64),
	STORE_MAP(struct dilemma, coalition_id, STORE_INT64),
	STORE_MAP(struct dilemma, catalogue_key, STORE_TEXT_OR_NULL),
	STORE_MAP(struct dilemma, form, STORE_TEXT),
	STORE_MAP(struct dilemma, title, STORE_TEXT),
	STORE_MAP(struct dilemma, pole_a, STORE_TEXT),
	STORE_MAP(struct dilemma, pole_b, STORE_TEXT),
	STORE_MAP(struct dilemma, rationale, STORE_TEXT),
	STORE_MAP(struct dilemma, team_position, STORE_INT),
	STORE_MAP(struct dilemma, between_text, STORE_TEXT),
	STORE_MAP(struct dilemma, likelihood, STORE_INT),
	STORE_MAP(struct dilemma, circling, STORE_TEXT),
};

/* The children's columns after column 0 (the dilemma id). */
static const struct store_map option_map[] = {
	{ 0, STORE_TEXT },	/* the label: an element is a char * */
};
static const struct store_map position_map[] = {	/* NULL participant reads 0 */
	STORE_MAP(struct dilemma_position, id, STORE_INT64),
	STORE_MAP(struct dilemma_position, label, STORE_TEXT),
	STORE_MAP(struct dilemma_position, position, STORE_INT),
	STORE_MAP(struct dilemma_position, note, STORE_TEXT),
	STORE_MAP(struct dilemma_position, round_id, STORE_INT64),
	STORE_MAP(struct dilemma_position, participant_id, STORE_INT64),
};
static const struct store_map round_map[] = {	/* then the mode: read_mode */
	STORE_MAP(struct dilemma_round, id, STORE_INT64),
	STORE_MAP(struct dilemma_round, seq, STORE_INT),
	STORE_MAP(struct dilemma_round, label, STORE_TEXT),
	STORE_MAP(struct dilemma_round, revealed, STORE_INT),
	STORE_MAP(struct dilemma_round, session_id, STORE_INT64),
	STORE_MAP(struct dilemma_round, opened, STORE_TEXT),
	STORE_MAP(struct dilemma_round, closed, STORE_TEXT_OR_NULL),
};
static const struct store_map argument_map[] = {
	STORE_MAP(struct dilemma_argument, id, STORE_INT64),
	STORE_MAP(struct dilemma_argument, situation, STORE_TEXT),
	STORE_MAP(struct dilemma_argument, stance, STORE_TEXT),
	STORE_MAP(struct dilemma_argument, text, STORE_TEXT),
};

static const char *const round_modes[] = { "naam", "anoniem", "stil" };

/* A round's mode, the last column of the round query (ROUND_NAMED for
 * anything unknown). */
static void
read_mode(sqlite3_stmt *stmt, void *p)
{
	struct dilemma_round *r = p;
	const char *mode = (const char *)sqlite3_column_text(stmt, 1 +
	    (int)STORE_NMAP(round_map));
	int i;

	r->mode = ROUND_NAMED;
	for (i = 0; i < 3; i++)
		if (mode != NULL && strcmp(mode, round_modes[i]) == 0)
			r->mode = (enum dilemma_mode)i;
}

#define DILEMMA_CHILD(sql, field, count, map, fix) \
	{ sql, offsetof(struct dilemma, field), offsetof(struct dilemma, count), \
	    sizeof *((struct dilemma *)NULL)->field, map, STORE_NMAP(map), fix }

/* Five queries: the dilemmas, then options, rounds, places and arguments,
 * each row of those given to its dilemma. */
struct dilemma_list *
store_dilemma_list(struct store *st, int64_t coalition_id)
{
	static const char sql[] = "SELECT " DILEMMA_COLUMNS " FROM dilemma"
	    " WHERE coalition_id = ?1 ORDER BY seq, id";
	static const struct store_child children[] = {
		DILEMMA_CHILD("SELECT o.dilemma_id, o.label FROM dilemma_option o"
		    " JOIN dilemma d ON d.id = o.dilemma_id WHERE d.coalition_id = ?1"
		    " ORDER BY d.seq, d.id, o.seq", options, noptions, option_map, NULL),
		DILEMMA_CHILD("SELECT r.dilemma_id, r.id, r.seq, r.label, r.revealed,"
		    " r.session_id, r.opened, r.closed, r.mode FROM dilemma_round r"
		    " JOIN dilemma d ON d.id = r.dilemma_id"
		    " WHERE d.coalition_id = ?1 ORDER BY d.seq, d.id, r.seq",
		    rounds, nrounds, round_map, read_mode),
		DILEMMA_CHILD("SELECT p.dilemma_id, p.id, p.label, p.position,"
		    " p.note, p.round_id, p.participant_id FROM dilemma_position p"
		    " JOIN dilemma d ON d.id = p.dilemma_id"
		    " WHERE d.coalition_id = ?1 ORDER BY d.seq, d.id, p.id",
		    positions, npositions, position_map, NULL),
		DILEMMA_CHILD("SELECT a.dilemma_id, a.id, a.situation, a.stance,"
		    " a.text FROM dilemma_argument a JOIN dilemma d ON d.id = a.dilemma_id"
		    " WHERE d.coalition_id = ?1 ORDER BY d.seq, d.id, a.id",
		    arguments, narguments, argument_map, NULL),
	};
	struct dilemma_list *l = xcalloc(1, sizeof *l);

	if (store_list_map(st, sql, coalition_id, sizeof *l->v, dilemma_map,
	    STORE_NMAP(dilemma_map), &l->v, &l->n) != 0)
		goto fail;
	if (l->n == 0)
		return l;
	if (store_collect_children(st, children, STORE_NMAP(children), coalition_id, l->v,
	    l->n, sizeof *l->v, offsetof(struct dilemma, id)) != 0)
		goto fail;
	return l;
fail:
	dilemma_list_free(l);
	return NULL;
}

/* Read only the form: the model needs it to check a pole or an argument. */
char *
store_dilemma_form(struct store *st, int64_t id)
{
	static const char sql[] = "SELECT form FROM dilemma WHERE id = ?1";
	sqlite3_stmt *stmt;
	char *form = NULL;
	int rc;

	if ((stmt = store_stmt(st, sql)) == NULL)
		return NULL;
	sqlite3_bind_int64(stmt, 1, id);
	rc = sqlite3_step(stmt);
	if (rc == SQLITE_ROW)
		form = store_col_text(stmt, 0);
	sqlite3_reset(stmt);
	if (rc == SQLITE_DONE)
		store_failf(st, STORE_NOTFOUND, "dilemma niet gevonden");
	else if (rc != SQLITE_ROW)
		store_fail(st, rc);
	return form;
}

/* The dilemma and its options commit together or not at all. */
int64_t
store_dilemma_insert(struct store *st, const struct dilemma *d)
{
	/* Selecting from coalition turns a missing coalition into "no row
	 * inserted" (NOTFOUND) instead of a foreign-key failure. */
	static const char sql[] = "INSERT INTO dilemma(coalition_id, catalogue_key, form, title,"
	    " pole_a, pole_b, rationale, team_position, between_text, likelihood, circling, seq)"
	    " SELECT id, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11,"
	    " (SELECT coalesce(max(seq), 0) + 1 FROM dilemma WHERE coalition_id = ?1)"
	    " FROM coalition WHERE id = ?1";
	sqlite3_stmt *stmt;
	int64_t id;
	size_t i;

	assert(d->form != NULL && d->title != NULL);
	if (store_begin(st) != 0)
		return -1;
	if ((stmt = store_stmt(st, sql)) == NULL)
		goto fail;
	sqlite3_bind_int64(stmt, 1, d->coalition_id);
	if (d->catalogue_key != NULL)
		store_bind_text(stmt, 2, d->catalogue_key);
	store_bind_text(stmt, 3, d->form);
	store_bind_text(stmt, 4, d->title);
	bind_text_or_empty(stmt, 5, d->pole_a);
	bind_text_or_empty(stmt, 6, d->pole_b);
	bind_text_or_empty(stmt, 7, d->rationale);
	bind_int_or_null(stmt, 8, d->team_position);
	bind_text_or_empty(stmt, 9, d->between_text);
	bind_int_or_null(stmt, 10, d->likelihood);
	bind_text_or_empty(stmt, 11, d->circling);
	if (store_step_write(st, stmt, "coalitie") != 0)
		goto fail;
	id = sqlite3_last_insert_rowid(st->db);
	for (i = 0; i < d->noptions; i++) {
		if (store_dilemma_insert_option(st, id, d->options[i]) < 0)
			goto fail;
	}
	return store_commit(st) == 0 ? id : -1;
fail:
	store_rollback(st);
	return -1;
}

/* The next seq and the insert share a transaction, so seqs stay 1..n. */
int
store_dilemma_insert_option(struct store *st, int64_t dilemma_id, const char *label)
{
	static const char seq_sql[] = "SELECT coalesce(max(seq), 0) + 1 FROM dilemma_option"
	    " WHERE dilemma_id = ?1";
	static const char sql[] = "INSERT INTO dilemma_option(dilemma_id, seq, label)"
	    " SELECT id, ?2, ?3 FROM dilemma WHERE id = ?1";
	sqlite3_stmt *stmt;
	int rc, seq;

	if (store_begin(st) != 0)
		return -1;
	if ((stmt = store_stmt(st, seq_sql)) == NULL)
		goto fail;
	sqlite3_bind_int64(stmt, 1, dilemma_id);
	rc = sqlite3_step(stmt);
	seq = sqlite3_column_int(stmt, 0);
	sqlite3_reset(stmt);
	if (rc != SQLITE_ROW) {
		store_fail(st, rc);
		goto fail;
	}
	if ((stmt = store_stmt(st, sql)) == NULL)
		goto fail;
	sqlite3_bind_int64(stmt, 1, dilemma_id);
	sqlite3_bind_int(stmt, 2, seq);
	store_bind_text(stmt, 3, label);
	if (store_step_write(st, stmt, "dilemma") != 0)
		goto fail;
	return store_commit(st) == 0 ? seq : -1;
fail:
	store_rollback(st);
	return -1;
}

/* Does coalition id exist? 1, 0, or -1 (error set). */
static int
coalition_exists(struct store *st, int64_t id)
{
	static const char sql[] = "SELECT 1 FROM coalition WHERE id = ?1";

	return (int)store_scalar(st, store_stmt_id(st, sql, id), 0);
}

/* Copy by key inside SQL, so what is stored is exactly the catalogue's. */
int64_t
store_dilemma_copy_catalogue(struct store *st, int64_t coalition_id, const char *key)
{
	static const char sql[] = "INSERT INTO dilemma(coalition_id, catalogue_key, form, title,"
	    " pole_a, pole_b, seq) SELECT c.id, d.key, d.form, d.title, coalesce(d.pole_a, ''),"
	    " coalesce(d.pole_b, ''),"
	    " (SELECT coalesce(max(seq), 0) + 1 FROM dilemma WHERE coalition_id = c.id)"
	    " FROM coalition c, cat_dilemma d WHERE c.id = ?1 AND d.key = ?2";
	/* Options are renumbered 1..n so positions can count on it. */
	static const char option_sql[] = "INSERT INTO dilemma_option(dilemma_id, seq, label)"
	    " SELECT ?1, row_number() OVER (ORDER BY seq), label FROM cat_dilemma_option"
	    " WHERE dilemma = ?2 ORDER BY seq";
	sqlite3_stmt *stmt;
	int64_t id;
	int exists;

	if (store_begin(st) != 0)
		return -1;
	if ((stmt = store_stmt(st, sql)) == NULL)
		goto fail;
	sqlite3_bind_int64(stmt, 1, coalition_id);
	store_bind_text(stmt, 2, key);
	if (store_step_write(st, stmt, NULL) != 0)
		goto fail;
	if (sqlite3_changes(st->db) == 0) {
		if ((exists = coalition_exists(st, coalition_id)) < 0)
			goto fail;
		if (exists)
			store_failf(st, STORE_NOTFOUND, "dilemma '%s' staat niet in de catalogus",
			    key);
		else
			store_failf(st, STORE_NOTFOUND, "coalitie niet gevonden");
		goto fail;
	}
	id = sqlite3_last_insert_rowid(st->db);
	if ((stmt = store_stmt(st, option_sql)) == NULL)
		goto fail;
	sqlite3_bind_int64(stmt, 1, id);
	store_bind_text(stmt, 2, key);
	if (store_step_write(st, stmt, NULL) != 0)
		goto fail;
	return store_commit(st) == 0 ? id : -1;
fail:
	store_rollback(st);
	return -1;
}

/* Look the field up in text_fields; unknown names never reach SQL. */
int
store_dilemma_set_text(struct store *st, int64_t id, const char *field, const char *value)
{
	sqlite3_stmt *stmt;

	if ((stmt = store_set_begin(st, text_fields, STORE_NMAP(text_fields), field, id)) == NULL)
		return -1;
	bind_text_or_empty(stmt, 2, value);
	return store_write_end(st, stmt, "dilemma");
}

/* Look the field up in int_fields; 0 clears the column. */
int
store_dilemma_set_int(struct store *st, int64_t id, const char *field, int value)
{
	sqlite3_stmt *stmt;

	if ((stmt = store_set_begin(st, int_fields, STORE_NMAP(int_fields), field, id)) == NULL)
		return -1;
	bind_int_or_null(stmt, 2, value);
	return store_write_end(st, stmt, "dilemma");
}

/* Options, places and arguments go by ON DELETE CASCADE. */
int
store_dilemma_delete(struct store *st, int64_t id)
{
	static const char sql[] = "DELETE FROM dilemma WHERE id = ?1";

	return store_write_id(st, sql, id, "dilemma");
}

/* Open a round, closing the one still open: at most one is open per box. */
int64_t
store_round_open(struct store *st, int64_t dilemma_id, const char *mode, const char *label,
    int64_t session_id)
{
	static const char close_sql[] = "UPDATE dilemma_round SET"
	    " closed = strftime('%Y-%m-%dT%H:%M:%SZ','now') WHERE dilemma_id = ?1"
	    " AND closed IS NULL";
	static const char sql[] = "INSERT INTO dilemma_round(dilemma_id, seq, mode, label,"
	    " session_id) SELECT id, (SELECT coalesce(max(seq), 0) + 1 FROM dilemma_round"
	    " WHERE dilemma_id = ?1), ?2, ?3, ?4 FROM dilemma WHERE id = ?1";
	sqlite3_stmt *stmt;
	int64_t id;

	if (store_begin(st) != 0)
		return -1;
	if ((stmt = store_stmt(st, close_sql)) == NULL)
		goto fail;
	sqlite3_bind_int64(stmt, 1, dilemma_id);
	if (store_step_write(st, stmt, NULL) != 0)
		goto fail;
	if ((stmt = store_stmt(st, sql)) == NULL)
		goto fail;
	sqlite3_bind_int64(stmt, 1, dilemma_id);
	store_bind_text(stmt, 2, mode);
	bind_text_or_empty(stmt, 3, label);
	bind_session(stmt, 4, session_id);
	if (store_step_write(st, stmt, "dilemma") != 0)
		goto fail;
	id = sqlite3_last_insert_rowid(st->db);
	return store_commit(st) == 0 ? id : -1;
fail:
	store_rollback(st);
	return -1;
}

/* A closed round stays closed: its first closing time is kept. */
int
store_round_close(struct store *st, int64_t round_id)
{
	static const char sql[] = "UPDATE dilemma_round SET closed = coalesce(closed,"
	    " strftime('%Y-%m-%dT%H:%M:%SZ','now')) WHERE id = ?1";

	return store_write_id(st, sql, round_id, "ronde");
}

int
store_round_reveal(struct store *st, int64_t round_id)
{
	static const char sql[] = "UPDATE dilemma_round SET revealed = 1 WHERE id = ?1";

	return store_write_id(st, sql, round_id, "ronde");
}

int64_t
store_round_open_id(struct store *st, int64_t dilemma_id, const char **mode)
{
	static const char sql[] = "SELECT id, mode FROM dilemma_round WHERE dilemma_id = ?1"
	    " AND closed IS NULL ORDER BY seq DESC LIMIT 1";
	sqlite3_stmt *stmt;
	const char *m;
	int64_t id = 0;
	int rc, i;

	if ((stmt = store_stmt(st, sql)) == NULL)
		return -1;
	sqlite3_bind_int64(stmt, 1, dilemma_id);
	rc = sqlite3_step(stmt);
	if (rc == SQLITE_ROW) {
		id = sqlite3_column_int64(stmt, 0);
		m = (const char *)sqlite3_column_text(stmt, 1);
		for (i = 0; i < 3 && mode != NULL; i++)
			if (m != NULL && strcmp(m, round_modes[i]) == 0)
				*mode = round_modes[i];
	}
	sqlite3_reset(stmt);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return store_fail(st, rc);
	return id;
}

/* Is round id open? 1, 0 with INVALID (closed) or NOTFOUND set, or -1. */
static int
round_is_open(struct store *st, int64_t round_id)
{
	static const char sql[] = "SELECT closed IS NULL FROM dilemma_round WHERE id = ?1";
	sqlite3_stmt *stmt;
	int rc, open = 0;

	if ((stmt = store_stmt(st, sql)) == NULL)
		return -1;
	sqlite3_bind_int64(stmt, 1, round_id);
	rc = sqlite3_step(stmt);
	if (rc == SQLITE_ROW)
		open = sqlite3_column_int(stmt, 0);
	sqlite3_reset(stmt);
	if (rc == SQLITE_DONE)
		return store_failf(st, STORE_NOTFOUND, "ronde niet gevonden");
	if (rc != SQLITE_ROW)
		return store_fail(st, rc);
	if (!open)
		store_failf(st, STORE_INVALID, "deze ronde is gesloten");
	return open;
}

/* The id of the earlier place in round_id of this person (participant_id
 * > 0) or this label (ignoring ASCII case, as str_casecmp does), 0 when
 * there is none, or -1 (error set). */
static int64_t
find_position(struct store *st, int64_t round_id, int64_t participant_id, const char *label)
{
	static const char person_sql[] = "SELECT id FROM dilemma_position WHERE round_id = ?1"
	    " AND participant_id = ?2 ORDER BY id LIMIT 1";
	static const char label_sql[] = "SELECT id FROM dilemma_position WHERE round_id = ?1"
	    " AND label = ?2 COLLATE NOCASE ORDER BY id LIMIT 1";
	sqlite3_stmt *stmt;

	if ((stmt = store_stmt(st, participant_id > 0 ? person_sql : label_sql)) == NULL)
		return -1;
	sqlite3_bind_int64(stmt, 1, round_id);
	if (participant_id > 0)
		sqlite3_bind_int64(stmt, 2, participant_id);
	else
		store_bind_text(stmt, 2, label);
	return store_scalar(st, stmt, 0);
}

/* Check, find and write in one transaction, so nobody is placed twice in
 * a round and nothing lands in a closed one. */
int64_t
store_round_place(struct store *st, int64_t round_id, int64_t participant_id, const char *label,
    int position, int64_t session_id)
{
	/* The label is rewritten too: the person's name as it is now, or the
	 * latest spelling of a typed one. */
	static const char update_sql[] = "UPDATE dilemma_position SET label ="
	    " coalesce((SELECT name FROM participant WHERE id = ?5), ?2), position = ?3,"
	    " session_id = ?4 WHERE id = ?1";
	static const char insert_sql[] = "INSERT INTO dilemma_position(dilemma_id, round_id,"
	    " participant_id, label, position, session_id) SELECT dilemma_id, id, ?5,"
	    " coalesce((SELECT name FROM participant WHERE id = ?5), ?2), ?3, ?4"
	    " FROM dilemma_round WHERE id = ?1";
	sqlite3_stmt *stmt;
	int64_t id = 0;
	int open;

	if (label == NULL)
		label = "";
	if (store_begin(st) != 0)
		return -1;
	if ((open = round_is_open(st, round_id)) <= 0)
		goto fail;
	/* Neither a person nor a name: an anonymous place, always a new one. */
	if ((participant_id > 0 || label[0] != '\0') &&
	    (id = find_position(st, round_id, participant_id, label)) < 0)
		goto fail;
	if ((stmt = store_stmt(st, id > 0 ? update_sql : insert_sql)) == NULL)
		goto fail;
	sqlite3_bind_int64(stmt, 1, id > 0 ? id : round_id);
	store_bind_text(stmt, 2, label);
	sqlite3_bind_int(stmt, 3, position);
	bind_session(stmt, 4, session_id);
	if (participant_id > 0)
		sqlite3_bind_int64(stmt, 5, participant_id);
	else
		sqlite3_bind_null(stmt, 5);
	if (store_step_write(st, stmt, id > 0 ? "plaats" : "ronde") != 0)
		goto fail;
	if (id == 0)
		id = sqlite3_last_insert_rowid(st->db);
	return store_commit(st) == 0 ? id : -1;
fail:
	store_rollback(st);
	return -1;
}

/* Move a place, only while its round is open. */
int
store_position_move(struct store *st, int64_t id, int position)
{
	static const char round_sql[] = "SELECT round_id FROM dilemma_position WHERE id = ?1";
	static const char sql[] = "UPDATE dilemma_position SET position = ?2 WHERE id = ?1";
	sqlite3_stmt *stmt;
	int64_t round_id = 0;
	int rc;

	if (store_begin(st) != 0)
		return -1;
	if ((stmt = store_stmt(st, round_sql)) == NULL)
		goto fail;
	sqlite3_bind_int64(stmt, 1, id);
	rc = sqlite3_step(stmt);
	if (rc == SQLITE_ROW)
		round_id = sqlite3_column_int64(stmt, 0);
	sqlite3_reset(stmt);
	if (rc == SQLITE_DONE) {
		store_failf(st, STORE_NOTFOUND, "plaats niet gevonden");
		goto fail;
	}
	if (rc != SQLITE_ROW) {
		store_fail(st, rc);
		goto fail;
	}
	if (round_is_open(st, round_id) <= 0)
		goto fail;
	if ((stmt = store_stmt(st, sql)) == NULL)
		goto fail;
	sqlite3_bind_int64(stmt, 1, id);
	sqlite3_bind_int(stmt, 2, position);
	if (store_step_write(st, stmt, "plaats") != 0)
		goto fail;
	return store_commit(st);
fail:
	store_rollback(st);
	return -1;
}

/* Take one place off a box. */
int
store_position_delete(struct store *st, int64_t id)
{
	static const char sql[] = "DELETE FROM dilemma_position WHERE id = ?1";

	return store_write_id(st, sql, id, "plaats");
}

/* Add to an existing dilemma only (NOTFOUND otherwise). */
int64_t
store_argument_insert(struct store *st, int64_t dilemma_id, const char *situation,
    const char *stance, const char *text)
{
	static const char sql[] = "INSERT INTO dilemma_argument(dilemma_id, situation, stance,"
	    " text) SELECT id, ?2, ?3, ?4 FROM dilemma WHERE id = ?1";
	sqlite3_stmt *stmt;

	if ((stmt = store_write_begin(st, sql)) == NULL)
		return -1;
	sqlite3_bind_int64(stmt, 1, dilemma_id);
	store_bind_text(stmt, 2, situation);
	store_bind_text(stmt, 3, stance);
	store_bind_text(stmt, 4, text);
	return store_insert_end(st, stmt, "dilemma");
}

/* Take one argument out of its cell. */
int
store_argument_delete(struct store *st, int64_t id)
{
	static const char sql[] = "DELETE FROM dilemma_argument WHERE id = ?1";

	return store_write_id(st, sql, id, "argument");
}
