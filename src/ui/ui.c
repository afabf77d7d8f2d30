/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * ui.c: starting and leaving curses, the main loop, the stack of views, the
 * bottom prompt, mouse clicks, and the frame every screen shares: title
 * line, message line, key bar and help screen. Key bar, help and dispatch
 * all read the current view's action table, so they cannot disagree.
 *
 * No SIGWINCH handler of our own: ncurses turns a resize into KEY_RESIZE
 * and we redraw. SIGINT, SIGTERM and SIGHUP set a flag the loop checks, so
 * every exit goes through each view's leave (which saves) and endwin().
 * The terminal runs in raw mode so ^Z and ^S reach the text field (undo,
 * save) instead of stopping the program; ^C is read as a key and does
 * what SIGINT does, on every screen. SIGCONT (after a stop and fg) and
 * ^L redraw the whole screen.
 *
 * A fatal signal (SIGQUIT, SIGABRT, SIGSEGV, SIGBUS, SIGFPE, SIGILL)
 * cannot save through the werkboek: its handler does only what is
 * async-signal-safe. It puts the terminal back with an escape string
 * prepared at start (normal screen, no mouse tracking, cursor shown) and
 * the saved terminal modes, writes the field being typed (a copy kept
 * after every frame) and every kept text to standard error with write(2),
 * and dies of the signal as it would have.
 *
 * A terminal that goes away (reads that end at once, again and again: EOF
 * or EIO) ends the loop like SIGHUP: every view saves, and one line says
 * why, instead of writing escape codes to nobody for ever.
 *
 * The last resort for typed text: what neither the werkboek nor herstel/
 * would take is kept in memory and written to standard error after
 * endwin(), where a terminal shows it and a redirection keeps it.
 *
 * Damage: after the first frame the werkboek is checked on a thread of
 * the store's (store_check_start); the loop asks for the answer, and
 * damage stays on the message line until the end, and after it on
 * standard error.
 */
#include "config.h"

#include <langinfo.h>
#include <limits.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>
#include <wchar.h>

#include "vitaal/fieldrule.h"
#include "vitaal/identity.h"
#include "vitaal/intervisie.h"
#include "vitaal/rescue.h"
#include "vitaal/utf8.h"
#include "vitaal/util.h"
#include "ui_int.h"

int ui_key_ctrl_left = -1, ui_key_ctrl_right = -1;

/* While pasted keys pour in, the screen is still drawn this often. */
#define UI_BATCH_MS	100
/* How long the rest of a UTF-8 character may lag behind its first byte. */
#define UI_UTF8_WAIT_MS	50
/* The most bytes of typed or pasted text given to a field at once. */
#define UI_TEXT_RUN	65536

static volatile sig_atomic_t stop_requested;
static volatile sig_atomic_t continued;
static int curses_active;

/* Reads that return at once without a key, in a row, before the terminal
 * counts as gone (a blocking read waits; one that ends at once is EOF). */
#define UI_DEAD_READS	20

/* What the fatal-signal handler needs, prepared while nothing is wrong. */
static char fatal_reset[512];		/* escape string that restores the terminal */
static size_t fatal_reset_len;
static struct termios fatal_modes;	/* the terminal's modes before curses */
static int fatal_have_modes;
static char *volatile fatal_text;	/* a copy of the field being typed */
static struct ui *volatile fatal_ui;	/* for its kept texts */

static void
on_signal(int sig)
{
	(void)sig;
	stop_requested = 1;
}

static void
on_cont(int sig)
{
	(void)sig;
	continued = 1;
}

/* write(2) all of s, ignoring errors: nothing else can be done. */
static void
fatal_write(const char *s, size_t n)
{
	ssize_t w;

	while (n > 0) {
		if ((w = write(STDERR_FILENO, s, n)) <= 0)
			return;
		s += w;
		n -= (size_t)w;
	}
}

static void
fatal_puts(const char *s)
{
	fatal_write(s, strlen(s));
}

/* A block of text under a heading, between the lines print_kept uses. */
static void
fatal_block(const char *label, const char *text)
{
	fatal_puts("----- begin ");
	fatal_puts(label);
	fatal_puts(" -----\n");
	fatal_puts(text);
	fatal_puts("\n----- einde ");
	fatal_puts(label);
	fatal_puts(" -----\n");
}

/*
 * SIGQUIT, SIGABRT, SIGSEGV, SIGBUS, SIGFPE, SIGILL: the terminal back to
 * how it was, the text being typed and the kept texts on standard error,
 * then the signal's own end (a core dump where that is the default). Only
 * async-signal-safe calls; the disposition was reset on entry
 * (SA_RESETHAND) and the signal is not blocked (SA_NODEFER), so raise
 * ends the program here.
 */
static void
on_fatal(int sig)
{
	static const struct { int sig; const char *name; } names[] = {
		{ SIGQUIT, "SIGQUIT" }, { SIGABRT, "SIGABRT" }, { SIGSEGV, "SIGSEGV" },
		{ SIGBUS, "SIGBUS" }, { SIGFPE, "SIGFPE" }, { SIGILL, "SIGILL" },
	};
	const char *name = "signaal";
	struct ui *ui = fatal_ui;
	char *text = fatal_text;
	size_t i;
	ssize_t w;

	if (curses_active) {
		w = write(STDOUT_FILENO, fatal_reset, fatal_reset_len);
		(void)w;
		if (fatal_have_modes)
			tcsetattr(STDIN_FILENO, TCSADRAIN, &fatal_modes);
	}
	for (i = 0; i < sizeof names / sizeof names[0]; i++)
		if (names[i].sig == sig)
			name = names[i].name;
	fatal_puts("vitaal: afgebroken (");
	fatal_puts(name);
	fatal_puts(")");
	if (text != NULL || (ui != NULL && ui->nkept > 0))
		fatal_puts("; wat nog niet bewaard was staat hieronder tussen de lijnen, "
		    "bewaar het voor u verder gaat");
	fatal_puts("\n");
	if (text != NULL)
		fatal_block("getypte tekst", text);
	for (i = 0; ui != NULL && i < ui->nkept; i++)
		fatal_block(ui->kept[i].label, ui->kept[i].text);
	raise(sig);
}

/* Prepare the escape string on_fatal writes (term_check.c). */
static void
fatal_prepare(void)
{
	fatal_reset_len = ui_term_reset_string(fatal_reset, sizeof fatal_reset);
}

/* After a frame: keep a copy of the field being typed for on_fatal. The
 * new copy is in place before the old one goes. */
static void
fatal_keep(const struct textbuf *tb)
{
	char *old = fatal_text;
	const char *now = old;

	if (tb == NULL || !tb->dirty || tb->len == 0) {
		fatal_text = NULL;
		free(old);
		return;
	}
	if (now != NULL && strcmp(now, tb->text) == 0)
		return;
	fatal_text = xstrdup(tb->text);
	free(old);
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

void
ui_message(struct ui *ui, int error, const char *fmt, ...)
{
	va_list ap;

	free(ui->message);
	va_start(ap, fmt);
	ui->message = xvasprintf(fmt, ap);
	va_end(ap);
	ui->message_error = error;
	ui->message_kept = 0;
}

void
ui_field_report(struct ui *ui, struct field_report *rep, int kind)
{
	char *msg = field_report_message(rep, kind, "g");

	if (msg != NULL) {
		/* Not an error: the later version stands and nothing is lost. */
		ui_message(ui, 0, "%s", msg);
		free(msg);
	}
	field_report_clear(rep);
}

/* Where standard error goes, for the message that promises the text
 * there: a terminal, a file by its name (Linux: /proc), or just stderr. */
static char *
stderr_where(void)
{
	char buf[PATH_MAX];
	struct stat sb;
	ssize_t n;

	if (isatty(STDERR_FILENO))
		return xstrdup("op de terminal");
	if (fstat(STDERR_FILENO, &sb) == 0 && S_ISREG(sb.st_mode) &&
	    (n = readlink("/proc/self/fd/2", buf, sizeof buf - 1)) > 0 && buf[0] == '/') {
		buf[n] = '\0';
		return xasprintf("in %s (standaardfout)", buf);
	}
	return xstrdup("op standaardfout");
}

void
ui_rescue(struct ui *ui, const char *what, const char *label, const char *text)
{
	struct ui_kept *k;
	char *cause = NULL, *path, *where;

	if ((path = rescue_write(store_path(ui->st), label, text, &cause)) != NULL) {
		ui_message(ui, 1, "%s niet in het werkboek bewaard; de tekst staat in %s", what, path);
		free(path);
		return;
	}
	ui->kept = xreallocarray(ui->kept, ui->nkept + 1, sizeof *ui->kept);
	k = &ui->kept[ui->nkept++];
	k->label = xstrdup(label);
	k->text = xstrdup(text);
	k->why = cause;
	where = stderr_where();
	ui_message(ui, 1, "%s niet bewaard, ook niet in herstel/: bij het afsluiten zet Vitaal "
	    "de tekst %s (%s)", what, where, cause);
	ui->message_kept = 1;
	free(where);
}

/* After endwin: every kept text on standard error, each under one line
 * that says what it is and why it is here. */
static void
print_kept(struct ui *ui)
{
	struct ui_kept *k;
	size_t i;

	/* A closed pipe must not end the program before the last text. */
	signal(SIGPIPE, SIG_IGN);
	for (i = 0; i < ui->nkept; i++) {
		k = &ui->kept[i];
		fprintf(stderr, "vitaal: %s niet bewaard: het werkboek en herstel/ weigerden (%s); "
		    "de tekst staat hieronder tussen de lijnen, bewaar hem voor u verder gaat\n",
		    k->label, k->why);
		fprintf(stderr, "----- begin %s -----\n%s\n----- einde %s -----\n", k->label,
		    k->text, k->label);
		free(k->label);
		free(k->text);
		free(k->why);
	}
	fflush(stderr);
	free(ui->kept);
	ui->kept = NULL;
}

void
ui_hit(struct ui *ui, int y, int x, int w, int h, int id)
{
	if (ui->nhits == UI_MAX_HITS)
		return;
	ui->hits[ui->nhits++] = (struct ui_hit){ y, x, w, h, id };
}

void
ui_cursor(struct ui *ui, int y, int x)
{
	ui->cursor_y = y;
	ui->cursor_x = x;
}

void
ui_selected(struct ui *ui, int y, int x)
{
	ui->sel_y = y;
	ui->sel_x = x;
}

struct ui_view *
ui_top(struct ui *ui)
{
	return ui->depth > 0 ? &ui->views[ui->depth - 1] : NULL;
}

void
ui_push(struct ui *ui, const struct ui_screen *screen, void *arg)
{
	struct ui_view *v;

	if (ui->depth == UI_MAX_VIEWS) {
		ui_message(ui, 1, "Te veel schermen open; ga eerst terug met Esc.");
		return;
	}
	v = &ui->views[ui->depth++];
	v->screen = screen;
	v->state = NULL;
	screen->enter(ui, v, arg);
}

void
ui_pop(struct ui *ui)
{
	struct ui_view *v;

	if (ui->depth == 0)
		return;
	v = &ui->views[ui->depth - 1];
	v->screen->leave(ui, v);
	ui->depth--;
	if ((v = ui_top(ui)) != NULL && v->screen->resume != NULL)
		v->screen->resume(ui, v);
}

void
ui_prompt(struct ui *ui, struct ui_view *view, const char *title, const char *initial,
    void (*done)(struct ui *, struct ui_view *, const char *),
    void (*changed)(struct ui *, struct ui_view *, const char *))
{
	struct ui_prompt *p = &ui->prompt;

	if (p->active) {
		textbuf_free(&p->tb);
		free(p->title);
	}
	p->active = 1;
	p->title = xstrdup(title);
	textbuf_init(&p->tb, initial != NULL ? initial : "", 4096);
	p->view = view;
	p->done = done;
	p->changed = changed;
}

void
ui_confirm(struct ui *ui, struct ui_view *view, const char *question,
    void (*done)(struct ui *, struct ui_view *, const char *))
{
	ui_prompt(ui, view, question, "", done, NULL);
	ui->prompt.confirm = 1;
}

/* End the prompt, then call its done with text (NULL = cancelled). */
static void
prompt_finish(struct ui *ui, int accept)
{
	struct ui_prompt *p = &ui->prompt;
	void (*done)(struct ui *, struct ui_view *, const char *) = p->done;
	struct ui_view *view = p->view;
	char *text = utf8_nfc(p->tb.text);	/* names and titles are stored in NFC */

	textbuf_free(&p->tb);
	free(p->title);
	memset(p, 0, sizeof *p);
	done(ui, view, accept ? text : NULL);
	free(text);
}

static void
prompt_key(struct ui *ui, int key)
{
	struct ui_prompt *p = &ui->prompt;

	if (p->confirm) {
		/* One key answers; a stray one asks again. */
		if (key == 'j' || key == 'J' || key == '\r' || key == '\n' ||
		    key == UI_FKEY(KEY_ENTER)) {
			textbuf_free(&p->tb);
			textbuf_init(&p->tb, "j", 4);
			prompt_finish(ui, 1);
		} else if (key == 'n' || key == 'N' || key == UI_ESC)
			prompt_finish(ui, 0);
		return;
	}
	if (key == UI_ESC) {
		prompt_finish(ui, 0);
		return;
	}
	if (key == '\r' || key == '\n' || key == UI_FKEY(KEY_ENTER)) {
		prompt_finish(ui, 1);
		return;
	}
	if (ui_textbuf_key(&p->tb, key, 1000, 0) && p->changed != NULL &&
	    p->tb.dirty)
		p->changed(ui, p->view, p->tb.text);
}

static void
fill_line(int y, attr_t attr)
{
	attrset(attr);
	mvhline(y, 0, ' ', COLS);
}

static void
draw_title(struct ui *ui, struct ui_view *v)
{
	char *where = v->screen->title != NULL ? v->screen->title(ui, v) : NULL;
	char *title = xasprintf(" Vitaal · %s", where != NULL ? where : store_path(ui->st));

	free(where);
	fill_line(0, ui_attr(ROLE_TITLE));
	ui_put_fit(0, 0, COLS, title);
	free(title);
	attrset(ui_attr(ROLE_NORMAL));
}

/* The key bar: every action with a label, in table order, as far as fits;
 * each becomes a click target. */
static void
draw_keybar(struct ui *ui, const struct ui_action *actions)
{
	const struct ui_action *a;
	int x = 0, y = LINES - 1, need, i;

	fill_line(y, ui_attr(ROLE_BAR));
	for (a = actions, i = 0; a->keyname != NULL; a++, i++) {
		if (a->label == NULL || !ui_allowed(a))
			continue;
		need = (int)(utf8_width(a->keyname) + utf8_width(a->label)) + 1;
		if (x + need > COLS)
			break;
		ui_hit(ui, y, x, need, 1, -i - 1);
		attrset(ui_attr(ROLE_KEY));
		x += ui_put(y, x, COLS - x, a->keyname);
		attrset(ui_attr(ROLE_BAR));
		x += 1 + ui_put(y, x + 1, COLS - x - 1, a->label) + 2;
	}
	attrset(ui_attr(ROLE_NORMAL));
}

static void
draw_message(struct ui *ui)
{
	if (ui->prompt.active) {
		struct ui_prompt *p = &ui->prompt;
		int x, w;

		attrset(ui_attr(ROLE_FIELD));
		mvhline(LINES - 2, 0, ' ', COLS);
		if (p->confirm) {
			/* The question, then how to answer it; the cursor on it. */
			x = 1 + ui_put_fit(LINES - 2, 1, COLS - 26, p->title);
			attrset(ui_attr(ROLE_KEY));
			ui_put(LINES - 2, x + 1, COLS - x - 1, "j/Enter ja · n/Esc nee");
			attrset(ui_attr(ROLE_NORMAL));
			ui_cursor(ui, LINES - 2, x);
			return;
		}
		x = ui_put(LINES - 2, 1, COLS / 2, p->title) + 2;
		w = COLS - x - 1;
		if (w > 0) {
			size_t scroll = 0;

			ui_draw_textbuf(ui, &p->tb, LINES - 2, x, 1, w, 1, &scroll);
		}
		attrset(ui_attr(ROLE_NORMAL));
		return;
	}
	if (ui->message == NULL && ui->damage != NULL) {
		/* Until the end, whenever nothing else is said. On the start
		 * screen whole (what to do must not be cut off): up to three
		 * lines above the key bar; deeper in, one line, so that a
		 * form keeps its own. A sentence here ("het werkboek …"
		 * follows "vitaal: " on stderr). */
		char *line = xasprintf("H%s", ui->damage + 1);
		int rows = ui_wrapped_rows(line, COLS - 2), y;

		rows = rows < 1 || ui->depth > 1 ? 1 : rows > 3 ? 3 : rows;
		attrset(ui_attr(ROLE_ERROR));
		for (y = LINES - 1 - rows; y < LINES - 1; y++)
			mvhline(y, 0, ' ', COLS);
		if (rows == 1)
			ui_put_fit(LINES - 2, 1, COLS - 2, line);
		else
			ui_put_wrapped(LINES - 1 - rows, 1, COLS - 2, rows, line);
		attrset(ui_attr(ROLE_NORMAL));
		free(line);
		return;
	}
	if (ui->message == NULL)
		return;
	attrset(ui_attr(ui->message_error ? ROLE_ERROR : ROLE_NORMAL));
	mvhline(LINES - 2, 0, ' ', COLS);
	ui_put_fit(LINES - 2, 1, COLS - 2, ui->message);
	attrset(ui_attr(ROLE_NORMAL));
}

/* Has the damage check answered? Damage becomes the standing message; a
 * check that could not run is said once. 1 when something changed on
 * screen. */
static int
check_damage(struct ui *ui)
{
	enum store_check_state state;
	char *cause = NULL;

	if (ui->check_done)
		return 0;
	state = store_check_poll(ui->st, &cause, NULL);
	if (state == STORE_CHECK_RUNNING || state == STORE_CHECK_NONE)
		return 0;
	ui->check_done = 1;
	if (state == STORE_CHECK_OK)
		return 0;
	if (state == STORE_CHECK_DAMAGED)	/* "het werkboek is beschadigd …" */
		ui->damage = cause;
	else {
		ui_message(ui, 1, "H%s", cause + 1);	/* "het werkboek kon niet …" */
		free(cause);
	}
	return 1;
}

/* The help screen: the screen's introduction, then one line per action. */
static void
draw_help(struct ui *ui, struct ui_view *v, const struct ui_action *actions)
{
	const struct ui_action *a;
	int y = 2, n = 0, intro;

	/* Every key gets its line: the introduction gives way first (to no
	 * less than three lines), then the last keys on a very small screen. */
	for (a = actions; a->keyname != NULL; a++)
		n++;
	intro = LINES - 3 - (y + 2) - 1 - n;
	if (intro > LINES / 2)
		intro = LINES / 2;
	if (intro < 3)
		intro = 3;
	attrset(ui_attr(ROLE_HEADING));
	ui_put(y++, 2, COLS - 4, "Hulp");
	attrset(ui_attr(ROLE_NORMAL));
	y++;
	if (v->screen->help_text != NULL) {
		char *text = v->screen->help_text(ui, v);

		y += ui_put_wrapped(y, 2, COLS - 4, intro, text);
		free(text);
	} else
		y += ui_put_wrapped(y, 2, COLS - 4, intro, v->screen->help_intro);
	y++;
	for (a = actions; a->keyname != NULL && y < LINES - 3; a++, y++) {
		attrset(ui_attr(ROLE_KEY) | A_BOLD);
		ui_put(y, 4, 12, a->keyname);
		attrset(ui_attr(ROLE_NORMAL));
		if (ui_allowed(a))
			ui_put_fit(y, 18, COLS - 20, a->help);
		else {
			/* The mark stays when a long line is cut: it is the point. */
			static const char mark[] = " (facilitator)";
			int w = (int)utf8_width(mark), x;

			attrset(ui_attr(ROLE_DIM));
			x = 18 + ui_put_fit(y, 18, COLS - 20 - w, a->help);
			ui_put(y, x, w, mark);
			attrset(ui_attr(ROLE_NORMAL));
		}
	}
	if (y < LINES - 2)
		ui_put(y + 1, 2, COLS - 4, "Druk op een toets om terug te gaan.");
}

/*
 * The right of the title line: over SSH who the werkboek takes this
 * person for, and in which role (a key can be in the wrong hands); then
 * the open session and the beamer. Who stays whole: a long session title
 * gives way.
 */
static void
draw_tags(struct ui *ui)
{
	struct strbuf b = { 0 };
	char *who = NULL;
	int room = COLS / 2, x = COLS, w;

	if (identity_current()->via_ssh)
		who = xasprintf(" %s · %s ", ui_me(ui), identity_facilitator() ? "facilitator" :
		    "deelnemer");
	if (ui->session_id > 0)
		strbuf_printf(&b, " ● %s", ui->session_title);
	if (ui->following)
		strbuf_puts(&b, " ▣ beamer");
	if (who != NULL) {
		w = (int)utf8_width(who) < room ? (int)utf8_width(who) : room;
		x -= w;
		room -= w;
		attrset(ui_attr(ROLE_TITLE));
		ui_put_fit(0, x, w, who);
		free(who);
	} else if (b.len > 0)
		strbuf_putc(&b, ' ');
	if (b.len > 0 && room > 1) {
		w = (int)utf8_width(b.s) < room ? (int)utf8_width(b.s) : room;
		attrset(ui_attr(ROLE_ACCENT));
		ui_put_fit(0, x - w, w, b.s);
	}
	attrset(ui_attr(ROLE_NORMAL));
	strbuf_free(&b);
}

static void
draw_too_small(void)
{
	char *msg = xasprintf("Het venster is te klein: Vitaal heeft minstens %d×%d nodig "
	    "(nu %d×%d). Maak het venster groter, of druk q om te stoppen.",
	    UI_MIN_COLS, UI_MIN_LINES, COLS, LINES);

	ui_put_wrapped(0, 0, COLS, LINES, msg);
	free(msg);
}

static int
too_small(void)
{
	return COLS < UI_MIN_COLS || LINES < UI_MIN_LINES;
}

static void
draw(struct ui *ui)
{
	struct ui_view *v = ui_top(ui);
	const struct ui_action *actions;

	if (v == NULL)
		return;
	erase();
	ui->nhits = 0;
	ui->cursor_y = ui->cursor_x = -1;
	ui->sel_y = ui->sel_x = -1;
	ui->typing = NULL;
	if (too_small()) {
		draw_too_small();
		curs_set(0);
		refresh();
		return;
	}
	actions = ui_actions(ui, v);
	if (ui->projector) {
		/* The wall: no title bar, no key bar, nothing but the content. */
		v->screen->draw(ui, v);
		curs_set(0);
		refresh();
		return;
	}
	draw_title(ui, v);
	if (ui->show_help)
		draw_help(ui, v, actions);
	else
		v->screen->draw(ui, v);
	draw_message(ui);
	draw_keybar(ui, actions);
	draw_tags(ui);
	fatal_keep(ui->typing);
	/* Last: the cursor where the eye is. A text field shows it; else it
	 * sits hidden on the selection, where a screen reader or magnifier
	 * following it finds what is chosen, not on the key bar. */
	if (ui->cursor_y >= 0 && !ui->show_help) {
		move(ui->cursor_y, ui->cursor_x);
		curs_set(1);
	} else {
		curs_set(0);
		if (ui->sel_y >= 0 && !ui->show_help)
			move(ui->sel_y, ui->sel_x);
		else
			move(ui->show_help ? 2 : 0, ui->show_help ? 2 : 0);
	}
	refresh();
}

int
ui_action_help(struct ui *ui, struct ui_view *view)
{
	(void)view;
	ui->show_help = 1;
	return UI_REDRAW;
}

int
ui_action_back(struct ui *ui, struct ui_view *view)
{
	(void)view;
	ui_pop(ui);
	return UI_REDRAW;
}

void
ui_sel_move(size_t *sel, size_t n, int delta)
{
	if (n == 0) {
		*sel = 0;
		return;
	}
	if (delta < 0)
		*sel = *sel >= (size_t)-delta ? *sel - (size_t)-delta : 0;
	else
		*sel = *sel + (size_t)delta < n ? *sel + (size_t)delta : n - 1;
}

int
ui_allowed(const struct ui_action *a)
{
	return (a->flags & UI_FAC) == 0 || identity_facilitator();
}

/*
 * Over SSH the login is all the key says; the name the facilitator gave
 * with 'vitaal toegang' is what the others see in rounds and lists. Only
 * looked up, never added: drawing a title must not write.
 */
const char *
ui_me(struct ui *ui)
{
	const struct identity *me = identity_current();
	struct participant_list *l;
	int64_t id;
	size_t i;

	if (ui->me != NULL)
		return ui->me;
	if ((id = participant_by_login(ui->st, me->name, NULL)) > 0 &&
	    (l = participant_list(ui->st, NULL)) != NULL) {
		for (i = 0; i < l->n && ui->me == NULL; i++)
			if (l->v[i].id == id)
				ui->me = xstrdup(l->v[i].name);
		participant_list_free(l);
	}
	if (ui->me == NULL)
		ui->me = xstrdup(me->fullname);
	return ui->me;
}

const struct ui_action *
ui_actions(struct ui *ui, struct ui_view *v)
{
	if (v->screen->actions != NULL)
		return v->screen->actions(ui, v);
	return v->screen->tables[0].actions;
}

/* Run an action, or say why a deelnemer cannot. */
static int
run_action(struct ui *ui, struct ui_view *v, const struct ui_action *a)
{
	if (!ui_allowed(a)) {
		ui_message(ui, 1, "Dat doet de facilitator; u werkt hier als deelnemer.");
		return UI_REDRAW;
	}
	return a->handler(ui, v);
}

/* The action of the table in force that key runs, or NULL. */
static const struct ui_action *
find_action(struct ui *ui, struct ui_view *v, int key)
{
	const struct ui_action *a;
	int i;

	for (a = ui_actions(ui, v); a->keyname != NULL; a++)
		for (i = 0; i < 4 && a->keys[i] != 0; i++)
			if (a->keys[i] == key && a->handler != NULL)
				return a;
	return NULL;
}

int
ui_action_key(struct ui *ui, struct ui_view *v, int key)
{
	const struct ui_action *a = find_action(ui, v, key);

	if (a == NULL)
		return 0;
	ui->key = key;
	return run_action(ui, v, a);
}

/* Dispatch a key through the top view's action table, then its key op. */
static int
dispatch(struct ui *ui, int key)
{
	struct ui_view *v = ui_top(ui);

	if (v == NULL)
		return 0;
	if (find_action(ui, v, key) != NULL)
		return ui_action_key(ui, v, key);
	if (v->screen->key != NULL)
		return v->screen->key(ui, v, key);
	return 0;
}

/* A mouse event: a click on the key bar runs its action; a click on a
 * registered region goes to the screen. */
static int
mouse(struct ui *ui)
{
	struct ui_view *v = ui_top(ui);
	const struct ui_action *actions;
	MEVENT ev;
	int i, dbl;

	if (v == NULL || getmouse(&ev) != OK)
		return 0;
	/* The wheel moves through a list as the arrow keys do. */
	if (ev.bstate & BUTTON4_PRESSED)
		return dispatch(ui, UI_FKEY(KEY_UP));
	if (ev.bstate & BUTTON5_PRESSED)
		return dispatch(ui, UI_FKEY(KEY_DOWN));
	if (!(ev.bstate & (BUTTON1_CLICKED | BUTTON1_DOUBLE_CLICKED | BUTTON1_PRESSED)))
		return 0;
	dbl = (ev.bstate & BUTTON1_DOUBLE_CLICKED) != 0;
	for (i = ui->nhits - 1; i >= 0; i--) {
		struct ui_hit *h = &ui->hits[i];

		if (ev.y < h->y || ev.y >= h->y + h->h || ev.x < h->x || ev.x >= h->x + h->w)
			continue;
		if (h->id < 0) {
			actions = ui_actions(ui, v);
			if (actions[-h->id - 1].handler == NULL)
				return 0;
			return run_action(ui, v, &actions[-h->id - 1]);
		}
		if (v->screen->click != NULL)
			return v->screen->click(ui, v, h->id, dbl);
		return 0;
	}
	return 0;
}

/* While the projector follows this terminal, put what the top screen
 * shows on the wall when it changed. */
static void
follow(struct ui *ui)
{
	struct ui_view *v = ui_top(ui);
	struct projection p;
	char *cause = NULL;

	memset(&p, 0, sizeof p);
	if (!ui->following || v == NULL || v->screen->project == NULL ||
	    !v->screen->project(ui, v, &p))
		return;
	if (projection_same(&p, &ui->shown) && p.timer_on == ui->shown.timer_on &&
	    p.timer_acc == ui->shown.timer_acc && p.silent == ui->shown.silent &&
	    p.timer_len == ui->shown.timer_len)
		return;
	if (projection_set(ui->st, &p, &cause) != 0) {
		ui_message(ui, 1, "Beamer niet bijgewerkt: %s", cause);
		free(cause);
		return;
	}
	ui->shown = p;
}

static int
toggle_follow(struct ui *ui)
{
	struct ui_view *v = ui_top(ui);
	struct projection p;

	/* A screen that cannot be projected says so; the wall keeps what
	 * it shows, and F9 does not start following. */
	memset(&p, 0, sizeof p);
	if (!ui->following && (v == NULL || v->screen->project == NULL ||
	    !v->screen->project(ui, v, &p))) {
		ui_message(ui, 1, "Dit scherm kan niet op de beamer; de muur blijft zoals hij is.");
		return UI_REDRAW;
	}
	ui->following = !ui->following;
	memset(&ui->shown, 0, sizeof ui->shown);
	if (ui->following) {
		ui->shown.kind = (enum projection_kind)-1;	/* force the first write */
		follow(ui);
		ui_message(ui, 0, "De beamer volgt nu dit scherm (F9 stopt).");
	} else
		ui_message(ui, 0, "De beamer volgt niet meer; hij houdt het laatste beeld.");
	return UI_REDRAW;
}

/* Has another connection committed to the werkboek since we last looked?
 * (PRAGMA data_version; our own commits do not count.) */
static int
other_terminal_changed(struct ui *ui)
{
	int64_t v = store_data_version(ui->st);

	if (v < 0 || v == ui->data_version)
		return 0;
	ui->data_version = v;
	return 1;
}

/* Look up a key by its terminfo name (kLFT5 = ctrl+left); -1 if unknown. */
static int
lookup_key(const char *name)
{
	int code = key_defined(name);

	return code > 0 ? UI_FKEY(code) : -1;
}

/* Bytes typed that the locale's character set could not read: dropped
 * (never stored as some other character), and said on the message line. */
static int keys_dropped;
/* The locale's character set is ASCII (LC_ALL=C): no byte above 0x7f is
 * a character in it. */
static int locale_ascii;

/*
 * The rest of a UTF-8 character whose first byte is c: its code point in
 * *cp, or -1 when the sequence is malformed (the byte that broke it goes
 * back for the next key).
 */
static int
read_utf8(int c, uint32_t *cp)
{
	unsigned char buf[4];
	int need, n;

	need = (c & 0xe0) == 0xc0 ? 2 : (c & 0xf0) == 0xe0 ? 3 : (c & 0xf8) == 0xf0 ? 4 : 0;
	buf[0] = (unsigned char)c;
	n = 1;
	timeout(UI_UTF8_WAIT_MS);	/* the rest of a character comes with it */
	while (n < need) {
		if ((c = getch()) == ERR)
			break;
		if (c >= KEY_MIN || (c & 0xc0) != 0x80) {
			ungetch(c);
			break;
		}
		buf[n++] = (unsigned char)c;
	}
	if (need > 0 && n == need && utf8_decode((const char *)buf, (size_t)n, cp) == n)
		return 0;
	return -1;
}

/*
 * The rest of a character in the locale's own character set (Latin-1,
 * KOI8-R, EUC-JP, ...) whose first byte is c, converted by mbrtowc as
 * get_wch converts it: its code point in *cp (wchar_t is Unicode, see
 * widget.c), or -1 when the bytes are no character in that set.
 */
static int
read_locale(int c, uint32_t *cp)
{
	mbstate_t ps;
	wchar_t wc;
	char byte;
	size_t r;
	int n = 0;

	memset(&ps, 0, sizeof ps);
	timeout(UI_UTF8_WAIT_MS);
	for (;;) {
		byte = (char)c;
		r = mbrtowc(&wc, &byte, 1, &ps);
		if (r != (size_t)-2)
			break;
		if (++n == MB_LEN_MAX || (c = getch()) == ERR)
			return -1;
		if (c >= KEY_MIN) {
			ungetch(c);
			return -1;
		}
	}
	if (r == (size_t)-1 || wc == 0)
		return -1;
	*cp = (uint32_t)wc;
	return 0;
}

/*
 * The next key, as get_wch gives it (OK and a character, KEY_CODE_YES and
 * a key code, or ERR after wait_ms), but with the bytes converted here:
 * ncurses drops every byte after a malformed sequence, so a paste with
 * one broken character would lose the rest.
 *
 * In a UTF-8 locale a malformed byte becomes U+FFFD and what follows is
 * read as usual. In any other locale the bytes are read in the locale's
 * character set, so a Latin-1 terminal's é (0xE9) is é, stored as UTF-8
 * like everything else. Under LC_ALL=C, where no byte above 0x7f is a
 * character, the terminal is most likely a UTF-8 one whose locale was not
 * passed on (ssh, su, cron): valid UTF-8 is taken as such. What none of
 * these can read is dropped and counted in keys_dropped: never stored as
 * another character.
 */
static int
read_key(wint_t *out, int wait_ms)
{
	uint32_t cp;
	int c;

	for (;;) {
		timeout(wait_ms);
		if ((c = getch()) == ERR)
			return ERR;
		*out = (wint_t)c;
		if (c >= KEY_MIN)
			return KEY_CODE_YES;
		if (c < 0x80)
			return OK;
		if (ui_utf8) {
			*out = read_utf8(c, &cp) == 0 ? (wint_t)cp : 0xfffd;
			return OK;
		}
		if ((locale_ascii ? read_utf8(c, &cp) : read_locale(c, &cp)) == 0) {
			*out = (wint_t)cp;
			return OK;
		}
		keys_dropped++;
		/* What follows may be fine: read it as the next key. */
	}
}

/* A printable character, as read_key gives it. */
static int
printable(int rc, wint_t wch)
{
	return rc == OK && wch >= 0x20 && wch != 0x7f && wch < 0x110000;
}

/*
 * Typing into a text field: take the first character and every printable
 * one already waiting, up to UI_TEXT_RUN bytes, and give the field the
 * run at once. A paste of a megabyte is then a few hundred inserts (and
 * one undo step), not a million. The first key that is not a printable
 * character goes back for the next round.
 */
static void
text_run(struct ui *ui, struct ui_view *v, wint_t first)
{
	struct strbuf run = { 0 };
	char enc[4];
	wint_t wch = first;
	int rc = OK, n;

	do {
		if ((n = utf8_encode((uint32_t)wch, enc)) > 0)
			strbuf_add(&run, enc, (size_t)n);
		if (run.len >= UI_TEXT_RUN)
			break;
		rc = read_key(&wch, 0);
	} while (printable(rc, wch));
	if (rc == KEY_CODE_YES || (rc == OK && !printable(rc, wch)))
		ungetch((int)wch);	/* a key code or a control character */
	if (run.len > 0)
		v->screen->text(ui, v, run.s, run.len);
	strbuf_free(&run);
}

void
ui_key(struct ui *ui, int key)
{
	if (key == UI_CTRL('l')) {
		/* Redraw everything, as the shell and tmux do; the message stays. */
		clearok(curscr, TRUE);
		return;
	}
	if (key == UI_CTRL('c')) {
		/* As SIGINT, on every screen: stop, each view saving. */
		ui->quitting = 1;
		return;
	}
	free(ui->message);
	ui->message = NULL;
	if (ui->show_help)
		ui->show_help = 0;
	else if (ui->prompt.active)
		prompt_key(ui, key);
	else if (key == UI_FKEY(KEY_F(9)) && !ui->projector && !identity_facilitator())
		ui_message(ui, 1, "De beamer bedient de facilitator; u werkt hier als deelnemer.");
	else if (key == UI_FKEY(KEY_F(9)) && !ui->projector)
		toggle_follow(ui);
	else if (((key == UI_FKEY(KEY_MOUSE) ? mouse(ui) : dispatch(ui, key)) & UI_QUIT) != 0)
		ui->quitting = 1;
}

void
ui_frame(struct ui *ui)
{
	draw(ui);
}

/* Say that typed bytes were dropped (read_key), once per batch. */
static void
say_dropped(struct ui *ui)
{
	if (keys_dropped == 0)
		return;
	ui_message(ui, 1, "Getypt teken niet overgenomen: onbekend in tekenset %s "
	    "(gebruik UTF-8).", nl_langinfo(CODESET));
	keys_dropped = 0;
}

/* Milliseconds since *t (CLOCK_MONOTONIC). */
static long
ms_since(const struct timespec *t)
{
	struct timespec now;

	clock_gettime(CLOCK_MONOTONIC, &now);
	return (now.tv_sec - t->tv_sec) * 1000 + (now.tv_nsec - t->tv_nsec) / 1000000;
}

int
ui_run(struct store *st, const struct ui_options *opts)
{
	struct sigaction sa;
	struct ui ui = { 0 };
	SCREEN *screen;
	const char *term;
	struct ui_view *v;
	struct timespec drawn = { 0, 0 }, waited;
	wint_t wch;
	size_t kept, i;
	int rc, key, ret, batch = 0, wait, dead = 0, gone = 0;
	static const int fatal_signals[] = { SIGQUIT, SIGABRT, SIGSEGV, SIGBUS, SIGFPE, SIGILL };

	ui.st = st;
	if ((ui.cat = catalogue_load(st)) == NULL) {
		fprintf(stderr, "vitaal: catalogus niet te lezen: %s\n", store_errmsg(st));
		return 1;
	}
	/* Answers saved here say who saved them (other terminals, the
	 * labels of a merge, the history). */
	store_set_author(st, ui_me(&ui));

	/* Ask terminfo before starting curses: a terminal without cursor
	 * addressing (TERM=dumb) cannot show a workbook, and newterm (unlike
	 * initscr) returns NULL instead of exiting. */
	term = getenv("TERM");
	if (!ui_term_can_draw()) {
		fprintf(stderr, "vitaal: terminal '%s' kan geen scherm tekenen; zet TERM anders\n",
		    term != NULL ? term : "");
		catalogue_free(ui.cat);
		free(ui.me);
		return 1;
	}
	fatal_have_modes = tcgetattr(STDIN_FILENO, &fatal_modes) == 0;
	if ((screen = newterm(NULL, stdout, stdin)) == NULL) {
		fprintf(stderr, "vitaal: kan het scherm niet openen (TERM=%s)\n",
		    term != NULL ? term : "");
		catalogue_free(ui.cat);
		free(ui.me);
		return 1;
	}
	curses_active = 1;
	util_set_fatal_hook(leave_curses);

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_signal;
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
	sa.sa_handler = on_cont;
	sigaction(SIGCONT, &sa, NULL);
	fatal_prepare();
	fatal_ui = &ui;
	sa.sa_handler = on_fatal;
	sa.sa_flags = SA_RESETHAND | SA_NODEFER;
	for (i = 0; i < sizeof fatal_signals / sizeof fatal_signals[0]; i++)
		sigaction(fatal_signals[i], &sa, NULL);

	raw();
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	/* Esc answers at once, unless ESCDELAY says otherwise (ncurses read
	 * it in newterm), as for slow links. */
	if (getenv("ESCDELAY") == NULL || *getenv("ESCDELAY") == '\0')
		set_escdelay(25);
	mousemask(BUTTON1_CLICKED | BUTTON1_DOUBLE_CLICKED | BUTTON4_PRESSED | BUTTON5_PRESSED,
	    NULL);
	mouseinterval(300);
	timeout(500);	/* two ticks a second: autosave, other terminals, signals */
	ui_theme_init(opts->no_color, opts->palette);
	ui_charset_init();
	locale_ascii = !ui_utf8 && MB_CUR_MAX == 1 && btowc(0xe9) == WEOF;
	ui_key_ctrl_left = lookup_key("kLFT5");
	ui_key_ctrl_right = lookup_key("kRIT5");

	ui.projector = opts->projector;
	ui_push(&ui, ui.projector ? &ui_screen_projector : &ui_screen_start, NULL);
	if (store_readonly(st))
		ui_message(&ui, 1, "Dit werkboek is alleen-lezen: lezen en exporteren kan, "
		    "bewaren niet.");
	ui.data_version = store_data_version(st);
	draw(&ui);
	/* After the first frame: it runs beside the screen, never before. */
	store_check_start(st);
	while (!stop_requested && !ui.quitting && ui.depth > 0) {
		/* While keys are waiting (a paste), take them without drawing
		 * between them: drawing after every one of a megabyte of pasted
		 * characters would take minutes. The screen is drawn when the
		 * input runs dry, and at least every UI_BATCH_MS. */
		wait = batch > 0 ? 0 : ui.check_done ? 500 : 100;
		clock_gettime(CLOCK_MONOTONIC, &waited);
		rc = read_key(&wch, wait);
		if (continued) {
			/* Back from a stop: the terminal's modes and screen may be
			 * anyone's now. */
			continued = 0;
			reset_prog_mode();
			clearok(curscr, TRUE);
			draw(&ui);
		}
		/* A read that waited for nothing: the terminal is gone (EOF, EIO).
		 * A few in a row end the loop; every view still saves. */
		if (rc == ERR && wait > 0 && ms_since(&waited) < wait / 2) {
			if (++dead >= UI_DEAD_READS) {
				gone = 1;
				break;
			}
			continue;
		}
		dead = 0;
		if (check_damage(&ui))
			draw(&ui);
		v = ui_top(&ui);
		if (rc == ERR) {
			say_dropped(&ui);
			batch = 0;
			if (v != NULL && v->screen->tick != NULL)
				v->screen->tick(&ui, v);
			follow(&ui);
			if (v != NULL && other_terminal_changed(&ui) && v->screen->resume != NULL)
				v->screen->resume(&ui, v);
			draw(&ui);
			clock_gettime(CLOCK_MONOTONIC, &drawn);
			continue;
		}
		if (batch > 0 && ms_since(&drawn) >= UI_BATCH_MS) {
			draw(&ui);
			clock_gettime(CLOCK_MONOTONIC, &drawn);
		}
		key = rc == KEY_CODE_YES ? UI_FKEY((int)wch) : (int)wch;
		if (key == UI_FKEY(KEY_RESIZE)) {
			draw(&ui);
			continue;
		}
		if (too_small()) {
			if (key == 'q' || key == 'Q' || key == UI_CTRL('c'))
				break;
			if (key == UI_CTRL('l')) {
				clearok(curscr, TRUE);
				draw(&ui);
			}
			continue;
		}
		if (!ui.show_help && !ui.prompt.active && printable(rc, wch) && v != NULL &&
		    v->screen->text != NULL && v->screen->text(&ui, v, NULL, 0) == 1) {
			free(ui.message);
			ui.message = NULL;
			text_run(&ui, v, wch);
		} else
			ui_key(&ui, key);
		say_dropped(&ui);
		/* The rest waits until the keys waiting have been taken. */
		batch++;
	}

	/* Leave every view: each saves what is unsaved. */
	while (ui.depth > 0)
		ui_pop(&ui);
	if (ui.prompt.active) {
		textbuf_free(&ui.prompt.tb);
		free(ui.prompt.title);
	}
	if (gone) {
		/* endwin would write to nobody; the modes are all there is. */
		curses_active = 0;
		if (fatal_have_modes)
			tcsetattr(STDIN_FILENO, TCSANOW, &fatal_modes);
	}
	leave_curses();
	delscreen(screen);
	util_set_fatal_hook(NULL);
	sa.sa_handler = SIG_DFL;
	sa.sa_flags = 0;
	for (i = 0; i < sizeof fatal_signals / sizeof fatal_signals[0]; i++)
		sigaction(fatal_signals[i], &sa, NULL);
	fatal_ui = NULL;
	fatal_keep(NULL);
	if (gone)
		fprintf(stderr, "vitaal: de terminal is weg (invoer gesloten); wat getypt was, is "
		    "bewaard\n");
	kept = ui.nkept;
	print_kept(&ui);
	/* A message that promised the text for now has been kept. */
	if (ui.message != NULL && ui.message_error && !ui.message_kept)
		fprintf(stderr, "vitaal: %s\n", ui.message);
	if (ui.damage != NULL)
		fprintf(stderr, "vitaal: %s\n", ui.damage);
	ret = (ui.message != NULL && ui.message_error) || kept > 0 || ui.damage != NULL || gone ?
	    1 : 0;
	free(ui.damage);
	free(ui.message);
	free(ui.session_title);
	free(ui.me);
	catalogue_free(ui.cat);
	return ret;
}
