/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * authkeys.c: see authkeys.h. The options of a line follow sshd(8)'s
 * AUTHORIZED_KEYS FILE FORMAT: comma-separated, values in double quotes
 * with \" inside; then the key type, the base64 blob and a comment.
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "vitaal/authkeys.h"
#include "vitaal/identity.h"
#include "vitaal/util.h"

/* The key types OpenSSH accepts in authorized_keys. */
static const char *const key_types[] = {
	"ssh-ed25519", "ssh-rsa", "ecdsa-sha2-nistp256", "ecdsa-sha2-nistp384",
	"ecdsa-sha2-nistp521", "sk-ssh-ed25519@openssh.com",
	"sk-ecdsa-sha2-nistp256@openssh.com", "ssh-dss", NULL
};

static int
known_type(const char *t, size_t n)
{
	size_t i;

	for (i = 0; key_types[i] != NULL; i++)
		if (strlen(key_types[i]) == n && strncmp(key_types[i], t, n) == 0)
			return 1;
	return 0;
}

static int
b64_value(char c)
{
	if (c >= 'A' && c <= 'Z')
		return c - 'A';
	if (c >= 'a' && c <= 'z')
		return c - 'a' + 26;
	if (c >= '0' && c <= '9')
		return c - '0' + 52;
	if (c == '+')
		return 62;
	if (c == '/')
		return 63;
	return -1;
}

/* Decode base64 of length n into out (n * 3 / 4 bytes at most); the
 * decoded length, or -1 for anything that is not base64. */
static long
b64_decode(const char *s, size_t n, unsigned char *out)
{
	uint32_t acc = 0;
	size_t i, pad = 0;
	long len = 0;
	int bits = 0, v;

	if (n == 0 || n % 4 != 0)
		return -1;
	for (i = 0; i < n; i++) {
		if (s[i] == '=') {
			if (i < n - 2)
				return -1;
			pad++;
			continue;
		}
		if (pad > 0 || (v = b64_value(s[i])) < 0)
			return -1;
		acc = (acc << 6) | (uint32_t)v;
		bits += 6;
		if (bits >= 8) {
			bits -= 8;
			out[len++] = (unsigned char)(acc >> bits);
		}
	}
	return len;
}

/* Does the blob decode to an SSH key whose first field names type? */
static int
blob_matches(const char *blob, size_t n, const char *type, size_t tn)
{
	unsigned char *raw = xmalloc(n);
	long len = b64_decode(blob, n, raw);
	uint32_t l;
	int ok = 0;

	if (len >= 4) {
		l = (uint32_t)raw[0] << 24 | (uint32_t)raw[1] << 16 | (uint32_t)raw[2] << 8 | raw[3];
		ok = l == tn && (long)l + 4 <= len && memcmp(raw + 4, type, tn) == 0;
	}
	free(raw);
	return ok;
}

void
pubkey_clear(struct pubkey *key)
{
	free(key->type);
	free(key->blob);
	free(key->comment);
	memset(key, 0, sizeof *key);
}

/* Parse "TYPE BLOB [COMMENT]" at s (one line); 0 or -1. */
static int
key_at(const char *s, struct pubkey *key)
{
	const char *t = s, *b, *c, *end;
	size_t tn, bn;
	struct strbuf cb = { 0 };

	memset(key, 0, sizeof *key);
	tn = strcspn(t, " \t");
	b = t + tn + strspn(t + tn, " \t");
	bn = strcspn(b, " \t");
	if (!known_type(t, tn) || bn == 0 || !blob_matches(b, bn, t, tn))
		return -1;
	c = b + bn + strspn(b + bn, " \t");
	end = c + strlen(c);
	while (end > c && (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\r'))
		end--;
	/* Comments are shown in lists and written into the file: printable
	 * ASCII only, so no line break or escape ever gets in. */
	for (; c < end; c++)
		strbuf_putc(&cb, (unsigned char)*c >= 0x20 && (unsigned char)*c < 0x7f ? *c : '?');
	key->type = xstrndup(t, tn);
	key->blob = xstrndup(b, bn);
	key->comment = cb.s != NULL ? strbuf_take(&cb) : xstrdup("");
	return 0;
}

int
pubkey_parse(const char *text, struct pubkey *key, char **cause)
{
	const char *s = text + strspn(text, " \t\r\n");
	size_t n = strcspn(s, "\r\n");
	char *line;
	int ret;

	memset(key, 0, sizeof *key);
	if (strstr(text, "PRIVATE KEY") != NULL) {
		*cause = xstrdup("dit is een geheime (private) sleutel; geef het .pub-bestand, "
		    "en laat de geheime sleutel bij de eigenaar");
		return -1;
	}
	if (s[n] != '\0' && s[n + strspn(s + n, " \t\r\n")] != '\0') {
		*cause = xstrdup("het sleutelbestand heeft meer dan één regel; geef één publieke sleutel");
		return -1;
	}
	line = xstrndup(s, n);
	ret = key_at(line, key);
	free(line);
	if (ret != 0)
		*cause = xstrdup("dit is geen publieke SSH-sleutel (verwacht: één regel als "
		    "'ssh-ed25519 AAAA… naam@laptop', van ssh-keygen)");
	return ret;
}

/* Where the key starts in an authorized_keys line: after the options, if
 * any (which end at the first blank outside double quotes). */
static const char *
after_options(const char *line)
{
	const char *p;
	int q = 0;

	if (known_type(line, strcspn(line, " \t")))
		return line;
	for (p = line; *p != '\0'; p++) {
		if (*p == '\\' && q && p[1] != '\0')
			p++;
		else if (*p == '"')
			q = !q;
		else if (!q && (*p == ' ' || *p == '\t'))
			return p + strspn(p, " \t");
	}
	return p;
}

/* Vitaal's mark: --als NAME inside the line's forced command. */
static void
read_vitaal(struct authkey *k, const char *line, const char *key_start)
{
	const char *cmd = strstr(line, "command=\""), *als;
	size_t n;

	if (cmd == NULL || cmd >= key_start)
		return;
	if ((als = strstr(cmd, " --als ")) == NULL || als >= key_start)
		return;
	als += strlen(" --als ");
	n = strcspn(als, " \"'\\");
	k->person = xstrndup(als, n);
	if (!identity_name_valid(k->person)) {
		free(k->person);
		k->person = NULL;
		return;
	}
	k->facilitator = strstr(als + n, " --facilitator") != NULL &&
	    strstr(als + n, " --facilitator") < key_start;
}

void
authkeys_append(struct authkeys *a, const char *line)
{
	struct authkey *k;
	const char *ks;

	a->v = xreallocarray(a->v, a->n + 1, sizeof *a->v);
	k = &a->v[a->n++];
	memset(k, 0, sizeof *k);
	k->text = xstrdup(line);
	if (line[0] == '#' || line[strspn(line, " \t")] == '\0')
		return;
	ks = after_options(line);
	if (key_at(ks, &k->key) != 0)
		memset(&k->key, 0, sizeof k->key);
	read_vitaal(k, line, ks);
}

struct authkeys *
authkeys_parse(const char *text)
{
	struct authkeys *a = xcalloc(1, sizeof *a);
	const char *p = text != NULL ? text : "";
	char *line;
	size_t n;

	while (*p != '\0') {
		n = strcspn(p, "\n");
		line = xstrndup(p, n);
		if (n > 0 && line[n - 1] == '\r')
			line[n - 1] = '\0';
		authkeys_append(a, line);
		free(line);
		p += n;
		if (*p == '\n')
			p++;
	}
	return a;
}

void
authkeys_free(struct authkeys *a)
{
	size_t i;

	if (a == NULL)
		return;
	for (i = 0; i < a->n; i++) {
		free(a->v[i].text);
		free(a->v[i].person);
		pubkey_clear(&a->v[i].key);
	}
	free(a->v);
	free(a);
}

char *
authkeys_format(const struct authkeys *a)
{
	struct strbuf b = { 0 };
	size_t i;

	for (i = 0; i < a->n; i++)
		strbuf_printf(&b, "%s\n", a->v[i].text);
	return b.s != NULL ? strbuf_take(&b) : xstrdup("");
}

int
authkeys_find_person(const struct authkeys *a, const char *person)
{
	size_t i;

	for (i = 0; i < a->n; i++)
		if (a->v[i].person != NULL && strcmp(a->v[i].person, person) == 0)
			return (int)i;
	return -1;
}

int
authkeys_find_key(const struct authkeys *a, const struct pubkey *key)
{
	size_t i;

	for (i = 0; i < a->n; i++)
		if (a->v[i].key.type != NULL && strcmp(a->v[i].key.type, key->type) == 0 &&
		    strcmp(a->v[i].key.blob, key->blob) == 0)
			return (int)i;
	return -1;
}

/* Fit for the forced command: absolute, and nothing the two levels of
 * quoting (authorized_keys' "…" and the shell's '…') would have to
 * escape. */
static int
plain_path(const char *p)
{
	if (p[0] != '/')
		return 0;
	for (; *p != '\0'; p++)
		if (*p == '"' || *p == '\'' || *p == '\\' || (unsigned char)*p < 0x20)
			return 0;
	return 1;
}

char *
authkeys_line(const char *program, const char *werkboek, const char *person,
    int facilitator, const struct pubkey *key, char **cause)
{
	if (!plain_path(program) || !plain_path(werkboek)) {
		*cause = xasprintf("het pad '%s' kan niet in een SSH-opdracht: gebruik een absoluut "
		    "pad zonder aanhalingstekens of backslash", plain_path(program) ? werkboek :
		    program);
		return NULL;
	}
	if (!identity_name_valid(person)) {
		*cause = xasprintf("'%s' kan geen naam voor toegang zijn: 1 tot 32 tekens a-z, "
		    "0-9, punt, streepje of liggend streepje", person);
		return NULL;
	}
	/* sshd runs the command through the account's shell: the paths go in
	 * single quotes, so a space in them stays a space. */
	return xasprintf("restrict,pty,command=\"'%s' --db '%s' --als %s%s\" %s %s%s%s", program,
	    werkboek, person, facilitator ? " --facilitator" : "", key->type, key->blob,
	    key->comment[0] != '\0' ? " " : "", key->comment);
}

size_t
authkeys_remove(struct authkeys *a, const char *person)
{
	size_t i, j, gone = 0;

	for (i = j = 0; i < a->n; i++) {
		if (a->v[i].person != NULL && strcmp(a->v[i].person, person) == 0) {
			free(a->v[i].text);
			free(a->v[i].person);
			pubkey_clear(&a->v[i].key);
			gone++;
			continue;
		}
		a->v[j++] = a->v[i];
	}
	a->n = j;
	return gone;
}
