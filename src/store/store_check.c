/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * store_check.c: noticing damage, and a copy at hand.
 *
 * The damage check is PRAGMA quick_check: every page read, every b-tree's
 * structure checked (not the indexes' contents: that is integrity_check,
 * twice as slow). On the benchmark werkboek of 50 MB it takes some 0.3 s,
 * six times the start screen's budget, so it runs on a thread of its own
 * with a read-only connection of its own: SQLite's connections may live
 * in different threads, and a reader in WAL mode keeps nobody waiting.
 * The thread touches nothing of ours but the struct below, behind its
 * mutex, and writes its message into a fixed buffer (no xmalloc, whose
 * failure would end the program from a thread). All signals are blocked
 * in it, so a signal always finds the main thread and its handlers.
 *
 * The copy (vitaal kopie) goes through the online backup API in one step:
 * all pages in one read transaction, so the copy is one moment of the
 * werkboek even while other terminals write. It is written into a
 * temporary beside the target (util's file_open_temp: random name, 0600,
 * removed by a signal), checked with integrity_check, and only then given
 * its name, which it never takes from an existing file.
 */
#include "config.h"

#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "vitaal/util.h"
#include "store_int.h"

/* The first problems quick_check reports; one is shown. */
#define CHECK_MAX_ERRORS	5
/* A copy waits this many tenths of a second for a busy werkboek. */
#define COPY_BUSY_TRIES		50

struct store_check {
	pthread_t		 thread;
	int			 threaded;	/* thread started, not yet joined */
	pthread_mutex_t		 lock;		/* guards everything below */
	char			*uri;		/* what the check opens */
	sqlite3			*db;		/* the check's connection, while open */
	int			 stop;		/* store_close wants it to end */
	enum store_check_state	 state;
	char			 detail[256];	/* the first problem, or the error */
	double			 ms;
};

static double
now_ms(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec * 1000.0 + (double)t.tv_nsec / 1e6;
}

/* The first line of a quick_check row, without the "*** in database
 * main ***" that heads the rows of a damaged file. */
static void
first_problem(char *out, size_t size, const char *row)
{
	const char *p = row;
	size_t n;

	if (strncmp(p, "*** ", 4) == 0 && (p = strchr(p, '\n')) != NULL)
		p++;
	else
		p = row;
	n = strcspn(p, "\n");
	snprintf(out, size, "%.*s", (int)n, p);
}

/* The check itself, on the thread or in place. */
static void *
check_run(void *arg)
{
	struct store_check *c = arg;
	enum store_check_state state = STORE_CHECK_OK;
	char detail[sizeof c->detail] = "", sql[64];
	const unsigned char *row;
	sqlite3_stmt *stmt = NULL;
	sqlite3 *db = NULL;
	double t0 = now_ms();
	int rc;

	rc = sqlite3_open_v2(c->uri, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI |
	    SQLITE_OPEN_NOMUTEX, NULL);
	pthread_mutex_lock(&c->lock);
	c->db = db;
	if (c->stop)
		sqlite3_interrupt(db);
	pthread_mutex_unlock(&c->lock);
	if (rc == SQLITE_OK) {
		sqlite3_busy_timeout(db, 5000);
		snprintf(sql, sizeof sql, "PRAGMA quick_check(%d)", CHECK_MAX_ERRORS);
		rc = sqlite3_prepare_v2(db, sql, -1, &stmt, NULL);
	}
	while (rc == SQLITE_OK || rc == SQLITE_ROW) {
		if ((rc = sqlite3_step(stmt)) != SQLITE_ROW)
			break;
		row = sqlite3_column_text(stmt, 0);
		if (row != NULL && strcmp((const char *)row, "ok") != 0) {
			if (state != STORE_CHECK_DAMAGED)
				first_problem(detail, sizeof detail, (const char *)row);
			state = STORE_CHECK_DAMAGED;
		}
	}
	if (rc != SQLITE_DONE && state != STORE_CHECK_DAMAGED) {
		/* A file too damaged to check is damaged; anything else
		 * (interrupted, out of memory) says nothing about the file. */
		state = (rc & 0xff) == SQLITE_CORRUPT || (rc & 0xff) == SQLITE_NOTADB ?
		    STORE_CHECK_DAMAGED : STORE_CHECK_FAILED;
		snprintf(detail, sizeof detail, "%s", db != NULL ? sqlite3_errmsg(db) :
		    sqlite3_errstr(rc));
	}
	sqlite3_finalize(stmt);
	pthread_mutex_lock(&c->lock);
	c->db = NULL;		/* no interrupt for a closed connection */
	pthread_mutex_unlock(&c->lock);
	sqlite3_close(db);
	pthread_mutex_lock(&c->lock);
	c->state = state;
	memcpy(c->detail, detail, sizeof detail);
	c->ms = now_ms() - t0;
	pthread_mutex_unlock(&c->lock);
	return NULL;
}

void
store_check_start(struct store *st)
{
	struct store_check *c;
	sigset_t all, old;

	if (st->check != NULL)
		return;
	c = st->check = xcalloc(1, sizeof *c);
	pthread_mutex_init(&c->lock, NULL);
	if (strcmp(st->path, ":memory:") == 0) {
		c->state = STORE_CHECK_OK;	/* nothing on disk to check */
		return;
	}
	c->uri = store_uri(st->path, st->immutable ? "immutable=1" : NULL);
	c->state = STORE_CHECK_RUNNING;
	/* A library built without threads: store_check_wait runs it. */
	if (!sqlite3_threadsafe())
		return;
	sigfillset(&all);
	pthread_sigmask(SIG_BLOCK, &all, &old);		/* the thread inherits this */
	c->threaded = pthread_create(&c->thread, NULL, check_run, c) == 0;
	pthread_sigmask(SIG_SETMASK, &old, NULL);
}

/* The state of c, with *cause and *ms for a finished check. */
static enum store_check_state
check_result(struct store_check *c, char **cause, double *ms)
{
	enum store_check_state state;

	pthread_mutex_lock(&c->lock);
	state = c->state;
	if (ms != NULL)
		*ms = c->ms;
	if (cause != NULL && state == STORE_CHECK_DAMAGED)
		*cause = xasprintf("het werkboek is beschadigd (quick_check: %s); %s", c->detail,
		    STORE_DAMAGE_ADVICE);
	else if (cause != NULL && state == STORE_CHECK_FAILED)
		*cause = xasprintf("het werkboek kon niet op schade worden gecontroleerd: %s",
		    c->detail);
	pthread_mutex_unlock(&c->lock);
	return state;
}

enum store_check_state
store_check_poll(struct store *st, char **cause, double *ms)
{
	if (st->check == NULL)
		return STORE_CHECK_NONE;
	return check_result(st->check, cause, ms);
}

enum store_check_state
store_check_wait(struct store *st, char **cause, double *ms)
{
	struct store_check *c;

	if (st->check == NULL)
		store_check_start(st);
	c = st->check;
	if (c->threaded) {
		pthread_join(c->thread, NULL);
		c->threaded = 0;
	} else if (c->state == STORE_CHECK_RUNNING)
		check_run(c);
	return check_result(c, cause, ms);
}

void
store_check_end(struct store *st)
{
	struct store_check *c = st->check;

	if (c == NULL)
		return;
	if (c->threaded) {
		pthread_mutex_lock(&c->lock);
		c->stop = 1;
		if (c->db != NULL)
			sqlite3_interrupt(c->db);
		pthread_mutex_unlock(&c->lock);
		pthread_join(c->thread, NULL);
	}
	pthread_mutex_destroy(&c->lock);
	free(c->uri);
	free(c);
	st->check = NULL;
}

/* PRAGMA integrity_check of the file at path: 0 when "ok", else -1 with
 * the first problem (or the error) in *why. */
static int
integrity(const char *path, char **why)
{
	char *uri = store_uri(path, NULL), detail[256];
	sqlite3_stmt *stmt = NULL;
	sqlite3 *db = NULL;
	const unsigned char *row;
	int rc, ret = -1;

	rc = sqlite3_open_v2(uri, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI |
	    SQLITE_OPEN_NOMUTEX, NULL);
	free(uri);
	if (rc == SQLITE_OK)
		rc = sqlite3_prepare_v2(db, "PRAGMA integrity_check(5)", -1, &stmt, NULL);
	if (rc == SQLITE_OK && (rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		row = sqlite3_column_text(stmt, 0);
		if (row != NULL && strcmp((const char *)row, "ok") == 0)
			ret = 0;
		else {
			first_problem(detail, sizeof detail, row != NULL ? (const char *)row : "?");
			*why = xstrdup(detail);
		}
	} else
		*why = xstrdup(db != NULL ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
	sqlite3_finalize(stmt);
	sqlite3_close(db);
	return ret;
}

int
store_copy(struct store *st, const char *dest, int64_t *pages, int64_t *bytes, char **cause)
{
	struct file_out *fo;
	sqlite3_backup *b;
	struct stat sb;
	sqlite3 *to = NULL;
	char *why = NULL;
	int rc, ret, tries;

	/* Said before any work: a copy never takes an existing name. */
	if (lstat(dest, &sb) == 0) {
		*cause = xasprintf("%s bestaat al; een kopie overschrijft niets: kies een nieuwe "
		    "naam", dest);
		return -1;
	}
	if ((fo = file_open_temp(dest, cause)) == NULL)
		return -1;
	rc = sqlite3_open_v2(file_temp_name(fo), &to, SQLITE_OPEN_READWRITE |
	    SQLITE_OPEN_NOMUTEX, NULL);
	/* A new file of our own: no journal to fall back on is needed. */
	if (rc == SQLITE_OK)
		rc = sqlite3_exec(to, "PRAGMA journal_mode = OFF", NULL, NULL, NULL);
	if (rc == SQLITE_OK) {
		if ((b = sqlite3_backup_init(to, "main", st->db, "main")) == NULL)
			rc = sqlite3_errcode(to);
		else {
			/* -1: every page in one step, one read transaction. A
			 * moment no reader may start in (another program's
			 * last connection emptying the WAL) is waited out. */
			for (tries = 0; (rc = sqlite3_backup_step(b, -1)) == SQLITE_BUSY ||
			    rc == SQLITE_LOCKED; tries++) {
				if (tries == COPY_BUSY_TRIES)
					break;
				sqlite3_sleep(100);
			}
			*pages = sqlite3_backup_pagecount(b);
			if (sqlite3_backup_finish(b) != SQLITE_OK && rc == SQLITE_DONE)
				rc = sqlite3_errcode(to);
		}
	}
	/* The pages say WAL, as the werkboek's do: make the copy one file
	 * of its own, with no -wal or -shm beside it (Vitaal turns WAL on
	 * again when it opens the copy). */
	if (rc == SQLITE_DONE &&
	    (rc = sqlite3_exec(to, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL)) == SQLITE_OK)
		rc = SQLITE_DONE;
	if (rc != SQLITE_DONE || (rc = sqlite3_close(to)) != SQLITE_OK) {
		*cause = xasprintf("kan %s niet maken: %s", dest, sqlite3_errstr(rc));
		sqlite3_close(to);
		file_abort(fo);
		return -1;
	}
	ret = integrity(file_temp_name(fo), &why);
	*bytes = stat(file_temp_name(fo), &sb) == 0 ? (int64_t)sb.st_size : 0;
	if (file_close_new(fo, cause) != 0) {
		free(why);
		return -1;
	}
	if (ret == 0)
		return 0;
	/* The werkboek's pages were copied as they are: is it the source? */
	*cause = xasprintf("de kopie staat in %s, maar is beschadigd (integrity_check: %s); %s",
	    dest, why, store_check_wait(st, NULL, NULL) == STORE_CHECK_OK ?
	    "het werkboek zelf is in orde: kijk naar de schijf van de kopie" :
	    "het werkboek zelf is dat ook: bewaar beide en ga terug naar een eerdere kopie");
	free(why);
	return 1;
}
