/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * cmd.h: the scriptable subcommands beside the workbook (vitaal coalitie …,
 * vitaal info). Each takes its own argv (argv[0] = the subcommand name) and
 * returns an exit status: 0 ok, 1 user error (one line on stderr), 2 usage.
 */
#ifndef VITAAL_CMD_H
#define VITAAL_CMD_H

struct option;
struct store;

enum { EXIT_OK = 0, EXIT_USER = 1, EXIT_USAGE = 2 };

/* A subcommand: its name, what runs it, how it opens the werkboek
 * (store_open's flags) and its help for 'vitaal SUB --help'. */
struct cmd_def {
	const char	*name;
	int		(*run)(struct store *, int, char **);
	int		 open_flags;
	const char	*help;
};
/* The subcommand called name, or NULL. */
const struct cmd_def *cmd_find(const char *name);
/* Does the subcommand's argv ask for its help (-h, --help before --)? */
int	cmd_wants_help(int argc, char **argv);

/* getopt_long with Dutch messages that name the command (what, e.g.
 * "coalitie lijst"): '?' after one "vitaal: …" line and a pointer to
 * 'vitaal SUB --help'. */
int	cmd_getopt(const char *what, int argc, char **argv, const char *shortopts,
	    const struct option *longopts);
/* For a subcommand without options: from argv[from] on, drop the first
 * "--" (what follows are arguments, dashes and all) and refuse anything
 * before it that looks like an option. 0, or -1 after a message. */
int	cmd_operands(const char *what, int *argc, char **argv, int from);
/* Flush standard output and say whether everything written arrived: -1
 * (after a message, except for a reader that went away) on a write
 * error such as a full disk or a closed pipe. */
int	cmd_close_stdout(void);

int	cmd_coalitie(struct store *st, int argc, char **argv);
int	cmd_info(struct store *st, int argc, char **argv);
int	cmd_sessie(struct store *st, int argc, char **argv);
int	cmd_export(struct store *st, int argc, char **argv);
int	cmd_import(struct store *st, int argc, char **argv);
int	cmd_kopie(struct store *st, int argc, char **argv);

int	cmd_toegang(struct store *st, int argc, char **argv);
int	cmd_zelfanalyse(struct store *st, int argc, char **argv);
int	cmd_vragen(struct store *st, int argc, char **argv);
int	cmd_antwoord(struct store *st, int argc, char **argv);

/* Set for the forced command of an SSH key: output goes to standard output
 * only, never to a file in the werkboek account's home. */
extern int cmd_stdout_only;

/* What a person connected over SSH asked for (SSH_ORIGINAL_COMMAND),
 * checked against what their role may ask: nothing (the workbook), the
 * wall (projector, facilitator), or a subcommand in argv (borrowed from
 * words). */
struct cmd_forced {
	char		**words;	/* all words; free with cmd_free_words */
	int		  nwords;
	char		**argv;		/* the subcommand and its arguments, or NULL */
	int		  argc;
	int		  projector;
	int		  no_color;
	const char	 *palette;	/* borrowed from words, or NULL */
	int		  stdout_only;
};
/* 0 with *out filled, or -1 with *cause (one Dutch line) for anything the
 * role may not ask. */
int	cmd_forced(const char *wish, int facilitator, struct cmd_forced *out, char **cause);
void	cmd_free_words(char **v, int n);

/* Text a user or an imported file wrote, as it may reach the terminal
 * (utf8_terminal: no control characters or escape sequences, one line).
 * The copy lives until CMD_TEXT_KEEP later calls, enough for one printf. */
#define CMD_TEXT_KEEP	8
const char *cmd_text(const char *s);

/* Print "vitaal: <message>" on stderr, the message made safe for a
 * terminal as by cmd_text. */
void	cmd_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* The coalition a command-line argument names (coalition_resolve: a name
 * or a number), or NULL after printing why not. Caller frees
 * (coalition_free). */
struct coalition *cmd_coalition(struct store *st, const char *arg);

#endif
