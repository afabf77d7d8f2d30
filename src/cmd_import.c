/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * cmd_import.c: `vitaal import BESTAND.json`: merge a JSON export (of
 * another werkboek, a colleague's self-analysis, a coalition) into this
 * werkboek. The file is read and checked whole first; the merge is one
 * transaction, so on any problem the werkboek is as it was. A player,
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

/* The largest file we read: far beyond any werkboek, short of memory. */
#define IMPORT_MAX_BYTES	(512L * 1024 * 1024)

/* Read the whole file; NULL after a message. */
static char *
slurp(const char *path, size_t *len)
{
	struct strbuf b = { 0 };
	char buf[65536];
	size_t n;
	FILE *f;

	if (strcmp(path, "-") == 0)
		f = stdin;
	else if ((f = fopen(path, "rb")) == NULL) {
		cmd_error("kan %s niet lezen: %s", path, strerror(errno));
		return NULL;
	}
	while ((n = fread(buf, 1, sizeof(buf), f)) > 0) {
		strbuf_add(&b, buf, n);
		if (b.len > IMPORT_MAX_BYTES) {
			cmd_error("%s: te groot om in te voeren (meer dan 512 MB)", path);
			if (f != stdin)
				fclose(f);
			strbuf_free(&b);
			return NULL;
		}
	}
	if (ferror(f)) {
		cmd_error("kan %s niet lezen: %s", path, strerror(errno));
		if (f != stdin)
			fclose(f);
		strbuf_free(&b);
		return NULL;
	}
	if (f != stdin)
		fclose(f);
	*len = b.len;
	if (b.s == NULL)
		return xstrdup("");
	return strbuf_take(&b);
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
	struct dump_matches matched = { NULL, 0 };
	struct field_import_count fields = { 0, 0 };
	struct catalogue *cat;
	struct import *im;
	size_t len, bad_table = 0, bad_row = 0;
	char *text, *cause = NULL, *origin;
	const char *source;
	int schema, ret;

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
	if ((text = slurp(argv[1], &len)) == NULL)
		return EXIT_USER;
	if ((schema = store_schema_version(st)) < 0) {
		cmd_error("%s", store_errmsg(st));
		free(text);
		return EXIT_USER;
	}
	im = import_json(text, len, schema, &cause);
	free(text);
	if (im == NULL) {
		cmd_error("%s: %s; er is niets ingevoerd", argv[1], cause);
		free(cause);
		return EXIT_USER;
	}
	/* Names and texts as the command line would take them. */
	if (dump_check(import_dump(im), &bad_table, &bad_row, &cause) != 0) {
		cmd_error("%s: regel %d (%s): %s; er is niets ingevoerd", argv[1],
		    import_line(im, bad_table, bad_row), dump_tables[bad_table].name, cause);
		free(cause);
		import_free(im);
		return EXIT_USER;
	}
	origin = import_origin(argv[1]);
	counts = xcalloc(dump_ntables, sizeof(*counts));
	source = strrchr(argv[1], '/') != NULL ? strrchr(argv[1], '/') + 1 : argv[1];
	/* Rows and fields in one transaction: all of it, or nothing. */
	if ((ret = store_begin(st)) == 0 && (ret = store_dump_import_matched(st, import_dump(im),
	    origin, counts, &bad_table, &bad_row, &matched)) == 0) {
		cat = catalogue_load(st);
		ret = field_import(st, cat, import_dump(im), matched.v, matched.n, source, &fields,
		    &cause);
		catalogue_free(cat);
		if (ret != 0) {
			store_rollback(st);
			cmd_error("%s: %s; er is niets ingevoerd", argv[1], cause);
			free(cause);
			free(matched.v);
			free(origin);
			free(counts);
			import_free(im);
			return EXIT_USER;
		}
		ret = store_commit(st);
	} else
		store_rollback(st);
	free(matched.v);
	free(origin);
	if (ret != 0) {
		cmd_error("%s: regel %d (%s): %s; er is niets ingevoerd", argv[1],
		    import_line(im, bad_table, bad_row), dump_tables[bad_table].name,
		    store_errmsg(st));
		free(counts);
		import_free(im);
		return EXIT_USER;
	}
	summary(argv[1], counts, &fields);
	free(counts);
	import_free(im);
	return EXIT_OK;
}
