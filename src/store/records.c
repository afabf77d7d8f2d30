/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * records.c: freeing the plain records of records.h (and the few of
 * store_intervisie.h). They are created by the store and freed by whoever
 * asked for them.
 *
 * Each kind of record is described once: the offsets of the pointers it
 * owns (its strings, an array of ids) and the arrays of child records it
 * holds, each with the description of its elements. One clear and one
 * array free walk those descriptions, so a new string field is one line
 * in its kind's table and every _free of records.h is one line below.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "vitaal/records.h"
#include "vitaal/store_intervisie.h"

/* What one kind of record owns. */
struct record_kind {
	size_t				 size;
	const size_t			*owned;		/* offsets of pointers to free */
	size_t				 nowned;
	const struct record_array	*arrays;	/* arrays of child records */
	size_t				 narrays;
	int				 zero;		/* clearing zeroes the record */
};

/* An array of child records: the pointer, its size_t count and the kind
 * of its elements. */
struct record_array {
	size_t				 array;
	size_t				 count;
	const struct record_kind	*kind;
};

static void	record_array_free(const struct record_kind *, void *, size_t);

#define NELEM(a)	(sizeof (a) / sizeof (a)[0])
#define OWN(s, f)	offsetof(struct s, f)
/* A kind that owns the pointers in owned (and the arrays in arrays); a
 * clear frees them and sets them to NULL, and with zero set it zeroes the
 * whole record. */
#define KIND(s, owned, zero) \
	{ sizeof (struct s), owned, NELEM(owned), NULL, 0, zero }
#define KIND_ARRAYS(s, owned, arrays, zero) \
	{ sizeof (struct s), owned, NELEM(owned), arrays, NELEM(arrays), zero }
#define ARRAY(s, field, count, kind) \
	{ offsetof(struct s, field), offsetof(struct s, count), &(kind) }

/* The element of an array of strings (a dilemma's options, a question's
 * themes): one owned pointer at offset 0. */
static const size_t string_owned[] = { 0 };
static const struct record_kind record_string = { sizeof (char *), string_owned, 1, NULL, 0, 0 };

/* Free what rec owns as k describes it. */
static void
record_clear(const struct record_kind *k, void *rec)
{
	const struct record_array *a;
	char *p = rec;
	void **ptr;
	size_t i, *count;

	for (i = 0; i < k->nowned; i++) {
		ptr = (void **)(void *)(p + k->owned[i]);
		free(*ptr);
		*ptr = NULL;
	}
	for (i = 0; i < k->narrays; i++) {
		a = &k->arrays[i];
		ptr = (void **)(void *)(p + a->array);
		count = (size_t *)(void *)(p + a->count);
		record_array_free(a->kind, *ptr, *count);
		*ptr = NULL;
		*count = 0;
	}
	if (k->zero)
		memset(rec, 0, k->size);
}

/* Clear each of the n records of kind k at v, then free v; NULL is fine. */
static void
record_array_free(const struct record_kind *k, void *v, size_t n)
{
	size_t i;

	if (v == NULL)
		return;
	for (i = 0; i < n; i++)
		record_clear(k, (char *)v + i * k->size);
	free(v);
}

/* A record and what it owns; NULL is fine. */
#define RECORD_FREE(fn, s, kind) \
void \
fn(struct s *r) \
{ \
	if (r == NULL) \
		return; \
	record_clear(&(kind), r); \
	free(r); \
}

/* What a record owns, the record itself kept. */
#define RECORD_CLEAR(fn, s, kind) \
void \
fn(struct s *r) \
{ \
	record_clear(&(kind), r); \
}

/* A list (v, n) and everything in it; NULL is fine. */
#define LIST_FREE(fn, s, kind) \
void \
fn(struct s *l) \
{ \
	if (l == NULL) \
		return; \
	record_array_free(&(kind), l->v, l->n); \
	free(l); \
}

/* An array of n records and everything in them; NULL is fine. */
#define ARRAY_FREE(fn, s, kind) \
void \
fn(struct s *v, size_t n) \
{ \
	record_array_free(&(kind), v, n); \
}

/* ---- coalitions, answers, players, fields ------------------------------ */

static const size_t coalition_owned[] = {
	OWN(coalition, name), OWN(coalition, created), OWN(coalition, updated),
};
static const size_t answer_owned[] = {
	OWN(answer, item_key), OWN(answer, value), OWN(answer, updated), OWN(answer, author),
};
static const size_t answer_change_owned[] = {
	OWN(answer_change, item_key), OWN(answer_change, value), OWN(answer_change, changed),
	OWN(answer_change, author),
};
static const size_t collaboration_owned[] = {
	OWN(collaboration, name), OWN(collaboration, description), OWN(collaboration, stance),
	OWN(collaboration, note), OWN(collaboration, updated),
};
static const size_t note_owned[] = {
	OWN(note, text), OWN(note, created), OWN(note, updated),
};
static const size_t player_owned[] = {
	OWN(player, name), OWN(player, organisation), OWN(player, kind), OWN(player, level),
	OWN(player, role), OWN(player, standpunt), OWN(player, eigen_belang),
	OWN(player, bijdrage), OWN(player, notes), OWN(player, macht),
	OWN(player, formal_relation), OWN(player, representative),
};
static const size_t relation_owned[] = {
	OWN(relation, kind), OWN(relation, note),
};
static const size_t typology_owned[] = {
	OWN(typology, override_type), OWN(typology, override_reason),
};
static const size_t field_change_owned[] = {
	OWN(field_change, kind), OWN(field_change, field), OWN(field_change, value),
	OWN(field_change, author), OWN(field_change, saved_at), OWN(field_change, reason),
};

static const struct record_kind coalition_kind = KIND(coalition, coalition_owned, 0);
static const struct record_kind answer_kind = KIND(answer, answer_owned, 0);
static const struct record_kind answer_change_kind =
    KIND(answer_change, answer_change_owned, 0);
static const struct record_kind collaboration_kind =
    KIND(collaboration, collaboration_owned, 0);
static const struct record_kind note_kind = KIND(note, note_owned, 0);
static const struct record_kind player_kind = KIND(player, player_owned, 0);
static const struct record_kind relation_kind = KIND(relation, relation_owned, 0);
/* The scores stay: only the override goes. */
static const struct record_kind typology_kind = KIND(typology, typology_owned, 0);
static const struct record_kind field_change_kind =
    KIND(field_change, field_change_owned, 1);

RECORD_FREE(coalition_free, coalition, coalition_kind)
LIST_FREE(coalition_list_free, coalition_list, coalition_kind)
RECORD_FREE(answer_free, answer, answer_kind)
LIST_FREE(answer_list_free, answer_list, answer_kind)
RECORD_FREE(answer_change_free, answer_change, answer_change_kind)
LIST_FREE(answer_history_free, answer_history, answer_change_kind)
LIST_FREE(collaboration_list_free, collaboration_list, collaboration_kind)
LIST_FREE(note_list_free, note_list, note_kind)
RECORD_CLEAR(player_clear, player, player_kind)
LIST_FREE(player_list_free, player_list, player_kind)
LIST_FREE(relation_list_free, relation_list, relation_kind)
RECORD_CLEAR(typology_clear, typology, typology_kind)
RECORD_CLEAR(field_change_clear, field_change, field_change_kind)
RECORD_FREE(field_change_free, field_change, field_change_kind)
LIST_FREE(field_history_free, field_history, field_change_kind)

/* ---- dilemmas ---------------------------------------------------------- */

static const size_t position_owned[] = {
	OWN(dilemma_position, label), OWN(dilemma_position, note),
};
static const size_t round_owned[] = {
	OWN(dilemma_round, label), OWN(dilemma_round, opened), OWN(dilemma_round, closed),
};
static const size_t argument_owned[] = {
	OWN(dilemma_argument, situation), OWN(dilemma_argument, stance),
	OWN(dilemma_argument, text),
};
static const size_t dilemma_owned[] = {
	OWN(dilemma, catalogue_key), OWN(dilemma, form), OWN(dilemma, title),
	OWN(dilemma, pole_a), OWN(dilemma, pole_b), OWN(dilemma, rationale),
	OWN(dilemma, between_text), OWN(dilemma, circling),
};

static const struct record_kind position_kind = KIND(dilemma_position, position_owned, 0);
static const struct record_kind round_kind = KIND(dilemma_round, round_owned, 0);
static const struct record_kind argument_kind = KIND(dilemma_argument, argument_owned, 0);
static const struct record_array dilemma_arrays[] = {
	ARRAY(dilemma, options, noptions, record_string),
	ARRAY(dilemma, positions, npositions, position_kind),
	ARRAY(dilemma, rounds, nrounds, round_kind),
	ARRAY(dilemma, arguments, narguments, argument_kind),
};
static const struct record_kind dilemma_kind =
    KIND_ARRAYS(dilemma, dilemma_owned, dilemma_arrays, 1);

RECORD_CLEAR(dilemma_clear, dilemma, dilemma_kind)
LIST_FREE(dilemma_list_free, dilemma_list, dilemma_kind)

/* ---- participants, self-analyses, intervisie, sessions ------------------ */

static const size_t participant_owned[] = {
	OWN(participant, name), OWN(participant, organisation), OWN(participant, role),
	OWN(participant, profile), OWN(participant, login),
};
static const size_t self_analysis_owned[] = {
	OWN(self_analysis_rec, owner_name), OWN(self_analysis_rec, form_key),
	OWN(self_analysis_rec, title), OWN(self_analysis_rec, created),
	OWN(self_analysis_rec, updated), OWN(self_analysis_rec, origin),
};
static const size_t self_answer_owned[] = {
	OWN(self_answer_rec, item_key), OWN(self_answer_rec, value),
};
static const size_t igroup_owned[] = {
	OWN(igroup, name),
};
static const size_t iday_owned[] = {
	OWN(iday, title), OWN(iday, date), OWN(iday, place),
};
static const size_t advice_owned[] = {
	OWN(iadvice, label), OWN(iadvice, text),
};
static const size_t action_owned[] = {
	OWN(iaction, text), OWN(iaction, follow_up),
};
static const size_t iquestion_owned[] = {
	OWN(iquestion, vraagsteller_name), OWN(iquestion, title), OWN(iquestion, interview),
	OWN(iquestion, gespreksnotitie), OWN(iquestion, follow_up),
};
static const size_t theme_count_owned[] = {
	OWN(itheme_count, name),
};
static const size_t lesson_owned[] = {
	OWN(ilesson, text), OWN(ilesson, questions),
};
static const size_t session_owned[] = {
	OWN(session_rec, kind), OWN(session_rec, title), OWN(session_rec, date),
	OWN(session_rec, place), OWN(session_rec, facilitator),
};
static const size_t session_change_owned[] = {
	OWN(session_change, coalition), OWN(session_change, item_key),
	OWN(session_change, value), OWN(session_change, changed),
};

static const struct record_kind participant_kind =
    KIND(participant, participant_owned, 1);
static const struct record_kind self_analysis_kind =
    KIND(self_analysis_rec, self_analysis_owned, 0);
static const struct record_kind self_answer_kind =
    KIND(self_answer_rec, self_answer_owned, 0);
static const struct record_kind igroup_kind = KIND(igroup, igroup_owned, 0);
static const struct record_kind iday_kind = KIND(iday, iday_owned, 0);
static const struct record_kind advice_kind = KIND(iadvice, advice_owned, 0);
static const struct record_kind action_kind = KIND(iaction, action_owned, 0);
static const struct record_array iquestion_arrays[] = {
	ARRAY(iquestion, advice, nadvice, advice_kind),
	ARRAY(iquestion, actions, nactions, action_kind),
	ARRAY(iquestion, themes, nthemes, record_string),
};
static const struct record_kind iquestion_kind =
    KIND_ARRAYS(iquestion, iquestion_owned, iquestion_arrays, 1);
static const struct record_kind theme_count_kind =
    KIND(itheme_count, theme_count_owned, 0);
static const struct record_kind lesson_kind = KIND(ilesson, lesson_owned, 0);
static const struct record_kind session_kind = KIND(session_rec, session_owned, 0);
static const struct record_kind session_change_kind =
    KIND(session_change, session_change_owned, 0);

RECORD_CLEAR(participant_clear, participant, participant_kind)
LIST_FREE(participant_list_free, participant_list, participant_kind)
LIST_FREE(self_analysis_list_free, self_analysis_list, self_analysis_kind)
RECORD_FREE(store_selfanalysis_rec_free, self_analysis_rec, self_analysis_kind)
ARRAY_FREE(store_self_answers_free, self_answer_rec, self_answer_kind)
LIST_FREE(igroup_list_free, igroup_list, igroup_kind)
LIST_FREE(session_list_free, session_list, iday_kind)
LIST_FREE(iquestion_list_free, iquestion_list, iquestion_kind)
ARRAY_FREE(itheme_counts_free, itheme_count, theme_count_kind)
ARRAY_FREE(ilesson_list_free, ilesson, lesson_kind)
LIST_FREE(session_rec_list_free, session_rec_list, session_kind)
ARRAY_FREE(session_changes_free, session_change, session_change_kind)

/* Free n strings and their array; NULL is fine. */
void
store_strings_free(char **v, size_t n)
{
	record_array_free(&record_string, v, n);
}
