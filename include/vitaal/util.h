/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * util.h: allocation that never fails, a growable string buffer and small
 * string helpers. The bottom layer: no curses, no SQL, no terminal output
 * except the one line printed when memory runs out.
 */
#ifndef VITAAL_UTIL_H
#define VITAAL_UTIL_H

#include <stdarg.h>
#include <stddef.h>
#include <time.h>

/* Called before the out-of-memory message is printed; the UI sets it to
 * leave curses first. NULL means nothing to undo. */
void util_set_fatal_hook(void (*hook)(void));

/* Print "vitaal: <message>" after running the fatal hook, and exit(1). */
void util_fatal(const char *fmt, ...) __attribute__((format(printf, 1, 2), noreturn));

/* malloc and friends that never return NULL: they call util_fatal instead.
 * A zero size is a bug (asserted). */
void *xmalloc(size_t size);
void *xcalloc(size_t n, size_t size);
void *xreallocarray(void *p, size_t n, size_t size);
/* The same from oldn to newn elements, what is new zeroed (as OpenBSD's
 * recallocarray and tmux's xrecallocarray; a shrink keeps the start). */
void *xrecallocarray(void *p, size_t oldn, size_t newn, size_t size);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
char *xvasprintf(const char *fmt, va_list ap) __attribute__((format(printf, 1, 0)));

/* A growable, always NUL-terminated byte string. Zero-initialise it
 * (struct strbuf b = { 0 };); release with strbuf_free or take the string
 * with strbuf_take (the caller then owns it). */
struct strbuf {
	char	*s;	/* NUL-terminated contents; NULL until the first append */
	size_t	 len;	/* bytes in use, without the NUL */
	size_t	 cap;	/* bytes allocated */
};

void	 strbuf_add(struct strbuf *b, const char *s, size_t n);
void	 strbuf_puts(struct strbuf *b, const char *s);
void	 strbuf_putc(struct strbuf *b, char c);
void	 strbuf_printf(struct strbuf *b, const char *fmt, ...)
	    __attribute__((format(printf, 2, 3)));
char	*strbuf_take(struct strbuf *b);
void	 strbuf_free(struct strbuf *b);

/* A new copy of s without leading and trailing white space. */
char	*str_trim(const char *s);
/* Without regard to case by Unicode case folding and to normal form
 * (utf8_casecmp); NULL-safe (NULL sorts first). */
int	 str_casecmp(const char *a, const char *b);
/* The value after (dir > 0) or before (dir < 0) cur in values[0..n),
 * wrapping around; values[0] when cur is not among them. Pure. */
const char *str_cycle(const char *const *values, size_t n, const char *cur, int dir);
/* The index of s in values[0..n), or -1. */
int	 str_index(const char *const *values, size_t n, const char *s);

/* Does hay contain needle, ignoring case (Unicode case folding) and
 * normal form? An empty needle is in everything; a NULL hay contains
 * nothing. */
int	 str_contains_ci(const char *hay, const char *needle);

/* True when s is NULL or holds nothing but white space. */
int	 str_is_blank(const char *s);

/* The werkboek's UTC time stamp utc ("2026-11-23T14:05:00Z") in local
 * time as "14:05", or with_date as "2026-11-23 14:05", into buf: 0, or -1
 * with buf empty when utc is no such stamp. */
int	 str_local_time(const char *utc, int with_date, char *buf, size_t size);

/* The whole of the file at path, or of standard input when path is NULL,
 * as an allocated NUL-terminated string ("" for an empty file), its
 * length in *len when len is not NULL. A file longer than max bytes is
 * refused. NULL with errno set when it fails, EFBIG for one longer than
 * max; *opened (when not NULL) says whether it was opened at all, so the
 * caller can word a file that is not there apart from one that breaks
 * off. */
char	*file_read_all(const char *path, size_t max, size_t *len, int *opened);

/* Write len bytes of data to path as a whole: via a new temporary beside
 * it (random name, created exclusively, mode 0600), flushed to disk and
 * renamed into place, so path is complete or untouched, and mode 0600. A
 * symlink at path is replaced, never written through. 0, or -1 with *cause
 * ("kan … niet schrijven: …", allocated). */
int	 file_write_atomic(const char *path, const char *data, size_t len, char **cause);
/* The same for a file written piece by piece: open (path NULL: stdout),
 * put as often as needed, close (which flushes, syncs and renames, or
 * removes what was written when anything failed). NULL or -1 with *cause;
 * file_put remembers the first failure for file_close_atomic. */
struct file_out;
struct file_out	*file_open_atomic(const char *path, char **cause);
int	 file_put(struct file_out *fo, const char *data, size_t len);
int	 file_close_atomic(struct file_out *fo, char **cause);	/* -1: errno set */
/* Give up: what was written goes, path stays as it was. */
void	 file_abort(struct file_out *fo);
/* For a file another library writes by its name (the SQLite copy of
 * 'vitaal kopie'): an empty temporary beside path like file_open_atomic's
 * (random name, 0600, locked, removed by a signal), its name from
 * file_temp_name. file_close_new gives it the name path only when nothing
 * has that name yet (never replaces; "… bestaat al") and otherwise
 * removes it; file_abort removes it. */
struct file_out	*file_open_temp(const char *path, char **cause);
const char	*file_temp_name(const struct file_out *fo);
int	 file_close_new(struct file_out *fo, char **cause);
/* A temporary being written is removed when SIGTERM, SIGINT or SIGHUP
 * ends the program (where the signal would end it anyway). Against
 * kill -9, file_open_atomic first removes stale ones: */
/* Is name exactly what file_open_atomic calls a temporary for a target
 * named base: "." base "." and six of a-z, A-Z, 0-9? Pure. */
int	 file_is_temp_of(const char *base, const char *name);
/* Remove the temporaries of path (file_is_temp_of) that an earlier run
 * left: regular files of this user, last written before *before, and not
 * locked by a writer. Returns how many went. */
int	 file_clean_stale(const char *path, const struct timespec *before);
/* Make directory path (mode 0700) unless it is there as a real directory;
 * a symlink or another file there is refused. 0, or -1 with *cause. */
int	 file_make_dir(const char *path, char **cause);

#endif
