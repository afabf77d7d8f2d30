/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * dump.h: the werkboek's own data as plain tables, for the JSON and CSV
 * exports and for `vitaal import`. The catalogue is not in it (it comes
 * with the program), nor is the projector's state.
 *
 * Row ids never leave the werkboek: a row is known by its place in its
 * table (1, 2, …), and a column that points at another table holds that
 * row's place. So a dump reads the same whichever werkboek it came from,
 * and importing it into an empty werkboek and dumping again gives the
 * same dump.
 */
#ifndef VITAAL_DUMP_H
#define VITAAL_DUMP_H

#include <stddef.h>
#include <stdint.h>

struct store;

enum dump_type {
	DUMP_INT,
	DUMP_TEXT
};

struct dump_column {
	const char	*name;
	enum dump_type	 type;
	int		 nullable;
	int		 ref;		/* index in dump_tables of the table pointed at, or -1 */
};

struct dump_table {
	const char			*name;	/* the SQL table */
	const char			*label;	/* Dutch, plural: "spelers" */
	const struct dump_column	*cols;
	size_t				 ncols;
};

/* Every table, parents before the tables that point at them. */
extern const struct dump_table	dump_tables[];
extern const size_t		dump_ntables;

/* The index in dump_tables of the table called name, or -1. */
int	dump_table_find(const char *name);

/* A value: NULL, or an integer, or text (s owned). A ref holds the place
 * (1-based) of the row pointed at. */
struct dump_value {
	int	 null;
	int64_t	 i;
	char	*s;
};

struct dump_rows {
	struct dump_value	*v;	/* n rows of ncols values */
	size_t			 n;
	int64_t			*ids;	/* n werkboek ids, or NULL */
};

/* A table read from a werkboek also knows its rows' ids there (NULL for a
 * table without ids, or rows read from a file): what the CSV calls nr,
 * the same number the command line takes (--coalitie, --sessie). */
struct dump {
	int		 schema;	/* the werkboek's schema version */
	struct dump_rows *t;		/* dump_ntables */
};

/* Reading row by row, for exports that should not hold the werkboek in
 * memory: begin once, then per table in order table, row … (the values
 * only live during the call; r counts from 0), table_end. */
struct dump_visitor {
	void	*ctx;
	void	(*begin)(void *ctx, int schema);
	void	(*table)(void *ctx, size_t t);
	void	(*row)(void *ctx, size_t t, size_t r, const struct dump_value *v);
	void	(*table_end)(void *ctx, size_t t, size_t n);
	/* Optional (NULL): before table_end, the werkboek ids of the n rows
	 * given, for a table that has them. */
	void	(*ids)(void *ctx, size_t t, const int64_t *ids, size_t n);
};
/* The same rows as store_dump_read, to a visitor; 0, or -1 with the
 * error on st. */
int		 store_dump_each(struct store *st, int64_t coalition_id, int64_t viewer,
		    const struct dump_visitor *vis);

/* Read the werkboek: everything (coalition_id 0) or one coalition with
 * what it needs (its participants and sessions). Self-analyses are in it
 * only when shared, or when they belong to viewer (a participant id, 0 for
 * nobody). A row pointing at a row left out loses the pointer, or is left
 * out itself when the pointer is required. NULL with the error on st. */
/* What a dump holds: a coalition (0 = the werkboek), whose private
 * self-analyses besides the shared ones (viewer, 0 = nobody's), or one
 * self-analysis of the viewer's alone with its answers and its owner
 * (analysis > 0: no history, nothing else). */
struct dump_scope {
	int64_t	coalition;
	int64_t	viewer;
	int64_t	analysis;
};
int		 store_dump_scope(struct store *st, const struct dump_scope *sc,
		    const struct dump_visitor *vis);

struct dump	*store_dump_read(struct store *st, int64_t coalition_id, int64_t viewer);
void		 dump_free(struct dump *d);

/* What a merge did, per table. */
struct dump_merge_count {
	size_t	added;
	size_t	present;	/* already in the werkboek (matched), left as it was */
	size_t	differs;	/* answers matched with another text: ours kept */
	size_t	updated;	/* matched and changed to the file's (a moved place) */
	size_t	skipped;	/* private self-analyses (and what hangs on them) */
};

/* Merge d into the werkboek in one transaction: a row that matches one
 * already there (by its uuid, the identity that survives a rename; else,
 * for a file of version 1 or a row without one, a coalition by name, a
 * player by name in its coalition, an answer by question, a person's
 * place by person and round, …) is not added again; the rest is added with
 * new ids. counts has dump_ntables elements. On failure nothing is
 * written, -1 with the error on st and *bad_table and *bad_row naming the row
 * that was refused.
 *
 * What a file may bring is decided here, for every caller: it never says
 * who someone is at a terminal (a dump has no logins, so a person in it
 * is matched by name among people without one, never an account); its
 * private self-analyses are skipped (with their answers); every analysis
 * it adds is marked with origin ("ingebracht door … uit … op …"). So no
 * import can add to, or share, an analysis written in this werkboek. */
int		 store_dump_import(struct store *st, const struct dump *d,
		    const char *origin, struct dump_merge_count *counts,
		    size_t *bad_table, size_t *bad_row);

/* A row of the file that matched one already in the werkboek, for the
 * tables two werkboeken may both have changed (coalition, note, player,
 * relation, dilemma, typology, collaboration): the caller applies the same rule as two
 * terminals do (fieldrule.h, field_import). id is our row's (the
 * typology's: its coalition), coalition_id the coalition it is in. */
struct dump_match {
	size_t	 table;
	size_t	 row;
	int64_t	 id;
	int64_t	 coalition_id;
};
struct dump_matches {
	struct dump_match	*v;
	size_t			 n;
};
/* store_dump_import, also filling matched (freed by the caller: free(v)). */
int		 store_dump_import_matched(struct store *st, const struct dump *d,
		    const char *origin, struct dump_merge_count *counts,
		    size_t *bad_table, size_t *bad_row, struct dump_matches *matched);

/*
 * The same merge fed row by row, for a file read as a stream: begin (a
 * transaction, nested in the caller's), then each row of each table in
 * the order of dump_tables (a table once, its rows in their order: a
 * row's place is the number given before it, plus one), then end, which
 * commits (commit 1, and nothing failed) or rolls everything back. A
 * row's pointers must point at rows given before. Rows matched go into
 * matched as they come (the caller may take them and reset n). 0, or -1
 * with the error on st; after a failure every row is refused.
 */
struct dump_merge;
struct dump_merge *store_dump_merge_begin(struct store *st, const char *origin,
		    struct dump_merge_count *counts, struct dump_matches *matched);
int		 store_dump_merge_row(struct dump_merge *mg, size_t table,
		    const struct dump_value *v);
/* The rows of table given so far. */
size_t		 store_dump_merge_rows(const struct dump_merge *mg, size_t table);
int		 store_dump_merge_end(struct dump_merge *mg, int commit);

#endif
