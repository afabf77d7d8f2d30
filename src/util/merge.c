/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * merge.c: the three-way merge of merge.h, and reading its marks back.
 *
 * Why this algorithm. Saving over an answer that another terminal saved
 * meanwhile is the classic three-way merge (diff3): diff the common
 * starting text (base) against each side, take each side's edits where
 * the other left the text alone, and keep both versions only where both
 * edited the same stretch. Git and diff3 do this on lines; answers are
 * paragraphs, often one long line, so here a token is a word, a run of
 * ASCII whitespace, or one mark character (⟦ ‖ ⟧). Concatenating the
 * tokens gives the text back byte for byte, and a multi-byte character is
 * never split: every cut is at an ASCII space or around a whole mark.
 * Marks are tokens like any other, not a block as one piece: edits inside
 * an earlier block then merge word by word like the rest (one side's
 * change to its version lands in that version), where a block taken whole
 * would be doubled by any two edits in it.
 *
 * The diffs are patience-anchored Myers, as git diff --patience: words
 * that occur exactly once on both sides anchor the alignment, and only
 * the stretches between anchors go to Myers' O(ND) greedy diff. Plain
 * Myers on words would happily align the spaces and the "de"s of two
 * unrelated sentences, splitting one rewrite into many small conflicts;
 * rare words are what a reader aligns by. A stretch that would cost more
 * than MYERS_MAX_D edits is taken as replaced whole, which bounds time and
 * memory on a pasted megabyte without ever losing a word.
 *
 * Every base token is in the result at most once, every inserted token
 * exactly once (in a block: in its side's version), so the result is at
 * most the base, what both sides added, and the marks: no save can double
 * a text. Deliberate choices beyond textbook diff3:
 *  - Two insertions at the same place are not a conflict: both stay, the
 *    other's first (it was saved first). People typing at once mostly add
 *    at the end; marking that would bury the answer in marks.
 *  - Edits that only touch (an insertion right before or after a changed
 *    word) merge; only edits sharing a base token conflict. An insertion
 *    or deletion that could equally sit one space earlier or later is
 *    moved out of the other side's edit where it can be.
 *  - Conflicts separated by nothing but whitespace become one block, and
 *    words both versions begin or end with stay outside the block.
 *  - A version that is itself one whole block is not nested: its versions
 *    join the new block, and a version equal to the text being replaced
 *    (the stale one) is dropped, so three terminals give one block of
 *    three, not a block in a block.
 *  - Where pieces of the two sides meet and a word would run into a word,
 *    one space (or a line end) goes between, so no two words fuse.
 * A conflict that cuts into an earlier block (one side resolved it while
 * the other edited the version it dropped) is written as it falls: the
 * marks may then nest oddly, but no word is lost and none is doubled.
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "vitaal/merge.h"
#include "vitaal/util.h"

#define MARK_LEN	3	/* each mark is one three-byte UTF-8 character */
#define MYERS_MAX_D	512	/* edits one Myers run may find before giving up */
#define MYERS_MAX_WORK	(20L * 1000 * 1000)	/* token comparisons per run */
#define PATIENCE_DEPTH	64	/* nested anchorings before plain Myers */

/* ---- tokens ------------------------------------------------------------- */

enum tok_kind { TOK_WORD, TOK_SPACE, TOK_MARK };

struct tok {
	const char	*s;
	size_t		 len;
	uint32_t	 hash;
	enum tok_kind	 kind;
};

struct toks {
	const char	*text;
	struct tok	*v;
	size_t		 n;
};

struct span {
	size_t	start, end;
};

static int
is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

static int
at_mark(const char *s, size_t len, size_t i, const char *mark)
{
	return i + MARK_LEN <= len && memcmp(s + i, mark, MARK_LEN) == 0;
}

/* The balanced ⟦…⟧ of s[0..len), in order of their start (*n of them):
 * the outermost only, or with all every nested one too. An unmatched
 * mark is plain text. */
static struct span *
find_blocks(const char *s, size_t len, int all, size_t *n)
{
	size_t *stack, depth = 0, i = 0, nv = 0, k, opens = 0;
	struct span *v, t;
	const char *p = s, *end = s + len;

	/* Room for as many blocks as there are ⟦ (most texts: none). */
	while ((p = memchr(p, MERGE_OPEN[0], (size_t)(end - p))) != NULL) {
		if (end - p >= MARK_LEN && memcmp(p, MERGE_OPEN, MARK_LEN) == 0)
			opens++;
		p++;
	}
	*n = 0;
	if (opens == 0)
		return NULL;
	stack = xcalloc(opens, sizeof *stack);
	v = xcalloc(opens, sizeof *v);
	while (i < len) {
		if (at_mark(s, len, i, MERGE_OPEN)) {
			stack[depth++] = i;
			i += MARK_LEN;
		} else if (depth > 0 && at_mark(s, len, i, MERGE_CLOSE)) {
			size_t open = stack[--depth];

			/* Pairs close in order: the ones recorded since open
			 * lie inside this one. */
			if (!all)
				while (nv > 0 && v[nv - 1].start > open)
					nv--;
			v[nv].start = open;
			v[nv].end = i + MARK_LEN;
			nv++;
			i += MARK_LEN;
		} else
			i++;
	}
	free(stack);
	/* With all, inner pairs were recorded first: order by start. */
	for (i = 1; all && i < nv; i++) {
		t = v[i];
		for (k = i; k > 0 && v[k - 1].start > t.start; k--)
			v[k] = v[k - 1];
		v[k] = t;
	}
	*n = nv;
	return v;
}

static uint32_t
fnv1a(const char *s, size_t len)
{
	uint32_t h = 2166136261u;
	size_t i;

	for (i = 0; i < len; i++) {
		h ^= (unsigned char)s[i];
		h *= 16777619u;
	}
	return h;
}

static int
is_mark(const char *s, size_t len, size_t i)
{
	return at_mark(s, len, i, MERGE_OPEN) || at_mark(s, len, i, MERGE_SEP) ||
	    at_mark(s, len, i, MERGE_CLOSE);
}

static void
tokenize(const char *s, struct toks *t)
{
	size_t len = strlen(s), i = 0, j, cap = 0;
	enum tok_kind kind;

	t->text = s;
	t->v = NULL;
	t->n = 0;
	while (i < len) {
		if (is_mark(s, len, i)) {
			j = i + MARK_LEN;
			kind = TOK_MARK;
		} else if (is_space(s[i])) {
			for (j = i; j < len && is_space(s[j]); j++)
				;
			kind = TOK_SPACE;
		} else {
			for (j = i; j < len && !is_space(s[j]) && !is_mark(s, len, j); j++)
				;
			kind = TOK_WORD;
		}
		if (t->n == cap) {
			cap = cap == 0 ? 64 : cap * 2;
			t->v = xreallocarray(t->v, cap, sizeof *t->v);
		}
		t->v[t->n].s = s + i;
		t->v[t->n].len = j - i;
		t->v[t->n].hash = fnv1a(s + i, j - i);
		t->v[t->n].kind = kind;
		t->n++;
		i = j;
	}
}

static int
tok_eq(const struct tok *a, const struct tok *b)
{
	return a->hash == b->hash && a->len == b->len && memcmp(a->s, b->s, a->len) == 0;
}

/* Byte offset of token i of t (the text's length past the last). */
static size_t
tok_off(const struct toks *t, size_t i)
{
	if (i < t->n)
		return (size_t)(t->v[i].s - t->text);
	return t->n > 0 ? (size_t)(t->v[t->n - 1].s - t->text) + t->v[t->n - 1].len : 0;
}

/* ---- diff: matched token pairs ------------------------------------------ */

struct pair {
	size_t	a, b;
};

struct pairs {
	struct pair	*v;
	size_t		 n, cap;
};

static void
pairs_add(struct pairs *p, size_t a, size_t b)
{
	if (p->n == p->cap) {
		p->cap = p->cap == 0 ? 64 : p->cap * 2;
		p->v = xreallocarray(p->v, p->cap, sizeof *p->v);
	}
	p->v[p->n].a = a;
	p->v[p->n].b = b;
	p->n++;
}

/*
 * Myers' greedy forward diff over a[0..n) and b[0..m), keeping each round's
 * furthest points for the walk back. Adds the matched pairs (offset by
 * a0, b0) in order; returns -1, adding nothing, when the run would take
 * more than MYERS_MAX_D edits or MYERS_MAX_WORK comparisons.
 */
static int
myers(const struct tok *a, ptrdiff_t n, const struct tok *b, ptrdiff_t m, size_t a0,
    size_t b0, struct pairs *out)
{
	ptrdiff_t dmax = n + m < MYERS_MAX_D ? n + m : MYERS_MAX_D, off = dmax + 1;
	ptrdiff_t *v = xcalloc((size_t)(2 * dmax + 3), sizeof *v), *trace = NULL;
	ptrdiff_t d, k, x = 0, y = 0, found = -1, pk, px, sx;
	struct pair *rev;
	size_t nrev = 0, i;
	long work = 0;

	for (d = 0; d <= dmax && found < 0 && work <= MYERS_MAX_WORK; d++) {
		for (k = -d; k <= d; k += 2) {
			if (k == -d || (k != d && v[off + k - 1] < v[off + k + 1]))
				x = v[off + k + 1];
			else
				x = v[off + k - 1] + 1;
			y = x - k;
			while (x < n && y < m && tok_eq(&a[x], &b[y])) {
				x++;
				y++;
				work++;
			}
			v[off + k] = x;
			if (x >= n && y >= m) {
				found = d;
				break;
			}
		}
		/* Row d holds v[-d..d]; rows are stored back to back. */
		trace = xreallocarray(trace, (size_t)((d + 1) * (d + 1)), sizeof *trace);
		memcpy(trace + d * d, v + off - d, (size_t)(2 * d + 1) * sizeof *v);
		work += d;
	}
	free(v);
	if (found < 0) {
		free(trace);
		return -1;
	}
	rev = xcalloc((size_t)(n < m ? n : m) + 1, sizeof *rev);
	x = n;
	y = m;
	for (d = found; d > 0; d--) {
		const ptrdiff_t *prev = trace + (d - 1) * (d - 1) + (d - 1);	/* prev[k] */

		k = x - y;
		pk = (k == -d || (k != d && prev[k - 1] < prev[k + 1])) ? k + 1 : k - 1;
		px = prev[pk];
		sx = pk == k + 1 ? px : px + 1;	/* where the snake into (x, y) starts */
		while (x > sx) {
			x--;
			y--;
			rev[nrev].a = (size_t)x;
			rev[nrev].b = (size_t)y;
			nrev++;
		}
		x = px;
		y = px - pk;
	}
	while (x > 0 && y > 0) {
		x--;
		y--;
		rev[nrev].a = (size_t)x;
		rev[nrev].b = (size_t)y;
		nrev++;
	}
	for (i = nrev; i > 0; i--)
		pairs_add(out, a0 + rev[i - 1].a, b0 + rev[i - 1].b);
	free(rev);
	free(trace);
	return 0;
}

static void diff_range(const struct toks *, size_t, size_t, const struct toks *, size_t,
    size_t, struct pairs *, int);

struct slot {
	const struct tok	*t;
	size_t			 ca, cb;	/* occurrences in a and b */
	size_t			 pa, pb;	/* the last of each */
};

static struct slot *
slot_find(struct slot *tab, size_t mask, const struct tok *t)
{
	size_t i = t->hash & mask;

	while (tab[i].t != NULL && !tok_eq(tab[i].t, t))
		i = (i + 1) & mask;
	if (tab[i].t == NULL)
		tab[i].t = t;
	return &tab[i];
}

/*
 * Patience anchoring: the words that occur once in a[a0..a1) and once in
 * b[b0..b1), in the longest order both share, are matched; the stretches
 * between them are diffed in turn. 0 when there is no such word.
 */
static int
patience(const struct toks *A, size_t a0, size_t a1, const struct toks *B, size_t b0,
    size_t b1, struct pairs *out, int depth)
{
	size_t cap = 16, mask, i, ncand = 0, nlis = 0, lo, hi, mid, pa, pb, k;
	struct slot *tab, *s;
	struct pair *cand;
	size_t *tails, *prev, *lis;

	while (cap < 2 * ((a1 - a0) + (b1 - b0)))
		cap *= 2;
	mask = cap - 1;
	tab = xcalloc(cap, sizeof *tab);
	for (i = a0; i < a1; i++) {
		s = slot_find(tab, mask, &A->v[i]);
		s->ca++;
		s->pa = i;
	}
	for (i = b0; i < b1; i++) {
		s = slot_find(tab, mask, &B->v[i]);
		s->cb++;
		s->pb = i;
	}
	cand = xcalloc(a1 - a0, sizeof *cand);
	for (i = a0; i < a1; i++) {
		if (A->v[i].kind == TOK_SPACE)
			continue;
		s = slot_find(tab, mask, &A->v[i]);
		if (s->ca == 1 && s->cb == 1) {
			cand[ncand].a = i;
			cand[ncand].b = s->pb;
			ncand++;
		}
	}
	free(tab);
	if (ncand == 0) {
		free(cand);
		return 0;
	}
	/* Longest increasing run of b positions (patience sorting). */
	tails = xcalloc(ncand, sizeof *tails);
	prev = xcalloc(ncand, sizeof *prev);
	for (i = 0; i < ncand; i++) {
		lo = 0;
		hi = nlis;
		while (lo < hi) {
			mid = (lo + hi) / 2;
			if (cand[tails[mid]].b < cand[i].b)
				lo = mid + 1;
			else
				hi = mid;
		}
		prev[i] = lo > 0 ? tails[lo - 1] : SIZE_MAX;
		tails[lo] = i;
		if (lo == nlis)
			nlis++;
	}
	lis = xcalloc(nlis, sizeof *lis);
	for (k = nlis, i = tails[nlis - 1]; k > 0; k--, i = prev[i])
		lis[k - 1] = i;
	pa = a0;
	pb = b0;
	for (k = 0; k < nlis; k++) {
		const struct pair *c = &cand[lis[k]];

		diff_range(A, pa, c->a, B, pb, c->b, out, depth + 1);
		pairs_add(out, c->a, c->b);
		pa = c->a + 1;
		pb = c->b + 1;
	}
	diff_range(A, pa, a1, B, pb, b1, out, depth + 1);
	free(lis);
	free(prev);
	free(tails);
	free(cand);
	return 1;
}

/* Match a[a0..a1) against b[b0..b1): common ends first, then anchors,
 * then Myers; a stretch nothing matches in stays unmatched. */
static void
diff_range(const struct toks *A, size_t a0, size_t a1, const struct toks *B, size_t b0,
    size_t b1, struct pairs *out, int depth)
{
	size_t suf = 0, i;

	while (a0 < a1 && b0 < b1 && tok_eq(&A->v[a0], &B->v[b0])) {
		pairs_add(out, a0, b0);
		a0++;
		b0++;
	}
	while (a1 - suf > a0 && b1 - suf > b0 && tok_eq(&A->v[a1 - suf - 1], &B->v[b1 - suf - 1]))
		suf++;
	a1 -= suf;
	b1 -= suf;
	if (a0 < a1 && b0 < b1 && (depth >= PATIENCE_DEPTH ||
	    !patience(A, a0, a1, B, b0, b1, out, depth)))
		(void)myers(A->v + a0, (ptrdiff_t)(a1 - a0), B->v + b0, (ptrdiff_t)(b1 - b0), a0,
		    b0, out);
	for (i = 0; i < suf; i++)
		pairs_add(out, a1 + i, b1 + i);
}

/* One edit of base: base tokens [s, e) became the other's [rs, re). */
struct hunk {
	size_t	s, e, rs, re;
};

static struct hunk *
diff(const struct toks *base, const struct toks *other, size_t *nh)
{
	struct pairs p = { 0 };
	struct hunk *h = NULL;
	size_t i, an = 0, bn = 0, n = 0, cap = 0;

	diff_range(base, 0, base->n, other, 0, other->n, &p, 0);
	for (i = 0; i <= p.n; i++) {
		size_t a = i < p.n ? p.v[i].a : base->n, b = i < p.n ? p.v[i].b : other->n;

		if (a > an || b > bn) {
			if (n == cap) {
				cap = cap == 0 ? 16 : cap * 2;
				h = xreallocarray(h, cap, sizeof *h);
			}
			h[n].s = an;
			h[n].e = a;
			h[n].rs = bn;
			h[n].re = b;
			n++;
		}
		an = a + 1;
		bn = b + 1;
	}
	free(p.v);
	*nh = n;
	return h;
}

/*
 * An insertion or a deletion next to a repeated token (mostly a space)
 * can sit one token earlier or later and mean the same text: "wB en"
 * inserted as " en" after "wB" or as "en " after its space. Where the
 * diff's choice puts it inside the other side's edit, slide it to a place
 * that does not, so that the two edits do not count as one conflict.
 */
static int
clashes(size_t s, size_t e, const struct hunk *o, size_t no)
{
	size_t k;

	for (k = 0; k < no; k++) {
		if (o[k].s == o[k].e) {
			if (s < o[k].s && o[k].s < e)
				return 1;
		} else if (s == e) {
			if (o[k].s < s && s < o[k].e)
				return 1;
		} else if (s < o[k].e && o[k].s < e)
			return 1;
	}
	return 0;
}

static void
slide_apart(const struct toks *B, const struct toks *X, struct hunk *h, size_t nh,
    const struct hunk *o, size_t no)
{
	size_t k, lo, hi, up, down, d;
	struct hunk c;

	for (k = 0; k < nh; k++) {
		int ins = h[k].s == h[k].e, del = h[k].rs == h[k].re;

		if ((!ins && !del) || !clashes(h[k].s, h[k].e, o, no))
			continue;
		lo = k > 0 ? h[k - 1].e : 0;
		hi = k + 1 < nh ? h[k + 1].s : B->n;
		/* How far it can go up and down, the text unchanged. */
		for (c = h[k], up = 0; c.s > lo && (ins ? c.rs > 0 &&
		    tok_eq(&X->v[c.rs - 1], &X->v[c.re - 1]) : tok_eq(&B->v[c.s - 1], &B->v[c.e - 1]));
		    up++) {
			c.s--;
			c.e--;
			c.rs--;
			c.re--;
		}
		for (c = h[k], down = 0; c.e < hi && (ins ? c.re < X->n &&
		    tok_eq(&X->v[c.rs], &X->v[c.re]) : tok_eq(&B->v[c.s], &B->v[c.e])); down++) {
			c.s++;
			c.e++;
			c.rs++;
			c.re++;
		}
		/* The nearest place that clashes with nothing. */
		for (d = 1; d <= up || d <= down; d++) {
			if (d <= up && !clashes(h[k].s - d, h[k].e - d, o, no)) {
				h[k].s -= d;
				h[k].e -= d;
				h[k].rs -= d;
				h[k].re -= d;
				break;
			}
			if (d <= down && !clashes(h[k].s + d, h[k].e + d, o, no)) {
				h[k].s += d;
				h[k].e += d;
				h[k].rs += d;
				h[k].re += d;
				break;
			}
		}
	}
}

/* ---- the merge: segments of the result ---------------------------------- */

enum seg_kind {
	SEG_STABLE,	/* base, untouched by both */
	SEG_MINE,	/* only mine changed it */
	SEG_THEIRS,	/* only theirs changed it */
	SEG_SAME,	/* both changed it alike */
	SEG_BOTH_INS,	/* both inserted here, differently: theirs, then mine */
	SEG_CONFLICT	/* both changed the same tokens differently */
};

/* A stretch of base [bs, be) and what it is in mine [ms, me) and in
 * theirs [ts, te). */
struct seg {
	enum seg_kind	 kind;
	size_t		 bs, be, ms, me, ts, te;
};

struct segs {
	struct seg	*v;
	size_t		 n, cap;
};

static void
seg_add(struct segs *g, enum seg_kind kind, size_t bs, size_t be, size_t ms, size_t me,
    size_t ts, size_t te)
{
	if (g->n == g->cap) {
		g->cap = g->cap == 0 ? 16 : g->cap * 2;
		g->v = xreallocarray(g->v, g->cap, sizeof *g->v);
	}
	g->v[g->n] = (struct seg){ kind, bs, be, ms, me, ts, te };
	g->n++;
}

static int
range_eq(const struct toks *a, size_t a0, size_t a1, const struct toks *b, size_t b0,
    size_t b1)
{
	size_t i;

	if (a1 - a0 != b1 - b0)
		return 0;
	for (i = 0; i < a1 - a0; i++)
		if (!tok_eq(&a->v[a0 + i], &b->v[b0 + i]))
			return 0;
	return 1;
}

/* Does hunk h (starting at or after cs) share a base token with [cs, ce)?
 * An insertion does when it falls strictly inside. */
static int
overlaps(const struct hunk *h, size_t cs, size_t ce)
{
	if (h->s == h->e)
		return h->s > cs && h->s < ce;
	return h->s < ce;
}

static void
segments(const struct toks *B, const struct toks *M, const struct toks *T,
    const struct hunk *hm, size_t nm, const struct hunk *ht, size_t nt, struct segs *g)
{
	size_t i = 0, j = 0, pos = 0, mp = 0, tp = 0, start, cs, ce, i0, j0, me, te;
	int grew;

	for (;;) {
		const struct hunk *a = i < nm ? &hm[i] : NULL, *b = j < nt ? &ht[j] : NULL;
		int am, bt, ains, bins;

		start = B->n;
		if (a != NULL && a->s < start)
			start = a->s;
		if (b != NULL && b->s < start)
			start = b->s;
		if (start > pos) {
			seg_add(g, SEG_STABLE, pos, start, mp, mp + (start - pos), tp,
			    tp + (start - pos));
			mp += start - pos;
			tp += start - pos;
			pos = start;
		}
		if (a == NULL && b == NULL)
			break;
		am = a != NULL && a->s == start;
		bt = b != NULL && b->s == start;
		ains = am && a->s == a->e;
		bins = bt && b->s == b->e;
		if (ains && bins) {
			seg_add(g, range_eq(M, a->rs, a->re, T, b->rs, b->re) ? SEG_SAME :
			    SEG_BOTH_INS, start, start, a->rs, a->re, b->rs, b->re);
			mp = a->re;
			tp = b->re;
			i++;
			j++;
			continue;
		}
		if (ains) {	/* before whatever theirs does from here */
			seg_add(g, SEG_MINE, start, start, a->rs, a->re, tp, tp);
			mp = a->re;
			i++;
			continue;
		}
		if (bins) {
			seg_add(g, SEG_THEIRS, start, start, mp, mp, b->rs, b->re);
			tp = b->re;
			j++;
			continue;
		}
		/* A hunk that replaces base tokens starts here: gather every
		 * hunk of either side that shares a token with the stretch. */
		cs = ce = start;
		i0 = i;
		j0 = j;
		if (am && a->e > ce)
			ce = a->e;
		if (bt && b->e > ce)
			ce = b->e;
		i += am;
		j += bt;
		do {
			grew = 0;
			while (i < nm && overlaps(&hm[i], cs, ce)) {
				if (hm[i].e > ce)
					ce = hm[i].e;
				i++;
				grew = 1;
			}
			while (j < nt && overlaps(&ht[j], cs, ce)) {
				if (ht[j].e > ce)
					ce = ht[j].e;
				j++;
				grew = 1;
			}
		} while (grew);
		me = i > i0 ? hm[i - 1].re + (ce - hm[i - 1].e) : mp + (ce - cs);
		te = j > j0 ? ht[j - 1].re + (ce - ht[j - 1].e) : tp + (ce - cs);
		if (i > i0 && j > j0)
			seg_add(g, range_eq(M, mp, me, T, tp, te) ? SEG_SAME : SEG_CONFLICT, cs, ce,
			    mp, me, tp, te);
		else
			seg_add(g, i > i0 ? SEG_MINE : SEG_THEIRS, cs, ce, mp, me, tp, te);
		mp = me;
		tp = te;
		pos = ce;
	}
}

/* Conflicts with only whitespace between them become one. */
static void
coalesce(const struct toks *B, struct segs *g)
{
	size_t r, w = 0, k;

	for (r = 0; r < g->n; r++) {
		struct seg *s = &g->v[r];

		if (s->kind == SEG_CONFLICT && w >= 2 && g->v[w - 1].kind == SEG_STABLE &&
		    g->v[w - 2].kind == SEG_CONFLICT) {
			struct seg *gap = &g->v[w - 1];
			int blank = 1;

			for (k = gap->bs; k < gap->be && blank; k++)
				blank = B->v[k].kind == TOK_SPACE;
			if (blank) {
				struct seg *c = &g->v[w - 2];

				c->be = s->be;
				c->me = s->me;
				c->te = s->te;
				w--;
				continue;
			}
		}
		g->v[w++] = *s;
	}
	g->n = w;
}

/* ---- writing the result ------------------------------------------------- */

enum src { SRC_NONE, SRC_BOTH, SRC_MINE, SRC_THEIRS, SRC_MARK };

struct out {
	struct strbuf	 b;
	enum src	 last;
	const struct toks *M;
	size_t		 cursor;	/* in mine */
	int		 placed;	/* cursor_out is set */
	size_t		 cursor_out;
	size_t		 conflicts;
};

/* Before a piece from one side that follows a piece from the other: keep
 * two words from fusing. */
static void
out_guard(struct out *o, enum src src, const char *s, size_t len)
{
	if (len == 0 || o->b.len == 0 || is_space(s[0]) || is_space(o->b.s[o->b.len - 1]))
		return;
	if ((o->last == SRC_MINE && src == SRC_THEIRS) || (o->last == SRC_THEIRS && src == SRC_MINE))
		strbuf_putc(&o->b, memchr(s, '\n', len) != NULL ? '\n' : ' ');
}

/* Tokens [from, to) of t, which are mine's when t is o->M. */
static void
out_toks(struct out *o, const struct toks *t, size_t from, size_t to, enum src src)
{
	size_t i, a, z;

	if (from >= to)
		return;
	a = tok_off(t, from);
	z = tok_off(t, to);
	out_guard(o, src, t->text + a, z - a);
	if (t == o->M && !o->placed && o->cursor > a && o->cursor <= z) {
		o->cursor_out = o->b.len + (o->cursor - a);
		o->placed = 1;
	}
	for (i = from; i < to; i++)
		strbuf_add(&o->b, t->v[i].s, t->v[i].len);
	o->last = src;
}

/* One version of a conflict, to be written into a block. */
struct vside {
	const char	*label;
	size_t		 label_len;
	const char	*text;
	size_t		 len;
	int		 mine;		/* text lies in mine, at mine_off */
	size_t		 mine_off;
};

struct vsides {
	struct vside	*v;
	size_t		 n, cap;
};

static void
vside_add(struct vsides *vs, const char *label, size_t label_len, const char *text, size_t len,
    int mine, size_t mine_off)
{
	if (vs->n == vs->cap) {
		vs->cap = vs->cap == 0 ? 4 : vs->cap * 2;
		vs->v = xreallocarray(vs->v, vs->cap, sizeof *vs->v);
	}
	vs->v[vs->n] = (struct vside){ label, label_len, text, len, mine, mine_off };
	vs->n++;
}

static int parse_block(const char *text, size_t start, size_t end, struct merge_block *b);

/* Add version t[from, to) under label; a version that is one whole block
 * adds that block's versions instead. */
static void
add_version(struct vsides *vs, const struct toks *t, size_t from, size_t to, const char *label,
    int mine)
{
	size_t a = tok_off(t, from), z = tok_off(t, to), k, n;
	struct span *whole;
	struct merge_block b;
	int one = 0;

	if (z > a && t->v[from].kind == TOK_MARK && t->v[to - 1].kind == TOK_MARK) {
		whole = find_blocks(t->text + a, z - a, 0, &n);
		one = n == 1 && whole[0].start == 0 && whole[0].end == z - a &&
		    parse_block(t->text, a, z, &b);
		free(whole);
	}
	if (one) {
		for (k = 0; k < b.nsides; k++)
			vside_add(vs, t->text + b.sides[k].label, b.sides[k].label_len,
			    t->text + b.sides[k].text, b.sides[k].text_len, mine, b.sides[k].text);
		merge_block_clear(&b);
		return;
	}
	vside_add(vs, label, strlen(label), t->text + a, z - a, mine, a);
}

/* Is label[0..len) one the merge writes: "mijn versie", "andere versie"
 * or "versie van NAAM", each perhaps with " (HH:MM)"? */
static int
label_generated(const char *label, size_t len)
{
	size_t n = len;

	if (n >= 8 && label[n - 1] == ')' && label[n - 8] == ' ' && label[n - 7] == '(' &&
	    label[n - 4] == ':' && strspn(label + n - 6, "0123456789") >= 2 &&
	    strspn(label + n - 3, "0123456789") >= 2)
		n -= 8;
	if ((n == 11 && memcmp(label, "mijn versie", 11) == 0) ||
	    (n == 13 && memcmp(label, "andere versie", 13) == 0))
		return 1;
	return n > 11 && memcmp(label, "versie van ", 11) == 0;
}

static void
out_conflict(struct out *o, const struct toks *B, const struct toks *T, const struct seg *s,
    const char *mine_label, const char *theirs_label)
{
	const struct toks *M = o->M;
	size_t ms = s->ms, me = s->me, ts = s->ts, te = s->te, pre = 0, suf = 0, k, w, i;
	size_t base_a = tok_off(B, s->bs), base_z = tok_off(B, s->be);
	struct vsides vs = { 0 };

	/* What both versions begin and end with stays outside the block. */
	while (ms + pre < me && ts + pre < te && M->v[ms + pre].kind != TOK_MARK &&
	    tok_eq(&M->v[ms + pre], &T->v[ts + pre]))
		pre++;
	while (me - suf > ms + pre && te - suf > ts + pre && M->v[me - suf - 1].kind != TOK_MARK &&
	    tok_eq(&M->v[me - suf - 1], &T->v[te - suf - 1]))
		suf++;
	out_toks(o, M, ms, ms + pre, SRC_BOTH);
	add_version(&vs, M, ms + pre, me - suf, mine_label, 1);
	add_version(&vs, T, ts + pre, te - suf, theirs_label, 0);
	/* Drop the doubles, and the stale: a version of another block whose
	 * text is the base's own, which a side has since replaced. Only a
	 * label as the merge writes it may go, so no typed word is lost. */
	for (k = 0, w = 0; k < vs.n; k++) {
		const struct vside *v = &vs.v[k];
		int drop = pre == 0 && suf == 0 && vs.n > 2 && k >= 1 &&
		    v->len == base_z - base_a && memcmp(v->text, B->text + base_a, v->len) == 0 &&
		    label_generated(v->label, v->label_len);

		for (i = 0; i < w && !drop; i++) {
			if (vs.v[i].len != v->len || memcmp(vs.v[i].text, v->text, v->len) != 0)
				continue;
			if ((vs.v[i].label_len == v->label_len &&
			    memcmp(vs.v[i].label, v->label, v->label_len) == 0) ||
			    label_generated(v->label, v->label_len))
				drop = 1;
			else if (label_generated(vs.v[i].label, vs.v[i].label_len)) {
				vs.v[i] = *v;	/* keep the label someone typed in */
				drop = 1;
			}
		}
		if (!drop)
			vs.v[w++] = *v;
	}
	vs.n = w;
	if (vs.n == 1) {
		const struct vside *v = &vs.v[0];
		enum src src = v->mine ? SRC_MINE : SRC_THEIRS;

		out_guard(o, src, v->text, v->len);
		if (v->mine && !o->placed && o->cursor >= v->mine_off &&
		    o->cursor <= v->mine_off + v->len) {
			o->cursor_out = o->b.len + (o->cursor - v->mine_off);
			o->placed = 1;
		}
		strbuf_add(&o->b, v->text, v->len);
		o->last = src;
	} else {
		strbuf_puts(&o->b, MERGE_OPEN " ");
		for (k = 0; k < vs.n; k++) {
			const struct vside *v = &vs.v[k];

			if (k > 0)
				strbuf_puts(&o->b, " " MERGE_SEP " ");
			strbuf_add(&o->b, v->label, v->label_len);
			strbuf_puts(&o->b, ": ");
			if (v->mine && !o->placed && o->cursor >= v->mine_off &&
			    o->cursor <= v->mine_off + v->len) {
				o->cursor_out = o->b.len + (o->cursor - v->mine_off);
				o->placed = 1;
			}
			strbuf_add(&o->b, v->text, v->len);
		}
		strbuf_puts(&o->b, " " MERGE_CLOSE);
		o->last = SRC_MARK;
		o->conflicts++;
	}
	free(vs.v);
	/* A cursor in mine's part of the stretch that was not written goes
	 * after the block. */
	if (!o->placed && o->cursor > tok_off(M, ms) && o->cursor <= tok_off(M, me - suf)) {
		o->cursor_out = o->b.len;
		o->placed = 1;
	}
	out_toks(o, M, me - suf, me, SRC_BOTH);
}

/* A label as the format allows: no ": ", no line ends, no marks. */
static char *
label_clean(const char *s)
{
	struct strbuf b = { 0 };
	size_t len = strlen(s), i = 0;

	while (i < len) {
		if (at_mark(s, len, i, MERGE_OPEN) || at_mark(s, len, i, MERGE_SEP) ||
		    at_mark(s, len, i, MERGE_CLOSE)) {
			strbuf_putc(&b, '|');
			i += MARK_LEN;
			continue;
		}
		if (s[i] == ':' && (s[i + 1] == ' ' || s[i + 1] == '\0' || s[i + 1] == '\n'))
			strbuf_putc(&b, '.');	/* ": " would end the label */
		else if ((unsigned char)s[i] < 0x20 || s[i] == 0x7f)
			strbuf_putc(&b, ' ');
		else
			strbuf_putc(&b, s[i]);
		i++;
	}
	if (b.len == 0)
		strbuf_puts(&b, "?");
	return strbuf_take(&b);
}

char *
merge3_with(const char *base, const char *mine, const char *theirs, struct merge_opts *o,
    size_t *conflicts)
{
	struct toks B, M, T;
	struct hunk *hm, *ht;
	size_t nm, nt, k;
	struct segs g = { 0 };
	struct out out = { 0 };
	char *ml, *tl;

	if (conflicts != NULL)
		*conflicts = 0;
	/* Nothing to merge: the other side is where both started, or both
	 * arrived at the same text. Mine stands, cursor and all. */
	if (strcmp(theirs, base) == 0 || strcmp(theirs, mine) == 0)
		return xstrdup(mine);
	tokenize(base, &B);
	tokenize(mine, &M);
	tokenize(theirs, &T);
	hm = diff(&B, &M, &nm);
	ht = diff(&B, &T, &nt);
	slide_apart(&B, &M, hm, nm, ht, nt);
	slide_apart(&B, &T, ht, nt, hm, nm);
	segments(&B, &M, &T, hm, nm, ht, nt, &g);
	coalesce(&B, &g);
	ml = label_clean(o != NULL && o->mine_label != NULL ? o->mine_label : "mijn versie");
	tl = label_clean(o != NULL && o->theirs_label != NULL ? o->theirs_label :
	    "andere versie");
	out.M = &M;
	out.cursor = o != NULL ? o->cursor : 0;
	if (out.cursor == 0)
		out.placed = 1;
	for (k = 0; k < g.n; k++) {
		const struct seg *s = &g.v[k];

		switch (s->kind) {
		case SEG_STABLE:
		case SEG_SAME:
			out_toks(&out, &M, s->ms, s->me, SRC_BOTH);
			break;
		case SEG_MINE:
			out_toks(&out, &M, s->ms, s->me, SRC_MINE);
			break;
		case SEG_THEIRS:
			out_toks(&out, &T, s->ts, s->te, SRC_THEIRS);
			/* Mine's words here were base's, replaced by theirs. */
			if (!out.placed && out.cursor > tok_off(&M, s->ms) &&
			    out.cursor <= tok_off(&M, s->me)) {
				out.cursor_out = out.b.len;
				out.placed = 1;
			}
			break;
		case SEG_BOTH_INS:
			out_toks(&out, &T, s->ts, s->te, SRC_THEIRS);
			out_toks(&out, &M, s->ms, s->me, SRC_MINE);
			break;
		case SEG_CONFLICT:
			out_conflict(&out, &B, &T, s, ml, tl);
			break;
		}
	}
	if (o != NULL)
		o->cursor = out.placed ? out.cursor_out : out.b.len;
	if (conflicts != NULL)
		*conflicts = out.conflicts;
	free(ml);
	free(tl);
	free(g.v);
	free(hm);
	free(ht);
	free(B.v);
	free(M.v);
	free(T.v);
	return strbuf_take(&out.b);
}

char *
merge3(const char *base, const char *mine, const char *theirs, size_t *conflicts)
{
	return merge3_with(base, mine, theirs, NULL, conflicts);
}

char *
merge_label(const char *name, const char *hhmm)
{
	char *clean = name != NULL && !str_is_blank(name) ? label_clean(name) : NULL, *label;

	if (clean != NULL && hhmm != NULL)
		label = xasprintf("versie van %s (%s)", clean, hhmm);
	else if (clean != NULL)
		label = xasprintf("versie van %s", clean);
	else if (hhmm != NULL)
		label = xasprintf("andere versie (%s)", hhmm);
	else
		label = xstrdup("andere versie");
	free(clean);
	return label;
}

/* ---- reading blocks back ------------------------------------------------ */

void
merge_block_clear(struct merge_block *b)
{
	free(b->sides);
	memset(b, 0, sizeof *b);
}

/* Add the version text[part, end) ("label: text") to b: 0 when it has no
 * label. */
static int
add_side(const char *text, size_t part, size_t end, struct merge_block *b)
{
	struct merge_side *s;
	size_t k;

	for (k = part; k + 1 < end; k++)
		if (text[k] == ':' && text[k + 1] == ' ')
			break;
	if (k + 1 >= end || k == part)
		return 0;
	b->sides = xreallocarray(b->sides, b->nsides + 1, sizeof *b->sides);
	s = &b->sides[b->nsides++];
	s->label = part;
	s->label_len = k - part;
	s->text = k + 2;
	s->text_len = end - (k + 2);
	return 1;
}

/* Parse the block text[start, end) ("⟦ " … " ⟧"): 1, or 0 when it is not
 * in the format of merge.h. */
static int
parse_block(const char *text, size_t start, size_t end, struct merge_block *b)
{
	size_t i, part, stop, depth = 0;

	memset(b, 0, sizeof *b);
	if (end - start < 2 * MARK_LEN + 2 || text[start + MARK_LEN] != ' ' ||
	    text[end - MARK_LEN - 1] != ' ')
		return 0;
	b->start = start;
	b->end = end;
	part = start + MARK_LEN + 1;
	stop = end - MARK_LEN - 1;	/* the space before ⟧ */
	for (i = part; i < stop;) {
		if (depth == 0 && i + MARK_LEN + 2 <= stop && text[i] == ' ' &&
		    memcmp(text + i + 1, MERGE_SEP, MARK_LEN) == 0 && text[i + 1 + MARK_LEN] == ' ') {
			if (!add_side(text, part, i, b))
				goto fail;
			i += MARK_LEN + 2;
			part = i;
		} else if (i + MARK_LEN <= stop && memcmp(text + i, MERGE_OPEN, MARK_LEN) == 0) {
			depth++;
			i += MARK_LEN;
		} else if (depth > 0 && i + MARK_LEN <= stop &&
		    memcmp(text + i, MERGE_CLOSE, MARK_LEN) == 0) {
			depth--;
			i += MARK_LEN;
		} else
			i++;
	}
	if (!add_side(text, part, stop, b) || b->nsides < 2)
		goto fail;
	return 1;
fail:
	merge_block_clear(b);
	return 0;
}

int
merge_block_at(const char *text, size_t pos, struct merge_block *b)
{
	size_t len = strlen(text), n, k, base = 0, sub = len, s;
	struct span *v;
	int found = 0;

	memset(b, 0, sizeof *b);
	/* Innermost around pos: the outermost there, then down its versions. */
	for (;;) {
		struct merge_block inner;
		int hit = 0;

		v = find_blocks(text + base, sub, 0, &n);
		for (k = 0; k < n && !hit; k++) {
			if (v[k].start + base <= pos && pos <= v[k].end + base &&
			    parse_block(text, v[k].start + base, v[k].end + base, &inner)) {
				merge_block_clear(b);
				*b = inner;
				hit = found = 1;
			}
		}
		free(v);
		if (!hit)
			break;
		for (s = 0, hit = 0; s < b->nsides && !hit; s++) {
			if (pos >= b->sides[s].text && pos <= b->sides[s].text + b->sides[s].text_len) {
				base = b->sides[s].text;
				sub = b->sides[s].text_len;
				hit = 1;
			}
		}
		if (!hit)
			break;
	}
	if (found)
		return 1;
	/* None around pos: the first after it, else the first. */
	v = find_blocks(text, len, 0, &n);
	for (k = 0; k < n && !found; k++)
		if (v[k].start > pos)
			found = parse_block(text, v[k].start, v[k].end, b);
	for (k = 0; k < n && !found; k++)
		found = parse_block(text, v[k].start, v[k].end, b);
	free(v);
	return found;
}

size_t
merge_count(const char *text)
{
	size_t n, k, c = 0;
	struct span *v = find_blocks(text, strlen(text), 0, &n);
	struct merge_block b;

	for (k = 0; k < n; k++) {
		if (parse_block(text, v[k].start, v[k].end, &b)) {
			c++;
			merge_block_clear(&b);
		}
	}
	free(v);
	return c;
}

size_t
merge_marks(const char *text, size_t **ranges)
{
	size_t n, k, j, nr = 0, cap = 0;
	struct span *v = find_blocks(text, strlen(text), 1, &n);
	struct merge_block b;

	*ranges = NULL;
	for (k = 0; k < n; k++) {
		if (!parse_block(text, v[k].start, v[k].end, &b))
			continue;
		if (nr + b.nsides + 1 > cap) {
			cap = 2 * (nr + b.nsides + 1);
			*ranges = xreallocarray(*ranges, 2 * cap, sizeof **ranges);
		}
		for (j = 0; j <= b.nsides; j++) {
			(*ranges)[2 * nr] = j == 0 ? b.start :
			    b.sides[j - 1].text + b.sides[j - 1].text_len;
			(*ranges)[2 * nr + 1] = j < b.nsides ? b.sides[j].text : b.end;
			nr++;
		}
		merge_block_clear(&b);
	}
	free(v);
	return nr;
}

int
merge_side_of(const char *text, const struct merge_block *b, const char *name)
{
	char *clean, *want;
	size_t k, wl;
	int found = -1, n = 0;

	if (name == NULL || str_is_blank(name))
		return -1;
	clean = label_clean(name);
	want = xasprintf("versie van %s", clean);
	wl = strlen(want);
	for (k = 0; k < b->nsides; k++) {
		const struct merge_side *s = &b->sides[k];

		if (s->label_len >= wl && memcmp(text + s->label, want, wl) == 0 &&
		    (s->label_len == wl || strncmp(text + s->label + wl, " (", 2) == 0)) {
			found = (int)k;
			n++;
		}
	}
	free(want);
	free(clean);
	return n == 1 ? found : -1;
}

char *
merge_resolve(const char *text, const struct merge_block *b, int side, size_t *cursor)
{
	struct strbuf r = { 0 };
	size_t k, keep_at = 0, len = strlen(text), c;
	int nl = 0, kept = 0;

	strbuf_add(&r, text, b->start);
	if (side >= 0 && (size_t)side < b->nsides) {
		keep_at = r.len;
		strbuf_add(&r, text + b->sides[side].text, b->sides[side].text_len);
	} else {
		for (k = 0; k < b->nsides; k++)
			if (memchr(text + b->sides[k].text, '\n', b->sides[k].text_len) != NULL)
				nl = 1;
		for (k = 0; k < b->nsides; k++) {
			if (b->sides[k].text_len == 0)
				continue;
			if (kept++ > 0)
				strbuf_putc(&r, nl ? '\n' : ' ');
			strbuf_add(&r, text + b->sides[k].text, b->sides[k].text_len);
		}
	}
	if (cursor != NULL) {
		c = *cursor;
		if (c > b->end)
			*cursor = c - (b->end - b->start) + (r.len - b->start);
		else if (c >= b->start) {
			if (side >= 0 && (size_t)side < b->nsides && c >= b->sides[side].text &&
			    c <= b->sides[side].text + b->sides[side].text_len)
				*cursor = keep_at + (c - b->sides[side].text);
			else
				*cursor = r.len;
		}
	}
	strbuf_add(&r, text + b->end, len - b->end);
	return strbuf_take(&r);
}
