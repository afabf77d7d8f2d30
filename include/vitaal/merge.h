/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * merge.h: a three-way merge of prose, for two terminals that saved the
 * same answer. Pure: strings in, an allocated string out; no store, no
 * curses, so every property is tested on its own (tests/check_merge.c).
 *
 * The merge works on word tokens, because answers are paragraphs, often
 * one long line: a line merge would call every two edits of one paragraph
 * a conflict. Edits that touch different words merge without a trace;
 * only where both changed the same words do both versions stay, once, in
 * a marked block:
 *
 *	⟦ versie van Bram (14:03): zijn woorden ‖ versie van Anna (14:02): haar woorden ⟧
 *
 * "⟦ " opens a block, " ‖ " separates its versions, " ⟧" closes it. Each
 * version is a label, ": " and the text (possibly empty, possibly with
 * newlines). A label holds no ':' (names are cleaned), so the first ": "
 * of a version ends its label. A block has two versions or more (a third
 * terminal adds one instead of nesting), and a version may hold a whole
 * block of its own; in a version a "⟦" opens and a "⟧" closes a nested
 * block, so only " ‖ " outside those separates. The format reads as it
 * is in every export, and merge_block_at parses exactly it back.
 */
#ifndef VITAAL_MERGE_H
#define VITAAL_MERGE_H

#include <stddef.h>

#define MERGE_OPEN	"\xe2\x9f\xa6"	/* ⟦ U+27E6 */
#define MERGE_SEP	"\xe2\x80\x96"	/* ‖ U+2016 */
#define MERGE_CLOSE	"\xe2\x9f\xa7"	/* ⟧ U+27E7 */

/* How a merge labels the versions of a conflict, and where a cursor goes. */
struct merge_opts {
	const char	*mine_label;	/* NULL: "mijn versie" */
	const char	*theirs_label;	/* NULL: "andere versie" */
	/* In: a byte offset in mine; out: the same place in the result (in
	 * mine's own words where they survive; after what replaced them
	 * where the other side's edit won). */
	size_t		 cursor;
};

/* Merge the edits base→mine and base→theirs (all valid UTF-8). Returns
 * the merged text (allocated); *conflicts (may be NULL) gets the number
 * of marked blocks written. merge3(b, x, x) = x, merge3(b, b, y) = y and
 * merge3(b, x, b) = x; the result is valid UTF-8, and every word either
 * side added is in it. */
char	*merge3(const char *base, const char *mine, const char *theirs, size_t *conflicts);
/* The same with labels and a cursor (o may be NULL). */
char	*merge3_with(const char *base, const char *mine, const char *theirs,
	    struct merge_opts *o, size_t *conflicts);

/* A version's label: "versie van NAAM (HH:MM)"; without a name "andere
 * versie (HH:MM)"; without a time the part in brackets is left out.
 * Characters the format uses (':', the marks, line ends) are replaced in
 * the name. Allocated. */
char	*merge_label(const char *name, const char *hhmm);

/* One version of a block: byte offsets into the text given to
 * merge_block_at. */
struct merge_side {
	size_t	 label, label_len;
	size_t	 text, text_len;
};

/* A marked block: [start, end) is "⟦" up to and including "⟧". */
struct merge_block {
	size_t			 start, end;
	struct merge_side	*sides;		/* allocated */
	size_t			 nsides;
};

/* The innermost block around byte pos (start <= pos <= end); without one,
 * the first block after pos, else the first in the text. 1 and *b filled
 * (release with merge_block_clear), or 0 when the text holds none. */
int	 merge_block_at(const char *text, size_t pos, struct merge_block *b);
void	 merge_block_clear(struct merge_block *b);
/* The number of marked blocks in text (outermost only). */
size_t	 merge_count(const char *text);
/* The parts of text that are marks rather than versions ("⟦ label: ",
 * " ‖ label: " and " ⟧" of every block, nested ones too), as byte ranges
 * [(*ranges)[2k], (*ranges)[2k + 1]): how many, with *ranges allocated
 * (NULL when none). For drawing them apart. */
size_t	 merge_marks(const char *text, size_t **ranges);
/* The side of b whose label names name, when exactly one does; else -1. */
int	 merge_side_of(const char *text, const struct merge_block *b, const char *name);

/* Which version a resolve keeps. */
#define MERGE_KEEP_ALL	(-1)

/* text with block b replaced by the text of version side (an index into
 * b->sides), or with MERGE_KEEP_ALL by every version's text in order (a
 * space or, when a version holds a line break, a new line between).
 * *cursor (may be NULL) moves along: kept where it was in the kept text,
 * else to the end of the replacement. Allocated. */
char	*merge_resolve(const char *text, const struct merge_block *b, int side,
	    size_t *cursor);

#endif
