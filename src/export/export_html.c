/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * export_html.c: one self-contained HTML5 page to open in any browser,
 * mail as an attachment or print on A4. Everything is inline (style and
 * SVG drawings, no scripts, nothing fetched), so the file still looks the
 * same years later on a machine without network.
 *
 * The drawings: the player map (power × interest with its four quadrants,
 * one numbered circle per player, coloured by role, relations as lines)
 * and the dilemma boxes (the 7-point scale, the tally of choices, the
 * pro/contra table). All text, also in attributes and SVG, goes through
 * html_text.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "vitaal/coalition.h"
#include "vitaal/export.h"
#include "vitaal/intervisie.h"
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
    "dl.vragen dt { font-weight: bold; margin-top: .8em; }\n"
    "dl.vragen dd { margin: .2em 0 0 1.2em; }\n"
    ".antwoord { border-left: 3px solid #8fb3cf; padding-left: .6em; }\n"
    ".antwoord p { margin: .2em 0; }\n"
    ".bron { font-size: 8.5pt; color: #555; font-style: italic; margin: .3em 0 .8em; }\n"
    "table { border-collapse: collapse; width: 100%; margin: .5em 0 1em; }\n"
    /* A long word wraps instead of widening a cell, and with it the page
     * a browser then prints smaller. */
    "th, td, dd, li, p { overflow-wrap: anywhere; word-break: break-word; }\n"
    "table, svg, .vak, dl.vragen dd { break-inside: avoid; page-break-inside: avoid; }\n"
    "th, td { border: 1px solid #999; padding: 3px 6px; text-align: left;"
    " vertical-align: top; }\n"
    "th { background: #e6edf3; }\n"
    "td.getal, th.getal { text-align: right; font-variant-numeric: tabular-nums; }\n"
    "td.klaar { background: #cfe8c8; } td.deels { background: #fbf0c4; }\n"
    ".vak { border: 1px solid #888; border-radius: 4px; padding: .4em .8em .2em;"
    " margin: .8em 0; }\n"
    "table.schaal th, table.schaal td { text-align: center; width: 10%; }\n"
    "table.schaal th.pool { width: 15%; background: #fff; font-weight: normal; }\n"
    "table.schaal td.binnen { background: #e3ecf5; }\n"
    "table.schaal tr.team td { font-weight: bold; color: #b2182b; }\n"
    "td.balk { width: 45%; }\n"
    "table.procontra th span.pool { font-weight: normal; }\n"
    "td ul { margin: 0; padding-left: 1.1em; }\n"
    "svg.kaart { width: 100%; height: auto; font-family: \"DejaVu Sans\", Arial,"
    " sans-serif; }\n"
    "ul.legenda { list-style: none; padding: 0; display: flex; flex-wrap: wrap;"
    " gap: .2em 1.2em; font-size: 9pt; }\n"
    "ul.legenda svg { vertical-align: middle; }\n"
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

/* Paragraphs of user text. */
static void
paragraphs(struct strbuf *b, const char *cls, const char *text)
{
	strbuf_printf(b, "<div class=\"%s\"><p>", cls);
	html_text(b, text, 1);
	strbuf_puts(b, "</p></div>\n");
}

static void
field(struct strbuf *b, const char *label, const char *value)
{
	element(b, "dt", NULL, label);
	element(b, "dd", NULL, value != NULL && !str_is_blank(value) ? value : "–");
}

static void
cite(struct strbuf *b, const struct report *r, const char *source, const char *chapter)
{
	char *c = report_cite(r, source, chapter), *line;

	if (c == NULL)
		return;
	line = xasprintf("Bron: %s", c);
	element(b, "p", "bron", line);
	free(line);
	free(c);
}

static void
question(struct strbuf *b, const struct report *r, const struct cat_item *it,
    const char *key, const char *value)
{
	element(b, "dt", NULL, it != NULL ? it->prompt : key);
	strbuf_puts(b, "<dd>\n");
	if (value != NULL)
		paragraphs(b, "antwoord", str_is_blank(value) ? "(gewist)" : value);
	if (it != NULL)
		cite(b, r, it->source, it->chapter);
	strbuf_puts(b, "</dd>\n");
}

static void
progress_cell(struct strbuf *b, const struct progress *c)
{
	const char *cls = c->total > 0 && c->answered == c->total ? "klaar" :
	    c->answered > 0 ? "deels" : "";

	strbuf_printf(b, "<td class=\"getal %s\">%d/%d</td>", cls, c->answered, c->total);
}

static void
grid(struct strbuf *b, const struct report *r, const struct report_coalition *rc)
{
	const struct catalogue *cat = r->cat;
	size_t row, ph;

	heading(b, 2, "Voortgang per fase en sleutel");
	strbuf_puts(b, "<table class=\"voortgang\">\n<thead><tr><th>Checklist</th>");
	for (ph = 0; ph < 4; ph++)
		strbuf_printf(b, "<th class=\"getal\">Fase %zu</th>", ph + 1);
	strbuf_puts(b, "</tr></thead>\n<tbody>\n");
	for (row = 0; row < cat->ncheckrows && row < 4; row++) {
		strbuf_puts(b, "<tr>");
		element(b, "th", NULL, cat->checkrows[row].short_name != NULL ?
		    cat->checkrows[row].short_name : cat->checkrows[row].name);
		for (ph = 0; ph < 4; ph++)
			progress_cell(b, &rc->progress.cell[ph][row]);
		strbuf_puts(b, "</tr>\n");
	}
	strbuf_printf(b, "</tbody>\n</table>\n<p>Initiatief %d/%d; stappen",
	    rc->progress.initiative.answered, rc->progress.initiative.total);
	for (ph = 0; ph < 5; ph++)
		strbuf_printf(b, " %zu: %d/%d%s", ph + 1, rc->progress.step[ph].answered,
		    rc->progress.step[ph].total, ph < 4 ? "," : ".</p>\n");
	cite(b, r, report_models[3].source, report_models[3].chapter);
}

static void
timeline(struct strbuf *b, const struct report_coalition *rc)
{
	size_t i;

	if (rc->nformulations <= 1)
		return;
	heading(b, 2, "Het vraagstuk door de tijd");
	strbuf_puts(b, "<table>\n<thead><tr><th>Datum</th><th>Volgens</th>"
	    "<th>Formulering</th></tr></thead>\n<tbody>\n");
	for (i = 0; i < rc->nformulations; i++) {
		const struct formulation *f = &rc->formulations[i];

		strbuf_printf(b, "<tr><td>%.10s</td><td>%s</td>", f->changed,
		    f->step == 1 ? "ons" : "samen");
		element(b, "td", NULL, f->value);
		strbuf_puts(b, "</tr>\n");
	}
	strbuf_puts(b, "</tbody>\n</table>\n");
}

static void
sections(struct strbuf *b, const struct report *r, const struct report_coalition *rc)
{
	size_t s, i;

	for (s = 0; s < rc->nsections; s++) {
		const struct report_section *sec = &rc->sections[s];

		heading(b, 2, sec->form->title);
		strbuf_puts(b, "<dl class=\"vragen\">\n");
		for (i = 0; i < sec->nitems; i++)
			question(b, r, sec->items[i].item, sec->items[i].item->key,
			    sec->items[i].value);
		strbuf_puts(b, "</dl>\n");
	}
	timeline(b, rc);
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
map_layout(const struct player_list *pl)
{
	struct svgmap_place *pt = xcalloc(pl->n + 1, sizeof(*pt));
	const char **names = xcalloc(pl->n + 1, sizeof(*names));
	int *power = xcalloc(pl->n + 1, sizeof(*power));
	int *interest = xcalloc(pl->n + 1, sizeof(*interest));
	size_t i;

	for (i = 0; i < pl->n; i++) {
		names[i] = pl->v[i].name;
		power[i] = pl->v[i].power;
		interest[i] = pl->v[i].interest;
	}
	svgmap_layout(names, power, interest, pl->n, pt);
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
map_relations(struct strbuf *b, const struct report_coalition *rc, const struct svgmap_place *pt)
{
	const struct player_list *pl = rc->players;
	size_t i, k;

	for (i = 0; i < rc->relations->n; i++) {
		const struct relation *rel = &rc->relations->v[i];
		int from = -1, to = -1;

		for (k = 0; k < pl->n; k++) {
			if (pl->v[k].id == rel->from_player)
				from = (int)k;
			if (pl->v[k].id == rel->to_player)
				to = (int)k;
		}
		if (from < 0 || to < 0)
			continue;
		strbuf_printf(b, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" "
		    "stroke-width=\"%.1f\"%s stroke-opacity=\"0.75\"><title>", pt[from].cx,
		    pt[from].cy, pt[to].cx, pt[to].cy,
		    strcmp(rel->kind, "spanning") == 0 ? "#b2182b" : "#555555",
		    0.5 + 0.5 * rel->strength,
		    strcmp(rel->kind, "spanning") == 0 ? " stroke-dasharray=\"6 4\"" : "");
		html_text(b, relation_kind_label(rel->kind), 0);
		strbuf_puts(b, "</title></line>\n");
	}
}

static void
map_players(struct strbuf *b, const struct player_list *pl, const struct svgmap_place *pt)
{
	size_t i;

	for (i = 0; i < pl->n; i++) {
		const struct player *p = &pl->v[i];

		strbuf_puts(b, "<g><title>");
		html_text(b, p->name, 0);
		strbuf_puts(b, " (");
		html_text(b, p->role, 0);
		strbuf_puts(b, ")</title>");
		strbuf_printf(b, "<circle cx=\"%d\" cy=\"%d\" r=\"%d\" fill=\"%s\" stroke=\"%s\" "
		    "stroke-width=\"%s\"/>", pt[i].cx, pt[i].cy, SVGMAP_R, role_colour(p->role),
		    p->kopgroep ? "#000" : "#fff", p->kopgroep ? "2.5" : "1");
		strbuf_printf(b, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" font-size=\"10\" "
		    "font-weight=\"bold\" fill=\"#fff\">%zu</text>", pt[i].cx, pt[i].cy + 4, i + 1);
		if (pt[i].shown) {
			char *label = xasprintf("%.*s%s", (int)pt[i].len, p->name,
			    pt[i].cut ? "…" : "");

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
map_legend(struct strbuf *b, const struct report_coalition *rc)
{
	size_t i;

	strbuf_puts(b, "<ul class=\"legenda\">\n");
	for (i = 0; i < PLAYER_NROLES; i++)
		legend_item(b, role_colours[i], "#fff", player_roles[i]);
	legend_item(b, "#fff", "#000", "zwarte rand: kopgroep");
	if (rc->relations->n > 0)
		strbuf_puts(b, "<li>lijn: relatie, dikker is sterker; "
		    "<span style=\"color:#b2182b\">gestreept: spanning of conflict</span></li>\n");
	strbuf_puts(b, "</ul>\n");
}

/* The power × interest map as inline SVG, with its legend. */
static void
player_map(struct strbuf *b, const struct report_coalition *rc)
{
	struct svgmap_place *pt = map_layout(rc->players);

	strbuf_printf(b, "<svg class=\"kaart\" "
	    "viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"Spelerskaart: macht en belang\">\n",
	    SVGMAP_W, SVGMAP_H);
	map_quadrants(b);
	map_axes(b);
	map_relations(b, rc, pt);
	map_players(b, rc->players, pt);
	strbuf_puts(b, "</svg>\n");
	map_legend(b, rc);
	free(pt);
}

static void
player_table(struct strbuf *b, const struct player_list *pl)
{
	size_t i;

	strbuf_puts(b, "<table class=\"spelers\">\n<thead><tr><th class=\"getal\">Nr</th>"
	    "<th>Naam</th><th>Rol</th><th class=\"getal\">Macht</th>"
	    "<th class=\"getal\">Belang</th><th>Kwadrant</th><th>Standpunt</th>"
	    "<th>Kopgroep</th></tr></thead>\n<tbody>\n");
	for (i = 0; i < pl->n; i++) {
		const struct player *p = &pl->v[i];

		strbuf_printf(b, "<tr><td class=\"getal\">%zu</td>", i + 1);
		element(b, "td", NULL, p->name);
		element(b, "td", NULL, p->role);
		strbuf_printf(b, "<td class=\"getal\">%d</td><td class=\"getal\">%d</td>"
		    "<td>%s</td>", p->power, p->interest,
		    report_quadrant_names[report_quadrant(p->power, p->interest) - 1]);
		element(b, "td", NULL, p->standpunt);
		strbuf_printf(b, "<td>%s</td></tr>\n", p->kopgroep ? "ja" : "");
	}
	strbuf_puts(b, "</tbody>\n</table>\n");
}

static void
player_details(struct strbuf *b, const struct player_list *pl)
{
	size_t i;

	strbuf_puts(b, "<ul class=\"analyse\">\n");
	for (i = 0; i < pl->n; i++) {
		const struct player *p = &pl->v[i];
		char *what = report_player_analysis(p);
		char *line = xasprintf("%s%s: %s", p->organisation[0] ? " – " : "",
		    p->organisation, what);

		free(what);
		strbuf_puts(b, "<li><strong>");
		html_text(b, p->name, 0);
		strbuf_puts(b, "</strong>");
		html_text(b, line, 0);
		free(line);
		if (!str_is_blank(p->eigen_belang)) {
			strbuf_puts(b, "<br>\nEigen belang: ");
			html_text(b, p->eigen_belang, 0);
		}
		if (!str_is_blank(p->bijdrage)) {
			strbuf_puts(b, "<br>\nBijdrage: ");
			html_text(b, p->bijdrage, 0);
		}
		strbuf_puts(b, "</li>\n");
	}
	strbuf_puts(b, "</ul>\n");
}

static void
relations(struct strbuf *b, const struct report_coalition *rc)
{
	size_t i;

	if (rc->relations->n == 0)
		return;
	strbuf_puts(b, "<p>Relaties:</p>\n<ul class=\"relaties\">\n");
	for (i = 0; i < rc->relations->n; i++) {
		char *line = report_relation_text(rc, &rc->relations->v[i]);

		element(b, "li", NULL, line);
		free(line);
	}
	strbuf_puts(b, "</ul>\n");
}

static void
players(struct strbuf *b, const struct report *r, const struct report_coalition *rc, int h)
{
	heading(b, h, "Spelers");
	if (rc->players->n == 0) {
		strbuf_puts(b, "<p>Nog geen spelers.</p>\n");
		return;
	}
	player_map(b, rc);
	player_table(b, rc->players);
	if (rc->full)
		player_details(b, rc->players);
	relations(b, rc);
	cite(b, r, report_models[0].source, report_models[0].chapter);
	cite(b, r, report_models[1].source, report_models[1].chapter);
}

static void
typology(struct strbuf *b, const struct report *r, const struct report_coalition *rc)
{
	struct report_field f[REPORT_TYPOLOGY_FIELDS];
	size_t i, n = report_typology(rc, f);

	if (n == 0)
		return;
	heading(b, 2, "Typologie");
	strbuf_puts(b, "<dl class=\"kop\">\n");
	for (i = 0; i < n; i++)
		field(b, f[i].label, f[i].value);
	strbuf_puts(b, "</dl>\n");
	report_fields_free(f, n);
	if (rc->type.chosen != NULL)
		cite(b, r, rc->type.chosen->source, rc->type.chosen->chapter);
}

/* The names on point pt of a pole dilemma, one per line. */
static void
pole_names(struct strbuf *b, const struct dilemma *d, int pt)
{
	size_t i;
	int any = 0;

	for (i = 0; i < d->npositions; i++)
		if (d->positions[i].position == pt) {
			if (any++)
				strbuf_puts(b, "<br>");
			html_text(b, d->positions[i].label[0] ? d->positions[i].label :
			    "(anoniem)", 0);
		}
}

/* The 7-point scale between the poles: the names under their point, the
 * spread shaded and the team's place marked ▲. */
static void
pole_box(struct strbuf *b, const struct dilemma *d)
{
	struct dilemma_spread sp;
	char *spread;
	int pt;

	dilemma_spread(d, &sp);
	strbuf_puts(b, "<table class=\"schaal\">\n<thead><tr>");
	element(b, "th", "pool", d->pole_a);
	for (pt = 1; pt <= 7; pt++)
		strbuf_printf(b, "<th scope=\"col\">%d</th>", pt);
	element(b, "th", "pool", d->pole_b);
	strbuf_puts(b, "</tr></thead>\n<tbody>\n<tr><td></td>");
	for (pt = 1; pt <= 7; pt++) {
		strbuf_printf(b, "<td%s>", sp.count > 0 && pt >= sp.low && pt <= sp.high ?
		    " class=\"binnen\"" : "");
		pole_names(b, d, pt);
		strbuf_puts(b, "</td>");
	}
	strbuf_puts(b, "<td></td></tr>\n<tr class=\"team\"><td>Team</td>");
	for (pt = 1; pt <= 7; pt++)
		strbuf_printf(b, "<td>%s</td>", pt == d->team_position ? "▲" : "");
	strbuf_puts(b, "<td></td></tr>\n</tbody>\n</table>\n");
	if ((spread = report_spread_text(d)) != NULL) {
		strbuf_puts(b, "<p>");
		html_text(b, spread, 0);
		strbuf_puts(b, d->team_position ? "; ▲ = plaats van het team.</p>\n" : ".</p>\n");
		free(spread);
	}
}

/* The choices made, as a tally with a bar per option. */
static void
choice_box(struct strbuf *b, const struct dilemma *d)
{
	int *counts = xcalloc(d->noptions + 1, sizeof(*counts)), most = 1;
	size_t k;

	dilemma_tally(d, counts);
	for (k = 0; k < d->noptions; k++)
		most = counts[k] > most ? counts[k] : most;
	strbuf_puts(b, "<table class=\"keuze\">\n<thead><tr><th>Keuze</th>"
	    "<th class=\"getal\">Aantal</th><th></th></tr></thead>\n<tbody>\n");
	for (k = 0; k < d->noptions; k++) {
		strbuf_puts(b, "<tr>");
		element(b, "td", NULL, d->options[k]);
		strbuf_printf(b, "<td class=\"getal\">%d</td><td class=\"balk\"><svg width=\"200\" "
		    "height=\"12\" viewBox=\"0 0 200 12\" aria-hidden=\"true\"><rect width=\"%d\" "
		    "height=\"12\" fill=\"#2166ac\"/></svg></td></tr>\n", counts[k],
		    200 * counts[k] / most);
	}
	strbuf_puts(b, "</tbody>\n</table>\n");
	free(counts);
}

/* The arguments of one situation and stance, a list in one cell. */
static void
arguments(struct strbuf *b, const struct dilemma *d, const char *situation, const char *stance)
{
	size_t k;

	strbuf_puts(b, "<td><ul>");
	for (k = 0; k < d->narguments; k++)
		if (strcmp(d->arguments[k].situation, situation) == 0 &&
		    strcmp(d->arguments[k].stance, stance) == 0)
			element(b, "li", NULL, d->arguments[k].text);
	strbuf_puts(b, "</ul></td>");
}

static void
procontra_row(struct strbuf *b, const struct dilemma *d, const char *label,
    const char *situation, const char *text)
{
	strbuf_printf(b, "<tr><th scope=\"row\">%s<br><span class=\"pool\">", label);
	html_text(b, text, 0);
	strbuf_puts(b, "</span></th>");
	arguments(b, d, situation, "voor");
	arguments(b, d, situation, "tegen");
	strbuf_puts(b, "</tr>\n");
}

/* Pro and contra of the current and the new situation: the 2 × 2 table. */
static void
procontra_box(struct strbuf *b, const struct dilemma *d)
{
	strbuf_puts(b, "<table class=\"procontra\">\n<thead><tr><th></th><th>Voor</th>"
	    "<th>Tegen</th></tr></thead>\n<tbody>\n");
	procontra_row(b, d, "Huidige situatie", "huidig", d->pole_a);
	procontra_row(b, d, "Nieuwe situatie", "nieuw", d->pole_b);
	strbuf_puts(b, "</tbody>\n</table>\n");
	if (!str_is_blank(d->between_text)) {
		strbuf_puts(b, "<p><strong>Ertussenin:</strong> ");
		html_text(b, d->between_text, 0);
		strbuf_puts(b, "</p>\n");
	}
}

static void
dilemmas(struct strbuf *b, const struct report *r, const struct report_coalition *rc, int h)
{
	const struct dilemma_list *dl = rc->dilemmas;
	const struct cat_dilemma *origin;
	size_t i;

	if (dl->n == 0)
		return;
	heading(b, h, "Dilemma's");
	for (i = 0; i < dl->n; i++) {
		const struct dilemma *d = &dl->v[i];

		strbuf_puts(b, "<div class=\"vak\">\n");
		heading(b, h + 1, d->title);
		if (strcmp(d->form, "pool") == 0)
			pole_box(b, d);
		else if (strcmp(d->form, "keuze") == 0)
			choice_box(b, d);
		else
			procontra_box(b, d);
		if (!str_is_blank(d->rationale)) {
			strbuf_puts(b, "<p><strong>Waarom:</strong> ");
			html_text(b, d->rationale, 0);
			strbuf_puts(b, "</p>\n");
		}
		if ((origin = report_dilemma_origin(r, d)) != NULL)
			cite(b, r, origin->source, origin->chapter);
		strbuf_puts(b, "</div>\n");
	}
}

static void
rest(struct strbuf *b, const struct report_coalition *rc)
{
	size_t i;

	if (rc->collaborations->n > 0) {
		heading(b, 2, "Andere samenwerkingen op het terrein");
		strbuf_puts(b, "<ul>\n");
		for (i = 0; i < rc->collaborations->n; i++) {
			const struct collaboration *c = &rc->collaborations->v[i];
			char *line = xasprintf("%s (%s)%s%s", c->name, c->stance,
			    c->description[0] ? ": " : "", c->description);

			strbuf_puts(b, "<li>");
			html_text(b, line, 0);
			if (c->note[0]) {
				strbuf_puts(b, "<br>\n");
				html_text(b, c->note, 0);
			}
			strbuf_puts(b, "</li>\n");
			free(line);
		}
		strbuf_puts(b, "</ul>\n");
	}
	if (rc->notes->n > 0) {
		heading(b, 2, "Notities");
		strbuf_puts(b, "<ul>\n");
		for (i = 0; i < rc->notes->n; i++)
			element(b, "li", NULL, rc->notes->v[i].text);
		strbuf_puts(b, "</ul>\n");
	}
}

static void
open_questions(struct strbuf *b, const struct report *r, const struct report_coalition *rc,
    int h)
{
	char *title;
	size_t i;

	if (rc->nopen == 0 || rc->open_form == NULL)
		return;
	title = xasprintf("Open vragen: %s", rc->open_form->title);
	heading(b, h, title);
	free(title);
	strbuf_puts(b, "<ul class=\"open\">\n");
	for (i = 0; i < rc->nopen; i++)
		element(b, "li", NULL, rc->open[i].item->prompt);
	strbuf_puts(b, "</ul>\n");
	cite(b, r, rc->open_form->source, rc->open_form->chapter);
}

static void
sources(struct strbuf *b, const struct report *r)
{
	size_t i;

	if (r->nsources == 0)
		return;
	heading(b, 2, "Bronnen");
	strbuf_puts(b, "<ul class=\"bronnen\">\n");
	for (i = 0; i < r->nsources; i++) {
		char *ref = report_reference(r->sources[i]);

		element(b, "li", NULL, ref);
		free(ref);
	}
	strbuf_puts(b, "</ul>\n");
}

static void
coalition_full(struct strbuf *b, const struct report *r, const struct report_coalition *rc)
{
	strbuf_puts(b, "<dl class=\"kop\">\n");
	field(b, "Fase", coalition_phase_label(rc->c->phase));
	field(b, "Opgave", rc->opgave);
	field(b, "Coalitiedoel", rc->doel);
	if (rc->c->archived)
		field(b, "Status", "gearchiveerd");
	strbuf_puts(b, "</dl>\n");
	grid(b, r, rc);
	sections(b, r, rc);
	players(b, r, rc, 2);
	typology(b, r, rc);
	dilemmas(b, r, rc, 2);
	rest(b, rc);
	open_questions(b, r, rc, 2);
}

static void
session(struct strbuf *b, const struct report *r)
{
	const struct session_rec *s = r->session;
	struct strbuf who = { 0 };
	char *title;
	size_t i, k;

	strbuf_puts(b, "<dl class=\"kop\">\n");
	field(b, "Datum", s->date);
	field(b, "Plaats", s->place);
	if (!str_is_blank(s->facilitator))
		field(b, "Facilitator", s->facilitator);
	for (i = 0; i < r->nattendees; i++)
		strbuf_printf(&who, "%s%s", i > 0 ? ", " : "", r->attendees[i]);
	field(b, "Aanwezig", who.s);
	strbuf_free(&who);
	strbuf_puts(b, "</dl>\n");
	heading(b, 2, "Agenda");
	strbuf_puts(b, r->ncoalitions == 0 ? "<p>Geen coalitie besproken.</p>\n" : "<ul>\n");
	for (i = 0; i < r->ncoalitions; i++)
		element(b, "li", NULL, r->coalitions[i].c->name);
	if (r->ncoalitions > 0)
		strbuf_puts(b, "</ul>\n");
	for (i = 0; i < r->ncoalitions; i++) {
		const struct report_coalition *rc = &r->coalitions[i];

		title = xasprintf("Coalitie: %s", rc->c->name);
		strbuf_puts(b, "<section>\n");
		heading(b, 2, title);
		free(title);
		heading(b, 3, "Toegevoegd of gewijzigd");
		if (rc->nchanges == 0)
			strbuf_puts(b, "<p>Niets: in deze sessie is geen antwoord bewaard.</p>\n");
		else
			strbuf_puts(b, "<dl class=\"vragen\">\n");
		for (k = 0; k < rc->nchanges; k++)
			question(b, r, rc->changes[k].item, rc->changes[k].item_key,
			    rc->changes[k].value);
		if (rc->nchanges > 0)
			strbuf_puts(b, "</dl>\n");
		players(b, r, rc, 3);
		dilemmas(b, r, rc, 3);
		open_questions(b, r, rc, 3);
		strbuf_puts(b, "</section>\n");
	}
}

/* An intervisie day's questions, with advice and actions. */
static void
questions(struct strbuf *b, const struct report *r)
{
	struct report_question rq;
	size_t i, k;

	heading(b, 2, "Intervisievragen");
	if (r->questions->n == 0)
		strbuf_puts(b, "<p>Geen vragen ingebracht.</p>\n");
	for (i = 0; i < r->questions->n; i++) {
		report_question(&r->questions->v[i], &rq);
		strbuf_puts(b, "<section>\n");
		heading(b, 3, rq.heading);
		if (rq.nfields > 0)
			strbuf_puts(b, "<dl class=\"kop\">\n");
		for (k = 0; k < rq.nfields; k++)
			field(b, rq.fields[k].label, rq.fields[k].value);
		if (rq.nfields > 0)
			strbuf_puts(b, "</dl>\n");
		if (rq.nadvice > 0) {
			heading(b, 4, "Adviezen");
			strbuf_puts(b, "<ul>\n");
			for (k = 0; k < rq.nadvice; k++)
				element(b, "li", NULL, rq.advice[k]);
			strbuf_puts(b, "</ul>\n");
		}
		if (rq.nactions > 0) {
			heading(b, 4, "Acties");
			strbuf_puts(b, "<ul>\n");
			for (k = 0; k < rq.nactions; k++)
				element(b, "li", NULL, rq.actions[k]);
			strbuf_puts(b, "</ul>\n");
		}
		strbuf_puts(b, "</section>\n");
		report_question_clear(&rq);
	}
}

/* An intervisie group: members, days with their questions, themes. */
static void
group(struct strbuf *b, const struct report *r)
{
	const struct report_group *g = r->group;
	struct strbuf who = { 0 };
	char *line;
	size_t i, k;

	strbuf_puts(b, "<dl class=\"kop\">\n");
	for (i = 0; i < g->nmembers; i++)
		strbuf_printf(&who, "%s%s", i > 0 ? ", " : "", g->members[i]);
	field(b, "Leden", who.s);
	strbuf_free(&who);
	strbuf_puts(b, "</dl>\n");
	heading(b, 2, "Intervisiedagen");
	strbuf_puts(b, g->ndays == 0 ? "<p>Nog geen intervisiedagen.</p>\n" : "<ul>\n");
	for (i = 0; i < g->ndays; i++) {
		line = report_day_line(&g->days[i]);
		strbuf_puts(b, "<li>");
		html_text(b, line, 0);
		free(line);
		if (g->days[i].questions->n > 0)
			strbuf_puts(b, "\n<ul>\n");
		for (k = 0; k < g->days[i].questions->n; k++) {
			line = report_question_line(&g->days[i].questions->v[k]);
			element(b, "li", NULL, line);
			free(line);
		}
		if (g->days[i].questions->n > 0)
			strbuf_puts(b, "</ul>\n");
		strbuf_puts(b, "</li>\n");
	}
	if (g->ndays > 0)
		strbuf_puts(b, "</ul>\n");
	heading(b, 2, "Terugkerende thema's");
	strbuf_puts(b, g->nthemes == 0 ? "<p>Nog geen thema's.</p>\n" : "<ul>\n");
	for (i = 0; i < g->nthemes; i++) {
		line = report_theme_line(&g->themes[i]);
		element(b, "li", NULL, line);
		free(line);
	}
	if (g->nthemes > 0)
		strbuf_puts(b, "</ul>\n");
}

/* The harvest: each lesson with the questions it came from. */
static void
lessons(struct strbuf *b, const struct report *r)
{
	char *line;
	size_t i;

	heading(b, 2, "Oogst: lessen");
	if (r->nlessons == 0)
		element(b, "p", NULL, r->group != NULL ? "Nog geen lessen." :
		    "Geen lessen uit de vragen van deze dag.");
	else
		strbuf_puts(b, "<ul>\n");
	for (i = 0; i < r->nlessons; i++) {
		line = report_lesson_line(&r->lessons[i]);
		element(b, "li", NULL, line);
		free(line);
	}
	if (r->nlessons > 0)
		strbuf_puts(b, "</ul>\n");
}

int
export_html(const struct report *r, struct strbuf *out, char **cause)
{
	char *title = report_title(r);

	(void)cause;
	strbuf_puts(out, "<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n"
	    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
	    "<meta name=\"generator\" content=\"Vitaal\">\n<title>");
	html_text(out, title, 0);
	strbuf_printf(out, "</title>\n<style>\n%s</style>\n</head>\n<body>\n<main>\n", style);
	heading(out, 1, title);
	free(title);
	if (r->group != NULL)
		group(out, r);
	else if (r->session != NULL)
		session(out, r);
	else
		coalition_full(out, r, &r->coalitions[0]);
	if (r->questions != NULL)
		questions(out, r);
	if (r->lessons != NULL)
		lessons(out, r);
	sources(out, r);
	strbuf_puts(out, "</main>\n<footer><p>Samenvatting uit Vitaal, werkboek voor vitale "
	    "coalities.</p></footer>\n</body>\n</html>\n");
	return 0;
}
