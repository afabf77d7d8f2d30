/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * zip.c: a ZIP archive of stored or deflated entries (zip.h), written by
 * hand because
 * the format is three small records: a local header before each entry,
 * a central directory that lists them, and an end record that says where
 * the directory starts. All numbers are little-endian.
 */
#include "config.h"

#include <assert.h>
#include <stdlib.h>
#include <string.h>

#include <zlib.h>

#include "vitaal/util.h"
#include "zip.h"

#define ZIP_LOCAL_SIG	0x04034b50U
#define ZIP_CENTRAL_SIG	0x02014b50U
#define ZIP_END_SIG	0x06054b50U
#define ZIP_VERSION	20	/* 2.0: what unzip and office suites expect */

static void
put16(struct strbuf *b, unsigned v)
{
	char c[2] = { (char)(v & 0xff), (char)((v >> 8) & 0xff) };

	strbuf_add(b, c, 2);
}

static void
put32(struct strbuf *b, uint32_t v)
{
	put16(b, v & 0xffff);
	put16(b, (v >> 16) & 0xffff);
}

/* The fields local header and central directory share, from "version
 * needed" to the name's length. */
static void
common_fields(struct strbuf *b, const struct zip_entry *e)
{
	put16(b, ZIP_VERSION);		/* version needed to extract */
	put16(b, 0);			/* flags: none */
	put16(b, e->method);
	put16(b, ZIP_DOS_TIME);
	put16(b, ZIP_DOS_DATE);
	put32(b, e->crc);
	put32(b, e->csize);
	put32(b, e->size);
	put16(b, (unsigned)strlen(e->name));
}

static int
too_big(char **cause)
{
	if (cause != NULL)
		*cause = xstrdup("het document is te groot voor een ZIP-bestand");
	return -1;
}

void
zip_init(struct zip *z, struct strbuf *out)
{
	assert(out->len == 0);
	z->out = out;
	z->entries = NULL;
	z->n = 0;
}

/* Deflate data[0..len) as raw deflate (no zlib header: ZIP has its own)
 * into *out. 0, or -1 when zlib fails (out of memory). */
static int
deflate_raw(const void *data, size_t len, struct strbuf *out)
{
	z_stream zs;
	char buf[16384];
	int zr;

	memset(&zs, 0, sizeof(zs));
	if (deflateInit2(&zs, 9, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK)
		return -1;
	zs.next_in = (Bytef *)(uintptr_t)data;	/* zlib's API is not const */
	zs.avail_in = (uInt)len;
	do {
		zs.next_out = (Bytef *)buf;
		zs.avail_out = sizeof(buf);
		zr = deflate(&zs, Z_FINISH);
		if (zr == Z_STREAM_ERROR)
			break;
		strbuf_add(out, buf, sizeof(buf) - zs.avail_out);
	} while (zr != Z_STREAM_END);
	deflateEnd(&zs);
	return zr == Z_STREAM_END ? 0 : -1;
}

static int
add(struct zip *z, const char *name, const void *data, size_t len, unsigned method,
    char **cause)
{
	struct strbuf packed = { 0 };
	struct zip_entry *e;
	const void *body = data;
	size_t blen = len;

	if (len >= UINT32_MAX || z->out->len >= UINT32_MAX - len - 1024 ||
	    z->n >= 0xffff)
		return too_big(cause);
	if (method == ZIP_DEFLATED) {
		if (deflate_raw(data, len, &packed) != 0) {
			strbuf_free(&packed);
			if (cause != NULL)
				*cause = xstrdup("kan het document niet inpakken (zlib)");
			return -1;
		}
		body = packed.s != NULL ? packed.s : "";
		blen = packed.len;
	}
	z->entries = xreallocarray(z->entries, z->n + 1, sizeof(*z->entries));
	e = &z->entries[z->n++];
	e->name = xstrdup(name);
	e->method = method;
	e->crc = (uint32_t)crc32(crc32(0L, Z_NULL, 0), data, (uInt)len);
	e->csize = (uint32_t)blen;
	e->size = (uint32_t)len;
	e->offset = (uint32_t)z->out->len;
	put32(z->out, ZIP_LOCAL_SIG);
	common_fields(z->out, e);
	put16(z->out, 0);		/* extra field length: none (ODF wants none on mimetype) */
	strbuf_puts(z->out, name);
	strbuf_add(z->out, body, blen);
	strbuf_free(&packed);
	return 0;
}

int
zip_add(struct zip *z, const char *name, const void *data, size_t len, char **cause)
{
	return add(z, name, data, len, ZIP_STORED, cause);
}

int
zip_add_deflated(struct zip *z, const char *name, const void *data, size_t len,
    char **cause)
{
	return add(z, name, data, len, ZIP_DEFLATED, cause);
}

int
zip_finish(struct zip *z, char **cause)
{
	size_t start = z->out->len, size, i;

	for (i = 0; i < z->n; i++) {
		const struct zip_entry *e = &z->entries[i];

		put32(z->out, ZIP_CENTRAL_SIG);
		put16(z->out, ZIP_VERSION);	/* version made by: MS-DOS, 2.0 */
		common_fields(z->out, e);
		put16(z->out, 0);		/* extra field length */
		put16(z->out, 0);		/* comment length */
		put16(z->out, 0);		/* disk number start */
		put16(z->out, 0);		/* internal attributes */
		put32(z->out, 0);		/* external attributes */
		put32(z->out, e->offset);
		strbuf_puts(z->out, e->name);
	}
	size = z->out->len - start;
	if (z->out->len >= UINT32_MAX) {
		zip_abort(z);
		return too_big(cause);
	}
	put32(z->out, ZIP_END_SIG);
	put16(z->out, 0);			/* this disk */
	put16(z->out, 0);			/* disk of the central directory */
	put16(z->out, (unsigned)z->n);		/* entries on this disk */
	put16(z->out, (unsigned)z->n);		/* entries in all */
	put32(z->out, (uint32_t)size);
	put32(z->out, (uint32_t)start);
	put16(z->out, 0);			/* comment length */
	zip_abort(z);
	return 0;
}

void
zip_abort(struct zip *z)
{
	size_t i;

	for (i = 0; i < z->n; i++)
		free(z->entries[i].name);
	free(z->entries);
	z->entries = NULL;
	z->n = 0;
}
