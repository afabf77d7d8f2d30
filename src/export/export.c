/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * export.c: what the export formats share: their names.
 */
#include "config.h"

#include <string.h>

#include "vitaal/export.h"

const char *const export_format_names[EXPORT_NFORMATS] = {
	"txt", "odt", "md", "html", "json", "csv", "dot",
};

int
export_format_parse(const char *name)
{
	int i;

	for (i = 0; i < EXPORT_NFORMATS; i++)
		if (strcmp(export_format_names[i], name) == 0)
			return i;
	return -1;
}
