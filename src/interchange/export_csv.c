/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * export_csv.c: one table of the werkboek as CSV (RFC 4180): a header
 * row, CRLF line ends, a field quoted when it holds the separator, a
 * quote or a line end, quotes doubled. The excel-nl dialect uses ';' (a
 * Dutch Excel reads ',' as the decimal comma) and starts with a byte order
 * mark, without which Excel takes the file for Windows-1252, and a text
 * that Excel would run as a formula (= + - @, or a tab or carriage return
 * before one) is quoted with an apostrophe inside the quotes: "'=1;2".
 * Outside them the field would no longer be quoted at all, and its
 * separators and line ends would split it.
 */
#include "config.h"

#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "vitaal/dump.h"
#include "vitaal/export.h"
#include "vitaal/utf8.h"
#include "vitaal/util.h"

static void
field(struct strbuf *out, const char *s, char sep, int excel_nl)
{
	char *t = utf8_sanitize(s, strlen(s));
	const char *p;

	int guard;

	/* Excel runs a cell that starts like a formula; an apostrophe in
	 * front keeps it text (Excel does not show it). */
	guard = excel_nl && t[0] != '\0' && strchr("=+-@\t\r", t[0]) != NULL;
	if (!guard && strchr(t, sep) == NULL && strpbrk(t, "\"\r\n") == NULL) {
		strbuf_puts(out, t);
		free(t);
		return;
	}
	strbuf_putc(out, '"');
	if (guard)
		strbuf_putc(out, '\'');
	for (p = t; *p != '\0'; p++) {
		if (*p == '"')
			strbuf_putc(out, '"');
		if (*p == '\n')
			strbuf_putc(out, '\r');	/* line ends inside a field are CRLF too */
		strbuf_putc(out, *p);
	}
	strbuf_putc(out, '"');
	free(t);
}

/* A record's identity is for the next import, not for a spreadsheet: nr
 * is the number a reader uses. */
static int
is_uuid(const struct dump_column *col)
{
	return strcmp(col->name, "uuid") == 0;
}

void
export_csv(const struct dump *d, size_t table, int excel_nl, struct strbuf *out)
{
	const struct dump_table *t = &dump_tables[table];
	char sep = excel_nl ? ';' : ',';
	size_t r, c;

	if (excel_nl)
		strbuf_puts(out, "\xef\xbb\xbf");
	strbuf_puts(out, "nr");
	for (c = 0; c < t->ncols; c++) {
		if (is_uuid(&t->cols[c]))
			continue;
		strbuf_putc(out, sep);
		field(out, t->cols[c].name, sep, excel_nl);
	}
	strbuf_puts(out, "\r\n");
	for (r = 0; r < d->t[table].n; r++) {
		const struct dump_value *v = &d->t[table].v[r * t->ncols];

		/* nr: the row's number in the werkboek, the one the command
		 * line takes, where known; a pointer names that number too. */
		if (d->t[table].ids != NULL)
			strbuf_printf(out, "%" PRId64, d->t[table].ids[r]);
		else
			strbuf_printf(out, "%zu", r + 1);
		for (c = 0; c < t->ncols; c++) {
			const int64_t *ref_ids = t->cols[c].ref >= 0 ? d->t[t->cols[c].ref].ids : NULL;

			if (is_uuid(&t->cols[c]))
				continue;
			strbuf_putc(out, sep);
			if (v[c].null)
				continue;
			if (t->cols[c].type == DUMP_TEXT)
				field(out, v[c].s, sep, excel_nl);
			else if (ref_ids != NULL && v[c].i >= 1 &&
			    (size_t)v[c].i <= d->t[t->cols[c].ref].n)
				strbuf_printf(out, "%" PRId64, ref_ids[v[c].i - 1]);
			else
				strbuf_printf(out, "%" PRId64, v[c].i);
		}
		strbuf_puts(out, "\r\n");
	}
}

int
export_csv_dir(const struct dump *d, const char *dir, int excel_nl, char **cause)
{
	size_t t;
	int ret = 0;

	if (file_make_dir(dir, cause) != 0)
		return -1;
	for (t = 0; t < dump_ntables && ret == 0; t++) {
		struct strbuf doc = { 0 };
		char *path = xasprintf("%s/%s.csv", dir, dump_tables[t].name);

		export_csv(d, t, excel_nl, &doc);
		ret = file_write_atomic(path, doc.s, doc.len, cause);
		free(path);
		strbuf_free(&doc);
	}
	return ret;
}
