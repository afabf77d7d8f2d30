#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# projector.sh: the wall follows the facilitator. `vitaal --projector` on
# the same werkboek shows, without a key pressed on it, what the
# facilitator puts there with F9: the coalition, then the question being
# discussed with its answer as soon as it is saved, then a dilemma box with
# the places of a round and the timer. No bars, no menus on the wall, and
# a self-analysis never shows.
. "${top_srcdir:-.}/tests/tui/lib.sh"

"$VITAAL" coalitie nieuw "Op de muur" >/dev/null

# The facilitator's terminal: session f.
tm new-session -d -s f -x 80 -y 24 "env '$VITAAL'"
fscreen() { tm capture-pane -p -t f; }
fkeys() { tm send-keys -t f "$@"; }
f_wait_for() {
	want=$1 i=0
	while [ $i -lt 60 ]; do
		fscreen | grep -qF -- "$want" && return 0
		sleep 0.05
		i=$((i + 1))
	done
	return 1
}

start 100 30 --projector
expect_screen "beamer wacht op de facilitator" "Wacht op de facilitator"
screen | grep -q "Enter Openen\|Hulp" && not_ok "geen toetsbalk op de muur" "$(screen)" || ok "geen toetsbalk op de muur"

f_wait_for "Op de muur"
fkeys Enter
f_wait_for "Ontwerpstappen"
fkeys F9
f_wait_for "beamer volgt"
expect_screen "muur toont de coalitie (≤ 2 s)" "Op de muur" 2
expect_screen "met haar fase" "Initiatief" 2

fkeys Down Enter
f_wait_for "Fase 1 ·"
expect_screen "muur volgt naar de vraag" "Wat willen we met elkaar bereiken?" 2
fkeys Enter
f_wait_for "Esc Klaar"
tm send-keys -t f -l "Dat niemand buiten slaapt — samen"
fkeys Escape
f_wait_for "✓ bewaard"
expect_screen "antwoord verschijnt op de muur (≤ 2 s)" "Dat niemand buiten slaapt — samen" 2
screen | grep -q "Esc Klaar\|Antwoorden" && not_ok "geen bediening op de muur" "$(screen)" || ok "geen bediening op de muur"
fkeys Down
expect_screen "volgende vraag volgt" "Welke maatschappelijke behoefte" 2

# A dilemma with a round and the timer.
fkeys Escape
f_wait_for "Ontwerpstappen"
fkeys Down Down Down Down Down Right Right Right Right Enter
f_wait_for "Nog geen dilemma's"
fkeys n
f_wait_for "Bron:"
fkeys Enter
f_wait_for "Eigen belang of coalitiebelang"
fkeys Enter
f_wait_for "Coalitiebelang"
expect_screen "muur toont het dilemma" "Eigen belang of coalitiebelang" 2
fkeys t r
f_wait_for "Naam (leeg: einde ronde):"
tm send-keys -t f -l "Zoë"
fkeys Enter
f_wait_for "Zoë: ← →"
fkeys 2
expect_screen "plaats op de muur" "Zoë" 2
expect_screen "timer op de muur" "⏱ 00:0" 2

# A self-analysis does not follow to the wall.
fkeys Enter Escape Escape Escape Escape
f_wait_for "Laatst gewijzigd"
fkeys i
f_wait_for "Wie bent u?"
tm send-keys -t f -l "Facilitator"
fkeys Enter
f_wait_for "Ik: Facilitator"
fkeys n
f_wait_for "Nummer van de vragenlijst:"
tm send-keys -t f -l "2"
fkeys Enter
f_wait_for "Zelfanalyse ›"
sleep 1
screen | grep -q "Zelftest\|regiegemeente" && not_ok "zelfanalyse niet op de muur" "$(screen)" \
	|| ok "zelfanalyse niet op de muur"
fkeys Escape Escape Escape q
keys q
expect_exit "beamer sluit met q" 0
done_testing
