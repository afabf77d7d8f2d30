/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * intervisie.c: see intervisie.h. Everything typed for the intervisie
 * cycle is checked here before the store sees it: valid UTF-8, names and
 * titles on one line and not blank, a questionnaire the catalogue knows as
 * a zelfanalyse, a date the calendar has, text fields from a fixed list.
 * The privacy rule itself is kept by the store's queries (see
 * store_intervisie.h); the model only passes the viewer or owner on, and
 * compares two of the owner's analyses over what the store returns.
 */
#include "config.h"

#include <assert.h>
#include <stdlib.h>
#include <string.h>

#include "vitaal/answer.h"
#include "vitaal/catalogue.h"
#include "vitaal/coalition.h"
#include "vitaal/identity.h"
#include "vitaal/intervisie.h"
#include "vitaal/store.h"
#include "vitaal/store_intervisie.h"
#include "vitaal/utf8.h"
#include "vitaal/util.h"
#include "model_int.h"

#define NELEM(a)	(sizeof (a) / sizeof (a)[0])

static const char *const question_fields[] = { "interview", "gespreksnotitie", "follow_up" };

static const char *answer_of(const struct self_answer_rec *, size_t, const char *);

/* ---- participants ----------------------------------------------------- */

/* Everyone in the werkboek, by name. */
struct participant_list *
participant_list(struct store *st, char **cause)
{
	return model_read(st, store_participant_list(st), cause);
}

/* A participant starts with a name; the rest is filled in by save. */
int64_t
participant_add(struct store *st, const char *name, char **cause)
{
	char *clean;

	if ((clean = model_clean_line(name, "geef de deelnemer een naam op één regel", cause)) == NULL)
		return -1;
	return model_wrote(st, store_participant_insert(st, clean), clean, cause);
}

int64_t
participant_named(struct store *st, const char *name, char **cause)
{
	struct participant_list *pl;
	char *clean;
	int64_t id = 0;
	size_t i;

	if ((clean = model_clean_line(name, "geef de deelnemer een naam op één regel", cause)) == NULL)
		return -1;
	if ((pl = participant_list(st, cause)) == NULL) {
		free(clean);
		return -1;
	}
	for (i = 0; i < pl->n && id == 0; i++)
		if (str_casecmp(pl->v[i].name, clean) == 0)
			id = pl->v[i].id;
	participant_list_free(pl);
	if (id == 0 && (id = store_participant_insert(st, clean)) < 0)
		model_store_cause(st, cause);
	free(clean);
	return id;
}

/* The store refuses a name that is taken, in the INSERT itself. */
int64_t
participant_add_new(struct store *st, const char *name, char **cause)
{
	char *clean;

	if ((clean = model_clean_line(name, "geef de naam van de persoon op één regel",
	    cause)) == NULL)
		return -1;
	return model_wrote(st, store_participant_insert_new(st, clean), clean, cause);
}

/* Who may: the facilitator, or the person themself (known by login). */
int
participant_rename(struct store *st, int64_t id, const char *name, char **cause)
{
	char *clean;
	int64_t me;

	if (!identity_facilitator()) {
		if ((me = participant_by_login(st, identity_current()->name, cause)) < 0)
			return -1;
		if (me == 0 || me != id)
			return model_fail(cause, "u kunt alleen uw eigen naam verbeteren; "
			    "andere namen verbetert de facilitator");
	}
	if ((clean = model_clean_line(name, "geef de naam op één regel", cause)) == NULL)
		return -1;
	return model_wrote(st, store_participant_rename(st, id, clean), clean, cause);
}

/* Check every field into a clean copy first, so nothing half-checked is
 * written. */
int
participant_save(struct store *st, const struct participant *p, char **cause)
{
	struct participant c;
	int ret = -1;

	memset(&c, 0, sizeof c);
	c.id = p->id;
	if ((c.name = model_clean_line(p->name, "geef de deelnemer een naam op één regel",
	    cause)) == NULL ||
	    (c.organisation = model_clean_opt_line(p->organisation,
	    "de organisatie staat op één regel", cause)) == NULL ||
	    (c.role = model_clean_opt_line(p->role, "de rol staat op één regel", cause)) == NULL ||
	    (c.profile = model_clean_text(p->profile, cause)) == NULL)
		goto out;
	if ((ret = store_participant_update(st, &c)) != 0)
		model_store_cause(st, cause);
out:
	participant_clear(&c);
	return ret;
}

/* A trimmed copy of a login (one word: no spaces or controls), or NULL. */
static char *
clean_login(const char *login, char **cause)
{
	static const char why[] = "een login is één woord, zonder spaties";
	char *clean;

	if ((clean = model_clean_line(login, why, cause)) == NULL)
		return NULL;
	if (strchr(clean, ' ') != NULL) {
		free(clean);
		model_fail(cause, why);
		return NULL;
	}
	return clean;
}

/* Nobody has a blank login, so that asks for no one (0). */
int64_t
participant_by_login(struct store *st, const char *login, char **cause)
{
	char *clean;
	int64_t id;

	if (login == NULL)
		return 0;
	if (model_check_text(login, cause) != 0)
		return -1;
	clean = str_trim(login);
	id = clean[0] == '\0' ? 0 : store_participant_by_login(st, clean);
	free(clean);
	return id < 0 ? model_store_cause(st, cause) : id;
}

/* The store moves the login from whoever had it, in one transaction. */
int
participant_bind_login(struct store *st, int64_t id, const char *login, char **cause)
{
	char *clean;

	if ((clean = clean_login(login, cause)) == NULL)
		return -1;
	return model_wrote(st, store_participant_bind_login(st, id, clean), clean, cause);
}

int64_t
participant_for_login(struct store *st, const char *login, const char *display,
    char **cause)
{
	int64_t id;

	if ((id = participant_by_login(st, login, cause)) != 0)
		return id;
	if (store_begin(st) != 0)
		return model_store_cause(st, cause);
	if ((id = participant_add(st, str_is_blank(display) ? login : display, cause)) < 0 ||
	    participant_bind_login(st, id, login, cause) != 0) {
		store_rollback(st);
		return -1;
	}
	return store_commit(st) == 0 ? id : model_store_cause(st, cause);
}

int64_t
participant_me(struct store *st, char **cause)
{
	const struct identity *me = identity_current();

	if (me->name[0] == '\0') {
		model_fail(cause, "wie u bent is onbekend: uw account staat niet in de gebruikerslijst");
		return -1;
	}
	return participant_for_login(st, me->name, me->fullname, cause);
}

/* ---- self-analyses ------------------------------------------------------ */

/* Only a questionnaire of kind zelfanalyse can be an analysis; the title
 * may be empty. */
int64_t
selfanalysis_create(struct store *st, const struct catalogue *cat, int64_t owner,
    const char *form_key, const char *title, char **cause)
{
	const struct cat_form *form;
	char *clean;

	assert(cat != NULL);
	form = form_key != NULL ? catalogue_form(cat, form_key) : NULL;
	if (form == NULL || strcmp(form->kind, "zelfanalyse") != 0) {
		if (cause != NULL)
			*cause = xasprintf("'%s' is geen vragenlijst voor een zelfanalyse",
			    form_key != NULL ? form_key : "");
		return -1;
	}
	if ((clean = model_clean_opt_line(title, "de titel staat op één regel", cause)) == NULL)
		return -1;
	return model_wrote(st, store_selfanalysis_insert(st, owner, form->key, clean),
	    clean, cause);
}

/* The owner's own analyses, private ones included. */
struct self_analysis_list *
selfanalysis_mine(struct store *st, int64_t owner, char **cause)
{
	return model_read(st, store_selfanalysis_mine(st, owner), cause);
}

/* Shared analyses only; the store's query says so itself. */
struct self_analysis_list *
selfanalysis_shared(struct store *st, int64_t group_id, const char *form_key, char **cause)
{
	return model_read(st, store_selfanalysis_shared(st, group_id, form_key), cause);
}

/* Any non-zero shared means shared. */
int
selfanalysis_share(struct store *st, int64_t id, int64_t owner, int shared, char **cause)
{
	if (store_selfanalysis_set_shared(st, id, owner, shared != 0) != 0)
		return model_store_cause(st, cause);
	/* Sharing removed the private drafts: out of the WAL with them too. */
	if (shared)
		(void)store_checkpoint(st);
	return 0;
}

int64_t
selfanalysis_drafts(struct store *st, int64_t id, int64_t owner, char **cause)
{
	int64_t n = store_selfanalysis_drafts(st, id, owner);

	return n < 0 ? model_store_cause(st, cause) : n;
}

/* As the group will see it: the form's questions in order, each with the
 * answer that sharing shows. get_own names the owner in its query. */
struct analysis_row *
selfanalysis_preview(struct store *st, const struct catalogue *cat, int64_t id, int64_t owner,
    size_t *n, char **cause)
{
	struct self_analysis_rec *a;
	struct self_answer_rec *v = NULL;
	struct analysis_row *rows = NULL;
	size_t nv = 0, first, nitems, i;

	assert(cat != NULL);
	*n = 0;
	if ((a = store_selfanalysis_get_own(st, id, owner)) == NULL) {
		model_store_cause(st, cause);
		return NULL;
	}
	if ((nitems = catalogue_form_items(cat, a->form_key, &first)) == 0) {
		if (cause != NULL)
			*cause = xasprintf("vragenlijst '%s' staat niet in de catalogus", a->form_key);
		goto out;
	}
	if ((v = store_selfanalysis_answers(st, id, owner, &nv)) == NULL) {
		model_store_cause(st, cause);
		goto out;
	}
	rows = xcalloc(nitems, sizeof *rows);
	for (i = 0; i < nitems; i++) {
		rows[i].item = &cat->items[first + i];
		rows[i].value = xstrdup(answer_of(v, nv, rows[i].item->key));
	}
	*n = nitems;
out:
	store_self_answers_free(v, nv);
	store_selfanalysis_rec_free(a);
	return rows;
}

/* Free preview rows; the items are the catalogue's. */
void
analysis_rows_free(struct analysis_row *rows, size_t n)
{
	size_t i;

	if (rows == NULL)
		return;
	for (i = 0; i < n; i++)
		free(rows[i].value);
	free(rows);
}

/* Remove an analysis with its answers and their history; secure_delete
 * overwrote them in the werkboek, the checkpoint empties the WAL (it waits,
 * up to the busy timeout, for another terminal's read to end). */
int
selfanalysis_remove(struct store *st, int64_t id, int64_t owner, char **cause)
{
	if (store_selfanalysis_delete(st, id, owner) != 0)
		return model_store_cause(st, cause);
	(void)store_checkpoint(st);
	return 0;
}

/* The store decides what viewer may see; "privé" comes from there. */
char *
selfanalysis_value(struct store *st, int64_t id, int64_t viewer, const char *item_key,
    char **cause)
{
	char *v;

	if (item_key == NULL) {
		model_fail(cause, "geen vraag opgegeven");
		return NULL;
	}
	if ((v = store_selfanalysis_value(st, id, viewer, item_key)) == NULL)
		model_store_cause(st, cause);
	return v;
}

/* Check the text; the store checks the owner and the question. */
int
selfanalysis_save(struct store *st, int64_t id, int64_t owner, const char *item_key,
    const char *value, char **cause)
{
	if (item_key == NULL)
		return model_fail(cause, "geen vraag opgegeven");
	if (value == NULL)
		value = "";
	if (model_check_text(value, cause) != 0)
		return -1;
	if (store_selfanalysis_save(st, id, owner, item_key, value) != 0)
		return model_store_cause(st, cause);
	return 0;
}

/* The value of item_key in answers (sorted by key), or "". */
static const char *
answer_of(const struct self_answer_rec *v, size_t n, const char *item_key)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if (strcmp(v[i].item_key, item_key) == 0)
			return v[i].value;
	}
	return "";
}

/* Both analyses must be the owner's and of one form: get_own names the
 * owner in its query, so someone else's never reaches the rows. */
struct compare_row *
selfanalysis_compare(struct store *st, const struct catalogue *cat, int64_t owner,
    int64_t a, int64_t b, size_t *n, char **cause)
{
	struct self_analysis_rec *ra = NULL, *rb = NULL;
	struct self_answer_rec *va = NULL, *vb = NULL;
	struct compare_row *rows = NULL;
	size_t na = 0, nb = 0, first, nitems, i;
	const char *key;

	assert(cat != NULL);
	*n = 0;
	if ((ra = store_selfanalysis_get_own(st, a, owner)) == NULL ||
	    (rb = store_selfanalysis_get_own(st, b, owner)) == NULL) {
		model_store_cause(st, cause);
		goto out;
	}
	if (strcmp(ra->form_key, rb->form_key) != 0) {
		model_fail(cause, "alleen zelfanalyses van dezelfde vragenlijst zijn te vergelijken");
		goto out;
	}
	if ((nitems = catalogue_form_items(cat, ra->form_key, &first)) == 0) {
		if (cause != NULL)
			*cause = xasprintf("vragenlijst '%s' staat niet in de catalogus",
			    ra->form_key);
		goto out;
	}
	if ((va = store_selfanalysis_answers(st, a, owner, &na)) == NULL ||
	    (vb = store_selfanalysis_answers(st, b, owner, &nb)) == NULL) {
		model_store_cause(st, cause);
		goto out;
	}
	rows = xcalloc(nitems, sizeof *rows);
	for (i = 0; i < nitems; i++) {
		key = cat->items[first + i].key;
		rows[i].item_key = key;
		rows[i].a = xstrdup(answer_of(va, na, key));
		rows[i].b = xstrdup(answer_of(vb, nb, key));
		rows[i].changed = strcmp(rows[i].a, rows[i].b) != 0;
	}
	*n = nitems;
out:
	store_self_answers_free(va, na);
	store_self_answers_free(vb, nb);
	store_selfanalysis_rec_free(ra);
	store_selfanalysis_rec_free(rb);
	return rows;
}

/* Free compared rows; the item keys are the catalogue's. */
void
compare_rows_free(struct compare_row *rows, size_t n)
{
	size_t i;

	if (rows == NULL)
		return;
	for (i = 0; i < n; i++) {
		free(rows[i].a);
		free(rows[i].b);
	}
	free(rows);
}

/* ---- groups and intervisie days ----------------------------------------- */

/* Every group, by name, with its member count. */
struct igroup_list *
igroup_list(struct store *st, char **cause)
{
	return model_read(st, store_igroup_list(st), cause);
}

/* A group needs a name of its own (the store refuses a taken one). */
int64_t
igroup_add(struct store *st, const char *name, char **cause)
{
	char *clean;

	if ((clean = model_clean_line(name, "geef de intervisiegroep een naam op één regel",
	    cause)) == NULL)
		return -1;
	return model_wrote(st, store_igroup_insert(st, clean), clean, cause);
}

/* What a deelnemer sees: only the groups they are in. */
struct igroup_list *
igroup_list_for(struct store *st, int64_t participant_id, char **cause)
{
	return model_read(st, store_igroup_list_for(st, participant_id), cause);
}

/* Joining twice is fine. */
int
igroup_join(struct store *st, int64_t group_id, int64_t participant_id, char **cause)
{
	if (store_igroup_join(st, group_id, participant_id) != 0)
		return model_store_cause(st, cause);
	return 0;
}

/* Leaving twice is fine. */
int
igroup_leave(struct store *st, int64_t group_id, int64_t participant_id, char **cause)
{
	if (store_igroup_leave(st, group_id, participant_id) != 0)
		return model_store_cause(st, cause);
	return 0;
}

/* The members by name. */
struct participant_list *
igroup_members(struct store *st, int64_t group_id, char **cause)
{
	return model_read(st, store_igroup_members(st, group_id), cause);
}

/* Is s a date JJJJ-MM-DD that the calendar has? */
static int
valid_date(const char *s)
{
	static const int mdays[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	int i, year, month, day;

	if (strlen(s) != 10 || s[4] != '-' || s[7] != '-')
		return 0;
	for (i = 0; i < 10; i++) {
		if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9'))
			return 0;
	}
	year = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
	month = (s[5] - '0') * 10 + (s[6] - '0');
	day = (s[8] - '0') * 10 + (s[9] - '0');
	if (month < 1 || month > 12 || day < 1 || day > mdays[month - 1])
		return 0;
	if (month == 2 && day == 29)
		return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
	return 1;
}

/* Title and date are required, the place is not. */
int64_t
iday_add(struct store *st, int64_t group_id, const char *title, const char *date,
    const char *place, char **cause)
{
	char *ctitle = NULL, *cdate = NULL, *cplace = NULL;
	int64_t id = -1;

	if ((ctitle = model_clean_line(title, "geef de intervisiedag een titel op één regel",
	    cause)) == NULL ||
	    (cdate = model_clean_line(date, "geef de datum als JJJJ-MM-DD", cause)) == NULL ||
	    (cplace = model_clean_opt_line(place, "de plaats staat op één regel", cause)) == NULL)
		goto out;
	if (!valid_date(cdate)) {
		if (cause != NULL)
			*cause = xasprintf("'%s' is geen datum; schrijf JJJJ-MM-DD", cdate);
		goto out;
	}
	if ((id = store_iday_insert(st, group_id, ctitle, cdate, cplace)) < 0)
		model_store_cause(st, cause);
out:
	free(ctitle);
	free(cdate);
	free(cplace);
	return id;
}

int
iday_attend(struct store *st, int64_t session_id, int64_t participant_id, char **cause)
{
	return store_session_attend(st, session_id, participant_id) == 0 ? 0 :
	    model_store_cause(st, cause);
}

int
iday_unattend(struct store *st, int64_t session_id, int64_t participant_id, char **cause)
{
	return store_session_unattend(st, session_id, participant_id) == 0 ? 0 :
	    model_store_cause(st, cause);
}

struct participant_list *
iday_attendees(struct store *st, int64_t session_id, char **cause)
{
	return model_read(st, store_session_attendees(st, session_id), cause);
}

int
participant_link_coalition(struct store *st, int64_t participant_id, const char *coalition,
    char **cause)
{
	struct coalition *c = coalition_resolve(st, coalition, cause);
	int ret;

	if (c == NULL)
		return -1;
	ret = store_participant_link_coalition(st, participant_id, c->id);
	coalition_free(c);
	return ret == 0 ? 0 : model_store_cause(st, cause);
}

char **
participant_coalitions(struct store *st, int64_t participant_id, size_t *n, char **cause)
{
	char **v = store_participant_coalitions(st, participant_id, n);

	if (v == NULL)
		model_store_cause(st, cause);
	return v;
}

struct session_list *
iday_list(struct store *st, int64_t group_id, char **cause)
{
	return model_read(st, store_iday_list(st, group_id), cause);
}

/* ---- questions ------------------------------------------------------------ */

/* The day's questions whole; the store does the grouping. */
struct iquestion_list *
iquestion_list(struct store *st, int64_t session_id, char **cause)
{
	return model_read(st, store_iquestion_list(st, session_id), cause);
}

/* A question needs a title; vraagsteller 0 = not (yet) known. */
int64_t
iquestion_add(struct store *st, int64_t session_id, int64_t vraagsteller, const char *title,
    char **cause)
{
	char *clean;

	if ((clean = model_clean_line(title, "geef de vraag een titel op één regel", cause)) == NULL)
		return -1;
	/* Attendance is not implied: a question is often prepared in an
	 * interview beforehand, by someone who may miss the day itself. */
	return model_wrote(st, store_iquestion_insert(st, session_id, vraagsteller, clean),
	    clean, cause);
}

/* Only the three note fields, each a free text that may be emptied. */
int
iquestion_set_text(struct store *st, int64_t id, const char *field, const char *value,
    char **cause)
{
	if (field == NULL || str_index(question_fields, NELEM(question_fields), field) < 0) {
		if (cause != NULL)
			*cause = xasprintf("onbekend veld '%s'", field != NULL ? field : "");
		return -1;
	}
	if (value == NULL)
		value = "";
	if (model_check_text(value, cause) != 0)
		return -1;
	if (store_iquestion_set_text(st, id, field, value) != 0)
		return model_store_cause(st, cause);
	return 0;
}

/* The store's UPDATE links only the vraagsteller's own analysis; 0
 * unlinks. */
int
iquestion_link_analysis(struct store *st, int64_t id, int64_t analysis_id, char **cause)
{
	if (analysis_id < 0)
		return model_fail(cause, "geen zelfanalyse opgegeven");
	if (store_iquestion_link_analysis(st, id, analysis_id) != 0)
		return model_store_cause(st, cause);
	return 0;
}

/* One piece of advice: who gave it (one line) and what (not blank). */
int64_t
iadvice_add(struct store *st, int64_t question_id, const char *label, const char *text,
    char **cause)
{
	char *clabel = NULL, *ctext = NULL;
	int64_t id = -1;

	if ((clabel = model_clean_line(label, "zeg wie het advies geeft, op één regel",
	    cause)) == NULL ||
	    (ctext = model_clean_required_text(text,
	    "een advies mag niet leeg zijn", cause)) == NULL)
		goto out;
	if ((id = store_iadvice_insert(st, question_id, clabel, ctext)) < 0)
		model_store_cause(st, cause);
out:
	free(clabel);
	free(ctext);
	return id;
}

/* The store labels it with the participant's name. */
int64_t
iadvice_add_by(struct store *st, int64_t question_id, int64_t participant_id,
    const char *text, char **cause)
{
	char *ctext;
	int64_t id;

	if ((ctext = model_clean_required_text(text,
	    "een advies mag niet leeg zijn", cause)) == NULL)
		return -1;
	id = store_iadvice_insert_by(st, question_id, participant_id, ctext);
	free(ctext);
	return id < 0 ? model_store_cause(st, cause) : id;
}

/* An action says what the vraagsteller will do; it is not blank. */
int64_t
iaction_add(struct store *st, int64_t question_id, const char *text, char **cause)
{
	char *clean;

	if ((clean = model_clean_required_text(text,
	    "een actie mag niet leeg zijn", cause)) == NULL)
		return -1;
	return model_wrote(st, store_iaction_insert(st, question_id, clean), clean, cause);
}

/* done is 0 or 1; the follow-up may be empty. */
int
iaction_update(struct store *st, int64_t id, int done, const char *follow_up, char **cause)
{
	char *clean;

	if (done != 0 && done != 1)
		return model_fail(cause, "een actie is gedaan (1) of niet (0)");
	if ((clean = model_clean_text(follow_up, cause)) == NULL)
		return -1;
	return model_wrote(st, store_iaction_update(st, id, done, clean), clean, cause);
}

/* A theme is a short name on one line. */
int
iquestion_tag(struct store *st, int64_t question_id, const char *theme, char **cause)
{
	char *clean;

	if ((clean = model_clean_line(theme, "geef het thema een naam op één regel", cause)) == NULL)
		return -1;
	return model_wrote(st, store_iquestion_tag(st, question_id, clean), clean, cause);
}

/* ---- themes and lessons ------------------------------------------------- */

/* Counted by the store; an empty group gives an empty, non-NULL array. */
struct itheme_count *
itheme_counts(struct store *st, int64_t group_id, size_t *n, char **cause)
{
	return model_read(st, store_itheme_counts(st, group_id, n), cause);
}

/* A lesson is a text (not blank) with the questions it came from. */
int64_t
ilesson_add(struct store *st, int64_t group_id, const char *text, const int64_t *questions,
    size_t nquestions, char **cause)
{
	char *clean;

	assert(questions != NULL || nquestions == 0);
	if ((clean = model_clean_required_text(text, "een les mag niet leeg zijn", cause)) == NULL)
		return -1;
	return model_wrote(st, store_ilesson_insert(st, group_id, clean, questions, nquestions),
	    clean, cause);
}

/* The harvest of a group in the order written. */
struct ilesson *
ilesson_list(struct store *st, int64_t group_id, size_t *n, char **cause)
{
	return model_read(st, store_ilesson_list(st, group_id, n), cause);
}
