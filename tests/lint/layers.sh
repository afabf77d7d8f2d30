#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# layers.sh: the architecture, checked. Dependencies point one way
# (util <- store <- model <- {export, ui} <- main), so:
#  - curses appears only under src/ui/;
#  - sqlite3 appears only under src/store/;
#  - the layers below the UI never print to the terminal;
#  - util and model include nothing from a higher layer.
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
	"$(in_layers '\b(printf|puts|putchar)\(|fprintf\((stderr|stdout)|fputs\([^;]*(stderr|stdout)' util store model export | grep -v 'src/util/xmalloc.c')"
check "util includes no higher layer" \
	"$(in_layers '#include "vitaal/(store|records|catalogue|coalition|answer|progress|ui|export)' util)"
check "model and store include no UI or export header" \
	"$(in_layers '#include "vitaal/(ui|export)' store model)"
echo "1..$n"
exit $fail
