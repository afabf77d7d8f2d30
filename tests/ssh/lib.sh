# SPDX-License-Identifier: GPL-3.0-or-later
# lib.sh: a real sshd on 127.0.0.1 and throwaway accounts, for the tests of
# a shared werkboek over SSH (gitolite style: one owner account, one
# authorized_keys line per person, a forced command).
#
# Needs root (it creates accounts and runs sshd), /usr/sbin/sshd, the ssh
# client, useradd/userdel/groupadd/groupdel and setpriv; without them the
# whole script is skipped (exit 77), unless VITAAL_REQUIRE_SSHD=1, which
# makes a missing piece an error (CI).
#
# What it sets up, all inside one temporary directory $T (0755, so the
# other accounts can reach what is theirs):
#   $BIN            a copy of $VITAAL that every account may run
#   $OWNER          the account that owns the werkboek, home $OWNER_HOME
#   $ANNA_ACCT      Anna's own shell account (for attempts to pass as her)
#   $BOB_ACCT       Bob's own shell account, the local attacker
#   $SHARED_GROUP   a group of $OWNER and $BOB_ACCT (a shared project dir)
#   $KEYS/NAME      throwaway ed25519 user keys: anna, bob, fac, eigen (the
#                   owner's own key) and los (a key nobody was given)
#   $PUB            $OWNER_HOME/sleutels: the public keys, readable by the
#                   owner, as they would arrive by mail
#   sshd            on 127.0.0.1:$SSH_PORT, log in $SSHD_LOG
# and removes the accounts, their processes, sshd and $T on exit, also
# after a failure or a signal.
#
# Helpers:
#   as_user ACCOUNT CMD...      run CMD as that account (setpriv), with a
#                               clean environment and HOME from passwd
#   ssh_as KEY [ssh args...] [-- command...]
#                               ssh to $OWNER@127.0.0.1 with that key
#                               (BatchMode, no known_hosts, time-bounded)
#   ssh_start KEY COLS LINES [ssh args...]
#                               ssh -tt in the tmux session "t" of
#                               tests/tui/lib.sh (screen, keys, wait_for,
#                               expect_screen and wait_exit work on it)
#   has_secret TEXT FILE...     is TEXT in the raw bytes of any FILE?

set -u
: "${VITAAL:?VITAAL must point to the vitaal binary (make check sets it)}"

skip_all() {
	if [ "${VITAAL_REQUIRE_SSHD:-0}" = 1 ]; then
		echo "Bail out! $1 (VITAAL_REQUIRE_SSHD=1)"
		exit 1
	fi
	echo "1..0 # SKIP $1"
	exit 77
}
[ "$(id -u)" = 0 ] ||
	skip_all "needs root: the SSH tests create throwaway accounts and run sshd"
[ -x /usr/sbin/sshd ] || skip_all "no /usr/sbin/sshd (apt-get install openssh-server)"
for tool in ssh ssh-keygen useradd userdel groupadd groupdel setpriv timeout; do
	command -v "$tool" >/dev/null 2>&1 ||
		skip_all "$tool not installed (openssh-client, passwd, util-linux, coreutils)"
done

# tmux, $T (a private temp dir), HOME, the pinned locale, ok/not_ok and
# done_testing come from the TUI helpers.
. "${top_srcdir:-.}/tests/tui/lib.sh"

# wait_for TEXT [SECONDS]: as in tests/tui/lib.sh, but done as soon as the
# program (here: the ssh client) has ended, since the screen no longer
# changes then; a refused login would otherwise cost every wait in full.
wait_for() {
	want=$1 limit=$(( ${2:-5} * 20 )) i=0
	while [ $i -lt $limit ]; do
		screen | grep -qF -- "$want" && return 0
		if [ -f "$T/exit" ]; then
			sleep 0.2
			screen | grep -qF -- "$want"
			return
		fi
		sleep 0.05
		i=$((i + 1))
	done
	return 1
}

SSHD_PID=""
ACCOUNTS=""
GROUPS_MADE=""

# pids_of_uid UID: the processes of that user, from /proc (procps may be
# missing in a fresh container).
pids_of_uid() {
	for st in /proc/[0-9]*/status; do
		awk -v u="$1" '$1 == "Uid:" && $2 == u { found = 1 } END { exit !found }' \
		    "$st" 2>/dev/null || continue
		p=${st#/proc/}
		echo "${p%/status}"
	done
}

ssh_cleanup() {
	for cm in "$T"/cm-*; do		# shared connections of ssh_as (SSH_MUX=1)
		[ -S "$cm" ] && ssh -F /dev/null -o ControlPath="$cm" -O exit x >/dev/null 2>&1
	done
	if [ -n "$SSHD_PID" ]; then
		kill "$SSHD_PID" 2>/dev/null
		i=0
		while kill -0 "$SSHD_PID" 2>/dev/null && [ $i -lt 40 ]; do
			sleep 0.05
			i=$((i + 1))
		done
		kill -9 "$SSHD_PID" 2>/dev/null
		wait "$SSHD_PID" 2>/dev/null
		SSHD_PID=""
	fi
	tm kill-server 2>/dev/null
	for a in $ACCOUNTS; do
		uid=$(id -u "$a" 2>/dev/null) || continue
		[ "$uid" -gt 0 ] 2>/dev/null || continue
		for sig in TERM KILL; do
			for p in $(pids_of_uid "$uid"); do kill -"$sig" "$p" 2>/dev/null; done
			[ -z "$(pids_of_uid "$uid")" ] && break
			sleep 0.2
		done
	done
	for a in $ACCOUNTS; do
		userdel "$a" >/dev/null 2>&1 || userdel -f "$a" >/dev/null 2>&1
		getent group "$a" >/dev/null 2>&1 && groupdel "$a" >/dev/null 2>&1
	done
	for g in $GROUPS_MADE; do groupdel "$g" >/dev/null 2>&1; done
	ACCOUNTS="" GROUPS_MADE=""
	# Anything planted outside $T by a test that went wrong.
	rm -f "/tmp/vitaal-pwned-$$" "/tmp/vitaal-pwned-$$".* 2>/dev/null
	cleanup	# tests/tui/lib.sh: tmux and $T
}
trap ssh_cleanup EXIT
trap 'exit 129' HUP
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 141' PIPE

chmod 755 "$T"
mkdir -p "$T/bin" "$T/h" "$T/sshd" "$T/keys"
chmod 755 "$T/bin" "$T/h"
chmod 700 "$T/sshd" "$T/keys"
BIN="$T/bin/vitaal"
cp "$VITAAL" "$BIN" && chmod 755 "$BIN" || skip_all "cannot copy $VITAAL"

# Unique, short account names: vt<pid><letter>; another name if one is
# taken (a run that was killed too hard to clean up).
PFX="vt$$"
n=0
while getent passwd "${PFX}w" >/dev/null 2>&1 || getent passwd "${PFX}a" >/dev/null 2>&1 ||
    getent passwd "${PFX}b" >/dev/null 2>&1 || getent group "${PFX}g" >/dev/null 2>&1; do
	n=$((n + 1))
	PFX="vt$$x$n"
done
OWNER="${PFX}w"
ANNA_ACCT="${PFX}a"
BOB_ACCT="${PFX}b"
SHARED_GROUP="${PFX}g"

# make_account NAME: shell /bin/sh, home $T/h/NAME (0755, theirs), password
# field '*' (no password, but not locked: sshd without PAM refuses '!').
make_account() {
	tries=0
	until useradd -M -U -d "$T/h/$1" -s /bin/sh -p '*' "$1" >>"$T/useradd.log" 2>&1; do
		tries=$((tries + 1))	# /etc/passwd may be locked by a parallel test
		[ $tries -ge 5 ] && return 1
		sleep 1
	done
	ACCOUNTS="$ACCOUNTS $1"
	mkdir -p "$T/h/$1" && chown "$1:$1" "$T/h/$1" && chmod 755 "$T/h/$1"
}
for a in "$OWNER" "$ANNA_ACCT" "$BOB_ACCT"; do
	make_account "$a" || { echo "Bail out! useradd $a: $(cat "$T/useradd.log")"; exit 1; }
done
if groupadd "$SHARED_GROUP" >>"$T/useradd.log" 2>&1; then
	GROUPS_MADE="$SHARED_GROUP"
	usermod -a -G "$SHARED_GROUP" "$OWNER" >>"$T/useradd.log" 2>&1
	usermod -a -G "$SHARED_GROUP" "$BOB_ACCT" >>"$T/useradd.log" 2>&1
fi
OWNER_HOME="$T/h/$OWNER"
ANNA_HOME="$T/h/$ANNA_ACCT"
BOB_HOME="$T/h/$BOB_ACCT"

# home_of ACCOUNT: the home directory from passwd.
home_of() { getent passwd "$1" | cut -d: -f6; }

# as_user ACCOUNT CMD...: CMD as that account and its groups, in its home,
# with a clean environment (no $USER or $LOGNAME but its own) and umask 022.
as_user() {
	acct=$1
	shift
	h=$(home_of "$acct")
	(
		cd "$h" || exit 1
		umask 022
		exec env -i HOME="$h" USER="$acct" LOGNAME="$acct" SHELL=/bin/sh \
		    PATH=/usr/local/bin:/usr/bin:/bin LANG=C.UTF-8 LC_ALL=C.UTF-8 TZ=UTC \
		    setpriv --reuid="$(id -u "$acct")" --regid="$(id -g "$acct")" --init-groups \
		    -- "$@"
	)
}

# The other accounts must be able to run the copy (TMPDIR may be private).
as_user "$OWNER" "$BIN" --version >/dev/null 2>&1 ||
	skip_all "the account $OWNER cannot run $BIN (is TMPDIR=${TMPDIR:-/tmp} reachable for other users?)"

# --- keys --------------------------------------------------------------
KEYS="$T/keys"
ssh-keygen -q -t ed25519 -N '' -C "vitaal-test-host" -f "$T/sshd/host_ed25519" ||
	{ echo "Bail out! ssh-keygen (host key)"; exit 1; }
for k in anna bob fac eigen los; do
	ssh-keygen -q -t ed25519 -N '' -C "$k@vitaal-test" -f "$KEYS/$k" ||
		{ echo "Bail out! ssh-keygen ($k)"; exit 1; }
done
# The public keys as the owner receives them (by mail, on a stick).
PUB="$OWNER_HOME/sleutels"
mkdir "$PUB"
for k in anna bob fac eigen los; do cp "$KEYS/$k.pub" "$PUB/$k.pub"; done
chown -R "$OWNER:$OWNER" "$PUB"

# --- sshd --------------------------------------------------------------
SSHD_LOG="$T/sshd/log"
SSHD_CFG="$T/sshd/sshd_config"
mkdir -p /run/sshd && chmod 755 /run/sshd

write_sshd_config() {	# write_sshd_config PORT [EXTRA-LINE]
	cat >"$SSHD_CFG" <<CFG
Port $1
ListenAddress 127.0.0.1
HostKey $T/sshd/host_ed25519
PidFile $T/sshd/sshd.pid
UsePAM no
PasswordAuthentication no
KbdInteractiveAuthentication no
PubkeyAuthentication yes
AuthenticationMethods publickey
PermitRootLogin no
AuthorizedKeysFile .ssh/authorized_keys
StrictModes yes
AllowUsers $OWNER $ANNA_ACCT $BOB_ACCT
LogLevel VERBOSE
UseDNS no
PrintMotd no
PrintLastLog no
X11Forwarding no
PermitUserEnvironment no
AcceptEnv LANG LC_*
MaxStartups 100:30:200
${2:-}
CFG
}

# Newer OpenSSH (9.8+) penalises a source address after refused logins;
# the tests refuse on purpose, from 127.0.0.1, many times.
write_sshd_config 22
SSHD_EXTRA=""
if /usr/sbin/sshd -t -f "$SSHD_CFG" -o PerSourcePenalties=no >/dev/null 2>&1; then
	SSHD_EXTRA="PerSourcePenalties no"
fi
if ! /usr/sbin/sshd -t -f "$SSHD_CFG" >"$T/sshd/t.out" 2>&1; then
	echo "Bail out! sshd -t rejects the test configuration: $(cat "$T/sshd/t.out")"
	exit 1
fi

# A free port: start sshd on a candidate and see it listen (no race with
# another test picking the same one: a taken port makes sshd exit).
SSH_PORT=""
try=0
seed=$(( $$ + $(date +%N 2>/dev/null | sed 's/^0*//;s/^$/0/') % 9973 ))
while [ -z "$SSH_PORT" ] && [ $try -lt 15 ]; do
	port=$(( 20000 + (seed * 31 + try * 7919) % 40000 ))
	try=$((try + 1))
	write_sshd_config "$port" "$SSHD_EXTRA"
	: >"$SSHD_LOG"
	/usr/sbin/sshd -D -f "$SSHD_CFG" -E "$SSHD_LOG" </dev/null &
	SSHD_PID=$!
	i=0
	while [ $i -lt 200 ]; do	# 10 s
		if grep -q "Server listening on 127.0.0.1 port $port" "$SSHD_LOG" 2>/dev/null; then
			SSH_PORT=$port
			break
		fi
		kill -0 "$SSHD_PID" 2>/dev/null || break
		sleep 0.05
		i=$((i + 1))
	done
	if [ -z "$SSH_PORT" ]; then
		kill "$SSHD_PID" 2>/dev/null
		wait "$SSHD_PID" 2>/dev/null
		SSHD_PID=""
	fi
done
if [ -z "$SSH_PORT" ]; then
	echo "Bail out! sshd did not start: $(tail -5 "$SSHD_LOG")"
	exit 1
fi

# --- clients -----------------------------------------------------------
# ssh_base ARGS...: the ssh client with nothing of this machine's
# configuration, keys or known hosts; at most $SSH_TIMEOUT seconds.
ssh_base() {
	timeout -k 2 "${SSH_TIMEOUT:-20}" ssh -F /dev/null \
	    -o BatchMode=yes -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null \
	    -o GlobalKnownHostsFile=/dev/null -o IdentitiesOnly=yes -o IdentityAgent=none \
	    -o ConnectTimeout=5 -o LogLevel=ERROR -o "SendEnv=LANG LC_*" -p "$SSH_PORT" "$@"
}

# ssh_as KEY [ssh args...] [-- command...]: to $OWNER@127.0.0.1 with
# $KEYS/KEY. (OpenSSH takes options after the destination; '--' ends
# them and the rest is the command.) Standard input is /dev/null. With
# SSH_MUX=1 the sessions of one key share one connection (much quicker
# for many attempts; each session still runs the forced command); a test
# of logging in itself (a revoked key) must not use it.
ssh_as() {
	k=$1
	shift
	if [ "${SSH_MUX:-0}" = 1 ]; then
		ssh_base -o ControlMaster=auto -o ControlPath="$T/cm-$k" -o ControlPersist=yes \
		    -i "$KEYS/$k" "$OWNER@127.0.0.1" "$@" </dev/null
	else
		ssh_base -o ControlMaster=no -o ControlPath=none -i "$KEYS/$k" "$OWNER@127.0.0.1" \
		    "$@" </dev/null
	fi
}

# ssh_start KEY COLS LINES [ssh args...]: `ssh -tt` with that key in the
# tmux session "t" (see start in tests/tui/lib.sh). timeout --foreground:
# otherwise timeout puts ssh in a process group of its own, and ssh stops
# (SIGTTOU) when it sets the terminal to raw mode.
ssh_start() {
	k=$1
	shift
	cat >"$T/ssh-$k" <<WRAP
#!/bin/sh
exec timeout --foreground -k 2 ${SSH_TUI_TIMEOUT:-60} ssh -F /dev/null -tt \\
    -o BatchMode=yes -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null \\
    -o GlobalKnownHostsFile=/dev/null -o IdentitiesOnly=yes -o IdentityAgent=none \\
    -o ControlMaster=no -o ControlPath=none -o ConnectTimeout=5 -o LogLevel=ERROR \\
    -o "SendEnv=LANG LC_*" -p "$SSH_PORT" -i "$KEYS/$k" "$OWNER@127.0.0.1" "\$@"
WRAP
	chmod 755 "$T/ssh-$k"
	ssh_saved_vitaal=$VITAAL
	VITAAL="$T/ssh-$k"
	start "$@"
	VITAAL=$ssh_saved_vitaal
}

# has_secret TEXT FILE...: TEXT occurs in the raw bytes of a FILE (as root;
# a missing file holds nothing).
has_secret() {
	s=$1
	shift
	for f in "$@"; do
		[ -f "$f" ] && grep -aqF -- "$s" "$f" && return 0
	done
	return 1
}

# refused DESCRIPTION RC OUTFILE ERRFILE: the attempt was turned away by
# Vitaal itself: a non-zero status that is not ssh's own failure (255),
# and a "vitaal: ..." line on standard error.
refused() {
	if [ "$2" -ne 0 ] && [ "$2" -ne 255 ] && [ "$2" -lt 124 ] &&
	    grep -q '^vitaal: ' "$4"; then
		ok "$1"
	else
		not_ok "$1" "status $2; stdout: $(head -c 300 "$3"); stderr: $(head -c 300 "$4")"
	fi
}

# not_reached DESCRIPTION CMD...: after an attempt over ssh (status in
# $rc, output in $T/out and $T/err): ok when CMD fails (CMD tests whether
# the attack got through, e.g. grep for a secret). Not ok when it got
# through, and also when ssh itself failed (255), timed out or the forced
# command could not start (124 and up): then nothing was tried and there
# is nothing to judge.
not_reached() {
	d=$1
	shift
	if "$@"; then
		not_ok "$d" "it got through: $(head -c 300 "$T/out")"
	elif [ "$rc" -eq 255 ] || [ "$rc" -ge 124 ]; then
		not_ok "$d" "ssh ended with $rc before Vitaal answered, nothing to judge: $(head -c 200 "$T/err")"
	else
		ok "$d"
	fi
}

# file_state FILE...: size, mode, owner, mtime and checksum, to compare.
file_state() {
	for f in "$@"; do
		if [ -e "$f" ] || [ -L "$f" ]; then
			printf '%s %s %s\n' "$f" "$(stat -c '%s %a %U %Y' "$f")" \
			    "$(cksum <"$f" 2>/dev/null)"
		else
			printf '%s absent\n' "$f"
		fi
	done
}
