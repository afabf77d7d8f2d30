#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# files.sh: what `vitaal export -o` leaves on the disk. A temporary name
# planted beforehand (PATH.tmp as a symlink to another file) is not
# followed; exported files are 0600 and a new CSV folder 0700 even with
# umask 0; a folder that is a symlink is refused; nothing temporary stays.
. "${top_srcdir:-.}/tests/cli/lib.sh"

umask 000
db="$T/werkboek.db"
uit="$T/uit"	# not $d: expect uses that name
mkdir "$uit"
run --db "$db" coalitie nieuw "Iedereen onder dak"
expect "een coalitie om te exporteren" 0

# mode FILE: the permission bits as ls shows them, e.g. -rw-------.
mode() {
	ls -ld "$1" | cut -c1-10
}

# no_leftovers DESCRIPTION DIR: DIR holds no temporary of an export.
no_leftovers() {
	left=$(find "$2" \( -name '.*' -o -name '*.tmp' \) ! -name 'uit.txt.tmp' -print)
	[ -z "$left" ] && ok "$1" || not_ok "$1" "$left"
}

printf 'van iemand anders\n' >"$T/victim"
ln -s "$T/victim" "$uit/uit.txt.tmp"
run --db "$db" export --coalitie 1 --format txt -o "$uit/uit.txt"
expect "export naast een geplant uit.txt.tmp lukt" 0
[ "$(cat "$T/victim")" = "van iemand anders" ] && ok "het doel van uit.txt.tmp is onaangeroerd" ||
	not_ok "het doel van uit.txt.tmp is onaangeroerd" "$(cat "$T/victim")"
[ -L "$uit/uit.txt.tmp" ] && ok "uit.txt.tmp is nog dezelfde koppeling" ||
	not_ok "uit.txt.tmp is nog dezelfde koppeling"
grep -q "^Coalitie: Iedereen onder dak$" "$uit/uit.txt" && ok "uit.txt heeft de export" ||
	not_ok "uit.txt heeft de export" "$(cat "$uit/uit.txt")"
[ "$(mode "$uit/uit.txt")" = "-rw-------" ] && ok "txt: modus 0600 bij umask 0" ||
	not_ok "txt: modus 0600 bij umask 0" "$(mode "$uit/uit.txt")"

ln -s "$T/victim" "$uit/koppeling.txt"
run --db "$db" export --coalitie 1 --format txt -o "$uit/koppeling.txt"
expect "export over een symbolische koppeling" 0
[ ! -L "$uit/koppeling.txt" ] && [ "$(cat "$T/victim")" = "van iemand anders" ] &&
	ok "de koppeling wordt vervangen, niet gevolgd" ||
	not_ok "de koppeling wordt vervangen, niet gevolgd" "$(ls -l "$uit/koppeling.txt"; cat "$T/victim")"

run --db "$db" export --format json -o "$uit/werkboek.json"
expect "json naar een bestand" 0
[ "$(mode "$uit/werkboek.json")" = "-rw-------" ] && ok "json: modus 0600" ||
	not_ok "json: modus 0600" "$(mode "$uit/werkboek.json")"

run --db "$db" export --format csv -o "$uit/tabellen"
expect "csv naar een nieuwe map" 0
[ "$(mode "$uit/tabellen")" = "drwx------" ] && ok "de nieuwe map heeft modus 0700" ||
	not_ok "de nieuwe map heeft modus 0700" "$(mode "$uit/tabellen")"
bad=$(find "$uit/tabellen" -type f ! -perm 600 -print)
n=$(find "$uit/tabellen" -type f -name '*.csv' | wc -l)
[ -z "$bad" ] && [ "$n" -gt 1 ] && ok "elk CSV-bestand ($n) heeft modus 0600" ||
	not_ok "elk CSV-bestand heeft modus 0600" "$n bestanden; anders: $bad"
no_leftovers "geen tijdelijke bestanden in de CSV-map" "$uit/tabellen"

mkdir "$uit/eigen" && chmod 755 "$uit/eigen"
run --db "$db" export --format csv -o "$uit/eigen/"
expect "csv naar een bestaande eigen map" 0
[ "$(mode "$uit/eigen")" = "drwxr-xr-x" ] && [ -f "$uit/eigen/coalition.csv" ] &&
	ok "een bestaande eigen map wordt gebruikt zoals hij is" ||
	not_ok "een bestaande eigen map wordt gebruikt zoals hij is" "$(mode "$uit/eigen")"

mkdir "$T/elders"
ln -s "$T/elders" "$uit/kaping"
run --db "$db" export --format csv -o "$uit/kaping/"
expect "csv naar een map die een koppeling is: geweigerd" 1 "" "^vitaal: kan map .*kaping/ niet gebruiken: het is een symbolische koppeling$"
[ -z "$(ls -A "$T/elders")" ] && ok "niets geschreven waar de koppeling heen wijst" ||
	not_ok "niets geschreven waar de koppeling heen wijst" "$(ls -A "$T/elders")"

run --db "$db" export --coalitie 1 --format txt -o "$uit/geen/uit.txt"
expect "naar een map die er niet is: fout 1" 1 "" "kan .*geen/uit.txt niet schrijven"
run --db "$db" export --coalitie 1 --format txt -o "$uit/tabellen"
expect "over een map heen: fout 1" 1 "" "kan .*tabellen niet schrijven"
no_leftovers "geen tijdelijke bestanden achter, ook niet na een fout" "$uit"
done_testing
