/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * rescue.h: the last line of defence for typed text. When an answer cannot
 * be saved in the werkboek (disk full, werkboek read-only or locked) and
 * the user leaves, the text goes to a plain file beside the werkboek so
 * that nothing typed is lost.
 */
#ifndef VITAAL_RESCUE_H
#define VITAAL_RESCUE_H

/* Write text to a new file <werkboek dir>/herstel/<date>-<label>.txt
 * (-2, -3, … when that name is taken; mode 0600) with a first line naming
 * what it is. herstel/ is made 0700, and refused when it is a symlink, not
 * a directory, not the user's own, or open to others. The file is synced;
 * when it cannot be written whole (a full disk, a file-size limit) it is
 * removed, so no empty or partial file is left. Returns the allocated
 * path, or NULL with *cause set. Both caller frees. */
char	*rescue_write(const char *werkboek_path, const char *label, const char *text,
	    char **cause);

#endif
