#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# werkboek.sh: where the werkboek lives and what happens with bad ones:
# created on first use in $XDG_DATA_HOME (0700/0600), reopened on the second,
# --db and VITAAL_DB override, --help/--version, and a newer, corrupt or
# foreign werkboek refused with one line and left untouched; info's check
# for damage; vitaal kopie (a new 0600 file, checked, never over anything).
. "${top_srcdir:-.}/tests/cli/lib.sh"

run --version
expect "--version in GNU-stijl" 0 "^vitaal [0-9]+\.[0-9]+"
run --help
expect "--help noemt opdrachten" 0 "coalitie nieuw NAAM"
run --onzin
expect "onbekende optie: 2" 2 "" "vitaal --help"
run --palet=roze info
expect "onbekend palet: 2 met de keuzes" 2 "" "onbekend palet 'roze': kies standaard, donker, licht of zw"
run --palet=donker --help
expect "--help noemt de paletten" 0 "--palet=NAAM"

db="$XDG_DATA_HOME/vitaal/werkboek.db"
run coalitie nieuw "Eerste"
expect "eerste start maakt het werkboek" 0
[ -f "$db" ] && ok "werkboek in XDG_DATA_HOME" || not_ok "werkboek in XDG_DATA_HOME" "$(ls -laR "$T")"
[ "$(stat -c %a "$db")" = 600 ] && ok "werkboek heeft modus 0600" || not_ok "werkboek heeft modus 0600" "$(stat -c %a "$db")"
[ "$(stat -c %a "$XDG_DATA_HOME/vitaal")" = 700 ] && ok "map heeft modus 0700" || not_ok "map heeft modus 0700"
run coalitie lijst
expect "tweede start opent hetzelfde werkboek" 0 "Eerste"

unset XDG_DATA_HOME
run info
expect "zonder XDG_DATA_HOME: ~/.local/share" 0 "$HOME/.local/share/vitaal/werkboek.db"
run --db "$T/ander.db" info
expect "--db kiest een ander werkboek" 0 "$T/ander.db"
VITAAL_DB="$T/env.db" run info
expect "VITAAL_DB kiest een ander werkboek" 0 "$T/env.db"
VITAAL_DB="$T/env.db" run --db "$T/opt.db" info
expect "--db gaat voor VITAAL_DB" 0 "$T/opt.db"
run info
expect "info toont schema en catalogus" 0 "catalogusversie"

# A werkboek from the future.
cp "$db" "$T/toekomst.db"
"${SQLITE3_SHELL:-sqlite3}" "$T/toekomst.db" "PRAGMA journal_mode=DELETE; PRAGMA user_version=999;" >/dev/null
sum=$(md5sum <"$T/toekomst.db")
run --db "$T/toekomst.db" coalitie lijst
expect "nieuwer werkboek geweigerd" 1 "" "nieuwere versie|werk Vitaal bij"
[ "$(printf '%s\n' "$err" | wc -l)" -eq 1 ] && ok "één regel" || not_ok "één regel" "$err"
[ "$(md5sum <"$T/toekomst.db")" = "$sum" ] && ok "nieuwer werkboek onaangeroerd" || not_ok "nieuwer werkboek onaangeroerd"

# Not a database at all.
printf 'Notulen van de werkconferentie, geen database.\n%.0s' 1 2 3 4 5 6 7 8 >"$T/notulen.db"
sum=$(md5sum <"$T/notulen.db")
run --db "$T/notulen.db" info
expect "geen SQLite: geweigerd" 1 "" "geen Vitaal-werkboek"
[ "$(md5sum <"$T/notulen.db")" = "$sum" ] && ok "kapot bestand onaangeroerd" || not_ok "kapot bestand onaangeroerd"
[ ! -e "$T/notulen.db-wal" ] && ok "geen WAL-bestand achtergelaten" || not_ok "geen WAL-bestand achtergelaten"

# A truncated werkboek (corrupt).
head -c 5000 "$db" >"$T/half.db"
run --db "$T/half.db" coalitie lijst
[ "$rc" = 1 ] && ok "afgekapt werkboek: fout 1" || not_ok "afgekapt werkboek: fout 1" "rc=$rc out=$out err=$err"

# Another program's SQLite database.
"${SQLITE3_SHELL:-sqlite3}" "$T/ander-programma.db" "CREATE TABLE x(y);"
run --db "$T/ander-programma.db" info
expect "database van een ander programma geweigerd" 1 "" "ander programma"

# A path in a directory that is not there: --db makes no folders.
run --db "/proc/vitaal/werkboek.db" info
expect "map die er niet is: één regel" 1 "" "de map bestaat niet"
# The default place in a directory we may not create: one line too.
XDG_DATA_HOME=/proc/vitaal run info
expect "onmaakbare map: één regel" 1 "" "kan map"

# vitaal kopie: a new file, 0600, checked; nothing existing is replaced.
run info
expect "info: controle op schade" 0 "schade \(quick_check\): +geen"
run --help
expect "--help noemt kopie" 0 "kopie BESTAND"
run kopie
expect "kopie zonder bestand: 2" 2 "" "^vitaal: gebruik: vitaal kopie BESTAND"
run kopie "$T/kopie.db"
expect "kopie gemaakt" 0 "^kopie gemaakt: $T/kopie.db \([0-9]+ pagina's, .* MB; integrity_check: in orde\)$"
[ "$(stat -c %a "$T/kopie.db")" = 600 ] && ok "kopie heeft modus 0600" ||
	not_ok "kopie heeft modus 0600" "$(stat -c %a "$T/kopie.db")"
[ "$("${SQLITE3_SHELL:-sqlite3}" "$T/kopie.db" "PRAGMA integrity_check")" = ok ] &&
	ok "kopie: integrity_check ok" || not_ok "kopie: integrity_check ok"
ls -A "$T" | grep -q '^\.kopie\.db\.\|^kopie\.db-' &&
	not_ok "kopie: geen tijdelijk, -wal of -shm bestand ernaast" "$(ls -A "$T")" ||
	ok "kopie: geen tijdelijk, -wal of -shm bestand ernaast"
run --db "$T/kopie.db" coalitie lijst
expect "kopie opent als werkboek" 0 "Eerste"
sum=$(md5sum <"$T/kopie.db")
run kopie "$T/kopie.db"
expect "kopie over een bestaand bestand: geweigerd" 1 "" "^vitaal: $T/kopie.db bestaat al; een kopie overschrijft niets"
[ "$(md5sum <"$T/kopie.db")" = "$sum" ] && ok "bestaand bestand onaangeroerd" ||
	not_ok "bestaand bestand onaangeroerd"
ln -s "$T/slachtoffer" "$T/link.db"
run kopie "$T/link.db"
expect "kopie over een symbolische koppeling: geweigerd" 1 "" "link.db bestaat al"
[ ! -e "$T/slachtoffer" ] && ok "koppeling niet gevolgd" || not_ok "koppeling niet gevolgd"
run --db "$T/nergens.db" kopie "$T/van-nergens.db"
expect "kopie van een werkboek dat er niet is" 1 "" "werkboek bestaat niet"
[ ! -e "$T/nergens.db" ] && [ ! -e "$T/van-nergens.db" ] &&
	ok "kopie maakt geen werkboek aan" || not_ok "kopie maakt geen werkboek aan" "$(ls -A "$T")"
done_testing
