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

#include "vitaal/catalogue.h"
#include "vitaal/coalition.h"
#include "vitaal/example.h"
#include "vitaal/doc.h"
#include "vitaal/export.h"
#include "vitaal/report.h"
#include "vitaal/player.h"
#include "vitaal/store.h"
#include "vitaal/svgmap.h"
#include "vitaal/utf8.h"
#include "vitaal/util.h"
#include "testlib.h"
#include "zip.h"

#include <zlib.h>

/* Fail unless every line of text is at most cols display columns. */
static void
assert_cols(const char *text, size_t cols)
{
	const char *p = text, *nl;
	size_t lineno = 1;

	for (; *p != '\0'; p = nl + 1, lineno++) {
		char *line;

		nl = strchr(p, '\n');
		if (nl == NULL)
			nl = p + strlen(p) - 1 + 1;
		line = xstrndup(p, (size_t)(nl - p));
		ck_assert_msg(utf8_width(line) <= cols, "regel %zu (%zu kolommen): %s", lineno,
		    utf8_width(line), line);
		free(line);
		if (*nl == '\0')
			break;
	}
}

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

/* A deflated entry: method 8, the CRC and size of the original, a smaller
 * body that raw inflate turns back into the original; a stored entry
 * (mimetype) before it keeps its place and method. */
START_TEST(test_zip_deflated)
{
	struct strbuf b = { 0 }, text = { 0 };
	struct zip z;
	z_stream zs;
	char *back;
	size_t off, i, csize;

	for (i = 0; i < 200; i++)
		strbuf_printf(&text, "<text:p>Regel %zu van de samenvatting</text:p>\n", i);
	zip_init(&z, &b);
	ck_assert_int_eq(zip_add(&z, "mimetype", "123456789", 9, NULL), 0);
	ck_assert_int_eq(zip_add_deflated(&z, "content.xml", text.s, text.len, NULL), 0);
	ck_assert_int_eq(zip_finish(&z, NULL), 0);
	assert_local(&b, 0, "mimetype", "123456789", 0xCBF43926U);
	off = ZIP_LOCAL_SIZE + 8 + 9;
	ck_assert_uint_eq(get32(&b, off), 0x04034b50U);
	ck_assert_uint_eq(get16(&b, off + 8), 8);
	ck_assert_uint_eq(get32(&b, off + 14),
	    crc32(crc32(0L, Z_NULL, 0), (const Bytef *)text.s, (uInt)text.len));
	csize = get32(&b, off + 18);
	ck_assert_uint_eq(get32(&b, off + 22), text.len);
	ck_assert_uint_lt(csize, text.len / 4);
	back = xmalloc(text.len + 1);
	memset(&zs, 0, sizeof(zs));
	ck_assert_int_eq(inflateInit2(&zs, -MAX_WBITS), Z_OK);
	zs.next_in = (Bytef *)b.s + off + ZIP_LOCAL_SIZE + strlen("content.xml");
	zs.avail_in = (uInt)csize;
	zs.next_out = (Bytef *)back;
	zs.avail_out = (uInt)text.len + 1;
	ck_assert_int_eq(inflate(&zs, Z_FINISH), Z_STREAM_END);
	ck_assert_uint_eq(zs.total_out, text.len);
	ck_assert_int_eq(memcmp(back, text.s, text.len), 0);
	inflateEnd(&zs);
	free(back);
	strbuf_free(&b);
	strbuf_free(&text);
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

/* The built-in example in every phase, as a coalition report and in a
 * session: no line of the text export is wider than 72 columns (the
 * open questions of phases 3 and 4 have long titles). */
START_TEST(test_txt_example_width)
{
	struct store *st = test_store_new();
	struct catalogue *cat = catalogue_load(st);
	char *cause = NULL;
	int64_t id;
	int phase;

	id = example_open(st, cat, "iedereen-onder-dak", &cause);
	ck_assert_msg(id > 0, "example_open: %s", cause);
	ck_assert_int_eq(coalition_rename(st, id, "Een coalitie met een naam die zo lang is dat "
	    "de kop twee regels nodig heeft", NULL), 0);
	for (phase = 0; phase <= 4; phase++) {
		struct strbuf out = { 0 };
		struct report *r;

		ck_assert_int_eq(coalition_set_phase(st, id, phase, NULL), 0);
		r = report_coalition(st, cat, id, &cause);
		ck_assert_msg(r != NULL, "report: %s", cause);
		ck_assert_int_eq(export_txt(r, &out, NULL), 0);
		assert_cols(out.s, EXPORT_TXT_COLS);
		if (phase == 3)
			ck_assert_ptr_nonnull(strstr(out.s, "Nog niet beantwoord in Fase 3"));
		report_free(r);
		strbuf_free(&out);
	}
	catalogue_free(cat);
	store_close(st);
}
END_TEST

/* No name on the map over another name, a circle or a quadrant's title,
 * none outside the grid; circles in one cell apart (up to 12 a cell);
 * every name shown as a prefix of itself. Returns how many are shown. */
static size_t
assert_map(const char *const *names, const int *power, const int *interest, size_t n)
{
	struct svgmap_place *pl = xcalloc(n + 1, sizeof(*pl));
	size_t i, k, shown = 0;
	int q;

	svgmap_layout(names, power, interest, n, pl);
	for (i = 0; i < n; i++) {
		struct svgmap_box ci = { pl[i].cx - SVGMAP_R, pl[i].cy - SVGMAP_R,
		    2 * SVGMAP_R, 2 * SVGMAP_R };

		ck_assert_int_ge(ci.x, SVGMAP_LEFT);
		ck_assert_int_le(ci.x + ci.w, SVGMAP_LEFT + 6 * SVGMAP_CW);
		ck_assert_int_ge(ci.y, SVGMAP_TOP);
		ck_assert_int_le(ci.y + ci.h, SVGMAP_TOP + 6 * SVGMAP_CH);
		if (!pl[i].shown)
			continue;
		shown++;
		ck_assert_uint_le(pl[i].len, strlen(names[i]));
		ck_assert_int_eq(pl[i].cut, pl[i].len < strlen(names[i]));
		ck_assert(pl[i].box.x >= SVGMAP_LEFT &&
		    pl[i].box.x + pl[i].box.w <= SVGMAP_LEFT + 6 * SVGMAP_CW);
		ck_assert(pl[i].box.y >= SVGMAP_TOP &&
		    pl[i].box.y + pl[i].box.h <= SVGMAP_TOP + 6 * SVGMAP_CH);
		for (q = 0; q < 4; q++) {
			struct svgmap_box t = svgmap_title_box(q, 16);

			ck_assert_msg(!svgmap_overlap(&pl[i].box, &t), "%s over kwadrant %d",
			    names[i], q);
		}
		for (k = 0; k < n; k++) {
			struct svgmap_box ck = { pl[k].cx - SVGMAP_R, pl[k].cy - SVGMAP_R,
			    2 * SVGMAP_R, 2 * SVGMAP_R };

			ck_assert_msg(!svgmap_overlap(&pl[i].box, &ck), "naam %s over cirkel %zu",
			    names[i], k);
			if (k != i && pl[k].shown)
				ck_assert_msg(!svgmap_overlap(&pl[i].box, &pl[k].box),
				    "naam %s over naam %s", names[i], names[k]);
			if (k != i && power[k] == power[i] && interest[k] == interest[i]) {
				int dx = pl[k].cx - pl[i].cx, dy = pl[k].cy - pl[i].cy;

				ck_assert_msg(dx * dx + dy * dy >= 4 * SVGMAP_R * SVGMAP_R,
				    "cirkels %zu en %zu", i, k);
			}
		}
	}
	free(pl);
	return shown;
}

/* The built-in example's map: every name shown, none over another
 * ("Directeur woningcorporatie" and "Beleidsmedewerker opvang" were). */
START_TEST(test_svgmap_example)
{
	struct store *st = test_store_new();
	struct catalogue *cat = catalogue_load(st);
	struct report *r;
	const struct player_list *pl;
	const char **names;
	int *power, *interest;
	int64_t id;
	size_t i;

	id = example_open(st, cat, "iedereen-onder-dak", NULL);
	ck_assert_int_gt(id, 0);
	r = report_coalition(st, cat, id, NULL);
	ck_assert_ptr_nonnull(r);
	pl = r->coalitions[0].players;
	ck_assert_uint_ge(pl->n, 5);
	names = xcalloc(pl->n, sizeof(*names));
	power = xcalloc(pl->n, sizeof(*power));
	interest = xcalloc(pl->n, sizeof(*interest));
	for (i = 0; i < pl->n; i++) {
		names[i] = pl->v[i].name;
		power[i] = pl->v[i].power;
		interest[i] = pl->v[i].interest;
	}
	ck_assert_uint_eq(assert_map(names, power, interest, pl->n), pl->n);
	free(names);
	free(power);
	free(interest);
	report_free(r);
	catalogue_free(cat);
	store_close(st);
}
END_TEST

/* 25 players with long names: crowded in a few cells, spread out, all in
 * one cell; never an overlap, and where there is room, the names. */
START_TEST(test_svgmap_25)
{
	static const char *const base[] = { "Directeur woningcorporatie",
	    "Beleidsmedewerker opvang", "Wethouder zorg en welzijn", "GGD",
	    "Zorgverzekeraar Zilveren Kruis", "Wijkteam Noord-Oost", "Politie", "Ω",
	    "Een naamzonderspatiesdienooitophoudtenblijftdoorgaan" };
	const char *names[25];
	int power[25], interest[25], round;
	size_t i;

	for (i = 0; i < 25; i++)
		names[i] = base[i % (sizeof(base) / sizeof(base[0]))];
	for (round = 0; round < 3; round++) {
		for (i = 0; i < 25; i++) {
			if (round == 0) {		/* a few crowded cells */
				power[i] = 3 + (int)(i % 3);
				interest[i] = 2 + (int)(i % 2);
			} else if (round == 1) {	/* spread over the grid */
				power[i] = (int)((i * 7) % 6);
				interest[i] = (int)((i * 5) % 6);
			} else {			/* all on one cell */
				power[i] = 4;
				interest[i] = 4;
			}
		}
		if (round == 1)
			ck_assert_uint_ge(assert_map(names, power, interest, 25), 20);
		else if (round == 0)
			assert_map(names, power, interest, 25);
		else
			/* beyond 12 a cell the circles repeat; names still never
			 * overlap (assert_map checks circles only per cell) */
			assert_map(names, power, interest, 12);
	}
}
END_TEST

/* The tree and its text renderer: a long heading wraps, an empty field
 * is left out, a table's cells wrap in their columns (a newline in a name
 * included), lists nest; every line within 72 columns. */
START_TEST(test_doc_txt)
{
	static const char *const titles[] = { "Naam", "Organisatie", "Macht" };
	static const int widths[] = { 40, 45, 15 };
	const char *row1[] = { "Een\nnaam", "Een organisatie met een heel lange naam die "
	    "nooit op één regel past", "5" };
	const char *row2[] = { "Kort", "", "12" };
	struct doc *d = doc_new("Titel");
	struct doc_block *b;
	struct strbuf out = { 0 };

	doc_heading(d, 1, "Een kop die veel langer is dan tweeënzeventig kolommen, zodat "
	    "hij over twee regels moet");
	b = doc_fields(d);
	doc_field(b, "Datum", "2026-03-20");
	doc_field(b, "Facilitator", "  ");
	doc_field(b, "Facilitator", NULL);
	doc_para(d, DOC_QUESTION, 1, "Een vraag?");
	doc_para(d, DOC_ANSWER, 2, "Een antwoord.");
	doc_para(d, DOC_SOURCE, 2, "Een bron");
	b = doc_table(d, 3, titles, widths, "llr");
	doc_row(b, row1);
	doc_row(b, row2);
	b = doc_list(d);
	doc_item(b, 0, "Eerste");
	doc_item(b, 1, "eronder");
	doc_footer(d, "Voet.");
	doc_render_txt(d, &out);
	assert_cols(out.s, DOC_TXT_COLS);
	ck_assert_ptr_nonnull(strstr(out.s, "Datum:        2026-03-20\n"));
	ck_assert_ptr_null(strstr(out.s, "Facilitator"));
	ck_assert_ptr_nonnull(strstr(out.s, "  Een vraag?\n    Een antwoord.\n    Bron: Een bron\n"));
	ck_assert_ptr_nonnull(strstr(out.s, "\nEen "));
	ck_assert_ptr_null(strstr(out.s, "\nnaam"));	/* the newline stays in its cell */
	ck_assert_ptr_nonnull(strstr(out.s, "- Eerste\n  - eronder\n"));
	ck_assert_ptr_nonnull(strstr(out.s, "\n-- \nVoet.\n"));
	strbuf_free(&out);
	doc_free(d);
}
END_TEST

/* A small tree with every kind of block and the figures. */
static struct doc *
sample_doc(void)
{
	static const char *const titles[] = { "Naam", "Organisatie", "Macht" };
	static const int widths[] = { 40, 45, 15 };
	static const char *const mtitles[] = { "Naam", "Rol", "Macht", "Belang", "Kopgroep" };
	static const int mwidths[] = { 40, 24, 12, 12, 12 };
	static const char *const ttitles[] = { "Opgave", "Eenvoudig", "Complex" };
	static const int twidths[] = { 30, 35, 35 };
	const char *row[] = { "A | <b>", "Org", "5" };
	const char *p1[] = { "Gemeente", "regisseur", "5", "5", "ja" };
	const char *p2[] = { "Buurt <x>", "afnemer", "1", "4", "" };
	const char *t1[] = { "Vraag bekend", "Op orde", "Herinrichten" };
	const char *t2[] = { "Turbulent", "Vernieuwen", "Heruitvinden" };
	struct doc *d = doc_new("Titel & co");
	struct doc_block *b;

	doc_heading(d, 1, "Titel & co");
	doc_field(doc_fields(d), "Datum", "2026-03-20");
	doc_para(d, DOC_QUESTION, 1, "Een vraag?");
	doc_para(d, DOC_ANSWER, 2, "Een antwoord.");
	b = doc_table(d, 3, titles, widths, "llr");
	doc_row(b, row);
	b = doc_table(d, 5, mtitles, mwidths, "llrrc");
	doc_figure(b, DOC_FIG_MAP, NULL, NULL);
	doc_row(b, p1);
	doc_row(b, p2);
	doc_link(b, 0, 1, 3, 1, "spanning");
	b = doc_table(d, 3, ttitles, twidths, "lll");
	doc_figure(b, DOC_FIG_TYPOLOGY, NULL, NULL);
	doc_row(b, t1);
	doc_row(b, t2);
	b->table.mark = 4;
	b = doc_list(d);
	doc_item(b, 0, "Eerste");
	doc_item(b, 1, "eronder");
	doc_item(b, 0, "Tweede");
	doc_footer(d, "Voet.");
	return d;
}

/* Markdown: the separator's dashes are the tree's shares (pandoc's docx
 * widths), a pipe in a cell is escaped, the map is a quadrantChart, the
 * chosen type is marked. */
START_TEST(test_doc_md)
{
	struct doc *d = sample_doc();
	struct strbuf out = { 0 };
	const char *sep;

	doc_render_md(d, &out);
	ck_assert_ptr_nonnull(strstr(out.s, "# Titel \\& co\n"));
	ck_assert_ptr_nonnull(strstr(out.s, "- **Datum:** 2026-03-20\n"));
	sep = strstr(out.s, "| Naam | Organisatie | Macht |\n|");
	ck_assert_ptr_nonnull(sep);
	sep = strchr(sep, '\n') + 2;
	ck_assert_uint_eq(strcspn(sep, "|"), 40);	/* ":---…" for a left column */
	ck_assert_int_eq(sep[0], ':');
	sep += 41;
	ck_assert_uint_eq(strcspn(sep, "|"), 45);
	sep += 46;
	ck_assert_uint_eq(strcspn(sep, "|"), 15);
	ck_assert_int_eq(sep[14], ':');			/* "…---:" for a right one */
	ck_assert_ptr_nonnull(strstr(out.s, "| A \\| \\<b\\> | Org | 5 |\n"));
	ck_assert_ptr_nonnull(strstr(out.s, "quadrantChart"));
	ck_assert_ptr_nonnull(strstr(out.s, "\"Buurt ‹x›\": [0.77, 0.23]"));
	ck_assert_ptr_nonnull(strstr(out.s, "**Heruitvinden (gekozen)**"));
	ck_assert_ptr_nonnull(strstr(out.s, "- Eerste\n  - eronder\n- Tweede\n"));
	ck_assert_ptr_nonnull(strstr(out.s, "\n---\n\n*Voet.*\n"));
	strbuf_free(&out);
	doc_free(d);
}
END_TEST

/* HTML: widths as a <colgroup>, the map as SVG with its relation, the
 * nested list inside its item, every text escaped, the footer after the
 * main part. */
START_TEST(test_doc_html)
{
	struct doc *d = sample_doc();
	struct strbuf out = { 0 };

	doc_render_html(d, &out);
	ck_assert_ptr_nonnull(strstr(out.s, "<title>Titel &amp; co</title>"));
	ck_assert_ptr_nonnull(strstr(out.s, "<colgroup><col style=\"width: 40%\">"
	    "<col style=\"width: 45%\"><col style=\"width: 15%\"></colgroup>"));
	ck_assert_ptr_nonnull(strstr(out.s, "<td>A | &lt;b&gt;</td>"));
	ck_assert_ptr_nonnull(strstr(out.s, "<svg class=\"kaart\""));
	ck_assert_ptr_nonnull(strstr(out.s, "stroke-dasharray=\"6 4\""));
	ck_assert_ptr_null(strstr(out.s, "Buurt <x>"));
	ck_assert_ptr_nonnull(strstr(out.s, "<td class=\"gekozen\">Heruitvinden (gekozen)</td>"));
	ck_assert_ptr_nonnull(strstr(out.s, "<li>Eerste\n<ul>\n<li>eronder</li>\n</ul>\n</li>\n"
	    "<li>Tweede</li>\n</ul>\n"));
	ck_assert_ptr_nonnull(strstr(out.s, "</main>\n<footer><p>Voet.</p></footer>\n"));
	strbuf_free(&out);
	doc_free(d);
}
END_TEST

/* ODT: a ZIP that starts with its stored mimetype. */
START_TEST(test_doc_odt)
{
	struct doc *d = sample_doc();
	struct strbuf out = { 0 };

	ck_assert_int_eq(doc_render_odt(d, &out, NULL), 0);
	ck_assert_uint_gt(out.len, 100);
	ck_assert_uint_eq(get32(&out, 0), 0x04034b50U);
	ck_assert_int_eq(memcmp(out.s + ZIP_LOCAL_SIZE, "mimetype"
	    "application/vnd.oasis.opendocument.text", 47), 0);
	strbuf_free(&out);
	doc_free(d);
}
END_TEST

/* Every report is one tree: its title first, the footer last; the text
 * renderer of the example coalition draws its figures (the map per
 * quadrant, the typology with its chosen type). */
START_TEST(test_report_doc_all)
{
	struct store *st = test_store_new();
	struct catalogue *cat = catalogue_load(st);
	char *cause = NULL;
	struct report *r;
	struct doc *d;
	int64_t id;
	size_t i, figures = 0;

	id = example_open(st, cat, "iedereen-onder-dak", &cause);
	ck_assert_msg(id > 0, "example_open: %s", cause);
	r = report_coalition(st, cat, id, &cause);
	ck_assert_msg(r != NULL, "report: %s", cause);
	d = report_doc(r);
	ck_assert_ptr_nonnull(d);
	ck_assert_int_eq(d->v[0].kind, DOC_HEADING);
	ck_assert_int_eq(d->v[0].level, 1);
	ck_assert_str_eq(d->v[0].text, d->title);
	ck_assert_int_eq(d->v[d->n - 1].kind, DOC_FOOTER);
	for (i = 0; i < d->n; i++) {
		ck_assert(d->v[i].kind != DOC_HEADING || i == 0 || d->v[i].level > 1);
		if (d->v[i].kind == DOC_TABLE && d->v[i].table.figure == DOC_FIG_MAP)
			figures++;
	}
	ck_assert_uint_eq(figures, 1);
	doc_free(d);
	report_free(r);
	catalogue_free(cat);
	store_close(st);
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
	tcase_add_test(tc, test_zip_deflated);
	tcase_add_test(tc, test_export_file_name);
	tcase_add_test(tc, test_txt_example_width);
	tcase_add_test(tc, test_svgmap_example);
	tcase_add_test(tc, test_svgmap_25);
	tcase_add_test(tc, test_doc_txt);
	tcase_add_test(tc, test_doc_md);
	tcase_add_test(tc, test_doc_html);
	tcase_add_test(tc, test_doc_odt);
	tcase_add_test(tc, test_report_doc_all);
	suite_add_tcase(s, tc);
	return test_run(s);
}
