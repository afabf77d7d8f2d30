#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# autosave.sh: text that people trust. Typing is saved a few seconds in
# without leaving the field (it survives kill -9); a plain kill (SIGTERM)
# or closing the terminal (SIGHUP) saves the field on the way out; the
# saved mark shows; undo takes back the last edit; an earlier version can
# be restored from the history; resizing and a too-small terminal while
# typing lose nothing.
. "${top_srcdir:-.}/tests/tui/lib.sh"

"$VITAAL" coalitie nieuw "Bewaren" >/dev/null

# open_stap1: from the start screen, open step 1 of the only coalition.
open_stap1() {
	wait_for "Bewaren"
	keys Enter
	wait_for "Ontwerpstappen"
	keys Down Down Down Down Down
	keys Enter
	wait_for "Stap 1 ·"
}

start 80 24
open_stap1
keys Enter
wait_for "Esc Klaar"
type_text "Eerste zin, getypt tijdens het overleg — é ë ĳ 😀"
expect_screen "onbewaard-teken tijdens typen" "● nog niet bewaard"
expect_screen "vanzelf bewaard na enkele seconden" "✓ bewaard om" 6
kill -9 "$(vitaal_pid)"
wait_exit
start 80 24
open_stap1
expect_screen "na kill -9: tekst terug" "Eerste zin, getypt tijdens het overleg — é ë ĳ 😀"

# SIGTERM while typing: the field is saved on the way out.
keys Enter
wait_for "Esc Klaar"
keys End
type_text " Tweede zin vlak voor het einde."
kill -TERM "$(vitaal_pid)"
expect_exit "SIGTERM: nette afsluiting" 0
start 80 24
open_stap1
expect_screen "na SIGTERM: tweede zin bewaard" "Tweede zin vlak"

# Undo in the field: ^Z takes back the last words typed.
keys Enter
wait_for "Esc Klaar"
keys C-e
type_text " weg ermee"
wait_for "weg ermee"
keys C-z
wait_gone "ermee" && ok "^Z maakt het laatste woord ongedaan" || not_ok "^Z maakt het laatste woord ongedaan" "$(screen)"
keys Escape
wait_for "Enter Antwoorden"

# Resize while typing: nothing lost, and the too-small screen keeps it.
keys Enter
wait_for "Esc Klaar"
type_text " Derde zin."
tm resize-window -t t -x 200 -y 60
expect_screen "200×60 tijdens typen: tekst staat er" "Derde zin."
tm resize-window -t t -x 40 -y 12
expect_screen "te klein tijdens typen: melding" "Het venster is"
tm resize-window -t t -x 80 -y 24
expect_screen "terug op 80×24: tekst staat er nog" "Derde zin."
keys Escape
expect_screen "Esc bewaart" "✓ bewaard om"

# History: restore the first version.
keys g
expect_screen "geschiedenis opent" "Geschiedenis van het antwoord op:"
expect_screen "huidige versie gemarkeerd" "(huidig)"
keys End
for i in 1 2 3 4 5 6; do keys Down; done
keys Enter
expect_screen "bevestiging gevraagd" "Deze versie terugzetten?"
type_text "j"
expect_screen "teruggezet" "Eerdere versie teruggezet"
screen | grep -q "Derde zin." && not_ok "oude versie is weer de huidige" "$(screen)" || ok "oude versie is weer de huidige"
expect_screen "oude tekst zichtbaar" "Eerste zin, getypt tijdens het overleg"
keys Escape Escape Escape q
expect_exit "afsluiten" 0
done_testing
