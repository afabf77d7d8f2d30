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
 *
 * The figures of the method are tables too, marked with what they draw
 * (doc_figure): a renderer that knows the figure draws it (the map as
 * SVG in HTML, the pole box as a scale), one that does not shows the
 * table, which holds everything the figure shows. Each figure's columns
 * are fixed below, so a renderer can read them.
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

/* What a table draws, and the columns it then has. */
enum doc_figure {
	DOC_FIG_NONE,
	/* The power × interest map: rows Naam, Rol, Macht (0..5), Belang
	 * (0..5), Kopgroep ("ja" or ""); the relations in links. */
	DOC_FIG_MAP,
	/* A pole box: one row per point 1..7; column 0 the point, the last
	 * the team's mark ("▲" or ""), those between what stands on the
	 * point, each a row of the figure under its title: how many
	 * ("Aantal") and, in a named round, who (", " between names); ends[]
	 * the two poles. */
	DOC_FIG_POLE,
	/* The dilemmabox, 2 × 2: rows huidige and nieuwe situatie; columns
	 * the situation, voor, tegen (arguments "; " between them). */
	DOC_FIG_BOX,
	/* A choice: rows of option and how many chose it (a number). */
	DOC_FIG_CHOICE,
	/* The typology's 2 × 2: rows opgave (vraag bekend, turbulent),
	 * columns the label and systeem (eenvoudig, complex); mark the chosen
	 * cell, 1..4 row by row, 0 for none. */
	DOC_FIG_TYPOLOGY
};

/* A line between two rows of a map: a relation between players. */
struct doc_link {
	size_t		 from, to;	/* rows */
	int		 strength;	/* 1..5 */
	int		 tension;	/* drawn apart: spanning or conflict */
	char		*label;
};

struct doc_table {
	size_t		 ncols;
	const char	*titles[DOC_MAXCOLS];	/* static strings */
	int		 widths[DOC_MAXCOLS];	/* shares, adding up to 100 */
	char		 align[DOC_MAXCOLS];	/* 'l', 'r' or 'c' */
	char		**cells;		/* nrows × ncols, owned */
	size_t		 nrows;
	enum doc_figure	 figure;
	int		 mark;			/* figure's marked cell, 0: none */
	char		*ends[2];		/* pole box: its poles */
	struct doc_link	*links;			/* map: its relations */
	size_t		 nlinks;
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
/* Mark table b as figure (ends: a pole box's poles, else NULL). */
void	doc_figure(struct doc_block *b, enum doc_figure figure, const char *end_a,
	    const char *end_b);
void	doc_link(struct doc_block *b, size_t from, size_t to, int strength, int tension,
	    const char *label);
/* The cell at row r, column c of table t. */
const char *doc_cell(const struct doc_table *t, size_t r, size_t c);
void	doc_footer(struct doc *d, const char *text);

/* Any report as a tree: a session or an intervisie day (report_doc.c),
 * a coalition or an intervisie group (report_doc_full.c), its structure
 * decided once for every renderer. Caller frees (doc_free). */
struct report;
struct doc	*report_doc(const struct report *r);

/* Renderers: each appends the whole document to out. txt: lines of at
 * most DOC_TXT_COLS columns, for an e-mail body; md: pandoc's Markdown;
 * html: one self-contained page; odt: an OpenDocument text (a ZIP; 0, or
 * -1 with *cause). */
#define DOC_TXT_COLS	72
void	doc_render_txt(const struct doc *d, struct strbuf *out);
void	doc_render_md(const struct doc *d, struct strbuf *out);
void	doc_render_html(const struct doc *d, struct strbuf *out);
int	doc_render_odt(const struct doc *d, struct strbuf *out, char **cause);

#endif
