#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# export_summary.sh: one document, many renderers. A session's and an
# intervisie day's summary say the same in txt, md, html and odt (what the
# reader needs, the title once), read right in their consumers (pandoc to
# HTML and docx with the tree's column widths, tidy, xmllint, unzip,
# LibreOffice where installed), and the ODT's last line is the page footer,
# never a paragraph that can end up alone on a page.
. "${top_srcdir:-.}/tests/cli/lib.sh"

db="$T/werkboek.db"
fixture "$db" || { not_ok "voorbeeldwerkboek"; done_testing; }
sql() { "${SQLITE3_SHELL:-sqlite3}" "$db" "$1"; }

# text FILE: the words of an export, markup stripped, one block a line.
text() {
	case $1 in
	*.odt)	unzip -p "$1" content.xml ;;
	*)	cat "$1" ;;
	esac | python3 -c '
import html, re, sys
x = sys.stdin.read()
x = re.sub(r"<head>.*?</head>|<svg.*?</svg>", "", x, flags=re.S)
x = re.sub(r"</dt>\s*<dd>", ": ", x).replace("**", "")
x = re.sub(r"</(p|h[1-6]|li|dt|dd|tr|text:p|text:h)>", "\n", x)
x = re.sub(r"<[^>]*>", " ", x)
x = html.unescape(x).replace("\\", "")
print("\n".join(" ".join(l.split()) for l in x.split("\n") if l.strip()))'
}

if ! command -v python3 >/dev/null 2>&1 || ! command -v unzip >/dev/null 2>&1; then
	skip "python3 of unzip ontbreekt"
	done_testing
fi

sql "UPDATE cat_strategy SET source = '' WHERE key = 'versimpelen'"
for f in txt md html odt; do
	"$VITAAL" --db "$db" export --sessie 1 --format $f -o "$T/sessie.$f" &&
		text "$T/sessie.$f" >"$T/sessie.$f.words" ||
		not_ok "sessie als $f"
	missing=
	for want in "Facilitator:? Anna de Vries" "Bert Jansen \(Woningcorporatie Thuis, directeur\)" \
	    "Opgave:? Niemand in Noordstad slaapt buiten" "Coalitiedoel:? Samen 120 woonplekken" \
	    "Wat er in deze sessie veranderde" "Wie brengt woningen in, wie begeleiding\?" \
	    "Sociaal domein" "Heruitvinden( \(gekozen\))?$" "\(gekozen\)" "Strategie:? Versimpelen" \
	    "vuistregel van Vitaal" "Eigen belang of coalitiebelang" "Spreiding 2–5" \
	    "Ertussenin" "Nog niet beantwoord in Fase 2" "Bronnen" "Theo Konijn en Willem van Spijker"; do
		grep -qE -- "$want" "$T/sessie.$f.words" || missing="$missing /$want/"
	done
	[ -z "$missing" ] && ok "sessie in $f: wat de lezer nodig heeft" ||
		not_ok "sessie in $f: wat de lezer nodig heeft" "ontbreekt:$missing"
	n=$(grep -c "Werkconferentie dak en thuis" "$T/sessie.$f.words")
	[ "$n" = 1 ] && ! grep -q "Werkconferentie: Werkconferentie" "$T/sessie.$f.words" &&
		ok "sessie in $f: de titel één keer" || not_ok "sessie in $f: de titel één keer" "$n keer"
done

for f in txt md html odt; do
	"$VITAAL" --db "$db" export --sessie 2 --format $f -o "$T/dag.$f" &&
		text "$T/dag.$f" >"$T/dag.$f.words" || not_ok "intervisiedag als $f"
	missing=
	for want in "Vraag van Anna de Vries: Hoe houd ik regie" "Adviezen" \
	    "Bert Jansen: Laat de kopgroep zelf de agenda maken" "Acties" \
	    "\[x\] Agenda van het volgende overleg" "Thema's" "Rolvastheid" "Oogst: lessen" \
	    "Regie voer je door vragen te stellen"; do
		grep -qE -- "$want" "$T/dag.$f.words" || missing="$missing /$want/"
	done
	[ -z "$missing" ] && ok "intervisiedag in $f: vragen, adviezen, acties, thema's, lessen" ||
		not_ok "intervisiedag in $f: vragen, adviezen, acties, thema's, lessen" "ontbreekt:$missing"
done

# The ODT: the footer on every page, not in the body.
unzip -p "$T/sessie.odt" content.xml | grep -q "Samenvatting uit Vitaal" &&
	not_ok "odt: de voetregel niet als laatste alinea" ||
	ok "odt: de voetregel niet als laatste alinea"
unzip -p "$T/sessie.odt" styles.xml | grep -q '<style:footer><text:p text:style-name="Voet">Samenvatting uit Vitaal' &&
	ok "odt: de voetregel in de voettekst van de pagina" ||
	not_ok "odt: de voetregel in de voettekst van de pagina"

# Every table's rows as wide as its columns, every column with its style.
for f in sessie dag; do
	unzip -tq "$T/$f.odt" >"$T/unzip.out" 2>&1 && ok "$f.odt: unzip -t" ||
		not_ok "$f.odt: unzip -t" "$(cat "$T/unzip.out")"
	unzip -p "$T/$f.odt" content.xml >"$T/$f.content.xml"
	python3 - "$T/$f.content.xml" >"$T/odt.out" 2>&1 <<'PY' && ok "$f.odt: tabellen kloppen" ||
import sys, xml.etree.ElementTree as ET
T = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
S = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
root = ET.parse(sys.argv[1]).getroot()
styles = {e.get(S + "name") for e in root.iter(S + "style")}
for t in root.iter(T + "table"):
    cols = t.findall(T + "table-column")
    for c in cols:
        assert c.get(T + "style-name") in styles, c.get(T + "style-name")
    for r in t.iter(T + "table-row"):
        n = sum(1 for c in r if c.tag in (T + "table-cell", T + "covered-table-cell"))
        assert n == len(cols), (t.get(T + "name"), n, len(cols))
PY
		not_ok "$f.odt: tabellen kloppen" "$(cat "$T/odt.out")"
	if command -v xmllint >/dev/null 2>&1; then
		bad=
		for part in content.xml styles.xml meta.xml META-INF/manifest.xml; do
			unzip -p "$T/$f.odt" "$part" | xmllint --noout - 2>"$T/xml.err" ||
				bad="$bad $part: $(head -2 "$T/xml.err")"
		done
		[ -z "$bad" ] && ok "$f.odt: xmllint" || not_ok "$f.odt: xmllint" "$bad"
	else
		skip "xmllint ontbreekt"
	fi
done

if command -v tidy >/dev/null 2>&1; then
	for f in sessie dag; do
		tidy -e -q "$T/$f.html" >"$T/tidy.out" 2>&1 && ok "tidy vindt niets in $f.html" ||
			not_ok "tidy vindt niets in $f.html" "$(head -5 "$T/tidy.out")"
	done
else
	skip "tidy ontbreekt"; skip "tidy ontbreekt"
fi
grep -q '<colgroup><col style="width: 24%"><col style="width: 24%"><col style="width: 16%">' \
	"$T/sessie.html" && ok "html: de kolombreedten van de spelers als <colgroup>" ||
	not_ok "html: de kolombreedten van de spelers als <colgroup>"

if command -v pandoc >/dev/null 2>&1; then
	for f in sessie dag; do
		pandoc -f markdown -t html "$T/$f.md" -o "$T/$f.pandoc.html" 2>"$T/pandoc.err" &&
			ok "pandoc leest $f.md" || not_ok "pandoc leest $f.md" "$(cat "$T/pandoc.err")"
	done
	if pandoc -f markdown -t docx "$T/sessie.md" -o "$T/sessie.docx" 2>"$T/pandoc.err"; then
		unzip -p "$T/sessie.docx" word/document.xml | python3 -c '
import re, sys
x = sys.stdin.read()
grids = [[int(w) for w in re.findall(r"w:w=\"(\d+)\"", g)]
	for g in re.findall(r"<w:tblGrid>(.*?)</w:tblGrid>", x)]
pct = [[round(100 * w / sum(g)) for w in g] for g in grids]
assert [24, 24, 16, 9, 10, 17] in pct, ("spelers", pct)
assert [30, 10, 48, 12] in pct, ("poolvak", pct)
assert [30, 35, 35] in pct, ("typologie", pct)
' >"$T/docx.out" 2>&1 && ok "pandoc -t docx: de kolombreedten van de boom" ||
			not_ok "pandoc -t docx: de kolombreedten van de boom" "$(cat "$T/docx.out")"
	else
		not_ok "pandoc -t docx" "$(cat "$T/pandoc.err")"
	fi
else
	skip "pandoc ontbreekt"; skip "pandoc ontbreekt"; skip "pandoc ontbreekt"
fi

# LibreOffice opens the ODT and prints it: the page count of the PDF.
office=$(command -v soffice || command -v libreoffice || true)
if [ -n "$office" ]; then
	if "$office" --headless -env:UserInstallation=file://"$T/lo" --convert-to pdf \
	    --outdir "$T" "$T/sessie.odt" >"$T/lo.out" 2>&1 && [ -s "$T/sessie.pdf" ]; then
		ok "LibreOffice maakt een PDF van de sessie"
	else
		not_ok "LibreOffice maakt een PDF van de sessie" "$(cat "$T/lo.out")"
	fi
else
	skip "LibreOffice ontbreekt: de ODT niet naar PDF omgezet"
fi
done_testing
