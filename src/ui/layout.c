/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * layout.c: see layout.h. Columns shrink in a fixed order as the terminal
 * narrows: first the last-change date goes, then the progress bar becomes
 * a bare percentage; the name column never drops below NAME_MIN.
 */
#include "config.h"

#include "layout.h"

#define MARGIN		2
#define GAP		2
#define NAME_MIN	16
#define PHASE_W		14	/* "3 Contracteren" */
#define UPDATED_W	16	/* "2026-11-23 14:05" */
#define PERCENT_W	4	/* "100%" */
#define BAR_W		10

void
layout_start_columns(int cols, struct layout_start *out)
{
	int avail = cols - 2 * MARGIN, progress_w, updated_w;

	progress_w = PERCENT_W + 1 + BAR_W;
	updated_w = UPDATED_W;
	if (avail - (PHASE_W + progress_w + updated_w + 3 * GAP) < NAME_MIN)
		updated_w = 0;
	if (avail - (PHASE_W + progress_w + 2 * GAP) < NAME_MIN && updated_w == 0)
		progress_w = PERCENT_W;

	out->name_x = MARGIN;
	out->name_w = avail - PHASE_W - progress_w - 2 * GAP -
	    (updated_w > 0 ? updated_w + GAP : 0);
	if (out->name_w < 1)
		out->name_w = 1;
	out->phase_x = out->name_x + out->name_w + GAP;
	out->phase_w = PHASE_W;
	out->progress_x = out->phase_x + PHASE_W + GAP;
	out->progress_w = progress_w;
	out->updated_x = updated_w > 0 ? out->progress_x + progress_w + GAP : 0;
	out->updated_w = updated_w;
}

int
layout_bar_cells(int percent, int width)
{
	int cells;

	if (percent <= 0 || width <= 0)
		return 0;
	if (percent >= 100)
		return width;
	cells = percent * width / 100;
	return cells == 0 ? 1 : cells;	/* any progress shows */
}
