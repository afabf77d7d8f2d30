/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * cmd_common.c: what every subcommand shares, so that they behave as one
 * GNU tool: the table of subcommands with their help (vitaal SUB --help),
 * the "vitaal: " error line, options parsed with Dutch messages instead
 * of getopt's own ("export: unrecognized option"), "--" ending the
 * options, and a write error on standard output (a full disk, a closed
 * pipe) turned into exit status 1 instead of a silent 0.
 */
#include "config.h"

#include <errno.h>
#include <getopt.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vitaal/coalition.h"
#include "vitaal/store.h"
#include "vitaal/utf8.h"
#include "vitaal/util.h"
#include "cmd.h"

static const struct cmd_def defs[] = {
	{ "coalitie", cmd_coalitie, STORE_CREATE,
"Gebruik: vitaal coalitie lijst [--alle] [--formaat tekst|tsv|json]\n"
"   of:   vitaal coalitie nieuw NAAM\n"
"   of:   vitaal coalitie hernoem COALITIE NIEUWE-NAAM\n"
"   of:   vitaal coalitie archiveer|herstel COALITIE\n"
"   of:   vitaal coalitie verwijder COALITIE [--ja]\n"
"De coalities van het werkboek tonen, beginnen en beheren.\n"
"\n"
"  -a, --alle         ook gearchiveerde coalities tonen\n"
"      --formaat=F    tekst (uitgelijnd, voor mensen), tsv (tabs, voor\n"
"                     scripts) of json\n"
"      --ja           verwijderen zonder de vraag om de naam te typen\n"
"  -h, --help         deze hulp tonen en stoppen\n"
"COALITIE is een naam (hoofdletters tellen niet) of het nummer uit de\n"
"eerste kolom van 'vitaal coalitie lijst'; dat nummer verandert nooit.\n"
"Na -- is alles een argument, ook wat met een streepje begint.\n" },
	{ "info", cmd_info, STORE_CREATE,
"Gebruik: vitaal info\n"
"Het werkboek: pad, schemaversie, controle op schade, beveiliging en\n"
"aantallen.\n" },
	{ "kopie", cmd_kopie, STORE_AS_IS,
"Gebruik: vitaal kopie BESTAND\n"
"Een kopie van het werkboek in een nieuw bestand (modus 0600), ook terwijl\n"
"anderen erin werken, daarna gecontroleerd met integrity_check. Een bestaand\n"
"bestand wordt niet overschreven.\n" },
	{ "sessie", cmd_sessie, STORE_CREATE,
"Gebruik: vitaal sessie lijst\n"
"De sessies met hun nummer, voor 'vitaal export --sessie NR'.\n" },
	{ "export", cmd_export, STORE_CREATE,
"Gebruik: vitaal export (--coalitie COALITIE | --sessie NR | --groep NR)\n"
"                     [--format txt|odt|md|html|dot] [-o BESTAND]\n"
"   of:   vitaal export --format json|csv [--coalitie COALITIE]\n"
"                     [--tabel NAAM] [--csv excel-nl] [-o BESTAND|MAP]\n"
"   of:   vitaal export --zelfanalyse NR [--format json|txt|md]\n"
"Een samenvatting of het werkboek exporteren.\n"
"\n"
"  -c, --coalitie=C   één coalitie\n"
"  -s, --sessie=NR    de samenvatting van een sessie\n"
"      --groep=NR     de samenvatting van een intervisiegroep\n"
"      --zelfanalyse=NR  één eigen zelfanalyse\n"
"  -f, --format=F     txt, odt, md, html, dot, json of csv\n"
"  -o, --output=BESTAND  schrijven naar BESTAND (nieuw of vervangen);\n"
"                     - of weglaten: de standaarduitvoer\n"
"  -t, --tabel=NAAM   CSV: alleen deze tabel\n"
"      --csv=excel-nl CSV voor Excel met Nederlandse instellingen (;)\n"
"      --met-eigen-zelfanalyses  JSON/CSV: ook uw eigen privé zelfanalyses\n"
"  -h, --help         deze hulp tonen en stoppen\n" },
	{ "import", cmd_import, STORE_CREATE,
"Gebruik: vitaal import BESTAND.json\n"
"Een JSON-export (van een collega) samenvoegen met dit werkboek: niets\n"
"dubbel, niets kwijt. - leest de standaardinvoer. Privé zelfanalyses gaan\n"
"nooit mee. Alleen voor de facilitator.\n" },
	{ "zelfanalyse", cmd_zelfanalyse, STORE_CREATE,
"Gebruik: vitaal zelfanalyse lijst\n"
"Uw eigen zelfanalyses met hun nummer, voor\n"
"'vitaal export --zelfanalyse NR'.\n" },
	{ "toegang", cmd_toegang, STORE_CREATE,
"Gebruik: vitaal toegang toevoegen NAAM SLEUTEL.pub [--facilitator]\n"
"                     [--naam \"Volledige naam\"] [--bestand AUTHORIZED_KEYS]\n"
"   of:   vitaal toegang lijst [--bestand AUTHORIZED_KEYS]\n"
"   of:   vitaal toegang intrekken NAAM [--bestand AUTHORIZED_KEYS]\n"
"Iemand met een SSH-sleutel toegang geven tot dit werkboek (een regel in\n"
"~/.ssh/authorized_keys met een vaste opdracht), tonen wie toegang heeft,\n"
"of die toegang intrekken.\n" },
	{ "vragen", cmd_vragen, STORE_CREATE,
"Gebruik: vitaal vragen COALITIE [FORMULIER]\n"
"De vragen van een coalitie met hun code en antwoord, als tekst: per\n"
"formulier (fase1 … fase4, stap1 … stap5) een kop, dan per vraag de\n"
"code, de vraag en het antwoord, ingesprongen. Zonder FORMULIER: de\n"
"namen van de formulieren met hoeveel vragen beantwoord zijn.\n" },
	{ "antwoord", cmd_antwoord, STORE_CREATE,
"Gebruik: vitaal antwoord COALITIE VRAAG\n"
"   of:   vitaal antwoord COALITIE VRAAG TEKST|- [--basis BESTAND]\n"
"Eén antwoord tonen, of bewaren (- leest de tekst van de standaardinvoer).\n"
"Bewaren houdt de vorige versie in de geschiedenis. Met --basis BESTAND (de\n"
"tekst zoals u hem eerder las) wordt wat een ander intussen bewaarde woord\n"
"voor woord samengevoegd, zoals in de schermen; waar u allebei dezelfde\n"
"woorden wijzigde, staan beide versies gemarkeerd en zegt vitaal dat.\n"
"VRAAG is de code uit 'vitaal vragen', bijv. fase1.opgave.1.\n" },
};

const struct cmd_def *
cmd_find(const char *name)
{
	size_t i;

	for (i = 0; i < sizeof defs / sizeof defs[0]; i++)
		if (strcmp(defs[i].name, name) == 0)
			return &defs[i];
	return NULL;
}

int
cmd_wants_help(int argc, char **argv)
{
	int i;

	for (i = 1; i < argc && strcmp(argv[i], "--") != 0; i++)
		if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0)
			return 1;
	return 0;
}

const char *
cmd_text(const char *s)
{
	static char *kept[CMD_TEXT_KEEP];
	static size_t next;

	free(kept[next]);
	kept[next] = utf8_terminal(s);
	s = kept[next];
	next = (next + 1) % CMD_TEXT_KEEP;
	return s;
}

void
cmd_error(const char *fmt, ...)
{
	va_list ap;
	char *msg;

	fflush(stdout);
	va_start(ap, fmt);
	msg = xvasprintf(fmt, ap);
	va_end(ap);
	fprintf(stderr, "vitaal: %s\n", cmd_text(msg));
	free(msg);
}

/* "Probeer 'vitaal coalitie --help'" for what = "coalitie lijst". */
static void
try_help(const char *what)
{
	fprintf(stderr, "Probeer 'vitaal %.*s --help' voor meer informatie.\n",
	    (int)strcspn(what, " "), what);
}

int
cmd_getopt(const char *what, int argc, char **argv, const char *shortopts,
    const struct option *longopts)
{
	int c;

	opterr = 0;
	c = getopt_long(argc, argv, shortopts, longopts, NULL);
	if (c != '?' && c != ':')
		return c;
	/* A long option without its value sets optopt to its letter too. */
	if (optopt != 0 && optind > 0 && strncmp(argv[optind - 1], "--", 2) == 0)
		cmd_error("bij 'vitaal %s': %s heeft een waarde nodig", what, argv[optind - 1]);
	else if (optopt != 0 && strchr(shortopts, optopt) != NULL)
		cmd_error("bij 'vitaal %s': -%c heeft een waarde nodig", what, optopt);
	else if (optopt != 0)
		cmd_error("bij 'vitaal %s': onbekende optie '-%c'", what, optopt);
	else
		cmd_error("bij 'vitaal %s': onbekende of onvolledige optie '%s'", what,
		    argv[optind - 1]);
	try_help(what);
	return '?';
}

int
cmd_operands(const char *what, int *argc, char **argv, int from)
{
	int i, j;

	for (i = from; i < *argc; i++) {
		if (strcmp(argv[i], "--") == 0) {
			for (j = i; j + 1 < *argc; j++)
				argv[j] = argv[j + 1];
			argv[--*argc] = NULL;
			return 0;
		}
		if (argv[i][0] == '-' && argv[i][1] != '\0') {
			cmd_error("bij 'vitaal %s': onbekende optie '%s' (een argument dat met - "
			    "begint, komt na --)", what, argv[i]);
			try_help(what);
			return -1;
		}
	}
	return 0;
}

int
cmd_close_stdout(void)
{
	int bad = ferror(stdout), err = errno;

	if (fflush(stdout) != 0) {
		bad = 1;
		err = errno;
	}
	if (!bad)
		return 0;
	/* A reader that went away (| head) wanted no more: no message. */
	if (err != EPIPE)
		cmd_error("kon niet naar de standaarduitvoer schrijven: %s",
		    err != 0 ? strerror(err) : "schrijffout");
	return -1;
}

struct coalition *
cmd_coalition(struct store *st, const char *arg)
{
	struct coalition *c;
	char *cause = NULL;

	if ((c = coalition_resolve(st, arg, &cause)) == NULL) {
		cmd_error("%s", cause);
		free(cause);
	}
	return c;
}
