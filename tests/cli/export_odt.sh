#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# export_odt.sh: `vitaal export --format odt` on the fixed example
# werkboek: a ZIP whose first entry is the stored mimetype, that unzip
# tests clean, with well-formed XML; content.xml equal to the golden
# files; hostile text escaped; the same bytes on every run.
. "${top_srcdir:-.}/tests/cli/lib.sh"

db="$T/werkboek.db"
fixture "$db" || { not_ok "voorbeeldwerkboek"; done_testing; }
mime=application/vnd.oasis.opendocument.text

skip() {	# skip REASON: one skipped test
	tap_n=$((tap_n + 1)); echo "ok $tap_n # SKIP $1"
}

# bytes FILE OFFSET COUNT: the unsigned bytes there, space-separated
bytes() {
	od -An -tu1 -j "$2" -N "$3" "$1" | tr -s ' \n' '  ' | sed 's/^ //; s/ $//'
}

# wellformed FILE: is FILE well-formed XML (xmllint, else python3)? 77 = no tool
wellformed() {
	if command -v xmllint >/dev/null 2>&1; then
		xmllint --noout "$1"
	elif command -v python3 >/dev/null 2>&1; then
		python3 -c 'import sys, xml.dom.minidom; xml.dom.minidom.parse(sys.argv[1])' "$1"
	else
		return 77
	fi
}

for doc in coalitie:"--coalitie 1" sessie:"--sessie 1" vreemd:"--coalitie 2" \
    intervisie:"--sessie 2"; do
	name=${doc%%:*}
	# shellcheck disable=SC2086
	run --db "$db" export ${doc#*:} --format odt -o "$T/$name.odt"
	expect "$name als ODT" 0
	f="$T/$name.odt"
	[ "$(bytes "$f" 0 4)" = "80 75 3 4" ] && [ "$(bytes "$f" 8 2)" = "0 0" ] &&
		[ "$(bytes "$f" 26 4)" = "8 0 0 0" ] &&
		[ "$(tail -c +31 "$f" | head -c 47)" = "mimetype$mime" ] &&
		ok "$name: eerst mimetype, ongecomprimeerd, zonder extra veld" ||
		not_ok "$name: eerst mimetype, ongecomprimeerd, zonder extra veld" "$(bytes "$f" 0 40)"
	if ! command -v unzip >/dev/null 2>&1; then
		skip "unzip niet gevonden"; skip "unzip niet gevonden"; skip "unzip niet gevonden"
		skip "unzip niet gevonden"
		continue
	fi
	unzip -tq "$f" >"$T/unzip.out" 2>&1 && ok "$name: unzip -t zonder fouten" ||
		not_ok "$name: unzip -t zonder fouten" "$(cat "$T/unzip.out")"
	defl=$(unzip -v "$f" | awk '$8 ~ /\.xml$/ && $2 !~ /^Defl/ { print $8 }')
	size=$(wc -c <"$f")
	full=$(unzip -v "$f" | tail -1 | awk '{ print $1 }')
	[ -z "$defl" ] && [ $((size * 3)) -lt "$full" ] &&
		ok "$name: de XML-delen ingepakt (deflate), $size van $full bytes" ||
		not_ok "$name: de XML-delen ingepakt (deflate)" "niet ingepakt: $defl; $size van $full bytes"
	list=$(unzip -Z1 "$f" | tr '\n' ' ')
	[ "$list" = "mimetype content.xml styles.xml meta.xml META-INF/manifest.xml " ] &&
		ok "$name: de vijf delen van een ODT" || not_ok "$name: de vijf delen van een ODT" "$list"
	bad=
	for part in content.xml styles.xml meta.xml META-INF/manifest.xml; do
		unzip -p "$f" "$part" >"$T/$name.part.xml"
		wellformed "$T/$name.part.xml" 2>"$T/xml.err"
		case $? in
		0) ;;
		77) bad=skip ;;
		*) bad="$bad $part: $(head -3 "$T/xml.err")" ;;
		esac
	done
	if [ "$bad" = skip ]; then skip "xmllint en python3 niet gevonden"
	elif [ -z "$bad" ]; then ok "$name: alle XML welgevormd"
	else not_ok "$name: alle XML welgevormd" "$bad"; fi
	unzip -p "$f" content.xml >"$T/$name.content.xml"
done

if command -v unzip >/dev/null 2>&1; then
	golden "content.xml van een coalitie gelijk aan de golden file" coalitie.odt.content.xml \
		"$T/coalitie.content.xml"
	golden "content.xml met vreemde tekens gelijk aan de golden file" vreemd.odt.content.xml \
		"$T/vreemd.content.xml"
	golden "content.xml van een sessie gelijk aan de golden file" sessie.odt.content.xml \
		"$T/sessie.content.xml"
	golden "content.xml van een intervisiedag gelijk aan de golden file" \
		intervisie.odt.content.xml "$T/intervisie.content.xml"
	if grep -q '<script>' "$T/vreemd.content.xml"; then
		not_ok "<script> geëscapet in content.xml"
	else
		grep -q '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co' \
			"$T/vreemd.content.xml" && ok "<script> geëscapet in content.xml" ||
			not_ok "<script> geëscapet in content.xml"
	fi
	grep -q 'een<text:line-break/>nieuwe regel, tab<text:tab/>en' "$T/vreemd.content.xml" &&
		ok "nieuwe regel en tab als ODF-elementen" || not_ok "nieuwe regel en tab als ODF-elementen"
	grep -q '<text:h text:style-name="Heading_20_1" text:outline-level="1">Coalitie: Iedereen onder dak</text:h>' \
		"$T/coalitie.content.xml" && ok "kop met niveau" || not_ok "kop met niveau"
	grep -q '<table:table table:name="Tabel' "$T/coalitie.content.xml" &&
		ok "tabellen in de coalitie" || not_ok "tabellen in de coalitie"
else
	for i in 1 2 3 4 5 6; do skip "unzip niet gevonden"; done
fi

# spaces ODF would collapse, and U+FFFE, which XML 1.0 does not allow
"${SQLITE3_SHELL:-sqlite3}" "$db" "UPDATE answer SET value = CAST(X'2020747765652020737061746965733C3EEFBFBE20' AS TEXT) \
	WHERE coalition_id = 2 AND item_key = 'initiatief.2'"
run --db "$db" export --coalitie 2 --format odt -o "$T/spaties.odt"
if command -v unzip >/dev/null 2>&1; then
	unzip -p "$T/spaties.odt" content.xml >"$T/spaties.xml"
	grep -q '>.text:s text:c="2"/>twee .text:s/>spaties&lt;&gt;.text:s/><' "$T/spaties.xml" &&
		ok "spaties blijven staan, U+FFFE valt weg" ||
		not_ok "spaties blijven staan, U+FFFE valt weg" "$(grep -o '[^>]*twee.\{0,80\}' "$T/spaties.xml")"
else
	skip "unzip niet gevonden"
fi

run --db "$db" export --coalitie 1 --format odt -o "$T/nog.odt"
cmp -s "$T/nog.odt" "$T/coalitie.odt" && ok "dezelfde bytes bij elke export" ||
	not_ok "dezelfde bytes bij elke export"
"$VITAAL" --db "$db" export --coalitie 1 --format odt >"$T/stdout.odt" 2>"$T/err" </dev/null
cmp -s "$T/stdout.odt" "$T/coalitie.odt" && ok "stdout gelijk aan het bestand" ||
	not_ok "stdout gelijk aan het bestand"
done_testing
