#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# small_resize.sh: a terminal that is too small gets a clear message and
# still answers q; growing it back restores the screen; a storm of resizes
# does not crash; TERM=vt100 and TERM=dumb are handled.
. "${top_srcdir:-.}/tests/tui/lib.sh"

"$VITAAL" coalitie nieuw "Iedereen onder dak" >/dev/null
start 80 24
expect_screen "normaal scherm" "Iedereen onder dak"
tm resize-window -t t -x 20 -y 10
expect_screen "20×10: melding te klein" "Het venster is"
tm resize-window -t t -x 80 -y 24
expect_screen "terug naar 80×24: lijst weer zichtbaar" "Iedereen onder dak"
for size in 30x8 100x40 61x16 59x15 200x60 40x12 80x24 120x30 60x16 80x24; do
	tm resize-window -t t -x "${size%x*}" -y "${size#*x}"
done
expect_screen "na een storm van resizes: lijst" "Iedereen onder dak"
[ "$(tm display-message -p -t t '#{pane_dead}')" = 0 ] && ok "geen crash bij resizes" || not_ok "geen crash bij resizes"
tm resize-window -t t -x 20 -y 10
wait_for "Het venster is"
keys q
expect_exit "q werkt ook in een te klein venster" 0

START_ENV="TERM=vt100" start 80 24
expect_screen "TERM=vt100 werkt" "Iedereen onder dak"
keys q
expect_exit "vt100: afsluiten" 0

# (Without the console mouse: ncurses' GPM glue leaks a few bytes inside
# libgpm, which the sanitizer run would count against us.)
START_ENV="TERM=linux NCURSES_GPM_TERMS=" start 80 24
expect_screen "TERM=linux (de console) werkt" "Iedereen onder dak"
keys q
expect_exit "linux: afsluiten" 0

START_ENV="TERM=dumb" START_LINGER=1 start 80 24
expect_screen "TERM=dumb: duidelijke melding" "vitaal: terminal 'dumb' kan geen scherm tekenen"
expect_exit "TERM=dumb: status 1" 1
done_testing
