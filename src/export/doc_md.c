/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * doc_md.c: the document tree (doc.h) as Markdown, for pandoc and for the
 * wikis and repositories a team keeps its notes in. ATX headings, pipe
 * tables whose separator gives pandoc the columns' widths, a Mermaid
 * quadrantChart for the power × interest map.
 *
 * All user text goes through one escaper (md_text): whatever a team typed
 * comes out as the same characters and never as markup: no heading, list,
 * table cell, HTML or link of its own.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "vitaal/doc.h"
#include "vitaal/report.h"
#include "vitaal/utf8.h"
#include "vitaal/util.h"

/* Escaped wherever they stand: they open emphasis, code, links, raw HTML,
 * entities, math, footnotes, attributes or table cells in pandoc's
 * Markdown. The rest (- . = : and digits) only matters at a line's start. */
#define MD_ALWAYS	"\\`*_{}[]<>()#+!|~^$@&"
#define MD_LINESTART	"-+=:.>#"

/* At a line's start: skip its blanks, and escape what would open a block
 * (list, ordered list, setext underline, definition). Returns the next
 * position to copy from. */
static const char *
md_linestart(struct strbuf *b, const char *p)
{
	const char *q;

	while (*p == ' ' || *p == '\t')
		p++;
	if (*p != '\0' && strchr(MD_LINESTART, *p) != NULL) {
		strbuf_putc(b, '\\');
		strbuf_putc(b, *p);
		return p + 1;
	}
	for (q = p; *q >= '0' && *q <= '9'; q++)
		;
	if (q > p && *q == '.') {
		strbuf_add(b, p, (size_t)(q - p));
		strbuf_puts(b, "\\.");
		return q + 1;
	}
	return p;
}

/*
 * Append s as literal Markdown text. cont is what follows a line break
 * inside the block: NULL joins lines with a space (headings, table
 * cells); otherwise a newline is a hard break and the next line starts
 * with cont (the list item's indent or a quote's "> "). With paragraphs,
 * a blank line in s stays a paragraph break.
 */
static void
md_text(struct strbuf *b, const char *s, const char *cont, int paragraphs)
{
	char *t = utf8_sanitize(s != NULL ? s : "", s != NULL ? strlen(s) : 0);
	size_t end = strlen(t);
	const char *p;
	int nl;

	/* Trailing blanks would end the block in a stray hard break. */
	while (end > 0 && strchr(" \t\n", t[end - 1]) != NULL)
		t[--end] = '\0';
	p = md_linestart(b, t);
	while (*p != '\0') {
		if (*p == '\n') {
			for (nl = 0; *p == '\n' || *p == ' ' || *p == '\t'; p++)
				nl += *p == '\n';
			if (cont == NULL)
				strbuf_putc(b, ' ');
			else if (nl > 1 && paragraphs)
				strbuf_printf(b, "\n%.*s\n%s", (int)strcspn(cont, " "), cont, cont);
			else
				strbuf_printf(b, "\\\n%s", cont);
			p = cont == NULL ? p : md_linestart(b, p);
			continue;
		}
		if (*p == '\t')
			strbuf_putc(b, ' ');
		else {
			if (strchr(MD_ALWAYS, *p) != NULL)
				strbuf_putc(b, '\\');
			strbuf_putc(b, *p);
		}
		p++;
	}
	free(t);
}

/* A name Mermaid reads as one quoted string: no quotes or line breaks of
 * its own, and no angle brackets for its HTML labels to take as tags. */
static void
mermaid_name(struct strbuf *b, const char *s)
{
	char *t = utf8_sanitize(s, strlen(s)), *p;

	strbuf_putc(b, '"');
	for (p = t; *p != '\0'; p++) {
		if (*p == '"')
			strbuf_putc(b, '\'');
		else if (*p == '<')
			strbuf_puts(b, "‹");
		else if (*p == '>')
			strbuf_puts(b, "›");
		else
			strbuf_putc(b, *p == '\n' || *p == '\t' || *p == '#' || *p == ';' ?
			    ' ' : *p);
	}
	strbuf_putc(b, '"');
	free(t);
}

/* A 0..5 score as a Mermaid coordinate (0.05..0.95, so the points stay off
 * the edges), moved right by nth players already in the same cell. */
static int
mermaid_coord(int v, size_t nth)
{
	int c = 5 + 18 * v + 3 * (int)nth;

	return c > 99 ? 99 : c;
}

/* The power × interest grid as a Mermaid quadrantChart. */
static void
quadrant_chart(struct strbuf *b, const struct doc_table *map)
{
	size_t i, k, nth;

	strbuf_puts(b, "```mermaid\nquadrantChart\n"
	    "    title Macht en belang\n"
	    "    x-axis Weinig belang --> Veel belang\n"
	    "    y-axis Weinig macht --> Veel macht\n");
	for (i = 0; i < REPORT_NQUADRANTS; i++)
		strbuf_printf(b, "    quadrant-%zu %s\n", i + 1, report_quadrant_names[i]);
	for (i = 0; i < map->nrows; i++) {
		int power = atoi(doc_cell(map, i, 2)), interest = atoi(doc_cell(map, i, 3));

		for (k = nth = 0; k < i; k++)
			nth += atoi(doc_cell(map, k, 2)) == power &&
			    atoi(doc_cell(map, k, 3)) == interest;
		strbuf_puts(b, "    ");
		mermaid_name(b, doc_cell(map, i, 0));
		strbuf_printf(b, ": [0.%02d, 0.%02d]\n", mermaid_coord(interest, nth),
		    mermaid_coord(power, 0));
	}
	strbuf_puts(b, "```\n\n");
}

static void
heading(struct strbuf *b, int level, const char *text)
{
	strbuf_printf(b, "%.*s ", level, "######");
	md_text(b, text, NULL, 0);
	strbuf_puts(b, "\n\n");
}

static void
para(struct strbuf *b, const struct doc_block *p)
{
	switch (p->role) {
	case DOC_QUESTION:
		strbuf_puts(b, "**");
		md_text(b, p->text, NULL, 0);
		strbuf_puts(b, "**");
		break;
	case DOC_ANSWER:
		strbuf_puts(b, "> ");
		md_text(b, p->text, "> ", 1);
		break;
	case DOC_SOURCE:
		strbuf_puts(b, "*Bron: ");
		md_text(b, p->text, NULL, 0);
		strbuf_putc(b, '*');
		break;
	case DOC_NOTE:
		strbuf_putc(b, '*');
		md_text(b, p->text, NULL, 0);
		strbuf_putc(b, '*');
		break;
	case DOC_PLAIN:
		md_text(b, p->text, "", 1);
		break;
	}
	strbuf_puts(b, "\n\n");
}

/* A definition list as "- **Label:** value" lines: every Markdown reader
 * shows those, not only pandoc. */
static void
fields(struct strbuf *b, const struct doc_block *f)
{
	size_t i;

	for (i = 0; i < f->nitems; i++) {
		strbuf_puts(b, "- **");
		md_text(b, f->labels[i], NULL, 0);
		strbuf_puts(b, ":** ");
		md_text(b, f->items[i], "  ", 0);
		strbuf_putc(b, '\n');
	}
	if (f->nitems > 0)
		strbuf_putc(b, '\n');
}

static void
list(struct strbuf *b, const struct doc_block *l)
{
	size_t i;

	for (i = 0; i < l->nitems; i++) {
		strbuf_puts(b, l->depth[i] ? "  - " : "- ");
		md_text(b, l->items[i], l->depth[i] ? "    " : "  ", 0);
		strbuf_putc(b, '\n');
	}
	strbuf_putc(b, '\n');
}

/*
 * A pipe table. pandoc takes the columns' relative widths from the dashes
 * of the separator when a line of the table is wider than its 72
 * columns; every separator here is (its dashes add up to 100), so a docx
 * or odt gets the tree's proportions instead of columns as narrow as
 * their header. A cell is one line, its pipes escaped.
 */
static void
table(struct strbuf *b, const struct doc_table *t)
{
	size_t r, c;
	int d;

	strbuf_putc(b, '|');
	for (c = 0; c < t->ncols; c++) {
		strbuf_putc(b, ' ');
		md_text(b, t->titles[c], NULL, 0);
		strbuf_puts(b, " |");
	}
	strbuf_puts(b, "\n|");
	for (c = 0; c < t->ncols; c++) {
		strbuf_putc(b, t->align[c] == 'r' ? '-' : ':');
		for (d = 2; d < t->widths[c]; d++)
			strbuf_putc(b, '-');
		strbuf_putc(b, t->align[c] == 'l' ? '-' : ':');
		strbuf_putc(b, '|');
	}
	strbuf_putc(b, '\n');
	for (r = 0; r < t->nrows; r++) {
		strbuf_putc(b, '|');
		for (c = 0; c < t->ncols; c++) {
			int marked = t->figure == DOC_FIG_TYPOLOGY && c > 0 &&
			    t->mark == (int)(r * 2 + c);

			strbuf_puts(b, marked ? " **" : " ");
			md_text(b, doc_cell(t, r, c), NULL, 0);
			strbuf_puts(b, marked ? " (gekozen)** |" : " |");
		}
		strbuf_putc(b, '\n');
	}
	strbuf_putc(b, '\n');
}

void
doc_render_md(const struct doc *d, struct strbuf *out)
{
	size_t i;

	for (i = 0; i < d->n; i++) {
		const struct doc_block *b = &d->v[i];

		switch (b->kind) {
		case DOC_HEADING:
			heading(out, b->level, b->text);
			break;
		case DOC_PARA:
			para(out, b);
			break;
		case DOC_FIELDS:
			fields(out, b);
			break;
		case DOC_LIST:
			list(out, b);
			break;
		case DOC_TABLE:
			if (b->table.figure == DOC_FIG_MAP)
				quadrant_chart(out, &b->table);
			else
				table(out, &b->table);
			break;
		case DOC_FOOTER:
			strbuf_puts(out, "---\n\n*");
			md_text(out, b->text, NULL, 0);
			strbuf_puts(out, "*\n");
			break;
		}
	}
}
