#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# sessions.sh: a facilitator opens a werkconferentie, works in a coalition,
# and afterwards the session lists exactly what was changed in it and has
# the coalition on its agenda. Answers saved after the session is closed
# do not count.
. "${top_srcdir:-.}/tests/tui/lib.sh"

"$VITAAL" coalitie nieuw "Wijkaanpak Noord" >/dev/null

start 100 30
wait_for "Wijkaanpak Noord"
keys S
expect_screen "sessies: leeg met uitleg" "Nog geen sessies"
keys n
wait_for "Soort: 1 werkconferentie"
keys 1 Enter
wait_for "Titel van de sessie:"
type_text "Startbijeenkomst Noord"
keys Enter
wait_for "Plaats (mag leeg):"
type_text "Buurthuis De Kroon"
keys Enter
expect_screen "sessie geopend" "hoort bij 'Startbijeenkomst Noord'"
expect_screen "met plaats" "Plaats: Buurthuis De Kroon"
# Who is there is picked from the werkboek's people; a new one is added
# on purpose (^N), once: a name typed again is refused, not doubled.
keys a
expect_screen "aanwezigen: de lijst van personen" "Aanwezigen aanvinken"
type_text "Fatma"
keys C-n
wait_for "Nieuwe persoon, volledige naam: Fatma"
keys Enter
wait_for "Toegevoegd: Fatma."
keys Enter
expect_screen "Fatma aangevinkt" "Fatma: aanwezig."
type_text "joost"
keys C-n
wait_for "Nieuwe persoon, volledige naam: joost"
keys Enter
wait_for "Toegevoegd: joost."
keys Enter
expect_screen "joost aangevinkt" "joost: aanwezig."
type_text "FATMA"
keys C-n
wait_for "Nieuwe persoon, volledige naam: FATMA"
keys Enter
expect_screen "dezelfde naam nog eens: geweigerd" "er is al iemand die 'FATMA' heet"
keys Escape
expect_screen "aanwezigen, ieder één keer" "Aanwezig: Fatma, joost"
n=$("${SQLITE3_SHELL:-sqlite3}" "$XDG_DATA_HOME/vitaal/werkboek.db" \
    "SELECT count(*) FROM participant WHERE name LIKE 'fatma'")
[ "$n" = 1 ] && ok "één Fatma in het werkboek" || not_ok "één Fatma in het werkboek" "$n"
expect_screen "titelregel toont de open sessie" "● Startbijeenkomst Noord"
expect_screen "nog geen wijzigingen" "(0 wijzigingen)"

# Work in the coalition: answer a question in phase 1.
keys Escape
wait_for "▸ Wijkaanpak Noord"
keys Enter
wait_for "Ontwerpstappen"
keys Down Enter
wait_for "Fase 1 ·"
answer "Tijdens de sessie ingevuld"
ok "antwoord ingevuld tijdens de sessie"
keys Escape
wait_for "Ontwerpstappen"
keys Escape
wait_for "▸ Wijkaanpak Noord"
keys S
expect_screen "één wijziging geteld" "(1 wijziging)"
expect_screen "agenda bevat de coalitie" "Agenda: Wijkaanpak Noord"
expect_screen "de wijziging staat in de lijst" "Wijkaanpak Noord · "
expect_screen "met het antwoord" "Tijdens de sessie ingevuld"

# F9 puts the open session's agenda on the wall: the coalition with the
# question worked on (now), wrapped to the wall's width, no answers, no
# keys.
tm new-session -d -s w -x 80 -y 24 "env '$VITAAL' --projector"
wscreen() { tm capture-pane -p -t w; }
pane_wait_for w "Wacht op de facilitator"
keys F9
expect_screen "F9 op de sessies: de beamer volgt" "De beamer volgt nu dit scherm"
if pane_wait_for w "Startbijeenkomst Noord" && pane_wait_for w "▶ Wijkaanpak Noord  (nu)"
then ok "agenda op de muur, met wat nu besproken wordt"; else
	not_ok "agenda op de muur, met wat nu besproken wordt" "$(wscreen)"; fi
prompt=$("${SQLITE3_SHELL:-sqlite3}" "$XDG_DATA_HOME/vitaal/werkboek.db" "SELECT prompt FROM
    cat_item WHERE key = (SELECT item_key FROM answer_history
    WHERE value = 'Tijdens de sessie ingevuld')")
missing=""
for word in $prompt; do wscreen | grep -qF -- "$word" || missing="$missing $word"; done
[ -n "$prompt" ] && [ -z "$missing" ] && ok "de vraag heel, over regels verdeeld" ||
	not_ok "de vraag heel, over regels verdeeld" "prompt: $prompt; missing:$missing
$(wscreen)"
if wscreen | grep -q "…\|F9\|Esc\|Enter\|Tijdens de sessie ingevuld"; then
	not_ok "geen afkapping, toetsen of antwoorden op de muur" "$(wscreen)"; else
	ok "geen afkapping, toetsen of antwoorden op de muur"; fi
keys F9
wait_for "De beamer volgt niet meer"

# Close it (asked first); what is answered afterwards is not part of it.
keys c
expect_screen "sluiten wordt gevraagd" "De open sessie op deze terminal sluiten?"
keys j
expect_screen "sessie gesloten" "gesloten op deze terminal"
keys F9
expect_screen "zonder open sessie: F9 geweigerd" "Dit scherm kan niet op de beamer"
tm send-keys -t w q
if wait_gone "● Startbijeenkomst Noord"; then ok "titelregel zonder sessie"; else
	not_ok "titelregel zonder sessie" "$(screen)"; fi
keys Escape
wait_for "▸ Wijkaanpak Noord"
keys Enter
wait_for "Ontwerpstappen"
keys Down Enter
wait_for "Fase 1 ·"
down "$skipped"
keys Down
answer "Na de sessie ingevuld"
keys Escape
wait_for "Ontwerpstappen"
keys Escape
wait_for "▸ Wijkaanpak Noord"
keys S
expect_screen "nog steeds één wijziging" "(1 wijziging)"
if screen | grep -qF "Na de sessie ingevuld"; then
	not_ok "antwoord na het sluiten hoort niet bij de sessie"
else
	ok "antwoord na het sluiten hoort niet bij de sessie"
fi
keys Escape
wait_for "▸ Wijkaanpak Noord"
keys q
expect_exit "afsluiten" 0

# The later answer was saved, only without the session.
db="$XDG_DATA_HOME/vitaal/werkboek.db"
after=$(sqlite3 "$db" "SELECT count(*) FROM answer_history WHERE value = 'Na de sessie ingevuld' AND session_id IS NULL")
if [ "$after" = 1 ]; then ok "antwoord na het sluiten bewaard, zonder sessie"; else
	not_ok "antwoord na het sluiten bewaard, zonder sessie" "$after"; fi

# The summary for the e-mail: as plain text, every line within 72 columns.
"$VITAAL" sessie lijst >"$T/lijst"
if grep -qE "^ +1  [0-9-]{10}  werkconferentie +1  Startbijeenkomst Noord$" "$T/lijst"; then
	ok "sessie lijst toont nummer, soort, wijzigingen en titel"
else
	not_ok "sessie lijst toont nummer, soort, wijzigingen en titel" "$(cat "$T/lijst")"
fi
"$VITAAL" export --sessie 1 -o "$T/samenvatting.txt"
sum="$T/samenvatting.txt"
for want in "Werkconferentie: Startbijeenkomst Noord" "=======================================" \
    "Plaats:       Buurthuis De Kroon" "- Fatma" "- joost" "- Wijkaanpak Noord" \
    "    Tijdens de sessie ingevuld" "    Bron: "; do
	if grep -qxF -- "$want" "$sum" || grep -qF -- "$want" "$sum"; then ok "samenvatting: $want"
	else not_ok "samenvatting: $want" "$(cat "$sum")"; fi
done
if grep -qF "Na de sessie ingevuld" "$sum"; then not_ok "samenvatting zonder wat erna kwam"
else ok "samenvatting zonder wat erna kwam"; fi
long=$(awk '{ if (length($0) > 72) n++ } END { print n + 0 }' "$sum")
if [ "$long" = 0 ]; then ok "geen regel breder dan 72"; else not_ok "geen regel breder dan 72" "$long"; fi
if "$VITAAL" export --sessie 1 | cmp -s - "$sum"; then ok "stdout gelijk aan -o"; else
	not_ok "stdout gelijk aan -o"; fi
"$VITAAL" export --sessie 7 2>"$T/err"; rc=$?
if [ "$rc" = 1 ] && grep -qF "geen sessie met nummer 7" "$T/err"; then ok "onbekende sessie: één regel"
else not_ok "onbekende sessie: één regel" "$rc $(cat "$T/err")"; fi
done_testing
