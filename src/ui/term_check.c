/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * term_check.c: asks terminfo, before curses starts, whether the terminal
 * can draw a screen at all. Kept apart because <term.h> defines macros
 * (lines, columns, …) that clash with ordinary identifiers elsewhere.
 */
#include "config.h"

#include <curses.h>
#include <term.h>
#include <string.h>
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

/*
 * The escape string that puts the terminal back as it was, for a fatal
 * signal's handler, which cannot call endwin: attributes off, keypad
 * transmit off, the cursor shown, the alternate screen left, and mouse
 * tracking off in every mode ncurses may have asked for. Written into buf
 * (size bytes, not NUL-terminated); returns its length. Call with curses
 * started.
 */
size_t
ui_term_reset_string(char *buf, size_t size)
{
	static const char *const caps[] = { "sgr0", "rmkx", "cnorm", "rmcup" };
	static const char mouse_off[] = "\033[?1006l\033[?1015l\033[?1005l\033[?1003l"
	    "\033[?1002l\033[?1000l";
	size_t i, n, len = 0;
	char *cap;

	for (i = 0; i < sizeof caps / sizeof caps[0]; i++) {
		cap = tigetstr(caps[i]);
		if (cap == NULL || cap == (char *)-1)
			continue;
		n = strlen(cap);
		if (len + n <= size) {
			memcpy(buf + len, cap, n);
			len += n;
		}
	}
	n = sizeof mouse_off - 1;
	if (len + n <= size) {
		memcpy(buf + len, mouse_off, n);
		len += n;
	}
	return len;
}
