/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * file.c: writing a whole file so that it is either there complete or
 * not changed at all: the bytes go to PATH.tmp, are flushed to the disk,
 * and only then renamed over PATH. A full disk or a broken connection
 * never leaves half an export behind.
 */
#include "config.h"

#include <errno.h>
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
	char	*tmp;
	FILE	*f;
	int	 err;		/* the first errno, 0 while all went well */
};

struct file_out *
file_open_atomic(const char *path, char **cause)
{
	struct file_out *fo = xcalloc(1, sizeof(*fo));

	if (path == NULL) {
		fo->f = stdout;
		return fo;
	}
	fo->path = xstrdup(path);
	fo->tmp = xasprintf("%s.tmp", path);
	if ((fo->f = fopen(fo->tmp, "w")) == NULL) {
		failed(cause, path, errno);
		free(fo->path);
		free(fo->tmp);
		free(fo);
		return NULL;
	}
	return fo;
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
	if (mkdir(path, 0777) == 0 || errno == EEXIST)
		return 0;
	if (cause != NULL)
		*cause = xasprintf("kan map %s niet maken: %s", path, strerror(errno));
	return -1;
}
