/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * intervisie.h: people, their private self-analyses, and the intervisie
 * cycle of a group (seed 002: zelfanalyse → voorbereidende interviews →
 * intervisiedag with an advice round → actions and follow-up → recurring
 * themes → a harvest of lessons).
 *
 * Privacy is the rule of this module: a self-analysis belongs to one
 * participant (its owner) and is private until the owner shares it. Every
 * function that reads analyses or their answers takes the viewer: the
 * owner sees everything of their own; anyone else, and every group view,
 * projector or export (viewer 0), sees shared analyses only. There is no
 * function that returns another person's unshared analysis.
 *
 * Errors as in coalition.h: -1 / NULL and an allocated Dutch *cause.
 */
#ifndef VITAAL_INTERVISIE_H
#define VITAAL_INTERVISIE_H

#include <stddef.h>
#include <stdint.h>

#include "vitaal/records.h"

struct store;
struct catalogue;
struct cat_item;

/* ---- participants ----------------------------------------------------- */

struct participant_list *participant_list(struct store *st, char **cause);
int64_t	participant_add(struct store *st, const char *name, char **cause);
/* The participant called name (trimmed, ignoring case), added when there
 * is none yet. */
int64_t	participant_named(struct store *st, const char *name, char **cause);
/* A person added on purpose (the person picker's "nieuwe persoon"): refused
 * when someone is called that already, ignoring case, so that a person is
 * chosen from the list and never made twice. */
int64_t	participant_add_new(struct store *st, const char *name, char **cause);
/* Correct a display name: a person their own, the facilitator anyone's
 * (identity.h). The login stays; a name another person has is refused. */
int	participant_rename(struct store *st, int64_t id, const char *name, char **cause);
/* Save name, organisation, role and profile of p (name not blank). */
int	participant_save(struct store *st, const struct participant *p, char **cause);
/* The participant using login, or 0 when none (-1 on error). */
int64_t	participant_by_login(struct store *st, const char *login, char **cause);
/* Bind login to participant id (a login belongs to one participant; it is
 * moved from any other). */
int	participant_bind_login(struct store *st, int64_t id, const char *login, char **cause);
/* The participant known by login, added once (called display, or the
 * login when display is NULL or blank) when there is none yet: a person
 * given access, or the person at this terminal. */
int64_t	participant_for_login(struct store *st, const char *login, const char *display,
	    char **cause);
/* The person at this terminal (identity.h), added on first need with the
 * account's full name; the name can be corrected later. */
int64_t	participant_me(struct store *st, char **cause);

/* ---- self-analyses ------------------------------------------------------ */


/* A new private analysis of owner on a questionnaire of the catalogue. */
int64_t	selfanalysis_create(struct store *st, const struct catalogue *cat, int64_t owner,
	    const char *form_key, const char *title, char **cause);
/* The owner's own analyses, private and shared, newest first. */
struct self_analysis_list *selfanalysis_mine(struct store *st, int64_t owner, char **cause);
/* Shared analyses only: of the members of group_id, or of everyone when
 * group_id is 0; form_key NULL = any questionnaire. For group views, the
 * projector and exports. */
struct self_analysis_list *selfanalysis_shared(struct store *st, int64_t group_id,
	    const char *form_key, char **cause);
/* Share or unshare; only the owner may. Sharing shares the answers as
 * they are now: the drafts written while private are removed for good.
 * Unsharing takes it out of every group view (exports made meanwhile
 * remain where they went). */
int	selfanalysis_share(struct store *st, int64_t id, int64_t owner, int shared,
	    char **cause);
/* How many earlier versions of the owner's answers the analysis keeps
 * (the drafts that sharing removes); -1 when it is not theirs. */
int64_t	selfanalysis_drafts(struct store *st, int64_t id, int64_t owner, char **cause);
/* Every question of one of the owner's analyses with its answer as it is
 * now ("" when open): what the group sees once it is shared. */
struct analysis_row {
	const struct cat_item	*item;	/* borrowed from the catalogue */
	char			*value;
};
struct analysis_row *selfanalysis_preview(struct store *st, const struct catalogue *cat,
	    int64_t id, int64_t owner, size_t *n, char **cause);
void	analysis_rows_free(struct analysis_row *rows, size_t n);
/* Remove an analysis; only the owner may. */
int	selfanalysis_remove(struct store *st, int64_t id, int64_t owner, char **cause);

/* An answer in an analysis, as viewer sees it: the value (allocated, ""
 * when not answered) if viewer owns the analysis or it is shared; NULL
 * with "privé" in *cause otherwise. viewer 0 = a group view. */
char	*selfanalysis_value(struct store *st, int64_t id, int64_t viewer, const char *item_key,
	    char **cause);
/* Save an answer; only the owner may (UTF-8 checked; unchanged writes
 * nothing). */
int	selfanalysis_save(struct store *st, int64_t id, int64_t owner, const char *item_key,
	    const char *value, char **cause);

/* Two of the owner's analyses of one questionnaire side by side (pure over
 * what the store returns): for every item of the form, the two values. */
struct compare_row {
	const char	*item_key;	/* borrowed from the catalogue */
	char		*a;		/* allocated, "" when open */
	char		*b;
	int		 changed;	/* a and b differ */
};
struct compare_row *selfanalysis_compare(struct store *st, const struct catalogue *cat,
	    int64_t owner, int64_t a, int64_t b, size_t *n, char **cause);
void	compare_rows_free(struct compare_row *rows, size_t n);

/* ---- the intervisie cycle ----------------------------------------------- */

struct igroup_list *igroup_list(struct store *st, char **cause);
int64_t	igroup_add(struct store *st, const char *name, char **cause);
/* The groups a participant is a member of (what a deelnemer sees). */
struct igroup_list *igroup_list_for(struct store *st, int64_t participant_id, char **cause);
int	igroup_join(struct store *st, int64_t group_id, int64_t participant_id, char **cause);
/* Take a member out (not being one is not an error). */
int	igroup_leave(struct store *st, int64_t group_id, int64_t participant_id, char **cause);
/* The members (participants) of a group, by name. */
struct participant_list *igroup_members(struct store *st, int64_t group_id, char **cause);

/* An intervisie day: a session of kind intervisie for the group. */
int64_t	iday_add(struct store *st, int64_t group_id, const char *title, const char *date,
	    const char *place, char **cause);


/* Who was at a session: mark participant present (idempotent), or not
 * present after all; the attendees by name. Only these record attendance:
 * opening a day or bringing a question does not. */
int	iday_attend(struct store *st, int64_t session_id, int64_t participant_id, char **cause);
int	iday_unattend(struct store *st, int64_t session_id, int64_t participant_id,
	    char **cause);
struct participant_list *iday_attendees(struct store *st, int64_t session_id, char **cause);

/* Link a participant to a coalition (by name or number, as on the command
 * line); the names of their coalitions (allocated; free each and the
 * array). */
int	participant_link_coalition(struct store *st, int64_t participant_id,
	    const char *coalition, char **cause);
char	**participant_coalitions(struct store *st, int64_t participant_id, size_t *n,
	    char **cause);

/* The intervisie days of a group, oldest first. */
struct session_list *iday_list(struct store *st, int64_t group_id, char **cause);

/* The questions of an intervisie day (session), in the order added. */
struct iquestion_list *iquestion_list(struct store *st, int64_t session_id, char **cause);
int64_t	iquestion_add(struct store *st, int64_t session_id, int64_t vraagsteller,
	    const char *title, char **cause);
/* field: "interview", "gespreksnotitie" or "follow_up". */
int	iquestion_set_text(struct store *st, int64_t id, const char *field, const char *value,
	    char **cause);
/* Link the vraagsteller's own analysis; refused unless it is theirs. */
int	iquestion_link_analysis(struct store *st, int64_t id, int64_t analysis_id, char **cause);
int64_t	iadvice_add(struct store *st, int64_t question_id, const char *label, const char *text,
	    char **cause);
/* Advice given by a known participant, under their name. */
int64_t	iadvice_add_by(struct store *st, int64_t question_id, int64_t participant_id,
	    const char *text, char **cause);
int64_t	iaction_add(struct store *st, int64_t question_id, const char *text, char **cause);
int	iaction_update(struct store *st, int64_t id, int done, const char *follow_up,
	    char **cause);
/* Tag a question with a theme of its group (created on first use). */
int	iquestion_tag(struct store *st, int64_t question_id, const char *theme, char **cause);

/* How often each theme of a group occurs across its questions, most
 * frequent first (ties by name). */
struct itheme_count *itheme_counts(struct store *st, int64_t group_id, size_t *n, char **cause);

/* The harvest: lessons of a group, each with the questions it came from. */
int64_t	ilesson_add(struct store *st, int64_t group_id, const char *text,
	    const int64_t *questions, size_t nquestions, char **cause);
struct ilesson *ilesson_list(struct store *st, int64_t group_id, size_t *n, char **cause);

#endif
