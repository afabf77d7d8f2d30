/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * cmd_import.c: `vitaal import BESTAND.json`: merge a JSON export (of
 * another werkboek, a colleague's self-analysis, a coalition) into this
 * werkboek. The file is read as a stream, each row checked and merged as
 * it comes, all in one transaction: on any problem it is rolled back and
 * the werkboek is as it was; memory stays that of a row, at any size. A player,
 * dilemma, typology or collaboration both werkboeken have is merged per
 * field by the rule two terminals follow (fieldrule.h): the later change
 * wins and the other stays in the history.
 */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "vitaal/catalogue.h"
#include "vitaal/dump.h"
#include "vitaal/dump_check.h"
#include "vitaal/export.h"
#include "vitaal/fieldrule.h"
#include "vitaal/identity.h"
#include "vitaal/store.h"
#include "vitaal/utf8.h"
#include "vitaal/util.h"
#include "cmd.h"

/* The file, read a piece at a time (import_json_stream). */
static long
read_file(void *ctx, char *buf, size_t n)
{
	FILE *f = ctx;
	size_t got = fread(buf, 1, n, f);

	if (got == 0 && ferror(f))
		return -1;
	return (long)got;
}

static void
summary(const char *path, const struct dump_merge_count *counts,
    const struct field_import_count *fields)
{
	size_t t, added = 0, present = 0, differs = 0, updated = 0, skipped = 0;

	printf("Ingevoerd uit %s:\n", strcmp(path, "-") == 0 ? "de standaardinvoer" : cmd_text(path));
	for (t = 0; t < dump_ntables; t++) {
		const struct dump_merge_count *c = &counts[t];

		added += c->added;
		present += c->present;
		differs += c->differs;
		if (t == (size_t)dump_table_find("self_analysis"))
			skipped = c->skipped;
		updated += c->updated;
		if (c->added + c->present + c->differs + c->updated == 0)
			continue;
		printf("  %s%*s %6zu nieuw", dump_tables[t].label,
		    (int)(36 - utf8_width(dump_tables[t].label)), "", c->added);
		if (c->present > 0)
			printf(", %zu al aanwezig", c->present);
		if (c->updated > 0)
			printf(", %zu bijgewerkt", c->updated);
		if (c->differs > 0)
			printf(", %zu anders (het eigen antwoord is gehouden)", c->differs);
		putchar('\n');
	}
	if (skipped > 0)
		printf("  %zu privé zelfanalyse%s overgeslagen: een import deelt niets wat privé "
		    "is (breng er een in met 'vitaal export --zelfanalyse').\n", skipped,
		    skipped == 1 ? "" : "s");
	if (added + present + differs + updated == 0)
		puts("  (het bestand is leeg)");
	else if (added == 0 && updated == 0 && fields->taken == 0)
		puts("Alles stond al in het werkboek; er is niets toegevoegd.");
	if (fields->taken + fields->kept > 0)
		printf("%zu verschil%s; de andere waarden staan in de geschiedenis (g): %zu veld%s "
		    "uit het bestand overgenomen, %zu eigen waarde%s gehouden.\n", fields->taken + fields->kept,
		    fields->taken + fields->kept == 1 ? "" : "len", fields->taken,
		    fields->taken == 1 ? "" : "en", fields->kept, fields->kept == 1 ? "" : "n");
	if (differs > 0)
		puts("Waar een antwoord anders was, staat het ingevoerde in de geschiedenis (g).");
}

/* Who brings the file in, and from where, as a group view will say it:
 * "ingebracht door Piet Jansen uit anna.json op 2026-12-06" (allocated). */
static char *
import_origin(const char *path)
{
	const char *base = strrchr(path, '/');
	char date[16];
	time_t now = time(NULL);
	struct tm tm;

	localtime_r(&now, &tm);
	strftime(date, sizeof date, "%Y-%m-%d", &tm);
	return xasprintf("ingebracht door %s uit %s op %s", identity_current()->fullname,
	    strcmp(path, "-") == 0 ? "de standaardinvoer" : base != NULL ? base + 1 : path, date);
}

int
cmd_import(struct store *st, int argc, char **argv)
{
	struct dump_merge_count *counts;
	struct field_import_count fields = { 0, 0 };
	struct catalogue *cat;
	char *cause = NULL, *origin;
	const char *source;
	FILE *f;
	int ret;

	if (cmd_operands("import", &argc, argv, 1) != 0)
		return EXIT_USAGE;
	if (argc != 2) {
		cmd_error("gebruik: vitaal import BESTAND.json");
		return EXIT_USAGE;
	}
	if (!identity_facilitator()) {
		cmd_error("invoeren doet de facilitator");
		return EXIT_USER;
	}
	if (strcmp(argv[1], "-") == 0)
		f = stdin;
	else if ((f = fopen(argv[1], "rb")) == NULL) {
		cmd_error("kan %s niet lezen: %s", argv[1], strerror(errno));
		return EXIT_USER;
	}
	if ((cat = catalogue_load(st)) == NULL) {
		cmd_error("%s", store_errmsg(st));
		if (f != stdin)
			fclose(f);
		return EXIT_USER;
	}
	origin = import_origin(argv[1]);
	counts = xcalloc(dump_ntables, sizeof(*counts));
	source = strrchr(argv[1], '/') != NULL ? strrchr(argv[1], '/') + 1 : argv[1];
	/* Read, checked and merged row by row in one transaction: all of
	 * it, or nothing. */
	if ((ret = store_begin(st)) != 0)
		cause = xstrdup(store_errmsg(st));
	else if ((ret = import_json_stream(read_file, f, st, cat, origin, source, counts,
	    &fields, &cause)) == 0 && (ret = store_commit(st)) != 0)
		cause = xstrdup(store_errmsg(st));
	if (ret != 0)
		store_rollback(st);
	if (f != stdin)
		fclose(f);
	catalogue_free(cat);
	free(origin);
	if (ret != 0) {
		cmd_error("%s: %s; er is niets ingevoerd", argv[1], cause);
		free(cause);
		free(counts);
		return EXIT_USER;
	}
	summary(argv[1], counts, &fields);
	free(counts);
	return EXIT_OK;
}
