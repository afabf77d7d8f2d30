#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# export_json.sh: the werkboek as JSON and CSV, and `vitaal import`: the
# golden files, the exact round trip, importing twice without doubles,
# merging into a werkboek that already has the coalition, privacy of
# self-analyses, and every kind of bad file refused with its line and the
# werkboek left as it was.
. "${top_srcdir:-.}/tests/cli/lib.sh"
export USER=anna
unset LOGNAME

db="$T/werkboek.db"
fixture "$db" || { not_ok "voorbeeldwerkboek"; done_testing; }

run --db "$db" export --format json -o "$T/a.json"
expect "werkboek als JSON" 0
# every record's uuid is drawn when it is made: the golden file has them
# blanked, the round trips below compare them too
nouuid() { sed -E 's/"uuid": "[0-9a-f-]+"/"uuid": "-"/g' "$1"; }
nouuid "$T/a.json" >"$T/a-nouuid.json"
golden "JSON gelijk aan de golden file" werkboek.json "$T/a-nouuid.json"
n=$(grep -c '"uuid": "[0-9a-f]\{8\}-[0-9a-f]\{4\}-4[0-9a-f]\{3\}-[89ab][0-9a-f]\{3\}-[0-9a-f]\{12\}"' "$T/a.json")
[ "$n" -gt 20 ] && ok "elk record heeft een uuid ($n)" || not_ok "elk record heeft een uuid" "$n"
grep -q '"versie": 2,' "$T/a.json" && ok "exportversie 2" || not_ok "exportversie 2"
if command -v python3 >/dev/null 2>&1; then
	python3 -c 'import json,sys; json.load(open(sys.argv[1], encoding="utf-8"))' "$T/a.json" &&
		ok "python leest de JSON" || not_ok "python leest de JSON"
else
	ok "python leest de JSON # SKIP geen python3"
fi

# privacy: Bert's own analysis is not Anna's to export
grep -q "Privé: ik twijfel" "$T/a.json" && not_ok "andermans privé-analyse niet in de export" ||
	ok "andermans privé-analyse niet in de export"
USER=bert run --db "$db" export --format json --met-eigen-zelfanalyses
expect "USER=bert maakt niemand tot Bert" 0
printf '%s\n' "$out" | grep -q "Privé: ik twijfel" &&
	not_ok "USER=bert: Berts privé-analyse niet in de export" ||
	ok "USER=bert: Berts privé-analyse niet in de export"
# Bert himself (as the forced command of his SSH key names him) gets his
# own only when he asks, with a warning.
SSH_CONNECTION="127.0.0.1 1 127.0.0.1 22" SSH_ORIGINAL_COMMAND="export --format json" \
	run --db "$db" --als bert --facilitator
printf '%s\n' "$out" | grep -q "Privé: ik twijfel" &&
	not_ok "eigen privé-analyse niet zonder vragen in de export" ||
	ok "eigen privé-analyse niet zonder vragen in de export"
SSH_CONNECTION="127.0.0.1 1 127.0.0.1 22" \
	SSH_ORIGINAL_COMMAND="export --format json --met-eigen-zelfanalyses" \
	run --db "$db" --als bert --facilitator
expect "eigen privé-analyse op verzoek in de eigen export, met waarschuwing" 0 \
	"Privé: ik twijfel" "let op: uw eigen privé"

# round trip: into an empty werkboek and out again, byte for byte but for
# one thing: a shared self-analysis now says who brought it in, from where
run --db "$T/leeg.db" import "$T/a.json"
expect "invoeren in een leeg werkboek" 0 "coalities +2 nieuw"
run --db "$T/leeg.db" export --format json -o "$T/b.json"
n=$(grep -c '"origin": "ingebracht door .* uit a.json op [0-9-]*"' "$T/b.json")
[ "$n" = "$(grep -c '"shared": 1' "$T/a.json")" ] && [ "$n" -gt 0 ] &&
	ok "elke ingevoerde zelfanalyse draagt zijn herkomst ($n)" ||
	not_ok "elke ingevoerde zelfanalyse draagt zijn herkomst" "$n"
unmark() { sed 's/"origin": "ingebracht door [^"]*"/"origin": null/' "$1"; }
unmark "$T/b.json" | cmp -s "$T/a.json" - && ok "JSON na invoeren en uitvoeren byte voor byte gelijk" ||
	not_ok "JSON na invoeren en uitvoeren byte voor byte gelijk" "$(unmark "$T/b.json" | diff "$T/a.json" - | head -20)"
run --db "$T/leeg.db" export --coalitie 1
printf '%s\n' "$out" >"$T/c.txt"
golden "de ingevoerde coalitie geeft dezelfde tekst" coalitie.txt "$T/c.txt"

# twice: nothing doubles
run --db "$T/leeg.db" import "$T/a.json"
expect "nog eens invoeren" 0 "er is niets toegevoegd"
run --db "$T/leeg.db" export --format json -o "$T/c.json"
unmark "$T/c.json" | cmp -s "$T/a.json" - && ok "tweemaal invoeren verdubbelt niets" ||
	not_ok "tweemaal invoeren verdubbelt niets" "$(unmark "$T/c.json" | diff "$T/a.json" - | head -20)"

# merge by identity: a colleague's copy (the same records, the same
# uuids) with a renamed coalition, a changed note, relation note and
# phase, and one person's place moved; brought back, each is taken and
# our earlier value stays in the history; nothing comes in twice
S="${SQLITE3_SHELL:-sqlite3}"
cp "$T/leeg.db" "$T/collega.db"
run --db "$T/collega.db" coalitie hernoem "Iedereen onder dak" "Iedereen binnen"
expect "de collega hernoemt de coalitie" 0
"$S" "$T/collega.db" "UPDATE note SET text = 'Na de zomer ook de huisartsen.', \
	updated = '2026-04-01T09:00:00Z' WHERE id = 1; \
	UPDATE relation SET note = 'Convenant verlengd' WHERE id = 1; \
	UPDATE coalition SET phase = 3 WHERE name = 'Iedereen binnen'; \
	UPDATE dilemma_position SET position = 1 WHERE id = 2"
places=$("$S" "$T/leeg.db" "SELECT count(*) FROM dilemma_position")
run --db "$T/collega.db" export --format json -o "$T/collega.json"
run --db "$T/leeg.db" import "$T/collega.json"
expect "het werkboek van een collega invoeren" 0 "coalities +0 nieuw, 2 al aanwezig"
printf '%s\n' "$out" | grep -q "posities  *0 nieuw, [0-9]* al aanwezig, 1 bijgewerkt" &&
	printf '%s\n' "$out" | grep -q "[0-9]* verschillen; de andere waarden staan in de geschiedenis" &&
	ok "de samenvatting telt de bijgewerkte plaats en de verschillen" ||
	not_ok "de samenvatting telt de bijgewerkte plaats en de verschillen" "$out"
"$S" "$T/leeg.db" "SELECT name, phase FROM coalition ORDER BY id" >"$T/names"
grep -qx "Iedereen binnen|3" "$T/names" && ! grep -q "Iedereen onder dak" "$T/names" &&
	ok "hernoemde coalitie bijgewerkt, niet verdubbeld; de fase mee" ||
	not_ok "hernoemde coalitie bijgewerkt, niet verdubbeld" "$(cat "$T/names")"
[ "$("$S" "$T/leeg.db" "SELECT value FROM field_history WHERE kind = 'coalitie' \
	AND field = 'name' ORDER BY id LIMIT 1")" = "Iedereen onder dak" ] &&
	ok "de oude naam staat in de geschiedenis" || not_ok "de oude naam staat in de geschiedenis"
[ "$("$S" "$T/leeg.db" "SELECT text FROM note WHERE id = 1")" = "Na de zomer ook de huisartsen." ] &&
	[ "$("$S" "$T/leeg.db" "SELECT count(*) FROM note")" = 1 ] &&
	ok "gewijzigde notitie overgenomen, niet verdubbeld" || not_ok "gewijzigde notitie overgenomen"
[ "$("$S" "$T/leeg.db" "SELECT note FROM relation WHERE id = 1")" = "Convenant verlengd" ] &&
	ok "notitie bij een relatie overgenomen" || not_ok "notitie bij een relatie overgenomen"
[ "$("$S" "$T/leeg.db" "SELECT count(*) FROM dilemma_position")" = "$places" ] &&
	[ "$("$S" "$T/leeg.db" "SELECT position FROM dilemma_position WHERE id = 2")" = 1 ] &&
	ok "verplaatste plaats bijgewerkt, niemand tweemaal geteld" ||
	not_ok "verplaatste plaats bijgewerkt" "$("$S" "$T/leeg.db" "SELECT * FROM dilemma_position")"
run --db "$T/leeg.db" export --format json -o "$T/d.json"
run --db "$T/leeg.db" import "$T/collega.json"
expect "de collega nogmaals invoeren voegt niets toe" 0 "er is niets toegevoegd"
run --db "$T/leeg.db" export --format json -o "$T/e.json"
cmp -s "$T/d.json" "$T/e.json" && ok "nogmaals invoeren verandert niets" ||
	not_ok "nogmaals invoeren verandert niets" "$(diff "$T/d.json" "$T/e.json" | head)"
# both sides changed the note: the later change wins, the other is kept
"$S" "$T/collega.db" "UPDATE note SET text = 'Eerst de huisartsen.', \
	updated = '2026-04-02T09:00:00Z' WHERE id = 1"
run --db "$T/collega.db" export --format json -o "$T/collega2.json"
"$S" "$T/leeg.db" "UPDATE note SET text = 'Eerst de wijkteams.' WHERE id = 1; \
	INSERT INTO field_history(coalition_id, kind, record_id, field, value, author, saved_at) \
	VALUES (1, 'notitie', 1, 'text', 'Eerst de wijkteams.', 'anna', '2026-04-03T09:00:00Z')"
run --db "$T/leeg.db" import "$T/collega2.json"
expect "beide kanten wijzigden de notitie" 0 "1 verschil; de andere waarden staan in de geschiedenis"
[ "$("$S" "$T/leeg.db" "SELECT text FROM note WHERE id = 1")" = "Eerst de wijkteams." ] &&
	[ "$("$S" "$T/leeg.db" "SELECT count(*) FROM field_history WHERE kind = 'notitie' \
	AND value = 'Eerst de huisartsen.'")" -ge 1 ] &&
	ok "de latere wijziging staat, de andere in de geschiedenis" ||
	not_ok "de latere wijziging staat, de andere in de geschiedenis"
# a file of version 1 (no uuids) still imports, by the natural keys
sed -E -e 's/, "uuid": "[0-9a-f-]+"//' -e 's/"versie": 2/"versie": 1/' "$T/a.json" >"$T/v1.json"
grep -q uuid "$T/v1.json" && not_ok "versie 1 zonder uuid gemaakt" || ok "versie 1 zonder uuid gemaakt"
run --db "$T/v1.db" import "$T/v1.json"
expect "een bestand van versie 1 invoeren" 0 "coalities +2 nieuw"
run --db "$T/v1.db" import "$T/a.json"
expect "daarna versie 2: herkend aan de namen, niets dubbel" 0 "er is niets toegevoegd"

# merge: a werkboek where the coalition exists with another answer
m="$T/samen.db"
run --db "$m" coalitie nieuw "Iedereen onder dak"
"${SQLITE3_SHELL:-sqlite3}" "$m" "INSERT INTO answer(coalition_id, item_key, value) \
	VALUES (1, 'stap1.1', 'Ons eigen vraagstuk'); INSERT INTO player(coalition_id, name) \
	VALUES (1, 'Gemeente Noordstad')"
run --db "$m" import "$T/a.json"
expect "samenvoegen met een bestaande coalitie" 0 "antwoorden +10 nieuw, 1 anders"
printf '%s\n' "$out" | grep -q "velden uit het bestand overgenomen" &&
	ok "de samenvatting noemt de overgenomen velden" ||
	not_ok "de samenvatting noemt de overgenomen velden" "$out"
run --db "$m" export --coalitie "Iedereen onder dak" --format json
n=$(printf '%s\n' "$out" | grep -c '"name": "Gemeente Noordstad"')
[ "$n" = 1 ] && ok "speler met dezelfde naam niet verdubbeld" || not_ok "speler verdubbeld: $n"
printf '%s\n' "$out" | grep -q '"item_key": "stap1.1", "value": "Ons eigen vraagstuk"' &&
	ok "eigen antwoord gehouden" || not_ok "eigen antwoord gehouden"
printf '%s\n' "$out" | grep -q '"value": "Woningen en zorg sluiten niet op elkaar aan.", "changed"' &&
	ok "ingevoerd antwoord in de geschiedenis" || not_ok "ingevoerd antwoord in de geschiedenis"
# the player both werkboeken have, left as created here: the file's
# fields are the only change, so they are taken; ours stay in the history
n=$("${SQLITE3_SHELL:-sqlite3}" "$m" "SELECT count(*) FROM field_history WHERE kind = 'speler' \
	AND reason = 'import' AND author = 'a.json'")
[ "$n" -gt 0 ] && ok "velden van de speler uit het bestand overgenomen ($n)" ||
	not_ok "velden van de speler uit het bestand overgenomen" "$n"
n=$("${SQLITE3_SHELL:-sqlite3}" "$m" "SELECT count(*) FROM field_history WHERE kind = 'speler' \
	AND reason = 'eerder'")
[ "$n" = "$("${SQLITE3_SHELL:-sqlite3}" "$m" "SELECT count(*) FROM field_history WHERE \
	kind = 'speler' AND reason = 'import'")" ] && ok "de eigen waarden staan in de geschiedenis" ||
	not_ok "de eigen waarden staan in de geschiedenis" "$n"

# one coalition
run --db "$db" export --format json --coalitie 2 -o "$T/een.json"
expect "één coalitie als JSON" 0
grep -q "Iedereen onder dak" "$T/een.json" && not_ok "alleen die coalitie" || ok "alleen die coalitie"
run --db "$T/een.db" import "$T/een.json"
expect "één coalitie invoeren" 0 "coalities +1 nieuw"

# bad files: a clear line, exit 1, the werkboek untouched
before=$("${SQLITE3_SHELL:-sqlite3}" "$T/leeg.db" "SELECT count(*) FROM answer_history")
bad() {	# bad DESCRIPTION PATTERN: import $T/bad.json and expect refusal
	run --db "$T/leeg.db" import "$T/bad.json"
	expect "$1" 1 "" "$2"
}
printf '{"formaat": "vitaal-werkboek",\n "versie": 1,\n "schema": 7,\n "tabellen": {\n' >"$T/head"
cp "$T/head" "$T/bad.json"; printf '"coalition": [\n{"name": "X" "phase": 0}]}}\n' >>"$T/bad.json"
bad "kapotte JSON: regel genoemd" "bad.json: regel 6: ',' of '}' verwacht; er is niets ingevoerd"
printf '{"formaat": "iets anders"}' >"$T/bad.json"
bad "ander formaat" "geen JSON-export van Vitaal"
printf '{"formaat": "vitaal-werkboek", "versie": 3, "schema": 7, "tabellen": {}}' >"$T/bad.json"
bad "nieuwere exportversie" "nieuwere Vitaal"
printf '{"formaat": "vitaal-werkboek", "versie": 1, "schema": 99, "tabellen": {}}' >"$T/bad.json"
bad "nieuwer schema" "schema"
cp "$T/head" "$T/bad.json"; printf '"spelers": []}}' >>"$T/bad.json"
bad "onbekende tabel" "regel 5: onbekende tabel 'spelers'"
cp "$T/head" "$T/bad.json"
printf '"coalition": [\n{"name": "X", "phase": 0, "archived": 0, "created": "", "updated": "", "kleur": 1}]}}' >>"$T/bad.json"
bad "onbekend veld" "regel 6: tabel 'coalition': onbekend veld 'kleur'"
cp "$T/head" "$T/bad.json"
printf '"coalition": [\n{"name": "X", "phase": "twee", "archived": 0, "created": "", "updated": ""}]}}' >>"$T/bad.json"
bad "verkeerd type" "regel 6: tabel 'coalition': veld 'phase' moet een geheel getal zijn"
cp "$T/head" "$T/bad.json"
printf '"coalition": [\n{"phase": 0, "archived": 0, "created": "", "updated": ""}]}}' >>"$T/bad.json"
bad "verplicht veld ontbreekt" "veld 'name' ontbreekt"
cp "$T/head" "$T/bad.json"
printf '"note": [\n{"coalition_id": 3, "text": "x", "created": "", "updated": "", "session_id": null}]}}' >>"$T/bad.json"
bad "verwijzing naar een rij die er niet is" "regel 6: tabel 'note': veld 'coalition_id' verwijst naar rij 3 van 'coalition'"
cp "$T/head" "$T/bad.json"
printf '"coalition": [\n{"name": "Nieuw", "phase": 0, "archived": 0, "created": "", "updated": ""}],\n"player": [\n{"coalition_id": 1, "name": "P", "organisation": "", "kind": "anders", "level": "wijk", "role": "drager", "power": 9, "interest": 0, "standpunt": "afwachtend", "kopgroep": 0, "eigen_belang": "", "bijdrage": "", "phase_joined": null, "phase_left": null, "notes": "", "macht": null, "onvervangbaar": null, "formal_relation": null, "representative": "", "same_mandate": null, "can_commit": null, "wants_regie": null, "grants_regie": null, "created": "", "updated": ""}]}}' >>"$T/bad.json"
bad "waarde buiten bereik: regel en tabel" "regel 8 \\(player\\): .*CHECK"
run --db "$T/leeg.db" coalitie lijst
printf '%s\n' "$out" | grep -q Nieuw && not_ok "na een weigering niets ingevoerd" ||
	ok "na een weigering niets ingevoerd"
# Names and texts: import refuses what the command line refuses, in one
# line that names the line in the file, the table, the field and why.
coal() {	# coal NAME-AS-JSON: a file with one coalition of that name
	cp "$T/head" "$T/bad.json"
	printf '"coalition": [\n{"name": %s, "phase": 0, "archived": 0, "created": "", "updated": ""}]}}' \
		"$1" >>"$T/bad.json"
}
coal '"Twee\nregels"'
bad "naam met een nieuwe regel geweigerd" \
	"^vitaal: .*bad.json: regel 6 \\(coalition\\): veld 'name': de naam moet op één regel passen; er is niets ingevoerd$"
coal '"Rood\u001b[31m"'
bad "naam met een escapereeks geweigerd" "regel 6 \\(coalition\\): veld 'name': de naam bevat stuurtekens"
coal '"   "'
bad "lege naam geweigerd" "veld 'name': geef de coalitie een naam"
coal "\"$(printf '%090d' 0)\""
bad "te lange naam geweigerd" "de naam is te lang"
cp "$T/head" "$T/bad.json"
printf '"coalition": [\n{"name": "Nieuw", "phase": 0, "archived": 0, "created": "", "updated": ""}],\n"player": [\n{"coalition_id": 1, "name": "P\\u0007", "organisation": "", "kind": "anders", "level": "wijk", "role": "drager", "power": 1, "interest": 0, "standpunt": "afwachtend", "kopgroep": 0, "eigen_belang": "", "bijdrage": "", "phase_joined": null, "phase_left": null, "notes": "", "macht": null, "onvervangbaar": null, "formal_relation": null, "representative": "", "same_mandate": null, "can_commit": null, "wants_regie": null, "grants_regie": null, "created": "", "updated": ""}]}}' >>"$T/bad.json"
bad "spelersnaam met een stuurteken geweigerd" "regel 8 \\(player\\): veld 'name': geef de speler een naam op één regel"
[ "$(printf '%s' "$err" | wc -l)" -le 1 ] && ok "de weigering is één regel" || not_ok "de weigering is één regel" "$err"
run --db "$T/leeg.db" coalitie lijst
printf '%s\n' "$out" | grep -q "Nieuw\|Twee\|Rood" && not_ok "na de weigeringen niets ingevoerd" "$out" ||
	ok "na de weigeringen niets ingevoerd"
cp "$T/head" "$T/bad.json"; printf '"coalition": [{"name": "A\377B"}]}}' >>"$T/bad.json"
bad "ongeldige UTF-8" "regel 5: ongeldige UTF-8"
: >"$T/bad.json"
bad "leeg bestand" "onverwacht einde"
run --db "$T/leeg.db" import "$T/bestaat-niet.json"
expect "ontbrekend bestand" 1 "" "kan .*bestaat-niet.json niet lezen"
run --db "$T/leeg.db" import
expect "zonder bestand: gebruik" 2 "" "gebruik: vitaal import"
after=$("${SQLITE3_SHELL:-sqlite3}" "$T/leeg.db" "SELECT count(*) FROM answer_history")
[ "$before" = "$after" ] && ok "werkboek onaangeroerd na alle weigeringen" || not_ok "werkboek veranderd"
# The import pauses the history an inserted answer writes (the file
# carries its own) inside its transaction only: after an import, refused
# or not, saving an answer records it in the history again.
# Each coalition's counts on the start screen, made once at the end of an
# import, agree with counting its answers again.
[ "$("${SQLITE3_SHELL:-sqlite3}" "$T/leeg.db" "SELECT count(*) FROM coalition c
	LEFT JOIN coalition_stats s ON s.coalition_id = c.id
	LEFT JOIN coalition_stats_now n ON n.coalition_id = c.id
	WHERE coalesce(s.answered, 0) <> coalesce(n.answered, 0)
	OR coalesce(s.last_answer, '') <> coalesce(n.last_answer, '')")" = 0 ] &&
	[ "$("${SQLITE3_SHELL:-sqlite3}" "$T/leeg.db" "SELECT sum(answered) FROM coalition_stats")" -gt 0 ] &&
	ok "na de invoer kloppen de tellingen van het startscherm" ||
	not_ok "na de invoer kloppen de tellingen van het startscherm"
[ "$("${SQLITE3_SHELL:-sqlite3}" "$T/leeg.db" "SELECT count(*) FROM import_running")" = 0 ] &&
	ok "na de invoer is de geschiedenis niet gepauzeerd" ||
	not_ok "na de invoer is de geschiedenis niet gepauzeerd"
h0=$("${SQLITE3_SHELL:-sqlite3}" "$T/leeg.db" "SELECT count(*) FROM answer_history")
run --db "$T/leeg.db" antwoord 1 stap1.1 "Na de invoer getypt"
run --db "$T/leeg.db" antwoord 2 stap1.2 "Een nieuw antwoord"
h1=$("${SQLITE3_SHELL:-sqlite3}" "$T/leeg.db" "SELECT count(*) FROM answer_history")
[ "$h1" = $((h0 + 2)) ] && ok "een gewijzigd en een nieuw antwoord staan in de geschiedenis" ||
	not_ok "een gewijzigd en een nieuw antwoord staan in de geschiedenis" "$h0 -> $h1"
r=$("${SQLITE3_SHELL:-sqlite3}" "$T/leeg.db" "PRAGMA integrity_check")
[ "$r" = ok ] && ok "integrity_check ok" || not_ok "integrity_check: $r"

# CSV
run --db "$db" export --format csv --tabel player -o "$T/player.csv"
expect "spelers als CSV" 0
golden "CSV gelijk aan de golden file" player.csv "$T/player.csv"
if command -v python3 >/dev/null 2>&1; then
	python3 - "$T/player.csv" <<'PY' && ok "CSV volgens RFC 4180 te lezen" || not_ok "CSV volgens RFC 4180 te lezen"
import csv, sys
rows = list(csv.reader(open(sys.argv[1], newline="", encoding="utf-8")))
assert all(len(r) == len(rows[0]) for r in rows), "ongelijke rijen"
assert any(r[2] == 'subgraph "x" -> {y}' for r in rows[1:]), "aanhalingstekens"
assert any(r[3] == 'a,b;"c"' for r in rows[1:]), "komma in veld"
PY
else
	ok "CSV volgens RFC 4180 te lezen # SKIP geen python3"
fi
run --db "$db" export --format csv --tabel answer --csv excel-nl -o "$T/nl.csv"
expect "excel-nl" 0
head -c 3 "$T/nl.csv" | od -An -tx1 | grep -q "ef bb bf" && ok "excel-nl begint met een BOM" || not_ok "BOM"
sed -n 2p "$T/nl.csv" | grep -q "^1;1;coalitie.doel;" && ok "excel-nl scheidt met ;" || not_ok "scheidingsteken ;"
grep -q "$(printf '\r')\$" "$T/nl.csv" && ok "regels eindigen op CRLF" || not_ok "CRLF"

# Answers as people type them: a bullet list, a ';', quotes, a formula and
# a leading tab. Both dialects read back by python's csv module: every row
# as wide as the header, every text as it was (excel-nl: the formula guard
# inside the quotes, an apostrophe Excel does not show).
"${SQLITE3_SHELL:-sqlite3}" "$db" "UPDATE answer SET value = CASE item_key
	WHEN 'coalitie.doel' THEN '- eerste punt' || char(10) || '- tweede; met \"quote\"'
	WHEN 'coalitie.opgave' THEN '=1;2'
	ELSE '+31 6; @werk' || char(9) || 'tab' END WHERE coalition_id = 1"
"${SQLITE3_SHELL:-sqlite3}" "$db" "UPDATE answer SET value = char(9) || '=HYPERLINK(\"x\")'
	WHERE coalition_id = 1 AND item_key = (SELECT max(item_key) FROM answer WHERE coalition_id = 1)"
if command -v python3 >/dev/null 2>&1; then
	for dialect in rfc4180 excel-nl; do
		if [ $dialect = excel-nl ]; then
			run --db "$db" export --format csv --tabel answer --csv excel-nl -o "$T/$dialect.csv"
		else
			run --db "$db" export --format csv --tabel answer -o "$T/$dialect.csv"
		fi
		"${SQLITE3_SHELL:-sqlite3}" -separator '|' "$db" "SELECT replace(replace(value,
			char(10), '\n'), char(9), '\t') FROM answer ORDER BY coalition_id, item_key" >"$T/want"
		python3 - "$T/$dialect.csv" $dialect "$T/want" <<'PY' >"$T/py.out" 2>&1 &&
import csv, sys
path, dialect, want = sys.argv[1], sys.argv[2], sys.argv[3]
sep = ";" if dialect == "excel-nl" else ","
text = open(path, newline="", encoding="utf-8-sig").read()
rows = list(csv.reader(text.splitlines(True), delimiter=sep))
head = rows[0]
assert all(len(r) == len(head) for r in rows), "rijen van ongelijke breedte: %r" % [r for r in rows if len(r) != len(head)]
col = head.index("value")
got = [r[col].replace("\r\n", "\n") for r in rows[1:]]
if dialect == "excel-nl":
	for v in got:
		assert not v[:1] in ("=", "+", "-", "@", "\t"), "formule zonder bescherming: %r" % v
	got = [v[1:] if v[:1] == "'" and v[1:2] in ("=", "+", "-", "@", "\t") else v for v in got]
want = [l.rstrip("\n").replace("\\n", "\n").replace("\\t", "\t") for l in open(want, encoding="utf-8")]
assert sorted(got) == sorted(want), "anders teruggelezen: %r" % sorted(set(got) ^ set(want))
assert any(v.startswith("- eerste punt\n- tweede; met \"quote\"") for v in got), "opsomming"
PY
		ok "$dialect: lijst, ; en aanhalingstekens heel teruggelezen door python csv" ||
		not_ok "$dialect: lijst, ; en aanhalingstekens heel teruggelezen door python csv" "$(cat "$T/py.out")"
	done
	grep -q "^[0-9]*;[0-9]*;coalitie.opgave;\"'=1;2\";" "$T/excel-nl.csv" &&
		ok "excel-nl: de formulebescherming binnen de aanhalingstekens" ||
		not_ok "excel-nl: de formulebescherming binnen de aanhalingstekens" "$(grep opgave "$T/excel-nl.csv")"
else
	skip "python3 ontbreekt: CSV niet teruggelezen"
	skip "python3 ontbreekt: CSV niet teruggelezen"
	skip "python3 ontbreekt: CSV niet teruggelezen"
fi
run --db "$db" export --format csv -o "$T/csv"
expect "alle tabellen in een map" 0
[ -f "$T/csv/coalition.csv" ] && [ -f "$T/csv/ilesson_question.csv" ] && ok "een bestand per tabel" ||
	not_ok "een bestand per tabel" "$(ls "$T/csv")"
run --db "$db" export --format csv
expect "CSV zonder tabel of map: gebruik" 2 "" "--tabel"
run --db "$db" export --format csv --tabel spelers
expect "onbekende tabel: gebruik" 2 "" "onbekende tabel 'spelers'"
run --db "$db" export --format json --sessie 1
expect "JSON van een sessie: gebruik" 2 "" "geen sessie"
done_testing
