/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * player.h: the players of a coalition and their relations, as the method
 * describes them: who they are, their role (drager, schrager, afnemer…),
 * their power and interest, standpunt, kind of power, and whether their
 * representative has the same mandate and can commit the organisation.
 * The value lists here are the ones the werkboek accepts. Errors as in
 * coalition.h.
 */
#ifndef VITAAL_PLAYER_H
#define VITAAL_PLAYER_H

#include <stddef.h>
#include <stdint.h>

#include "vitaal/records.h"

struct store;

/* The values of the player's choice fields, in the order a user cycles. */
extern const char *const player_kinds[];		/* PLAYER_NKINDS */
extern const char *const player_levels[];		/* PLAYER_NLEVELS */
extern const char *const player_roles[];		/* PLAYER_NROLES */
extern const char *const player_standpunten[];		/* PLAYER_NSTANDPUNTEN */
extern const char *const player_machten[];		/* PLAYER_NMACHTEN */
extern const char *const player_formal_relations[];	/* PLAYER_NFORMAL */
extern const char *const player_bijdragen[];		/* PLAYER_NBIJDRAGEN */
extern const char *const relation_kinds[];		/* RELATION_NKINDS */
#define PLAYER_NKINDS		10
#define PLAYER_NLEVELS		5
#define PLAYER_NROLES		6
#define PLAYER_NSTANDPUNTEN	3
#define PLAYER_NMACHTEN		3
#define PLAYER_NFORMAL		4
#define PLAYER_NBIJDRAGEN	5
#define RELATION_NKINDS		6

/* A display label for a relation kind ("opdrachtgever" → "opdrachtgever–
 * opdrachtnemer"). Static. */
const char	*relation_kind_label(const char *kind);

int64_t	 player_add(struct store *st, int64_t coalition_id, const char *name, char **cause);
/* Check every field of p against the lists and ranges, then save it. */
int	 player_save(struct store *st, const struct player *p, char **cause);
int	 player_remove(struct store *st, int64_t id, char **cause);

/* Relations: from and to must differ; kind from relation_kinds; strength
 * 1–5. */
int64_t	 relation_add(struct store *st, int64_t coalition_id, int64_t from, int64_t to,
	    const char *kind, int strength, char **cause);
int	 relation_save(struct store *st, const struct relation *r, char **cause);
int	 relation_remove(struct store *st, int64_t id, char **cause);

/* bijdrage with item switched on or off (allocated; order kept as in
 * player_bijdragen). Pure. */
char	*player_bijdrage_toggle(const char *bijdrage, const char *item);
/* Does the bijdrage set contain item? Pure. */
int	 player_bijdrage_has(const char *bijdrage, const char *item);

/* Sorting and filtering the table (pure). */
enum player_sort {
	PLAYER_SORT_ADDED,	/* the order they were typed in */
	PLAYER_SORT_NAME,
	PLAYER_SORT_ROLE,
	PLAYER_SORT_POWER,	/* most power first */
	PLAYER_SORT_INTEREST,	/* most interest first */
	PLAYER_SORT_STANDPUNT,
	PLAYER_SORT_COUNT
};
extern const char *const player_sort_names[];	/* Dutch, for the screen */
void	 player_sort(struct player *v, size_t n, enum player_sort by);
/* Does any of name, organisation, kind, role, standpunt contain filter
 * (ASCII case ignored)? An empty filter matches all. */
int	 player_matches(const struct player *p, const char *filter);

/* The ring a player belongs to on the ring map: 0 kern (kopgroep,
 * initiatiefnemer, drager, regisseur), 1 schragers, 2 afnemers, 3 omgeving. */
int	 player_ring(const struct player *p);

#endif
