# SPDX-License-Identifier: GPL-3.0-or-later
# lib.sh: TAP helpers that drive the real vitaal binary inside tmux, as a
# person would: a private tmux server (own socket, no config), a pinned
# environment (LANG/LC_ALL=C.UTF-8, TZ=UTC), a private HOME and
# XDG_DATA_HOME, polling for text instead of sleeping, and a check of the
# exit status after quitting. Under an ASan build any sanitizer report
# fails the test.

set -u
: "${VITAAL:?VITAAL must point to the vitaal binary (make check sets it)}"
TMUX_BIN=${TMUX_BIN:-$(command -v tmux || true)}
if [ -z "$TMUX_BIN" ] || [ ! -x "$TMUX_BIN" ]; then
	if [ "${VITAAL_REQUIRE_TMUX:-0}" = 1 ]; then
		echo "Bail out! tmux is required (VITAAL_REQUIRE_TMUX=1) but not installed"
		exit 1
	fi
	echo "1..0 # SKIP tmux not installed"
	exit 77
fi
T=$(mktemp -d "${TMPDIR:-/tmp}/vitaal-tui.XXXXXX")
SOCK="vitaal-test-$$"
tm() { "$TMUX_BIN" -L "$SOCK" -f /dev/null "$@"; }
cleanup() { tm kill-server 2>/dev/null; rm -rf "$T"; }
trap cleanup EXIT
export HOME="$T/home" XDG_DATA_HOME="$T/home/.local/share" LANG=C.UTF-8 LC_ALL=C.UTF-8 TZ=UTC
export ASAN_OPTIONS="log_path=$T/asan:detect_leaks=1" UBSAN_OPTIONS="log_path=$T/ubsan:print_stacktrace=1"
unset VITAAL_DB NO_COLOR TMUX
mkdir -p "$HOME"
tap_n=0
tap_failed=0

ok() { tap_n=$((tap_n + 1)); echo "ok $tap_n - $1"; }
not_ok() {
	tap_n=$((tap_n + 1)); tap_failed=1; echo "not ok $tap_n - $1"
	[ $# -gt 1 ] && printf '%s\n' "$2" | sed 's/^/# /'
	return 0
}
done_testing() {
	# Either kind alone is a report (ls fails when one pattern matches
	# nothing, so ask for the list, not the status).
	if [ -n "$(ls "$T"/asan.* "$T"/ubsan.* 2>/dev/null)" ]; then
		not_ok "no sanitizer reports" "$(cat "$T"/asan.* "$T"/ubsan.* 2>/dev/null | head -40)"
	fi
	echo "1..$tap_n"
	exit $tap_failed
}

# start COLS LINES ARGS...: run vitaal in a fresh tmux session "t". Extra
# environment for the program goes in $START_ENV ("NAME=value ..."); set
# START_LINGER=1 for a program expected to exit by itself at once.
start() {
	cols=$1 lines=$2; shift 2
	tm kill-session -t t 2>/dev/null
	# remain-on-exit keeps a pane readable after its program ended; it
	# must be on before the program starts, and an idle session keeps the
	# server (and so the global option) alive between starts.
	if ! tm has-session -t keep 2>/dev/null; then
		tm new-session -d -s keep -x 20 -y 5 "cat" \; set-option -g remain-on-exit on >/dev/null
	fi
	q=""
	for a in "$@"; do q="$q '$a'"; done
	# The exit status goes to a file: tmux 3.3 does not always record
	# #{pane_dead_status}. A program expected to exit at once lingers,
	# because tmux may drop the last output of a pane that ends.
	rm -f "$T/exit"
	linger=""
	[ "${START_LINGER:-0}" = 1 ] && linger="sleep 0.5"
	tm new-session -d -s t -x "$cols" -y "$lines" \
	    "env ${START_ENV:-} '$VITAAL'$q; echo \$? >'$T/exit.tmp'; mv '$T/exit.tmp' '$T/exit'; $linger"
}

screen() { tm capture-pane -p -t t; }

# other_terminal NAME: a second vitaal on the same werkboek in tmux
# session NAME (80×24, same environment), with NAMEscreen, NAMEkeys and
# NAME_wait_for TEXT (up to 3 s) to read, type and wait there.
other_terminal() {
	tm new-session -d -s "$1" -x 80 -y 24 "env '$VITAAL'"
	eval "${1}screen() { tm capture-pane -p -t $1; }"
	eval "${1}keys() { tm send-keys -t $1 \"\$@\"; }"
	eval "${1}_wait_for() { pane_wait_for $1 \"\$1\"; }"
}

# pane_wait_for SESSION TEXT: poll that session's screen for TEXT (3 s).
pane_wait_for() {
	i=0
	while [ $i -lt 60 ]; do
		tm capture-pane -p -t "$1" | grep -qF -- "$2" && return 0
		sleep 0.05
		i=$((i + 1))
	done
	return 1
}

# wait_for TEXT [SECONDS]: poll the screen until TEXT (fixed string) shows.
wait_for() {
	want=$1 limit=$(( ${2:-5} * 20 )) i=0
	while [ $i -lt $limit ]; do
		screen | grep -qF -- "$want" && return 0
		sleep 0.05
		i=$((i + 1))
	done
	return 1
}

# wait_gone TEXT [SECONDS]: poll until TEXT is no longer on screen.
wait_gone() {
	want=$1 limit=$(( ${2:-5} * 20 )) i=0
	while [ $i -lt $limit ]; do
		screen | grep -qF -- "$want" || return 0
		sleep 0.05
		i=$((i + 1))
	done
	return 1
}

# expect_screen DESCRIPTION TEXT [SECONDS]
expect_screen() {
	if wait_for "$2" "${3:-5}"; then ok "$1"; else not_ok "$1" "$(screen)"; fi
}

keys() { tm send-keys -t t "$@"; }
type_text() { tm send-keys -t t -l "$1"; }

# wait_exit [SECONDS]: wait for the program to end; sets $status.
wait_exit() {
	limit=$(( ${1:-5} * 20 )) i=0
	while [ $i -lt $limit ]; do
		if [ -f "$T/exit" ]; then
			status=$(cat "$T/exit")
			return 0
		fi
		sleep 0.05
		i=$((i + 1))
	done
	status=timeout
	return 1
}

# expect_exit DESCRIPTION STATUS: the program ended with STATUS.
expect_exit() {
	if wait_exit && [ "$status" = "$2" ]; then ok "$1"; else not_ok "$1" "status=$status"; fi
}

# normalised_screen: the screen with the temp dir and times made stable,
# for comparison with tests/tui/expected/*.screen.
normalised_screen() {
	screen | sed -e "s|$T|\$T|g" \
	    -e 's/20[0-9][0-9]-[01][0-9]-[0-3][0-9] [0-2][0-9]:[0-5][0-9]/JJJJ-MM-DD UU:MM/g'
}

# expect_golden DESCRIPTION NAME: compare with tests/tui/expected/NAME.screen
# (VITAAL_UPDATE_GOLDEN=1 rewrites the file; review the diff before committing).
expect_golden() {
	golden="${top_srcdir:-.}/tests/tui/expected/$2.screen"
	normalised_screen >"$T/$2.screen"
	if [ "${VITAAL_UPDATE_GOLDEN:-0}" = 1 ]; then
		cp "$T/$2.screen" "$golden"
	fi
	if diff -u "$golden" "$T/$2.screen" >"$T/diff" 2>&1; then ok "$1"; else not_ok "$1" "$(cat "$T/diff")"; fi
}

# vitaal_pid: the pid of the running vitaal (the pane's shell's child).
vitaal_pid() {
	pgrep -P "$(tm display-message -p -t t '#{pane_pid}')" | head -1
}

# answer TEXT: in a form, answer the first open-text question from the
# selected one on with TEXT, skipping choice questions (Down); leaves the
# field with Esc, which saves. Sets $skipped to the number of Downs taken,
# so a later visit can find the same question again.
answer() {
	skipped=0
	while [ $skipped -lt 20 ]; do
		keys Enter
		if wait_for "Esc Klaar" 1; then
			type_text "$1"
			keys Escape
			wait_for "Enter Antwoorden"
			return 0
		fi
		keys Escape
		wait_for "Enter Antwoorden"
		keys Down
		skipped=$((skipped + 1))
	done
	return 1
}

# down N: press Down N times.
down() {
	n=$1
	while [ "$n" -gt 0 ]; do keys Down; n=$((n - 1)); done
}
