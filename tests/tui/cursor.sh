#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# cursor.sh: the terminal's cursor, hidden or not, sits on what is
# selected (start screen, coalition home, form, lists, the map's selected
# player), never on the key bar, so that a screen reader or magnifier
# following it reads what is chosen; in a text field it is the text
# cursor.
. "${top_srcdir:-.}/tests/tui/lib.sh"

for n in Alfa Beta Gamma; do "$VITAAL" coalitie nieuw "$n" >/dev/null; done

cur() { tm display-message -p -t t '#{cursor_y} #{cursor_x}'; }
# marked_row: the 0-based row of the first line with the mark ▸.
marked_row() { screen | awk '/▸/ { print NR - 1; exit }'; }
# expect_cursor_on_mark DESCRIPTION: the cursor is on the row marked ▸.
expect_cursor_on_mark() {
	i=0
	while [ $i -lt 40 ]; do
		set -- "$1" $(cur)
		[ "$2" = "$(marked_row)" ] && { ok "$1"; return; }
		sleep 0.05
		i=$((i + 1))
	done
	not_ok "$1" "cursor $(cur), ▸ op rij $(marked_row); $(screen)"
}

start 80 24
wait_for "▸ Alfa"
expect_cursor_on_mark "startscherm: cursor op de gekozen coalitie"
keys Down
wait_for "▸ Beta"
expect_cursor_on_mark "startscherm: cursor volgt omlaag"
keys Up
wait_for "▸ Alfa"
keys v
wait_for "Huidige fase: 3 Contracteren"
expect_cursor_on_mark "coalitie: cursor op de gekozen rij"
keys Down Down
expect_cursor_on_mark "coalitie: cursor volgt de rij"
keys Down Down Down Enter
wait_for "Enter Antwoorden"
expect_cursor_on_mark "formulier: cursor op de gekozen vraag"
keys Down Down
expect_cursor_on_mark "formulier: cursor volgt de vraag"
keys Escape
wait_for "Huidige fase"

# The map: the cursor is on the selected player's name.
# To the tiles row (the last), then the map tile (the third).
keys Down Down Down Down Down Down Down Down Down Down
keys Left Left Left Left Left Right Right
keys Enter
if wait_for "1/4 Macht × belang" 3; then
	set -- $(cur)
	# From the cursor's column on (columns, not bytes: the frame's │ is 3).
	at=$(screen | sed -n "$(($1 + 1))p" | python3 -c "import sys; print(sys.stdin.read()[$2:])")
	case $at in [A-Za-z]*) ok "kaart: cursor op de naam van de gekozen speler" ;;
	*) not_ok "kaart: cursor op de naam van de gekozen speler" "cursor $1 $2: '$at'; $(screen)" ;; esac
	before=$(cur)
	keys Tab
	sleep 0.3
	[ "$(cur)" != "$before" ] && ok "kaart: cursor volgt Tab naar de volgende speler" ||
	    not_ok "kaart: cursor volgt Tab naar de volgende speler" "$(cur)"
else
	not_ok "kaart geopend" "$(screen)"
fi
keys Escape
wait_for "Huidige fase"
keys Escape
wait_for "▸ Alfa"
keys q
expect_exit "afsluiten" 0
done_testing
