#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# samerule.sh: two people, two terminals, one werkboek, one player (issue
# 15, item 4). Piet is typing the player's notes while Anna sets its
# power: both survive. Then both change the notes: the later save stands,
# Piet's screen says whose change it overwrote and that it is in the
# history; g shows Anna's version there with her name, and Enter puts it
# back (itself a change, recorded).
. "${top_srcdir:-.}/tests/tui/lib.sh"

db="$XDG_DATA_HOME/vitaal/werkboek.db"
sql() { "${SQLITE3_SHELL:-sqlite3}" "$db" "$1"; }
conn="10.0.0.9 50000 192.0.2.7 22"

# same DESCRIPTION GOT WANT
same() {
	if [ "$2" = "$3" ]; then ok "$1"; else not_ok "$1" "got '$2', want '$3'"; fi
}

"$VITAAL" coalitie nieuw "Gedeeld veld" >/dev/null
if ! command -v ssh-keygen >/dev/null 2>&1; then
	echo "Bail out! ssh-keygen (openssh-client) is nodig"
	exit 1
fi
ssh-keygen -q -t ed25519 -N '' -C anna@laptop -f "$T/anna" &&
ssh-keygen -q -t ed25519 -N '' -C piet@laptop -f "$T/piet" &&
"$VITAAL" toegang toevoegen anna "$T/anna.pub" --naam "Anna de Vries" \
    --bestand "$T/authorized_keys" >/dev/null &&
"$VITAAL" toegang toevoegen piet "$T/piet.pub" --naam "Piet Bakker" \
    --bestand "$T/authorized_keys" >/dev/null ||
	not_ok "toegang voor Anna en Piet"
sql "INSERT INTO player(coalition_id, name) SELECT id, 'Wethouder Zoë' FROM coalition"

# open_player KEYS WAIT: from the start screen to the player's details.
open_player() {
	$1 Enter
	$2 "Ontwerpstappen"
	$1 Down Down Down Down Down Down Right Enter
	$2 "Wethouder Zoë"
	$1 Home d
	$2 "Rol in de coalitie"
}
akeys() { tm send-keys -t a "$@"; }
a_wait() { pane_wait_for a "$1"; }
twait() { wait_for "$1" 3; }

# Piet at terminal t, Anna at terminal a, both in the player's details.
START_ENV="'SSH_CONNECTION=$conn' USER=iemand" start 80 24 --als piet
wait_for "Laatst gewijzigd" 3
tm new-session -d -s a -x 80 -y 24 "env 'SSH_CONNECTION=$conn' '$VITAAL' --als anna"
a_wait "Laatst gewijzigd"
open_player keys twait
expect_screen "Piet ziet de speler" "Rol in de coalitie"
open_player akeys a_wait
if a_wait "Rol in de coalitie"; then ok "Anna ziet dezelfde speler"; else
	not_ok "Anna ziet dezelfde speler" "$(tm capture-pane -p -t a)"; fi

# ---- different fields: both survive -------------------------------------
# Piet starts typing the notes; meanwhile Anna sets the power to 4. (j
# moves down: one key each, where a run of arrow keys on a busy machine
# may arrive split and read as Esc.)
type_text "jjjjjjjjjjjjjjjjj"
keys Enter
wait_for "Notities:"
tm send-keys -t a -l "jjjjj4"
a_wait "Macht (0–5)"
i=0
while [ "$(sql "SELECT power FROM player")" != 4 ] && [ $i -lt 40 ]; do sleep 0.05; i=$((i + 1)); done
same "Anna's macht is bewaard" "$(sql "SELECT power FROM player")" 4
type_text "Piets notitie"
keys Enter
expect_screen "Piets notitie op het scherm" "Piets notitie"
same "Anna's macht blijft na Piets notitie" "$(sql "SELECT power FROM player")" 4
same "Piets notitie bewaard" "$(sql "SELECT notes FROM player")" "Piets notitie"
if screen | grep -q "wijzigde ook"; then not_ok "geen melding zonder botsing" "$(screen)"; else
	ok "geen melding zonder botsing"; fi

# ---- the same field: the later wins, the other is in the history --------
# Both open the notes; Anna saves first, Piet later.
keys Enter
wait_for "Notities:"
a_wait "Piets notitie"
tm send-keys -t a -l "jjjjjjjjjjjj"
akeys Enter
a_wait "Notities:"
tm send-keys -t a -l " en Anna's aanvulling"
akeys Enter
i=0
while ! sql "SELECT notes FROM player" | grep -q "Anna" && [ $i -lt 40 ]; do sleep 0.05; i=$((i + 1)); done
same "Anna's versie eerst bewaard" "$(sql "SELECT notes FROM player")" \
    "Piets notitie en Anna's aanvulling"
type_text " en Piets aanvulling"
keys Enter
expect_screen "Piet hoort van Anna's wijziging" "Anna de Vries wijzigde ook ‘notities’"
expect_screen "en waar haar versie staat" "uw versie staat"
same "de latere (Piet) staat" "$(sql "SELECT notes FROM player")" \
    "Piets notitie en Piets aanvulling"
same "Anna's versie in de geschiedenis, met haar naam" \
    "$(sql "SELECT author FROM field_history WHERE field = 'notes' AND value LIKE '%Anna%'")" \
    "Anna de Vries"

# g: the history of the notes, Anna's version with her name; restore it.
keys g
expect_screen "geschiedenis van het veld" "Geschiedenis van:"
expect_screen "Piets versie is de huidige" "(huidig) Piet Bakker · Piets notitie en Piets"
expect_screen "Anna's versie staat erin" "Anna de Vries · Piets notitie en Anna's"
keys Down
wait_for "▸"
keys Enter
expect_screen "terugzetten vraagt bevestiging" "Deze versie terugzetten?"
type_text "j"
expect_screen "teruggezet" "Eerdere versie teruggezet"
same "Anna's versie is weer de notitie" "$(sql "SELECT notes FROM player")" \
    "Piets notitie en Anna's aanvulling"
same "terugzetten is zelf een wijziging" \
    "$(sql "SELECT author || '/' || reason FROM field_history WHERE field = 'notes' ORDER BY id DESC LIMIT 1")" \
    "Piet Bakker/teruggezet"
same "Piets versie blijft bewaard" \
    "$(sql "SELECT count(*) FROM field_history WHERE value = 'Piets notitie en Piets aanvulling'")" 1
if pane_wait_for a "Piets notitie en Anna's aanvulling"; then ok "Anna ziet de teruggezette versie"; else
	not_ok "Anna ziet de teruggezette versie" "$(tm capture-pane -p -t a)"; fi

akeys Escape Escape Escape Escape q
keys Escape Escape Escape Escape q
expect_exit "afsluiten" 0
done_testing
