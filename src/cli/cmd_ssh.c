/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * cmd_ssh.c: what a person connected over SSH may ask for.
 *
 * On a shared werkboek each key's authorized_keys line forces one command,
 * `vitaal --db W --als NAAM [--facilitator]` (vitaal toegang writes it, as
 * gitolite does). Whatever the client typed after the host arrives in
 * SSH_ORIGINAL_COMMAND as a wish, never as a command: it is split into
 * words here (no shell ever sees it) and matched against a short list per
 * role. Everything else is refused with one line.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "vitaal/util.h"
#include "cmd.h"

/* Split s into words at blanks, honouring '…' and "…" (with \" and \\ in
 * double quotes) as a shell would for plain words; no expansion of any
 * kind. NULL with *cause for an unterminated quote or a control
 * character. */
static char **
split_words(const char *s, int *n, char **cause)
{
	char **v = NULL;
	struct strbuf w = { 0 };
	int inword = 0;
	char q = 0;

	*n = 0;
	for (;; s++) {
		unsigned char c = (unsigned char)*s;

		if (c != '\0' && c < 0x20 && c != '\t') {
			*cause = xstrdup("een stuurteken in de gevraagde opdracht");
			goto fail;
		}
		if (q != 0) {
			if (c == '\0') {
				*cause = xstrdup("een aanhalingsteken zonder einde in de gevraagde opdracht");
				goto fail;
			}
			if (c == (unsigned char)q)
				q = 0;
			else if (q == '"' && c == '\\' && (s[1] == '"' || s[1] == '\\'))
				strbuf_putc(&w, *++s);
			else
				strbuf_putc(&w, (char)c);
			continue;
		}
		if (c == '\0' || c == ' ' || c == '\t') {
			if (inword) {
				v = xreallocarray(v, (size_t)*n + 2, sizeof *v);
				v[(*n)++] = w.s != NULL ? strbuf_take(&w) : xstrdup("");
				v[*n] = NULL;
				inword = 0;
			}
			if (c == '\0')
				break;
			continue;
		}
		inword = 1;
		if (c == '\'' || c == '"')
			q = (char)c;
		else
			strbuf_putc(&w, (char)c);
	}
	if (v == NULL)
		v = xcalloc(1, sizeof *v);
	return v;
fail:
	strbuf_free(&w);
	cmd_free_words(v, *n);
	return NULL;
}

void
cmd_free_words(char **v, int n)
{
	int i;

	for (i = 0; v != NULL && i < n; i++)
		free(v[i]);
	free(v);
}

/* Is word among the NULL-terminated list? */
static int
among(const char *word, const char *const *list)
{
	for (; *list != NULL; list++)
		if (strcmp(word, *list) == 0)
			return 1;
	return 0;
}

/* Are the options among words[from..n) all options export knows, written
 * out in full ("--format json", "--format=json", "-f json", "-fjson")?
 * Anything else (--db, --als, an abbreviation) is refused here with our
 * own line, before any parser sees it. */
static int
export_options_known(char **w, int from, int n)
{
	static const char *const with_value[] = {
		"--format", "--coalitie", "--sessie", "--groep", "--output", "--tabel", "--csv",
		"--zelfanalyse", NULL
	};
	static const char *const flags[] = { "--met-eigen-zelfanalyses", NULL };
	int i;

	for (i = from; i < n; i++) {
		const char *o = w[i];
		size_t len = strcspn(o, "=");

		if (o[0] != '-' || strcmp(o, "-") == 0)
			continue;		/* a value */
		if (strcmp(o, "--") == 0)
			return 0;
		if (o[1] != '-') {
			if (strchr("fcsot", o[1]) == NULL)
				return 0;
			if (o[2] == '\0')
				i++;		/* the value follows */
			continue;
		}
		if (among(o, flags))
			continue;
		{
			char *name = xstrndup(o, len);
			int known = among(name, with_value);

			free(name);
			if (!known)
				return 0;
		}
		if (o[len] == '\0')
			i++;
	}
	return 1;
}

int
cmd_forced(const char *wish, int facilitator, struct cmd_forced *out, char **cause)
{
	static const char *const wall_opts[] = { "--no-color", NULL };
	char **w;
	int n, i, first = 0;

	memset(out, 0, sizeof *out);
	if (wish == NULL || wish[0] == '\0')
		return 0;
	if ((w = split_words(wish, &n, cause)) == NULL)
		return -1;
	/* "ssh host vitaal export …" reads as "ssh host export …". */
	if (n > 0 && strcmp(w[0], "vitaal") == 0)
		first = 1;
	if (n == first) {
		cmd_free_words(w, n);
		return 0;
	}
	if (strcmp(w[first], "projector") == 0 && facilitator) {
		for (i = first + 1; i < n; i++) {
			if (strncmp(w[i], "--palet=", 8) == 0)
				out->palette = w[i] + 8;
			else if (!among(w[i], wall_opts))
				goto refuse;
			else
				out->no_color = 1;
		}
		out->projector = 1;
		out->words = w;
		out->nwords = n;
		out->argv = NULL;
		return 0;
	}
	if ((strcmp(w[first], "export") == 0 && export_options_known(w, first + 1, n)) ||
	    (strcmp(w[first], "zelfanalyse") == 0 && n - first == 2) ||
	    (facilitator && n - first == 2 && strcmp(w[first + 1], "lijst") == 0 &&
	    (strcmp(w[first], "coalitie") == 0 || strcmp(w[first], "sessie") == 0)) ||
	    (facilitator && n - first == 3 && strcmp(w[first], "coalitie") == 0 &&
	    strcmp(w[first + 1], "lijst") == 0 && strcmp(w[first + 2], "--alle") == 0) ||
	    (facilitator && n - first == 1 && strcmp(w[first], "info") == 0)) {
		/* export and zelfanalyse check the role themselves (a deelnemer
		 * exports an analysis of their own, nothing else) and write to
		 * standard output only: a file would land in the werkboek
		 * account's home. */
		out->words = w;
		out->nwords = n;
		out->argv = w + first;
		out->argc = n - first;
		out->stdout_only = 1;
		return 0;
	}
refuse:
	*cause = xasprintf("via SSH kan dat niet: '%s'. %s", wish, facilitator ?
	    "U kunt het werkboek openen (ssh -t), 'projector', 'export …' naar de uitvoer, "
	    "'zelfanalyse lijst', 'coalitie lijst', 'sessie lijst' of 'info' vragen" :
	    "U kunt het werkboek openen (ssh -t), 'zelfanalyse lijst' vragen of een eigen "
	    "zelfanalyse exporteren: 'export --zelfanalyse NR'");
	cmd_free_words(w, n);
	return -1;
}
