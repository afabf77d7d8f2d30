/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * report.h: what a summary shows, gathered once from the werkboek so each
 * export format (txt, md, html, odt, dot) is a pure function of it.
 *
 * Two kinds: a coalition report holds everything about one coalition; a
 * session report holds who was there and, per coalition on the agenda,
 * what was added or changed in the session, the player map, the dilemma
 * positions and the questions still open. Nothing depends on the clock,
 * so the same werkboek always gives the same text (golden files).
 */
#ifndef VITAAL_REPORT_H
#define VITAAL_REPORT_H

#include <stddef.h>
#include <stdint.h>

#include "vitaal/catalogue.h"
#include "vitaal/dilemma.h"
#include "vitaal/progress.h"
#include "vitaal/records.h"
#include "vitaal/session.h"
#include "vitaal/typology.h"
#include "vitaal/vraagstuk.h"

struct iquestion_list;
struct itheme_count;
struct store;

/* A question with its answer (value NULL: still open). */
struct report_item {
	const struct cat_item	*item;
	const char		*value;
};

/* One form of the workbook (initiatief, fase N, stap N) with the questions
 * the team answered, in the form's order. */
struct report_section {
	const struct cat_form	*form;
	int			 phase;		/* 1..4 for a fase form, else 0 */
	int			 step;		/* 1..5 for a stap form, else 0 */
	struct report_item	*items;
	size_t			 nitems;
};

/* An answer as it stood at the end of a session. */
struct report_change {
	const struct cat_item	*item;		/* NULL when no longer in the catalogue */
	const char		*item_key;
	const char		*value;		/* "" when it was wiped */
	const char		*changed;	/* UTC, ISO 8601 */
};

struct report_coalition {
	struct coalition		*c;
	const char			*opgave;	/* "" when not filled in */
	const char			*doel;
	int				 full;		/* 1: a coalition report, everything */
	struct answer_list		*answers;
	struct coalition_progress	 progress;
	struct report_section		*sections;	/* full only: forms with answers */
	size_t				 nsections;
	struct formulation		*formulations;	/* full only: vraagstuk timeline */
	size_t				 nformulations;
	struct report_item		*open;		/* the current phase's open questions */
	size_t				 nopen;
	const struct cat_form		*open_form;	/* the form they belong to */
	struct player_list		*players;	/* sorted by power, then name */
	struct relation_list		*relations;
	struct typology			 typology;
	struct typology_result		 type;
	struct dilemma_list		*dilemmas;
	struct note_list		*notes;
	struct collaboration_list	*collaborations;
	struct report_change		*changes;	/* session only: its last values */
	size_t				 nchanges;
	/* owned, for the pointers above */
	struct answer_history		*hist[2];
	struct session_change		*raw_changes;
	size_t				 nraw_changes;
};

/* A lesson of an intervisie group's harvest, with the questions it came
 * from ("Anna de Vries: Hoe krijg ik de wethouders mee?"). */
struct report_lesson {
	char	 *text;
	char	**from;
	size_t	  nfrom;
};

/* An intervisie day in a group's summary, with its questions. */
struct report_day {
	char			*date;
	char			*title;
	struct iquestion_list	*questions;
	/* An intervisie group (NULL for anything else). */
	struct report_group	*group;
	/* An intervisie day or group: the harvest of lessons (a day's: those
	 * drawn from its questions). NULL for other reports. */
	struct report_lesson	*lessons;
	size_t			 nlessons;
};

/* An intervisie group's summary: members, days, recurring themes (its
 * lessons are the report's). No self-analysis is in it, shared or not. */
struct report_group {
	char			*name;
	char			**members;
	size_t			 nmembers;
	struct report_day	*days;
	size_t			 ndays;
	struct itheme_count	*themes;	/* most frequent first */
	size_t			 nthemes;
};

struct report {
	const struct catalogue	*cat;
	struct session_rec	*session;	/* NULL for a coalition report */
	char			**attendees;	/* names, in the order recorded */
	char			**attendee_where; /* "organisation, role" or "", the same order */
	size_t			 nattendees;
	struct report_coalition	*coalitions;
	size_t			 ncoalitions;
	const struct cat_source	**sources;	/* every source cited, in catalogue order */
	size_t			 nsources;
	/* An intervisie day: its questions with the vraagsteller, interview
	 * and conversation notes, advice, actions and themes (NULL for other
	 * sessions). Linked self-analyses are never in a summary. */
	struct iquestion_list	*questions;
	/* An intervisie group (NULL for anything else). */
	struct report_group	*group;
	/* An intervisie day or group: the harvest of lessons (a day's: those
	 * drawn from its questions). NULL for other reports. */
	struct report_lesson	*lessons;
	size_t			 nlessons;
};

/* Everything about one coalition. NULL with *cause. */
struct report	*report_coalition(struct store *st, const struct catalogue *cat, int64_t id,
		    char **cause);
/* The summary of a session. NULL with *cause (e.g. no such session). */
struct report	*report_session(struct store *st, const struct catalogue *cat, int64_t id,
		    char **cause);
/* The summary of an intervisie group. NULL with *cause. */
struct report	*report_group(struct store *st, const struct catalogue *cat, int64_t id,
		    char **cause);
void		 report_free(struct report *r);

/* The player p's name, by id (for relations); "?" when unknown. */
const char	*report_player_name(const struct report_coalition *rc, int64_t id);

/* A session's title as a summary heads it: "Werkconferentie: Dak en
 * thuis", or the title alone when it starts with its kind already
 * ("Werkconferentie dak en thuis"). Allocated; caller frees. */
char		*report_session_title(const struct session_rec *s);

/* The catalogue dilemma d was picked from, for its source; NULL for an
 * own dilemma or one no longer in the catalogue. */
const struct cat_dilemma *report_dilemma_origin(const struct report *r, const struct dilemma *d);

/* "Konijn & van Spijker (2008), H2 Vier sleutels" for an item, a form or
 * any catalogue row with source and chapter; NULL when it has none.
 * Allocated; caller frees. */
char		*report_cite(const struct report *r, const char *source, const char *chapter);

/* A full reference for a source: "Theo Konijn en Willem van Spijker (2008).
 * Vitale coalities en regie in het publieke domein. Van Vieren, Baarn."
 * Allocated; caller frees. */
char		*report_reference(const struct cat_source *src);

/* Where the models shown come from (the player map, the typology, the
 * dilemma box): the catalogue's source and chapter for each. */
struct report_model_source {
	const char	*model;		/* "Spelerskaart", … */
	const char	*source;
	const char	*chapter;
};
extern const struct report_model_source report_models[];
extern const size_t report_nmodels;

/* The document's title: "Coalitie: Iedereen onder dak" or, for a session,
 * its kind and title ("Werkconferentie: …"), or "Intervisiegroep: …".
 * Allocated; caller frees. */
char		*report_title(const struct report *r);

/* The quadrants of the power × interest grid, numbered as Mermaid's
 * quadrantChart does with belang on x and macht on y: 1 top right (nauw
 * betrekken), 2 top left (tevreden houden), 3 bottom left (monitoren),
 * 4 bottom right (informeren). High is 3..5 of the 0..5 scale. */
#define REPORT_NQUADRANTS	4
extern const char *const report_quadrant_names[REPORT_NQUADRANTS];	/* by number - 1 */
int		 report_quadrant(int power, int interest);

/* What the method asks of a player, in one sentence: "soort gemeente,
 * niveau gemeente; macht productiemacht, onvervangbaar ja, symmetrie ja,
 * commitment ja." ("?" for what is not known). Allocated; caller frees. */
char		*report_player_analysis(const struct player *p);

/* "Gemeente → Corporatie: samenwerking (sterkte 5); note". Allocated;
 * caller frees. */
char		*report_relation_text(const struct report_coalition *rc,
		    const struct relation *rel);

/* The progress grid's title and the note that goes with it in every
 * format: its rows are the four aandachtspunten of a phase checklist, and
 * how they relate to the sleutels (which the book orders differently in
 * chapters 2 and 3). */
extern const char report_grid_title[];
extern const char report_grid_note[];

/* The typology's thresholds as Vitaal's rule of thumb (allocated), for
 * every summary that shows a type; report_typology gives it as "Grens". */
char		*report_typology_rule(void);

/* A label and its value (allocated), for a list of facts. */
struct report_field {
	const char	*label;
	char		*value;
};

/* The typology as it reads in every format: Opgave ("turbulent (vraag
 * onbekend)"), Systeem ("complex (4 van 8 factoren gescoord)"), Type, and
 * when there are Gekozen omdat and Strategie. Returns how many fields it
 * filled in out, 0 when nothing has been scored (then there is no
 * section). Free with report_fields_free. */
#define REPORT_TYPOLOGY_FIELDS	6
size_t		 report_typology(const struct report_coalition *rc,
		    struct report_field out[REPORT_TYPOLOGY_FIELDS]);
void		 report_fields_free(struct report_field *f, size_t n);

/* An intervisie question as every format shows it: its heading ("Vraag
 * van Anna: …"), then the labelled facts that are filled in (Interview,
 * Gespreksnotitie, Vervolg, Thema's), then the advice ("Bert: …") and the
 * actions ("[x] … (vervolg: …)") as list items. Free with
 * report_question_clear. */
struct iquestion;
#define REPORT_QUESTION_FIELDS	4
struct report_question {
	char			*heading;
	struct report_field	 fields[REPORT_QUESTION_FIELDS];
	size_t			 nfields;
	char			**advice;
	size_t			 nadvice;
	char			**actions;
	size_t			 nactions;
};
void		 report_question(const struct iquestion *q, struct report_question *out);
void		 report_question_clear(struct report_question *rq);

/* "Anna de Vries: Hoe krijg ik de wethouders mee?" (or the title alone
 * without a vraagsteller): a question in a list. Allocated. */
char		*report_question_line(const struct iquestion *q);

/* "Mandaat (3)": a recurring theme with how often it came up. Allocated. */
char		*report_theme_line(const struct itheme_count *t);

/* "2026-03-27 Intervisiedag voorjaar (2 vragen)". Allocated. */
char		*report_day_line(const struct report_day *d);

/* "Regie voer je door vragen te stellen. (uit: Anna de Vries: …)": a
 * lesson with where it came from. Allocated. */
char		*report_lesson_line(const struct report_lesson *l);

/* "Spreiding 2–6, mediaan 4,5 (4 plaatsen)" for a pole dilemma, or NULL
 * when no one took a place. Allocated; caller frees. */
char		*report_spread_text(const struct dilemma *d);

#endif
