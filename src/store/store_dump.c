/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * store_dump.c: read the werkboek's tables into a dump and merge a dump
 * into the werkboek (dump.h).
 *
 * One table of descriptions drives both. Each table lists its columns
 * (without the id), which of them point at another table, which rows a
 * one-coalition dump keeps, and how a row is recognised when it is
 * already in the werkboek. The statements are built from those constant
 * parts only and prepared; every value is bound.
 */
#include "config.h"

#include <assert.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "vitaal/dump.h"
#include "vitaal/util.h"
#include "store_int.h"

enum {
	T_PARTICIPANT, T_COALITION, T_COALITION_PARTICIPANT, T_IGROUP, T_IGROUP_MEMBER,
	T_SESSION, T_SESSION_PARTICIPANT, T_SESSION_COALITION, T_ANSWER, T_ANSWER_HISTORY,
	T_NOTE, T_PLAYER, T_RELATION, T_DILEMMA, T_DILEMMA_OPTION, T_DILEMMA_ROUND,
	T_DILEMMA_POSITION,
	T_DILEMMA_ARGUMENT, T_TYPOLOGY, T_TYPOLOGY_FACTOR, T_COLLABORATION, T_SELF_ANALYSIS,
	T_SELF_ANSWER, T_SELF_ANSWER_HISTORY, T_IQUESTION, T_IADVICE, T_IACTION, T_ITHEME,
	T_IQUESTION_THEME, T_ILESSON, T_ILESSON_QUESTION, T_COUNT
};

#define TXT(n)		{ n, DUMP_TEXT, 0, -1 }
#define TXT_NULL(n)	{ n, DUMP_TEXT, 1, -1 }
#define INT(n)		{ n, DUMP_INT, 0, -1 }
#define INT_NULL(n)	{ n, DUMP_INT, 1, -1 }
#define REF(n, t)	{ n, DUMP_INT, 0, t }
#define REF_NULL(n, t)	{ n, DUMP_INT, 1, t }
/* Last in every table with ids: the record's identity (015_uuid.sql);
 * NULL in a file of version 1. */
#define UUID		{ "uuid", DUMP_TEXT, 1, -1 }

static const struct dump_column c_participant[] = {
	/* No login: it says who someone is at a terminal of this werkboek,
	 * and no file may say that (see store_dump_import). */
	TXT("name"), TXT("organisation"), TXT("role"), TXT("profile"), TXT("created"),
	UUID,
};
static const struct dump_column c_coalition[] = {
	TXT("name"), INT("phase"), INT("archived"), TXT("created"), TXT("updated"),
	UUID,
};
static const struct dump_column c_coalition_participant[] = {
	REF("coalition_id", T_COALITION), REF("participant_id", T_PARTICIPANT),
};
static const struct dump_column c_igroup[] = { TXT("name"), TXT("created"), UUID };
static const struct dump_column c_igroup_member[] = {
	REF("group_id", T_IGROUP), REF("participant_id", T_PARTICIPANT),
};
static const struct dump_column c_session[] = {
	TXT("kind"), TXT("title"), TXT("date"), TXT("place"), TXT("facilitator"),
	TXT_NULL("opened"), TXT_NULL("closed"), REF_NULL("group_id", T_IGROUP),
	UUID,
};
static const struct dump_column c_session_participant[] = {
	REF("session_id", T_SESSION), REF("participant_id", T_PARTICIPANT),
};
static const struct dump_column c_session_coalition[] = {
	REF("session_id", T_SESSION), REF("coalition_id", T_COALITION),
};
static const struct dump_column c_answer[] = {
	REF("coalition_id", T_COALITION), TXT("item_key"), TXT("value"), TXT("updated"),
	REF_NULL("session_id", T_SESSION), TXT_NULL("author"),
};
static const struct dump_column c_answer_history[] = {
	REF("coalition_id", T_COALITION), TXT("item_key"), TXT("value"), TXT("changed"),
	REF_NULL("session_id", T_SESSION), TXT_NULL("author"),
};
static const struct dump_column c_note[] = {
	REF("coalition_id", T_COALITION), TXT("text"), TXT("created"), TXT("updated"),
	REF_NULL("session_id", T_SESSION),
	UUID,
};
static const struct dump_column c_player[] = {
	REF("coalition_id", T_COALITION), TXT("name"), TXT("organisation"), TXT("kind"),
	TXT("level"), TXT("role"), INT("power"), INT("interest"), TXT("standpunt"),
	INT("kopgroep"), TXT("eigen_belang"), TXT("bijdrage"), INT_NULL("phase_joined"),
	INT_NULL("phase_left"), TXT("notes"), TXT_NULL("macht"), INT_NULL("onvervangbaar"),
	TXT_NULL("formal_relation"), TXT("representative"), INT_NULL("same_mandate"),
	INT_NULL("can_commit"), INT_NULL("wants_regie"), INT_NULL("grants_regie"),
	TXT("created"), TXT("updated"),
	UUID,
};
static const struct dump_column c_relation[] = {
	REF("coalition_id", T_COALITION), REF("from_player", T_PLAYER),
	REF("to_player", T_PLAYER), TXT("kind"), INT("strength"), TXT("note"),
	UUID,
};
static const struct dump_column c_dilemma[] = {
	REF("coalition_id", T_COALITION), TXT_NULL("catalogue_key"), TXT("form"), TXT("title"),
	TXT("pole_a"), TXT("pole_b"), TXT("rationale"), INT_NULL("team_position"),
	TXT("between_text"), INT_NULL("likelihood"), TXT("circling"), INT("seq"),
	TXT("created"), TXT("updated"),
	UUID,
};
static const struct dump_column c_dilemma_option[] = {
	REF("dilemma_id", T_DILEMMA), INT("seq"), TXT("label"),
};
static const struct dump_column c_dilemma_round[] = {
	REF("dilemma_id", T_DILEMMA), INT("seq"), TXT("mode"), TXT("label"), INT("revealed"),
	REF_NULL("session_id", T_SESSION), TXT("opened"), TXT_NULL("closed"),
	UUID,
};
static const struct dump_column c_dilemma_position[] = {
	REF("dilemma_id", T_DILEMMA), REF_NULL("participant_id", T_PARTICIPANT), TXT("label"),
	INT("position"), TXT("note"), REF_NULL("session_id", T_SESSION), TXT("created"),
	REF_NULL("round_id", T_DILEMMA_ROUND),
	UUID,
};
static const struct dump_column c_dilemma_argument[] = {
	REF("dilemma_id", T_DILEMMA), TXT("situation"), TXT("stance"), TXT("text"),
	TXT("author"), REF_NULL("session_id", T_SESSION), TXT("created"),
	UUID,
};
static const struct dump_column c_typology[] = {
	REF("coalition_id", T_COALITION), INT_NULL("opgave_score"), TXT_NULL("override_type"),
	TXT("override_reason"), TXT("updated"),
};
static const struct dump_column c_typology_factor[] = {
	REF("coalition_id", T_COALITION), INT("factor"), INT("score"), TXT("note"),
};
static const struct dump_column c_collaboration[] = {
	REF("coalition_id", T_COALITION), TXT("name"), TXT("description"), TXT("stance"),
	TXT("note"), TXT("created"), TXT("updated"),
	UUID,
};
static const struct dump_column c_self_analysis[] = {
	REF("participant_id", T_PARTICIPANT), TXT("form_key"), TXT("title"), INT("shared"),
	TXT("created"), TXT("updated"), TXT_NULL("origin"),
	UUID,
};
static const struct dump_column c_self_answer[] = {
	REF("analysis_id", T_SELF_ANALYSIS), TXT("item_key"), TXT("value"), TXT("updated"),
};
static const struct dump_column c_self_answer_history[] = {
	REF("analysis_id", T_SELF_ANALYSIS), TXT("item_key"), TXT("value"), TXT("changed"),
};
static const struct dump_column c_iquestion[] = {
	REF("session_id", T_SESSION), REF_NULL("participant_id", T_PARTICIPANT), TXT("title"),
	REF_NULL("analysis_id", T_SELF_ANALYSIS), TXT("interview"), TXT("gespreksnotitie"),
	TXT("follow_up"), TXT("created"),
	UUID,
};
static const struct dump_column c_iadvice[] = {
	REF("question_id", T_IQUESTION), REF_NULL("participant_id", T_PARTICIPANT),
	TXT("label"), TXT("text"), TXT("created"),
	UUID,
};
static const struct dump_column c_iaction[] = {
	REF("question_id", T_IQUESTION), TXT("text"), INT("done"), TXT("follow_up"),
	TXT("created"),
	UUID,
};
static const struct dump_column c_itheme[] = { REF("group_id", T_IGROUP), TXT("name"), UUID };
static const struct dump_column c_iquestion_theme[] = {
	REF("question_id", T_IQUESTION), REF("theme_id", T_ITHEME),
};
static const struct dump_column c_ilesson[] = {
	REF("group_id", T_IGROUP), TXT("text"), TXT("created"),
	UUID,
};
static const struct dump_column c_ilesson_question[] = {
	REF("lesson_id", T_ILESSON), REF("question_id", T_IQUESTION),
};

#define TABLE(n, label)	{ #n, label, c_##n, sizeof(c_##n) / sizeof(c_##n[0]) }

const struct dump_table dump_tables[] = {
	TABLE(participant, "deelnemers"),
	TABLE(coalition, "coalities"),
	TABLE(coalition_participant, "deelnemers bij coalities"),
	TABLE(igroup, "intervisiegroepen"),
	TABLE(igroup_member, "groepsleden"),
	TABLE(session, "sessies"),
	TABLE(session_participant, "aanwezigen"),
	TABLE(session_coalition, "agendapunten"),
	TABLE(answer, "antwoorden"),
	TABLE(answer_history, "eerdere antwoorden"),
	TABLE(note, "notities"),
	TABLE(player, "spelers"),
	TABLE(relation, "relaties"),
	TABLE(dilemma, "dilemma's"),
	TABLE(dilemma_option, "keuzeopties"),
	TABLE(dilemma_round, "rondes"),
	TABLE(dilemma_position, "posities"),
	TABLE(dilemma_argument, "argumenten"),
	TABLE(typology, "typologieën"),
	TABLE(typology_factor, "typologiefactoren"),
	TABLE(collaboration, "samenwerkingen"),
	TABLE(self_analysis, "zelfanalyses"),
	TABLE(self_answer, "antwoorden in zelfanalyses"),
	TABLE(self_answer_history, "eerdere antwoorden in zelfanalyses"),
	TABLE(iquestion, "intervisievragen"),
	TABLE(iadvice, "adviezen"),
	TABLE(iaction, "acties"),
	TABLE(itheme, "thema's"),
	TABLE(iquestion_theme, "thema's bij vragen"),
	TABLE(ilesson, "lessen"),
	TABLE(ilesson_question, "lessen bij vragen"),
};
const size_t dump_ntables = sizeof(dump_tables) / sizeof(dump_tables[0]);

int
dump_table_find(const char *name)
{
	size_t t;

	for (t = 0; t < dump_ntables; t++)
		if (strcmp(dump_tables[t].name, name) == 0)
			return (int)t;
	return -1;
}

/*
 * How each table is read and recognised. where filters the rows of a
 * one-coalition dump (?1 the coalition, NULL for all; ?2 the viewer; ?3
 * one self-analysis of the viewer's, with ?1 -1: that analysis alone);
 * a table without one keeps the rows whose required pointers survive.
 * match finds the row already in the werkboek: its parameter ?k+1 is
 * column key[k] (1-based; 0 leaves ?k+1 out) and ?9 is the id limit, and it returns the id (or, for an answer, the text).
 * (Inserting an answer writes no history row during a merge: the file
 * carries the answers' history in a table of its own; import_running,
 * migration fast_import.)
 */
struct dump_sql {
	int		 has_id;
	const char	*where;
	const char	*order;		/* tables without id: their key */
	const char	*match;
	int		 key[6];
	int		 differs;	/* match returns a text to compare with this column */
};

#define ID_LIMIT	" AND id <= ?9"

static const struct dump_sql dump_sql[] = {
	[T_PARTICIPANT] = { 1,
	    "?1 IS NULL OR id IN (SELECT participant_id FROM coalition_participant "
	    "WHERE coalition_id = ?1) OR id IN (SELECT p.participant_id FROM dilemma_position p "
	    "JOIN dilemma d ON d.id = p.dilemma_id WHERE d.coalition_id = ?1) OR id IN "
	    "(SELECT sp.participant_id FROM session_participant sp JOIN session_coalition sc "
	    "ON sc.session_id = sp.session_id WHERE sc.coalition_id = ?1) OR id = "
	    "(SELECT participant_id FROM self_analysis WHERE id = ?3 AND participant_id = ?2)",
	    NULL,
	    "SELECT id FROM participant WHERE login IS NULL AND name = ?1 COLLATE NOCASE"
	    ID_LIMIT, { 1 }, 0 },
	[T_COALITION] = { 1, "?1 IS NULL OR id = ?1", NULL,
	    "SELECT id FROM coalition WHERE name = ?1" ID_LIMIT, { 1 }, 0 },
	[T_COALITION_PARTICIPANT] = { 0, NULL, "coalition_id, participant_id",
	    "SELECT 1 FROM coalition_participant WHERE coalition_id = ?1 AND participant_id = ?2",
	    { 1, 2 }, 0 },
	[T_IGROUP] = { 1, "?1 IS NULL", NULL,
	    "SELECT id FROM igroup WHERE name = ?1" ID_LIMIT, { 1 }, 0 },
	[T_IGROUP_MEMBER] = { 0, NULL, "group_id, participant_id",
	    "SELECT 1 FROM igroup_member WHERE group_id = ?1 AND participant_id = ?2",
	    { 1, 2 }, 0 },
	[T_SESSION] = { 1,
	    "?1 IS NULL OR id IN (SELECT session_id FROM session_coalition WHERE coalition_id = ?1)",
	    NULL, "SELECT id FROM session WHERE kind = ?1 AND title = ?2 AND date = ?3" ID_LIMIT,
	    { 1, 2, 3 }, 0 },
	[T_SESSION_PARTICIPANT] = { 0, NULL, "session_id, participant_id",
	    "SELECT 1 FROM session_participant WHERE session_id = ?1 AND participant_id = ?2",
	    { 1, 2 }, 0 },
	[T_SESSION_COALITION] = { 0, NULL, "session_id, coalition_id",
	    "SELECT 1 FROM session_coalition WHERE session_id = ?1 AND coalition_id = ?2",
	    { 1, 2 }, 0 },
	[T_ANSWER] = { 0, NULL, "coalition_id, item_key",
	    "SELECT value FROM answer WHERE coalition_id = ?1 AND item_key = ?2", { 1, 2 }, 3 },
	[T_ANSWER_HISTORY] = { 1, NULL, NULL,
	    "SELECT id FROM answer_history WHERE coalition_id = ?1 AND item_key = ?2 AND "
	    "value = ?3 AND changed = ?4" ID_LIMIT, { 1, 2, 3, 4 }, 0 },
	[T_NOTE] = { 1, NULL, NULL,
	    "SELECT id FROM note WHERE coalition_id = ?1 AND text = ?2" ID_LIMIT, { 1, 2 }, 0 },
	[T_PLAYER] = { 1, NULL, NULL,
	    "SELECT id FROM player WHERE coalition_id = ?1 AND name = ?2 COLLATE NOCASE" ID_LIMIT,
	    { 1, 2 }, 0 },
	[T_RELATION] = { 1, NULL, NULL,
	    "SELECT id FROM relation WHERE from_player = ?1 AND to_player = ?2 AND kind = ?3"
	    ID_LIMIT, { 2, 3, 4 }, 0 },
	[T_DILEMMA] = { 1, NULL, NULL,
	    "SELECT id FROM dilemma WHERE coalition_id = ?1 AND title = ?2" ID_LIMIT, { 1, 4 },
	    0 },
	[T_DILEMMA_OPTION] = { 0, NULL, "dilemma_id, seq",
	    "SELECT 1 FROM dilemma_option WHERE dilemma_id = ?1 AND seq = ?2", { 1, 2 }, 0 },
	[T_DILEMMA_ROUND] = { 1, NULL, NULL,
	    "SELECT id FROM dilemma_round WHERE dilemma_id = ?1 AND seq = ?2" ID_LIMIT, { 1, 2 },
	    0 },
	/* A person has one place per round (012_rounds.sql): theirs is found
	 * by person, or by name in a round for a name typed, and moved there
	 * when the file has it elsewhere (merge_row); an anonymous place only
	 * by all it says. */
	[T_DILEMMA_POSITION] = { 1, NULL, NULL,
	    "SELECT id, position, note FROM dilemma_position WHERE dilemma_id = ?1 AND "
	    "((?2 IS NOT NULL AND round_id = ?3 AND participant_id = ?2) OR "
	    "(?2 IS NULL AND ?3 IS NOT NULL AND ?4 <> '' AND round_id = ?3 AND "
	    "participant_id IS NULL AND label = ?4 COLLATE NOCASE) OR "
	    "(label = ?4 AND position = ?6 AND created = ?5))" ID_LIMIT, { 1, 2, 8, 3, 7, 4 }, 0 },
	[T_DILEMMA_ARGUMENT] = { 1, NULL, NULL,
	    "SELECT id FROM dilemma_argument WHERE dilemma_id = ?1 AND situation = ?2 AND "
	    "stance = ?3 AND text = ?4" ID_LIMIT, { 1, 2, 3, 4 }, 0 },
	[T_TYPOLOGY] = { 0, NULL, "coalition_id",
	    "SELECT 1 FROM typology WHERE coalition_id = ?1", { 1 }, 0 },
	[T_TYPOLOGY_FACTOR] = { 0, NULL, "coalition_id, factor",
	    "SELECT 1 FROM typology_factor WHERE coalition_id = ?1 AND factor = ?2", { 1, 2 }, 0 },
	[T_COLLABORATION] = { 1, NULL, NULL,
	    "SELECT id FROM collaboration WHERE coalition_id = ?1 AND name = ?2" ID_LIMIT,
	    { 1, 2 }, 0 },
	/* Private analyses leave the werkboek only as the viewer's own (?2 is
	 * 0 unless the exporter asked for theirs). */
	[T_SELF_ANALYSIS] = { 1, "(?1 IS NULL AND (shared = 1 OR participant_id = ?2)) OR "
	    "(id = ?3 AND participant_id = ?2)", NULL,
	    "SELECT id FROM self_analysis WHERE participant_id = ?1 AND form_key = ?2 AND "
	    "created = ?3 AND origin IS NOT NULL" ID_LIMIT, { 1, 2, 5 }, 0 },
	[T_SELF_ANSWER] = { 0, NULL, "analysis_id, item_key",
	    "SELECT value FROM self_answer WHERE analysis_id = ?1 AND item_key = ?2", { 1, 2 },
	    3 },
	[T_SELF_ANSWER_HISTORY] = { 1, "?3 IS NULL", NULL,
	    "SELECT id FROM self_answer_history WHERE analysis_id = ?1 AND item_key = ?2 AND "
	    "value = ?3 AND changed = ?4" ID_LIMIT, { 1, 2, 3, 4 }, 0 },
	[T_IQUESTION] = { 1, NULL, NULL,
	    "SELECT id FROM iquestion WHERE session_id = ?1 AND title = ?2 AND created = ?3"
	    ID_LIMIT, { 1, 3, 8 }, 0 },
	[T_IADVICE] = { 1, NULL, NULL,
	    "SELECT id FROM iadvice WHERE question_id = ?1 AND label = ?2 AND text = ?3" ID_LIMIT,
	    { 1, 3, 4 }, 0 },
	[T_IACTION] = { 1, NULL, NULL,
	    "SELECT id FROM iaction WHERE question_id = ?1 AND text = ?2" ID_LIMIT, { 1, 2 }, 0 },
	[T_ITHEME] = { 1, NULL, NULL,
	    "SELECT id FROM itheme WHERE group_id = ?1 AND name = ?2" ID_LIMIT, { 1, 2 }, 0 },
	[T_IQUESTION_THEME] = { 0, NULL, "question_id, theme_id",
	    "SELECT 1 FROM iquestion_theme WHERE question_id = ?1 AND theme_id = ?2", { 1, 2 }, 0 },
	[T_ILESSON] = { 1, NULL, NULL,
	    "SELECT id FROM ilesson WHERE group_id = ?1 AND text = ?2" ID_LIMIT, { 1, 2 }, 0 },
	[T_ILESSON_QUESTION] = { 0, NULL, "lesson_id, question_id",
	    "SELECT 1 FROM ilesson_question WHERE lesson_id = ?1 AND question_id = ?2", { 1, 2 },
	    0 },
};

/* A statement built from the constant parts above; NULL with the error. */
static sqlite3_stmt *
prepare(struct store *st, const char *sql)
{
	sqlite3_stmt *stmt = NULL;
	int rc = sqlite3_prepare_v2(st->db, sql, -1, &stmt, NULL);

	if (rc != SQLITE_OK) {
		store_fail(st, rc);
		return NULL;
	}
	return stmt;
}

/* "a, b, c": the table's column names, after prefix. */
static void
column_list(struct strbuf *b, const struct dump_table *t, const char *prefix)
{
	size_t c;

	strbuf_puts(b, prefix);
	for (c = 0; c < t->ncols; c++)
		strbuf_printf(b, "%s%s", c > 0 ? ", " : "", t->cols[c].name);
}

static int
cmp_id(const void *a, const void *b)
{
	int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;

	return x < y ? -1 : x > y;
}

/* The place (1-based) of row id in a table's kept ids, 0 when left out. */
static int64_t
place_of(const int64_t *ids, size_t n, int64_t id)
{
	const int64_t *hit;

	if (n == 0)	/* an empty table has no array to search */
		return 0;
	hit = bsearch(&id, ids, n, sizeof(*ids), cmp_id);

	return hit != NULL ? hit - ids + 1 : 0;
}

/* Read one row into v; 0, or 1 when a required pointer points at a row
 * that was left out (then the row is left out too). */
static int
read_row(sqlite3_stmt *stmt, const struct dump_table *t, int has_id, int64_t **ids,
    size_t *nids, struct dump_value *v)
{
	size_t c;
	int col;

	for (c = 0; c < t->ncols; c++) {
		col = (int)c + has_id;
		v[c].null = sqlite3_column_type(stmt, col) == SQLITE_NULL;
		if (v[c].null)
			continue;
		if (t->cols[c].type == DUMP_TEXT)
			v[c].s = xstrdup((const char *)sqlite3_column_text(stmt, col));
		else
			v[c].i = sqlite3_column_int64(stmt, col);
		if (t->cols[c].ref >= 0) {
			v[c].i = place_of(ids[t->cols[c].ref], nids[t->cols[c].ref], v[c].i);
			if (v[c].i == 0) {
				if (!t->cols[c].nullable)
					return 1;
				v[c].null = 1;
			}
		}
	}
	return 0;
}

static void
values_clear(struct dump_value *v, size_t n)
{
	size_t i;

	if (v == NULL)	/* an empty table */
		return;
	for (i = 0; i < n; i++)
		free(v[i].s);
	memset(v, 0, n * sizeof(*v));
}

/* Read table ti and give each row to the visitor; the values live until
 * the visitor returns. */
static int
read_table(struct store *st, size_t ti, const struct dump_scope *sc, int64_t **ids,
    size_t *nids, const struct dump_visitor *vis)
{
	const struct dump_table *t = &dump_tables[ti];
	const struct dump_sql *q = &dump_sql[ti];
	struct dump_value *v = xcalloc(t->ncols, sizeof(*v));
	struct strbuf sql = { 0 };
	sqlite3_stmt *stmt;
	size_t idcap = 0, n = 0;
	int rc;

	column_list(&sql, t, q->has_id ? "SELECT id, " : "SELECT ");
	strbuf_printf(&sql, " FROM %s%s%s ORDER BY %s", t->name, q->where != NULL ? " WHERE " : "",
	    q->where != NULL ? q->where : "", q->has_id ? "id" : q->order);
	stmt = prepare(st, sql.s);
	strbuf_free(&sql);
	if (stmt == NULL) {
		free(v);
		return -1;
	}
	if (q->where != NULL) {
		if (sc->analysis > 0)
			sqlite3_bind_int64(stmt, 1, -1);
		else if (sc->coalition > 0)
			sqlite3_bind_int64(stmt, 1, sc->coalition);
		if (sqlite3_bind_parameter_count(stmt) >= 2)
			sqlite3_bind_int64(stmt, 2, sc->viewer);
		if (sqlite3_bind_parameter_count(stmt) >= 3 && sc->analysis > 0)
			sqlite3_bind_int64(stmt, 3, sc->analysis);
	}
	vis->table(vis->ctx, ti);
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		if (read_row(stmt, t, q->has_id, ids, nids, v) == 0) {
			vis->row(vis->ctx, ti, n++, v);
			if (q->has_id) {
				if (nids[ti] == idcap) {
					idcap = idcap ? idcap * 2 : 64;
					ids[ti] = xreallocarray(ids[ti], idcap, sizeof(*ids[ti]));
				}
				ids[ti][nids[ti]++] = sqlite3_column_int64(stmt, 0);
			}
		}
		values_clear(v, t->ncols);
	}
	if (vis->ids != NULL && q->has_id)
		vis->ids(vis->ctx, ti, ids[ti], nids[ti]);
	vis->table_end(vis->ctx, ti, n);
	free(v);
	sqlite3_finalize(stmt);
	return rc == SQLITE_DONE ? 0 : store_fail(st, rc);
}

void
dump_free(struct dump *d)
{
	size_t t;

	if (d == NULL)
		return;
	for (t = 0; t < dump_ntables; t++) {
		values_clear(d->t[t].v, d->t[t].n * dump_tables[t].ncols);
		free(d->t[t].v);
		free(d->t[t].ids);
	}
	free(d->t);
	free(d);
}

int
store_dump_each(struct store *st, int64_t coalition_id, int64_t viewer,
    const struct dump_visitor *vis)
{
	const struct dump_scope sc = { coalition_id, viewer, 0 };

	return store_dump_scope(st, &sc, vis);
}

int
store_dump_scope(struct store *st, const struct dump_scope *sc, const struct dump_visitor *vis)
{
	int64_t *ids[T_COUNT] = { 0 };
	size_t nids[T_COUNT] = { 0 }, t;
	int ok = 1, schema;

	/* One read transaction, so the tables agree with each other. */
	if (store_exec(st, "BEGIN") != 0)
		return -1;
	if ((schema = store_schema_version(st)) < 0)
		ok = 0;
	else
		vis->begin(vis->ctx, schema);
	for (t = 0; ok && t < dump_ntables; t++)
		ok = read_table(st, t, sc, ids, nids, vis) == 0;
	store_exec(st, ok ? "COMMIT" : "ROLLBACK");
	for (t = 0; t < T_COUNT; t++)
		free(ids[t]);
	return ok ? 0 : -1;
}

/* Collecting a dump in memory: the visitor behind store_dump_read. */
struct collect {
	struct dump	*d;
	size_t		 cap;
};

static void
collect_begin(void *ctx, int schema)
{
	((struct collect *)ctx)->d->schema = schema;
}

static void
collect_table(void *ctx, size_t ti)
{
	(void)ti;
	((struct collect *)ctx)->cap = 0;
}

static void
collect_row(void *ctx, size_t ti, size_t r, const struct dump_value *v)
{
	struct collect *c = ctx;
	struct dump_rows *rows = &c->d->t[ti];
	size_t ncols = dump_tables[ti].ncols, k;

	(void)r;
	if (rows->n == c->cap) {
		c->cap = c->cap ? c->cap * 2 : 64;
		rows->v = xreallocarray(rows->v, c->cap, ncols * sizeof(*rows->v));
	}
	for (k = 0; k < ncols; k++) {
		rows->v[rows->n * ncols + k] = v[k];
		if (v[k].s != NULL)
			rows->v[rows->n * ncols + k].s = xstrdup(v[k].s);
	}
	rows->n++;
}

static void
collect_ids(void *ctx, size_t ti, const int64_t *ids, size_t n)
{
	struct dump_rows *rows = &((struct collect *)ctx)->d->t[ti];

	if (n == 0)
		return;
	rows->ids = xreallocarray(NULL, n, sizeof(*rows->ids));
	memcpy(rows->ids, ids, n * sizeof(*rows->ids));
}

static void
collect_table_end(void *ctx, size_t ti, size_t n)
{
	(void)ctx;
	(void)ti;
	(void)n;
}

struct dump *
store_dump_read(struct store *st, int64_t coalition_id, int64_t viewer)
{
	struct collect c = { xcalloc(1, sizeof(*c.d)), 0 };
	const struct dump_visitor vis = { &c, collect_begin, collect_table, collect_row,
	    collect_table_end, collect_ids };

	c.d->t = xcalloc(dump_ntables, sizeof(*c.d->t));
	if (store_dump_each(st, coalition_id, viewer, &vis) != 0) {
		dump_free(c.d);
		return NULL;
	}
	return c.d;
}

/* Bind row value v of column col as parameter n. new_ids map places of
 * pointed-at tables to their ids in this werkboek (0: a row skipped, for
 * a pointer that may be empty). */
static void
bind_value(sqlite3_stmt *stmt, int n, const struct dump_column *col,
    const struct dump_value *v, int64_t **new_ids)
{
	if (v->null || (col->ref >= 0 && new_ids[col->ref][v->i - 1] == 0))
		sqlite3_bind_null(stmt, n);
	else if (col->ref >= 0)
		sqlite3_bind_int64(stmt, n, new_ids[col->ref][v->i - 1]);
	else if (col->type == DUMP_TEXT)
		sqlite3_bind_text(stmt, n, v->s, -1, SQLITE_STATIC);
	else
		sqlite3_bind_int64(stmt, n, v->i);
}

/* Bind the match key columns of row v to stmt's ?1, ?2, … and the id
 * limit to ?9 when the statement has one. */
static void
bind_key(sqlite3_stmt *stmt, size_t ti, const struct dump_value *v, int64_t **new_ids,
    int64_t limit)
{
	const struct dump_sql *q = &dump_sql[ti];
	int k;

	sqlite3_reset(stmt);
	sqlite3_clear_bindings(stmt);
	for (k = 0; k < 6; k++)		/* a key may have gaps (participant) */
		if (q->key[k] != 0)
			bind_value(stmt, k + 1, &dump_tables[ti].cols[q->key[k] - 1],
			    &v[q->key[k] - 1], new_ids);
	if (sqlite3_bind_parameter_count(stmt) >= 9)
		sqlite3_bind_int64(stmt, 9, limit);
}

struct merger {
	struct store		*st;
	int64_t			*self;		/* where the row's id goes: its place's, or scratch */
	int64_t			 scratch;
	sqlite3_stmt		*match, *insert, *by_uuid, *move;
	int64_t			 limit;
	int			 none_before;	/* the table was empty: nothing to match */
	const char		*origin;
	struct dump_value	*v;		/* a row as the rules leave it */
	struct dump_matches	*matched;	/* rows two werkboeken may both change */
};

/* The import's rules for one row (see store_dump_import): 1 to skip it,
 * else 0 with what the file may not say replaced in the copy w. */
static int
import_rules(const struct merger *m, size_t ti, const struct dump_value *v,
    struct dump_value *w, int64_t **new_ids)
{
	const struct dump_table *t = &dump_tables[ti];
	size_t c;

	for (c = 0; c < t->ncols; c++) {
		w[c] = v[c];
		/* A required pointer at a skipped row: this row goes too. */
		if (t->cols[c].ref >= 0 && !v[c].null && !t->cols[c].nullable &&
		    new_ids[t->cols[c].ref][v[c].i - 1] == 0)
			return 1;
	}
	for (c = 0; c < t->ncols; c++) {
		const char *name = t->cols[c].name;

		if (ti == T_SELF_ANALYSIS && strcmp(name, "shared") == 0) {
			if (v[c].i != 1)
				return 1;
		} else if (ti == T_SELF_ANALYSIS && strcmp(name, "origin") == 0) {
			/* Borrowed for the bind only. */
			w[c].null = 0;
			w[c].s = (char *)(uintptr_t)m->origin;
		}
	}
	return 0;
}

/* A row of the file found in the werkboek (its id in new_ids, when the
 * table has ids): a place the file has elsewhere is moved there, and the
 * records two werkboeken may both change are handed to the caller for the
 * field rule. Counted as present, unless moved. 0, or -1. */
static int
matched_row(struct merger *m, size_t ti, const struct dump_value *v, int64_t **new_ids,
    size_t row, struct dump_merge_count *count)
{
	const struct dump_sql *q = &dump_sql[ti];
	struct dump_matches *x = m->matched;
	int64_t coalition;
	int rc;

	if (ti == T_DILEMMA_POSITION && m->move != NULL) {
		/* position is column 4, note 5 */
		sqlite3_reset(m->move);
		sqlite3_bind_int64(m->move, 1, *m->self);
		sqlite3_bind_int64(m->move, 2, v[3].i);
		sqlite3_bind_text(m->move, 3, v[4].s, -1, SQLITE_STATIC);
		if ((rc = sqlite3_step(m->move)) != SQLITE_DONE)
			return store_fail(m->st, rc);
		if (sqlite3_changes(m->st->db) > 0) {
			count->present--;
			count->updated++;
		}
		sqlite3_reset(m->move);
		return 0;
	}
	if (x == NULL || (ti != T_COALITION && ti != T_PLAYER && ti != T_DILEMMA &&
	    ti != T_TYPOLOGY && ti != T_COLLABORATION && ti != T_NOTE && ti != T_RELATION))
		return 0;
	/* coalition_id is the first column of all but the coalition */
	coalition = ti == T_COALITION ? *m->self : new_ids[T_COALITION][v[0].i - 1];
	x->v = xreallocarray(x->v, x->n + 1, sizeof *x->v);
	x->v[x->n].table = ti;
	x->v[x->n].row = row;
	x->v[x->n].id = q->has_id ? *m->self : coalition;
	x->v[x->n].coalition_id = coalition;
	x->n++;
	return 0;
}

/* Merge one row: find it, or insert it. 0, or -1 with the error set. */
static int
merge_row(struct merger *m, size_t ti, const struct dump_value *file_v, int64_t **new_ids,
    size_t row, struct dump_merge_count *count)
{
	const struct dump_table *t = &dump_tables[ti];
	const struct dump_sql *q = &dump_sql[ti];
	struct dump_value *v = m->v;
	size_t c;
	int rc;

	if (import_rules(m, ti, file_v, v, new_ids)) {
		count->skipped++;
		return 0;	/* *m->self stays 0 */
	}
	/* The record's identity first: it survives a rename. */
	if (m->by_uuid != NULL && !v[t->ncols - 1].null) {
		sqlite3_reset(m->by_uuid);
		sqlite3_bind_text(m->by_uuid, 1, v[t->ncols - 1].s, -1, SQLITE_STATIC);
		if ((rc = sqlite3_step(m->by_uuid)) == SQLITE_ROW) {
			*m->self = sqlite3_column_int64(m->by_uuid, 0);
			sqlite3_reset(m->by_uuid);
			count->present++;
			return matched_row(m, ti, v, new_ids, row, count);
		}
		sqlite3_reset(m->by_uuid);
		if (rc != SQLITE_DONE)
			return store_fail(m->st, rc);
	}
	if (m->none_before)
		goto insert;
	bind_key(m->match, ti, v, new_ids, m->limit);
	if ((rc = sqlite3_step(m->match)) == SQLITE_ROW) {
		if (q->differs > 0) {
			const char *ours = (const char *)sqlite3_column_text(m->match, 0);

			if (strcmp(ours != NULL ? ours : "", v[q->differs - 1].s) != 0)
				count->differs++;
			else
				count->present++;
		} else
			count->present++;
		if (q->has_id)
			*m->self = sqlite3_column_int64(m->match, 0);
		sqlite3_reset(m->match);
		return matched_row(m, ti, v, new_ids, row, count);
	}
	sqlite3_reset(m->match);
	if (rc != SQLITE_DONE)
		return store_fail(m->st, rc);
insert:
	sqlite3_reset(m->insert);
	sqlite3_clear_bindings(m->insert);
	for (c = 0; c < t->ncols; c++)
		bind_value(m->insert, (int)c + 1, &t->cols[c], &v[c], new_ids);
	if ((rc = sqlite3_step(m->insert)) != SQLITE_DONE)
		return store_fail(m->st, rc);
	if (q->has_id)
		*m->self = sqlite3_last_insert_rowid(m->st->db);
	count->added++;
	return 0;
}

/* The highest id in table t before the merge: rows above it were added
 * by this merge and never match (two equal rows in a dump stay two). */
static int64_t
id_limit(struct store *st, const char *table)
{
	char *sql = xasprintf("SELECT coalesce(max(id), 0) FROM %s", table);
	sqlite3_stmt *stmt = prepare(st, sql);
	int64_t limit = -1;

	free(sql);
	if (stmt == NULL)
		return -1;
	if (sqlite3_step(stmt) == SQLITE_ROW)
		limit = sqlite3_column_int64(stmt, 0);
	sqlite3_finalize(stmt);
	return limit;
}

/* A merge in progress, fed row by row (dump.h). */
struct dump_merge {
	struct store		*st;
	struct dump_merge_count	*counts;
	struct dump_matches	*matched;
	int64_t			*new_ids[T_COUNT];
	size_t			 n[T_COUNT], cap[T_COUNT];
	int			 cur;		/* the table being merged, or -1 */
	struct merger		 m;
	int			 failed;
	int			 referenced;	/* does a table point at cur's rows? */
	unsigned char		*touched;	/* by coalition place: answers inserted */
	size_t			 ntouched;
};

/* An answer was inserted into the coalition at place p (1-based): its
 * counts are made again at the end (store_dump_merge_end). */
static void
touch(struct dump_merge *mg, size_t p)
{
	if (p > mg->ntouched) {
		size_t n = p > 2 * mg->ntouched ? p : 2 * mg->ntouched;

		mg->touched = xrecallocarray(mg->touched, mg->ntouched, n, 1);
		mg->ntouched = n;
	}
	mg->touched[p - 1] = 1;
}

/* The start screen's counts of the coalitions that got answers: the
 * insert trigger that keeps them was paused while the merge ran. */
static int
recount(struct dump_merge *mg)
{
	sqlite3_stmt *stmt;
	size_t p;
	int rc = SQLITE_DONE;

	if (mg->ntouched == 0)
		return 0;
	if ((stmt = prepare(mg->st, "INSERT OR REPLACE INTO coalition_stats(coalition_id, "
	    "answered, last_answer) SELECT coalition_id, answered, last_answer FROM "
	    "coalition_stats_now WHERE coalition_id = ?1")) == NULL)
		return -1;
	for (p = 0; p < mg->ntouched && rc == SQLITE_DONE; p++) {
		if (!mg->touched[p] || p >= mg->n[T_COALITION] || mg->new_ids[T_COALITION][p] == 0)
			continue;
		sqlite3_bind_int64(stmt, 1, mg->new_ids[T_COALITION][p]);
		rc = sqlite3_step(stmt);
		sqlite3_reset(stmt);
	}
	sqlite3_finalize(stmt);
	return rc == SQLITE_DONE ? 0 : store_fail(mg->st, rc);
}

static void
close_table(struct dump_merge *mg)
{
	free(mg->m.v);
	sqlite3_finalize(mg->m.insert);
	sqlite3_finalize(mg->m.match);
	sqlite3_finalize(mg->m.by_uuid);
	sqlite3_finalize(mg->m.move);
	mg->m.v = NULL;
	mg->m.insert = mg->m.match = mg->m.by_uuid = mg->m.move = NULL;
	mg->cur = -1;
}

/* Prepare the statements of table ti; 0 or -1 with the error set. */
static int
open_table(struct dump_merge *mg, size_t ti)
{
	const struct dump_table *t = &dump_tables[ti];
	const struct dump_sql *q = &dump_sql[ti];
	struct merger *m = &mg->m;
	struct store *st = mg->st;
	struct strbuf sql = { 0 };
	size_t c;
	int ret = -1;

	close_table(mg);
	mg->cur = (int)ti;
	m->v = xcalloc(t->ncols, sizeof(*m->v));
	if (q->has_id && (m->limit = id_limit(st, t->name)) < 0)
		return -1;
	/* A match is limited to the rows that were there before the merge
	 * (ID_LIMIT); with none, there is nothing to look for (an import into
	 * an empty werkboek). The identity is still looked up: two rows of
	 * the file with one uuid are one record. */
	m->none_before = q->has_id && m->limit == 0 && strstr(q->match, ID_LIMIT) != NULL;
	strbuf_printf(&sql, "INSERT INTO %s(", t->name);
	column_list(&sql, t, "");
	strbuf_puts(&sql, ") VALUES (");
	for (c = 0; c < t->ncols; c++)
		strbuf_printf(&sql, "%s?%zu", c > 0 ? ", " : "", c + 1);
	strbuf_puts(&sql, ")");
	if ((m->insert = prepare(st, sql.s)) == NULL || (m->match = prepare(st, q->match)) == NULL)
		goto out;
	if (strcmp(t->cols[t->ncols - 1].name, "uuid") == 0) {
		char *by = xasprintf("SELECT id FROM %s WHERE uuid = ?1", t->name);

		m->by_uuid = prepare(st, by);
		free(by);
		if (m->by_uuid == NULL)
			goto out;
	}
	if (ti == T_DILEMMA_POSITION && (m->move = prepare(st, "UPDATE dilemma_position SET "
	    "position = ?2, note = ?3 WHERE id = ?1 AND (position IS NOT ?2 OR note IS NOT ?3)")) ==
	    NULL)
		goto out;
	ret = 0;
out:
	strbuf_free(&sql);
	return ret;
}

/* Does a column of any table point at table ti? */
static int
referenced(size_t ti)
{
	size_t t, c;

	for (t = 0; t < dump_ntables; t++)
		for (c = 0; c < dump_tables[t].ncols; c++)
			if (dump_tables[t].cols[c].ref == (int)ti)
				return 1;
	return 0;
}

struct dump_merge *
store_dump_merge_begin(struct store *st, const char *origin, struct dump_merge_count *counts,
    struct dump_matches *matched)
{
	struct dump_merge *mg;

	memset(counts, 0, dump_ntables * sizeof(*counts));
	if (store_begin(st) != 0)
		return NULL;
	/* Inserted answers write no history of their own while this
	 * transaction merges, nor count themselves for the start screen (the
	 * coalitions are counted once at the end) (migration fast_import); a
	 * page cache of 16 MiB
	 * instead of 2 keeps the indexes the merge walks in memory, so that
	 * fewer pages go to the WAL twice. */
	if (store_exec(st, "INSERT INTO import_running VALUES (1)") != 0 ||
	    store_exec(st, "PRAGMA cache_size = -16384") != 0) {
		store_rollback(st);
		return NULL;
	}
	mg = xcalloc(1, sizeof(*mg));
	mg->st = st;
	mg->counts = counts;
	mg->matched = matched;
	mg->cur = -1;
	mg->m.st = st;
	mg->m.origin = origin;
	mg->m.matched = matched;
	return mg;
}

size_t
store_dump_merge_rows(const struct dump_merge *mg, size_t ti)
{
	return ti < T_COUNT ? mg->n[ti] : 0;
}

int
store_dump_merge_row(struct dump_merge *mg, size_t ti, const struct dump_value *v)
{
	const struct dump_table *t = &dump_tables[ti];
	size_t c, row;

	assert(ti < dump_ntables);
	if (mg->failed)
		return -1;
	if ((int)ti < mg->cur) {
		mg->failed = 1;
		return store_failf(mg->st, STORE_INVALID, "de tabel %s staat na een tabel die "
		    "ernaar verwijst", t->name);
	}
	if ((int)ti != mg->cur) {
		if (open_table(mg, ti) != 0) {
			mg->failed = 1;
			return -1;
		}
		mg->referenced = referenced(ti);
	}
	/* Does every pointer point at a row given before? (The importer
	 * checks this already; a dump is never trusted blindly.) */
	for (c = 0; c < t->ncols; c++)
		if (t->cols[c].ref >= 0 && !v[c].null &&
		    (v[c].i < 1 || (uint64_t)v[c].i > mg->n[t->cols[c].ref])) {
			mg->failed = 1;
			return store_failf(mg->st, STORE_INVALID, "%s.%s verwijst naar rij %lld, "
			    "die er niet is", t->name, t->cols[c].name, (long long)v[c].i);
		}
	row = mg->n[ti];
	if (!mg->referenced) {
		/* nothing points here: no map from place to id to keep */
		size_t added = mg->counts[ti].added;

		mg->n[ti]++;
		mg->m.scratch = 0;
		mg->m.self = &mg->m.scratch;
		if (merge_row(&mg->m, ti, v, mg->new_ids, row, &mg->counts[ti]) != 0) {
			mg->failed = 1;
			return -1;
		}
		if (ti == T_ANSWER && mg->counts[ti].added > added)
			touch(mg, (size_t)v[0].i);	/* coalition_id */
		return 0;
	}
	if (row == mg->cap[ti]) {
		mg->cap[ti] = mg->cap[ti] ? mg->cap[ti] * 2 : 64;
		mg->new_ids[ti] = xreallocarray(mg->new_ids[ti], mg->cap[ti],
		    sizeof(*mg->new_ids[ti]));
	}
	mg->new_ids[ti][row] = 0;
	mg->n[ti]++;
	mg->m.self = &mg->new_ids[ti][row];
	if (merge_row(&mg->m, ti, v, mg->new_ids, row, &mg->counts[ti]) != 0) {
		mg->failed = 1;
		return -1;
	}
	return 0;
}

int
store_dump_merge_end(struct dump_merge *mg, int commit)
{
	size_t t;
	int ret = 0;

	if (mg == NULL)
		return -1;
	close_table(mg);
	if (commit && !mg->failed && recount(mg) == 0 &&
	    store_exec(mg->st, "DELETE FROM import_running") == 0)
		ret = store_commit(mg->st);
	else {
		store_rollback(mg->st);
		ret = -1;
	}
	store_exec(mg->st, "PRAGMA cache_size = -2000");	/* SQLite's default */
	for (t = 0; t < T_COUNT; t++)
		free(mg->new_ids[t]);
	free(mg->touched);
	free(mg);
	return ret;
}

int
store_dump_import(struct store *st, const struct dump *d, const char *origin,
    struct dump_merge_count *counts, size_t *bad_table, size_t *bad_row)
{
	return store_dump_import_matched(st, d, origin, counts, bad_table, bad_row, NULL);
}

int
store_dump_import_matched(struct store *st, const struct dump *d, const char *origin,
    struct dump_merge_count *counts, size_t *bad_table, size_t *bad_row,
    struct dump_matches *matched)
{
	struct dump_merge *mg;
	size_t t, r;

	*bad_table = *bad_row = 0;
	if ((mg = store_dump_merge_begin(st, origin, counts, matched)) == NULL)
		return -1;
	for (t = 0; t < dump_ntables; t++)
		for (r = 0; r < d->t[t].n; r++)
			if (store_dump_merge_row(mg, t, &d->t[t].v[r * dump_tables[t].ncols]) != 0) {
				*bad_table = t;
				*bad_row = r;
				store_dump_merge_end(mg, 0);
				return -1;
			}
	return store_dump_merge_end(mg, 1);
}
