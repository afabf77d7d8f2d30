/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * export_eml.c: the summary as an e-mail draft (RFC 5322, MIME) that
 * Thunderbird and Outlook open as a message still to send: the 72-column
 * text as the body, the ODT attached, a subject from the session. It is
 * how the harvest of a werkconferentie goes out the same afternoon.
 *
 * X-Unsent: 1 makes Outlook open it as a draft. There is no From, To or
 * Message-ID: the mail program fills those in when it is sent, from the
 * account of whoever sends it. The Date is the session's (no clock is
 * read, so the same werkboek gives the same bytes). Lines end in CRLF;
 * the body is quoted-printable (UTF-8), the attachment base64, and the
 * boundary holds "=_", which neither encoding can produce.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vitaal/export.h"
#include "vitaal/report.h"
#include "vitaal/session.h"
#include "vitaal/util.h"

#define EML_BOUNDARY	"=_vitaal_samenvatting_1"
#define EML_LINE	76	/* longest encoded line, as MIME allows */

/* A header's text as RFC 2047 encoded words (base64, UTF-8), each at most
 * 75 characters and cut only between characters, folded onto lines of
 * their own; plain ASCII goes as it is. */
static void
header_text(struct strbuf *b, const char *name, const char *text)
{
	static const char b64[] =
	    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
	const unsigned char *p = (const unsigned char *)text;
	size_t len = strlen(text), i, start, n;
	int ascii = 1;

	for (i = 0; i < len; i++)
		if (p[i] >= 0x7f || p[i] < 0x20)
			ascii = 0;
	strbuf_printf(b, "%s: ", name);
	if (ascii && len + strlen(name) + 2 <= 78) {
		strbuf_printf(b, "%s\r\n", text);
		return;
	}
	for (start = 0; start < len; start += n) {
		/* 45 bytes give 60 characters of base64, 72 with the word's frame */
		for (n = len - start > 45 ? 45 : len - start;
		    start + n < len && (p[start + n] & 0xc0) == 0x80; n--)
			;
		if (start > 0)
			strbuf_puts(b, "\r\n ");
		strbuf_puts(b, "=?UTF-8?B?");
		for (i = 0; i < n; i += 3) {
			unsigned v = (unsigned)p[start + i] << 16;

			if (i + 1 < n)
				v |= (unsigned)p[start + i + 1] << 8;
			if (i + 2 < n)
				v |= p[start + i + 2];
			strbuf_putc(b, b64[(v >> 18) & 63]);
			strbuf_putc(b, b64[(v >> 12) & 63]);
			strbuf_putc(b, i + 1 < n ? b64[(v >> 6) & 63] : '=');
			strbuf_putc(b, i + 2 < n ? b64[v & 63] : '=');
		}
		strbuf_puts(b, "?=");
	}
	strbuf_puts(b, "\r\n");
}

/* data as base64 in lines of EML_LINE characters. */
static void
base64(struct strbuf *b, const unsigned char *data, size_t len)
{
	static const char b64[] =
	    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
	size_t i, col = 0;

	for (i = 0; i < len; i += 3) {
		unsigned v = (unsigned)data[i] << 16;

		if (i + 1 < len)
			v |= (unsigned)data[i + 1] << 8;
		if (i + 2 < len)
			v |= data[i + 2];
		strbuf_putc(b, b64[(v >> 18) & 63]);
		strbuf_putc(b, b64[(v >> 12) & 63]);
		strbuf_putc(b, i + 1 < len ? b64[(v >> 6) & 63] : '=');
		strbuf_putc(b, i + 2 < len ? b64[v & 63] : '=');
		if ((col += 4) >= EML_LINE && i + 3 < len) {
			strbuf_puts(b, "\r\n");
			col = 0;
		}
	}
	strbuf_puts(b, "\r\n");
}

/* text (UTF-8, LF line ends) as quoted-printable with CRLF line ends:
 * bytes outside printable ASCII, '=' and a blank before a line end
 * encoded, lines longer than EML_LINE broken by soft breaks ("=" at the
 * end), never inside an escape. */
static void
quoted_printable(struct strbuf *b, const char *text)
{
	const unsigned char *p = (const unsigned char *)text;
	size_t col = 0;
	char esc[4];

	for (; *p != '\0'; p++) {
		int last = p[1] == '\n' || p[1] == '\0';

		if (*p == '\n') {
			strbuf_puts(b, "\r\n");
			col = 0;
			continue;
		}
		if ((*p >= 33 && *p <= 126 && *p != '=') || (*p == ' ' && !last)) {
			esc[0] = (char)*p;
			esc[1] = '\0';
		} else
			snprintf(esc, sizeof(esc), "=%02X", *p);
		/* room for this and, unless the line ends here, a soft break */
		if (col + strlen(esc) + (last ? 0 : 1) > EML_LINE) {
			strbuf_puts(b, "=\r\n");
			col = 0;
		}
		strbuf_puts(b, esc);
		col += strlen(esc);
	}
	if (col > 0)
		strbuf_puts(b, "\r\n");
}

/* The session's date as RFC 5322 wants it: "Fri, 20 Mar 2026 12:00:00
 * +0000" (midday, so no time zone moves it to another day); NULL when
 * there is none. Allocated. */
static char *
rfc5322_date(const char *date)
{
	static const char *const days[] = { "Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat" };
	static const char *const months[] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul",
	    "Aug", "Sep", "Oct", "Nov", "Dec" };
	int y, m, d, wd, yy;

	if (date == NULL || sscanf(date, "%4d-%2d-%2d", &y, &m, &d) != 3 || m < 1 || m > 12 ||
	    d < 1 || d > 31)
		return NULL;
	/* Sakamoto's day of the week */
	yy = m < 3 ? y - 1 : y;
	wd = (yy + yy / 4 - yy / 100 + yy / 400 + "-bed=pen+mad."[m] + d) % 7;
	return xasprintf("%s, %d %s %04d 12:00:00 +0000", days[wd], d, months[m - 1], y);
}

int
export_eml(const struct report *r, struct strbuf *out, char **cause)
{
	struct strbuf text = { 0 }, odt = { 0 };
	char *title = report_title(r), *subject, *file, *date = NULL;
	int ret = -1;

	if (export_txt(r, &text, cause) != 0 || export_odt(r, &odt, cause) != 0)
		goto out;
	if (r->session != NULL) {
		subject = xasprintf("Samenvatting %s (%s)", title, r->session->date);
		date = rfc5322_date(r->session->date);
	} else
		subject = xasprintf("Samenvatting %s", title);
	file = export_file_name(title, EXPORT_ODT);
	strbuf_puts(out, "X-Unsent: 1\r\n");
	if (date != NULL)
		strbuf_printf(out, "Date: %s\r\n", date);
	header_text(out, "Subject", subject);
	strbuf_puts(out, "MIME-Version: 1.0\r\n"
	    "Content-Type: multipart/mixed; boundary=\"" EML_BOUNDARY "\"\r\n"
	    "\r\n"
	    "Dit bericht bestaat uit meerdere delen (MIME).\r\n"
	    "\r\n--" EML_BOUNDARY "\r\n"
	    "Content-Type: text/plain; charset=UTF-8\r\n"
	    "Content-Transfer-Encoding: quoted-printable\r\n\r\n");
	quoted_printable(out, text.s != NULL ? text.s : "");
	strbuf_printf(out, "\r\n--" EML_BOUNDARY "\r\n"
	    "Content-Type: application/vnd.oasis.opendocument.text;\r\n name=\"%s\"\r\n"
	    "Content-Disposition: attachment;\r\n filename=\"%s\"\r\n"
	    "Content-Transfer-Encoding: base64\r\n\r\n", file, file);
	base64(out, (const unsigned char *)odt.s, odt.len);
	strbuf_puts(out, "\r\n--" EML_BOUNDARY "--\r\n");
	free(file);
	free(subject);
	ret = 0;
out:
	free(date);
	free(title);
	strbuf_free(&text);
	strbuf_free(&odt);
	return ret;
}
