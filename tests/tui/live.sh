#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# live.sh: many terminals, one werkboek. What one terminal saves appears on
# another within a second or two, without a key being pressed there: a new
# coalition on the start screen, an answer in the coalition's overview,
# and the places of a round on a dilemma box.
. "${top_srcdir:-.}/tests/tui/lib.sh"

"$VITAAL" coalitie nieuw "Gedeeld werkboek" >/dev/null

# A second terminal: session u, same werkboek, same environment.
other_terminal u

start 80 24
wait_for "Gedeeld werkboek"
u_wait_for "Gedeeld werkboek"

# A coalition made elsewhere shows up on the start screen by itself.
"$VITAAL" coalitie nieuw "Erbij van elders" >/dev/null
expect_screen "nieuwe coalitie verschijnt zonder toets (≤ 2 s)" "Erbij van elders" 2

# Terminal t watches the overview; terminal u answers a question.
keys Up Home
wait_for "▸ Erbij van elders"
keys Down Enter
expect_screen "overzicht open" "Ontwerpstappen"
ukeys Enter
u_wait_for "Ontwerpstappen"
ukeys Down Enter
u_wait_for "Fase 1 ·"
ukeys Enter
u_wait_for "Esc Klaar"
tm send-keys -t u -l "Van de andere terminal"
ukeys Escape
u_wait_for "✓ bewaard"
expect_screen "antwoord van de andere terminal telt mee (≤ 2 s)" " 1/5" 2

# Terminal u runs a round on a dilemma; t shows the box and sees the places.
ukeys Escape
u_wait_for "Ontwerpstappen"
ukeys Down Down Down Down Down Right Right Right Right Enter
u_wait_for "Nog geen dilemma's"
ukeys n
u_wait_for "Bron:"
ukeys Enter
u_wait_for "Eigen belang of coalitiebelang"
keys Down Down Down Down Down Down Right Right Right Right Enter
expect_screen "t ziet het dilemma" "Eigen belang of coalitiebelang" 3
keys Enter
wait_for "nog niemand geplaatst"
ukeys Enter
u_wait_for "Coalitiebelang"
ukeys r
u_wait_for "Nieuwe ronde: 1 op naam"
ukeys Enter
u_wait_for "Naam van de ronde"
ukeys Enter
u_wait_for "Wie kiest een plaats?"
ukeys C-n
u_wait_for "Nieuwe persoon, volledige naam:"
tm send-keys -t u -l "Zoë"
ukeys Enter
u_wait_for "Toegevoegd: Zoë"
ukeys Enter
u_wait_for "Zoë: ← →"
ukeys 6 Enter
expect_screen "plaats uit de ronde verschijnt op het andere scherm (≤ 2 s)" "Zoë" 2
expect_screen "spreiding bijgewerkt" "1 plaats" 2
ukeys Escape
ukeys Enter
ukeys Escape Escape Escape Escape q
keys Escape Escape Escape Escape q
expect_exit "afsluiten" 0
done_testing
