/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * fuzz_import.c: the JSON importer under fuzzing, and everything a file
 * it accepts reaches: the checks the command line makes, the merge into a
 * werkboek (an in-memory one, each input rolled back) with the field
 * rule, and every renderer of every coalition, session and intervisie
 * group in it (txt, odt, md, html, dot, eml). Built with clang's
 * -fsanitize=fuzzer (tests/fuzz/fuzz.sh, run briefly in CI) it is a
 * libFuzzer target; built normally it is a test of `make check` that
 * feeds the seed corpus and a few thousand deterministic mutations of it
 * through the same entry point, so the sanitizer and valgrind runs cover
 * it too. Every input must end in a dump or in a one-line message that
 * names a line; a merge may refuse a file (a value out of range) but
 * then says why; nothing may crash, leak or read out of bounds.
 */
#include "config.h"

#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vitaal/catalogue.h"
#include "vitaal/dump.h"
#include "vitaal/dump_check.h"
#include "vitaal/export.h"
#include "vitaal/fieldrule.h"
#include "vitaal/report.h"
#include "vitaal/store.h"
#include "vitaal/util.h"

int	LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* At most this many of each kind of report per input, so a file of
 * thousands of coalitions stays a quick input. */
#define FUZZ_REPORTS	3

static size_t merged, rendered;	/* what the run reached, for its report */

/* Every renderer of r; a writer may refuse, but then says why. */
static void
render(struct report *r)
{
	struct strbuf out = { 0 };
	char *cause;
	int f;

	for (f = 0; f < EXPORT_NFORMATS; f++) {
		if (export_writers[f] == NULL)
			continue;
		cause = NULL;
		if (export_writers[f](r, &out, &cause) != 0 && cause == NULL)
			abort();
		free(cause);
		strbuf_free(&out);
	}
	report_free(r);
}

/* The reports a werkboek can give, by the table that lists them. */
static const struct {
	const char	*table;
	struct report	*(*make)(struct store *, const struct catalogue *, int64_t, char **);
} reports[] = {
	{ "coalition", report_coalition },
	{ "session", report_session },
	{ "igroup", report_group },
};

/* The input as a stream, a few bytes at a time, so the pull reader's
 * refills fall anywhere. */
struct input {
	const uint8_t	*p;
	size_t		 left, step;
};

static long
read_input(void *ctx, char *buf, size_t n)
{
	struct input *in = ctx;

	if (n > in->left)
		n = in->left;
	if (n > in->step)
		n = in->step;
	memcpy(buf, in->p, n);
	in->p += n;
	in->left -= n;
	return (long)n;
}

/* One werkboek for the whole run (opening one builds the catalogue);
 * each input is read as `vitaal import` reads it (a stream, merged row by
 * row with the field rule) in a transaction that is rolled back; what it
 * accepts is written by every renderer. 1 when it was accepted. */
static int
merge_and_render(const uint8_t *data, size_t size)
{
	static struct store *st;
	static struct catalogue *cat;
	struct dump_merge_count *counts;
	struct field_import_count fields;
	struct input in = { data, size, 1 + size % 7919 };
	enum store_status status;
	struct report *r;
	size_t k;
	int64_t id, n;
	char *cause = NULL;
	int ok = 0;

	if (st == NULL) {
		if ((st = store_open(":memory:", STORE_CREATE, &status, &cause)) == NULL ||
		    (cat = catalogue_load(st)) == NULL)
			abort();
	}
	counts = xcalloc(dump_ntables, sizeof(*counts));
	if (store_begin(st) != 0)
		abort();
	if (import_json_stream(read_input, &in, st, cat, "ingebracht door de fuzzer", "fuzz.json",
	    counts, &fields, &cause) != 0) {
		if (cause == NULL || strncmp(cause, "regel ", 6) != 0 || strchr(cause, '\n'))
			abort();
		goto out;
	}
	ok = 1;
	merged++;
	for (k = 0; k < sizeof(reports) / sizeof(reports[0]); k++) {
		n = store_count(st, reports[k].table);
		for (id = 1; id <= n && id <= FUZZ_REPORTS; id++) {
			free(cause);
			cause = NULL;
			if ((r = reports[k].make(st, cat, id, &cause)) != NULL) {
				render(r);
				rendered++;
			}
		}
	}
out:
	store_rollback(st);
	free(cause);
	free(counts);
	return ok;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct import *im;
	char *cause = NULL;

	if ((im = import_json((const char *)data, size, store_schema_latest(), &cause)) != NULL) {
		struct strbuf out = { 0 };
		size_t bt, br;

		/* What was accepted can be written again. */
		export_json(import_dump(im), &out);
		strbuf_free(&out);
		/* What the command line would take goes into a werkboek (the
		 * merge may still refuse a value out of range, and says where)
		 * and out through every renderer. */
		if (dump_check(import_dump(im), &bt, &br, &cause) == 0)
			merge_and_render(data, size);
		free(cause);
		import_free(im);
	} else {
		if (cause == NULL || strncmp(cause, "regel ", 6) != 0 || strchr(cause, '\n'))
			abort();
		free(cause);
		/* what the whole-file reader refuses, the stream refuses too
		 * (now and then: a stream merges up to the problem) */
		if (size % 32 == 0 && merge_and_render(data, size))
			abort();
	}
	return 0;
}

#ifndef VITAAL_LIBFUZZER
/* A small deterministic generator (xorshift), so a failure repeats. */
static uint32_t
next(uint32_t *s)
{
	*s ^= *s << 13;
	*s ^= *s >> 17;
	*s ^= *s << 5;
	return *s;
}

/* Flip, insert, delete or duplicate a few bytes of buf. */
static size_t
mutate(uint8_t *buf, size_t len, size_t cap, uint32_t *s)
{
	static const char tokens[] = "{}[]\",:\\0123456789-.eEtrufalsn \n\xff\xc3\xa9";
	int k, edits = 1 + (int)(next(s) % 4);

	for (k = 0; k < edits && len > 0; k++) {
		size_t at = next(s) % len;

		switch (next(s) % 4) {
		case 0:
			buf[at] = (uint8_t)tokens[next(s) % (sizeof(tokens) - 1)];
			break;
		case 1:
			if (len < cap) {
				memmove(buf + at + 1, buf + at, len - at);
				buf[at] = (uint8_t)tokens[next(s) % (sizeof(tokens) - 1)];
				len++;
			}
			break;
		case 2:
			memmove(buf + at, buf + at + 1, len - at - 1);
			len--;
			break;
		default:
			len = at;	/* truncate */
			break;
		}
	}
	return len;
}

static int
run_file(const char *path, int rounds)
{
	uint8_t *buf, *work;
	uint32_t seed = 2463534242u;
	size_t len, cap, n;
	FILE *f;
	int r;

	if ((f = fopen(path, "rb")) == NULL)
		return -1;
	fseek(f, 0, SEEK_END);
	len = (size_t)ftell(f);
	rewind(f);
	cap = len + 64;
	buf = xmalloc(cap);
	work = xmalloc(cap);
	len = fread(buf, 1, len, f);
	fclose(f);
	LLVMFuzzerTestOneInput(buf, len);
	for (r = 0; r < rounds; r++) {
		memcpy(work, buf, len);
		n = mutate(work, len, cap, &seed);
		LLVMFuzzerTestOneInput(work, n);
	}
	free(buf);
	free(work);
	return 0;
}

int
main(int argc, char **argv)
{
	const char *dir = getenv("FUZZ_CORPUS");
	struct dirent *e;
	DIR *d;
	int files = 0, rounds = argc > 1 ? atoi(argv[1]) : 2000;
	char *path;

	if (dir == NULL)
		dir = TOP_SRCDIR "/tests/fuzz/corpus";
	if ((d = opendir(dir)) == NULL) {
		fprintf(stderr, "fuzz_import: %s niet te lezen\n", dir);
		return 1;
	}
	printf("1..1\n");
	while ((e = readdir(d)) != NULL) {
		if (e->d_name[0] == '.')
			continue;
		path = xasprintf("%s/%s", dir, e->d_name);
		if (run_file(path, rounds) == 0)
			files++;
		free(path);
	}
	closedir(d);
	printf("%s 1 - %d bestanden, elk met %d mutaties, ingevoerd zonder fout; %zu samengevoegd "
	    "in een werkboek, %zu verslagen in elk formaat geschreven\n",
	    files > 0 && rendered > 0 ? "ok" : "not ok", files, rounds, merged, rendered);
	return files > 0 && rendered > 0 ? 0 : 1;
}
#endif
