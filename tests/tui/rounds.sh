#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# rounds.sh: a werkconferentie, round by round, on the wall (issue 16).
# Ten named people in round 1, the room moved in round 2, an anonymous
# round 3: each round keeps its own count; at 80×24 and at 200×60 every
# name of the ten is readable (whole, wrapped or in the legend); the
# comparison gives its numbers and who moved. F9 on each player map and
# on the typology puts it on the wall; F9 on a screen that cannot be
# projected says so and leaves the wall as it was.
. "${top_srcdir:-.}/tests/tui/lib.sh"

"$VITAAL" coalitie nieuw "Rondeland" >/dev/null
db="$XDG_DATA_HOME/vitaal/werkboek.db"
sql() { "${SQLITE3_SHELL:-sqlite3}" "$db" "$1"; }

names="Anouk Mulder|Sanne Visser|Bert Jansen|Chris O'Neil|Anna de Vries|Mohammed El Amrani|Eva Smit|Jan-Willem van der Berg|Zoë Çelik|Anouk Meijer"
# Round 1 (named): 1 2 2 3 4 4 4 5 6 7; round 2 (named): the first five
# moved or stayed; round 3 anonymous: three places.
r1="1 2 2 3 4 4 4 5 6 7"
r2="3 2 3 3 5 4 4 5 6 6"
sql "INSERT INTO dilemma(coalition_id, form, title, pole_a, pole_b, seq)
    VALUES (1, 'pool', 'Tempo of zorgvuldigheid', 'Snel', 'Zorgvuldig', 1);
  INSERT INTO dilemma_round(dilemma_id, seq, mode, label, closed)
    VALUES (1, 1, 'naam', 'voorbereid', '2026-03-20T10:00:00Z'),
           (1, 2, 'naam', 'na bespreking', '2026-03-20T11:00:00Z'),
           (1, 3, 'anoniem', '', NULL);"
i=0
IFS='|'
for n in $names; do
	i=$((i + 1))
	q=$(printf '%s' "$n" | sed "s/'/''/g")
	sql "INSERT INTO participant(name) VALUES ('$q')"
	p1=$(echo "$r1" | cut -d' ' -f$i)
	p2=$(echo "$r2" | cut -d' ' -f$i)
	sql "INSERT INTO dilemma_position(dilemma_id, round_id, participant_id, label, position)
	    VALUES (1, 1, $i, '$q', $p1), (1, 2, $i, '$q', $p2)"
done
unset IFS
sql "INSERT INTO dilemma_position(dilemma_id, round_id, label, position)
    VALUES (1, 3, '', 2), (1, 3, '', 6), (1, 3, '', 7);
  INSERT INTO player(coalition_id, name, role, power, interest) VALUES
    (1, 'Wethouder Zorg', 'drager', 5, 5), (1, 'Woningcorporatie', 'schrager', 4, 2),
    (1, 'Huurdersvereniging', 'afnemer', 1, 5);
  INSERT INTO relation(coalition_id, from_player, to_player, kind)
    VALUES (1, 1, 2, 'financiering');"

open_tile() {
	wait_for "Rondeland"
	keys Enter
	wait_for "Ontwerpstappen"
	keys Down Down Down Down Down Down
	n=$1
	while [ "$n" -gt 0 ]; do keys Right; n=$((n - 1)); done
	keys Enter
}

# every_name_readable SIZE: each of the ten shows whole, wrapped (each
# word on screen) or in the legend.
every_name_readable() {
	missing=""
	IFS='|'
	for n in $names; do
		unset IFS
		for word in $n; do
			screen | grep -qF -- "$word" || missing="$missing [$n]"
		done
		IFS='|'
	done
	unset IFS
	if [ -z "$missing" ]; then ok "$1: elke naam leesbaar"; else
		not_ok "$1: elke naam leesbaar" "missing:$missing
$(screen)"; fi
}

for size in "80 24" "200 60"; do
	set -- $size
	start "$1" "$2"
	open_tile 4
	wait_for "Tempo of zorgvuldigheid"
	keys Enter
	expect_screen "$1×$2: de laatste ronde, anoniem" "Ronde 3 · anoniem · open"
	expect_screen "$1×$2: haar eigen telling" "3 plaatsen · spreiding 2–7 · mediaan 6"
	keys '['
	expect_screen "$1×$2: ronde 2 met [" "Ronde 2 · op naam · na bespreking"
	expect_screen "$1×$2: ronde 2 telt tien" "10 plaatsen · spreiding 2–6 · mediaan 4"
	keys '['
	expect_screen "$1×$2: ronde 1" "Ronde 1 · op naam · voorbereid"
	expect_screen "$1×$2: ronde 1 telt tien" "10 plaatsen · spreiding 1–7 · mediaan 4"
	every_name_readable "$1×$2"
	keys ']' v
	expect_screen "$1×$2: vergelijking" "Hoe de zaal bewoog"
	expect_screen "$1×$2: mediaan en spreiding" \
	    "Mediaan 4 → 4 (gelijk). Spreiding 1–7 → 2–6 (smaller)"
	expect_screen "$1×$2: wie bewoog" "Wie bewoog: Anouk Mulder 1 → 3"
	expect_screen "$1×$2: wie bleef" "6 bleef staan"
	keys v Escape Escape Escape q
	expect_exit "$1×$2: afsluiten" 0
done

# The wall follows: each player map and the typology.
tm new-session -d -s w -x 120 -y 35 "env '$VITAAL' --projector"
wscreen() { tm capture-pane -p -t w; }
start 80 24
open_tile 1
wait_for "3 spelers"
keys m
wait_for "1/4 Macht × belang"
keys F9
expect_screen "F9 op een kaart: de beamer volgt" "De beamer volgt nu dit scherm"
for view in "1:Macht × belang" "2:Ringen" "3:Standpunt × soort macht" "4:Symmetrie × commitment"; do
	keys "${view%%:*}"
	if pane_wait_for w "${view#*:}" && pane_wait_for w "Wethouder Zorg"; then
		ok "kaart ${view%%:*} op de muur"
	else
		not_ok "kaart ${view%%:*} op de muur" "$(wscreen)"
	fi
done
keys 2
pane_wait_for w "Ringen"
if pane_wait_for w "Wethouder Zorg → Woningcorporatie"; then
	ok "ringen: de relaties op de muur"; else not_ok "ringen: de relaties op de muur" "$(wscreen)"; fi
keys Escape Escape
wait_for "Ontwerpstappen"
keys Right Right Enter
wait_for "Sociaal systeem"
if pane_wait_for w "Typologie van de coalitie"; then ok "typologie op de muur"; else
	not_ok "typologie op de muur" "$(wscreen)"; fi
wscreen | grep -q "Esc\|q stoppen\|F9" && not_ok "geen toetsen op de muur" "$(wscreen)" ||
	ok "geen toetsen op de muur"
# Stop following; F9 on a screen that has nothing for the wall.
keys F9
wait_for "De beamer volgt niet meer"
keys Escape
wait_for "Ontwerpstappen"
keys Left Left Enter
wait_for "3 spelers"
keys F9
expect_screen "F9 op de spelerstabel: geweigerd" "Dit scherm kan niet op de beamer"
sleep 0.6
if wscreen | grep -qF "Typologie van de coalitie"; then ok "de muur blijft zoals hij was"; else
	not_ok "de muur blijft zoals hij was" "$(wscreen)"; fi
keys Escape Escape q
expect_exit "afsluiten" 0
tm send-keys -t w q
done_testing
