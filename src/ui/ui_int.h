/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * ui_int.h: what the files of src/ui share: the UI state with its stack of
 * views, colour roles, screen operations, the action table that feeds key
 * dispatch, key bar, help screen and mouse clicks alike, and the widgets.
 */
#ifndef VITAAL_UI_INT_H
#define VITAAL_UI_INT_H

#include <curses.h>
#include <stdint.h>
#include <time.h>

#include "vitaal/catalogue.h"
#include "vitaal/projection.h"
#include "vitaal/store.h"
#include "vitaal/ui.h"
#include "listview.h"
#include "term_check.h"
#include "textbuf.h"

/* Semantic colour roles; each has a colour pair and a monochrome attribute. */
enum ui_role {
	ROLE_NORMAL,
	ROLE_TITLE,
	ROLE_BAR,
	ROLE_KEY,
	ROLE_SELECTED,
	ROLE_DIM,
	ROLE_ERROR,
	ROLE_HEADING,
	ROLE_DONE,	/* answered: ✓ marks, filled progress */
	ROLE_FIELD,	/* a text field being edited */
	ROLE_ACCENT,	/* the current phase, the leading perspective */
	ROLE_COUNT
};

/* What a key handler asks the loop to do next (htop's HandlerResult). */
#define UI_HANDLED	0x1
#define UI_REDRAW	0x2
#define UI_QUIT		0x4

/* Keys: characters are their code point; curses function keys (KEY_UP…)
 * are tagged so they never collide with characters such as U+0103. */
#define UI_FKEY(k)	(0x40000000 | (k))
#define UI_CTRL(c)	((c) & 0x1f)
#define UI_ESC		0x1b
/* Ctrl+arrow keys, looked up in terminfo at start (their codes vary). */
extern int ui_key_ctrl_left, ui_key_ctrl_right;

struct ui;
struct ui_view;

/* One user action: its keys, its key-bar label, its help line, its handler.
 * Keys beyond the first are aliases; a 0 key ends the list. */
struct ui_action {
	int		 keys[4];
	const char	*keyname;	/* as shown in bar and help: "q", "Enter" */
	const char	*label;		/* key bar, short; NULL = help only */
	const char	*help;		/* help screen line */
	int		(*handler)(struct ui *, struct ui_view *);
	unsigned	 flags;		/* UI_FAC: for the facilitator only */
};

/* An action only a facilitator may take (open sessions and rounds, drive
 * the wall, export, import, manage people and groups). For a deelnemer it
 * is left out of the key bar, marked in the help, and its key answers
 * with a message instead of acting. */
#define UI_FAC	0x1
int	ui_allowed(const struct ui_action *a);

/*
 * The acts that have one key everywhere (conventions.c holds the table
 * and tests/check_ui.c checks every screen's tables against it). An
 * action says which it is in its flags, UI_ACT(ACT_HELP); the others are
 * ACT_NONE.
 */
enum ui_act {
	ACT_NONE,
	ACT_HELP,	/* ? (F1 in a text field) */
	ACT_BACK,	/* Esc (q too where nothing is typed): leave this screen */
	ACT_QUIT,	/* q on the start screen: stop Vitaal */
	ACT_HISTORY,	/* g and F2 (F2 in a text field) */
	ACT_UP,		/* ↑: the previous row, stopping at the first */
	ACT_DOWN,	/* ↓: the next row, stopping at the last */
	ACT_CONFIRM,	/* j or Enter: yes */
	ACT_UNDO,	/* ^Z: take back the last change */
	ACT_COUNT
};
#define UI_ACT(act)		((unsigned)(act) << 8)
#define ui_action_act(a)	((enum ui_act)(((a)->flags >> 8) & 0xff))

/* One of a screen's action tables, as its actions op may return it;
 * typing: in force while a text field takes every printable key. */
struct ui_table {
	const struct ui_action	*actions;
	int			 typing;
};

/* What the conventions say for an act (conventions.c). */
struct ui_convention {
	enum ui_act	 act;
	const char	*what;		/* "geschiedenis", for messages and the manual */
	const char	*keyname;	/* as bar and help show it; NULL: free */
	const char	*typing_keyname; /* the same in a text field */
	int		 keys[4];	/* every action of the act binds all of them
					   (printable ones not in a text field) */
	int		 aliases[6];	/* and may bind these besides */
	int		 owned;		/* its keys do this act and nothing else */
};
extern const struct ui_convention ui_conventions[];
/* Keys the frame handles on every screen (^C stop, ^L redraw, F9 beamer):
 * no table binds them. Ends with 0. */
extern const int ui_frame_keys[];
/* Every screen, for the conventions test. Ends with NULL. */
extern const struct ui_screen *const ui_screens[];
/* Check one action table of scr against the conventions: one line per
 * breach appended to out (a strbuf); returns the number of breaches. */
struct strbuf;
int	ui_conventions_check(const struct ui_screen *scr, const struct ui_table *t,
	    struct strbuf *out);
/* A key as the conventions messages name it ("Esc", "^C", "F2", "g"). */
const char *ui_key_label(int key, char *buf, size_t size);
/* The name of the person at this terminal as the werkboek knows them: the
 * participant bound to their login, else the identity's full name. */
const char *ui_me(struct ui *ui);

/* A screen: its operations. Only draw touches curses. */
struct ui_screen {
	const char	*name;
	const char	*help_intro;	/* first lines of the help screen */
	/* Set up view->state from arg (given to ui_push). */
	void		(*enter)(struct ui *, struct ui_view *, void *arg);
	/* Save what is unsaved and free view->state. */
	void		(*leave)(struct ui *, struct ui_view *);
	void		(*draw)(struct ui *, struct ui_view *);
	/* The action table in force now (ends with keyname == NULL); NULL
	 * op = always the first of tables. */
	const struct ui_action *(*actions)(struct ui *, struct ui_view *);
	/* Keys the table does not know (typing into a field); may be NULL. */
	int		(*key)(struct ui *, struct ui_view *, int key);
	/* A run of printable characters typed or pasted into a text field,
	 * as UTF-8, taken in one go; with s NULL: is a text field taking
	 * characters now (1) or not (0)? May be NULL. */
	int		(*text)(struct ui *, struct ui_view *, const char *s, size_t n);
	/* After every key and once a second: autosave; may be NULL. */
	void		(*tick)(struct ui *, struct ui_view *);
	/* A click on hit region id (double: 1 for a double click); may be NULL. */
	int		(*click)(struct ui *, struct ui_view *, int id, int dbl);
	/* The view above this one was closed: reload; may be NULL. */
	void		(*resume)(struct ui *, struct ui_view *);
	/* What this screen puts on the projector (F9): fill out and return
	 * 1, or 0 when it has nothing to show; NULL op = nothing. */
	int		(*project)(struct ui *, struct ui_view *, struct projection *);
	/* The title line (allocated): where the user is; NULL op = the
	 * werkboek's path. */
	char		*(*title)(struct ui *, struct ui_view *);
	/* Help text for this moment (allocated), instead of help_intro; may
	 * be NULL. */
	char		*(*help_text)(struct ui *, struct ui_view *);
	/* Every table actions may return, ending with { NULL, 0 }: for the
	 * conventions test. */
	const struct ui_table	*tables;
	/* A list screen's list, for the list widget's actions and clicks
	 * (ui_list_down, ui_list_click); NULL op = no list. */
	struct listview	*(*list)(struct ui_view *);
};

struct ui_view {
	const struct ui_screen	*screen;
	void			*state;
};

/* A click target registered while drawing. id < 0: key-bar action -id-1. */
struct ui_hit {
	int	y, x, w, h;
	int	id;
};

/* The one-line prompt at the bottom (names, confirmations, search). */
struct ui_prompt {
	int		 active;
	char		*title;
	struct textbuf	 tb;
	struct ui_view	*view;		/* the view that asked */
	/* Called with the typed text on Enter (text) or Esc (NULL). */
	void		(*done)(struct ui *, struct ui_view *, const char *text);
	/* Called after every edit; may be NULL. */
	void		(*changed)(struct ui *, struct ui_view *, const char *text);
	int		 confirm;	/* a yes/no question (ui_confirm) */
};

#define UI_MAX_VIEWS	16
#define UI_MAX_HITS	256

/* A text that neither the werkboek nor herstel/ would take: kept here
 * and written to standard error once curses has ended. */
struct ui_kept {
	char	*label;		/* what it is: "Storing-stap1.2", "notitie" */
	char	*text;
	char	*why;		/* why herstel/ refused it */
};

struct ui {
	struct store		*st;
	struct catalogue	*cat;
	struct ui_view		 views[UI_MAX_VIEWS];
	int			 depth;
	int			 quitting;
	int			 show_help;
	char			*message;	/* one-line status message, owned */
	int			 message_error;
	struct ui_prompt	 prompt;
	int			 key;		/* the key being dispatched, for a handler
						   that serves several (ui_list_jump) */
	struct ui_hit		 hits[UI_MAX_HITS];
	int			 nhits;
	int			 cursor_y, cursor_x;	/* -1: hide the cursor */
	int			 sel_y, sel_x;	/* the selection, for the hidden cursor; -1: none */
	const struct textbuf	*typing;	/* the text field drawn with the cursor */
	int64_t			 data_version;	/* of the werkboek, to see other terminals' changes */
	int			 projector;	/* this terminal is the projector: no bars */
	int			 following;	/* the projector follows this terminal (F9) */
	struct projection	 shown;		/* what this terminal last put on the wall */
	int64_t			 session_id;	/* the open session: saves are attributed to it */
	char			*session_title;	/* its title, for the title line */
	char			*me;		/* ui_me, looked up once */
	struct ui_kept		*kept;		/* the last resort: for stderr at exit */
	size_t			 nkept;
	int			 message_kept;	/* the message says a text is kept */
	int			 check_done;	/* the damage check has answered */
	char			*damage;	/* what it found, shown until the end */
};

/* Minimum terminal size the workbook draws at. */
#define UI_MIN_COLS	80
#define UI_MIN_LINES	24

extern const struct ui_screen ui_screen_start;
extern const struct ui_screen ui_screen_home;
extern const struct ui_screen ui_screen_form;
extern const struct ui_screen ui_screen_history;
extern const struct ui_screen ui_screen_notes;
extern const struct ui_screen ui_screen_collab;
extern const struct ui_screen ui_screen_players;
extern const struct ui_screen ui_screen_player;
extern const struct ui_screen ui_screen_map;
extern const struct ui_screen ui_screen_typology;
extern const struct ui_screen ui_screen_dilemmas;
extern const struct ui_screen ui_screen_dilemma;
extern const struct ui_screen ui_screen_dilemma_pick;
extern const struct ui_screen ui_screen_intervisie;
extern const struct ui_screen ui_screen_igroup;
extern const struct ui_screen ui_screen_compare;
extern const struct ui_screen ui_screen_iday;
extern const struct ui_screen ui_screen_projector;
extern const struct ui_screen ui_screen_sessions;
extern const struct ui_screen ui_screen_export;
extern const struct ui_screen ui_screen_person_pick;
extern const struct ui_screen ui_screen_choose;
extern const struct ui_screen ui_screen_share;

/* The view stack. ui_push enters screen with arg; ui_pop leaves the top
 * view and resumes the one below. */
void	ui_push(struct ui *ui, const struct ui_screen *screen, void *arg);
void	ui_pop(struct ui *ui);
struct ui_view *ui_top(struct ui *ui);

/* One key, as the main loop handles it: the prompt, help, F9, or the top
 * screen's actions and keys. */
void	ui_key(struct ui *ui, int key);
/* Draw the whole screen (title, the top view, message, key bar). */
void	ui_frame(struct ui *ui);

/* The last line of defence for a text the werkboek refused (disk full,
 * read-only, locked, too long): write it to a new file in herstel/
 * beside the werkboek, or when that is refused too keep it and print it
 * on standard error after curses has ended. what names it for the user
 * ("Antwoord", "Notitie"), label for the file. The message line says
 * where the text went. Never fails; the caller may drop its copy. */
void	ui_rescue(struct ui *ui, const char *what, const char *label, const char *text);

/* Ask a yes/no question at the bottom of the screen, the one way every
 * screen confirms: j or Enter is yes (done gets "j"), n or Esc is no
 * (done gets NULL); other keys are ignored. */
void	ui_confirm(struct ui *ui, struct ui_view *view, const char *question,
	    void (*done)(struct ui *, struct ui_view *, const char *));

/* Ask for one line of text at the bottom of the screen. */
void	ui_prompt(struct ui *ui, struct ui_view *view, const char *title, const char *initial,
	    void (*done)(struct ui *, struct ui_view *, const char *),
	    void (*changed)(struct ui *, struct ui_view *, const char *));

/* Set the status-line message (formatted, copied). */
/* After a save over another terminal's change (fieldrule.h): say on the
 * message line what happened to theirs, when anything did; clears rep. */
struct field_report;
void	ui_field_report(struct ui *ui, struct field_report *rep, int kind);
void	ui_message(struct ui *ui, int error, const char *fmt, ...)
	    __attribute__((format(printf, 3, 4)));

/* Register a click target for this frame. */
void	ui_hit(struct ui *ui, int y, int x, int w, int h, int id);
/* Show the text cursor at (y, x) after this frame is drawn. */
void	ui_cursor(struct ui *ui, int y, int x);
/* The selected row (or player, or cell) is at (y, x): the frame leaves
 * the terminal's cursor there, hidden, for screen readers and magnifiers
 * to follow. The last call in a frame wins; a text cursor goes first. */
void	ui_selected(struct ui *ui, int y, int x);

/* Actions shared by every screen: show help; close this view. */
int	ui_action_help(struct ui *ui, struct ui_view *view);
int	ui_action_back(struct ui *ui, struct ui_view *view);

/* Move a list selection by delta within n rows (clamped). */
void	ui_sel_move(size_t *sel, size_t n, int delta);
/* The action table in force on v (its actions op, or its only table). */
const struct ui_action *ui_actions(struct ui *ui, struct ui_view *v);
/* Run the action the table in force binds key to, as if it were typed;
 * 0 when none does. */
int	ui_action_key(struct ui *ui, struct ui_view *v, int key);

/*
 * The list widget (widget.c), for a screen whose list op returns its
 * struct listview (listview.h). ui_list_draw draws the rows that fit in
 * rows lines from y, scrolled so the selection shows: the selected row as
 * a full-width bar marked ▸, each row a click target with its row number,
 * and what a row says drawn by the screen's row callback (from column 2,
 * in the row's colours; click targets it registers, a table's cells,
 * take a click before the row does). It returns the lines drawn.
 *
 * The screen's action table moves through the list with the handlers
 * below, most simply with UI_LIST_MOVES; ui_list_click is a click op that
 * selects the row clicked, and on a double click does what Enter does.
 */
typedef void ui_list_row_fn(struct ui *ui, struct ui_view *v, int y, size_t row);
int	ui_list_draw(struct ui *ui, struct ui_view *v, int y, int rows, ui_list_row_fn *row);
/* The same for one of a screen's lists when it has more than one (its list
 * op returns the one the keys move); the row callback registers a click
 * target of its own to tell them apart. */
int	ui_list_draw_of(struct ui *ui, struct ui_view *v, struct listview *lv, int y, int rows,
	    ui_list_row_fn *row);
int	ui_list_down(struct ui *ui, struct ui_view *v);
int	ui_list_up(struct ui *ui, struct ui_view *v);
/* PgDn and PgUp a page, Home and End to the first and the last row. */
int	ui_list_jump(struct ui *ui, struct ui_view *v);
int	ui_list_click(struct ui *ui, struct ui_view *v, int id, int dbl);

/* The action table's rows for ↓ and ↑ (with j and k) with their help
 * lines, and one row for PgDn, PgUp, Home and End. */
#define UI_LIST_MOVES(down, up) \
	{ { UI_FKEY(KEY_DOWN), 'j' }, "↓", NULL, (down), ui_list_down, UI_ACT(ACT_DOWN) }, \
	{ { UI_FKEY(KEY_UP), 'k' }, "↑", NULL, (up), ui_list_up, UI_ACT(ACT_UP) }, \
	UI_LIST_JUMPS
#define UI_LIST_JUMPS \
	{ { UI_FKEY(KEY_NPAGE), UI_FKEY(KEY_PPAGE), UI_FKEY(KEY_HOME), UI_FKEY(KEY_END) }, \
	    "PgDn PgUp", NULL, "Bladzijde verder of terug; Home en End: eerste of laatste", \
	    ui_list_jump, 0 }
/* Where every printable key is typed into a filter that takes Home and
 * End: ↓ and ↑ alone, and PgDn and PgUp. */
#define UI_LIST_MOVES_TYPING(down, up) \
	{ { UI_FKEY(KEY_DOWN) }, "↓", NULL, (down), ui_list_down, UI_ACT(ACT_DOWN) }, \
	{ { UI_FKEY(KEY_UP) }, "↑", NULL, (up), ui_list_up, UI_ACT(ACT_UP) }, \
	{ { UI_FKEY(KEY_NPAGE), UI_FKEY(KEY_PPAGE) }, "PgDn PgUp", NULL, \
	    "Bladzijde verder of terug", ui_list_jump, 0 }


void	ui_theme_init(int mono, enum ui_palette palette);
attr_t	ui_attr(enum ui_role role);
/* The contrast ratio (WCAG 2, 1 to 21) of role's foreground on its
 * background in palette, with the standard xterm RGB values of the 16
 * colours (bold: the bright foreground, as most terminals draw it); a
 * role that uses the terminal's own colour takes the palette's page, and
 * in the standard palette white on black and black on white both. The
 * lower of the two is returned. */
double	ui_role_contrast(enum ui_role role, enum ui_palette palette);

/* The terminal's character set (widget.c): ui_charset_init reads it from
 * the locale (after setlocale). ui_utf8 is 1 in a UTF-8 locale; 0 in any
 * other, where text is transliterated and lines are ASCII. */
extern int ui_utf8;
void	ui_charset_init(void);
/* s as it will be drawn: itself in UTF-8, else transliterated to what the
 * locale can show (allocated, caller frees). */
char	*ui_shown(const char *s);
/* Lines: ACS line drawing, or - and | where the locale is not UTF-8. */
void	ui_hline(int y, int x, int n);
void	ui_vline(int y, int x, int n);

/* Text output (widget.c). ui_put draws UTF-8 text at (y, x) cut to width
 * columns and returns the columns used; ui_put_fit ends a cut text in "…";
 * ui_put_wrapped word-wraps into at most maxlines lines and returns the
 * lines used. */
int	ui_put(int y, int x, int width, const char *s);
int	ui_put_fit(int y, int x, int width, const char *s);
/* The selection mark ▸ at (y, x), which reads without colour too; the
 * hidden cursor goes there (ui_selected). */
void	ui_mark_selected(struct ui *ui, int y, int x);
/* One row of a list at y: the selection as a full-width bar marked ▸
 * (it reads without colour too), text from column 2, a click target hit. */
void	ui_list_row(struct ui *ui, int y, const char *text, int selected, int hit);
int	ui_put_wrapped(int y, int x, int width, int maxlines, const char *s);
/* Draw a frame with a title in its top border. */
void	ui_box(int y, int x, int h, int w, const char *title);
/* Draw a text buffer in the rectangle, scrolled so the cursor shows;
 * *scroll is the first visible line, kept by the caller. When focused the
 * cursor is placed. */
void	ui_draw_textbuf(struct ui *ui, const struct textbuf *tb, int y, int x, int h, int w,
	    int focused, size_t *scroll);
/* The same with the bytes in the ranges marks[2k, 2k+1) (nmarks of them,
 * in any order) drawn with attr: the marks of a merge conflict. */
void	ui_draw_textbuf_marked(struct ui *ui, const struct textbuf *tb, int y, int x, int h,
	    int w, int focused, size_t *scroll, const size_t *marks, size_t nmarks, attr_t attr);
/* Edit tb with one key as a text field does (multiline: Enter is a
 * newline). Returns 1 when the key was an edit or movement, else 0. */
int	ui_textbuf_key(struct textbuf *tb, int key, size_t width, int multiline);

struct dilemma;
struct dilemma_compare;
/* Draw a dilemma box in the rectangle (dilemma_draw.c): small (full = 0)
 * or with every name (full = 1), the places of one round (round_id; 0 the
 * last one). cursor marks a scale point or option (0 none), cell and arg
 * the selected cell and argument of a pro/contra box (-1 / 0 none; cell
 * -2 is the wall: texts wrapped instead of cut, no key hints);
 * selected draws the frame as chosen. held_back keeps a silent round's
 * places hidden until revealed (the wall, a deelnemer's screen). */
void	ui_draw_dilemma(struct ui *ui, const struct dilemma *d, int64_t round_id, int y, int x,
	    int h, int w, int full, int cursor, int cell, int64_t arg, int selected,
	    int held_back);
/* The wall's dilemma: the round's places as big bars of blocks with the
 * names under them, no keys, nothing cut. */
void	ui_draw_dilemma_wall(struct ui *ui, const struct dilemma *d, int64_t round_id, int y,
	    int x, int h, int w);
/* Two rounds of d compared in the rectangle: bars per place for both, the
 * shift of the median and the spread, who moved (dilemma_compare). big
 * doubles the bars' rows where there is room (the wall). */
void	ui_draw_compare(struct ui *ui, const struct dilemma *d, int64_t round_a,
	    int64_t round_b, int y, int x, int h, int w, int big);

/* The wall's player map (screen_map.c): view 0..3 of coalition cid, the
 * ring map with its relations listed. */
void	ui_draw_map_wall(struct ui *ui, int64_t cid, int view, int y, int x, int h, int w);
int	ui_map_views(void);
/* The wall's typology (screen_typology.c): the 2×2 with the coalition's
 * type marked and its regie strategy, wrapped. */
void	ui_draw_typology_wall(struct ui *ui, int64_t cid, int y, int x, int h, int w);

/* Rows of `s` when wrapped to width (at least 1). */
int	ui_wrapped_rows(const char *s, int width);

#endif
