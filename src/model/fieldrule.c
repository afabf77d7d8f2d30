/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * fieldrule.c: see fieldrule.h. One engine, rule_save, applies the rule
 * to any record seen as an array of fields held as text (NULL for "not
 * known"); each kind below says which fields it has and how to read,
 * write and, once deleted elsewhere, recreate its record. The writes go
 * through the kinds' own save functions, so every check they make still
 * holds, and all of it is one transaction: the read, the writes and the
 * history rows commit together or not at all.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vitaal/answer.h"
#include "vitaal/catalogue.h"
#include "vitaal/coalition.h"
#include "vitaal/collaboration.h"
#include "vitaal/dilemma.h"
#include "vitaal/dump.h"
#include "vitaal/fieldrule.h"
#include "vitaal/note.h"
#include "vitaal/player.h"
#include "vitaal/store.h"
#include "vitaal/store_dilemma.h"
#include "vitaal/typology.h"
#include "vitaal/util.h"
#include "model_int.h"

#define MAXF	32	/* more fields than any kind has */

const char *const field_kind_names[FIELD_NKINDS] = {
	"speler", "dilemma", "typologie", "notitie", "samenwerking", "coalitie", "relatie",
};

/* How a field's text reads to a person (field_value_text). */
enum ftype {
	FT_TEXT,	/* "" shows as (leeg) */
	FT_INT,
	FT_CHOICE,	/* NULL: onbekend */
	FT_BOOL,	/* 1 ja, 0 nee */
	FT_YESNO,	/* 1 ja, 0 nee, NULL onbekend */
	FT_PHASE,	/* 0 initiatief, n fase n, NULL — */
	FT_SCORE,	/* NULL: geen score */
	FT_TYPE,	/* NULL: het berekende type */
	FT_PLACE	/* NULL: niet gezet */
};

struct field_def {
	const char	*name;
	const char	*label;
	enum ftype	 type;
};

/* What rule_save and field_restore hand a kind's operations. */
struct rule_ctx {
	int64_t			 coalition_id;
	int64_t			 id;
	const void		*base;		/* the record as loaded, or NULL */
	const struct catalogue	*cat;
	int64_t			 session_id;
};

struct rule_kind {
	enum field_kind		 kind;
	const struct field_def	*fields;
	size_t			 nfields;
	/* Read record cx->id into vals (allocated) and *rec (what write
	 * needs; freed with drop): 1, 0 when it is gone, -1 with *cause. */
	int			(*read)(struct store *, const struct rule_ctx *, char **vals,
				    void **rec, char **cause);
	/* Write vals over rec; 0 or -1 with *cause. */
	int			(*write)(struct store *, const struct rule_ctx *, void *rec,
				    char *const *vals, char **cause);
	/* Save vals as a new record; its id, or -1 with *cause. NULL: a
	 * record of this kind cannot be gone. */
	int64_t			(*recreate)(struct store *, const struct rule_ctx *,
				    char *const *vals, char **cause);
	void			(*drop)(void *rec);
};

/* ---- the rule ---------------------------------------------------------- */

static int
same(const char *a, const char *b)
{
	if (a == NULL || b == NULL)
		return a == b;
	return strcmp(a, b) == 0;
}

enum field_outcome
field_decide(const char *base, const char *theirs, const char *mine)
{
	int here = !same(base, mine), there = !same(base, theirs);

	if (!here)
		return there ? FIELD_THEIRS : FIELD_SAME;
	if (!there)
		return FIELD_OURS;
	return same(theirs, mine) ? FIELD_AGREED : FIELD_BOTH;
}

/* ---- values as text ---------------------------------------------------- */

static char *
int_text(int v)
{
	return xasprintf("%d", v);
}

/* -1 (or below) is "not known": NULL. */
static char *
opt_int_text(int v)
{
	return v < 0 ? NULL : int_text(v);
}

static char *
opt_dup(const char *s)
{
	return s == NULL ? NULL : xstrdup(s);
}

/* The integer in s; NULL gives missing. A value that is no number gives
 * bad, so the kind's own check refuses it. */
static int
text_int(const char *s, int missing, int bad)
{
	char *end;
	long v;

	if (s == NULL)
		return missing;
	v = strtol(s, &end, 10);
	if (end == s || *end != '\0' || v < -1000 || v > 1000)
		return bad;
	return (int)v;
}

static void
vals_free(char **vals, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		free(vals[i]);
		vals[i] = NULL;
	}
}

/* ---- players ------------------------------------------------------------ */

enum {
	P_NAME, P_ORG, P_KIND, P_LEVEL, P_ROLE, P_POWER, P_INTEREST, P_STANDPUNT, P_KOP,
	P_BELANG, P_BIJDRAGE, P_JOINED = P_BIJDRAGE + PLAYER_NBIJDRAGEN, P_LEFT, P_NOTES,
	P_MACHT, P_UNIEK, P_FORMAL, P_REPR, P_MANDAAT, P_COMMIT, P_WILREGIE, P_GUNT, P_N
};

static const struct field_def player_fields[P_N] = {
	{ "name", "naam", FT_TEXT },
	{ "organisation", "organisatie", FT_TEXT },
	{ "kind", "soort", FT_CHOICE },
	{ "level", "niveau", FT_CHOICE },
	{ "role", "rol", FT_CHOICE },
	{ "power", "macht", FT_INT },
	{ "interest", "belang", FT_INT },
	{ "standpunt", "standpunt", FT_CHOICE },
	{ "kopgroep", "kopgroep", FT_BOOL },
	{ "eigen_belang", "eigen belang", FT_TEXT },
	{ "bijdrage.geld", "bijdrage: geld", FT_BOOL },
	{ "bijdrage.mensen", "bijdrage: mensen", FT_BOOL },
	{ "bijdrage.kunde", "bijdrage: kunde", FT_BOOL },
	{ "bijdrage.bevoegdheid", "bijdrage: bevoegdheid", FT_BOOL },
	{ "bijdrage.netwerk", "bijdrage: netwerk", FT_BOOL },
	{ "phase_joined", "erbij sinds fase", FT_PHASE },
	{ "phase_left", "vertrokken in fase", FT_PHASE },
	{ "notes", "notities", FT_TEXT },
	{ "macht", "soort macht", FT_CHOICE },
	{ "onvervangbaar", "onvervangbaar", FT_YESNO },
	{ "formal_relation", "formele relatie", FT_CHOICE },
	{ "representative", "vertegenwoordiger", FT_TEXT },
	{ "same_mandate", "zelfde mandaat", FT_YESNO },
	{ "can_commit", "kan de organisatie binden", FT_YESNO },
	{ "wants_regie", "wil zelf regisseren", FT_YESNO },
	{ "grants_regie", "gunt ons de regie", FT_YESNO },
};

static void
player_to_vals(const struct player *p, char **v)
{
	size_t i;

	v[P_NAME] = xstrdup(p->name);
	v[P_ORG] = xstrdup(p->organisation);
	v[P_KIND] = xstrdup(p->kind);
	v[P_LEVEL] = xstrdup(p->level);
	v[P_ROLE] = xstrdup(p->role);
	v[P_POWER] = int_text(p->power);
	v[P_INTEREST] = int_text(p->interest);
	v[P_STANDPUNT] = xstrdup(p->standpunt);
	v[P_KOP] = int_text(p->kopgroep != 0);
	v[P_BELANG] = xstrdup(p->eigen_belang);
	for (i = 0; i < PLAYER_NBIJDRAGEN; i++)
		v[P_BIJDRAGE + i] = int_text(player_bijdrage_has(p->bijdrage, player_bijdragen[i]));
	v[P_JOINED] = opt_int_text(p->phase_joined);
	v[P_LEFT] = opt_int_text(p->phase_left);
	v[P_NOTES] = xstrdup(p->notes);
	v[P_MACHT] = opt_dup(p->macht);
	v[P_UNIEK] = opt_int_text(p->onvervangbaar);
	v[P_FORMAL] = opt_dup(p->formal_relation);
	v[P_REPR] = xstrdup(p->representative);
	v[P_MANDAAT] = opt_int_text(p->same_mandate);
	v[P_COMMIT] = opt_int_text(p->can_commit);
	v[P_WILREGIE] = opt_int_text(p->wants_regie);
	v[P_GUNT] = opt_int_text(p->grants_regie);
}

/* Fill p (id and coalition kept) from v; p's strings are allocated. */
static void
player_from_vals(struct player *p, char *const *v)
{
	struct strbuf b = { 0 };
	size_t i;

	p->name = xstrdup(v[P_NAME] != NULL ? v[P_NAME] : "");
	p->organisation = xstrdup(v[P_ORG] != NULL ? v[P_ORG] : "");
	p->kind = xstrdup(v[P_KIND] != NULL ? v[P_KIND] : "");
	p->level = xstrdup(v[P_LEVEL] != NULL ? v[P_LEVEL] : "");
	p->role = xstrdup(v[P_ROLE] != NULL ? v[P_ROLE] : "");
	p->power = text_int(v[P_POWER], 0, -1);
	p->interest = text_int(v[P_INTEREST], 0, -1);
	p->standpunt = xstrdup(v[P_STANDPUNT] != NULL ? v[P_STANDPUNT] : "");
	p->kopgroep = text_int(v[P_KOP], 0, 0) != 0;
	p->eigen_belang = xstrdup(v[P_BELANG] != NULL ? v[P_BELANG] : "");
	for (i = 0; i < PLAYER_NBIJDRAGEN; i++) {
		if (text_int(v[P_BIJDRAGE + i], 0, 0) == 0)
			continue;
		if (b.len > 0)
			strbuf_putc(&b, ',');
		strbuf_puts(&b, player_bijdragen[i]);
	}
	p->bijdrage = b.s != NULL ? strbuf_take(&b) : xstrdup("");
	p->phase_joined = text_int(v[P_JOINED], -1, 99);
	p->phase_left = text_int(v[P_LEFT], -1, 99);
	p->notes = xstrdup(v[P_NOTES] != NULL ? v[P_NOTES] : "");
	p->macht = opt_dup(v[P_MACHT]);
	p->onvervangbaar = text_int(v[P_UNIEK], -1, 99);
	p->formal_relation = opt_dup(v[P_FORMAL]);
	p->representative = xstrdup(v[P_REPR] != NULL ? v[P_REPR] : "");
	p->same_mandate = text_int(v[P_MANDAAT], -1, 99);
	p->can_commit = text_int(v[P_COMMIT], -1, 99);
	p->wants_regie = text_int(v[P_WILREGIE], -1, 99);
	p->grants_regie = text_int(v[P_GUNT], -1, 99);
}

/* A record found in a list: the list, kept whole, and the one. */
struct found {
	void	*list;
	void	*one;
	void	(*free_list)(void *);
};

static void
found_drop(void *p)
{
	struct found *f = p;

	if (f == NULL)
		return;
	f->free_list(f->list);
	free(f);
}

static void free_players(void *l) { player_list_free(l); }
static void free_collaborations(void *l) { collaboration_list_free(l); }
static void free_notes(void *l) { note_list_free(l); }
static void free_dilemmas(void *l) { dilemma_list_free(l); }

static struct found *
found_new(void *list, void *one, void (*free_list)(void *))
{
	struct found *f = xcalloc(1, sizeof *f);

	f->list = list;
	f->one = one;
	f->free_list = free_list;
	return f;
}

static int
player_read(struct store *st, const struct rule_ctx *cx, char **vals, void **rec, char **cause)
{
	struct player_list *l = store_player_list(st, cx->coalition_id);
	size_t i;

	if (l == NULL)
		return model_store_cause(st, cause);
	for (i = 0; i < l->n; i++)
		if (l->v[i].id == cx->id) {
			player_to_vals(&l->v[i], vals);
			*rec = found_new(l, &l->v[i], free_players);
			return 1;
		}
	player_list_free(l);
	return 0;
}

static int
player_write(struct store *st, const struct rule_ctx *cx, void *rec, char *const *vals,
    char **cause)
{
	struct player p;
	int ret;

	(void)rec;
	memset(&p, 0, sizeof p);
	p.id = cx->id;
	p.coalition_id = cx->coalition_id;
	player_from_vals(&p, vals);
	ret = player_save(st, &p, cause);
	player_clear(&p);
	return ret;
}

static int64_t
player_recreate(struct store *st, const struct rule_ctx *cx, char *const *vals, char **cause)
{
	struct rule_ctx again = *cx;

	if ((again.id = player_add(st, cx->coalition_id, vals[P_NAME], cause)) < 0)
		return -1;
	return player_write(st, &again, NULL, vals, cause) == 0 ? again.id : -1;
}

static const struct rule_kind kind_player = {
	FIELD_PLAYER, player_fields, P_N, player_read, player_write, player_recreate,
	found_drop,
};

/* ---- collaborations ----------------------------------------------------- */

enum { C_NAME, C_DESCRIPTION, C_STANCE, C_NOTE, C_N };

static const struct field_def collaboration_fields[C_N] = {
	{ "name", "naam", FT_TEXT },
	{ "description", "omschrijving", FT_TEXT },
	{ "stance", "houding", FT_CHOICE },
	{ "note", "notitie", FT_TEXT },
};

static void
collaboration_to_vals(const struct collaboration *c, char **v)
{
	v[C_NAME] = xstrdup(c->name);
	v[C_DESCRIPTION] = xstrdup(c->description);
	v[C_STANCE] = xstrdup(c->stance);
	v[C_NOTE] = xstrdup(c->note);
}

static int
collaboration_read(struct store *st, const struct rule_ctx *cx, char **vals, void **rec,
    char **cause)
{
	struct collaboration_list *l = store_collaboration_list(st, cx->coalition_id);
	size_t i;

	if (l == NULL)
		return model_store_cause(st, cause);
	for (i = 0; i < l->n; i++)
		if (l->v[i].id == cx->id) {
			collaboration_to_vals(&l->v[i], vals);
			*rec = found_new(l, &l->v[i], free_collaborations);
			return 1;
		}
	collaboration_list_free(l);
	return 0;
}

static int
collaboration_write(struct store *st, const struct rule_ctx *cx, void *rec,
    char *const *vals, char **cause)
{
	struct collaboration c;

	(void)rec;
	memset(&c, 0, sizeof c);
	c.id = cx->id;
	c.coalition_id = cx->coalition_id;
	c.name = (char *)(uintptr_t)(vals[C_NAME] != NULL ? vals[C_NAME] : "");
	c.description = (char *)(uintptr_t)(vals[C_DESCRIPTION] != NULL ?
	    vals[C_DESCRIPTION] : "");
	c.stance = (char *)(uintptr_t)(vals[C_STANCE] != NULL ? vals[C_STANCE] : "");
	c.note = (char *)(uintptr_t)(vals[C_NOTE] != NULL ? vals[C_NOTE] : "");
	return collaboration_save(st, &c, cause);
}

static int64_t
collaboration_recreate(struct store *st, const struct rule_ctx *cx, char *const *vals,
    char **cause)
{
	struct rule_ctx again = *cx;

	if ((again.id = collaboration_add(st, cx->coalition_id, vals[C_NAME], cause)) < 0)
		return -1;
	return collaboration_write(st, &again, NULL, vals, cause) == 0 ? again.id : -1;
}

static const struct rule_kind kind_collaboration = {
	FIELD_COLLABORATION, collaboration_fields, C_N, collaboration_read,
	collaboration_write, collaboration_recreate, found_drop,
};

/* ---- notes -------------------------------------------------------------- */

static const struct field_def note_fields[1] = {
	{ "text", "notitie", FT_TEXT },
};

static int
note_read(struct store *st, const struct rule_ctx *cx, char **vals, void **rec, char **cause)
{
	struct note_list *l = store_note_list(st, cx->coalition_id);
	size_t i;

	if (l == NULL)
		return model_store_cause(st, cause);
	for (i = 0; i < l->n; i++)
		if (l->v[i].id == cx->id) {
			vals[0] = xstrdup(l->v[i].text);
			*rec = found_new(l, &l->v[i], free_notes);
			return 1;
		}
	note_list_free(l);
	return 0;
}

static int
note_write(struct store *st, const struct rule_ctx *cx, void *rec, char *const *vals,
    char **cause)
{
	const char *text = vals[0] != NULL ? vals[0] : "";

	(void)rec;
	if (model_check_text(text, cause) != 0)
		return -1;
	return store_note_update(st, cx->id, text) == 0 ? 0 : model_store_cause(st, cause);
}

static int64_t
note_recreate(struct store *st, const struct rule_ctx *cx, char *const *vals, char **cause)
{
	const char *text = vals[0] != NULL ? vals[0] : "";
	int64_t id;

	if (model_check_text(text, cause) != 0)
		return -1;
	if ((id = store_note_insert(st, cx->coalition_id, text, cx->session_id)) < 0)
		return model_store_cause(st, cause);
	return id;
}

static const struct rule_kind kind_note = {
	FIELD_NOTE, note_fields, 1, note_read, note_write, note_recreate, found_drop,
};

/* ---- a dilemma's rationale and the team's place ------------------------- */

enum { D_RATIONALE, D_TEAM, D_N };

static const struct field_def dilemma_fields[D_N] = {
	{ "rationale", "afweging", FT_TEXT },
	{ "team_position", "plaats van het team", FT_PLACE },
};

static int
dilemma_read(struct store *st, const struct rule_ctx *cx, char **vals, void **rec,
    char **cause)
{
	struct dilemma_list *l = dilemma_list(st, cx->coalition_id, cause);
	size_t i;

	if (l == NULL)
		return -1;
	for (i = 0; i < l->n; i++)
		if (l->v[i].id == cx->id) {
			vals[D_RATIONALE] = xstrdup(l->v[i].rationale != NULL ?
			    l->v[i].rationale : "");
			vals[D_TEAM] = l->v[i].team_position > 0 ?
			    int_text(l->v[i].team_position) : NULL;
			*rec = found_new(l, &l->v[i], free_dilemmas);
			return 1;
		}
	dilemma_list_free(l);
	return 0;
}

static int
dilemma_write(struct store *st, const struct rule_ctx *cx, void *rec, char *const *vals,
    char **cause)
{
	const struct dilemma *d = ((struct found *)rec)->one;
	const char *rationale = vals[D_RATIONALE] != NULL ? vals[D_RATIONALE] : "";
	int team = text_int(vals[D_TEAM], 0, -1);

	if (!same(rationale, d->rationale != NULL ? d->rationale : "") &&
	    dilemma_set_text(st, cx->id, "rationale", rationale, cause) != 0)
		return -1;
	if (team != d->team_position && dilemma_set_team(st, d, team, cause) != 0)
		return -1;
	return 0;
}

/* The box as this terminal loaded it (title, poles, options), with its
 * rationale and place; the places and arguments went with the box. */
static int64_t
dilemma_recreate(struct store *st, const struct rule_ctx *cx, char *const *vals,
    char **cause)
{
	struct dilemma d;
	int64_t id;

	if (cx->base == NULL)
		return model_fail(cause, "dit dilemma is intussen verwijderd");
	d = *(const struct dilemma *)cx->base;
	d.coalition_id = cx->coalition_id;
	d.rationale = vals[D_RATIONALE];
	d.team_position = text_int(vals[D_TEAM], 0, 0);
	if (d.team_position < 0 || d.team_position > DILEMMA_SCALE)
		d.team_position = 0;
	if ((id = store_dilemma_insert(st, &d)) < 0)
		return model_store_cause(st, cause);
	return id;
}

static const struct rule_kind kind_dilemma = {
	FIELD_DILEMMA, dilemma_fields, D_N, dilemma_read, dilemma_write, dilemma_recreate,
	found_drop,
};

/* ---- the typology ------------------------------------------------------- */

enum { T_OPGAVE, T_FACTOR1, T_TYPE = T_FACTOR1 + 8, T_REASON, T_N };

static const struct field_def typology_fields[T_N] = {
	{ "opgave_score", "opgave", FT_SCORE },
	{ "factor1", "factor 1", FT_SCORE },
	{ "factor2", "factor 2", FT_SCORE },
	{ "factor3", "factor 3", FT_SCORE },
	{ "factor4", "factor 4", FT_SCORE },
	{ "factor5", "factor 5", FT_SCORE },
	{ "factor6", "factor 6", FT_SCORE },
	{ "factor7", "factor 7", FT_SCORE },
	{ "factor8", "factor 8", FT_SCORE },
	{ "override_type", "gekozen type", FT_TYPE },
	{ "override_reason", "reden", FT_TEXT },
};

static void
typology_to_vals(const struct typology *t, char **v)
{
	size_t i;

	v[T_OPGAVE] = t->opgave_score > 0 ? int_text(t->opgave_score) : NULL;
	for (i = 0; i < 8; i++)
		v[T_FACTOR1 + i] = opt_int_text(t->factors[i]);
	v[T_TYPE] = opt_dup(t->override_type);
	v[T_REASON] = xstrdup(t->override_reason != NULL ? t->override_reason : "");
}

static void
typology_drop(void *rec)
{
	if (rec != NULL)
		typology_clear(rec);
	free(rec);
}

static int
typology_read(struct store *st, const struct rule_ctx *cx, char **vals, void **rec,
    char **cause)
{
	struct typology *t = xcalloc(1, sizeof *t);

	if (store_typology_get(st, cx->coalition_id, t) != 0) {
		typology_drop(t);
		return model_store_cause(st, cause);
	}
	typology_to_vals(t, vals);
	*rec = t;
	return 1;
}

static int
typology_write(struct store *st, const struct rule_ctx *cx, void *rec, char *const *vals,
    char **cause)
{
	const struct typology *t = rec;
	const char *type = vals[T_TYPE], *reason = vals[T_REASON] != NULL ? vals[T_REASON] : "";
	int score, i;
	size_t k;

	score = text_int(vals[T_OPGAVE], 0, -1);
	if (score != t->opgave_score &&
	    typology_score_opgave(st, cx->coalition_id, score, cause) != 0)
		return -1;
	for (i = 0; i < 8; i++) {
		score = text_int(vals[T_FACTOR1 + i], -1, -2);
		if (score != t->factors[i] &&
		    typology_score_factor(st, cx->coalition_id, i + 1, score, cause) != 0)
			return -1;
	}
	if (same(type, t->override_type) &&
	    same(reason, t->override_reason != NULL ? t->override_reason : ""))
		return 0;
	if (type != NULL) {
		for (k = 0; cx->cat != NULL && k < cx->cat->ntypes; k++)
			if (strcmp(cx->cat->types[k].key, type) == 0)
				break;
		if (cx->cat == NULL || k == cx->cat->ntypes) {
			if (cause != NULL)
				*cause = xasprintf("onbekend type '%s'", type);
			return -1;
		}
		if (str_is_blank(reason))
			return model_fail(cause, "zeg waarom het team een ander type kiest");
	}
	if (model_check_text(reason, cause) != 0)
		return -1;
	return store_typology_set_override(st, cx->coalition_id, type, reason) == 0 ? 0 :
	    model_store_cause(st, cause);
}

static const struct rule_kind kind_typology = {
	FIELD_TYPOLOGY, typology_fields, T_N, typology_read, typology_write, NULL,
	typology_drop,
};

/* ---- a coalition's name and phase (from an import: a rename travels) ---- */

enum { K_NAME, K_PHASE, K_N };

static const struct field_def coalition_fields[K_N] = {
	{ "name", "naam", FT_TEXT },
	{ "phase", "fase", FT_PHASE },
};

static int
coalition_read(struct store *st, const struct rule_ctx *cx, char **vals, void **rec,
    char **cause)
{
	struct coalition *c = store_coalition_get(st, cx->id);

	(void)rec;
	if (c == NULL)
		return store_status(st) == STORE_NOTFOUND ? 0 : model_store_cause(st, cause);
	vals[K_NAME] = xstrdup(c->name);
	vals[K_PHASE] = int_text(c->phase);
	coalition_free(c);
	return 1;
}

static int
coalition_write(struct store *st, const struct rule_ctx *cx, void *rec, char *const *vals,
    char **cause)
{
	struct coalition *c;
	int ret = 0, phase;

	(void)rec;
	if ((c = store_coalition_get(st, cx->id)) == NULL)
		return model_store_cause(st, cause);
	if (vals[K_NAME] != NULL && strcmp(vals[K_NAME], c->name) != 0)
		ret = coalition_rename(st, cx->id, vals[K_NAME], cause);
	phase = text_int(vals[K_PHASE], c->phase, -1);
	if (ret == 0 && phase != c->phase)
		ret = coalition_set_phase(st, cx->id, phase, cause);
	coalition_free(c);
	return ret;
}

static void
no_drop(void *rec)
{
	(void)rec;
}

static const struct rule_kind kind_coalition = {
	FIELD_COALITION, coalition_fields, K_N, coalition_read, coalition_write, NULL, no_drop,
};

/* ---- a relation's note ------------------------------------------------ */

static const struct field_def relation_fields[1] = {
	{ "note", "notitie", FT_TEXT },
};

static void free_relations(void *l) { relation_list_free(l); }

static int
relation_read(struct store *st, const struct rule_ctx *cx, char **vals, void **rec,
    char **cause)
{
	struct relation_list *l = store_relation_list(st, cx->coalition_id);
	size_t i;

	if (l == NULL)
		return model_store_cause(st, cause);
	for (i = 0; i < l->n; i++)
		if (l->v[i].id == cx->id) {
			vals[0] = xstrdup(l->v[i].note != NULL ? l->v[i].note : "");
			*rec = found_new(l, &l->v[i], free_relations);
			return 1;
		}
	relation_list_free(l);
	return 0;
}

static int
relation_write(struct store *st, const struct rule_ctx *cx, void *rec, char *const *vals,
    char **cause)
{
	struct relation r = *(struct relation *)((struct found *)rec)->one;

	(void)cx;
	r.note = (char *)(uintptr_t)(vals[0] != NULL ? vals[0] : "");
	if (model_check_text(r.note, cause) != 0)
		return -1;
	return store_relation_update(st, &r) == 0 ? 0 : model_store_cause(st, cause);
}

static const struct rule_kind kind_relation = {
	FIELD_RELATION, relation_fields, 1, relation_read, relation_write, NULL, found_drop,
};

static const struct rule_kind *const kinds[FIELD_NKINDS] = {
	&kind_player, &kind_dilemma, &kind_typology, &kind_note, &kind_collaboration,
	&kind_coalition, &kind_relation,
};

/* ---- names and texts ---------------------------------------------------- */

int
field_kind_of(const char *name)
{
	return name == NULL ? -1 : str_index(field_kind_names, FIELD_NKINDS, name);
}

static const struct field_def *
find_field(enum field_kind kind, const char *field, size_t *idx)
{
	const struct rule_kind *k;
	size_t i;

	if ((int)kind < 0 || kind >= FIELD_NKINDS || field == NULL)
		return NULL;
	k = kinds[kind];
	for (i = 0; i < k->nfields; i++)
		if (strcmp(k->fields[i].name, field) == 0) {
			if (idx != NULL)
				*idx = i;
			return &k->fields[i];
		}
	return NULL;
}

const char *
field_label(enum field_kind kind, const char *field)
{
	const struct field_def *f = find_field(kind, field, NULL);

	return f != NULL ? f->label : field;
}

char *
field_value_text(enum field_kind kind, const char *field, const char *value)
{
	const struct field_def *f = find_field(kind, field, NULL);
	enum ftype type = f != NULL ? f->type : FT_TEXT;

	switch (type) {
	case FT_BOOL:
	case FT_YESNO:
		if (value == NULL)
			return xstrdup("onbekend");
		return xstrdup(strcmp(value, "0") == 0 ? "nee" : "ja");
	case FT_PHASE:
		if (value == NULL)
			return xstrdup("—");
		return strcmp(value, "0") == 0 ? xstrdup("initiatief") :
		    xasprintf("fase %s", value);
	case FT_CHOICE:
		return xstrdup(value != NULL ? value : "onbekend");
	case FT_SCORE:
		return xstrdup(value != NULL ? value : "geen score");
	case FT_TYPE:
		return xstrdup(value != NULL ? value : "het berekende type");
	case FT_PLACE:
		return xstrdup(value != NULL ? value : "niet gezet");
	default:
		return xstrdup(value == NULL || value[0] == '\0' ? "(leeg)" : value);
	}
}

/* ---- the engine --------------------------------------------------------- */

void
field_report_clear(struct field_report *r)
{
	size_t i;

	for (i = 0; i < r->nclashes; i++) {
		free(r->clashes[i].field);
		free(r->clashes[i].author);
		free(r->clashes[i].saved_at);
	}
	free(r->clashes);
	memset(r, 0, sizeof *r);
}

static int
history_add(struct store *st, const struct rule_kind *k, const struct rule_ctx *cx,
    size_t i, const char *value, const char *author, const char *reason, char **cause)
{
	struct field_change c;

	memset(&c, 0, sizeof c);
	c.coalition_id = cx->coalition_id;
	c.kind = (char *)(uintptr_t)field_kind_names[k->kind];
	c.record_id = cx->id;
	c.field = (char *)(uintptr_t)k->fields[i].name;
	c.value = (char *)(uintptr_t)value;
	c.author = (char *)(uintptr_t)(author != NULL ? author : "");
	c.reason = (char *)(uintptr_t)reason;
	return store_field_history_add(st, &c) < 0 ? model_store_cause(st, cause) : 0;
}

/* Before field i is overwritten: make sure the value stored now is in its
 * history (it is not when it was written before the history existed, or
 * by a path that keeps none, such as an import). *last gets the newest
 * row when it holds that value (who saved it, when), else NULL. */
static int
keep_stored(struct store *st, const struct rule_kind *k, const struct rule_ctx *cx,
    size_t i, const char *stored, struct field_change **last, char **cause)
{
	struct field_change *c;

	*last = NULL;
	c = store_field_last(st, field_kind_names[k->kind], cx->id, k->fields[i].name);
	if (c == NULL && store_status(st) != STORE_NOTFOUND)
		return model_store_cause(st, cause);
	if (c != NULL && same(c->value, stored)) {
		*last = c;
		return 0;
	}
	field_change_free(c);
	return history_add(st, k, cx, i, stored, "", "eerder", cause);
}

static void
add_clash(struct field_report *rep, const char *field, const struct field_change *last)
{
	struct field_clash *c;

	rep->clashes = xreallocarray(rep->clashes, rep->nclashes + 1, sizeof *rep->clashes);
	c = &rep->clashes[rep->nclashes++];
	c->field = xstrdup(field);
	c->author = xstrdup(last != NULL ? last->author : "");
	c->saved_at = xstrdup(last != NULL ? last->saved_at : "");
}

/* Log what is stored now in the fields marked in mask, by author. */
static int
log_stored(struct store *st, const struct rule_kind *k, const struct rule_ctx *cx,
    const enum field_outcome *oc, const char *author, const char *reason, char **cause)
{
	char *now[MAXF] = { NULL };
	void *rec = NULL;
	size_t i;
	int r;

	if ((r = k->read(st, cx, now, &rec, cause)) <= 0) {
		if (r == 0)
			model_fail(cause, "niet gevonden na het bewaren");
		return -1;
	}
	k->drop(rec);
	for (i = 0; i < k->nfields; i++) {
		const char *why = reason != NULL ? reason :
		    oc[i] == FIELD_BOTH ? "tegelijk" : "bewaard";

		if ((oc[i] == FIELD_OURS || oc[i] == FIELD_BOTH) &&
		    history_add(st, k, cx, i, now[i], author, why, cause) != 0) {
			vals_free(now, k->nfields);
			return -1;
		}
	}
	vals_free(now, k->nfields);
	return 0;
}

/*
 * The rule on one record: base is what this terminal loaded, mine what it
 * saves (both k->nfields values). See fieldrule.h.
 */
static int
rule_save(struct store *st, const struct rule_kind *k, const struct rule_ctx *cx0,
    char *const *base, char *const *mine, const char *author, struct field_report *rep,
    char **cause)
{
	char *theirs[MAXF] = { NULL };
	const char *out[MAXF];
	enum field_outcome oc[MAXF];
	struct field_change *last;
	struct rule_ctx cx = *cx0;
	void *rec = NULL;
	size_t i, writes = 0;
	int r;

	memset(rep, 0, sizeof *rep);
	rep->id = cx.id;
	if (store_begin(st) != 0)
		return model_store_cause(st, cause);
	if ((r = k->read(st, &cx, theirs, &rec, cause)) < 0)
		goto fail;
	if (r == 0) {
		/* Deleted on another terminal: what this terminal has becomes a
		 * new record, and the report says so. */
		if (k->recreate == NULL) {
			model_fail(cause, "bestaat niet meer");
			goto fail;
		}
		if ((cx.id = k->recreate(st, &cx, mine, cause)) < 0)
			goto fail;
		rep->gone = 1;
		rep->id = cx.id;
		for (i = 0; i < k->nfields; i++)
			oc[i] = FIELD_OURS;
		if (log_stored(st, k, &cx, oc, author, "hersteld", cause) != 0)
			goto fail;
		return store_commit(st) == 0 ? 0 : model_store_cause(st, cause);
	}
	for (i = 0; i < k->nfields; i++) {
		oc[i] = field_decide(base[i], theirs[i], mine[i]);
		if (oc[i] == FIELD_OURS || oc[i] == FIELD_BOTH) {
			out[i] = mine[i];
			writes++;
		} else
			out[i] = theirs[i];
		if (oc[i] == FIELD_THEIRS)
			rep->theirs++;
	}
	if (writes == 0)
		goto done;
	for (i = 0; i < k->nfields; i++) {
		if (oc[i] != FIELD_OURS && oc[i] != FIELD_BOTH)
			continue;
		if (keep_stored(st, k, &cx, i, theirs[i], &last, cause) != 0)
			goto fail;
		if (oc[i] == FIELD_BOTH)
			add_clash(rep, k->fields[i].name, last);
		field_change_free(last);
	}
	if (k->write(st, &cx, rec, (char *const *)(uintptr_t)out, cause) != 0)
		goto fail;
	if (log_stored(st, k, &cx, oc, author, NULL, cause) != 0)
		goto fail;
done:
	k->drop(rec);
	vals_free(theirs, k->nfields);
	if (store_commit(st) != 0) {
		field_report_clear(rep);
		return model_store_cause(st, cause);
	}
	return 0;
fail:
	if (rec != NULL)
		k->drop(rec);
	vals_free(theirs, k->nfields);
	store_rollback(st);
	field_report_clear(rep);
	return -1;
}

/* ---- the kinds' saves --------------------------------------------------- */

/* rule_save for record id of kind k (in coalition_id; base as it was
 * loaded, cat for the typology), from the values b (base) and m (mine),
 * which it frees. */
static int
save_over(struct store *st, const struct rule_kind *k, int64_t coalition_id, int64_t id,
    const void *base, const struct catalogue *cat, char **b, char **m, const char *author,
    struct field_report *rep, char **cause)
{
	struct rule_ctx cx;
	int ret;

	memset(&cx, 0, sizeof cx);
	cx.coalition_id = coalition_id;
	cx.id = id;
	cx.base = base;
	cx.cat = cat;
	ret = rule_save(st, k, &cx, b, m, author, rep, cause);
	vals_free(b, k->nfields);
	vals_free(m, k->nfields);
	return ret;
}

int
player_save_over(struct store *st, const struct player *base, const struct player *mine,
    const char *author, struct field_report *rep, char **cause)
{
	char *b[P_N] = { NULL }, *m[P_N] = { NULL };

	player_to_vals(base, b);
	player_to_vals(mine, m);
	return save_over(st, &kind_player, base->coalition_id, base->id, base, NULL, b, m,
	    author, rep, cause);
}

int
collaboration_save_over(struct store *st, const struct collaboration *base,
    const struct collaboration *mine, const char *author, struct field_report *rep,
    char **cause)
{
	char *b[C_N] = { NULL }, *m[C_N] = { NULL };

	collaboration_to_vals(base, b);
	collaboration_to_vals(mine, m);
	return save_over(st, &kind_collaboration, base->coalition_id, base->id, base, NULL, b, m,
	    author, rep, cause);
}

int64_t
note_save_over(struct store *st, int64_t coalition_id, int64_t id, const char *base,
    const char *text, int64_t session_id, const char *author, struct field_report *rep,
    char **cause)
{
	char *b[1], *m[1], *theirs[1] = { NULL };
	struct field_change *last = NULL;
	struct rule_ctx cx;
	void *rec = NULL;
	int64_t ret;
	int r;

	memset(rep, 0, sizeof *rep);
	memset(&cx, 0, sizeof cx);
	cx.coalition_id = coalition_id;
	cx.id = id;
	cx.session_id = session_id;
	if (id == 0 || !str_is_blank(text)) {
		if (id == 0) {
			/* A new note: nobody else can have written it. */
			if (store_begin(st) != 0)
				return model_store_cause(st, cause);
			if ((ret = note_save(st, coalition_id, 0, text, session_id, cause)) <= 0) {
				if (ret < 0)
					store_rollback(st);
				else
					store_commit(st);
				return ret;
			}
			cx.id = rep->id = ret;
			if (history_add(st, &kind_note, &cx, 0, text, author, "bewaard", cause) != 0 ||
			    store_commit(st) != 0) {
				store_rollback(st);
				return -1;
			}
			return ret;
		}
		b[0] = (char *)(uintptr_t)base;
		m[0] = (char *)(uintptr_t)text;
		if (rule_save(st, &kind_note, &cx, b, m, author, rep, cause) != 0)
			return -1;
		return rep->id;
	}
	/* Emptied: deleted, unless the other terminal changed it meanwhile;
	 * then theirs stays (their change is not deleted unseen). */
	if (store_begin(st) != 0)
		return model_store_cause(st, cause);
	if ((r = note_read(st, &cx, theirs, &rec, cause)) < 0)
		goto fail;
	if (r == 0) {		/* deleted there too */
		store_commit(st);
		return 0;
	}
	found_drop(rec);
	if (!same(theirs[0], base)) {
		if (keep_stored(st, &kind_note, &cx, 0, theirs[0], &last, cause) != 0)
			goto fail;
		add_clash(rep, "text", last);
		field_change_free(last);
		rep->id = id;
		rep->theirs = 1;
		rep->undeleted = 1;
		free(theirs[0]);
		return store_commit(st) == 0 ? id : model_store_cause(st, cause);
	}
	free(theirs[0]);
	theirs[0] = NULL;
	if (note_save(st, coalition_id, id, "", 0, cause) < 0)
		goto fail;
	return store_commit(st) == 0 ? 0 : model_store_cause(st, cause);
fail:
	free(theirs[0]);
	store_rollback(st);
	return -1;
}

int
dilemma_save_over(struct store *st, const struct dilemma *base, const char *rationale,
    int team_position, const char *author, struct field_report *rep, char **cause)
{
	char *b[D_N], *m[D_N];

	b[D_RATIONALE] = xstrdup(base->rationale != NULL ? base->rationale : "");
	b[D_TEAM] = base->team_position > 0 ? int_text(base->team_position) : NULL;
	m[D_RATIONALE] = xstrdup(rationale != NULL ? rationale : "");
	m[D_TEAM] = team_position > 0 ? int_text(team_position) : NULL;
	return save_over(st, &kind_dilemma, base->coalition_id, base->id, base, NULL, b, m,
	    author, rep, cause);
}

int
typology_save_over(struct store *st, const struct catalogue *cat, int64_t coalition_id,
    const struct typology *base, const struct typology *mine, const char *author,
    struct field_report *rep, char **cause)
{
	char *b[T_N] = { NULL }, *m[T_N] = { NULL };

	typology_to_vals(base, b);
	typology_to_vals(mine, m);
	return save_over(st, &kind_typology, coalition_id, coalition_id, NULL, cat, b, m, author,
	    rep, cause);
}

/* ---- history and restore ------------------------------------------------ */

struct field_history *
field_history_get(struct store *st, enum field_kind kind, int64_t record_id,
    const char *field, char **cause)
{
	struct field_history *h;

	if ((int)kind < 0 || kind >= FIELD_NKINDS) {
		model_fail(cause, "onbekende soort");
		return NULL;
	}
	if ((h = store_field_history(st, field_kind_names[kind], record_id, field)) == NULL)
		model_store_cause(st, cause);
	return h;
}

int
field_restore(struct store *st, const struct catalogue *cat, int64_t change_id,
    const char *author, char **cause)
{
	char *theirs[MAXF] = { NULL };
	const char *out[MAXF];
	enum field_outcome oc[MAXF];
	struct field_change *c, *last = NULL;
	const struct rule_kind *k;
	struct rule_ctx cx;
	void *rec = NULL;
	size_t i, idx;
	int kind, r;

	if ((c = store_field_change_get(st, change_id)) == NULL)
		return model_store_cause(st, cause);
	if ((kind = field_kind_of(c->kind)) < 0 || find_field(kind, c->field, &idx) == NULL) {
		field_change_free(c);
		return model_fail(cause, "onbekend veld in de geschiedenis");
	}
	k = kinds[kind];
	memset(&cx, 0, sizeof cx);
	cx.coalition_id = c->coalition_id;
	cx.id = c->record_id;
	cx.cat = cat;
	if (store_begin(st) != 0) {
		field_change_free(c);
		return model_store_cause(st, cause);
	}
	if ((r = k->read(st, &cx, theirs, &rec, cause)) < 0)
		goto fail;
	if (r == 0) {
		model_fail(cause, "dit is intussen op een andere terminal verwijderd");
		goto fail;
	}
	if (same(theirs[idx], c->value))
		goto done;		/* it is the current value already */
	for (i = 0; i < k->nfields; i++) {
		out[i] = i == idx ? c->value : theirs[i];
		oc[i] = i == idx ? FIELD_OURS : FIELD_SAME;
	}
	if (keep_stored(st, k, &cx, idx, theirs[idx], &last, cause) != 0)
		goto fail;
	field_change_free(last);
	if (k->write(st, &cx, rec, (char *const *)(uintptr_t)out, cause) != 0 ||
	    log_stored(st, k, &cx, oc, author, "teruggezet", cause) != 0)
		goto fail;
done:
	k->drop(rec);
	vals_free(theirs, k->nfields);
	field_change_free(c);
	return store_commit(st) == 0 ? 0 : model_store_cause(st, cause);
fail:
	if (rec != NULL)
		k->drop(rec);
	vals_free(theirs, k->nfields);
	field_change_free(c);
	store_rollback(st);
	return -1;
}

/* ---- an import: the same rule between two werkboeken -------------------- */

/* Column name of row r of table ti in d, or NULL. */
static const struct dump_value *
dump_col(const struct dump *d, size_t ti, size_t r, const char *name)
{
	const struct dump_table *t = &dump_tables[ti];
	size_t c;

	for (c = 0; c < t->ncols; c++)
		if (strcmp(t->cols[c].name, name) == 0)
			return &d->t[ti].v[r * t->ncols + c];
	return NULL;
}

static char *
dump_text(const struct dump *d, size_t ti, size_t r, const char *name)
{
	const struct dump_value *v = dump_col(d, ti, r, name);

	return v == NULL || v->null ? NULL : v->s;
}

static int
dump_int(const struct dump *d, size_t ti, size_t r, const char *name, int null_as)
{
	const struct dump_value *v = dump_col(d, ti, r, name);

	return v == NULL || v->null ? null_as : (int)v->i;
}

/* The file's values of the record m, as the kind's fields; 0, or -1 for
 * a table the rule does not cover. */
static int
file_vals(const struct dump *d, const struct dump_match *m, char **v,
    const struct rule_kind **k)
{
	const char *table = dump_tables[m->table].name;
	size_t r = m->row, i;
	int ft;

	if (strcmp(table, "player") == 0) {
		struct player p;

		memset(&p, 0, sizeof p);
		p.name = dump_text(d, m->table, r, "name");
		p.organisation = dump_text(d, m->table, r, "organisation");
		p.kind = dump_text(d, m->table, r, "kind");
		p.level = dump_text(d, m->table, r, "level");
		p.role = dump_text(d, m->table, r, "role");
		p.power = dump_int(d, m->table, r, "power", 0);
		p.interest = dump_int(d, m->table, r, "interest", 0);
		p.standpunt = dump_text(d, m->table, r, "standpunt");
		p.kopgroep = dump_int(d, m->table, r, "kopgroep", 0);
		p.eigen_belang = dump_text(d, m->table, r, "eigen_belang");
		p.bijdrage = dump_text(d, m->table, r, "bijdrage");
		p.phase_joined = dump_int(d, m->table, r, "phase_joined", -1);
		p.phase_left = dump_int(d, m->table, r, "phase_left", -1);
		p.notes = dump_text(d, m->table, r, "notes");
		p.macht = dump_text(d, m->table, r, "macht");
		p.onvervangbaar = dump_int(d, m->table, r, "onvervangbaar", -1);
		p.formal_relation = dump_text(d, m->table, r, "formal_relation");
		p.representative = dump_text(d, m->table, r, "representative");
		p.same_mandate = dump_int(d, m->table, r, "same_mandate", -1);
		p.can_commit = dump_int(d, m->table, r, "can_commit", -1);
		p.wants_regie = dump_int(d, m->table, r, "wants_regie", -1);
		p.grants_regie = dump_int(d, m->table, r, "grants_regie", -1);
		if (p.name == NULL || p.organisation == NULL || p.kind == NULL ||
		    p.level == NULL || p.role == NULL || p.standpunt == NULL ||
		    p.eigen_belang == NULL || p.bijdrage == NULL || p.notes == NULL ||
		    p.representative == NULL)
			return -1;
		player_to_vals(&p, v);
		*k = &kind_player;
	} else if (strcmp(table, "collaboration") == 0) {
		struct collaboration c;

		memset(&c, 0, sizeof c);
		c.name = dump_text(d, m->table, r, "name");
		c.description = dump_text(d, m->table, r, "description");
		c.stance = dump_text(d, m->table, r, "stance");
		c.note = dump_text(d, m->table, r, "note");
		if (c.name == NULL || c.description == NULL || c.stance == NULL || c.note == NULL)
			return -1;
		collaboration_to_vals(&c, v);
		*k = &kind_collaboration;
	} else if (strcmp(table, "dilemma") == 0) {
		i = (size_t)dump_int(d, m->table, r, "team_position", 0);
		v[D_RATIONALE] = opt_dup(dump_text(d, m->table, r, "rationale"));
		v[D_TEAM] = i > 0 ? int_text((int)i) : NULL;
		*k = &kind_dilemma;
	} else if (strcmp(table, "typology") == 0) {
		struct typology t;
		int64_t coalition_row = dump_col(d, m->table, r, "coalition_id")->i;

		memset(&t, 0, sizeof t);
		t.opgave_score = dump_int(d, m->table, r, "opgave_score", 0);
		for (i = 0; i < 8; i++)
			t.factors[i] = -1;
		/* its factors are rows of their own, by the coalition's place */
		if ((ft = dump_table_find("typology_factor")) >= 0)
			for (i = 0; i < d->t[ft].n; i++) {
				int f = dump_int(d, (size_t)ft, i, "factor", 0);

				if (dump_col(d, (size_t)ft, i, "coalition_id")->i == coalition_row &&
				    f >= 1 && f <= 8)
					t.factors[f - 1] = dump_int(d, (size_t)ft, i, "score", -1);
			}
		t.override_type = dump_text(d, m->table, r, "override_type");
		t.override_reason = dump_text(d, m->table, r, "override_reason");
		typology_to_vals(&t, v);
		*k = &kind_typology;
	} else if (strcmp(table, "coalition") == 0) {
		v[K_NAME] = opt_dup(dump_text(d, m->table, r, "name"));
		i = (size_t)dump_int(d, m->table, r, "phase", -1);
		v[K_PHASE] = (int)i >= 0 ? int_text((int)i) : NULL;
		*k = &kind_coalition;
	} else if (strcmp(table, "note") == 0) {
		v[0] = opt_dup(dump_text(d, m->table, r, "text"));
		*k = &kind_note;
	} else if (strcmp(table, "relation") == 0) {
		v[0] = opt_dup(dump_text(d, m->table, r, "note"));
		*k = &kind_relation;
	} else
		return -1;
	return 0;
}

/* Was value ever field i's value here? */
static int
had_value(struct store *st, const struct rule_kind *k, const struct rule_ctx *cx, size_t i,
    const char *value, int *had, char **cause)
{
	struct field_history *h;
	size_t j;

	*had = 0;
	if ((h = store_field_history(st, field_kind_names[k->kind], cx->id,
	    k->fields[i].name)) == NULL)
		return model_store_cause(st, cause);
	for (j = 0; j < h->n && !*had; j++)
		*had = same(h->v[j].value, value);
	field_history_free(h);
	return 0;
}

/*
 * One record both werkboeken have. Per field where the file differs:
 *  - the file's value was ours once: we changed it since; ours stays;
 *  - ours was saved here after the file's record last changed (its
 *    history says when): changed on both sides, ours is the later and
 *    stays, the file's goes into the history;
 *  - else the file's is the later (or the only) change: it is taken, and
 *    ours goes into the history.
 * A value the file does not know (NULL: a factor not scored, a choice
 * left open) never replaces one we know: an import adds, it never erases.
 */
static int
import_one(struct store *st, const struct rule_kind *k, const struct rule_ctx *cx,
    char *const *fv, const char *file_updated, const char *author,
    struct field_import_count *count, char **cause)
{
	char *ours[MAXF] = { NULL };
	const char *out[MAXF];
	enum field_outcome oc[MAXF];
	struct field_change *last;
	void *rec = NULL;
	size_t i, taken = 0;
	int r, had;

	if ((r = k->read(st, cx, ours, &rec, cause)) <= 0)
		return r;
	for (i = 0; i < k->nfields; i++) {
		oc[i] = FIELD_SAME;
		out[i] = ours[i];
		if (same(ours[i], fv[i]) || fv[i] == NULL)
			continue;
		if (had_value(st, k, cx, i, fv[i], &had, cause) != 0)
			goto fail;
		if (had) {
			count->kept++;
			continue;
		}
		last = store_field_last(st, field_kind_names[k->kind], cx->id, k->fields[i].name);
		if (last == NULL && store_status(st) != STORE_NOTFOUND) {
			model_store_cause(st, cause);
			goto fail;
		}
		if (last != NULL && same(last->value, ours[i]) && file_updated != NULL &&
		    strcmp(last->saved_at, file_updated) > 0) {
			/* ours is the later: theirs into the history, then ours
			 * again on top (the newest row is the current value) */
			if (history_add(st, k, cx, i, fv[i], author, "import", cause) != 0 ||
			    history_add(st, k, cx, i, ours[i], last->author, "bewaard", cause) != 0) {
				field_change_free(last);
				goto fail;
			}
			count->kept++;
		} else {
			oc[i] = FIELD_OURS;
			out[i] = fv[i];
			taken++;
		}
		field_change_free(last);
	}
	if (taken > 0) {
		for (i = 0; i < k->nfields; i++) {
			if (oc[i] != FIELD_OURS)
				continue;
			if (keep_stored(st, k, cx, i, ours[i], &last, cause) != 0)
				goto fail;
			field_change_free(last);
		}
		if (k->write(st, cx, rec, (char *const *)(uintptr_t)out, cause) != 0 ||
		    log_stored(st, k, cx, oc, author, "import", cause) != 0)
			goto fail;
		count->taken += taken;
	}
	k->drop(rec);
	vals_free(ours, k->nfields);
	return 1;
fail:
	k->drop(rec);
	vals_free(ours, k->nfields);
	return -1;
}

int
field_import(struct store *st, const struct catalogue *cat, const struct dump *d,
    const struct dump_match *m, size_t n, const char *author,
    struct field_import_count *count, char **cause)
{
	const struct rule_kind *k;
	struct rule_ctx cx;
	char *fv[MAXF] = { NULL };
	size_t i;
	int ret = 0;

	memset(count, 0, sizeof *count);
	if (store_begin(st) != 0)
		return model_store_cause(st, cause);
	for (i = 0; i < n && ret == 0; i++) {
		if (file_vals(d, &m[i], fv, &k) != 0)
			continue;
		memset(&cx, 0, sizeof cx);
		cx.coalition_id = m[i].coalition_id;
		cx.id = m[i].id;
		cx.cat = cat;
		if (import_one(st, k, &cx, fv, dump_text(d, m[i].table, m[i].row, "updated"),
		    author, count, cause) < 0)
			ret = -1;
		vals_free(fv, k->nfields);
	}
	if (ret != 0) {
		store_rollback(st);
		return -1;
	}
	return store_commit(st) == 0 ? 0 : model_store_cause(st, cause);
}

/* ---- what the screen says ----------------------------------------------- */

/* "14:02" from a UTC ISO 8601 time, as the history screen shows it; ""
 * when there is none. */
static void
hhmm(const char *iso, char *buf, size_t n)
{
	buf[0] = '\0';
	if (iso != NULL && strlen(iso) >= 16 && iso[13] == ':')
		snprintf(buf, n, "%.5s", iso + 11);
}

char *
field_report_message(const struct field_report *r, enum field_kind kind, const char *key)
{
	static const char *const this_one[FIELD_NKINDS] = {
		"Deze speler", "Dit dilemma", "De typologie", "Deze notitie", "Deze samenwerking",
		"Deze coalitie", "Deze relatie",
	};
	static const char *const noun[FIELD_NKINDS] = {
		"speler", "dilemma", "typologie", "notitie", "samenwerking", "coalitie", "relatie",
	};
	const struct field_clash *c;
	char when[16], more[48] = "", paren[24] = "";

	if ((int)kind < 0 || kind >= FIELD_NKINDS)
		return NULL;
	if (r->gone)
		return xasprintf("%s was intussen op een andere terminal verwijderd; uw versie "
		    "is als nieuwe %s bewaard.", this_one[kind], noun[kind]);
	if (r->nclashes == 0)
		return NULL;
	c = &r->clashes[0];
	hhmm(c->saved_at, when, sizeof when);
	if (when[0] != '\0')
		snprintf(paren, sizeof paren, " (%s)", when);
	if (r->nclashes > 1)
		snprintf(more, sizeof more, " en nog %zu veld%s", r->nclashes - 1,
		    r->nclashes > 2 ? "en" : "");
	if (r->undeleted)
		return c->author[0] != '\0' ?
		    xasprintf("%s wijzigde deze notitie intussen%s; daarom is ze niet "
		    "verwijderd.", c->author, paren) :
		    xasprintf("Deze notitie is intussen elders gewijzigd%s; daarom is ze niet "
		    "verwijderd.", paren);
	if (c->author[0] != '\0')
		return xasprintf("%s wijzigde ook ‘%s’%s%s; uw versie staat, die van %s in de "
		    "geschiedenis (%s).", c->author, field_label(kind, c->field), more, paren,
		    c->author, key);
	return xasprintf("Op een andere terminal is ook ‘%s’%s gewijzigd%s; uw versie staat, "
	    "de andere in de geschiedenis (%s).", field_label(kind, c->field), more, paren, key);
}
