/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * report_doc_int.h: between the two files that build a report's tree.
 * report_doc.c builds a session's and shares its coalition parts (the
 * players, the typology, the dilemmas, the open questions and the
 * sources); report_doc_full.c builds a coalition report and an
 * intervisie group's summary from them, and the figures of the map and
 * the typology that both use.
 */
#ifndef VITAAL_REPORT_DOC_INT_H
#define VITAAL_REPORT_DOC_INT_H

struct doc;
struct report;
struct report_coalition;

/* report_doc.c: a coalition's parts as a session shows them, their
 * headings at level 3 (the coalition is the section above). */
void	report_doc_cite(struct doc *d, const struct report *r, const char *source,
	    const char *chapter, int indent);
void	report_doc_players(struct doc *d, const struct report *r,
	    const struct report_coalition *rc);
void	report_doc_typology(struct doc *d, const struct report *r,
	    const struct report_coalition *rc);
void	report_doc_dilemmas(struct doc *d, const struct report *r,
	    const struct report_coalition *rc);
void	report_doc_open(struct doc *d, const struct report *r,
	    const struct report_coalition *rc);
void	report_doc_sources(struct doc *d, const struct report *r);

/* report_doc_full.c */
void	report_doc_map(struct doc *d, const struct report_coalition *rc);
void	report_doc_typology_grid(struct doc *d, const struct report *r,
	    const struct report_coalition *rc);
struct doc *report_doc_coalition(const struct report *r);
struct doc *report_doc_group(const struct report *r);

#endif
