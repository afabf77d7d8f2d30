/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * ui.h: the one entry point of the curses front end. Everything else in
 * src/ui is private to it.
 */
#ifndef VITAAL_UI_H
#define VITAAL_UI_H

struct store;

struct ui_options {
	int	 no_color;	/* --no-color, or NO_COLOR set and non-empty */
	int	 projector;	/* --projector: show what the facilitator selects */
};

/* Run the workbook on an open werkboek until the user quits. Returns the
 * process exit status (0, or 1 after a one-line message on stderr). */
int	ui_run(struct store *st, const struct ui_options *opts);

#endif
