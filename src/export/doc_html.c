/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * doc_html.c: the document tree (doc.h) as one self-contained HTML5 page
 * to open in any browser, mail as an attachment or print on A4.
 * Everything is inline (style and SVG drawings, no scripts, nothing
 * fetched), so the file still looks the same years later on a machine
 * without network.
 *
 * Tables get their relative widths as a <colgroup>. The figures are
 * drawn: the player map (power × interest with its four quadrants, one
 * numbered circle per player, coloured by role, relations as lines; the
 * layout is svgmap.c's), the pole box as a scale, the tally of choices
 * with bars, the typology's 2 × 2 with the chosen type marked. All text,
 * also in attributes and SVG, goes through html_text.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "vitaal/doc.h"
#include "vitaal/player.h"
#include "vitaal/report.h"
#include "vitaal/svgmap.h"
#include "vitaal/utf8.h"
#include "vitaal/util.h"

static const char style[] =
    "@page { size: A4; margin: 18mm; }\n"
    "body { font: 10.5pt/1.45 \"DejaVu Sans\", \"Noto Sans\", Arial, sans-serif; color: #111;"
    " background: #fff; max-width: 180mm; margin: 0 auto; padding: 1em;"
    " -webkit-print-color-adjust: exact; print-color-adjust: exact;"
    " overflow-wrap: anywhere; }\n"
    "h1 { font-size: 19pt; color: #17405e; border-bottom: 2px solid #17405e;"
    " padding-bottom: .2em; }\n"
    "h2 { font-size: 14pt; color: #17405e; margin-top: 1.6em; }\n"
    "h3 { font-size: 12pt; margin-top: 1.3em; }\n"
    "h4 { font-size: 11pt; margin: .2em 0 .5em; }\n"
    "h1, h2, h3, h4 { break-after: avoid; page-break-after: avoid; }\n"
    "dl.kop { display: grid; grid-template-columns: max-content 1fr; gap: .2em 1.2em; }\n"
    "dl.kop dt { font-weight: bold; } dl.kop dd { margin: 0; }\n"
    "p.vraag { font-weight: bold; margin: .8em 0 .2em; break-after: avoid;"
    " page-break-after: avoid; }\n"
    ".antwoord { border-left: 3px solid #8fb3cf; padding-left: .6em; margin-left: 1.2em; }\n"
    ".antwoord p { margin: .2em 0; }\n"
    ".bron { font-size: 8.5pt; color: #555; font-style: italic; margin: .3em 0 .8em; }\n"
    ".opmerking { font-style: italic; }\n"
    "table { border-collapse: collapse; width: 100%; margin: .5em 0 1em; }\n"
    /* A long word wraps instead of widening a cell, and with it the page
     * a browser then prints smaller. */
    "th, td, dd, li, p { overflow-wrap: anywhere; word-break: break-word; }\n"
    "table, svg, .antwoord { break-inside: avoid; page-break-inside: avoid; }\n"
    "th, td { border: 1px solid #999; padding: 3px 6px; text-align: left;"
    " vertical-align: top; }\n"
    "th { background: #e6edf3; }\n"
    "td.getal, th.getal { text-align: right; font-variant-numeric: tabular-nums; }\n"
    "td.gekozen { background: #cfe8c8; font-weight: bold; }\n"
    "table.schaal th, table.schaal td { text-align: center; width: 10%; }\n"
    "table.schaal th.pool { width: 15%; background: #fff; font-weight: normal; }\n"
    "table.schaal td.binnen { background: #e3ecf5; }\n"
    "table.schaal tr.team td { font-weight: bold; color: #b2182b; }\n"
    "td.balk { width: 45%; }\n"

    "svg.kaart { width: 100%; height: auto; font-family: \"DejaVu Sans\", Arial,"
    " sans-serif; }\n"
    "ul.legenda { list-style: none; padding: 0; display: flex; flex-wrap: wrap;"
    " gap: .2em 1.2em; font-size: 9pt; }\n"
    "ul.legenda svg { vertical-align: middle; }\n"
    "ol.kaartnamen { font-size: 9pt; columns: 2; }\n"
    "footer { margin-top: 2em; border-top: 1px solid #999; font-size: 8.5pt; color: #555; }\n"
    /* Borders on the content's edge would be cut off by the page box. */
    "@media print { body { max-width: none; padding: 0 2px; } }\n";

/* Colours of the roles on the map, in player_roles order; they stay
 * apart in print and for the commonest colour blindness. */
static const char *const role_colours[PLAYER_NROLES] = {
	"#7b3294", "#1b7837", "#2166ac", "#e08214", "#b2182b", "#8c8c8c",
};

/* Append s with & < > " ' as references, valid UTF-8 and without control
 * characters, so it is safe in text, in attributes and in SVG. With
 * block, blank lines make paragraphs and other newlines <br>; else a
 * newline is a space. */
static void
html_text(struct strbuf *b, const char *s, int block)
{
	char *t = utf8_sanitize(s != NULL ? s : "", s != NULL ? strlen(s) : 0);
	const char *p;
	int nl;

	for (p = t; *p != '\0'; p++) {
		switch (*p) {
		case '&':	strbuf_puts(b, "&amp;"); break;
		case '<':	strbuf_puts(b, "&lt;"); break;
		case '>':	strbuf_puts(b, "&gt;"); break;
		case '"':	strbuf_puts(b, "&quot;"); break;
		case '\'':	strbuf_puts(b, "&#39;"); break;
		case '\t':	strbuf_putc(b, ' '); break;
		case '\n':
			for (nl = 0; p[1] == '\n'; p++)
				nl++;
			if (!block)
				strbuf_putc(b, ' ');
			else if (p[1] != '\0')
				strbuf_puts(b, nl > 0 ? "</p>\n<p>" : "<br>\n");
			break;
		default:
			strbuf_putc(b, *p);
		}
	}
	free(t);
}

/* <tag class="cls">text</tag> on a line of its own (cls may be NULL). */
static void
element(struct strbuf *b, const char *tag, const char *cls, const char *text)
{
	strbuf_printf(b, "<%s%s%s%s>", tag, cls != NULL ? " class=\"" : "",
	    cls != NULL ? cls : "", cls != NULL ? "\"" : "");
	html_text(b, text, 0);
	strbuf_printf(b, "</%s>\n", tag);
}

static void
heading(struct strbuf *b, int level, const char *text)
{
	char tag[4] = { 'h', (char)('0' + level), '\0', '\0' };

	element(b, tag, NULL, text);
}

static const char *
role_colour(const char *role)
{
	int i = str_index(player_roles, PLAYER_NROLES, role);

	return i < 0 ? "#444444" : role_colours[i];
}

/* The layout of the map (svgmap.c): circles and names that never cover
 * each other. Allocated; caller frees. */
static struct svgmap_place *
map_layout(const struct doc_table *map)
{
	size_t i, n = map->nrows;
	struct svgmap_place *pt = xcalloc(n + 1, sizeof(*pt));
	const char **names = xcalloc(n + 1, sizeof(*names));
	int *power = xcalloc(n + 1, sizeof(*power));
	int *interest = xcalloc(n + 1, sizeof(*interest));

	for (i = 0; i < n; i++) {
		names[i] = doc_cell(map, i, 0);
		power[i] = atoi(doc_cell(map, i, 2));
		interest[i] = atoi(doc_cell(map, i, 3));
	}
	svgmap_layout(names, power, interest, n, pt);
	free(names);
	free(power);
	free(interest);
	return pt;
}

/* The four quadrants, shaded, each named in its outer corner. */
static void
map_quadrants(struct strbuf *b)
{
	static const struct {
		int		 col, row;	/* top-left cell */
		const char	*fill, *anchor;
		int		 tx;
	} q[REPORT_NQUADRANTS] = {
		{ 3, 0, "#f6e3e3", "end", 6 }, { 0, 0, "#fbf0dc", "start", 0 },
		{ 0, 3, "#f1f1f1", "start", 0 }, { 3, 3, "#e3ecf5", "end", 6 },
	};
	size_t i;

	for (i = 0; i < REPORT_NQUADRANTS; i++) {
		int x = SVGMAP_LEFT + q[i].col * SVGMAP_CW, y = SVGMAP_TOP + q[i].row * SVGMAP_CH;

		strbuf_printf(b, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" "
		    "fill=\"%s\" stroke=\"#999\"/>\n", x, y, 3 * SVGMAP_CW, 3 * SVGMAP_CH, q[i].fill);
		strbuf_printf(b, "<text x=\"%d\" y=\"%d\" text-anchor=\"%s\" font-size=\"13\" "
		    "font-weight=\"bold\" fill=\"#666\">%s</text>\n",
		    q[i].tx ? x + 3 * SVGMAP_CW - 6 : x + 6, q[i].row ? y + 3 * SVGMAP_CH - 8 : y + 17,
		    q[i].anchor, report_quadrant_names[i]);
	}
}

/* The scores 0..5 along both axes and the axis names. */
static void
map_axes(struct strbuf *b)
{
	int v;

	for (v = 0; v <= 5; v++) {
		strbuf_printf(b, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" "
		    "font-size=\"11\">%d</text>\n", SVGMAP_LEFT + v * SVGMAP_CW + SVGMAP_CW / 2,
		    SVGMAP_TOP + 6 * SVGMAP_CH + 16, v);
		strbuf_printf(b, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" "
		    "font-size=\"11\">%d</text>\n", SVGMAP_LEFT - 8,
		    SVGMAP_TOP + (5 - v) * SVGMAP_CH + SVGMAP_CH / 2 + 4, v);
	}
	strbuf_printf(b, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" font-size=\"12\">"
	    "Belang →</text>\n", SVGMAP_LEFT + 3 * SVGMAP_CW, SVGMAP_TOP + 6 * SVGMAP_CH + 38);
	strbuf_printf(b, "<text x=\"20\" y=\"%d\" text-anchor=\"middle\" font-size=\"12\" "
	    "transform=\"rotate(-90 20 %d)\">Macht →</text>\n", SVGMAP_TOP + 3 * SVGMAP_CH,
	    SVGMAP_TOP + 3 * SVGMAP_CH);
}

static void
map_relations(struct strbuf *b, const struct doc_table *map, const struct svgmap_place *pt)
{
	size_t i;

	for (i = 0; i < map->nlinks; i++) {
		const struct doc_link *l = &map->links[i];

		strbuf_printf(b, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" "
		    "stroke-width=\"%.1f\"%s stroke-opacity=\"0.75\"><title>", pt[l->from].cx,
		    pt[l->from].cy, pt[l->to].cx, pt[l->to].cy, l->tension ? "#b2182b" : "#555555",
		    0.5 + 0.5 * l->strength, l->tension ? " stroke-dasharray=\"6 4\"" : "");
		html_text(b, l->label, 0);
		strbuf_puts(b, "</title></line>\n");
	}
}

static void
map_players(struct strbuf *b, const struct doc_table *map, const struct svgmap_place *pt)
{
	size_t i;

	for (i = 0; i < map->nrows; i++) {
		const char *name = doc_cell(map, i, 0), *role = doc_cell(map, i, 1);
		int kop = doc_cell(map, i, 4)[0] != '\0';

		strbuf_puts(b, "<g><title>");
		html_text(b, name, 0);
		strbuf_puts(b, " (");
		html_text(b, role, 0);
		strbuf_puts(b, ")</title>");
		strbuf_printf(b, "<circle cx=\"%d\" cy=\"%d\" r=\"%d\" fill=\"%s\" stroke=\"%s\" "
		    "stroke-width=\"%s\"/>", pt[i].cx, pt[i].cy, SVGMAP_R, role_colour(role),
		    kop ? "#000" : "#fff", kop ? "2.5" : "1");
		strbuf_printf(b, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" font-size=\"10\" "
		    "font-weight=\"bold\" fill=\"#fff\">%zu</text>", pt[i].cx, pt[i].cy + 4, i + 1);
		if (pt[i].shown) {
			char *label = xasprintf("%.*s%s", (int)pt[i].len, name, pt[i].cut ? "…" : "");

			strbuf_printf(b, "<text x=\"%d\" y=\"%d\" font-size=\"%d\"%s%s%s>",
			    pt[i].tx, pt[i].ty, SVGMAP_FONT,
			    strcmp(pt[i].anchor, "start") != 0 ? " text-anchor=\"" : "",
			    strcmp(pt[i].anchor, "start") != 0 ? pt[i].anchor : "",
			    strcmp(pt[i].anchor, "start") != 0 ? "\"" : "");
			html_text(b, label, 0);
			strbuf_puts(b, "</text>");
			free(label);
		}
		strbuf_puts(b, "</g>\n");
	}
}

/* A small circle for the legend. */
static void
legend_item(struct strbuf *b, const char *fill, const char *stroke, const char *label)
{
	strbuf_printf(b, "<li><svg width=\"14\" height=\"14\" viewBox=\"0 0 14 14\" "
	    "aria-hidden=\"true\"><circle cx=\"7\" cy=\"7\" r=\"5.5\" fill=\"%s\" "
	    "stroke=\"%s\" stroke-width=\"1.5\"/></svg> ", fill, stroke);
	html_text(b, label, 0);
	strbuf_puts(b, "</li>\n");
}

static void
map_legend(struct strbuf *b, const struct doc_table *map)
{
	size_t i;

	strbuf_puts(b, "<ul class=\"legenda\">\n");
	for (i = 0; i < PLAYER_NROLES; i++)
		legend_item(b, role_colours[i], "#fff", player_roles[i]);
	legend_item(b, "#fff", "#000", "zwarte rand: kopgroep");
	if (map->nlinks > 0)
		strbuf_puts(b, "<li>lijn: relatie, dikker is sterker; "
		    "<span style=\"color:#b2182b\">gestreept: spanning of conflict</span></li>\n");
	strbuf_puts(b, "</ul>\n");
}

/* The names the map had no room for (or cut short), under their number:
 * no one on the map is only a number. */
static void
map_numbers(struct strbuf *b, const struct doc_table *map, const struct svgmap_place *pt)
{
	size_t i, n = 0;

	for (i = 0; i < map->nrows; i++) {
		if (pt[i].shown && !pt[i].cut)
			continue;
		if (n++ == 0)
			strbuf_puts(b, "<ol class=\"kaartnamen\">\n");
		strbuf_printf(b, "<li value=\"%zu\">", i + 1);
		html_text(b, doc_cell(map, i, 0), 0);
		strbuf_puts(b, "</li>\n");
	}
	if (n > 0)
		strbuf_puts(b, "</ol>\n");
}

/* The power × interest map as inline SVG, with its legend. */
static void
player_map(struct strbuf *b, const struct doc_table *map)
{
	struct svgmap_place *pt = map_layout(map);

	strbuf_printf(b, "<svg class=\"kaart\" "
	    "viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"Spelerskaart: macht en belang\">\n",
	    SVGMAP_W, SVGMAP_H);
	map_quadrants(b);
	map_axes(b);
	map_relations(b, map, pt);
	map_players(b, map, pt);
	strbuf_puts(b, "</svg>\n");
	map_legend(b, map);
	map_numbers(b, map, pt);
	free(pt);
}

static void
para(struct strbuf *b, const struct doc_block *p)
{
	switch (p->role) {
	case DOC_QUESTION:
		element(b, "p", "vraag", p->text);
		break;
	case DOC_ANSWER:
		strbuf_puts(b, "<div class=\"antwoord\"><p>");
		html_text(b, p->text, 1);
		strbuf_puts(b, "</p></div>\n");
		break;
	case DOC_SOURCE:
		strbuf_puts(b, "<p class=\"bron\">Bron: ");
		html_text(b, p->text, 0);
		strbuf_puts(b, "</p>\n");
		break;
	case DOC_NOTE:
		element(b, "p", "opmerking", p->text);
		break;
	case DOC_PLAIN:
		strbuf_puts(b, "<p>");
		html_text(b, p->text, 1);
		strbuf_puts(b, "</p>\n");
		break;
	}
}

static void
fields(struct strbuf *b, const struct doc_block *f)
{
	size_t i;

	if (f->nitems == 0)
		return;
	strbuf_puts(b, "<dl class=\"kop\">\n");
	for (i = 0; i < f->nitems; i++) {
		element(b, "dt", NULL, f->labels[i]);
		element(b, "dd", NULL, f->items[i]);
	}
	strbuf_puts(b, "</dl>\n");
}

/* A list; an item of depth 1 goes in a list inside the item before it. */
static void
list(struct strbuf *b, const struct doc_block *l)
{
	size_t i;

	strbuf_puts(b, "<ul>\n");
	for (i = 0; i < l->nitems; i++) {
		if (l->depth[i] && !l->depth[i - 1])
			strbuf_puts(b, "\n<ul>\n");
		strbuf_puts(b, "<li>");
		html_text(b, l->items[i], 0);
		if (l->depth[i])
			strbuf_puts(b, "</li>\n");
		if (i + 1 < l->nitems && l->depth[i + 1])
			continue;
		if (l->depth[i])
			strbuf_puts(b, "</ul>\n");
		strbuf_puts(b, "</li>\n");
	}
	strbuf_puts(b, "</ul>\n");
}

/* <colgroup> with the tree's shares, and the header row. */
static void
table_head(struct strbuf *b, const struct doc_table *t, const char *cls)
{
	size_t c;

	strbuf_printf(b, "<table class=\"%s\">\n<colgroup>", cls);
	for (c = 0; c < t->ncols; c++)
		strbuf_printf(b, "<col style=\"width: %d%%\">", t->widths[c]);
	strbuf_puts(b, "</colgroup>\n<thead><tr>");
	for (c = 0; c < t->ncols; c++) {
		strbuf_printf(b, "<th scope=\"col\"%s>", t->align[c] == 'r' ? " class=\"getal\"" : "");
		html_text(b, t->titles[c], 0);
		strbuf_puts(b, "</th>");
	}
	strbuf_puts(b, "</tr></thead>\n<tbody>\n");
}

static void
table(struct strbuf *b, const struct doc_table *t)
{
	static const char *const cls[] = { "", "kaart", "schaal", "procontra", "keuze",
	    "typologie" };
	size_t r, c;

	table_head(b, t, cls[t->figure][0] != '\0' ? cls[t->figure] : "tabel");
	for (r = 0; r < t->nrows; r++) {
		strbuf_puts(b, "<tr>");
		for (c = 0; c < t->ncols; c++) {
			int marked = t->figure == DOC_FIG_TYPOLOGY && c > 0 &&
			    t->mark == (int)(r * 2 + c);

			if (c == 0 && (t->figure == DOC_FIG_TYPOLOGY || t->figure == DOC_FIG_BOX))
				strbuf_puts(b, "<th scope=\"row\">");
			else
				strbuf_printf(b, "<td%s>", marked ? " class=\"gekozen\"" :
				    t->align[c] == 'r' ? " class=\"getal\"" : "");
			html_text(b, doc_cell(t, r, c), 0);
			if (marked)
				strbuf_puts(b, " (gekozen)");
			strbuf_puts(b, c == 0 && (t->figure == DOC_FIG_TYPOLOGY ||
			    t->figure == DOC_FIG_BOX) ? "</th>" : "</td>");
		}
		strbuf_puts(b, "</tr>\n");
	}
	strbuf_puts(b, "</tbody>\n</table>\n");
}

/* A pole box as the scale between its poles: a row of names per round
 * (the columns between the point and the team's mark), the spread of
 * each shaded, the team's place marked ▲. */
static void
pole_box(struct strbuf *b, const struct doc_table *t)
{
	size_t r, c;

	strbuf_puts(b, "<table class=\"schaal\">\n<thead><tr>");
	element(b, "th", "pool", t->ends[0]);
	for (r = 0; r < t->nrows; r++)
		strbuf_printf(b, "<th scope=\"col\">%zu</th>", r + 1);
	element(b, "th", "pool", t->ends[1]);
	strbuf_puts(b, "</tr></thead>\n<tbody>\n");
	for (c = 1; c + 1 < t->ncols; c++) {
		size_t low = t->nrows, high = 0;

		for (r = 0; r < t->nrows; r++)
			if (doc_cell(t, r, c)[0] != '\0') {
				low = r < low ? r : low;
				high = r;
			}
		strbuf_puts(b, "<tr>");
		element(b, "td", NULL, t->ncols > 3 ? t->titles[c] : "");
		for (r = 0; r < t->nrows; r++) {
			strbuf_printf(b, "<td%s>", r >= low && r <= high ? " class=\"binnen\"" : "");
			html_text(b, doc_cell(t, r, c), 0);
			strbuf_puts(b, "</td>");
		}
		strbuf_puts(b, "<td></td></tr>\n");
	}
	strbuf_puts(b, "<tr class=\"team\"><td>Team</td>");
	for (r = 0; r < t->nrows; r++) {
		strbuf_puts(b, "<td>");
		html_text(b, doc_cell(t, r, t->ncols - 1), 0);
		strbuf_puts(b, "</td>");
	}
	strbuf_puts(b, "<td></td></tr>\n</tbody>\n</table>\n");
}

/* The choices made, as a tally with a bar per option. */
static void
choice_box(struct strbuf *b, const struct doc_table *t)
{
	size_t r;
	int most = 1, n;

	for (r = 0; r < t->nrows; r++)
		most = atoi(doc_cell(t, r, 1)) > most ? atoi(doc_cell(t, r, 1)) : most;
	strbuf_puts(b, "<table class=\"keuze\">\n<thead><tr>");
	element(b, "th", NULL, t->titles[0]);
	strbuf_puts(b, "<th class=\"getal\">");
	html_text(b, t->titles[1], 0);
	strbuf_puts(b, "</th><th></th></tr></thead>\n<tbody>\n");
	for (r = 0; r < t->nrows; r++) {
		n = atoi(doc_cell(t, r, 1));
		strbuf_puts(b, "<tr>");
		element(b, "td", NULL, doc_cell(t, r, 0));
		strbuf_printf(b, "<td class=\"getal\">%d</td><td class=\"balk\"><svg width=\"200\" "
		    "height=\"12\" viewBox=\"0 0 200 12\" aria-hidden=\"true\"><rect width=\"%d\" "
		    "height=\"12\" fill=\"#2166ac\"/></svg></td></tr>\n", n, 200 * n / most);
	}
	strbuf_puts(b, "</tbody>\n</table>\n");
}

void
doc_render_html(const struct doc *d, struct strbuf *out)
{
	size_t i;
	int footer = 0;

	strbuf_puts(out, "<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n"
	    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
	    "<meta name=\"generator\" content=\"Vitaal\">\n<title>");
	html_text(out, d->title, 0);
	strbuf_printf(out, "</title>\n<style>\n%s</style>\n</head>\n<body>\n<main>\n", style);
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
				player_map(out, &b->table);
			else if (b->table.figure == DOC_FIG_POLE && b->table.ncols >= 3)
				pole_box(out, &b->table);
			else if (b->table.figure == DOC_FIG_CHOICE && b->table.ncols == 2)
				choice_box(out, &b->table);
			else
				table(out, &b->table);
			break;
		case DOC_FOOTER:
			if (!footer++)
				strbuf_puts(out, "</main>\n");
			strbuf_puts(out, "<footer><p>");
			html_text(out, b->text, 0);
			strbuf_puts(out, "</p></footer>\n");
			break;
		}
	}
	if (!footer)
		strbuf_puts(out, "</main>\n");
	strbuf_puts(out, "</body>\n</html>\n");
}
