/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * testlib.c: see testlib.h.
 */
#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>

#include "vitaal/store.h"
#include "vitaal/util.h"
#include "testlib.h"

struct store *
test_store_new(void)
{
	enum store_status status;
	struct store *st;
	char *cause = NULL;

	st = store_open(":memory:", STORE_CREATE, &status, &cause);
	ck_assert_msg(st != NULL, "cannot open :memory: werkboek: %s", cause);
	return st;
}

char *
test_tmpdir(void)
{
	const char *base = getenv("TMPDIR");
	char *dir;

	dir = xasprintf("%s/vitaal-test-XXXXXX", base != NULL && base[0] != '\0' ? base : "/tmp");
	ck_assert_msg(mkdtemp(dir) != NULL, "mkdtemp %s failed", dir);
	return dir;
}

int
test_run(Suite *s)
{
	SRunner *sr;
	int failed;

	setlocale(LC_ALL, "C.UTF-8");
	sr = srunner_create(s);
	srunner_set_tap(sr, "-");
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
