/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * check_textbuf.c: the answer field's editing buffer without a terminal:
 * typing and deleting multi-byte text, pasting dirty input, word and line
 * movement on wrapped text with wide characters, undo steps, the length
 * limit, the cursor's place in the layout, and a long random session that
 * must never break the buffer's invariants.
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "vitaal/utf8.h"
#include "vitaal/util.h"
#include "../src/ui/textbuf.h"
#include "testlib.h"

#define E_ACUTE		"\xc3\xa9"		/* é */
#define E_DIAER		"\xc3\xab"		/* ë */
#define IJ		"\xc4\xb3"		/* ĳ */
#define EMOJI		"\xf0\x9f\x98\x80"	/* 😀, two columns */
#define COMBINING_ACUTE	"\xcc\x81"		/* U+0301 */
#define NIHONGO		"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e"	/* 日本語 */
#define REPLACEMENT	"\xef\xbf\xbd"		/* U+FFFD */

/* The invariants every operation keeps: valid UTF-8, len matching the
 * string, the cursor inside it and never inside a multi-byte sequence, and
 * a layout row that exists. */
static void
assert_sane(const struct textbuf *tb, size_t width)
{
	struct utf8_line *lines;
	size_t nlines, row, col;
	char *cause = NULL;

	ck_assert_ptr_nonnull(tb->text);
	ck_assert_msg(utf8_validate(tb->text, tb->len, &cause) == 0,
	    "text not valid UTF-8: %s", cause);
	ck_assert_uint_eq(strlen(tb->text), tb->len);
	ck_assert_uint_le(tb->cur, tb->len);
	ck_assert_msg(tb->cur == tb->len ||
	    ((unsigned char)tb->text[tb->cur] & 0xc0) != 0x80,
	    "cursor %zu inside a multi-byte sequence", tb->cur);
	ck_assert_uint_le(tb->nundo, TEXTBUF_UNDO_MAX);

	textbuf_layout(tb, width, &lines, &nlines, &row, &col);
	ck_assert_uint_ge(nlines, 1);
	ck_assert_uint_lt(row, nlines);
	ck_assert_uint_ge(tb->cur, lines[row].start);
	ck_assert_uint_le(tb->cur, lines[row].start + lines[row].len);
	free(lines);
}

/* Type s one code point at a time, as keys arrive. */
static void
type(struct textbuf *tb, const char *s)
{
	size_t off = 0, n = strlen(s);
	uint32_t cp;
	int l;

	while (off < n) {
		l = utf8_decode(s + off, n - off, &cp);
		ck_assert_int_gt(l, 0);
		ck_assert_int_eq(textbuf_insert(tb, s + off, (size_t)l), 0);
		off += (size_t)l;
		assert_sane(tb, 10);
	}
}

/* Paste s in one go. */
static void
paste(struct textbuf *tb, const char *s)
{
	ck_assert_int_eq(textbuf_insert(tb, s, strlen(s)), 0);
	assert_sane(tb, 10);
}

/* Byte offset of the first occurrence of needle in the text. */
static size_t
at(const struct textbuf *tb, const char *needle)
{
	const char *p = strstr(tb->text, needle);

	ck_assert_msg(p != NULL, "\"%s\" not in \"%s\"", needle, tb->text);
	return (size_t)(p - tb->text);
}

/* The cursor's visual row and column at width. */
static void
cursor_at(const struct textbuf *tb, size_t width, size_t *row, size_t *col)
{
	struct utf8_line *lines;
	size_t nlines;

	textbuf_layout(tb, width, &lines, &nlines, row, col);
	free(lines);
}

/* init copies and sanitizes the text, puts the cursor at the end, and
 * starts clean with nothing to undo. */
START_TEST(test_textbuf_init)
{
	struct textbuf tb;

	textbuf_init(&tb, "a\r\nb\x01" "c", 0);
	ck_assert_str_eq(tb.text, "a\nbc");
	ck_assert_uint_eq(tb.cur, 4);
	ck_assert_int_eq(tb.dirty, 0);
	ck_assert_uint_eq(tb.nundo, 0);
	ck_assert_uint_eq(tb.goal, SIZE_MAX);
	ck_assert_int_eq(textbuf_undo(&tb), -1);
	assert_sane(&tb, 10);
	textbuf_free(&tb);

	textbuf_init(&tb, NULL, 0);
	ck_assert_str_eq(tb.text, "");
	ck_assert_uint_eq(tb.len, 0);
	assert_sane(&tb, 10);
	textbuf_free(&tb);
}
END_TEST

/* Typing and backspace handle é, ë, ĳ, emoji and a combining accent as
 * single characters: backspace never leaves half a sequence or a lone
 * accent behind. */
START_TEST(test_textbuf_type_backspace_multibyte)
{
	struct textbuf tb;
	size_t row, col;

	textbuf_init(&tb, "", 0);
	type(&tb, E_ACUTE E_DIAER IJ EMOJI "e" COMBINING_ACUTE);
	ck_assert_str_eq(tb.text, E_ACUTE E_DIAER IJ EMOJI "e" COMBINING_ACUTE);
	ck_assert_uint_eq(tb.cur, tb.len);
	cursor_at(&tb, 80, &row, &col);
	ck_assert_uint_eq(row, 0);
	ck_assert_uint_eq(col, 1 + 1 + 1 + 2 + 1);

	/* left and right step over the letter and its accent together */
	textbuf_left(&tb);
	ck_assert_uint_eq(tb.cur, at(&tb, "e" COMBINING_ACUTE));
	textbuf_right(&tb);
	ck_assert_uint_eq(tb.cur, tb.len);

	ck_assert_int_eq(textbuf_backspace(&tb), 0);
	ck_assert_str_eq(tb.text, E_ACUTE E_DIAER IJ EMOJI);
	assert_sane(&tb, 10);
	ck_assert_int_eq(textbuf_backspace(&tb), 0);
	ck_assert_str_eq(tb.text, E_ACUTE E_DIAER IJ);
	ck_assert_int_eq(textbuf_backspace(&tb), 0);
	ck_assert_str_eq(tb.text, E_ACUTE E_DIAER);
	ck_assert_int_eq(textbuf_backspace(&tb), 0);
	ck_assert_str_eq(tb.text, E_ACUTE);
	ck_assert_int_eq(textbuf_backspace(&tb), 0);
	ck_assert_str_eq(tb.text, "");
	ck_assert_int_eq(textbuf_backspace(&tb), -1);
	assert_sane(&tb, 10);

	/* typing in the middle moves the rest along */
	type(&tb, "ac");
	textbuf_left(&tb);
	type(&tb, E_DIAER);
	ck_assert_str_eq(tb.text, "a" E_DIAER "c");
	ck_assert_uint_eq(tb.cur, 3);
	textbuf_free(&tb);
}
END_TEST

/* A paste turns CR LF and lone CR into newlines, drops control characters
 * (including the escape of an ANSI sequence), keeps tabs and replaces
 * invalid bytes with U+FFFD. */
START_TEST(test_textbuf_paste_sanitized)
{
	struct textbuf tb;

	textbuf_init(&tb, "[]", 0);
	textbuf_left(&tb);
	paste(&tb, "een\r\ntwee\rdrie\x07\x1b[1m\xff\xc3\tvier\x7f");
	ck_assert_str_eq(tb.text,
	    "[een\ntwee\ndrie[1m" REPLACEMENT REPLACEMENT "\tvier]");
	ck_assert_uint_eq(tb.cur, at(&tb, "]"));
	ck_assert_int_eq(tb.dirty, 1);

	/* a paste of nothing but controls changes nothing */
	ck_assert_int_eq(textbuf_insert(&tb, "\x01\x02\x1b", 3), 0);
	ck_assert_uint_eq(tb.nundo, 1);
	ck_assert_uint_eq(tb.cur, at(&tb, "]"));
	assert_sane(&tb, 10);
	textbuf_free(&tb);
}
END_TEST

/* Delete at the end and backspace at the start refuse without changing
 * anything; delete at the start removes one whole character. */
START_TEST(test_textbuf_delete_edges)
{
	struct textbuf tb;

	textbuf_init(&tb, E_ACUTE "b", 0);
	ck_assert_int_eq(textbuf_delete(&tb), -1);
	ck_assert_str_eq(tb.text, E_ACUTE "b");
	ck_assert_int_eq(tb.dirty, 0);
	ck_assert_uint_eq(tb.nundo, 0);

	textbuf_top(&tb);
	ck_assert_int_eq(textbuf_backspace(&tb), -1);
	ck_assert_int_eq(textbuf_delete_word_back(&tb), -1);
	ck_assert_int_eq(tb.dirty, 0);
	ck_assert_int_eq(textbuf_delete(&tb), 0);
	ck_assert_str_eq(tb.text, "b");
	ck_assert_uint_eq(tb.cur, 0);
	ck_assert_int_eq(textbuf_delete(&tb), 0);
	ck_assert_str_eq(tb.text, "");
	ck_assert_int_eq(textbuf_delete(&tb), -1);
	ck_assert_int_eq(tb.dirty, 1);
	assert_sane(&tb, 10);

	/* delete takes a letter together with its combining accent */
	textbuf_set(&tb, "e" COMBINING_ACUTE "x");
	textbuf_top(&tb);
	ck_assert_int_eq(textbuf_delete(&tb), 0);
	ck_assert_str_eq(tb.text, "x");
	textbuf_free(&tb);
}
END_TEST

/* Word movement treats punctuation and multi-byte letters as part of a
 * word and only space, tab and newline as separators. */
START_TEST(test_textbuf_word_movement)
{
	static const char text[] =
	    "H" E_ACUTE ", wereld! " IJ "s-koud " EMOJI "x  \n\tna\xc3\xaf" "ef.";
	struct textbuf tb;

	textbuf_init(&tb, text, 0);
	textbuf_top(&tb);
	textbuf_word_right(&tb);
	ck_assert_uint_eq(tb.cur, at(&tb, " wereld"));
	textbuf_word_right(&tb);
	ck_assert_uint_eq(tb.cur, at(&tb, " " IJ));
	textbuf_word_right(&tb);
	ck_assert_uint_eq(tb.cur, at(&tb, " " EMOJI));
	textbuf_word_right(&tb);
	ck_assert_uint_eq(tb.cur, at(&tb, "  \n"));
	textbuf_word_right(&tb);
	ck_assert_uint_eq(tb.cur, tb.len);
	textbuf_word_right(&tb);
	ck_assert_uint_eq(tb.cur, tb.len);

	textbuf_word_left(&tb);
	ck_assert_uint_eq(tb.cur, at(&tb, "na"));
	textbuf_word_left(&tb);
	ck_assert_uint_eq(tb.cur, at(&tb, EMOJI));
	textbuf_word_left(&tb);
	ck_assert_uint_eq(tb.cur, at(&tb, IJ));
	/* from inside a word, word_left goes to that word's start */
	textbuf_right(&tb);
	textbuf_right(&tb);
	textbuf_word_left(&tb);
	ck_assert_uint_eq(tb.cur, at(&tb, IJ));
	textbuf_word_left(&tb);
	ck_assert_uint_eq(tb.cur, at(&tb, "wereld"));
	textbuf_word_left(&tb);
	ck_assert_uint_eq(tb.cur, 0);
	textbuf_word_left(&tb);
	ck_assert_uint_eq(tb.cur, 0);
	assert_sane(&tb, 10);
	textbuf_free(&tb);
}
END_TEST

/* Ctrl-W deletes back to the start of the previous word, taking the
 * separators after it along, across a newline too. */
START_TEST(test_textbuf_delete_word_back)
{
	struct textbuf tb;

	textbuf_init(&tb, "ik z" E_ACUTE "g:\nhallo w" E_ACUTE "reld!  ", 0);
	ck_assert_int_eq(textbuf_delete_word_back(&tb), 0);
	ck_assert_str_eq(tb.text, "ik z" E_ACUTE "g:\nhallo ");
	ck_assert_int_eq(textbuf_delete_word_back(&tb), 0);
	ck_assert_str_eq(tb.text, "ik z" E_ACUTE "g:\n");
	ck_assert_int_eq(textbuf_delete_word_back(&tb), 0);
	ck_assert_str_eq(tb.text, "ik ");
	ck_assert_uint_eq(tb.cur, 3);
	/* each Ctrl-W is its own undo step */
	ck_assert_int_eq(textbuf_undo(&tb), 0);
	ck_assert_str_eq(tb.text, "ik z" E_ACUTE "g:\n");
	textbuf_free(&tb);
}
END_TEST

/* The text "abc 日本語日本語 xyz" wrapped at 10 columns is "abc" /
 * "日本語日本" / "語 xyz"; these offsets name its characters. */
#define WIDE_TEXT	"abc " NIHONGO NIHONGO " xyz"
#define OFF_NI1		4	/* first 日 */
#define OFF_HON1	7
#define OFF_GO1		10
#define OFF_HON2	16
#define OFF_GO2		19	/* second 語, first on the third line */
#define OFF_X		23
#define OFF_Y		24

/* The wrap the wide-character tests below rely on. */
START_TEST(test_textbuf_wide_wrap_shape)
{
	struct textbuf tb;
	struct utf8_line *lines;
	size_t nlines, row, col;

	textbuf_init(&tb, WIDE_TEXT, 0);
	textbuf_layout(&tb, 10, &lines, &nlines, &row, &col);
	ck_assert_uint_eq(nlines, 3);
	ck_assert_uint_eq(lines[0].start, 0);
	ck_assert_uint_eq(lines[0].len, 3);
	ck_assert_uint_eq(lines[1].start, OFF_NI1);
	ck_assert_uint_eq(lines[1].len, 15);
	ck_assert_uint_eq(lines[2].start, OFF_GO2);
	ck_assert_uint_eq(row, 2);
	ck_assert_uint_eq(col, 6);
	free(lines);
	textbuf_free(&tb);
}
END_TEST

/* Home and end go to the start and end of the visual line; on a line whose
 * word continues on the next line, end stops before the last character so
 * the cursor stays on that line. */
START_TEST(test_textbuf_home_end_wrapped)
{
	struct textbuf tb;
	size_t row, col;

	textbuf_init(&tb, WIDE_TEXT, 0);
	tb.cur = OFF_GO1;
	textbuf_end(&tb, 10);
	ck_assert_uint_eq(tb.cur, OFF_HON2);
	cursor_at(&tb, 10, &row, &col);
	ck_assert_uint_eq(row, 1);
	ck_assert_uint_eq(col, 8);
	textbuf_home(&tb, 10);
	ck_assert_uint_eq(tb.cur, OFF_NI1);

	/* the first line ends on the space the wrap dropped */
	tb.cur = 1;
	textbuf_end(&tb, 10);
	ck_assert_uint_eq(tb.cur, 3);
	cursor_at(&tb, 10, &row, &col);
	ck_assert_uint_eq(row, 0);
	ck_assert_uint_eq(col, 3);
	textbuf_home(&tb, 10);
	ck_assert_uint_eq(tb.cur, 0);

	/* the last line ends at the end of the text */
	tb.cur = OFF_X;
	textbuf_home(&tb, 10);
	ck_assert_uint_eq(tb.cur, OFF_GO2);
	textbuf_end(&tb, 10);
	ck_assert_uint_eq(tb.cur, tb.len);

	/* on a line of its own, between newlines */
	textbuf_set(&tb, "een\ntwee\ndrie");
	tb.cur = at(&tb, "wee");
	textbuf_end(&tb, 10);
	ck_assert_uint_eq(tb.cur, at(&tb, "\ndrie"));
	textbuf_home(&tb, 10);
	ck_assert_uint_eq(tb.cur, at(&tb, "twee"));
	assert_sane(&tb, 10);
	textbuf_free(&tb);
}
END_TEST

/* Up and down keep the goal column across lines that are too short or
 * where the goal falls inside a wide character, and a horizontal move
 * forgets it. */
START_TEST(test_textbuf_up_down_goal)
{
	struct textbuf tb;

	textbuf_init(&tb, WIDE_TEXT, 0);
	tb.cur = OFF_GO1;		/* column 4 */
	textbuf_up(&tb, 10);
	ck_assert_uint_eq(tb.cur, 3);	/* "abc" is shorter: its end */
	ck_assert_uint_eq(tb.goal, 4);
	textbuf_down(&tb, 10);
	ck_assert_uint_eq(tb.cur, OFF_GO1);	/* back to column 4 */
	textbuf_down(&tb, 10);
	ck_assert_uint_eq(tb.cur, OFF_Y);	/* 語, space, x: column 4 */
	textbuf_up(&tb, 10);
	ck_assert_uint_eq(tb.cur, OFF_GO1);

	/* column 3 falls inside 本: the cursor goes before it */
	tb.cur = OFF_X;
	tb.goal = SIZE_MAX;
	textbuf_up(&tb, 10);
	ck_assert_uint_eq(tb.cur, OFF_HON1);
	ck_assert_uint_eq(tb.goal, 3);
	textbuf_up(&tb, 10);
	ck_assert_uint_eq(tb.cur, 3);
	textbuf_down(&tb, 10);
	textbuf_down(&tb, 10);
	ck_assert_uint_eq(tb.cur, OFF_X);

	/* a horizontal move sets a new goal */
	textbuf_right(&tb);
	ck_assert_uint_eq(tb.goal, SIZE_MAX);
	textbuf_up(&tb, 10);
	ck_assert_uint_eq(tb.cur, OFF_GO1);	/* column 4: past 日本 */
	ck_assert_uint_eq(tb.goal, 4);
	/* and so does an edit */
	type(&tb, "!");
	ck_assert_uint_eq(tb.goal, SIZE_MAX);
	assert_sane(&tb, 10);
	textbuf_free(&tb);
}
END_TEST

/* Up on the first visual line goes to the start of the text, down on the
 * last goes to its end. */
START_TEST(test_textbuf_up_down_edges)
{
	struct textbuf tb;

	textbuf_init(&tb, WIDE_TEXT, 0);
	tb.cur = 2;
	textbuf_up(&tb, 10);
	ck_assert_uint_eq(tb.cur, 0);
	tb.cur = OFF_X;
	textbuf_down(&tb, 10);
	ck_assert_uint_eq(tb.cur, tb.len);

	/* empty lines are lines too */
	textbuf_set(&tb, "abc\n\nabc");
	tb.cur = 2;
	tb.goal = SIZE_MAX;
	textbuf_down(&tb, 10);
	ck_assert_uint_eq(tb.cur, 4);
	textbuf_down(&tb, 10);
	ck_assert_uint_eq(tb.cur, 7);
	textbuf_top(&tb);
	ck_assert_uint_eq(tb.cur, 0);
	textbuf_bottom(&tb);
	ck_assert_uint_eq(tb.cur, tb.len);
	textbuf_free(&tb);
}
END_TEST

/* Typing "hallo wereld" is two undo steps, split by the space: one undo
 * takes "wereld" away, a second empties the field. */
START_TEST(test_textbuf_undo_coalesces_words)
{
	struct textbuf tb;

	textbuf_init(&tb, "", 0);
	type(&tb, "hallo wereld");
	ck_assert_int_eq(textbuf_undo(&tb), 0);
	ck_assert_str_eq(tb.text, "hallo ");
	ck_assert_uint_eq(tb.cur, 6);
	ck_assert_int_eq(textbuf_undo(&tb), 0);
	ck_assert_str_eq(tb.text, "");
	ck_assert_uint_eq(tb.cur, 0);
	ck_assert_int_eq(textbuf_undo(&tb), -1);
	ck_assert_int_eq(tb.dirty, 1);
	assert_sane(&tb, 10);

	/* a newline ends a step as a space does */
	type(&tb, "ja\nnee");
	ck_assert_int_eq(textbuf_undo(&tb), 0);
	ck_assert_str_eq(tb.text, "ja\n");
	textbuf_free(&tb);
}
END_TEST

/* Moving the cursor, or switching between typing and deleting, starts a
 * new undo step. */
START_TEST(test_textbuf_undo_breaks_on_move_and_kind)
{
	struct textbuf tb;

	textbuf_init(&tb, "", 0);
	type(&tb, "ab");
	textbuf_left(&tb);
	type(&tb, "c");
	ck_assert_str_eq(tb.text, "acb");
	ck_assert_int_eq(textbuf_undo(&tb), 0);
	ck_assert_str_eq(tb.text, "ab");
	ck_assert_uint_eq(tb.cur, 1);
	ck_assert_int_eq(textbuf_undo(&tb), 0);
	ck_assert_str_eq(tb.text, "");

	type(&tb, "abc");
	ck_assert_int_eq(textbuf_backspace(&tb), 0);
	type(&tb, "d");
	ck_assert_str_eq(tb.text, "abd");
	ck_assert_int_eq(textbuf_undo(&tb), 0);
	ck_assert_str_eq(tb.text, "ab");
	ck_assert_int_eq(textbuf_undo(&tb), 0);
	ck_assert_str_eq(tb.text, "abc");
	ck_assert_int_eq(textbuf_undo(&tb), 0);
	ck_assert_str_eq(tb.text, "");
	ck_assert_int_eq(textbuf_undo(&tb), -1);
	textbuf_free(&tb);
}
END_TEST

/* A paste is an undo step of its own, apart from the typing around it. */
START_TEST(test_textbuf_undo_paste)
{
	struct textbuf tb;

	textbuf_init(&tb, "", 0);
	type(&tb, "x");
	paste(&tb, "hallo wereld");
	type(&tb, "y");
	ck_assert_str_eq(tb.text, "xhallo wereldy");
	ck_assert_int_eq(textbuf_undo(&tb), 0);
	ck_assert_str_eq(tb.text, "xhallo wereld");
	ck_assert_int_eq(textbuf_undo(&tb), 0);
	ck_assert_str_eq(tb.text, "x");
	ck_assert_uint_eq(tb.cur, 1);
	ck_assert_int_eq(textbuf_undo(&tb), 0);
	ck_assert_str_eq(tb.text, "");
	ck_assert_int_eq(textbuf_undo(&tb), -1);

	/* a decomposed é pasted at once is a paste, not typing */
	type(&tb, "a");
	paste(&tb, "e" COMBINING_ACUTE);
	ck_assert_int_eq(textbuf_undo(&tb), 0);
	ck_assert_str_eq(tb.text, "a");
	textbuf_free(&tb);
}
END_TEST

/* A run of backspaces (or of deletes) is one undo step, and undo puts the
 * cursor back where it was. */
START_TEST(test_textbuf_undo_backspace_run)
{
	struct textbuf tb;
	int i;

	textbuf_init(&tb, "hallo w" E_ACUTE "reld", 0);
	for (i = 0; i < 6; i++)
		ck_assert_int_eq(textbuf_backspace(&tb), 0);
	ck_assert_str_eq(tb.text, "hallo ");
	ck_assert_int_eq(textbuf_undo(&tb), 0);
	ck_assert_str_eq(tb.text, "hallo w" E_ACUTE "reld");
	ck_assert_uint_eq(tb.cur, tb.len);
	ck_assert_int_eq(textbuf_undo(&tb), -1);

	textbuf_top(&tb);
	for (i = 0; i < 3; i++)
		ck_assert_int_eq(textbuf_delete(&tb), 0);
	ck_assert_str_eq(tb.text, "lo w" E_ACUTE "reld");
	ck_assert_int_eq(textbuf_undo(&tb), 0);
	ck_assert_str_eq(tb.text, "hallo w" E_ACUTE "reld");
	ck_assert_uint_eq(tb.cur, 0);

	/* two runs split by a move are two steps */
	textbuf_bottom(&tb);
	textbuf_backspace(&tb);
	textbuf_left(&tb);
	textbuf_backspace(&tb);
	ck_assert_str_eq(tb.text, "hallo w" E_ACUTE "rl");
	ck_assert_int_eq(textbuf_undo(&tb), 0);
	ck_assert_str_eq(tb.text, "hallo w" E_ACUTE "rel");
	textbuf_free(&tb);
}
END_TEST

/* textbuf_set replaces the text as one undoable step and makes the
 * buffer dirty; undo brings back what was there. */
START_TEST(test_textbuf_undo_set)
{
	struct textbuf tb;

	textbuf_init(&tb, "oud", 0);
	type(&tb, "!");
	textbuf_mark_clean(&tb);
	textbuf_set(&tb, "nieuw\r\n");
	ck_assert_str_eq(tb.text, "nieuw\n");
	ck_assert_uint_eq(tb.cur, tb.len);
	ck_assert_int_eq(tb.dirty, 1);
	ck_assert_int_eq(textbuf_undo(&tb), 0);
	ck_assert_str_eq(tb.text, "oud!");
	ck_assert_int_eq(textbuf_undo(&tb), 0);
	ck_assert_str_eq(tb.text, "oud");
	ck_assert_int_eq(textbuf_undo(&tb), -1);
	ck_assert_int_eq(tb.dirty, 1);
	textbuf_free(&tb);
}
END_TEST

/* textbuf_set_at (a merge brought in other words): the cursor goes where
 * asked, never inside a character or between a letter and its accent,
 * the end when past it; one undo step back. */
START_TEST(test_textbuf_set_at)
{
	struct textbuf tb;

	textbuf_init(&tb, "mijn", 0);
	textbuf_set_at(&tb, "hun mijn woorden", strlen("hun mijn"));
	ck_assert_str_eq(tb.text, "hun mijn woorden");
	ck_assert_uint_eq(tb.cur, strlen("hun mijn"));
	ck_assert_int_eq(tb.dirty, 1);
	textbuf_set_at(&tb, "a" EMOJI "b", 2);	/* inside the emoji */
	ck_assert_uint_eq(tb.cur, 1);
	textbuf_set_at(&tb, "ne" COMBINING_ACUTE "e", 2);	/* before the accent */
	ck_assert_uint_eq(tb.cur, 1);
	textbuf_set_at(&tb, "kort", 99);
	ck_assert_uint_eq(tb.cur, 4);
	assert_sane(&tb, 10);
	ck_assert_int_eq(textbuf_undo(&tb), 0);
	ck_assert_str_eq(tb.text, "ne" COMBINING_ACUTE "e");
	textbuf_free(&tb);
}
END_TEST

/* The undo history keeps the last TEXTBUF_UNDO_MAX steps and drops the
 * oldest. */
START_TEST(test_textbuf_undo_limit)
{
	struct textbuf tb;
	int i;

	textbuf_init(&tb, "", 0);
	for (i = 0; i < TEXTBUF_UNDO_MAX + 50; i++)
		paste(&tb, "ab");
	ck_assert_uint_eq(tb.nundo, TEXTBUF_UNDO_MAX);
	for (i = 0; i < TEXTBUF_UNDO_MAX; i++)
		ck_assert_int_eq(textbuf_undo(&tb), 0);
	ck_assert_int_eq(textbuf_undo(&tb), -1);
	ck_assert_uint_eq(tb.len, 2 * 50);
	textbuf_free(&tb);
}
END_TEST

/* Typing or pasting past the maximum length is refused whole and leaves
 * text, cursor and undo history untouched; an over-long stored text is
 * kept, never cut. */
START_TEST(test_textbuf_max_length)
{
	struct textbuf tb;
	size_t nundo;

	textbuf_init(&tb, "abc", 5);
	ck_assert_int_eq(textbuf_insert(&tb, "de", 2), 0);
	nundo = tb.nundo;
	ck_assert_int_eq(textbuf_insert(&tb, "f", 1), -1);
	ck_assert_str_eq(tb.text, "abcde");
	ck_assert_uint_eq(tb.cur, 5);
	ck_assert_uint_eq(tb.nundo, nundo);
	ck_assert_int_eq(textbuf_backspace(&tb), 0);
	ck_assert_int_eq(textbuf_insert(&tb, E_ACUTE, 2), -1);	/* 4 + 2 > 5 */
	ck_assert_int_eq(textbuf_insert(&tb, "xy", 2), -1);
	ck_assert_str_eq(tb.text, "abcd");
	ck_assert_int_eq(textbuf_insert(&tb, "f", 1), 0);
	ck_assert_str_eq(tb.text, "abcdf");
	assert_sane(&tb, 10);
	textbuf_free(&tb);

	textbuf_init(&tb, "te lang", 3);
	ck_assert_str_eq(tb.text, "te lang");
	ck_assert_int_eq(textbuf_insert(&tb, "!", 1), -1);
	ck_assert_int_eq(textbuf_backspace(&tb), 0);
	ck_assert_str_eq(tb.text, "te lan");
	textbuf_free(&tb);
}
END_TEST

/* Ctrl-K deletes to the end of the visual line; at its end it deletes the
 * newline (or the dropped space) so the lines join; at the end of the text
 * it refuses. */
START_TEST(test_textbuf_kill_line)
{
	struct textbuf tb;

	textbuf_init(&tb, "eerste regel\ntweede", 0);
	tb.cur = 3;
	ck_assert_int_eq(textbuf_kill_line(&tb, 80), 0);
	ck_assert_str_eq(tb.text, "eer\ntweede");
	ck_assert_uint_eq(tb.cur, 3);
	ck_assert_int_eq(textbuf_kill_line(&tb, 80), 0);
	ck_assert_str_eq(tb.text, "eertweede");
	ck_assert_int_eq(textbuf_kill_line(&tb, 80), 0);
	ck_assert_str_eq(tb.text, "eer");
	ck_assert_int_eq(textbuf_kill_line(&tb, 80), -1);
	ck_assert_int_eq(textbuf_undo(&tb), 0);
	ck_assert_str_eq(tb.text, "eertweede");

	/* wrapped: "abc def ghi" at 5 is "abc" / "def" / "ghi" */
	textbuf_set(&tb, "abc def ghi");
	tb.cur = 5;
	ck_assert_int_eq(textbuf_kill_line(&tb, 5), 0);
	ck_assert_str_eq(tb.text, "abc d ghi");
	tb.cur = 3;		/* the space dropped after "abc" */
	ck_assert_int_eq(textbuf_kill_line(&tb, 4), 0);
	ck_assert_str_eq(tb.text, "abcd ghi");
	assert_sane(&tb, 5);
	textbuf_free(&tb);
}
END_TEST

/* The layout puts a cursor on a dropped space at the end of the line
 * before, a cursor right after a newline at column 0 of the next line,
 * and a cursor after a final newline on an empty last line. */
START_TEST(test_textbuf_layout_cursor)
{
	struct textbuf tb;
	size_t row, col;

	textbuf_init(&tb, "abc def", 0);
	tb.cur = 3;			/* space dropped by the break */
	cursor_at(&tb, 4, &row, &col);
	ck_assert_uint_eq(row, 0);
	ck_assert_uint_eq(col, 3);
	tb.cur = 4;
	cursor_at(&tb, 4, &row, &col);
	ck_assert_uint_eq(row, 1);
	ck_assert_uint_eq(col, 0);

	/* a line full up to the space it was broken at */
	textbuf_set(&tb, "abcd efgh");
	tb.cur = 4;
	cursor_at(&tb, 4, &row, &col);
	ck_assert_uint_eq(row, 0);
	ck_assert_uint_eq(col, 4);

	textbuf_set(&tb, "ab\ncd");
	tb.cur = 2;			/* on the newline */
	cursor_at(&tb, 10, &row, &col);
	ck_assert_uint_eq(row, 0);
	ck_assert_uint_eq(col, 2);
	tb.cur = 3;			/* right after it */
	cursor_at(&tb, 10, &row, &col);
	ck_assert_uint_eq(row, 1);
	ck_assert_uint_eq(col, 0);

	textbuf_set(&tb, "ab\n");
	cursor_at(&tb, 10, &row, &col);
	ck_assert_uint_eq(row, 1);
	ck_assert_uint_eq(col, 0);

	textbuf_set(&tb, "");
	cursor_at(&tb, 10, &row, &col);
	ck_assert_uint_eq(row, 0);
	ck_assert_uint_eq(col, 0);

	/* wide characters count two columns, a combining accent none */
	textbuf_set(&tb, NIHONGO "e" COMBINING_ACUTE);
	cursor_at(&tb, 10, &row, &col);
	ck_assert_uint_eq(row, 0);
	ck_assert_uint_eq(col, 7);
	textbuf_free(&tb);
}
END_TEST

/* dirty follows edits and mark_clean, not cursor movement or refusals. */
START_TEST(test_textbuf_dirty)
{
	struct textbuf tb;

	textbuf_init(&tb, "abc", 0);
	textbuf_left(&tb);
	textbuf_up(&tb, 10);
	textbuf_end(&tb, 10);
	ck_assert_int_eq(textbuf_delete(&tb), -1);
	ck_assert_int_eq(tb.dirty, 0);
	type(&tb, "d");
	ck_assert_int_eq(tb.dirty, 1);
	textbuf_mark_clean(&tb);
	ck_assert_int_eq(tb.dirty, 0);
	ck_assert_uint_eq(tb.nundo, 1);
	ck_assert_int_eq(textbuf_undo(&tb), 0);
	ck_assert_int_eq(tb.dirty, 1);
	textbuf_free(&tb);
}
END_TEST

/* A small fixed-seed generator, so the random test is the same
 * everywhere. */
static uint32_t
next_random(uint32_t *state)
{
	uint32_t x = *state;

	x ^= x << 13;
	x ^= x >> 17;
	x ^= x << 5;
	return *state = x;
}

/* Twenty thousand random keys and pastes of random bytes never break the
 * buffer's invariants. */
START_TEST(test_textbuf_random)
{
	static const char *pieces[] = {
		"a", "Z", " ", "\n", "\t", ".", E_ACUTE, E_DIAER, IJ, EMOJI,
		COMBINING_ACUTE, "\xe6\x97\xa5", "\xe2\x80\x8d", "\r",
	};
	struct textbuf tb;
	uint32_t state = 0x5eed1234;
	char bytes[16];
	size_t width, n, i, longest = 0, most_lines = 0;
	int step, op, refused = 0, undone = 0;

	textbuf_init(&tb, "begin", 600);
	for (step = 0; step < 20000; step++) {
		width = 1 + next_random(&state) % 24;
		op = (int)(next_random(&state) % 22);
		switch (op) {
		case 0: case 1: case 2: case 3:
			n = next_random(&state) % (sizeof pieces / sizeof pieces[0]);
			textbuf_insert(&tb, pieces[n], strlen(pieces[n]));
			break;
		case 4:
			n = next_random(&state) % sizeof bytes;
			for (i = 0; i < n; i++)
				bytes[i] = (char)(next_random(&state) & 0xff);
			if (textbuf_insert(&tb, bytes, n) == -1)
				refused++;
			break;
		case 5: case 6:
			textbuf_backspace(&tb);
			break;
		case 7:
			textbuf_delete(&tb);
			break;
		case 8:
			textbuf_delete_word_back(&tb);
			break;
		case 9:
			textbuf_kill_line(&tb, width);
			break;
		case 10:
			textbuf_left(&tb);
			break;
		case 11:
			textbuf_right(&tb);
			break;
		case 12:
			textbuf_word_left(&tb);
			break;
		case 13:
			textbuf_word_right(&tb);
			break;
		case 14:
			textbuf_home(&tb, width);
			break;
		case 15:
			textbuf_end(&tb, width);
			break;
		case 16:
			textbuf_up(&tb, width);
			break;
		case 17:
			textbuf_down(&tb, width);
			break;
		case 18:
			if (next_random(&state) % 2)
				textbuf_top(&tb);
			else
				textbuf_bottom(&tb);
			break;
		case 19:
			if (textbuf_undo(&tb) == 0)
				undone++;
			break;
		case 20:
			if (next_random(&state) % 20 == 0)
				textbuf_set(&tb, "nieuw " E_ACUTE "\r\n" NIHONGO);
			else
				textbuf_mark_clean(&tb);
			break;
		default:
			/* a burst of typing, so lines grow long enough to wrap */
			for (i = 0; i < 8; i++)
				textbuf_insert(&tb, &"woord "[i % 6], 1);
			break;
		}
		assert_sane(&tb, width);
		if (tb.len > longest)
			longest = tb.len;
		if (tb.len > 0 && tb.len / width > most_lines)
			most_lines = tb.len / width;
	}
	/* The session must have reached the limit, wrapped and undone. */
	ck_assert_int_gt(refused, 0);
	ck_assert_int_gt(undone, 100);
	ck_assert_uint_gt(longest, 500);
	ck_assert_uint_gt(most_lines, 20);
	textbuf_free(&tb);
}
END_TEST

/* Before a save the text is brought into NFC: a pasted e + U+0301 is
 * stored as é, the cursor stays before the same character, dirty stays. */
START_TEST(test_textbuf_nfc)
{
	struct textbuf tb;

	textbuf_init(&tb, "", 0);
	ck_assert_int_eq(textbuf_insert(&tb, "Cafe\xcc\x81 en the\xcc\x81", 16), 0);
	tb.cur = 7;	/* before "en" */
	ck_assert_int_eq(textbuf_nfc(&tb), 1);
	ck_assert_str_eq(tb.text, "Caf\xc3\xa9 en th\xc3\xa9");
	ck_assert_uint_eq(tb.len, strlen(tb.text));
	ck_assert_uint_eq(tb.cur, 6);
	ck_assert_int_eq(strncmp(tb.text + tb.cur, "en", 2), 0);
	ck_assert_int_eq(tb.dirty, 1);
	ck_assert_int_eq(textbuf_nfc(&tb), 0);	/* NFC already */
	/* A combining mark typed on its own, after its letter. */
	textbuf_set(&tb, "e");
	ck_assert_int_eq(textbuf_insert(&tb, "\xcc\x81", 2), 0);
	ck_assert_int_eq(textbuf_nfc(&tb), 1);
	ck_assert_str_eq(tb.text, "\xc3\xa9");
	ck_assert_uint_eq(tb.cur, 2);
	textbuf_free(&tb);
}
END_TEST

int
main(void)
{
	Suite *s = suite_create("textbuf");
	TCase *tc = tcase_create("textbuf");
	TCase *tc_random = tcase_create("textbuf_random");

	tcase_add_test(tc, test_textbuf_init);
	tcase_add_test(tc, test_textbuf_type_backspace_multibyte);
	tcase_add_test(tc, test_textbuf_paste_sanitized);
	tcase_add_test(tc, test_textbuf_delete_edges);
	tcase_add_test(tc, test_textbuf_word_movement);
	tcase_add_test(tc, test_textbuf_delete_word_back);
	tcase_add_test(tc, test_textbuf_wide_wrap_shape);
	tcase_add_test(tc, test_textbuf_home_end_wrapped);
	tcase_add_test(tc, test_textbuf_up_down_goal);
	tcase_add_test(tc, test_textbuf_up_down_edges);
	tcase_add_test(tc, test_textbuf_undo_coalesces_words);
	tcase_add_test(tc, test_textbuf_undo_breaks_on_move_and_kind);
	tcase_add_test(tc, test_textbuf_undo_paste);
	tcase_add_test(tc, test_textbuf_undo_backspace_run);
	tcase_add_test(tc, test_textbuf_undo_set);
	tcase_add_test(tc, test_textbuf_set_at);
	tcase_add_test(tc, test_textbuf_undo_limit);
	tcase_add_test(tc, test_textbuf_max_length);
	tcase_add_test(tc, test_textbuf_kill_line);
	tcase_add_test(tc, test_textbuf_layout_cursor);
	tcase_add_test(tc, test_textbuf_dirty);
	tcase_add_test(tc, test_textbuf_nfc);
	suite_add_tcase(s, tc);

	/* Slow under valgrind and the sanitizers: give it room. */
	tcase_set_timeout(tc_random, 120);
	tcase_add_test(tc_random, test_textbuf_random);
	suite_add_tcase(s, tc_random);
	return test_run(s);
}
