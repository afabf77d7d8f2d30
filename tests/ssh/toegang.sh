#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# toegang.sh: a shared werkboek over a real sshd, gitolite style. The
# owner's account holds the werkboek; `vitaal toegang toevoegen` gives
# Anna, Bob and a facilitator each a line in the owner's authorized_keys
# with a forced command; `toegang lijst` shows them; `toegang intrekken`
# takes one away. Wrong input changes nothing. Over SSH each person gets
# Vitaal as themselves and nothing else: no shell, no command of their
# own, no port forwarding; a facilitator may ask for an export on
# standard output, a deelnemer may not.
. "${top_srcdir:-.}/tests/ssh/lib.sh"

WERK="$OWNER_HOME/werk"
W="$WERK/werkboek.db"
AK="$OWNER_HOME/.ssh/authorized_keys"
BIN_REAL=$(realpath "$BIN")
W_REAL="$(realpath "$OWNER_HOME")/werk/werkboek.db"

# capture CMD...: run CMD; $rc, and its output in $T/out and $T/err.
capture() {
	"$@" >"$T/out" 2>"$T/err" </dev/null
	rc=$?
}
owner() { as_user "$OWNER" "$BIN" --db "$W" "$@"; }
sql_owner() { as_user "$OWNER" "${SQLITE3_SHELL:-sqlite3}" "$W" "$@"; }
one_line_error() {	# one_line_error DESCRIPTION WANT-RC: after capture
	nl=$(wc -l <"$T/err")
	if [ "$rc" = "$2" ] && [ "$nl" -eq 1 ] && grep -q '^vitaal: ' "$T/err"; then
		ok "$1"
	else
		not_ok "$1" "status $rc (want $2), $nl line(s) on stderr: $(head -c 400 "$T/err")"
	fi
}
same_file() {		# same_file DESCRIPTION SAVED-COPY FILE
	if cmp -s "$2" "$3"; then ok "$1"; else not_ok "$1" "$(diff "$2" "$3" | head -20)"; fi
}
key_blob() { cut -d' ' -f1,2 "$1"; }	# "ssh-ed25519 AAAA…" of a .pub

# --- the owner's own key, before Vitaal: sshd and the account work ------
as_user "$OWNER" sh -c 'mkdir -m 700 .ssh && {
	echo "# eigen sleutel van de eigenaar, niet van Vitaal"
	cat sleutels/eigen.pub
} >.ssh/authorized_keys && chmod 600 .ssh/authorized_keys && mkdir werk'
cp "$AK" "$T/ak.eigen"
capture ssh_as eigen -- echo verbonden
if [ "$rc" = 0 ] && grep -qx verbonden "$T/out"; then
	ok "sshd werkt: de eigen sleutel van de eigenaar geeft een shell"
else
	not_ok "sshd werkt: de eigen sleutel van de eigenaar geeft een shell" \
	    "status $rc: $(cat "$T/err") $(tail -5 "$SSHD_LOG")"
fi

# --- the werkboek ----------------------------------------------------------
capture owner coalitie nieuw "Iedereen onder dak"
[ "$rc" = 0 ] && ok "eigenaar maakt het werkboek" || not_ok "eigenaar maakt het werkboek" "$(cat "$T/err")"
st=$(stat -c '%a %U' "$W" 2>&1)
[ "$st" = "600 $OWNER" ] && ok "werkboek is 0600 en van de eigenaar (umask 022)" ||
	not_ok "werkboek is 0600 en van de eigenaar (umask 022)" "$st"

# --- toegang toevoegen -----------------------------------------------------
capture owner toegang toevoegen anna "$PUB/anna.pub" --naam "Anna de Vries"
[ "$rc" = 0 ] && ok "toegang toevoegen anna (deelnemer)" ||
	not_ok "toegang toevoegen anna (deelnemer)" "status $rc: $(cat "$T/err")"
capture owner toegang toevoegen bob "$PUB/bob.pub" --naam "Bob Bakker"
[ "$rc" = 0 ] && ok "toegang toevoegen bob (deelnemer)" ||
	not_ok "toegang toevoegen bob (deelnemer)" "status $rc: $(cat "$T/err")"
capture owner toegang toevoegen fac "$PUB/fac.pub" --facilitator --naam "Fien Facilitator"
[ "$rc" = 0 ] && ok "toegang toevoegen fac --facilitator" ||
	not_ok "toegang toevoegen fac --facilitator" "status $rc: $(cat "$T/err")"

head -n 2 "$AK" >"$T/ak.head"
same_file "de regels die er al stonden blijven staan, bovenaan" "$T/ak.eigen" "$T/ak.head"
st=$(stat -c '%a %U' "$AK" "$OWNER_HOME/.ssh" 2>&1 | tr '\n' ' ')
[ "$st" = "600 $OWNER 700 $OWNER " ] && ok "authorized_keys 0600, ~/.ssh 0700, van de eigenaar" ||
	not_ok "authorized_keys 0600, ~/.ssh 0700, van de eigenaar" "$st"
for who in anna bob fac; do
	extra=""
	[ $who = fac ] && extra=" --facilitator"
	want="restrict,pty,command=\"'$BIN_REAL' --db '$W_REAL' --als $who$extra\" $(key_blob "$PUB/$who.pub")"
	n=$(grep -cF -- "$want" "$AK")
	[ "$n" = 1 ] && ok "authorized_keys: één regel voor $who, restrict,pty en de opdracht" ||
		not_ok "authorized_keys: één regel voor $who, restrict,pty en de opdracht" \
		    "want: $want
file:
$(cat "$AK")"
done
left=$(ls -A "$OWNER_HOME/.ssh")
[ "$left" = authorized_keys ] && ok "~/.ssh: alleen authorized_keys, geen tijdelijke bestanden" ||
	not_ok "~/.ssh: alleen authorized_keys, geen tijdelijke bestanden" "$left"
n=$(grep -vc '^restrict,pty,command=' "$AK")
[ "$n" = 2 ] && ok "geen andere regels bijgekomen" || not_ok "geen andere regels bijgekomen" "$(cat "$AK")"

have_toegang=0
capture owner toegang lijst
[ "$rc" = 0 ] && have_toegang=1
if [ "$rc" = 0 ] && grep -i anna "$T/out" | grep -qw deelnemer &&
    grep -i bob "$T/out" | grep -qw deelnemer && grep -i fac "$T/out" | grep -qw facilitator; then
	ok "toegang lijst: anna en bob deelnemer, fac facilitator"
else
	not_ok "toegang lijst: anna en bob deelnemer, fac facilitator" "status $rc: $(cat "$T/out" "$T/err")"
fi
logins=$(sql_owner "SELECT group_concat(login, ' ') FROM (SELECT login FROM participant WHERE login IN ('anna','bob','fac') ORDER BY login)" 2>&1)
[ "$logins" = "anna bob fac" ] && ok "de drie zijn personen in het werkboek, met hun naam als login" ||
	not_ok "de drie zijn personen in het werkboek, met hun naam als login" "$logins"

# --- from the passwd home, created 0700/0600; --bestand ------------------
mkdir "$T/nep" && chown "$ANNA_ACCT" "$T/nep"
capture as_user "$ANNA_ACCT" env HOME="$T/nep" "$BIN" --db "$ANNA_HOME/eigen.db" \
    toegang toevoegen gast "$PUB/los.pub"
st=$(stat -c '%a %U' "$ANNA_HOME/.ssh" "$ANNA_HOME/.ssh/authorized_keys" 2>&1 | tr '\n' ' ')
if [ "$rc" = 0 ] && [ "$st" = "700 $ANNA_ACCT 600 $ANNA_ACCT " ] && [ ! -e "$T/nep/.ssh" ]; then
	ok "zonder ~/.ssh: aangemaakt 0700/0600 in de home uit passwd, niet in \$HOME"
else
	not_ok "zonder ~/.ssh: aangemaakt 0700/0600 in de home uit passwd, niet in \$HOME" \
	    "status $rc: $(cat "$T/err"); $st; nep: $(ls -la "$T/nep" 2>&1 | tail -n +2)"
fi
capture as_user "$ANNA_ACCT" "$BIN" --db "$ANNA_HOME/eigen.db" toegang toevoegen gast2 \
    "$PUB/eigen.pub" --bestand "$ANNA_HOME/andere_sleutels"
if [ "$rc" = 0 ] && grep -q -- "--als gast2\"" "$ANNA_HOME/andere_sleutels" 2>/dev/null &&
    ! grep -q gast2 "$ANNA_HOME/.ssh/authorized_keys"; then
	ok "--bestand: de regel in dat bestand, niet in ~/.ssh"
else
	not_ok "--bestand: de regel in dat bestand, niet in ~/.ssh" "status $rc: $(cat "$T/err")"
fi

# --- mistakes change nothing ---------------------------------------------
cp "$AK" "$T/ak.before"
cp -p "$W" "$T/w.backup"
owner toegang lijst >"$T/lijst.before" 2>&1
# restore: after a wrong attempt that did change something, put the
# authorized_keys and the werkboek back, so the next check stands alone.
restore() {
	cmp -s "$T/ak.before" "$AK" || cp "$T/ak.before" "$AK"
	cmp -s "$T/w.backup" "$W" || { cp -p "$T/w.backup" "$W"; rm -f "$W-wal" "$W-shm"; }
}
cp "$KEYS/los" "$OWNER_HOME/los_prive" && chown "$OWNER" "$OWNER_HOME/los_prive"
{ printf 'command="/bin/sh",no-pty '; cat "$KEYS/los.pub"; } >"$OWNER_HOME/opties.pub"
cat "$KEYS/los.pub" "$KEYS/eigen.pub" >"$OWNER_HOME/twee.pub"
printf 'dit is geen sleutel\n' >"$OWNER_HOME/onzin.pub"
chown "$OWNER" "$OWNER_HOME/opties.pub" "$OWNER_HOME/twee.pub" "$OWNER_HOME/onzin.pub"
unchanged() {		# unchanged WHAT: authorized_keys and the list as before
	cmp -s "$T/ak.before" "$AK" && owner toegang lijst >"$T/lijst.now" 2>&1 &&
	    cmp -s "$T/lijst.before" "$T/lijst.now" && ok "$1: niets veranderd" ||
		not_ok "$1: niets veranderd" "$(diff "$T/ak.before" "$AK" | cut -c1-160 | head -5; diff "$T/lijst.before" "$T/lijst.now" | head -5)"
	restore
}
try_wrong() {		# try_wrong WHAT ARGS...: one line, exit 1, nothing changed
	what=$1
	shift
	if [ $have_toegang = 0 ]; then	# a refusal by a missing command proves nothing
		not_ok "$what: één regel, status 1" "'toegang lijst' werkt niet: niet te beoordelen"
		not_ok "$what: niets veranderd" "'toegang lijst' werkt niet: niet te beoordelen"
		return
	fi
	capture owner toegang toevoegen "$@"
	one_line_error "$what: één regel, status 1" 1
	unchanged "$what"
}
try_wrong "sleutelbestand bestaat niet" carla "$PUB/bestaat-niet.pub"
try_wrong "privésleutel in plaats van .pub" carla "$OWNER_HOME/los_prive"
try_wrong "geen sleutel in het bestand" carla "$OWNER_HOME/onzin.pub"
try_wrong "naam bestaat al" anna "$PUB/los.pub"
try_wrong "zelfde sleutel voor een tweede naam" carla "$PUB/anna.pub"
try_wrong "opties in het .pub-bestand (command=\"/bin/sh\")" carla "$OWNER_HOME/opties.pub"
try_wrong "twee sleutels in één .pub-bestand" carla "$OWNER_HOME/twee.pub"
grep -q "los@vitaal-test" "$AK" && not_ok "de privésleutel staat niet in authorized_keys" ||
	ok "de privésleutel staat niet in authorized_keys"
# A name ends up unquoted after --als in the forced command: only plain
# names may pass.
for bad in 'car la' 'x;id' "o'neil" 'x"y' '$(id)' '--facilitator' 'a
b'; do
	capture owner toegang toevoegen "$bad" "$PUB/los.pub"
	shown=$(printf '%s' "$bad" | tr '\n' '^')
	if [ $have_toegang = 1 ] && [ "$rc" -ne 0 ] && grep -q '^vitaal: ' "$T/err" &&
	    cmp -s "$T/ak.before" "$AK"; then
		ok "naam '$shown' geweigerd, niets veranderd"
	else
		not_ok "naam '$shown' geweigerd, niets veranderd" "status $rc: $(cat "$T/err"); $(diff "$T/ak.before" "$AK" | cut -c1-160 | head -5)"
		restore
	fi
done

# --- identity: --als only from sshd, the werkboek only for its owner ------
capture owner --als anna coalitie lijst
one_line_error "--als zonder SSH_CONNECTION geweigerd" 1
cp "$W" "$T/w.before"
capture as_user "$BOB_ACCT" "$BIN" --db "$W" coalitie lijst
one_line_error "een ander account opent het werkboek niet" 1
same_file "  en het werkboek is niet aangeraakt" "$T/w.before" "$W"

# --- over SSH: Anna in the workbook, as herself ---------------------------
ssh_start anna 100 30
expect_screen "ssh -t anna: het werkboek opent" "Iedereen onder dak" 10
if wait_for "Anna de Vries" 1; then
	ok "ssh -t anna: Vitaal weet dat zij Anna is"
else
	keys i		# the intervisie screen names who is at the terminal
	if wait_for "Anna de Vries" 3 && ! screen | grep -q "Wie bent u"; then
		ok "ssh -t anna: Vitaal weet dat zij Anna is"
	else
		not_ok "ssh -t anna: Vitaal weet dat zij Anna is" "$(screen)"
	fi
	keys Escape
	wait_for "Iedereen onder dak" 2
fi
keys q
expect_exit "q sluit af, ssh eindigt met status 0" 0

# --- a command of one's own is never run ---------------------------------
for who in anna fac; do
	capture ssh_as $who -- "touch /tmp/vitaal-pwned-$$"
	refused "$who: 'touch …' geweigerd" "$rc" "$T/out" "$T/err"
	not_reached "$who: 'touch …' niet uitgevoerd" test -e "/tmp/vitaal-pwned-$$"
	rm -f "/tmp/vitaal-pwned-$$"
	capture ssh_as $who -- cat /etc/passwd
	refused "$who: 'cat /etc/passwd' geweigerd" "$rc" "$T/out" "$T/err"
	not_reached "$who: geen regels uit /etc/passwd" grep -q '^root:' "$T/out" "$T/err"
	capture ssh_as $who -- sh -c id
	refused "$who: 'sh -c id' geweigerd" "$rc" "$T/out" "$T/err"
	not_reached "$who: 'sh -c id' niet uitgevoerd" grep -q 'uid=' "$T/out" "$T/err"
done

# --- what a facilitator may ask, and a deelnemer not -----------------------
json_ok() {
	if command -v python3 >/dev/null 2>&1; then
		python3 -c 'import json, sys; json.load(sys.stdin)' <"$1" 2>/dev/null
	else
		head -c 1 "$1" | grep -q '{'
	fi
}
capture ssh_as fac -- export --format json
if [ "$rc" = 0 ] && json_ok "$T/out" && grep -q "Iedereen onder dak" "$T/out"; then
	ok "fac: ssh … export --format json geeft JSON op stdout"
else
	not_ok "fac: ssh … export --format json geeft JSON op stdout" "status $rc: $(head -c 300 "$T/err")"
fi
capture ssh_as fac -- coalitie lijst
[ "$rc" = 0 ] && grep -q "Iedereen onder dak" "$T/out" && ok "fac: coalitie lijst" ||
	not_ok "fac: coalitie lijst" "status $rc: $(cat "$T/out" "$T/err" | head -c 300)"
capture ssh_as fac -- sessie lijst
[ "$rc" = 0 ] && ok "fac: sessie lijst" || not_ok "fac: sessie lijst" "status $rc: $(head -c 300 "$T/err")"
capture ssh_as anna -- export --format json
refused "anna (deelnemer): export --format json geweigerd" "$rc" "$T/out" "$T/err"
not_reached "anna: geen werkboek op stdout" grep -q "Iedereen onder dak" "$T/out"
capture ssh_as anna -- coalitie lijst
refused "anna (deelnemer): coalitie lijst geweigerd" "$rc" "$T/out" "$T/err"
capture ssh_as fac -- export --format json -o "/tmp/vitaal-pwned-$$"
refused "fac: export -o BESTAND geweigerd" "$rc" "$T/out" "$T/err"
not_reached "fac: geen bestand geschreven" test -e "/tmp/vitaal-pwned-$$"
rm -f "/tmp/vitaal-pwned-$$"

# The wall: a facilitator's, not a deelnemer's.
ssh_start fac 100 30 projector
expect_screen "fac: ssh -t … projector toont de muur" "Wacht op de facilitator" 10
keys q
wait_exit 3 || { keys C-c; wait_exit 3; }
START_LINGER=1	# keep the pane a moment: the refusal is its last output
ssh_start anna 100 30 projector
START_LINGER=0
if wait_exit 10 && [ "$status" != 0 ] && [ "$status" != 255 ] && screen | grep -q 'vitaal: '; then
	ok "anna: projector geweigerd"
else
	not_ok "anna: projector geweigerd" "status $status; $(screen | grep -v '^$' | head -5)"
	keys q
	wait_exit 3
fi

# --- no port forwarding (restrict) ---------------------------------------
SSH_TIMEOUT=8
capture ssh_as anna -o ExitOnForwardFailure=yes -N -R "127.0.0.1:0:127.0.0.1:$SSH_PORT"
[ "$rc" = 255 ] && grep -q "remote port forwarding failed" "$T/err" && ok "ssh -R geweigerd" ||
	not_ok "ssh -R geweigerd" "status $rc: $(cat "$T/err")"
capture ssh_as anna -W "127.0.0.1:$SSH_PORT"
[ "$rc" = 255 ] && grep -q "stdio forwarding failed" "$T/err" && ! grep -q 'SSH-2.0' "$T/out" &&
	ok "ssh -W geweigerd" || not_ok "ssh -W geweigerd" "status $rc: $(cat "$T/err") $(head -c 100 "$T/out")"
# -L: the local end listens; the other end must refuse every channel. The
# probe logs in through it with the owner's own key (a shell), so a
# working tunnel would print "door-de-tunnel".
lport=$(( SSH_PORT < 60000 ? SSH_PORT + 1 + $$ % 997 : SSH_PORT - 1 - $$ % 997 ))
SSH_TIMEOUT=15
ssh_as anna -o ExitOnForwardFailure=yes -N -L "127.0.0.1:$lport:127.0.0.1:$SSH_PORT" \
    >"$T/fwd.out" 2>"$T/fwd.err" &
fwd=$!
i=0 probe=""
while [ $i -lt 50 ]; do
	probe=$(timeout 5 ssh -F /dev/null -o BatchMode=yes -o StrictHostKeyChecking=no \
	    -o UserKnownHostsFile=/dev/null -o IdentitiesOnly=yes -o IdentityAgent=none \
	    -o ConnectTimeout=3 -i "$KEYS/eigen" -p "$lport" "$OWNER@127.0.0.1" \
	    echo door-de-tunnel 2>&1 </dev/null)
	printf '%s' "$probe" | grep -q "Connection refused" || break
	kill -0 $fwd 2>/dev/null || break
	sleep 0.1
	i=$((i + 1))
done
kill $fwd 2>/dev/null
wait $fwd 2>/dev/null
SSH_TIMEOUT=20
if printf '%s' "$probe" | grep -q door-de-tunnel; then
	not_ok "ssh -L: geen verbinding door de tunnel" "$probe"
elif grep -q "refused local port forward" "$SSHD_LOG"; then
	ok "ssh -L: geen verbinding door de tunnel (sshd: refused local port forward)"
else
	not_ok "ssh -L: geen verbinding door de tunnel" "probe: $probe; sshd: $(grep -i forward "$SSHD_LOG" | tail -3)"
fi

# --- toegang intrekken ---------------------------------------------------
capture ssh_as bob -- sh
refused "bob kwam er eerst wel in (alleen 'sh' geweigerd)" "$rc" "$T/out" "$T/err"
cp "$AK" "$T/ak.before"
grep -vE -- "--als bob( --facilitator)?\"" "$T/ak.before" >"$T/ak.want"
capture owner toegang intrekken bob
[ "$rc" = 0 ] && ok "toegang intrekken bob" || not_ok "toegang intrekken bob" "status $rc: $(cat "$T/err")"
same_file "alleen bobs regel weg, de rest byte voor byte gelijk" "$T/ak.want" "$AK"
capture ssh_as bob -- coalitie lijst
[ "$rc" = 255 ] && grep -q "Permission denied" "$T/err" && ok "bob komt er niet meer in" ||
	not_ok "bob komt er niet meer in" "status $rc: $(cat "$T/out" "$T/err" | head -c 300)"
capture ssh_as fac -- coalitie lijst
[ "$rc" = 0 ] && ok "fac kan nog steeds" || not_ok "fac kan nog steeds" "status $rc: $(cat "$T/err")"
# A second key for fac, added by hand: intrekken takes every line of hers.
as_user "$OWNER" sh -c "grep -- '--als fac --facilitator\"' .ssh/authorized_keys |
    sed 's|ssh-ed25519 [^ ]*.*|$(key_blob "$PUB/los.pub") tweede@sleutel|' >>.ssh/authorized_keys"
grep -vE -- "--als fac( --facilitator)?\"" "$AK" >"$T/ak.want"
n=$(grep -c -- "--als fac --facilitator\"" "$AK")
capture owner toegang intrekken fac
if [ "$n" = 2 ] && [ "$rc" = 0 ] && cmp -s "$T/ak.want" "$AK"; then
	ok "intrekken fac: beide regels van fac weg (ook een tweede sleutel), de rest gelijk"
else
	not_ok "intrekken fac: beide regels van fac weg (ook een tweede sleutel), de rest gelijk" \
	    "$n lines before; status $rc: $(cat "$T/err"); $(diff "$T/ak.want" "$AK" | cut -c1-160 | head -5)"
fi
capture ssh_as fac -- coalitie lijst
[ "$rc" = 255 ] && grep -q "Permission denied" "$T/err" && ok "fac komt er niet meer in" ||
	not_ok "fac komt er niet meer in" "status $rc: $(cat "$T/out" "$T/err" | head -c 300)"
capture ssh_as anna -- zelfanalyse lijst
[ "$rc" = 0 ] && ok "anna nog wel (zelfanalyse lijst)" ||
	not_ok "anna nog wel (zelfanalyse lijst)" "status $rc: $(cat "$T/err")"

cp "$AK" "$T/ak.before"
owner toegang lijst >"$T/lijst.before" 2>&1
capture owner toegang intrekken niemand
one_line_error "intrekken van een onbekende naam: één regel, status 1" 1
unchanged "intrekken van een onbekende naam"

done_testing
