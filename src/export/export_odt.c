/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * export_odt.c: the summary as an OpenDocument text (.odt) that opens in
 * LibreOffice and Word, for a report to send on or print.
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

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vitaal/coalition.h"
#include "vitaal/export.h"
#include "vitaal/intervisie.h"
#include "vitaal/player.h"
#include "vitaal/report.h"
#include "vitaal/utf8.h"
#include "vitaal/util.h"
#include "zip.h"

#define ODT_MIMETYPE	"application/vnd.oasis.opendocument.text"
#define ODT_WIDTH	170	/* mm between the margins of an A4 page */
#define ODT_MAXCOLS	16	/* distinct column widths in one document */
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
	const struct report	*r;
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
cite(struct strbuf *b, const struct report *r, const char *source, const char *chapter)
{
	char *c = report_cite(r, source, chapter), *line;

	if (c == NULL)
		return;
	line = xasprintf("Bron: %s", c);
	para(b, "Bron", line);
	free(line);
	free(c);
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
		if (k == o->nwidths && o->nwidths < ODT_MAXCOLS)
			o->widths[o->nwidths++] = widths[i];
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

static void
cell(struct strbuf *b, const char *text)
{
	cell_span(b, "Cel", "Tabelinhoud", 1, text);
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

/* --- the coalition ----------------------------------------------------- */

/* A question, its answer (or "(gewist)") and its source. */
static void
question(struct strbuf *b, const struct report *r, const struct cat_item *it,
    const char *key, const char *value)
{
	para(b, "Vraag", it != NULL ? it->prompt : key);
	if (value != NULL)
		para(b, "Antwoord", str_is_blank(value) ? "(gewist)" : value);
	if (it != NULL)
		cite(b, r, it->source, it->chapter);
}

/* The phase × checklist-row grid of answered/total questions. */
static void
grid(struct odt *o, const struct report_coalition *rc)
{
	static const int widths[] = { 50, 30, 30, 30, 30, 0 };
	static const char *const titles[] = { "Sleutel", "Fase 1", "Fase 2", "Fase 3", "Fase 4",
	    NULL };
	const struct catalogue *cat = o->r->cat;
	struct strbuf *b = &o->body, line = { 0 };
	char num[32];
	size_t row, ph;

	heading(b, 2, "Voortgang per fase en sleutel");
	table_open(o, widths);
	header_row(b, titles, "Tabelkop");
	for (row = 0; row < cat->ncheckrows && row < 4; row++) {
		row_open(b);
		cell_span(b, "CelKop", "Tabelkop", 1, cat->checkrows[row].short_name != NULL ?
		    cat->checkrows[row].short_name : cat->checkrows[row].name);
		for (ph = 0; ph < 4; ph++) {
			const struct progress *c = &rc->progress.cell[ph][row];

			snprintf(num, sizeof(num), "%d/%d", c->answered, c->total);
			cell_span(b, c->answered > 0 ? "CelVol" : "Cel", "TabelMidden", 1, num);
		}
		row_close(b);
	}
	table_close(o);
	strbuf_printf(&line, "Initiatief %d/%d; stappen", rc->progress.initiative.answered,
	    rc->progress.initiative.total);
	for (ph = 0; ph < 5; ph++)
		strbuf_printf(&line, " %zu: %d/%d%s", ph + 1, rc->progress.step[ph].answered,
		    rc->progress.step[ph].total, ph < 4 ? "," : ".");
	para(b, "Tekst", line.s);
	strbuf_free(&line);
	cite(b, o->r, report_models[3].source, report_models[3].chapter);
}

static void
timeline(struct odt *o, const struct report_coalition *rc)
{
	static const int widths[] = { 25, 20, 125, 0 };
	static const char *const titles[] = { "Datum", "Wie", "Formulering", NULL };
	struct strbuf *b = &o->body;
	size_t i;

	if (rc->nformulations <= 1)
		return;
	heading(b, 2, "Het vraagstuk door de tijd");
	table_open(o, widths);
	header_row(b, titles, "Tabelkop");
	for (i = 0; i < rc->nformulations; i++) {
		const struct formulation *f = &rc->formulations[i];
		char *date = xstrndup(f->changed, 10);

		row_open(b);
		cell(b, date);
		cell(b, f->step == 1 ? "ons" : "samen");
		cell(b, f->value);
		row_close(b);
		free(date);
	}
	table_close(o);
}

static void
sections(struct odt *o, const struct report_coalition *rc)
{
	size_t s, i;

	for (s = 0; s < rc->nsections; s++) {
		const struct report_section *sec = &rc->sections[s];

		heading(&o->body, 2, sec->form->title);
		for (i = 0; i < sec->nitems; i++)
			question(&o->body, o->r, sec->items[i].item, sec->items[i].item->key,
			    sec->items[i].value);
	}
	timeline(o, rc);
}

static void
player_table(struct odt *o, const struct player_list *pl)
{
	static const int widths[] = { 55, 30, 17, 17, 30, 21, 0 };
	static const char *const titles[] = { "Naam", "Rol", "Macht", "Belang", "Standpunt",
	    "Kopgroep", NULL };
	struct strbuf *b = &o->body;
	char num[16];
	size_t i;

	table_open(o, widths);
	header_row(b, titles, "Tabelkop");
	for (i = 0; i < pl->n; i++) {
		const struct player *p = &pl->v[i];

		row_open(b);
		cell(b, p->name);
		cell(b, p->role);
		snprintf(num, sizeof(num), "%d", p->power);
		cell_span(b, "Cel", "TabelMidden", 1, num);
		snprintf(num, sizeof(num), "%d", p->interest);
		cell_span(b, "Cel", "TabelMidden", 1, num);
		cell(b, p->standpunt);
		cell_span(b, "Cel", "TabelMidden", 1, p->kopgroep ? "ja" : "");
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

/* The power × interest map as a 6 × 6 grid, power 5 on top. */
static void
power_map(struct odt *o, const struct player_list *pl)
{
	static const int widths[] = { 14, 26, 26, 26, 26, 26, 26, 0 };
	static const char *const titles[] = { "Macht ↓\nbelang →", "0", "1", "2", "3", "4",
	    "5", NULL };
	struct strbuf *b = &o->body;
	int power, interest;
	size_t i;

	heading(b, 3, "Macht en belang");
	table_open(o, widths);
	header_row(b, titles, "KaartKop");
	for (power = 5; power >= 0; power--) {
		char num[8];

		snprintf(num, sizeof(num), "%d", power);
		row_open(b);
		cell_span(b, "CelKop", "KaartKop", 1, num);
		for (interest = 0; interest <= 5; interest++) {
			struct strbuf names = { 0 };

			for (i = 0; i < pl->n; i++)
				if (pl->v[i].power == power && pl->v[i].interest == interest)
					add_line(&names, pl->v[i].name);
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

/* The analysis of each player (full report only), a paragraph each. */
static void
player_analysis(struct strbuf *b, const struct player_list *pl)
{
	size_t i;

	heading(b, 3, "Spelersanalyse");
	for (i = 0; i < pl->n; i++) {
		const struct player *p = &pl->v[i];
		char *line = xasprintf("%s%s%s", p->name, p->organisation[0] ? " – " : "",
		    p->organisation);

		para(b, "Vraag", line);
		free(line);
		line = report_player_analysis(p);
		line[0] = 'S';	/* a sentence of its own here */
		para(b, "Antwoord", line);
		free(line);
		if (!str_is_blank(p->eigen_belang))
			field(b, "Eigen belang:", p->eigen_belang);
		if (!str_is_blank(p->bijdrage))
			field(b, "Bijdrage:", p->bijdrage);
	}
}

static void
relations(struct odt *o, const struct report_coalition *rc)
{
	static const int widths[] = { 40, 40, 35, 15, 40, 0 };
	static const char *const titles[] = { "Van", "Naar", "Soort", "Sterkte", "Toelichting",
	    NULL };
	struct strbuf *b = &o->body;
	char num[8];
	size_t i;

	if (rc->relations->n == 0)
		return;
	heading(b, 3, "Relaties");
	table_open(o, widths);
	header_row(b, titles, "Tabelkop");
	for (i = 0; i < rc->relations->n; i++) {
		const struct relation *rel = &rc->relations->v[i];

		row_open(b);
		cell(b, report_player_name(rc, rel->from_player));
		cell(b, report_player_name(rc, rel->to_player));
		cell(b, relation_kind_label(rel->kind));
		snprintf(num, sizeof(num), "%d", rel->strength);
		cell_span(b, "Cel", "TabelMidden", 1, num);
		cell(b, rel->note);
		row_close(b);
	}
	table_close(o);
}

static void
players(struct odt *o, const struct report_coalition *rc)
{
	struct strbuf *b = &o->body;

	heading(b, 2, "Spelers");
	if (rc->players->n == 0) {
		para(b, "Tekst", "Nog geen spelers.");
		return;
	}
	player_table(o, rc->players);
	power_map(o, rc->players);
	if (rc->full)
		player_analysis(b, rc->players);
	relations(o, rc);
	cite(b, o->r, report_models[0].source, report_models[0].chapter);
	cite(b, o->r, report_models[1].source, report_models[1].chapter);
}

static void
typology(struct odt *o, const struct report_coalition *rc)
{
	struct report_field f[REPORT_TYPOLOGY_FIELDS];
	size_t i, n = report_typology(rc, f);
	char *label;

	if (n == 0)
		return;
	heading(&o->body, 2, "Typologie");
	for (i = 0; i < n; i++) {
		label = xasprintf("%s:", f[i].label);
		field(&o->body, label, f[i].value);
		free(label);
	}
	report_fields_free(f, n);
	if (rc->type.chosen != NULL)
		cite(&o->body, o->r, rc->type.chosen->source, rc->type.chosen->chapter);
}

/* The names of the places at pt (1..7 or an option's seq), for a cell. */
static void
names_at(struct strbuf *names, const struct dilemma *d, int pt)
{
	size_t i;

	for (i = 0; i < d->npositions; i++)
		if (d->positions[i].position == pt)
			add_line(names, d->positions[i].label[0] ? d->positions[i].label :
			    "(anoniem)");
}

/* The 7-point pole box: the poles over the scale, each name under its
 * point, the team's ▲ under its own. */
static void
pole_box(struct odt *o, const struct dilemma *d)
{
	static const int widths[] = { 24, 24, 24, 24, 24, 24, 24, 0 };
	struct strbuf *b = &o->body;
	char *spread;
	int pt;

	table_open(o, widths);
	strbuf_puts(b, "<table:table-header-rows>\n");
	row_open(b);
	cell_span(b, "CelKop", "Tabelkop", 3, d->pole_a);
	cell_span(b, "CelKop", "Tabelkop", 1, "");
	cell_span(b, "CelKop", "TabelRechts", 3, d->pole_b);
	row_close(b);
	row_open(b);
	for (pt = 1; pt <= DILEMMA_SCALE; pt++) {
		char num[8];

		snprintf(num, sizeof(num), "%d", pt);
		cell_span(b, "CelKop", "TabelMidden", 1, num);
	}
	row_close(b);
	strbuf_puts(b, "</table:table-header-rows>\n");
	row_open(b);
	for (pt = 1; pt <= DILEMMA_SCALE; pt++) {
		struct strbuf names = { 0 };

		names_at(&names, d, pt);
		cell_lines(b, "Cel", "TabelMidden", names.s);
		strbuf_free(&names);
	}
	row_close(b);
	if (d->team_position > 0) {
		row_open(b);
		for (pt = 1; pt <= DILEMMA_SCALE; pt++)
			cell_span(b, "Cel", "TabelMidden", 1, pt == d->team_position ? "▲ team" : "");
		row_close(b);
	}
	table_close(o);
	if ((spread = report_spread_text(d)) != NULL) {
		char *line = xasprintf("%s%s", spread,
		    d->team_position ? "; ▲ = plaats van het team" : "");

		para(b, "Tekst", line);
		free(line);
		free(spread);
	}
}

/* A choice: each option, how many chose it and who. */
static void
choice_box(struct odt *o, const struct dilemma *d)
{
	static const int widths[] = { 80, 20, 70, 0 };
	static const char *const titles[] = { "Keuze", "Aantal", "Wie", NULL };
	struct strbuf *b = &o->body;
	int *counts = xcalloc(d->noptions + 1, sizeof(*counts));
	size_t k;

	dilemma_tally(d, counts);
	table_open(o, widths);
	header_row(b, titles, "Tabelkop");
	for (k = 0; k < d->noptions; k++) {
		struct strbuf names = { 0 };
		char num[16];

		snprintf(num, sizeof(num), "%d", counts[k]);
		names_at(&names, d, (int)k + 1);
		row_open(b);
		cell(b, d->options[k]);
		cell_span(b, "Cel", "TabelMidden", 1, num);
		cell_lines(b, "Cel", "Tabelinhoud", names.s);
		row_close(b);
		strbuf_free(&names);
	}
	table_close(o);
	free(counts);
}

/* The pro/contra box: huidige and nieuwe situatie × voor and tegen. */
static void
procontra_box(struct odt *o, const struct dilemma *d)
{
	static const int widths[] = { 50, 60, 60, 0 };
	static const char *const titles[] = { "Situatie", "Voor", "Tegen", NULL };
	static const char *const sit[] = { "huidig", "nieuw" };
	static const char *const label[] = { "Huidige situatie", "Nieuwe situatie" };
	static const char *const stance[] = { "voor", "tegen" };
	struct strbuf *b = &o->body;
	int s, t;
	size_t k;

	table_open(o, widths);
	header_row(b, titles, "Tabelkop");
	for (s = 0; s < 2; s++) {
		char *head = xasprintf("%s%s%s", label[s], (s ? d->pole_b : d->pole_a)[0] ?
		    ": " : "", s ? d->pole_b : d->pole_a);

		row_open(b);
		cell_span(b, "CelKop", "Tabelkop", 1, head);
		for (t = 0; t < 2; t++) {
			struct strbuf args = { 0 };

			for (k = 0; k < d->narguments; k++)
				if (strcmp(d->arguments[k].situation, sit[s]) == 0 &&
				    strcmp(d->arguments[k].stance, stance[t]) == 0)
					add_line(&args, d->arguments[k].text);
			cell_lines(b, "Cel", "Tabelinhoud", args.s);
			strbuf_free(&args);
		}
		row_close(b);
		free(head);
	}
	table_close(o);
	if (d->between_text[0])
		field(b, "Ertussenin:", d->between_text);
}

static void
dilemmas(struct odt *o, const struct report_coalition *rc)
{
	const struct dilemma_list *dl = rc->dilemmas;
	struct strbuf *b = &o->body;
	size_t i;

	if (dl->n == 0)
		return;
	heading(b, 2, "Dilemma's");
	for (i = 0; i < dl->n; i++) {
		const struct dilemma *d = &dl->v[i];
		const struct cat_dilemma *origin = report_dilemma_origin(o->r, d);

		heading(b, 3, d->title);
		if (strcmp(d->form, "pool") == 0)
			pole_box(o, d);
		else if (strcmp(d->form, "keuze") == 0)
			choice_box(o, d);
		else
			procontra_box(o, d);
		if (!str_is_blank(d->rationale))
			field(b, "Waarom:", d->rationale);
		if (origin != NULL)
			cite(b, o->r, origin->source, origin->chapter);
	}
}

static void
rest(struct strbuf *b, const struct report_coalition *rc)
{
	size_t i;

	if (rc->collaborations->n > 0) {
		heading(b, 2, "Andere samenwerkingen op het terrein");
		list_open(b);
		for (i = 0; i < rc->collaborations->n; i++) {
			const struct collaboration *c = &rc->collaborations->v[i];
			char *line = xasprintf("%s (%s)%s%s%s%s", c->name, c->stance,
			    c->description[0] ? ": " : "", c->description, c->note[0] ? "\n" : "",
			    c->note);

			list_item(b, line);
			free(line);
		}
		list_close(b);
	}
	if (rc->notes->n > 0) {
		heading(b, 2, "Notities");
		list_open(b);
		for (i = 0; i < rc->notes->n; i++)
			list_item(b, rc->notes->v[i].text);
		list_close(b);
	}
}

static void
open_questions(struct strbuf *b, const struct report *r, const struct report_coalition *rc)
{
	char *title;
	size_t i;

	if (rc->nopen == 0 || rc->open_form == NULL)
		return;
	title = xasprintf("Open vragen: %s", rc->open_form->title);
	heading(b, 2, title);
	free(title);
	list_open(b);
	for (i = 0; i < rc->nopen; i++)
		list_item(b, rc->open[i].item->prompt);
	list_close(b);
	cite(b, r, rc->open_form->source, rc->open_form->chapter);
}

static void
sources(struct strbuf *b, const struct report *r)
{
	size_t i;

	if (r->nsources == 0)
		return;
	heading(b, 2, "Bronnen");
	list_open(b);
	for (i = 0; i < r->nsources; i++) {
		char *ref = report_reference(r->sources[i]);

		list_item(b, ref);
		free(ref);
	}
	list_close(b);
}

static void
coalition_full(struct odt *o, const struct report_coalition *rc)
{
	struct strbuf *b = &o->body;
	char *title = xasprintf("Coalitie: %s", rc->c->name);

	heading(b, 1, title);
	free(title);
	field(b, "Fase:", coalition_phase_label(rc->c->phase));
	field(b, "Opgave:", rc->opgave);
	field(b, "Coalitiedoel:", rc->doel);
	if (rc->c->archived)
		field(b, "Status:", "gearchiveerd");
	grid(o, rc);
	sections(o, rc);
	players(o, rc);
	typology(o, rc);
	dilemmas(o, rc);
	rest(b, rc);
	open_questions(b, o->r, rc);
}

static void
session(struct odt *o)
{
	const struct report *r = o->r;
	const struct session_rec *s = r->session;
	struct strbuf *b = &o->body, who = { 0 };
	char *title = report_session_title(s);
	size_t i, k;

	heading(b, 1, title);
	free(title);
	field(b, "Datum:", s->date);
	field(b, "Plaats:", s->place);
	if (!str_is_blank(s->facilitator))
		field(b, "Facilitator:", s->facilitator);
	for (i = 0; i < r->nattendees; i++)
		strbuf_printf(&who, "%s%s", i > 0 ? ", " : "", r->attendees[i]);
	field(b, "Aanwezig:", who.s);
	strbuf_free(&who);
	heading(b, 2, "Agenda");
	if (r->ncoalitions == 0)
		para(b, "Tekst", "Geen coalitie besproken.");
	else {
		list_open(b);
		for (i = 0; i < r->ncoalitions; i++)
			list_item(b, r->coalitions[i].c->name);
		list_close(b);
	}
	for (i = 0; i < r->ncoalitions; i++) {
		const struct report_coalition *rc = &r->coalitions[i];

		title = xasprintf("Coalitie: %s", rc->c->name);
		heading(b, 1, title);
		free(title);
		heading(b, 2, "Toegevoegd of gewijzigd");
		for (k = 0; k < rc->nchanges; k++)
			question(b, r, rc->changes[k].item, rc->changes[k].item_key,
			    rc->changes[k].value);
		if (rc->nchanges == 0)
			para(b, "Tekst", "Niets: in deze sessie is geen antwoord bewaard.");
		players(o, rc);
		dilemmas(o, rc);
		open_questions(b, r, rc);
	}
}

/* An intervisie day's questions, with advice and actions. */
static void
questions(struct odt *o)
{
	const struct report *r = o->r;
	struct strbuf *b = &o->body;
	struct report_question rq;
	char *label;
	size_t i, k;

	heading(b, 1, "Intervisievragen");
	if (r->questions->n == 0)
		para(b, "Tekst", "Geen vragen ingebracht.");
	for (i = 0; i < r->questions->n; i++) {
		report_question(&r->questions->v[i], &rq);
		heading(b, 2, rq.heading);
		for (k = 0; k < rq.nfields; k++) {
			label = xasprintf("%s:", rq.fields[k].label);
			field(b, label, rq.fields[k].value);
			free(label);
		}
		if (rq.nadvice > 0) {
			heading(b, 3, "Adviezen");
			list_open(b);
			for (k = 0; k < rq.nadvice; k++)
				list_item(b, rq.advice[k]);
			list_close(b);
		}
		if (rq.nactions > 0) {
			heading(b, 3, "Acties");
			list_open(b);
			for (k = 0; k < rq.nactions; k++)
				list_item(b, rq.actions[k]);
			list_close(b);
		}
		report_question_clear(&rq);
	}
}

/* An intervisie group: members, days with their questions, themes. */
static void
group(struct odt *o)
{
	const struct report_group *g = o->r->group;
	struct strbuf *b = &o->body, who = { 0 };
	char *line;
	size_t i, k;

	line = report_title(o->r);
	heading(b, 1, line);
	free(line);
	for (i = 0; i < g->nmembers; i++)
		strbuf_printf(&who, "%s%s", i > 0 ? ", " : "", g->members[i]);
	field(b, "Leden:", who.s);
	strbuf_free(&who);
	heading(b, 2, "Intervisiedagen");
	if (g->ndays == 0)
		para(b, "Tekst", "Nog geen intervisiedagen.");
	else
		list_open(b);
	for (i = 0; i < g->ndays; i++) {
		/* The day's questions as a list inside its item. */
		line = report_day_line(&g->days[i]);
		strbuf_puts(b, "<text:list-item><text:p text:style-name=\"Lijst\">");
		xml_text(b, line);
		strbuf_puts(b, "</text:p>\n");
		free(line);
		if (g->days[i].questions->n > 0)
			list_open(b);
		for (k = 0; k < g->days[i].questions->n; k++) {
			line = report_question_line(&g->days[i].questions->v[k]);
			list_item(b, line);
			free(line);
		}
		if (g->days[i].questions->n > 0)
			list_close(b);
		strbuf_puts(b, "</text:list-item>\n");
	}
	if (g->ndays > 0)
		list_close(b);
	heading(b, 2, "Terugkerende thema's");
	if (g->nthemes == 0)
		para(b, "Tekst", "Nog geen thema's.");
	else
		list_open(b);
	for (i = 0; i < g->nthemes; i++) {
		line = report_theme_line(&g->themes[i]);
		list_item(b, line);
		free(line);
	}
	if (g->nthemes > 0)
		list_close(b);
}

/* The harvest: each lesson with the questions it came from. */
static void
lessons(struct odt *o)
{
	struct strbuf *b = &o->body;
	char *line;
	size_t i;

	heading(b, o->r->group != NULL ? 2 : 1, "Oogst: lessen");
	if (o->r->nlessons == 0)
		para(b, "Tekst", o->r->group != NULL ? "Nog geen lessen." :
		    "Geen lessen uit de vragen van deze dag.");
	else
		list_open(b);
	for (i = 0; i < o->r->nlessons; i++) {
		line = report_lesson_line(&o->r->lessons[i]);
		list_item(b, line);
		free(line);
	}
	if (o->r->nlessons > 0)
		list_close(b);
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
    "<office:master-styles>\n"
    /* The line that says where the summary comes from is the page's
     * footer, on every page: as the body's last paragraph it could end
     * up alone on a page of its own. */
    "<style:master-page style:name=\"Standard\" style:page-layout-name=\"A4\">"
    "<style:footer><text:p text:style-name=\"Voet\">Samenvatting uit Vitaal, werkboek voor "
    "vitale coalities.</text:p></style:footer></style:master-page>\n"
    "</office:master-styles>\n"
    "</office:document-styles>\n";

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
meta_xml(struct strbuf *out, const struct report *r)
{
	char *title = report_title(r);

	strbuf_puts(out, XML_DECL "<office:document-meta " NS_OFFICE " " NS_META " " NS_DC
	    " office:version=\"1.2\">\n<office:meta>\n"
	    "<meta:generator>Vitaal/" PACKAGE_VERSION "</meta:generator>\n<dc:title>");
	xml_text(out, title);
	strbuf_puts(out, "</dc:title>\n<dc:language>nl-NL</dc:language>\n</office:meta>\n"
	    "</office:document-meta>\n");
	free(title);
}

/* The body of the document, for content.xml (export_odt_content). */
static void
body(struct odt *o)
{
	if (o->r->group != NULL)
		group(o);
	else if (o->r->session != NULL)
		session(o);
	else
		coalition_full(o, &o->r->coalitions[0]);
	if (o->r->questions != NULL)
		questions(o);
	if (o->r->lessons != NULL)
		lessons(o);
	sources(&o->body, o->r);
}

int
export_odt(const struct report *r, struct strbuf *out, char **cause)
{
	struct odt o = { .r = r };
	struct strbuf content = { 0 }, styles = { 0 }, meta = { 0 };
	struct zip z;
	int ret = -1;

	body(&o);
	content_xml(&content, &o);
	strbuf_puts(&styles, styles_head);
	strbuf_puts(&styles, font_decls);
	strbuf_puts(&styles, styles_xml);
	meta_xml(&meta, r);
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
