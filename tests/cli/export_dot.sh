#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# export_dot.sh: `vitaal export --format dot`, the player map for
# Graphviz, on the fixed example werkboek: the golden files, hostile names
# that must stay inside quoted labels, and `dot -Tsvg` on every output
# when Graphviz is installed.
. "${top_srcdir:-.}/tests/cli/lib.sh"

db="$T/werkboek.db"
fixture "$db" || { not_ok "voorbeeldwerkboek"; done_testing; }

run --db "$db" export --coalitie "Iedereen onder dak" --format dot
expect "spelerskaart van een coalitie" 0 '^digraph spelerskaart \{$'
printf '%s\n' "$out" >"$T/coalitie.dot"
golden "spelerskaart van een coalitie gelijk aan de golden file" coalitie.dot "$T/coalitie.dot"

run --db "$db" export --sessie 1 --format dot
expect "spelerskaart van een sessie, een cluster per coalitie" 0 '^	subgraph cluster_c1 \{$'
printf '%s\n' "$out" >"$T/sessie.dot"
golden "spelerskaart van een sessie gelijk aan de golden file" sessie.dot "$T/sessie.dot"

run --db "$db" export --coalitie 2 --format dot
expect "spelerskaart met vreemde namen" 0 'label="subgraph \\"x\\" -> \{y\}\\n'
printf '%s\n' "$out" >"$T/vreemd.dot"
golden "spelerskaart met vreemde namen gelijk aan de golden file" vreemd.dot "$T/vreemd.dot"

# Node ids are ours: every statement starts with an id, a keyword or a
# brace, never with user text; user text only follows label=.
bad=$(grep -vE '^[[:space:]]*(digraph spelerskaart \{|\}|subgraph cluster_[a-z0-9]+ \{|(graph|node|edge) \[|label=|fontsize=|color=|\{ rank=same;|\{ c[0-9]|[pclk][0-9]+[a-z0-9]* (\[|->))' \
	"$T/coalitie.dot" "$T/sessie.dot" "$T/vreemd.dot")
[ -z "$bad" ] && ok "alleen eigen ids buiten de labels" || not_ok "alleen eigen ids buiten de labels" "$bad"
if grep -qE '^[[:space:]]*(subgraph "x"|node[[:space:]]*\[label="node)' "$T/vreemd.dot"; then
	not_ok "vreemde namen blijven tekst"
else
	ok "vreemde namen blijven tekst"
fi
grep -q '<script>alert(\\"x\\")</script> & co, \\"Oost\\"' "$T/vreemd.dot" &&
	ok "aanhalingstekens in een label geëscapet" || not_ok "aanhalingstekens in een label geëscapet"

if [ -n "${DOT_BIN:-}" ] && [ -x "$DOT_BIN" ]; then
	for f in coalitie sessie vreemd; do
		if "$DOT_BIN" -Tsvg "$T/$f.dot" >"$T/$f.svg" 2>"$T/$f.err" && [ ! -s "$T/$f.err" ]; then
			ok "dot -Tsvg leest $f.dot zonder klacht"
		else
			not_ok "dot -Tsvg leest $f.dot zonder klacht" "$(cat "$T/$f.err")"
		fi
	done
	grep -q 'subgraph &quot;x&quot; &#45;&gt; {y}' "$T/vreemd.svg" &&
		ok "de vreemde naam staat als tekst in de tekening" ||
		not_ok "de vreemde naam staat als tekst in de tekening" "$(grep -n subgraph "$T/vreemd.svg")"
else
	for f in coalitie sessie vreemd; do echo "ok $((tap_n += 1)) # SKIP dot (graphviz) niet gevonden"; done
	echo "ok $((tap_n += 1)) # SKIP dot (graphviz) niet gevonden"
fi

run --db "$db" export --coalitie 1 --format dot -o "$T/kaart.dot"
expect "-o schrijft de spelerskaart" 0
cmp -s "$T/kaart.dot" "$T/coalitie.dot" && ok "bestand gelijk aan stdout" || not_ok "bestand gelijk aan stdout"
done_testing
