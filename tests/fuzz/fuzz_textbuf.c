/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * fuzz_textbuf.c: the text field's edit operations under fuzzing. Each
 * input byte picks an operation (typing or pasting the bytes that follow,
 * deleting, moving, undoing, wrapping at a width the next byte gives);
 * after every one the buffer must hold: valid UTF-8 without control
 * characters other than newline and tab, its length right, the cursor on
 * a character boundary inside it, the maximum respected, and a layout
 * that puts the cursor on a line that exists. Built with clang's
 * -fsanitize=fuzzer (tests/fuzz/fuzz.sh) it is a libFuzzer target; built
 * normally it is a make check test that runs a fixed set of generated
 * inputs through the same checks.
 */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vitaal/utf8.h"
#include "vitaal/util.h"
#include "textbuf.h"

int	LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define FUZZ_MAX	512	/* a small maximum, so the limit is hit too */

static void
check(const struct textbuf *tb, size_t width)
{
	struct utf8_line *lines;
	size_t nlines, row, col, i;

	if (strlen(tb->text) != tb->len || tb->cur > tb->len || tb->len > FUZZ_MAX ||
	    utf8_validate(tb->text, tb->len, NULL) != 0)
		abort();
	if (tb->cur < tb->len && ((unsigned char)tb->text[tb->cur] & 0xc0) == 0x80)
		abort();	/* inside a character */
	for (i = 0; i < tb->len; i++)
		if ((unsigned char)tb->text[i] < 0x20 && tb->text[i] != '\n' && tb->text[i] != '\t')
			abort();
	textbuf_layout(tb, width, &lines, &nlines, &row, &col);
	if (nlines < 1 || row >= nlines || col > width)
		abort();
	free(lines);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct textbuf tb;
	size_t i = 0, width, n;

	textbuf_init(&tb, "", FUZZ_MAX);
	while (i < size) {
		uint8_t op = data[i++];

		width = 1 + (i < size ? data[i] % 60 : 20);
		switch (op % 18) {
		case 0:		/* a paste: the next up to 16 bytes, whatever they are */
		case 1:
			n = i < size ? 1 + data[i] % 16 : 0;
			if (n > size - i)
				n = size - i;
			textbuf_insert(&tb, (const char *)data + i, n);
			i += n;
			break;
		case 2:
			textbuf_insert(&tb, "é", strlen("é"));
			break;
		case 3:
			textbuf_insert(&tb, "\n", 1);
			break;
		case 4: textbuf_backspace(&tb); break;
		case 5: textbuf_delete(&tb); break;
		case 6: textbuf_delete_word_back(&tb); break;
		case 7: textbuf_kill_line(&tb, width); break;
		case 8: textbuf_left(&tb); break;
		case 9: textbuf_right(&tb); break;
		case 10: textbuf_word_left(&tb); break;
		case 11: textbuf_word_right(&tb); break;
		case 12: textbuf_home(&tb, width); break;
		case 13: textbuf_end(&tb, width); break;
		case 14: textbuf_up(&tb, width); break;
		case 15: textbuf_down(&tb, width); break;
		case 16: textbuf_undo(&tb); break;
		default:
			if (op & 0x80)
				textbuf_top(&tb);
			else
				textbuf_bottom(&tb);
			break;
		}
		check(&tb, width);
	}
	textbuf_free(&tb);
	return 0;
}

#ifndef VITAAL_LIBFUZZER
int
main(int argc, char **argv)
{
	uint8_t buf[4096];
	uint32_t s = 2463534242u;
	int rounds = argc > 1 ? atoi(argv[1]) : 500, r;
	size_t k, len;

	for (r = 0; r < rounds; r++) {
		len = 1 + (size_t)r * 37 % sizeof(buf);
		for (k = 0; k < len; k++) {
			s ^= s << 13;
			s ^= s >> 17;
			s ^= s << 5;
			buf[k] = (uint8_t)s;
		}
		LLVMFuzzerTestOneInput(buf, len);
	}
	printf("1..1\nok 1 - %d reeksen bewerkingen, elke keer een geldige tekst\n", rounds);
	return 0;
}
#endif
