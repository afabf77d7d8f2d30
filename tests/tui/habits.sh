#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# habits.sh: one set of habits on every screen. Arrows stop at the ends
# (no wrap-around); the start screen's bar shows S; one way to confirm
# (the question says j/Enter or n/Esc, a stray key changes nothing); a
# digit on the coalition home asks before the phase changes; ^C stops
# Vitaal from any screen, saving what was typed; history is g and F2; a
# letter on the map says what it changed and ^Z takes it back.
. "${top_srcdir:-.}/tests/tui/lib.sh"

for n in Alfa Beta Gamma; do "$VITAAL" coalitie nieuw "$n" >/dev/null; done
cur_x() { tm display-message -p -t t '#{cursor_x}'; }

start 80 24
wait_for "▸ Alfa"
screen | tail -1 | grep -q "S Sessies" && ok "startscherm: de balk toont S" ||
    not_ok "startscherm: de balk toont S" "$(screen | tail -1)"
keys Up
sleep 0.2
screen | grep -q "▸ Alfa" && ok "↑ op de eerste blijft op de eerste" ||
    not_ok "↑ op de eerste blijft op de eerste" "$(screen)"
keys End
wait_for "▸ Gamma"
keys Down
sleep 0.2
screen | grep -q "▸ Gamma" && ok "↓ op de laatste blijft op de laatste" ||
    not_ok "↓ op de laatste blijft op de laatste" "$(screen)"

# The phase: asked, a stray key and n change nothing, Enter is yes.
keys Home Enter
wait_for "Huidige fase: Initiatief"
keys 2
expect_screen "een cijfer vraagt eerst" "Huidige fase wijzigen in 2 Formeren?"
expect_screen "de vraag zegt hoe te antwoorden" "j/Enter ja · n/Esc nee"
keys x
sleep 0.2
screen | grep -q "Huidige fase wijzigen in 2 Formeren?" && ok "een losse toets beantwoordt niets" ||
    not_ok "een losse toets beantwoordt niets" "$(screen)"
keys n
expect_screen "n: niet gewijzigd" "Fase niet gewijzigd."
screen | grep -q "Huidige fase: Initiatief" && ok "na n dezelfde fase" || not_ok "na n dezelfde fase" "$(screen)"
keys 3
wait_for "Huidige fase wijzigen in 3"
keys Escape
expect_screen "Esc: niet gewijzigd" "Fase niet gewijzigd."
keys 2
wait_for "Huidige fase wijzigen in 2"
keys Enter
expect_screen "Enter is ja, net als j" "Huidige fase: 2 Formeren"

# Columns stop at the ends: the cursor (on the chosen cell) stays put.
keys Down Down
sleep 0.2
x0=$(cur_x)
keys Left
sleep 0.2
[ "$(cur_x)" = "$x0" ] && ok "← in de eerste kolom blijft daar" ||
    not_ok "← in de eerste kolom blijft daar" "$x0 -> $(cur_x)"
keys Right Right Right
sleep 0.2
x3=$(cur_x)
keys Right
sleep 0.2
[ "$(cur_x)" = "$x3" ] && [ "$x3" != "$x0" ] && ok "→ in de laatste kolom blijft daar" ||
    not_ok "→ in de laatste kolom blijft daar" "$x0 $x3 -> $(cur_x)"

# History: g and F2 on a form.
keys Escape
wait_for "▸ Alfa"
keys Enter
wait_for "Huidige fase: 2 Formeren"
keys Enter
wait_for "Enter Antwoorden"
answer "Eerste versie"
keys g
expect_screen "g opent de geschiedenis" "Geschiedenis van het antwoord op:"
keys Escape
wait_for "Enter Antwoorden"
keys F2
expect_screen "F2 opent de geschiedenis" "Geschiedenis van het antwoord op:"
keys Escape
wait_for "Enter Antwoorden"

# ^C from a field deep in: Vitaal stops, status 0, the text saved.
keys Enter
wait_for "Esc Klaar"
keys End
type_text " en getypt voor ^C"
wait_for "getypt voor ^C"
keys C-c
expect_exit "^C stopt Vitaal, ook diep in een formulier" 0
"$VITAAL" vragen Alfa initiatief 2>/dev/null | grep -q "getypt voor ^C" && ok "^C bewaart wat getypt was" ||
    not_ok "^C bewaart wat getypt was" "$("$VITAAL" vragen Alfa initiatief 2>&1 | head -20)"

# The map: a letter says what it changed; ^Z takes it back.
start 80 24
wait_for "▸ Alfa"
keys v
wait_for "Huidige fase: 3 Contracteren"
keys Down Down Down Down Down Down Down Down Down Down
keys Left Left Left Left Left Right Right
keys Enter
wait_for "1/4 Macht × belang"
keys K
expect_screen "een letter zegt wat hij veranderde" "gewijzigd (^Z maakt ongedaan)"
keys C-z
expect_screen "^Z maakt het ongedaan" "Ongedaan gemaakt:"
keys C-z
expect_screen "een tweede ^Z: niets meer" "Er is op de kaart niets ongedaan te maken."
keys Escape
wait_for "Huidige fase"
keys Escape
wait_for "▸"
keys q
expect_exit "q stopt op het startscherm" 0
done_testing
