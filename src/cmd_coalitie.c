/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * cmd_coalitie.c: `vitaal coalitie lijst|nieuw|hernoem|archiveer|herstel|
 * verwijder`, the scriptable face of the coalition list. Output is plain
 * text, one coalition per line, so it pipes well.
 */
#include "config.h"

#include <getopt.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "vitaal/coalition.h"
#include "vitaal/store.h"
#include "vitaal/utf8.h"
#include "vitaal/util.h"
#include "cmd.h"

/* Print s padded with spaces to width display columns. */
static void
print_padded(const char *s, size_t width)
{
	size_t w = utf8_width(s);

	fputs(s, stdout);
	while (w++ < width)
		putchar(' ');
}

static int
do_lijst(struct store *st, int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "alle", no_argument, NULL, 'a' },
		{ NULL, 0, NULL, 0 }
	};
	struct coalition_list *l;
	size_t i, namew = 4;
	int c, all = 0, total;

	optind = 0;
	while ((c = getopt_long(argc, argv, "a", longopts, NULL)) != -1) {
		if (c != 'a')
			return EXIT_USAGE;
		all = 1;
	}
	if (optind != argc) {
		cmd_error("'coalitie lijst' neemt geen argumenten");
		return EXIT_USAGE;
	}
	if ((l = store_coalition_list(st, all)) == NULL ||
	    (total = store_workbook_item_count(st)) < 0) {
		cmd_error("%s", store_errmsg(st));
		coalition_list_free(l);
		return EXIT_USER;
	}
	for (i = 0; i < l->n; i++)
		if (utf8_width(cmd_text(l->v[i].name)) > namew)
			namew = utf8_width(cmd_text(l->v[i].name));
	printf("%4s  ", "NR");
	print_padded("NAAM", namew);
	printf("  %-14s  %9s  %s\n", "FASE", "VOORTGANG", "GEWIJZIGD");
	for (i = 0; i < l->n; i++) {
		const struct coalition *co = &l->v[i];

		printf("%4" PRId64 "  ", co->id);
		print_padded(cmd_text(co->name), namew);
		printf("  %-14s  %8d%%  %.10s %.5s%s\n", coalition_phase_label(co->phase),
		    coalition_percent(co->answered, total), co->updated, co->updated + 11,
		    co->archived ? "  (archief)" : "");
	}
	coalition_list_free(l);
	return EXIT_OK;
}

/* Resolve argv[1] to a coalition or print why not. */
static struct coalition *
resolve_arg(struct store *st, const char *arg)
{
	struct coalition *c;
	char *cause = NULL;

	if ((c = coalition_resolve(st, arg, &cause)) == NULL) {
		cmd_error("%s", cause);
		free(cause);
	}
	return c;
}

/* Ask on the terminal for the name, as a last look before deleting. */
static char *
ask_confirmation(const struct coalition *c)
{
	char line[512];

	fprintf(stderr, "Coalitie '%s' met alle antwoorden, spelers en dilemma's "
	    "verwijderen?\nTyp de naam om te bevestigen: ", cmd_text(c->name));
	fflush(stderr);
	if (fgets(line, sizeof line, stdin) == NULL)
		return NULL;
	line[strcspn(line, "\n")] = '\0';
	return xstrdup(line);
}

static int
do_verwijder(struct store *st, int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "ja", no_argument, NULL, 'j' },
		{ NULL, 0, NULL, 0 }
	};
	struct coalition *co;
	char *confirm = NULL, *cause = NULL;
	int c, yes = 0, ret = EXIT_USER;

	optind = 0;
	while ((c = getopt_long(argc, argv, "", longopts, NULL)) != -1) {
		if (c != 'j')
			return EXIT_USAGE;
		yes = 1;
	}
	if (argc - optind != 1) {
		cmd_error("gebruik: vitaal coalitie verwijder COALITIE [--ja]");
		return EXIT_USAGE;
	}
	if ((co = resolve_arg(st, argv[optind])) == NULL)
		return EXIT_USER;
	if (yes)
		confirm = xstrdup(co->name);
	else if (isatty(STDIN_FILENO))
		confirm = ask_confirmation(co);
	else {
		cmd_error("niet verwijderd: bevestig met --ja");
		goto out;
	}
	if (coalition_delete(st, co->id, confirm, &cause) != 0) {
		cmd_error("%s", cause);
		goto out;
	}
	printf("Coalitie '%s' verwijderd.\n", cmd_text(co->name));
	ret = EXIT_OK;
out:
	free(cause);
	free(confirm);
	coalition_free(co);
	return ret;
}

int
cmd_coalitie(struct store *st, int argc, char **argv)
{
	struct coalition *co = NULL;
	const char *verb;
	char *cause = NULL;
	int64_t id;
	int ret = EXIT_USER, want;

	if (argc < 2) {
		cmd_error("gebruik: vitaal coalitie lijst|nieuw|hernoem|archiveer|herstel|verwijder");
		return EXIT_USAGE;
	}
	verb = argv[1];
	if (strcmp(verb, "lijst") == 0)
		return do_lijst(st, argc - 1, argv + 1);
	if (strcmp(verb, "verwijder") == 0)
		return do_verwijder(st, argc - 1, argv + 1);

	want = strcmp(verb, "hernoem") == 0 ? 4 : 3;
	if (strcmp(verb, "nieuw") != 0 && strcmp(verb, "hernoem") != 0 &&
	    strcmp(verb, "archiveer") != 0 && strcmp(verb, "herstel") != 0) {
		cmd_error("onbekende coalitie-opdracht '%s'", verb);
		return EXIT_USAGE;
	}
	if (argc != want) {
		cmd_error("gebruik: vitaal coalitie %s %s", verb,
		    want == 4 ? "COALITIE NIEUWE-NAAM" :
		    strcmp(verb, "nieuw") == 0 ? "NAAM" : "COALITIE");
		return EXIT_USAGE;
	}

	if (strcmp(verb, "nieuw") == 0) {
		if ((id = coalition_create(st, argv[2], &cause)) < 0)
			goto fail;
		printf("Coalitie %" PRId64 " aangemaakt.\n", id);
		return EXIT_OK;
	}
	if ((co = resolve_arg(st, argv[2])) == NULL)
		return EXIT_USER;
	if (strcmp(verb, "hernoem") == 0) {
		if (coalition_rename(st, co->id, argv[3], &cause) != 0)
			goto fail;
		printf("Coalitie %" PRId64 " heet nu '%s'.\n", co->id, cmd_text(argv[3]));
	} else {
		int archive = strcmp(verb, "archiveer") == 0;

		if (coalition_archive(st, co->id, archive, &cause) != 0)
			goto fail;
		printf("Coalitie '%s' %s.\n", cmd_text(co->name),
		    archive ? "gearchiveerd" : "uit het archief gehaald");
	}
	ret = EXIT_OK;
	goto out;
fail:
	cmd_error("%s", cause);
out:
	free(cause);
	coalition_free(co);
	return ret;
}
