/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * ui_int.h: what the files of src/ui share: the UI state, colour roles,
 * the screen operations and the action table that feeds key dispatch, the
 * key bar and the help screen alike.
 */
#ifndef VITAAL_UI_INT_H
#define VITAAL_UI_INT_H

#include <curses.h>

#include "vitaal/catalogue.h"
#include "vitaal/store.h"
#include "vitaal/ui.h"

/* Semantic colour roles; each has a colour pair and a monochrome attribute. */
enum ui_role {
	ROLE_NORMAL,
	ROLE_TITLE,
	ROLE_BAR,
	ROLE_KEY,
	ROLE_SELECTED,
	ROLE_DIM,
	ROLE_ERROR,
	ROLE_COUNT
};

/* What a key handler asks the loop to do next (htop's HandlerResult). */
#define UI_HANDLED	0x1
#define UI_REDRAW	0x2
#define UI_QUIT		0x4

struct ui;

/* Keys: characters are their code point; curses function keys (KEY_UP…)
 * are tagged so they never collide with characters such as U+0103. */
#define UI_FKEY(k)	(0x40000000 | (k))

/* One user action: its keys, its key-bar label, its help line, its handler.
 * Keys beyond the first are aliases; key 0 ends the list. */
struct ui_action {
	int		 keys[3];
	const char	*keyname;	/* as shown in bar and help: "q", "↑↓" */
	const char	*label;		/* key bar, short; NULL = help only */
	const char	*help;		/* help screen line */
	int		(*handler)(struct ui *);
};

struct ui_screen {
	const char		*name;
	const char		*help_intro;	/* first lines of the help screen */
	void			(*enter)(struct ui *);
	void			(*draw)(struct ui *);
	void			(*leave)(struct ui *);
	const struct ui_action	*actions;	/* ends with keyname == NULL */
};

struct ui {
	struct store		*st;
	struct catalogue	*cat;
	const struct ui_screen	*screen;
	int			 mono;		/* no colours */
	int			 show_help;	/* help overlay is up */
	char			*message;	/* one-line status message, owned */
	int			 message_error;

	/* start screen */
	struct coalition_list	*coalitions;
	int			 workbook_items;
	size_t			 selected;
	size_t			 top;
};

/* Minimum terminal size the workbook draws at. */
#define UI_MIN_COLS	60
#define UI_MIN_LINES	16

extern const struct ui_screen ui_screen_start;

/* Can the terminal in TERM address the cursor? (term_check.c) */
int	ui_term_can_draw(void);

void	ui_theme_init(int mono);
attr_t	ui_attr(enum ui_role role);

/* Set the status-line message (copied). */
void	ui_message(struct ui *ui, int error, const char *fmt, ...)
	    __attribute__((format(printf, 3, 4)));

/* Draw UTF-8 text at (y, x), cut to at most width columns. Returns the
 * number of columns used. */
int	ui_put(int y, int x, int width, const char *s);
/* As ui_put, but a text that does not fit ends in "…". */
int	ui_put_fit(int y, int x, int width, const char *s);
int	ui_put_wrapped(int y, int x, int width, int maxlines, const char *s);

#endif
