/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * screen_export.c: take a coalition's, a session's or an intervisie
 * group's summary out of the werkboek. Left the formats, in the order a civil servant needs them,
 * each with what it is for; right a preview of exactly what will be
 * written. Enter asks for the file name (offered from the title, in the
 * directory Vitaal was started in) and writes it whole or not at all.
 *
 * Over SSH nothing is written: the directory would be the werkboek
 * account's home on the server, and a name such as .ssh/authorized_keys
 * would hand the account to whoever typed it. The screen shows instead
 * the command that brings the export to the facilitator's own machine.
 */
#include "config.h"

#include <inttypes.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "vitaal/dump.h"
#include "vitaal/export.h"
#include "vitaal/identity.h"
#include "vitaal/report.h"
#include "vitaal/utf8.h"
#include "vitaal/util.h"
#include "screens.h"
#include "ui_int.h"

/* What each format is for, in the user's words. */
static const char *const format_help[EXPORT_NFORMATS] = {
	[EXPORT_TXT] = "Platte tekst, 72 tekens breed: om in de e-mail zelf te plakken. "
	    "De tekst wordt altijd gelezen, een bijlage niet altijd.",
	[EXPORT_ODT] = "OpenDocument-tekst: de bewerkbare bijlage. Opent in LibreOffice en "
	    "Word; een open standaard (lijst 'pas toe of leg uit').",
	[EXPORT_MD] = "Markdown: voor een wiki of pandoc, met de spelerskaart als "
	    "Mermaid-kwadrant.",
	[EXPORT_HTML] = "Eén HTML-pagina om af te drukken op A4 of te archiveren, met de "
	    "spelerskaart en de dilemma's getekend. Niet om te mailen: gebruik daarvoor "
	    "tekst of ODT.",
	[EXPORT_JSON] = "JSON: alles van deze coalitie, om in een ander werkboek in te voeren "
	    "(vitaal import).",
	[EXPORT_CSV] = "CSV voor Excel (met ';' en BOM): een map met een bestand per tabel. "
	    "Het voorbeeld toont de spelers.",
	[EXPORT_DOT] = "Graphviz: de spelerskaart als graaf (dot -Tpdf maakt er een tekening "
	    "van).",
	[EXPORT_EML] = "Een concept-e-mail: de tekst in het bericht, de ODT als bijlage. "
	    "Open het in Thunderbird of Outlook, vul de ontvangers in en verstuur.",
};

/* A word or two beside the format's name. */
static const char *const format_label[EXPORT_NFORMATS] = {
	[EXPORT_TXT] = "e-mailtekst", [EXPORT_ODT] = "bijlage", [EXPORT_MD] = "Markdown",
	[EXPORT_HTML] = "afdrukken", [EXPORT_JSON] = "ander werkboek", [EXPORT_CSV] = "Excel",
	[EXPORT_DOT] = "spelersgraaf", [EXPORT_EML] = "concept-e-mail",
};

struct exporter {
	int64_t		 cid;		/* a coalition, or */
	int64_t		 sid;		/* a session, or */
	int64_t		 gid;		/* an intervisie group */
	struct report	*r;
	char		*title;
	int		 formats[EXPORT_NFORMATS];	/* offered, in order */
	size_t		 nformats;
	size_t		 sel;
	struct strbuf	 doc;		/* the selected format's document */
	char		**lines;	/* its preview, one line each */
	size_t		 nlines;
	size_t		 top;		/* first preview line shown */
	char		*path;		/* asked to overwrite */
	int		 ssh;		/* on a server: show a command, write nothing */
	int		 shown;		/* preview lines the box showed last */
};

static void
clear_preview(struct exporter *s)
{
	size_t i;

	for (i = 0; i < s->nlines; i++)
		free(s->lines[i]);
	free(s->lines);
	s->lines = NULL;
	s->nlines = 0;
	strbuf_free(&s->doc);
}

/* Split text into preview lines: valid UTF-8, no CR, tabs as spaces. */
static void
split_lines(struct exporter *s, const char *text, size_t len)
{
	char *clean = utf8_sanitize(text, len), *p = clean, *nl;
	size_t cap = 0;

	do {
		if ((nl = strchr(p, '\n')) != NULL)
			*nl = '\0';
		if (s->nlines == cap) {
			cap = cap ? cap * 2 : 64;
			s->lines = xreallocarray(s->lines, cap, sizeof(*s->lines));
		}
		s->lines[s->nlines++] = xstrdup(p);
		p = nl != NULL ? nl + 1 : NULL;
	} while (p != NULL && *p != '\0');
	free(clean);
}

/* The coalition's tables (JSON and CSV). NULL after a message. */
static struct dump *
coalition_dump(struct ui *ui, const struct exporter *s)
{
	struct dump *d = store_dump_read(ui->st, s->cid, 0);

	if (d == NULL)
		ui_message(ui, 1, "Werkboek niet te lezen: %s", store_errmsg(ui->st));
	return d;
}

/* Render the selected format into s->doc and its preview. */
static void
render(struct ui *ui, struct exporter *s)
{
	int fmt = s->formats[s->sel];
	struct strbuf text = { 0 };
	struct dump *d;
	char *cause = NULL;

	clear_preview(s);
	s->top = 0;
	if (fmt == EXPORT_JSON || fmt == EXPORT_CSV) {
		if ((d = coalition_dump(ui, s)) == NULL)
			return;
		if (fmt == EXPORT_JSON)
			export_json(d, &s->doc);
		else	/* the preview: the players, as Excel will show them */
			export_csv(d, (size_t)dump_table_find("player"), 1, &s->doc);
		dump_free(d);
	} else if (export_writers[fmt](s->r, &s->doc, &cause) != 0) {
		ui_message(ui, 1, "Export mislukt: %s", cause);
		free(cause);
		return;
	}
	if (fmt != EXPORT_ODT) {
		split_lines(s, s->doc.s != NULL ? s->doc.s : "", s->doc.len);
		return;
	}
	/* An ODT is a ZIP: show its text as the e-mail version has it. */
	strbuf_printf(&text, "ODT-bestand van %zu kB; de inhoud:\n\n", (s->doc.len + 1023) / 1024);
	export_txt(s->r, &text, NULL);
	split_lines(s, text.s, text.len);
	strbuf_free(&text);
}

/* The name offered for the selected format: from the session's title or
 * the coalition's name (allocated). */
static char *
offered_name(const struct exporter *s)
{
	return export_file_name(s->r->session != NULL || s->r->group != NULL ? s->title :
	    s->r->coalitions[0].c->name, s->formats[s->sel]);
}

/*
 * The server as the client reached it: the third field of SSH_CONNECTION
 * ("client port server port"), if it reads as an address; else a word
 * for the facilitator to fill in.
 */
static char *
ssh_server(void)
{
	const char *env = getenv("SSH_CONNECTION"), *p = env;
	size_t n, i;
	int field;

	for (field = 0; p != NULL && field < 2; field++) {
		p += strcspn(p, " ");
		p += strspn(p, " ");
	}
	if (p == NULL || (n = strcspn(p, " ")) == 0 || n > 45)
		return xstrdup("server");
	for (i = 0; i < n; i++)
		if (strchr("0123456789abcdefABCDEF.:", p[i]) == NULL)
			return xstrdup("server");
	return xstrndup(p, n);
}

/* The command the facilitator runs on their own machine to get what the
 * screen previews (allocated). CSV comes one table at a time: standard
 * output holds one file. */
static char *
ssh_command(const struct exporter *s)
{
	int fmt = s->formats[s->sel];
	char *server = ssh_server(), *name = offered_name(s), *cmd, *what;

	if (s->gid > 0)
		what = xasprintf("--groep %" PRId64, s->gid);
	else if (s->sid > 0)
		what = xasprintf("--sessie %" PRId64, s->sid);
	else
		what = xasprintf("--coalitie %" PRId64, s->cid);
	if (fmt == EXPORT_CSV) {
		size_t len = strlen(name);

		if (len > 4 && strcmp(name + len - 4, "-csv") == 0)
			name[len - 4] = '\0';
		cmd = xasprintf("ssh -T %s@%s export %s --format csv --csv excel-nl "
		    "--tabel player > %s-player.csv", identity_current()->account, server, what,
		    name);
	} else
		cmd = xasprintf("ssh -T %s@%s export %s --format %s > %s",
		    identity_current()->account, server, what, export_format_names[fmt], name);
	free(what);
	free(name);
	free(server);
	return cmd;
}

static void
export_enter(struct ui *ui, struct ui_view *v, void *arg)
{
	const struct export_arg *a = arg;
	struct exporter *s = xcalloc(1, sizeof *s);
	char *cause = NULL;
	int f;

	v->state = s;
	s->cid = a->coalition_id;
	s->sid = a->session_id;
	s->ssh = identity_current()->via_ssh;
	s->gid = a->group_id;
	s->r = s->gid > 0 ? report_group(ui->st, ui->cat, s->gid, &cause) :
	    s->sid > 0 ? report_session(ui->st, ui->cat, s->sid, &cause) :
	    report_coalition(ui->st, ui->cat, s->cid, &cause);
	if (s->r == NULL) {
		ui_message(ui, 1, "Niet te exporteren: %s", cause);
		free(cause);
		s->title = xstrdup("?");
		return;
	}
	s->title = report_title(s->r);
	/* A session is a summary; the tables go with a coalition. Intervisie
	 * has no player map to draw. */
	for (f = 0; f < EXPORT_NFORMATS; f++)
		if ((s->sid == 0 && s->gid == 0) || (f != EXPORT_JSON && f != EXPORT_CSV &&
		    (f != EXPORT_DOT || (s->r->questions == NULL && s->r->group == NULL))))
			s->formats[s->nformats++] = f;
	render(ui, s);
}

static void
export_leave(struct ui *ui, struct ui_view *v)
{
	struct exporter *s = v->state;

	(void)ui;
	clear_preview(s);
	report_free(s->r);
	free(s->title);
	free(s->path);
	free(s);
}

/*
 * The command in rows of at most width columns, broken between words; a
 * broken row ends in a backslash, so that copying all rows at once still
 * gives the shell one command. Returns the rows (each allocated) and
 * their number in *n.
 */
static char **
command_rows(const char *cmd, int width, size_t *n)
{
	char **rows = NULL;
	struct strbuf row = { 0 };
	const char *p = cmd;

	*n = 0;
	while (*p != '\0') {
		size_t len = strcspn(p, " ");
		char *word = xstrndup(p, len);
		int need = (int)utf8_width(word) + (row.len > 0 ? 1 : 0);

		if (row.len > 0 && (int)utf8_width(row.s) + need + 2 > width) {
			strbuf_puts(&row, " \\");
			rows = xreallocarray(rows, *n + 1, sizeof *rows);
			rows[(*n)++] = strbuf_take(&row);
		}
		if (row.len > 0)
			strbuf_putc(&row, ' ');
		strbuf_puts(&row, word);
		free(word);
		p += len;
		p += strspn(p, " ");
	}
	rows = xreallocarray(rows, *n + 1, sizeof *rows);
	rows[(*n)++] = row.s != NULL ? strbuf_take(&row) : xstrdup("");
	return rows;
}

/* Over SSH, below the preview: what to run at home, and where. */
static void
draw_command(struct exporter *s, int y, char **rows, size_t n)
{
	size_t k;

	attrset(ui_attr(ROLE_DIM));
	ui_put_fit(y, 2, COLS - 4, s->formats[s->sel] == EXPORT_CSV ?
	    "Op uw eigen computer (CSV: één tabel per opdracht, ook answer, note, …):" :
	    "Hier komt geen bestand op de server. Op uw eigen computer:");
	attrset(ui_attr(ROLE_ACCENT));
	for (k = 0; k < n; k++)
		ui_put(y + 1 + (int)k, 2, COLS - 4, rows[k]);
	attrset(ui_attr(ROLE_NORMAL));
}

static void
export_draw(struct ui *ui, struct ui_view *v)
{
	struct exporter *s = v->state;
	int listw = COLS >= 120 ? 36 : 26, y, i, h, w;
	char **rows = NULL;
	size_t k, nrows = 0;

	attrset(ui_attr(ROLE_HEADING));
	ui_put_fit(1, 2, COLS - 4, s->title);
	attrset(ui_attr(ROLE_NORMAL));
	if (s->r == NULL)
		return;
	for (k = 0; k < s->nformats; k++) {
		int f = s->formats[k];
		char *row = xasprintf("%s %-4s  %s", k == s->sel ? "▸" : " ", export_format_names[f],
		    format_label[f]);

		attrset(ui_attr(k == s->sel ? ROLE_SELECTED : ROLE_NORMAL));
		mvhline(3 + (int)k, 1, ' ', listw - 2);
		if (k == s->sel)
			ui_selected(ui, 3 + (int)k, 1);
		ui_put_fit(3 + (int)k, 1, listw - 2, row);
		ui_hit(ui, 3 + (int)k, 0, listw, 1, (int)k);
		free(row);
	}
	if (s->ssh) {
		char *cmd = ssh_command(s);

		rows = command_rows(cmd, COLS - 4, &nrows);
		free(cmd);
	}
	/* The whole command shows, however long: a part cannot be run. */
	h = LINES - 5 - (s->ssh ? (int)nrows + 1 : 0);
	attrset(ui_attr(ROLE_DIM));
	y = 4 + (int)s->nformats;
	ui_put_wrapped(y, 2, listw - 3, 2 + h - y, format_help[s->formats[s->sel]]);
	attrset(ui_attr(ROLE_NORMAL));
	w = COLS - listw - 1;
	ui_box(2, listw, h, w, "Voorbeeld");
	s->shown = h - 2;
	for (i = 0; i < h - 2 && s->top + (size_t)i < s->nlines; i++)
		ui_put(3 + i, listw + 2, w - 4, s->lines[s->top + (size_t)i]);
	if (s->nlines > (size_t)(h - 2)) {
		char *pos = xasprintf(" %zu–%zu van %zu ", s->top + 1,
		    s->top + (size_t)i, s->nlines);

		attrset(ui_attr(ROLE_DIM));
		ui_put(2 + h - 1, listw + w - 2 - (int)utf8_width(pos), (int)utf8_width(pos), pos);
		attrset(ui_attr(ROLE_NORMAL));
		free(pos);
	}
	if (rows != NULL)
		draw_command(s, 2 + h, rows, nrows);
	for (k = 0; k < nrows; k++)
		free(rows[k]);
	free(rows);
}

static int
pick(struct ui *ui, struct ui_view *v, int delta)
{
	struct exporter *s = v->state;
	size_t before = s->sel;

	ui_sel_move(&s->sel, s->nformats, delta);
	if (s->sel != before)
		render(ui, s);
	return UI_REDRAW;
}

static int
act_up(struct ui *ui, struct ui_view *v)
{
	return pick(ui, v, -1);
}

static int
act_down(struct ui *ui, struct ui_view *v)
{
	return pick(ui, v, 1);
}

/* Scroll the preview by a page (dir 1 or -1). */
static int
page(struct ui_view *v, int dir)
{
	struct exporter *s = v->state;
	size_t page = s->shown > 3 ? (size_t)s->shown - 2 : 1;	/* two lines overlap */

	if (dir < 0)
		s->top = s->top > page ? s->top - page : 0;
	else if (s->top + page < s->nlines)
		s->top += page;
	return UI_REDRAW;
}

static int
act_pgdn(struct ui *ui, struct ui_view *v)
{
	(void)ui;
	return page(v, 1);
}

static int
act_pgup(struct ui *ui, struct ui_view *v)
{
	(void)ui;
	return page(v, -1);
}

/* Write the selected format to path; a message either way. */
static void
write_to(struct ui *ui, struct exporter *s, const char *path)
{
	int fmt = s->formats[s->sel];
	char *cause = NULL;
	struct dump *d;
	int ret;

	if (fmt == EXPORT_CSV) {
		if ((d = coalition_dump(ui, s)) == NULL)
			return;
		ret = export_csv_dir(d, path, 1, &cause);
		dump_free(d);
	} else
		ret = file_write_atomic(path, s->doc.s != NULL ? s->doc.s : "", s->doc.len,
		    &cause);
	if (ret != 0) {
		ui_message(ui, 1, "Niet geëxporteerd: %s", cause);
		free(cause);
		return;
	}
	if (fmt == EXPORT_CSV)
		ui_message(ui, 0, "✓ %zu CSV-bestanden in de map %s", dump_ntables, path);
	else
		ui_message(ui, 0, "✓ Geëxporteerd naar %s (%zu kB)", path,
		    (s->doc.len + 1023) / 1024);
}

static void
overwrite_answered(struct ui *ui, struct ui_view *v, const char *text)
{
	struct exporter *s = v->state;

	if (text != NULL && (text[0] == 'j' || text[0] == 'J'))
		write_to(ui, s, s->path);
	else
		ui_message(ui, 0, "Niet geëxporteerd: %s bestaat al.", s->path);
	free(s->path);
	s->path = NULL;
}

static void
path_given(struct ui *ui, struct ui_view *v, const char *text)
{
	struct exporter *s = v->state;
	char *path;

	if (text == NULL || str_is_blank(text)) {
		ui_message(ui, 0, "Niet geëxporteerd.");
		return;
	}
	path = str_trim(text);
	if (s->formats[s->sel] != EXPORT_CSV && access(path, F_OK) == 0) {
		free(s->path);
		s->path = path;
		ui_confirm(ui, v, "Dit bestand bestaat al. Overschrijven?", overwrite_answered);
		return;
	}
	write_to(ui, s, path);
	free(path);
}

static int
act_save(struct ui *ui, struct ui_view *v)
{
	struct exporter *s = v->state;
	int fmt = s->formats[s->sel];
	char *name;

	if (s->r == NULL || (s->doc.len == 0 && fmt != EXPORT_CSV))
		return 0;
	if (s->ssh) {
		ui_message(ui, 0, "Op de server schrijft Vitaal geen bestand: voer de opdracht "
		    "onderaan uit op uw eigen computer.");
		return UI_REDRAW;
	}
	name = offered_name(s);
	ui_prompt(ui, v, fmt == EXPORT_CSV ? "Map voor de CSV-bestanden:" : "Opslaan als:", name,
	    path_given, NULL);
	free(name);
	return UI_REDRAW;
}

static int
export_click(struct ui *ui, struct ui_view *v, int id, int dbl)
{
	struct exporter *s = v->state;

	if (id < 0 || (size_t)id >= s->nformats)
		return 0;
	if ((size_t)id != s->sel) {
		s->sel = (size_t)id;
		render(ui, s);
	}
	return dbl ? act_save(ui, v) : UI_REDRAW;
}

/* What both tables below share: moving through the formats and the
 * preview, help, back. */
#define EXPORT_COMMON_ACTIONS \
	{ { UI_FKEY(KEY_DOWN), 'j', '\t' }, "↓", NULL, "Volgend formaat", act_down, \
	    UI_ACT(ACT_DOWN) }, \
	{ { UI_FKEY(KEY_UP), 'k', UI_FKEY(KEY_BTAB) }, "↑", NULL, "Vorig formaat", act_up, \
	    UI_ACT(ACT_UP) }, \
	{ { UI_FKEY(KEY_NPAGE), ' ' }, "PgDn", "Verder", "Het voorbeeld een bladzijde verder", \
	    act_pgdn, 0 }, \
	{ { UI_FKEY(KEY_PPAGE), 'b' }, "PgUp", NULL, "Het voorbeeld een bladzijde terug", \
	    act_pgup, 0 }, \
	{ { '?', UI_FKEY(KEY_F(1)) }, "?", "Hulp", "Deze hulp tonen", ui_action_help, \
	    UI_ACT(ACT_HELP) }, \
	{ { UI_ESC, 'q', UI_FKEY(KEY_LEFT) }, "Esc", "Terug", "Terug", \
	    ui_action_back, UI_ACT(ACT_BACK) }, \
	{ { 0 }, NULL, NULL, NULL, NULL, 0 }

static const struct ui_action export_actions[] = {
	{ { '\r', '\n', UI_FKEY(KEY_ENTER) }, "Enter", "Opslaan",
	    "Het gekozen formaat opslaan in een bestand (de naam wordt gevraagd)", act_save,
	    UI_FAC },
	EXPORT_COMMON_ACTIONS
};

/* Over SSH: no saving here; the command is on the screen. */
static const struct ui_action export_ssh_actions[] = {
	{ { '\r', '\n', UI_FKEY(KEY_ENTER) }, "Enter", NULL,
	    "Uitleg: hier wordt niets opgeslagen; de opdracht onderaan haalt de export op uw "
	    "eigen computer", act_save, UI_FAC },
	EXPORT_COMMON_ACTIONS
};

static const struct ui_action *
export_actions_now(struct ui *ui, struct ui_view *v)
{
	struct exporter *s = v->state;

	(void)ui;
	return s->ssh ? export_ssh_actions : export_actions;
}

static char *
export_help(struct ui *ui, struct ui_view *v)
{
	struct exporter *s = v->state;

	(void)ui;
	if (!s->ssh)
		return xstrdup(ui_screen_export.help_intro);
	return xstrdup("Een samenvatting om mee te nemen: kies het formaat en bekijk rechts wat "
	    "er precies in komt. U werkt via SSH op een server; daar schrijft Vitaal geen "
	    "bestand (het kwam in de map van het werkboekaccount terecht). Onderaan staat de "
	    "opdracht die u op uw eigen computer uitvoert: die haalt precies deze export op en "
	    "zet hem daar in een bestand.");
}

static char *
export_title(struct ui *ui, struct ui_view *v)
{
	(void)ui;
	(void)v;
	return xstrdup("Exporteren");
}

/* Every table this screen may show, for the conventions test. */
static const struct ui_table export_tables[] = {
	{ export_actions, 0 },
	{ export_ssh_actions, 0 },
	{ NULL, 0 }
};

const struct ui_screen ui_screen_export = {
	.name = "export",
	.help_intro = "Een samenvatting om mee te nemen: kies het formaat, bekijk rechts wat er "
	    "precies in komt, en sla het op met Enter. Voor de e-mail: plak de platte tekst in "
	    "het bericht zelf en voeg eventueel de ODT als bewerkbare bijlage toe. HTML is om af "
	    "te drukken of te bewaren, niet om te mailen. Een bestand wordt in zijn geheel "
	    "geschreven of niet: een volle schijf laat geen half bestand achter.",
	.enter = export_enter,
	.leave = export_leave,
	.draw = export_draw,
	.actions = export_actions_now,
	.tables = export_tables,
	.click = export_click,
	.title = export_title,
	.help_text = export_help,
};
