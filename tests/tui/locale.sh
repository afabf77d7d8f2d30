#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# locale.sh: the workbook in a locale that is not UTF-8, as htop and tmux
# users have it after ssh or su. Under LC_ALL=C "Café ĳsbaan" shows as
# "Cafe ijsbaan" (not "Caf  sbaan"), the marker, bars and lines are ASCII,
# and a typed é is stored as é in UTF-8. In a Latin-1 locale (made with
# localedef, on a Latin-1 terminal: tests/tui/latin1_term.py) é shows as é,
# ĳ as ij, and an é typed as the byte 0xE9 is stored as é in UTF-8, never
# as U+FFFD. A byte the locale cannot read is not stored at all.
. "${top_srcdir:-.}/tests/tui/lib.sh"

SQL=${SQLITE3_SHELL:-sqlite3}
DB="$XDG_DATA_HOME/vitaal/werkboek.db"
answers() { "$SQL" "$DB" "SELECT value FROM answer ORDER BY updated, item_key"; }
answers_hex() { "$SQL" "$DB" "SELECT hex(value) FROM answer ORDER BY updated, item_key"; }
# Nothing on screen that only a UTF-8 terminal could show.
non_ascii() { screen | LC_ALL=C grep -c '[^ -~]'; }

"$VITAAL" coalitie nieuw "Café ĳsbaan" >/dev/null

# --- search while typing, by Unicode case folding (UTF-8) ------------------------
"$VITAAL" coalitie nieuw "ééndracht zuid" >/dev/null
"$VITAAL" coalitie nieuw "Grote Straße" >/dev/null
start 80 24
expect_screen "zoeken: lijst" "ééndracht zuid"
keys /
type_text "ÉÉN"
if wait_gone "Café ĳsbaan" 3 && screen | grep -q "ééndracht zuid"; then
	ok "zoeken: ÉÉN vindt ééndracht zuid"
else
	not_ok "zoeken: ÉÉN vindt ééndracht zuid" "$(screen)"
fi
keys Escape
wait_for "Café ĳsbaan"
keys /
type_text "STRASSE"
if wait_gone "Café ĳsbaan" 3 && screen | grep -q "Grote Straße"; then
	ok "zoeken: STRASSE vindt Straße"
else
	not_ok "zoeken: STRASSE vindt Straße" "$(screen)"
fi
keys Escape
wait_for "Café ĳsbaan"
keys q
expect_exit "zoeken: afsluiten" 0
"$VITAAL" coalitie verwijder "ÉÉNDRACHT ZUID" --ja >/dev/null
"$VITAAL" coalitie verwijder "grote strasse" --ja >/dev/null

# --- LC_ALL=C ---------------------------------------------------------------
START_ENV="LANG=C LC_ALL=C" start 80 24
expect_screen "C: naam getransliteerd" "Cafe ijsbaan"
screen | grep -q "Caf  sbaan\|Caf sbaan" && not_ok "C: geen letters weggevallen" "$(screen)" \
	|| ok "C: geen letters weggevallen"
screen | grep -q "^> Cafe ijsbaan" && ok "C: selectie met >" || not_ok "C: selectie met >" "$(screen)"
[ "$(non_ascii)" = 0 ] && ok "C: alleen ASCII op het startscherm" \
	|| not_ok "C: alleen ASCII op het startscherm" "$(screen | LC_ALL=C grep '[^ -~]')"
screen | grep -q "Vitaal - " && ok "C: titel met - voor ·" || not_ok "C: titel met - voor ·" "$(screen | head -1)"

keys Enter
expect_screen "C: overzicht opent" "Huidige fase: Initiatief"
keys Enter
expect_screen "C: initiatief opent" "Initiatief"
screen | grep -q -- "------------------------------" && ok "C: lijnen met -" || not_ok "C: lijnen met -" "$(screen)"
[ "$(non_ascii)" = 0 ] && ok "C: alleen ASCII in het formulier" \
	|| not_ok "C: alleen ASCII in het formulier" "$(screen | LC_ALL=C grep '[^ -~]')"
answer "Café ĳsbaan – “één”" || not_ok "C: een open vraag gevonden"
a=$(answers)
[ "$a" = "Café ĳsbaan – “één”" ] && ok "C: getypte UTF-8 als UTF-8 bewaard" \
	|| not_ok "C: getypte UTF-8 als UTF-8 bewaard" "$a / $(answers_hex)"
expect_screen "C: antwoord getransliteerd getoond" "Cafe ijsbaan - \"een\""
skip_c=$skipped
# A byte that is no character in ASCII and no UTF-8: not stored, said.
keys Enter
if wait_for "Esc Klaar" 2; then
	keys End
	tm send-keys -t t -H e9
	type_text "!"
	expect_screen "C: onleesbaar teken gemeld" "niet overgenomen"
	keys Escape
	wait_for "Enter Antwoorden"
	a=$(answers)
	[ "$a" = "Café ĳsbaan – “één”!" ] && ok "C: onleesbaar teken niet bewaard, geen U+FFFD" \
		|| not_ok "C: onleesbaar teken niet bewaard, geen U+FFFD" "$a / $(answers_hex)"
else
	not_ok "C: het antwoord weer openen" "$(screen)"
fi
keys Escape
wait_for "Ontwerpstappen"
keys Escape
wait_for "Laatst gewijzigd"
keys q
expect_exit "C: afsluiten met status 0" 0

# --- Latin-1 ------------------------------------------------------------------
if ! command -v localedef >/dev/null 2>&1 || ! command -v python3 >/dev/null 2>&1; then
	echo "# SKIP Latin-1: localedef or python3 missing (Debian: locales, python3)"
	done_testing
fi
mkdir -p "$T/locale"
if ! localedef -i nl_NL -f ISO-8859-1 "$T/locale/nl_NL.ISO-8859-1" >"$T/localedef.log" 2>&1 &&
    [ ! -d "$T/locale/nl_NL.ISO-8859-1" ]; then
	echo "# SKIP Latin-1: localedef could not make nl_NL.ISO-8859-1 ($(head -1 "$T/localedef.log"))"
	done_testing
fi
if [ "$(LOCPATH="$T/locale" LC_ALL=nl_NL.ISO-8859-1 locale charmap 2>/dev/null)" != ISO-8859-1 ]; then
	echo "# SKIP Latin-1: the made locale does not load (is the 'locales' package installed?)"
	done_testing
fi
REAL=$VITAAL
cat >"$T/latin1-vitaal" <<EOS
#!/bin/sh
exec python3 '${top_srcdir:-.}/tests/tui/latin1_term.py' '$REAL' "\$@"
EOS
chmod +x "$T/latin1-vitaal"
VITAAL="$T/latin1-vitaal"
START_ENV="LOCPATH=$T/locale LANG=nl_NL.ISO-8859-1 LC_ALL=nl_NL.ISO-8859-1" start 80 24
expect_screen "Latin-1: é getoond, ĳ als ij" "Café ijsbaan"
screen | grep -q "^> Café ijsbaan" && ok "Latin-1: selectie met >" || not_ok "Latin-1: selectie met >" "$(screen)"
screen | grep -q "Vitaal · " && ok "Latin-1: · uit Latin-1 blijft" || not_ok "Latin-1: · uit Latin-1 blijft" "$(screen | head -1)"
keys Enter
expect_screen "Latin-1: overzicht opent" "Huidige fase: Initiatief"
keys Enter
expect_screen "Latin-1: initiatief opent" "Initiatief"
screen | grep -q -- "------------------------------" && ok "Latin-1: lijnen met -" \
	|| not_ok "Latin-1: lijnen met -" "$(screen)"
screen | grep -q "[─│┌┐└┘▸█]" && not_ok "Latin-1: geen lijntekens buiten Latin-1" "$(screen)" \
	|| ok "Latin-1: geen lijntekens buiten Latin-1"
# Typed on a Latin-1 terminal: "Tweede café" with é as the byte 0xE9.
down $((skip_c + 1))
latin1_text() {
	tm send-keys -t t -l "Tweede caf"
	tm send-keys -t t -H e9
}
type_text() { latin1_text; }
answer "" || not_ok "Latin-1: een open vraag gevonden"
h=$("$SQL" "$DB" "SELECT hex(value) FROM answer WHERE value LIKE '%Tweede%'")
[ "$h" = "$(printf 'Tweede café' | od -An -tx1 | tr -d ' \n' | tr a-f A-F)" ] \
	&& ok "Latin-1: getypte 0xE9 als UTF-8 é bewaard (C3 A9)" \
	|| not_ok "Latin-1: getypte 0xE9 als UTF-8 é bewaard (C3 A9)" "hex: $h; $(answers)"
expect_screen "Latin-1: antwoord getoond met é" "Tweede café"
keys Escape
wait_for "Ontwerpstappen"
keys Escape
wait_for "Laatst gewijzigd"
keys q
expect_exit "Latin-1: afsluiten met status 0" 0
done_testing
