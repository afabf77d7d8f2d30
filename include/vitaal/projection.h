/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * projection.h: what the projector shows. The facilitator's terminal
 * writes it, a `vitaal --projector` on the same werkboek reads it, so the
 * wall never shows the control screen, menus or typing. Nothing private
 * can be projected: the kinds are a coalition, one question of a
 * coalition's form, one dilemma box (one round of it, or two rounds
 * compared), a player map, the typology and a session's agenda (its
 * coalitions and the items worked on, never the answers); self-analyses
 * are not among them.
 */
#ifndef VITAAL_PROJECTION_H
#define VITAAL_PROJECTION_H

#include <stdint.h>

#include "vitaal/records.h"	/* struct projection */

struct store;

/* The last seconds of a round, marked on the wall. */
#define PROJECTION_LAST_SECONDS	10

enum projection_clock { CLOCK_RUNNING, CLOCK_LAST, CLOCK_DONE };

/* Read what is on the wall; 0 or -1 with *cause. */
int	projection_get(struct store *st, struct projection *p, char **cause);
/* Put p on the wall (the timer fields included). */
int	projection_set(struct store *st, const struct projection *p, char **cause);
/* Seconds on the timer at time now (pure). */
int64_t	projection_timer(const struct projection *p, int64_t now);
/* The clock as shown at time now (pure): "MM:SS" in buf (at least 16
 * bytes) — the time left when the round has a length, else the time gone —
 * and whether these are the last seconds or the time is up. */
enum projection_clock projection_clock(const struct projection *p, int64_t now, char *buf,
	    size_t n);
/* Do two projections show the same thing (timer aside)? Pure. */
int	projection_same(const struct projection *a, const struct projection *b);

#endif
