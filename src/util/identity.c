/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * identity.c: see identity.h. One identity per process, set by main from
 * the account or from the forced command, and never from the environment:
 * `USER=anna vitaal` is still whoever runs it.
 */
#include "config.h"

#include <errno.h>
#include <pwd.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "vitaal/identity.h"
#include "vitaal/util.h"

static struct identity current;
static char *owned[3];	/* name, account and fullname as allocated */
static int set;

void
identity_reset(void)
{
	size_t i;

	for (i = 0; i < sizeof owned / sizeof owned[0]; i++) {
		free(owned[i]);
		owned[i] = NULL;
	}
	memset(&current, 0, sizeof current);
	set = 0;
}

/* The account's name and the first field of its GECOS (the full name). */
static int
account(char **login, char **fullname, char **cause)
{
	struct passwd *pw;
	size_t n;

	errno = 0;
	if ((pw = getpwuid(getuid())) == NULL || pw->pw_name == NULL || pw->pw_name[0] == '\0') {
		if (cause != NULL)
			*cause = xasprintf("uw account (uid %lu) staat niet in de gebruikerslijst",
			    (unsigned long)getuid());
		return -1;
	}
	*login = xstrdup(pw->pw_name);
	n = pw->pw_gecos != NULL ? strcspn(pw->pw_gecos, ",") : 0;
	*fullname = n > 0 ? xstrndup(pw->pw_gecos, n) : xstrdup(pw->pw_name);
	return 0;
}

int
identity_from_account(char **cause)
{
	char *login, *fullname;

	if (account(&login, &fullname, cause) != 0)
		return -1;
	identity_reset();
	owned[0] = login;
	owned[2] = fullname;
	current.name = current.account = login;
	current.fullname = fullname;
	current.role = IDENTITY_FACILITATOR;
	current.via_ssh = 0;
	set = 1;
	return 0;
}

int
identity_as(const char *name, int facilitator, char **cause)
{
	char *login, *fullname;

	if (!identity_name_valid(name)) {
		if (cause != NULL)
			*cause = xasprintf("'%s' is geen geldige naam voor --als: 1 tot 32 tekens "
			    "a-z, 0-9, punt, streepje of liggend streepje", name);
		return -1;
	}
	if (account(&login, &fullname, cause) != 0)
		return -1;
	free(fullname);
	identity_reset();
	owned[0] = xstrdup(name);
	owned[1] = login;
	owned[2] = xstrdup(name);
	current.name = owned[0];
	current.fullname = owned[2];
	current.account = login;
	current.role = facilitator ? IDENTITY_FACILITATOR : IDENTITY_DEELNEMER;
	current.via_ssh = 1;
	set = 1;
	return 0;
}

void
identity_set_fullname(const char *fullname)
{
	if (!set || fullname == NULL || fullname[0] == '\0')
		return;
	free(owned[2]);
	owned[2] = xstrdup(fullname);
	current.fullname = owned[2];
}

const struct identity *
identity_current(void)
{
	if (!set && identity_from_account(NULL) != 0) {
		/* No passwd entry: nobody in particular, and no facilitator. */
		current.name = current.account = current.fullname = "";
		current.role = IDENTITY_DEELNEMER;
		set = 1;
	}
	return &current;
}

int
identity_facilitator(void)
{
	return identity_current()->role == IDENTITY_FACILITATOR;
}

int
identity_name_valid(const char *name)
{
	size_t i, n = name != NULL ? strlen(name) : 0;

	if (n == 0 || n > 32)
		return 0;
	for (i = 0; i < n; i++) {
		char c = name[i];

		if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
			continue;
		if (i > 0 && (c == '.' || c == '_' || c == '-'))
			continue;
		return 0;
	}
	return 1;
}
