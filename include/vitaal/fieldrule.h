/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * fieldrule.h: the same rule wherever two writers meet, for the records
 * two terminals on one werkboek may both be editing: players, the team's
 * rationale and place on a dilemma, the typology, notes and other
 * collaborations.
 *
 * A screen keeps the values it loaded (the base) and saves through a
 * *_save_over function, which reads the stored record in the same
 * transaction and decides per field (field_decide):
 *  - changed here only: written;
 *  - changed on the other terminal only: kept as they left it;
 *  - changed alike on both: nothing to keep;
 *  - changed differently on both: this save, the later, wins and the
 *    other value stays in the field's history with who saved it and when;
 *    the report names it, so the screen can say so.
 * Every value written is kept in the field's history (schema
 * 011_field_history.sql: the newest 50 per field), with who and when, and
 * any value can be put back (field_restore), which is itself a change.
 *
 * A record the other terminal deleted while this one edited it is saved
 * again as a new record holding everything this terminal had, and the
 * report says so (gone): a facilitator expects what they typed to stay,
 * sees the record back and can delete it again. Nothing is resurrected
 * silently and nothing typed is dropped.
 */
#ifndef VITAAL_FIELDRULE_H
#define VITAAL_FIELDRULE_H

#include <stddef.h>
#include <stdint.h>

#include "vitaal/records.h"

struct store;
struct catalogue;
struct dilemma;

enum field_kind {
	FIELD_PLAYER,
	FIELD_DILEMMA,
	FIELD_TYPOLOGY,
	FIELD_NOTE,
	FIELD_COLLABORATION,
	FIELD_COALITION,	/* name and phase: merged by an import only */
	FIELD_RELATION,		/* the note: merged by an import only */
	FIELD_NKINDS
};
/* As stored in field_history.kind: speler, dilemma, typologie, notitie,
 * samenwerking, coalitie, relatie. */
extern const char *const field_kind_names[FIELD_NKINDS];

/* What became of one field on a save. */
enum field_outcome {
	FIELD_SAME,	/* changed nowhere */
	FIELD_OURS,	/* changed here only: written */
	FIELD_THEIRS,	/* changed on the other side only: kept */
	FIELD_AGREED,	/* changed alike on both sides: nothing to keep */
	FIELD_BOTH	/* changed differently on both: ours written, theirs in the history */
};

/* The rule for one field, given the value this terminal loaded (base),
 * the one stored now (theirs) and the one it saves (mine). NULL is a
 * value of its own ("not known"), equal only to NULL. Pure. */
enum field_outcome field_decide(const char *base, const char *theirs, const char *mine);

/* The Dutch name of a field as a sentence uses it ("macht", "notities"),
 * or the field itself when unknown. Static. */
const char	*field_label(enum field_kind kind, const char *field);
/* A stored value as the history shows it ("ja", "fase 2", "(leeg)");
 * allocated. */
char		*field_value_text(enum field_kind kind, const char *field, const char *value);
/* The kind named name (field_kind_names), or -1. */
int		 field_kind_of(const char *name);

/* A field both sides changed: theirs is in the history. */
struct field_clash {
	char	*field;
	char	*author;	/* who saved theirs; "" when unknown */
	char	*saved_at;	/* when, UTC ISO 8601; "" when unknown */
};

/* What a save did beyond writing this terminal's changes. */
struct field_report {
	int64_t			 id;		/* the record saved: new when gone */
	int			 gone;		/* deleted elsewhere: saved as a new record */
	int			 undeleted;	/* emptied here, changed there: not deleted */
	size_t			 theirs;	/* fields kept as the other side left them */
	struct field_clash	*clashes;	/* fields both sides changed */
	size_t			 nclashes;
};
void	 field_report_clear(struct field_report *r);
/* One line for the message line about a save on a record of kind, in
 * Dutch ("Anna wijzigde ook ‘macht’ (14:02); uw versie staat, die van
 * Anna in de geschiedenis (g)."), key being the history key; NULL when
 * there is nothing to say. Times are UTC, as the history shows them.
 * Allocated. */
char	*field_report_message(const struct field_report *r, enum field_kind kind,
	    const char *key);

/*
 * The saves. base is the record as this terminal loaded it, mine the same
 * with this terminal's changes; author the person's name. 0 (-1 with
 * *cause, nothing written) and *rep filled (clear it with
 * field_report_clear).
 */
int	 player_save_over(struct store *st, const struct player *base,
	    const struct player *mine, const char *author, struct field_report *rep,
	    char **cause);
int	 collaboration_save_over(struct store *st, const struct collaboration *base,
	    const struct collaboration *mine, const char *author, struct field_report *rep,
	    char **cause);
/* A dilemma's rationale and the team's place (0: none). */
int	 dilemma_save_over(struct store *st, const struct dilemma *base,
	    const char *rationale, int team_position, const char *author,
	    struct field_report *rep, char **cause);
/* The typology's record is the coalition's; cat checks a chosen type. */
int	 typology_save_over(struct store *st, const struct catalogue *cat,
	    int64_t coalition_id, const struct typology *base, const struct typology *mine,
	    const char *author, struct field_report *rep, char **cause);
/* A note as note_save (id 0: new; text blank: delete) over base, the
 * text this terminal loaded. An emptied note the other terminal changed
 * meanwhile is not deleted (rep->undeleted). Returns the note's id (new
 * when it was gone), 0 when nothing is stored, or -1. */
int64_t	 note_save_over(struct store *st, int64_t coalition_id, int64_t id,
	    const char *base, const char *text, int64_t session_id, const char *author,
	    struct field_report *rep, char **cause);

/* The history of one field, oldest first (NULL on error). */
struct field_history *field_history_get(struct store *st, enum field_kind kind,
	    int64_t record_id, const char *field, char **cause);
/* Make the value of history row change_id the field's value again, by
 * author (recorded as 'teruggezet'). cat checks a typology's type (may be
 * NULL for other kinds). A record that no longer exists is said so. */
int	 field_restore(struct store *st, const struct catalogue *cat, int64_t change_id,
	    const char *author, char **cause);

/*
 * An import (vitaal import) of a werkboek that has some of the same
 * players, dilemmas, typologies and collaborations: store_dump_import
 * hands the matched rows (dump.h), and per field where the file differs:
 * a value we had before (we changed it since) stays ours; ours saved here
 * after the file's record last changed stays, the file's goes into the
 * history; else the file's is the later change and is taken, ours goes
 * into the history. A value the file leaves open (NULL) never erases one
 * we know. author names the source in the history ("anna.json"). One
 * transaction (nested in the caller's). 0, or -1 with *cause.
 */
struct dump;
struct dump_match;
struct field_import_count {
	size_t	taken;		/* fields taken from the file */
	size_t	kept;		/* fields where ours stayed, the file's in the history */
};
int	 field_import(struct store *st, const struct catalogue *cat, const struct dump *d,
	    const struct dump_match *m, size_t n, const char *author,
	    struct field_import_count *count, char **cause);

#endif
