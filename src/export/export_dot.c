/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * export_dot.c: the player map as a Graphviz digraph, for `dot -Tpng`.
 * A node per player, sized by power and ranked by it (the most powerful
 * on top), shaped and coloured by role, with a double border for the
 * kopgroep; an edge per relation, styled by kind, as thick as it is
 * strong. A session draws one cluster per coalition on its agenda.
 *
 * User text is never DOT syntax: node ids are generated (p1, p2, …) and
 * every name or note goes out as a quoted string through quoted(), the
 * one place where DOT escaping lives. Numbers are written as integers
 * (tenths by hand), so a Dutch LC_NUMERIC cannot turn 1.5 into 1,5.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "vitaal/export.h"
#include "vitaal/player.h"
#include "vitaal/report.h"
#include "vitaal/utf8.h"
#include "vitaal/util.h"

#define DOT_FONT	"Liberation Sans"
#define DOT_NAME_COLS	22	/* a name wider than this wraps inside its node */
#define DOT_NOTE_COLS	26	/* and a note on an edge */

/* How a role looks, in the order of player_roles. */
static const struct role_look {
	const char	*shape;
	const char	*fill;
	const char	*style;
} role_looks[PLAYER_NROLES] = {
	{ "house",	"#fdd0a2", "filled" },		/* initiatiefnemer */
	{ "box",	"#a1d99b", "filled" },		/* drager */
	{ "ellipse",	"#fff7bc", "filled" },		/* schrager */
	{ "hexagon",	"#dadaeb", "filled" },		/* afnemer */
	{ "octagon",	"#c6dbef", "filled" },		/* regisseur */
	{ "ellipse",	"#f0f0f0", "filled,dashed" },	/* buitenstaander */
};

/* How a relation kind looks, in the order of relation_kinds: colour,
 * line, arrow. A colour list ("a:b:a") draws parallel lines. */
static const struct kind_look {
	const char	*color;
	const char	*style;
	const char	*dir;
	const char	*arrowhead;
	const char	*arrowtail;
} kind_looks[RELATION_NKINDS] = {
	{ "#2171b5",			"solid",  "none",    "normal", "none" },	/* samenwerking */
	{ "#d7301f",			"dashed", "forward", "tee",    "none" },	/* spanning */
	{ "#525252",			"dotted", "forward", "normal", "none" },	/* afhankelijkheid */
	{ "#238b45",			"solid",  "forward", "empty",  "none" },	/* financiering */
	{ "#6a51a3",			"solid",  "both",    "vee",    "odot" },	/* opdrachtgever */
	{ "#8c510a:#ffffff:#8c510a",	"solid",  "forward", "normal", "none" },	/* keten */
};

static const struct role_look *
role_look(const char *role)
{
	int i = str_index(player_roles, PLAYER_NROLES, role);

	return &role_looks[i < 0 ? PLAYER_NROLES - 1 : i];
}

/* s made safe (valid UTF-8, no control characters, tabs as spaces) and,
 * when cols > 0, wrapped at spaces to lines of at most cols columns.
 * Allocated; caller frees. */
static char *
clean(const char *s, size_t cols)
{
	char *t = utf8_sanitize(s != NULL ? s : "", s != NULL ? strlen(s) : 0), *p;
	struct utf8_line *lines;
	struct strbuf b = { 0 };
	size_t n, i;

	for (p = t; *p != '\0'; p++)
		if (*p == '\t')
			*p = ' ';
	if (cols == 0)
		return t;
	n = utf8_wrap(t, cols, &lines);
	strbuf_add(&b, "", 0);
	for (i = 0; i < n; i++) {
		if (i > 0)
			strbuf_putc(&b, '\n');
		strbuf_add(&b, t + lines[i].start, lines[i].len);
	}
	free(lines);
	free(t);
	return strbuf_take(&b);
}

/* s as a DOT string: quoted, cleaned, '"' and '\' escaped and each
 * newline the escape \n, so no user text can end the string. */
static void
quoted(struct strbuf *b, const char *s)
{
	char *t = clean(s, 0), *p;

	strbuf_putc(b, '"');
	for (p = t; *p != '\0'; p++) {
		if (*p == '\n') {
			strbuf_puts(b, "\\n");
			continue;
		}
		if (*p == '"' || *p == '\\')
			strbuf_putc(b, '\\');
		strbuf_putc(b, *p);
	}
	strbuf_putc(b, '"');
	free(t);
}

/* A number of tenths as a DOT float ("1.5"). */
static void
tenths(struct strbuf *b, const char *attr, int v)
{
	strbuf_printf(b, ", %s=%d.%d", attr, v / 10, v % 10);
}

static int
clamp_power(int power)
{
	return power < 0 ? 0 : power > 5 ? 5 : power;
}

/* "Bron: …" lines for the models a player map draws. Allocated. */
static char *
map_sources(const struct report *r)
{
	struct strbuf b = { 0 };
	size_t k;

	strbuf_add(&b, "", 0);
	for (k = 0; k < 2; k++) {
		char *c = report_cite(r, report_models[k].source, report_models[k].chapter);

		if (c != NULL)
			strbuf_printf(&b, "\nBron: %s", c);
		free(c);
	}
	return strbuf_take(&b);
}

/* One player as node p<id>: the name (wrapped) over its role and scores. */
static void
player_node(struct strbuf *b, const char *in, size_t id, const struct player *p)
{
	const struct role_look *look = role_look(p->role);
	int power = clamp_power(p->power);
	char *name = clean(p->name, DOT_NAME_COLS), *label;

	label = xasprintf("%s\n%s, macht %d, belang %d%s", name, p->role, p->power,
	    p->interest, p->kopgroep ? ", kopgroep" : "");
	strbuf_printf(b, "%sp%zu [label=", in, id);
	quoted(b, label);
	strbuf_printf(b, ", shape=%s, style=\"%s%s\", fillcolor=\"%s\", fontsize=%d",
	    look->shape, look->style, p->kopgroep ? ",bold" : "", look->fill, 10 + 2 * power);
	tenths(b, "width", 10 + 3 * power);
	tenths(b, "height", 5 + power);
	if (p->kopgroep)
		strbuf_puts(b, ", peripheries=2");
	strbuf_puts(b, "];\n");
	free(label);
	free(name);
}

/* The node number of player id in a coalition whose first node is first;
 * 0 when the player is not on the map. */
static size_t
node_of(const struct report_coalition *rc, size_t first, int64_t id)
{
	size_t i;

	for (i = 0; i < rc->players->n; i++)
		if (rc->players->v[i].id == id)
			return first + i;
	return 0;
}

static void
relation_edge(struct strbuf *b, const char *in, const struct report_coalition *rc,
    size_t first, const struct relation *rel)
{
	int k = str_index(relation_kinds, RELATION_NKINDS, rel->kind);
	size_t from = node_of(rc, first, rel->from_player), to = node_of(rc, first, rel->to_player);
	const struct kind_look *look = &kind_looks[k < 0 ? 0 : k];
	int strength = rel->strength < 1 ? 1 : rel->strength > 5 ? 5 : rel->strength;
	char *note;

	if (from == 0 || to == 0)
		return;
	strbuf_printf(b, "%sp%zu -> p%zu [color=\"%s\", style=%s, dir=%s, arrowhead=%s, "
	    "arrowtail=%s", in, from, to, look->color, look->style, look->dir, look->arrowhead,
	    look->arrowtail);
	tenths(b, "penwidth", 5 + 6 * strength);
	if (!str_is_blank(rel->note)) {
		note = clean(rel->note, DOT_NOTE_COLS);
		strbuf_puts(b, ", label=");
		quoted(b, note);
		free(note);
	}
	/* Relations must not pull a player off its power rank. */
	strbuf_puts(b, ", constraint=false];\n");
}

/* The players of one coalition, nodes p<first>…, each power level on
 * its own rank behind an axis label c<ci>m<level>, top to bottom. Returns
 * the id of the lowest axis node's level, or -1 with no players. */
static int
coalition_map(struct strbuf *b, const char *in, size_t ci, const struct report_coalition *rc,
    size_t first)
{
	const struct player_list *pl = rc->players;
	int level, prev = -1;
	size_t i;

	if (pl->n == 0) {
		strbuf_printf(b, "%sc%zuleeg [shape=plaintext, label=\"Nog geen spelers.\"];\n",
		    in, ci);
		return -1;
	}
	for (i = 0; i < pl->n; i++)
		player_node(b, in, first + i, &pl->v[i]);
	for (level = 5; level >= 0; level--) {
		int any = 0;

		for (i = 0; i < pl->n; i++)
			if (clamp_power(pl->v[i].power) == level) {
				if (!any)
					strbuf_printf(b, "%sc%zum%d [shape=plaintext, fontcolor=\"#737373\", "
					    "label=\"macht %d\"];\n%s{ rank=same; c%zum%d;", in, ci, level,
					    level, in, ci, level);
				strbuf_printf(b, " p%zu;", first + i);
				any = 1;
			}
		if (!any)
			continue;
		strbuf_puts(b, " }\n");
		/* A flat edge keeps the axis label left of its rank. */
		for (i = 0; i < pl->n; i++)
			if (clamp_power(pl->v[i].power) == level) {
				strbuf_printf(b, "%sc%zum%d -> p%zu [style=invis];\n", in, ci, level,
				    first + i);
				break;
			}
		if (prev >= 0)
			strbuf_printf(b, "%sc%zum%d -> c%zum%d [style=invis];\n", in, ci, prev, ci,
			    level);
		prev = level;
	}
	for (i = 0; i < rc->relations->n; i++)
		relation_edge(b, in, rc, first, &rc->relations->v[i]);
	return prev;
}

/* The legend below the maps: a node per role, the kopgroep's border, an
 * edge per relation kind. low is where to hang it: the lowest axis node
 * of each coalition ("c<ci>m<level>"), as a list of ids. */
static void
legend(struct strbuf *b, const char *low)
{
	size_t i;

	strbuf_puts(b, "\tsubgraph cluster_legenda {\n\t\tlabel=\"Legenda\";\n"
	    "\t\tfontsize=12;\n\t\tcolor=\"#bdbdbd\";\n");
	for (i = 0; i < PLAYER_NROLES; i++)
		strbuf_printf(b, "\t\tl%zu [label=\"%s\", shape=%s, style=\"%s\", "
		    "fillcolor=\"%s\"];\n", i + 1, player_roles[i], role_looks[i].shape,
		    role_looks[i].style, role_looks[i].fill);
	strbuf_printf(b, "\t\tl%d [label=\"kopgroep\", shape=box, style=\"filled,bold\", "
	    "fillcolor=\"#ffffff\", peripheries=2];\n", PLAYER_NROLES + 1);
	strbuf_printf(b, "\t\tl%d [shape=plaintext, label=\"Grootte en hoogte: macht\\n"
	    "Lijndikte: sterkte van de relatie\"];\n", PLAYER_NROLES + 2);
	strbuf_puts(b, "\t\t{ rank=same;");
	for (i = 1; i <= PLAYER_NROLES + 2; i++)
		strbuf_printf(b, " l%zu;", i);
	strbuf_puts(b, " }\n\t\t{ rank=same;");
	for (i = 0; i < RELATION_NKINDS; i++)
		strbuf_printf(b, " k%zua; k%zub;", i + 1, i + 1);
	strbuf_puts(b, " }\n\t\t");
	/* Flat invisible edges keep both rows in reading order. */
	for (i = 1; i <= PLAYER_NROLES + 2; i++)
		strbuf_printf(b, "l%zu%s", i, i <= PLAYER_NROLES + 1 ? " -> " : " [style=invis];\n\t\t");
	for (i = 1; i < RELATION_NKINDS; i++)
		strbuf_printf(b, "k%zub -> k%zua [style=invis];%s", i, i + 1,
		    i < RELATION_NKINDS - 1 ? " " : "\n");
	for (i = 0; i < RELATION_NKINDS; i++) {
		const struct kind_look *look = &kind_looks[i];

		strbuf_printf(b, "\t\tk%zua [shape=point, width=0.05, color=\"#bdbdbd\"];\n"
		    "\t\tk%zub [shape=point, width=0.05, color=\"#bdbdbd\"];\n", i + 1, i + 1);
		strbuf_printf(b, "\t\tk%zua -> k%zub [label=\"%s\", color=\"%s\", style=%s, "
		    "dir=%s, arrowhead=%s, arrowtail=%s, penwidth=2.0, minlen=2];\n", i + 1, i + 1,
		    relation_kind_label(relation_kinds[i]), look->color, look->style, look->dir,
		    look->arrowhead, look->arrowtail);
	}
	strbuf_puts(b, "\t\tl1 -> k1a [style=invis];\n\t}\n");
	if (low[0] != '\0')
		strbuf_printf(b, "\t{%s } -> l1 [style=invis];\n", low);
}

static void
graph_open(struct strbuf *b, const struct report *r, const char *title)
{
	char *src = map_sources(r), *label = xasprintf("%s%s", title, src);

	strbuf_puts(b, "digraph spelerskaart {\n\tgraph [newrank=true, labelloc=t, fontname=\""
	    DOT_FONT "\", fontsize=16, nodesep=0.4, ranksep=0.5, compound=true];\n"
	    "\tnode [fontname=\"" DOT_FONT "\", color=\"#404040\"];\n"
	    "\tedge [fontname=\"" DOT_FONT "\", fontsize=10];\n\tlabel=");
	quoted(b, label);
	strbuf_puts(b, ";\n");
	free(label);
	free(src);
}

int
export_dot(const struct report *r, struct strbuf *out, char **cause)
{
	struct strbuf low = { 0 };
	size_t i, first = 1;
	char *title;

	if (r->group != NULL) {
		if (cause != NULL)
			*cause = xstrdup("een intervisiegroep heeft geen spelerskaart; kies txt, odt, "
			    "md of html");
		return -1;
	}
	if (r->session != NULL) {
		char *t = report_session_title(r->session);

		title = xasprintf("Spelerskaart – %s (%s)", t, r->session->date);
		free(t);
	} else
		title = xasprintf("Spelerskaart: %s", r->coalitions[0].c->name);
	graph_open(out, r, title);
	free(title);
	strbuf_add(&low, "", 0);
	for (i = 0; i < r->ncoalitions; i++) {
		const struct report_coalition *rc = &r->coalitions[i];
		const char *in = r->session != NULL ? "\t\t" : "\t";
		int level;

		if (r->session != NULL) {
			strbuf_printf(out, "\tsubgraph cluster_c%zu {\n\t\tlabel=", i + 1);
			quoted(out, rc->c->name);
			strbuf_puts(out, ";\n\t\tfontsize=14;\n\t\tcolor=\"#969696\";\n");
		}
		if ((level = coalition_map(out, in, i + 1, rc, first)) >= 0)
			strbuf_printf(&low, " c%zum%d;", i + 1, level);
		else
			strbuf_printf(&low, " c%zuleeg;", i + 1);
		first += rc->players->n;
		if (r->session != NULL)
			strbuf_puts(out, "\t}\n");
	}
	if (r->ncoalitions == 0)
		strbuf_puts(out, "\tleeg [shape=plaintext, label=\"Geen coalitie besproken.\"];\n");
	legend(out, low.s);
	strbuf_puts(out, "}\n");
	strbuf_free(&low);
	return 0;
}
