# SPDX-License-Identifier: GPL-3.0-or-later
# lib.sh: TAP helpers for the command-line tests. Each test script gets a
# private HOME and XDG_DATA_HOME under a temporary directory that is removed
# at exit, and a pinned environment (LC_ALL=C.UTF-8, TZ=UTC).

set -u
: "${VITAAL:?VITAAL must point to the vitaal binary (make check sets it)}"
T=$(mktemp -d "${TMPDIR:-/tmp}/vitaal-cli.XXXXXX")
trap 'rm -rf "$T"' EXIT
export HOME="$T/home" XDG_DATA_HOME="$T/home/.local/share" LC_ALL=C.UTF-8 TZ=UTC
unset VITAAL_DB NO_COLOR
mkdir -p "$HOME"
tap_n=0
tap_failed=0

ok() {		# ok DESCRIPTION
	tap_n=$((tap_n + 1)); echo "ok $tap_n - $1"
}
not_ok() {	# not_ok DESCRIPTION [DETAILS]
	tap_n=$((tap_n + 1)); tap_failed=1; echo "not ok $tap_n - $1"
	[ $# -gt 1 ] && printf '%s\n' "$2" | sed 's/^/# /'
	return 0
}
skip() {	# skip DESCRIPTION: a check that needs an optional tool
	tap_n=$((tap_n + 1)); echo "ok $tap_n # SKIP $1"
}
done_testing() {
	echo "1..$tap_n"
	exit $tap_failed
}

# run ARGS...: run vitaal; sets $out, $err and $rc.
run() {
	"$VITAAL" "$@" >"$T/out" 2>"$T/err" </dev/null
	rc=$?
	out=$(cat "$T/out"); err=$(cat "$T/err")
}

# expect DESCRIPTION RC [STDOUT-PATTERN [STDERR-PATTERN]]: check the last run.
expect() {
	d=$1 want_rc=$2 pat_out=${3-} pat_err=${4-}
	if [ "$rc" != "$want_rc" ]; then
		not_ok "$d" "exit $rc, want $want_rc; stdout: $out; stderr: $err"
	elif [ -n "$pat_out" ] && ! printf '%s\n' "$out" | grep -qE -- "$pat_out"; then
		not_ok "$d" "stdout lacks /$pat_out/: $out"
	elif [ -n "$pat_err" ] && ! printf '%s\n' "$err" | grep -qE -- "$pat_err"; then
		not_ok "$d" "stderr lacks /$pat_err/: $err"
	else
		ok "$d"
	fi
}

# fixture DB: the fixed example werkboek of the export tests
# (tests/fixtures/werkboek.sql) in a new werkboek at DB.
fixture() {
	"$VITAAL" --db "$1" info >/dev/null &&
	"${SQLITE3_SHELL:-sqlite3}" -bail "$1" <"${top_srcdir:-.}/tests/fixtures/werkboek.sql"
}

# golden DESCRIPTION NAME FILE: FILE must equal tests/golden/export/NAME
# byte for byte; with VITAAL_UPDATE_GOLDEN=1 the golden file is rewritten.
golden() {
	g="${top_srcdir:-.}/tests/golden/export/$2"
	if [ "${VITAAL_UPDATE_GOLDEN:-0}" = 1 ]; then
		mkdir -p "$(dirname "$g")" && cp "$3" "$g"
	fi
	if [ ! -f "$g" ]; then
		not_ok "$1" "no golden file $g (VITAAL_UPDATE_GOLDEN=1 makes it)"
	elif cmp -s "$g" "$3"; then
		ok "$1"
	else
		not_ok "$1" "$(diff -u "$g" "$3" | head -40)"
	fi
}
