/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * doc.h: a summary as a small document tree, built once from the report
 * (report_doc.c) and rendered by one writer per format, as pandoc's
 * writers render one AST: a renderer owns only its markup, wrapping and
 * escaping, never the summary's structure. Adding a format is adding a
 * renderer.
 *
 * A document is a list of blocks: headings (levels 1..4), paragraphs in
 * a few roles (plain text, a question, an answer under it, a source, a
 * remark), definition lists of label and value, bullet lists (an item may
 * be nested one level), tables with relative column widths, and a rule
 * before the footer. Texts are copied in; the tree owns them.
 */
#ifndef VITAAL_DOC_H
#define VITAAL_DOC_H

#include <stddef.h>

#include "vitaal/util.h"

enum doc_kind {
	DOC_HEADING,
	DOC_PARA,
	DOC_FIELDS,
	DOC_LIST,
	DOC_TABLE,
	DOC_FOOTER
};

/* What a paragraph is, for the renderer to mark up. */
enum doc_role {
	DOC_PLAIN,	/* text: blank lines are paragraph breaks, newlines breaks */
	DOC_QUESTION,	/* a question of the workbook (bold, or indented) */
	DOC_ANSWER,	/* the answer under it (quoted, indented further) */
	DOC_SOURCE,	/* "Bron: …" (small, italic) */
	DOC_NOTE	/* a remark about what follows or is missing */
};

#define DOC_MAXCOLS	8

struct doc_table {
	size_t		 ncols;
	const char	*titles[DOC_MAXCOLS];	/* static strings */
	int		 widths[DOC_MAXCOLS];	/* shares, adding up to 100 */
	char		 align[DOC_MAXCOLS];	/* 'l', 'r' or 'c' */
	char		**cells;		/* nrows × ncols, owned */
	size_t		 nrows;
};

struct doc_block {
	enum doc_kind	 kind;
	int		 level;		/* heading: 1..4; para: indent for text (0..2) */
	enum doc_role	 role;
	char		*text;		/* heading, paragraph, footer */
	char		**labels;	/* fields: labels; list: NULL */
	char		**items;	/* fields: values; list: items */
	int		*depth;		/* list: 0 or 1 per item */
	size_t		 nitems;
	struct doc_table table;
};

struct doc {
	char		*title;		/* the document's, also its first heading */
	struct doc_block *v;
	size_t		 n;
};

struct doc	*doc_new(const char *title);
void		 doc_free(struct doc *d);

void	doc_heading(struct doc *d, int level, const char *text);
void	doc_para(struct doc *d, enum doc_role role, int indent, const char *text);
/* A definition list: add pairs to the block doc_fields returns. A value
 * that is NULL or blank is left out (no "Label: –"). */
struct doc_block *doc_fields(struct doc *d);
void	doc_field(struct doc_block *b, const char *label, const char *value);
/* A bullet list: add items (depth 0, or 1 under the previous item). */
struct doc_block *doc_list(struct doc *d);
void	doc_item(struct doc_block *b, int depth, const char *text);
/* A table of ncols columns: titles, shares (adding up to 100) and align
 * as strings of 'l', 'r', 'c'; add rows of ncols texts. */
struct doc_block *doc_table(struct doc *d, size_t ncols, const char *const *titles,
	    const int *widths, const char *align);
void	doc_row(struct doc_block *b, const char *const *cells);
void	doc_footer(struct doc *d, const char *text);

/* The summary of a session or an intervisie day as a tree, its structure
 * decided once for every renderer (report_doc.c). NULL for the other
 * reports, which are not built as a tree yet. Caller frees (doc_free). */
struct report;
struct doc	*report_doc(const struct report *r);

/* Renderers: each appends the whole document to out. */
#define DOC_TXT_COLS	72
void	doc_render_txt(const struct doc *d, struct strbuf *out);
void	doc_render_md(const struct doc *d, struct strbuf *out);

#endif
