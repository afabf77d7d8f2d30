/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * rescue.c: see rescue.h. A plain text file with a readable name, so a
 * person can find it without Vitaal.
 *
 * The text may be private, and the werkboek may lie in a shared place, so
 * herstel/ must be a directory of the user's own that no one else can
 * enter, and each file is new (O_EXCL, O_NOFOLLOW, 0600): a name or a
 * symlink planted beforehand is never written through or appended to.
 *
 * The disk that refused the werkboek may refuse this file too: a file
 * that could not be written whole and synced is removed again, so an
 * empty or cut-off rescue never passes for the text.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
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

/* Write all of s to fd; 0, or -1 with errno set. */
static int
write_all(int fd, const char *s, size_t len)
{
	ssize_t n;

	while (len > 0) {
		if ((n = write(fd, s, len)) == -1) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		s += n;
		len -= (size_t)n;
	}
	return 0;
}

char *
rescue_write(const char *werkboek_path, const char *label, const char *text, char **cause)
{
	const char *slash = strrchr(werkboek_path, '/');
	char *dir, *name, *path, *safe, *head, stamp[32];
	time_t now = time(NULL);
	struct tm tm;
	size_t i, len;
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
	path = xasprintf("%s/%s", dir, name);
	free(safe);
	free(dir);
	if (fd != -1) {
		/* Synced before it counts: on a full disk the error may only
		 * show when the blocks are allocated. */
		head = xasprintf("# Vitaal: niet bewaard antwoord op %s\n", label);
		if (write_all(fd, head, strlen(head)) != 0 ||
		    write_all(fd, text, strlen(text)) != 0 || write_all(fd, "\n", 1) != 0 ||
		    fsync(fd) != 0)
			err = errno;
		free(head);
		if (close(fd) != 0 && err == 0)
			err = errno;
		/* A file that does not hold the whole text is worse than none:
		 * it looks like a rescue. */
		if (err != 0)
			unlinkat(dfd, name, 0);
	}
	close(dfd);
	free(name);
	if (err != 0) {
		if (cause != NULL)
			*cause = xasprintf("kan %s niet schrijven: %s", path, strerror(err));
		free(path);
		return NULL;
	}
	return path;
}
