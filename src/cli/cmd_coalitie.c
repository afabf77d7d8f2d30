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
#include "vitaal/json.h"
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

/* A field of the tsv list: tab, newline, carriage return and backslash
 * written as \t \n \r \\ (the text format of PostgreSQL's COPY; other
 * control characters as \xHH), so that
 * every record is one line of exactly six fields. */
static void
put_tsv(const char *s)
{
	for (; *s != '\0'; s++) {
		switch (*s) {
		case '\t':	fputs("\\t", stdout); break;
		case '\n':	fputs("\\n", stdout); break;
		case '\r':	fputs("\\r", stdout); break;
		case '\\':	fputs("\\\\", stdout); break;
		default:
			/* Other control characters (an escape sequence in
			 * an old werkboek) never reach a terminal whole. */
			if ((unsigned char)*s < 0x20 || *s == 0x7f)
				printf("\\x%02x", (unsigned char)*s);
			else
				putchar(*s);
			break;
		}
	}
}

/* The list for scripts: tsv (a header, then one line per coalition) or a
 * JSON array; the same nr that --coalitie takes. */
static void
print_machine(const struct coalition_list *l, int total, int json)
{
	struct strbuf b = { 0 };
	size_t i;

	if (!json)
		puts("nr\tnaam\tfase\tvoortgang\tgewijzigd\tgearchiveerd");
	else
		strbuf_puts(&b, "[");
	for (i = 0; i < l->n; i++) {
		const struct coalition *co = &l->v[i];
		int pct = coalition_percent(co->answered, total);

		if (!json) {
			printf("%" PRId64 "\t", co->id);
			put_tsv(co->name);
			printf("\t%d\t%d\t%s\t%s\n", co->phase, pct, co->updated,
			    co->archived ? "ja" : "nee");
			continue;
		}
		strbuf_printf(&b, "%s\n  {\"nr\": %" PRId64 ", \"naam\": ", i > 0 ? "," : "",
		    co->id);
		json_put_string(&b, co->name);
		strbuf_printf(&b, ", \"fase\": %d, \"fasenaam\": ", co->phase);
		json_put_string(&b, coalition_phase_label(co->phase));
		strbuf_printf(&b, ", \"voortgang\": %d, \"gewijzigd\": ", pct);
		json_put_string(&b, co->updated);
		strbuf_printf(&b, ", \"gearchiveerd\": %s}", co->archived ? "true" : "false");
	}
	if (json) {
		strbuf_puts(&b, l->n > 0 ? "\n]\n" : "]\n");
		fwrite(b.s, 1, b.len, stdout);
		strbuf_free(&b);
	}
}

static int
do_lijst(struct store *st, int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "alle", no_argument, NULL, 'a' },
		{ "formaat", required_argument, NULL, 'f' },
		{ NULL, 0, NULL, 0 }
	};
	struct coalition_list *l;
	size_t i, namew = 4;
	int c, all = 0, total, format = 0;	/* 0 tekst, 1 tsv, 2 json */

	optind = 0;
	while ((c = cmd_getopt("coalitie lijst", argc, argv, "a", longopts)) != -1) {
		if (c == 'a')
			all = 1;
		else if (c == 'f' && (format = str_index((const char *const[]){ "tekst", "tsv",
		    "json" }, 3, optarg)) < 0) {
			cmd_error("onbekend formaat '%s' bij 'vitaal coalitie lijst': kies tekst, tsv "
			    "of json", optarg);
			return EXIT_USAGE;
		} else if (c != 'f')
			return EXIT_USAGE;
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
	if (format > 0) {
		print_machine(l, total, format == 2);
		coalition_list_free(l);
		return EXIT_OK;
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
	while ((c = cmd_getopt("coalitie verwijder", argc, argv, "", longopts)) != -1) {
		if (c != 'j')
			return EXIT_USAGE;
		yes = 1;
	}
	if (argc - optind != 1) {
		cmd_error("gebruik: vitaal coalitie verwijder COALITIE [--ja]");
		return EXIT_USAGE;
	}
	if ((co = cmd_coalition(st, argv[optind])) == NULL)
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

	if (cmd_operands("coalitie", &argc, argv, 2) != 0)
		return EXIT_USAGE;
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
	if ((co = cmd_coalition(st, argv[2])) == NULL)
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
