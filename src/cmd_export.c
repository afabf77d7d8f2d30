/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * cmd_export.c: `vitaal sessie lijst` (the sessions with their numbers)
 * and `vitaal export`: a coalition's or a session's summary in one of
 * the formats of export.h, on stdout or in a file. A file is written
 * beside its final name and renamed into place, so a full disk never
 * leaves half a summary.
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
#include "vitaal/coalition.h"
#include "vitaal/dump.h"
#include "vitaal/export.h"
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
    "gebruik: vitaal export [--format txt|odt|md|html|json|csv|dot] "
    "(--coalitie NAAM|NR | --sessie NR) [-o BESTAND]";

/* The report asked for: a coalition by name or number, or a session. */
static struct report *
load_report(struct store *st, const struct catalogue *cat, const char *coalitie,
    const char *sessie, char **cause)
{
	struct coalition *c;
	struct report *r;
	long long id;
	char *end;

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

/* Send the document to path (atomically) or to stdout. */
static int
deliver(const char *output, const struct strbuf *doc)
{
	if (output != NULL)
		return write_file(output, doc->s != NULL ? doc->s : "", doc->len) == 0 ?
		    EXIT_OK : EXIT_USER;
	if (fwrite(doc->s != NULL ? doc->s : "", 1, doc->len, stdout) != doc->len ||
	    fflush(stdout) != 0) {
		cmd_error("kan niet naar de uitvoer schrijven: %s", strerror(errno));
		return EXIT_USER;
	}
	return EXIT_OK;
}

/* The participant this terminal's user is (by login), or 0: whose own
 * self-analyses may go into a dump besides the shared ones. */
static int64_t
viewer(struct store *st)
{
	const char *u = util_login();
	int64_t id;

	if (u[0] == '\0')
		return 0;
	id = participant_by_login(st, u, NULL);
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

static void
stream_row(void *ctx, size_t t, size_t r, const struct dump_value *v)
{
	struct stream *s = ctx;

	export_json_row(&s->buf, t, r, v);
	stream_flush(s, STREAM_CHUNK);
}

static void
stream_table_end(void *ctx, size_t t, size_t n)
{
	export_json_table_end(&((struct stream *)ctx)->buf, t, n);
}

static int
stream_json(struct store *st, int64_t coalition_id, const char *output)
{
	struct stream s = { { 0 }, NULL };
	const struct dump_visitor vis = { &s, stream_begin, stream_table, stream_row,
	    stream_table_end };
	char *cause = NULL;
	int ok;

	if ((s.fo = file_open_atomic(output, &cause)) == NULL) {
		cmd_error("%s", cause);
		free(cause);
		return EXIT_USER;
	}
	ok = store_dump_each(st, coalition_id, viewer(st), &vis) == 0;
	if (!ok) {
		/* A half file never replaces a whole one. */
		cmd_error("%s", store_errmsg(st));
		file_abort(s.fo);
	} else if (export_json_end(&s.buf), stream_flush(&s, 0),
	    file_close_atomic(s.fo, &cause) != 0) {
		cmd_error("%s", cause);
		free(cause);
		ok = 0;
	}
	strbuf_free(&s.buf);
	return ok ? EXIT_OK : EXIT_USER;
}

struct dump_opts {
	const char	*coalitie, *output, *tabel, *dialect;
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
		ret = stream_json(st, c != NULL ? c->id : 0, o->output);
		coalition_free(c);
		return ret;
	}
	d = store_dump_read(st, c != NULL ? c->id : 0, viewer(st));
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

int
cmd_export(struct store *st, int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "format",	required_argument,	NULL, 'f' },
		{ "coalitie",	required_argument,	NULL, 'c' },
		{ "sessie",	required_argument,	NULL, 's' },
		{ "output",	required_argument,	NULL, 'o' },
		{ "tabel",	required_argument,	NULL, 't' },
		{ "csv",	required_argument,	NULL, 'x' },
		{ NULL, 0, NULL, 0 }
	};
	const char *format = "txt", *output = NULL, *sessie = NULL, *coalitie = NULL;
	struct dump_opts dopts = { NULL, NULL, NULL, NULL };
	struct strbuf doc = { 0 };
	struct catalogue *cat;
	struct report *r;
	char *cause = NULL;
	int c, fmt, ret;

	optind = 0;
	while ((c = getopt_long(argc, argv, "f:c:s:o:t:", longopts, NULL)) != -1) {
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
		case 'o':
			output = optarg;
			break;
		case 't':
			dopts.tabel = optarg;
			break;
		case 'x':
			dopts.dialect = optarg;
			break;
		default:
			return EXIT_USAGE;
		}
	}
	fmt = export_format_parse(format);
	if (optind == argc && (fmt == EXPORT_JSON || fmt == EXPORT_CSV) && sessie == NULL) {
		dopts.coalitie = coalitie;
		dopts.output = output;
		return export_dump(st, fmt, &dopts);
	}
	if (fmt == EXPORT_JSON || fmt == EXPORT_CSV) {
		cmd_error("json en csv exporteren het hele werkboek of één coalitie "
		    "(--coalitie), geen sessie");
		return EXIT_USAGE;
	}
	if (optind != argc || (sessie == NULL) == (coalitie == NULL)) {
		cmd_error("%s", usage_export);
		return EXIT_USAGE;
	}
	if (fmt < 0 || export_writers[fmt] == NULL) {
		cmd_error("onbekend formaat '%s': kies txt, odt, md, html, json, csv of dot",
		    format);
		return EXIT_USAGE;
	}
	if ((cat = catalogue_load(st)) == NULL) {
		cmd_error("catalogus niet te lezen");
		return EXIT_USER;
	}
	if ((r = load_report(st, cat, coalitie, sessie, &cause)) == NULL ||
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
