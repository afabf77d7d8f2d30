#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# gnu.sh: the command line behaves as people who know git and coreutils
# expect. Every subcommand has --help (before any werkboek is opened);
# every error starts with "vitaal:" and names the command, also for an
# unknown option; -- ends the options; - is standard output and input; a
# write error on standard output is exit status 1; --db never makes
# folders; 'coalitie lijst' has tsv and json with the number --coalitie
# takes; and the workbook is readable and writable without curses
# (vragen, antwoord), with the merge of the screens.
. "${top_srcdir:-.}/tests/cli/lib.sh"

W="$T/w.db"

# --- help per subcommand -------------------------------------------------
for sub in coalitie info kopie sessie export import zelfanalyse toegang vragen antwoord; do
	run --db "$T/nergens/w.db" "$sub" --help
	expect "$sub --help" 0 "^Gebruik: vitaal $sub"
done
if [ ! -e "$T/nergens" ]; then ok "--help opent en maakt geen werkboek"; else
	not_ok "--help opent en maakt geen werkboek" "$(ls -R "$T/nergens")"; fi
run --db "$T/nergens/w.db" coalitie lijst -h
expect "coalitie lijst -h" 0 "^Gebruik: vitaal coalitie"

# --- errors: one line, vitaal:, naming the command -----------------------
run --db "$W" coalitie lijst --bogus
expect "onbekende optie: vitaal:, de opdracht genoemd" 2 "" "^vitaal: bij 'vitaal coalitie lijst': onbekende of onvolledige optie '--bogus'"
case $err in *"unrecognized"*|*"lijst:"*) not_ok "geen getopt-melding in het Engels" "$err" ;;
*) ok "geen getopt-melding in het Engels" ;; esac
run --db "$W" export --format
expect "optie zonder waarde" 2 "" "^vitaal: bij 'vitaal export': --format heeft een waarde nodig"
run --db "$W" export -f
expect "korte optie zonder waarde" 2 "" "^vitaal: bij 'vitaal export': -f heeft een waarde nodig"
run --bogus
expect "onbekende hoofdoptie" 2 "" "^vitaal: onbekende of onvolledige optie '--bogus'"
run --db "$W" toegang lijst --x
expect "toegang lijst --x: één melding" 2 "" "^vitaal: bij 'vitaal toegang'"
[ "$(printf '%s\n' "$err" | grep -c '^vitaal:')" -eq 1 ] && ok "toegang: niet twee meldingen" ||
	not_ok "toegang: niet twee meldingen" "$err"

# --- -- ends the options --------------------------------------------------
run --db "$W" coalitie nieuw -- "-Streepje vooraan"
expect "coalitie nieuw -- -NAAM" 0 "aangemaakt"
run --db "$W" coalitie nieuw "-Nog een"
expect "zonder --: als optie geweigerd, met uitleg" 2 "" "komt na --"
run --db "$W" coalitie hernoem -- "-Streepje vooraan" "Streepje"
expect "coalitie hernoem -- …" 0 "heet nu 'Streepje'"

# --- --db never makes folders; the default place does ----------------------
run --db "$T/tikfout/map/w.db" coalitie lijst
expect "--db in een map die er niet is: geweigerd" 1 "" "^vitaal: .*de map bestaat niet"
if [ ! -e "$T/tikfout" ]; then ok "--db: geen mappen gemaakt"; else not_ok "--db: geen mappen gemaakt"; fi
VITAAL_DB="$T/ook/niet.db" run coalitie lijst
expect "VITAAL_DB in een map die er niet is: geweigerd" 1 "" "de map bestaat niet"
run coalitie lijst
expect "standaardplek: gemaakt" 0
if [ -f "$XDG_DATA_HOME/vitaal/werkboek.db" ]; then ok "standaardplek: map en werkboek gemaakt"; else
	not_ok "standaardplek: map en werkboek gemaakt"; fi

# --- coalitie lijst for scripts: tsv and json, the number --coalitie takes -
"$VITAAL" --db "$W" coalitie nieuw "Weg ermee" >/dev/null
"$VITAAL" --db "$W" coalitie nieuw "Café ĳsbaan" >/dev/null
"$VITAAL" --db "$W" coalitie verwijder "Weg ermee" --ja >/dev/null
run --db "$W" coalitie lijst --formaat tsv
expect "lijst --formaat tsv" 0 "^nr	naam	fase	voortgang	gewijzigd	gearchiveerd"
tsv=$out
nr=$(printf '%s\n' "$tsv" | awk -F'\t' '$2 == "Café ĳsbaan" { print $1 }')
run --db "$W" export --coalitie "$nr" --format txt
expect "het nummer uit tsv is wat --coalitie neemt (na een verwijdering)" 0 "Café ĳsbaan"
if printf '%s\n' "$tsv" | awk -F'\t' 'NF != 6 { bad = 1 } END { exit bad }'; then
	ok "tsv: elke regel zes velden"; else not_ok "tsv: elke regel zes velden" "$tsv"; fi
if command -v python3 >/dev/null 2>&1; then
	"$VITAAL" --db "$W" coalitie lijst --formaat json >"$T/l.json"
	if python3 - "$T/l.json" "$nr" <<'PY'
import json, sys
rows = json.load(open(sys.argv[1], encoding="utf-8"))
hit = [r for r in rows if r["naam"] == "Café ĳsbaan"]
assert len(hit) == 1 and hit[0]["nr"] == int(sys.argv[2]), rows
assert set(hit[0]) == {"nr", "naam", "fase", "fasenaam", "voortgang", "gewijzigd", "gearchiveerd"}
PY
	then ok "lijst --formaat json: geldige JSON, zelfde nummer"; else not_ok "lijst --formaat json"; fi
else
	skip "python3 niet geïnstalleerd"
fi
# The CSV's nr is that same number, and so is a pointer to it.
"$VITAAL" --db "$W" export --format csv --tabel coalition -o "$T/c.csv" >/dev/null
csvnr=$(awk -F, '/Café ĳsbaan/ { print $1 }' "$T/c.csv")
[ "$csvnr" = "$nr" ] && ok "CSV: nr is het nummer van --coalitie ($nr)" ||
	not_ok "CSV: nr is het nummer van --coalitie" "$nr / $csvnr: $(cat "$T/c.csv")"
"$VITAAL" --db "$W" antwoord "$nr" fase1.opgave.2 "Te veel mensen buiten" >/dev/null
"$VITAAL" --db "$W" export --format csv --tabel answer -o "$T/a.csv" >/dev/null
refnr=$(awk -F, '/Te veel mensen buiten/ { print $2 }' "$T/a.csv")
[ "$refnr" = "$nr" ] && ok "CSV: een verwijzing noemt hetzelfde nummer" ||
	not_ok "CSV: een verwijzing noemt hetzelfde nummer" "$nr / $refnr: $(cat "$T/a.csv")"
run --db "$W" coalitie lijst --formaat xml
expect "onbekend formaat" 2 "" "^vitaal: onbekend formaat 'xml'"

# --- - is standard output and standard input -------------------------------
"$VITAAL" --db "$W" export --format json -o - >"$T/dump.json"
run --db "$W" export --format json -o -
if [ -s "$T/dump.json" ] && [ ! -e ./- ] && [ ! -e "$T/-" ]; then ok "-o - is de standaarduitvoer"; else
	not_ok "-o - is de standaarduitvoer"; fi
"$VITAAL" --db "$T/ander.db" import - <"$T/dump.json" >"$T/imp.out" 2>"$T/imp.err"
if [ $? -eq 0 ] && grep -q "Ingevoerd uit de standaardinvoer" "$T/imp.out" &&
    "$VITAAL" --db "$T/ander.db" coalitie lijst | grep -q "Café ĳsbaan"; then
	ok "import - leest de standaardinvoer"; else
	not_ok "import - leest de standaardinvoer" "$(cat "$T/imp.out" "$T/imp.err")"; fi

# --- a write error on standard output is status 1 ------------------------
if [ -w /dev/full ]; then
	"$VITAAL" --db "$W" coalitie lijst >/dev/full 2>"$T/full.err"
	rc=$?
	if [ $rc -eq 1 ] && grep -q "^vitaal: kon niet naar de standaarduitvoer schrijven" "$T/full.err"; then
		ok "coalitie lijst > /dev/full: status 1 en een melding"; else
		not_ok "coalitie lijst > /dev/full" "rc $rc: $(cat "$T/full.err")"; fi
	"$VITAAL" --db "$W" export --format json >/dev/full 2>/dev/null
	[ $? -eq 1 ] && ok "export > /dev/full: status 1" || not_ok "export > /dev/full: status 1"
else
	skip "/dev/full ontbreekt"
fi
# A reader that stops early: status 1 (no signal death), and no message.
# An answer of 300 KB makes the export more than a pipe holds.
head -c 300000 /dev/zero | tr '\0' 'a' | "$VITAAL" --db "$W" antwoord "$nr" fase1.opgave.3 - >/dev/null
"$VITAAL" --db "$W" export --format json >"$T/dump.json"
rc=$( { "$VITAAL" --db "$W" export --format json 2>"$T/pipe.err"; echo $? >"$T/pipe.rc"; } | head -c 10 >/dev/null; cat "$T/pipe.rc")
sz=$(wc -c <"$T/dump.json")
if [ "$sz" -gt 200000 ]; then
	if [ "$rc" = 1 ] && [ ! -s "$T/pipe.err" ]; then ok "| head: status 1, geen melding"; else
		not_ok "| head: status 1, geen melding" "rc $rc: $(cat "$T/pipe.err")"; fi
else
	skip "export te klein ($sz bytes) om de pijp te vullen"
fi

# --- the workbook without curses: vragen, antwoord -------------------------
run --db "$W" vragen "café ĳsbaan"
expect "vragen COALITIE: de formulieren" 0 "fase1 +[0-9]+ van +[0-9]+ beantwoord"
run --db "$W" vragen "$nr" fase1
expect "vragen COALITIE fase1: codes en vragen" 0 "^fase1.opgave.1  "
run --db "$W" vragen "$nr" geen
expect "vragen: onbekend formulier" 1 "" "^vitaal: geen formulier 'geen'"
run --db "$W" antwoord "$nr" fase1.opgave.1 "Iedereen een dak boven het hoofd"
expect "antwoord bewaren" 0
run --db "$W" antwoord "$nr" fase1.opgave.1
expect "antwoord tonen" 0 "^Iedereen een dak boven het hoofd$"
printf '%s\n' "$out" >"$T/basis.txt"
run --db "$W" vragen "$nr" fase1
expect "vragen toont het antwoord ingesprongen" 0 "^    Iedereen een dak boven het hoofd$"
# Someone else saves meanwhile; saving over what was read merges.
"$VITAAL" --db "$W" antwoord "$nr" fase1.opgave.1 "Iedereen een warm dak boven het hoofd" >/dev/null
printf 'Iedereen een dak boven het hoofd, snel\n' >"$T/nieuw.txt"
"$VITAAL" --db "$W" antwoord "$nr" fase1.opgave.1 - --basis "$T/basis.txt" <"$T/nieuw.txt" >"$T/o" 2>"$T/e"
rc=$?
run --db "$W" antwoord "$nr" fase1.opgave.1
if [ $rc -eq 0 ] && [ "$out" = "Iedereen een warm dak boven het hoofd, snel" ] && grep -q "samengevoegd" "$T/e"; then
	ok "antwoord - --basis: woord voor woord samengevoegd, gemeld"; else
	not_ok "antwoord - --basis: samengevoegd" "rc $rc, '$out', $(cat "$T/e")"; fi
printf 'Iedereen een warm dak boven het hoofd, snel\n' >"$T/basis.txt"
"$VITAAL" --db "$W" antwoord "$nr" fase1.opgave.1 "Iedereen een koud dak boven het hoofd, snel" >/dev/null
"$VITAAL" --db "$W" antwoord "$nr" fase1.opgave.1 "Iedereen een groot dak boven het hoofd, snel" --basis "$T/basis.txt" >"$T/o" 2>"$T/e"
run --db "$W" antwoord "$nr" fase1.opgave.1
case $out in
*"⟦"*"groot"*"‖"*"koud"*"⟧"*) ok "dezelfde woorden: beide versies gemarkeerd" ;;
*) not_ok "dezelfde woorden: beide versies gemarkeerd" "$out" ;;
esac
grep -q "gemarkeerd" "$T/e" && ok "dat wordt gezegd" || not_ok "dat wordt gezegd" "$(cat "$T/e")"
n=$("${SQLITE3_SHELL:-sqlite3}" "$W" "SELECT count(*) FROM answer_history h JOIN coalition c ON c.id = h.coalition_id
    WHERE c.name = 'Café ĳsbaan' AND h.item_key = 'fase1.opgave.1'")
[ "$n" -ge 6 ] && ok "elke versie in de geschiedenis ($n)" || not_ok "elke versie in de geschiedenis" "$n"
run --db "$W" antwoord "$nr" fase1.opgave.4 "misschien"
expect "keuzevraag: alleen een keuze" 1 "" "^vitaal: fase1.opgave.4 is een keuzevraag"
run --db "$W" antwoord "$nr" fase1.opgave.4 "Nog onduidelijk"
expect "keuzevraag: een keuze bewaard" 0
run --db "$W" antwoord "$nr" fase1.opgave.4
expect "keuzevraag: getoond" 0 "^Nog onduidelijk$"
run --db "$W" antwoord "$nr" geen.vraag
expect "onbekende vraag" 1 "" "^vitaal: geen vraag 'geen.vraag'"
printf 'A\377B\n' >"$T/bad.txt"
run --db "$W" antwoord "$nr" fase1.opgave.2 - <"$T/bad.txt"
"$VITAAL" --db "$W" antwoord "$nr" fase1.opgave.2 - <"$T/bad.txt" >/dev/null 2>"$T/e"
[ $? -eq 1 ] && grep -q "^vitaal: niet bewaard" "$T/e" && ok "ongeldige UTF-8: geweigerd, één regel" ||
	not_ok "ongeldige UTF-8: geweigerd" "$(cat "$T/e")"

done_testing
