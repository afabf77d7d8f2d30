#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# dilemmas.sh: a werkconferentie places itself on a dilemma: a pole box
# from the catalogue, a round of five people (arrows, numbers, Enter, the
# next name at once), the spread shown, the team's place and a timer; then
# the team fills in its own pro/contra dilemmabox (arguments in all four
# cells and the three closing questions). Everything is there after a
# restart.
. "${top_srcdir:-.}/tests/tui/lib.sh"

"$VITAAL" coalitie nieuw "Dilemmaland" >/dev/null

open_dilemmas() {
	wait_for "Dilemmaland"
	keys Enter
	wait_for "Ontwerpstappen"
	keys Down Down Down Down Down Down
	keys Right Right Right Right
	keys Enter
	wait_for "Dilemma's"
}

start 80 24
open_dilemmas
expect_screen "nog geen dilemma's" "Nog geen dilemma's"
keys n
expect_screen "catalogus met bron" "Bron:"
keys Enter
expect_screen "dilemma uit de catalogus toegevoegd" "Eigen belang of coalitiebelang"
keys Enter
expect_screen "groot getoond met polen" "Coalitiebelang"

# A round of five, on name: each a new person, added on purpose (^N),
# then the place (arrows or the number, which only moves the marker) and
# Enter; the picker comes back for the next name.
keys r
wait_for "Nieuwe ronde: 1 op naam"
keys Enter
wait_for "Naam van de ronde"
keys Enter
expect_screen "ronde geopend: kies een naam" "Wie kiest een plaats? Ronde 1"
for step in "Anna:Left Left" "Bert:6" "Cor:" "Dewi:Right" "Eva:2"; do
	name=${step%%:*}
	keys C-n
	wait_for "Nieuwe persoon, volledige naam:"
	type_text "$name"
	keys Enter
	wait_for "Toegevoegd: $name"
	keys Enter
	wait_for "$name: ← →"
	# shellcheck disable=SC2086
	[ -n "${step#*:}" ] && keys ${step#*:}
	keys Enter
	wait_for "Wie kiest een plaats?"
	ok "$name geplaatst"
done
keys Escape
expect_screen "klaar met namen, ronde open" "de ronde blijft open"
expect_screen "spreiding en mediaan" "5 plaatsen · spreiding 2–6 · mediaan 4"
keys Right Right
expect_screen "plaats van het team" "▲ team"
keys t
expect_screen "timer loopt" "⏱ 00:0"
keys w
type_text "Samen winnen, maar niemand verliest zijn eigen doel"
keys Enter
expect_screen "afweging genoteerd" "Waarom: Samen winnen"
keys Escape
wait_for "Catalogus"

# An own pro/contra dilemmabox.
keys e
wait_for "Soort:"
type_text "2"
keys Enter
wait_for "Titel van het dilemma:"
type_text "Regie centraal of in de wijk"
keys Enter
wait_for "Huidige situatie | nieuwe situatie:"
type_text "Eén regisseur op het stadhuis|Regie per wijkteam"
keys Enter
expect_screen "eigen dilemmabox toegevoegd" "Regie centraal of in de wijk (dilemmabox)"
keys Down
keys Enter
expect_screen "dilemmabox groot" "Voor de huidige situatie"
# argue CELL-KEYS TEXT: go to a cell and add one argument.
argue() {
	# shellcheck disable=SC2086
	[ -n "$1" ] && keys $1
	keys a
	wait_for "Argument"
	type_text "$2"
	keys Enter
	wait_for "Volgend argument (leeg: klaar):"
	keys Enter
	expect_screen "argument: $2" "$2"
}
argue "" "Eén aanspreekpunt"
argue "Right" "Ver van de straat"
argue "Down" "Versnippering tussen wijken"
argue "Left" "Snel schakelen in de buurt"
keys o
type_text "Stedelijk kader, uitvoering per wijk"
keys Enter
keys 4
keys c
type_text "Na drie maanden evalueren en dan besluiten"
keys Enter
expect_screen "oplossing tussen de uitersten" "Stedelijk kader, uitvoering per wijk"
expect_screen "kans ●●●●○" "●●●●○"
expect_screen "blijven cirkelen" "Na drie maanden evalueren"
keys Escape Escape Escape q
expect_exit "afsluiten" 0

start 80 24
open_dilemmas
expect_screen "na herstart: beide dilemma's" "Regie centraal of in de wijk"
keys Up Enter
expect_screen "na herstart: de vijf plaatsen" "5 plaatsen · spreiding 2–6 · mediaan 4"
screen | grep -q "Dewi" && ok "na herstart: namen staan er" || not_ok "na herstart: namen staan er" "$(screen)"
keys Escape
wait_for "Catalogus"
keys Down Enter
expect_screen "na herstart: argumenten" "Versnippering tussen wijken"
expect_screen "na herstart: slotvragen" "Na drie maanden evalueren"
keys Escape Escape Escape q
expect_exit "afsluiten na herstart" 0
done_testing
