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
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "vitaal/dump.h"
#include "vitaal/dump_check.h"
#include "vitaal/export.h"
#include "vitaal/fieldrule.h"
#include "vitaal/json.h"
#include "vitaal/store.h"
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
	const struct json **at = xcalloc(t->ncols, sizeof(*at));
	size_t k, c;
	int ret = -1;

	if (j->type != JSON_OBJECT) {
		problem(cause, j->line, "tabel '%s': een rij moet een object zijn", t->name);
		goto out;
	}
	/* Each key's column; the export writes them in the table's order, so
	 * the column at the key's own place is tried first. A key given twice
	 * counts the first time, as json_get has it. */
	for (k = 0; k < j->n; k++) {
		if (k < t->ncols && strcmp(t->cols[k].name, j->keys[k]) == 0)
			c = k;
		else
			for (c = 0; c < t->ncols && strcmp(t->cols[c].name, j->keys[k]) != 0; c++)
				;
		if (c == t->ncols) {
			problem(cause, j->v[k].line, "tabel '%s': onbekend veld '%s'", t->name,
			    j->keys[k]);
			goto out;
		}
		if (at[c] == NULL)
			at[c] = &j->v[k];
	}
	for (c = 0; c < t->ncols; c++)
		if (read_value(t, c, at[c], j->line, &v[c], cause) != 0)
			goto out;
	ret = 0;
out:
	free(at);
	return ret;
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

/* ---- the same, read as a stream and merged as it is read --------------- */

/* A problem at a row: "regel N (table): message"; returns -1. */
static int
row_problem(char **cause, int line, size_t t, const char *msg)
{
	char *p, *q;

	/* one line: a constraint's text from the schema has line breaks */
	*cause = xasprintf("regel %d (%s): %s", line, dump_tables[t].name, msg);
	for (p = q = *cause; *p != '\0'; p++) {
		if ((unsigned char)*p < 0x20 || *p == 0x7f || *p == ' ') {
			if (q > *cause && q[-1] != ' ')
				*q++ = ' ';
		} else
			*q++ = *p;
	}
	*q = '\0';
	return -1;
}

/* What the stream keeps besides one row: the typologies matched, with
 * the factors of their coalitions, which come in a later table; the field
 * rule is applied to them at the end. Bounded by the coalitions. */
struct stream_import {
	struct json_pull		*p;
	struct store			*st;
	const struct catalogue		*cat;
	const char			*author;
	struct dump_merge		*mg;
	struct dump_matches		 matched;
	struct field_import_count	*fields;
	struct dump			*held;
	struct dump_match		*held_m;
	size_t				 nheld;
	unsigned char			*held_coalition;	/* by place: 1 when held */
	size_t				 nheld_coalition;
	int				 schema;
};

static void
hold_row(struct stream_import *s, size_t t, const struct dump_value *v)
{
	struct dump_rows *rows = &s->held->t[t];
	size_t ncols = dump_tables[t].ncols, c;

	rows->v = xreallocarray(rows->v, rows->n + 1, ncols * sizeof(*rows->v));
	for (c = 0; c < ncols; c++) {
		rows->v[rows->n * ncols + c] = v[c];
		if (v[c].s != NULL)
			rows->v[rows->n * ncols + c].s = xstrdup(v[c].s);
	}
	rows->n++;
}

/* The field rule for the rows of the file just matched (a typology is
 * held until its factors are in). */
static int
apply_matched(struct stream_import *s, size_t t, const struct dump_value *v, int line,
    char **cause)
{
	struct field_import_count fc;
	struct dump one;
	struct dump_rows *tables;
	size_t i;
	int typology = dump_table_find("typology");
	char *why = NULL;

	for (i = 0; i < s->matched.n; i++) {
		struct dump_match m = s->matched.v[i];

		if ((int)m.table == typology) {
			int64_t place = v[0].i;	/* coalition_id */

			hold_row(s, t, v);
			s->held_m = xreallocarray(s->held_m, s->nheld + 1, sizeof(*s->held_m));
			m.row = s->held->t[t].n - 1;
			s->held_m[s->nheld++] = m;
			if ((size_t)place > s->nheld_coalition) {
				s->held_coalition = xrecallocarray(s->held_coalition,
				    s->nheld_coalition, (size_t)place, 1);
				s->nheld_coalition = (size_t)place;
			}
			s->held_coalition[place - 1] = 1;
			continue;
		}
		tables = xcalloc(dump_ntables, sizeof(*tables));
		tables[t].v = (struct dump_value *)(uintptr_t)v;	/* borrowed */
		tables[t].n = 1;
		one.schema = s->schema;
		one.t = tables;
		m.row = 0;
		if (field_import(s->st, s->cat, &one, &m, 1, s->author, &fc, &why) != 0) {
			free(tables);
			row_problem(cause, line, t, why);
			free(why);
			return -1;
		}
		free(tables);
		s->fields->taken += fc.taken;
		s->fields->kept += fc.kept;
	}
	s->matched.n = 0;
	return 0;
}

/* One row: its types, its pointers, its texts as the command line takes
 * them; then merged. */
static int
stream_row(struct stream_import *s, size_t t, const struct json *j, char **cause)
{
	const struct dump_table *tab = &dump_tables[t];
	struct dump_value *v = xcalloc(tab->ncols, sizeof(*v));
	size_t c;
	int ret = -1, factor = dump_table_find("typology_factor");
	char *why = NULL;

	if (read_row(tab, j, v, cause) != 0)
		goto out;
	for (c = 0; c < tab->ncols; c++) {
		int ref = tab->cols[c].ref;

		if (ref < 0 || v[c].null)
			continue;
		if (v[c].i >= 1 && (uint64_t)v[c].i <= store_dump_merge_rows(s->mg, (size_t)ref))
			continue;
		problem(cause, j->line, "tabel '%s': veld '%s' verwijst naar rij %" PRId64
		    " van '%s', die er niet is", tab->name, tab->cols[c].name, v[c].i,
		    dump_tables[ref].name);
		goto out;
	}
	if (dump_check_row(t, v, &why) != 0) {
		row_problem(cause, j->line, t, why);
		free(why);
		goto out;
	}
	if (store_dump_merge_row(s->mg, t, v) != 0) {
		row_problem(cause, j->line, t, store_errmsg(s->st));
		goto out;
	}
	if ((int)t == factor && (size_t)v[0].i <= s->nheld_coalition &&
	    s->held_coalition[v[0].i - 1])
		hold_row(s, t, v);
	ret = apply_matched(s, t, v, j->line, cause);
out:
	for (c = 0; c < tab->ncols; c++)
		free(v[c].s);
	free(v);
	return ret;
}

/* Take the punctuation c; else fail with what was expected. */
static int
expect_punct(struct json_pull *p, int c, const char *what)
{
	int got = json_pull_punct(p);

	if (got == c)
		return 0;
	if (got < 0)
		return -1;
	return json_pull_fail(p, "%s verwacht", what);
}

/* A key: a string value, then ':'. NULL after a failure. */
static struct json *
stream_key(struct json_pull *p)
{
	struct json *k = json_pull_value(p);

	if (k == NULL)
		return NULL;
	if (k->type != JSON_STRING) {
		json_pull_fail(p, "een sleutel moet tekst zijn");
		json_free(k);
		return NULL;
	}
	if (expect_punct(p, ':', "':'") != 0) {
		json_free(k);
		return NULL;
	}
	return k;
}

static int
stream_tables(struct stream_import *s, char **cause)
{
	struct json_pull *p = s->p;
	struct json *k, *row;
	int t, last = -1, c;

	if (json_pull_punct(p) != '{')
		return json_pull_fail(p, "\"tabellen\" ontbreekt");
	if (json_pull_peek(p) == '}')
		return json_pull_punct(p) == '}' ? 0 : -1;
	for (;;) {
		if ((k = stream_key(p)) == NULL)
			return -1;
		if ((t = dump_table_find(k->s)) < 0) {
			problem(cause, k->line, "onbekende tabel '%s'", k->s);
			json_free(k);
			return -1;
		}
		if (t <= last) {
			problem(cause, k->line, "tabel '%s' staat te laat of tweemaal in het "
			    "bestand (de tabellen staan in de volgorde van de export)", k->s);
			json_free(k);
			return -1;
		}
		last = t;
		if (json_pull_punct(p) != '[') {
			problem(cause, k->line, "tabel '%s' moet een lijst zijn", k->s);
			json_free(k);
			return -1;
		}
		json_free(k);
		if (json_pull_peek(p) == ']')
			json_pull_punct(p);
		else
			for (;;) {
				if ((row = json_pull_value(p)) == NULL)
					return -1;
				if (stream_row(s, (size_t)t, row, cause) != 0) {
					json_free(row);
					return -1;
				}
				json_free(row);
				if ((c = json_pull_punct(p)) == ']')
					break;
				if (c != ',')
					return c < 0 ? -1 : json_pull_fail(p, "',' of ']' verwacht");
			}
		if ((c = json_pull_punct(p)) == '}')
			return 0;
		if (c != ',')
			return c < 0 ? -1 : json_pull_fail(p, "',' of '}' verwacht");
	}
}

/* The envelope before the tables: format, version, schema. */
static int
stream_head(struct json *const *head, int line, int schema, char **cause)
{
	const struct json *f = head[0], *v = head[1], *s = head[2];
	int64_t version, file_schema;

	if (f == NULL || f->type != JSON_STRING || strcmp(f->s, EXPORT_JSON_FORMAT) != 0)
		return problem(cause, f != NULL ? f->line : line, "dit is geen JSON-export van "
		    "Vitaal (\"formaat\": \"%s\" ontbreekt)", EXPORT_JSON_FORMAT);
	if (json_int(v, &version) != 0 || version < 1)
		return problem(cause, v != NULL ? v->line : line, "\"versie\" ontbreekt of is geen "
		    "geheel getal");
	if (version > EXPORT_JSON_VERSION)
		return problem(cause, v->line, "gemaakt met een nieuwere Vitaal (exportversie %s); "
		    "werk Vitaal bij", v->s);
	if (json_int(s, &file_schema) != 0 || file_schema > schema)
		return problem(cause, s != NULL ? s->line : line, "\"schema\" ontbreekt of is "
		    "nieuwer dan dit werkboek; werk Vitaal bij");
	return 0;
}

static int
stream_file(struct stream_import *s, char **cause)
{
	static const char *const names[3] = { "formaat", "versie", "schema" };
	struct json_pull *p = s->p;
	struct json *head[3] = { NULL, NULL, NULL }, *k, *v;
	int i, c, tables = 0, ret = -1;

	if ((c = json_pull_punct(p)) != '{') {
		if (c == 0)
			json_pull_fail(p, "onverwacht einde");
		else if (c > 0)
			json_pull_fail(p, "dit is geen JSON-export van Vitaal (\"formaat\": \"%s\" "
			    "ontbreekt)", EXPORT_JSON_FORMAT);
		goto out;
	}
	if (json_pull_peek(p) != '}')
		for (;;) {
			if ((k = stream_key(p)) == NULL)
				goto out;
			for (i = 0; i < 3 && strcmp(k->s, names[i]) != 0; i++)
				;
			if (strcmp(k->s, "tabellen") == 0) {
				json_free(k);
				if (tables++ > 0) {
					json_pull_fail(p, "dubbele sleutel \"tabellen\"");
					goto out;
				}
				if (stream_head(head, json_pull_line(p), s->schema, cause) != 0 ||
				    stream_tables(s, cause) != 0)
					goto out;
			} else {
				if ((v = json_pull_value(p)) == NULL) {
					json_free(k);
					goto out;
				}
				if (i < 3 && head[i] != NULL) {
					json_pull_fail(p, "dubbele sleutel \"%s\"", names[i]);
					json_free(k);
					json_free(v);
					goto out;
				}
				json_free(k);
				if (i < 3)
					head[i] = v;
				else
					json_free(v);	/* not ours to know */
			}
			if ((c = json_pull_punct(p)) == '}')
				break;
			if (c != ',') {
				if (c >= 0)
					json_pull_fail(p, "',' of '}' verwacht");
				goto out;
			}
		}
	else
		json_pull_punct(p);
	if (stream_head(head, json_pull_line(p), s->schema, cause) != 0)
		goto out;
	if (!tables) {
		problem(cause, json_pull_line(p), "\"tabellen\" ontbreekt");
		goto out;
	}
	if ((c = json_pull_punct(p)) != 0) {
		if (c > 0)
			json_pull_fail(p, "tekst na het einde van de JSON");
		goto out;
	}
	ret = 0;
out:
	for (i = 0; i < 3; i++)
		json_free(head[i]);
	return ret;
}

int
import_json_stream(long (*read)(void *, char *, size_t), void *ctx, struct store *st,
    const struct catalogue *cat, const char *origin, const char *author,
    struct dump_merge_count *counts, struct field_import_count *fields, char **cause)
{
	struct stream_import s;
	struct field_import_count fc;
	char *why = NULL;
	int ret = -1;

	memset(&s, 0, sizeof s);
	memset(fields, 0, sizeof *fields);
	*cause = NULL;
	if ((s.schema = store_schema_version(st)) < 0) {
		*cause = xstrdup(store_errmsg(st));
		return -1;
	}
	s.p = json_pull_new(read, ctx);
	s.st = st;
	s.cat = cat;
	s.author = author;
	s.fields = fields;
	s.held = xcalloc(1, sizeof(*s.held));
	s.held->schema = s.schema;
	s.held->t = xcalloc(dump_ntables, sizeof(*s.held->t));
	if ((s.mg = store_dump_merge_begin(st, origin, counts, &s.matched)) == NULL) {
		*cause = xstrdup(store_errmsg(st));
		goto out;
	}
	if (stream_file(&s, cause) != 0) {
		if (*cause == NULL)
			*cause = xstrdup(json_pull_cause(s.p) != NULL ? json_pull_cause(s.p) :
			    "onbekende fout");
		goto out;
	}
	if (s.nheld > 0) {
		if (field_import(st, cat, s.held, s.held_m, s.nheld, author, &fc, &why) != 0) {
			*cause = why;
			goto out;
		}
		fields->taken += fc.taken;
		fields->kept += fc.kept;
	}
	ret = 0;
out:
	if (s.mg != NULL && store_dump_merge_end(s.mg, ret == 0) != 0 && ret == 0) {
		*cause = xstrdup(store_errmsg(st));
		ret = -1;
	}
	json_pull_free(s.p);
	free(s.matched.v);
	free(s.held_m);
	free(s.held_coalition);
	dump_free(s.held);
	return ret;
}
