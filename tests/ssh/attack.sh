#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# attack.sh: Anna's private self-analysis stays hers. Anna works in the
# shared werkboek over SSH, as she would: a private analysis whose answer
# holds a secret word (and, in its history, an earlier draft with another
# one), a shared analysis, and a third one she deletes again. Then Bob,
# from his own shell account and over SSH, and the facilitator over SSH,
# try every way in we could think of: the raw files, Vitaal with another
# identity, every export the whitelist lets through and the ones it must
# not, commands smuggled into the SSH request, the workbook screens, a
# crafted import, and symlinks planted where the owner exports. Any hit of
# a secret fails. Every attempt is one TAP line, named for what it tries.
. "${top_srcdir:-.}/tests/ssh/lib.sh"

SECRET="GEHEIM-$$-ANNA"		# Anna's private answer, as it is now
DRAFT="CONCEPT-$$-ANNA"		# its earlier draft: only in the history
GONE="WEG-$$-ANNA"		# in an analysis Anna deletes
SHARED="GEDEELD-$$-ANNA"	# in the analysis she shares with her group
RESCUED="RED-$$-ANNA"		# typed when the werkboek refused it: in herstel/
INJECT="INGESLOPEN-$$"		# what a crafted import tries to slip in

# What this script writes itself (attempts' output with secrets in it)
# stays root's: Bob's last grep must find only what Vitaal left readable.
umask 077
WERK="$OWNER_HOME/werk"
W="$WERK/werkboek.db"
VICTIM="$OWNER_HOME/slachtoffer.txt"

capture() { "$@" >"$T/out" 2>"$T/err" </dev/null; rc=$?; }
owner() { as_user "$OWNER" "$BIN" --db "$W" "$@"; }
sql() { as_user "$OWNER" "${SQLITE3_SHELL:-sqlite3}" -bail "$W" "$@"; }
skip() { tap_n=$((tap_n + 1)); echo "ok $tap_n # SKIP $1"; }
one_line_error() {	# one_line_error DESCRIPTION WANT-RC: after capture
	nl=$(wc -l <"$T/err")
	if [ "$rc" = "$2" ] && [ "$nl" -eq 1 ] && grep -q '^vitaal: ' "$T/err"; then
		ok "$1"
	else
		not_ok "$1" "status $rc (want $2), $nl line(s) on stderr: $(head -c 300 "$T/err")"
	fi
}

# secret_free DESCRIPTION FILE...: none of Anna's secrets in the raw bytes
# of the files (an .odt also unpacked).
secret_free() {
	d=$1
	shift
	for f in "$@"; do
		[ -f "$f" ] || continue
		if command -v unzip >/dev/null 2>&1 && [ "$(head -c 2 "$f")" = PK ]; then
			unzip -p "$f" >"$f.unzipped" 2>/dev/null
			set -- "$@" "$f.unzipped"
		fi
	done
	for s in ${ONLY_SECRET:-"$SECRET" "$DRAFT" "WEG-$$" "RED-$$"}; do
		if has_secret "$s" "$@"; then
			not_ok "$d" "'$s' found: $(grep -aoF -- "$s" "$@" | head -3 | tr '\n' ' ')"
			return
		fi
	done
	ok "$d"
}
# hit: did the last attempt's output hold a secret? (for not_reached)
hit() {
	for s in "$SECRET" "$DRAFT" "WEG-$$" "RED-$$"; do
		has_secret "$s" "$T/out" "$T/err" "$T/out.unzipped" && return 0
	done
	return 1
}
# ssh_attempt WHO DESCRIPTION [refused] -- COMMAND...: one attempt over SSH;
# no secret may come back; with "refused" Vitaal must also turn it away.
ssh_attempt() {
	who=$1 d=$2 must=$3
	shift 3
	[ "$1" = -- ] && shift
	capture ssh_as "$who" -- "$@"
	rm -f "$T/out.unzipped"
	command -v unzip >/dev/null 2>&1 && [ "$(head -c 2 "$T/out")" = PK ] &&
		unzip -p "$T/out" >"$T/out.unzipped" 2>/dev/null
	if [ "$must" = refused ]; then
		if hit; then
			not_ok "$who: $d" "a secret came back: $(grep -aoE "(GEHEIM|CONCEPT|WEG|RED)-$$[A-Z-]*" "$T/out" "$T/err" | head -3 | tr '\n' ' ')"
		else
			refused "$who: $d" "$rc" "$T/out" "$T/err"
		fi
	else
		not_reached "$who: $d" hit
	fi
}

# --- the werkboek, and access for Anna, Bob and the facilitator -----------
as_user "$OWNER" mkdir "$WERK"
owner coalitie nieuw "Iedereen onder dak" >/dev/null
okay=1
owner toegang toevoegen anna "$PUB/anna.pub" --naam "Anna de Vries" >"$T/out" 2>&1 || okay=0
owner toegang toevoegen bob "$PUB/bob.pub" --naam "Bob Bakker" >>"$T/out" 2>&1 || okay=0
owner toegang toevoegen fac "$PUB/fac.pub" --facilitator --naam "Fien" >>"$T/out" 2>&1 || okay=0
[ $okay = 1 ] && ok "opzet: toegang voor anna, bob (deelnemers) en fac (facilitator)" ||
	not_ok "opzet: toegang voor anna, bob (deelnemers) en fac (facilitator)" "$(cat "$T/out")"

# --- Anna at work, over SSH, in the workbook ---------------------------------
# new_analysis N: from Anna's intervisie screen, a new self-analysis on
# questionnaire N, open for answering.
new_analysis() {
	keys n
	wait_for "kies een vragenlijst" 3 || return 1
	i=1
	while [ $i -lt "$1" ]; do keys Down; i=$((i + 1)); done
	keys Enter
	wait_for "Zelfanalyse ›" 3
}
back_to_list() {
	keys Escape
	wait_for "Uw zelfanalyses" 3 && keys Up Up Up Up	# the newest is on top
}
tui_step=""
anna_works() {
	tui_step="het werkboek opent"
	ssh_start anna 100 30
	wait_for "Iedereen onder dak" 10 || return 1
	tui_step="intervisie, als Anna"
	keys i
	if wait_for "Wie bent u?" 2; then	# before the implementation: no person yet
		type_text "Anna de Vries"
		keys Enter
	fi
	wait_for "Ik: Anna de Vries" 3 || return 1
	tui_step="gekoppeld aan de coalitie"
	keys c
	wait_for "Coalitie waar u bij betrokken bent" 3 || return 1
	type_text "Iedereen onder dak"
	keys Enter
	wait_for "Uw coalities: Iedereen onder dak" 3 || return 1
	tui_step="privé zelfanalyse met een concept en daarna het geheim"
	new_analysis 2 || return 1
	down 8		# the first open question (answer skips the others, slowly)
	answer "$DRAFT" || return 1
	keys Enter
	wait_for "Esc Klaar" 3 || return 1
	keys C-e
	i=0
	while [ $i -lt ${#DRAFT} ]; do keys BSpace; i=$((i + 1)); done
	type_text "$SECRET"
	keys Escape
	wait_for "Enter Antwoorden" 3 && wait_for "$SECRET" 3 || return 1
	back_to_list || return 1
	tui_step="gedeelde zelfanalyse"
	new_analysis 3 || return 1
	down 6
	answer "$SHARED" || return 1
	back_to_list || return 1
	keys s
	wait_for "Zo ziet uw groep" 3 || return 1
	keys j
	wait_for "Gedeeld:" 3 || return 1
	tui_step="een derde, om te verwijderen"
	new_analysis 4 || return 1
	down 1
	answer "$GONE" || return 1
	back_to_list || return 1
	tui_step=""
}
anna_works
if [ -z "$tui_step" ]; then
	ok "anna via ssh -t: privé, concept, gedeeld en een derde gemaakt"
else
	not_ok "anna via ssh -t: privé, concept, gedeeld en een derde gemaakt" "stuck at: $tui_step
$(screen | grep -v '^ *$' | head -12)"
fi

# bob_raw WHEN: Bob, from his own shell account, at the raw files of the
# werkboek (while Anna works, her words are in the -wal file too).
bob_raw() {
	if has_secret "$SECRET" "$W" "$W-wal"; then
		echo "# $1: root sees Anna's secret in the raw bytes; can Bob?"
	else
		echo "# $1: the secret is not (yet) in the raw bytes, even for root"
	fi
	for f in "$W" "$W-wal" "$W-shm"; do
		b=${f##*/}
		as_user "$BOB_ACCT" cat "$f" >"$T/bob.cat" 2>/dev/null
		secret_free "bob ($1): cat $b" "$T/bob.cat"
	done
	as_user "$BOB_ACCT" "${SQLITE3_SHELL:-sqlite3}" -readonly "$W" \
	    "SELECT value FROM self_answer; SELECT value FROM self_answer_history" >"$T/bob.sql" 2>&1
	secret_free "bob ($1): sqlite3 -readonly werkboek.db" "$T/bob.sql"
	as_user "$BOB_ACCT" "${SQLITE3_SHELL:-sqlite3}" "file:$W?immutable=1" \
	    "SELECT value FROM self_answer_history" >"$T/bob.sql" 2>&1
	secret_free "bob ($1): sqlite3 file:…?immutable=1" "$T/bob.sql"
	if command -v strings >/dev/null 2>&1; then
		as_user "$BOB_ACCT" sh -c "strings '$W' '$W-wal' '$W-shm'" >"$T/bob.strings" 2>&1
		secret_free "bob ($1): strings op werkboek.db, -wal, -shm" "$T/bob.strings"
	else
		skip "bob ($1): strings (binutils niet geïnstalleerd; cat en grep -a doen hetzelfde)"
	fi
	as_user "$BOB_ACCT" sh -c "ls -la '$WERK'; grep -ra -e '$SECRET' -e '$DRAFT' '$WERK' '$OWNER_HOME'" \
	    >"$T/bob.grep" 2>&1
	secret_free "bob ($1): grep -r over de map van het werkboek en de home van de eigenaar" "$T/bob.grep"
	as_user "$BOB_ACCT" sh -c "cd /tmp && tar cf - '$WERK' 2>/dev/null" >"$T/bob.tar" 2>/dev/null
	secret_free "bob ($1): tar van de map van het werkboek" "$T/bob.tar"
}
if [ -z "$tui_step" ]; then
	for f in "$W" "$W-wal" "$W-shm"; do
		m=$(stat -c '%a %U' "$f" 2>&1)
		[ "$m" = "600 $OWNER" ] && ok "${f##*/} terwijl anna werkt: 0600, van de eigenaar" ||
			not_ok "${f##*/} terwijl anna werkt: 0600, van de eigenaar" "$m"
	done
	bob_raw "terwijl anna werkt"
else
	not_ok "bob terwijl anna werkt: de ruwe bestanden" "Anna's session did not get that far: nothing to try"
fi

# Anna is done for now: closing checkpoints the WAL, so the third
# analysis's words are in werkboek.db itself (where only secure_delete
# can wipe them when the row goes).
keys Escape q
wait_exit 5 || { keys C-c; wait_exit 3; }
has_secret "WEG-$$" "$W" && echo "# the words of the analysis to delete are in werkboek.db now" ||
	echo "# the words of the analysis to delete are not in werkboek.db (yet)"

# The next day Anna deletes it. While her session is still open, its
# words must already be gone from the file and from the WAL; after she
# closes, from every file beside the werkboek.
gone_step=""
if [ -z "$tui_step" ]; then
	ssh_start anna 100 30
	if wait_for "Iedereen onder dak" 10 && { keys i; wait_for "Uw zelfanalyses" 3; }; then
		keys Up Up Up Up
		keys x
		if wait_for "Deze zelfanalyse verwijderen?" 3; then
			type_text j
			wait_gone "Leren te leren" 3 || gone_step="the list still shows it"
		else
			gone_step="no question 'Deze zelfanalyse verwijderen?'"
		fi
	else
		gone_step="Anna's second session did not reach her analyses"
	fi
else
	gone_step="Anna's session did not get that far"
fi
i=0
while [ $i -lt 60 ] && has_secret "WEG-$$" "$W" "$W-wal"; do sleep 0.05; i=$((i + 1)); done
ONLY_SECRET="WEG-$$"
if [ -n "$gone_step" ]; then
	not_ok "verwijderd, sessie nog open: tekst weg uit werkboek.db en -wal" "$gone_step"
else
	secret_free "verwijderd, sessie nog open: tekst weg uit werkboek.db en -wal" "$W" "$W-wal" "$W-shm"
fi
keys Escape q
wait_exit 5 || { keys C-c; wait_exit 3; }
if [ -n "$gone_step" ]; then
	not_ok "verwijderd, na afsluiten: nergens in de map van het werkboek" "$gone_step"
else
	secret_free "verwijderd, na afsluiten: nergens in de map van het werkboek" "$WERK"/*
fi
ONLY_SECRET=""

# Anna types in a new (private) analysis while the werkboek is locked,
# and her connection drops: Vitaal saves on the way out, is refused, and
# puts her text in herstel/ beside the werkboek. Only the owner may read it.
rescue_step=""
if [ -z "$tui_step" ]; then
	ssh_start anna 100 30
	if wait_for "Iedereen onder dak" 10 && { keys i; wait_for "Uw zelfanalyses" 3; } &&
	    new_analysis 5 && { keys Enter; wait_for "Esc Klaar" 3; }; then
		rm -f "$T/unlock"
		as_user "$OWNER" sh -c "(echo 'BEGIN IMMEDIATE;'; while [ ! -e '$T/unlock' ]; do sleep 0.1; done) |
		    ${SQLITE3_SHELL:-sqlite3} '$W'" &
		lock=$!
		sleep 0.5
		type_text "$RESCUED"
		wait_for "$RESCUED" 2 || rescue_step="typing did not show"
		tm kill-session -t t	# the connection drops: SIGHUP
		i=0
		while [ $i -lt 200 ] && ! ls "$WERK"/herstel/* >/dev/null 2>&1; do sleep 0.05; i=$((i + 1)); done
		: >"$T/unlock"
		wait $lock
	else
		rescue_step="no field to type in"
	fi
else
	rescue_step="Anna's session did not get that far"
fi
r=$(find "$WERK/herstel" -type f 2>/dev/null | head -1)
if [ -z "$rescue_step" ] && [ -n "$r" ] && has_secret "$RESCUED" "$r"; then
	m=$(stat -c '%a %U' "$WERK/herstel" "$r" | tr '\n' ' ')
	[ "$m" = "700 $OWNER 600 $OWNER " ] && ok "herstel/: anna's geweigerde tekst, map 0700 en bestand 0600" ||
		not_ok "herstel/: anna's geweigerde tekst, map 0700 en bestand 0600" "$m"
	as_user "$BOB_ACCT" sh -c "ls -la '$WERK/herstel'; cat '$WERK'/herstel/*" >"$T/bob.herstel" 2>&1
	ONLY_SECRET="RED-$$"
	secret_free "bob: ls en cat op herstel/" "$T/bob.herstel"
	ONLY_SECRET=""
else
	not_ok "herstel/: anna's geweigerde tekst, map 0700 en bestand 0600" "${rescue_step:-no rescue file with her text}: $(ls -la "$WERK" "$WERK/herstel" 2>&1 | head -8)"
	not_ok "bob: ls en cat op herstel/" "nothing to try"
fi

# --- what Anna made, as the werkboek holds it; seeded if she could not ---
ANNA_ID=$(sql "SELECT id FROM participant WHERE login = 'anna'" 2>/dev/null)
P=$(sql "SELECT analysis_id FROM self_answer WHERE value = '$SECRET'" 2>/dev/null)
S=$(sql "SELECT analysis_id FROM self_answer WHERE value = '$SHARED'" 2>/dev/null)
state=$(sql "SELECT a.participant_id = p.id AND p.login = 'anna' AND a.shared = 0 AND
    EXISTS (SELECT 1 FROM self_answer_history h WHERE h.analysis_id = a.id AND h.value = '$DRAFT')
    FROM self_analysis a, participant p WHERE a.id = '$P' AND p.id = a.participant_id" 2>&1)
if [ "$state" = 1 ] && [ -n "$S" ] && [ "$(sql "SELECT shared FROM self_analysis WHERE id = $S")" = 1 ]; then
	ok "werkboek: privé analyse van anna (login anna) met het concept in de geschiedenis, en een gedeelde"
else
	not_ok "werkboek: privé analyse van anna (login anna) met het concept in de geschiedenis, en een gedeelde" \
	    "state '$state', P '$P', S '$S'; seeding with sqlite3 to go on"
	sql "INSERT INTO participant(name, login) SELECT 'Anna de Vries', 'anna'
	       WHERE NOT EXISTS (SELECT 1 FROM participant WHERE login = 'anna');
	     INSERT INTO participant(name, login) SELECT 'Bob Bakker', 'bob'
	       WHERE NOT EXISTS (SELECT 1 FROM participant WHERE login = 'bob');
	     INSERT INTO participant(name, login) SELECT 'Fien', 'fac'
	       WHERE NOT EXISTS (SELECT 1 FROM participant WHERE login = 'fac');
	     DELETE FROM self_analysis WHERE participant_id = (SELECT id FROM participant WHERE login = 'anna');
	     INSERT INTO self_analysis(participant_id, form_key, title, shared) VALUES
	       ((SELECT id FROM participant WHERE login = 'anna'), 'za-regiegemeente', 'Zelftest regiegemeente', 0);
	     INSERT INTO self_answer(analysis_id, item_key, value) VALUES (last_insert_rowid(), 'za-regiegemeente.9', '$DRAFT');
	     UPDATE self_answer SET value = '$SECRET' WHERE value = '$DRAFT';
	     INSERT INTO self_analysis(participant_id, form_key, title, shared) VALUES
	       ((SELECT id FROM participant WHERE login = 'anna'), 'za-regie-spc', 'Regie via structuur, proces en cultuur', 1);
	     INSERT INTO self_answer(analysis_id, item_key, value) VALUES (last_insert_rowid(), 'za-regie-spc.7', '$SHARED');
	     INSERT OR IGNORE INTO coalition_participant VALUES (1, (SELECT id FROM participant WHERE login = 'anna'));" \
	    >"$T/seed.out" 2>&1 || echo "# seeding: $(cat "$T/seed.out")"
	ANNA_ID=$(sql "SELECT id FROM participant WHERE login = 'anna'")
	P=$(sql "SELECT analysis_id FROM self_answer WHERE value = '$SECRET'")
	S=$(sql "SELECT analysis_id FROM self_answer WHERE value = '$SHARED'")
fi
P=${P:-0}
S=${S:-0}
P_CREATED=$(sql "SELECT created FROM self_analysis WHERE id = $P" 2>/dev/null)
# Anna's intervisie group and day, with her question and her PRIVATE
# analysis linked to it (the day screen's z does that): a report of the
# day or the group must name it at most, never show its answers.
sql "INSERT INTO igroup(name) VALUES ('Directeuren');
     INSERT INTO igroup_member SELECT 1, id FROM participant WHERE login IN ('anna', 'bob', 'fac');
     INSERT INTO session(kind, title, date, group_id) VALUES ('intervisie', 'Intervisiedag', '2025-11-03', 1);
     INSERT INTO session_coalition VALUES (1, 1);
     INSERT INTO session_participant SELECT 1, id FROM participant WHERE login IN ('anna', 'bob', 'fac');
     INSERT INTO iquestion(session_id, participant_id, title, analysis_id)
       VALUES (1, $ANNA_ID, 'Hoe krijg ik de wethouders mee?', $P);" >"$T/seed.out" 2>&1 ||
	echo "# seeding the intervisie day: $(cat "$T/seed.out")"

bob_raw "achteraf"

# Many attempts follow: the sessions of one key share a connection.
SSH_MUX=1

# --- Anna herself may have hers ------------------------------------------------
for fmt in txt json md; do
	capture ssh_as anna -- export --zelfanalyse "$P" --format $fmt
	[ "$rc" = 0 ] && grep -qF -- "$SECRET" "$T/out" && ok "anna: export --zelfanalyse $P --format $fmt geeft haar eigen analyse" ||
		not_ok "anna: export --zelfanalyse $P --format $fmt geeft haar eigen analyse" "status $rc: $(head -c 300 "$T/err")"
done
ssh_attempt anna "export --zelfanalyse -o /tmp/… geweigerd (geen bestanden)" refused -- \
    export --zelfanalyse "$P" --format txt -o "/tmp/vitaal-pwned-$$"
not_reached "anna: geen bestand in /tmp" test -e "/tmp/vitaal-pwned-$$"

# --- Bob's own account: Vitaal itself ------------------------------------------
file_state "$W" "$W-wal" "$W-shm" >"$T/state.before"
capture as_user "$BOB_ACCT" "$BIN" --db "$W" export --format json
if hit; then not_ok "bob: vitaal --db werkboek export" "$(head -c 200 "$T/out")"; else
	one_line_error "bob: vitaal --db werkboek export: één regel, status 1" 1; fi
for who in "$ANNA_ACCT" anna; do
	capture as_user "$BOB_ACCT" env USER="$who" LOGNAME="$who" "$BIN" --db "$W" export --format json
	hit && not_ok "bob met USER=LOGNAME=$who: export" "$(head -c 200 "$T/out")" ||
		{ [ "$rc" = 1 ] && ok "bob met USER=LOGNAME=$who: export geweigerd" ||
			not_ok "bob met USER=LOGNAME=$who: export geweigerd" "status $rc: $(cat "$T/err")"; }
	capture as_user "$BOB_ACCT" env USER="$who" LOGNAME="$who" "$BIN" --db "$W" export --zelfanalyse "$P"
	hit && not_ok "bob met USER=LOGNAME=$who: export --zelfanalyse $P" "$(head -c 200 "$T/out")" ||
		{ [ "$rc" = 1 ] && ok "bob met USER=LOGNAME=$who: export --zelfanalyse geweigerd" ||
			not_ok "bob met USER=LOGNAME=$who: export --zelfanalyse geweigerd" "status $rc: $(cat "$T/err")"; }
done
# Bob plays sshd: the forced command's own arguments, the request in
# SSH_ORIGINAL_COMMAND, a made-up SSH_CONNECTION. Not his werkboek.
capture as_user "$BOB_ACCT" env SSH_CONNECTION="127.0.0.1 4242 127.0.0.1 22" \
    SSH_ORIGINAL_COMMAND="export --zelfanalyse $P" "$BIN" --db "$W" --als anna
hit && not_ok "bob speelt sshd: --als anna, SSH_ORIGINAL_COMMAND, nagemaakte SSH_CONNECTION" "$(head -c 200 "$T/out")" ||
	one_line_error "bob speelt sshd: --als anna, SSH_ORIGINAL_COMMAND, nagemaakte SSH_CONNECTION: één regel, status 1" 1
capture as_user "$BOB_ACCT" env SSH_CONNECTION="127.0.0.1 4242 127.0.0.1 22" \
    "$BIN" --db "$W" --als anna export --zelfanalyse "$P"
if hit; then not_ok "bob: --als anna export --zelfanalyse $P (nagemaakte SSH_CONNECTION) geweigerd" "$(head -c 200 "$T/out")"; else
	refused "bob: --als anna export --zelfanalyse $P (nagemaakte SSH_CONNECTION) geweigerd" "$rc" "$T/out" "$T/err"; fi
file_state "$W" "$W-wal" "$W-shm" >"$T/state.after"
cmp -s "$T/state.before" "$T/state.after" && ok "bob: het werkboek (en -wal, -shm) niet aangeraakt" ||
	not_ok "bob: het werkboek (en -wal, -shm) niet aangeraakt" "$(diff "$T/state.before" "$T/state.after")"

# The owner is not Anna either, whatever USER says.
capture as_user "$OWNER" env USER=anna LOGNAME=anna "$BIN" --db "$W" export --format json
not_reached "eigenaar met USER=LOGNAME=anna: export zonder anna's privé analyse" hit
capture as_user "$OWNER" env USER=anna LOGNAME=anna "$BIN" --db "$W" export --format json --met-eigen-zelfanalyses
not_reached "eigenaar met USER=LOGNAME=anna: --met-eigen-zelfanalyses zonder die van anna" hit
capture as_user "$OWNER" env USER=anna LOGNAME=anna "$BIN" --db "$W" export --zelfanalyse "$P"
if hit; then not_ok "eigenaar met USER=anna: export --zelfanalyse $P geweigerd" "$(head -c 200 "$T/out")"; else
	refused "eigenaar met USER=anna: export --zelfanalyse $P geweigerd" "$rc" "$T/out" "$T/err"; fi

# A werkboek Bob planted, for the owner to open: refused, untouched.
mkdir -m 1777 "$T/gedeeld"
as_user "$BOB_ACCT" "$BIN" --db "$T/gedeeld/bob.db" coalitie nieuw "Van Bob" >/dev/null 2>&1
file_state "$T/gedeeld/bob.db" >"$T/state.before"
capture as_user "$OWNER" "$BIN" --db "$T/gedeeld/bob.db" coalitie nieuw "Van de eigenaar"
file_state "$T/gedeeld/bob.db" >"$T/state.after"
if [ "$rc" = 1 ] && grep -q '^vitaal: ' "$T/err" && cmp -s "$T/state.before" "$T/state.after"; then
	ok "eigenaar opent een werkboek van bob niet (één regel, status 1, niet aangeraakt)"
else
	not_ok "eigenaar opent een werkboek van bob niet (één regel, status 1, niet aangeraakt)" \
	    "status $rc: $(cat "$T/err"); $(diff "$T/state.before" "$T/state.after")"
fi

# --- Bob over SSH: a deelnemer asks for everything -------------------------------
for fmt in txt json md; do
	ssh_attempt bob "export --zelfanalyse $P (van anna, privé) --format $fmt geweigerd" refused -- \
	    export --zelfanalyse "$P" --format $fmt
done
ssh_attempt bob "export --zelfanalyse $S (van anna, gedeeld) geweigerd: niet van hem" refused -- \
    export --zelfanalyse "$S"
ssh_attempt bob "export --format json geweigerd" refused -- export --format json
for t in self_analysis self_answer self_answer_history; do
	ssh_attempt bob "export --format csv --tabel $t geweigerd" refused -- export --format csv --tabel $t
done
for fmt in txt md html odt dot json; do
	ssh_attempt bob "export --coalitie 1 --format $fmt geweigerd" refused -- export --coalitie 1 --format $fmt
done
for fmt in txt md html odt; do
	ssh_attempt bob "export --sessie 1 --format $fmt geweigerd" refused -- export --sessie 1 --format $fmt
done
ssh_attempt bob "coalitie lijst geweigerd" refused -- coalitie lijst
ssh_attempt bob "zelfanalyse lijst: niets van anna" "" -- zelfanalyse lijst
ssh_attempt bob "export --format json --met-eigen-zelfanalyses geweigerd" refused -- \
    export --format json --met-eigen-zelfanalyses
ssh_attempt bob "sqlite3 werkboek.db geweigerd" refused -- sqlite3 "$W" "'SELECT value FROM self_answer'"
ssh_attempt bob "cat werkboek.db geweigerd" refused -- cat "$W"
ssh_attempt bob "import geweigerd" refused -- import /dev/stdin
ssh_attempt bob "toegang lijst geweigerd" refused -- toegang lijst
ssh_attempt bob "toegang toevoegen geweigerd" refused -- toegang toevoegen bob2 "$PUB/los.pub"
ssh_attempt bob "'--als anna export --zelfanalyse $P' geweigerd" refused -- --als anna export --zelfanalyse "$P"
ssh_attempt bob "'export --zelfanalyse $P --als anna' geweigerd" refused -- export --zelfanalyse "$P" --als anna
ssh_attempt bob "'--facilitator export --format json' geweigerd" refused -- --facilitator export --format json
ssh_attempt bob "'--db ANDER export --zelfanalyse $P' geweigerd" refused -- --db "$W" export --zelfanalyse "$P"
ssh_attempt bob "'export --zelfanalyse $P; cat werkboek.db' geweigerd" refused -- "export --zelfanalyse $P; cat $W"
ssh_attempt bob "'export --zelfanalyse \$(…)' geweigerd" refused -- "export --zelfanalyse \$(sqlite3 $W 'SELECT value FROM self_answer' >&2)"
ssh_attempt bob "'export --zelfanalyse $P' met een regelovergang en 'cat'" refused -- "export --zelfanalyse $P
cat $W"
ssh_attempt bob "'projector' geweigerd" refused -- projector
# A new self-analysis of Bob's own has another number; nothing he can name reaches Anna's.
ssh_attempt bob "export --zelfanalyse 0, -1, 99999, 0x$P" "" -- "export --zelfanalyse 0; export --zelfanalyse -1; export --zelfanalyse 99999; export --zelfanalyse 0x$P"
for n in 0 -1 99999 "0$P" "+$P" "$P.0" "${P}abc"; do
	ssh_attempt bob "export --zelfanalyse $n geeft niets van anna" "" -- export --zelfanalyse "$n"
done

# --- the facilitator over SSH: what the whitelist allows must not hold it -------
capture ssh_as fac -- export --format json
cp "$T/out" "$T/fac.json"
if [ "$rc" = 0 ] && grep -q "Iedereen onder dak" "$T/fac.json"; then
	ok "fac: export --format json werkt (de coalitie staat erin)"
	secret_free "fac: export --format json zonder anna's privé analyse, concept en verwijderde" "$T/fac.json"
	grep -qF -- "$SHARED" "$T/fac.json" ||
		echo "# note: the shared analysis is not in the facilitator's JSON export either"
else
	not_ok "fac: export --format json werkt (de coalitie staat erin)" "status $rc: $(head -c 300 "$T/err")"
	not_ok "fac: export --format json zonder anna's privé analyse, concept en verwijderde" \
	    "no export: nothing to judge"
fi
for t in participant coalition coalition_participant igroup igroup_member session \
    session_participant session_coalition answer answer_history note player relation dilemma \
    dilemma_option dilemma_position dilemma_argument typology typology_factor collaboration \
    self_analysis self_answer self_answer_history iquestion iadvice iaction itheme \
    iquestion_theme ilesson ilesson_question; do
	ssh_attempt fac "export --format csv --tabel $t" "" -- export --format csv --tabel $t
done
for fmt in txt md html odt dot json; do
	ssh_attempt fac "export --coalitie 1 --format $fmt" "" -- export --coalitie 1 --format $fmt
done
ssh_attempt fac "export --coalitie 1 --format csv --tabel self_answer_history" "" -- \
    export --coalitie 1 --format csv --tabel self_answer_history
for fmt in txt md html odt; do
	ssh_attempt fac "export --sessie 1 --format $fmt (anna's vraag, haar privé analyse gekoppeld)" "" -- \
	    export --sessie 1 --format $fmt
done
for fmt in txt json md; do
	ssh_attempt fac "export --zelfanalyse $P (van anna) --format $fmt geweigerd" refused -- \
	    export --zelfanalyse "$P" --format $fmt
done
ssh_attempt fac "zelfanalyse lijst: niets van anna" "" -- zelfanalyse lijst
ssh_attempt fac "info" "" -- info
ssh_attempt fac "export --format json --met-eigen-zelfanalyses: alleen de eigen" "" -- \
    export --format json --met-eigen-zelfanalyses
ssh_attempt fac "export --format csv --tabel self_answer_history --met-eigen-zelfanalyses" "" -- \
    export --format csv --tabel self_answer_history --met-eigen-zelfanalyses
ssh_attempt fac "'--als anna export --zelfanalyse $P' geweigerd" refused -- --als anna export --zelfanalyse "$P"
ssh_attempt fac "'export --zelfanalyse $P --als anna' geweigerd" refused -- export --zelfanalyse "$P" --als anna
ssh_attempt fac "'export --format json --db …' geweigerd" refused -- export --format json --db "$W"
ssh_attempt fac "'export --format csv -o MAP' geweigerd" refused -- export --format csv -o "/tmp/vitaal-pwned-$$"
not_reached "fac: geen map in /tmp" test -e "/tmp/vitaal-pwned-$$"
rm -rf "/tmp/vitaal-pwned-$$"
ssh_attempt fac "import geweigerd" refused -- import /dev/stdin
ssh_attempt fac "toegang lijst geweigerd" refused -- toegang lijst
ssh_attempt fac "sqlite3 geweigerd" refused -- sqlite3 "$W" .dump
ssh_attempt fac "'sessie lijst; cat werkboek.db'" "" -- "sessie lijst; cat $W"

# --- the screens, over SSH: Bob's and the facilitator's intervisie ----------------
# key_look KEY...: press the keys, wait (at most a second) for the screen
# to change, and keep it in $T/seen.
key_look() {
	screen >"$T/before"
	keys "$@"
	i=0
	while [ $i -lt 20 ]; do
		screen >"$T/now"
		cmp -s "$T/before" "$T/now" || break
		sleep 0.05
		i=$((i + 1))
	done
	sleep 0.1
	screen >>"$T/seen"
}
# look_around KEY NAME: open the intervisie, then the group (its shared
# analyses, every questionnaire) and the day with Anna's question; every
# screen is kept in $T/seen.
look_around() {
	: >"$T/seen"
	ssh_start "$1" 120 40
	wait_for "Iedereen onder dak" 10 || return 1
	keys i
	if wait_for "Wie bent u?" 2; then type_text "$2"; keys Enter; fi
	wait_for "Intervisiegroepen" 3 || return 1
	screen >>"$T/seen"
	keys Tab Enter
	wait_for "Leden:" 3 || return 1
	screen >>"$T/seen"
	n=0
	while [ $n -lt 7 ]; do
		key_look Right
		n=$((n + 1))
	done
	keys Tab Enter
	wait_for "wethouders" 3
	screen >>"$T/seen"
	key_look Enter
	key_look Down
	key_look Enter
	keys Escape Escape Escape Escape q
	wait_exit 5 || { keys C-c; wait_exit 3; }
	return 0
}
for who in bob fac; do
	look_around "$who" "$who"
	if grep -qF -- "$SHARED" "$T/seen" && grep -qF "wethouders" "$T/seen"; then
		secret_free "$who in het werkboek: groep, gedeelde analyses, de dag met anna's vraag — niets privé" "$T/seen"
	else
		not_ok "$who in het werkboek: groep, gedeelde analyses, de dag met anna's vraag — niets privé" \
		    "did not get to see the group's shared analysis and the day: $(grep -v '^ *$' "$T/seen" | tail -8)"
	fi
done

# --- a crafted import: "Anna's" analysis, shared, and answers added to hers ------
schema=$(sql "PRAGMA user_version")
now=$(date -u +%Y-%m-%dT%H:%M:%SZ)
# nep_json FILE PERSON-EXTRA ANALYSIS-EXTRA: a dump that names Anna as the
# person (by her name, or with an extra field such as a login), matches
# her private analysis (form and creation time, both guessable) and
# brings a shared one "of hers", answers and a draft.
nep_json() {
	cat >"$1" <<JSON
{"formaat": "vitaal-werkboek", "versie": 1, "schema": $schema, "tabellen": {
 "participant": [{"name": "Anna de Vries", "organisation": "", "role": "", "profile": "",
   $2"created": "$now"}],
 "self_analysis": [
  {"participant_id": 1, "form_key": "za-regiegemeente", "title": "Zelftest regiegemeente",
   "shared": 1, "created": "${P_CREATED:-$now}", "updated": "$now"$3},
  {"participant_id": 1, "form_key": "za-regisseur", "title": "Van Anna, echt waar",
   "shared": 1, "created": "2020-01-01T00:00:00Z", "updated": "2020-01-01T00:00:00Z"$3}],
 "self_answer": [
  {"analysis_id": 1, "item_key": "za-regiegemeente.14", "value": "$INJECT toegevoegd", "updated": "$now"},
  {"analysis_id": 1, "item_key": "za-regiegemeente.9", "value": "$INJECT overschreven", "updated": "$now"},
  {"analysis_id": 2, "item_key": "za-regisseur.9", "value": "$INJECT namens anna", "updated": "$now"}],
 "self_answer_history": [
  {"analysis_id": 1, "item_key": "za-regiegemeente.9", "value": "$INJECT geschiedenis", "changed": "$now"}]
}}
JSON
	chmod 644 "$1"
}
nep_json "$T/nep.json" "" ', "origin": null'		# the format of this version
nep_json "$T/nep-login.json" '"login": "anna", ' ""	# with Anna's login, as before migration 9
sql "SELECT count(*) FROM self_analysis" >"$T/n.before" 2>&1
for f in nep-login.json nep.json; do
	capture owner import "$T/$f"
	echo "# import $f: status $rc: $(cat "$T/out" "$T/err" | head -c 300 | tr '\n' ' ')"
done
v=$(sql "SELECT shared FROM self_analysis WHERE id = $P")
[ "$v" = 0 ] && ok "nep-import: anna's privé analyse blijft privé" ||
	not_ok "nep-import: anna's privé analyse blijft privé" "shared = '$v'"
v=$(sql "SELECT count(*) FROM self_answer WHERE analysis_id = $P AND value LIKE '%$INJECT%'")
v2=$(sql "SELECT count(*) FROM self_answer_history WHERE analysis_id = $P AND value LIKE '%$INJECT%'")
[ "$v" = 0 ] && [ "$v2" = 0 ] && ok "nep-import: niets toegevoegd aan anna's analyse (ook niet aan de geschiedenis)" ||
	not_ok "nep-import: niets toegevoegd aan anna's analyse (ook niet aan de geschiedenis)" "answers $v, history $v2"
[ "$(sql "SELECT value FROM self_answer WHERE analysis_id = $P AND item_key = 'za-regiegemeente.9'")" = "$SECRET" ] &&
	ok "nep-import: anna's antwoord ongewijzigd" || not_ok "nep-import: anna's antwoord ongewijzigd"
v=$(sql "SELECT count(*) FROM self_analysis a JOIN participant p ON p.id = a.participant_id
    WHERE p.login = 'anna' AND a.id IN (SELECT analysis_id FROM self_answer WHERE value LIKE '%$INJECT%')")
[ "$v" = 0 ] && ok "nep-import: geen 'gedeelde analyse van anna' erbij (niet op haar login)" ||
	not_ok "nep-import: geen 'gedeelde analyse van anna' erbij (niet op haar login)" "$v such analyses"
# Whatever the import added is recognisably imported: some column of the
# analysis or of its person says so.
added=$(sql "SELECT analysis_id FROM self_answer WHERE value = '$INJECT namens anna'")
if [ -z "$added" ]; then
	ok "nep-import: geïmporteerd gemarkeerd (niets toegevoegd)"
else
	marker=$(sql "SELECT group_concat(name) FROM (SELECT name FROM pragma_table_info('self_analysis')
	    UNION ALL SELECT name FROM pragma_table_info('participant'))
	    WHERE name LIKE '%import%' OR name LIKE '%origin%'")
	mark=""
	for c in $(printf '%s' "$marker" | tr ',' ' '); do
		mark="$mark$(sql "SELECT a.$c FROM self_analysis a WHERE a.id = $added" 2>/dev/null)"
		mark="$mark$(sql "SELECT p.$c FROM self_analysis a JOIN participant p ON p.id = a.participant_id WHERE a.id = $added" 2>/dev/null)"
	done
	if [ -n "$marker" ] && [ -n "$(printf '%s' "$mark" | tr -d '0 ')" ]; then
		ok "nep-import: geïmporteerd gemarkeerd ($marker)"
	else
		not_ok "nep-import: geïmporteerd gemarkeerd" "added analysis $added; import columns: '${marker:-none}'"
	fi
fi
capture ssh_as anna -- export --zelfanalyse "$P" --format txt
grep -q "$INJECT" "$T/out" && not_ok "nep-import: anna's eigen export zonder het ingeslopen antwoord" ||
	not_reached "nep-import: anna's eigen export zonder het ingeslopen antwoord" false

# --- planted symlinks where the owner exports; exports are 0600 -------------
sysctl_sym=$(cat /proc/sys/fs/protected_symlinks 2>/dev/null)
echo "# fs.protected_symlinks = ${sysctl_sym:-?} (1: the kernel itself refuses to follow the sticky dir's link)"
# fresh_victim: the owner's file Bob's links point at, as it was.
fresh_victim() {
	rm -f "$VICTIM"
	as_user "$OWNER" sh -c "echo ONAANGETAST >'$VICTIM'"
	cp "$VICTIM" "$T/victim.before"
}
fresh_victim
as_user "$BOB_ACCT" ln -s "$VICTIM" "$T/gedeeld/uit.txt.tmp"
capture owner export --coalitie 1 --format txt -o "$T/gedeeld/uit.txt"
cmp -s "$T/victim.before" "$VICTIM" && [ "$(stat -c %a "$VICTIM")" = 644 ] &&
	ok "symlink uit.txt.tmp van bob in de sticky map: slachtoffer ongewijzigd" ||
	not_ok "symlink uit.txt.tmp van bob in de sticky map: slachtoffer ongewijzigd" "$(cat "$VICTIM" | head -c 200)"
[ -e "$T/gedeeld/uit.txt" ] && [ "$(stat -c '%a' "$T/gedeeld/uit.txt")" != 600 ] &&
	not_ok "sticky map: uit.txt is 0600" "$(stat -c '%a %U' "$T/gedeeld/uit.txt")" ||
	ok "sticky map: uit.txt is 0600 (of niet geschreven: status $rc)"
# A project dir of Bob's and the owner's group: no sticky bit, so only
# Vitaal itself can keep from following the link.
if [ -n "$GROUPS_MADE" ]; then
	mkdir -m 2770 "$T/project" && chgrp "$SHARED_GROUP" "$T/project"
	fresh_victim
	as_user "$BOB_ACCT" ln -s "$VICTIM" "$T/project/uit.json.tmp"
	capture owner export --format json -o "$T/project/uit.json"
	cmp -s "$T/victim.before" "$VICTIM" && ok "symlink uit.json.tmp van bob in een groepsmap: slachtoffer ongewijzigd" ||
		not_ok "symlink uit.json.tmp van bob in een groepsmap: slachtoffer ongewijzigd" "$(head -c 200 "$VICTIM")"
	[ -e "$T/project/uit.json" ] && [ "$(stat -c '%a' "$T/project/uit.json")" != 600 ] &&
		not_ok "groepsmap: uit.json is 0600" "$(stat -c '%a %U' "$T/project/uit.json")" ||
		ok "groepsmap: uit.json is 0600 (of niet geschreven: status $rc)"
	as_user "$BOB_ACCT" sh -c "cat '$T/project/uit.json'" >"$T/bob.read" 2>/dev/null
	secret_free "bob leest de export in de groepsmap: niets van anna" "$T/bob.read"
	# A CSV folder export into a folder Bob made, with a link waiting.
	fresh_victim
	as_user "$BOB_ACCT" sh -c "mkdir -m 2777 '$T/project/csv' && ln -s '$VICTIM' '$T/project/csv/self_answer.csv.tmp' &&
	    ln -s '$VICTIM' '$T/project/csv/coalition.csv.tmp'"
	capture owner export --format csv -o "$T/project/csv"
	cmp -s "$T/victim.before" "$VICTIM" && ok "csv-map van bob met symlinks *.csv.tmp: slachtoffer ongewijzigd" ||
		not_ok "csv-map van bob met symlinks *.csv.tmp: slachtoffer ongewijzigd" "$(head -c 200 "$VICTIM")"
	loose=$(find "$T/project/csv" -type f ! -perm 600 2>/dev/null | head -3)
	[ -z "$loose" ] && ok "csv-map: elk bestand 0600" || not_ok "csv-map: elk bestand 0600" "$loose"
else
	skip "groepsmap: groupadd lukte niet"
fi
# Exports in the owner's own folder, umask 022: 0600 all the same.
for fmt in txt md html odt dot json; do
	rm -f "$OWNER_HOME/uit.$fmt"
	capture owner export --coalitie 1 --format $fmt -o "$OWNER_HOME/uit.$fmt"
	m=$(stat -c %a "$OWNER_HOME/uit.$fmt" 2>&1)
	[ "$rc" = 0 ] && [ "$m" = 600 ] && ok "export --format $fmt -o: 0600" ||
		not_ok "export --format $fmt -o: 0600" "status $rc, mode $m: $(cat "$T/err")"
done

# --- last: nothing Bob can read anywhere holds a secret ---------------------------
# (Files of root's are this script's own; Vitaal never runs as root here.)
as_user "$BOB_ACCT" sh -c "find '$OWNER_HOME' '$T/gedeeld' '$T/project' /tmp /var/tmp /dev/shm -xdev \
    -type f ! -user root -readable -exec grep -laF -e '$SECRET' -e '$DRAFT' -e 'WEG-$$' -e 'RED-$$' {} + 2>/dev/null" \
    >"$T/bob.found"
[ -s "$T/bob.found" ] && not_ok "bob: grep over alles wat hij kan lezen" "$(head -5 "$T/bob.found")" ||
	ok "bob: grep over alles wat hij kan lezen"

done_testing
