#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# faults.sh: what people said must survive what goes wrong. kill -9 while
# saving and while importing (the werkboek passes integrity_check and
# holds the old or the new, never half); a full disk (a file-size limit)
# and a locked werkboek give a clear message and keep the typed text on
# screen; a read-only werkboek can be read but not written; pasted
# control characters and broken UTF-8 never reach the werkboek; a paste
# of a megabyte is taken whole.
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

# --- a full disk: a file-size limit the werkboek runs into -------------
cat >"$T/vol" <<WRAP
#!/bin/sh
ulimit -f 100
exec "$REAL" "\$@"
WRAP
chmod +x "$T/vol"
awk 'BEGIN { for (i = 0; i < 50000; i++) printf "vol " }' >"$T/vol.txt"
VITAAL="$T/vol"
start 100 30
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
kill -9 "$(vitaal_pid)"
wait_exit
VITAAL=$REAL
[ "$(value stap1.2)" = "Kort en bewaard." ] && ok "schijf vol: eerder bewaarde tekst heel" ||
	not_ok "schijf vol: eerder bewaarde tekst heel" "$(short "$(value stap1.2)")"
integrity "schijf vol: integrity_check ok"

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
fi
done_testing
