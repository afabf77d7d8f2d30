/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * cmd_answer.c: the workbook without curses. `vitaal vragen COALITIE
 * [FORMULIER]` lists the forms, or a form's questions with their keys and
 * answers; `vitaal antwoord COALITIE VRAAG [TEKST|-]` prints one answer or
 * saves it, through the same rules as the screens (valid UTF-8, history,
 * and with --basis the word merge of answer_save_over). Plain text that a
 * screen reader, a script or an editor can take.
 */
#include "config.h"

#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vitaal/answer.h"
#include "vitaal/catalogue.h"
#include "vitaal/coalition.h"
#include "vitaal/identity.h"
#include "vitaal/store.h"
#include "vitaal/util.h"
#include "cmd.h"

/* Forms a coalition answers (not the private self-analyses). */
static int
coalition_form(const struct cat_form *fm)
{
	return strcmp(fm->kind, "zelfanalyse") != 0;
}

/* Print text indented by four spaces, every line; "(geen antwoord)" when
 * blank. */
static void
print_indented(const char *text)
{
	const char *p = text, *nl;

	if (str_is_blank(text)) {
		puts("    (geen antwoord)");
		return;
	}
	while (*p != '\0') {
		nl = strchr(p, '\n');
		printf("    %.*s\n", nl != NULL ? (int)(nl - p) : (int)strlen(p), p);
		if (nl == NULL)
			break;
		p = nl + 1;
	}
}

/* What a choice question takes, as the help line shows it: "ja|nee". */
static char *
choices_of(const struct cat_item *it)
{
	if (strcmp(it->kind, "janee") == 0)
		return xstrdup("ja|nee");
	if (strcmp(it->kind, "schaal") == 0)
		return xstrdup("1|2|3|4|5");
	if (strcmp(it->kind, "keuze") == 0)
		return xstrdup(it->options != NULL ? it->options : "");
	return NULL;
}

/* Is value one of the choices ("" clears)? */
static int
choice_ok(const char *choices, const char *value)
{
	size_t n = strlen(value);
	const char *p = choices;

	if (n == 0)
		return 1;
	while (p != NULL) {
		if (strncmp(p, value, n) == 0 && (p[n] == '|' || p[n] == '\0'))
			return 1;
		p = strchr(p, '|');
		if (p != NULL)
			p++;
	}
	return 0;
}

/* The forms with how many of their questions are answered. */
static int
list_forms(struct store *st, const struct catalogue *cat, const struct coalition *co)
{
	size_t f, i, first, n, answered;
	char *v;

	printf("Formulieren van '%s' (vitaal vragen %lld FORMULIER):\n", co->name,
	    (long long)co->id);
	for (f = 0; f < cat->nforms; f++) {
		const struct cat_form *fm = &cat->forms[f];

		if (!coalition_form(fm))
			continue;
		n = catalogue_form_items(cat, fm->key, &first);
		for (i = answered = 0; i < n; i++) {
			if ((v = answer_value(st, co->id, cat->items[first + i].key, NULL)) == NULL)
				return -1;
			answered += !str_is_blank(v);
			free(v);
		}
		printf("  %-11s %3zu van %3zu beantwoord  %s\n", fm->key, answered, n, fm->title);
	}
	return 0;
}

static int
list_items(struct store *st, const struct catalogue *cat, const struct coalition *co,
    const struct cat_form *fm)
{
	const char *section = NULL;
	size_t i, first, n;
	char *v, *ch;

	printf("%s · %s\n", co->name, fm->title);
	n = catalogue_form_items(cat, fm->key, &first);
	for (i = 0; i < n; i++) {
		const struct cat_item *it = &cat->items[first + i];

		if (it->section != NULL && (section == NULL || strcmp(section, it->section) != 0)) {
			printf("\n%s\n", it->section);
			section = it->section;
		}
		if ((v = answer_value(st, co->id, it->key, NULL)) == NULL)
			return -1;
		ch = choices_of(it);
		printf("\n%s  %s%s%s%s\n", it->key, it->prompt, ch != NULL ? " [" : "",
		    ch != NULL ? ch : "", ch != NULL ? "]" : "");
		print_indented(v);
		free(ch);
		free(v);
	}
	return 0;
}

int
cmd_vragen(struct store *st, int argc, char **argv)
{
	const struct cat_form *fm = NULL;
	struct catalogue *cat;
	struct coalition *co;
	int ret = EXIT_USER;

	if (cmd_operands("vragen", &argc, argv, 1) != 0)
		return EXIT_USAGE;
	if (argc != 2 && argc != 3) {
		cmd_error("gebruik: vitaal vragen COALITIE [FORMULIER]");
		return EXIT_USAGE;
	}
	if ((co = cmd_coalition(st, argv[1])) == NULL)
		return EXIT_USER;
	if ((cat = catalogue_load(st)) == NULL) {
		cmd_error("catalogus niet te lezen: %s", store_errmsg(st));
		goto out;
	}
	if (argc == 3 && ((fm = catalogue_form(cat, argv[2])) == NULL || !coalition_form(fm))) {
		cmd_error("geen formulier '%s'; 'vitaal vragen %lld' noemt ze", argv[2],
		    (long long)co->id);
		goto out;
	}
	if ((fm == NULL ? list_forms(st, cat, co) : list_items(st, cat, co, fm)) != 0)
		cmd_error("%s", store_errmsg(st));
	else
		ret = EXIT_OK;
out:
	catalogue_free(cat);
	coalition_free(co);
	return ret;
}

/* One line end at the end of s taken off: what a file or a pipe adds. */
static void
chomp(char *s)
{
	size_t n = strlen(s);

	if (n > 0 && s[n - 1] == '\n')
		s[--n] = '\0';
	if (n > 0 && s[n - 1] == '\r')
		s[--n] = '\0';
}

/* The whole of a file, or of standard input for "-" (allocated); NULL
 * after a message. */
static char *
read_all(const char *path, const char *what)
{
	char *text;
	int opened;

	text = file_read_all(strcmp(path, "-") == 0 ? NULL : path, ANSWER_MAX_BYTES, NULL,
	    &opened);
	if (text == NULL && !opened)
		cmd_error("kan %s niet lezen: %s", path, strerror(errno));
	else if (text == NULL)
		cmd_error(errno != EFBIG ? "kan %s niet lezen" :
		    "%s is langer dan een antwoord mag zijn", what);
	return text;
}

/* Save value for item over base (NULL: what is stored now). */
static int
save_answer(struct store *st, const struct coalition *co, const struct cat_item *it,
    const char *value, const char *base)
{
	struct answer_merge m = { 0 };
	char *cause = NULL, *now = NULL, *ch;
	int rc;

	if ((ch = choices_of(it)) != NULL) {
		if (!choice_ok(ch, value)) {
			cmd_error("%s is een keuzevraag: geef %s (of \"\" om leeg te maken)", it->key,
			    ch);
			free(ch);
			return EXIT_USER;
		}
		free(ch);
		rc = answer_save(st, co->id, it->key, value, 0, &cause);
	} else {
		if (base == NULL && (base = now = answer_value(st, co->id, it->key, &cause)) == NULL)
			rc = -1;
		else
			rc = answer_save_over(st, co->id, it->key, base, value, 0,
			    identity_current()->fullname, &m, &cause);
		free(now);
	}
	if (rc < 0) {
		cmd_error("niet bewaard: %s", cause);
		free(cause);
		return EXIT_USER;
	}
	if (rc == 1 && m.conflicts > 0)
		fprintf(stderr, "vitaal: %s bewaarde intussen ook; samengevoegd, maar %zu %s "
		    "dezelfde woorden: beide versies staan gemarkeerd (⟦ … ‖ … ⟧) in het antwoord\n",
		    m.who != NULL ? m.who : "een ander", m.conflicts,
		    m.conflicts == 1 ? "stuk wijzigde" : "stukken wijzigden");
	else if (rc == 1)
		fprintf(stderr, "vitaal: samengevoegd met wat %s intussen bewaarde\n",
		    m.who != NULL ? m.who : "een ander");
	answer_merge_clear(&m);
	return EXIT_OK;
}

int
cmd_antwoord(struct store *st, int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "basis",	required_argument,	NULL, 'b' },
		{ NULL, 0, NULL, 0 }
	};
	const struct cat_item *it;
	struct catalogue *cat = NULL;
	struct coalition *co;
	const char *basis = NULL;
	char *value = NULL, *base = NULL;
	int c, n, ret = EXIT_USER;

	optind = 0;
	while ((c = cmd_getopt("antwoord", argc, argv, "", longopts)) != -1) {
		if (c != 'b')
			return EXIT_USAGE;
		basis = optarg;
	}
	n = argc - optind;
	if (n != 2 && n != 3) {
		cmd_error("gebruik: vitaal antwoord COALITIE VRAAG [TEKST|-] [--basis BESTAND]");
		return EXIT_USAGE;
	}
	if (basis != NULL && n != 3) {
		cmd_error("--basis hoort bij bewaren: vitaal antwoord COALITIE VRAAG TEKST "
		    "--basis BESTAND");
		return EXIT_USAGE;
	}
	if ((co = cmd_coalition(st, argv[optind])) == NULL)
		return EXIT_USER;
	if ((cat = catalogue_load(st)) == NULL) {
		cmd_error("catalogus niet te lezen: %s", store_errmsg(st));
		goto out;
	}
	it = catalogue_item(cat, argv[optind + 1]);
	if (it == NULL || strcmp(catalogue_form(cat, it->form)->kind, "zelfanalyse") == 0) {
		cmd_error("geen vraag '%s'; 'vitaal vragen %lld FORMULIER' noemt de codes",
		    argv[optind + 1], (long long)co->id);
		goto out;
	}
	if (n == 2) {
		char *cause = NULL;

		if ((value = answer_value(st, co->id, it->key, &cause)) == NULL) {
			cmd_error("%s", cause);
			free(cause);
			goto out;
		}
		fputs(value, stdout);
		if (value[0] != '\0' && value[strlen(value) - 1] != '\n')
			putchar('\n');
		ret = EXIT_OK;
		goto out;
	}
	if (store_readonly(st)) {
		cmd_error("het werkboek is alleen-lezen; er is niets bewaard");
		goto out;
	}
	value = strcmp(argv[optind + 2], "-") == 0 ? read_all("-", "de standaardinvoer") :
	    xstrdup(argv[optind + 2]);
	if (value == NULL || (basis != NULL && (base = read_all(basis, basis)) == NULL))
		goto out;
	/* Read from a file or a pipe, the text ends in a newline the writer
	 * did not type into the answer. */
	if (strcmp(argv[optind + 2], "-") == 0)
		chomp(value);
	if (base != NULL)
		chomp(base);
	/* Signed, like a save in the screens, with who is at this terminal. */
	store_set_author(st, identity_current()->fullname);
	ret = save_answer(st, co, it, value, base);
out:
	free(base);
	free(value);
	catalogue_free(cat);
	coalition_free(co);
	return ret;
}
