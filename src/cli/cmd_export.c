/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * cmd_export.c: `vitaal sessie lijst` (the sessions with their numbers)
 * and `vitaal export`: a coalition's, a session's or an intervisie
 * group's summary in one of the formats of export.h, on stdout or in a
 * file. A file is written beside its final name and renamed into place,
 * so a full disk never leaves half a summary.
 */
#include "config.h"

#include <assert.h>
#include <errno.h>
#include <getopt.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "vitaal/catalogue.h"
#include "vitaal/coalition.h"
#include "vitaal/dump.h"
#include "vitaal/export.h"
#include "vitaal/identity.h"
#include "vitaal/intervisie.h"
#include "vitaal/report.h"
#include "vitaal/session.h"
#include "vitaal/store.h"
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
		printf("%4" PRId64 "  %-10s  %-15s  %10d  %s\n", l->v[i].id,
		    cmd_text(l->v[i].date), cmd_text(l->v[i].kind), l->v[i].nchanges,
		    cmd_text(l->v[i].title));
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

/* Write a document to path as a whole (file_write_atomic); 0, or -1
 * after a message. */
static int
write_file(const char *path, const char *text, size_t len)
{
	char *cause = NULL;

	if (file_write_atomic(path, text, len, &cause) == 0)
		return 0;
	cmd_error("%s", cause);
	free(cause);
	return -1;
}

static const char usage_export[] =
    "gebruik: vitaal export [--format txt|odt|md|html|json|csv|dot|eml] "
    "(--coalitie NAAM|NR | --sessie NR | --groep NR | --zelfanalyse NR) [-o BESTAND|-]";

/* The report asked for: a coalition by name or number, a session, or an
 * intervisie group. */
static struct report *
load_report(struct store *st, const struct catalogue *cat, const char *coalitie,
    const char *sessie, const char *groep, char **cause)
{
	struct coalition *c;
	struct report *r;
	long long id;
	char *end;

	if (groep != NULL) {
		errno = 0;
		id = strtoll(groep, &end, 10);
		if (errno != 0 || *end != '\0' || end == groep || id <= 0) {
			*cause = xasprintf("'%s' is geen groepsnummer", groep);
			return NULL;
		}
		return report_group(st, cat, (int64_t)id, cause);
	}

	if (coalitie != NULL) {
		if ((c = coalition_resolve(st, coalitie, cause)) == NULL)
			return NULL;
		r = report_coalition(st, cat, c->id, cause);
		coalition_free(c);
		return r;
	}
	errno = 0;
	id = strtoll(sessie, &end, 10);
	if (errno != 0 || *end != '\0' || end == sessie || id <= 0) {
		*cause = xasprintf("'%s' is geen sessienummer; zie 'vitaal sessie lijst'", sessie);
		return NULL;
	}
	return report_session(st, cat, (int64_t)id, cause);
}

int cmd_stdout_only;

/* Send the document to path (atomically) or to stdout. */
static int
deliver(const char *output, const struct strbuf *doc)
{
	if (output != NULL)
		return write_file(output, doc->s != NULL ? doc->s : "", doc->len) == 0 ?
		    EXIT_OK : EXIT_USER;
	if (fwrite(doc->s != NULL ? doc->s : "", 1, doc->len, stdout) != doc->len ||
	    fflush(stdout) != 0) {
		/* A reader that went away (| head) wanted no more: no message. */
		if (errno != EPIPE)
			cmd_error("kon niet naar de standaarduitvoer schrijven: %s",
			    strerror(errno));
		return EXIT_USER;
	}
	return EXIT_OK;
}

/* Whose private self-analyses go into a dump besides the shared ones:
 * nobody's, unless the exporter asked for their own (--met-eigen-
 * zelfanalyses), and then only theirs, with a warning. */
static int64_t
viewer(struct store *st, int own)
{
	int64_t id;

	if (!own)
		return 0;
	id = participant_by_login(st, identity_current()->name, NULL);
	if (id > 0)
		fputs("vitaal: let op: uw eigen privé zelfanalyses staan in deze export, met "
		    "hun eerdere versies; geef het bestand aan niemand anders\n", stderr);
	return id > 0 ? id : 0;
}

/* Every table as DIR/<table>.csv. */
static int
csv_dir(const struct dump *d, const char *dir, int excel_nl)
{
	char *cause = NULL;

	if (export_csv_dir(d, dir, excel_nl, &cause) == 0)
		return EXIT_OK;
	cmd_error("%s", cause);
	free(cause);
	return EXIT_USER;
}

/*
 * JSON straight from the werkboek to the file, a megabyte at a time: the
 * whole werkboek never sits in memory (a werkboek of a hundred thousand
 * answers is some 70 MB of JSON).
 */
#define STREAM_CHUNK	(1024 * 1024)

struct stream {
	struct strbuf	 buf;
	struct file_out	*fo;
	int		 bring;		/* one analysis, to bring to a group */
};

static void
stream_flush(struct stream *s, size_t above)
{
	if (s->buf.len > above) {
		file_put(s->fo, s->buf.s, s->buf.len);
		s->buf.len = 0;
	}
}

static void
stream_begin(void *ctx, int schema)
{
	export_json_begin(&((struct stream *)ctx)->buf, schema);
}

static void
stream_table(void *ctx, size_t t)
{
	export_json_table(&((struct stream *)ctx)->buf, t);
}

/* A self-analysis exported to bring to a group is shared by that act:
 * the file says so, so that an import shows it. */
static void
bring_row(size_t t, const struct dump_value *v, struct dump_value *w)
{
	const struct dump_table *tb = &dump_tables[t];
	size_t c;

	for (c = 0; c < tb->ncols; c++) {
		w[c] = v[c];
		if (strcmp(tb->name, "self_analysis") == 0 && strcmp(tb->cols[c].name, "shared") == 0)
			w[c].i = 1;
	}
}

static void
stream_row(void *ctx, size_t t, size_t r, const struct dump_value *v)
{
	struct stream *s = ctx;
	struct dump_value w[16];

	if (s->bring && strcmp(dump_tables[t].name, "self_analysis") == 0) {
		assert(dump_tables[t].ncols <= sizeof w / sizeof w[0]);
		bring_row(t, v, w);
		v = w;
	}
	export_json_row(&s->buf, t, r, v);
	stream_flush(s, STREAM_CHUNK);
}

static void
stream_table_end(void *ctx, size_t t, size_t n)
{
	export_json_table_end(&((struct stream *)ctx)->buf, t, n);
}

static int
stream_json(struct store *st, const struct dump_scope *sc, const char *output)
{
	struct stream s = { { 0 }, NULL, sc->analysis > 0 };
	const struct dump_visitor vis = { &s, stream_begin, stream_table, stream_row,
	    stream_table_end, NULL };
	char *cause = NULL;
	int ok;

	if ((s.fo = file_open_atomic(output, &cause)) == NULL) {
		cmd_error("%s", cause);
		free(cause);
		return EXIT_USER;
	}
	ok = store_dump_scope(st, sc, &vis) == 0;
	if (!ok) {
		/* A half file never replaces a whole one. */
		cmd_error("%s", store_errmsg(st));
		file_abort(s.fo);
	} else if (export_json_end(&s.buf), stream_flush(&s, 0),
	    file_close_atomic(s.fo, &cause) != 0) {
		if (output != NULL || errno != EPIPE)	/* (| head: no message) */
			cmd_error("%s", cause);
		free(cause);
		ok = 0;
	}
	strbuf_free(&s.buf);
	return ok ? EXIT_OK : EXIT_USER;
}

struct dump_opts {
	const char	*coalitie, *output, *tabel, *dialect;
	int		 own;		/* --met-eigen-zelfanalyses */
};

/* JSON or CSV: the werkboek's tables, whole or of one coalition. */
static int
export_dump(struct store *st, int fmt, const struct dump_opts *o)
{
	struct strbuf doc = { 0 };
	struct coalition *c = NULL;
	struct dump *d;
	char *cause = NULL;
	size_t t = 0;
	int ret, excel_nl = 0;

	if (o->dialect != NULL && !(excel_nl = strcmp(o->dialect, "excel-nl") == 0) &&
	    strcmp(o->dialect, "rfc4180") != 0) {
		cmd_error("onbekend CSV-dialect '%s': kies rfc4180 of excel-nl", o->dialect);
		return EXIT_USAGE;
	}
	if (o->tabel != NULL) {
		if (dump_table_find(o->tabel) < 0) {
			cmd_error("onbekende tabel '%s' (bijv. coalition, answer, player)", o->tabel);
			return EXIT_USAGE;
		}
		t = (size_t)dump_table_find(o->tabel);
	}
	if (fmt == EXPORT_CSV && o->tabel == NULL && o->output == NULL) {
		cmd_error("CSV is één bestand per tabel: kies een tabel met --tabel, of een "
		    "map met -o MAP");
		return EXIT_USAGE;
	}
	if (o->coalitie != NULL && (c = coalition_resolve(st, o->coalitie, &cause)) == NULL) {
		cmd_error("%s", cause);
		free(cause);
		return EXIT_USER;
	}
	if (fmt == EXPORT_JSON) {
		struct dump_scope sc = { c != NULL ? c->id : 0, viewer(st, o->own), 0 };

		ret = stream_json(st, &sc, o->output);
		coalition_free(c);
		return ret;
	}
	d = store_dump_read(st, c != NULL ? c->id : 0, viewer(st, o->own));
	coalition_free(c);
	if (d == NULL) {
		cmd_error("%s", store_errmsg(st));
		return EXIT_USER;
	}
	if (fmt == EXPORT_CSV && o->tabel == NULL)
		ret = csv_dir(d, o->output, excel_nl);
	else {
		export_csv(d, t, excel_nl, &doc);
		ret = deliver(o->output, &doc);
	}
	strbuf_free(&doc);
	dump_free(d);
	return ret;
}

/* --zelfanalyse NR: one of the exporter's own analyses, its answers as
 * they are now: JSON to import into a group's werkboek, or text or
 * Markdown to read. Another's analysis is not found, shared or not. */
static int
export_own_analysis(struct store *st, const char *nr, int fmt, const char *output)
{
	struct self_analysis_list *l = NULL;
	const struct self_analysis_rec *a = NULL;
	struct catalogue *cat = NULL;
	struct strbuf doc = { 0 };
	char *cause = NULL, *end;
	int64_t me, id;
	size_t i;
	int ret = EXIT_USER;

	errno = 0;
	id = strtoll(nr, &end, 10);
	if (errno != 0 || *end != '\0' || end == nr || id <= 0) {
		cmd_error("'%s' is geen nummer van een zelfanalyse; zie 'vitaal zelfanalyse lijst'",
		    nr);
		return EXIT_USAGE;
	}
	if (fmt != EXPORT_JSON && fmt != EXPORT_TXT && fmt != EXPORT_MD) {
		cmd_error("een zelfanalyse exporteert als json (om in te voeren), txt of md");
		return EXIT_USAGE;
	}
	if ((me = participant_by_login(st, identity_current()->name, &cause)) < 0 ||
	    (me > 0 && (l = selfanalysis_mine(st, me, &cause)) == NULL))
		goto out;
	for (i = 0; l != NULL && i < l->n; i++)
		if (l->v[i].id == id)
			a = &l->v[i];
	if (a == NULL) {
		cause = xasprintf("zelfanalyse %s is niet van u; zie 'vitaal zelfanalyse lijst'", nr);
		goto out;
	}
	if (fmt == EXPORT_JSON) {
		struct dump_scope sc = { 0, me, id };

		ret = stream_json(st, &sc, output);
		goto out;
	}
	if ((cat = catalogue_load(st)) == NULL) {
		cause = xstrdup("catalogus niet te lezen");
		goto out;
	}
	if (export_selfanalysis(st, cat, a, fmt == EXPORT_MD, &doc, &cause) == 0)
		ret = deliver(output, &doc);
out:
	if (cause != NULL) {
		cmd_error("%s", cause);
		free(cause);
	}
	strbuf_free(&doc);
	catalogue_free(cat);
	self_analysis_list_free(l);
	return ret;
}

int
cmd_export(struct store *st, int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "format",	required_argument,	NULL, 'f' },
		{ "coalitie",	required_argument,	NULL, 'c' },
		{ "sessie",	required_argument,	NULL, 's' },
		{ "groep",	required_argument,	NULL, 'g' },
		{ "output",	required_argument,	NULL, 'o' },
		{ "tabel",	required_argument,	NULL, 't' },
		{ "csv",	required_argument,	NULL, 'x' },
		{ "zelfanalyse", required_argument,	NULL, 'z' },
		{ "met-eigen-zelfanalyses", no_argument, NULL, 'E' },
		{ NULL, 0, NULL, 0 }
	};
	const char *format = NULL, *output = NULL, *sessie = NULL, *coalitie = NULL;
	const char *zelfanalyse = NULL, *groep = NULL;
	struct dump_opts dopts = { NULL, NULL, NULL, NULL, 0 };
	struct strbuf doc = { 0 };
	struct catalogue *cat;
	struct report *r;
	char *cause = NULL;
	int c, fmt, ret;

	optind = 0;
	while ((c = cmd_getopt("export", argc, argv, "f:c:s:o:t:", longopts)) != -1) {
		switch (c) {
		case 'f':
			format = optarg;
			break;
		case 'c':
			coalitie = optarg;
			break;
		case 's':
			sessie = optarg;
			break;
		case 'g':
			groep = optarg;
			break;
		case 'o':
			output = optarg;
			break;
		case 't':
			dopts.tabel = optarg;
			break;
		case 'x':
			dopts.dialect = optarg;
			break;
		case 'z':
			zelfanalyse = optarg;
			break;
		case 'E':
			dopts.own = 1;
			break;
		default:
			return EXIT_USAGE;
		}
	}
	/* "-o -" is standard output, as in every Unix tool. */
	if (output != NULL && strcmp(output, "-") == 0)
		output = NULL;
	if (cmd_stdout_only && output != NULL) {
		cmd_error("via SSH gaat een export naar de uitvoer: laat -o weg en schrijf zelf "
		    "weg, bijv. ssh … export … > bestand");
		return EXIT_USAGE;
	}
	if (zelfanalyse != NULL) {
		if (sessie != NULL || coalitie != NULL || groep != NULL || dopts.own ||
		    optind != argc) {
			cmd_error("--zelfanalyse exporteert één zelfanalyse, zonder --coalitie, "
			    "--sessie, --groep of andere argumenten");
			return EXIT_USAGE;
		}
		return export_own_analysis(st, zelfanalyse,
		    export_format_parse(format != NULL ? format : "json"), output);
	}
	if (!identity_facilitator()) {
		cmd_error("exporteren doet de facilitator; uw eigen zelfanalyse exporteert u "
		    "met --zelfanalyse NR");
		return EXIT_USER;
	}
	if (format == NULL)
		format = "txt";
	fmt = export_format_parse(format);
	if (optind == argc && (fmt == EXPORT_JSON || fmt == EXPORT_CSV) && sessie == NULL &&
	    groep == NULL) {
		dopts.coalitie = coalitie;
		dopts.output = output;
		return export_dump(st, fmt, &dopts);
	}
	if (fmt == EXPORT_JSON || fmt == EXPORT_CSV) {
		cmd_error("json en csv exporteren het hele werkboek of één coalitie "
		    "(--coalitie), geen sessie of groep");
		return EXIT_USAGE;
	}
	if (optind != argc || (sessie != NULL) + (coalitie != NULL) + (groep != NULL) != 1) {
		cmd_error("%s", usage_export);
		return EXIT_USAGE;
	}
	if (fmt < 0 || export_writers[fmt] == NULL) {
		cmd_error("onbekend formaat '%s': kies txt, odt, md, html, json, csv, dot of eml",
		    format);
		return EXIT_USAGE;
	}
	if ((cat = catalogue_load(st)) == NULL) {
		cmd_error("catalogus niet te lezen");
		return EXIT_USER;
	}
	if ((r = load_report(st, cat, coalitie, sessie, groep, &cause)) == NULL ||
	    export_writers[fmt](r, &doc, &cause) != 0) {
		cmd_error("%s", cause != NULL ? cause : "export mislukt");
		free(cause);
		report_free(r);
		catalogue_free(cat);
		strbuf_free(&doc);
		return EXIT_USER;
	}
	ret = deliver(output, &doc);
	strbuf_free(&doc);
	report_free(r);
	catalogue_free(cat);
	return ret;
}
