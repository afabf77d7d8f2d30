#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# roles.sh: who does what on a shared werkboek (issue 14). Anna, a
# deelnemer, does not see the facilitator's actions in the key bar; their
# keys tell her so and change nothing (checked in the werkboek itself);
# she places herself on a dilemma, joins a session, and a silent round
# stays silent on her screen too. Piet, the facilitator, opens a session
# and a round and drives the wall; over SSH the export screen writes no
# file but shows the command that fetches the export at home, and that
# command gives the same text as an export on the server. Every screen is
# 80×24 and every key bar still ends in its way back.
. "${top_srcdir:-.}/tests/tui/lib.sh"

db="$XDG_DATA_HOME/vitaal/werkboek.db"
sql() { "${SQLITE3_SHELL:-sqlite3}" "$db" "$1"; }
# The connection as sshd describes it: client, port, server, port.
conn="10.0.0.9 50000 192.0.2.7 22"
acct=$(id -un)

# as NAAM [--facilitator]: vitaal as the forced command of NAAM's key.
as() {
	START_ENV="'SSH_CONNECTION=$conn' USER=iemand" start 80 24 --als "$@"
	wait_for "Laatst gewijzigd" 3
}

# bar: the key bar (the last line).
bar() { screen | tail -n 1; }

# in_bar DESCRIPTION TEXT... (within 3 s) / not_in_bar DESCRIPTION TEXT...
in_bar() {
	d=$1; shift
	i=0
	while [ $i -lt 60 ]; do
		missing=0
		for want in "$@"; do
			bar | grep -qF -- "$want" || missing=1
		done
		[ $missing = 0 ] && { ok "$d"; return; }
		sleep 0.05
		i=$((i + 1))
	done
	not_ok "$d" "$(bar)"
}
not_in_bar() {
	d=$1; shift
	for want in "$@"; do
		bar | grep -qF -- "$want" && { not_ok "$d" "$(bar)"; return; }
	done
	ok "$d"
}

# absent DESCRIPTION TEXT: TEXT is not on the screen (after a moment).
absent() {
	sleep 0.3
	if screen | grep -qF -- "$2"; then not_ok "$1" "$(screen)"; else ok "$1"; fi
}

# same DESCRIPTION GOT WANT
same() {
	if [ "$2" = "$3" ]; then ok "$1"; else not_ok "$1" "got '$2', want '$3'"; fi
}

# command_shown: the ssh command below the export preview, its rows joined.
command_shown() {
	screen | awk '/^  ssh -T /{ on = 1 }
	    on { sub(/^  /, ""); if ($0 !~ / \\$/) { print line $0; exit }
	         sub(/\\$/, ""); line = line $0 }'
}

refused="Dat doet de facilitator; u werkt hier als deelnemer."

open_dilemmas() {
	keys Enter
	wait_for "Ontwerpstappen"
	keys Down Down Down Down Down Down
	keys Right Right Right Right
	keys Enter
	wait_for "Dilemma's"
}

"$VITAAL" coalitie nieuw "Iedereen onder dak" >/dev/null
if ! command -v ssh-keygen >/dev/null 2>&1; then
	echo "Bail out! ssh-keygen (openssh-client) is nodig"
	exit 1
fi
ssh-keygen -q -t ed25519 -N '' -C anna@laptop -f "$T/anna" &&
ssh-keygen -q -t ed25519 -N '' -C piet@laptop -f "$T/piet" &&
"$VITAAL" toegang toevoegen anna "$T/anna.pub" --naam "Anna de Vries" \
    --bestand "$T/authorized_keys" >/dev/null &&
"$VITAAL" toegang toevoegen piet "$T/piet.pub" --naam "Piet Bakker" --facilitator \
    --bestand "$T/authorized_keys" >/dev/null ||
	not_ok "toegang voor Anna en Piet"

# ---- Anna, deelnemer ------------------------------------------------------

as anna
expect_screen "titelregel: wie en in welke rol" "Anna de Vries · deelnemer"
expect_screen "startscherm zegt wie u bent" "U werkt als Anna de Vries (login anna), deelnemer."
in_bar "startscherm: de toetsbalk past" "Enter Openen" "q Stop"
keys x
expect_screen "x: dat doet de facilitator" "$refused"
absent "x: geen vraag om te bevestigen" "Definitief verwijderen?"
keys a
expect_screen "a: dat doet de facilitator" "$refused"
same "geen coalitie verwijderd of gearchiveerd" \
    "$(sql "SELECT count(*) FROM coalition WHERE archived = 0")" 1
keys F9
expect_screen "F9: de beamer bedient de facilitator" "De beamer bedient de facilitator"
keys '?'
wait_for "Druk op een toets om terug te gaan."
screen | grep -F "De gekozen coalitie verwijderen" | grep -qF "(facilitator)" &&
	ok "hulp: verwijderen is van de facilitator" ||
	not_ok "hulp: verwijderen is van de facilitator" "$(screen)"
screen | grep -F "De gekozen coalitie openen" | grep -qF "(facilitator)" &&
	not_ok "hulp: openen is van iedereen" "$(screen)" || ok "hulp: openen is van iedereen"
keys Escape

keys S
wait_for "Nog geen sessies"
expect_screen "sessies: de facilitator opent ze" "De facilitator opent ze"
not_in_bar "sessies: geen Nieuw, Aanwezig of Exporteren" "Nieuw" "Aanwezig" "Exporteren"
in_bar "sessies: Openen en Terug" "Enter Openen" "Esc Terug"
keys n
expect_screen "n: dat doet de facilitator" "$refused"
absent "n: geen vraag naar de soort" "Soort:"
same "geen sessie geopend" "$(sql "SELECT count(*) FROM session")" 0
keys Escape
wait_for "Laatst gewijzigd"

keys Enter
wait_for "Huidige fase"
not_in_bar "coalitie: geen Exporteren" "Exporteren"
in_bar "coalitie: de toetsbalk past" "Enter Openen" "Esc Terug"
keys e
expect_screen "e: dat doet de facilitator" "$refused"
absent "e: geen exportscherm" "┌ Voorbeeld"
keys '?'
wait_for "Druk op een toets om terug te gaan."
screen | grep -F "Een samenvatting van de coalitie" | grep -qF "(facilitator)" &&
	ok "hulp: exporteren is van de facilitator" ||
	not_ok "hulp: exporteren is van de facilitator" "$(screen)"
keys Escape
keys Escape
wait_for "Laatst gewijzigd"

# Dilemma content is everyone's; rounds and the team's place are not.
open_dilemmas
keys n
wait_for "Bron:"
keys Enter
expect_screen "deelnemer voegt een dilemma toe" "Eigen belang of coalitiebelang"
keys Enter
wait_for "Vitaal · Dilemma ›"
in_bar "dilemma: Uw plaats, Hulp, Terug" "p Uw plaats" "Esc Terug"
not_in_bar "dilemma: geen Ronde, Team, Waarom of Timer" "r Ronde" "Team" "Waarom" "Timer"
keys r
expect_screen "r: dat doet de facilitator" "$refused"
absent "r: geen ronde" "Nieuwe ronde:"
keys Right
expect_screen "pijl: de plaats van het team zet de facilitator" \
    "De plaats van het team zet de facilitator"
same "geen plaats van het team" \
    "$(sql "SELECT count(*) FROM dilemma WHERE team_position IS NOT NULL")" 0
keys p
expect_screen "p zonder open ronde: dat zegt het scherm" "Er is geen open ronde"
same "geen plaats zonder ronde" "$(sql "SELECT count(*) FROM dilemma_position")" 0
keys Escape Escape Escape
wait_for "Laatst gewijzigd"
keys q
expect_exit "Anna sluit af" 0

# ---- Piet, facilitator ----------------------------------------------------

as piet --facilitator
expect_screen "titelregel: de facilitator" "Piet Bakker · facilitator"
keys S
wait_for "Nog geen sessies"
in_bar "sessies: alles voor de facilitator, en Terug" "n Nieuw" "a Aanwezig" "e Exporteren" \
    "Esc Terug"
keys '?'
wait_for "Druk op een toets om terug te gaan."
absent "hulp: niets gemarkeerd voor de facilitator" "(facilitator)"
keys Escape
keys n
wait_for "Soort: 1 werkconferentie"
keys 1 Enter
wait_for "Titel van de sessie:"
type_text "Werkconferentie Noord"
keys Enter
wait_for "Plaats (mag leeg):"
keys Enter
expect_screen "facilitator opent een sessie" "Sessie geopend"
same "sessie bewaard" "$(sql "SELECT count(*) FROM session")" 1
keys e
wait_for "┌ Voorbeeld"
expect_screen "sessie-export over SSH: de opdracht" \
    "ssh -T $acct@192.0.2.7 export --sessie 1 --format txt"
keys Escape Escape
wait_for "Laatst gewijzigd"

open_dilemmas
keys Enter
wait_for "Vitaal · Dilemma ›"
in_bar "dilemma: de facilitator heeft alles, en Terug" "r Ronde" "p Uw plaats" "←→ Team" \
    "t Timer" "Esc Terug"
keys r
wait_for "Nieuwe ronde: 1 op naam"
keys BSpace
type_text "3"
keys Enter
wait_for "Naam van de ronde"
keys Enter
wait_for "Wie kiest een plaats?"
keys C-n
wait_for "Nieuwe persoon, volledige naam:"
type_text "Bert"
keys Enter
wait_for "Toegevoegd: Bert"
keys Enter
wait_for "Bert: ← →"
keys 2 Enter
wait_for "Wie kiest een plaats?"
keys Escape
expect_screen "facilitator houdt een ronde" "de ronde blijft open"
same "Bert geplaatst" "$(sql "SELECT count(*) FROM dilemma_position")" 1
keys F9
expect_screen "F9: de beamer volgt" "De beamer volgt nu dit scherm"
expect_screen "stille ronde" "stil op de muur"

# The wall, on the facilitator's own account.
tm new-session -d -s w -x 120 -y 35 "env '$VITAAL' --projector"
if pane_wait_for w "Stille ronde: 1 plaats binnen"; then ok "muur: stille ronde telt"; else
	not_ok "muur: stille ronde telt" "$(tm capture-pane -p -t w)"; fi

# Anna, meanwhile, on her own terminal.
tm new-session -d -s b -x 80 -y 24 \
    "env 'SSH_CONNECTION=$conn' '$VITAAL' --als anna"
bkeys() { tm send-keys -t b "$@"; }
pane_wait_for b "Laatst gewijzigd"
bkeys Enter
pane_wait_for b "Ontwerpstappen"
bkeys Down Down Down Down Down Down Right Right Right Right Enter
pane_wait_for b "Eigen belang"
bkeys Enter
if pane_wait_for b "Stille ronde: 1 plaats binnen"; then
	ok "stille ronde ook stil bij de deelnemer"
else
	not_ok "stille ronde ook stil bij de deelnemer" "$(tm capture-pane -p -t b)"
fi
tm capture-pane -p -t b | grep -q "Bert" &&
	not_ok "Berts plaats niet bij Anna" "$(tm capture-pane -p -t b)" || ok "Berts plaats niet bij Anna"
# Anna places herself from her own terminal; the facilitator's box and
# the wall follow within a second; she moves her place while it is open.
bkeys p
if pane_wait_for b "Uw plaats: ← →"; then ok "Anna kiest haar plaats"; else
	not_ok "Anna kiest haar plaats" "$(tm capture-pane -p -t b)"; fi
bkeys 6 Enter
pane_wait_for b "Uw plaats is bewaard"
expect_screen "facilitator ziet Anna (≤ 1 s)" "Anna de" 1
if pane_wait_for w "Stille ronde: 2 plaatsen binnen"; then ok "muur telt Anna mee"; else
	not_ok "muur telt Anna mee" "$(tm capture-pane -p -t w)"; fi
bkeys p
pane_wait_for b "Uw plaats: ← →"
bkeys Left Enter
pane_wait_for b "Uw plaats is bewaard"
same "Anna verplaatst, één plaats" "$(sql "SELECT label || '=' || position FROM dilemma_position
    WHERE participant_id IS NOT NULL AND label LIKE 'Anna%'")" "Anna de Vries=5"
keys z
expect_screen "z onthult" "De plaatsen staan nu op de muur"
if pane_wait_for w "Anna de"; then ok "muur: onthuld, Anna erop"; else
	not_ok "muur: onthuld, Anna erop" "$(tm capture-pane -p -t w)"; fi
keys s
expect_screen "s sluit de ronde" "Ronde 1 gesloten"
pane_wait_for b "stil, onthuld─"
bkeys p
if pane_wait_for b "Er is geen open ronde"; then ok "gesloten: Anna verschuift niet meer"; else
	not_ok "gesloten: Anna verschuift niet meer" "$(tm capture-pane -p -t b)"; fi
tm send-keys -t w q
bkeys Escape Escape Escape
pane_wait_for b "Laatst gewijzigd"
bkeys S
pane_wait_for b "Werkconferentie Noord"
bkeys Enter
if pane_wait_for b "U doet mee met 'Werkconferentie Noord'"; then ok "Anna doet mee"; else
	not_ok "Anna doet mee" "$(tm capture-pane -p -t b)"; fi
same "en is aanwezig" "$(sql "SELECT p.name FROM session_participant sp
    JOIN participant p ON p.id = sp.participant_id")" "Anna de Vries"
bkeys Escape q
tm kill-session -t b 2>/dev/null

# The export over SSH: a command, no file.
keys Escape Escape
wait_for "Huidige fase"
keys e
wait_for "┌ Voorbeeld"
in_bar "export over SSH: niet opslaan, wel Terug" "Esc Terug"
not_in_bar "export over SSH: geen Opslaan" "Opslaan"
cwd=$(tm display-message -p -t t '#{pane_current_path}')
find "$HOME" -type f ! -name 'werkboek.db*' | sort >"$T/voor"
shown=$(command_shown)
same "de opdracht voor thuis" "$shown" \
    "ssh -T $acct@192.0.2.7 export --coalitie 1 --format txt > iedereen-onder-dak.txt"
keys Enter
expect_screen "Enter: op de server geen bestand" "Op de server schrijft Vitaal geen bestand"
absent "geen vraag naar een bestandsnaam" "Opslaan als:"
# What that command gets is what the server exports.
wish=${shown#ssh -T * }
wish=${wish% > *}
SSH_CONNECTION=$conn SSH_ORIGINAL_COMMAND=$wish "$VITAAL" --als piet --facilitator \
    >"$T/thuis.txt" 2>"$T/thuis.err"
"$VITAAL" export --coalitie 1 --format txt >"$T/server.txt"
if [ -s "$T/thuis.txt" ] && cmp -s "$T/thuis.txt" "$T/server.txt"; then
	ok "de opdracht geeft de export"
else
	not_ok "de opdracht geeft de export" "$(cat "$T/thuis.err"; diff "$T/thuis.txt" "$T/server.txt" | head)"
fi
keys Down
wait_for "▸ odt"
same "ODT: de opdracht met de naam van het scherm" "$(command_shown)" \
    "ssh -T $acct@192.0.2.7 export --coalitie 1 --format odt > iedereen-onder-dak.odt"
keys Enter
keys Down Down Down Down
wait_for "▸ csv"
same "CSV: een tabel per opdracht" "$(command_shown)" \
    "ssh -T $acct@192.0.2.7 export --coalitie 1 --format csv --csv excel-nl --tabel player > iedereen-onder-dak-player.csv"
keys Enter
sleep 0.5
find "$HOME" -type f ! -name 'werkboek.db*' | sort >"$T/na"
if cmp -s "$T/voor" "$T/na" && [ -z "$(find "$cwd" -maxdepth 1 -name 'iedereen-onder-dak*')" ]; then
	ok "geen bestand geschreven, niet in HOME en niet in de map"
else
	not_ok "geen bestand geschreven, niet in HOME en niet in de map" "$(diff "$T/voor" "$T/na")"
fi
keys '?'
expect_screen "hulp: waarom hier niets wordt opgeslagen" "daar schrijft Vitaal geen"
keys Escape
keys Escape Escape
wait_for "Laatst gewijzigd"
keys q
expect_exit "Piet sluit af" 0

done_testing
