/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * doc_odt.c: the document tree (doc.h) as an OpenDocument text (.odt)
 * that opens in LibreOffice and Word, for a report to send on or print.
 * Tables get their relative widths as table:table-column styles; the
 * figures are drawn as tables of their own: the power × interest grid
 * with its quadrants shaded, the pole box as a scale between its poles,
 * the typology's 2 × 2 with the chosen type shaded. The line that says
 * where the summary comes from is the page's footer, never a paragraph
 * that could end up alone on the last page.
 *
 * The file is a ZIP (zip.c) of mimetype, content.xml, styles.xml,
 * meta.xml and META-INF/manifest.xml. Styles are named, not inline:
 * styles.xml holds the paragraph styles (headings, question, answer,
 * source), content.xml the table and cell styles and one column style
 * per width used. Every text goes through xml_text(), the one place that
 * escapes XML and turns newlines, tabs and runs of spaces into ODF's own
 * elements (ODF collapses white space like HTML does). No date is
 * written anywhere, so the same werkboek gives the same bytes.
 */
#include "config.h"

#include <assert.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vitaal/doc.h"
#include "vitaal/utf8.h"
#include "vitaal/util.h"
#include "zip.h"

#define ODT_MIMETYPE	"application/vnd.oasis.opendocument.text"
#define ODT_WIDTH	170	/* mm between the margins of an A4 page */
#define ODT_MAXCOLS	64	/* distinct column widths in one document */
#define ODT_SEP		'\x1f'	/* between the paragraphs of one cell */

#define NS_OFFICE	"xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
#define NS_STYLE	"xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
#define NS_TEXT		"xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
#define NS_TABLE	"xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
#define NS_FO		"xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\""
#define NS_SVG		"xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\""
#define NS_META		"xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\""
#define NS_DC		"xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
#define XML_DECL	"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"

/* The document being written: the body, and the column widths its
 * tables used (each becomes an automatic style "Kol<mm>"). */
struct odt {
	struct strbuf		 body;
	int			 widths[ODT_MAXCOLS];
	size_t			 nwidths;
	int			 ntables;
};

/* The two bytes of U+FFFE and U+FFFF after 0xEF 0xBF: not allowed in XML. */
static int
xml_forbidden(const char *p)
{
	return (unsigned char)p[0] == 0xef && (unsigned char)p[1] == 0xbf &&
	    ((unsigned char)p[2] == 0xbe || (unsigned char)p[2] == 0xbf);
}

/* A run of n spaces: ODF keeps one space between words, so a run at the
 * start or end of a line, or a second space, is a <text:s/>. */
static void
xml_spaces(struct strbuf *b, size_t n, int edge)
{
	if (!edge) {
		strbuf_putc(b, ' ');
		n--;
	}
	if (n == 1)
		strbuf_puts(b, "<text:s/>");
	else if (n > 1)
		strbuf_printf(b, "<text:s text:c=\"%zu\"/>", n);
}

/* s as the content of a text:p: valid UTF-8, only characters XML 1.0
 * allows, & < > " ' escaped, newlines as line breaks, tabs as tabs and
 * every space kept. */
static void
xml_text(struct strbuf *b, const char *s)
{
	char *t = utf8_sanitize(s != NULL ? s : "", s != NULL ? strlen(s) : 0);
	const char *p = t;
	int line_start = 1;

	while (*p != '\0') {
		size_t n = strspn(p, " ");

		if (n > 0) {
			xml_spaces(b, n, line_start || p[n] == '\0' || p[n] == '\n');
			p += n;
			line_start = 0;
			continue;
		}
		line_start = 0;
		switch (*p) {
		case '\n':
			strbuf_puts(b, "<text:line-break/>");
			line_start = 1;
			break;
		case '\t':
			strbuf_puts(b, "<text:tab/>");
			break;
		case '&':
			strbuf_puts(b, "&amp;");
			break;
		case '<':
			strbuf_puts(b, "&lt;");
			break;
		case '>':
			strbuf_puts(b, "&gt;");
			break;
		case '"':
			strbuf_puts(b, "&quot;");
			break;
		case '\'':
			strbuf_puts(b, "&apos;");
			break;
		default:
			if (xml_forbidden(p)) {
				p += 3;
				continue;
			}
			strbuf_putc(b, *p);
		}
		p++;
	}
	free(t);
}

/* --- paragraphs ------------------------------------------------------- */

static void
para(struct strbuf *b, const char *style, const char *text)
{
	strbuf_printf(b, "<text:p text:style-name=\"%s\">", style);
	xml_text(b, text);
	strbuf_puts(b, "</text:p>\n");
}

static void
heading(struct strbuf *b, int level, const char *text)
{
	strbuf_printf(b, "<text:h text:style-name=\"Heading_20_%d\" text:outline-level=\"%d\">",
	    level, level);
	xml_text(b, text);
	strbuf_puts(b, "</text:h>\n");
}

/* "Label: value" with the label bold; "–" for an empty value. */
static void
field(struct strbuf *b, const char *label, const char *value)
{
	strbuf_puts(b, "<text:p text:style-name=\"Veld\"><text:span text:style-name=\"Vet\">");
	xml_text(b, label);
	strbuf_puts(b, "</text:span> ");
	xml_text(b, !str_is_blank(value) ? value : "–");
	strbuf_puts(b, "</text:p>\n");
}

static void
list_open(struct strbuf *b)
{
	strbuf_puts(b, "<text:list text:style-name=\"Opsomming\">\n");
}

static void
list_item(struct strbuf *b, const char *text)
{
	strbuf_puts(b, "<text:list-item>");
	strbuf_puts(b, "<text:p text:style-name=\"Lijst\">");
	xml_text(b, text);
	strbuf_puts(b, "</text:p></text:list-item>\n");
}

static void
list_close(struct strbuf *b)
{
	strbuf_puts(b, "</text:list>\n");
}

/* --- tables ------------------------------------------------------------ */

/* Open a table with columns of the given widths in mm (0-terminated). */
static void
table_open(struct odt *o, const int *widths)
{
	size_t i, k;

	strbuf_printf(&o->body, "<table:table table:name=\"Tabel%d\" "
	    "table:style-name=\"Tabel\">\n", ++o->ntables);
	for (i = 0; widths[i] != 0; i++) {
		for (k = 0; k < o->nwidths && o->widths[k] != widths[i]; k++)
			;
		if (k == o->nwidths) {
			assert(o->nwidths < ODT_MAXCOLS);
			o->widths[o->nwidths++] = widths[i];
		}
		strbuf_printf(&o->body, "<table:table-column table:style-name=\"Kol%d\"/>\n",
		    widths[i]);
	}
}

static void
table_close(struct odt *o)
{
	strbuf_puts(&o->body, "</table:table>\n");
}

static void
row_open(struct strbuf *b)
{
	strbuf_puts(b, "<table:table-row>\n");
}

static void
row_close(struct strbuf *b)
{
	strbuf_puts(b, "</table:table-row>\n");
}

/* One cell of cell style cstyle holding one paragraph of pstyle; span > 1
 * covers the next span - 1 columns. */
static void
cell_span(struct strbuf *b, const char *cstyle, const char *pstyle, int span, const char *text)
{
	strbuf_printf(b, "<table:table-cell table:style-name=\"%s\" office:value-type=\"string\"",
	    cstyle);
	if (span > 1)
		strbuf_printf(b, " table:number-columns-spanned=\"%d\"", span);
	strbuf_printf(b, "><text:p text:style-name=\"%s\">", pstyle);
	xml_text(b, text);
	strbuf_puts(b, "</text:p></table:table-cell>\n");
	while (--span > 0)
		strbuf_puts(b, "<table:covered-table-cell/>\n");
}

/* A header row of titles (NULL-terminated) in paragraph style pstyle,
 * repeated on every page. */
static void
header_row(struct strbuf *b, const char *const *titles, const char *pstyle)
{
	size_t i;

	strbuf_puts(b, "<table:table-header-rows>\n");
	row_open(b);
	for (i = 0; titles[i] != NULL; i++)
		cell_span(b, "CelKop", pstyle, 1, titles[i]);
	row_close(b);
	strbuf_puts(b, "</table:table-header-rows>\n");
}

/* A cell of several paragraphs, one per entry of lines (entries joined
 * by ODT_SEP, a control character no cleaned text holds). */
static void
cell_lines(struct strbuf *b, const char *cstyle, const char *pstyle, const char *lines)
{
	const char *p = lines != NULL ? lines : "", *nl;

	strbuf_printf(b, "<table:table-cell table:style-name=\"%s\" "
	    "office:value-type=\"string\">", cstyle);
	do {
		char *one;

		nl = strchr(p, ODT_SEP);
		one = nl != NULL ? xstrndup(p, (size_t)(nl - p)) : xstrdup(p);
		strbuf_printf(b, "<text:p text:style-name=\"%s\">", pstyle);
		xml_text(b, one);
		strbuf_puts(b, "</text:p>");
		free(one);
		if (nl != NULL)
			p = nl + 1;
	} while (nl != NULL);
	strbuf_puts(b, "</table:table-cell>\n");
}

/* Append entry to a cell's list of paragraphs (see cell_lines). */
static void
add_line(struct strbuf *lines, const char *entry)
{
	if (lines->len > 0)
		strbuf_putc(lines, ODT_SEP);
	strbuf_puts(lines, entry);
}

/* --- the tree's blocks ------------------------------------------------- */

static void
paragraph(struct strbuf *b, const struct doc_block *p)
{
	char *line;

	switch (p->role) {
	case DOC_QUESTION:
		para(b, "Vraag", p->text);
		break;
	case DOC_ANSWER:
		para(b, "Antwoord", p->text);
		break;
	case DOC_SOURCE:
		line = xasprintf("Bron: %s", p->text);
		para(b, "Bron", line);
		free(line);
		break;
	case DOC_NOTE:
		para(b, "Opmerking", p->text);
		break;
	case DOC_PLAIN:
		para(b, "Tekst", p->text);
		break;
	}
}

static void
fields(struct strbuf *b, const struct doc_block *f)
{
	size_t i;

	for (i = 0; i < f->nitems; i++) {
		char *label = xasprintf("%s:", f->labels[i]);

		field(b, label, f->items[i]);
		free(label);
	}
}

/* A list; an item of depth 1 goes in a list inside the item before it. */
static void
list(struct strbuf *b, const struct doc_block *l)
{
	size_t i;

	list_open(b);
	for (i = 0; i < l->nitems; i++) {
		if (l->depth[i] && !l->depth[i - 1])
			list_open(b);
		if (l->depth[i]) {
			list_item(b, l->items[i]);
		} else {
			strbuf_puts(b, "<text:list-item><text:p text:style-name=\"Lijst\">");
			xml_text(b, l->items[i]);
			strbuf_puts(b, "</text:p>\n");
		}
		if (i + 1 < l->nitems && l->depth[i + 1])
			continue;
		if (l->depth[i])
			list_close(b);
		strbuf_puts(b, "</text:list-item>\n");
	}
	list_close(b);
}

/* The columns' widths in mm from the tree's shares (0-terminated). */
static void
mm_widths(const struct doc_table *t, int *mm)
{
	size_t c;

	for (c = 0; c < t->ncols; c++) {
		mm[c] = (t->widths[c] * ODT_WIDTH + 50) / 100;
		if (mm[c] < 1)
			mm[c] = 1;
	}
	mm[t->ncols] = 0;
}

static void
table(struct odt *o, const struct doc_table *t)
{
	struct strbuf *b = &o->body;
	int mm[DOC_MAXCOLS + 1];
	size_t r, c;

	mm_widths(t, mm);
	table_open(o, mm);
	strbuf_puts(b, "<table:table-header-rows>\n");
	row_open(b);
	for (c = 0; c < t->ncols; c++)
		cell_span(b, "CelKop", t->align[c] == 'l' ? "Tabelkop" : "TabelkopMidden", 1,
		    t->titles[c]);
	row_close(b);
	strbuf_puts(b, "</table:table-header-rows>\n");
	for (r = 0; r < t->nrows; r++) {
		row_open(b);
		for (c = 0; c < t->ncols; c++) {
			int marked = t->figure == DOC_FIG_TYPOLOGY && c > 0 &&
			    t->mark == (int)(r * 2 + c);
			char *text = marked ? xasprintf("%s (gekozen)", doc_cell(t, r, c)) :
			    xstrdup(doc_cell(t, r, c));

			if (c == 0 && (t->figure == DOC_FIG_TYPOLOGY || t->figure == DOC_FIG_BOX))
				cell_span(b, "CelKop", "Tabelkop", 1, text);
			else
				cell_span(b, marked ? "CelVol" : "Cel", marked ? "Tabelkop" :
				    t->align[c] == 'l' ? "Tabelinhoud" : "TabelMidden", 1, text);
			free(text);
		}
		row_close(b);
	}
	table_close(o);
}

/* The quadrant of the power × interest grid (3 and more counts as veel),
 * as its cell style: the quadrants are shaded so the grid reads at once. */
static const char *
quadrant_style(int power, int interest)
{
	if (power >= 3)
		return interest >= 3 ? "KwNauw" : "KwTevreden";
	return interest >= 3 ? "KwInformeren" : "KwGaten";
}

/* The map as the power × interest grid, power 5 on top, each name in
 * its cell. */
static void
power_grid(struct odt *o, const struct doc_table *map)
{
	static const int widths[] = { 14, 26, 26, 26, 26, 26, 26, 0 };
	static const char *const titles[] = { "Macht ↓\nbelang →", "0", "1", "2", "3", "4",
	    "5", NULL };
	struct strbuf *b = &o->body;
	int power, interest;
	size_t i;

	table_open(o, widths);
	header_row(b, titles, "KaartKop");
	for (power = 5; power >= 0; power--) {
		char num[8];

		snprintf(num, sizeof(num), "%d", power);
		row_open(b);
		cell_span(b, "CelKop", "KaartKop", 1, num);
		for (interest = 0; interest <= 5; interest++) {
			struct strbuf names = { 0 };

			for (i = 0; i < map->nrows; i++)
				if (atoi(doc_cell(map, i, 2)) == power &&
				    atoi(doc_cell(map, i, 3)) == interest)
					add_line(&names, doc_cell(map, i, 0));
			cell_lines(b, quadrant_style(power, interest), "Kaart", names.s);
			strbuf_free(&names);
		}
		row_close(b);
	}
	table_close(o);
	para(b, "Bron", "Macht en belang 3 of meer tellen als veel. Veel macht en veel belang: "
	    "nauw betrekken; veel macht, weinig belang: tevreden houden; weinig macht, veel "
	    "belang: informeren; weinig van beide: in de gaten houden.");
}

/* A pole box: the poles over the scale, under each point the names on it
 * (a row per round), the team's ▲ under its own. */
static void
pole_box(struct odt *o, const struct doc_table *t)
{
	static const int widths[] = { 24, 24, 24, 24, 24, 24, 24, 0 };
	struct strbuf *b = &o->body;
	size_t r, c;

	if (t->nrows != 7) {
		table(o, t);
		return;
	}
	table_open(o, widths);
	strbuf_puts(b, "<table:table-header-rows>\n");
	row_open(b);
	cell_span(b, "CelKop", "Tabelkop", 3, t->ends[0]);
	cell_span(b, "CelKop", "Tabelkop", 1, "");
	cell_span(b, "CelKop", "TabelRechts", 3, t->ends[1]);
	row_close(b);
	row_open(b);
	for (r = 0; r < t->nrows; r++) {
		char num[24];

		snprintf(num, sizeof(num), "%zu", r + 1);
		cell_span(b, "CelKop", "TabelMidden", 1, num);
	}
	row_close(b);
	strbuf_puts(b, "</table:table-header-rows>\n");
	for (c = 1; c + 1 < t->ncols; c++) {
		if (t->ncols > 3) {
			row_open(b);
			cell_span(b, "CelKop", "Tabelkop", 7, t->titles[c]);
			row_close(b);
		}
		row_open(b);
		for (r = 0; r < t->nrows; r++)
			cell_span(b, "Cel", "TabelMidden", 1, doc_cell(t, r, c));
		row_close(b);
	}
	for (r = 0; r < t->nrows && doc_cell(t, r, t->ncols - 1)[0] == '\0'; r++)
		;
	if (r < t->nrows) {
		row_open(b);
		for (r = 0; r < t->nrows; r++)
			cell_span(b, "Cel", "TabelMidden", 1, doc_cell(t, r, t->ncols - 1)[0] ?
			    "▲ team" : "");
		row_close(b);
	}
	table_close(o);
}

static void
body(struct odt *o, const struct doc *d)
{
	size_t i;

	for (i = 0; i < d->n; i++) {
		const struct doc_block *b = &d->v[i];

		switch (b->kind) {
		case DOC_HEADING:
			heading(&o->body, b->level, b->text);
			break;
		case DOC_PARA:
			paragraph(&o->body, b);
			break;
		case DOC_FIELDS:
			fields(&o->body, b);
			break;
		case DOC_LIST:
			list(&o->body, b);
			break;
		case DOC_TABLE:
			if (b->table.figure == DOC_FIG_MAP)
				power_grid(o, &b->table);
			else if (b->table.figure == DOC_FIG_POLE && b->table.ncols >= 3)
				pole_box(o, &b->table);
			else
				table(o, &b->table);
			break;
		case DOC_FOOTER:
			break;	/* the page's footer (styles.xml) */
		}
	}
}

/* --- the package ------------------------------------------------------- */

/* Fonts: Liberation Sans is metric-compatible with Arial, which Word
 * falls back to where Liberation is not installed. */
static const char font_decls[] =
    "<office:font-face-decls>\n"
    "<style:font-face style:name=\"Liberation Sans\" svg:font-family=\"'Liberation Sans', "
    "Arial, Helvetica, sans-serif\" style:font-family-generic=\"swiss\" "
    "style:font-pitch=\"variable\"/>\n"
    "</office:font-face-decls>\n";

/* Table and cell styles: thin grey borders, a tinted header, the four
 * quadrants of the power × interest grid lightly shaded. */
static const char table_styles[] =
    "<style:style style:name=\"Tabel\" style:family=\"table\">"
    "<style:table-properties style:width=\"17cm\" table:align=\"margins\" "
    "fo:margin-top=\"0.1cm\" fo:margin-bottom=\"0.2cm\"/></style:style>\n"
#define CELL_STYLE(name, bg) \
    "<style:style style:name=\"" name "\" style:family=\"table-cell\">" \
    "<style:table-cell-properties fo:padding=\"0.08cm\" fo:border=\"0.5pt solid #8c8c8c\" " \
    "fo:background-color=\"" bg "\"/></style:style>\n"
    CELL_STYLE("Cel", "transparent")
    CELL_STYLE("CelKop", "#dde6ef")
    CELL_STYLE("CelVol", "#e5f2e0")
    CELL_STYLE("KwNauw", "#fbe3d6")
    CELL_STYLE("KwTevreden", "#fdf3d1")
    CELL_STYLE("KwInformeren", "#e0ecf7")
    CELL_STYLE("KwGaten", "#f2f2f2");
#undef CELL_STYLE

static const char styles_head[] = XML_DECL
    "<office:document-styles " NS_OFFICE " " NS_STYLE " " NS_TEXT " " NS_TABLE " " NS_FO " "
    NS_SVG " office:version=\"1.2\">\n";

/* Paragraph styles, named for what they hold; the page is A4. */
static const char styles_xml[] =
    "<office:styles>\n"
    "<style:default-style style:family=\"paragraph\">"
    "<style:paragraph-properties fo:hyphenation-ladder-count=\"no-limit\"/>"
    "<style:text-properties style:font-name=\"Liberation Sans\" fo:font-size=\"10.5pt\" "
    "fo:language=\"nl\" fo:country=\"NL\" fo:hyphenate=\"false\"/></style:default-style>\n"
    "<style:style style:name=\"Standard\" style:family=\"paragraph\" style:class=\"text\"/>\n"
    "<style:style style:name=\"Tekst\" style:display-name=\"Tekst\" style:family=\"paragraph\" "
    "style:parent-style-name=\"Standard\"><style:paragraph-properties fo:margin-top=\"0cm\" "
    "fo:margin-bottom=\"0.2cm\" fo:line-height=\"115%\"/></style:style>\n"
    "<style:style style:name=\"Veld\" style:family=\"paragraph\" "
    "style:parent-style-name=\"Tekst\"><style:paragraph-properties fo:margin-bottom=\"0.1cm\"/>"
    "</style:style>\n"
    "<style:style style:name=\"Vraag\" style:family=\"paragraph\" "
    "style:parent-style-name=\"Tekst\"><style:paragraph-properties fo:margin-top=\"0.2cm\" "
    "fo:margin-bottom=\"0.05cm\" fo:keep-with-next=\"always\"/>"
    "<style:text-properties fo:font-weight=\"bold\"/></style:style>\n"
    "<style:style style:name=\"Antwoord\" style:family=\"paragraph\" "
    "style:parent-style-name=\"Tekst\"><style:paragraph-properties fo:margin-left=\"0.5cm\" "
    "fo:margin-bottom=\"0.05cm\"/></style:style>\n"
    "<style:style style:name=\"Bron\" style:family=\"paragraph\" "
    "style:parent-style-name=\"Tekst\"><style:paragraph-properties fo:margin-left=\"0.5cm\"/>"
    "<style:text-properties fo:font-size=\"8.5pt\" fo:font-style=\"italic\" "
    "fo:color=\"#595959\"/></style:style>\n"
    "<style:style style:name=\"Opmerking\" style:family=\"paragraph\" "
    "style:parent-style-name=\"Tekst\"><style:text-properties fo:font-style=\"italic\"/>"
    "</style:style>\n"
    "<style:style style:name=\"Lijst\" style:family=\"paragraph\" "
    "style:parent-style-name=\"Tekst\"><style:paragraph-properties fo:margin-bottom=\"0.05cm\"/>"
    "</style:style>\n"
    "<style:style style:name=\"Tabelinhoud\" style:family=\"paragraph\" "
    "style:parent-style-name=\"Standard\" style:class=\"extra\">"
    "<style:text-properties fo:font-size=\"9.5pt\"/></style:style>\n"
    "<style:style style:name=\"Tabelkop\" style:family=\"paragraph\" "
    "style:parent-style-name=\"Tabelinhoud\" style:class=\"extra\">"
    "<style:text-properties fo:font-weight=\"bold\"/></style:style>\n"
    "<style:style style:name=\"TabelMidden\" style:family=\"paragraph\" "
    "style:parent-style-name=\"Tabelinhoud\" style:class=\"extra\">"
    "<style:paragraph-properties fo:text-align=\"center\"/></style:style>\n"
    "<style:style style:name=\"TabelkopMidden\" style:family=\"paragraph\" "
    "style:parent-style-name=\"Tabelkop\" style:class=\"extra\">"
    "<style:paragraph-properties fo:text-align=\"center\"/></style:style>\n"
    "<style:style style:name=\"TabelRechts\" style:family=\"paragraph\" "
    "style:parent-style-name=\"Tabelkop\" style:class=\"extra\">"
    "<style:paragraph-properties fo:text-align=\"end\"/></style:style>\n"
    "<style:style style:name=\"Kaart\" style:family=\"paragraph\" "
    "style:parent-style-name=\"TabelMidden\" style:class=\"extra\">"
    "<style:text-properties fo:font-size=\"8pt\"/></style:style>\n"
    "<style:style style:name=\"KaartKop\" style:family=\"paragraph\" "
    "style:parent-style-name=\"Kaart\" style:class=\"extra\">"
    "<style:text-properties fo:font-weight=\"bold\"/></style:style>\n"
    "<style:style style:name=\"Voet\" style:family=\"paragraph\" "
    "style:parent-style-name=\"Standard\"><style:paragraph-properties fo:text-align=\"center\"/>"
    "<style:text-properties fo:font-size=\"8.5pt\" fo:color=\"#595959\"/></style:style>\n"
    "<style:style style:name=\"Heading\" style:family=\"paragraph\" "
    "style:parent-style-name=\"Standard\" style:class=\"text\">"
    "<style:paragraph-properties fo:margin-top=\"0.5cm\" fo:margin-bottom=\"0.2cm\" "
    "fo:keep-with-next=\"always\"/><style:text-properties fo:font-weight=\"bold\" "
    "fo:color=\"#1f3d5c\"/></style:style>\n"
#define HEADING_STYLE(n, size) \
    "<style:style style:name=\"Heading_20_" #n "\" style:display-name=\"Heading " #n "\" " \
    "style:family=\"paragraph\" style:parent-style-name=\"Heading\" " \
    "style:default-outline-level=\"" #n "\" style:class=\"text\">" \
    "<style:text-properties fo:font-size=\"" size "\"/></style:style>\n"
    HEADING_STYLE(1, "17pt")
    HEADING_STYLE(2, "13.5pt")
    HEADING_STYLE(3, "11.5pt")
    HEADING_STYLE(4, "10.5pt")
#undef HEADING_STYLE
    "<style:style style:name=\"Vet\" style:family=\"text\">"
    "<style:text-properties fo:font-weight=\"bold\"/></style:style>\n"
    "<text:list-style style:name=\"Opsomming\">"
    "<text:list-level-style-bullet text:level=\"1\" text:bullet-char=\"•\">"
    "<style:list-level-properties text:list-level-position-and-space-mode=\"label-alignment\">"
    "<style:list-level-label-alignment text:label-followed-by=\"listtab\" "
    "text:list-tab-stop-position=\"0.6cm\" fo:text-indent=\"-0.4cm\" fo:margin-left=\"0.6cm\"/>"
    "</style:list-level-properties></text:list-level-style-bullet></text:list-style>\n"
    "</office:styles>\n"
    "<office:automatic-styles>\n"
    "<style:page-layout style:name=\"A4\"><style:page-layout-properties "
    "fo:page-width=\"21cm\" fo:page-height=\"29.7cm\" style:print-orientation=\"portrait\" "
    "fo:margin-top=\"2cm\" fo:margin-bottom=\"2cm\" fo:margin-left=\"2cm\" "
    "fo:margin-right=\"2cm\"/><style:footer-style><style:header-footer-properties "
    "fo:min-height=\"0.6cm\" fo:margin-top=\"0.3cm\"/></style:footer-style>"
    "</style:page-layout>\n"
    "</office:automatic-styles>\n"
    "<office:master-styles>\n";

/* The master page: its footer holds the line that says where the summary
 * comes from, on every page; as the body's last paragraph it could end
 * up alone on a page of its own. */
static void
styles_foot(struct strbuf *b, const struct doc *d)
{
	size_t i;

	strbuf_puts(b, "<style:master-page style:name=\"Standard\" "
	    "style:page-layout-name=\"A4\"><style:footer>");
	for (i = 0; i < d->n; i++)
		if (d->v[i].kind == DOC_FOOTER) {
			strbuf_puts(b, "<text:p text:style-name=\"Voet\">");
			xml_text(b, d->v[i].text);
			strbuf_puts(b, "</text:p>");
		}
	strbuf_puts(b, "</style:footer></style:master-page>\n</office:master-styles>\n"
	    "</office:document-styles>\n");
}

static const char manifest_xml[] = XML_DECL
    "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" "
    "manifest:version=\"1.2\">\n"
    " <manifest:file-entry manifest:full-path=\"/\" manifest:version=\"1.2\" "
    "manifest:media-type=\"" ODT_MIMETYPE "\"/>\n"
    " <manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>\n"
    " <manifest:file-entry manifest:full-path=\"styles.xml\" manifest:media-type=\"text/xml\"/>\n"
    " <manifest:file-entry manifest:full-path=\"meta.xml\" manifest:media-type=\"text/xml\"/>\n"
    "</manifest:manifest>\n";

/* content.xml: the automatic styles (the fixed ones and a column style
 * per width the body used), then the body. */
static void
content_xml(struct strbuf *out, const struct odt *o)
{
	size_t i;

	strbuf_puts(out, XML_DECL "<office:document-content " NS_OFFICE " " NS_STYLE " " NS_TEXT
	    " " NS_TABLE " " NS_FO " " NS_SVG " office:version=\"1.2\">\n");
	strbuf_printf(out, "%s<office:automatic-styles>\n%s", font_decls, table_styles);
	for (i = 0; i < o->nwidths; i++)
		strbuf_printf(out, "<style:style style:name=\"Kol%d\" style:family=\"table-column\">"
		    "<style:table-column-properties style:column-width=\"%dmm\" "
		    "style:rel-width=\"%d*\"/></style:style>\n", o->widths[i], o->widths[i],
		    o->widths[i] * 100);
	strbuf_puts(out, "</office:automatic-styles>\n<office:body>\n<office:text>\n");
	strbuf_add(out, o->body.s, o->body.len);
	strbuf_puts(out, "</office:text>\n</office:body>\n</office:document-content>\n");
}

/* meta.xml: title and generator, and no date (same werkboek, same bytes). */
static void
meta_xml(struct strbuf *out, const struct doc *d)
{
	strbuf_puts(out, XML_DECL "<office:document-meta " NS_OFFICE " " NS_META " " NS_DC
	    " office:version=\"1.2\">\n<office:meta>\n"
	    "<meta:generator>Vitaal/" PACKAGE_VERSION "</meta:generator>\n<dc:title>");
	xml_text(out, d->title);
	strbuf_puts(out, "</dc:title>\n<dc:language>nl-NL</dc:language>\n</office:meta>\n"
	    "</office:document-meta>\n");
}

int
doc_render_odt(const struct doc *d, struct strbuf *out, char **cause)
{
	struct odt o = { .nwidths = 0 };
	struct strbuf content = { 0 }, styles = { 0 }, meta = { 0 };
	struct zip z;
	int ret = -1;

	body(&o, d);
	content_xml(&content, &o);
	strbuf_puts(&styles, styles_head);
	strbuf_puts(&styles, font_decls);
	strbuf_puts(&styles, styles_xml);
	styles_foot(&styles, d);
	meta_xml(&meta, d);
	zip_init(&z, out);
	/* mimetype first and stored, so `file` and office suites know it. */
	if (zip_add(&z, "mimetype", ODT_MIMETYPE, strlen(ODT_MIMETYPE), cause) != 0 ||
	    zip_add_deflated(&z, "content.xml", content.s, content.len, cause) != 0 ||
	    zip_add_deflated(&z, "styles.xml", styles.s, styles.len, cause) != 0 ||
	    zip_add_deflated(&z, "meta.xml", meta.s, meta.len, cause) != 0 ||
	    zip_add_deflated(&z, "META-INF/manifest.xml", manifest_xml, strlen(manifest_xml),
	    cause) != 0)
		zip_abort(&z);
	else
		ret = zip_finish(&z, cause);
	strbuf_free(&o.body);
	strbuf_free(&content);
	strbuf_free(&styles);
	strbuf_free(&meta);
	return ret;
}
