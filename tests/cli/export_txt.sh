#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# export_txt.sh: `vitaal export` as plain text for an e-mail body, on the
# fixed example werkboek: the golden files, the 72-column limit, hostile
# text, -o writing a file, and the errors.
. "${top_srcdir:-.}/tests/cli/lib.sh"

db="$T/werkboek.db"
fixture "$db" || { not_ok "voorbeeldwerkboek"; done_testing; }

run --db "$db" export --coalitie "Iedereen onder dak"
expect "coalitie als tekst" 0 "^Coalitie: Iedereen onder dak$"
printf '%s\n' "$out" >"$T/coalitie.txt"
golden "tekst van een coalitie gelijk aan de golden file" coalitie.txt "$T/coalitie.txt"

run --db "$db" export --sessie 1 --format txt
expect "sessie als tekst: wie er was, met organisatie en rol" 0 \
	"^- Bert Jansen \(Woningcorporatie Thuis, directeur\)$"
printf '%s\n' "$out" >"$T/sessie.txt"
golden "tekst van een sessie gelijk aan de golden file" sessie.txt "$T/sessie.txt"
# What the reader of a session summary needs, and nothing twice.
for want in "^Werkconferentie dak en thuis$" "^Opgave: +Niemand in Noordstad" \
    "^Coalitiedoel: +Samen 120 woonplekken" "^Gemeente +Sociaal domein +regisseur" \
    "^Type: +Heruitvinden" "^Strategie: " "^Wat er in deze sessie veranderde$" \
    "^Open vragen$" "^Bronnen$"; do
	printf '%s\n' "$out" | grep -qE -- "$want" && ok "sessie: $want" || not_ok "sessie: $want"
done
printf '%s\n' "$out" | grep -q "Werkconferentie: Werkconferentie" &&
	not_ok "sessie: de titel niet dubbel" || ok "sessie: de titel niet dubbel"
"${SQLITE3_SHELL:-sqlite3}" "$db" "UPDATE session SET facilitator = '' WHERE id = 1"
run --db "$db" export --sessie 1
printf '%s\n' "$out" | grep -q "^Facilitator:" && not_ok "geen 'Facilitator: –' als niemand bekend is" "$out" ||
	ok "geen 'Facilitator: –' als niemand bekend is"
"${SQLITE3_SHELL:-sqlite3}" "$db" "UPDATE session SET facilitator = 'Anna de Vries' WHERE id = 1"

run --db "$db" export --sessie 2
expect "intervisiedag: de vragen" 0 "^Vraag van Anna de Vries: Hoe houd ik regie"
printf '%s\n' "$out" >"$T/intervisie.txt"
golden "tekst van een intervisiedag gelijk aan de golden file" intervisie.txt "$T/intervisie.txt"
for f in txt md html dot; do
	run --db "$db" export --sessie 2 --format $f
	if printf '%s' "$out" | grep -q "Privé: ik twijfel"; then
		not_ok "$f: een niet gedeelde zelfanalyse blijft buiten de samenvatting"
	else
		ok "$f: een niet gedeelde zelfanalyse blijft buiten de samenvatting"
	fi
done
run --db "$db" export --sessie 2
expect "intervisiedag: de lessen uit haar vragen" 0 "^- Regie voer je door vragen te stellen\. \(uit: Anna"
expect "intervisiedag: haar thema's" 0 "^Thema's$"

# An intervisie group: members, days with their questions, themes with
# their counts, the lessons; never a self-analysis, shared or private.
run --db "$db" export --groep 1
expect "groep als tekst" 0 "^Intervisiegroep: Regiogroep Noord$"
printf '%s\n' "$out" >"$T/groep.txt"
golden "tekst van een intervisiegroep gelijk aan de golden file" groep.txt "$T/groep.txt"
for f in txt md html odt; do
	run --db "$db" export --groep 1 --format $f -o "$T/groep.$f"
	if [ "$f" = odt ]; then
		if ! command -v unzip >/dev/null 2>&1; then
			skip "unzip niet gevonden"
			continue
		fi
		text=$(unzip -p "$T/groep.odt" content.xml 2>/dev/null)
	else
		text=$(cat "$T/groep.$f")
	fi
	if printf '%s' "$text" | grep -q "Mandaat [\\]*(1" &&
	    printf '%s' "$text" | grep -q "Regie voer je door vragen te stellen" &&
	    ! printf '%s' "$text" | grep -q "Privé: ik twijfel\|Alleen voor mij\|Ik verbind graag"; then
		ok "groep in $f: thema's en lessen, geen zelfanalyse"
	else
		not_ok "groep in $f: thema's en lessen, geen zelfanalyse" "$text"
	fi
done
run --db "$db" export --groep 1 --format dot
expect "groep als spelerskaart: fout 1" 1 "" "geen spelerskaart"
run --db "$db" export --groep 9
expect "onbekende groep: fout 1" 1 "" "geen intervisiegroep met nummer 9"
run --db "$db" export --groep 1 --sessie 2
expect "groep én sessie: gebruik" 2 "" "gebruik"

run --db "$db" export --sessie 2 --format md
expect "intervisiedag in Markdown: adviezen" 0 "^- Bert Jansen: Laat de kopgroep"
run --db "$db" export --sessie 2 --format html
expect "intervisiedag in HTML: adviezen, ontsnapt" 0 "<li>\(zonder naam\): Zeg ook wat je niet weet &lt;en dat is goed&gt;\.</li>"

run --db "$db" export --coalitie 2
expect "coalitie met vreemde tekens" 0 "<script>"
printf '%s\n' "$out" >"$T/vreemd.txt"
golden "tekst met vreemde tekens gelijk aan de golden file" vreemd.txt "$T/vreemd.txt"

wide=$(cat "$T/coalitie.txt" "$T/sessie.txt" "$T/intervisie.txt" "$T/groep.txt" "$T/vreemd.txt" | wc -L)
[ "$wide" -le 72 ] && ok "geen regel breder dan 72 kolommen" || not_ok "regels te breed: $wide"
if grep -q "$(printf '\t')" "$T/vreemd.txt"; then not_ok "geen tabs in de tekst"; else ok "geen tabs in de tekst"; fi

# invalid UTF-8 stored behind our back comes out as U+FFFD, valid text
"${SQLITE3_SHELL:-sqlite3}" "$db" "UPDATE answer SET value = CAST(X'41FF42' AS TEXT) \
	WHERE coalition_id = 2 AND item_key = 'initiatief.2'"
run --db "$db" export --coalitie 2
expect "ongeldige UTF-8 wordt een vervangteken" 0 "A�B"
if printf '%s' "$out" | iconv -f UTF-8 -t UTF-8 >/dev/null 2>&1; then ok "uitvoer is geldige UTF-8"
else not_ok "uitvoer is geldige UTF-8"; fi

run --db "$db" export --coalitie 1 -o "$T/mail.txt"
expect "-o schrijft een bestand" 0
cmp -s "$T/mail.txt" "$T/coalitie.txt" && ok "bestand gelijk aan stdout" || not_ok "bestand gelijk aan stdout"
[ ! -e "$T/mail.txt.tmp" ] && ok "geen tijdelijk bestand achter" || not_ok "tijdelijk bestand achter"

run --db "$db" export --coalitie "Bestaat niet"
expect "onbekende coalitie: fout 1" 1 "" "Bestaat niet"
run --db "$db" export --sessie 99
expect "onbekende sessie: fout 1" 1 "" "geen sessie met nummer 99"
run --db "$db" export --coalitie 1 --sessie 1
expect "coalitie én sessie: gebruik" 2 "" "gebruik"
run --db "$db" export
expect "niets gekozen: gebruik" 2 "" "gebruik"
run --db "$db" export --coalitie 1 --format pdf
expect "onbekend formaat: gebruik" 2 "" "onbekend formaat 'pdf'"
run --db "$db" export --coalitie 1 -o "$T/geen/map/x.txt"
expect "onschrijfbaar pad: fout 1" 1 "" "kan .*x.txt niet schrijven"

# Rounds (issue 16): each round on its own, with its mode and counts, and
# between two rounds how the room moved; a named round then an anonymous
# one are never pooled.
rdb="$T/rondes.db"
"$VITAAL" --db "$rdb" coalitie nieuw "Rondeland" >/dev/null
"${SQLITE3_SHELL:-sqlite3}" -bail "$rdb" "
  INSERT INTO session(kind, title, date) VALUES ('werkconferentie', 'Rondedag', '2026-03-20');
  INSERT INTO session_coalition(session_id, coalition_id) VALUES (1, 1);
  INSERT INTO dilemma(coalition_id, form, title, pole_a, pole_b, seq)
    VALUES (1, 'pool', 'Tempo of zorgvuldigheid', 'Snel', 'Zorgvuldig', 1);
  INSERT INTO dilemma_round(dilemma_id, seq, mode, label, closed)
    VALUES (1, 1, 'naam', 'voorbereid', '2026-03-20T10:00:00Z'),
           (1, 2, 'naam', 'na bespreking', '2026-03-20T11:00:00Z'),
           (1, 3, 'anoniem', '', '2026-03-20T12:00:00Z');
  INSERT INTO participant(name) VALUES ('Anouk Mulder'), ('Sanne Visser'), ('Bert Jansen');
  INSERT INTO dilemma_position(dilemma_id, round_id, participant_id, label, position) VALUES
    (1, 1, 1, 'Anouk Mulder', 1), (1, 1, 2, 'Sanne Visser', 2), (1, 1, 3, 'Bert Jansen', 4),
    (1, 2, 1, 'Anouk Mulder', 3), (1, 2, 2, 'Sanne Visser', 2), (1, 2, 3, 'Bert Jansen', 4);
  INSERT INTO dilemma_position(dilemma_id, round_id, label, position) VALUES
    (1, 3, '', 2), (1, 3, '', 6), (1, 3, '', 7);"
run --db "$rdb" export --sessie 1
for want in "^Ronde 1 · op naam · voorbereid: 3 plaatsen$" \
    "^Ronde 2 · op naam · na bespreking: 3 plaatsen$" "^Ronde 3 · anoniem: 3 plaatsen$" \
    "^1 \(Snel\) +1 Anouk Mulder" "^3 +1 Anouk Mulder" "^Spreiding 1–4, mediaan 2 \(3 plaatsen\)\.$" \
    "^Spreiding 2–4, mediaan 3 \(3 plaatsen\)\.$" "^Spreiding 2–7, mediaan 6 \(3 plaatsen\)\.$" \
    "^Van ronde 2 naar ronde 3: Plaatsen 3 → 3\."; do
	printf '%s\n' "$out" | grep -qE -- "$want" && ok "rondes: $want" || not_ok "rondes: $want" "$out"
done
# The comparison, however it wraps.
flat=$(printf '%s\n' "$out" | tr '\n' ' ')
for want in "Van ronde 1 naar ronde 2: Plaatsen 3 → 3. Mediaan 2 → 3 (1 richting Zorgvuldig)." \
    "Spreiding 1–4 → 2–4 (smaller). Wie bewoog: Anouk Mulder 1 → 3; 2 bleef staan." \
    "Wie bewoog, blijft onbekend: een van beide rondes is anoniem."; do
	printf '%s' "$flat" | grep -qF -- "$want" && ok "vergelijking: $want" ||
		not_ok "vergelijking: $want" "$out"
done
printf '%s\n' "$out" | grep -q "9 plaatsen\|6 plaatsen" && not_ok "rondes niet op één hoop" "$out" ||
	ok "rondes niet op één hoop"
# Columns, not bytes: UTF-8 continuation bytes do not count.
long=$(printf '%s\n' "$out" | LC_ALL=C tr -d '\200-\277' |
    awk '{ if (length($0) > 72) n++ } END { print n + 0 }')
[ "$long" = 0 ] && ok "rondes: geen regel breder dan 72" || not_ok "rondes: geen regel breder dan 72" "$out"
done_testing
