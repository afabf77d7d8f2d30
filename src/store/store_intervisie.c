/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * store_intervisie.c: participants, their private self-analyses and the
 * intervisie cycle of a group (days, questions, advice, actions, themes,
 * lessons). The privacy rule lives in the SQL: a query that may read
 * someone else's analysis has "shared = 1" in its WHERE clause, and every
 * write to an analysis has "participant_id = owner" in its own, so a
 * wrong id can never reach an unshared analysis; when nothing matched the
 * caller reads "niet uw zelfanalyse". Children are only ever added to a
 * parent that exists (INSERT … SELECT FROM parent), so a stale id reads
 * "<what> niet gevonden" rather than a foreign-key error. Question lists
 * are read with one query per table, as in store_dilemma.c.
 */
#include "config.h"

#include <assert.h>
#include <stdlib.h>
#include <string.h>

#include "vitaal/store_intervisie.h"
#include "vitaal/util.h"
#include "store_int.h"

#define NOW		"strftime('%Y-%m-%dT%H:%M:%SZ','now')"
#define NOT_YOURS	"niet uw zelfanalyse"
#define PRIVATE		"privé: deze zelfanalyse is niet gedeeld"

#define PARTICIPANT_COLUMNS "p.id, p.name, p.organisation, p.role, p.profile, p.login"
#define ANALYSIS_COLUMNS "a.id, a.participant_id, p.name, a.form_key, a.title, a.shared," \
	" a.created, a.updated, (SELECT count(*) FROM self_answer s" \
	" WHERE s.analysis_id = a.id AND trim(s.value) <> ''), a.origin"
#define ANALYSIS_FROM " FROM self_analysis a JOIN participant p ON p.id = a.participant_id"

/* The question texts a caller may set, each with its own statement: the
 * column name never comes from the caller's string into the SQL. */
static const struct store_named text_fields[] = {
	{ "interview",	     "UPDATE iquestion SET interview = ?2 WHERE id = ?1" },
	{ "gespreksnotitie", "UPDATE iquestion SET gespreksnotitie = ?2 WHERE id = ?1" },
	{ "follow_up",	     "UPDATE iquestion SET follow_up = ?2 WHERE id = ?1" },
};

/* The tables store_intervisie_count knows, each with a fixed statement. */
static const struct store_named count_sql[] = {
	{ "participant",	 "SELECT count(*) FROM participant" },
	{ "self_analysis",	 "SELECT count(*) FROM self_analysis" },
	{ "self_answer",	 "SELECT count(*) FROM self_answer" },
	{ "self_answer_history", "SELECT count(*) FROM self_answer_history" },
	{ "igroup",		 "SELECT count(*) FROM igroup" },
	{ "igroup_member",	 "SELECT count(*) FROM igroup_member" },
	{ "session",		 "SELECT count(*) FROM session" },
	{ "iquestion",		 "SELECT count(*) FROM iquestion" },
	{ "iadvice",		 "SELECT count(*) FROM iadvice" },
	{ "iaction",		 "SELECT count(*) FROM iaction" },
	{ "itheme",		 "SELECT count(*) FROM itheme" },
	{ "iquestion_theme",	 "SELECT count(*) FROM iquestion_theme" },
	{ "ilesson",		 "SELECT count(*) FROM ilesson" },
	{ "ilesson_question",	 "SELECT count(*) FROM ilesson_question" },
};

/* Bind an optional id: 0 means none and is stored as NULL. */
static void
bind_id_or_null(sqlite3_stmt *stmt, int i, int64_t id)
{
	if (id > 0)
		sqlite3_bind_int64(stmt, i, id);
	else
		sqlite3_bind_null(stmt, i);
}

/* Step a write on an analysis whose WHERE names the owner; no row changed
 * means the analysis is not the owner's. 0 or -1 (error set). */
static int
step_owned(struct store *st, sqlite3_stmt *stmt)
{
	if (store_step_write(st, stmt, NULL) != 0)
		return -1;
	if (sqlite3_changes(st->db) == 0)
		return store_failf(st, STORE_NOTFOUND, NOT_YOURS);
	return 0;
}

/* Does the one-row query sql, bound to id (and id2 when not 0), return a
 * row? 1, 0, or -1 (error set). */
static int
row_exists(struct store *st, const char *sql, int64_t id, int64_t id2)
{
	sqlite3_stmt *stmt;

	if ((stmt = store_stmt(st, sql)) == NULL)
		return -1;
	sqlite3_bind_int64(stmt, 1, id);
	if (id2 != 0)
		sqlite3_bind_int64(stmt, 2, id2);
	return store_scalar(st, stmt, 0) != 0 ? 1 : 0;
}

/* Column 0 as a string, for lists of strings. */
static const struct store_map string_map[] = {
	{ 0, STORE_TEXT },
};

/* ---- participants ----------------------------------------------------- */

/* A row of PARTICIPANT_COLUMNS. */
static const struct store_map participant_map[] = {
	STORE_MAP(struct participant, id, STORE_INT64),
	STORE_MAP(struct participant, name, STORE_TEXT),
	STORE_MAP(struct participant, organisation, STORE_TEXT),
	STORE_MAP(struct participant, role, STORE_TEXT),
	STORE_MAP(struct participant, profile, STORE_TEXT),
	STORE_MAP(struct participant, login, STORE_TEXT_OR_NULL),
};

/* Run a query of PARTICIPANT_COLUMNS bound to id (when it has ?1). */
static struct participant_list *
participant_query(struct store *st, const char *sql, int64_t id)
{
	return STORE_LIST(struct participant_list, st, store_stmt_id(st, sql, id),
	    participant_map);
}

/* Everyone, by name. */
struct participant_list *
store_participant_list(struct store *st)
{
	static const char sql[] = "SELECT " PARTICIPANT_COLUMNS " FROM participant p"
	    " ORDER BY p.name COLLATE NOCASE, p.id";

	return participant_query(st, sql, 0);
}

/* A new participant with only a name. */
int64_t
store_participant_insert(struct store *st, const char *name)
{
	static const char sql[] = "INSERT INTO participant(name) VALUES (?1)";
	sqlite3_stmt *stmt;

	if ((stmt = store_write_begin(st, sql)) == NULL)
		return -1;
	store_bind_text(stmt, 1, name);
	return store_insert_end(st, stmt, NULL);
}

/* One statement checks and inserts, so two terminals adding the same
 * name at once still make one person. */
int64_t
store_participant_insert_new(struct store *st, const char *name)
{
	static const char sql[] = "INSERT INTO participant(name) SELECT ?1"
	    " WHERE NOT EXISTS (SELECT 1 FROM participant WHERE name = ?1 COLLATE NOCASE)";
	sqlite3_stmt *stmt;
	int64_t id;

	if ((stmt = store_write_begin(st, sql)) == NULL)
		return -1;
	store_bind_text(stmt, 1, name);
	if (store_step_write(st, stmt, NULL) != 0)
		goto fail;
	if (sqlite3_changes(st->db) == 0) {
		store_failf(st, STORE_EXISTS, "er is al iemand die '%s' heet", name);
		goto fail;
	}
	id = sqlite3_last_insert_rowid(st->db);
	return store_commit(st) == 0 ? id : -1;
fail:
	store_rollback(st);
	return -1;
}

/* The name only; the login stays where it is. A name another person has
 * (ignoring case) is refused in the same statement. */
int
store_participant_rename(struct store *st, int64_t id, const char *name)
{
	static const char taken_sql[] = "SELECT 1 FROM participant"
	    " WHERE id <> ?1 AND name = ?2 COLLATE NOCASE";
	static const char sql[] = "UPDATE participant SET name = ?2 WHERE id = ?1";
	sqlite3_stmt *stmt;
	int rc;

	if ((stmt = store_write_begin(st, taken_sql)) == NULL)
		return -1;
	sqlite3_bind_int64(stmt, 1, id);
	store_bind_text(stmt, 2, name);
	rc = sqlite3_step(stmt);
	sqlite3_reset(stmt);
	if (rc == SQLITE_ROW) {
		store_failf(st, STORE_EXISTS, "er is al iemand die '%s' heet", name);
		goto fail;
	}
	if (rc != SQLITE_DONE) {
		store_fail(st, rc);
		goto fail;
	}
	if ((stmt = store_stmt(st, sql)) == NULL)
		goto fail;
	sqlite3_bind_int64(stmt, 1, id);
	store_bind_text(stmt, 2, name);
	return store_write_end(st, stmt, "deelnemer");
fail:
	store_rollback(st);
	return -1;
}

/* Every field but the login, which only bind_login moves. */
int
store_participant_update(struct store *st, const struct participant *p)
{
	static const char sql[] = "UPDATE participant SET name = ?2, organisation = ?3,"
	    " role = ?4, profile = ?5 WHERE id = ?1";
	sqlite3_stmt *stmt;

	assert(p->name != NULL);
	if ((stmt = store_write_begin(st, sql)) == NULL)
		return -1;
	sqlite3_bind_int64(stmt, 1, p->id);
	store_bind_text(stmt, 2, p->name);
	store_bind_text(stmt, 3, p->organisation != NULL ? p->organisation : "");
	store_bind_text(stmt, 4, p->role != NULL ? p->role : "");
	store_bind_text(stmt, 5, p->profile != NULL ? p->profile : "");
	return store_write_end(st, stmt, "deelnemer");
}

/* The unique index on login makes this at most one row. */
int64_t
store_participant_by_login(struct store *st, const char *login)
{
	static const char sql[] = "SELECT id FROM participant WHERE login = ?1";
	sqlite3_stmt *stmt;

	if ((stmt = store_stmt(st, sql)) == NULL)
		return -1;
	store_bind_text(stmt, 1, login);
	return store_scalar(st, stmt, 0);
}

/* Clear the login elsewhere first, so the unique index never trips; a
 * missing participant rolls the clearing back too. */
int
store_participant_bind_login(struct store *st, int64_t id, const char *login)
{
	static const char clear_sql[] = "UPDATE participant SET login = NULL"
	    " WHERE login = ?2 AND id <> ?1";
	static const char sql[] = "UPDATE participant SET login = ?2 WHERE id = ?1";
	sqlite3_stmt *stmt;

	if ((stmt = store_write_begin(st, clear_sql)) == NULL)
		return -1;
	sqlite3_bind_int64(stmt, 1, id);
	store_bind_text(stmt, 2, login);
	if (store_step_write(st, stmt, NULL) != 0)
		goto fail;
	if ((stmt = store_stmt(st, sql)) == NULL)
		goto fail;
	sqlite3_bind_int64(stmt, 1, id);
	store_bind_text(stmt, 2, login);
	return store_write_end(st, stmt, "deelnemer");
fail:
	store_rollback(st);
	return -1;
}

/* Analyses and memberships go by ON DELETE CASCADE. */
int
store_participant_delete(struct store *st, int64_t id)
{
	static const char sql[] = "DELETE FROM participant WHERE id = ?1";

	return store_write_id(st, sql, id, "deelnemer");
}

/* ---- self-analyses ------------------------------------------------------ */

/* A row of ANALYSIS_COLUMNS. */
static const struct store_map analysis_map[] = {
	STORE_MAP(struct self_analysis_rec, id, STORE_INT64),
	STORE_MAP(struct self_analysis_rec, owner, STORE_INT64),
	STORE_MAP(struct self_analysis_rec, owner_name, STORE_TEXT),
	STORE_MAP(struct self_analysis_rec, form_key, STORE_TEXT),
	STORE_MAP(struct self_analysis_rec, title, STORE_TEXT),
	STORE_MAP(struct self_analysis_rec, shared, STORE_INT),
	STORE_MAP(struct self_analysis_rec, created, STORE_TEXT),
	STORE_MAP(struct self_analysis_rec, updated, STORE_TEXT),
	STORE_MAP(struct self_analysis_rec, answered, STORE_INT),
	STORE_MAP(struct self_analysis_rec, origin, STORE_TEXT_OR_NULL),
};

/* Collect the analyses a bound statement returns. */
static struct self_analysis_list *
analysis_collect(struct store *st, sqlite3_stmt *stmt)
{
	return STORE_LIST(struct self_analysis_list, st, stmt, analysis_map);
}

/* Inserting from participant turns a missing owner into NOTFOUND. */
int64_t
store_selfanalysis_insert(struct store *st, int64_t owner, const char *form_key,
    const char *title)
{
	static const char sql[] = "INSERT INTO self_analysis(participant_id, form_key, title)"
	    " SELECT id, ?2, ?3 FROM participant WHERE id = ?1";
	sqlite3_stmt *stmt;

	if ((stmt = store_write_begin(st, sql)) == NULL)
		return -1;
	sqlite3_bind_int64(stmt, 1, owner);
	store_bind_text(stmt, 2, form_key);
	store_bind_text(stmt, 3, title != NULL ? title : "");
	return store_insert_end(st, stmt, "deelnemer");
}

/* The owner's analyses, private ones included: the WHERE names the owner. */
struct self_analysis_list *
store_selfanalysis_mine(struct store *st, int64_t owner)
{
	static const char sql[] = "SELECT " ANALYSIS_COLUMNS ANALYSIS_FROM
	    " WHERE a.participant_id = ?1 ORDER BY a.created DESC, a.id DESC";
	sqlite3_stmt *stmt;

	if ((stmt = store_stmt(st, sql)) == NULL)
		return NULL;
	sqlite3_bind_int64(stmt, 1, owner);
	return analysis_collect(st, stmt);
}

/* Group views: shared = 1 is part of the query, whatever the arguments. */
struct self_analysis_list *
store_selfanalysis_shared(struct store *st, int64_t group_id, const char *form_key)
{
	static const char sql[] = "SELECT " ANALYSIS_COLUMNS ANALYSIS_FROM
	    " WHERE a.shared = 1"
	    " AND (?1 = 0 OR a.participant_id IN (SELECT m.participant_id"
	    " FROM igroup_member m WHERE m.group_id = ?1))"
	    " AND (?2 IS NULL OR a.form_key = ?2)"
	    " ORDER BY p.name COLLATE NOCASE, a.created DESC, a.id DESC";
	sqlite3_stmt *stmt;

	if ((stmt = store_stmt(st, sql)) == NULL)
		return NULL;
	sqlite3_bind_int64(stmt, 1, group_id);
	if (form_key != NULL)
		store_bind_text(stmt, 2, form_key);
	return analysis_collect(st, stmt);
}

/* One of the owner's own analyses; anyone else's reads as not theirs. */
struct self_analysis_rec *
store_selfanalysis_get_own(struct store *st, int64_t id, int64_t owner)
{
	static const char sql[] = "SELECT " ANALYSIS_COLUMNS ANALYSIS_FROM
	    " WHERE a.id = ?1 AND a.participant_id = ?2";
	sqlite3_stmt *stmt;

	if ((stmt = store_stmt(st, sql)) == NULL)
		return NULL;
	sqlite3_bind_int64(stmt, 1, id);
	sqlite3_bind_int64(stmt, 2, owner);
	return store_get_map(st, stmt, sizeof (struct self_analysis_rec), analysis_map,
	    STORE_NMAP(analysis_map), NOT_YOURS);
}

/* Only the owner's row can match the WHERE. Sharing shares the answers
 * as they are now: the drafts written while the analysis was private go
 * in the same transaction, so no history view or export ever shows them. */
int
store_selfanalysis_set_shared(struct store *st, int64_t id, int64_t owner, int shared)
{
	static const char sql[] = "UPDATE self_analysis SET shared = ?3"
	    " WHERE id = ?1 AND participant_id = ?2";
	static const char drafts_sql[] = "DELETE FROM self_answer_history"
	    " WHERE analysis_id = ?1 AND ?2 = 1";
	sqlite3_stmt *stmt;

	if ((stmt = store_write_begin(st, sql)) == NULL)
		return -1;
	sqlite3_bind_int64(stmt, 1, id);
	sqlite3_bind_int64(stmt, 2, owner);
	sqlite3_bind_int(stmt, 3, shared ? 1 : 0);
	if (step_owned(st, stmt) != 0 || (stmt = store_stmt(st, drafts_sql)) == NULL) {
		store_rollback(st);
		return -1;
	}
	sqlite3_bind_int64(stmt, 1, id);
	sqlite3_bind_int(stmt, 2, shared ? 1 : 0);
	return store_write_end(st, stmt, NULL);
}

/* Answers and history go by ON DELETE CASCADE, links by SET NULL. */
int
store_selfanalysis_delete(struct store *st, int64_t id, int64_t owner)
{
	static const char sql[] = "DELETE FROM self_analysis"
	    " WHERE id = ?1 AND participant_id = ?2";
	sqlite3_stmt *stmt;

	if ((stmt = store_write_begin(st, sql)) == NULL)
		return -1;
	sqlite3_bind_int64(stmt, 1, id);
	sqlite3_bind_int64(stmt, 2, owner);
	if (step_owned(st, stmt) != 0) {
		store_rollback(st);
		return -1;
	}
	return store_commit(st);
}

/* Is the analysis visible to viewer (the owner, or shared)? Checked twice:
 * the query reads the answer only when allowed, and C refuses again. */
static int
visible(int64_t owner, int shared, int64_t viewer)
{
	return (viewer != 0 && viewer == owner) || shared == 1;
}

/* Fail with NOTFOUND or "privé" unless viewer may read analysis id.
 * 0 or -1 (error set). */
static int
check_visible(struct store *st, int64_t id, int64_t viewer)
{
	static const char sql[] = "SELECT participant_id, shared FROM self_analysis"
	    " WHERE id = ?1";
	sqlite3_stmt *stmt;
	int64_t owner = 0;
	int rc, shared = 0;

	if ((stmt = store_stmt(st, sql)) == NULL)
		return -1;
	sqlite3_bind_int64(stmt, 1, id);
	rc = sqlite3_step(stmt);
	if (rc == SQLITE_ROW) {
		owner = sqlite3_column_int64(stmt, 0);
		shared = sqlite3_column_int(stmt, 1);
	}
	sqlite3_reset(stmt);
	if (rc == SQLITE_DONE)
		return store_failf(st, STORE_NOTFOUND, "zelfanalyse niet gevonden");
	if (rc != SQLITE_ROW)
		return store_fail(st, rc);
	if (!visible(owner, shared, viewer))
		return store_failf(st, STORE_INVALID, PRIVATE);
	return 0;
}

/* One query reads owner, shared flag and, only when the viewer may see
 * it, the answer; C checks the flags again before handing it out. */
char *
store_selfanalysis_value(struct store *st, int64_t id, int64_t viewer, const char *item_key)
{
	static const char sql[] = "SELECT a.participant_id, a.shared,"
	    " CASE WHEN (?2 <> 0 AND a.participant_id = ?2) OR a.shared = 1"
	    " THEN coalesce((SELECT s.value FROM self_answer s"
	    " WHERE s.analysis_id = a.id AND s.item_key = ?3), '') END"
	    " FROM self_analysis a WHERE a.id = ?1";
	sqlite3_stmt *stmt;
	char *value = NULL;
	int64_t owner;
	int rc;

	if ((stmt = store_stmt(st, sql)) == NULL)
		return NULL;
	sqlite3_bind_int64(stmt, 1, id);
	sqlite3_bind_int64(stmt, 2, viewer);
	store_bind_text(stmt, 3, item_key);
	rc = sqlite3_step(stmt);
	if (rc == SQLITE_ROW) {
		owner = sqlite3_column_int64(stmt, 0);
		if (visible(owner, sqlite3_column_int(stmt, 1), viewer))
			value = store_col_text(stmt, 2);
		else
			store_failf(st, STORE_INVALID, PRIVATE);
	} else if (rc == SQLITE_DONE)
		store_failf(st, STORE_NOTFOUND, "zelfanalyse niet gevonden");
	else
		store_fail(st, rc);
	sqlite3_reset(stmt);
	return value;
}

/* A row of (item_key, value). */
static const struct store_map answer_map[] = {
	STORE_MAP(struct self_answer_rec, item_key, STORE_TEXT),
	STORE_MAP(struct self_answer_rec, value, STORE_TEXT),
};

/* The visibility rule is checked first (for the message) and is also part
 * of the answers query itself. */
struct self_answer_rec *
store_selfanalysis_answers(struct store *st, int64_t id, int64_t viewer, size_t *n)
{
	static const char sql[] = "SELECT s.item_key, s.value FROM self_answer s"
	    " JOIN self_analysis a ON a.id = s.analysis_id"
	    " WHERE s.analysis_id = ?1 AND ((?2 <> 0 AND a.participant_id = ?2)"
	    " OR a.shared = 1) ORDER BY s.item_key";
	sqlite3_stmt *stmt;

	*n = 0;
	if (check_visible(st, id, viewer) != 0)
		return NULL;
	if ((stmt = store_stmt(st, sql)) == NULL)
		return NULL;
	sqlite3_bind_int64(stmt, 1, id);
	sqlite3_bind_int64(stmt, 2, viewer);
	return store_array_new(st, stmt, sizeof (struct self_answer_rec), answer_map,
	    STORE_NMAP(answer_map), n);
}

/* Read, compare and write in one transaction; every statement names the
 * owner in its WHERE, so another's analysis is never written. */
int
store_selfanalysis_save(struct store *st, int64_t id, int64_t owner, const char *item_key,
    const char *value)
{
	static const char check_sql[] = "SELECT EXISTS (SELECT 1 FROM cat_item i"
	    " WHERE i.key = ?3 AND i.form = a.form_key), (SELECT s.value FROM self_answer s"
	    " WHERE s.analysis_id = a.id AND s.item_key = ?3)"
	    " FROM self_analysis a WHERE a.id = ?1 AND a.participant_id = ?2";
	static const char upsert_sql[] = "INSERT INTO self_answer(analysis_id, item_key, value)"
	    " SELECT a.id, ?3, ?4 FROM self_analysis a WHERE a.id = ?1 AND a.participant_id = ?2"
	    " ON CONFLICT (analysis_id, item_key) DO UPDATE SET value = excluded.value,"
	    " updated = " NOW " WHERE self_answer.value IS NOT excluded.value";
	static const char touch_sql[] = "UPDATE self_analysis SET updated = " NOW
	    " WHERE id = ?1 AND participant_id = ?2";
	sqlite3_stmt *stmt;
	const char *old;
	int rc, in_form, same;

	assert(item_key != NULL && value != NULL);
	if ((stmt = store_write_begin(st, check_sql)) == NULL)
		return -1;
	sqlite3_bind_int64(stmt, 1, id);
	sqlite3_bind_int64(stmt, 2, owner);
	store_bind_text(stmt, 3, item_key);
	rc = sqlite3_step(stmt);
	if (rc != SQLITE_ROW) {
		sqlite3_reset(stmt);
		if (rc == SQLITE_DONE)
			store_failf(st, STORE_NOTFOUND, NOT_YOURS);
		else
			store_fail(st, rc);
		goto fail;
	}
	in_form = sqlite3_column_int(stmt, 0);
	old = (const char *)sqlite3_column_text(stmt, 1);
	/* As answer_save: a blank value for an open question is no change. */
	same = old != NULL ? strcmp(old, value) == 0 : str_is_blank(value);
	sqlite3_reset(stmt);
	if (!in_form) {
		store_failf(st, STORE_INVALID, "vraag '%s' hoort niet bij deze vragenlijst",
		    item_key);
		goto fail;
	}
	if (same)
		return store_commit(st);

	if ((stmt = store_stmt(st, upsert_sql)) == NULL)
		goto fail;
	sqlite3_bind_int64(stmt, 1, id);
	sqlite3_bind_int64(stmt, 2, owner);
	store_bind_text(stmt, 3, item_key);
	store_bind_text(stmt, 4, value);
	if (step_owned(st, stmt) != 0)
		goto fail;
	if ((stmt = store_stmt(st, touch_sql)) == NULL)
		goto fail;
	sqlite3_bind_int64(stmt, 1, id);
	sqlite3_bind_int64(stmt, 2, owner);
	if (step_owned(st, stmt) != 0)
		goto fail;
	return store_commit(st);
fail:
	store_rollback(st);
	return -1;
}

/* The history is as private as the analysis: only its owner reads it. */
char **
store_selfanalysis_history(struct store *st, int64_t id, int64_t owner, const char *item_key,
    size_t *n)
{
	static const char own_sql[] = "SELECT 1 FROM self_analysis"
	    " WHERE id = ?1 AND participant_id = ?2";
	static const char sql[] = "SELECT h.value FROM self_answer_history h"
	    " JOIN self_analysis a ON a.id = h.analysis_id"
	    " WHERE h.analysis_id = ?1 AND a.participant_id = ?2 AND h.item_key = ?3"
	    " ORDER BY h.id";
	sqlite3_stmt *stmt;
	int own;

	*n = 0;
	if ((own = row_exists(st, own_sql, id, owner)) <= 0) {
		if (own == 0)
			store_failf(st, STORE_NOTFOUND, NOT_YOURS);
		return NULL;
	}
	if ((stmt = store_stmt(st, sql)) == NULL)
		return NULL;
	sqlite3_bind_int64(stmt, 1, id);
	sqlite3_bind_int64(stmt, 2, owner);
	store_bind_text(stmt, 3, item_key);
	return store_array_new(st, stmt, sizeof (char *), string_map, STORE_NMAP(string_map), n);
}

/* The earlier versions: every history row of the owner's analysis but
 * the last of each question (that one is the answer as it stands). */
int64_t
store_selfanalysis_drafts(struct store *st, int64_t id, int64_t owner)
{
	static const char own_sql[] = "SELECT 1 FROM self_analysis"
	    " WHERE id = ?1 AND participant_id = ?2";
	static const char sql[] = "SELECT count(*) FROM self_answer_history h"
	    " JOIN self_analysis a ON a.id = h.analysis_id"
	    " WHERE h.analysis_id = ?1 AND a.participant_id = ?2 AND h.id NOT IN"
	    " (SELECT max(x.id) FROM self_answer_history x WHERE x.analysis_id = ?1"
	    " GROUP BY x.item_key)";
	sqlite3_stmt *stmt;
	int own;

	if ((own = row_exists(st, own_sql, id, owner)) <= 0) {
		if (own == 0)
			store_failf(st, STORE_NOTFOUND, NOT_YOURS);
		return -1;
	}
	if ((stmt = store_stmt(st, sql)) == NULL)
		return -1;
	sqlite3_bind_int64(stmt, 1, id);
	sqlite3_bind_int64(stmt, 2, owner);
	return store_scalar(st, stmt, -1);	/* a count: always a row */
}

/* ---- groups and intervisie days ----------------------------------------- */

/* A row of (id, name, members). */
static const struct store_map group_map[] = {
	STORE_MAP(struct igroup, id, STORE_INT64),
	STORE_MAP(struct igroup, name, STORE_TEXT),
	STORE_MAP(struct igroup, nmembers, STORE_SIZE),
};

/* Groups by name (the column ignores case). */
struct igroup_list *
store_igroup_list(struct store *st)
{
	static const char sql[] = "SELECT g.id, g.name, (SELECT count(*) FROM igroup_member m"
	    " WHERE m.group_id = g.id) FROM igroup g ORDER BY g.name, g.id";

	return STORE_LIST(struct igroup_list, st, store_stmt_id(st, sql, 0), group_map);
}

/* The groups participant_id is a member of, by name. */
struct igroup_list *
store_igroup_list_for(struct store *st, int64_t participant_id)
{
	static const char sql[] = "SELECT g.id, g.name, (SELECT count(*) FROM igroup_member m"
	    " WHERE m.group_id = g.id) FROM igroup g WHERE EXISTS (SELECT 1 FROM igroup_member m"
	    " WHERE m.group_id = g.id AND m.participant_id = ?1) ORDER BY g.name, g.id";

	return STORE_LIST(struct igroup_list, st, store_stmt_id(st, sql, participant_id),
	    group_map);
}

/* A taken name reads as EXISTS, not as a constraint failure. */
int64_t
store_igroup_insert(struct store *st, const char *name)
{
	static const char sql[] = "INSERT INTO igroup(name) VALUES (?1)";
	sqlite3_stmt *stmt;
	int64_t id;
	int rc;

	if ((stmt = store_write_begin(st, sql)) == NULL)
		return -1;
	store_bind_text(stmt, 1, name);
	rc = sqlite3_step(stmt);
	sqlite3_reset(stmt);
	if (rc != SQLITE_DONE) {
		if (rc == SQLITE_CONSTRAINT_UNIQUE)
			store_failf(st, STORE_EXISTS, "er is al een intervisiegroep met de naam '%s'",
			    name);
		else
			store_fail(st, rc);
		store_rollback(st);
		return -1;
	}
	id = sqlite3_last_insert_rowid(st->db);
	return store_commit(st) == 0 ? id : -1;
}

/* Check both ends first, so a stale id is named; a second join changes
 * nothing. */
int
store_igroup_join(struct store *st, int64_t group_id, int64_t participant_id)
{
	static const char group_sql[] = "SELECT 1 FROM igroup WHERE id = ?1";
	static const char person_sql[] = "SELECT 1 FROM participant WHERE id = ?1";
	static const char sql[] = "INSERT INTO igroup_member(group_id, participant_id)"
	    " VALUES (?1, ?2) ON CONFLICT DO NOTHING";
	sqlite3_stmt *stmt;
	int found;

	if (store_begin(st) != 0)
		return -1;
	if ((found = row_exists(st, group_sql, group_id, 0)) <= 0) {
		if (found == 0)
			store_failf(st, STORE_NOTFOUND, "groep niet gevonden");
		goto fail;
	}
	if ((found = row_exists(st, person_sql, participant_id, 0)) <= 0) {
		if (found == 0)
			store_failf(st, STORE_NOTFOUND, "deelnemer niet gevonden");
		goto fail;
	}
	if ((stmt = store_stmt(st, sql)) == NULL)
		goto fail;
	sqlite3_bind_int64(stmt, 1, group_id);
	sqlite3_bind_int64(stmt, 2, participant_id);
	return store_write_end(st, stmt, NULL);
fail:
	store_rollback(st);
	return -1;
}

/* Leaving a group one is not in changes nothing. */
int
store_igroup_leave(struct store *st, int64_t group_id, int64_t participant_id)
{
	static const char sql[] = "DELETE FROM igroup_member"
	    " WHERE group_id = ?1 AND participant_id = ?2";

	return store_write_ids(st, sql, group_id, participant_id, NULL);
}

/* The members by name. */
struct participant_list *
store_igroup_members(struct store *st, int64_t group_id)
{
	static const char sql[] = "SELECT " PARTICIPANT_COLUMNS " FROM participant p"
	    " JOIN igroup_member m ON m.participant_id = p.id WHERE m.group_id = ?1"
	    " ORDER BY p.name COLLATE NOCASE, p.id";

	return participant_query(st, sql, group_id);
}

struct participant_list *
store_session_attendees(struct store *st, int64_t session_id)
{
	static const char sql[] = "SELECT " PARTICIPANT_COLUMNS " FROM participant p"
	    " JOIN session_participant a ON a.participant_id = p.id WHERE a.session_id = ?1"
	    " ORDER BY p.name COLLATE NOCASE, p.id";

	return participant_query(st, sql, session_id);
}

int
store_session_attend(struct store *st, int64_t session_id, int64_t participant_id)
{
	static const char sql[] = "INSERT OR IGNORE INTO session_participant(session_id,"
	    " participant_id) SELECT s.id, p.id FROM session s, participant p"
	    " WHERE s.id = ?1 AND p.id = ?2";

	return store_write_ids(st, sql, session_id, participant_id, NULL);
}

/* Not there after all; someone not marked present changes nothing. */
int
store_session_unattend(struct store *st, int64_t session_id, int64_t participant_id)
{
	static const char sql[] = "DELETE FROM session_participant"
	    " WHERE session_id = ?1 AND participant_id = ?2";

	return store_write_ids(st, sql, session_id, participant_id, NULL);
}

int
store_participant_link_coalition(struct store *st, int64_t participant_id, int64_t coalition_id)
{
	static const char sql[] = "INSERT OR IGNORE INTO coalition_participant(coalition_id,"
	    " participant_id) SELECT c.id, p.id FROM coalition c, participant p"
	    " WHERE c.id = ?1 AND p.id = ?2";

	return store_write_ids(st, sql, coalition_id, participant_id, NULL);
}


char **
store_participant_coalitions(struct store *st, int64_t participant_id, size_t *n)
{
	static const char sql[] = "SELECT c.name FROM coalition c JOIN coalition_participant l"
	    " ON l.coalition_id = c.id WHERE l.participant_id = ?1 ORDER BY c.name COLLATE NOCASE";

	return store_array_new(st, store_stmt_id(st, sql, participant_id), sizeof (char *),
	    string_map, STORE_NMAP(string_map), n);
}

/* Members, themes and lessons go by CASCADE; days by SET NULL. */
int
store_igroup_delete(struct store *st, int64_t id)
{
	static const char sql[] = "DELETE FROM igroup WHERE id = ?1";

	return store_write_id(st, sql, id, "groep");
}

/* Selecting from igroup turns a missing group into NOTFOUND. */
int64_t
store_iday_insert(struct store *st, int64_t group_id, const char *title, const char *date,
    const char *place)
{
	static const char sql[] = "INSERT INTO session(kind, title, date, place, group_id)"
	    " SELECT 'intervisie', ?2, ?3, ?4, g.id FROM igroup g WHERE g.id = ?1";
	sqlite3_stmt *stmt;

	if ((stmt = store_write_begin(st, sql)) == NULL)
		return -1;
	sqlite3_bind_int64(stmt, 1, group_id);
	store_bind_text(stmt, 2, title);
	store_bind_text(stmt, 3, date);
	store_bind_text(stmt, 4, place != NULL ? place : "");
	return store_insert_end(st, stmt, "groep");
}

static const struct store_map iday_map[] = {
	STORE_MAP(struct iday, id, STORE_INT64),
	STORE_MAP(struct iday, title, STORE_TEXT),
	STORE_MAP(struct iday, date, STORE_TEXT),
	STORE_MAP(struct iday, place, STORE_TEXT),
};

struct session_list *
store_iday_list(struct store *st, int64_t group_id)
{
	static const char sql[] = "SELECT id, title, date, place FROM session"
	    " WHERE kind = 'intervisie' AND group_id = ?1 ORDER BY date, id";

	return STORE_LIST(struct session_list, st, store_stmt_id(st, sql, group_id), iday_map);
}

int64_t
store_iday_group(struct store *st, int64_t session_id)
{
	static const char sql[] = "SELECT coalesce(group_id, 0) FROM session"
	    " WHERE id = ?1 AND kind = 'intervisie'";

	return store_scalar(st, store_stmt_id(st, sql, session_id), 0);
}

/* Only a session of kind intervisie; questions go by CASCADE. */
int
store_iday_delete(struct store *st, int64_t id)
{
	static const char sql[] = "DELETE FROM session WHERE id = ?1 AND kind = 'intervisie'";

	return store_write_id(st, sql, id, "intervisiedag");
}

/* ---- questions ------------------------------------------------------------ */

/* A row of the question query (children later). */
static const struct store_map question_map[] = {
	STORE_MAP(struct iquestion, id, STORE_INT64),
	STORE_MAP(struct iquestion, session_id, STORE_INT64),
	STORE_MAP(struct iquestion, vraagsteller, STORE_INT64),
	STORE_MAP(struct iquestion, vraagsteller_name, STORE_TEXT),
	STORE_MAP(struct iquestion, title, STORE_TEXT),
	STORE_MAP(struct iquestion, analysis_id, STORE_INT64),
	STORE_MAP(struct iquestion, interview, STORE_TEXT),
	STORE_MAP(struct iquestion, gespreksnotitie, STORE_TEXT),
	STORE_MAP(struct iquestion, follow_up, STORE_TEXT),
};

/* The children's columns after column 0 (the question id). */
static const struct store_map advice_map[] = {
	STORE_MAP(struct iadvice, id, STORE_INT64),
	STORE_MAP(struct iadvice, label, STORE_TEXT),
	STORE_MAP(struct iadvice, text, STORE_TEXT),
	STORE_MAP(struct iadvice, participant, STORE_INT64),
};
static const struct store_map action_map[] = {
	STORE_MAP(struct iaction, id, STORE_INT64),
	STORE_MAP(struct iaction, text, STORE_TEXT),
	STORE_MAP(struct iaction, done, STORE_INT),
	STORE_MAP(struct iaction, follow_up, STORE_TEXT),
};

#define QUESTION_CHILD(sql, field, count, map) \
	{ sql, offsetof(struct iquestion, field), offsetof(struct iquestion, count), \
	    sizeof *((struct iquestion *)NULL)->field, map, STORE_NMAP(map), NULL }

/* Four queries: the questions, then advice, actions and themes. Only the
 * analysis id is read, never its answers. */
struct iquestion_list *
store_iquestion_list(struct store *st, int64_t session_id)
{
	static const char sql[] = "SELECT q.id, q.session_id, coalesce(q.participant_id, 0),"
	    " coalesce(p.name, ''), q.title, coalesce(q.analysis_id, 0), q.interview,"
	    " q.gespreksnotitie, q.follow_up FROM iquestion q"
	    " LEFT JOIN participant p ON p.id = q.participant_id"
	    " WHERE q.session_id = ?1 ORDER BY q.id";
	static const struct store_child children[] = {
		QUESTION_CHILD("SELECT a.question_id, a.id, a.label, a.text,"
		    " coalesce(a.participant_id, 0) FROM iadvice a"
		    " JOIN iquestion q ON q.id = a.question_id"
		    " WHERE q.session_id = ?1 ORDER BY q.id, a.id", advice, nadvice, advice_map),
		QUESTION_CHILD("SELECT a.question_id, a.id, a.text, a.done,"
		    " a.follow_up FROM iaction a JOIN iquestion q ON q.id = a.question_id"
		    " WHERE q.session_id = ?1 ORDER BY q.id, a.id", actions, nactions, action_map),
		QUESTION_CHILD("SELECT qt.question_id, t.name FROM iquestion_theme qt"
		    " JOIN itheme t ON t.id = qt.theme_id JOIN iquestion q ON q.id = qt.question_id"
		    " WHERE q.session_id = ?1 ORDER BY q.id, t.name, t.id", themes, nthemes,
		    string_map),
	};
	struct iquestion_list *l = xcalloc(1, sizeof *l);

	if (store_list_map(st, sql, session_id, sizeof *l->v, question_map,
	    STORE_NMAP(question_map), &l->v, &l->n) != 0)
		goto fail;
	if (l->n == 0)
		return l;
	if (store_collect_children(st, children, STORE_NMAP(children), session_id, l->v, l->n,
	    sizeof *l->v, offsetof(struct iquestion, id)) != 0)
		goto fail;
	return l;
fail:
	iquestion_list_free(l);
	return NULL;
}

/* The day must be an intervisie session and the vraagsteller must exist. */
int64_t
store_iquestion_insert(struct store *st, int64_t session_id, int64_t vraagsteller,
    const char *title)
{
	static const char person_sql[] = "SELECT 1 FROM participant WHERE id = ?1";
	static const char sql[] = "INSERT INTO iquestion(session_id, participant_id, title)"
	    " SELECT s.id, ?2, ?3 FROM session s WHERE s.id = ?1 AND s.kind = 'intervisie'";
	sqlite3_stmt *stmt;
	int found;

	if (store_begin(st) != 0)
		return -1;
	if (vraagsteller > 0) {
		if ((found = row_exists(st, person_sql, vraagsteller, 0)) <= 0) {
			if (found == 0)
				store_failf(st, STORE_NOTFOUND, "vraagsteller niet gevonden");
			goto fail;
		}
	}
	if ((stmt = store_stmt(st, sql)) == NULL)
		goto fail;
	sqlite3_bind_int64(stmt, 1, session_id);
	bind_id_or_null(stmt, 2, vraagsteller);
	store_bind_text(stmt, 3, title);
	return store_insert_end(st, stmt, "intervisiedag");
fail:
	store_rollback(st);
	return -1;
}

/* Look the field up in text_fields; unknown names never reach SQL. */
int
store_iquestion_set_text(struct store *st, int64_t id, const char *field, const char *value)
{
	sqlite3_stmt *stmt;

	if ((stmt = store_set_begin(st, text_fields, STORE_NMAP(text_fields), field, id)) == NULL)
		return -1;
	store_bind_text(stmt, 2, value != NULL ? value : "");
	return store_write_end(st, stmt, "vraag");
}

/* The ownership test is in the UPDATE: the analysis' participant must be
 * the question's vraagsteller (a question without one links nothing). */
int
store_iquestion_link_analysis(struct store *st, int64_t id, int64_t analysis_id)
{
	static const char unlink_sql[] = "UPDATE iquestion SET analysis_id = NULL WHERE id = ?1";
	static const char sql[] = "UPDATE iquestion SET analysis_id = ?2 WHERE id = ?1"
	    " AND participant_id IS NOT NULL AND participant_id ="
	    " (SELECT a.participant_id FROM self_analysis a WHERE a.id = ?2)";
	static const char exists_sql[] = "SELECT 1 FROM iquestion WHERE id = ?1";
	sqlite3_stmt *stmt;
	int found;

	if (analysis_id == 0) {
		if ((stmt = store_write_begin(st, unlink_sql)) == NULL)
			return -1;
		sqlite3_bind_int64(stmt, 1, id);
		return store_write_end(st, stmt, "vraag");
	}
	if ((stmt = store_write_begin(st, sql)) == NULL)
		return -1;
	sqlite3_bind_int64(stmt, 1, id);
	sqlite3_bind_int64(stmt, 2, analysis_id);
	if (store_step_write(st, stmt, NULL) != 0)
		goto fail;
	if (sqlite3_changes(st->db) == 0) {
		if ((found = row_exists(st, exists_sql, id, 0)) < 0)
			goto fail;
		if (found)
			store_failf(st, STORE_INVALID, "alleen een eigen zelfanalyse van de"
			    " vraagsteller kan bij de vraag horen");
		else
			store_failf(st, STORE_NOTFOUND, "vraag niet gevonden");
		goto fail;
	}
	return store_commit(st);
fail:
	store_rollback(st);
	return -1;
}

/* Advice, actions, themes and lesson links go by CASCADE. */
int
store_iquestion_delete(struct store *st, int64_t id)
{
	static const char sql[] = "DELETE FROM iquestion WHERE id = ?1";

	return store_write_id(st, sql, id, "vraag");
}

/* Advice is only ever added to a question that exists. */
int64_t
store_iadvice_insert(struct store *st, int64_t question_id, const char *label,
    const char *text)
{
	static const char sql[] = "INSERT INTO iadvice(question_id, label, text)"
	    " SELECT id, ?2, ?3 FROM iquestion WHERE id = ?1";
	sqlite3_stmt *stmt;

	if ((stmt = store_write_begin(st, sql)) == NULL)
		return -1;
	sqlite3_bind_int64(stmt, 1, question_id);
	store_bind_text(stmt, 2, label);
	store_bind_text(stmt, 3, text);
	return store_insert_end(st, stmt, "vraag");
}

/* Advice of a person: the label is their name as it is now, so the
 * summary reads the same even if the name is corrected later. */
int64_t
store_iadvice_insert_by(struct store *st, int64_t question_id, int64_t participant_id,
    const char *text)
{
	static const char person_sql[] = "SELECT 1 FROM participant WHERE id = ?1";
	static const char sql[] = "INSERT INTO iadvice(question_id, participant_id, label, text)"
	    " SELECT q.id, p.id, p.name, ?3 FROM iquestion q, participant p"
	    " WHERE q.id = ?1 AND p.id = ?2";
	sqlite3_stmt *stmt;
	int found;

	if (store_begin(st) != 0)
		return -1;
	if ((found = row_exists(st, person_sql, participant_id, 0)) <= 0) {
		if (found == 0)
			store_failf(st, STORE_NOTFOUND, "deelnemer niet gevonden");
		store_rollback(st);
		return -1;
	}
	if ((stmt = store_stmt(st, sql)) == NULL) {
		store_rollback(st);
		return -1;
	}
	sqlite3_bind_int64(stmt, 1, question_id);
	sqlite3_bind_int64(stmt, 2, participant_id);
	store_bind_text(stmt, 3, text);
	return store_insert_end(st, stmt, "vraag");
}

/* Likewise for actions. */
int64_t
store_iaction_insert(struct store *st, int64_t question_id, const char *text)
{
	static const char sql[] = "INSERT INTO iaction(question_id, text)"
	    " SELECT id, ?2 FROM iquestion WHERE id = ?1";
	sqlite3_stmt *stmt;

	if ((stmt = store_write_begin(st, sql)) == NULL)
		return -1;
	sqlite3_bind_int64(stmt, 1, question_id);
	store_bind_text(stmt, 2, text);
	return store_insert_end(st, stmt, "vraag");
}

/* Done and follow-up are written together: the follow-up meeting sets both. */
int
store_iaction_update(struct store *st, int64_t id, int done, const char *follow_up)
{
	static const char sql[] = "UPDATE iaction SET done = ?2, follow_up = ?3 WHERE id = ?1";
	sqlite3_stmt *stmt;

	if ((stmt = store_write_begin(st, sql)) == NULL)
		return -1;
	sqlite3_bind_int64(stmt, 1, id);
	sqlite3_bind_int(stmt, 2, done ? 1 : 0);
	store_bind_text(stmt, 3, follow_up != NULL ? follow_up : "");
	return store_write_end(st, stmt, "actie");
}

/* Themes belong to the group of the question's day; the name's NOCASE
 * collation makes "Macht" and "macht" one theme. */
int
store_iquestion_tag(struct store *st, int64_t question_id, const char *theme)
{
	static const char group_sql[] = "SELECT s.group_id FROM iquestion q"
	    " JOIN session s ON s.id = q.session_id WHERE q.id = ?1";
	static const char theme_sql[] = "INSERT INTO itheme(group_id, name) VALUES (?1, ?2)"
	    " ON CONFLICT (group_id, name) DO NOTHING";
	static const char link_sql[] = "INSERT INTO iquestion_theme(question_id, theme_id)"
	    " SELECT ?1, t.id FROM itheme t WHERE t.group_id = ?2 AND t.name = ?3"
	    " ON CONFLICT DO NOTHING";
	sqlite3_stmt *stmt;
	int64_t group_id = 0;
	int rc, no_group = 0;

	if ((stmt = store_write_begin(st, group_sql)) == NULL)
		return -1;
	sqlite3_bind_int64(stmt, 1, question_id);
	rc = sqlite3_step(stmt);
	if (rc == SQLITE_ROW) {
		no_group = sqlite3_column_type(stmt, 0) == SQLITE_NULL;
		group_id = sqlite3_column_int64(stmt, 0);
	}
	sqlite3_reset(stmt);
	if (rc == SQLITE_DONE) {
		store_failf(st, STORE_NOTFOUND, "vraag niet gevonden");
		goto fail;
	}
	if (rc != SQLITE_ROW) {
		store_fail(st, rc);
		goto fail;
	}
	if (no_group) {
		store_failf(st, STORE_INVALID, "deze intervisiedag hoort bij geen groep");
		goto fail;
	}
	if ((stmt = store_stmt(st, theme_sql)) == NULL)
		goto fail;
	sqlite3_bind_int64(stmt, 1, group_id);
	store_bind_text(stmt, 2, theme);
	if (store_step_write(st, stmt, NULL) != 0)
		goto fail;
	if ((stmt = store_stmt(st, link_sql)) == NULL)
		goto fail;
	sqlite3_bind_int64(stmt, 1, question_id);
	sqlite3_bind_int64(stmt, 2, group_id);
	store_bind_text(stmt, 3, theme);
	return store_write_end(st, stmt, NULL);
fail:
	store_rollback(st);
	return -1;
}

/* ---- themes and lessons ------------------------------------------------- */

/* A row of (name, count). */
static const struct store_map count_map[] = {
	STORE_MAP(struct itheme_count, name, STORE_TEXT),
	STORE_MAP(struct itheme_count, count, STORE_INT),
};

/* Counting distinct questions: one question tagged twice counts once. */
struct itheme_count *
store_itheme_counts(struct store *st, int64_t group_id, size_t *n)
{
	static const char sql[] = "SELECT t.name, count(DISTINCT qt.question_id) AS c"
	    " FROM itheme t JOIN iquestion_theme qt ON qt.theme_id = t.id"
	    " WHERE t.group_id = ?1 GROUP BY t.id ORDER BY c DESC, t.name, t.id";

	return store_array_new(st, store_stmt_id(st, sql, group_id), sizeof (struct itheme_count),
	    count_map, STORE_NMAP(count_map), n);
}

/* The lesson and its links commit together; each question must belong to
 * a day of the same group. */
int64_t
store_ilesson_insert(struct store *st, int64_t group_id, const char *text,
    const int64_t *questions, size_t nquestions)
{
	static const char sql[] = "INSERT INTO ilesson(group_id, text)"
	    " SELECT id, ?2 FROM igroup WHERE id = ?1";
	static const char check_sql[] = "SELECT 1 FROM iquestion q"
	    " JOIN session s ON s.id = q.session_id WHERE q.id = ?1 AND s.group_id = ?2";
	static const char link_sql[] = "INSERT INTO ilesson_question(lesson_id, question_id)"
	    " VALUES (?1, ?2) ON CONFLICT DO NOTHING";
	sqlite3_stmt *stmt;
	int64_t id;
	size_t i;
	int found;

	if ((stmt = store_write_begin(st, sql)) == NULL)
		return -1;
	sqlite3_bind_int64(stmt, 1, group_id);
	store_bind_text(stmt, 2, text);
	if (store_step_write(st, stmt, "groep") != 0)
		goto fail;
	id = sqlite3_last_insert_rowid(st->db);
	for (i = 0; i < nquestions; i++) {
		if ((found = row_exists(st, check_sql, questions[i], group_id)) <= 0) {
			if (found == 0)
				store_failf(st, STORE_NOTFOUND, "vraag %lld hoort niet bij deze groep",
				    (long long)questions[i]);
			goto fail;
		}
		if ((stmt = store_stmt(st, link_sql)) == NULL)
			goto fail;
		sqlite3_bind_int64(stmt, 1, id);
		sqlite3_bind_int64(stmt, 2, questions[i]);
		if (store_step_write(st, stmt, NULL) != 0)
			goto fail;
	}
	return store_commit(st) == 0 ? id : -1;
fail:
	store_rollback(st);
	return -1;
}

/* A row of (id, text); then the questions each came from. */
static const struct store_map lesson_map[] = {
	STORE_MAP(struct ilesson, id, STORE_INT64),
	STORE_MAP(struct ilesson, text, STORE_TEXT),
};
static const struct store_map lesson_question_map[] = {
	{ 0, STORE_INT64 },	/* an element is a question id */
};

/* Two queries: the lessons, then all their links in lesson order. */
struct ilesson *
store_ilesson_list(struct store *st, int64_t group_id, size_t *n)
{
	static const char sql[] = "SELECT id, text FROM ilesson WHERE group_id = ?1 ORDER BY id";
	static const struct store_child links[] = {
		{ "SELECT lq.lesson_id, lq.question_id"
		    " FROM ilesson_question lq JOIN ilesson l ON l.id = lq.lesson_id"
		    " WHERE l.group_id = ?1 ORDER BY l.id, lq.question_id",
		    offsetof(struct ilesson, questions), offsetof(struct ilesson, nquestions),
		    sizeof (int64_t), lesson_question_map, STORE_NMAP(lesson_question_map), NULL },
	};
	struct ilesson *v = NULL;

	*n = 0;
	if (store_list_map(st, sql, group_id, sizeof *v, lesson_map, STORE_NMAP(lesson_map), &v,
	    n) != 0)
		goto fail;
	if (v == NULL)
		return xcalloc(1, sizeof *v);
	if (store_collect_children(st, links, STORE_NMAP(links), group_id, v, *n, sizeof *v,
	    offsetof(struct ilesson, id)) != 0)
		goto fail;
	return v;
fail:
	ilesson_list_free(v, *n);
	*n = 0;
	return NULL;
}

/* Look the table up in count_sql; unknown names never reach SQL. */
int64_t
store_intervisie_count(struct store *st, const char *table)
{
	const char *sql;

	if ((sql = store_named_sql(count_sql, STORE_NMAP(count_sql), table)) == NULL)
		return store_failf(st, STORE_NOTFOUND, "onbekende tabel %s", table);
	return store_scalar(st, store_stmt(st, sql), -1);	/* always a row */
}
