/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * export.h: summaries to take out of the werkboek. Each writer is a pure
 * function of a report (report.h): it appends the whole document to a
 * buffer in memory, so a failure leaves nothing half written, and the
 * caller decides where it goes (stdout or a file). None reads the clock:
 * the same werkboek gives the same bytes.
 */
#ifndef VITAAL_EXPORT_H
#define VITAAL_EXPORT_H

#include <stddef.h>

#include "vitaal/util.h"

struct dump;
struct report;

/* Plain text is made to be pasted into an e-mail body: UTF-8, lines of at
 * most this many columns, headings underlined. */
#define EXPORT_TXT_COLS	72

/* The formats, in the order a civil servant needs them. */
enum export_format {
	EXPORT_TXT,
	EXPORT_ODT,
	EXPORT_MD,
	EXPORT_HTML,
	EXPORT_JSON,
	EXPORT_CSV,
	EXPORT_DOT,
	EXPORT_EML,
	EXPORT_NFORMATS
};
extern const char *const export_format_names[EXPORT_NFORMATS];	/* "txt", … */
/* The format called name, or -1. */
int	export_format_parse(const char *name);

/* The file name an export is offered under: the title in lower case,
 * runs of other characters as one '-', at most EXPORT_NAME_MAX bytes
 * (whole characters), and the format's extension; a CSV export is a
 * directory, "<name>-csv". Allocated. */
#define EXPORT_NAME_MAX	60
char	*export_file_name(const char *title, int format);

/* Writers of a report (coalition or session). Each appends to out; ODT is
 * binary (a ZIP), the others UTF-8 text. 0, or -1 with *cause. */
int	export_txt(const struct report *r, struct strbuf *out, char **cause);
int	export_md(const struct report *r, struct strbuf *out, char **cause);
int	export_html(const struct report *r, struct strbuf *out, char **cause);
int	export_odt(const struct report *r, struct strbuf *out, char **cause);
int	export_dot(const struct report *r, struct strbuf *out, char **cause);
/* An e-mail draft (RFC 5322, MIME, CRLF): export_txt as the body,
 * export_odt attached, "X-Unsent: 1" so mail programs open it to send. */
int	export_eml(const struct report *r, struct strbuf *out, char **cause);

/* Those writers by format; NULL for json and csv, which write the
 * werkboek's tables instead (below). */
typedef int (*export_writer)(const struct report *, struct strbuf *, char **);
extern const export_writer export_writers[EXPORT_NFORMATS];

/* The werkboek's tables (dump.h) as versioned JSON: one row per line, in
 * the dump's order, so the same dump always gives the same bytes.
 * Version 2 gives every record with an id its uuid (015_uuid.sql);
 * version 1 files, without, still import. */
#define EXPORT_JSON_FORMAT	"vitaal-werkboek"
#define EXPORT_JSON_VERSION	2
void	export_json(const struct dump *d, struct strbuf *out);
/* The same, piece by piece, for a dump read row by row (dump_visitor):
 * begin, then per table: table, its rows (r from 0), table_end; end. */
struct dump_value;
void	export_json_begin(struct strbuf *out, int schema);
void	export_json_table(struct strbuf *out, size_t t);
void	export_json_row(struct strbuf *out, size_t t, size_t r, const struct dump_value *v);
void	export_json_table_end(struct strbuf *out, size_t t, size_t n);
void	export_json_end(struct strbuf *out);

/* CSV (RFC 4180, UTF-8, CRLF line ends) of one table of the dump; excel_nl
 * writes what Dutch Excel opens directly: ';' between fields and a byte
 * order mark. A row's place is its first column, "nr". */
void	export_csv(const struct dump *d, size_t table, int excel_nl, struct strbuf *out);
/* Every table as DIR/<table>.csv, DIR made when missing; 0, or -1 with
 * *cause. */
int	export_csv_dir(const struct dump *d, const char *dir, int excel_nl, char **cause);

/* One's own self-analysis a as text (md 0: e-mail text, 72 columns) or
 * Markdown (md 1): the questionnaire and every question with the answer
 * as it is now, no history. 0, or -1 with *cause. */
struct store;
struct catalogue;
struct self_analysis_rec;
int	export_selfanalysis(struct store *st, const struct catalogue *cat,
	    const struct self_analysis_rec *a, int md, struct strbuf *out, char **cause);

/* Reading a JSON export back (vitaal import). The whole file is checked
 * before anything is written: its format and version, every table and
 * column name, every type, and every pointer to another row. */
struct import;
/* NULL with *cause ("regel 12: …", allocated) at the first problem. */
struct import	*import_json(const char *text, size_t len, int schema, char **cause);
const struct dump *import_dump(const struct import *im);
/* The line in the file where row r of table t starts. */
int		 import_line(const struct import *im, size_t t, size_t r);
void		 import_free(struct import *im);

/*
 * The import as `vitaal import` does it, in bounded memory: the file is
 * read as a stream (read(ctx, buf, n): bytes read, 0 at the end, -1 on an
 * error) with a pull reader, each row checked as import_json and
 * dump_check do and merged at once (store_dump_merge_row), the matched
 * records by the field rule (field_import, author naming the source). It
 * runs in a transaction nested in the caller's, which the caller commits
 * only on 0: on -1 (*cause: "regel 12: …" or "regel 12 (player): …",
 * allocated) everything is rolled back, so nothing is written unless the
 * whole file was right. Memory: one row, a read buffer, a place-to-id map
 * of 8 bytes per row, and the typologies matched.
 */
struct dump_merge_count;
struct field_import_count;
int		 import_json_stream(long (*read)(void *, char *, size_t), void *ctx,
		    struct store *st, const struct catalogue *cat, const char *origin,
		    const char *author, struct dump_merge_count *counts,
		    struct field_import_count *fields, char **cause);

#endif
