/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * rescue.c: see rescue.h. Plain stdio and a fixed, readable name, so a
 * person can find the file without Vitaal.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "vitaal/rescue.h"
#include "vitaal/util.h"

char *
rescue_write(const char *werkboek_path, const char *label, const char *text, char **cause)
{
	const char *slash = strrchr(werkboek_path, '/');
	char *dir, *path, *safe, stamp[32];
	time_t now = time(NULL);
	struct tm tm;
	size_t i, len;
	FILE *f;
	int fd;

	dir = slash != NULL ? xasprintf("%.*s/herstel", (int)(slash - werkboek_path),
	    werkboek_path) : xstrdup("herstel");
	if (mkdir(dir, 0700) != 0 && errno != EEXIST) {
		if (cause != NULL)
			*cause = xasprintf("kan %s niet maken: %s", dir, strerror(errno));
		free(dir);
		return NULL;
	}
	/* Keep the label to letters, digits, dots and dashes in the name. */
	safe = xstrdup(label);
	for (i = 0, len = strlen(safe); i < len; i++)
		if (!((safe[i] >= 'a' && safe[i] <= 'z') || (safe[i] >= 'A' && safe[i] <= 'Z') ||
		    (safe[i] >= '0' && safe[i] <= '9') || safe[i] == '.' || safe[i] == '-'))
			safe[i] = '_';
	gmtime_r(&now, &tm);
	strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", &tm);
	path = xasprintf("%s/%s-%s.txt", dir, stamp, safe);
	free(safe);
	free(dir);
	fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
	if (fd == -1 || (f = fdopen(fd, "a")) == NULL) {
		if (cause != NULL)
			*cause = xasprintf("kan %s niet schrijven: %s", path, strerror(errno));
		if (fd != -1)
			close(fd);
		free(path);
		return NULL;
	}
	fprintf(f, "# Vitaal: niet bewaard antwoord op %s\n%s\n", label, text);
	if (fclose(f) != 0) {
		if (cause != NULL)
			*cause = xasprintf("kan %s niet schrijven: %s", path, strerror(errno));
		free(path);
		return NULL;
	}
	return path;
}
