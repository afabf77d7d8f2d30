/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * example.h: the ready example coalitions of the catalogue, for a newcomer
 * who wants to see a filled-in workbook at once.
 */
#ifndef VITAAL_EXAMPLE_H
#define VITAAL_EXAMPLE_H

#include <stdint.h>

struct store;
struct catalogue;

/* Open the example `key`: the coalition carrying its name if the werkboek
 * has one already, else a fresh copy. Returns the coalition id, or -1 with
 * *cause set (caller frees). */
int64_t	example_open(struct store *st, const struct catalogue *cat, const char *key,
	    char **cause);

#endif
