/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * cmd.h: the scriptable subcommands beside the workbook (vitaal coalitie …,
 * vitaal info). Each takes its own argv (argv[0] = the subcommand name) and
 * returns an exit status: 0 ok, 1 user error (one line on stderr), 2 usage.
 */
#ifndef VITAAL_CMD_H
#define VITAAL_CMD_H

struct store;

enum { EXIT_OK = 0, EXIT_USER = 1, EXIT_USAGE = 2 };

int	cmd_coalitie(struct store *st, int argc, char **argv);
int	cmd_info(struct store *st, int argc, char **argv);
int	cmd_sessie(struct store *st, int argc, char **argv);
int	cmd_export(struct store *st, int argc, char **argv);
int	cmd_import(struct store *st, int argc, char **argv);

/* Print "vitaal: <message>" on stderr. */
void	cmd_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif
