#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# players.sh: a facilitator types players in fast, sets their role, power,
# interest, standpunt and mandate, sees each in the right place on every
# map, and finds them all after a restart; the typology places the
# coalition in the book's 2×2 and takes an override with a reason.
. "${top_srcdir:-.}/tests/tui/lib.sh"

"$VITAAL" coalitie nieuw "Spelersveld" >/dev/null

# open_tile N: from the start screen, open tile N (0 notes … 3 typology).
open_tile() {
	wait_for "Spelersveld"
	keys Enter
	wait_for "Ontwerpstappen"
	keys Down Down Down Down Down Down
	n=$1
	while [ "$n" -gt 0 ]; do keys Right; n=$((n - 1)); done
	keys Enter
}

start 80 24
open_tile 1
expect_screen "spelerstabel opent" "Nog geen spelers"
keys n
for name in "Wethouder Zoë" "Buurtkerk" "Corporatie Ĳsselland" "GGD" "Huurdersvereniging"; do
	wait_for "(leeg: klaar)"
	type_text "$name"
	keys Enter
done
wait_for "Volgende speler (leeg: klaar)"
keys Enter
expect_screen "vijf spelers na snel typen" "5 spelers"

# Wethouder Zoë (the first row): drager, power 5, interest 5.
keys Home
keys Right Right
keys Space Space
expect_screen "rol wisselt met Spatie" "drager"
keys Right
type_text "5"
keys Right
type_text "5"
# Buurtkerk: power 0, interest 0.
keys Down Left
type_text "0"
keys Right
type_text "0"
expect_screen "macht en belang gezet" "Buurtkerk"

# The maps.
keys m
expect_screen "kaart opent op macht × belang" "1/4 Macht × belang"
# row and column of a name on screen (0-based), and of a region title.
pos() {
	screen | awk -v t="$1" 'BEGIN { r = "-1 -1" } { i = index($0, t); if (i && r == "-1 -1") r = (NR - 1) " " (i - 1) } END { print r }'
}
set -- $(pos "Wethouder Zoë"); zy=$1; zx=$2
set -- $(pos "Buurtkerk"); by=$1; bx=$2
set -- $(pos "In de gaten houden"); qy=$1
[ "$zy" -lt "$qy" ] && [ "$zx" -ge 40 ] && ok "macht 5, belang 5: rechtsboven (nauw betrekken)" \
	|| not_ok "macht 5, belang 5: rechtsboven (nauw betrekken)" "zoë $zy,$zx; grens $qy; $(screen)"
[ "$by" -gt "$qy" ] && [ "$bx" -lt 40 ] && ok "macht 0, belang 0: linksonder" \
	|| not_ok "macht 0, belang 0: linksonder" "buurtkerk $by,$bx; $(screen)"

keys 2
expect_screen "ringen" "2/4 Ringen"
set -- $(pos "Kern: kopgroep"); ky=$1
set -- $(pos "Wethouder Zoë"); zy=$1
set -- $(pos "Schragers"); sy=$1
[ "$zy" -gt "$ky" ] && ok "drager in de kern" || not_ok "drager in de kern" "$(screen)"
[ "$sy" -lt "$ky" ] && ok "schragersring buiten de kern" || not_ok "schragersring buiten de kern" "$(screen)"

keys 3
expect_screen "standpunt × soort macht" "3/4 Standpunt"
# Select the Buurtkerk with Tab, make it an opponent with blocking power.
# (Each Tab waits for the selection to move before the next: on a busy
# machine the screen lags the keys, and a quick loop would overshoot.)
i=0
while ! screen | grep -q "▸ Buurtkerk" && [ $i -lt 6 ]; do
	was=$(screen | grep "▸")
	keys Tab
	j=0
	while [ "$(screen | grep "▸")" = "$was" ] && [ $j -lt 60 ]; do
		sleep 0.05
		j=$((j + 1))
	done
	i=$((i + 1))
done
keys s p p u
expect_screen "tegenstander met blokkeermacht, onvervangbaar" "★Buurtkerk"
set -- $(pos "★Buurtkerk"); by=$1; bx=$2
set -- $(pos "afwachtend"); ay=$1
[ "$by" -gt "$ay" ] && [ "$bx" -ge 20 ] && [ "$bx" -lt 40 ] && ok "in de cel tegenstander × blokkeermacht" \
	|| not_ok "in de cel tegenstander × blokkeermacht" "$by,$bx (afwachtend-rij $ay) $(screen)"

keys 4
expect_screen "symmetrie × commitment" "4/4 Symmetrie"
keys y c
# Poll: the two keys move Buurtkerk out of "Nog onbekend" into the top left.
i=0
while [ $i -lt 100 ]; do
	set -- $(pos "Buurtkerk"); by=$1; bx=$2
	set -- $(pos "Procesregie is eenvoudig"); py=$1
	[ "$by" -lt "$py" ] && break
	sleep 0.05
	i=$((i + 1))
done
[ "$by" -lt "$py" ] && [ "$bx" -lt 40 ] && ok "symmetrie ja, commitment ja: eenvoudig" \
	|| not_ok "symmetrie ja, commitment ja: eenvoudig" "$(screen)"
expect_screen "onbekenden in de strook" "Nog onbekend"

keys Escape
wait_for "5 spelers"
keys Escape
wait_for "Ontwerpstappen"
keys Escape q
expect_exit "afsluiten" 0

# After a restart: the table still has them, with their values.
start 80 24
open_tile 1
expect_screen "na herstart: spelers terug" "Corporatie Ĳssel"
expect_screen "na herstart: waarden terug" "drager"
keys m 3
expect_screen "na herstart: ★ blijft" "★Buurtkerk"
keys Escape

# A relation, from the player's details.
wait_for "5 spelers"
keys Home d
expect_screen "details van de speler" "Rol in de coalitie"
keys r
wait_for "Relatie met (naam):"
type_text "ggd"
keys Enter
expect_screen "relatie toegevoegd" "→ GGD · samenwerking · sterkte 3"
keys Space
type_text "4"
expect_screen "soort en sterkte gewijzigd" "→ GGD · spanning of conflict · sterkte 4"
keys Escape
wait_for "5 spelers"
keys m 2
expect_screen "ringkaart noemt de relatie" "relaties: → GGD (spanning of conflict)"
keys Escape Escape

# The typology.
wait_for "Ontwerpstappen"
keys Right Right
keys Enter
expect_screen "typologie opent" "Sociaal systeem"
type_text "4"
for f in 1 2 3 4 5 6 7 8; do keys Down; type_text "3"; done
expect_screen "type berekend" "Berekend: Heruitvinden"
expect_screen "coalitie gemarkeerd in de 2×2" "◆ Heruitvinden"
keys o
wait_for "Type (0 berekend"
type_text "1"
keys Enter
wait_for "Waarom dit type?"
type_text "De raad legt de koers vast"
keys Enter
expect_screen "eigen keuze met reden" "Het team kiest"
keys Escape
expect_screen "overzicht: typologie bepaald" "Typologie ✓"
keys Escape q
expect_exit "afsluiten na typologie" 0
done_testing
