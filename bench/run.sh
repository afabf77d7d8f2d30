#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# run.sh: Vitaal's benchmarks on a generated werkboek of 1,000 coalitions,
# 100,000 answers, 20,180 players and 5,000 dilemma places (bench/gen.sh).
# Every figure is printed beside its floor, measured in the same run on
# the same machine, and their ratio:
#
#   startscherm, start+controle, controle, coalitie, kaart 200, toetsaanslag
#                 the real screens, timed inside the program (bench_ui.c);
#                 start+controle is the start screen with the damage
#                 check started beside it, controle the check itself
#                 (PRAGMA quick_check on its thread; floor: reading the file)
#   export json   the whole werkboek; floor: the sqlite3 shell's own -json
#                 output of the same tables
#   export html   every coalition's printable page, one `vitaal export`
#                 each; floor: `cat` of the same bytes
#   import json   the JSON into an empty werkboek; floor: the sqlite3
#                 shell loading the same rows from an SQL dump
#   piekgeheugen  the peak resident memory of each of those processes;
#                 floor: the sqlite3 shell's -json output
#
# Run from a configured build tree (after ./configure or ./dev build):
#
#   bench/run.sh [COALITIONS]
#
# Targets (issue 9): start screen < 50 ms, keystroke < 5 ms, JSON export
# within 3x the sqlite3 shell, peak memory < 50 MB.
set -eu
n=${1:-1000}
src=$(cd "$(dirname "$0")/.." && pwd)
VITAAL=${VITAAL:-$PWD/src/vitaal}
SQLITE3_SHELL=${SQLITE3_SHELL:-sqlite3}
export VITAAL SQLITE3_SHELL LC_ALL=C.UTF-8 TZ=UTC
w=$(mktemp -d "${TMPDIR:-/tmp}/vitaal-bench.XXXXXX")
trap 'rm -rf "$w"' EXIT

command -v "$SQLITE3_SHELL" >/dev/null || { echo "run.sh: sqlite3 ontbreekt"; exit 1; }
[ -x "$VITAAL" ] || { echo "run.sh: eerst bouwen (./dev build)"; exit 1; }
make -s bench/bench_ui >/dev/null

now() { date +%s%N; }
ms() { echo "$1 $2" | awk '{ printf "%.1f", ($2 - $1) / 1e6 }'; }
# peak KIB COMMAND...: run it; its peak resident memory in KiB in $peak.
peak() {
	/usr/bin/time -f %M -o "$w/rss" "$@"
	peak=$(cat "$w/rss")
}
line() {	# line NAME VALUE FLOOR UNIT
	echo "$1 $2 $3 $4" | awk '{ r = $3 > 0 ? $2 / $3 : 0
		printf "%-16s %10.1f %-2s  vloer %10.1f %-2s  × %6.1f\n", $1, $2, $4, $3, $4, r }'
}

echo "== werkboek maken: $n coalities"
"$src/bench/gen.sh" "$w/w.db" "$n"
"$SQLITE3_SHELL" "$w/w.db" "SELECT (SELECT count(*) FROM coalition) || ' coalities, ' ||
	(SELECT count(*) FROM answer) || ' antwoorden, ' || (SELECT count(*) FROM player) ||
	' spelers, ' || (SELECT count(*) FROM dilemma_position) || ' dilemmaposities, ' ||
	(SELECT page_count * page_size / 1048576 FROM pragma_page_count, pragma_page_size) || ' MB'"

echo "== schermen (mediaan van 21, in het programma gemeten)"
peak bench/bench_ui "$w/w.db" 21 >"$w/ui.txt"
cat "$w/ui.txt"
ui_peak=$peak

echo "== export en import"
t0=$(now); peak "$VITAAL" --db "$w/w.db" export --format json -o "$w/w.json"; t1=$(now)
json_ms=$(ms "$t0" "$t1"); json_peak=$peak
tables=$("$SQLITE3_SHELL" "$w/w.db" "SELECT name FROM sqlite_schema WHERE type = 'table'
	AND name NOT LIKE 'cat\_%' ESCAPE '\' AND name NOT LIKE 'sqlite\_%' ESCAPE '\'
	AND name NOT IN ('projection', 'coalition_stats')")
: >"$w/floor.sql"
for t in $tables; do echo "SELECT * FROM $t;" >>"$w/floor.sql"; done
t0=$(now); peak "$SQLITE3_SHELL" -json "$w/w.db" ".read $w/floor.sql" >"$w/floor.json"; t1=$(now)
floor_ms=$(ms "$t0" "$t1"); floor_peak=$peak
line "export-json" "$json_ms" "$floor_ms" ms
echo "                 ($(wc -c <"$w/w.json") bytes; sqlite3 -json: $(wc -c <"$w/floor.json") bytes)"

mkdir "$w/html"
t0=$(now)
i=1
html_peak=0
while [ $i -le "$n" ]; do
	peak "$VITAAL" --db "$w/w.db" export --coalitie "$i" --format html -o "$w/html/$i.html"
	[ "$peak" -gt "$html_peak" ] && html_peak=$peak
	i=$((i + 1))
done
t1=$(now)
html_ms=$(ms "$t0" "$t1")
t0=$(now); cat "$w"/html/*.html >/dev/null; t1=$(now)
line "export-html" "$html_ms" "$(ms "$t0" "$t1")" ms
echo "                 ($n pagina's, $(cat "$w"/html/*.html | wc -c) bytes)"

"$VITAAL" --db "$w/leeg.db" info >/dev/null
t0=$(now); peak "$VITAAL" --db "$w/leeg.db" import "$w/w.json" >/dev/null; t1=$(now)
import_ms=$(ms "$t0" "$t1"); import_peak=$peak
"$SQLITE3_SHELL" "$w/w.db" ".dump $(echo $tables)" >"$w/dump.sql"
t0=$(now); "$SQLITE3_SHELL" "$w/kaal.db" ".read $w/dump.sql"; t1=$(now)
line "import-json" "$import_ms" "$(ms "$t0" "$t1")" ms
"$VITAAL" --db "$w/leeg.db" export --format json -o "$w/w2.json"
cmp -s "$w/w.json" "$w/w2.json" && echo "                 (opnieuw uitgevoerd: byte voor byte gelijk)" ||
	echo "                 (LET OP: opnieuw uitgevoerd niet gelijk)"

echo "== piekgeheugen (KiB)"
line "schermen" "$ui_peak" "$floor_peak" KB
line "export-json" "$json_peak" "$floor_peak" KB
line "export-html" "$html_peak" "$floor_peak" KB
line "import-json" "$import_peak" "$floor_peak" KB
