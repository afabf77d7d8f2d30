/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * store_intervisie.h: the werkboek's intervisie tables (participant and its
 * login, self_analysis, self_answer and its history, igroup, igroup_member,
 * intervisie sessions, iquestion, iadvice, iaction, itheme, ilesson), for
 * the model in src/model/intervisie.c. Kept apart from store.h like
 * store_dilemma.h.
 *
 * Privacy is enforced here, in the SQL itself, and not only by the model:
 * every query that reads another person's self-analysis carries
 * "shared = 1" (or "participant_id = viewer") in its WHERE clause, and every
 * write to an analysis carries "participant_id = owner", so no caller can
 * reach an unshared analysis of someone else by passing the wrong id.
 * Viewer 0 is a group view and sees shared analyses only.
 *
 * The store checks only what the schema and the privacy rule need; the
 * model (intervisie.h) checks input first and words the messages.
 * Errors as in store.h: -1 / NULL with status and message on the handle.
 */
#ifndef VITAAL_STORE_INTERVISIE_H
#define VITAAL_STORE_INTERVISIE_H

#include <stddef.h>
#include <stdint.h>

#include "vitaal/records.h"

struct store;

/* One current answer of a self-analysis. */
struct self_answer_rec {
	char	*item_key;
	char	*value;
};

/* ---- participants ----------------------------------------------------- */

/* Everyone, by name (ignoring case). Caller frees (participant_list_free). */
struct participant_list *store_participant_list(struct store *st);
int64_t		 store_participant_insert(struct store *st, const char *name);
/* A person added on purpose: EXISTS when someone is called name already
 * (ignoring case), checked in the INSERT itself. */
int64_t		 store_participant_insert_new(struct store *st, const char *name);
/* Correct id's name (the login is left alone); EXISTS when another person
 * has it (ignoring case), NOTFOUND when id is nobody. */
int		 store_participant_rename(struct store *st, int64_t id, const char *name);
/* Write name, organisation, role and profile of p (login is left alone). */
int		 store_participant_update(struct store *st, const struct participant *p);
/* The id of the participant with login, 0 when none, -1 on error. */
int64_t		 store_participant_by_login(struct store *st, const char *login);
/* Give login to participant id, taking it from anyone who had it, in one
 * transaction. */
int		 store_participant_bind_login(struct store *st, int64_t id, const char *login);
/* Delete a participant: their analyses, answers and memberships go with
 * them; questions and advice keep their text without a person. */
int		 store_participant_delete(struct store *st, int64_t id);

/* ---- self-analyses ------------------------------------------------------ */

/* A new private analysis of owner; NOTFOUND when owner does not exist. */
int64_t		 store_selfanalysis_insert(struct store *st, int64_t owner, const char *form_key,
		    const char *title);
/* Owner's own analyses, newest first. */
struct self_analysis_list *store_selfanalysis_mine(struct store *st, int64_t owner);
/* Shared analyses only (shared = 1 in the query): of group_id's members,
 * or of everyone when group_id is 0; form_key NULL = any. By owner's name,
 * then newest first. */
struct self_analysis_list *store_selfanalysis_shared(struct store *st, int64_t group_id,
		    const char *form_key);
/* One analysis of owner (participant_id = owner in the query), or NULL
 * with "niet uw zelfanalyse". Caller frees with store_selfanalysis_rec_free. */
struct self_analysis_rec *store_selfanalysis_get_own(struct store *st, int64_t id,
		    int64_t owner);
void		 store_selfanalysis_rec_free(struct self_analysis_rec *r);
/* Share (1) or unshare (0) owner's analysis; "niet uw zelfanalyse" when
 * id is not owner's. */
int		 store_selfanalysis_set_shared(struct store *st, int64_t id, int64_t owner,
		    int shared);
/* Delete owner's analysis with its answers and their history; questions
 * it was linked to keep their place without it. */
int		 store_selfanalysis_delete(struct store *st, int64_t id, int64_t owner);

/* The answer to item_key as viewer may see it: allocated ("" when open)
 * when viewer owns the analysis or it is shared; NULL otherwise, with
 * NOTFOUND "zelfanalyse niet gevonden" or INVALID "privé: …". */
char		*store_selfanalysis_value(struct store *st, int64_t id, int64_t viewer,
		    const char *item_key);
/* Every answer of an analysis as viewer may see it, by item key; NULL with
 * "privé: …" when viewer may not. *n counts them; caller frees with
 * store_self_answers_free. */
struct self_answer_rec *store_selfanalysis_answers(struct store *st, int64_t id,
		    int64_t viewer, size_t *n);
void		 store_self_answers_free(struct self_answer_rec *v, size_t n);
/* Save an answer of owner's analysis: refused with "niet uw zelfanalyse"
 * when id is not owner's, and with INVALID when item_key is not a question
 * of the analysis' form. An unchanged value (or a blank one for an open
 * answer) writes nothing; a changed one leaves a history row (trigger). */
int		 store_selfanalysis_save(struct store *st, int64_t id, int64_t owner,
		    const char *item_key, const char *value);
/* Every saved value of one answer, oldest first, for its owner only.
 * *n counts them; caller frees with store_strings_free. */
char		**store_selfanalysis_history(struct store *st, int64_t id, int64_t owner,
		    const char *item_key, size_t *n);
void		 store_strings_free(char **v, size_t n);
/* How many earlier versions (drafts) the owner's analysis keeps: every
 * saved value but the current one of each question. -1 with "niet uw
 * zelfanalyse" for anyone else. */
int64_t		 store_selfanalysis_drafts(struct store *st, int64_t id, int64_t owner);

/* ---- groups and intervisie days ----------------------------------------- */

/* Groups by name with their member counts. */
struct igroup_list *store_igroup_list(struct store *st);
/* The groups participant_id is a member of, by name. */
struct igroup_list *store_igroup_list_for(struct store *st, int64_t participant_id);
/* EXISTS when the name (ignoring case) is taken. */
int64_t		 store_igroup_insert(struct store *st, const char *name);
/* Add a member; joining twice is not an error. */
int		 store_igroup_join(struct store *st, int64_t group_id, int64_t participant_id);
/* Take a member out of a group; one who is not in it is not an error. */
int		 store_igroup_leave(struct store *st, int64_t group_id, int64_t participant_id);
struct participant_list *store_igroup_members(struct store *st, int64_t group_id);
/* Delete a group with its members, themes and lessons; its days stay,
 * without a group. */
int		 store_igroup_delete(struct store *st, int64_t id);

/* A session of kind intervisie for group_id; returns its id or -1. */
int64_t		 store_iday_insert(struct store *st, int64_t group_id, const char *title,
		    const char *date, const char *place);
/* The group of intervisie day session_id: its id, 0 when it has none or
 * is no intervisie day, -1 on error. */
int64_t		 store_iday_group(struct store *st, int64_t session_id);
/* Delete an intervisie day with its questions, their advice, actions,
 * themes and lesson links. */
int		 store_iday_delete(struct store *st, int64_t id);
/* Attendance of a session (idempotent), and who attended, by name. */
int		 store_session_attend(struct store *st, int64_t session_id, int64_t participant_id);
struct participant_list *store_session_attendees(struct store *st, int64_t session_id);
/* Not present after all (someone not marked present is not an error). */
int		 store_session_unattend(struct store *st, int64_t session_id,
		    int64_t participant_id);
/* A participant's coalitions (idempotent link), and their names. */
int		 store_participant_link_coalition(struct store *st, int64_t participant_id,
		    int64_t coalition_id);
char		**store_participant_coalitions(struct store *st, int64_t participant_id, size_t *n);
/* The intervisie days of a group, by date then id. */
struct session_list *store_iday_list(struct store *st, int64_t group_id);

/* ---- questions ------------------------------------------------------------ */

/* The questions of a session in the order added, each with its advice,
 * actions (in the order added) and theme names (by name). */
struct iquestion_list *store_iquestion_list(struct store *st, int64_t session_id);
/* vraagsteller 0 = none. NOTFOUND unless session_id is an intervisie day
 * and vraagsteller (when given) exists. */
int64_t		 store_iquestion_insert(struct store *st, int64_t session_id,
		    int64_t vraagsteller, const char *title);
/* field: interview, gespreksnotitie or follow_up (anything else INVALID). */
int		 store_iquestion_set_text(struct store *st, int64_t id, const char *field,
		    const char *value);
/* Link analysis_id to the question only when the question's vraagsteller
 * owns it (checked in the UPDATE); 0 unlinks. */
int		 store_iquestion_link_analysis(struct store *st, int64_t id, int64_t analysis_id);
int		 store_iquestion_delete(struct store *st, int64_t id);
int64_t		 store_iadvice_insert(struct store *st, int64_t question_id, const char *label,
		    const char *text);
/* Advice given by a participant, labelled with their name; NOTFOUND for
 * a question or participant that is not there. */
int64_t		 store_iadvice_insert_by(struct store *st, int64_t question_id,
		    int64_t participant_id, const char *text);
int64_t		 store_iaction_insert(struct store *st, int64_t question_id, const char *text);
int		 store_iaction_update(struct store *st, int64_t id, int done,
		    const char *follow_up);
/* Tag a question with a theme of its day's group, creating the theme on
 * first use (names ignore case); tagging twice is not an error. */
int		 store_iquestion_tag(struct store *st, int64_t question_id, const char *theme);

/* ---- themes and lessons ------------------------------------------------- */

/* The group's themes that occur on a question, most frequent first, ties
 * by name. Never NULL on success (*n may be 0); free with
 * itheme_counts_free. */
struct itheme_count *store_itheme_counts(struct store *st, int64_t group_id, size_t *n);
/* A lesson of group_id linked to questions of that group's days, in one
 * transaction; a question of another group is NOTFOUND. */
int64_t		 store_ilesson_insert(struct store *st, int64_t group_id, const char *text,
		    const int64_t *questions, size_t nquestions);
/* The group's lessons in the order added, each with its question ids in
 * ascending order. Never NULL on success; free with ilesson_list_free. */
struct ilesson	*store_ilesson_list(struct store *st, int64_t group_id, size_t *n);

/* Rows in one of the intervisie tables (participant, self_analysis,
 * self_answer, self_answer_history, igroup, igroup_member, session,
 * iquestion, iadvice, iaction, itheme, iquestion_theme, ilesson,
 * ilesson_question); -1 for any other name. For tests and "info". */
int64_t		 store_intervisie_count(struct store *st, const char *table);

#endif
