/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * theme.c: colour roles with a monochrome column (ncdu, htop). Meaning never
 * depends on colour alone: every coloured role also reads in monochrome.
 */
#include "config.h"

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

void
ui_theme_init(int mono)
{
	short i;

	use_mono = mono || !has_colors();
	if (use_mono)
		return;
	start_color();
	use_default_colors();
	for (i = 1; i < ROLE_COUNT; i++)
		init_pair(i, roles[i].fg, roles[i].bg);
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
