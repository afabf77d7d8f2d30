#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# faults.sh: what people said must survive what goes wrong. kill -9 while
# saving and while importing (the werkboek passes integrity_check and
# holds the old or the new, never half); a full disk (a file-size limit)
# and a locked werkboek give a clear message and keep the typed text on
# screen; Esc leaves a refused field all the same (the text to herstel/,
# the q after it not typed into it); when herstel/ refuses too, SIGTERM
# and SIGHUP put the text on standard error, and nothing empty or half
# is left in herstel/; a read-only werkboek can be read but not written;
# pasted control characters and broken UTF-8 never reach the werkboek; a
# paste of a megabyte is taken whole; an export killed halfway leaves no
# temporary (SIGTERM, SIGINT, SIGHUP), and after kill -9 the next export
# removes the one left behind; vitaal kopie while another program writes
# gives copies that pass integrity_check and open; a werkboek with 4 KB
# overwritten is called damaged at the start of the screen and by info.
. "${top_srcdir:-.}/tests/tui/lib.sh"

sql() { "${SQLITE3_SHELL:-sqlite3}" "$@"; }
db="$XDG_DATA_HOME/vitaal/werkboek.db"
"$VITAAL" coalitie nieuw "Storing" >/dev/null
REAL=$VITAAL

integrity() {	# integrity DESCRIPTION [DB]
	r=$(sql "${2:-$db}" "PRAGMA integrity_check")
	[ "$r" = ok ] && ok "$1" || not_ok "$1" "$r"
}
value() {	# value ITEM: the saved answer of coalition 1
	sql "$db" "SELECT value FROM answer WHERE coalition_id = 1 AND item_key = '$1'"
}
# open_field [N]: from the start screen, start answering question N
# (0 = the first, stap1.1; 1 = stap1.1.1, …) of step 1.
open_field() {
	wait_for "Storing"
	keys Enter
	wait_for "Ontwerpstappen"
	keys Down Down Down Down Down Enter
	wait_for "Stap 1 ·"
	n=0
	while [ $n -lt "${1:-0}" ]; do keys Down; n=$((n + 1)); done
	keys Enter
	wait_for "Esc Klaar"
}
short() { printf '%s' "$1" | head -c 200; }
paste_file() {	# paste_file FILE: paste it into the pane as a terminal would
	tm load-buffer "$1"
	tm paste-buffer -t t
}

# --- kill -9 right after ^S, five times: old or new, never half -------
round=1
while [ $round -le 5 ]; do
	old=$(value stap1.1)
	start 80 24
	open_field
	keys C-e
	type_text " versie $round"
	wait_for "versie $round"
	keys C-s
	kill -9 "$(vitaal_pid)"
	wait_exit
	v=$(value stap1.1)
	[ "$v" = "$old" ] || [ "$v" = "$old versie $round" ] || break
	round=$((round + 1))
done
[ $round -gt 5 ] && ok "kill -9 bij bewaren: steeds de oude of de nieuwe tekst" ||
	not_ok "kill -9 bij bewaren (ronde $round)" "oud '$old', nu '$v'"
integrity "na vijf keer kill -9: integrity_check ok"

# --- a paste of a megabyte is taken whole -----------------------------
python3 -c "print('woord ' * 170000, end='')" >"$T/groot.txt" 2>/dev/null ||
	awk 'BEGIN { for (i = 0; i < 170000; i++) printf "woord " }' >"$T/groot.txt"
start 100 30
open_field 1
paste_file "$T/groot.txt"
type_text "EINDE"
expect_screen "1 MB geplakt en verwerkt" "EINDE" 60
keys C-s
expect_screen "1 MB bewaard" "✓ bewaard om" 10
n=$(sql "$db" "SELECT length(value) FROM answer WHERE coalition_id = 1 AND item_key = 'stap1.1.1'")
[ "$n" = 1020005 ] && ok "alle $n tekens in het werkboek" || not_ok "1 MB niet heel bewaard: $n"
keys Escape
wait_for "Enter Antwoorden"

# --- control characters and broken UTF-8 in a paste -------------------
# (no ^A, ^E, ^K, ^W…: those are the field's keys, pasted or typed alike)
printf 'A\007B\377\376C\302D\016E\030F' >"$T/raar.txt"
keys Down Enter
wait_for "Esc Klaar"
paste_file "$T/raar.txt"
keys C-s
expect_screen "rare tekens: bewaard" "✓ bewaard om"
v=$(value stap1.1.2)
printf '%s' "$v" | iconv -f UTF-8 -t UTF-8 >/dev/null 2>&1 && ok "bewaarde tekst is geldige UTF-8" ||
	not_ok "bewaarde tekst is geldige UTF-8" "$(short "$v")"
printf '%s' "$v" | grep -q "$(printf '[\001-\010\013-\037]')" &&
	not_ok "geen stuurtekens bewaard" "$(short "$v")" || ok "geen stuurtekens bewaard"
case "$v" in A*B*C*D*E*F) ok "de gewone tekens staan er: $v" ;;
*) not_ok "gewone tekens kwijt" "$(short "$v")" ;; esac
keys Escape
wait_for "Enter Antwoorden"
keys q
wait_for "Ontwerpstappen"
keys q
wait_for "Storing"
keys q
expect_exit "afsluiten na de plaktests" 0

# --- a locked werkboek: a clear message, the text stays, later it saves
start 80 24
open_field 3
type_text "Tekst tijdens een slot"
mkfifo "$T/slot"
sql "$db" <"$T/slot" >/dev/null 2>&1 &
exec 7>"$T/slot"
echo "BEGIN EXCLUSIVE; SELECT 1;" >&7
sleep 0.5
keys C-s
expect_screen "slot: duidelijke melding" "bezet" 10
expect_screen "slot: tekst blijft staan" "Tekst tijdens een slot"
echo "COMMIT;" >&7
exec 7>&-
wait
keys C-s
expect_screen "na het slot: bewaard" "✓ bewaard om" 10
[ "$(value stap1.1.3)" = "Tekst tijdens een slot" ] && ok "na het slot staat de tekst erin" ||
	not_ok "na het slot staat de tekst erin" "$(short "$(value stap1.1.3)")"
keys Escape
kill -TERM "$(vitaal_pid)"
wait_exit

# lock_werkboek NAME / unlock_werkboek: another program holds the
# werkboek (BEGIN EXCLUSIVE) until unlocked; a save waits 5 s, then fails.
lock_werkboek() {
	mkfifo "$T/$1"
	sql "$db" <"$T/$1" >/dev/null 2>&1 &
	exec 7>"$T/$1"
	echo "BEGIN EXCLUSIVE; SELECT 1;" >&7
	sleep 0.5
}
unlock_werkboek() {
	echo "COMMIT;" >&7
	exec 7>&-
	wait
}
# between LABEL FILE: the text printed between the lines for LABEL.
between() {
	sed -n "/^----- begin $1 -----\$/,/^----- einde $1 -----\$/p" "$2" | sed '1d;$d'
}
herstel="$XDG_DATA_HOME/vitaal/herstel"

# --- Esc while the werkboek is locked: the field is left all the same,
# the text goes to herstel/, and the q after it is not typed into it
start 160 30
open_field 6
type_text "Slot en Esc"
lock_werkboek slot2
keys Escape
expect_screen "slot, Esc: het veld is verlaten" "Enter Antwoorden" 10
expect_screen "slot, Esc: de melding zegt waar de tekst staat" "de tekst staat in $herstel/"
keys q
expect_screen "slot, Esc, q: terug naar de coalitie" "Ontwerpstappen"
unlock_werkboek
r=$(ls "$herstel"/*-Storing-stap1.2.2.txt 2>/dev/null | head -1)
[ -n "$r" ] && [ "$(tail -n +2 "$r")" = "Slot en Esc" ] &&
	ok "slot, Esc: de tekst heel in herstel/, zonder q" ||
	not_ok "slot, Esc: de tekst heel in herstel/, zonder q" "${r:-geen bestand}: $(cat "$r" 2>&1)"
[ -z "$(value stap1.2.2)" ] && ok "slot, Esc: niets half in het werkboek" ||
	not_ok "slot, Esc: niets half in het werkboek" "$(value stap1.2.2)"
keys q
wait_for "Storing"
keys q
expect_exit "slot, Esc: gewoon afsluiten" 0

# --- herstel/ refused (open to others) and the werkboek locked: Esc
# leaves the field and the screen says where the text will be; SIGTERM
# then puts it on standard error (here the file $T/err)
cat >"$T/fout" <<WRAP
#!/bin/sh
exec "$REAL" "\$@" 2>"$T/err"
WRAP
chmod +x "$T/fout"
chmod 755 "$herstel"
VITAAL="$T/fout"
start 160 30
open_field 8
type_text "Kort, nergens welkom"
wait_for "Kort, nergens welkom"
lock_werkboek slot3
keys Escape
expect_screen "herstel/ geweigerd, Esc: het veld is verlaten" "Enter Antwoorden" 10
expect_screen "herstel/ geweigerd, Esc: de melding zegt waar de tekst heen gaat" \
    "bij het afsluiten zet Vitaal de tekst in $T/err"
unlock_werkboek
kill -TERM "$(vitaal_pid)"
expect_exit "herstel/ geweigerd, SIGTERM: status 1" 1
VITAAL=$REAL
chmod 700 "$herstel"
grep -q "^vitaal: Storing-stap1.2.4 niet bewaard: het werkboek en herstel/ weigerden (.*herstel/ is leesbaar voor anderen" "$T/err" &&
    [ "$(between Storing-stap1.2.4 "$T/err")" = "Kort, nergens welkom" ] &&
	ok "herstel/ geweigerd, SIGTERM: de tekst op stderr, met de reden" ||
	not_ok "herstel/ geweigerd, SIGTERM: de tekst op stderr, met de reden" "$(cat "$T/err")"
[ -z "$(value stap1.2.4)" ] && ok "herstel/ geweigerd: niets in het werkboek" ||
	not_ok "herstel/ geweigerd: niets in het werkboek" "$(value stap1.2.4)"

# --- a full disk: a file-size limit the werkboek runs into -------------
# (and herstel/ too, for a long text). Standard error goes through a
# FIFO to $T/err: the limit would cut a file written by vitaal itself.
cat >"$T/vol" <<WRAP
#!/bin/sh
rm -f "$T/err" "$T/err.fifo"
mkfifo "$T/err.fifo"
cat "$T/err.fifo" >"$T/err" &
ulimit -f 100
exec "$REAL" "\$@" 2>"$T/err.fifo"
WRAP
chmod +x "$T/vol"
# err_done: wait until the cat behind the FIFO has written it all.
err_done() {
	i=0
	while [ $i -lt 100 ] && ! tail -n 1 "$T/err" 2>/dev/null | grep -q "^----- einde"; do
		sleep 0.05
		i=$((i + 1))
	done
}
awk 'BEGIN { for (i = 0; i < 50000; i++) printf "vol " }' >"$T/vol.txt"
VITAAL="$T/vol"
start 160 30
open_field 4
type_text "Kort en bewaard."
keys C-s
expect_screen "schijf bijna vol: korte tekst bewaard" "✓ bewaard om"
paste_file "$T/vol.txt"
type_text "SLOT"
wait_for "SLOT" 30
keys C-s
expect_screen "schijf vol: duidelijke melding" "de schijf is vol" 10
expect_screen "schijf vol: tekst blijft staan" "● niet bewaard"
screen | grep -q "vol vol vol" && ok "schijf vol: geplakte tekst op het scherm" ||
	not_ok "schijf vol: geplakte tekst op het scherm" "$(screen)"
# Esc leaves the refused field; herstel/ refuses the long text too, so
# it is kept for standard error, and the screen says where it will be.
keys Escape
expect_screen "schijf vol, Esc: het veld is verlaten" "Enter Antwoorden"
expect_screen "schijf vol, Esc: de melding zegt waar de tekst heen gaat" \
    "bij het afsluiten zet Vitaal de tekst op standaardfout"
keys q
expect_screen "schijf vol, Esc, q: terug naar de coalitie" "Ontwerpstappen"
kill -TERM "$(vitaal_pid)"
expect_exit "schijf vol, SIGTERM: status 1" 1
err_done
grep -q "^vitaal: Storing-stap1.2 niet bewaard: het werkboek en herstel/ weigerden (kan .*herstel/.* niet schrijven: .*); de tekst staat hieronder" "$T/err" &&
	ok "schijf vol, SIGTERM: één regel zegt wat en waarom" ||
	not_ok "schijf vol, SIGTERM: één regel zegt wat en waarom" "$(head -c 600 "$T/err")"
printf 'Kort en bewaard.%sSLOT\n' "$(cat "$T/vol.txt")" >"$T/want"
between Storing-stap1.2 "$T/err" >"$T/got"
cmp -s "$T/want" "$T/got" && ok "schijf vol, SIGTERM: de hele tekst op stderr, zonder q" ||
	not_ok "schijf vol, SIGTERM: de hele tekst op stderr, zonder q" \
	"$(wc -c <"$T/got") bytes: $(tail -c 80 "$T/got")"
[ -z "$(find "$herstel" -type f -size 0)" ] && ! ls "$herstel"/*-stap1.2.txt >/dev/null 2>&1 &&
	ok "schijf vol: geen leeg of half bestand in herstel/" ||
	not_ok "schijf vol: geen leeg of half bestand in herstel/" "$(ls -la "$herstel")"
# The same, with the program ended by SIGHUP (the terminal closed)
# while still typing in the field.
start 160 30
open_field 7
paste_file "$T/vol.txt"
type_text "HUP-EINDE"
wait_for "HUP-EINDE" 30
keys C-s
expect_screen "schijf vol (2): duidelijke melding" "de schijf is vol" 10
kill -HUP "$(vitaal_pid)"
expect_exit "schijf vol, SIGHUP: status 1" 1
err_done
printf '%sHUP-EINDE\n' "$(cat "$T/vol.txt")" >"$T/want"
between Storing-stap1.2.3 "$T/err" >"$T/got"
grep -q "^vitaal: Storing-stap1.2.3 niet bewaard: het werkboek en herstel/ weigerden" "$T/err" &&
    cmp -s "$T/want" "$T/got" && ok "schijf vol, SIGHUP: de hele tekst op stderr" ||
	not_ok "schijf vol, SIGHUP: de hele tekst op stderr" "$(head -c 300 "$T/err")"
[ -z "$(find "$herstel" -type f -size 0)" ] && ! ls "$herstel"/*-stap1.2.3.txt >/dev/null 2>&1 &&
	ok "schijf vol, SIGHUP: geen leeg of half bestand in herstel/" ||
	not_ok "schijf vol, SIGHUP: geen leeg of half bestand in herstel/" "$(ls -la "$herstel")"
VITAAL=$REAL
[ -z "$(value stap1.2.3)" ] && ok "schijf vol, SIGHUP: niets half in het werkboek" ||
	not_ok "schijf vol, SIGHUP: niets half in het werkboek" "$(short "$(value stap1.2.3)")"


# --- a read-only werkboek --------------------------------------------
mkdir "$T/ro"
cp "$db" "$T/ro/w.db"
# The other user runs a copy of the program: the build tree may be in a
# directory only we may enter (a clone under /root).
cp "$REAL" "$T/ro/vitaal"
chmod 755 "$T" "$T/ro" "$T/ro/vitaal"
chmod 444 "$T/ro/w.db"
# Only the owner opens a werkboek: the reader owns this read-only copy.
[ "$(id -u)" = 0 ] && chown 65534:65534 "$T/ro/w.db"
cat >"$T/lezer" <<WRAP
#!/bin/sh
if [ "\$(id -u)" = 0 ]; then
	exec setpriv --reuid=65534 --regid=65534 --clear-groups "$T/ro/vitaal" "\$@"
fi
exec "$REAL" "\$@"
WRAP
chmod +x "$T/lezer"
if [ "$(id -u)" = 0 ] && ! command -v setpriv >/dev/null 2>&1; then
	ok "alleen-lezen # SKIP root zonder setpriv"
else
	out=$("$T/lezer" --db "$T/ro/w.db" coalitie lijst 2>&1)
	printf '%s\n' "$out" | grep -q "Storing" && ok "alleen-lezen: lijst te lezen" ||
		not_ok "alleen-lezen: lijst te lezen" "$out"
	out=$("$T/lezer" --db "$T/ro/w.db" coalitie nieuw "Nieuw" 2>&1)
	printf '%s\n' "$out" | grep -q "alleen-lezen" && ok "alleen-lezen: schrijven geweigerd" ||
		not_ok "alleen-lezen: schrijven geweigerd" "$out"
	VITAAL="$T/lezer"
	start 80 24 --db "$T/ro/w.db"
	expect_screen "alleen-lezen: melding bij de start" "alleen-lezen"
	open_field 5
	type_text "Dit kan niet worden bewaard"
	keys C-s
	expect_screen "alleen-lezen: melding bij bewaren" "alleen-lezen"
	expect_screen "alleen-lezen: tekst blijft staan" "Dit kan niet worden bewaard"
	kill -9 "$(vitaal_pid)"
	wait_exit
	VITAAL=$REAL
	integrity "alleen-lezen: werkboek heel" "$T/ro/w.db"
fi

# --- kill -9 during an import: all of it or none ---------------------
if [ -x "${top_srcdir:-.}/bench/gen.sh" ]; then
	VITAAL=$REAL "${top_srcdir:-.}/bench/gen.sh" "$T/groot.db" 300 &&
	"$VITAAL" --db "$T/groot.db" export --format json -o "$T/groot.json"
	"$VITAAL" --db "$T/doel.db" info >/dev/null
	"$VITAAL" --db "$T/doel.db" import "$T/groot.json" >/dev/null 2>&1 &
	pid=$!
	sleep 1
	kill -9 $pid 2>/dev/null
	wait $pid 2>/dev/null
	integrity "kill -9 tijdens import: integrity_check ok" "$T/doel.db"
	n=$(sql "$T/doel.db" "SELECT count(*) FROM coalition")
	[ "$n" = 0 ] || [ "$n" = 300 ] && ok "kill -9 tijdens import: alles of niets ($n)" ||
		not_ok "kill -9 tijdens import: half ingevoerd ($n)"
	"$VITAAL" --db "$T/doel.db" import "$T/groot.json" >/dev/null
	n=$(sql "$T/doel.db" "SELECT count(*) FROM answer")
	[ "$n" = 30000 ] && ok "daarna opnieuw invoeren: alles er, niets dubbel" ||
		not_ok "opnieuw invoeren: $n antwoorden"

	# --- an export killed halfway leaves no temporary ----------------
	# kill_export SIG: a JSON export of the large werkboek to
	# $T/uit/w.json, sent SIG as soon as its temporary is there; sets
	# $killed to its exit status ("te snel" when it kept finishing first).
	# A shell starts a background job with SIGINT ignored: env gives the
	# export the default back, as a terminal's ^C would find it.
	mkdir "$T/uit"
	dflt=""
	env --default-signal=INT true 2>/dev/null && dflt="env --default-signal=INT"
	kill_export() {
		tries=0
		while [ $tries -lt 5 ]; do
			rm -f "$T/uit/w.json"
			$dflt "$VITAAL" --db "$T/groot.db" export --format json -o "$T/uit/w.json" \
			    2>/dev/null &
			pid=$!
			i=0
			while [ $i -lt 2000 ] && ! ls "$T"/uit/.w.json.* >/dev/null 2>&1; do
				i=$((i + 1))
			done
			kill -"$1" $pid 2>/dev/null
			wait $pid
			killed=$?
			[ -e "$T/uit/w.json" ] || return 0
			tries=$((tries + 1))
		done
		killed="te snel"
	}
	for sig in TERM:15 INT:2 HUP:1; do
		num=${sig#*:}
		sig=${sig%:*}
		if [ "$sig" = INT ] && [ -z "$dflt" ]; then
			ok "export, SIGINT # SKIP env zonder --default-signal"
			continue
		fi
		kill_export $sig
		left=$(ls -A "$T/uit")
		[ "$killed" = $((128 + num)) ] && [ -z "$left" ] &&
			ok "export, SIG$sig halverwege: geen tijdelijk bestand, geen half bestand" ||
			not_ok "export, SIG$sig halverwege: geen tijdelijk bestand, geen half bestand" \
			"status $killed; over: $left"
	done
	kill_export KILL
	left=$(ls -A "$T/uit")
	case "$left" in
	.w.json.??????) ok "export, kill -9 halverwege: het tijdelijke bestand blijft ($left)" ;;
	*) not_ok "export, kill -9 halverwege: het tijdelijke bestand blijft" "status $killed; $left" ;;
	esac
	"$VITAAL" --db "$T/groot.db" export --format json -o "$T/uit/w.json"
	left=$(ls -A "$T/uit")
	[ "$left" = w.json ] && cmp -s "$T/uit/w.json" "$T/groot.json" &&
		ok "de volgende export ruimt het achtergebleven bestand op en is heel" ||
		not_ok "de volgende export ruimt het achtergebleven bestand op en is heel" "$left"

	# --- vitaal kopie while another program keeps writing -------------
	(
		i=0
		while [ ! -e "$T/stop-lus" ]; do
			i=$((i + 1))
			"$VITAAL" --db "$T/groot.db" coalitie nieuw "Lus $i" >/dev/null 2>&1
		done
	) &
	lus=$!
	# Each of those ends as the last connection and empties the WAL, a
	# moment no reader may start in: the shell waits, as vitaal does.
	sleep 0.5
	n0=$(sql -cmd ".timeout 5000" "$T/groot.db" "SELECT count(*) FROM coalition")
	good=0
	for k in 1 2 3; do
		"$VITAAL" --db "$T/groot.db" kopie "$T/kopie$k.db" >"$T/kopie.out" 2>&1 || break
		[ "$(sql "$T/kopie$k.db" "PRAGMA integrity_check")" = ok ] || break
		# one moment of the werkboek: between before and now
		c=$(sql "$T/kopie$k.db" "SELECT count(*) FROM coalition")
		[ "$c" -ge "$n0" ] && [ "$c" -le "$(sql -cmd ".timeout 5000" "$T/groot.db" "SELECT count(*) FROM coalition")" ] ||
			break
		"$VITAAL" --db "$T/kopie$k.db" coalitie lijst >/dev/null 2>&1 || break
		good=$k
	done
	: >"$T/stop-lus"
	wait $lus
	n1=$(sql -cmd ".timeout 5000" "$T/groot.db" "SELECT count(*) FROM coalition")
	[ "$good" = 3 ] &&
		ok "kopie tijdens schrijven: drie kopieën, elk integrity_check ok, heel en te openen" ||
		not_ok "kopie tijdens schrijven: drie kopieën, elk integrity_check ok, heel en te openen" \
		"na $good: $(cat "$T/kopie.out")"
	[ "$n1" -gt "$n0" ] && ok "kopie tijdens schrijven: er werd intussen geschreven ($n0 → $n1)" ||
		not_ok "kopie tijdens schrijven: er werd intussen geschreven" "$n0 → $n1"
	[ "$(stat -c %a "$T/kopie1.db")" = 600 ] && ok "kopie: modus 0600" ||
		not_ok "kopie: modus 0600" "$(stat -c %a "$T/kopie1.db")"

	# --- a damaged werkboek: 4 KB overwritten in the middle ------------
	cp "$T/kopie3.db" "$T/kapot.db"
	size=$(wc -c <"$T/kapot.db")
	dd if=/dev/urandom of="$T/kapot.db" bs=4096 seek=$((size / 8192)) count=1 conv=notrunc \
	    2>/dev/null
	start 80 24 --db "$T/kapot.db"
	expect_screen "beschadigd werkboek: de start zegt het" "Het werkboek is beschadigd" 5
	expect_screen "beschadigd werkboek: en wat te doen" "zet het apart met 'vitaal kopie"
	keys q
	expect_exit "beschadigd werkboek: status 1 na afsluiten" 1
	out=$("$VITAAL" --db "$T/kapot.db" info 2>&1)
	rc=$?
	[ $rc = 1 ] && printf '%s\n' "$out" | grep -q "^vitaal: het werkboek is beschadigd (quick_check: .*); werk er niet verder in: zet het apart met 'vitaal kopie BESTAND'" &&
		ok "beschadigd werkboek: info zegt het in één regel" ||
		not_ok "beschadigd werkboek: info zegt het in één regel" "rc=$rc: $out"
	out=$("$VITAAL" --db "$T/kapot.db" kopie "$T/kapot-kopie.db" 2>&1)
	rc=$?
	[ $rc = 1 ] && [ -f "$T/kapot-kopie.db" ] &&
	    printf '%s\n' "$out" | grep -q "^vitaal: de kopie staat in .*kapot-kopie.db, maar is beschadigd" &&
		ok "beschadigd werkboek: kopie apart gezet, en gezegd dat ook zij beschadigd is" ||
		not_ok "beschadigd werkboek: kopie apart gezet, en gezegd dat ook zij beschadigd is" \
		"rc=$rc: $out"
fi
done_testing
