/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * zip.h: the smallest ZIP writer an OpenDocument file needs. An entry is
 * STORED (the first entry, mimetype, must be) or DEFLATED by zlib (the
 * XML parts shrink to a sixth). Every header carries the same fixed DOS
 * date and zlib deflates the same way every time, so the same entries
 * give the same bytes. Pure: it only appends to a strbuf.
 */
#ifndef VITAAL_ZIP_H
#define VITAAL_ZIP_H

#include <stddef.h>
#include <stdint.h>

#include "vitaal/util.h"

/* 2026-01-01 00:00 in MS-DOS format: ((year - 1980) << 9 | month << 5 | day). */
#define ZIP_DOS_DATE	((2026 - 1980) << 9 | 1 << 5 | 1)
#define ZIP_DOS_TIME	0

/* Sizes of the fixed parts of the records, as the format defines them. */
#define ZIP_LOCAL_SIZE	30
#define ZIP_CENTRAL_SIZE 46
#define ZIP_END_SIZE	22

/* An entry already written, remembered for the central directory. */
struct zip_entry {
	char		*name;
	unsigned	 method;	/* ZIP_STORED or ZIP_DEFLATED */
	uint32_t	 crc;
	uint32_t	 csize;		/* as written */
	uint32_t	 size;		/* as read back */
	uint32_t	 offset;	/* of its local header in out */
};

#define ZIP_STORED	0
#define ZIP_DEFLATED	8

/* A ZIP being appended to out, which must be empty at zip_init (offsets
 * count from its start). */
struct zip {
	struct strbuf		*out;
	struct zip_entry	*entries;
	size_t			 n;
};

void	zip_init(struct zip *z, struct strbuf *out);
/* Append a stored entry: its local header, then the data. name is ASCII.
 * 0, or -1 with *cause when the archive would pass the 4 GB of a ZIP
 * without ZIP64. */
int	zip_add(struct zip *z, const char *name, const void *data, size_t len, char **cause);
/* The same, the data deflated (raw deflate, level 9). */
int	zip_add_deflated(struct zip *z, const char *name, const void *data, size_t len,
	    char **cause);
/* Append the central directory and the end record, and free what z holds
 * (z->out keeps the archive). 0, or -1 with *cause as above. */
int	zip_finish(struct zip *z, char **cause);
/* Free what z holds without finishing (on an error path). */
void	zip_abort(struct zip *z);

#endif
