/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * fuzz_import.c: the JSON importer under fuzzing. Built with clang's
 * -fsanitize=fuzzer (tests/fuzz/fuzz.sh, run briefly in CI) it is a
 * libFuzzer target; built normally it is a test of `make check` that
 * feeds the seed corpus and a few thousand deterministic mutations of it
 * through the same entry point, so the sanitizer and valgrind runs cover
 * it too. Every input must end in a dump or in a one-line message that
 * names a line; nothing may crash, leak or read out of bounds.
 */
#include "config.h"

#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vitaal/dump.h"
#include "vitaal/export.h"
#include "vitaal/store.h"
#include "vitaal/util.h"

int	LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct import *im;
	char *cause = NULL;

	if ((im = import_json((const char *)data, size, store_schema_latest(), &cause)) != NULL) {
		struct strbuf out = { 0 };

		/* What was accepted can be written again. */
		export_json(import_dump(im), &out);
		strbuf_free(&out);
		import_free(im);
	} else {
		if (cause == NULL || strncmp(cause, "regel ", 6) != 0 || strchr(cause, '\n'))
			abort();
		free(cause);
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
	printf("%s 1 - %d bestanden, elk met %d mutaties, ingevoerd zonder fout\n",
	    files > 0 ? "ok" : "not ok", files, rounds);
	return files > 0 ? 0 : 1;
}
#endif
