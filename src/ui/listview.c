/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * listview.c: a list's selection, scrolling and filter as plain numbers,
 * so that every list screen moves the same way and the rules are tested
 * without a terminal. The selection stops at the ends (no wrap-around);
 * the rows on screen follow it, scrolling as little as they can.
 */
#include "config.h"

#include <stdlib.h>

#include "vitaal/util.h"
#include "listview.h"

void
listview_set(struct listview *lv, size_t n)
{
	lv->n = n;
	if (lv->sel >= n)
		lv->sel = n > 0 ? n - 1 : 0;
}

void
listview_move(struct listview *lv, long delta)
{
	size_t d = delta < 0 ? (size_t)-delta : (size_t)delta;

	if (lv->n == 0)
		lv->sel = 0;
	else if (delta < 0)
		lv->sel = lv->sel >= d ? lv->sel - d : 0;
	else
		lv->sel = d < lv->n - lv->sel ? lv->sel + d : lv->n - 1;
}

void
listview_page(struct listview *lv, int dir)
{
	size_t page = lv->page > 0 ? lv->page : 1, last_top;

	if (lv->n == 0)
		return;
	last_top = lv->n > page ? lv->n - page : 0;
	if (dir > 0) {
		listview_move(lv, (long)page);
		lv->top = lv->top + page < last_top ? lv->top + page : last_top;
	} else {
		listview_move(lv, -(long)page);
		lv->top = lv->top > page ? lv->top - page : 0;
	}
	listview_show(lv, page);
}

void
listview_home(struct listview *lv)
{
	lv->sel = 0;
}

void
listview_end(struct listview *lv)
{
	lv->sel = lv->n > 0 ? lv->n - 1 : 0;
}

int
listview_select(struct listview *lv, size_t row)
{
	if (row >= lv->n)
		return 0;
	lv->sel = row;
	return 1;
}

void
listview_show(struct listview *lv, size_t rows)
{
	lv->page = rows;
	if (lv->sel < lv->top)
		lv->top = lv->sel;
	if (rows > 0 && lv->sel >= lv->top + rows)
		lv->top = lv->sel - rows + 1;
}

size_t
listview_filter(struct listview *lv, size_t total, int (*keep)(size_t, void *), void *arg)
{
	size_t i;

	free(lv->map);
	lv->map = xcalloc(total + 1, sizeof *lv->map);
	lv->n = 0;
	for (i = 0; i < total; i++)
		if (keep(i, arg))
			lv->map[lv->n++] = i;
	if (lv->sel >= lv->n)
		lv->sel = 0;
	return lv->n;
}

size_t
listview_item(const struct listview *lv, size_t row)
{
	return lv->map != NULL ? lv->map[row] : row;
}

void
listview_free(struct listview *lv)
{
	free(lv->map);
	lv->map = NULL;
}
