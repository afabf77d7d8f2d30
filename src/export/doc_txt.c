/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * doc_txt.c: the document tree as plain text for an e-mail body. Every
 * line fits DOC_TXT_COLS columns: text is wrapped (utf8_wrap), headings
 * too, underlined as wide as their widest line with '=' (levels 1 and 2),
 * '-' (3) or '~' (4);
 * a table's cells wrap within their column, so a long organisation or a
 * newline in a name never breaks a row. Only valid UTF-8 without control
 * characters comes out; a tab becomes a space (its width depends on the
 * mail reader).
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "vitaal/doc.h"
#include "vitaal/report.h"
#include "vitaal/utf8.h"
#include "vitaal/util.h"

#define LABEL_COLS	14	/* a field's label, its value beside it */

static char *
clean(const char *s, int one_line)
{
	char *t = utf8_sanitize(s != NULL ? s : "", s != NULL ? strlen(s) : 0), *p;

	for (p = t; *p != '\0'; p++)
		if (*p == '\t' || (one_line && *p == '\n'))
			*p = ' ';
	return t;
}

/* Trailing spaces off the line just written, then its end. */
static void
end_line(struct strbuf *b)
{
	while (b->len > 0 && b->s[b->len - 1] == ' ')
		b->s[--b->len] = '\0';
	strbuf_putc(b, '\n');
}

/* text wrapped to the width, its own newlines kept: the first line after
 * first (of indent columns), the others indented by indent columns. */
static void
wrapped(struct strbuf *b, const char *first, size_t indent, const char *text)
{
	struct utf8_line *lines;
	char *t = clean(text, 0);
	size_t n, i;

	n = utf8_wrap(t, DOC_TXT_COLS - indent, &lines);
	for (i = 0; i < n; i++) {
		if (i == 0)
			strbuf_puts(b, first);
		else
			strbuf_printf(b, "%*s", (int)indent, "");
		strbuf_add(b, t + lines[i].start, lines[i].len);
		end_line(b);
	}
	free(lines);
	free(t);
}

static void
heading(struct strbuf *b, const struct doc_block *h)
{
	struct utf8_line *lines;
	char *t = clean(h->text, 1), *line;
	size_t i, n, w = 0, lw;

	n = utf8_wrap(t, DOC_TXT_COLS, &lines);
	for (i = 0; i < n; i++) {
		line = xstrndup(t + lines[i].start, lines[i].len);
		if ((lw = utf8_width(line)) > w)
			w = lw;
		strbuf_puts(b, line);
		end_line(b);
		free(line);
	}
	for (i = 0; i < w; i++)
		strbuf_putc(b, "==-~"[h->level - 1]);
	strbuf_puts(b, "\n\n");
	free(lines);
	free(t);
}

/* A paragraph; a question runs on into its answer and source, without a
 * blank line between them (next: the block after p, or NULL). */
static void
para(struct strbuf *b, const struct doc_block *p, const struct doc_block *next)
{
	static const char *const indents[] = { "", "  ", "    " };
	int level = p->level < 0 ? 0 : p->level > 2 ? 2 : p->level;
	char *text = p->role == DOC_SOURCE ? xasprintf("Bron: %s", p->text) : xstrdup(p->text);

	wrapped(b, indents[level], strlen(indents[level]), text);
	free(text);
	if ((p->role == DOC_QUESTION || p->role == DOC_ANSWER) && next != NULL &&
	    next->kind == DOC_PARA && (next->role == DOC_ANSWER || next->role == DOC_SOURCE))
		return;
	strbuf_putc(b, '\n');
}

static void
fields(struct strbuf *b, const struct doc_block *f)
{
	size_t i;

	for (i = 0; i < f->nitems; i++) {
		char *label = xasprintf("%s:", f->labels[i]), *first;

		if (utf8_width(label) >= LABEL_COLS) {
			strbuf_printf(b, "%s\n", label);
			first = xasprintf("%*s", LABEL_COLS, "");
		} else
			first = xasprintf("%-*s", LABEL_COLS + (int)(strlen(label) -
			    utf8_width(label)), label);
		wrapped(b, first, LABEL_COLS, f->items[i]);
		free(first);
		free(label);
	}
	if (f->nitems > 0)
		strbuf_putc(b, '\n');
}

static void
list(struct strbuf *b, const struct doc_block *l)
{
	size_t i;

	for (i = 0; i < l->nitems; i++)
		wrapped(b, l->depth[i] ? "  - " : "- ", l->depth[i] ? 4 : 2, l->items[i]);
	strbuf_putc(b, '\n');
}

/* The widest line of s (its newlines as spaces: one line). */
static size_t
natural(const char *s)
{
	char *t = clean(s, 1);
	size_t w = utf8_width(t);

	free(t);
	return w;
}

/* The widest word of s. */
static size_t
longest_word(const char *s)
{
	char *t = clean(s, 1), *word, *save = NULL;
	size_t w = 0;

	for (word = strtok_r(t, " ", &save); word != NULL; word = strtok_r(NULL, " ", &save))
		if (utf8_width(word) > w)
			w = utf8_width(word);
	free(t);
	return w;
}

/* Columns of the table: the shares of the line (at least 4 columns);
 * then a column that needs less than its share gives the rest to those
 * that need more: first to those that would split a word, then to the
 * one short of most. */
static void
table_widths(const struct doc_table *t, size_t *w)
{
	size_t need[DOC_MAXCOLS], word[DOC_MAXCOLS], i, r, room = DOC_TXT_COLS - (t->ncols - 1);
	size_t used = 0, spare;

	for (i = 0; i < t->ncols; i++) {
		w[i] = room * (size_t)t->widths[i] / 100;
		if (w[i] < 4)
			w[i] = 4;
		used += w[i];
		need[i] = natural(t->titles[i]);
		word[i] = longest_word(t->titles[i]);
		for (r = 0; r < t->nrows; r++) {
			const char *c = t->cells[r * t->ncols + i];

			if (natural(c) > need[i])
				need[i] = natural(c);
			if (longest_word(c) > word[i])
				word[i] = longest_word(c);
		}
	}
	while (used > room) {		/* the minimum took too much: from the widest */
		size_t widest = 0;

		for (i = 1; i < t->ncols; i++)
			if (w[i] > w[widest])
				widest = i;
		w[widest]--;
		used--;
	}
	for (i = 0, spare = room - used; i < t->ncols; i++)
		if (need[i] < w[i]) {
			spare += w[i] - (need[i] < 4 ? 4 : need[i]);
			w[i] = need[i] < 4 ? 4 : need[i];
		}
	for (i = 0; i < t->ncols && spare > 0; i++)
		while (word[i] > w[i] && spare > 0 && word[i] <= DOC_TXT_COLS / 3) {
			w[i]++;
			spare--;
		}
	while (spare > 0) {
		size_t most = DOC_MAXCOLS;

		for (i = 0; i < t->ncols; i++)
			if (need[i] > w[i] && (most == DOC_MAXCOLS ||
			    need[i] - w[i] > need[most] - w[most]))
				most = i;
		if (most == DOC_MAXCOLS)
			break;
		w[most]++;
		spare--;
	}
}

/* One row: every cell wrapped in its column, lines side by side. */
static void
table_row(struct strbuf *b, const struct doc_table *t, const size_t *w,
    const char *const *cells)
{
	struct utf8_line *lines[DOC_MAXCOLS];
	char *text[DOC_MAXCOLS];
	size_t n[DOC_MAXCOLS], rows = 0, r, c, k;

	for (c = 0; c < t->ncols; c++) {
		text[c] = clean(cells[c], 1);
		n[c] = utf8_wrap(text[c], w[c], &lines[c]);
		if (n[c] > rows)
			rows = n[c];
	}
	for (r = 0; r < rows; r++) {
		for (c = 0; c < t->ncols; c++) {
			char *part = r < n[c] ? xstrndup(text[c] + lines[c][r].start,
			    lines[c][r].len) : xstrdup("");
			size_t pw = utf8_width(part);

			if (c > 0)
				strbuf_putc(b, ' ');
			if (t->align[c] == 'r')
				for (k = pw; k < w[c]; k++)
					strbuf_putc(b, ' ');
			strbuf_puts(b, part);
			if (t->align[c] != 'r')
				for (k = pw; k < w[c]; k++)
					strbuf_putc(b, ' ');
			free(part);
		}
		end_line(b);
	}
	for (c = 0; c < t->ncols; c++) {
		free(lines[c]);
		free(text[c]);
	}
}

/* The map in text: its players per quadrant of the power × interest
 * grid, with their scores; a grid of names would not fit 72 columns. */
static void
power_grid(struct strbuf *b, const struct doc_table *map)
{
	size_t q, i;

	wrapped(b, "", 0, "Macht en belang (0 tot 5), per kwadrant:");
	for (q = 1; q <= REPORT_NQUADRANTS; q++) {
		struct strbuf line = { 0 };

		for (i = 0; i < map->nrows; i++) {
			int power = atoi(doc_cell(map, i, 2)), interest = atoi(doc_cell(map, i, 3));

			if ((size_t)report_quadrant(power, interest) != q)
				continue;
			strbuf_printf(&line, "%s%s (macht %d, belang %d)", line.len ? ", " : "",
			    doc_cell(map, i, 0), power, interest);
		}
		if (line.len > 0) {
			char *item = xasprintf("%s: %s", report_quadrant_names[q - 1], line.s);

			wrapped(b, "- ", 2, item);
			free(item);
		}
		strbuf_free(&line);
	}
	strbuf_putc(b, '\n');
}

static void
table(struct strbuf *b, const struct doc_block *blk)
{
	const struct doc_table *t = &blk->table;
	size_t w[DOC_MAXCOLS], r, c, k;

	if (t->figure == DOC_FIG_MAP) {
		power_grid(b, t);
		return;
	}

	table_widths(t, w);
	table_row(b, t, w, t->titles);
	for (c = 0; c < t->ncols; c++) {
		if (c > 0)
			strbuf_putc(b, ' ');
		for (k = 0; k < w[c]; k++)
			strbuf_putc(b, '-');
	}
	strbuf_putc(b, '\n');
	for (r = 0; r < t->nrows; r++) {
		const char *cells[DOC_MAXCOLS];
		char *marked = NULL;

		for (c = 0; c < t->ncols; c++)
			cells[c] = doc_cell(t, r, c);
		if (t->figure == DOC_FIG_TYPOLOGY && t->mark > 0 && (size_t)(t->mark - 1) / 2 == r) {
			c = (size_t)(t->mark - 1) % 2 + 1;
			cells[c] = marked = xasprintf("%s (gekozen)", cells[c]);
		}
		table_row(b, t, w, cells);
		free(marked);
	}
	strbuf_putc(b, '\n');
}

void
doc_render_txt(const struct doc *d, struct strbuf *out)
{
	size_t i;

	for (i = 0; i < d->n; i++) {
		const struct doc_block *b = &d->v[i];

		switch (b->kind) {
		case DOC_HEADING:
			heading(out, b);
			break;
		case DOC_PARA:
			para(out, b, i + 1 < d->n ? &d->v[i + 1] : NULL);
			break;
		case DOC_FIELDS:
			fields(out, b);
			break;
		case DOC_LIST:
			list(out, b);
			break;
		case DOC_TABLE:
			table(out, b);
			break;
		case DOC_FOOTER:
			/* the signature separator of mail readers */
			strbuf_puts(out, "-- \n");
			wrapped(out, "", 0, b->text);
			break;
		}
	}
}
