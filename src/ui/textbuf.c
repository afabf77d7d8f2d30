/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * textbuf.c: see textbuf.h. The text is kept as one UTF-8 string and every
 * visual question (which line, which column) is answered by wrapping it
 * afresh with utf8_wrap: answers are a few kilobytes at most, and having a
 * single source of line breaks means the field draws exactly what the
 * cursor arithmetic assumes.
 *
 * Undo keeps whole copies of the text, one per step: simple, and cheap at
 * this size. Typing and deleting runs are coalesced through last_kind.
 */
#include "config.h"

#include <assert.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "vitaal/util.h"
#include "vitaal/utf8.h"
#include "textbuf.h"

/* What the last edit was, so the next one knows whether to start a step. */
enum {
	KIND_NONE = 0,	/* step ended: the next edit starts a new one */
	KIND_TYPE,	/* typing single characters */
	KIND_BACKSPACE,
	KIND_DELETE
};

/* The code point at off; malformed bytes (never in our text) read as one
 * byte of U+FFFD so a bug cannot loop forever. */
static uint32_t
cp_at(const char *s, size_t len, size_t off, size_t *next)
{
	uint32_t cp;
	int l;

	if ((l = utf8_decode(s + off, len - off, &cp)) < 0) {
		cp = 0xfffd;
		l = 1;
	}
	if (next != NULL)
		*next = off + (size_t)l;
	return cp;
}

/* Start of the code point that ends at off (off > 0). */
static size_t
cp_before(const char *s, size_t off)
{
	size_t p = off - 1;

	while (p > 0 && off - p < 4 && ((unsigned char)s[p] & 0xc0) == 0x80)
		p--;
	return p;
}

/* True for a code point that draws nothing and belongs to the character
 * before it: combining accents, zero-width joiners, variation selectors. */
static int
is_mark(uint32_t cp)
{
	return cp >= 0x20 && utf8_cpwidth(cp) == 0;
}

/* True for what separates words. */
static int
is_space(uint32_t cp)
{
	return cp == ' ' || cp == '\t' || cp == '\n';
}

/* End of the character (code point plus its marks) that starts at off. A
 * newline or tab takes no marks: they would not draw on it. */
static size_t
char_next(const char *s, size_t len, size_t off)
{
	uint32_t cp;
	size_t next, after;

	if (off >= len)
		return len;
	cp = cp_at(s, len, off, &next);
	if (cp == '\n' || cp == '\t')
		return next;
	while (next < len && is_mark(cp_at(s, len, next, &after)))
		next = after;
	return next;
}

/* Start of the character that ends at off. */
static size_t
char_prev(const char *s, size_t len, size_t off)
{
	size_t p, q;
	uint32_t cp;

	if (off == 0)
		return 0;
	p = cp_before(s, off);
	while (p > 0 && is_mark(cp_at(s, len, p, NULL))) {
		q = cp_before(s, p);
		cp = cp_at(s, len, q, NULL);
		if (cp == '\n' || cp == '\t')
			break;
		p = q;
	}
	return p;
}

/* Display columns of s[from..to). */
static size_t
columns(const char *s, size_t from, size_t to)
{
	size_t cols = 0, next;

	while (from < to) {
		cols += (size_t)utf8_cpwidth(cp_at(s, to, from, &next));
		from = next;
	}
	return cols;
}

/* The visual line that holds off. A line ends where the next begins, so an
 * offset on a boundary with no dropped byte between belongs to the later
 * line; one on a dropped space or newline belongs to the line before it. */
static size_t
line_of(const struct utf8_line *lines, size_t nlines, size_t off)
{
	size_t row = 0;

	while (row + 1 < nlines && lines[row + 1].start <= off)
		row++;
	return row;
}

/* The last offset the cursor may take on line row: its end, unless the next
 * line follows without a gap (a word split in two), where that end is
 * already the next line's start and so the last character's start is it. */
static size_t
line_limit(const char *s, size_t len, const struct utf8_line *lines,
    size_t nlines, size_t row)
{
	size_t end = lines[row].start + lines[row].len, p;

	if (row + 1 < nlines && lines[row + 1].start == end && end > lines[row].start) {
		p = char_prev(s, len, end);
		return p < lines[row].start ? lines[row].start : p;
	}
	return end;
}

/* Wrap the text and find the cursor's row; caller frees *lines. */
static size_t
wrap(const struct textbuf *tb, size_t width, struct utf8_line **lines,
    size_t *row)
{
	size_t nlines;

	nlines = utf8_wrap(tb->text, width, lines);
	assert(nlines >= 1);
	*row = line_of(*lines, nlines, tb->cur);
	return nlines;
}

/* Ends the current undo step and forgets the goal column: what any
 * horizontal move does. */
static void
moved(struct textbuf *tb)
{
	tb->last_kind = KIND_NONE;
	tb->goal = SIZE_MAX;
}

/* Save the current state as a new undo step, dropping the oldest when the
 * stack is full. */
static void
push_undo(struct textbuf *tb)
{
	struct textbuf_snapshot *snap;

	if (tb->nundo == TEXTBUF_UNDO_MAX) {
		free(tb->undo[0].text);
		memmove(&tb->undo[0], &tb->undo[1],
		    (tb->nundo - 1) * sizeof *tb->undo);
		tb->nundo--;
	}
	if (tb->undo == NULL)
		tb->undo = xreallocarray(NULL, TEXTBUF_UNDO_MAX, sizeof *tb->undo);
	snap = &tb->undo[tb->nundo++];
	snap->text = xstrdup(tb->text);
	snap->cur = tb->cur;
}

/* Start a step of this kind unless the last edit was of the same kind. */
static void
begin_edit(struct textbuf *tb, int kind)
{
	if (kind == KIND_NONE || tb->last_kind != kind)
		push_undo(tb);
	tb->last_kind = kind;
	tb->goal = SIZE_MAX;
	tb->dirty = 1;
}

/* Remove bytes [from, to) and put the cursor at from. */
static void
cut(struct textbuf *tb, size_t from, size_t to)
{
	assert(from <= to && to <= tb->len);
	memmove(tb->text + from, tb->text + to, tb->len - to + 1);
	tb->len -= to - from;
	tb->cur = from;
}

/* Take ownership of a sanitized string as the whole text. */
static void
replace(struct textbuf *tb, char *text)
{
	free(tb->text);
	tb->text = text;
	tb->len = strlen(text);
	tb->cur = tb->len;
}

/* Start on a sanitized copy; max only limits what is added later. */
void
textbuf_init(struct textbuf *tb, const char *text, size_t max)
{
	memset(tb, 0, sizeof *tb);
	if (text == NULL)
		text = "";
	tb->text = utf8_sanitize(text, strlen(text));
	tb->len = strlen(tb->text);
	tb->cur = tb->len;
	tb->goal = SIZE_MAX;
	tb->max = max;
	tb->last_kind = KIND_NONE;
}

/* Release the text and every undo snapshot; the struct is zeroed. */
void
textbuf_free(struct textbuf *tb)
{
	size_t i;

	for (i = 0; i < tb->nundo; i++)
		free(tb->undo[i].text);
	free(tb->undo);
	free(tb->text);
	memset(tb, 0, sizeof *tb);
}

/* The caller saved the text; edits from before the save stay undoable. */
void
textbuf_mark_clean(struct textbuf *tb)
{
	tb->dirty = 0;
}

/* Insert sanitized text at the cursor, refusing it whole past max. */
int
textbuf_insert(struct textbuf *tb, const char *s, size_t n)
{
	char *add;
	size_t addlen, next;
	uint32_t cp;
	int typed;

	add = utf8_sanitize(s, n);
	addlen = strlen(add);
	if (addlen == 0) {
		free(add);
		return 0;
	}
	if (tb->max != 0 && tb->len + addlen > tb->max) {
		free(add);
		return -1;
	}

	/* One code point is typing; more is a paste and a step of its own. */
	cp = cp_at(add, addlen, 0, &next);
	typed = next == addlen;
	begin_edit(tb, typed ? KIND_TYPE : KIND_NONE);

	tb->text = xreallocarray(tb->text, tb->len + addlen + 1, 1);
	memmove(tb->text + tb->cur + addlen, tb->text + tb->cur,
	    tb->len - tb->cur + 1);
	memcpy(tb->text + tb->cur, add, addlen);
	tb->len += addlen;
	tb->cur += addlen;
	free(add);

	/* A word typed is a step: the space or newline after it closes it. */
	if (!typed || is_space(cp))
		tb->last_kind = KIND_NONE;
	return 0;
}

/* Delete the character before the cursor, letter and accents at once. */
int
textbuf_backspace(struct textbuf *tb)
{
	if (tb->cur == 0)
		return -1;
	begin_edit(tb, KIND_BACKSPACE);
	cut(tb, char_prev(tb->text, tb->len, tb->cur), tb->cur);
	return 0;
}

/* Delete the character under the cursor. */
int
textbuf_delete(struct textbuf *tb)
{
	size_t from = tb->cur;

	if (tb->cur == tb->len)
		return -1;
	begin_edit(tb, KIND_DELETE);
	cut(tb, from, char_next(tb->text, tb->len, from));
	return 0;
}

/* Delete what word_left would pass over, as a step of its own. */
int
textbuf_delete_word_back(struct textbuf *tb)
{
	size_t to = tb->cur;

	if (tb->cur == 0)
		return -1;
	begin_edit(tb, KIND_NONE);
	textbuf_word_left(tb);
	cut(tb, tb->cur, to);
	return 0;
}

/* Delete to the end of the visual line, or join it with the next. */
int
textbuf_kill_line(struct textbuf *tb, size_t width)
{
	struct utf8_line *lines;
	size_t row, end;

	if (tb->cur == tb->len)
		return -1;
	wrap(tb, width, &lines, &row);
	end = lines[row].start + lines[row].len;
	free(lines);

	begin_edit(tb, KIND_NONE);
	if (tb->cur < end)
		cut(tb, tb->cur, end);
	else {
		/* At the end of the line: join it with the next by deleting
		 * the newline or the space the wrap dropped. */
		cut(tb, tb->cur, char_next(tb->text, tb->len, tb->cur));
	}
	return 0;
}

/* One character left. */
void
textbuf_left(struct textbuf *tb)
{
	moved(tb);
	tb->cur = char_prev(tb->text, tb->len, tb->cur);
}

/* One character right. */
void
textbuf_right(struct textbuf *tb)
{
	moved(tb);
	tb->cur = char_next(tb->text, tb->len, tb->cur);
}

/* Back over separators, then over the word before them. */
void
textbuf_word_left(struct textbuf *tb)
{
	size_t p;

	moved(tb);
	while (tb->cur > 0) {
		p = char_prev(tb->text, tb->len, tb->cur);
		if (!is_space(cp_at(tb->text, tb->len, p, NULL)))
			break;
		tb->cur = p;
	}
	while (tb->cur > 0) {
		p = char_prev(tb->text, tb->len, tb->cur);
		if (is_space(cp_at(tb->text, tb->len, p, NULL)))
			break;
		tb->cur = p;
	}
}

/* Forward over separators, then over the word after them. */
void
textbuf_word_right(struct textbuf *tb)
{
	moved(tb);
	while (tb->cur < tb->len &&
	    is_space(cp_at(tb->text, tb->len, tb->cur, NULL)))
		tb->cur = char_next(tb->text, tb->len, tb->cur);
	while (tb->cur < tb->len &&
	    !is_space(cp_at(tb->text, tb->len, tb->cur, NULL)))
		tb->cur = char_next(tb->text, tb->len, tb->cur);
}

/* Start of the visual line. */
void
textbuf_home(struct textbuf *tb, size_t width)
{
	struct utf8_line *lines;
	size_t row;

	moved(tb);
	wrap(tb, width, &lines, &row);
	tb->cur = lines[row].start;
	free(lines);
}

/* Last cursor position that is still on the visual line. */
void
textbuf_end(struct textbuf *tb, size_t width)
{
	struct utf8_line *lines;
	size_t nlines, row;

	moved(tb);
	nlines = wrap(tb, width, &lines, &row);
	tb->cur = line_limit(tb->text, tb->len, lines, nlines, row);
	free(lines);
}

/* Move to the visual line row + dir (dir is -1 or 1) at the goal column,
 * remembering the column the cursor had when a run of up/down began. */
static void
vertical(struct textbuf *tb, size_t width, int dir)
{
	struct utf8_line *lines;
	size_t nlines, row, off, limit, cols, next;
	uint32_t cp;
	int w;

	tb->last_kind = KIND_NONE;
	nlines = wrap(tb, width, &lines, &row);
	if (tb->goal == SIZE_MAX)
		tb->goal = columns(tb->text, lines[row].start, tb->cur);

	if (dir < 0 && row == 0)
		tb->cur = 0;
	else if (dir > 0 && row + 1 == nlines)
		tb->cur = tb->len;
	else {
		row = dir < 0 ? row - 1 : row + 1;
		limit = line_limit(tb->text, tb->len, lines, nlines, row);
		off = lines[row].start;
		cols = 0;
		/* Stop before the first character that would pass the goal;
		 * marks (width 0) are passed, so they stay with their letter. */
		while (off < limit) {
			cp = cp_at(tb->text, tb->len, off, &next);
			w = utf8_cpwidth(cp);
			if (cols + (size_t)w > tb->goal)
				break;
			cols += (size_t)w;
			off = next;
		}
		tb->cur = off;
	}
	free(lines);
}

/* One visual line up at the goal column. */
void
textbuf_up(struct textbuf *tb, size_t width)
{
	vertical(tb, width, -1);
}

/* One visual line down at the goal column. */
void
textbuf_down(struct textbuf *tb, size_t width)
{
	vertical(tb, width, 1);
}

/* Start of the text. */
void
textbuf_top(struct textbuf *tb)
{
	moved(tb);
	tb->cur = 0;
}

/* End of the text. */
void
textbuf_bottom(struct textbuf *tb)
{
	moved(tb);
	tb->cur = tb->len;
}

/* Pop the last snapshot; the text it held now belongs to the buffer. */
int
textbuf_undo(struct textbuf *tb)
{
	struct textbuf_snapshot *snap;

	if (tb->nundo == 0)
		return -1;
	snap = &tb->undo[--tb->nundo];
	replace(tb, snap->text);
	tb->cur = snap->cur <= tb->len ? snap->cur : tb->len;
	snap->text = NULL;
	moved(tb);
	tb->dirty = 1;
	return 0;
}

/* Replace everything as one step, e.g. to restore an earlier version. */
void
textbuf_set(struct textbuf *tb, const char *text)
{
	if (text == NULL)
		text = "";
	begin_edit(tb, KIND_NONE);
	replace(tb, utf8_sanitize(text, strlen(text)));
}

/* As textbuf_set, with the cursor at cursor, on a character's start. */
void
textbuf_set_at(struct textbuf *tb, const char *text, size_t cursor)
{
	size_t p = 0, next;

	textbuf_set(tb, text);
	while (p < tb->len && (next = char_next(tb->text, tb->len, p)) <= cursor)
		p = next;
	tb->cur = p;
}

int
textbuf_nfc(struct textbuf *tb)
{
	char *head, *before, *after;
	size_t n;

	after = utf8_nfc(tb->text);
	if (strcmp(after, tb->text) == 0) {
		free(after);
		return 0;
	}
	free(after);
	/* Each side on its own: the cursor is on a character boundary (a
	 * letter with its marks), and nothing composes across one. */
	head = xstrndup(tb->text, tb->cur);
	before = utf8_nfc(head);
	after = utf8_nfc(tb->text + tb->cur);
	n = strlen(before);
	free(head);
	free(tb->text);
	tb->text = xasprintf("%s%s", before, after);
	tb->len = strlen(tb->text);
	tb->cur = n;
	tb->goal = SIZE_MAX;
	free(before);
	free(after);
	return 1;
}

/* Wrap for drawing and place the cursor; the caller frees *lines. */
void
textbuf_layout(const struct textbuf *tb, size_t width,
    struct utf8_line **lines, size_t *nlines, size_t *row, size_t *col)
{
	*nlines = wrap(tb, width, lines, row);
	*col = columns(tb->text, (*lines)[*row].start, tb->cur);
}
