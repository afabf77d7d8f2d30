/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * export_txt.c: plain-text summaries for an e-mail body. Every line fits
 * EXPORT_TXT_COLS columns (utf8_wrap), headings are underlined with as
 * many '=' or '-' as they are wide, and answers keep their paragraphs.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "vitaal/catalogue.h"
#include "vitaal/export.h"
#include "vitaal/intervisie.h"
#include "vitaal/session.h"
#include "vitaal/utf8.h"
#include "vitaal/util.h"

/* A heading and its underline of ch, one display column per column. */
static void
heading(struct strbuf *b, const char *text, char ch)
{
	size_t i, w = utf8_width(text);

	strbuf_printf(b, "%s\n", text);
	for (i = 0; i < w && i < EXPORT_TXT_COLS; i++)
		strbuf_printf(b, "%c", ch);
	strbuf_puts(b, "\n\n");
}

/* text wrapped to the line width: the first line after first (which is
 * first_w columns wide, e.g. a label), the others indented by indent. */
static void
wrapped(struct strbuf *b, const char *first, size_t indent, const char *text)
{
	struct utf8_line *lines;
	size_t n, i, k;

	n = utf8_wrap(text, EXPORT_TXT_COLS - indent, &lines);
	for (i = 0; i < n; i++) {
		if (i == 0)
			strbuf_puts(b, first);
		else
			for (k = 0; k < indent; k++)
				strbuf_puts(b, " ");
		strbuf_printf(b, "%.*s\n", (int)lines[i].len, text + lines[i].start);
	}
	if (n == 0)
		strbuf_printf(b, "%s\n", first);
	free(lines);
}

/* A label of 14 columns and its value, wrapped under the value. */
static void
field(struct strbuf *b, const char *label, const char *value)
{
	char *first = xasprintf("%-14s", label);

	wrapped(b, first, 14, value[0] != '\0' ? value : "–");
	free(first);
}

/* Where an item comes from, as the exports cite it. */
static char *
source_of(const struct catalogue *cat, const struct cat_item *it)
{
	const struct cat_source *src = it->source != NULL ? catalogue_source(cat, it->source) : NULL;

	if (src == NULL)
		return NULL;
	return xasprintf("Bron: %s%s%s", src->short_name != NULL ? src->short_name : src->key,
	    it->chapter != NULL && it->chapter[0] != '\0' ? ", " : "",
	    it->chapter != NULL ? it->chapter : "");
}

/* Is change k the last of its question in this session? The summary
 * shows what an answer became, not every autosave on the way. */
static int
last_of_its_item(const struct session_change *ch, size_t n, size_t k)
{
	size_t j;

	for (j = k + 1; j < n; j++)
		if (strcmp(ch[j].coalition, ch[k].coalition) == 0 &&
		    strcmp(ch[j].item_key, ch[k].item_key) == 0)
			return 0;
	return 1;
}

static void
changes(struct strbuf *b, const struct catalogue *cat, const struct session_change *ch,
    size_t n, char **agenda, size_t nagenda)
{
	size_t a, k, shown = 0;

	heading(b, "Toegevoegd of gewijzigd", '-');
	/* Per coalition of the agenda (alphabetical), then in the order of
	 * the session; a coalition worked on but missing from the agenda
	 * cannot occur (saving puts it there), and would be left out. */
	for (a = 0; a < nagenda; a++) {
		int named = 0;

		for (k = 0; k < n; k++) {
			const struct cat_item *it;
			char *cite;

			if (strcmp(ch[k].coalition, agenda[a]) != 0 || !last_of_its_item(ch, n, k))
				continue;
			if (!named) {
				wrapped(b, "", 0, agenda[a]);
				named = 1;
			}
			it = catalogue_item(cat, ch[k].item_key);
			wrapped(b, "  ", 2, it != NULL ? it->prompt : ch[k].item_key);
			if (str_is_blank(ch[k].value))
				wrapped(b, "    ", 4, "(gewist)");
			else {
				/* Paragraph by paragraph, so the wrap keeps them. */
				char *copy = xstrdup(ch[k].value), *p = copy, *nl;

				do {
					if ((nl = strchr(p, '\n')) != NULL)
						*nl = '\0';
					wrapped(b, "    ", 4, p);
					p = nl != NULL ? nl + 1 : NULL;
				} while (p != NULL);
				free(copy);
			}
			if (it != NULL && (cite = source_of(cat, it)) != NULL) {
				wrapped(b, "    ", 4, cite);
				free(cite);
			}
			strbuf_puts(b, "\n");
			shown++;
		}
	}
	if (shown == 0)
		strbuf_puts(b, "Niets: in deze sessie is geen antwoord bewaard.\n\n");
}

int
export_session_txt(struct store *st, const struct catalogue *cat, int64_t id, char **out,
    char **cause)
{
	struct session_rec_list *l;
	struct participant_list *pl = NULL;
	struct session_change *ch = NULL;
	const struct session_rec *r = NULL;
	struct strbuf b = { 0 }, who = { 0 };
	char **agenda = NULL, *title;
	size_t i, n = 0, nagenda = 0;
	int ret = -1;

	*out = NULL;
	if ((l = session_list(st, cause)) == NULL)
		return -1;
	for (i = 0; i < l->n; i++)
		if (l->v[i].id == id)
			r = &l->v[i];
	if (r == NULL) {
		if (cause != NULL)
			*cause = xasprintf("geen sessie met nummer %lld", (long long)id);
		goto out;
	}
	if ((pl = iday_attendees(st, id, cause)) == NULL ||
	    (agenda = session_agenda(st, id, &nagenda, cause)) == NULL ||
	    (ch = session_changes(st, id, &n, cause)) == NULL)
		goto out;

	title = xasprintf("%c%s: %s", r->kind[0] - 'a' + 'A', r->kind + 1, r->title);
	heading(&b, title, '=');
	free(title);
	field(&b, "Datum:", r->date);
	field(&b, "Plaats:", r->place);
	field(&b, "Facilitator:", r->facilitator);
	for (i = 0; i < pl->n; i++)
		strbuf_printf(&who, "%s%s", i > 0 ? ", " : "", pl->v[i].name);
	field(&b, "Aanwezig:", who.s != NULL ? who.s : "");
	strbuf_puts(&b, "\n");
	heading(&b, "Agenda", '-');
	for (i = 0; i < nagenda; i++)
		wrapped(&b, "- ", 2, agenda[i]);
	if (nagenda == 0)
		strbuf_puts(&b, "Geen coalitie besproken.\n");
	strbuf_puts(&b, "\n");
	changes(&b, cat, ch, n, agenda, nagenda);
	strbuf_puts(&b, "-- \nSamenvatting uit Vitaal, werkboek voor vitale coalities.\n");
	*out = b.s;
	b.s = NULL;
	ret = 0;
out:
	strbuf_free(&b);
	strbuf_free(&who);
	participant_list_free(pl);
	for (i = 0; agenda != NULL && i < nagenda; i++)
		free(agenda[i]);
	free(agenda);
	session_changes_free(ch, n);
	session_rec_list_free(l);
	return ret;
}
