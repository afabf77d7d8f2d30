/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * theme.c: colour roles with a monochrome column (ncdu, htop). Meaning never
 * depends on colour alone: every coloured role also reads in monochrome.
 */
#include "config.h"

#include <string.h>

#include "ui_int.h"

static const struct {
	short	fg, bg;		/* -1 = terminal default */
	attr_t	colour_attr;	/* added to the pair */
	attr_t	mono;		/* used instead when there is no colour */
} roles[ROLE_COUNT] = {
	[ROLE_NORMAL]	= { -1, -1, A_NORMAL, A_NORMAL },
	[ROLE_TITLE]	= { COLOR_WHITE, COLOR_BLUE, A_BOLD, A_REVERSE | A_BOLD },
	[ROLE_BAR]	= { COLOR_BLACK, COLOR_CYAN, A_NORMAL, A_REVERSE },
	[ROLE_KEY]	= { COLOR_WHITE, COLOR_CYAN, A_BOLD, A_BOLD },
	[ROLE_SELECTED]	= { COLOR_BLACK, COLOR_YELLOW, A_NORMAL, A_REVERSE },
	[ROLE_DIM]	= { -1, -1, A_DIM, A_DIM },
	[ROLE_ERROR]	= { COLOR_WHITE, COLOR_RED, A_BOLD, A_BOLD | A_UNDERLINE },
	[ROLE_HEADING]	= { COLOR_BLUE, -1, A_BOLD, A_BOLD | A_UNDERLINE },
	[ROLE_DONE]	= { COLOR_GREEN, -1, A_BOLD, A_BOLD },
	[ROLE_FIELD]	= { -1, -1, A_NORMAL, A_NORMAL },
	[ROLE_ACCENT]	= { COLOR_MAGENTA, -1, A_BOLD, A_BOLD | A_REVERSE },
};

static int use_mono = 1;

static const char *const palette_names[] = { "standaard", "donker", "licht", "zw" };

int
ui_palette_named(const char *name)
{
	size_t i;

	for (i = 0; i < sizeof palette_names / sizeof palette_names[0]; i++)
		if (strcmp(name, palette_names[i]) == 0)
			return (int)i;
	return -1;
}

void
ui_theme_init(int mono, enum ui_palette palette)
{
	short i, fg, bg, page_fg = -1, page_bg = -1;

	use_mono = mono || palette == PALETTE_ZW || !has_colors();
	if (use_mono)
		return;
	start_color();
	use_default_colors();
	/* A fixed page for the wall: white on black or black on white, with
	 * the foreground-only roles in colours that stand out on it. */
	if (palette == PALETTE_DONKER) {
		page_fg = COLOR_WHITE;
		page_bg = COLOR_BLACK;
	} else if (palette == PALETTE_LICHT) {
		page_fg = COLOR_BLACK;
		page_bg = COLOR_WHITE;
	}
	if (page_bg != -1) {
		assume_default_colors(page_fg, page_bg);
		bkgdset(' ' | COLOR_PAIR(0));
	}
	for (i = 1; i < ROLE_COUNT; i++) {
		fg = roles[i].fg;
		bg = roles[i].bg;
		if (palette == PALETTE_DONKER && (i == ROLE_HEADING))
			fg = COLOR_CYAN;
		if (palette == PALETTE_LICHT && (i == ROLE_DONE))
			fg = COLOR_BLUE;	/* green on white is faint on a beamer */
		init_pair(i, fg != -1 ? fg : page_fg, bg != -1 ? bg : page_bg);
	}
}

attr_t
ui_attr(enum ui_role role)
{
	if (use_mono)
		return roles[role].mono;
	if (role == ROLE_NORMAL)
		return A_NORMAL;
	return COLOR_PAIR(role) | roles[role].colour_attr;
}
