/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * term_check.h: can the terminal draw at all? Kept free of other headers,
 * because its .c file includes <term.h>, whose macros (lines, columns, …)
 * clash with ordinary identifiers.
 */
#ifndef VITAAL_TERM_CHECK_H
#define VITAAL_TERM_CHECK_H

#include <stddef.h>

/* Can the terminal in TERM address the cursor? Asks terminfo only. */
int	ui_term_can_draw(void);

/* The escape string that restores the terminal after curses without
 * endwin (for a fatal signal): into buf, its length returned. */
size_t	ui_term_reset_string(char *buf, size_t size);

#endif
