/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * records.h: the plain records the store hands out and every layer above
 * reads. Each has a _free that accepts NULL; lists own their items.
 */
#ifndef VITAAL_RECORDS_H
#define VITAAL_RECORDS_H

#include <stddef.h>
#include <stdint.h>

struct coalition {
	int64_t	 id;
	char	*name;
	int	 phase;		/* 0 = initiatief, 1..4 = the four phases */
	int	 archived;	/* 0 or 1 */
	char	*created;	/* UTC, ISO 8601 */
	char	*updated;	/* last change to the coalition or any answer */
	int	 answered;	/* non-blank answers to workbook items */
};

struct coalition_list {
	struct coalition *v;
	size_t		  n;
};

struct answer {
	int64_t	 coalition_id;
	char	*item_key;
	char	*value;
	char	*updated;
	int64_t	 session_id;	/* 0 = not in a session */
};

struct answer_list {
	struct answer	*v;
	size_t		 n;
};

/* One saved value of an answer, oldest first in a history. */
struct answer_change {
	int64_t	 id;
	int64_t	 coalition_id;
	char	*item_key;
	char	*value;
	char	*changed;
	int64_t	 session_id;
};

struct answer_history {
	struct answer_change *v;
	size_t		      n;
};

/* How much a coalition holds beyond its answers (the home screen's tiles). */
struct coalition_counts {
	int	players;
	int	relations;
	int	dilemmas;
	int	notes;
	int	collaborations;
	int	typology;	/* 1 when the typology has been scored */
};

/* Another collaboration on the same terrain (design step 5). */
struct collaboration {
	int64_t	 id;
	int64_t	 coalition_id;
	char	*name;
	char	*description;
	char	*stance;	/* concurreren, samenwerken, afstand houden, nog onbepaald */
	char	*note;
	char	*updated;
};

struct collaboration_list {
	struct collaboration	*v;
	size_t			 n;
};

/* A free note on a coalition. */
struct note {
	int64_t	 id;
	int64_t	 coalition_id;
	char	*text;
	char	*created;
	char	*updated;
};

struct note_list {
	struct note	*v;
	size_t		 n;
};

void	coalition_free(struct coalition *c);
void	coalition_list_free(struct coalition_list *l);
void	answer_free(struct answer *a);
void	answer_list_free(struct answer_list *l);
void	answer_change_free(struct answer_change *c);
void	answer_history_free(struct answer_history *h);
void	collaboration_list_free(struct collaboration_list *l);
void	note_list_free(struct note_list *l);

#endif
