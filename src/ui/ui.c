/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * ui.c: starting and leaving curses, the main loop, and the frame every
 * screen shares: title line, key bar and help screen, all three drawn from
 * the current screen's action table so they cannot disagree.
 *
 * No SIGWINCH handler of our own: ncurses turns a resize into KEY_RESIZE,
 * and we simply redraw. SIGINT and SIGTERM set a flag that the loop checks,
 * so every exit goes through endwin().
 */
#include "config.h"

#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "vitaal/utf8.h"
#include "vitaal/util.h"
#include "ui_int.h"

static volatile sig_atomic_t stop_requested;
static int curses_active;

static void
on_signal(int sig)
{
	(void)sig;
	stop_requested = 1;
}

/* Fatal hook: leave curses before the message is printed. */
static void
leave_curses(void)
{
	if (curses_active) {
		endwin();
		curses_active = 0;
	}
}

int
ui_put(int y, int x, int width, const char *s)
{
	size_t n = strlen(s), off = 0;
	int used = 0;
	uint32_t cp;
	int len, w;
	wchar_t wc;

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
	return used;
}

int
ui_put_fit(int y, int x, int width, const char *s)
{
	int used;

	if (width <= 0)
		return 0;
	if ((int)utf8_width(s) <= width)
		return ui_put(y, x, width, s);
	used = ui_put(y, x, width - 1, s);
	return used + ui_put(y, x + used, 1, "…");
}

void
ui_message(struct ui *ui, int error, const char *fmt, ...)
{
	va_list ap;

	free(ui->message);
	va_start(ap, fmt);
	ui->message = xvasprintf(fmt, ap);
	va_end(ap);
	ui->message_error = error;
}

/* Fill a whole line with an attribute. */
static void
fill_line(int y, attr_t attr)
{
	attrset(attr);
	mvhline(y, 0, ' ', COLS);
}

static void
draw_title(struct ui *ui)
{
	char *title = xasprintf(" Vitaal · %s", store_path(ui->st));

	fill_line(0, ui_attr(ROLE_TITLE));
	ui_put(0, 0, COLS, title);
	free(title);
	attrset(ui_attr(ROLE_NORMAL));
}

/* The key bar: every action with a label, in table order, as far as fits. */
static void
draw_keybar(struct ui *ui)
{
	const struct ui_action *a;
	int x = 0, y = LINES - 1, need;

	fill_line(y, ui_attr(ROLE_BAR));
	for (a = ui->screen->actions; a->keyname != NULL; a++) {
		if (a->label == NULL)
			continue;
		need = (int)(utf8_width(a->keyname) + utf8_width(a->label)) + 1;
		if (x + need > COLS)
			break;
		attrset(ui_attr(ROLE_KEY));
		x += ui_put(y, x, COLS - x, a->keyname);
		attrset(ui_attr(ROLE_BAR));
		x += 1 + ui_put(y, x + 1, COLS - x - 1, a->label) + 3;
	}
	attrset(ui_attr(ROLE_NORMAL));
}

static void
draw_message(struct ui *ui)
{
	if (ui->message == NULL)
		return;
	attrset(ui_attr(ui->message_error ? ROLE_ERROR : ROLE_NORMAL));
	mvhline(LINES - 2, 0, ' ', COLS);
	ui_put(LINES - 2, 1, COLS - 2, ui->message);
	attrset(ui_attr(ROLE_NORMAL));
}

/* The help screen: the screen's introduction, then one line per action. */
static void
draw_help(struct ui *ui)
{
	const struct ui_action *a;
	const char *p, *nl;
	int y = 2;

	attrset(ui_attr(ROLE_NORMAL));
	attron(A_BOLD);
	ui_put(y++, 2, COLS - 4, "Hulp");
	attroff(A_BOLD);
	y++;
	for (p = ui->screen->help_intro; *p != '\0' && y < LINES - 3; p = nl + 1) {
		char *line;

		nl = strchr(p, '\n');
		if (nl == NULL)
			nl = p + strlen(p);
		line = xstrndup(p, (size_t)(nl - p));
		ui_put(y++, 2, COLS - 4, line);
		free(line);
		if (*nl == '\0')
			break;
	}
	y++;
	for (a = ui->screen->actions; a->keyname != NULL && y < LINES - 2; a++, y++) {
		attrset(ui_attr(ROLE_KEY));
		ui_put(y, 4, 10, a->keyname);
		attrset(ui_attr(ROLE_NORMAL));
		ui_put(y, 16, COLS - 18, a->help);
	}
	if (y < LINES - 2)
		ui_put(y + 1, 2, COLS - 4, "Druk op een toets om terug te gaan.");
}

/* Draw text word-wrapped into the box at (y, x) of width columns and at
 * most maxlines lines. Returns the number of lines used. */
int
ui_put_wrapped(int y, int x, int width, int maxlines, const char *s)
{
	struct utf8_line *lines;
	size_t i, n;
	char *line;

	if (width <= 0 || maxlines <= 0)
		return 0;
	n = utf8_wrap(s, (size_t)width, &lines);
	for (i = 0; i < n && (int)i < maxlines; i++) {
		line = xstrndup(s + lines[i].start, lines[i].len);
		ui_put(y + (int)i, x, width, line);
		free(line);
	}
	free(lines);
	return (int)i;
}

static void
draw_too_small(void)
{
	char *msg = xasprintf("Venster te klein: minstens %d×%d nodig (nu %d×%d). "
	    "Vergroot het venster of druk q.", UI_MIN_COLS, UI_MIN_LINES, COLS, LINES);

	ui_put_wrapped(0, 0, COLS, LINES, msg);
	free(msg);
}

static void
draw(struct ui *ui)
{
	erase();
	if (COLS < UI_MIN_COLS || LINES < UI_MIN_LINES) {
		draw_too_small();
		refresh();
		return;
	}
	draw_title(ui);
	if (ui->show_help)
		draw_help(ui);
	else
		ui->screen->draw(ui);
	draw_message(ui);
	draw_keybar(ui);
	refresh();
}

/* Dispatch a key through the action table; returns UI_* flags. */
static int
dispatch(struct ui *ui, int key)
{
	const struct ui_action *a;
	int i;

	for (a = ui->screen->actions; a->keyname != NULL; a++)
		for (i = 0; i < 3 && a->keys[i] != 0; i++)
			if (a->keys[i] == key)
				return a->handler(ui);
	return 0;
}

int
ui_run(struct store *st, const struct ui_options *opts)
{
	struct sigaction sa;
	struct ui ui = { 0 };
	SCREEN *screen;
	const char *term;
	wint_t wch;
	int rc, key, flags;

	ui.st = st;
	if ((ui.cat = catalogue_load(st)) == NULL) {
		fprintf(stderr, "vitaal: catalogus niet te lezen: %s\n", store_errmsg(st));
		return 1;
	}

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_signal;
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);

	/* Ask terminfo before starting curses: a terminal without cursor
	 * addressing (TERM=dumb) cannot show a workbook, and newterm (unlike
	 * initscr) returns NULL instead of exiting. */
	term = getenv("TERM");
	if (!ui_term_can_draw()) {
		fprintf(stderr, "vitaal: terminal '%s' kan geen scherm tekenen; zet TERM anders\n",
		    term != NULL ? term : "");
		catalogue_free(ui.cat);
		return 1;
	}
	if ((screen = newterm(NULL, stdout, stdin)) == NULL) {
		fprintf(stderr, "vitaal: kan het scherm niet openen (TERM=%s)\n",
		    term != NULL ? term : "");
		catalogue_free(ui.cat);
		return 1;
	}
	curses_active = 1;
	util_set_fatal_hook(leave_curses);
	cbreak();
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	curs_set(0);
	timeout(1000);	/* wake up to notice signals */
	ui_theme_init(opts->no_color);

	ui.screen = &ui_screen_start;
	ui.screen->enter(&ui);
	draw(&ui);
	while (!stop_requested) {
		rc = get_wch(&wch);
		if (rc == ERR)
			continue;
		key = rc == KEY_CODE_YES ? UI_FKEY((int)wch) : (int)wch;
		if (key == UI_FKEY(KEY_RESIZE)) {
			draw(&ui);
			continue;
		}
		if (COLS < UI_MIN_COLS || LINES < UI_MIN_LINES) {
			if (key == 'q' || key == 'Q')
				break;
			continue;
		}
		free(ui.message);
		ui.message = NULL;
		if (ui.show_help) {
			ui.show_help = 0;
			draw(&ui);
			continue;
		}
		flags = dispatch(&ui, key);
		if (flags & UI_QUIT)
			break;
		draw(&ui);
	}

	ui.screen->leave(&ui);
	leave_curses();
	delscreen(screen);
	util_set_fatal_hook(NULL);
	free(ui.message);
	catalogue_free(ui.cat);
	return 0;
}
