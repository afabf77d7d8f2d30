/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * bench_ui.c: how long the workbook's screens take on a large werkboek,
 * measured inside the program with the real screens, drawn by ncurses to
 * a terminal of 100×30 whose output goes to /dev/null. Each figure and its
 * floor are measured alternately, figure then floor in every run, so a
 * machine that slows down slows both; each is printed as the minimum and
 * the median of the runs:
 *
 *   start screen   open the werkboek, load the catalogue, list the
 *                  coalitions and draw; floor: the SQLite library reading
 *                  the same rows (every coalition with its counts)
 *   start + check  the same, then the damage check started beside it, as
 *                  ui_run does (the thread is made, the check runs on);
 *                  same floor, measured again in these runs
 *   check          PRAGMA quick_check on its thread, start to answer;
 *                  floor: reading every byte of the file
 *   coalition home Enter on the first coalition, drawn; floor: reading
 *                  that coalition's answers
 *   player map     the power × interest map of a coalition of 200
 *                  players, drawn; floor: reading its 200 players
 *   keystroke      one character typed into a text field, and the frame
 *                  redrawn; floor: one changed cell, the least a keystroke
 *                  can cost: ncurses writing one other character into the
 *                  cell before the field's cursor and refreshing, to the
 *                  same terminal, timed the same way (the change, then
 *                  refresh until its bytes are written)
 *
 *   bench_ui WERKBOEK [RUNS]
 *
 * Prints one line per figure: name, minimum and median ms, the floor's
 * minimum and median ms, the ratio of the medians; and the peak resident
 * memory of the process at the end.
 */
#include "config.h"

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include <curses.h>
#include <sqlite3.h>

#include "vitaal/catalogue.h"
#include "vitaal/store.h"
#include "vitaal/util.h"
#include "screens.h"
#include "ui_int.h"

#define MAX_RUNS	101

/* What the start screen reads: every coalition with its counts. */
#define START_ROWS	"SELECT c.id, c.name, c.phase, c.updated, s.answered, " \
	"s.last_answer FROM coalition c LEFT JOIN coalition_stats s " \
	"ON s.coalition_id = c.id ORDER BY c.name"

static double
now_ms(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec * 1000.0 + (double)t.tv_nsec / 1e6;
}

static int
cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

/* Sorts v; its median (the lower middle for an even n). */
static double
median(double *v, int n)
{
	qsort(v, (size_t)n, sizeof(*v), cmp_double);
	return v[(n - 1) / 2];
}

/* One figure: t and f, n runs each, measured alternately. */
static void
report(const char *name, double *t, double *f, int n)
{
	double mt = median(t, n), mf = median(f, n);

	printf("%-16s min %9.3f  med %9.3f ms   vloer min %9.3f  med %9.3f ms   × %6.1f\n",
	    name, t[0], mt, f[0], mf, mf > 0 ? mt / mf : 0.0);
}

/* The floor of a screen: the SQLite library stepping through sql. */
static double
read_rows(const char *path, const char *sql)
{
	sqlite3 *db;
	sqlite3_stmt *stmt;
	double t0;
	long rows = 0;

	if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(db, sql, -1, &stmt, NULL) != SQLITE_OK)
		util_fatal("bench_ui: %s", sqlite3_errmsg(db));
	t0 = now_ms();
	while (sqlite3_step(stmt) == SQLITE_ROW)
		rows++;
	t0 = now_ms() - t0;
	sqlite3_finalize(stmt);
	sqlite3_close(db);
	return rows >= 0 ? t0 : 0;
}

/* The floor of the check: every byte of the file read, as cat would. */
static double
read_file(const char *path)
{
	static char buf[1 << 20];
	double t0 = now_ms();
	int fd;

	if ((fd = open(path, O_RDONLY)) == -1)
		util_fatal("bench_ui: %s", path);
	while (read(fd, buf, sizeof buf) > 0)
		;
	close(fd);
	return now_ms() - t0;
}

/* A fresh ui on the werkboek at path, its start screen pushed. */
static struct ui *
open_ui(const char *path)
{
	struct ui *ui = xcalloc(1, sizeof(*ui));
	enum store_status status;
	char *cause = NULL;

	if ((ui->st = store_open(path, 0, &status, &cause)) == NULL)
		util_fatal("bench_ui: %s", cause);
	if ((ui->cat = catalogue_load(ui->st)) == NULL)
		util_fatal("bench_ui: catalogus");
	ui_push(ui, &ui_screen_start, NULL);
	return ui;
}

static void
close_ui(struct ui *ui)
{
	while (ui->depth > 0)
		ui_pop(ui);
	catalogue_free(ui->cat);
	store_close(ui->st);
	free(ui->message);
	free(ui);
}

int
main(int argc, char **argv)
{
	double t[MAX_RUNS], f[MAX_RUNS], t0;
	int runs = argc > 2 ? atoi(argv[2]) : 21, r;
	int64_t cid = 1;
	struct rusage ru;
	struct ui *ui;
	SCREEN *scr;
	FILE *out;

	if (argc < 2) {
		fprintf(stderr, "gebruik: bench_ui WERKBOEK [RUNS]\n");
		return 2;
	}
	if (runs < 1 || runs > MAX_RUNS)
		runs = 21;
	setenv("TERM", "xterm-256color", 1);
	setenv("LINES", "30", 1);
	setenv("COLUMNS", "100", 1);
	if ((out = fopen("/dev/null", "w")) == NULL ||
	    (scr = newterm(NULL, out, stdin)) == NULL) {
		fprintf(stderr, "bench_ui: geen terminal\n");
		return 1;
	}
	set_term(scr);
	ui_theme_init(0, PALETTE_STANDARD);

	for (r = 0; r < runs; r++) {
		t0 = now_ms();
		ui = open_ui(argv[1]);
		ui_frame(ui);
		t[r] = now_ms() - t0;
		close_ui(ui);
		f[r] = read_rows(argv[1], START_ROWS);
	}
	report("startscherm", t, f, runs);

	{
		double c[MAX_RUNS], fl[MAX_RUNS], ms;

		for (r = 0; r < runs; r++) {
			t0 = now_ms();
			ui = open_ui(argv[1]);
			ui_frame(ui);
			store_check_start(ui->st);
			t[r] = now_ms() - t0;
			if (store_check_wait(ui->st, NULL, &ms) != STORE_CHECK_OK)
				util_fatal("bench_ui: het werkboek is niet in orde");
			c[r] = ms;
			close_ui(ui);
			f[r] = read_rows(argv[1], START_ROWS);
			fl[r] = read_file(argv[1]);
		}
		report("start+controle", t, f, runs);
		report("controle", c, fl, runs);
	}

	ui = open_ui(argv[1]);
	ui_frame(ui);
	for (r = 0; r < runs; r++) {
		t0 = now_ms();
		ui_push(ui, &ui_screen_home, &cid);
		ui_frame(ui);
		t[r] = now_ms() - t0;
		ui_pop(ui);
		f[r] = read_rows(argv[1], "SELECT item_key, value FROM answer WHERE coalition_id = 1");
	}
	report("coalitie", t, f, runs);

	for (r = 0; r < runs; r++) {
		t0 = now_ms();
		ui_push(ui, &ui_screen_map, &cid);
		ui_frame(ui);
		t[r] = now_ms() - t0;
		ui_pop(ui);
		f[r] = read_rows(argv[1], "SELECT * FROM player WHERE coalition_id = 1");
	}
	report("kaart 200", t, f, runs);

	{
		struct form_arg arg = { cid, "stap1", 0, 0, 0 };

		ui_push(ui, &ui_screen_form, &arg);
		ui_frame(ui);
		ui_key(ui, '\r');	/* start answering: the field opens */
		ui_frame(ui);
		for (r = 0; r < runs; r++) {
			t0 = now_ms();
			ui_key(ui, 'a' + r % 26);
			ui_frame(ui);
			t[r] = now_ms() - t0;
			if (ui->cursor_y < 0 || ui->cursor_x < 1)
				util_fatal("bench_ui: het veld toont geen cursor");
			/* The floor: one cell changed, and nothing else. The cell
			 * before the cursor holds the letter just typed; another
			 * letter goes there, the cursor goes back to the field,
			 * and ncurses sends the difference. (The next keystroke's
			 * frame puts the typed letter back: one cell more for the
			 * figure, not for the floor.) */
			t0 = now_ms();
			mvaddch(ui->cursor_y, ui->cursor_x - 1, (chtype)('A' + r % 26));
			move(ui->cursor_y, ui->cursor_x);
			refresh();
			f[r] = now_ms() - t0;
		}
		report("toetsaanslag", t, f, runs);
		ui_key(ui, UI_ESC);	/* leave the field (saved: the werkboek is a test load) */
	}
	close_ui(ui);
	endwin();
	delscreen(scr);
	fclose(out);
	getrusage(RUSAGE_SELF, &ru);
	printf("%-16s %9.1f MB\n", "piekgeheugen", (double)ru.ru_maxrss / 1024.0);
	return 0;
}
