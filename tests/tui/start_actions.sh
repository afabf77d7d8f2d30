#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# start_actions.sh: the coalition list on the start screen: search by
# typing, rename, archive and bring back, and delete only after typing the
# coalition's name.
. "${top_srcdir:-.}/tests/tui/lib.sh"

for n in "Iedereen onder dak" "Zorg in de wijk" "Armoede de wereld uit" "Jeugd aan zet"; do
	"$VITAAL" coalitie nieuw "$n" >/dev/null
done
start 80 24
wait_for "Jeugd aan zet"
keys /
expect_screen "zoekregel" "Zoek:"
type_text "wij"
expect_screen "zoeken filtert terwijl u typt" "Zoeken: wij  (1 van 4)"
screen | grep -q "Armoede" && not_ok "niet-passende coalities verborgen" "$(screen)" || ok "niet-passende coalities verborgen"
keys Enter
keys h
expect_screen "hernoemen vraagt de nieuwe naam" "Nieuwe naam:"
keys C-a C-k
type_text "Zorg in de wijk — Ĳsselmonde"
keys Enter
expect_screen "hernoemd" "Zorg in de wijk — Ĳssel"
keys /
keys Escape
expect_screen "Esc wist het zoeken" "Armoede de wereld uit"
screen | grep -q "▸ Zorg in de wijk" && ok "keuze blijft op dezelfde coalitie" || not_ok "keuze blijft op dezelfde coalitie" "$(screen)"

keys /
type_text "armoede"
keys Enter
keys a
expect_screen "gearchiveerd" "gearchiveerd; Tab toont het archief"
screen | grep -q "Armoede de wereld uit  " && not_ok "gearchiveerde verdwijnt uit de lijst" "$(screen)" \
	|| ok "gearchiveerde verdwijnt uit de lijst"
keys Tab
expect_screen "Tab toont het archief" "(archief)"
keys a
expect_screen "uit het archief gehaald" "uit het archief gehaald"
keys Tab
wait_for "Zoeken: armoede  (1 van"

keys x
expect_screen "verwijderen vraagt de naam" "Definitief verwijderen? Typ de naam:"
type_text "verkeerd"
keys Enter
expect_screen "verkeerde naam: niet verwijderd" "niet verwijderd: bevestig met de naam"
keys x
type_text "armoede de wereld uit"
keys Enter
expect_screen "juiste naam: verwijderd" "Verwijderd."
screen | grep -q "Armoede" && not_ok "coalitie is weg" "$(screen)" || ok "coalitie is weg"
keys q
expect_exit "afsluiten" 0
"$VITAAL" coalitie lijst --alle >"$T/lijst"
grep -q "Armoede" "$T/lijst" && not_ok "ook weg in het werkboek" "$(cat "$T/lijst")" || ok "ook weg in het werkboek"
grep -q "Zorg in de wijk — Ĳsselmonde" "$T/lijst" && ok "nieuwe naam in het werkboek" || not_ok "nieuwe naam in het werkboek"
done_testing
