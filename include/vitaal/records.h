/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * records.h: the plain records the store hands out and every layer above
 * reads. Each has a _free that accepts NULL; lists own their items. What
 * a record owns (its strings, its arrays of child records) is described
 * once per kind in records.c, which every _free and _clear here walks: a
 * new string field is one line in its kind's table there.
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

/* ---- dilemmas (dilemma.h) ---------------------------------------------- */

/* One person's place: 1..7 on a pole box, an option's seq on a choice. */
struct dilemma_position {
	int64_t	 id;
	char	*label;		/* the person's name; "" in an anonymous round */
	int	 position;
	char	*note;
	int64_t	 round_id;	/* the round it was given in */
	int64_t	 participant_id;	/* the person, 0 when none is known */
};

/* How a round keeps its places: under the names of the people present,
 * without any person, or named but off the wall until revealed. */
enum dilemma_mode { ROUND_NAMED, ROUND_ANONYMOUS, ROUND_SILENT };

/* One round of places on a dilemma, opened and closed by the facilitator. */
struct dilemma_round {
	int64_t			 id;
	int			 seq;		/* 1, 2, … per dilemma */
	enum dilemma_mode	 mode;
	char			*label;		/* "voorbereid", "na bespreking", or "" */
	int			 revealed;	/* a silent round: shown on the wall */
	int64_t			 session_id;	/* 0 = none */
	char			*opened;	/* ISO time */
	char			*closed;	/* ISO time, NULL while open */
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
	struct dilemma_position		*positions;	/* in the order entered, all rounds */
	size_t				 npositions;
	struct dilemma_round		*rounds;	/* in seq order */
	size_t				 nrounds;
	struct dilemma_argument		*arguments;	/* in the order entered */
	size_t				 narguments;
};

struct dilemma_list {
	struct dilemma	*v;
	size_t		 n;
};

void	dilemma_list_free(struct dilemma_list *l);

/* ---- participants, self-analyses, intervisie (intervisie.h) ------------ */

struct participant {
	int64_t	 id;
	char	*name;
	char	*organisation;
	char	*role;
	char	*profile;	/* a short profile of their context */
	char	*login;		/* operating-system user name, or NULL */
};

struct participant_list {
	struct participant	*v;
	size_t			 n;
};

void	participant_list_free(struct participant_list *l);

struct self_analysis_rec {
	int64_t	 id;
	int64_t	 owner;		/* participant id */
	char	*owner_name;
	char	*form_key;	/* a cat_form of kind 'zelfanalyse' */
	char	*title;
	int	 shared;	/* 0 private, 1 shared */
	char	*created;
	char	*updated;
	int	 answered;	/* non-blank answers */
	char	*origin;	/* brought in by an import: from where, by whom; NULL
				 * when written in this werkboek */
};

struct self_analysis_list {
	struct self_analysis_rec	*v;
	size_t				 n;
};

void	self_analysis_list_free(struct self_analysis_list *l);

struct igroup {
	int64_t	 id;
	char	*name;
	size_t	 nmembers;
};

struct igroup_list {
	struct igroup	*v;
	size_t		 n;
};

void	igroup_list_free(struct igroup_list *l);

struct iday {
	int64_t	 id;
	char	*title;
	char	*date;		/* YYYY-MM-DD */
	char	*place;
};

struct session_list {
	struct iday	*v;
	size_t		 n;
};

void	session_list_free(struct session_list *l);

struct iadvice {
	int64_t	 id;
	int64_t	 participant;	/* who gave it, 0 = not a known person */
	char	*label;		/* their name as it was then */
	char	*text;
};

struct iaction {
	int64_t	 id;
	char	*text;
	int	 done;
	char	*follow_up;
};

struct iquestion {
	int64_t			 id;
	int64_t			 session_id;
	int64_t			 vraagsteller;	/* participant id, 0 = none */
	char			*vraagsteller_name;
	char			*title;
	int64_t			 analysis_id;	/* 0 = none; shown only when shared */
	char			*interview;
	char			*gespreksnotitie;
	char			*follow_up;
	struct iadvice		*advice;	/* in the order given */
	size_t			 nadvice;
	struct iaction		*actions;
	size_t			 nactions;
	char			**themes;	/* names */
	size_t			 nthemes;
};

struct iquestion_list {
	struct iquestion	*v;
	size_t			 n;
};

void	iquestion_list_free(struct iquestion_list *l);

struct itheme_count {
	char	*name;
	int	 count;
};

void	itheme_counts_free(struct itheme_count *v, size_t n);

struct ilesson {
	int64_t	 id;
	char	*text;
	int64_t	*questions;
	size_t	 nquestions;
};

void	ilesson_list_free(struct ilesson *v, size_t n);

/* ---- sessions (session.h) ---------------------------------------------- */

struct session_rec {
	int64_t	 id;
	char	*kind;		/* werkconferentie, intervisie, teamoverleg */
	char	*title;
	char	*date;		/* YYYY-MM-DD */
	char	*place;
	char	*facilitator;
	int	 nchanges;	/* answers saved in it */
};

struct session_rec_list {
	struct session_rec	*v;
	size_t			 n;
};

/* One saved answer in a session, oldest first. */
struct session_change {
	char	*coalition;
	char	*item_key;
	char	*value;
	char	*changed;	/* UTC, ISO 8601 */
};

void	session_rec_list_free(struct session_rec_list *l);
void	session_changes_free(struct session_change *v, size_t n);

void	dilemma_clear(struct dilemma *d);
void	participant_clear(struct participant *p);

/* ---- the method's catalogue, loaded whole (catalogue.h has the
 * look-ups). Every item carries its source key and chapter. Optional
 * texts are NULL when absent; integer references are 0 when absent. */

struct cat_source {
	char	*key, *short_name, *title, *authors, *year, *publisher;
};

struct cat_phase {
	int	 num;		/* 1..4 */
	char	*name, *short_name, *activiteit, *methodiek, *brandstof, *metafoor;
	char	*regiemiddel, *summary, *pitfalls, *source, *chapter;
};

struct cat_key {
	int	 num;		/* 1..4 */
	char	*name, *short_name, *summary, *source, *chapter;
};

struct cat_checkrow {
	int	 num;		/* 1..4 */
	char	*name, *short_name;
	int	 key_num;	/* the sleutel this row belongs to */
	char	*summary, *source, *chapter;
};

struct cat_step {
	int	 num;		/* 1..5 */
	char	*name, *question, *summary, *source, *chapter;
};

struct cat_form {
	char	*key, *kind;	/* kind: initiatief, fase, stap, zelfanalyse */
	int	 seq;
	char	*title, *intro, *source, *chapter;
};

struct cat_item {
	char	*key, *form;
	int	 seq;
	char	*parent;	/* key of the main question, or NULL */
	char	*section;	/* heading inside the form, or NULL */
	int	 phase;		/* 1..4, 0 = not a phase checklist item */
	int	 checkrow;	/* 1..4, 0 = none */
	char	*kind;		/* tekst, schaal, janee, keuze */
	char	*prompt, *guidance;
	char	*low_label, *high_label;	/* schaal only */
	char	*options;	/* keuze only: '|'-separated */
	char	*source, *chapter;
};

struct cat_perspective {
	char	*key;
	int	 seq;
	char	*name, *kern, *waarden, *zwakte, *quadrant, *source, *chapter;
};

struct cat_coalition_type {
	char	*key;
	int	 seq;
	char	*name, *aliases, *opgave, *systeem, *summary, *key_questions;
	char	*source, *chapter;
};

struct cat_strategy {
	char	*key;
	int	 seq;
	char	*name, *type_key, *summary, *source, *chapter;
};

struct cat_factor {
	int	 num;		/* 1..8 */
	char	*name, *question, *summary, *source, *chapter;
};

struct cat_dilemma {
	char	*key;
	int	 seq;
	char	*form;		/* pool, procontra, keuze */
	char	*title, *pole_a, *pole_b, *summary;
	int	 between_poles;	/* the source says the answer lies in between */
	char	*theme, *source, *chapter;
};

struct cat_dilemma_option {
	char	*dilemma;
	int	 seq;
	char	*label, *summary;
};

/* A ready example coalition built from a case in the seeds. */
struct cat_example {
	char	*key, *name;
	int	 phase;
	char	*summary, *source, *chapter;
};

/* Arrays are ordered by num or seq (items: by form order, then seq). */
struct catalogue {
	char				*version;
	struct cat_source		*sources;	size_t nsources;
	struct cat_phase		*phases;	size_t nphases;
	struct cat_key			*keys;		size_t nkeys;
	struct cat_checkrow		*checkrows;	size_t ncheckrows;
	struct cat_step			*steps;		size_t nsteps;
	struct cat_form			*forms;		size_t nforms;
	struct cat_item			*items;		size_t nitems;
	struct cat_perspective		*perspectives;	size_t nperspectives;
	struct cat_coalition_type	*types;		size_t ntypes;
	struct cat_strategy		*strategies;	size_t nstrategies;
	struct cat_factor		*factors;	size_t nfactors;
	struct cat_dilemma		*dilemmas;	size_t ndilemmas;
	struct cat_dilemma_option	*dilemma_options; size_t ndilemma_options;
	struct cat_example		*examples;	size_t nexamples;
};

/* ---- what the projector shows (projection.h has the logic) */

enum projection_kind {
	PROJECT_NOTHING, PROJECT_COALITION, PROJECT_QUESTION, PROJECT_DILEMMA, PROJECT_MAP,
	PROJECT_TYPOLOGY, PROJECT_AGENDA
};
#define PROJECT_NKINDS	7

struct projection {
	enum projection_kind	 kind;
	int64_t			 coalition_id;
	char			 item_key[96];	/* PROJECT_QUESTION */
	int64_t			 dilemma_id;	/* PROJECT_DILEMMA */
	int			 timer_on;
	int64_t			 timer_from;	/* unix time */
	int64_t			 timer_acc;	/* seconds */
	int			 silent;	/* a silent round: places not shown yet */
	int64_t			 timer_len;	/* seconds to count down from; 0 counts up */
	int			 map_view;	/* PROJECT_MAP: 0..3, the four player maps */
	int64_t			 round_id;	/* PROJECT_DILEMMA: the round shown, 0 = last */
	int64_t			 compare_id;	/* PROJECT_DILEMMA: compared with round_id */
	int64_t			 session_id;	/* PROJECT_AGENDA */
};

#endif
