/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * cmd_kopie.c: `vitaal kopie BESTAND`: a copy of the werkboek at hand,
 * made while others keep working in it, checked, and never over an
 * existing file (store_copy). The werkboek is opened as it is
 * (STORE_AS_IS), so that a damaged one can still be set aside.
 */
#include "config.h"

#include <inttypes.h>
#include <stdio.h>
#include <string.h>
#include <stdlib.h>

#include "vitaal/store.h"
#include "cmd.h"

int
cmd_kopie(struct store *st, int argc, char **argv)
{
	int64_t pages = 0, bytes = 0;
	char *cause = NULL;

	if (cmd_operands("kopie", &argc, argv, 1) != 0)
		return EXIT_USAGE;
	if (argc != 2 || argv[1][0] == '\0' || strcmp(argv[1], "-") == 0) {
		cmd_error("gebruik: vitaal kopie BESTAND (een nieuw bestand)");
		return EXIT_USAGE;
	}
	if (store_copy(st, argv[1], &pages, &bytes, &cause) != 0) {
		cmd_error("%s", cause);
		free(cause);
		return EXIT_USER;
	}
	printf("kopie gemaakt: %s (%" PRId64 " pagina's, %.1f MB; integrity_check: in orde)\n",
	    cmd_text(argv[1]), pages, (double)bytes / (1024.0 * 1024.0));
	return EXIT_OK;
}
