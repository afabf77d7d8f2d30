/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * identity.h: who is at this terminal, and in which role.
 *
 * A person is their operating-system account (getpwuid(getuid())). The
 * only other source is the forced command of an SSH key on a shared
 * werkboek (`--als NAAM`, written by `vitaal toegang`, as gitolite does):
 * there one system account owns the werkboek and the key says who
 * connected. Environment variables (USER, LOGNAME) and typed names are
 * never asked. main sets the identity once; the screens and subcommands
 * read it.
 *
 * Roles: a facilitator opens sessions and rounds, drives the wall,
 * exports, imports and manages people; a deelnemer works in coalitions and
 * keeps their own self-analyses. On a personal machine the account that
 * owns the werkboek (the only one that may open it) is its facilitator.
 */
#ifndef VITAAL_IDENTITY_H
#define VITAAL_IDENTITY_H

enum identity_role { IDENTITY_DEELNEMER, IDENTITY_FACILITATOR };

struct identity {
	const char		*name;		/* the person's name in the werkboek (login) */
	const char		*account;	/* the operating-system account */
	const char		*fullname;	/* from the account's GECOS field, or the name */
	enum identity_role	 role;
	int			 via_ssh;	/* the forced command of a key (--als) */
};

/* The person at this terminal is the account running the program, the
 * werkboek's facilitator. 0, or -1 with *cause when the account has no
 * passwd entry. */
int	identity_from_account(char **cause);
/* The person named by the forced command of an SSH key (--als NAAM, with
 * --facilitator). 0, or -1 with *cause for a name that is not one. */
int	identity_as(const char *name, int facilitator, char **cause);
/* The name the werkboek shows for this person (corrected there), in
 * place of the account's full name. */
void	identity_set_fullname(const char *fullname);
/* The identity set last; before any is set, the account's (facilitator). */
const struct identity *identity_current(void);
int	identity_facilitator(void);
/* Free what the identity holds (for leak checkers at exit). */
void	identity_reset(void);

/* Is name fit to be a person's name in a forced command and a werkboek:
 * 1–32 of a–z, 0–9, '.', '_', '-', starting with a letter or digit? */
int	identity_name_valid(const char *name);

#endif
