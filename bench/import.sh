#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# import.sh: the werkboek's own round trip at scale (issue 17): a
# generated werkboek of COALITIONS coalitions (default 10,000: ten times
# bench/run.sh's, ~700 MB of JSON) exported as JSON, imported into an
# empty werkboek, exported again and compared byte for byte; then the same
# file imported a second time (everything matched, nothing added). Prints
# the time and peak resident memory of each step beside the floor: the
# sqlite3 shell loading an SQL dump of the same rows. The target: import
# under 64 MB at any size. Not part of `make check` (it takes minutes and
# gigabytes of disk).
#
#   bench/import.sh [COALITIONS]
#
# Run from a configured build tree.
set -eu
n=${1:-10000}
src=$(cd "$(dirname "$0")/.." && pwd)
VITAAL=${VITAAL:-$PWD/src/vitaal}
SQLITE3_SHELL=${SQLITE3_SHELL:-sqlite3}
export VITAAL SQLITE3_SHELL LC_ALL=C.UTF-8 TZ=UTC
w=$(mktemp -d "${TMPDIR:-/tmp}/vitaal-import.XXXXXX")
trap 'rm -rf "$w"' EXIT
[ -x "$VITAAL" ] || { echo "import.sh: eerst bouwen"; exit 1; }

now() { date +%s%N; }
s() { echo "$1 $2" | awk '{ printf "%.1f", ($2 - $1) / 1e9 }'; }
# step NAME COMMAND...: run it, print its time and peak memory
step() {
	name=$1
	shift
	t0=$(now)
	/usr/bin/time -f %M -o "$w/rss" "$@" >"$w/out" 2>&1 || { cat "$w/out"; exit 1; }
	t1=$(now)
	printf '%-28s %8s s  %8s MB\n' "$name" "$(s "$t0" "$t1")" \
	    "$(awk '{ printf "%.1f", $1 / 1024 }' "$w/rss")"
}

echo "== werkboek maken: $n coalities"
"$src/bench/gen.sh" "$w/w.db" "$n"
step "export json" "$VITAAL" --db "$w/w.db" export --format json -o "$w/w.json"
echo "   ($(wc -c <"$w/w.json") bytes)"
"$VITAAL" --db "$w/leeg.db" info >/dev/null
step "import (leeg werkboek)" "$VITAAL" --db "$w/leeg.db" import "$w/w.json"
step "import nogmaals (alles er al)" "$VITAAL" --db "$w/leeg.db" import "$w/w.json"
grep -q "er is niets toegevoegd" "$w/out" && echo "   (niets toegevoegd)" ||
	echo "   (LET OP: de tweede import voegde iets toe)"
"$VITAAL" --db "$w/leeg.db" export --format json -o "$w/w2.json"
cmp -s "$w/w.json" "$w/w2.json" && echo "   opnieuw uitgevoerd: byte voor byte gelijk" ||
	echo "   LET OP: opnieuw uitgevoerd niet gelijk"
rm -f "$w/w2.json"
tables=$("$SQLITE3_SHELL" "$w/w.db" "SELECT name FROM sqlite_schema WHERE type = 'table'
	AND name NOT LIKE 'cat\_%' ESCAPE '\' AND name NOT LIKE 'sqlite\_%' ESCAPE '\'
	AND name NOT IN ('projection', 'coalition_stats')")
"$SQLITE3_SHELL" "$w/w.db" ".dump $(echo $tables)" >"$w/dump.sql"
step "vloer: sqlite3 .read dump" "$SQLITE3_SHELL" "$w/kaal.db" ".read $w/dump.sql"
