/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * store_projection.c: the one row that says what the projector shows.
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "vitaal/records.h"
#include "vitaal/store.h"
#include "vitaal/util.h"
#include "store_int.h"

static const char *const kinds[PROJECT_NKINDS] = {
	"leeg", "coalitie", "vraag", "dilemma", "kaart", "typologie", "agenda",
};

int
store_projection_get(struct store *st, struct projection *p)
{
	static const char sql[] = "SELECT kind, coalition_id, item_key, dilemma_id, timer_on,"
	    " timer_from, timer_acc, silent, timer_len, map_view, round_id, compare_id,"
	    " session_id FROM projection WHERE id = 1";
	sqlite3_stmt *stmt;
	const char *kind;
	int rc, i;

	memset(p, 0, sizeof *p);
	if ((stmt = store_stmt(st, sql)) == NULL)
		return -1;
	if ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		kind = (const char *)sqlite3_column_text(stmt, 0);
		for (i = 0; i < PROJECT_NKINDS; i++)
			if (kind != NULL && strcmp(kind, kinds[i]) == 0)
				p->kind = (enum projection_kind)i;
		p->coalition_id = sqlite3_column_int64(stmt, 1);
		if (sqlite3_column_type(stmt, 2) != SQLITE_NULL)
			snprintf(p->item_key, sizeof p->item_key, "%s",
			    (const char *)sqlite3_column_text(stmt, 2));
		p->dilemma_id = sqlite3_column_int64(stmt, 3);
		p->timer_on = sqlite3_column_int(stmt, 4);
		p->timer_from = sqlite3_column_int64(stmt, 5);
		p->timer_acc = sqlite3_column_int64(stmt, 6);
		p->silent = sqlite3_column_int(stmt, 7);
		p->timer_len = sqlite3_column_int64(stmt, 8);
		p->map_view = sqlite3_column_int(stmt, 9);
		p->round_id = sqlite3_column_int64(stmt, 10);
		p->compare_id = sqlite3_column_int64(stmt, 11);
		p->session_id = sqlite3_column_int64(stmt, 12);
	}
	sqlite3_reset(stmt);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return store_fail(st, rc);
	return 0;
}

int
store_projection_set(struct store *st, const struct projection *p)
{
	static const char sql[] = "UPDATE projection SET kind = ?1, coalition_id = ?2,"
	    " item_key = ?3, dilemma_id = ?4, timer_on = ?5, timer_from = ?6, timer_acc = ?7,"
	    " silent = ?8, timer_len = ?9, map_view = ?10, round_id = ?11, compare_id = ?12,"
	    " session_id = ?13,"
	    " updated = strftime('%Y-%m-%dT%H:%M:%SZ','now')"
	    " WHERE id = 1";
	sqlite3_stmt *stmt;

	if ((stmt = store_write_begin(st, sql)) == NULL)
		return -1;
	store_bind_text(stmt, 1, kinds[p->kind]);
	if (p->coalition_id > 0)
		sqlite3_bind_int64(stmt, 2, p->coalition_id);
	if (p->item_key[0] != '\0')
		store_bind_text(stmt, 3, p->item_key);
	if (p->dilemma_id > 0)
		sqlite3_bind_int64(stmt, 4, p->dilemma_id);
	sqlite3_bind_int(stmt, 5, p->timer_on != 0);
	sqlite3_bind_int64(stmt, 6, p->timer_from);
	sqlite3_bind_int64(stmt, 7, p->timer_acc);
	sqlite3_bind_int(stmt, 8, p->silent != 0);
	sqlite3_bind_int64(stmt, 9, p->timer_len > 0 ? p->timer_len : 0);
	sqlite3_bind_int(stmt, 10, p->map_view >= 0 && p->map_view <= 3 ? p->map_view : 0);
	if (p->round_id > 0)
		sqlite3_bind_int64(stmt, 11, p->round_id);
	if (p->compare_id > 0)
		sqlite3_bind_int64(stmt, 12, p->compare_id);
	if (p->session_id > 0)
		sqlite3_bind_int64(stmt, 13, p->session_id);
	return store_write_end(st, stmt, "beamerregel");
}
