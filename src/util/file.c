/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * file.c: writing a whole file so that it is either there complete or
 * not changed at all: the bytes go to a new temporary file beside PATH,
 * are flushed to the disk, and only then renamed over PATH. A full disk
 * or a broken connection never leaves half an export behind.
 *
 * The temporary is DIR/.NAME.XXXXXX from mkostemp: created exclusively
 * (O_EXCL) with a random name and mode 0600. A fixed name such as
 * PATH.tmp could be planted beforehand by another local user, as a
 * symlink to a file of ours or as a file they can read. When PATH itself
 * is a symlink, rename replaces the link; it never writes through it.
 */
#define _GNU_SOURCE	/* mkostemp: glibc declares it only here */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "vitaal/util.h"

static int
failed(char **cause, const char *path, int err)
{
	if (cause != NULL)
		*cause = xasprintf("kan %s niet schrijven: %s", path, strerror(err));
	return -1;
}

struct file_out {
	char	*path;		/* NULL: stdout */
	char	*tmp;		/* the temporary beside path */
	FILE	*f;
	int	 err;		/* the first errno, 0 while all went well */
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

struct file_out *
file_open_atomic(const char *path, char **cause)
{
	struct file_out *fo = xcalloc(1, sizeof(*fo));
	int fd, err;

	if (path == NULL) {
		fo->f = stdout;
		return fo;
	}
	fo->path = xstrdup(path);
	fo->tmp = tmp_template(path);
	if ((fd = mkostemp(fo->tmp, O_CLOEXEC)) == -1) {
		failed(cause, path, errno);
		goto fail;
	}
	/* mkostemp gives 0600 already; say so, whatever the libc. */
	if (fchmod(fd, 0600) != 0 || (fo->f = fdopen(fd, "w")) == NULL) {
		err = errno;
		close(fd);
		unlink(fo->tmp);
		failed(cause, path, err);
		goto fail;
	}
	return fo;

fail:
	free(fo->path);
	free(fo->tmp);
	free(fo);
	return NULL;
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
	if (fo->path != NULL) {
		if (err == 0 && fsync(fileno(fo->f)) != 0)
			err = errno;
		if (fclose(fo->f) != 0 && err == 0)
			err = errno;
		if (err == 0 && rename(fo->tmp, fo->path) != 0)
			err = errno;
		if (err != 0)
			unlink(fo->tmp);
	}
	if (err != 0)
		failed(cause, name, err);
	free(fo->path);
	free(fo->tmp);
	free(fo);
	return err != 0 ? -1 : 0;
}

void
file_abort(struct file_out *fo)
{
	if (fo->path != NULL) {
		fclose(fo->f);
		unlink(fo->tmp);
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
