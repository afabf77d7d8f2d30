#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# export_md.sh: `vitaal export --format md` on the fixed example werkboek:
# the golden files, user text that must stay text (no HTML, heading, list
# or extra table column of its own), the Mermaid chart's syntax, and
# pandoc reading the result when it is installed.
. "${top_srcdir:-.}/tests/cli/lib.sh"

db="$T/werkboek.db"
fixture "$db" || { not_ok "voorbeeldwerkboek"; done_testing; }
sql() { "${SQLITE3_SHELL:-sqlite3}" "$db" "$1"; }

run --db "$db" export --coalitie "Iedereen onder dak" --format md
expect "coalitie als Markdown" 0 "^# Coalitie: Iedereen onder dak$"
printf '%s\n' "$out" >"$T/coalitie.md"
golden "Markdown van een coalitie gelijk aan de golden file" coalitie.md "$T/coalitie.md"

run --db "$db" export --sessie 1 --format md
expect "sessie als Markdown" 0 "^# Werkconferentie dak en thuis$"
printf '%s\n' "$out" >"$T/sessie.md"
golden "Markdown van een sessie gelijk aan de golden file" sessie.md "$T/sessie.md"

run --db "$db" export --sessie 2 --format md
expect "intervisiedag als Markdown" 0 "^# Intervisie"
printf '%s\n' "$out" >"$T/intervisie.md"
golden "Markdown van een intervisiedag gelijk aan de golden file" intervisie.md "$T/intervisie.md"

run --db "$db" export --coalitie 2 --format md
expect "coalitie met vreemde tekens" 0 '^# Coalitie: Wijk \\<script\\>'
printf '%s\n' "$out" >"$T/vreemd.md"
golden "Markdown met vreemde tekens gelijk aan de golden file" vreemd.md "$T/vreemd.md"

if grep -q '<script>' "$T/vreemd.md"; then not_ok "<script> komt niet rauw in de Markdown"
else ok "<script> komt niet rauw in de Markdown"; fi

# The chart: one point per player, coordinates as Mermaid's grammar wants
# them (1, or 0 with decimals), names quoted.
points=$(sed -n '/^```mermaid$/,/^```$/p' "$T/coalitie.md" |
	grep -cE '^    "[^"]*": \[(1|0(\.[0-9]+)?), (1|0(\.[0-9]+)?)\]$')
[ "$points" = 5 ] && ok "quadrantChart met vijf geldige punten" ||
	not_ok "quadrantChart met vijf geldige punten" "$points punten"
grep -q '^    quadrant-1 Nauw betrekken$' "$T/coalitie.md" &&
	ok "kwadranten met Nederlandse namen" || not_ok "kwadranten met Nederlandse namen"

# A pipe in a player's name or standpunt stays in its cell: every row of
# the players' table has the header's 8 unescaped pipes.
sql "UPDATE player SET name = 'Links | rechts' WHERE id = 3"
sql "UPDATE player SET power = 2, interest = 1 WHERE id = 4"
run --db "$db" export --coalitie 1 --format md
printf '%s\n' "$out" >"$T/pijp.md"
bad=$(sed -n '/^| Naam |/,/^$/p' "$T/pijp.md" | sed 's/\\|//g' |
	awk -F'|' 'NF > 0 && NF != 8 { n++ } END { print n + 0 }')
rows=$(sed -n '/^| Naam |/,/^$/p' "$T/pijp.md" | grep -c '^|')
[ "$bad" = 0 ] && [ "$rows" = 7 ] && ok "een | breekt de spelerstabel niet" ||
	not_ok "een | breekt de spelerstabel niet" "$bad rijen fout, $rows rijen"

# Text that starts a heading, list, quote or code block stays text.
sql "UPDATE answer SET value = 'eerst' || char(10) || '# Geen kop' || char(10) ||
	'- geen lijst' || char(10) || '1. geen nummer' || char(10) || '    geen code' ||
	char(10) || '\`\`\`' WHERE coalition_id = 2 AND item_key = 'initiatief.2'"
sql "UPDATE coalition SET name = '## Geen kop' WHERE id = 2"
run --db "$db" export --coalitie 2 --format md
printf '%s\n' "$out" >"$T/blok.md"
if grep -qE '^(> )?(#+ Geen|- geen|1\. geen| {4}geen)|^> ```' "$T/blok.md" ||
    [ "$(grep -c '^```' "$T/blok.md")" != 2 ]; then
	not_ok "gebruikerstekst begint geen kop, lijst of code" "$(grep -n 'Geen\|geen' "$T/blok.md")"
else
	ok "gebruikerstekst begint geen kop, lijst of code"
fi
grep -q '^# Coalitie: \\#\\# Geen kop$' "$T/blok.md" && ok "# in een kop ontsnapt" ||
	not_ok "# in een kop ontsnapt"

if command -v pandoc >/dev/null 2>&1; then
	for f in coalitie sessie vreemd blok pijp; do
		if pandoc -f markdown -t html "$T/$f.md" -o "$T/$f.html" 2>"$T/pandoc.err"; then
			ok "pandoc leest $f.md"
		else
			not_ok "pandoc leest $f.md" "$(cat "$T/pandoc.err")"
		fi
	done
	grep -q '&lt;script&gt;' "$T/vreemd.html" && ! grep -qi '<script' "$T/vreemd.html" &&
		ok "pandoc maakt van <script> tekst" || not_ok "pandoc maakt van <script> tekst"
	[ "$(grep -c '<h1' "$T/blok.html")" = 1 ] && ! grep -q '<li>geen\|<ol\|<code>geen' \
		"$T/blok.html" && ok "pandoc ziet alleen onze koppen en lijsten" ||
		not_ok "pandoc ziet alleen onze koppen en lijsten" "$(cat "$T/blok.html" | head -30)"
	# pandoc's docx writer takes the columns' widths from the separator's
	# dashes: the players' table in Word as 24/24/16/9/10/17 percent (the
	# tree's shares), not Naam and Rol squeezed to a centimetre.
	if pandoc -f markdown -t docx "$T/coalitie.md" -o "$T/coalitie.docx" 2>"$T/pandoc.err" &&
	    command -v unzip >/dev/null 2>&1 && command -v python3 >/dev/null 2>&1; then
		unzip -p "$T/coalitie.docx" word/document.xml | python3 -c '
import re, sys
x = sys.stdin.read()
grids = [[int(w) for w in re.findall(r"w:w=\"(\d+)\"", g)]
	for g in re.findall(r"<w:tblGrid>(.*?)</w:tblGrid>", x)]
pct = [[round(100 * w / sum(g)) for w in g] for g in grids]
print(pct)
assert [24, 24, 16, 9, 10, 17] in pct, "spelers"
assert [32, 17, 17, 17, 17] in pct, "voortgang"
assert [14, 10, 76] in pct, "formuleringen"
' >"$T/docx.out" 2>&1 && ok "pandoc -t docx: kolombreedten volgens de scheidingsregel" ||
			not_ok "pandoc -t docx: kolombreedten volgens de scheidingsregel" "$(cat "$T/docx.out" "$T/pandoc.err")"
	else
		skip "pandoc -t docx, unzip of python3 ontbreekt"
	fi
	# the cell with the pipe: pandoc reads it back as one cell
	pandoc -f markdown -t plain --wrap=none "$T/pijp.md" | grep -q 'Links | rechts' &&
		ok "pandoc leest de | terug als tekst" || not_ok "pandoc leest de | terug als tekst"
else
	skip "pandoc ontbreekt: Markdown niet door pandoc gelezen"
fi

# invalid UTF-8 stored behind our back comes out as U+FFFD, valid text
sql "UPDATE answer SET value = CAST(X'41FF42' AS TEXT) WHERE coalition_id = 2 AND
	item_key = 'initiatief.2'"
run --db "$db" export --coalitie 2 --format md
expect "ongeldige UTF-8 wordt een vervangteken" 0 "A�B"
if printf '%s' "$out" | iconv -f UTF-8 -t UTF-8 >/dev/null 2>&1; then ok "uitvoer is geldige UTF-8"
else not_ok "uitvoer is geldige UTF-8"; fi

run --db "$db" export --coalitie 1 --format md -o "$T/uit.md"
expect "-o schrijft een Markdown-bestand" 0
done_testing
