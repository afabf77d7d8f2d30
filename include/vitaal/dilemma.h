/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * dilemma.h: the coalition's dilemma boxes, in the method's three forms.
 *  - pool: pole A left, pole B right, a 7-point scale between them; the
 *    team's place and each participant's place on it, and the spread.
 *  - procontra: the seeds' own dilemmabox, a 2×2 of arguments (huidige /
 *    nieuwe situatie × voor / tegen) with three closing questions.
 *  - keuze: a choice among three or more options, each person's choice.
 * A box picked from the catalogue copies its texts (title, poles, options),
 * so it survives catalogue changes; an own box is typed by the team.
 * Errors as in coalition.h.
 */
#ifndef VITAAL_DILEMMA_H
#define VITAAL_DILEMMA_H

#include <stddef.h>
#include <stdint.h>

#include "vitaal/records.h"

struct store;
struct catalogue;

#define DILEMMA_SCALE	7	/* points on a pole box's scale, 1..7 */


/* Everything of a coalition's dilemmas (with options, positions and
 * arguments), in the order they were added. NULL on error. */
struct dilemma_list *dilemma_list(struct store *st, int64_t coalition_id, char **cause);

/* Add the catalogue's dilemma `key` to the coalition; returns its id. */
int64_t	dilemma_add_from_catalogue(struct store *st, const struct catalogue *cat,
	    int64_t coalition_id, const char *key, char **cause);
/* Add an own dilemma: form pool (poles required), procontra (situations
 * optional) or keuze (options: '|'-separated, at least two). */
int64_t	dilemma_add_own(struct store *st, int64_t coalition_id, const char *form,
	    const char *title, const char *pole_a, const char *pole_b, const char *options,
	    char **cause);
int	dilemma_remove(struct store *st, int64_t id, char **cause);

/* Texts of the box: field is one of "title", "rationale", "between_text",
 * "circling", "pole_a", "pole_b". */
int	dilemma_set_text(struct store *st, int64_t id, const char *field, const char *value,
	    char **cause);
/* The team's place (0 clears; 1..7 or an option seq) and the likelihood
 * (0 clears, 1..5). */
int	dilemma_set_team(struct store *st, const struct dilemma *d, int position, char **cause);
int	dilemma_set_likelihood(struct store *st, int64_t id, int likelihood, char **cause);

/* ---- rounds ------------------------------------------------------------ */

/* The mode's word as stored and shown: "naam", "anoniem", "stil". */
const char *dilemma_mode_name(enum dilemma_mode mode);
/* How a round is called: "Ronde 2 · anoniem · na bespreking" (allocated). */
char	*dilemma_round_title(const struct dilemma_round *r);

/* Open a new round on d (the facilitator's): the next seq, with its mode,
 * an optional one-line label and the session (0 = none). A round still
 * open on d is closed first, in the same transaction. Returns its id. */
int64_t	dilemma_round_open(struct store *st, const struct dilemma *d, enum dilemma_mode mode,
	    const char *label, int64_t session_id, char **cause);
/* Close a round: its places stay, none can be added or moved. */
int	dilemma_round_close(struct store *st, int64_t round_id, char **cause);
/* Show a silent round's places (on the wall too). */
int	dilemma_round_reveal(struct store *st, int64_t round_id, char **cause);

/* The round open on d now, or NULL (pure). */
const struct dilemma_round *dilemma_round_open_now(const struct dilemma *d);
/* The round with this id on d, or NULL (pure). */
const struct dilemma_round *dilemma_round_find(const struct dilemma *d, int64_t round_id);
/* The places of one round (pure): a shallow copy of d whose positions are
 * that round's only, in view->positions (allocated: free it alone, never
 * with dilemma_list_free). */
void	dilemma_in_round(const struct dilemma *d, int64_t round_id, struct dilemma *view);

/* A person's place in an open round of d: a named or silent round takes
 * a participant (> 0; the name is the person's), an anonymous round stores
 * none (participant_id must be 0). A person placed in this round before
 * is moved. Refused when the round is closed, or the position does not
 * fit the form. Returns the place's id. */
int64_t	dilemma_round_place(struct store *st, const struct dilemma *d, int64_t round_id,
	    int64_t participant_id, int position, int64_t session_id, char **cause);
/* Move a place already given (in an open round), e.g. one's own anonymous
 * place while one's screen remembers it. */
int	dilemma_round_move(struct store *st, const struct dilemma *d, int64_t position_id,
	    int position, char **cause);

/* Older calls, by label: a place in the round open on d, opening a named
 * (or, for anonymous places, an anonymous) round when none of that kind
 * is open. The same label again in that round moves that place (ignoring
 * case). Returns the position id. */
int64_t	dilemma_place(struct store *st, const struct dilemma *d, const char *label,
	    int position, int64_t session_id, char **cause);
int	dilemma_unplace(struct store *st, int64_t position_id, char **cause);
int64_t	dilemma_place_anonymous(struct store *st, const struct dilemma *d, int position,
	    int64_t session_id, char **cause);

/* Anonymous places are shown, and counted in the spread, only once at
 * least this many are in: fewer would give away who stands where. */
#define DILEMMA_ANON_MIN	3
/* The places that may be shown (pure): their indices into d->positions, in
 * order, in idx (room for d->npositions); returns how many. silent (a
 * silent round not revealed) shows none; anonymous places (no label)
 * follow DILEMMA_ANON_MIN. Call it on one round (dilemma_in_round). */
size_t	dilemma_shown(const struct dilemma *d, int silent, size_t *idx);
/* Should the places of round r be held back from the wall (silent and
 * not revealed)? Pure; NULL is 0. */
int	dilemma_round_hidden(const struct dilemma_round *r);

/* An argument in a cell of the pro/contra box. */
int64_t	dilemma_argue(struct store *st, int64_t dilemma_id, const char *situation,
	    const char *stance, const char *text, char **cause);
int	dilemma_unargue(struct store *st, int64_t argument_id, char **cause);

/* The spread of positions 1..7 (pure): lowest, highest and the median
 * times two (so a median between two points stays exact: 9 = 4.5). count
 * is 0 when there are no positions (then the rest is 0). */
struct dilemma_spread {
	int	count;
	int	low;
	int	high;
	int	median2;
};
void	dilemma_spread(const struct dilemma *d, struct dilemma_spread *out);

/* Choices per option (pure): counts[i] for option seq i + 1; counts has room
 * for d->noptions. */
void	dilemma_tally(const struct dilemma *d, int *counts);

/* ---- how the room moved ------------------------------------------------ */

/* One person whose place differs between the two rounds. */
struct dilemma_move {
	const char	*name;		/* borrowed from the dilemma */
	int		 from, to;	/* 0 = not placed in that round */
};

/* Two rounds of one dilemma side by side (pure): a is the earlier one. */
#define DILEMMA_MAX_PLACES	DILEMMA_SCALE	/* a choice has at most 7 options */
struct dilemma_compare {
	int			 counts_a[DILEMMA_MAX_PLACES + 1];	/* [1..7] */
	int			 counts_b[DILEMMA_MAX_PLACES + 1];
	struct dilemma_spread	 a, b;		/* pole box only; else zero */
	int			 median_shift2;	/* b.median2 - a.median2 (halves) */
	int			 range_a, range_b;	/* high - low */
	int			 named;		/* both rounds keep names: moves apply */
	struct dilemma_move	*moves;		/* who moved, came or went (named only) */
	size_t			 nmoves;
	size_t			 stayed;	/* in both rounds on the same place */
};
/* Compare rounds a and b of d; out->moves is allocated (free with
 * dilemma_compare_free). People are matched by person, else by name
 * (ignoring case). */
void	dilemma_compare(const struct dilemma *d, int64_t round_a, int64_t round_b,
	    struct dilemma_compare *out);
void	dilemma_compare_free(struct dilemma_compare *c);
/* How the room moved, as one Dutch paragraph (allocated): the places, on a
 * pole box the median and the spread before and after, and who moved
 * (named rounds only). With hidden_a or hidden_b (a silent round not
 * revealed) it says only that. The box, the wall and the summary all use
 * it, so they never disagree. */
char	*dilemma_compare_text(const struct dilemma *d, const struct dilemma_compare *c,
	    int hidden_a, int hidden_b);

/* Per round, what a summary lists (pure): the round, how many places and
 * the counts per place (1..7 or option seq) and, on a pole box, the
 * spread. out has room for d->nrounds; returns how many were written. */
struct dilemma_round_count {
	const struct dilemma_round	*round;
	int				 count;
	int				 counts[DILEMMA_MAX_PLACES + 1];
	struct dilemma_spread		 spread;
};
size_t	dilemma_round_counts(const struct dilemma *d, struct dilemma_round_count *out);

#endif
