/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * store.h: the werkboek on disk. One SQLite file holds one werkboek; this
 * layer owns the sqlite3 handle, opens and migrates the file, refreshes the
 * method catalogue, runs transactions and keeps prepared statements. Layers
 * above never see SQL: they call the table functions declared here and get
 * plain records (records.h) back.
 *
 * Errors: functions return 0 / a pointer on success and -1 / NULL on
 * failure, leaving a status (store_status) and a one-line Dutch message
 * (store_errmsg) on the handle until the next failing call.
 */
#ifndef VITAAL_STORE_H
#define VITAAL_STORE_H

#include <stddef.h>
#include <stdint.h>

#include "vitaal/records.h"

struct store;

/* What to do about a damaged werkboek, after what is wrong: one line. */
#define STORE_DAMAGE_ADVICE "werk er niet verder in: zet het apart met 'vitaal kopie " \
	"BESTAND' en ga terug naar een eerdere kopie (man vitaal: BESCHADIGD WERKBOEK)"

/* Status codes with their user-facing messages, one table for both. */
#define STORE_STATUS_TABLE \
	X(OK,        "gelukt") \
	X(BUSY,      "het werkboek is bezet door een ander programma; probeer het zo opnieuw") \
	X(TOO_NEW,   "dit werkboek is gemaakt met een nieuwere versie van Vitaal; werk Vitaal bij") \
	X(NOT_DB,    "dit bestand is geen Vitaal-werkboek") \
	X(CORRUPT,   "het werkboek is beschadigd; " STORE_DAMAGE_ADVICE) \
	X(FULL,      "de schijf is vol; er is niets opgeslagen") \
	X(READONLY,  "het werkboek is alleen-lezen") \
	X(CANTOPEN,  "het werkboek kan niet worden geopend") \
	X(NOT_OWN,   "dit werkboek is van een ander account; alleen de eigenaar opent het") \
	X(NOTFOUND,  "niet gevonden") \
	X(EXISTS,    "bestaat al") \
	X(INVALID,   "ongeldige invoer") \
	X(ERROR,     "onverwachte fout in het werkboek")

enum store_status {
#define X(name, msg) STORE_##name,
	STORE_STATUS_TABLE
#undef X
};

/* The message for a status; never NULL. */
const char	*store_status_message(enum store_status status);

/* Flags for store_open. */
#define STORE_CREATE	0x1	/* create the file (0600) if it is missing */
#define STORE_NOWAIT	0x2	/* give up on a busy werkboek after 0.1 s, not 5 s */
#define STORE_AS_IS	0x4	/* change nothing (no migration, no catalogue, no
				 * pragma written): to copy a werkboek as it is */
#define STORE_MKDIR	0x8	/* with STORE_CREATE: also its missing folders
				 * (0700); only for the default place, never
				 * for a path someone typed */

/* Open the werkboek at path, migrate it to the newest schema and refresh the
 * catalogue. On failure returns NULL, sets *status and, when cause is not
 * NULL, an allocated one-line message naming the file (caller frees). A file
 * that is not a werkboek, or one from a newer Vitaal, is left untouched. */
struct store	*store_open(const char *path, int flags, enum store_status *status,
		    char **cause);
void		 store_close(struct store *st);
/* Is the werkboek open read-only (a file we may not write)? Then it can
 * be read and exported, and every save fails with STORE_READONLY. */
int		 store_readonly(struct store *st);
/* Move everything from the WAL into the werkboek and empty the WAL file
 * (TRUNCATE), so that text just deleted (overwritten in place: Vitaal
 * sets secure_delete) leaves no copy behind in the WAL. 0 when the WAL is
 * empty afterwards, -1 when another connection kept it busy. */
int		 store_checkpoint(struct store *st);
/* Is deleted text overwritten (PRAGMA secure_delete, set at open)? 1, 0,
 * or -1 on error. */
int		 store_secure_delete(struct store *st);

/* The default werkboek: $XDG_DATA_HOME/vitaal/werkboek.db, else
 * $HOME/.local/share/vitaal/werkboek.db. Either argument may be NULL or
 * empty. Returns an allocated path, or NULL when neither is usable. */
char		*store_default_path(const char *xdg_data_home, const char *home);

enum store_status store_status(const struct store *st);
const char	*store_errmsg(const struct store *st);
const char	*store_path(const struct store *st);

/* The schema version this build writes, and the file's current one. */
int		 store_schema_latest(void);
int		 store_schema_version(struct store *st);
/* Load the whole catalogue (store_catalogue.c); NULL with the error on
 * st. Caller frees. */
struct catalogue *catalogue_load(struct store *st);
void		  catalogue_free(struct catalogue *cat);

/* The catalogue version in the file (cat_meta 'version'); static storage. */
const char	*store_catalogue_version(struct store *st);

/* A number that changes whenever another connection (another terminal on
 * the same werkboek) has committed a change since the last call; -1 on
 * error. Cheap: no I/O beyond the shared-memory index. */
int64_t		 store_data_version(struct store *st);

/* Write transactions. store_begin issues BEGIN IMMEDIATE (so a busy
 * werkboek fails here, before anything is typed into it) and nests: only
 * the outermost commit commits. store_rollback undoes the whole outer
 * transaction. */
int		 store_begin(struct store *st);
int		 store_commit(struct store *st);
void		 store_rollback(struct store *st);

/* Coalitions (store_coalition.c). The list is ordered by name; archived
 * coalitions are included only when with_archived is set. answered is the
 * number of non-blank answers to workbook items (initiatief, fasen, stappen). */
struct coalition_list *store_coalition_list(struct store *st, int with_archived);
struct coalition *store_coalition_get(struct store *st, int64_t id);
struct coalition *store_coalition_find(struct store *st, const char *name);
int64_t		 store_coalition_insert(struct store *st, const char *name);
int		 store_coalition_rename(struct store *st, int64_t id, const char *name);
int		 store_coalition_set_archived(struct store *st, int64_t id, int archived);
int		 store_coalition_set_phase(struct store *st, int64_t id, int phase);
int		 store_coalition_delete(struct store *st, int64_t id);
/* Fill counts for coalition id; 0 or -1. */
int		 store_coalition_counts(struct store *st, int64_t id, struct coalition_counts *out);
/* Items that count for progress (initiatief, fase and stap forms). */
int		 store_workbook_item_count(struct store *st);

/* The name every answer saved through st is signed with (the person at
 * this terminal; copied), or NULL for none: so another terminal can say
 * who saved an answer, and the history who wrote each version. */
void		 store_set_author(struct store *st, const char *name);

/* Answers (store_answer.c). store_answer_set writes value, signed with
 * the author set, and, through a trigger, one history row when the value
 * changed; session_id 0 = none. store_answer_get returns NULL with status
 * NOTFOUND when never answered. */
int		 store_answer_set(struct store *st, int64_t coalition_id,
		    const char *item_key, const char *value, int64_t session_id);
struct answer	*store_answer_get(struct store *st, int64_t coalition_id,
		    const char *item_key);
struct answer_list *store_answer_list(struct store *st, int64_t coalition_id);
struct answer_history *store_answer_history(struct store *st,
		    int64_t coalition_id, const char *item_key);
struct answer_change *store_answer_change_get(struct store *st, int64_t change_id);

/* Other collaborations on the terrain (store_collaboration.c), in the
 * order they were added. */
struct collaboration_list *store_collaboration_list(struct store *st, int64_t coalition_id);
int64_t		 store_collaboration_insert(struct store *st, int64_t coalition_id,
		    const char *name);
int		 store_collaboration_update(struct store *st, const struct collaboration *c);
int		 store_collaboration_delete(struct store *st, int64_t id);

/* Notes on a coalition (store_note.c), newest first. A note emptied of
 * text is deleted by the model, not stored blank. */
struct note_list *store_note_list(struct store *st, int64_t coalition_id);
int64_t		 store_note_insert(struct store *st, int64_t coalition_id, const char *text,
		    int64_t session_id);
int		 store_note_update(struct store *st, int64_t id, const char *text);
int		 store_note_delete(struct store *st, int64_t id);

/* Players and relations (store_player.c). Players are listed in the order
 * they were added; store_player_update writes every field of p. */
struct player_list *store_player_list(struct store *st, int64_t coalition_id);
int64_t		 store_player_insert(struct store *st, int64_t coalition_id, const char *name);
int		 store_player_update(struct store *st, const struct player *p);
int		 store_player_delete(struct store *st, int64_t id);
struct relation_list *store_relation_list(struct store *st, int64_t coalition_id);
int64_t		 store_relation_insert(struct store *st, int64_t coalition_id, int64_t from,
		    int64_t to, const char *kind, int strength, const char *note);
int		 store_relation_update(struct store *st, const struct relation *r);
int		 store_relation_delete(struct store *st, int64_t id);

/* Typology (store_typology.c): read fills t (unscored parts as in
 * struct typology); the setters write one part each. */
int		 store_typology_get(struct store *st, int64_t coalition_id, struct typology *t);
int		 store_typology_set_opgave(struct store *st, int64_t coalition_id, int score);
int		 store_typology_set_factor(struct store *st, int64_t coalition_id, int factor,
		    int score);
int		 store_typology_set_override(struct store *st, int64_t coalition_id,
		    const char *type_key, const char *reason);

/* The history of the fields two terminals may both write
 * (store_field.c). store_field_history_add writes c (its id, saved_at
 * ignored: now; value NULL kept; author NULL = "", reason NULL =
 * 'bewaard') and keeps the newest STORE_FIELD_KEEP rows of that field;
 * returns the new row's id or -1. store_field_history lists one field's
 * rows oldest first (field NULL: every field of the record);
 * store_field_last is the newest, or NULL with NOTFOUND when the field
 * has none. */
#define STORE_FIELD_KEEP	50
int64_t		 store_field_history_add(struct store *st, const struct field_change *c);
struct field_history *store_field_history(struct store *st, const char *kind,
		    int64_t record_id, const char *field);
struct field_change *store_field_change_get(struct store *st, int64_t id);
struct field_change *store_field_last(struct store *st, const char *kind,
		    int64_t record_id, const char *field);

/* The projector's row (store_projection.c): kind as text ('leeg',
 * 'coalitie', 'vraag', 'dilemma'). */
struct projection;
int		 store_projection_get(struct store *st, struct projection *p);
int		 store_projection_set(struct store *st, const struct projection *p);

/* Copy the catalogue's example coalition `key` into the werkboek as a new
 * coalition called name, with its answers, players and collaborations, in
 * one transaction. Returns the new coalition's id or -1. */
int64_t		 store_example_create(struct store *st, const char *key, const char *name);

/* Table counts for `vitaal info` and tests: rows in a user or catalogue
 * table named in the built-in list, or -1 for an unknown name. */
int64_t		 store_count(struct store *st, const char *table);

/*
 * Damage (store_check.c). PRAGMA quick_check reads every page: some 0.3 s
 * for a werkboek of 50 MB, far more than the start screen may take. So
 * store_check_start runs it on a read-only connection and a thread of its
 * own (signals blocked there), and the screen asks store_check_poll now
 * and then; store_check_wait waits for it, or runs it in place when no
 * thread could be started. store_close stops a check still running.
 * DAMAGED and FAILED come with *cause, one Dutch line that says what is
 * wrong and what to do; *ms (may be NULL) is how long the check took.
 */
enum store_check_state {
	STORE_CHECK_NONE,	/* not started */
	STORE_CHECK_RUNNING,
	STORE_CHECK_OK,
	STORE_CHECK_DAMAGED,	/* quick_check found damage */
	STORE_CHECK_FAILED	/* the check itself could not run */
};
void		 store_check_start(struct store *st);
enum store_check_state store_check_poll(struct store *st, char **cause, double *ms);
enum store_check_state store_check_wait(struct store *st, char **cause, double *ms);

/* 'vitaal kopie': copy the werkboek to dest, a new file, through SQLite's
 * online backup: all pages in one read transaction, a consistent copy
 * while other terminals keep writing (WAL: they do not wait). The copy is
 * made as a temporary beside dest (0600) and given the name dest only
 * when nothing has it (an existing dest is refused up front); then it is
 * checked with PRAGMA integrity_check. 0 with *pages and *bytes; -1 with
 * *cause when no copy was made; 1 with *cause when the copy is in place
 * but failed the check (a damaged werkboek gives a damaged copy: kept, as
 * the state it was in). */
int		 store_copy(struct store *st, const char *dest, int64_t *pages, int64_t *bytes,
		    char **cause);

#endif
