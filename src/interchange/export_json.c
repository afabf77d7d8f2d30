/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * export_json.c: the werkboek as JSON, and reading it back.
 *
 *   {
 *     "formaat": "vitaal-werkboek",
 *     "versie": 1,
 *     "schema": 7,
 *     "tabellen": {
 *       "participant": [
 *         {"name": "Anna", …},
 *       …
 *
 * Every table is there, in the order of dump_tables, each row an object
 * on one line with its columns in order. A column pointing at another
 * table holds the place (1, 2, …) of that row in its table.
 */
#include "config.h"

#include <inttypes.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "vitaal/dump.h"
#include "vitaal/export.h"
#include "vitaal/json.h"
#include "vitaal/utf8.h"
#include "vitaal/util.h"

void
export_json_begin(struct strbuf *out, int schema)
{
	strbuf_printf(out, "{\n  \"formaat\": \"%s\",\n  \"versie\": %d,\n  \"schema\": %d,\n"
	    "  \"tabellen\": {\n", EXPORT_JSON_FORMAT, EXPORT_JSON_VERSION, schema);
}

void
export_json_table(struct strbuf *out, size_t t)
{
	strbuf_printf(out, "    \"%s\": [", dump_tables[t].name);
}

void
export_json_row(struct strbuf *out, size_t t, size_t r, const struct dump_value *v)
{
	const struct dump_table *tab = &dump_tables[t];
	size_t c;

	strbuf_puts(out, r > 0 ? ",\n      {" : "\n      {");
	for (c = 0; c < tab->ncols; c++) {
		strbuf_printf(out, "%s\"%s\": ", c > 0 ? ", " : "", tab->cols[c].name);
		if (v[c].null)
			strbuf_puts(out, "null");
		else if (tab->cols[c].type == DUMP_TEXT)
			json_put_string(out, v[c].s);
		else
			strbuf_printf(out, "%" PRId64, v[c].i);
	}
	strbuf_puts(out, "}");
}

void
export_json_table_end(struct strbuf *out, size_t t, size_t n)
{
	strbuf_printf(out, "%s]%s\n", n > 0 ? "\n    " : "", t + 1 < dump_ntables ? "," : "");
}

void
export_json_end(struct strbuf *out)
{
	strbuf_puts(out, "  }\n}\n");
}

void
export_json(const struct dump *d, struct strbuf *out)
{
	size_t t, r;

	export_json_begin(out, d->schema);
	for (t = 0; t < dump_ntables; t++) {
		export_json_table(out, t);
		for (r = 0; r < d->t[t].n; r++)
			export_json_row(out, t, r, &d->t[t].v[r * dump_tables[t].ncols]);
		export_json_table_end(out, t, d->t[t].n);
	}
	export_json_end(out);
}

struct import {
	struct dump	*d;
	int		**lines;	/* per table, per row */
};

const struct dump *
import_dump(const struct import *im)
{
	return im->d;
}

int
import_line(const struct import *im, size_t t, size_t r)
{
	return t < dump_ntables && r < im->d->t[t].n ? im->lines[t][r] : 0;
}

void
import_free(struct import *im)
{
	size_t t;

	if (im == NULL)
		return;
	for (t = 0; im->lines != NULL && t < dump_ntables; t++)
		free(im->lines[t]);
	free(im->lines);
	dump_free(im->d);
	free(im);
}

static int problem(char **, int, const char *, ...) __attribute__((format(printf, 3, 4)));

/* Set *cause to "regel N: <message>"; returns -1. */
static int
problem(char **cause, int line, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	*cause = json_vmessage(line, fmt, ap);
	va_end(ap);
	return -1;
}

/* Column c of a row from its JSON value (types only; pointers later). */
static int
read_value(const struct dump_table *t, size_t c, const struct json *j, int line,
    struct dump_value *v, char **cause)
{
	const struct dump_column *col = &t->cols[c];

	if (j == NULL || j->type == JSON_NULL) {
		if (!col->nullable)
			return problem(cause, j != NULL ? j->line : line,
			    "tabel '%s': veld '%s' ontbreekt of is leeg", t->name, col->name);
		v->null = 1;
		return 0;
	}
	if (col->type == DUMP_TEXT) {
		if (j->type != JSON_STRING)
			return problem(cause, j->line, "tabel '%s': veld '%s' moet tekst zijn",
			    t->name, col->name);
		v->s = utf8_nfc(j->s);	/* text comes in as NFC, like typed text */
		return 0;
	}
	if (json_int(j, &v->i) != 0)
		return problem(cause, j->line, "tabel '%s': veld '%s' moet een geheel getal zijn",
		    t->name, col->name);
	return 0;
}

static int
read_row(const struct dump_table *t, const struct json *j, struct dump_value *v,
    char **cause)
{
	size_t k, c;

	if (j->type != JSON_OBJECT)
		return problem(cause, j->line, "tabel '%s': een rij moet een object zijn", t->name);
	for (k = 0; k < j->n; k++) {
		for (c = 0; c < t->ncols && strcmp(t->cols[c].name, j->keys[k]) != 0; c++)
			;
		if (c == t->ncols)
			return problem(cause, j->v[k].line, "tabel '%s': onbekend veld '%s'",
			    t->name, j->keys[k]);
	}
	for (c = 0; c < t->ncols; c++)
		if (read_value(t, c, json_get(j, t->cols[c].name), j->line, &v[c], cause) != 0)
			return -1;
	return 0;
}

static int
read_table(struct import *im, size_t ti, const struct json *rows, char **cause)
{
	const struct dump_table *t = &dump_tables[ti];
	struct dump_rows *dr = &im->d->t[ti];
	size_t r;

	if (rows->type != JSON_ARRAY)
		return problem(cause, rows->line, "tabel '%s' moet een lijst zijn", t->name);
	dr->v = xcalloc(rows->n * t->ncols + 1, sizeof(*dr->v));
	im->lines[ti] = xcalloc(rows->n + 1, sizeof(*im->lines[ti]));
	for (r = 0; r < rows->n; r++) {
		im->lines[ti][r] = rows->v[r].line;
		dr->n = r + 1;	/* so a failure frees what this row read */
		if (read_row(t, &rows->v[r], &dr->v[r * t->ncols], cause) != 0)
			return -1;
	}
	return 0;
}

/* Does every pointer point at a row that is there? */
static int
check_refs(const struct import *im, char **cause)
{
	size_t t, r, c;

	for (t = 0; t < dump_ntables; t++) {
		const struct dump_table *tab = &dump_tables[t];

		for (r = 0; r < im->d->t[t].n; r++)
			for (c = 0; c < tab->ncols; c++) {
				const struct dump_value *v = &im->d->t[t].v[r * tab->ncols + c];
				int ref = tab->cols[c].ref;

				if (ref < 0 || v->null)
					continue;
				if (v->i >= 1 && (uint64_t)v->i <= im->d->t[ref].n)
					continue;
				return problem(cause, im->lines[t][r], "tabel '%s': veld '%s' "
				    "verwijst naar rij %" PRId64 " van '%s', die er niet is",
				    tab->name, tab->cols[c].name, v->i, dump_tables[ref].name);
			}
	}
	return 0;
}

/* The envelope: format, version, schema; returns the tables object. */
static const struct json *
envelope(const struct json *root, int schema, char **cause)
{
	const struct json *f = json_get(root, "formaat"), *v = json_get(root, "versie");
	const struct json *s = json_get(root, "schema"), *t = json_get(root, "tabellen");
	int64_t version, file_schema;

	if (root->type != JSON_OBJECT || f == NULL || f->type != JSON_STRING ||
	    strcmp(f->s, EXPORT_JSON_FORMAT) != 0) {
		problem(cause, f != NULL ? f->line : root->line, "dit is geen JSON-export van "
		    "Vitaal (\"formaat\": \"%s\" ontbreekt)", EXPORT_JSON_FORMAT);
		return NULL;
	}
	if (json_int(v, &version) != 0 || version < 1) {
		problem(cause, v != NULL ? v->line : root->line, "\"versie\" ontbreekt of is geen "
		    "geheel getal");
		return NULL;
	}
	if (version > EXPORT_JSON_VERSION) {
		problem(cause, v->line, "gemaakt met een nieuwere Vitaal (exportversie %s); "
		    "werk Vitaal bij", v->s);
		return NULL;
	}
	if (json_int(s, &file_schema) != 0 || file_schema > schema) {
		problem(cause, s != NULL ? s->line : root->line, "\"schema\" ontbreekt of is "
		    "nieuwer dan dit werkboek; werk Vitaal bij");
		return NULL;
	}
	if (t == NULL || t->type != JSON_OBJECT) {
		problem(cause, t != NULL ? t->line : root->line, "\"tabellen\" ontbreekt");
		return NULL;
	}
	return t;
}

static int
read_tables(struct import *im, const struct json *tables, char **cause)
{
	size_t k, t;

	for (k = 0; k < tables->n; k++) {
		for (t = 0; t < dump_ntables && strcmp(dump_tables[t].name, tables->keys[k]); t++)
			;
		if (t == dump_ntables)
			return problem(cause, tables->v[k].line, "onbekende tabel '%s'",
			    tables->keys[k]);
		if (read_table(im, t, &tables->v[k], cause) != 0)
			return -1;
	}
	return check_refs(im, cause);
}

struct import *
import_json(const char *text, size_t len, int schema, char **cause)
{
	struct import *im;
	const struct json *tables;
	struct json *root;

	if ((root = json_parse(text, len, cause)) == NULL)
		return NULL;
	im = xcalloc(1, sizeof(*im));
	im->d = xcalloc(1, sizeof(*im->d));
	im->d->t = xcalloc(dump_ntables, sizeof(*im->d->t));
	im->lines = xcalloc(dump_ntables, sizeof(*im->lines));
	if ((tables = envelope(root, schema, cause)) == NULL ||
	    read_tables(im, tables, cause) != 0) {
		json_free(root);
		import_free(im);
		return NULL;
	}
	im->d->schema = schema;
	json_free(root);
	return im;
}
