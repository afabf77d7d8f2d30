/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * export_selfanalysis.c: one self-analysis as text or Markdown, to bring
 * to an intervisie group: the questionnaire with its source, then every
 * question with the answer as it is now. No history: drafts stay with
 * their writer. Only the owner's own analysis can be read (the model asks
 * the store with the owner as viewer).
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "vitaal/catalogue.h"
#include "vitaal/export.h"
#include "vitaal/intervisie.h"
#include "vitaal/utf8.h"
#include "vitaal/util.h"

/* text wrapped to the e-mail width, each line after indent spaces;
 * control characters (but newlines) become spaces, so nothing an answer
 * holds can reach a terminal as an escape. */
static void
wrap(struct strbuf *b, size_t indent, const char *text)
{
	struct utf8_line *lines;
	char *t = xstrdup(text), *p;
	size_t n, i;

	for (p = t; *p != '\0'; p++)
		if ((unsigned char)*p < 0x20 && *p != '\n')
			*p = ' ';
	n = utf8_wrap(t, EXPORT_TXT_COLS - indent, &lines);
	for (i = 0; i < n; i++)
		strbuf_printf(b, "%*s%.*s\n", (int)indent, "", (int)lines[i].len, t + lines[i].start);
	free(lines);
	free(t);
}

int
export_selfanalysis(struct store *st, const struct catalogue *cat,
    const struct self_analysis_rec *a, int md, struct strbuf *out, char **cause)
{
	const struct cat_form *f = catalogue_form(cat, a->form_key);
	size_t first, n, i, k = 0;
	char *v;

	if (f == NULL) {
		*cause = xasprintf("onbekende vragenlijst '%s'", a->form_key);
		return -1;
	}
	if (md) {
		strbuf_printf(out, "# Zelfanalyse: %s\n\n", a->title[0] != '\0' ? a->title : f->title);
		strbuf_printf(out, "- **Van:** %s\n- **Vragenlijst:** %s\n- **Bijgewerkt:** %.10s\n"
		    "- **Bron:** %s, %s\n\n", a->owner_name, f->title, a->updated, f->source,
		    f->chapter);
	} else {
		char *title = xasprintf("Zelfanalyse: %s", a->title[0] != '\0' ? a->title :
		    f->title);

		wrap(out, 0, title);
		for (i = utf8_width(title) < EXPORT_TXT_COLS ? utf8_width(title) : EXPORT_TXT_COLS;
		    i > 0; i--)
			strbuf_putc(out, '=');
		strbuf_puts(out, "\n\n");
		free(title);
		v = xasprintf("Van %s; vragenlijst %s (bron: %s, %s); bijgewerkt %.10s.",
		    a->owner_name, f->title, f->source, f->chapter, a->updated);
		wrap(out, 0, v);
		free(v);
		strbuf_putc(out, '\n');
	}
	n = catalogue_form_items(cat, f->key, &first);
	for (i = first; i < first + n; i++) {
		const struct cat_item *it = &cat->items[i];

		if ((v = selfanalysis_value(st, a->id, a->owner, it->key, cause)) == NULL)
			return -1;
		k++;
		if (md) {
			strbuf_printf(out, "## %zu. %s\n\n%s\n\n", k, it->prompt,
			    str_is_blank(v) ? "*(nog niet beantwoord)*" : v);
		} else {
			char *q = xasprintf("%zu. %s", k, it->prompt);

			wrap(out, 0, q);
			wrap(out, 3, str_is_blank(v) ? "(nog niet beantwoord)" : v);
			strbuf_putc(out, '\n');
			free(q);
		}
		free(v);
	}
	return 0;
}
