/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * main.c: the command line. Parses the global options, finds and opens the
 * werkboek, and hands over to a subcommand or to the workbook screens.
 * Exit status: 0 ok, 1 a user error (one line on stderr), 2 wrong usage.
 */
#include "config.h"

#include <getopt.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "vitaal/identity.h"
#include "vitaal/intervisie.h"
#include "vitaal/store.h"
#include "vitaal/ui.h"
#include "vitaal/utf8.h"
#include "vitaal/util.h"
#include "cli/cmd.h"

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
"      --als=NAAM     (alleen in de SSH-opdracht die 'vitaal toegang' schrijft)\n"
"                     werken als deze persoon; met --facilitator als facilitator\n"
"  -h, --help         deze hulp tonen en stoppen\n"
"  -V, --version      versie tonen en stoppen\n"
"\n"
"Opdrachten:\n"
"  coalitie lijst [--alle] [--formaat tekst|tsv|json]\n"
"                                      coalities tonen (--alle: ook gearchiveerde)\n"
"  coalitie nieuw NAAM                 een coalitie beginnen\n"
"  coalitie hernoem COALITIE NAAM      een coalitie een andere naam geven\n"
"  coalitie archiveer COALITIE         opbergen (blijft bewaard)\n"
"  coalitie herstel COALITIE           uit het archief terughalen\n"
"  coalitie verwijder COALITIE [--ja]  met alles erin verwijderen; vraagt om\n"
"                                      bevestiging, --ja bevestigt vooraf\n"
"  info                                werkboek, schemaversie, controle op\n"
"                                      schade en aantallen\n"
"  kopie BESTAND                       een kopie van het werkboek in een nieuw\n"
"                                      bestand, ook terwijl anderen erin werken;\n"
"                                      daarna gecontroleerd\n"
"  sessie lijst                        sessies met hun nummer\n"
"  export (--coalitie COALITIE | --sessie NR) [--format F] [-o BESTAND]\n"
"                                      samenvatting; F is txt (e-mailtekst, 72\n"
"                                      breed), odt (bewerkbare bijlage), md,\n"
"                                      html (afdrukken en archiveren, niet om\n"
"                                      te mailen), dot (spelerskaart) of eml\n"
"                                      (concept-e-mail: tekst met de ODT als\n"
"                                      bijlage)\n"
"  export --format json|csv [--coalitie COALITIE] [-o BESTAND|MAP]\n"
"                                      het werkboek (of één coalitie) als JSON,\n"
"                                      of als CSV: --tabel NAAM, of -o MAP voor\n"
"                                      een bestand per tabel; --csv excel-nl;\n"
"                                      privé zelfanalyses nooit, uw eigen alleen\n"
"                                      met --met-eigen-zelfanalyses\n"
"  export --groep NR [--format F] [-o BESTAND]\n"
"                                      samenvatting van een intervisiegroep:\n"
"                                      leden, dagen, thema's en lessen (txt,\n"
"                                      odt, md of html; NR staat bij de groep\n"
"                                      in het intervisiescherm)\n"
"  export --zelfanalyse NR [--format F]  één eigen zelfanalyse (huidige\n"
"                                      antwoorden) om in een groep in te brengen\n"
"  import BESTAND.json|-               een JSON-export samenvoegen met dit\n"
"                                      werkboek (niets dubbel, niets kwijt)\n"
"  vragen COALITIE [FORMULIER]         de formulieren, of de vragen van één met\n"
"                                      hun code en antwoord\n"
"  antwoord COALITIE VRAAG [TEKST|-] [--basis BESTAND]\n"
"                                      één antwoord tonen of bewaren (met\n"
"                                      --basis samengevoegd als in de schermen)\n"
"  zelfanalyse lijst                   uw zelfanalyses met hun nummer\n"
"  toegang toevoegen NAAM SLEUTEL.pub [--facilitator] [--naam \"Volledige naam\"]\n"
"                                      iemand met een SSH-sleutel toegang geven\n"
"  toegang lijst                       wie toegang heeft, met rol en sleutel\n"
"  toegang intrekken NAAM              iemands toegang intrekken\n"
"COALITIE is een naam of een nummer uit 'vitaal coalitie lijst'.\n"
"'vitaal OPDRACHT --help' beschrijft één opdracht; na -- is alles een\n"
"argument; - is de standaarduitvoer of -invoer. --db maakt geen mappen.\n"
"\n"
"Afsluitstatus: 0 gelukt, 1 fout (melding op stderr), 2 verkeerd gebruik.\n"
"Handleiding: man vitaal\n"
"Fouten melden: <" PACKAGE_BUGREPORT ">\n";

static void
usage(FILE *f)
{
	fputs(usage_text, f);
}

/* The werkboek to open: --db, else $VITAAL_DB, else the XDG default;
 * *chosen says whether someone named it (then no folder is made for it:
 * a typing error must not leave folders and an empty werkboek behind). */
static char *
werkboek_path(const char *opt_db, int *chosen)
{
	const char *env = getenv("VITAAL_DB");

	*chosen = 1;
	if (opt_db != NULL)
		return xstrdup(opt_db);
	if (env != NULL && env[0] != '\0')
		return xstrdup(env);
	*chosen = 0;
	return store_default_path(getenv("XDG_DATA_HOME"), getenv("HOME"));
}

/*
 * Who is at this terminal: the account, or with --als the person the key's
 * forced command names. --als is honoured only where sshd started us
 * (SSH_CONNECTION): that guards against a mistake, not an attack, since
 * only the account that owns the werkboek can open it, and that account
 * is its facilitator anyway. What the client asked for is checked here.
 */
static int
who_is_here(const char *als, int facilitator, struct cmd_forced *forced)
{
	char *cause = NULL;

	if (als == NULL) {
		if (facilitator) {
			cmd_error("--facilitator hoort bij --als, in de SSH-opdracht van "
			    "'vitaal toegang'; op uw eigen account bent u al facilitator");
			return EXIT_USAGE;
		}
		if (identity_from_account(&cause) == 0)
			return EXIT_OK;
	} else if (getenv("SSH_CONNECTION") == NULL) {
		cmd_error("--als werkt alleen in de SSH-opdracht die 'vitaal toegang' in "
		    "authorized_keys schrijft; zonder SSH werkt u als uzelf");
		return EXIT_USER;
	} else if (identity_as(als, facilitator, &cause) == 0 &&
	    cmd_forced(getenv("SSH_ORIGINAL_COMMAND"), facilitator, forced, &cause) == 0)
		return EXIT_OK;
	cmd_error("%s", cause);
	free(cause);
	return EXIT_USER;
}

/* The person as the werkboek shows them (a name corrected there), for a
 * session's facilitator line and an import's origin. */
static void
shown_name(struct store *st)
{
	struct participant_list *pl;
	int64_t me;
	size_t i;

	if ((me = participant_by_login(st, identity_current()->name, NULL)) <= 0 ||
	    (pl = participant_list(st, NULL)) == NULL)
		return;
	for (i = 0; i < pl->n; i++)
		if (pl->v[i].id == me)
			identity_set_fullname(pl->v[i].name);
	participant_list_free(pl);
}

/* Free what cmd_forced kept, and the identity; pass the status on. */
static int
forced_end(struct cmd_forced *forced, int ret)
{
	cmd_free_words(forced->words, forced->nwords);
	forced->words = NULL;
	identity_reset();
	return ret;
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "db",		required_argument,	NULL, 'd' },
		{ "no-color",	no_argument,		NULL, 'C' },
		{ "projector",	no_argument,		NULL, 'P' },
		{ "palet",	required_argument,	NULL, 'p' },
		{ "als",	required_argument,	NULL, 'a' },
		{ "facilitator", no_argument,		NULL, 'F' },
		{ "help",	no_argument,		NULL, 'h' },
		{ "version",	no_argument,		NULL, 'V' },
		{ NULL, 0, NULL, 0 }
	};
	struct ui_options uiopts = { 0 };
	enum store_status status;
	struct store *st;
	const char *opt_db = NULL, *opt_als = NULL, *no_color;
	struct cmd_forced forced = { 0 };
	const struct cmd_def *sub = NULL;
	char *path, *cause = NULL;
	int c, ret, flags, chosen, opt_facilitator = 0;

	setlocale(LC_ALL, "");
	/* A file-size limit reached (ulimit -f, a quota) must be an error
	 * the werkboek reports, like a full disk, not a signal that kills the
	 * program with the user's text in it. */
	signal(SIGXFSZ, SIG_IGN);

	/* '+': stop at the subcommand, which parses its own options. Our
	 * own messages, in Dutch and with "vitaal: ". */
	opterr = 0;
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
		case 'a':
			opt_als = optarg;
			break;
		case 'F':
			opt_facilitator = 1;
			break;
		case 'h':
			usage(stdout);
			return EXIT_OK;
		case 'V':
			printf("vitaal %s\n", PACKAGE_VERSION);
			printf("werkboekschema %d\n", store_schema_latest());
			puts("Copyright (C) 2026 de makers van Vitaal (zie AUTHORS).");
			puts("Licentie GPLv3+: GNU GPL versie 3 of later <https://gnu.org/licenses/gpl.html>.");
			puts("Dit is vrije software: u mag haar aanpassen en verspreiden.");
			puts("Er is GEEN GARANTIE, voor zover de wet dat toestaat.");
			return EXIT_OK;
		default:
			if (optopt != 0 && strchr("d", optopt) != NULL)
				cmd_error("optie -%c heeft een waarde nodig", optopt);
			else if (optopt != 0)
				cmd_error("onbekende optie '-%c'", optopt);
			else
				cmd_error("onbekende of onvolledige optie '%s'", argv[optind - 1]);
			fputs("Probeer 'vitaal --help' voor meer informatie.\n", stderr);
			return EXIT_USAGE;
		}
	}
	no_color = getenv("NO_COLOR");
	if (no_color != NULL && no_color[0] != '\0')
		uiopts.no_color = 1;

	if ((ret = who_is_here(opt_als, opt_facilitator, &forced)) != EXIT_OK)
		return ret;
	if (opt_als != NULL) {
		/* The line in authorized_keys is the whole command; what the
		 * client asked for was checked by cmd_forced. */
		if (optind < argc) {
			cmd_error("de SSH-opdracht in authorized_keys hoort alleen --db en --als "
			    "te bevatten; schrijf hem opnieuw met 'vitaal toegang'");
			return forced_end(&forced, EXIT_USAGE);
		}
		argc = forced.argc;
		argv = forced.argv;
		optind = 0;
		if (forced.projector)
			uiopts.projector = 1;
		if (forced.no_color)
			uiopts.no_color = 1;
		if (forced.palette != NULL && (ret = ui_palette_named(forced.palette)) >= 0)
			uiopts.palette = (enum ui_palette)ret;
		cmd_stdout_only = forced.stdout_only;
	}
	if (uiopts.projector && !identity_facilitator()) {
		cmd_error("de beamer is voor de facilitator");
		return forced_end(&forced, EXIT_USER);
	}

	if (optind < argc && (sub = cmd_find(argv[optind])) == NULL) {
		cmd_error("onbekende opdracht '%s'", argv[optind]);
		fputs("Probeer 'vitaal --help' voor meer informatie.\n", stderr);
		return forced_end(&forced, EXIT_USAGE);
	}
	/* vitaal SUB --help: before any werkboek is opened (or made). */
	if (sub != NULL && opt_als == NULL && cmd_wants_help(argc - optind, argv + optind)) {
		fputs(sub->help, stdout);
		return cmd_close_stdout() == 0 ? EXIT_OK : EXIT_USER;
	}
	if (optind == argc && (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO))) {
		cmd_error("het werkboek heeft een terminal nodig%s",
		    opt_als != NULL ? " (verbind met ssh -t)" : "");
		return forced_end(&forced, EXIT_USER);
	}

	if ((path = werkboek_path(opt_db, &chosen)) == NULL) {
		cmd_error("geen werkboek: zet HOME, XDG_DATA_HOME of VITAAL_DB, of gebruik --db");
		return forced_end(&forced, EXIT_USER);
	}
	/* A copy is made of the werkboek as it is: never a new one, never a
	 * migration first, and a damaged one still opens if it can. */
	flags = sub != NULL ? sub->open_flags : STORE_CREATE;
	if ((flags & STORE_CREATE) && !chosen)
		flags |= STORE_MKDIR;
	st = store_open(path, flags, &status, &cause);
	free(path);
	if (st == NULL) {
		cmd_error("%s", cause);
		free(cause);
		return forced_end(&forced, EXIT_USER);
	}
	shown_name(st);

	if (sub == NULL)
		ret = ui_run(st, &uiopts);
	else {
		/* A closed pipe is a write error the command reports (exit
		 * status 1), not a signal that ends it halfway. */
		signal(SIGPIPE, SIG_IGN);
		ret = sub->run(st, argc - optind, argv + optind);
		if (cmd_close_stdout() != 0 && ret == EXIT_OK)
			ret = EXIT_USER;
	}
	store_close(st);
	return forced_end(&forced, ret);
}
