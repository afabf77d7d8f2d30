/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * widget.c: drawing text (cut, fitted, wrapped), lines and boxes, and the
 * text field: a textbuf drawn into a rectangle, plus the key bindings every
 * text field shares. The editing itself lives in the pure textbuf.c.
 *
 * Every character the screens draw passes through here: text through
 * ui_put, lines through ui_hline, ui_vline and ui_box. So this is the one
 * place that knows the terminal's character set. In a UTF-8 locale text
 * is drawn as it is; in any other (LC_ALL=C, Latin-1) what the locale
 * cannot show is transliterated (é -> e, ĳ -> ij, “ ” -> ", ▸ -> >,
 * █ -> #) and lines are drawn with - | +, as htop does, instead of being
 * dropped or turned into blanks by the C library.
 */
#include "config.h"

#include <assert.h>
#include <langinfo.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "vitaal/utf8.h"
#include "vitaal/util.h"
#include "ui_int.h"

/* glibc and the BSDs: a wchar_t holds the Unicode code point, so one
 * can be handed to wcrtomb and to curses as it is. */
#ifndef __STDC_ISO_10646__
#error "wchar_t must hold Unicode code points (__STDC_ISO_10646__)"
#endif

int ui_utf8 = 1;

void
ui_charset_init(void)
{
	const char *cs = nl_langinfo(CODESET);

	ui_utf8 = cs != NULL && (strcmp(cs, "UTF-8") == 0 || strcmp(cs, "utf8") == 0);
}

/* Can the locale's character set hold cp (and so the terminal show it)? */
static int
locale_can_show(uint32_t cp, void *arg)
{
	char buf[MB_LEN_MAX];
	mbstate_t ps;

	(void)arg;
	if (cp > 0x10ffff)
		return 0;
	memset(&ps, 0, sizeof ps);
	return wcrtomb(buf, (wchar_t)cp, &ps) != (size_t)-1;
}

char *
ui_shown(const char *s)
{
	if (ui_utf8)
		return xstrdup(s);
	return utf8_translit(s, locale_can_show, NULL);
}

void
ui_hline(int y, int x, int n)
{
	mvhline(y, x, ui_utf8 ? ACS_HLINE : '-', n);
}

void
ui_vline(int y, int x, int n)
{
	mvvline(y, x, ui_utf8 ? ACS_VLINE : '|', n);
}

int
ui_put(int y, int x, int width, const char *s)
{
	char *shown = NULL;
	size_t n, off = 0;
	int used = 0, len, w;
	uint32_t cp;
	wchar_t wc;

	if (!ui_utf8)
		s = shown = ui_shown(s);
	n = strlen(s);
	while (off < n && used < width) {
		if ((len = utf8_decode(s + off, n - off, &cp)) < 0) {
			cp = 0xfffd;
			len = 1;
		}
		if (cp == '\n' || cp == '\t')
			cp = ' ';
		w = utf8_cpwidth(cp);
		if (used + w > width)
			break;
		wc = (wchar_t)cp;
		if (w > 0 || used > 0)
			mvaddnwstr(y, x + used, &wc, 1);
		used += w;
		off += (size_t)len;
	}
	free(shown);
	return used;
}

int
ui_put_fit(int y, int x, int width, const char *s)
{
	char *shown = NULL;
	int used;

	if (width <= 0)
		return 0;
	if (!ui_utf8)	/* measured as it will be drawn */
		s = shown = ui_shown(s);
	if ((int)utf8_width(s) <= width && strchr(s, '\n') == NULL) {
		used = ui_put(y, x, width, s);
		free(shown);
		return used;
	}
	/* Cut at the first newline too: a preview shows one line. */
	{
		const char *nl = strchr(s, '\n');
		char *line = nl != NULL ? xstrndup(s, (size_t)(nl - s)) : NULL;

		used = ui_put(y, x, width - 1, line != NULL ? line : s);
		free(line);
	}
	free(shown);
	return used + ui_put(y, x + used, 1, ui_utf8 ? "…" : "~");
}

void
ui_mark_selected(struct ui *ui, int y, int x)
{
	ui_put(y, x, 1, "▸");
	ui_selected(ui, y, x);
}

void
ui_list_row(struct ui *ui, int y, const char *text, int selected, int hit)
{
	attrset(ui_attr(selected ? ROLE_SELECTED : ROLE_NORMAL));
	if (selected) {
		mvhline(y, 0, ' ', COLS);
		ui_mark_selected(ui, y, 0);
	}
	ui_put_fit(y, 2, COLS - 4, text);
	ui_hit(ui, y, 0, COLS, 1, hit);
	attrset(ui_attr(ROLE_NORMAL));
}

int
ui_wrapped_rows(const char *s, int width)
{
	struct utf8_line *lines;
	char *shown = NULL;
	size_t n;

	if (width <= 0)
		return 1;
	if (!ui_utf8)
		s = shown = ui_shown(s);
	n = utf8_wrap(s, (size_t)width, &lines);
	free(lines);
	free(shown);
	return (int)n;
}

int
ui_put_wrapped(int y, int x, int width, int maxlines, const char *s)
{
	struct utf8_line *lines;
	size_t i, n;
	char *line, *shown = NULL;

	if (width <= 0 || maxlines <= 0)
		return 0;
	if (!ui_utf8)	/* wrapped as it will be drawn: ĳ takes two columns */
		s = shown = ui_shown(s);
	n = utf8_wrap(s, (size_t)width, &lines);
	for (i = 0; i < n && (int)i < maxlines; i++) {
		line = xstrndup(s + lines[i].start, lines[i].len);
		if ((int)i == maxlines - 1 && i + 1 < n) {
			/* More text than room: the last line shows that. */
			int used = ui_put(y + (int)i, x, width - 1, line);

			ui_put(y + (int)i, x + used, 1, ui_utf8 ? "…" : "~");
		} else
			ui_put(y + (int)i, x, width, line);
		free(line);
	}
	free(lines);
	free(shown);
	return (int)i;
}

void
ui_box(int y, int x, int h, int w, const char *title)
{
	if (h < 2 || w < 2)
		return;
	mvaddch(y, x, ui_utf8 ? ACS_ULCORNER : '+');
	ui_hline(y, x + 1, w - 2);
	mvaddch(y, x + w - 1, ui_utf8 ? ACS_URCORNER : '+');
	ui_vline(y + 1, x, h - 2);
	ui_vline(y + 1, x + w - 1, h - 2);
	mvaddch(y + h - 1, x, ui_utf8 ? ACS_LLCORNER : '+');
	ui_hline(y + h - 1, x + 1, w - 2);
	mvaddch(y + h - 1, x + w - 1, ui_utf8 ? ACS_LRCORNER : '+');
	if (title != NULL && title[0] != '\0' && w > 6) {
		mvaddch(y, x + 1, ' ');
		ui_put_fit(y, x + 2, w - 5, title);
		addch(' ');
	}
}

void
ui_draw_textbuf(struct ui *ui, const struct textbuf *tb, int y, int x, int h, int w,
    int focused, size_t *scroll)
{
	ui_draw_textbuf_marked(ui, tb, y, x, h, w, focused, scroll, NULL, 0, A_NORMAL);
}

/* Draw tb->text[from, to) at (y, *col), the bytes inside one of the
 * marks[] ranges with attr; *col moves on. */
static void
put_marked(int y, int *col, int end, const char *text, size_t from, size_t to,
    const size_t *marks, size_t nmarks, attr_t attr)
{
	attr_t normal = (attr_t)getattrs(stdscr);
	size_t k, cut;
	char *piece;

	while (from < to && *col < end) {
		int in = 0;

		/* Up to the next edge of a range, marked or not. */
		cut = to;
		for (k = 0; k < nmarks; k++) {
			size_t a = marks[2 * k], z = marks[2 * k + 1];

			if (a <= from && from < z) {
				in = 1;
				if (z < cut)
					cut = z;
			} else if (a > from && a < cut)
				cut = a;
		}
		piece = xstrndup(text + from, cut - from);
		attrset(in ? attr : normal);
		*col += ui_put(y, *col, end - *col, piece);
		attrset(normal);
		free(piece);
		from = cut;
	}
}

void
ui_draw_textbuf_marked(struct ui *ui, const struct textbuf *tb, int y, int x, int h, int w,
    int focused, size_t *scroll, const size_t *marks, size_t nmarks, attr_t attr)
{
	struct utf8_line *lines;
	size_t nlines, row, col, i;
	int c;

	if (h <= 0 || w <= 0)
		return;
	textbuf_layout(tb, (size_t)w, &lines, &nlines, &row, &col);
	if (row < *scroll)
		*scroll = row;
	if (row >= *scroll + (size_t)h)
		*scroll = row - (size_t)h + 1;
	if (*scroll > nlines)
		*scroll = 0;
	for (i = 0; i < (size_t)h; i++)
		mvhline(y + (int)i, x, ' ', w);
	for (i = *scroll; i < nlines && i < *scroll + (size_t)h; i++) {
		c = x;
		put_marked(y + (int)(i - *scroll), &c, x + w, tb->text, lines[i].start,
		    lines[i].start + lines[i].len, marks, nmarks, attr);
	}
	free(lines);
	if (focused) {
		ui_cursor(ui, y + (int)(row - *scroll), x + (int)(col < (size_t)w ? col : (size_t)w - 1));
		ui->typing = tb;
	}
}

int
ui_textbuf_key(struct textbuf *tb, int key, size_t width, int multiline)
{
	char buf[4];
	int n;

	if (key == UI_FKEY(KEY_LEFT))
		textbuf_left(tb);
	else if (key == UI_FKEY(KEY_RIGHT))
		textbuf_right(tb);
	else if (key == ui_key_ctrl_left || key == UI_FKEY(KEY_SLEFT))
		textbuf_word_left(tb);
	else if (key == ui_key_ctrl_right || key == UI_FKEY(KEY_SRIGHT))
		textbuf_word_right(tb);
	else if (key == UI_FKEY(KEY_HOME) || key == UI_CTRL('a'))
		textbuf_home(tb, width);
	else if (key == UI_FKEY(KEY_END) || key == UI_CTRL('e'))
		textbuf_end(tb, width);
	else if (key == UI_FKEY(KEY_BACKSPACE) || key == 0x7f || key == UI_CTRL('h'))
		textbuf_backspace(tb);
	else if (key == UI_FKEY(KEY_DC) || key == UI_CTRL('d'))
		textbuf_delete(tb);
	else if (key == UI_CTRL('w'))
		textbuf_delete_word_back(tb);
	else if (key == UI_CTRL('k'))
		textbuf_kill_line(tb, width);
	else if (key == UI_CTRL('z') || key == UI_CTRL('_'))
		textbuf_undo(tb);
	else if (multiline && key == UI_FKEY(KEY_UP))
		textbuf_up(tb, width);
	else if (multiline && key == UI_FKEY(KEY_DOWN))
		textbuf_down(tb, width);
	else if (multiline && (key == UI_FKEY(KEY_PPAGE)))
		textbuf_top(tb);
	else if (multiline && (key == UI_FKEY(KEY_NPAGE)))
		textbuf_bottom(tb);
	else if (multiline && (key == '\r' || key == '\n' || key == UI_FKEY(KEY_ENTER)))
		textbuf_insert(tb, "\n", 1);
	else if (key == '\t' && multiline)
		textbuf_insert(tb, "\t", 1);
	else if (key >= 0x20 && key != 0x7f && key < 0x110000 &&
	    (n = utf8_encode((uint32_t)key, buf)) > 0)
		textbuf_insert(tb, buf, (size_t)n);
	else
		return 0;
	return 1;
}

/* ---- the list widget ------------------------------------------------------ */

static struct listview *
list_of(struct ui_view *v)
{
	assert(v->screen->list != NULL);
	return v->screen->list(v);
}

int
ui_list_draw(struct ui *ui, struct ui_view *v, int y, int rows, ui_list_row_fn *row)
{
	return ui_list_draw_of(ui, v, list_of(v), y, rows, row);
}

int
ui_list_draw_of(struct ui *ui, struct ui_view *v, struct listview *lv, int y, int rows,
    ui_list_row_fn *row)
{
	size_t i;
	int sel, drawn = 0;

	if (rows <= 0)
		return 0;
	listview_show(lv, (size_t)rows);
	for (i = lv->top; i < lv->n && drawn < rows; i++, drawn++) {
		sel = i == lv->sel && !lv->unmarked;
		attrset(ui_attr(sel ? ROLE_SELECTED : ROLE_NORMAL));
		if (sel) {
			mvhline(y + drawn, 0, ' ', COLS);
			ui_mark_selected(ui, y + drawn, 0);
		}
		/* First: targets the row callback registers win over it. */
		ui_hit(ui, y + drawn, 0, COLS, 1, (int)i);
		row(ui, v, y + drawn, i);
	}
	attrset(ui_attr(ROLE_NORMAL));
	return drawn;
}

int
ui_list_down(struct ui *ui, struct ui_view *v)
{
	(void)ui;
	listview_move(list_of(v), 1);
	return UI_REDRAW;
}

int
ui_list_up(struct ui *ui, struct ui_view *v)
{
	(void)ui;
	listview_move(list_of(v), -1);
	return UI_REDRAW;
}

int
ui_list_jump(struct ui *ui, struct ui_view *v)
{
	struct listview *lv = list_of(v);

	if (ui->key == UI_FKEY(KEY_NPAGE))
		listview_page(lv, 1);
	else if (ui->key == UI_FKEY(KEY_PPAGE))
		listview_page(lv, -1);
	else if (ui->key == UI_FKEY(KEY_HOME))
		listview_home(lv);
	else if (ui->key == UI_FKEY(KEY_END))
		listview_end(lv);
	return UI_REDRAW;
}

int
ui_list_click(struct ui *ui, struct ui_view *v, int id, int dbl)
{
	if (id < 0 || !listview_select(list_of(v), (size_t)id))
		return 0;
	return dbl ? ui_action_key(ui, v, '\r') : UI_REDRAW;
}
