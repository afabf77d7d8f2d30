#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# start_quit.sh: a first start on a private HOME creates the werkboek and
# shows the welcome; q quits with status 0; a second start opens the same
# werkboek; NO_COLOR leaves no colour codes on screen.
. "${top_srcdir:-.}/tests/tui/lib.sh"

start 80 24
expect_screen "eerste start toont welkom" "Welkom bij Vitaal"
expect_screen "titelregel noemt het werkboek" "$XDG_DATA_HOME/vitaal/werkboek.db"
[ -f "$XDG_DATA_HOME/vitaal/werkboek.db" ] && ok "werkboek aangemaakt bij eerste start" \
	|| not_ok "werkboek aangemaakt bij eerste start"
expect_screen "toetsbalk toont stoppen en hulp" "? Hulp  q Stop"
expect_golden "welkomstscherm 80×24" welcome-80x24
keys q
expect_exit "q sluit af met status 0" 0

"$VITAAL" coalitie nieuw "Iedereen onder dak" >/dev/null
start 80 24
expect_screen "tweede start opent hetzelfde werkboek" "Iedereen onder dak"
keys q
expect_exit "tweede keer afsluiten" 0

# Colour: with colours the title bar has colour codes; NO_COLOR and
# --no-color each remove every one of them.
has_colour() {
	tm capture-pane -p -e -t t | grep -qE '\[([0-9;]*;)?(3[0-7]|4[0-7]|9[0-7]|10[0-7])(;[0-9;]*)?m'
}
start 80 24
wait_for "Iedereen onder dak"
has_colour && ok "met kleur: kleurcodes aanwezig" || not_ok "met kleur: kleurcodes aanwezig"
keys q; wait_exit
START_ENV="NO_COLOR=1" start 80 24
wait_for "Iedereen onder dak"
has_colour && not_ok "NO_COLOR: geen kleurcodes" "$(tm capture-pane -p -e -t t | head -3)" \
	|| ok "NO_COLOR: geen kleurcodes"
keys q; wait_exit
start 80 24 --no-color
wait_for "Iedereen onder dak"
has_colour && not_ok "--no-color: geen kleurcodes" || ok "--no-color: geen kleurcodes"
screen | grep -q "Iedereen onder dak" && ok "monochroom toont dezelfde tekst" || not_ok "monochroom toont dezelfde tekst"
keys q; wait_exit
done_testing
