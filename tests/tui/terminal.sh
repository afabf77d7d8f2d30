#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# terminal.sh: terminal hygiene, as people who know tmux and htop expect.
# ^L redraws a screen that something else wrote over, and so does coming
# back from a stop (SIGSTOP, then SIGCONT as fg sends it); each fatal
# signal puts the terminal back (normal screen, no mouse tracking) and
# leaves the text being typed on standard error before the program dies
# of it; without a terminal, or when the terminal goes away, one vitaal:
# line and an end instead of escape codes for ever; the mouse wheel
# moves through a list.
. "${top_srcdir:-.}/tests/tui/lib.sh"

ulimit -c 0 2>/dev/null	# the signals that dump core must not leave one here
for n in Alfa Beta Gamma; do "$VITAAL" coalitie nieuw "$n" >/dev/null; done

pane_tty() { tm display-message -p -t t '#{pane_tty}'; }
pane_flag() { tm display-message -p -t t "#{$1}"; }

# ^L after garbage.
start 80 24
wait_for "Gamma"
printf 'ROMMEL-OP-HET-SCHERM' >"$(pane_tty)"
wait_for "ROMMEL-OP-HET-SCHERM" 2
keys C-l
if wait_gone "ROMMEL-OP-HET-SCHERM" 3 && screen | grep -q "Gamma"; then
	ok "^L tekent het scherm opnieuw"
else
	not_ok "^L tekent het scherm opnieuw" "$(screen)"
fi

# A stop and fg: the screen is drawn again, without the garbage.
pid=$(vitaal_pid)
kill -STOP "$pid"
printf 'ROMMEL-TIJDENS-STOP' >"$(pane_tty)"
wait_for "ROMMEL-TIJDENS-STOP" 2
kill -CONT "$pid"
if wait_gone "ROMMEL-TIJDENS-STOP" 3 && screen | grep -q "Gamma"; then
	ok "na stop en fg geen rommel"
else
	not_ok "na stop en fg geen rommel" "$(screen)"
fi

# The mouse wheel: down and up move the selection (xterm reports: button
# 64 is the wheel up, 65 down, +32).
wheel() {	# wheel up|down
	b=$([ "$1" = up ] && echo '`' || echo 'a')
	type_text "$(printf '\033[M%s%s%s' "$b" '+' '&')"
}
keys Home
wait_for "▸ Alfa"
wheel down
expect_screen "muiswiel omlaag: volgende coalitie" "▸ Beta"
wheel up
expect_screen "muiswiel omhoog: vorige coalitie" "▸ Alfa"
keys q
expect_exit "afsluiten" 0

# Each fatal signal: the terminal back as it was, the field on stderr.
signum() {	# signum NAME: its number, as this system has it
	i=1
	while [ $i -lt 64 ]; do
		[ "$(kill -l $i 2>/dev/null)" = "$1" ] && { echo $i; return; }
		i=$((i + 1))
	done
}
printf '#!/bin/sh\nexec "%s" "$@" 2>"%s"\n' "$VITAAL" "$T/err" >"$T/wrap"
chmod +x "$T/wrap"
n=0
for sig in QUIT ABRT SEGV BUS FPE ILL; do
	n=$((n + 1))
	real=$VITAAL VITAAL=$T/wrap
	start 80 24
	VITAAL=$real
	wait_for "Gamma"
	keys Enter
	wait_for "Ontwerpstappen"
	keys Down Down Down Down Down Enter
	wait_for "Stap 1 ·"
	keys Enter
	wait_for "Esc Klaar"
	before=$(pane_flag alternate_on)$(pane_flag mouse_any_flag)$(pane_flag mouse_standard_flag)$(pane_flag mouse_button_flag)
	case $before in 1*1*) ;; *) not_ok "$sig: vooraf alternatief scherm en muis aan" "$before" ;; esac
	type_text "Getypt voor $sig nummer $n"
	wait_for "nummer $n"
	kill -"$sig" "$(vitaal_pid)"
	wait_exit
	want=$((128 + $(signum "$sig")))
	[ "$status" = "$want" ] && ok "$sig: het programma stopt aan het signaal" ||
	    not_ok "$sig: het programma stopt aan het signaal" "status=$status, verwacht $want"
	alt=$(pane_flag alternate_on)
	mouse=$(pane_flag mouse_any_flag)$(pane_flag mouse_standard_flag)$(pane_flag mouse_button_flag)
	if [ "$alt" = 0 ] && [ "$mouse" = 000 ]; then
		ok "$sig: normaal scherm terug, muis uit"
	else
		not_ok "$sig: normaal scherm terug, muis uit" "alternate_on=$alt muis=$mouse"
	fi
	# The text is on standard error, unless the autosave (two seconds
	# in) had it in the werkboek already on a slow machine.
	if grep -q "^vitaal: afgebroken (SIG$sig)" "$T/err" &&
	    { grep -q "Getypt voor $sig nummer $n" "$T/err" ||
	    "$VITAAL" vragen Alfa stap1 | grep -q "Getypt voor $sig nummer $n"; }; then
		ok "$sig: de getypte tekst staat op standaardfout"
	else
		not_ok "$sig: de getypte tekst staat op standaardfout" "$(cat "$T/err")"
	fi
done

# No terminal: one line, at once, status 1.
if timeout 5 "$VITAAL" </dev/null >"$T/out" 2>"$T/err"; then st=0; else st=$?; fi
if [ "$st" = 1 ] && [ "$(wc -l <"$T/err")" = 1 ] && grep -q '^vitaal: ' "$T/err" && [ ! -s "$T/out" ]; then
	ok "zonder terminal: één regel en status 1"
else
	not_ok "zonder terminal: één regel en status 1" "status=$st $(cat "$T/err") $(wc -c <"$T/out") bytes"
fi

# The terminal goes away (no SIGHUP: another session): the program ends
# within seconds with one line, instead of writing escape codes for ever.
if command -v python3 >/dev/null; then
	python3 - "$VITAAL" >"$T/gone" 2>&1 <<'PY'
import os, subprocess, sys, time
master, slave = os.openpty()
p = subprocess.Popen([sys.argv[1]], stdin=slave, stdout=slave, stderr=subprocess.PIPE,
                     start_new_session=True, env=dict(os.environ, TERM="xterm"))
os.close(slave)
seen = b""
end = time.time() + 5
while b"Gamma" not in seen and time.time() < end:
    seen += os.read(master, 65536)
os.close(master)
try:
    p.wait(timeout=5)
except subprocess.TimeoutExpired:
    p.kill()
    print("loopt nog na 5 s")
    sys.exit(1)
err = p.stderr.read().decode()
print(p.returncode, err, end="")
PY
	if [ "$(head -1 "$T/gone" | cut -d' ' -f1)" = 1 ] && grep -q "vitaal: de terminal is weg" "$T/gone" &&
	    [ "$(wc -l <"$T/gone")" = 1 ]; then
		ok "terminal weg: één regel en einde"
	else
		not_ok "terminal weg: één regel en einde" "$(cat "$T/gone")"
	fi
fi
done_testing
