#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# unicode.sh: names as people type them. --coalitie finds a coalition
# without regard to case by Unicode case folding ("ÉÉNDRACHT ZUID" is
# "ééndracht zuid"), a name is stored in NFC, and 'coalitie nieuw' and
# 'hernoem' refuse a name that differs from another only in case or normal
# form, so two identical-looking "Café" coalitions cannot exist. An import
# stores its text in NFC too.
. "${top_srcdir:-.}/tests/cli/lib.sh"

SQL=${SQLITE3_SHELL:-sqlite3}
hex() { "$SQL" "$XDG_DATA_HOME/vitaal/werkboek.db" "SELECT hex(name) FROM coalition WHERE id = $1"; }
nfd_cafe=$(printf 'Cafe\314\201')	# e + U+0301 COMBINING ACUTE ACCENT
nfc_cafe=$(printf 'Caf\303\251')

run coalitie nieuw "ééndracht zuid"
expect "nieuw: ééndracht zuid" 0 "^Coalitie 1 aangemaakt"
run export --coalitie "ÉÉNDRACHT ZUID" --format txt
expect "--coalitie in hoofdletters vindt ééndracht zuid" 0 "ééndracht zuid"
run export --coalitie "  Ééndracht Zuid " --format md
expect "--coalitie: gemengd en met spaties" 0 "ééndracht zuid"
run export --coalitie "$(printf 'E\314\201E\314\201NDRACHT ZUID')" --format txt
expect "--coalitie in NFD vindt de NFC-naam" 0 "ééndracht zuid"
run export --coalitie "eendracht zuid" --format txt
expect "een accent is geen hoofdletter: niet gevonden" 1 "" "^vitaal: .*geen coalitie"
run coalitie nieuw "ÉÉNDRACHT ZUID"
expect "nieuw weigert dezelfde naam in hoofdletters" 1 "" \
	"^vitaal: er is al een coalitie met de naam 'ééndracht zuid'"

run coalitie nieuw "$nfd_cafe"
expect "nieuw: Café in NFD" 0 "^Coalitie 2 aangemaakt"
if [ -n "${SQLITE3_SHELL:-}" ] || command -v sqlite3 >/dev/null 2>&1; then
	[ "$(hex 2)" = 436166C3A9 ] && ok "naam in NFC bewaard (C3 A9, niet 65 CC 81)" \
		|| not_ok "naam in NFC bewaard (C3 A9, niet 65 CC 81)" "$(hex 2)"
else
	skip "naam in NFC bewaard (sqlite3 ontbreekt)"
fi
run coalitie nieuw "$nfc_cafe"
expect "nieuw weigert Café in NFC naast Café in NFD" 1 "" "er is al een coalitie met de naam"
run coalitie nieuw "CAFÉ"
expect "nieuw weigert CAFÉ" 1 "" "er is al een coalitie met de naam"
run coalitie lijst
[ "$(printf '%s\n' "$out" | grep -c "Café")" -eq 1 ] && ok "één Café in de lijst" \
	|| not_ok "één Café in de lijst" "$out"

run coalitie nieuw "Straße"
expect "nieuw: Straße" 0 "Coalitie 3"
run coalitie nieuw "STRASSE"
expect "ß en SS vallen samen (Unicode case folding)" 1 "" "er is al een coalitie"
run coalitie hernoem "straße" "café"
expect "hernoem weigert een naam die een ander al heeft" 1 "" "er is al een coalitie met de naam"
run coalitie hernoem "straße" "STRASSE"
expect "hernoem naar dezelfde naam in hoofdletters mag" 0 "heet nu 'STRASSE'"
run coalitie archiveer "strasse"
expect "archiveer vindt de naam in kleine letters" 0 "gearchiveerd"
run coalitie nieuw "straße"
expect "een gearchiveerde naam telt mee" 1 "" "er is al een coalitie"

# Import: the text of a JSON export is stored in NFC.
run export --format json -o "$T/w.json"
expect "export json" 0
python3 - "$T/w.json" <<'PY' 2>/dev/null
import json, sys, unicodedata
p = sys.argv[1]
d = json.load(open(p, encoding="utf-8"))
def nfd(x):
    if isinstance(x, str): return unicodedata.normalize("NFD", x)
    if isinstance(x, list): return [nfd(v) for v in x]
    if isinstance(x, dict): return {k: nfd(v) for k, v in x.items()}
    return x
json.dump(nfd(d), open(p, "w", encoding="utf-8"), ensure_ascii=False)
PY
if [ $? -ne 0 ]; then
	skip "import bewaart NFC (python3 ontbreekt)"
else
	grep -q "$(printf 'e\314\201')" "$T/w.json" && ok "exportbestand in NFD gezet" \
		|| not_ok "exportbestand in NFD gezet"
	export XDG_DATA_HOME="$T/other"
	run import "$T/w.json"
	expect "import van NFD-tekst" 0
	if command -v "$SQL" >/dev/null 2>&1; then
		n=$("$SQL" "$XDG_DATA_HOME/vitaal/werkboek.db" \
		    "SELECT count(*) FROM coalition WHERE instr(name, char(769)) > 0")
		e=$("$SQL" "$XDG_DATA_HOME/vitaal/werkboek.db" \
		    "SELECT count(*) FROM coalition WHERE name = '$nfc_cafe'")
		[ "$n" = 0 ] && [ "$e" = 1 ] && ok "import bewaart namen in NFC" \
			|| not_ok "import bewaart namen in NFC" "NFD: $n, NFC Café: $e"
	else
		skip "import bewaart NFC (sqlite3 ontbreekt)"
	fi
fi
done_testing
