/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * layout.h: pure layout computations for the screens: where columns go for
 * a given terminal width. No curses here, so they are unit-tested (tests/
 * check_layout.c) at 80×24 and wider.
 */
#ifndef VITAAL_LAYOUT_H
#define VITAAL_LAYOUT_H

/* Columns of the start screen's coalition list; a width of 0 means the
 * column is left out at this terminal width. x positions are from the left
 * edge; name always gets what is left. */
struct layout_start {
	int	name_x, name_w;
	int	phase_x, phase_w;
	int	progress_x, progress_w;	/* "100% ████████" */
	int	updated_x, updated_w;	/* "2026-11-23 14:05" */
};

void	layout_start_columns(int cols, struct layout_start *out);

/* A progress bar of width cells for percent 0..100: the number of full
 * cells (never more than width; 0 only at 0%). */
int	layout_bar_cells(int percent, int width);

#endif
