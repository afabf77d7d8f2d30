/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * perspective.h: design step 3. The team picks one of the four perspectives
 * on sturing as the leading design principle and says, for each of the
 * other three, how its values are still secured. Pure functions over the
 * catalogue.
 */
#ifndef VITAAL_PERSPECTIVE_H
#define VITAAL_PERSPECTIVE_H

#include <stddef.h>

#include "vitaal/catalogue.h"

#define PERSPECTIVE_CHOICE	"stap3.2"	/* item holding the leading perspective */

/* The perspective named by an answer to PERSPECTIVE_CHOICE (its name, any
 * case, surrounding blanks ignored), or NULL. */
const struct cat_perspective *perspective_find(const struct catalogue *cat, const char *value);

/* The item key where the team records how p's values are secured:
 * "stap3.borging.<key>". Writes into buf (size n) and returns it. */
const char	*perspective_borging_key(const struct cat_perspective *p, char *buf, size_t n);

/* The perspectives that are not leading, in catalogue order: fills out
 * (room for cat->nperspectives) and returns the count (all of them when
 * leading is NULL). */
size_t		 perspective_others(const struct catalogue *cat,
		    const struct cat_perspective *leading, const struct cat_perspective **out);

#endif
