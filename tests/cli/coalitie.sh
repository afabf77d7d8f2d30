#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# coalitie.sh: the scriptable coalition commands as a user scripts them:
# create, list, rename, archive, restore, delete (with and without
# confirmation), and the exit codes 0/1/2 with one-line errors.
. "${top_srcdir:-.}/tests/cli/lib.sh"

run coalitie nieuw "Iedereen onder dak"
expect "nieuw maakt een coalitie" 0 "^Coalitie 1 aangemaakt"
run coalitie nieuw "Zorg in de wijk — Ĳsselmonde 😀"
expect "nieuw accepteert UTF-8" 0 "Coalitie 2"
run coalitie nieuw "iedereen ONDER dak"
expect "dubbele naam geweigerd met één regel" 1 "" "^vitaal: er is al een coalitie"
[ "$(printf '%s\n' "$err" | wc -l)" -eq 1 ] && ok "foutmelding is één regel" || not_ok "foutmelding is één regel" "$err"
run coalitie nieuw "   "
expect "lege naam geweigerd" 1 "" "geef de coalitie een naam"
run coalitie nieuw "$(printf 'fout\377')"
expect "ongeldige UTF-8 geweigerd" 1 "" "UTF-8"

run coalitie lijst
expect "lijst toont beide coalities" 0 "Iedereen onder dak"
printf '%s\n' "$out" | grep -q "Ĳsselmonde 😀" && ok "lijst toont UTF-8-naam" || not_ok "lijst toont UTF-8-naam" "$out"
printf '%s\n' "$out" | sed -n 2p | grep -qE '^ +1  Iedereen onder dak +Initiatief +0%' \
	&& ok "lijst: nummer, naam, fase, voortgang" || not_ok "lijst: nummer, naam, fase, voortgang" "$out"

run coalitie hernoem 1 "Iedereen een dak"
expect "hernoem op nummer" 0 "heet nu 'Iedereen een dak'"
run coalitie hernoem "iedereen een DAK" "Onder dak"
expect "hernoem op naam, hoofdletterongevoelig" 0 "heet nu 'Onder dak'"

run coalitie archiveer "Onder dak"
expect "archiveer" 0 "gearchiveerd"
run coalitie lijst
printf '%s\n' "$out" | grep -q "Onder dak" && not_ok "gearchiveerde coalitie verborgen" "$out" || ok "gearchiveerde coalitie verborgen"
run coalitie lijst --alle
expect "lijst --alle toont het archief" 0 "Onder dak.*\(archief\)"
run coalitie herstel 1
expect "herstel uit archief" 0 "uit het archief"

run coalitie verwijder 1
expect "verwijderen zonder bevestiging weigert" 1 "" "bevestig met --ja"
run coalitie lijst
expect "coalitie is er nog" 0 "Onder dak"
run coalitie verwijder 1 --ja
expect "verwijder --ja" 0 "verwijderd"
run coalitie verwijder 1 --ja
expect "al verwijderd: fout" 1 "" "geen coalitie '1'"

# A name from an imported file or an older werkboek, with a newline and
# escape sequences (a window title, a colour, a cursor move): what reaches
# the terminal has no control character left and stays on one line.
run coalitie nieuw "Schoon"
db_now=$(ls "$XDG_DATA_HOME"/vitaal/*.db 2>/dev/null | head -1)
if [ -n "$db_now" ]; then
	"${SQLITE3_SHELL:-sqlite3}" "$db_now" "UPDATE coalition SET name = 'Vals' || char(27) ||
		']0;gekaapt' || char(7) || char(27) || '[31mrood' || char(10) || 'tweede regel' ||
		char(27) || '[2J' WHERE name = 'Schoon'"
	for cmd in "coalitie lijst" "sessie lijst" "info"; do
		# shellcheck disable=SC2086
		run $cmd
		if printf '%s%s' "$out" "$err" | LC_ALL=C grep -q "$(printf '[\001-\010\013-\037\177]')"; then
			not_ok "$cmd: geen stuurtekens naar de terminal" "$(printf '%s' "$out" | od -c | head)"
		else
			ok "$cmd: geen stuurtekens naar de terminal"
		fi
	done
	run coalitie lijst
	expect "een naam met een nieuwe regel blijft op één regel" 0 "Valsrood tweede regel "
	run coalitie archiveer "$(printf 'Vals\033]0;gekaapt\007\033[31mrood\ntweede regel\033[2J')"
	if printf '%s' "$out$err" | LC_ALL=C grep -q "$(printf '\033')"; then
		not_ok "melding zonder escapereeks" "$out$err"
	else
		ok "melding zonder escapereeks"
	fi
else
	skip "werkboek niet gevonden"; skip "werkboek niet gevonden"; skip "werkboek niet gevonden"
	skip "werkboek niet gevonden"; skip "werkboek niet gevonden"
fi

run coalitie
expect "coalitie zonder werkwoord: gebruik" 2 "" "gebruik"
run coalitie vlieg
expect "onbekend werkwoord: gebruik" 2 "" "onbekende coalitie-opdracht"
run coalitie nieuw
expect "nieuw zonder naam: gebruik" 2 "" "NAAM"
run coalitie lijst --onzin
expect "onbekende optie: gebruik" 2
run vlieg
expect "onbekende opdracht: gebruik" 2 "" "onbekende opdracht 'vlieg'"
done_testing
