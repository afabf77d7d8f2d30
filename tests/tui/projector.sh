#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# projector.sh: the wall follows the facilitator. `vitaal --projector` on
# the same werkboek shows, without a key pressed on it, what the
# facilitator puts there with F9: the coalition, then the question being
# discussed with its answer as soon as it is saved, then a dilemma box with
# the places of a round and the timer. No bars, no menus on the wall, and
# a self-analysis never shows.
. "${top_srcdir:-.}/tests/tui/lib.sh"

"$VITAAL" coalitie nieuw "Op de muur" >/dev/null

# The facilitator's terminal: session f.
other_terminal f

start 100 30 --projector --palet=donker
expect_screen "beamer wacht op de facilitator" "Wacht op de facilitator"
screen | grep -q "Enter Openen\|Hulp" && not_ok "geen toetsbalk op de muur" "$(screen)" || ok "geen toetsbalk op de muur"
# --palet=donker: white on black, whatever the terminal's own colours.
if tm capture-pane -e -p -t t | grep -q "$(printf '\033')\[37m$(printf '\033')\[40m"; then
	ok "palet donker: wit op zwart"
else
	not_ok "palet donker: wit op zwart" "$(tm capture-pane -e -p -t t | head -3 | od -c | head)"
fi

f_wait_for "Op de muur"
fkeys Enter
f_wait_for "Ontwerpstappen"
fkeys F9
f_wait_for "beamer volgt"
expect_screen "muur toont de coalitie (≤ 2 s)" "Op de muur" 2
expect_screen "met haar fase" "Initiatief" 2

fkeys Down Enter
f_wait_for "Fase 1 ·"
expect_screen "muur volgt naar de vraag" "Wat willen we met elkaar bereiken?" 2
fkeys Enter
f_wait_for "Esc Klaar"
tm send-keys -t f -l "Dat niemand buiten slaapt — samen"
fkeys Escape
f_wait_for "✓ bewaard"
expect_screen "antwoord verschijnt op de muur (≤ 2 s)" "Dat niemand buiten slaapt — samen" 2
screen | grep -q "Esc Klaar\|Antwoorden" && not_ok "geen bediening op de muur" "$(screen)" || ok "geen bediening op de muur"
fkeys Down
expect_screen "volgende vraag volgt" "Welke maatschappelijke behoefte" 2

# A dilemma with a round and the timer.
fkeys Escape
f_wait_for "Ontwerpstappen"
fkeys Down Down Down Down Down Right Right Right Right Enter
f_wait_for "Nog geen dilemma's"
fkeys n
f_wait_for "Bron:"
fkeys Enter
f_wait_for "Eigen belang of coalitiebelang"
fkeys Enter
f_wait_for "Coalitiebelang"
expect_screen "muur toont het dilemma" "Eigen belang of coalitiebelang" 2
# open_round DIGIT: the facilitator opens a round of that kind (1 op
# naam, 2 anoniem, 3 stil), without a name.
open_round() {
	fkeys r
	f_wait_for "Nieuwe ronde: 1 op naam"
	fkeys BSpace
	tm send-keys -t f -l "$1"
	fkeys Enter
	f_wait_for "Naam van de ronde"
	fkeys Enter
}
# new_place NAME KEYS: in the picker, add NAME on purpose and place them.
new_place() {
	fkeys C-n
	f_wait_for "Nieuwe persoon, volledige naam:"
	tm send-keys -t f -l "$1"
	fkeys Enter
	f_wait_for "Toegevoegd: $1"
	fkeys Enter
	f_wait_for "$1: ← →"
	fkeys $2 Enter
	f_wait_for "Wie kiest een plaats?"
}
fkeys t
open_round 1
f_wait_for "Wie kiest een plaats?"
new_place "Zoë" 2
expect_screen "plaats op de muur" "Zoë" 2
expect_screen "grote timer op de muur" "██████ ██████" 2
screen | grep -q "w om\|Esc\|q stoppen" && not_ok "geen toetsen op de muur" "$(screen)" ||
	ok "geen toetsen op de muur"
fkeys Escape
f_wait_for "de ronde blijft open"
# A round of one minute: the clock counts down, here and on the wall.
fkeys +
f_wait_for "Ronde van 1 minuut"
if f_wait_for "⏱ 00:5"; then ok "timer telt af vanaf 1 minuut"; else
	not_ok "timer telt af vanaf 1 minuut" "$(tm capture-pane -p -t f)"; fi
db="$XDG_DATA_HOME/vitaal/werkboek.db"
len=$(sqlite3 "$db" "SELECT timer_len FROM projection")
if [ "$len" = 60 ]; then ok "lengte van de ronde naar de muur"; else
	not_ok "lengte van de ronde naar de muur" "$len"; fi

# A silent round: the wall counts the places but shows them only when the
# facilitator reveals them. It is a round of its own: Zoë is not in it.
open_round 3
f_wait_for "Wie kiest een plaats?"
new_place "Yara" 6
expect_screen "stille ronde op de muur" "Stille ronde: 1 plaats binnen" 2
if screen | grep -qF "Yara"; then not_ok "naam blijft van de muur" "$(screen)"
else ok "naam blijft van de muur"; fi
if screen | grep -qF "Zoë"; then not_ok "de vorige ronde telt niet mee" "$(screen)"
else ok "de vorige ronde telt niet mee"; fi
fkeys Escape
f_wait_for "de ronde blijft open"
fkeys z
f_wait_for "De plaatsen staan nu op de muur"
expect_screen "onthuld: Yara op de muur" "Yara" 2
expect_screen "met de spreiding" "1 plaats · spreiding 6–6" 2

# An anonymous round: no names; its places show from three on.
open_round 2
f_wait_for "Anonieme plaats: ← →"
fkeys 3 Enter
f_wait_for "Volgende plaats"
fkeys 4 Enter
expect_screen "twee anonieme: nog niet te zien" "Anoniem: 2 van minstens 3" 2
fkeys 5 Enter
expect_screen "drie anonieme: alleen deze ronde" "3 plaatsen · spreiding 3–5" 2
fkeys Escape
f_wait_for "Klaar met plaatsen"
anon=$(sqlite3 "$db" "SELECT count(*) FROM dilemma_position WHERE label = ''")
if [ "$anon" = 3 ]; then ok "anoniem: drie plaatsen zonder naam bewaard"; else
	not_ok "anoniem: drie plaatsen zonder naam bewaard" "$anon"; fi
rounds=$(sqlite3 "$db" "SELECT group_concat(mode || ':' || (closed IS NULL), ' ') FROM dilemma_round")
if [ "$rounds" = "naam:0 stil:0 anoniem:1" ]; then ok "drie rondes, alleen de laatste open"; else
	not_ok "drie rondes, alleen de laatste open" "$rounds"; fi
# The comparison on the wall: the anonymous round against the silent one.
fkeys v
expect_screen "vergelijking op de muur" "Hoe de zaal bewoog" 2
expect_screen "anoniem: geen namen in de vergelijking" "een van beide rondes is anoniem" 2
expect_screen "mediaan verschuift" "Mediaan 6 → 4" 2
fkeys v

# A self-analysis does not follow to the wall.
fkeys Escape Escape Escape Escape
f_wait_for "Laatst gewijzigd"
fkeys i
f_wait_for "Wie bent u?"
tm send-keys -t f -l "Facilitator"
fkeys Enter
f_wait_for "Ik: Facilitator"
fkeys n
f_wait_for "Nummer van de vragenlijst:"
tm send-keys -t f -l "2"
fkeys Enter
f_wait_for "Zelfanalyse ›"
sleep 1
screen | grep -q "Zelftest\|regiegemeente" && not_ok "zelfanalyse niet op de muur" "$(screen)" \
	|| ok "zelfanalyse niet op de muur"
fkeys Escape Escape Escape q
keys q
expect_exit "beamer sluit met q" 0

# The wall wraps text instead of cutting it, and has no key hints: a
# dilemma box with long arguments and nothing noted yet, and a choice with
# long options, put there directly.
db="$XDG_DATA_HOME/vitaal/werkboek.db"
sql() { "${SQLITE3_SHELL:-sqlite3}" "$db" "$1"; }
arg="De wijkteams kennen de gezinnen al jaren en weten wie er op tijd hulp nodig heeft, ook zonder formele melding"
opt="Eerst de gemeente met een eigen budget voor de hele regio en de buurgemeenten"
sql "INSERT INTO dilemma(coalition_id, form, title, pole_a, pole_b, seq)
    VALUES (1, 'procontra', 'Wijkteams of centrale toegang', 'wijkteams', 'centrale toegang', 90);
  INSERT INTO dilemma_argument(dilemma_id, situation, stance, text)
    VALUES ((SELECT max(id) FROM dilemma), 'huidig', 'voor', '$arg');
  UPDATE projection SET kind = 'dilemma', coalition_id = 1,
    dilemma_id = (SELECT max(id) FROM dilemma) WHERE id = 1;"
start 80 24 --projector
expect_screen "dilemmabox op de muur" "Wijkteams of centrale toegang" 2
missing=""
for word in $arg; do screen | grep -qF -- "$word" || missing="$missing $word"; done
[ -z "$missing" ] && ok "muur: een lang argument heel, over regels verdeeld" ||
	not_ok "muur: een lang argument heel, over regels verdeeld" "missing:$missing
$(screen)"
screen | grep -q "om te noteren\|(1–5)\|…" && not_ok "muur: geen toetsen, niets afgekapt" "$(screen)" ||
	ok "muur: geen toetsen, niets afgekapt"
sql "INSERT INTO dilemma(coalition_id, form, title, pole_a, pole_b, seq)
    VALUES (1, 'keuze', 'Wie betaalt', '', '', 91);
  INSERT INTO dilemma_option(dilemma_id, seq, label)
    VALUES ((SELECT max(id) FROM dilemma), 1, '$opt'),
           ((SELECT max(id) FROM dilemma), 2, 'Samen');
  UPDATE projection SET dilemma_id = (SELECT max(id) FROM dilemma) WHERE id = 1;"
expect_screen "keuze op de muur" "Wie betaalt" 2
missing=""
for word in $opt; do screen | grep -qF -- "$word" || missing="$missing $word"; done
[ -z "$missing" ] && ok "muur: een lange keuze heel onder haar balk" ||
	not_ok "muur: een lange keuze heel onder haar balk" "missing:$missing
$(screen)"
keys q
expect_exit "beamer sluit" 0
done_testing
