/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * screens.h: the arguments screens hand each other through ui_push.
 */
#ifndef VITAAL_SCREENS_H
#define VITAAL_SCREENS_H

#include <stddef.h>
#include <stdint.h>

struct ui;

/* The coalition's own fields, kept as answers (with history) under these
 * keys, edited on the pseudo-form FORM_COALITIE. */
#define FORM_COALITIE		"coalitie"
#define FORM_KEY_OPGAVE		"coalitie.opgave"
#define FORM_KEY_DOEL		"coalitie.doel"

/* Open a form (ui_screen_form): of a coalition, or a self-analysis (when
 * analysis_id is set: the answers are the analysis', saved for its owner). */
struct form_arg {
	int64_t		 coalition_id;
	const char	*form;		/* cat_form key, or FORM_COALITIE */
	int		 checkrow;	/* start at this checklist row (phase forms), 0 = top */
	int64_t		 analysis_id;	/* 0 = the coalition's answers */
	int64_t		 owner;		/* the analysis' owner (the person at the terminal) */
};

/* Show the history of one answer (ui_screen_history), or with kind set
 * that of a field two terminals may both write (fieldrule.h): one field,
 * or with field NULL every field of the record. */
struct history_arg {
	int64_t		 coalition_id;
	const char	*item_key;
	const char	*prompt;	/* the question, or what the record is, for the heading */
	const char	*kind;		/* a field_kind_names value, or NULL: an answer */
	int64_t		 record_id;
	const char	*field;		/* NULL: every field of the record */
};

/* Open the history of one record's fields (field NULL: all of them); kind
 * is an enum field_kind (fieldrule.h). */
void	ui_field_history(struct ui *ui, int64_t coalition_id, const char *prompt, int kind,
	    int64_t record_id, const char *field);

/* Show one player (ui_screen_player). */
struct player_arg {
	int64_t		 coalition_id;
	int64_t		 player_id;
};

/* Show one dilemma box (ui_screen_dilemma). */
struct dilemma_arg {
	int64_t		 coalition_id;
	int64_t		 dilemma_id;
};

/* An intervisie group (ui_screen_igroup), seen by participant me. */
struct igroup_arg {
	int64_t		 group_id;
	int64_t		 me;
};

/* Two of one person's self-analyses side by side (ui_screen_compare). */
struct compare_arg {
	int64_t		 owner;
	int64_t		 earlier;
	int64_t		 later;
	const char	*form;
};

/* An intervisie day (ui_screen_iday). */
struct iday_arg {
	int64_t		 session_id;
	int64_t		 group_id;
	int64_t		 me;
};

/* Export a coalition, or (session_id set) a session, or (group_id set)
 * an intervisie group (ui_screen_export). */
struct export_arg {
	int64_t		 coalition_id;
	int64_t		 session_id;
	int64_t		 group_id;
};

struct ui;
struct ui_view;
struct participant_list;

/* Choose a person (ui_screen_person_pick). picked gets the view that
 * pushed the picker; without stay the picker has closed by then. */
struct person_pick_arg {
	const char	*title;		/* what is chosen: "Vraagsteller kiezen" */
	const char	*hint;		/* one line under it, or NULL */
	const char	*pick_label;	/* key bar label of Enter, or NULL ("Kiezen") */
	const char	*mark_label;	/* beside a marked person ("aanwezig"), or NULL */
	int		 stay;		/* a round: stay open after each pick */
	void		(*picked)(struct ui *, struct ui_view *caller, int64_t id,
			    const char *name);
	/* Who to mark ✓ (read again after each pick), or NULL. */
	struct participant_list *(*marked)(struct ui *, struct ui_view *caller);
	/* Called after Esc, or NULL. */
	void		(*closed)(struct ui *, struct ui_view *caller);
	/* Attendance at this session (> 0): Enter marks the chosen person
	 * present or, when they are (✓), not present; picked and marked are
	 * then not used. See ui_pick_attendance. */
	int64_t		 session;
	/* Only the people present at this session (> 0), e.g. for the names
	 * of a round; a person added with ^N is marked present there too. */
	int64_t		 among;
};

/* Tick who is present at session sid: the picker stays open, ✓ shows who
 * is there, Enter marks or unmarks; nobody is created. The caller's
 * resume op reads the attendance again. */
void	ui_pick_attendance(struct ui *ui, int64_t sid);

/* Choose one row of a list (ui_screen_choose); everything is copied. */
struct choose_arg {
	const char		*title;
	const char		*hint;		/* or NULL */
	const char		*pick_label;	/* key bar label of Enter, or NULL */
	const char *const	*rows;		/* n rows */
	const char *const	*details;	/* shown below the selected row; NULL, or n
						   texts that may be NULL */
	const int64_t		*ids;		/* what picked gets */
	size_t			 n;
	size_t			 sel;		/* selected at first */
	void			(*picked)(struct ui *, struct ui_view *caller, int64_t id);
};

/* Share one's own analysis after seeing what the group will see, or make
 * it private again (ui_screen_share). */
struct share_arg {
	int64_t		 analysis_id;
	int64_t		 owner;
	int		 unshare;
};

#endif
