/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * ui.h: the one entry point of the curses front end. Everything else in
 * src/ui is private to it.
 */
#ifndef VITAAL_UI_H
#define VITAAL_UI_H

struct store;

/* Colour palettes (--palet): the terminal's own colours, or for a wall in
 * a bright or a dark room a fixed high-contrast background, or black and
 * white only. */
enum ui_palette { PALETTE_STANDARD, PALETTE_DONKER, PALETTE_LICHT, PALETTE_ZW };

struct ui_options {
	int		 no_color;	/* --no-color, or NO_COLOR set and non-empty */
	int		 projector;	/* --projector: show what the facilitator selects */
	enum ui_palette	 palette;
};

/* The palette called name ("standaard", "donker", "licht", "zw"), or -1. */
int	ui_palette_named(const char *name);

/* Run the workbook on an open werkboek until the user quits. Returns the
 * process exit status (0, or 1 after a one-line message on stderr). */
int	ui_run(struct store *st, const struct ui_options *opts);

#endif
