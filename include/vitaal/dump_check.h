/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * dump_check.h: what `vitaal import` lets in, checked with the very rules
 * the command line and the screens apply when someone types the same
 * text: a coalition name as coalition_name_clean wants it, a player's,
 * person's or session's name on one line without control characters,
 * every longer text valid UTF-8 of a sane size. A file that another
 * program wrote (or a hand) can hold anything; this is the one place that
 * says no before anything reaches the werkboek.
 */
#ifndef VITAAL_DUMP_CHECK_H
#define VITAAL_DUMP_CHECK_H

#include <stddef.h>

struct dump;

/* 0 when every text in d passes; else -1 with *bad_table and *bad_row
 * naming the first row that does not (for its line in the file) and
 * *cause one Dutch line: "veld 'name': de naam moet op één regel passen"
 * (allocated, caller frees). Pure. */
int	dump_check(const struct dump *d, size_t *bad_table, size_t *bad_row, char **cause);
/* The same for one row (its values) of table t, as a stream reads it. */
struct dump_value;
int	dump_check_row(size_t t, const struct dump_value *v, char **cause);

#endif
