/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * cmd_zelfanalyse.c: `vitaal zelfanalyse lijst`, the self-analyses of the
 * person at this terminal with the numbers `export --zelfanalyse` takes.
 * Only one's own: there is no command that lists another's.
 */
#include "config.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vitaal/intervisie.h"
#include "vitaal/store.h"
#include "vitaal/util.h"
#include "cmd.h"

int
cmd_zelfanalyse(struct store *st, int argc, char **argv)
{
	struct self_analysis_list *l;
	char *cause = NULL;
	int64_t me;
	size_t i;

	if (cmd_operands("zelfanalyse", &argc, argv, 1) != 0)
		return EXIT_USAGE;
	if (argc != 2 || strcmp(argv[1], "lijst") != 0) {
		cmd_error("gebruik: vitaal zelfanalyse lijst");
		return EXIT_USAGE;
	}
	if ((me = participant_me(st, &cause)) < 0 ||
	    (l = selfanalysis_mine(st, me, &cause)) == NULL) {
		cmd_error("%s", cause);
		free(cause);
		return EXIT_USER;
	}
	for (i = 0; i < l->n; i++)
		printf("%" PRId64 "\t%s\t%.10s\t%s\n", l->v[i].id,
		    l->v[i].shared ? "gedeeld" : "privé", cmd_text(l->v[i].updated),
		    cmd_text(l->v[i].title));
	if (l->n == 0)
		printf("U heeft nog geen zelfanalyses.\n");
	self_analysis_list_free(l);
	return EXIT_OK;
}
