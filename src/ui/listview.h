/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * listview.h: the state of a list on a screen, without curses: which row
 * is selected, which is the first on screen, and (with a filter) which
 * items of the whole are rows at all. Every list screen keeps one; its
 * drawing, its moves and its clicks are the list widget in widget.c
 * (ui_list_draw, ui_list_down, …). Unit-tested in tests/check_layout.c.
 */
#ifndef VITAAL_LISTVIEW_H
#define VITAAL_LISTVIEW_H

#include <stddef.h>

struct listview {
	size_t	 n;		/* rows */
	size_t	 sel;		/* the selected row; 0 when there are none */
	size_t	 top;		/* the first row on screen */
	size_t	 page;		/* rows on screen at the last draw; 0: not drawn yet */
	size_t	*map;		/* after a filter: row -> item of the whole; NULL: none */
	int	 unmarked;	/* no row shows as selected (a new one is being written) */
};

/* The list has n rows now; a selection past the end goes to the last. */
void	listview_set(struct listview *lv, size_t n);
/* Move the selection by delta rows, stopping at the first and the last. */
void	listview_move(struct listview *lv, long delta);
/* A page down (dir > 0) or up: the selection and the first row shown
 * move by the rows on screen, stopping at the ends. */
void	listview_page(struct listview *lv, int dir);
/* The first row; the last row. */
void	listview_home(struct listview *lv);
void	listview_end(struct listview *lv);
/* Select row; 0 when there is no such row, else 1. */
int	listview_select(struct listview *lv, size_t row);
/* Before drawing rows lines: scroll as little as needed for the selection
 * to be on screen, and remember rows as the page. */
void	listview_show(struct listview *lv, size_t rows);
/* Keep those of total items that keep(item, arg) says yes to, in order,
 * as the rows; a selection past the end goes to the first. Returns n. */
size_t	listview_filter(struct listview *lv, size_t total, int (*keep)(size_t, void *),
	    void *arg);
/* The item of the whole that row is (row itself without a filter). */
size_t	listview_item(const struct listview *lv, size_t row);
/* Free what a filter allocated. */
void	listview_free(struct listview *lv);

#endif
