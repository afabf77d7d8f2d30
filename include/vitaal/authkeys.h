/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * authkeys.h: the lines of an OpenSSH authorized_keys file that give a
 * person access to a shared werkboek, read and written as text (pure: no
 * files, no SQL). Vitaal's lines look like
 *
 *   restrict,pty,command="'/usr/bin/vitaal' --db '/var/lib/vitaal/werkboek.db' --als anna" ssh-ed25519 AAAA… anna@laptop
 *
 * `restrict` turns off forwarding of ports, agents and X11 and every
 * future capability in one word; `pty` gives back the terminal the
 * workbook needs; the forced command decides what runs, whatever the
 * client asks. Every other line of the file is kept as it is.
 */
#ifndef VITAAL_AUTHKEYS_H
#define VITAAL_AUTHKEYS_H

#include <stddef.h>

/* A public key as ssh-keygen writes it: "TYPE BASE64 [COMMENT]". */
struct pubkey {
	char	*type;		/* ssh-ed25519, ssh-rsa, ecdsa-sha2-nistp256, … */
	char	*blob;		/* the base64 text */
	char	*comment;	/* printable, may be "" */
};

/* One line of the file; person is NULL for a line that is not Vitaal's. */
struct authkey {
	char		*text;		/* the line as it stands, without newline */
	char		*person;	/* --als NAAM */
	int		 facilitator;	/* --facilitator */
	struct pubkey	 key;		/* type NULL when the line holds no key */
};

struct authkeys {
	struct authkey	*v;
	size_t		 n;
};

/* Read a public key file's text. 0, or -1 with *cause (one Dutch line:
 * a private key, not a key, an unknown type, broken base64). */
int	pubkey_parse(const char *text, struct pubkey *key, char **cause);
void	pubkey_clear(struct pubkey *key);

/* Every line of an authorized_keys text (NULL = empty file). */
struct authkeys *authkeys_parse(const char *text);
void	authkeys_free(struct authkeys *a);
/* The text again, one line each, with a final newline. */
char	*authkeys_format(const struct authkeys *a);
/* The index of the first line with this person, or of this key (same
 * type and blob), or -1. */
int	authkeys_find_person(const struct authkeys *a, const char *person);
int	authkeys_find_key(const struct authkeys *a, const struct pubkey *key);
/* The line that lets key in as person. program and werkboek are absolute
 * paths without quotes or backslashes. NULL with *cause otherwise. */
char	*authkeys_line(const char *program, const char *werkboek, const char *person,
	    int facilitator, const struct pubkey *key, char **cause);
/* Append a line (parsed again, so it is known as Vitaal's). */
void	authkeys_append(struct authkeys *a, const char *line);
/* Remove every line of person; how many went. */
size_t	authkeys_remove(struct authkeys *a, const char *person);

#endif
