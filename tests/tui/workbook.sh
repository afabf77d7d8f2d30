#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# workbook.sh: a newcomer's first session, as the README promises it:
# create a coalition on screen, set its phase, answer a question in the
# initiative, in each of the four phases and in each of the five steps with
# non-ASCII text, quit, start again, and find every answer back on screen.
. "${top_srcdir:-.}/tests/tui/lib.sh"

start 80 24
expect_screen "welkom" "Welkom bij Vitaal"
keys n
expect_screen "vraagt om een naam" "Naam van de nieuwe coalitie:"
type_text "Wonen in de wijk — Ĳsselmonde"
keys Enter
expect_screen "nieuwe coalitie opent haar overzicht" "Huidige fase: Initiatief"
keys 2
expect_screen "fase 2 vraagt bevestiging" "Huidige fase wijzigen in 2 Formeren?"
keys j
expect_screen "fase instellen met 2, dan j" "Huidige fase: 2 Formeren"

# The initiative (selected when the overview opens).
keys Enter
expect_screen "initiatief opent" "Initiatief"
answer "Initiatief: één ĳsbreker voor iedereen 😀"
skip_init=$skipped
keys Escape
expect_screen "terug in het overzicht" "Ontwerpstappen"

# The four phases: from the opgave row, column by column.
keys Down
for p in 1 2 3 4; do
	keys Enter
	expect_screen "fase $p opent" "Fase $p ·"
	answer "Fase $p: coöperatie met café-eigenaar Zoë 😀"
	eval "skip_fase$p=\$skipped"
	keys Escape
	wait_for "Ontwerpstappen"
	keys Right
done

# The five steps.
keys Down Down Down Down
for s in 5 4 3 2 1; do keys Left; done
for s in 1 2 3 4 5; do
	keys Enter
	expect_screen "stap $s opent" "Stap $s ·"
	answer "Stap $s: geïnventariseerd — ‘één’ vraagstuk"
	eval "skip_stap$s=\$skipped"
	keys Escape
	wait_for "Ontwerpstappen"
	keys Right
done
screen | grep -q " 1/13" && ok "overzicht telt het antwoord in stap 1" || not_ok "overzicht telt het antwoord in stap 1" "$(screen)"
expect_golden "overzicht 80×24" home-80x24

keys Escape
expect_screen "terug op het startscherm" "Laatst gewijzigd"
keys q
expect_exit "afsluiten met status 0" 0

# Everything is there after a restart.
start 80 24
expect_screen "na herstart: coalitie in de lijst" "Wonen in de wijk — Ĳssel"
screen | grep -q "2 Formeren" && ok "na herstart: fase bewaard" || not_ok "na herstart: fase bewaard" "$(screen)"
keys Enter
wait_for "Ontwerpstappen"
keys Enter
down "$skip_init"
expect_screen "na herstart: initiatief" "Initiatief: één ĳsbreker voor iedereen 😀"
keys Escape
wait_for "Ontwerpstappen"
keys Down
for p in 1 2 3 4; do
	keys Enter
	eval "down \$skip_fase$p"
	expect_screen "na herstart: fase $p" "Fase $p: coöperatie met café-eigenaar Zoë 😀"
	keys Escape
	wait_for "Ontwerpstappen"
	keys Right
done
keys Down Down Down Down
for s in 5 4 3 2 1; do keys Left; done
for s in 1 2 3 4 5; do
	keys Enter
	eval "down \$skip_stap$s"
	expect_screen "na herstart: stap $s" "Stap $s: geïnventariseerd — ‘één’ vraagstuk"
	if [ "$s" = 2 ]; then
		expect_screen "stap 2 toont het vraagstuk van stap 1" \
		    "Ons vraagstuk (stap 1): Stap 1: geïnventariseerd"
	fi
	keys Escape
	wait_for "Ontwerpstappen"
	keys Right
done

# The same screens at 200×60.
tm resize-window -t t -x 200 -y 60
expect_screen "200×60: overzicht" "Ontwerpstappen"
expect_golden "overzicht 200×60" home-200x60
keys Escape Escape q
expect_exit "afsluiten na herstart" 0
done_testing
