#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# mouse.sh: clicks select where a user expects: a click on a row selects
# it, a double click opens it, a click on a key-bar label runs its action.
# The clicks are xterm (X10) mouse reports typed into the pane, as a
# terminal sends them: ESC [ M, button+32, column+33, row+33.
. "${top_srcdir:-.}/tests/tui/lib.sh"

for n in Alfa Beta Gamma; do "$VITAAL" coalitie nieuw "$n" >/dev/null; done

# report COL ROW (0-based): the bytes of a press and release of button 1.
report() {
	cx=$(printf "\\$(printf '%03o' $(($1 + 33)))")
	cy=$(printf "\\$(printf '%03o' $(($2 + 33)))")
	printf '\033[M %s%s\033[M#%s%s' "$cx" "$cy" "$cx" "$cy"
}
click() {	# click COL ROW
	type_text "$(report "$1" "$2")"
}
# A double click goes out in one write, as a terminal sends it: typed
# as two commands, a busy machine could set them further apart than the
# double-click interval.
double_click() {	# double_click COL ROW
	type_text "$(report "$1" "$2")$(report "$1" "$2")"
}

start 80 24
wait_for "Gamma"
click 5 4
expect_screen "klik kiest de regel" "▸ Beta"
double_click 5 4
expect_screen "dubbelklik opent de coalitie" "Huidige fase: Initiatief"
screen | grep -q "Vitaal · Beta" && ok "de aangeklikte coalitie is geopend" || not_ok "de aangeklikte coalitie is geopend" "$(screen)"
keys Escape
wait_for "Laatst gewijzigd"
# "? Hulp" in the key bar: find its column on the bottom line.
col=$(screen | tail -1 | awk '{ print index($0, "? Hulp") }')
click "$col" 23
expect_screen "klik op de toetsbalk voert de actie uit" "Het startscherm toont de coalities"
keys x
wait_gone "Het startscherm toont de coalities"
keys q
expect_exit "afsluiten" 0
done_testing
