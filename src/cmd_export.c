/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * cmd_export.c: `vitaal sessie lijst` (the sessions with their numbers)
 * and `vitaal export --sessie NR [--format txt] [-o BESTAND]`: a session's
 * summary on stdout or in a file. A file is written beside its final name
 * and renamed into place, so a full disk never leaves half a summary.
 */
#include "config.h"

#include <errno.h>
#include <getopt.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "vitaal/catalogue.h"
#include "vitaal/export.h"
#include "vitaal/session.h"
#include "vitaal/util.h"
#include "cmd.h"

static int
do_sessie_lijst(struct store *st, int argc, char **argv)
{
	struct session_rec_list *l;
	char *cause = NULL;
	size_t i;

	(void)argv;
	if (argc != 2) {
		cmd_error("'sessie lijst' neemt geen argumenten");
		return EXIT_USAGE;
	}
	if ((l = session_list(st, &cause)) == NULL) {
		cmd_error("%s", cause);
		free(cause);
		return EXIT_USER;
	}
	printf("%4s  %-10s  %-15s  %10s  %s\n", "NR", "DATUM", "SOORT", "WIJZIGINGEN", "TITEL");
	for (i = 0; i < l->n; i++)
		printf("%4" PRId64 "  %-10s  %-15s  %10d  %s\n", l->v[i].id, l->v[i].date,
		    l->v[i].kind, l->v[i].nchanges, l->v[i].title);
	session_rec_list_free(l);
	return EXIT_OK;
}

int
cmd_sessie(struct store *st, int argc, char **argv)
{
	if (argc >= 2 && strcmp(argv[1], "lijst") == 0)
		return do_sessie_lijst(st, argc, argv);
	cmd_error("gebruik: vitaal sessie lijst");
	return EXIT_USAGE;
}

/* Write text to path via path.tmp and a rename; 0, or -1 after a message. */
static int
write_file(const char *path, const char *text)
{
	char *tmp = xasprintf("%s.tmp", path);
	size_t len = strlen(text);
	FILE *f;
	int ok;

	if ((f = fopen(tmp, "w")) == NULL) {
		cmd_error("kan %s niet schrijven: %s", path, strerror(errno));
		free(tmp);
		return -1;
	}
	ok = fwrite(text, 1, len, f) == len;
	ok = fflush(f) == 0 && ok;
	ok = fsync(fileno(f)) == 0 && ok;
	if (!ok)
		cmd_error("kan %s niet schrijven: %s", path, strerror(errno));
	if (fclose(f) != 0 && ok) {
		cmd_error("kan %s niet schrijven: %s", path, strerror(errno));
		ok = 0;
	}
	if (ok && rename(tmp, path) != 0) {
		cmd_error("kan %s niet schrijven: %s", path, strerror(errno));
		ok = 0;
	}
	if (!ok)
		unlink(tmp);
	free(tmp);
	return ok ? 0 : -1;
}

int
cmd_export(struct store *st, int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "format",	required_argument,	NULL, 'f' },
		{ "sessie",	required_argument,	NULL, 's' },
		{ "output",	required_argument,	NULL, 'o' },
		{ NULL, 0, NULL, 0 }
	};
	const char *format = "txt", *output = NULL, *sessie = NULL;
	struct catalogue *cat;
	char *text = NULL, *cause = NULL, *end;
	long long id;
	int c, ret;

	optind = 0;
	while ((c = getopt_long(argc, argv, "f:s:o:", longopts, NULL)) != -1) {
		switch (c) {
		case 'f':
			format = optarg;
			break;
		case 's':
			sessie = optarg;
			break;
		case 'o':
			output = optarg;
			break;
		default:
			return EXIT_USAGE;
		}
	}
	if (optind != argc || sessie == NULL) {
		cmd_error("gebruik: vitaal export --sessie NR [--format txt] [-o BESTAND]");
		return EXIT_USAGE;
	}
	if (strcmp(format, "txt") != 0) {
		cmd_error("onbekend formaat '%s': kies txt", format);
		return EXIT_USAGE;
	}
	errno = 0;
	id = strtoll(sessie, &end, 10);
	if (errno != 0 || *end != '\0' || end == sessie || id <= 0) {
		cmd_error("'%s' is geen sessienummer; zie 'vitaal sessie lijst'", sessie);
		return EXIT_USAGE;
	}
	if ((cat = catalogue_load(st)) == NULL) {
		cmd_error("catalogus niet te lezen");
		return EXIT_USER;
	}
	if (export_session_txt(st, cat, (int64_t)id, &text, &cause) != 0) {
		cmd_error("%s", cause);
		free(cause);
		catalogue_free(cat);
		return EXIT_USER;
	}
	catalogue_free(cat);
	if (output != NULL)
		ret = write_file(output, text) == 0 ? EXIT_OK : EXIT_USER;
	else if (fputs(text, stdout) == EOF || fflush(stdout) != 0) {
		cmd_error("kan niet naar de uitvoer schrijven: %s", strerror(errno));
		ret = EXIT_USER;
	} else
		ret = EXIT_OK;
	free(text);
	return ret;
}
