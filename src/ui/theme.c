/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * theme.c: colour roles with a monochrome column (ncdu, htop). Meaning never
 * depends on colour alone: every coloured role also reads in monochrome.
 * The key letters in the bar are white on black, as htop draws its
 * function keys: white on cyan was 1.6:1; ui_role_contrast measures each
 * role against its background with the standard colours (WCAG 2), and
 * tests/check_ui.c holds the key letters and the bars to 4.5:1 in every
 * palette.
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
	[ROLE_KEY]	= { COLOR_WHITE, COLOR_BLACK, A_BOLD, A_BOLD },
	[ROLE_SELECTED]	= { COLOR_BLACK, COLOR_YELLOW, A_NORMAL, A_REVERSE },
	[ROLE_DIM]	= { -1, -1, A_DIM, A_DIM },
	[ROLE_ERROR]	= { COLOR_WHITE, COLOR_RED, A_BOLD, A_BOLD | A_UNDERLINE },
	[ROLE_HEADING]	= { COLOR_BLUE, -1, A_BOLD, A_BOLD | A_UNDERLINE },
	[ROLE_DONE]	= { COLOR_GREEN, -1, A_BOLD, A_BOLD },
	[ROLE_FIELD]	= { -1, -1, A_NORMAL, A_NORMAL },
	[ROLE_ACCENT]	= { COLOR_MAGENTA, -1, A_BOLD, A_BOLD | A_REVERSE },
};

static int use_mono = 1;

/* The colours of role in palette (-1: the page's). */
static void
role_colours(enum ui_role role, enum ui_palette palette, short *fg, short *bg)
{
	*fg = roles[role].fg;
	*bg = roles[role].bg;
	if (palette == PALETTE_DONKER && role == ROLE_HEADING)
		*fg = COLOR_CYAN;
	if (palette == PALETTE_LICHT && role == ROLE_DONE)
		*fg = COLOR_BLUE;	/* green on white is faint on a beamer */
}

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
		role_colours((enum ui_role)i, palette, &fg, &bg);
		init_pair(i, fg != -1 ? fg : page_fg, bg != -1 ? bg : page_bg);
	}
}

/* The relative luminance (WCAG 2) of the 16 colours with the standard
 * xterm RGB values (8–15: bright), worked out from the sRGB formula. */
static const double luminance16[16] = {
	0.000000,	/*  0 black #000000 */
	0.129791,	/*  1 red #cd0000 */
	0.436626,	/*  2 green #00cd00 */
	0.566418,	/*  3 yellow #cdcd00 */
	0.061730,	/*  4 blue #0000ee */
	0.173869,	/*  5 magenta #cd00cd */
	0.480704,	/*  6 cyan #00cdcd */
	0.783538,	/*  7 white #e5e5e5 */
	0.212231,	/*  8 bright black #7f7f7f */
	0.212600,	/*  9 bright red #ff0000 */
	0.715200,	/* 10 bright green #00ff00 */
	0.927800,	/* 11 bright yellow #ffff00 */
	0.171496,	/* 12 bright blue #5c5cff */
	0.284800,	/* 13 bright magenta #ff00ff */
	0.787400,	/* 14 bright cyan #00ffff */
	1.000000,	/* 15 bright white #ffffff */
};

static double
ratio(int fg, int bg)
{
	double a = luminance16[fg], b = luminance16[bg];

	return a > b ? (a + 0.05) / (b + 0.05) : (b + 0.05) / (a + 0.05);
}

double
ui_role_contrast(enum ui_role role, enum ui_palette palette)
{
	/* The page: fixed in donker and licht; in standaard the terminal's
	 * own, taken as dark and as light in turn. */
	static const short pages[2][2] = { { COLOR_WHITE, COLOR_BLACK },
		{ COLOR_BLACK, COLOR_WHITE } };
	double worst = 21, r;
	short fg, bg;
	int p, from, to;

	if (palette == PALETTE_ZW)
		return 21;	/* reverse, bold, underline: the terminal's own pair */
	from = palette == PALETTE_LICHT ? 1 : 0;
	to = palette == PALETTE_DONKER ? 0 : 1;
	for (p = from; p <= to; p++) {
		role_colours(role, palette, &fg, &bg);
		fg = fg != -1 ? fg : pages[p][0];
		bg = bg != -1 ? bg : pages[p][1];
		/* Bold may be drawn bright: both must read. */
		r = ratio(fg, bg);
		if (r < worst)
			worst = r;
		if (roles[role].colour_attr & A_BOLD && fg < 8 &&
		    (r = ratio(fg + 8, bg)) < worst)
			worst = r;
	}
	return worst;
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
