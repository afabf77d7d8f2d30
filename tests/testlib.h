/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * testlib.h: what every Check suite shares: a fresh werkboek per test and a
 * runner that reports through TAP (one named line per test case).
 */
#ifndef VITAAL_TESTLIB_H
#define VITAAL_TESTLIB_H

#include <check.h>

struct store;

/* A new in-memory werkboek with every migration and the catalogue; fails
 * the test when it cannot be opened. Close with store_close. */
struct store	*test_store_new(void);

/* A new private temporary directory (caller frees the string; the files
 * are left for the OS to clean, as Check forks per test). */
char		*test_tmpdir(void);

/* Run the suite with TAP on stdout plus Check's own summary; returns the
 * exit status for main. */
int		 test_run(Suite *s);

#endif
