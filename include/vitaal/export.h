/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * export.h: summaries to take out of the werkboek. Each writer is a pure
 * function of a report (report.h): it appends the whole document to a
 * buffer in memory, so a failure leaves nothing half written, and the
 * caller decides where it goes (stdout or a file). None reads the clock:
 * the same werkboek gives the same bytes.
 */
#ifndef VITAAL_EXPORT_H
#define VITAAL_EXPORT_H

#include <stddef.h>

#include "vitaal/util.h"

struct report;

/* Plain text is made to be pasted into an e-mail body: UTF-8, lines of at
 * most this many columns, headings underlined. */
#define EXPORT_TXT_COLS	72

/* The formats, in the order a civil servant needs them. */
enum export_format {
	EXPORT_TXT,
	EXPORT_ODT,
	EXPORT_MD,
	EXPORT_HTML,
	EXPORT_JSON,
	EXPORT_CSV,
	EXPORT_DOT,
	EXPORT_NFORMATS
};
extern const char *const export_format_names[EXPORT_NFORMATS];	/* "txt", … */
/* The format called name, or -1. */
int	export_format_parse(const char *name);

/* Writers of a report (coalition or session). Each appends to out; ODT is
 * binary (a ZIP), the others UTF-8 text. 0, or -1 with *cause. */
int	export_txt(const struct report *r, struct strbuf *out, char **cause);
int	export_md(const struct report *r, struct strbuf *out, char **cause);
int	export_html(const struct report *r, struct strbuf *out, char **cause);
int	export_odt(const struct report *r, struct strbuf *out, char **cause);
int	export_dot(const struct report *r, struct strbuf *out, char **cause);

#endif
