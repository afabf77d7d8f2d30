/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * export.c: what the export formats share: their names, the file name an
 * export is offered under, and the writers of a report's summary, each
 * the report's document tree (report_doc) through its format's renderer.
 */
#include "config.h"

#include <stdint.h>
#include <string.h>

#include "vitaal/doc.h"
#include "vitaal/export.h"
#include "vitaal/utf8.h"
#include "vitaal/util.h"

const char *const export_format_names[EXPORT_NFORMATS] = {
	"txt", "odt", "md", "html", "json", "csv", "dot", "eml",
};

const export_writer export_writers[EXPORT_NFORMATS] = {
	[EXPORT_TXT] = export_txt,
	[EXPORT_ODT] = export_odt,
	[EXPORT_MD] = export_md,
	[EXPORT_HTML] = export_html,
	[EXPORT_DOT] = export_dot,
	[EXPORT_EML] = export_eml,
};

/* A report's document tree through one renderer that cannot fail. */
static int
render(const struct report *r, struct strbuf *out,
    void (*renderer)(const struct doc *, struct strbuf *))
{
	struct doc *d = report_doc(r);

	renderer(d, out);
	doc_free(d);
	return 0;
}

int
export_txt(const struct report *r, struct strbuf *out, char **cause)
{
	(void)cause;
	return render(r, out, doc_render_txt);
}

int
export_md(const struct report *r, struct strbuf *out, char **cause)
{
	(void)cause;
	return render(r, out, doc_render_md);
}

int
export_html(const struct report *r, struct strbuf *out, char **cause)
{
	(void)cause;
	return render(r, out, doc_render_html);
}

int
export_odt(const struct report *r, struct strbuf *out, char **cause)
{
	struct doc *d = report_doc(r);
	int ret = doc_render_odt(d, out, cause);

	doc_free(d);
	return ret;
}

int
export_format_parse(const char *name)
{
	int i;

	for (i = 0; i < EXPORT_NFORMATS; i++)
		if (strcmp(export_format_names[i], name) == 0)
			return i;
	return -1;
}

char *
export_file_name(const char *title, int format)
{
	struct strbuf b = { 0 };
	size_t i = 0, len = strlen(title);
	uint32_t cp;
	int n, dash = 0;

	while (i < len) {
		char c = title[i];

		n = utf8_decode(title + i, len - i, &cp);
		if (n <= 0 || (cp < 0x80 && !(c >= 'a' && c <= 'z') && !(c >= 'A' && c <= 'Z') &&
		    !(c >= '0' && c <= '9'))) {
			dash = 1;	/* punctuation, space or a broken byte */
			i += n > 0 ? (size_t)n : 1;
			continue;
		}
		if (b.len + (size_t)n + (dash && b.len > 0) > EXPORT_NAME_MAX)
			break;
		if (dash && b.len > 0)
			strbuf_putc(&b, '-');
		dash = 0;
		if (c >= 'A' && c <= 'Z')
			strbuf_putc(&b, (char)(c - 'A' + 'a'));
		else
			strbuf_add(&b, title + i, (size_t)n);
		i += (size_t)n;
	}
	if (b.len == 0)
		strbuf_puts(&b, "vitaal");
	if (format == EXPORT_CSV)
		strbuf_puts(&b, "-csv");
	else
		strbuf_printf(&b, ".%s", export_format_names[format]);
	return strbuf_take(&b);
}
