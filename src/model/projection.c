/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * projection.c: see projection.h.
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "vitaal/projection.h"
#include "vitaal/store.h"
#include "model_int.h"

int
projection_get(struct store *st, struct projection *p, char **cause)
{
	return store_projection_get(st, p) == 0 ? 0 : model_store_cause(st, cause);
}

int
projection_set(struct store *st, const struct projection *p, char **cause)
{
	if ((int)p->kind < PROJECT_NOTHING || (int)p->kind >= PROJECT_NKINDS)
		return model_fail(cause, "onbekend soort beeld voor de beamer");
	return store_projection_set(st, p) == 0 ? 0 : model_store_cause(st, cause);
}

int64_t
projection_timer(const struct projection *p, int64_t now)
{
	int64_t t = p->timer_acc + (p->timer_on && now > p->timer_from ? now - p->timer_from : 0);

	return t > 0 ? t : 0;
}

enum projection_clock
projection_clock(const struct projection *p, int64_t now, char *buf, size_t n)
{
	int64_t t = projection_timer(p, now), left = p->timer_len - t;
	enum projection_clock c = CLOCK_RUNNING;

	if (p->timer_len > 0) {
		if (left <= 0) {
			left = 0;
			c = CLOCK_DONE;
		} else if (left <= PROJECTION_LAST_SECONDS)
			c = CLOCK_LAST;
		t = left;
	}
	snprintf(buf, n, "%02lld:%02lld", (long long)(t / 60), (long long)(t % 60));
	return c;
}

int
projection_same(const struct projection *a, const struct projection *b)
{
	return a->kind == b->kind && a->coalition_id == b->coalition_id &&
	    a->dilemma_id == b->dilemma_id && strcmp(a->item_key, b->item_key) == 0 &&
	    a->map_view == b->map_view && a->round_id == b->round_id &&
	    a->compare_id == b->compare_id && a->session_id == b->session_id;
}
