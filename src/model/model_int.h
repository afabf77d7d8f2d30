/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * model_int.h: what the files of src/model share: handing the store's
 * message to the caller, and the checks every text typed by a user passes
 * before it reaches the werkboek (valid UTF-8, a sane size, one line where
 * one line is meant).
 */
#ifndef VITAAL_MODEL_INT_H
#define VITAAL_MODEL_INT_H

#include <stdint.h>

struct store;

/* Copy the store's last message into *cause (if not NULL); returns -1. */
int	 model_store_cause(struct store *st, char **cause);
/* What a store reader returned (a list, a record), handed on as it is:
 * the model's list code is one line, model_read(st, store_x(st, …),
 * cause). NULL with the store's message in *cause when it failed. */
void	*model_read(struct store *st, void *got, char **cause);
/* The same for a write the model gave a cleaned text: got is what the
 * store returned (an id or 0, -1 on failure), clean (allocated) is freed,
 * and a failure leaves the store's message in *cause:
 * return model_wrote(st, store_x_insert(st, id, clean), clean, cause); */
int64_t	 model_wrote(struct store *st, int64_t got, char *clean, char **cause);
/* Set *cause (if not NULL) to a copy of why; returns -1. */
int	 model_fail(char **cause, const char *why);
/* 0 when s is valid UTF-8 of at most ANSWER_MAX_BYTES, else -1 and *cause. */
int	 model_check_text(const char *s, char **cause);
/* A trimmed copy of a text that may span lines (NULL counts as ""); NULL
 * with *cause when it is no valid UTF-8 or too long (model_check_text).
 * The _required variant refuses a blank result, with why as the cause. */
char	*model_clean_text(const char *s, char **cause);
char	*model_clean_required_text(const char *s, const char *why, char **cause);
/* A trimmed copy of a one-line text (NULL counts as ""); NULL with why as
 * the cause when it spans lines or holds control characters. The _opt
 * variant allows an empty result; model_clean_line does not. */
char	*model_clean_opt_line(const char *s, const char *why, char **cause);
char	*model_clean_line(const char *s, const char *why, char **cause);

#endif
