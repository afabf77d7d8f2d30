/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * store_dilemma.h: the werkboek's dilemma tables (dilemma, dilemma_option,
 * dilemma_position, dilemma_argument), for the model in src/model/dilemma.c.
 * Kept apart from store.h so the dilemma boxes can grow without touching
 * every other table's header. The store checks only what the schema checks;
 * the model (dilemma.h) checks input first and words the messages.
 * Errors as in store.h: -1 / NULL with status and message on the handle.
 */
#ifndef VITAAL_STORE_DILEMMA_H
#define VITAAL_STORE_DILEMMA_H

#include <stddef.h>
#include <stdint.h>

#include "vitaal/records.h"

struct store;

/* A coalition's dilemmas in the order they were added, each with its
 * options, positions and arguments. Caller frees (dilemma_list_free). */
struct dilemma_list *store_dilemma_list(struct store *st, int64_t coalition_id);

/* The form of dilemma id (allocated), or NULL with NOTFOUND. */
char		*store_dilemma_form(struct store *st, int64_t id);

/* Insert d (coalition_id, catalogue_key, form and every text, team
 * position and likelihood; 0 = NULL) with its options numbered 1..n, as
 * the coalition's last dilemma, in one transaction. Positions and
 * arguments of d are ignored. Returns the new id or -1. */
int64_t		 store_dilemma_insert(struct store *st, const struct dilemma *d);
/* Append an option to dilemma_id; returns its seq (1-based) or -1. */
int		 store_dilemma_insert_option(struct store *st, int64_t dilemma_id,
		    const char *label);
/* Copy the catalogue's dilemma key (title, poles, form, key and options;
 * the rest starts empty) as the coalition's last dilemma, in one
 * transaction. Returns the new id or -1. */
int64_t		 store_dilemma_copy_catalogue(struct store *st, int64_t coalition_id,
		    const char *key);

/* Set one text column: field is title, rationale, between_text, circling,
 * pole_a or pole_b (anything else fails with INVALID). */
int		 store_dilemma_set_text(struct store *st, int64_t id, const char *field,
		    const char *value);
/* Set team_position or likelihood; 0 stores NULL. */
int		 store_dilemma_set_int(struct store *st, int64_t id, const char *field,
		    int value);
/* Delete a dilemma; its options, positions and arguments go with it. */
int		 store_dilemma_delete(struct store *st, int64_t id);

/* Open round seq max + 1 on dilemma_id with mode ("naam", "anoniem",
 * "stil"), label and session (0 = none), closing any round still open
 * there, in one transaction. Returns the round's id or -1. */
int64_t		 store_round_open(struct store *st, int64_t dilemma_id, const char *mode,
		    const char *label, int64_t session_id);
/* Close a round (now), or reveal a silent one. NOTFOUND for no round. */
int		 store_round_close(struct store *st, int64_t round_id);
int		 store_round_reveal(struct store *st, int64_t round_id);
/* The round open on dilemma_id: its id, with its mode in *mode (static
 * string), or 0 when none is open; -1 on error. */
int64_t		 store_round_open_id(struct store *st, int64_t dilemma_id, const char **mode);

/* Place someone at position in round_id, in one transaction that checks
 * the round is open (INVALID "deze ronde is gesloten" otherwise): with
 * participant_id > 0 that person's place in the round (label: their
 * name), else with a label that label's place (ignoring ASCII case); an
 * earlier place is moved, keeping its id. Neither (an anonymous place)
 * always adds one. session_id 0 = none. Returns the place's id or -1. */
int64_t		 store_round_place(struct store *st, int64_t round_id, int64_t participant_id,
		    const char *label, int position, int64_t session_id);
/* Move a place whose round is still open (INVALID when closed). */
int		 store_position_move(struct store *st, int64_t id, int position);
int		 store_position_delete(struct store *st, int64_t id);

/* Add an argument to a cell of the pro/contra box; returns its id or -1. */
int64_t		 store_argument_insert(struct store *st, int64_t dilemma_id,
		    const char *situation, const char *stance, const char *text);
int		 store_argument_delete(struct store *st, int64_t id);

#endif
