/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * file.c: reading a whole (small) file into memory, and writing a whole
 * file so that it is either there complete or not changed at all: the bytes go to a new temporary file beside PATH,
 * are flushed to the disk, and only then renamed over PATH. A full disk
 * or a broken connection never leaves half an export behind.
 *
 * The temporary is DIR/.NAME.XXXXXX from mkostemp: created exclusively
 * (O_EXCL) with a random name and mode 0600. A fixed name such as
 * PATH.tmp could be planted beforehand by another local user, as a
 * symlink to a file of ours or as a file they can read. When PATH itself
 * is a symlink, rename replaces the link; it never writes through it.
 *
 * A PATH that is a device or a pipe (/dev/null, /dev/stdout, a FIFO) is
 * written into as it is: renaming over it would replace /dev/null itself
 * with a file.
 *
 * No leftovers. While a temporary is being written its name is in a
 * table that a handler for SIGTERM, SIGINT and SIGHUP unlinks (with
 * unlink only: async-signal-safe) before the signal ends the program as
 * it would have; the handler is installed only where the signal would
 * kill anyway, so the UI's own handlers (which save and leave curses)
 * stay in charge there. Against kill -9 nothing can run, so each new
 * export first removes a stale temporary of an earlier run beside its
 * target: our own, a regular file, named exactly .NAME.XXXXXX, last
 * written before this run began, and not locked (the writer holds an
 * flock on its temporary until the rename, so a live export is never
 * taken for a dead one).
 */
#define _GNU_SOURCE	/* mkostemp: glibc declares it only here */
#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "vitaal/util.h"

/* Temporaries being written at once: one, and room to spare. */
#define FILE_MAX_TMP	4

/* The table the signal handler reads: a slot's name is complete before
 * its flag is set, and both change only with the signals blocked. */
static char			 tmp_names[FILE_MAX_TMP][PATH_MAX];
static volatile sig_atomic_t	 tmp_used[FILE_MAX_TMP];
static const int		 tmp_signals[] = { SIGTERM, SIGINT, SIGHUP };
/* When this run began (CLOCK_REALTIME): older temporaries are stale. */
static struct timespec		 run_start;

static void
tmp_on_signal(int sig)
{
	int i;

	for (i = 0; i < FILE_MAX_TMP; i++)
		if (tmp_used[i])
			unlink(tmp_names[i]);
	/* Die of the signal as before: blocked while we run, it arrives
	 * with the default action as soon as we return. */
	signal(sig, SIG_DFL);
	raise(sig);
}

/* Block the signals that clean up, saving the old mask in *old. */
static void
tmp_block(sigset_t *old)
{
	sigset_t set;
	size_t i;

	sigemptyset(&set);
	for (i = 0; i < sizeof tmp_signals / sizeof tmp_signals[0]; i++)
		sigaddset(&set, tmp_signals[i]);
	pthread_sigmask(SIG_BLOCK, &set, old);
}

/* Note a new temporary for the handler (signals blocked); its slot, or -1
 * when the table is full or the name too long (then only file_abort and
 * file_close_atomic remove it). */
static int
tmp_register(const char *name)
{
	struct sigaction sa, old;
	size_t i;
	int slot;

	for (i = 0; i < sizeof tmp_signals / sizeof tmp_signals[0]; i++) {
		if (sigaction(tmp_signals[i], NULL, &old) != 0 ||
		    (old.sa_flags & SA_SIGINFO) || old.sa_handler != SIG_DFL)
			continue;
		memset(&sa, 0, sizeof sa);
		sa.sa_handler = tmp_on_signal;
		sigemptyset(&sa.sa_mask);
		sigaction(tmp_signals[i], &sa, NULL);
	}
	if (strlen(name) >= PATH_MAX)
		return -1;
	for (slot = 0; slot < FILE_MAX_TMP; slot++) {
		if (!tmp_used[slot]) {
			memcpy(tmp_names[slot], name, strlen(name) + 1);
			tmp_used[slot] = 1;
			return slot;
		}
	}
	return -1;
}

static void
tmp_unregister(int slot)
{
	if (slot >= 0)
		tmp_used[slot] = 0;
}

int
file_is_temp_of(const char *base, const char *name)
{
	size_t n = strlen(base), i;
	char c;

	if (name[0] != '.' || strncmp(name + 1, base, n) != 0 || name[n + 1] != '.' ||
	    strlen(name + n + 2) != 6)
		return 0;
	/* mkostemp's letters: a-z, A-Z, 0-9. */
	for (i = n + 2; name[i] != '\0'; i++) {
		c = name[i];
		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')))
			return 0;
	}
	return 1;
}

/* Is a older than b? */
static int
older(const struct timespec *a, const struct timespec *b)
{
	return a->tv_sec < b->tv_sec || (a->tv_sec == b->tv_sec && a->tv_nsec < b->tv_nsec);
}

int
file_clean_stale(const char *path, const struct timespec *before)
{
	const char *slash = strrchr(path, '/'), *base = slash != NULL ? slash + 1 : path;
	char *dir = slash != NULL ? xasprintf("%.*s", (int)(slash - path), path) : xstrdup(".");
	struct dirent *e;
	struct stat sb;
	DIR *d;
	int fd, n = 0;

	if (dir[0] == '\0') {	/* "/NAME" */
		free(dir);
		dir = xstrdup("/");
	}
	if (*base == '\0' || (d = opendir(dir)) == NULL) {
		free(dir);
		return 0;
	}
	while ((e = readdir(d)) != NULL) {
		if (!file_is_temp_of(base, e->d_name))
			continue;
		/* Checked through a descriptor of the file itself, never a
		 * link; O_NONBLOCK: a FIFO planted here does not hang us. */
		fd = openat(dirfd(d), e->d_name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY |
		    O_CLOEXEC);
		if (fd == -1)
			continue;
		if (fstat(fd, &sb) == 0 && S_ISREG(sb.st_mode) && sb.st_uid == geteuid() &&
		    older(&sb.st_mtim, before) && flock(fd, LOCK_EX | LOCK_NB) == 0 &&
		    unlinkat(dirfd(d), e->d_name, 0) == 0)
			n++;
		close(fd);
	}
	closedir(d);
	free(dir);
	return n;
}

static int
failed(char **cause, const char *path, int err)
{
	if (cause != NULL)
		*cause = xasprintf("kan %s niet schrijven: %s", path, strerror(err));
	return -1;
}

struct file_out {
	char	*path;		/* NULL: stdout */
	char	*tmp;		/* the temporary beside path; NULL: written in place */
	FILE	*f;
	int	 err;		/* the first errno, 0 while all went well */
	int	 slot;		/* in the signal handler's table; -1: not there */
};

/* DIR/.NAME.XXXXXX for DIR/NAME: in the target's own directory, so the
 * rename stays on one file system. */
static char *
tmp_template(const char *path)
{
	const char *slash = strrchr(path, '/');

	if (slash == NULL)
		return xasprintf(".%s.XXXXXX", path);
	return xasprintf("%.*s/.%s.XXXXXX", (int)(slash - path), path, slash + 1);
}

/* Remove the temporary and take it out of the handler's table, with the
 * signals blocked so that the two go together. */
static void
tmp_remove(struct file_out *fo)
{
	sigset_t old;

	tmp_block(&old);
	unlink(fo->tmp);
	tmp_unregister(fo->slot);
	fo->slot = -1;
	pthread_sigmask(SIG_SETMASK, &old, NULL);
}

/* The temporary beside fo->path: made and noted for the signal handler
 * at one go (a signal in between would leave a name nobody removes), 0600
 * and locked. 0, or -1 with *cause and nothing left behind. */
static int
tmp_open(struct file_out *fo, char **cause)
{
	sigset_t old;
	int fd, err;

	if (run_start.tv_sec == 0)
		clock_gettime(CLOCK_REALTIME, &run_start);
	file_clean_stale(fo->path, &run_start);
	fo->tmp = tmp_template(fo->path);
	tmp_block(&old);
	if ((fd = mkostemp(fo->tmp, O_CLOEXEC)) != -1)
		fo->slot = tmp_register(fo->tmp);
	err = errno;
	pthread_sigmask(SIG_SETMASK, &old, NULL);
	if (fd == -1)
		return failed(cause, fo->path, err);
	/* mkostemp gives 0600 already; say so, whatever the libc. The lock
	 * says "being written" to file_clean_stale of another run. */
	if (fchmod(fd, 0600) != 0 || flock(fd, LOCK_EX) != 0 ||
	    (fo->f = fdopen(fd, "w")) == NULL) {
		err = errno;
		close(fd);
		tmp_remove(fo);
		return failed(cause, fo->path, err);
	}
	return 0;
}

struct file_out *
file_open_atomic(const char *path, char **cause)
{
	struct file_out *fo = xcalloc(1, sizeof(*fo));
	struct stat sb;
	int fd, err;

	fo->slot = -1;
	if (path == NULL) {
		fo->f = stdout;
		return fo;
	}
	fo->path = xstrdup(path);
	if (stat(path, &sb) == 0 && !S_ISREG(sb.st_mode)) {
		if (S_ISDIR(sb.st_mode)) {
			failed(cause, path, EISDIR);
			goto fail;
		}
		if ((fd = open(path, O_WRONLY | O_NOCTTY | O_CLOEXEC)) == -1 ||
		    (fo->f = fdopen(fd, "w")) == NULL) {
			err = errno;
			if (fd != -1)
				close(fd);
			failed(cause, path, err);
			goto fail;
		}
		return fo;
	}
	if (tmp_open(fo, cause) == 0)
		return fo;

fail:
	free(fo->path);
	free(fo->tmp);
	free(fo);
	return NULL;
}

struct file_out *
file_open_temp(const char *path, char **cause)
{
	struct file_out *fo = xcalloc(1, sizeof(*fo));

	fo->slot = -1;
	fo->path = xstrdup(path);
	if (tmp_open(fo, cause) == 0)
		return fo;
	free(fo->path);
	free(fo->tmp);
	free(fo);
	return NULL;
}

const char *
file_temp_name(const struct file_out *fo)
{
	return fo->tmp;
}

/* Give the temporary the name path unless something has it: never
 * replaces. 0 or an errno. */
static int
rename_new(const char *from, const char *to)
{
#ifdef RENAME_NOREPLACE
	if (renameat2(AT_FDCWD, from, AT_FDCWD, to, RENAME_NOREPLACE) == 0)
		return 0;
	if (errno != EINVAL && errno != ENOSYS && errno != ENOTSUP)
		return errno;
#endif
	/* Without renameat2 (another system, a file system that lacks it):
	 * a second name, which fails on any existing one, then the first
	 * name goes. */
	if (link(from, to) != 0)
		return errno;
	unlink(from);
	return 0;
}

int
file_close_new(struct file_out *fo, char **cause)
{
	sigset_t old;
	int err;

	tmp_block(&old);
	if ((err = rename_new(fo->tmp, fo->path)) != 0)
		unlink(fo->tmp);
	tmp_unregister(fo->slot);
	pthread_sigmask(SIG_SETMASK, &old, NULL);
	fclose(fo->f);	/* only now: the lock held until the name was ours */
	if (err == EEXIST) {
		if (cause != NULL)
			*cause = xasprintf("%s bestaat al; kies een nieuwe naam", fo->path);
	} else if (err != 0)
		failed(cause, fo->path, err);
	free(fo->path);
	free(fo->tmp);
	free(fo);
	return err != 0 ? -1 : 0;
}

int
file_put(struct file_out *fo, const char *data, size_t len)
{
	if (fo->err == 0 && len > 0 && fwrite(data, 1, len, fo->f) != len)
		fo->err = errno != 0 ? errno : EIO;
	return fo->err == 0 ? 0 : -1;
}

int
file_close_atomic(struct file_out *fo, char **cause)
{
	const char *name = fo->path != NULL ? fo->path : "de uitvoer";
	int err = fo->err;

	if (err == 0 && fflush(fo->f) != 0)
		err = errno;
	if (fo->path != NULL && fo->tmp == NULL) {
		if (fclose(fo->f) != 0 && err == 0)
			err = errno;
	} else if (fo->path != NULL) {
		sigset_t old;

		if (err == 0 && fsync(fileno(fo->f)) != 0)
			err = errno;
		/* Renamed while still open: the lock holds until the name is
		 * the target's, so no other run takes it for stale. */
		tmp_block(&old);
		if (err == 0 && rename(fo->tmp, fo->path) != 0)
			err = errno;
		if (err != 0)
			unlink(fo->tmp);
		tmp_unregister(fo->slot);
		pthread_sigmask(SIG_SETMASK, &old, NULL);
		if (fclose(fo->f) != 0 && err == 0)
			err = errno;
	}
	if (err != 0)
		failed(cause, name, err);
	free(fo->path);
	free(fo->tmp);
	free(fo);
	if (err != 0)
		errno = err;	/* e.g. EPIPE: the reader went away */
	return err != 0 ? -1 : 0;
}

void
file_abort(struct file_out *fo)
{
	if (fo->path != NULL) {
		if (fo->tmp != NULL)
			tmp_remove(fo);
		fclose(fo->f);
	}
	free(fo->path);
	free(fo->tmp);
	free(fo);
}

int
file_write_atomic(const char *path, const char *data, size_t len, char **cause)
{
	struct file_out *fo;

	if ((fo = file_open_atomic(path, cause)) == NULL)
		return -1;
	file_put(fo, data, len);
	return file_close_atomic(fo, cause);
}

int
file_make_dir(const char *path, char **cause)
{
	struct stat sb;
	const char *why = NULL;
	char *name;
	size_t len;

	if (mkdir(path, 0700) == 0)
		return 0;
	if (errno != EEXIST) {
		if (cause != NULL)
			*cause = xasprintf("kan map %s niet maken: %s", path, strerror(errno));
		return -1;
	}
	/* Without trailing slashes, or lstat would follow a symlink after all. */
	name = xstrdup(path);
	for (len = strlen(name); len > 1 && name[len - 1] == '/'; len--)
		name[len - 1] = '\0';
	/* The user's own folder is fine whatever its mode; a symlink could
	 * lead the files anywhere. */
	if (lstat(name, &sb) != 0)
		why = strerror(errno);
	else if (S_ISLNK(sb.st_mode))
		why = "het is een symbolische koppeling";
	else if (!S_ISDIR(sb.st_mode))
		why = "het is geen map";
	free(name);
	if (why == NULL)
		return 0;
	if (cause != NULL)
		*cause = xasprintf("kan map %s niet gebruiken: %s", path, why);
	return -1;
}

char *
file_read_all(const char *path, size_t max, size_t *len, int *opened)
{
	struct strbuf b = { 0 };
	char buf[65536];
	size_t n;
	FILE *f = path == NULL ? stdin : fopen(path, "rb");
	int error = 0;

	if (opened != NULL)
		*opened = f != NULL;
	if (f == NULL)
		return NULL;
	errno = 0;
	while (b.len <= max && (n = fread(buf, 1, sizeof buf, f)) > 0)
		strbuf_add(&b, buf, n);
	if (ferror(f))
		error = errno != 0 ? errno : EIO;
	else if (b.len > max)
		error = EFBIG;
	if (f != stdin)
		fclose(f);
	if (error != 0) {
		strbuf_free(&b);
		errno = error;
		return NULL;
	}
	if (len != NULL)
		*len = b.len;
	return b.s != NULL ? strbuf_take(&b) : xstrdup("");
}
