/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * store.c: opening a werkboek, its pragmas, transactions, the statement
 * cache and error reporting.
 *
 * Opening is careful about what it writes: a file that turns out not to be
 * a werkboek, or one from a newer Vitaal, is refused before anything (not
 * even the WAL switch) touches it. A new file is created by us with mode
 * 0600 before SQLite sees it, because SQLite would use 0644; its -wal and
 * -shm files then inherit 0600 from the database file.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#ifdef HAVE_MALLOC_H
#include <malloc.h>
#endif
#include <pwd.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "vitaal/util.h"
#include "store_int.h"

#define STORE_BUSY_TIMEOUT_MS	5000
#define STORE_NOWAIT_TIMEOUT_MS	100
/* 'VITA': marks the file as a werkboek for file(1) and for us. */
#define STORE_APPLICATION_ID	0x56495441

static const char *status_messages[] = {
#define X(name, msg) msg,
	STORE_STATUS_TABLE
#undef X
};

const char *
store_status_message(enum store_status status)
{
	if ((size_t)status >= sizeof status_messages / sizeof status_messages[0])
		status = STORE_ERROR;
	return status_messages[status];
}

enum store_status
store_status_from_rc(int rc)
{
	switch (rc & 0xff) {
	case SQLITE_OK:
	case SQLITE_DONE:
	case SQLITE_ROW:
		return STORE_OK;
	case SQLITE_BUSY:
	case SQLITE_LOCKED:
		return STORE_BUSY;
	case SQLITE_NOTADB:
		return STORE_NOT_DB;
	case SQLITE_CORRUPT:
		return STORE_CORRUPT;
	case SQLITE_FULL:
		return STORE_FULL;
	case SQLITE_READONLY:
		return STORE_READONLY;
	case SQLITE_CANTOPEN:
	case SQLITE_PERM:
	case SQLITE_AUTH:
		return STORE_CANTOPEN;
	case SQLITE_CONSTRAINT:
		return STORE_INVALID;
	case SQLITE_NOTFOUND:
		return STORE_NOTFOUND;
	case SQLITE_IOERR:
		/* A full disk often shows up as a write error. */
		if (rc == SQLITE_IOERR_WRITE || rc == SQLITE_IOERR_FSYNC)
			return STORE_FULL;
		return STORE_ERROR;
	default:
		return STORE_ERROR;
	}
}

/* store_failf with its arguments in ap. */
static void	vfailf(struct store *, enum store_status, const char *, va_list)
		    __attribute__((format(printf, 3, 0)));

static void
vfailf(struct store *st, enum store_status status, const char *fmt, va_list ap)
{
	free(st->errmsg);
	st->errmsg = xvasprintf(fmt, ap);
	st->status = status;
}

int
store_failf(struct store *st, enum store_status status, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vfailf(st, status, fmt, ap);
	va_end(ap);
	return -1;
}

int
store_fail(struct store *st, int rc)
{
	enum store_status status = store_status_from_rc(rc);

	if (status == STORE_ERROR || status == STORE_INVALID)
		return store_failf(st, status, "%s (%s)", store_status_message(status),
		    sqlite3_errmsg(st->db));
	return store_failf(st, status, "%s", store_status_message(status));
}

enum store_status
store_status(const struct store *st)
{
	return st->status;
}

const char *
store_errmsg(const struct store *st)
{
	return st->errmsg != NULL ? st->errmsg : store_status_message(st->status);
}

const char *
store_path(const struct store *st)
{
	return st->path;
}

int
store_schema_latest(void)
{
	return (int)store_n_migrations;
}

char *
store_default_path(const char *xdg_data_home, const char *home)
{
	/* The XDG spec says to ignore a relative XDG_DATA_HOME. */
	if (xdg_data_home != NULL && xdg_data_home[0] == '/')
		return xasprintf("%s/vitaal/werkboek.db", xdg_data_home);
	if (home != NULL && home[0] != '\0')
		return xasprintf("%s/.local/share/vitaal/werkboek.db", home);
	return NULL;
}

/* mkdir -p for the directories above path; new ones get mode 0700. */
static int
make_parent_dirs(const char *path, char **cause)
{
	char *dir = xstrdup(path), *p;
	int ret = -1;

	for (p = dir + 1; (p = strchr(p, '/')) != NULL; p++) {
		*p = '\0';
		if (mkdir(dir, 0700) != 0 && errno != EEXIST) {
			*cause = xasprintf("kan map %s niet maken: %s", dir, strerror(errno));
			goto out;
		}
		*p = '/';
	}
	ret = 0;
out:
	free(dir);
	return ret;
}

/* Create path with mode 0600 if it does not exist yet. */
static int
create_file(const char *path, char **cause)
{
	int fd;

	fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
	if (fd == -1) {
		if (errno == EEXIST)
			return 0;
		if (errno == ENOENT) {
			*cause = xasprintf("%s: de map bestaat niet (een werkboek op een gekozen "
			    "plek maakt geen mappen; maak de map eerst of kijk het pad na)", path);
			return -1;
		}
		*cause = xasprintf("kan %s niet maken: %s", path, strerror(errno));
		return -1;
	}
	close(fd);
	return 0;
}

/*
 * Only the account that owns a werkboek opens it. Privacy rests on the
 * file: a private self-analysis is safe only when nobody else can read the
 * file, and a group shares a werkboek through one owning account and SSH
 * keys (vitaal toegang), never through file modes. Another account's file
 * is refused before SQLite touches it (root's -wal and -shm files would
 * lock the owner out). A werkboek that others may read or write, left from
 * an older set-up, is closed to them again (with its -wal and -shm).
 */
static int
check_owner(const char *path, char **cause)
{
	static const char *const suffixes[] = { "", "-wal", "-shm" };
	struct stat sb;
	struct passwd *pw;
	size_t i;

	if (stat(path, &sb) != 0) {
		*cause = xasprintf("%s: %s", path, strerror(errno));
		return -1;
	}
	if (sb.st_uid != geteuid()) {
		pw = getpwuid(sb.st_uid);
		*cause = xasprintf("%s is van account '%s', niet van u; alleen de eigenaar opent "
		    "een werkboek (samenwerken gaat via SSH: vitaal toegang)", path,
		    pw != NULL ? pw->pw_name : "?");
		return -1;
	}
	for (i = 0; i < sizeof suffixes / sizeof suffixes[0]; i++) {
		char *f = xasprintf("%s%s", path, suffixes[i]);

		if (stat(f, &sb) == 0 && sb.st_uid == geteuid() && (sb.st_mode & 077) != 0)
			(void)chmod(f, sb.st_mode & 0700);
		free(f);
	}
	return 0;
}

sqlite3_stmt *
store_stmt(struct store *st, const char *sql)
{
	sqlite3_stmt *stmt;
	size_t i;
	int rc;

	for (i = 0; i < st->nstmts; i++) {
		if (st->stmts[i].sql == sql) {
			stmt = st->stmts[i].stmt;
			sqlite3_reset(stmt);
			sqlite3_clear_bindings(stmt);
			return stmt;
		}
	}
	rc = sqlite3_prepare_v3(st->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
	if (rc != SQLITE_OK) {
		store_fail(st, rc);
		return NULL;
	}
	st->stmts = xreallocarray(st->stmts, st->nstmts + 1, sizeof *st->stmts);
	st->stmts[st->nstmts].sql = sql;
	st->stmts[st->nstmts].stmt = stmt;
	st->nstmts++;
	return stmt;
}

int
store_step_done(struct store *st, sqlite3_stmt *stmt)
{
	int rc = sqlite3_step(stmt);

	sqlite3_reset(stmt);
	if (rc != SQLITE_DONE && rc != SQLITE_ROW)
		return store_fail(st, rc);
	return 0;
}

int
store_step_write(struct store *st, sqlite3_stmt *stmt, const char *what)
{
	int rc = sqlite3_step(stmt);

	sqlite3_reset(stmt);
	if (rc != SQLITE_DONE)
		return store_fail(st, rc);
	if (what != NULL && sqlite3_changes(st->db) == 0)
		return store_failf(st, STORE_NOTFOUND, "%s niet gevonden", what);
	return 0;
}

sqlite3_stmt *
store_write_begin(struct store *st, const char *sql)
{
	sqlite3_stmt *stmt;

	if (store_begin(st) != 0)
		return NULL;
	if ((stmt = store_stmt(st, sql)) == NULL)
		store_rollback(st);
	return stmt;
}

int
store_write_end(struct store *st, sqlite3_stmt *stmt, const char *what)
{
	if (store_step_write(st, stmt, what) != 0) {
		store_rollback(st);
		return -1;
	}
	return store_commit(st);
}

int
store_write_id(struct store *st, const char *sql, int64_t id, const char *what)
{
	sqlite3_stmt *stmt;

	if ((stmt = store_write_begin(st, sql)) == NULL)
		return -1;
	sqlite3_bind_int64(stmt, 1, id);
	return store_write_end(st, stmt, what);
}

int
store_write_ids(struct store *st, const char *sql, int64_t a, int64_t b, const char *what)
{
	sqlite3_stmt *stmt;

	if ((stmt = store_write_begin(st, sql)) == NULL)
		return -1;
	sqlite3_bind_int64(stmt, 1, a);
	sqlite3_bind_int64(stmt, 2, b);
	return store_write_end(st, stmt, what);
}

int64_t
store_scalar(struct store *st, sqlite3_stmt *stmt, int64_t none)
{
	int64_t v = none;
	int rc;

	if (stmt == NULL)
		return -1;
	if ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
		v = sqlite3_column_int64(stmt, 0);
	sqlite3_reset(stmt);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? v : store_fail(st, rc);
}

int64_t
store_insert_end(struct store *st, sqlite3_stmt *stmt, const char *what)
{
	int64_t id;

	if (store_step_write(st, stmt, what) != 0) {
		store_rollback(st);
		return -1;
	}
	id = sqlite3_last_insert_rowid(st->db);
	return store_commit(st) == 0 ? id : -1;
}

const char *
store_named_sql(const struct store_named *v, size_t n, const char *name)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if (strcmp(v[i].name, name) == 0)
			return v[i].sql;
	}
	return NULL;
}

sqlite3_stmt *
store_set_begin(struct store *st, const struct store_named *v, size_t n, const char *field,
    int64_t id)
{
	sqlite3_stmt *stmt;
	const char *sql;

	if ((sql = store_named_sql(v, n, field)) == NULL) {
		store_failf(st, STORE_INVALID, "onbekend veld '%s'", field);
		return NULL;
	}
	if ((stmt = store_write_begin(st, sql)) == NULL)
		return NULL;
	sqlite3_bind_int64(stmt, 1, id);
	return stmt;
}

void
store_read_map(sqlite3_stmt *stmt, int first, const struct store_map *map, size_t nmap,
    void *rec)
{
	char *field;
	size_t i;
	int col;

	for (i = 0; i < nmap; i++) {
		field = (char *)rec + map[i].offset;
		col = first + (int)i;
		switch (map[i].type) {
		case STORE_INT:
		case STORE_BOOL:
			*(int *)(void *)field = sqlite3_column_int(stmt, col);
			break;
		case STORE_INT_OPT:
			*(int *)(void *)field = sqlite3_column_type(stmt, col) == SQLITE_NULL ?
			    -1 : sqlite3_column_int(stmt, col);
			break;
		case STORE_INT64:
			*(int64_t *)(void *)field = sqlite3_column_int64(stmt, col);
			break;
		case STORE_SIZE:
			*(size_t *)(void *)field = (size_t)sqlite3_column_int64(stmt, col);
			break;
		case STORE_TEXT:
			*(char **)(void *)field = store_col_text(stmt, col);
			break;
		case STORE_TEXT_OR_NULL:
			*(char **)(void *)field = store_col_text_or_null(stmt, col);
			break;
		}
	}
}

void
store_bind_map(sqlite3_stmt *stmt, int first, const struct store_map *map, size_t nmap,
    const void *rec)
{
	const char *field;
	size_t i;
	int p, v;

	for (i = 0; i < nmap; i++) {
		field = (const char *)rec + map[i].offset;
		p = first + (int)i;
		switch (map[i].type) {
		case STORE_INT:
			sqlite3_bind_int(stmt, p, *(const int *)(const void *)field);
			break;
		case STORE_BOOL:
			sqlite3_bind_int(stmt, p, *(const int *)(const void *)field != 0);
			break;
		case STORE_INT_OPT:
			if ((v = *(const int *)(const void *)field) < 0)
				sqlite3_bind_null(stmt, p);
			else
				sqlite3_bind_int(stmt, p, v);
			break;
		case STORE_INT64:
			sqlite3_bind_int64(stmt, p, *(const int64_t *)(const void *)field);
			break;
		case STORE_SIZE:
			sqlite3_bind_int64(stmt, p,
			    (sqlite3_int64)*(const size_t *)(const void *)field);
			break;
		case STORE_TEXT:
		case STORE_TEXT_OR_NULL:
			store_bind_text(stmt, p, *(char *const *)(const void *)field);
			break;
		}
	}
}

/* Free the n records of size bytes at v: the strings map read into each,
 * then the array. */
static void
free_rows(const struct store_map *map, size_t nmap, char *v, size_t n, size_t size)
{
	size_t i, j;

	for (i = 0; v != NULL && i < n; i++) {
		for (j = 0; j < nmap; j++) {
			if (map[j].type == STORE_TEXT || map[j].type == STORE_TEXT_OR_NULL)
				free(*(char **)(void *)(v + i * size + map[j].offset));
		}
	}
	free(v);
}

/* The loop of every map reader: each row through map into a new element
 * of the array at *(char **)array; on failure what was read goes and the
 * array is NULL and empty again. */
static int
collect(struct store *st, sqlite3_stmt *stmt, size_t size, const struct store_map *map,
    size_t nmap, void *array, size_t *n)
{
	char **v = array;
	char *rec;
	int rc;

	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		*v = xreallocarray(*v, *n + 1, size);
		rec = *v + *n * size;
		memset(rec, 0, size);
		store_read_map(stmt, 0, map, nmap, rec);
		(*n)++;
	}
	sqlite3_reset(stmt);
	if (rc == SQLITE_DONE)
		return 0;
	free_rows(map, nmap, *v, *n, size);
	*v = NULL;
	*n = 0;
	return store_fail(st, rc);
}

sqlite3_stmt *
store_stmt_id(struct store *st, const char *sql, int64_t id)
{
	sqlite3_stmt *stmt;

	if ((stmt = store_stmt(st, sql)) != NULL && sqlite3_bind_parameter_count(stmt) > 0)
		sqlite3_bind_int64(stmt, 1, id);
	return stmt;
}

int
store_list_map(struct store *st, const char *sql, int64_t id, size_t size,
    const struct store_map *map, size_t nmap, void *array, size_t *n)
{
	sqlite3_stmt *stmt;

	if ((stmt = store_stmt_id(st, sql, id)) == NULL)
		return -1;
	return collect(st, stmt, size, map, nmap, array, n);
}

void *
store_list_new(struct store *st, sqlite3_stmt *stmt, size_t lsize, size_t v, size_t n,
    size_t size, const struct store_map *map, size_t nmap)
{
	char *l;

	if (stmt == NULL)
		return NULL;
	l = xcalloc(1, lsize);
	if (collect(st, stmt, size, map, nmap, l + v, (size_t *)(void *)(l + n)) != 0) {
		free(l);
		return NULL;
	}
	return l;
}

void *
store_array_new(struct store *st, sqlite3_stmt *stmt, size_t size,
    const struct store_map *map, size_t nmap, size_t *n)
{
	void *v = NULL;

	*n = 0;
	if (stmt == NULL || collect(st, stmt, size, map, nmap, &v, n) != 0)
		return NULL;
	return v != NULL ? v : xcalloc(1, size);
}

void *
store_get_map(struct store *st, sqlite3_stmt *stmt, size_t size,
    const struct store_map *map, size_t nmap, const char *fmt, ...)
{
	void *rec = NULL;
	va_list ap;
	int rc;

	rc = sqlite3_step(stmt);
	if (rc == SQLITE_ROW) {
		rec = xcalloc(1, size);
		store_read_map(stmt, 0, map, nmap, rec);
	} else if (rc == SQLITE_DONE) {
		va_start(ap, fmt);
		vfailf(st, STORE_NOTFOUND, fmt, ap);
		va_end(ap);
	} else
		store_fail(st, rc);
	sqlite3_reset(stmt);
	return rec;
}

/* The parent whose id is id, or NULL. Child rows arrive in the parents'
 * own order, so *hint (the last hit) or the one after it nearly always
 * matches and the scan is the exception. */
static char *
find_parent(char *parents, size_t n, size_t psize, size_t id_offset, int64_t id,
    size_t *hint)
{
	size_t i;

	for (i = *hint; i < n && i <= *hint + 1; i++) {
		if (*(int64_t *)(void *)(parents + i * psize + id_offset) == id) {
			*hint = i;
			return parents + i * psize;
		}
	}
	for (i = 0; i < n; i++) {
		if (*(int64_t *)(void *)(parents + i * psize + id_offset) == id) {
			*hint = i;
			return parents + i * psize;
		}
	}
	return NULL;
}

/* Append one element to the parent's array of c and fill it from the row. */
static void
add_child(const struct store_child *c, sqlite3_stmt *stmt, char *parent)
{
	char **v = (char **)(void *)(parent + c->array);
	size_t *count = (size_t *)(void *)(parent + c->count);
	char *rec;

	*v = xreallocarray(*v, *count + 1, c->size);
	rec = *v + *count * c->size;
	memset(rec, 0, c->size);
	store_read_map(stmt, 1, c->map, c->nmap, rec);
	if (c->fix != NULL)
		c->fix(stmt, rec);
	(*count)++;
}

int
store_collect_children(struct store *st, const struct store_child *children,
    size_t nchildren, int64_t id, void *parents, size_t n, size_t psize, size_t id_offset)
{
	sqlite3_stmt *stmt;
	size_t i, hint;
	char *parent;
	int rc;

	for (i = 0; i < nchildren; i++) {
		if ((stmt = store_stmt(st, children[i].sql)) == NULL)
			return -1;
		sqlite3_bind_int64(stmt, 1, id);
		hint = 0;
		while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
			parent = find_parent(parents, n, psize, id_offset,
			    sqlite3_column_int64(stmt, 0), &hint);
			if (parent != NULL)
				add_child(&children[i], stmt, parent);
		}
		sqlite3_reset(stmt);
		if (rc != SQLITE_DONE)
			return store_fail(st, rc);
	}
	return 0;
}

int
store_exec(struct store *st, const char *sql)
{
	char *err = NULL;
	int rc;

	rc = sqlite3_exec(st->db, sql, NULL, NULL, &err);
	if (rc != SQLITE_OK) {
		enum store_status status = store_status_from_rc(rc);

		if (status == STORE_ERROR || status == STORE_INVALID)
			store_failf(st, status, "%s (%s)", store_status_message(status),
			    err != NULL ? err : sqlite3_errstr(rc));
		else
			store_fail(st, rc);
		sqlite3_free(err);
		return -1;
	}
	return 0;
}

char *
store_col_text(sqlite3_stmt *stmt, int i)
{
	const unsigned char *s = sqlite3_column_text(stmt, i);

	return xstrdup(s != NULL ? (const char *)s : "");
}

char *
store_col_text_or_null(sqlite3_stmt *stmt, int i)
{
	if (sqlite3_column_type(stmt, i) == SQLITE_NULL)
		return NULL;
	return store_col_text(stmt, i);
}

int
store_bind_text(sqlite3_stmt *stmt, int i, const char *s)
{
	return sqlite3_bind_text(stmt, i, s, -1, SQLITE_TRANSIENT);
}

int
store_begin(struct store *st)
{
	int rc;

	if (st->depth++ > 0)
		return 0;
	rc = sqlite3_exec(st->db, "BEGIN IMMEDIATE", NULL, NULL, NULL);
	if (rc != SQLITE_OK) {
		st->depth = 0;
		return store_fail(st, rc);
	}
	return 0;
}

int
store_commit(struct store *st)
{
	int rc;

	if (st->depth <= 0)
		return store_failf(st, STORE_ERROR, "commit zonder transactie");
	if (--st->depth > 0)
		return 0;
	rc = sqlite3_exec(st->db, "COMMIT", NULL, NULL, NULL);
	if (rc != SQLITE_OK) {
		store_fail(st, rc);
		/* A failed COMMIT may leave the transaction open: end it. */
		if (!sqlite3_get_autocommit(st->db))
			sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
		return -1;
	}
	return 0;
}

void
store_rollback(struct store *st)
{
	if (st->depth == 0)
		return;
	st->depth = 0;
	if (!sqlite3_get_autocommit(st->db))
		sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
}

/* Read one integer pragma; -1 on error (set on st). */
static int
pragma_int(struct store *st, const char *sql)
{
	sqlite3_stmt *stmt;
	int rc, value = -1;

	rc = sqlite3_prepare_v2(st->db, sql, -1, &stmt, NULL);
	if (rc != SQLITE_OK)
		return store_fail(st, rc);
	rc = sqlite3_step(stmt);
	if (rc == SQLITE_ROW)
		value = sqlite3_column_int(stmt, 0);
	else
		store_fail(st, rc);
	sqlite3_finalize(stmt);
	return value;
}

int64_t
store_data_version(struct store *st)
{
	static const char sql[] = "PRAGMA data_version";

	return store_scalar(st, store_stmt(st, sql), -1);	/* always a row */
}

int
store_schema_version(struct store *st)
{
	return pragma_int(st, "PRAGMA user_version");
}

const char *
store_catalogue_version(struct store *st)
{
	static const char sql[] = "SELECT value FROM cat_meta WHERE name = 'version'";
	sqlite3_stmt *stmt;

	if (st->cat_version != NULL)
		return st->cat_version;
	if ((stmt = store_stmt(st, sql)) == NULL)
		return "?";
	if (sqlite3_step(stmt) == SQLITE_ROW)
		st->cat_version = store_col_text(stmt, 0);
	sqlite3_reset(stmt);
	return st->cat_version != NULL ? st->cat_version : "?";
}

/* Apply every migration the file lacks, each in its own transaction that
 * also records the new user_version. */
static int
migrate(struct store *st, int from)
{
	char *sql;
	int v, ret;

	for (v = from + 1; v <= (int)store_n_migrations; v++) {
		if (store_begin(st) != 0)
			return -1;
		sql = xasprintf("%s\nPRAGMA user_version = %d;", store_migrations[v - 1].text, v);
		if (v == 1) {
			char *tmp = sql;

			sql = xasprintf("%s\nPRAGMA application_id = %d;", tmp, STORE_APPLICATION_ID);
			free(tmp);
		}
		ret = store_exec(st, sql);
		free(sql);
		if (ret != 0) {
			char *msg = xstrdup(store_errmsg(st));

			store_rollback(st);
			store_failf(st, st->status, "migratie %s mislukt: %s",
			    store_migrations[v - 1].name, msg);
			free(msg);
			return -1;
		}
		if (store_commit(st) != 0)
			return -1;
	}
	return 0;
}

/* Refuse files that are not werkboeken or come from a newer Vitaal. Reads
 * only. Returns the file's schema version, or -1 with the error set. */
static int
check_file(struct store *st)
{
	int version, appid, tables;

	/* The first read tells SQLite files from other files. */
	if ((tables = pragma_int(st, "SELECT count(*) FROM sqlite_schema")) < 0)
		return -1;
	if ((version = pragma_int(st, "PRAGMA user_version")) < 0)
		return -1;
	if ((appid = pragma_int(st, "PRAGMA application_id")) < 0)
		return -1;
	if (version == 0 && tables > 0)
		return store_failf(st, STORE_NOT_DB, "%s",
		    "dit is een SQLite-database van een ander programma, geen Vitaal-werkboek");
	if (version > 0 && appid != STORE_APPLICATION_ID)
		return store_failf(st, STORE_NOT_DB, "%s", store_status_message(STORE_NOT_DB));
	if (version > (int)store_n_migrations)
		return store_failf(st, STORE_TOO_NEW,
		    "dit werkboek heeft schemaversie %d, deze Vitaal kent tot en met %d; werk Vitaal bij",
		    version, (int)store_n_migrations);
	return version;
}

/*
 * A werkboek we may not write (a read-only share, another user's file):
 * SQLite cannot read a WAL database without its -shm file, which it may
 * not create here, unless told the file cannot change (immutable). Open
 * it so: the user can read and export; every save is refused with the
 * read-only message, and the UI keeps the text.
 */
char *
store_uri(const char *path, const char *query)
{
	struct strbuf uri = { 0 };
	const char *p;

	strbuf_puts(&uri, "file:");
	for (p = path; *p != '\0'; p++)
		if (*p == '%' || *p == '?' || *p == '#')
			strbuf_printf(&uri, "%%%02X", (unsigned char)*p);
		else
			strbuf_putc(&uri, *p);
	if (query != NULL)
		strbuf_printf(&uri, "?%s", query);
	return strbuf_take(&uri);
}

static int
reopen_readonly(struct store *st)
{
	char *uri;
	int rc;

	sqlite3_close(st->db);
	st->db = NULL;
	uri = store_uri(st->path, "immutable=1");
	rc = sqlite3_open_v2(uri, &st->db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI |
	    SQLITE_OPEN_NOMUTEX, NULL);
	free(uri);
	if (rc != SQLITE_OK)
		return store_fail(st, rc);
	sqlite3_extended_result_codes(st->db, 1);
	st->immutable = 1;
	return 0;
}

int
store_checkpoint(struct store *st)
{
	static const char sql[] = "PRAGMA wal_checkpoint(TRUNCATE)";
	sqlite3_stmt *stmt;
	int rc, busy = 1;

	if (st->depth > 0 || store_readonly(st))
		return -1;
	if ((stmt = store_stmt(st, sql)) == NULL)
		return -1;
	if ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
		busy = sqlite3_column_int(stmt, 0);
	else
		store_fail(st, rc);
	sqlite3_reset(stmt);
	return busy == 0 ? 0 : -1;
}

int
store_secure_delete(struct store *st)
{
	return pragma_int(st, "PRAGMA secure_delete");
}

int
store_readonly(struct store *st)
{
	return sqlite3_db_readonly(st->db, "main") == 1;
}

/*
 * Process-wide settings, before SQLite's first use (sqlite3_config must
 * come before sqlite3_initialize; later it is refused and changes
 * nothing, which is harmless).
 *
 * An import merges row by row in one long transaction, so every row is a
 * statement with its own statement journal. SQLite buffers that journal
 * in one 64 KiB block by default, allocated when the statement first
 * changes a page and freed when it ends; kept wholly in memory it grows
 * in small pieces instead (a statement journal holds only the pages one
 * statement changes, and Vitaal's statements are small). And the C
 * library gives the memory a finished statement freed back to the system
 * as soon as 128 KiB is free at the top of the heap, to fault it in again
 * for the next row: 600,000 page faults and more than half the time of
 * importing 30,000 answers. Keeping up to 4 MiB before giving it back
 * costs at most that much memory and takes the faults away.
 */
static void
store_configure(void)
{
	static int done;

	if (done)
		return;
	done = 1;
	sqlite3_config(SQLITE_CONFIG_STMTJRNL_SPILL, -1);
#if defined(HAVE_MALLOPT) && defined(M_TRIM_THRESHOLD)
	mallopt(M_TRIM_THRESHOLD, 4 << 20);
#endif
}

struct store *
store_open(const char *path, int flags, enum store_status *status, char **cause)
{
	struct store *st;
	int rc, version, oflags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX;
	char *why = NULL;

	store_configure();
	*status = STORE_CANTOPEN;
	if (strcmp(path, ":memory:") == 0) {
		/* An in-memory werkboek (tests): nothing to create. */
	} else if (flags & STORE_CREATE) {
		if (((flags & STORE_MKDIR) && make_parent_dirs(path, &why) != 0) ||
		    create_file(path, &why) != 0)
			goto fail_early;
	} else if (access(path, F_OK) != 0) {
		why = xasprintf("%s: werkboek bestaat niet", path);
		goto fail_early;
	}
	if (strcmp(path, ":memory:") != 0 && check_owner(path, &why) != 0) {
		*status = STORE_NOT_OWN;
		goto fail_early;
	}

	st = xcalloc(1, sizeof *st);
	st->path = xstrdup(path);
	rc = sqlite3_open_v2(path, &st->db, oflags, NULL);
	if (rc != SQLITE_OK) {
		store_fail(st, rc);
		goto fail;
	}
	sqlite3_extended_result_codes(st->db, 1);
	sqlite3_busy_timeout(st->db, (flags & STORE_NOWAIT) ? STORE_NOWAIT_TIMEOUT_MS :
	    STORE_BUSY_TIMEOUT_MS);

	if ((version = check_file(st)) < 0) {
		if (st->status != STORE_READONLY && st->status != STORE_CANTOPEN)
			goto fail;
		if (access(path, W_OK) == 0 || reopen_readonly(st) != 0 ||
		    (version = check_file(st)) < 0)
			goto fail;
	}
	if (store_exec(st, "PRAGMA foreign_keys = ON") != 0)
		goto fail;
	if (flags & STORE_AS_IS) {
		/* As it is: to copy a werkboek, perhaps a damaged one. */
	} else if (sqlite3_db_readonly(st->db, "main") == 1) {
		if (version < (int)store_n_migrations) {
			store_failf(st, STORE_READONLY, "%s",
			    "het werkboek is alleen-lezen en moet worden bijgewerkt");
			goto fail;
		}
	} else {
		if (store_exec(st, "PRAGMA journal_mode = WAL") != 0)
			goto fail;
		/* Deleted text is overwritten, not left in free pages: Vitaal
		 * says so itself instead of trusting how SQLite was built. */
		if (store_exec(st, "PRAGMA secure_delete = ON") != 0)
			goto fail;
		if (migrate(st, version) != 0)
			goto fail;
		if (store_catalogue_refresh(st) != 0)
			goto fail;
	}
	*status = STORE_OK;
	return st;

fail:
	*status = st->status;
	if (cause != NULL)
		*cause = xasprintf("%s: %s", path, store_errmsg(st));
	store_close(st);
	return NULL;
fail_early:
	if (cause != NULL)
		*cause = why;
	else
		free(why);
	return NULL;
}

void
store_close(struct store *st)
{
	size_t i;

	if (st == NULL)
		return;
	store_check_end(st);
	store_rollback(st);
	for (i = 0; i < st->nstmts; i++)
		sqlite3_finalize(st->stmts[i].stmt);
	free(st->stmts);
	sqlite3_close(st->db);
	free(st->path);
	free(st->errmsg);
	free(st->cat_version);
	free(st->author);
	free(st);
}

void
store_set_author(struct store *st, const char *name)
{
	free(st->author);
	st->author = name != NULL ? xstrdup(name) : NULL;
}
