/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * textbuf.h: the editing buffer behind the workbook's multi-line answer
 * field. Pure C over a UTF-8 string: it knows byte offsets, characters and
 * display columns, but nothing of curses or the store, so every key's effect
 * is unit-tested (tests/check_textbuf.c) without a terminal.
 *
 * A "character" here is one code point plus the zero-width code points that
 * follow it (combining accents, joiners), so the cursor never lands between
 * a letter and its accent, and never inside a multi-byte sequence. Visual
 * lines are those of utf8_wrap at the width the caller draws at.
 */
#ifndef VITAAL_TEXTBUF_H
#define VITAAL_TEXTBUF_H

#include <stddef.h>

#include "vitaal/utf8.h"

#define TEXTBUF_UNDO_MAX	100	/* undo steps kept; the oldest go first */

/* The state before one undoable edit step. */
struct textbuf_snapshot {
	char	*text;
	size_t	 cur;
};

struct textbuf {
	char	*text;		/* UTF-8, NUL-terminated, owned */
	size_t	 len;		/* bytes */
	size_t	 cur;		/* cursor byte offset, always on a character boundary */
	size_t	 goal;		/* display column wanted by up/down; SIZE_MAX = none */
	int	 dirty;		/* changed since textbuf_init/textbuf_mark_clean */
	size_t	 max;		/* maximum length in bytes (0 = no limit) */

	struct textbuf_snapshot *undo;	/* oldest first */
	size_t	 nundo;		/* at most TEXTBUF_UNDO_MAX */
	int	 last_kind;	/* kind of the last edit, for coalescing undo steps */
};

/* Start editing a copy of text (NULL is empty), sanitized like a paste, with
 * the cursor at the end, clean and nothing to undo. max is not applied to
 * this text: a stored answer is never cut short, only further typing is
 * refused. Release with textbuf_free. */
void	textbuf_init(struct textbuf *tb, const char *text, size_t max);
void	textbuf_free(struct textbuf *tb);
/* The text has been saved: dirty is cleared, the undo history is kept. */
void	textbuf_mark_clean(struct textbuf *tb);

/* Insert s[0..n) at the cursor after utf8_sanitize (CR LF and lone CR become
 * LF, other controls are dropped, malformed bytes become U+FFFD, tabs stay).
 * One typed character joins the current typing step; anything longer is an
 * undo step of its own. Returns 0, or -1 with nothing changed when the text
 * would grow beyond max. */
int	textbuf_insert(struct textbuf *tb, const char *s, size_t n);
/* Delete the character before (backspace) or under (delete) the cursor:
 * 0, or -1 at the start or end of the text. A run of either is one step. */
int	textbuf_backspace(struct textbuf *tb);
int	textbuf_delete(struct textbuf *tb);
/* Ctrl-W: delete back to the start of the previous word; -1 at the start. */
int	textbuf_delete_word_back(struct textbuf *tb);
/* Ctrl-K: delete to the end of the visual line at width columns, or the
 * newline (or the space the wrap dropped) when already there; -1 at the end
 * of the text. */
int	textbuf_kill_line(struct textbuf *tb, size_t width);

/* Cursor movement. Words are runs of anything but space, tab and newline:
 * word_left goes to the start of this or the previous word, word_right to
 * the end of this or the next one. */
void	textbuf_left(struct textbuf *tb);
void	textbuf_right(struct textbuf *tb);
void	textbuf_word_left(struct textbuf *tb);
void	textbuf_word_right(struct textbuf *tb);
/* Start and end of the visual (wrapped) line at width columns. */
void	textbuf_home(struct textbuf *tb, size_t width);
void	textbuf_end(struct textbuf *tb, size_t width);
/* One visual line up or down, as near the goal column as the line allows;
 * up on the first line goes to the start, down on the last to the end. */
void	textbuf_up(struct textbuf *tb, size_t width);
void	textbuf_down(struct textbuf *tb, size_t width);
void	textbuf_top(struct textbuf *tb);
void	textbuf_bottom(struct textbuf *tb);

/* Go back to the state before the last edit step: 0, or -1 when there is
 * nothing to undo. The buffer counts as dirty afterwards. */
int	textbuf_undo(struct textbuf *tb);
/* Replace the whole text (sanitized; max not applied) as one undoable step,
 * e.g. to restore an earlier version; cursor at the end, dirty. */
void	textbuf_set(struct textbuf *tb, const char *text);
/* The same with the cursor at byte offset cursor (on the start of the
 * character there, the end when past it): a merge brings in another
 * terminal's words and the cursor stays where the typist was. */
void	textbuf_set_at(struct textbuf *tb, const char *text, size_t cursor);

/* Bring the text into NFC (utf8_nfc) before it is saved, so an accent
 * typed or pasted as a combining mark is stored as one character. The
 * cursor stays before the same character; dirty and the undo history are
 * left alone (an undo may bring back the other form, which the next save
 * normalises again). Returns 1 when the text changed, 0 when it was NFC
 * already. */
int	textbuf_nfc(struct textbuf *tb);

/* Wrap the text to width columns (utf8_wrap) for drawing, and find the
 * cursor's visual row and column. *lines is allocated (caller frees) and
 * *nlines >= 1. A cursor on a space the wrap dropped, or on a newline, sits
 * at the end of its line; right after a newline it is at column 0 of the
 * next. At the end of a line filled to the last column, *col == width. */
void	textbuf_layout(const struct textbuf *tb, size_t width,
	    struct utf8_line **lines, size_t *nlines, size_t *row, size_t *col);

#endif
