#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# spelling.sh: every user-facing text in correct Dutch. hunspell with the
# Dutch dictionary checks the words tests/lint/texts.py extracts from the
# catalogue, the string literals of src/ (screens, exports, command line)
# and the man page, with tests/lint/woorden.txt for the method's terms and
# technical names. An unknown word fails the test and is printed with
# where it stands. TAP output.
set -u
top=${top_srcdir:-.}
if ! command -v hunspell >/dev/null 2>&1 || ! hunspell -D 2>&1 | grep -q '/nl\(_NL\)\?$'; then
	echo "1..0 # SKIP hunspell met het Nederlandse woordenboek ontbreekt (apt-get install hunspell hunspell-nl)"
	exit 0
fi
command -v python3 >/dev/null 2>&1 || { echo "1..0 # SKIP python3 ontbreekt"; exit 0; }
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
grep -v '^#' "$top/tests/lint/woorden.txt" | grep -v '^$' >"$tmp/woorden"
python3 "$top/tests/lint/texts.py" "$top" >"$tmp/words" || { echo "not ok 1 - teksten uitlezen"; exit 1; }
n=$(cut -f1 "$tmp/words" | sort -u | wc -l)
cut -f1 "$tmp/words" | sort -u |
	LC_ALL=C.UTF-8 hunspell -i UTF-8 -d nl -p "$tmp/woorden" -l | sort -u >"$tmp/unknown"
echo "1..2"
if [ "$n" -gt 3000 ]; then
	echo "ok 1 - $n verschillende woorden gevonden"
else
	echo "not ok 1 - maar $n verschillende woorden gevonden: lezen de teksten nog goed?"
fi
if [ -s "$tmp/unknown" ]; then
	echo "not ok 2 - onbekende woorden (verbeter de tekst, of voeg een echt woord toe aan tests/lint/woorden.txt)"
	while IFS= read -r w; do
		awk -F'\t' -v w="$w" '$1 == w { print "# " w "\t" $2 }' "$tmp/words" | head -3
	done <"$tmp/unknown"
	exit 1
fi
echo "ok 2 - alle woorden bekend"
