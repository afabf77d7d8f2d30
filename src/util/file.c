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

int
file_write_atomic(const char *path, const char *data, size_t len, char **cause)
{
	char *tmp = xasprintf("%s.tmp", path);
	FILE *f;
	int ok, err = 0;

	if ((f = fopen(tmp, "w")) == NULL) {
		err = errno;
		free(tmp);
		return failed(cause, path, err);
	}
	ok = len == 0 || fwrite(data, 1, len, f) == len;
	if (ok && (fflush(f) != 0 || fsync(fileno(f)) != 0))
		ok = 0;
	if (!ok)
		err = errno;
	if (fclose(f) != 0 && ok) {
		err = errno;
		ok = 0;
	}
	if (ok && rename(tmp, path) != 0) {
		err = errno;
		ok = 0;
	}
	if (!ok)
		unlink(tmp);
	free(tmp);
	return ok ? 0 : failed(cause, path, err != 0 ? err : EIO);
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
