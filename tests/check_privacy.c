/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * check_privacy.c: who is who, and private stays private (issue 14):
 * identity never from USER; the lines of authorized_keys that give a
 * person access, read and written without touching the others; only the
 * owner opens a werkboek; secure_delete; sharing removes the drafts; a
 * deleted private analysis leaves no trace in the werkboek or its WAL; a
 * dump holds no private analysis and no login; an import skips private
 * analyses, marks what it adds, and never reaches an analysis written here.
 */
#include "config.h"

#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "vitaal/authkeys.h"
#include "vitaal/catalogue.h"
#include "vitaal/dump.h"
#include "vitaal/export.h"
#include "vitaal/identity.h"
#include "vitaal/intervisie.h"
#include "vitaal/store.h"
#include "vitaal/store_intervisie.h"
#include "vitaal/util.h"
#include "testlib.h"

#define FORM	"za-regisseur"
#define ITEM1	"za-regisseur.1"
#define ITEM2	"za-regisseur.2"

/* Two real ed25519 public keys (ssh-keygen -t ed25519). */
#define KEY_A	"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIJF6LPckmnBX289QPItIGyaHJcv7NDnlm/4OIAj/S/YP"
#define KEY_B	"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIC+8UIelp4c9gmK062VtrHJrMxAd3qkOae34dS0EhaA4"

/* ---- identity ----------------------------------------------------------- */

START_TEST(test_identity_not_from_user)
{
	const struct identity *me;

	setenv("USER", "anna", 1);
	setenv("LOGNAME", "anna", 1);
	ck_assert_int_eq(identity_from_account(NULL), 0);
	me = identity_current();
	ck_assert_str_ne(me->name, "anna");
	ck_assert_int_eq(me->role, IDENTITY_FACILITATOR);
	ck_assert_int_eq(me->via_ssh, 0);
	ck_assert_int_eq(identity_as("anna", 0, NULL), 0);
	me = identity_current();
	ck_assert_str_eq(me->name, "anna");
	ck_assert_int_eq(me->role, IDENTITY_DEELNEMER);
	ck_assert_int_eq(me->via_ssh, 1);
	ck_assert_int_eq(identity_facilitator(), 0);
	identity_reset();
}
END_TEST

START_TEST(test_identity_names)
{
	char *cause = NULL;

	ck_assert(identity_name_valid("anna"));
	ck_assert(identity_name_valid("a.de-vries_2"));
	ck_assert(!identity_name_valid(""));
	ck_assert(!identity_name_valid("Anna"));
	ck_assert(!identity_name_valid("-anna"));
	ck_assert(!identity_name_valid("anna de vries"));
	ck_assert(!identity_name_valid("anna\" --facilitator"));
	ck_assert(!identity_name_valid("123456789012345678901234567890123"));
	ck_assert_int_eq(identity_as("anna;sh", 1, &cause), -1);
	ck_assert_ptr_nonnull(strstr(cause, "geen geldige naam"));
	free(cause);
	identity_reset();
}
END_TEST

/* ---- authorized_keys ---------------------------------------------------- */

START_TEST(test_pubkey_parse)
{
	struct pubkey k;
	char *cause = NULL;

	ck_assert_int_eq(pubkey_parse(KEY_A " anna@laptop\n", &k, &cause), 0);
	ck_assert_str_eq(k.type, "ssh-ed25519");
	ck_assert_str_eq(k.comment, "anna@laptop");
	pubkey_clear(&k);
	ck_assert_int_eq(pubkey_parse(KEY_A " evil\033]0;x\007\n", &k, &cause), 0);
	ck_assert_ptr_null(strchr(k.comment, '\033'));	/* no escape reaches a list */
	pubkey_clear(&k);
	ck_assert_int_eq(pubkey_parse("-----BEGIN OPENSSH PRIVATE KEY-----\nabc\n", &k, &cause), -1);
	ck_assert_ptr_nonnull(strstr(cause, "geheime"));
	free(cause);
	ck_assert_int_eq(pubkey_parse("ssh-ed25519 AAAAB3NzaC1yc2E= x\n", &k, &cause), -1);
	free(cause);	/* base64 of an ssh-rsa blob under another type */
	ck_assert_int_eq(pubkey_parse("hallo wereld\n", &k, &cause), -1);
	free(cause);
	ck_assert_int_eq(pubkey_parse(KEY_A "\n" KEY_B "\n", &k, &cause), -1);
	free(cause);
}
END_TEST

START_TEST(test_authkeys_edit)
{
	static const char before[] =
	    "# beheerder\n"
	    "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7 admin@host\n"
	    "from=\"10.0.0.1\",command=\"/bin/backup --als x\" " KEY_B " backup\n";
	struct authkeys *a = authkeys_parse(before);
	struct pubkey ka, kb;
	char *cause = NULL, *line, *text;

	ck_assert_uint_eq(a->n, 3);
	ck_assert_ptr_null(a->v[0].person);
	ck_assert_ptr_null(a->v[1].person);
	ck_assert_int_eq(pubkey_parse(KEY_A " anna@laptop", &ka, &cause), 0);
	ck_assert_int_eq(pubkey_parse(KEY_B " bob", &kb, &cause), 0);
	ck_assert_int_eq(authkeys_find_key(a, &kb), 2);	/* the same key elsewhere */
	ck_assert_int_eq(authkeys_find_key(a, &ka), -1);
	line = authkeys_line("/usr/bin/vitaal", "/var/lib/vitaal/werkboek.db", "anna", 0, &ka,
	    &cause);
	ck_assert_ptr_nonnull(line);
	ck_assert_str_eq(line, "restrict,pty,command=\"'/usr/bin/vitaal' --db "
	    "'/var/lib/vitaal/werkboek.db' --als anna\" " KEY_A " anna@laptop");
	authkeys_append(a, line);
	free(line);
	line = authkeys_line("/usr/bin/vitaal", "/w.db", "piet", 1, &kb, &cause);
	authkeys_append(a, line);
	free(line);
	ck_assert_int_eq(authkeys_find_person(a, "anna"), 3);
	ck_assert_int_eq(authkeys_find_person(a, "piet"), 4);
	ck_assert_int_eq(a->v[3].facilitator, 0);
	ck_assert_int_eq(a->v[4].facilitator, 1);
	ck_assert_uint_eq(authkeys_remove(a, "anna"), 1);
	ck_assert_uint_eq(authkeys_remove(a, "anna"), 0);
	ck_assert_uint_eq(authkeys_remove(a, "piet"), 1);
	text = authkeys_format(a);
	ck_assert_str_eq(text, before);		/* every other line as it was */
	free(text);
	/* Paths the two levels of quoting could not carry are refused. */
	ck_assert_ptr_null(authkeys_line("/opt/it's/vitaal", "/w.db", "anna", 0, &ka, &cause));
	free(cause);
	ck_assert_ptr_null(authkeys_line("/usr/bin/vitaal", "w.db", "anna", 0, &ka, &cause));
	free(cause);
	ck_assert_ptr_null(authkeys_line("/usr/bin/vitaal", "/w.db", "anna\" x", 0, &ka, &cause));
	free(cause);
	pubkey_clear(&ka);
	pubkey_clear(&kb);
	authkeys_free(a);
}
END_TEST

/* ---- the werkboek file -------------------------------------------------- */

/* A file werkboek in a fresh directory; *path_out is allocated. */
static struct store *
file_store(char **path_out)
{
	char *dir = test_tmpdir(), *path = xasprintf("%s/werkboek.db", dir);
	enum store_status status;
	struct store *st;

	free(dir);
	st = store_open(path, STORE_CREATE, &status, NULL);
	ck_assert_ptr_nonnull(st);
	*path_out = path;
	return st;
}

START_TEST(test_only_the_owner_opens)
{
	enum store_status status;
	struct store *st;
	struct stat sb;
	char *path, *cause = NULL;

	st = file_store(&path);
	store_close(st);
	chmod(path, 0664);	/* an old group set-up */
	st = store_open(path, 0, &status, NULL);
	ck_assert_ptr_nonnull(st);
	store_close(st);
	ck_assert_int_eq(stat(path, &sb), 0);
	ck_assert_int_eq(sb.st_mode & 077, 0);	/* closed to others again */
	if (geteuid() == 0) {
		ck_assert_int_eq(chown(path, 65534, 65534), 0);
		st = store_open(path, 0, &status, &cause);
		ck_assert_ptr_null(st);
		ck_assert_int_eq(status, STORE_NOT_OWN);
		ck_assert_ptr_nonnull(strstr(cause, "niet van u"));
		free(cause);
		ck_assert_int_eq(stat(path, &sb), 0);
		ck_assert_int_eq(sb.st_uid, 65534);	/* untouched */
	}
	free(path);
}
END_TEST

/* Does the file hold needle anywhere in its bytes? */
static int
file_holds(const char *path, const char *needle)
{
	FILE *f = fopen(path, "rb");
	struct strbuf b = { 0 };
	char buf[65536];
	size_t n, k = strlen(needle), i;
	int hit = 0;

	if (f == NULL)
		return 0;
	while ((n = fread(buf, 1, sizeof buf, f)) > 0)
		strbuf_add(&b, buf, n);
	fclose(f);
	for (i = 0; b.s != NULL && i + k <= b.len && !hit; i++)
		hit = memcmp(b.s + i, needle, k) == 0;
	strbuf_free(&b);
	return hit;
}

static int64_t
analysis(struct store *st, struct catalogue *cat, int64_t owner, const char *text)
{
	char *cause = NULL;
	int64_t id = selfanalysis_create(st, cat, owner, FORM, "Voorjaar", &cause);

	ck_assert_msg(id > 0, "%s", cause);
	ck_assert_int_eq(selfanalysis_save(st, id, owner, ITEM1, text, &cause), 0);
	return id;
}

START_TEST(test_deleted_private_text_gone)
{
	struct store *st, *other;
	struct catalogue *cat;
	enum store_status status;
	char *path, *wal;
	int64_t anna, id;

	st = file_store(&path);
	wal = xasprintf("%s-wal", path);
	/* A second terminal on the same werkboek, idle. */
	other = store_open(path, 0, &status, NULL);
	ck_assert_ptr_nonnull(other);
	cat = catalogue_load(st);
	anna = participant_for_login(st, "anna", "Anna", NULL);
	id = analysis(st, cat, anna, "GEHEIM-KLAD-een");
	ck_assert_int_eq(selfanalysis_save(st, id, anna, ITEM1, "GEHEIM-DEFINITIEF", NULL), 0);
	ck_assert(file_holds(path, "GEHEIM-KLAD") || file_holds(wal, "GEHEIM-KLAD"));
	ck_assert_int_eq(selfanalysis_remove(st, id, anna, NULL), 0);
	ck_assert(!file_holds(path, "GEHEIM-KLAD"));
	ck_assert(!file_holds(wal, "GEHEIM-KLAD"));
	ck_assert(!file_holds(path, "GEHEIM-DEFINITIEF"));
	ck_assert(!file_holds(wal, "GEHEIM-DEFINITIEF"));
	catalogue_free(cat);
	store_close(other);
	store_close(st);
	free(wal);
	free(path);
}
END_TEST

START_TEST(test_sharing_removes_drafts)
{
	struct store *st;
	struct catalogue *cat;
	char *path, *wal, **hist, *v;
	size_t n = 0, i;
	int64_t anna, id;

	st = file_store(&path);
	wal = xasprintf("%s-wal", path);
	cat = catalogue_load(st);
	anna = participant_for_login(st, "anna", "Anna", NULL);
	id = analysis(st, cat, anna, "KLADVERSIE-privé");
	ck_assert_int_eq(selfanalysis_save(st, id, anna, ITEM1, "Wat de groep ziet", NULL), 0);
	ck_assert_int_eq(selfanalysis_share(st, id, anna, 1, NULL), 0);
	hist = store_selfanalysis_history(st, id, anna, ITEM1, &n);
	for (i = 0; i < n; i++)
		ck_assert_ptr_null(strstr(hist[i], "KLADVERSIE"));
	store_strings_free(hist, n);
	v = selfanalysis_value(st, id, 0, ITEM1, NULL);	/* the group's view */
	ck_assert_str_eq(v, "Wat de groep ziet");
	free(v);
	ck_assert(!file_holds(path, "KLADVERSIE"));
	ck_assert(!file_holds(wal, "KLADVERSIE"));
	catalogue_free(cat);
	store_close(st);
	free(wal);
	free(path);
}
END_TEST

START_TEST(test_secure_delete_on)
{
	char *path;
	struct store *st = file_store(&path);

	ck_assert_int_eq(store_secure_delete(st), 1);
	store_close(st);
	free(path);
}
END_TEST

/* ---- dumps and imports -------------------------------------------------- */

/* The JSON of a whole-werkboek dump with viewer's private analyses. */
static char *
dump_json(struct store *st, int64_t viewer)
{
	struct dump *d = store_dump_read(st, 0, viewer);
	struct strbuf b = { 0 };

	ck_assert_ptr_nonnull(d);
	export_json(d, &b);
	dump_free(d);
	return strbuf_take(&b);
}

START_TEST(test_dump_holds_no_private)
{
	struct store *st = test_store_new();
	struct catalogue *cat = catalogue_load(st);
	int64_t anna = participant_for_login(st, "anna", "Anna", NULL);
	int64_t bert = participant_for_login(st, "bert", "Bert", NULL);
	int64_t a1 = analysis(st, cat, anna, "ANNA-PRIVÉ");
	int64_t b1 = analysis(st, cat, bert, "BERT-GEDEELD");
	char *j;

	(void)a1;
	ck_assert_int_eq(selfanalysis_share(st, b1, bert, 1, NULL), 0);
	j = dump_json(st, 0);
	ck_assert_ptr_null(strstr(j, "ANNA-PRIVÉ"));
	ck_assert_ptr_nonnull(strstr(j, "BERT-GEDEELD"));
	ck_assert_ptr_null(strstr(j, "\"login\""));	/* no login leaves */
	free(j);
	j = dump_json(st, anna);	/* her own, when she asks */
	ck_assert_ptr_nonnull(strstr(j, "ANNA-PRIVÉ"));
	free(j);
	j = dump_json(st, bert);
	ck_assert_ptr_null(strstr(j, "ANNA-PRIVÉ"));
	free(j);
	catalogue_free(cat);
	store_close(st);
}
END_TEST

/* Import text into st as an import does; 0 or -1. */
static int
import_text(struct store *st, const char *text, struct dump_merge_count *counts)
{
	char *cause = NULL;
	struct import *im = import_json(text, strlen(text), store_schema_version(st), &cause);
	size_t bt, br;
	int ret;

	ck_assert_msg(im != NULL, "%s", cause);
	ret = store_dump_import(st, import_dump(im), "ingebracht door Piet uit x.json op 2026-12-06",
	    counts, &bt, &br);
	import_free(im);
	return ret;
}

START_TEST(test_import_never_reaches_own)
{
	struct store *src = test_store_new(), *st = test_store_new();
	struct catalogue *cat = catalogue_load(st), *scat = catalogue_load(src);
	struct dump_merge_count counts[64];
	struct self_analysis_list *mine, *shared;
	int64_t anna, fake, id, own;
	char *j, *v;
	size_t t = (size_t)dump_table_find("self_analysis");

	ck_assert_uint_le(dump_ntables, 64);
	/* Anna's own analysis here, private. */
	anna = participant_for_login(st, "anna", "Anna de Vries", NULL);
	own = analysis(st, cat, anna, "ECHT-VAN-ANNA");
	/* A file that names "Anna de Vries" and brings a shared analysis
	 * with the same questionnaire, date and title, and a private one. */
	fake = participant_for_login(src, "anna", "Anna de Vries", NULL);
	id = analysis(src, scat, fake, "VERZONNEN");
	ck_assert_int_eq(selfanalysis_share(src, id, fake, 1, NULL), 0);
	(void)analysis(src, scat, fake, "PRIVÉ-IN-BESTAND");
	j = dump_json(src, fake);	/* the exporter's own included */
	ck_assert_int_eq(import_text(st, j, counts), 0);
	ck_assert_uint_eq(counts[t].added, 1);
	ck_assert_uint_eq(counts[t].skipped, 1);
	/* Anna's own is as it was: private, her text, nothing added. */
	mine = selfanalysis_mine(st, anna, NULL);
	ck_assert_uint_eq(mine->n, 1);
	ck_assert_int_eq(mine->v[0].id, own);
	ck_assert_int_eq(mine->v[0].shared, 0);
	ck_assert_ptr_null(mine->v[0].origin);
	self_analysis_list_free(mine);
	v = selfanalysis_value(st, own, anna, ITEM1, NULL);
	ck_assert_str_eq(v, "ECHT-VAN-ANNA");
	free(v);
	/* The group sees the imported one, marked, under a person without
	 * a login: nobody's to edit. */
	shared = selfanalysis_shared(st, 0, NULL, NULL);
	ck_assert_uint_eq(shared->n, 1);
	ck_assert_int_ne(shared->v[0].owner, anna);
	ck_assert_str_eq(shared->v[0].origin, "ingebracht door Piet uit x.json op 2026-12-06");
	ck_assert_int_eq(participant_by_login(st, "anna", NULL), anna);
	self_analysis_list_free(shared);
	/* Twice: nothing doubles. */
	ck_assert_int_eq(import_text(st, j, counts), 0);
	ck_assert_uint_eq(counts[t].added, 0);
	free(j);
	catalogue_free(cat);
	catalogue_free(scat);
	store_close(src);
	store_close(st);
}
END_TEST

int
main(void)
{
	Suite *s = suite_create("privacy");
	TCase *tc = tcase_create("privacy");

	tcase_add_test(tc, test_identity_not_from_user);
	tcase_add_test(tc, test_identity_names);
	tcase_add_test(tc, test_pubkey_parse);
	tcase_add_test(tc, test_authkeys_edit);
	tcase_add_test(tc, test_only_the_owner_opens);
	tcase_add_test(tc, test_deleted_private_text_gone);
	tcase_add_test(tc, test_sharing_removes_drafts);
	tcase_add_test(tc, test_secure_delete_on);
	tcase_add_test(tc, test_dump_holds_no_private);
	tcase_add_test(tc, test_import_never_reaches_own);
	suite_add_tcase(s, tc);
	return test_run(s);
}
