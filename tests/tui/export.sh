#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# export.sh: a facilitator exports a coalition and a session from the
# workbook: the formats with what each is for, a preview of exactly what
# is written, a file name offered, the same bytes as the command line,
# no silent overwrite, a CSV directory, and a clear message when the
# file cannot be written.
. "${top_srcdir:-.}/tests/tui/lib.sh"

db="$XDG_DATA_HOME/vitaal/werkboek.db"
"$VITAAL" info >/dev/null
"${SQLITE3_SHELL:-sqlite3}" -bail "$db" <"${top_srcdir:-.}/tests/fixtures/werkboek.sql"

# save_as PATH: clear the offered name in the prompt and type PATH.
save_as() {
	keys Home C-k
	type_text "$1"
	keys Enter
}

start 100 30
wait_for "Iedereen onder dak"
keys Enter
wait_for "Huidige fase"
keys e
expect_screen "exportscherm met voorbeeld" "┌ Voorbeeld"
expect_screen "tekst gekozen" "▸ txt   e-mailtekst"
expect_screen "uitleg bij het formaat" "Platte tekst, 72 tekens"
expect_screen "het voorbeeld is de tekst" "│ Coalitie: Iedereen onder dak"
keys PgDn
expect_screen "bladeren in het voorbeeld" " 22–44 van "
keys Enter
expect_screen "naam aangeboden" "Opslaan als: iedereen-onder-dak.txt"
save_as "$T/mail.txt"
expect_screen "opgeslagen" "✓ Geëxporteerd naar $T/mail.txt"
"$VITAAL" export --coalitie "Iedereen onder dak" >"$T/cli.txt"
cmp -s "$T/mail.txt" "$T/cli.txt" && ok "dezelfde tekst als vitaal export" ||
	not_ok "dezelfde tekst als vitaal export" "$(diff "$T/mail.txt" "$T/cli.txt" | head)"

echo "eigen tekst" >"$T/bestaat.txt"
keys Enter
wait_for "Opslaan als:"
save_as "$T/bestaat.txt"
expect_screen "vraagt voor overschrijven" "Dit bestand bestaat al. Overschrijven?"
keys n
expect_screen "niet overschreven" "bestaat.txt bestaat al."
[ "$(cat "$T/bestaat.txt")" = "eigen tekst" ] && ok "bestaand bestand onaangeroerd" ||
	not_ok "bestaand bestand onaangeroerd"

keys Down
expect_screen "ODT: voorbeeld van de inhoud" "│ ODT-bestand van "
keys Enter
wait_for "Opslaan als: iedereen-onder-dak.odt"
save_as "$T/bijlage.odt"
expect_screen "ODT opgeslagen" "✓ Geëxporteerd naar $T/bijlage.odt"
[ "$(head -c 2 "$T/bijlage.odt")" = PK ] && ok "ODT is een ZIP" || not_ok "ODT is een ZIP"

keys Down Down Down Down
expect_screen "CSV: uitleg" "CSV voor Excel"
expect_screen "CSV: voorbeeld toont de spelers" "nr;coalition_id;name"
keys Enter
wait_for "Map voor de CSV-bestanden: iedereen-onder-dak-csv"
save_as "$T/tabellen"
expect_screen "CSV-map opgeslagen" "✓ 31 CSV-bestanden in de map $T/tabellen"
grep -q "Woningcorporatie Thuis" "$T/tabellen/player.csv" && ok "spelers in de CSV" ||
	not_ok "spelers in de CSV"

keys Up
keys Enter
wait_for "Opslaan als:"
save_as "$T/geen/map/x.json"
expect_screen "onschrijfbaar pad: duidelijke melding" "Niet geëxporteerd: kan $T/geen/map/x.json niet schrijven"

keys Escape
wait_for "Huidige fase"
keys Escape
wait_for "Iedereen onder dak"
keys S
wait_for "Intervisiedag voorjaar"
keys e
expect_screen "sessie: samenvatting" "│ Intervisie: Intervisiedag voorjaar"
expect_screen "intervisiedag: de vragen in het voorbeeld" "│ Vraag van Anna de Vries"
screen | grep -q "json" && not_ok "sessie: geen JSON of CSV" "$(screen)" || ok "sessie: geen JSON of CSV"
keys Enter
expect_screen "sessie: naam aangeboden" "Opslaan als: intervisie-intervisiedag-voorjaar.txt"
keys Escape
keys Escape
wait_for "Intervisiedag voorjaar"
keys q
wait_for "Iedereen onder dak"
keys q
expect_exit "afsluiten" 0
done_testing
