/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * main.c: the command line. Parses the global options, finds and opens the
 * werkboek, and hands over to a subcommand or to the workbook screens.
 * Exit status: 0 ok, 1 a user error (one line on stderr), 2 wrong usage.
 */
#include "config.h"

#include <getopt.h>
#include <locale.h>
#include <stdarg.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vitaal/store.h"
#include "vitaal/ui.h"
#include "vitaal/util.h"
#include "cmd.h"

static const char usage_text[] =
"Gebruik: vitaal [OPTIE]...             het werkboek openen\n"
"   of:   vitaal [OPTIE]... OPDRACHT [ARGUMENT]...\n"
"Werkboek voor vitale coalities: de vier fasen, de vijf ontwerpstappen,\n"
"spelerskaarten, dilemma's en intervisie, bewaard in één werkboekbestand.\n"
"\n"
"Opties:\n"
"  -d, --db=BESTAND   dit werkboek gebruiken (anders $VITAAL_DB, of\n"
"                     $XDG_DATA_HOME/vitaal/werkboek.db)\n"
"      --no-color     zonder kleur (ook als NO_COLOR gezet is)\n"
"      --projector    beamerscherm: toont wat de facilitator op een andere\n"
"                     terminal kiest (F9 daar), groot en rustig\n"
"      --palet=NAAM   kleuren: standaard, donker (wit op zwart), licht\n"
"                     (zwart op wit) of zw (zwart-wit), bijv. voor de beamer\n"
"  -h, --help         deze hulp tonen en stoppen\n"
"  -V, --version      versie tonen en stoppen\n"
"\n"
"Opdrachten:\n"
"  coalitie lijst [--alle]             coalities tonen (--alle: ook gearchiveerde)\n"
"  coalitie nieuw NAAM                 een coalitie beginnen\n"
"  coalitie hernoem COALITIE NAAM      een coalitie een andere naam geven\n"
"  coalitie archiveer COALITIE         opbergen (blijft bewaard)\n"
"  coalitie herstel COALITIE           uit het archief terughalen\n"
"  coalitie verwijder COALITIE [--ja]  met alles erin verwijderen; vraagt om\n"
"                                      bevestiging, --ja bevestigt vooraf\n"
"  info                                werkboek, schemaversie en aantallen\n"
"  sessie lijst                        sessies met hun nummer\n"
"  export (--coalitie COALITIE | --sessie NR) [--format F] [-o BESTAND]\n"
"                                      samenvatting; F is txt (e-mailtekst, 72\n"
"                                      breed), odt (bewerkbare bijlage), md,\n"
"                                      html (afdrukken en archiveren, niet om\n"
"                                      te mailen) of dot (spelerskaart)\n"
"  export --format json|csv [--coalitie COALITIE] [-o BESTAND|MAP]\n"
"                                      het werkboek (of één coalitie) als JSON,\n"
"                                      of als CSV: --tabel NAAM, of -o MAP voor\n"
"                                      een bestand per tabel; --csv excel-nl\n"
"  import BESTAND.json                 een JSON-export samenvoegen met dit\n"
"                                      werkboek (niets dubbel, niets kwijt)\n"
"COALITIE is een naam of een nummer uit 'vitaal coalitie lijst'.\n"
"\n"
"Afsluitstatus: 0 gelukt, 1 fout (melding op stderr), 2 verkeerd gebruik.\n"
"Handleiding: man vitaal\n";

static void
usage(FILE *f)
{
	fputs(usage_text, f);
}

void
cmd_error(const char *fmt, ...)
{
	va_list ap;

	fputs("vitaal: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

/* The werkboek to open: --db, else $VITAAL_DB, else the XDG default. */
static char *
werkboek_path(const char *opt_db)
{
	const char *env = getenv("VITAAL_DB");

	if (opt_db != NULL)
		return xstrdup(opt_db);
	if (env != NULL && env[0] != '\0')
		return xstrdup(env);
	return store_default_path(getenv("XDG_DATA_HOME"), getenv("HOME"));
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "db",		required_argument,	NULL, 'd' },
		{ "no-color",	no_argument,		NULL, 'C' },
		{ "projector",	no_argument,		NULL, 'P' },
		{ "palet",	required_argument,	NULL, 'p' },
		{ "help",	no_argument,		NULL, 'h' },
		{ "version",	no_argument,		NULL, 'V' },
		{ NULL, 0, NULL, 0 }
	};
	struct ui_options uiopts = { 0 };
	enum store_status status;
	struct store *st;
	const char *opt_db = NULL, *no_color;
	char *path, *cause = NULL;
	int c, ret;

	setlocale(LC_ALL, "");
	/* A file-size limit reached (ulimit -f, a quota) must be an error
	 * the werkboek reports, like a full disk, not a signal that kills the
	 * program with the user's text in it. */
	signal(SIGXFSZ, SIG_IGN);

	/* '+': stop at the subcommand, which parses its own options. */
	while ((c = getopt_long(argc, argv, "+d:hV", longopts, NULL)) != -1) {
		switch (c) {
		case 'd':
			opt_db = optarg;
			break;
		case 'C':
			uiopts.no_color = 1;
			break;
		case 'P':
			uiopts.projector = 1;
			break;
		case 'p':
			if ((ret = ui_palette_named(optarg)) < 0) {
				cmd_error("onbekend palet '%s': kies standaard, donker, licht of zw",
				    optarg);
				return EXIT_USAGE;
			}
			uiopts.palette = (enum ui_palette)ret;
			break;
		case 'h':
			usage(stdout);
			return EXIT_OK;
		case 'V':
			printf("vitaal %s\n", PACKAGE_VERSION);
			printf("werkboekschema %d\n", store_schema_latest());
			puts("Licentie GPLv3+: GNU GPL versie 3 of later <https://gnu.org/licenses/gpl.html>.");
			puts("Dit is vrije software: u mag haar aanpassen en verspreiden.");
			puts("Er is GEEN GARANTIE, voor zover de wet dat toestaat.");
			return EXIT_OK;
		default:
			fputs("Probeer 'vitaal --help' voor meer informatie.\n", stderr);
			return EXIT_USAGE;
		}
	}
	no_color = getenv("NO_COLOR");
	if (no_color != NULL && no_color[0] != '\0')
		uiopts.no_color = 1;

	if (optind < argc && strcmp(argv[optind], "coalitie") != 0 &&
	    strcmp(argv[optind], "info") != 0 && strcmp(argv[optind], "sessie") != 0 &&
	    strcmp(argv[optind], "export") != 0 && strcmp(argv[optind], "import") != 0) {
		cmd_error("onbekende opdracht '%s'", argv[optind]);
		fputs("Probeer 'vitaal --help' voor meer informatie.\n", stderr);
		return EXIT_USAGE;
	}

	if ((path = werkboek_path(opt_db)) == NULL) {
		cmd_error("geen werkboek: zet HOME, XDG_DATA_HOME of VITAAL_DB, of gebruik --db");
		return EXIT_USER;
	}
	st = store_open(path, STORE_CREATE, &status, &cause);
	free(path);
	if (st == NULL) {
		cmd_error("%s", cause);
		free(cause);
		return EXIT_USER;
	}

	if (optind == argc)
		ret = ui_run(st, &uiopts);
	else if (strcmp(argv[optind], "coalitie") == 0)
		ret = cmd_coalitie(st, argc - optind, argv + optind);
	else if (strcmp(argv[optind], "sessie") == 0)
		ret = cmd_sessie(st, argc - optind, argv + optind);
	else if (strcmp(argv[optind], "export") == 0)
		ret = cmd_export(st, argc - optind, argv + optind);
	else if (strcmp(argv[optind], "import") == 0)
		ret = cmd_import(st, argc - optind, argv + optind);
	else
		ret = cmd_info(st, argc - optind, argv + optind);
	store_close(st);
	return ret;
}
