/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * records.h: the plain records the store hands out and every layer above
 * reads. Each has a _free that accepts NULL; lists own their items.
 */
#ifndef VITAAL_RECORDS_H
#define VITAAL_RECORDS_H

#include <stddef.h>
#include <stdint.h>

struct coalition {
	int64_t	 id;
	char	*name;
	int	 phase;		/* 0 = initiatief, 1..4 = the four phases */
	int	 archived;	/* 0 or 1 */
	char	*created;	/* UTC, ISO 8601 */
	char	*updated;	/* last change to the coalition or any answer */
	int	 answered;	/* non-blank answers to workbook items */
};

struct coalition_list {
	struct coalition *v;
	size_t		  n;
};

struct answer {
	int64_t	 coalition_id;
	char	*item_key;
	char	*value;
	char	*updated;
	int64_t	 session_id;	/* 0 = not in a session */
	char	*author;	/* who saved it; NULL = not known */
};

struct answer_list {
	struct answer	*v;
	size_t		 n;
};

/* One saved value of an answer, oldest first in a history. */
struct answer_change {
	int64_t	 id;
	int64_t	 coalition_id;
	char	*item_key;
	char	*value;
	char	*changed;
	int64_t	 session_id;
	char	*author;	/* who saved it; NULL = not known */
};

struct answer_history {
	struct answer_change *v;
	size_t		      n;
};

/* How much a coalition holds beyond its answers (the home screen's tiles). */
struct coalition_counts {
	int	players;
	int	relations;
	int	dilemmas;
	int	notes;
	int	collaborations;
	int	typology;	/* 1 when the typology has been scored */
};

/* Another collaboration on the same terrain (design step 5). */
struct collaboration {
	int64_t	 id;
	int64_t	 coalition_id;
	char	*name;
	char	*description;
	char	*stance;	/* concurreren, samenwerken, afstand houden, nog onbepaald */
	char	*note;
	char	*updated;
};

struct collaboration_list {
	struct collaboration	*v;
	size_t			 n;
};

/* A free note on a coalition. */
struct note {
	int64_t	 id;
	int64_t	 coalition_id;
	char	*text;
	char	*created;
	char	*updated;
};

struct note_list {
	struct note	*v;
	size_t		 n;
};

/* A player in the coalition's field. Optional yes/no fields use -1 for
 * "not known"; optional choices are NULL when not known. */
struct player {
	int64_t	 id;
	int64_t	 coalition_id;
	char	*name;
	char	*organisation;
	char	*kind;		/* rijk, provincie, gemeente, regio, … (player.h) */
	char	*level;		/* wijk, gemeente, regio, provincie, land */
	char	*role;		/* initiatiefnemer, drager, schrager, afnemer, regisseur, buitenstaander */
	int	 power;		/* 0..5 */
	int	 interest;	/* 0..5 */
	char	*standpunt;	/* voorstander, afwachtend, tegenstander */
	int	 kopgroep;	/* 0 or 1 */
	char	*eigen_belang;
	char	*bijdrage;	/* comma-separated subset of geld,mensen,kunde,bevoegdheid,netwerk */
	int	 phase_joined;	/* 0..4, -1 unknown */
	int	 phase_left;	/* 0..4, -1 still in */
	char	*notes;
	char	*macht;		/* productiemacht, blokkeermacht, diffuse macht, or NULL */
	int	 onvervangbaar;	/* -1, 0, 1 */
	char	*formal_relation; /* ondergeschikt, contractueel, bestuurlijk gelijkwaardig, geen, or NULL */
	char	*representative;
	int	 same_mandate;	/* symmetrie: -1, 0, 1 */
	int	 can_commit;	/* commitment: -1, 0, 1 */
	int	 wants_regie;	/* -1, 0, 1 */
	int	 grants_regie;	/* -1, 0, 1 */
};

struct player_list {
	struct player	*v;
	size_t		 n;
};

/* A relation between two players of one coalition. */
struct relation {
	int64_t	 id;
	int64_t	 coalition_id;
	int64_t	 from_player;
	int64_t	 to_player;
	char	*kind;		/* samenwerking, spanning, afhankelijkheid, financiering, opdrachtgever, keten */
	int	 strength;	/* 1..5 */
	char	*note;
};

struct relation_list {
	struct relation	*v;
	size_t		 n;
};

/* The typology of a coalition: scores the team gave (-1 / 0 = not yet). */
struct typology {
	int	 opgave_score;	/* 1 (vraag bekend) … 5 (turbulent), 0 = not scored */
	int	 factors[8];	/* 0 (eenvoudig) … 4 (zeer complex), -1 = not scored */
	char	*override_type;	/* a cat_coalition_type key chosen by the team, or NULL */
	char	*override_reason;
};

/* One saved value of a field two terminals may both write (a player's,
 * a dilemma's rationale or team place, the typology, a note, a
 * collaboration), oldest first in a history. */
struct field_change {
	int64_t	 id;
	int64_t	 coalition_id;
	char	*kind;		/* speler, dilemma, typologie, notitie, samenwerking */
	int64_t	 record_id;	/* the row of that kind; the typology's coalition */
	char	*field;		/* the column: 'power', 'notes', 'bijdrage.geld', 'factor3' */
	char	*value;		/* NULL: not known (an optional field left open) */
	char	*author;	/* the person's name; "" when unknown */
	char	*saved_at;	/* UTC, ISO 8601 */
	char	*reason;	/* bewaard, tegelijk, eerder, teruggezet, hersteld, import */
};

struct field_history {
	struct field_change *v;
	size_t		     n;
};

void	coalition_free(struct coalition *c);
void	coalition_list_free(struct coalition_list *l);
void	answer_free(struct answer *a);
void	answer_list_free(struct answer_list *l);
void	answer_change_free(struct answer_change *c);
void	answer_history_free(struct answer_history *h);
void	collaboration_list_free(struct collaboration_list *l);
void	note_list_free(struct note_list *l);
void	player_clear(struct player *p);
void	player_list_free(struct player_list *l);
void	relation_list_free(struct relation_list *l);
void	typology_clear(struct typology *t);
void	field_change_clear(struct field_change *c);
void	field_change_free(struct field_change *c);
void	field_history_free(struct field_history *h);

#endif
