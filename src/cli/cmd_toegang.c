/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * cmd_toegang.c: `vitaal toegang toevoegen|lijst|intrekken`, who may reach
 * a shared werkboek over SSH. Run as the account that owns the werkboek
 * (the only one that can open it); the lines go into that account's
 * ~/.ssh/authorized_keys (or --bestand), written whole through a fresh
 * temporary file, every other line kept. sshd does the authentication;
 * Vitaal adds no daemon.
 */
#include "config.h"

#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "vitaal/authkeys.h"
#include "vitaal/identity.h"
#include "vitaal/intervisie.h"
#include "vitaal/store.h"
#include "vitaal/util.h"
#include "cmd.h"

static const char usage_toegang[] =
    "gebruik: vitaal toegang toevoegen NAAM SLEUTEL.pub [--facilitator] [--naam \"Naam\"] | "
    "lijst | intrekken NAAM  [--bestand AUTHORIZED_KEYS]";

/* A file's whole text (NUL-terminated), "" when it does not exist, or
 * NULL with *cause. Bounded: an authorized_keys or key file is small. */
static char *
slurp(const char *path, int missing_ok, char **cause)
{
	char *text;

	if ((text = file_read_all(path, 1024 * 1024, NULL, NULL)) != NULL)
		return text;
	if (missing_ok && errno == ENOENT)
		return xstrdup("");
	*cause = xasprintf("%s niet te lezen: %s", path, errno == EFBIG ? "groter dan 1 MB" :
	    strerror(errno));
	return NULL;
}

/* ~/.ssh/authorized_keys of the running account (from passwd, not HOME),
 * its folder made 0700 when missing; or the --bestand given. */
static char *
keys_path(const char *bestand, char **cause)
{
	struct passwd *pw;
	char *dir;

	if (bestand != NULL)
		return xstrdup(bestand);
	if ((pw = getpwuid(getuid())) == NULL || pw->pw_dir == NULL || pw->pw_dir[0] != '/') {
		*cause = xstrdup("uw account heeft geen thuismap; geef --bestand");
		return NULL;
	}
	dir = xasprintf("%s/.ssh", pw->pw_dir);
	if (mkdir(dir, 0700) != 0 && errno != EEXIST) {
		*cause = xasprintf("kan %s niet maken: %s", dir, strerror(errno));
		free(dir);
		return NULL;
	}
	free(dir);
	return xasprintf("%s/.ssh/authorized_keys", pw->pw_dir);
}

static struct authkeys *
read_keys(const char *path, char **cause)
{
	char *text = slurp(path, 1, cause);
	struct authkeys *a;

	if (text == NULL)
		return NULL;
	a = authkeys_parse(text);
	free(text);
	return a;
}

static int
write_keys(const char *path, const struct authkeys *a, char **cause)
{
	char *text = authkeys_format(a);
	int ret = file_write_atomic(path, text, strlen(text), cause);

	free(text);
	return ret;
}

static int
fail(char *cause, int status)
{
	cmd_error("%s", cause);
	free(cause);
	return status;
}

static int
do_toevoegen(struct store *st, const char *bestand, int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "facilitator", no_argument,		NULL, 'f' },
		{ "naam",	required_argument,	NULL, 'n' },
		{ "bestand",	required_argument,	NULL, 'b' },
		{ NULL, 0, NULL, 0 }
	};
	const char *naam = NULL, *person, *keyfile;
	char *cause = NULL, *text = NULL, *path = NULL, *line = NULL;
	char prog[PATH_MAX], db[PATH_MAX], host[256];
	struct authkeys *a = NULL;
	struct pubkey key = { 0 };
	int c, facilitator = 0, ret = EXIT_USER, at;
	int64_t id;

	optind = 0;
	while ((c = cmd_getopt("toegang toevoegen", argc, argv, "", longopts)) != -1) {
		if (c == 'f')
			facilitator = 1;
		else if (c == 'n')
			naam = optarg;
		else if (c == 'b')
			bestand = optarg;
		else
			return EXIT_USAGE;
	}
	if (argc - optind != 2) {
		cmd_error("%s", usage_toegang);
		return EXIT_USAGE;
	}
	person = argv[optind];
	keyfile = argv[optind + 1];
	if (!identity_name_valid(person)) {
		cmd_error("'%s' kan geen naam voor toegang zijn: 1 tot 32 tekens a-z, 0-9, punt, "
		    "streepje of liggend streepje (bijv. anna of a.devries)", person);
		return EXIT_USAGE;
	}
	if ((text = slurp(keyfile, 0, &cause)) == NULL ||
	    pubkey_parse(text, &key, &cause) != 0) {
		char *why = xasprintf("sleutelbestand %s: %s", keyfile, cause);

		free(cause);
		cause = why;
		goto out;
	}
	if ((path = keys_path(bestand, &cause)) == NULL || (a = read_keys(path, &cause)) == NULL)
		goto out;
	if (authkeys_find_person(a, person) >= 0) {
		cause = xasprintf("%s heeft al toegang; trek die eerst in (vitaal toegang "
		    "intrekken %s) of kies een andere naam", person, person);
		goto out;
	}
	if ((at = authkeys_find_key(a, &key)) >= 0) {
		cause = a->v[at].person != NULL ?
		    xasprintf("deze sleutel is al van %s; iedereen heeft een eigen sleutel",
		    a->v[at].person) :
		    xasprintf("deze sleutel staat al in %s (regel %d) en geeft daar andere toegang",
		    path, at + 1);
		goto out;
	}
	if (realpath("/proc/self/exe", prog) == NULL || realpath(store_path(st), db) == NULL) {
		cause = xasprintf("kan het pad van Vitaal of het werkboek niet bepalen: %s",
		    strerror(errno));
		goto out;
	}
	if ((line = authkeys_line(prog, db, person, facilitator, &key, &cause)) == NULL)
		goto out;
	/* The person first: a key never lets in someone the werkboek does
	 * not know. */
	if ((id = participant_for_login(st, person, naam, &cause)) < 0)
		goto out;
	authkeys_append(a, line);
	if (write_keys(path, a, &cause) != 0)
		goto out;
	printf("%s heeft toegang als %s, met sleutel %s %s\n", cmd_text(person),
	    facilitator ? "facilitator" : "deelnemer", cmd_text(key.type), cmd_text(key.comment));
	if (gethostname(host, sizeof host) != 0 || host[0] == '\0')
		strcpy(host, "SERVER");
	host[sizeof host - 1] = '\0';
	printf("%s verbindt met: ssh -t %s@%s\n", cmd_text(person),
	    cmd_text(identity_current()->account), cmd_text(host));
	ret = EXIT_OK;
out:
	if (cause != NULL)
		fail(cause, ret);
	free(text);
	free(path);
	free(line);
	pubkey_clear(&key);
	authkeys_free(a);
	return ret;
}

static int
do_lijst(struct store *st, const char *bestand)
{
	struct participant_list *pl;
	struct authkeys *a;
	char *cause = NULL, *path;
	size_t i, j, shown = 0;

	if ((path = keys_path(bestand, &cause)) == NULL || (a = read_keys(path, &cause)) == NULL) {
		free(path);
		return fail(cause, EXIT_USER);
	}
	pl = participant_list(st, NULL);
	for (i = 0; i < a->n; i++) {
		const struct authkey *k = &a->v[i];
		const char *name = "";

		if (k->person == NULL)
			continue;
		for (j = 0; pl != NULL && j < pl->n; j++)
			if (pl->v[j].login != NULL && strcmp(pl->v[j].login, k->person) == 0)
				name = pl->v[j].name;
		printf("%-16s %-11s %-24s %s %s\n", cmd_text(k->person),
		    k->facilitator ? "facilitator" : "deelnemer", cmd_text(name),
		    cmd_text(k->key.type != NULL ? k->key.type : "?"),
		    cmd_text(k->key.comment != NULL ? k->key.comment : ""));
		shown++;
	}
	if (shown == 0)
		printf("Nog niemand heeft toegang via SSH (%s).\n", path);
	participant_list_free(pl);
	authkeys_free(a);
	free(path);
	return EXIT_OK;
}

static int
do_intrekken(const char *bestand, const char *person)
{
	struct authkeys *a;
	char *cause = NULL, *path;
	size_t gone;

	if ((path = keys_path(bestand, &cause)) == NULL || (a = read_keys(path, &cause)) == NULL) {
		free(path);
		return fail(cause, EXIT_USER);
	}
	if ((gone = authkeys_remove(a, person)) == 0) {
		cause = xasprintf("%s heeft geen toegang via SSH (zie vitaal toegang lijst)", person);
	} else if (write_keys(path, a, &cause) == 0) {
		printf("%s heeft geen toegang meer; wat %s schreef blijft in het werkboek.\n",
		    cmd_text(person), cmd_text(person));
	}
	authkeys_free(a);
	free(path);
	return cause != NULL ? fail(cause, EXIT_USER) : EXIT_OK;
}

/* The options of lijst and intrekken (--bestand); the index of the first
 * argument after them, or -1. */
static int
verb_options(int argc, char **argv, const char **bestand)
{
	static const struct option longopts[] = {
		{ "bestand",	required_argument,	NULL, 'b' },
		{ NULL, 0, NULL, 0 }
	};
	int c;

	optind = 0;
	while ((c = cmd_getopt("toegang", argc, argv, "", longopts)) != -1) {
		if (c != 'b')
			return -1;
		*bestand = optarg;
	}
	return optind;
}

int
cmd_toegang(struct store *st, int argc, char **argv)
{
	const char *bestand = NULL;
	int first;

	if (!identity_facilitator() || identity_current()->via_ssh) {
		cmd_error("toegang regelt de eigenaar van het werkboek, op diens eigen account");
		return EXIT_USER;
	}
	if (argc >= 2 && strcmp(argv[1], "toevoegen") == 0) {
		if (store_readonly(st)) {
			cmd_error("het werkboek is alleen-lezen; toegang geven kan niet");
			return EXIT_USER;
		}
		return do_toevoegen(st, NULL, argc - 1, argv + 1);
	}
	if (argc >= 2) {
		if ((first = verb_options(argc - 1, argv + 1, &bestand)) < 0)
			return EXIT_USAGE;
		if (strcmp(argv[1], "lijst") == 0 && first == argc - 1)
			return do_lijst(st, bestand);
		if (strcmp(argv[1], "intrekken") == 0 && first == argc - 2)
			return do_intrekken(bestand, argv[1 + first]);
	}
	cmd_error("%s", usage_toegang);
	return EXIT_USAGE;
}
