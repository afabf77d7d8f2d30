/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * perspective.c: see perspective.h.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "vitaal/perspective.h"
#include "vitaal/util.h"

const struct cat_perspective *
perspective_find(const struct catalogue *cat, const char *value)
{
	const struct cat_perspective *found = NULL;
	char *v;
	size_t i;

	if (value == NULL)
		return NULL;
	v = str_trim(value);
	for (i = 0; i < cat->nperspectives && found == NULL; i++)
		if (str_casecmp(v, cat->perspectives[i].name) == 0)
			found = &cat->perspectives[i];
	free(v);
	return found;
}

const char *
perspective_borging_key(const struct cat_perspective *p, char *buf, size_t n)
{
	snprintf(buf, n, "stap3.borging.%s", p->key);
	return buf;
}

size_t
perspective_others(const struct catalogue *cat, const struct cat_perspective *leading,
    const struct cat_perspective **out)
{
	size_t i, n = 0;

	for (i = 0; i < cat->nperspectives; i++)
		if (&cat->perspectives[i] != leading)
			out[n++] = &cat->perspectives[i];
	return n;
}
