#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# layers.sh: the architecture, checked. Dependencies point one way
# (util <- store <- model <- {export + interchange, ui} <- cli <- main), so:
#  - curses appears only under src/ui/;
#  - sqlite3 appears only under src/store/;
#  - the layers below the UI never print to the terminal;
#  - util and model include nothing from a higher layer;
#  - no layer calls a function of a layer above it (nm over the objects).
# TAP output, one line per rule.
set -u
src=${top_srcdir:-.}/src
n=0
fail=0

check() {	# check DESCRIPTION OFFENDING-LINES
	n=$((n + 1))
	if [ -z "$2" ]; then
		echo "ok $n - $1"
	else
		echo "not ok $n - $1"
		echo "$2" | sed 's/^/# /'
		fail=1
	fi
}

in_layers() {	# in_layers PATTERN DIR...: matching lines in those dirs
	pat=$1; shift
	for d in "$@"; do
		[ -d "$src/$d" ] && grep -rnE "$pat" "$src/$d" --include='*.[ch]'
	done
}

check "curses only in src/ui" \
	"$(grep -rnE '#include[[:space:]]*<n?curses(w/)?(curses)?\.h>|\b(initscr|endwin|wrefresh|mvaddn?w?str)\(' "$src" --include='*.[ch]' | grep -v "^$src/ui/")"
check "sqlite3 only in src/store" \
	"$(grep -rnE '#include[[:space:]]*<sqlite3\.h>|\bsqlite3_[a-z_]+\(' "$src" --include='*.[ch]' | grep -v "^$src/store/")"
check "no terminal output below the UI" \
	"$(in_layers '\b(printf|puts|putchar)\(|fprintf\((stderr|stdout)|fputs\([^;]*(stderr|stdout)' util store model export interchange | grep -v 'src/util/xmalloc.c')"
check "util includes no higher layer" \
	"$(in_layers '#include "vitaal/(store|records|catalogue|coalition|answer|progress|ui|export)' util)"
check "model and store include no UI or export header" \
	"$(in_layers '#include "vitaal/(ui|export)' store model)"
# Calls, read from the object files with nm: no layer calls a function
# defined in a layer above it (util < store < model < export < ui < cli <
# main), whatever header the declaration came through. A layer's objects
# are those in its folder (export: src/export/ and src/interchange/, one
# level); main is src/vitaal-main.o alone.
build=${top_builddir:-.}/src
tmp=${TMPDIR:-/tmp}/layers.$$
trap 'rm -f "$tmp"' EXIT
objs() {	# objs LAYER
	case $1 in
	main)	ls "$build"/vitaal-main.o 2>/dev/null ;;
	export)	ls "$build"/export/*.o "$build"/interchange/*.o 2>/dev/null ;;
	*)	ls "$build/$1"/*.o 2>/dev/null ;;
	esac
}
against() {	# against LAYER HIGHER...: "FILE: SYMBOL" for each call up
	l=$1; shift
	for h in "$@"; do
		for o in $(objs "$h"); do
			nm --defined-only "$o" | awk '$2 ~ /^[TDBR]$/ { print $3 }'
		done
	done | sort -u >"$tmp"
	for o in $(objs "$l"); do
		nm -u "$o" | awk -v o="${o#"$build"/}" '{ print $NF, o }'
	done | awk 'NR == FNR { up[$1] = 1; next } ($1 in up) { print $2 ": " $1 }' \
	    "$tmp" -
}
if ! command -v nm >/dev/null 2>&1 || [ -z "$(objs store)" ]; then
	n=$((n + 1))
	echo "ok $n - calls point down # SKIP no nm or no objects in $build"
else
	check "util calls nothing above it" \
		"$(against util store model export ui cli main)"
	check "store calls nothing above it (not the model)" \
		"$(against store model export ui cli main)"
	check "model calls no export, UI, subcommand or main" \
		"$(against model export ui cli main)"
	check "export calls no UI, subcommand or main" \
		"$(against export ui cli main)"
	check "UI calls no subcommand or main" \
		"$(against ui cli main)"
	check "subcommands call nothing in main.c" \
		"$(against cli main)"
fi
echo "1..$n"
exit $fail
