#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# run.sh: Vitaal's benchmarks on a generated werkboek of 1,000 coalitions,
# 100,000 answers, 20,180 players and 5,000 dilemma places (bench/gen.sh).
# Every figure is measured beside its floor, alternately: figure, floor,
# figure, floor, RUNS times each (default 5), so a machine that slows down
# in the middle slows both. Each is printed as the minimum and the median
# of its runs, with the ratio of the medians. The alternation is done here,
# in this script, with date and /usr/bin/time only (no other tool needed):
#
#   startscherm, start+controle, controle, coalitie, kaart 200, toetsaanslag
#                 the real screens, timed inside the program (bench_ui.c,
#                 which alternates figure and floor itself, 21 runs):
#                 floors are the SQLite library reading the same rows,
#                 reading the file (for PRAGMA quick_check), and for the
#                 keystroke ncurses writing one changed cell to the same
#                 terminal
#   export json   the whole werkboek; floor: the sqlite3 shell's own -json
#                 output of the same tables
#   export html   every coalition's printable page, one `vitaal export`
#                 process each; floor: one sqlite3 shell process each,
#                 reading the rows that page is made of (the catalogue,
#                 the coalition, its answers, players, relations,
#                 dilemmas with their options, places, arguments and
#                 rounds, notes, collaborations, typology and the history
#                 of its two vraagstuk answers)
#   import json   the JSON into an empty werkboek; floor: the sqlite3
#                 shell loading the same rows (the same tables) from an
#                 SQL dump into an empty file
#   piekgeheugen  the largest peak resident memory of each figure's
#                 processes, beside that of its floor's processes (the
#                 screens: beside the sqlite3 shell's -json output)
#
# Run from a configured build tree (after ./configure or ./dev build):
#
#   bench/run.sh [COALITIONS [RUNS]]
#
# Targets (issue 9): start screen < 50 ms, keystroke < 5 ms, JSON export
# within 3x the sqlite3 shell, peak memory < 50 MB.
set -eu
n=${1:-1000}
runs=${2:-5}
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
# peak COMMAND...: run it; its peak resident memory in KiB in $peak.
peak() {
	/usr/bin/time -f %M -o "$w/rss" "$@"
	peak=$(cat "$w/rss")
}
# keep FILE VALUE: one more run's figure.
keep() { echo "$2" >>"$w/$1"; }
# stats FILE: "MIN MEDIAN" of its numbers (the lower middle for an even count).
stats() {
	sort -g "$w/$1" | awk '{ v[NR] = $1 } END { printf "%s %s", v[1], v[int((NR + 1) / 2)] }'
}
# most FILE: the largest of its numbers.
most() { sort -g "$w/$1" | tail -n 1; }
line() {	# line NAME FIGURE-FILE FLOOR-FILE UNIT
	echo "$1 $(stats "$2") $(stats "$3") $4" | awk '{ r = $5 > 0 ? $3 / $5 : 0
		printf "%-14s min %9.1f  med %9.1f %-2s  vloer min %9.1f  med %9.1f %-2s  × %5.1f\n",
		    $1, $2, $3, $6, $4, $5, $6, r }'
}
memline() {	# memline NAME FIGURE-FILE FLOOR-FILE
	echo "$1 $(most "$2") $(most "$3")" | awk '{ r = $3 > 0 ? $2 / $3 : 0
		printf "%-14s %9.1f MB  vloer %9.1f MB  × %5.1f\n", $1, $2 / 1024, $3 / 1024, r }'
}

echo "== werkboek maken: $n coalities"
"$src/bench/gen.sh" "$w/w.db" "$n"
"$SQLITE3_SHELL" "$w/w.db" "SELECT (SELECT count(*) FROM coalition) || ' coalities, ' ||
	(SELECT count(*) FROM answer) || ' antwoorden, ' || (SELECT count(*) FROM player) ||
	' spelers, ' || (SELECT count(*) FROM dilemma_position) || ' dilemmaposities, ' ||
	(SELECT page_count * page_size / 1048576 FROM pragma_page_count, pragma_page_size) || ' MB'"

echo "== schermen (in het programma gemeten, figuur en vloer om en om, 21 keer)"
peak bench/bench_ui "$w/w.db" 21 >"$w/ui.txt"
cat "$w/ui.txt"
keep ui.kb "$peak"

echo "== export en import (figuur en vloer om en om, $runs keer; ms)"
tables=$("$SQLITE3_SHELL" "$w/w.db" "SELECT name FROM sqlite_schema WHERE type = 'table'
	AND name NOT LIKE 'cat\_%' ESCAPE '\' AND name NOT LIKE 'sqlite\_%' ESCAPE '\'
	AND name NOT IN ('projection', 'coalition_stats')")
: >"$w/floor.sql"
for t in $tables; do echo "SELECT * FROM $t;" >>"$w/floor.sql"; done
r=1
while [ $r -le "$runs" ]; do
	t0=$(now); peak "$VITAAL" --db "$w/w.db" export --format json -o "$w/w.json"; t1=$(now)
	keep json.ms "$(ms "$t0" "$t1")"; keep json.kb "$peak"
	t0=$(now); peak "$SQLITE3_SHELL" -json "$w/w.db" ".read $w/floor.sql" >"$w/floor.json"; t1=$(now)
	keep jsonfloor.ms "$(ms "$t0" "$t1")"; keep jsonfloor.kb "$peak"
	r=$((r + 1))
done
line "export-json" json.ms jsonfloor.ms ms
echo "               ($(wc -c <"$w/w.json") bytes; sqlite3 -json: $(wc -c <"$w/floor.json") bytes)"

# The rows of coalition @ID@'s page, as the report reads them.
cat >"$w/page.sql" <<'SQL'
SELECT * FROM cat_source; SELECT * FROM cat_phase; SELECT * FROM cat_key;
SELECT * FROM cat_checkrow; SELECT * FROM cat_step; SELECT * FROM cat_form;
SELECT * FROM cat_item; SELECT * FROM cat_perspective; SELECT * FROM cat_coalition_type;
SELECT * FROM cat_strategy; SELECT * FROM cat_factor; SELECT * FROM cat_dilemma;
SELECT * FROM cat_dilemma_option; SELECT * FROM cat_example;
SELECT * FROM coalition WHERE id = @ID@;
SELECT * FROM answer WHERE coalition_id = @ID@;
SELECT * FROM player WHERE coalition_id = @ID@;
SELECT * FROM relation WHERE coalition_id = @ID@;
SELECT * FROM dilemma WHERE coalition_id = @ID@;
SELECT * FROM dilemma_option WHERE dilemma_id IN (SELECT id FROM dilemma WHERE coalition_id = @ID@);
SELECT * FROM dilemma_position WHERE dilemma_id IN (SELECT id FROM dilemma WHERE coalition_id = @ID@);
SELECT * FROM dilemma_argument WHERE dilemma_id IN (SELECT id FROM dilemma WHERE coalition_id = @ID@);
SELECT * FROM dilemma_round WHERE dilemma_id IN (SELECT id FROM dilemma WHERE coalition_id = @ID@);
SELECT * FROM note WHERE coalition_id = @ID@;
SELECT * FROM collaboration WHERE coalition_id = @ID@;
SELECT * FROM typology WHERE coalition_id = @ID@;
SELECT * FROM typology_factor WHERE coalition_id = @ID@;
SELECT * FROM answer_history WHERE coalition_id = @ID@ AND item_key IN ('stap1.1', 'stap2.3');
SQL
mkdir "$w/html" "$w/rows"
i=1
while [ $i -le "$n" ]; do
	sed "s/@ID@/$i/g" "$w/page.sql" >"$w/rows/$i.sql"
	i=$((i + 1))
done
r=1
while [ $r -le "$runs" ]; do
	t0=$(now)
	i=1
	while [ $i -le "$n" ]; do
		peak "$VITAAL" --db "$w/w.db" export --coalitie "$i" --format html -o "$w/html/$i.html"
		keep html.kb "$peak"
		i=$((i + 1))
	done
	t1=$(now)
	keep html.ms "$(ms "$t0" "$t1")"
	t0=$(now)
	i=1
	while [ $i -le "$n" ]; do
		peak "$SQLITE3_SHELL" -bail "$w/w.db" ".read $w/rows/$i.sql" >"$w/rows/$i.out"
		keep htmlfloor.kb "$peak"
		i=$((i + 1))
	done
	t1=$(now)
	keep htmlfloor.ms "$(ms "$t0" "$t1")"
	r=$((r + 1))
done
line "export-html" html.ms htmlfloor.ms ms
echo "               ($n processen elk; $(cat "$w"/html/*.html | wc -c) bytes HTML;" \
	"sqlite3: $(cat "$w"/rows/*.out | wc -c) bytes)"

"$SQLITE3_SHELL" "$w/w.db" ".dump $(echo $tables)" >"$w/dump.sql"
r=1
while [ $r -le "$runs" ]; do
	rm -f "$w/leeg.db" "$w/leeg.db-wal" "$w/leeg.db-shm" "$w/kaal.db"
	"$VITAAL" --db "$w/leeg.db" info >/dev/null
	t0=$(now); peak "$VITAAL" --db "$w/leeg.db" import "$w/w.json" >/dev/null; t1=$(now)
	keep import.ms "$(ms "$t0" "$t1")"; keep import.kb "$peak"
	if [ $r -eq 1 ]; then "$VITAAL" --db "$w/leeg.db" export --format json -o "$w/w2.json"; fi
	t0=$(now); peak "$SQLITE3_SHELL" -bail "$w/kaal.db" ".read $w/dump.sql"; t1=$(now)
	keep importfloor.ms "$(ms "$t0" "$t1")"; keep importfloor.kb "$peak"
	r=$((r + 1))
done
line "import-json" import.ms importfloor.ms ms
cmp -s "$w/w.json" "$w/w2.json" && echo "               (opnieuw uitgevoerd: byte voor byte gelijk)" ||
	echo "               (LET OP: opnieuw uitgevoerd niet gelijk)"

echo "== piekgeheugen (het grootste van de processen)"
memline "schermen" ui.kb jsonfloor.kb
memline "export-json" json.kb jsonfloor.kb
memline "export-html" html.kb htmlfloor.kb
memline "import-json" import.kb importfloor.kb
