/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * dilemma.c: see dilemma.h. Everything typed into a dilemma box is checked
 * here before the store sees it: valid UTF-8, names and titles on one line
 * and not blank, a form the method knows, places that fit the form. The
 * value lists mirror the CHECK constraints of schema/001_init.sql and
 * 003_dilemma.sql; the spread and the tally are pure.
 */
#include "config.h"

#include <assert.h>
#include <stdlib.h>
#include <string.h>

#include "vitaal/answer.h"
#include "vitaal/catalogue.h"
#include "vitaal/dilemma.h"
#include "vitaal/store.h"
#include "vitaal/store_dilemma.h"
#include "vitaal/utf8.h"
#include "vitaal/util.h"
#include "model_int.h"

#define NELEM(a)	(sizeof (a) / sizeof (a)[0])

/* A choice box keeps at most as many options as a team position can
 * name: team_position is CHECKed to 1..7 in the schema. */
#define DILEMMA_MAX_OPTIONS	DILEMMA_SCALE

#define LIKELIHOOD_MAX		5

static const char *const forms[] = { "pool", "procontra", "keuze" };
static const char *const situations[] = { "huidig", "nieuw" };
static const char *const stances[] = { "voor", "tegen" };
static const char *const text_fields[] = {
	"title", "rationale", "between_text", "circling", "pole_a", "pole_b",
};

/* Read a coalition's dilemmas whole; the store does the grouping. */
struct dilemma_list *
dilemma_list(struct store *st, int64_t coalition_id, char **cause)
{
	return model_read(st, store_dilemma_list(st, coalition_id), cause);
}

/* Copy a catalogue dilemma after checking the key is really there, so a
 * typo reads as such rather than as a missing coalition. */
int64_t
dilemma_add_from_catalogue(struct store *st, const struct catalogue *cat,
    int64_t coalition_id, const char *key, char **cause)
{
	int64_t id;
	size_t i;

	assert(cat != NULL && key != NULL);
	for (i = 0; i < cat->ndilemmas; i++) {
		if (strcmp(cat->dilemmas[i].key, key) == 0)
			break;
	}
	if (i == cat->ndilemmas) {
		if (cause != NULL)
			*cause = xasprintf("dilemma '%s' staat niet in de catalogus", key);
		return -1;
	}
	id = store_dilemma_copy_catalogue(st, coalition_id, key);
	return id < 0 ? model_store_cause(st, cause) : id;
}

/* Split a '|'-separated list into d's options: each trimmed, empty ones
 * dropped; refuses control characters, the same option twice (ignoring
 * case), fewer than two or more than DILEMMA_MAX_OPTIONS. 0 or -1. */
static int
split_options(struct dilemma *d, const char *list, char **cause)
{
	const char *p, *bar;
	char *piece, *label;
	size_t i;

	if (list == NULL)
		list = "";
	if (model_check_text(list, cause) != 0)
		return -1;
	for (p = list; p != NULL; p = bar != NULL ? bar + 1 : NULL) {
		bar = strchr(p, '|');
		piece = bar != NULL ? xstrndup(p, (size_t)(bar - p)) : xstrdup(p);
		label = model_clean_opt_line(piece, "een optie staat op één regel, zonder stuurtekens",
		    cause);
		free(piece);
		if (label == NULL)
			return -1;
		if (label[0] == '\0') {
			free(label);
			continue;
		}
		for (i = 0; i < d->noptions; i++) {
			if (str_casecmp(d->options[i], label) == 0) {
				if (cause != NULL)
					*cause = xasprintf("optie '%s' staat er twee keer in", label);
				free(label);
				return -1;
			}
		}
		d->options = xreallocarray(d->options, d->noptions + 1, sizeof *d->options);
		d->options[d->noptions++] = label;
	}
	if (d->noptions < 2)
		return model_fail(cause, "een keuzedilemma heeft minstens twee opties, gescheiden"
		    " door '|'");
	if (d->noptions > DILEMMA_MAX_OPTIONS) {
		if (cause != NULL)
			*cause = xasprintf("een keuzedilemma heeft hooguit %d opties",
			    DILEMMA_MAX_OPTIONS);
		return -1;
	}
	return 0;
}

/* Check and add the team's own dilemma. Poles mean nothing to a choice
 * box and options nothing to the other forms, so those are not stored. */
int64_t
dilemma_add_own(struct store *st, int64_t coalition_id, const char *form,
    const char *title, const char *pole_a, const char *pole_b, const char *options,
    char **cause)
{
	static const char pole_why[] = "een pooldilemma heeft twee polen nodig, elk op één regel";
	struct dilemma d;
	int64_t id = -1;

	memset(&d, 0, sizeof d);
	d.coalition_id = coalition_id;
	if (form == NULL || str_index(forms, NELEM(forms), form) < 0) {
		if (cause != NULL)
			*cause = xasprintf("onbekende vorm '%s': kies pool, procontra of keuze",
			    form != NULL ? form : "");
		return -1;
	}
	d.form = xstrdup(form);
	if ((d.title = model_clean_line(title, "geef het dilemma een titel op één regel",
	    cause)) == NULL)
		goto out;
	if (strcmp(form, "pool") == 0) {
		if ((d.pole_a = model_clean_line(pole_a, pole_why, cause)) == NULL ||
		    (d.pole_b = model_clean_line(pole_b, pole_why, cause)) == NULL)
			goto out;
	} else if (strcmp(form, "procontra") == 0) {
		if ((d.pole_a = model_clean_text(pole_a, cause)) == NULL ||
		    (d.pole_b = model_clean_text(pole_b, cause)) == NULL)
			goto out;
	} else if (split_options(&d, options, cause) != 0)
		goto out;
	if ((id = store_dilemma_insert(st, &d)) < 0)
		model_store_cause(st, cause);
out:
	dilemma_clear(&d);
	return id;
}

/* Remove a box with its places, arguments and options. */
int
dilemma_remove(struct store *st, int64_t id, char **cause)
{
	return store_dilemma_delete(st, id) == 0 ? 0 : model_store_cause(st, cause);
}

/* Set one text of a box. The title and a pool's poles are one-line and
 * not blank (the form is read to know which poles those are); the other
 * texts are free and may be emptied. */
int
dilemma_set_text(struct store *st, int64_t id, const char *field, const char *value,
    char **cause)
{
	char *clean = NULL, *form = NULL;
	int ret = -1;

	if (field == NULL || str_index(text_fields, NELEM(text_fields), field) < 0) {
		if (cause != NULL)
			*cause = xasprintf("onbekend veld '%s'", field != NULL ? field : "");
		return -1;
	}
	if (strcmp(field, "title") == 0)
		clean = model_clean_line(value, "geef het dilemma een titel op één regel", cause);
	else if (strcmp(field, "pole_a") == 0 || strcmp(field, "pole_b") == 0) {
		if ((form = store_dilemma_form(st, id)) == NULL)
			return model_store_cause(st, cause);
		if (strcmp(form, "pool") == 0)
			clean = model_clean_line(value, "een pool staat op één regel en is niet leeg",
			    cause);
		else
			clean = model_clean_text(value, cause);
	} else {
		if (value == NULL)
			value = "";
		if (model_check_text(value, cause) == 0)
			clean = xstrdup(value);
	}
	if (clean == NULL)
		goto out;
	if ((ret = store_dilemma_set_text(st, id, field, clean)) != 0)
		model_store_cause(st, cause);
out:
	free(form);
	free(clean);
	return ret;
}

/* Does position fit d's form: 1..7 on a pole box, an existing option's
 * seq on a choice box? A pro/contra box has no places. 0 or -1. */
static int
check_position(const struct dilemma *d, int position, char **cause)
{
	if (strcmp(d->form, "pool") == 0) {
		if (position < 1 || position > DILEMMA_SCALE) {
			if (cause != NULL)
				*cause = xasprintf("een plaats op de schaal loopt van 1 tot en"
				    " met %d", DILEMMA_SCALE);
			return -1;
		}
		return 0;
	}
	if (strcmp(d->form, "keuze") == 0) {
		if (d->noptions == 0)
			return model_fail(cause, "dit keuzedilemma heeft nog geen opties");
		if (position < 1 || (size_t)position > d->noptions) {
			if (cause != NULL)
				*cause = xasprintf("kies een optie van 1 tot en met %zu",
				    d->noptions);
			return -1;
		}
		return 0;
	}
	if (strcmp(d->form, "procontra") == 0)
		return model_fail(cause, "een pro/contra-dilemma kent geen plaatsen; geef"
		    " argumenten voor en tegen");
	if (cause != NULL)
		*cause = xasprintf("onbekende vorm '%s'", d->form);
	return -1;
}

/* The team's place, checked like a person's; 0 clears it on any form. */
int
dilemma_set_team(struct store *st, const struct dilemma *d, int position, char **cause)
{
	if (position != 0 && check_position(d, position, cause) != 0)
		return -1;
	if (store_dilemma_set_int(st, d->id, "team_position", position) != 0)
		return model_store_cause(st, cause);
	return 0;
}

/* How likely the pros of the new situation come (1..5; 0 clears). */
int
dilemma_set_likelihood(struct store *st, int64_t id, int likelihood, char **cause)
{
	if (likelihood < 0 || likelihood > LIKELIHOOD_MAX) {
		if (cause != NULL)
			*cause = xasprintf("de kans loopt van 1 tot en met %d (0 wist haar)",
			    LIKELIHOOD_MAX);
		return -1;
	}
	if (store_dilemma_set_int(st, id, "likelihood", likelihood) != 0)
		return model_store_cause(st, cause);
	return 0;
}

/* ---- rounds ------------------------------------------------------------ */

static const char *const mode_names[] = { "naam", "anoniem", "stil" };

const char *
dilemma_mode_name(enum dilemma_mode mode)
{
	return (unsigned)mode < NELEM(mode_names) ? mode_names[mode] : "naam";
}

char *
dilemma_round_title(const struct dilemma_round *r)
{
	return xasprintf("Ronde %d · %s%s%s%s", r->seq, r->mode == ROUND_NAMED ? "op naam" :
	    r->mode == ROUND_ANONYMOUS ? "anoniem" : r->revealed ? "stil, onthuld" : "stil",
	    r->label[0] != '\0' ? " · " : "", r->label, r->closed == NULL ? " · open" : "");
}

int64_t
dilemma_round_open(struct store *st, const struct dilemma *d, enum dilemma_mode mode,
    const char *label, int64_t session_id, char **cause)
{
	char *clean;

	if (strcmp(d->form, "procontra") == 0)
		return model_fail(cause, "een pro/contra-dilemma kent geen rondes; geef argumenten"
		    " voor en tegen");
	if ((unsigned)mode >= NELEM(mode_names))
		return model_fail(cause, "onbekende soort ronde");
	if (label == NULL)
		label = "";
	if ((clean = model_clean_opt_line(label, "de naam van een ronde staat op één regel",
	    cause)) == NULL)
		return -1;
	return model_wrote(st, store_round_open(st, d->id, mode_names[mode], clean, session_id),
	    clean, cause);
}

int
dilemma_round_close(struct store *st, int64_t round_id, char **cause)
{
	return store_round_close(st, round_id) == 0 ? 0 : model_store_cause(st, cause);
}

int
dilemma_round_reveal(struct store *st, int64_t round_id, char **cause)
{
	return store_round_reveal(st, round_id) == 0 ? 0 : model_store_cause(st, cause);
}

const struct dilemma_round *
dilemma_round_open_now(const struct dilemma *d)
{
	size_t i;

	for (i = d->nrounds; i > 0; i--)
		if (d->rounds[i - 1].closed == NULL)
			return &d->rounds[i - 1];
	return NULL;
}

const struct dilemma_round *
dilemma_round_find(const struct dilemma *d, int64_t round_id)
{
	size_t i;

	for (i = 0; i < d->nrounds; i++)
		if (d->rounds[i].id == round_id)
			return &d->rounds[i];
	return NULL;
}

void
dilemma_in_round(const struct dilemma *d, int64_t round_id, struct dilemma *view)
{
	size_t k, n = 0;

	*view = *d;
	view->positions = xcalloc(d->npositions + 1, sizeof *view->positions);
	for (k = 0; k < d->npositions; k++)
		if (d->positions[k].round_id == round_id)
			view->positions[n++] = d->positions[k];
	view->npositions = n;
}

int
dilemma_round_hidden(const struct dilemma_round *r)
{
	return r != NULL && r->mode == ROUND_SILENT && !r->revealed;
}

int64_t
dilemma_round_place(struct store *st, const struct dilemma *d, int64_t round_id,
    int64_t participant_id, int position, int64_t session_id, char **cause)
{
	const struct dilemma_round *r = dilemma_round_find(d, round_id);
	int64_t id;

	if (check_position(d, position, cause) != 0)
		return -1;
	if (r != NULL && r->mode == ROUND_ANONYMOUS && participant_id != 0)
		return model_fail(cause, "een anonieme ronde bewaart geen namen");
	if (r != NULL && r->mode != ROUND_ANONYMOUS && participant_id <= 0)
		return model_fail(cause, "kies wie deze plaats inneemt uit de aanwezigen");
	id = store_round_place(st, round_id, participant_id, "", position, session_id);
	return id < 0 ? model_store_cause(st, cause) : id;
}

int
dilemma_round_move(struct store *st, const struct dilemma *d, int64_t position_id,
    int position, char **cause)
{
	if (check_position(d, position, cause) != 0)
		return -1;
	return store_position_move(st, position_id, position) == 0 ? 0 :
	    model_store_cause(st, cause);
}

/* The round open on d for places of this kind (anonymous or not),
 * opening one when there is none: the older calls by label. */
static int64_t
legacy_round(struct store *st, const struct dilemma *d, int anonymous, int64_t session_id,
    char **cause)
{
	const char *mode = NULL;
	int64_t id;

	if ((id = store_round_open_id(st, d->id, &mode)) < 0)
		return model_store_cause(st, cause);
	if (id > 0 && mode != NULL && (strcmp(mode, "anoniem") == 0) == anonymous)
		return id;
	return dilemma_round_open(st, d, anonymous ? ROUND_ANONYMOUS : ROUND_NAMED, "",
	    session_id, cause);
}

/* Record where label stands, in the open round; the store replaces that
 * label's earlier place there, so a round can be redone without
 * duplicates. */
int64_t
dilemma_place(struct store *st, const struct dilemma *d, const char *label,
    int position, int64_t session_id, char **cause)
{
	char *clean;
	int64_t round;

	if (check_position(d, position, cause) != 0)
		return -1;
	if ((clean = model_clean_line(label, "geef de naam van wie een plaats kiest, op één regel",
	    cause)) == NULL)
		return -1;
	if ((round = legacy_round(st, d, 0, session_id, cause)) < 0) {
		free(clean);
		return -1;
	}
	return model_wrote(st, store_round_place(st, round, 0, clean, position, session_id),
	    clean, cause);
}

/* Take a person's place off the box. */
int
dilemma_unplace(struct store *st, int64_t position_id, char **cause)
{
	return store_position_delete(st, position_id) == 0 ? 0 : model_store_cause(st, cause);
}

int64_t
dilemma_place_anonymous(struct store *st, const struct dilemma *d, int position,
    int64_t session_id, char **cause)
{
	int64_t id, round;

	if (check_position(d, position, cause) != 0)
		return -1;
	if ((round = legacy_round(st, d, 1, session_id, cause)) < 0)
		return -1;
	id = store_round_place(st, round, 0, "", position, session_id);
	return id < 0 ? model_store_cause(st, cause) : id;
}

size_t
dilemma_shown(const struct dilemma *d, int silent, size_t *idx)
{
	size_t k, n = 0, anon = 0;

	if (silent)
		return 0;
	for (k = 0; k < d->npositions; k++)
		anon += d->positions[k].label[0] == '\0';
	for (k = 0; k < d->npositions; k++)
		if (d->positions[k].label[0] != '\0' || anon >= DILEMMA_ANON_MIN)
			idx[n++] = k;
	return n;
}

/* Add an argument to a cell; only a pro/contra box has cells, so the
 * box's form is read first. */
int64_t
dilemma_argue(struct store *st, int64_t dilemma_id, const char *situation,
    const char *stance, const char *text, char **cause)
{
	char *clean = NULL, *form = NULL;
	int64_t id = -1;

	if (situation == NULL || str_index(situations, NELEM(situations), situation) < 0) {
		if (cause != NULL)
			*cause = xasprintf("onbekende situatie '%s': huidig of nieuw",
			    situation != NULL ? situation : "");
		return -1;
	}
	if (stance == NULL || str_index(stances, NELEM(stances), stance) < 0) {
		if (cause != NULL)
			*cause = xasprintf("onbekende kant '%s': voor of tegen",
			    stance != NULL ? stance : "");
		return -1;
	}
	if ((clean = model_clean_text(text, cause)) == NULL)
		return -1;
	if (clean[0] == '\0') {
		model_fail(cause, "een argument mag niet leeg zijn");
		goto out;
	}
	if ((form = store_dilemma_form(st, dilemma_id)) == NULL) {
		model_store_cause(st, cause);
		goto out;
	}
	if (strcmp(form, "procontra") != 0) {
		model_fail(cause, "argumenten horen bij een pro/contra-dilemma");
		goto out;
	}
	if ((id = store_argument_insert(st, dilemma_id, situation, stance, clean)) < 0)
		model_store_cause(st, cause);
out:
	free(form);
	free(clean);
	return id;
}

/* Remove one argument. */
int
dilemma_unargue(struct store *st, int64_t argument_id, char **cause)
{
	return store_argument_delete(st, argument_id) == 0 ? 0 : model_store_cause(st, cause);
}

/* Lowest, highest and twice the median of the places 1..DILEMMA_SCALE,
 * counted per point so no copy is sorted; places outside the scale (the
 * model never stores them) are not counted. */
void
dilemma_spread(const struct dilemma *d, struct dilemma_spread *out)
{
	int count[DILEMMA_SCALE + 1] = { 0 };
	int v, seen, lo_rank, hi_rank, lo = 0, hi = 0;
	size_t i;

	memset(out, 0, sizeof *out);
	for (i = 0; i < d->npositions; i++) {
		v = d->positions[i].position;
		if (v < 1 || v > DILEMMA_SCALE)
			continue;
		count[v]++;
		out->count++;
	}
	if (out->count == 0)
		return;
	/* 0-based ranks of the middle place, or of the two middle ones. */
	lo_rank = (out->count - 1) / 2;
	hi_rank = out->count / 2;
	seen = 0;
	for (v = 1; v <= DILEMMA_SCALE; v++) {
		if (count[v] == 0)
			continue;
		if (out->low == 0)
			out->low = v;
		out->high = v;
		if (lo_rank >= seen && lo_rank < seen + count[v])
			lo = v;
		if (hi_rank >= seen && hi_rank < seen + count[v])
			hi = v;
		seen += count[v];
	}
	out->median2 = lo + hi;
}

/* Count the choices per option; a place that names no option is skipped. */
void
dilemma_tally(const struct dilemma *d, int *counts)
{
	size_t i;
	int v;

	for (i = 0; i < d->noptions; i++)
		counts[i] = 0;
	for (i = 0; i < d->npositions; i++) {
		v = d->positions[i].position;
		if (v >= 1 && (size_t)v <= d->noptions)
			counts[v - 1]++;
	}
}

/* ---- how the room moved ------------------------------------------------ */

/* Do places p and q belong to the same person: the same participant when
 * both know one, else the same name (ignoring case)? Anonymous places
 * belong to nobody. */
static int
same_person(const struct dilemma_position *p, const struct dilemma_position *q)
{
	if (p->label[0] == '\0' || q->label[0] == '\0')
		return 0;
	if (p->participant_id > 0 && q->participant_id > 0)
		return p->participant_id == q->participant_id;
	return str_casecmp(p->label, q->label) == 0;
}

static void
add_move(struct dilemma_compare *c, const char *name, int from, int to)
{
	c->moves = xreallocarray(c->moves, c->nmoves + 1, sizeof *c->moves);
	c->moves[c->nmoves].name = name;
	c->moves[c->nmoves].from = from;
	c->moves[c->nmoves].to = to;
	c->nmoves++;
}

/* Counts per place of one round into counts[1..DILEMMA_MAX_PLACES]. */
static void
count_round(const struct dilemma *view, int *counts)
{
	size_t k;
	int v;

	for (k = 0; k < view->npositions; k++) {
		v = view->positions[k].position;
		if (v >= 1 && v <= DILEMMA_MAX_PLACES)
			counts[v]++;
	}
}

void
dilemma_compare(const struct dilemma *d, int64_t round_a, int64_t round_b,
    struct dilemma_compare *out)
{
	const struct dilemma_round *ra = dilemma_round_find(d, round_a);
	const struct dilemma_round *rb = dilemma_round_find(d, round_b);
	struct dilemma va, vb;
	size_t i, k;

	memset(out, 0, sizeof *out);
	dilemma_in_round(d, round_a, &va);
	dilemma_in_round(d, round_b, &vb);
	count_round(&va, out->counts_a);
	count_round(&vb, out->counts_b);
	if (strcmp(d->form, "pool") == 0) {
		dilemma_spread(&va, &out->a);
		dilemma_spread(&vb, &out->b);
		if (out->a.count > 0 && out->b.count > 0)
			out->median_shift2 = out->b.median2 - out->a.median2;
		out->range_a = out->a.count > 0 ? out->a.high - out->a.low : 0;
		out->range_b = out->b.count > 0 ? out->b.high - out->b.low : 0;
	}
	out->named = ra != NULL && rb != NULL && ra->mode != ROUND_ANONYMOUS &&
	    rb->mode != ROUND_ANONYMOUS;
	if (!out->named)
		goto done;
	/* Who moved or stayed, in the order of the earlier round; then who
	 * came in the later one only. */
	for (i = 0; i < va.npositions; i++) {
		const struct dilemma_position *p = &va.positions[i];

		for (k = 0; k < vb.npositions; k++)
			if (same_person(p, &vb.positions[k]))
				break;
		if (k == vb.npositions)
			add_move(out, p->label, p->position, 0);
		else if (vb.positions[k].position != p->position)
			add_move(out, vb.positions[k].label, p->position, vb.positions[k].position);
		else
			out->stayed++;
	}
	for (k = 0; k < vb.npositions; k++) {
		for (i = 0; i < va.npositions; i++)
			if (same_person(&va.positions[i], &vb.positions[k]))
				break;
		if (i == va.npositions)
			add_move(out, vb.positions[k].label, 0, vb.positions[k].position);
	}
done:
	free(va.positions);
	free(vb.positions);
}

void
dilemma_compare_free(struct dilemma_compare *c)
{
	free(c->moves);
	c->moves = NULL;
	c->nmoves = 0;
}

/* "3½" for a median counted in halves (allocated). */
static char *
halves(int v2)
{
	return xasprintf("%d%s", v2 / 2, v2 % 2 ? "½" : "");
}

char *
dilemma_compare_text(const struct dilemma *d, const struct dilemma_compare *c, int hidden_a,
    int hidden_b)
{
	struct strbuf b = { 0 };
	size_t k;
	int p, na = 0, nb = 0, shift;
	char *ma, *mb, *ms;

	if (hidden_a || hidden_b) {
		strbuf_puts(&b, "Een stille ronde is nog niet onthuld.");
		return strbuf_take(&b);
	}
	if (strcmp(d->form, "pool") == 0) {
		strbuf_printf(&b, "Plaatsen %d → %d. ", c->a.count, c->b.count);
		if (c->a.count > 0 && c->b.count > 0) {
			ma = halves(c->a.median2);
			mb = halves(c->b.median2);
			ms = halves(c->median_shift2 < 0 ? -c->median_shift2 : c->median_shift2);
			shift = c->range_b - c->range_a;
			strbuf_printf(&b, "Mediaan %s → %s (%s%s%s). Spreiding %d–%d → %d–%d (%s). ",
			    ma, mb, c->median_shift2 == 0 ? "gelijk" : ms,
			    c->median_shift2 == 0 ? "" : " richting ",
			    c->median_shift2 < 0 ? d->pole_a : c->median_shift2 > 0 ? d->pole_b : "",
			    c->a.low, c->a.high, c->b.low, c->b.high, shift == 0 ? "even breed" :
			    shift < 0 ? "smaller" : "breder");
			free(ma);
			free(mb);
			free(ms);
		}
	} else {
		for (p = 1; p <= DILEMMA_MAX_PLACES; p++) {
			na += c->counts_a[p];
			nb += c->counts_b[p];
		}
		strbuf_printf(&b, "Keuzes %d → %d. ", na, nb);
	}
	if (!c->named) {
		strbuf_puts(&b, "Wie bewoog, blijft onbekend: een van beide rondes is anoniem.");
		return strbuf_take(&b);
	}
	strbuf_puts(&b, c->nmoves == 0 ? "Niemand bewoog" : "Wie bewoog: ");
	for (k = 0; k < c->nmoves; k++) {
		strbuf_printf(&b, "%s%s ", k > 0 ? " · " : "", c->moves[k].name);
		if (c->moves[k].from == 0)
			strbuf_printf(&b, "erbij op %d", c->moves[k].to);
		else if (c->moves[k].to == 0)
			strbuf_printf(&b, "%d, niet meer", c->moves[k].from);
		else
			strbuf_printf(&b, "%d → %d", c->moves[k].from, c->moves[k].to);
	}
	strbuf_printf(&b, "; %zu bleef staan.", c->stayed);
	return strbuf_take(&b);
}

size_t
dilemma_round_counts(const struct dilemma *d, struct dilemma_round_count *out)
{
	struct dilemma view;
	size_t i;

	for (i = 0; i < d->nrounds; i++) {
		memset(&out[i], 0, sizeof out[i]);
		out[i].round = &d->rounds[i];
		dilemma_in_round(d, d->rounds[i].id, &view);
		out[i].count = (int)view.npositions;
		count_round(&view, out[i].counts);
		if (strcmp(d->form, "pool") == 0)
			dilemma_spread(&view, &out[i].spread);
		free(view.positions);
	}
	return d->nrounds;
}
