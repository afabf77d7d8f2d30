#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# welcome_list.sh: the start screen lists the werkboek's coalitions with
# phase and progress at 80×24 and 200×60, the arrow keys move the
# selection, ? shows help drawn from the same action table as the key bar,
# and F5 picks up a coalition added from another terminal.
. "${top_srcdir:-.}/tests/tui/lib.sh"

"$VITAAL" coalitie nieuw "Iedereen onder dak" >/dev/null
"$VITAAL" coalitie nieuw "Zorg in de wijk — Ĳsselmonde" >/dev/null
"$VITAAL" coalitie nieuw "Armoede de wereld uit 😀" >/dev/null
"$VITAAL" coalitie archiveer "Armoede de wereld uit 😀" >/dev/null

start 80 24
expect_screen "lijst toont coalitie" "Iedereen onder dak"
expect_screen "kolomkoppen" "Voortgang"
screen | grep -q "Armoede" && not_ok "archief verborgen" "$(screen)" || ok "archief verborgen"
expect_golden "startscherm 80×24" start-80x24
keys Down
expect_screen "pijl omlaag verplaatst de keuze" "▸ Zorg in de wijk"
expect_golden "pijl omlaag kiest de tweede" start-80x24-down
keys '?'
expect_screen "hulp toont uitleg" "Het startscherm toont de coalities"
expect_screen "hulp toont acties uit de tabel" "Vitaal afsluiten (alles is al bewaard"
keys x
wait_gone "Vitaal afsluiten (alles is al bewaard)" && ok "toets sluit de hulp" || not_ok "toets sluit de hulp" "$(screen)"

"$VITAAL" coalitie nieuw "Erbij gekomen" >/dev/null
keys F5
expect_screen "F5 leest de lijst opnieuw" "Erbij gekomen"
keys q
expect_exit "afsluiten met status 0" 0

start 200 60
expect_screen "200×60: lijst" "Iedereen onder dak"
expect_golden "startscherm 200×60" start-200x60
keys q
wait_exit
done_testing
