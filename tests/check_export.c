/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * check_export.c: the export layer's pure parts. The ZIP writer of the
 * ODT export is read back here by parsing its own records, so a wrong
 * offset, size or CRC fails without unzip installed.
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "vitaal/export.h"
#include "vitaal/utf8.h"
#include "vitaal/util.h"
#include "testlib.h"
#include "zip.h"

static unsigned
get16(const struct strbuf *b, size_t at)
{
	ck_assert_uint_le(at + 2, b->len);
	return (unsigned)(unsigned char)b->s[at] | (unsigned)(unsigned char)b->s[at + 1] << 8;
}

static uint32_t
get32(const struct strbuf *b, size_t at)
{
	return (uint32_t)get16(b, at) | (uint32_t)get16(b, at + 2) << 16;
}

/* A ZIP of "123456789" (CRC-32 check value 0xCBF43926) and "<x/>". */
static void
two_entries(struct strbuf *out)
{
	struct zip z;

	zip_init(&z, out);
	ck_assert_int_eq(zip_add(&z, "mimetype", "123456789", 9, NULL), 0);
	ck_assert_int_eq(zip_add(&z, "META-INF/x.xml", "<x/>", 4, NULL), 0);
	ck_assert_int_eq(zip_finish(&z, NULL), 0);
	ck_assert_ptr_null(z.entries);
}

/* Check the local header at off: stored, fixed date, no extra field, the
 * name and data that follow it. */
static void
assert_local(const struct strbuf *b, size_t off, const char *name, const char *data,
    uint32_t crc)
{
	size_t nlen = strlen(name), dlen = strlen(data);

	ck_assert_uint_eq(get32(b, off), 0x04034b50U);
	ck_assert_uint_eq(get16(b, off + 6), 0);		/* flags */
	ck_assert_uint_eq(get16(b, off + 8), 0);		/* stored */
	ck_assert_uint_eq(get16(b, off + 10), 0);		/* 00:00 */
	ck_assert_uint_eq(get16(b, off + 12), (46 << 9) | (1 << 5) | 1);	/* 2026-01-01 */
	if (crc != 0)
		ck_assert_uint_eq(get32(b, off + 14), crc);
	ck_assert_uint_eq(get32(b, off + 18), dlen);
	ck_assert_uint_eq(get32(b, off + 22), dlen);
	ck_assert_uint_eq(get16(b, off + 26), nlen);
	ck_assert_uint_eq(get16(b, off + 28), 0);		/* no extra field */
	ck_assert_int_eq(memcmp(b->s + off + ZIP_LOCAL_SIZE, name, nlen), 0);
	ck_assert_int_eq(memcmp(b->s + off + ZIP_LOCAL_SIZE + nlen, data, dlen), 0);
}

/* Entries follow each other with the right CRCs; the central directory
 * points at each local header and the end record at the directory. */
START_TEST(test_zip_two_entries)
{
	struct strbuf b = { 0 };
	size_t end, cd, second = ZIP_LOCAL_SIZE + 8 + 9, i;
	static const char *const names[] = { "mimetype", "META-INF/x.xml" };

	two_entries(&b);
	assert_local(&b, 0, "mimetype", "123456789", 0xCBF43926U);
	assert_local(&b, second, "META-INF/x.xml", "<x/>", 0);
	end = b.len - ZIP_END_SIZE;
	ck_assert_uint_eq(get32(&b, end), 0x06054b50U);
	ck_assert_uint_eq(get16(&b, end + 8), 2);
	ck_assert_uint_eq(get16(&b, end + 10), 2);
	cd = get32(&b, end + 16);
	ck_assert_uint_eq(cd, second + ZIP_LOCAL_SIZE + 14 + 4);
	ck_assert_uint_eq(get32(&b, end + 12), end - cd);
	for (i = 0; i < 2; i++) {
		size_t local = get32(&b, cd + 42), nlen = get16(&b, cd + 28);

		ck_assert_uint_eq(get32(&b, cd), 0x02014b50U);
		ck_assert_uint_eq(get16(&b, cd + 10), 0);	/* stored */
		ck_assert_uint_eq(local, i == 0 ? 0 : second);
		ck_assert_uint_eq(nlen, strlen(names[i]));
		ck_assert_int_eq(memcmp(b.s + cd + ZIP_CENTRAL_SIZE, names[i], nlen), 0);
		/* crc and sizes as in the local header */
		ck_assert_int_eq(memcmp(b.s + cd + 16, b.s + local + 14, 12), 0);
		cd += ZIP_CENTRAL_SIZE + nlen;
	}
	ck_assert_uint_eq(cd, end);
	strbuf_free(&b);
}
END_TEST

/* The same entries give the same bytes (no clock in the headers). */
START_TEST(test_zip_deterministic)
{
	struct strbuf a = { 0 }, b = { 0 };

	two_entries(&a);
	two_entries(&b);
	ck_assert_uint_eq(a.len, b.len);
	ck_assert_int_eq(memcmp(a.s, b.s, a.len), 0);
	strbuf_free(&a);
	strbuf_free(&b);
}
END_TEST

/* An archive without entries is just the end record; an empty entry is
 * a header with CRC 0. */
START_TEST(test_zip_empty)
{
	struct strbuf b = { 0 };
	struct zip z;

	zip_init(&z, &b);
	ck_assert_int_eq(zip_finish(&z, NULL), 0);
	ck_assert_uint_eq(b.len, ZIP_END_SIZE);
	ck_assert_uint_eq(get32(&b, 0), 0x06054b50U);
	ck_assert_uint_eq(get16(&b, 10), 0);
	strbuf_free(&b);
	zip_init(&z, &b);
	ck_assert_int_eq(zip_add(&z, "leeg", "", 0, NULL), 0);
	ck_assert_int_eq(zip_finish(&z, NULL), 0);
	assert_local(&b, 0, "leeg", "", 0);
	ck_assert_uint_eq(get32(&b, 14), 0);
	strbuf_free(&b);
}
END_TEST

/* The offered file name: readable, safe in any directory, whole
 * characters, and the format's extension. */
START_TEST(test_export_file_name)
{
	static const struct { const char *title; int format; const char *want; } cases[] = {
		{ "Coalitie: Iedereen onder dak", EXPORT_TXT, "coalitie-iedereen-onder-dak.txt" },
		{ "Wijk <script>alert(\"x\")</script> & co", EXPORT_HTML,
		  "wijk-script-alert-x-script-co.html" },
		{ "../../etc/passwd", EXPORT_ODT, "etc-passwd.odt" },
		{ "Cliëntenraad Zuid", EXPORT_MD, "cliëntenraad-zuid.md" },
		{ "***", EXPORT_DOT, "vitaal.dot" },
		{ "", EXPORT_JSON, "vitaal.json" },
		{ "Spelers", EXPORT_CSV, "spelers-csv" },
		{ "a\xff" "b", EXPORT_TXT, "a-b.txt" },
	};
	char long_title[200];
	size_t i;
	char *name;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		name = export_file_name(cases[i].title, cases[i].format);
		ck_assert_str_eq(name, cases[i].want);
		free(name);
	}
	/* 60 bytes at most, never half a character */
	for (i = 0; i + 2 < sizeof(long_title); i += 2)
		memcpy(long_title + i, "\xc3\xa9", 2);
	long_title[i] = '\0';
	name = export_file_name(long_title, EXPORT_TXT);
	ck_assert_uint_eq(strlen(name), EXPORT_NAME_MAX + 4);
	ck_assert_int_eq(utf8_validate(name, strlen(name), NULL), 0);
	free(name);
}
END_TEST

int
main(void)
{
	Suite *s = suite_create("export");
	TCase *tc = tcase_create("zip");

	tcase_add_test(tc, test_zip_two_entries);
	tcase_add_test(tc, test_zip_deterministic);
	tcase_add_test(tc, test_zip_empty);
	tcase_add_test(tc, test_export_file_name);
	suite_add_tcase(s, tc);
	return test_run(s);
}
