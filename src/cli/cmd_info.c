/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * cmd_info.c: `vitaal info`: which werkboek, which schema and catalogue
 * version, whether it is damaged (a full quick_check), and how much is in
 * it. Useful for support and for tests.
 */
#include "config.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>

#include "vitaal/store.h"
#include "cmd.h"

int
cmd_info(struct store *st, int argc, char **argv)
{
	static const struct { const char *table, *label; } rows[] = {
		{ "coalition",		"coalities" },
		{ "answer",		"antwoorden" },
		{ "answer_history",	"wijzigingen in de geschiedenis" },
		{ "player",		"spelers" },
		{ "dilemma",		"dilemma's" },
		{ "participant",	"deelnemers" },
		{ "session",		"sessies" },
		{ "self_analysis",	"zelfanalyses" },
		{ "cat_item",		"catalogus: vragen" },
		{ "cat_dilemma",	"catalogus: dilemma's" },
	};
	char *cause = NULL;
	double ms = 0;
	size_t i;
	int64_t n;

	(void)argv;
	if (argc != 1) {
		cmd_error("'info' neemt geen argumenten");
		return EXIT_USAGE;
	}
	printf("%-32s%s\n", "werkboek:", cmd_text(store_path(st)));
	printf("%-32s%d\n", "schemaversie:", store_schema_version(st));
	printf("%-32s%s\n", "catalogusversie:", store_catalogue_version(st));
	printf("%-32s%s\n", "gewist is gewist (secure_delete):",
	    store_secure_delete(st) == 1 ? "aan" : "uit");
	/* Every page read: the whole check, not the screen's background one. */
	switch (store_check_wait(st, &cause, &ms)) {
	case STORE_CHECK_DAMAGED:
		printf("%-32s%s\n", "schade (quick_check):", "BESCHADIGD");
		fflush(stdout);
		cmd_error("%s", cause);
		free(cause);
		return EXIT_USER;
	case STORE_CHECK_FAILED:
		printf("%-32snagaan mislukt (%s)\n", "schade (quick_check):", cmd_text(cause));
		free(cause);
		break;
	default:
		printf("%-32sgeen (%.0f ms)\n", "schade (quick_check):", ms);
		break;
	}
	for (i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		if ((n = store_count(st, rows[i].table)) < 0) {
			cmd_error("%s", store_errmsg(st));
			return EXIT_USER;
		}
		printf("%-32s%" PRId64 "\n", rows[i].label, n);
	}
	return EXIT_OK;
}
