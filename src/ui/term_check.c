/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * term_check.c: asks terminfo, before curses starts, whether the terminal
 * can draw a screen at all. Kept apart because <term.h> defines macros
 * (lines, columns, …) that clash with ordinary identifiers elsewhere.
 */
#include "config.h"

#include <curses.h>
#include <term.h>
#include <unistd.h>

#include "term_check.h"

int
ui_term_can_draw(void)
{
	TERMINAL *saved = cur_term;
	char *cup;
	int err, ok;

	if (setupterm(NULL, STDOUT_FILENO, &err) != OK)
		return 0;
	cup = tigetstr("cup");
	ok = cup != NULL && cup != (char *)-1;
	del_curterm(cur_term);
	set_curterm(saved);
	return ok;
}
