/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * rescue.c: see rescue.h. Plain stdio and a readable name, so a person
 * can find the file without Vitaal.
 *
 * The text may be private, and the werkboek may lie in a shared place, so
 * herstel/ must be a directory of the user's own that no one else can
 * enter, and each file is new (O_EXCL, O_NOFOLLOW, 0600): a name or a
 * symlink planted beforehand is never written through or appended to.
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

/* Enough for any two texts in one second; the bound only stops a loop. */
#define RESCUE_MAX_SAME	1000

/* Open directory dir (made 0700 when it is not there) and check it is the
 * user's own and closed to others. The checks go through the descriptor,
 * opened without following a link, so what is checked is what is written
 * into. A descriptor, or -1 with *cause. */
static int
rescue_dir(const char *dir, char **cause)
{
	struct stat sb;
	const char *why = NULL;
	int dfd, err;

	if (mkdir(dir, 0700) != 0 && errno != EEXIST) {
		if (cause != NULL)
			*cause = xasprintf("kan %s niet maken: %s", dir, strerror(errno));
		return -1;
	}
	if ((dfd = open(dir, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)) == -1) {
		err = errno;
		/* Say why: the errno of O_NOFOLLOW differs between systems. */
		if (lstat(dir, &sb) == 0 && S_ISLNK(sb.st_mode))
			why = "is een symbolische koppeling";
		else if (err == ENOTDIR)
			why = "is geen map";
		else {
			if (cause != NULL)
				*cause = xasprintf("kan %s niet openen: %s", dir, strerror(err));
			return -1;
		}
	} else if (fstat(dfd, &sb) != 0) {
		err = errno;
		close(dfd);
		if (cause != NULL)
			*cause = xasprintf("kan %s niet openen: %s", dir, strerror(err));
		return -1;
	} else if (sb.st_uid != geteuid())
		why = "is niet van u";
	else if (sb.st_mode & 0044)
		why = "is leesbaar voor anderen (chmod 700)";
	else if (sb.st_mode & 0077)
		why = "staat open voor anderen (chmod 700)";
	if (why == NULL)
		return dfd;
	if (dfd != -1)
		close(dfd);
	if (cause != NULL)
		*cause = xasprintf("%s/ %s", dir, why);
	return -1;
}

char *
rescue_write(const char *werkboek_path, const char *label, const char *text, char **cause)
{
	const char *slash = strrchr(werkboek_path, '/');
	char *dir, *name, *path, *safe, stamp[32];
	time_t now = time(NULL);
	struct tm tm;
	size_t i, len;
	FILE *f;
	int dfd, fd, n, err;

	dir = slash != NULL ? xasprintf("%.*s/herstel", (int)(slash - werkboek_path),
	    werkboek_path) : xstrdup("herstel");
	if ((dfd = rescue_dir(dir, cause)) == -1) {
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
	/* A counter rather than random letters: the name stays one a person
	 * can read and sort; O_EXCL makes it safe. */
	for (n = 1;; n++) {
		name = n == 1 ? xasprintf("%s-%s.txt", stamp, safe) :
		    xasprintf("%s-%s-%d.txt", stamp, safe, n);
		fd = openat(dfd, name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC,
		    0600);
		if (fd != -1 || errno != EEXIST || n == RESCUE_MAX_SAME)
			break;
		free(name);
	}
	err = fd == -1 ? errno : 0;
	close(dfd);
	path = xasprintf("%s/%s", dir, name);
	free(name);
	free(safe);
	free(dir);
	if (fd == -1 || (f = fdopen(fd, "w")) == NULL) {
		if (err == 0) {
			err = errno;
			close(fd);
		}
		if (cause != NULL)
			*cause = xasprintf("kan %s niet schrijven: %s", path, strerror(err));
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
