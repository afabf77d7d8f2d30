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

struct store;
struct catalogue;

#define DILEMMA_SCALE	7	/* points on a pole box's scale, 1..7 */

/* One person's place: 1..7 on a pole box, an option's seq on a choice. */
struct dilemma_position {
	int64_t	 id;
	char	*label;		/* the name said in the round */
	int	 position;
	char	*note;
};

/* One argument in the pro/contra box. */
struct dilemma_argument {
	int64_t	 id;
	char	*situation;	/* huidig, nieuw */
	char	*stance;	/* voor, tegen */
	char	*text;
};

struct dilemma {
	int64_t				 id;
	int64_t				 coalition_id;
	char				*catalogue_key;	/* NULL for an own dilemma */
	char				*form;		/* pool, procontra, keuze */
	char				*title;
	char				*pole_a;	/* pool: left; procontra: huidige situatie */
	char				*pole_b;	/* pool: right; procontra: nieuwe situatie */
	char				*rationale;
	int				 team_position;	/* 0 = not set */
	char				*between_text;	/* procontra closing questions */
	int				 likelihood;	/* 1..5, 0 = not set */
	char				*circling;
	char				**options;	/* keuze: labels, in seq order */
	size_t				 noptions;
	struct dilemma_position		*positions;	/* in the order entered */
	size_t				 npositions;
	struct dilemma_argument		*arguments;	/* in the order entered */
	size_t				 narguments;
};

struct dilemma_list {
	struct dilemma	*v;
	size_t		 n;
};

void	dilemma_list_free(struct dilemma_list *l);

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

/* A person's place (label trimmed, not blank); position checked against
 * the form (1..7, or an existing option). The same label again replaces
 * that person's earlier place (ignoring case). Returns the position id. */
int64_t	dilemma_place(struct store *st, const struct dilemma *d, const char *label,
	    int position, int64_t session_id, char **cause);
int	dilemma_unplace(struct store *st, int64_t position_id, char **cause);
/* A place in an anonymous round: no name is stored (a blank label), so
 * every call adds a place. */
int64_t	dilemma_place_anonymous(struct store *st, const struct dilemma *d, int position,
	    int64_t session_id, char **cause);

/* Anonymous places are shown, and counted in the spread, only once at
 * least this many are in: fewer would give away who stands where. */
#define DILEMMA_ANON_MIN	3
/* The places that may be shown (pure): their indices into d->positions, in
 * order, in idx (room for d->npositions); returns how many. silent (a
 * silent round on the wall) shows none; anonymous places follow
 * DILEMMA_ANON_MIN. */
size_t	dilemma_shown(const struct dilemma *d, int silent, size_t *idx);

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

#endif
