#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# toegang.sh: who may reach a shared werkboek, without sshd (the sshd
# tests in tests/ssh/ run the same over a real connection): `vitaal
# toegang toevoegen|lijst|intrekken` keeps other lines of authorized_keys
# and refuses what would be wrong with one line and no change; --als only
# in the forced command's context; what a client asks for over SSH is
# matched against the whitelist of the role, never run; USER changes
# nothing; a deelnemer exports only an analysis of their own.
. "${top_srcdir:-.}/tests/cli/lib.sh"

if ! command -v ssh-keygen >/dev/null 2>&1; then
	echo "1..0 # SKIP ssh-keygen (openssh-client) ontbreekt"
	exit 77
fi
db="$T/werkboek.db"
ak="$T/authorized_keys"
for k in anna bert piet; do
	ssh-keygen -q -t ed25519 -N '' -C "$k@laptop" -f "$T/$k" || not_ok "sleutel $k"
done
printf '%s\n' '# de beheerder' 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIC+8UIelp4c9gmK062VtrHJrMxAd3qkOae34dS0EhaA4 beheer' >"$ak"
before=$(cat "$ak")
"$VITAAL" --db "$db" coalitie nieuw "Iedereen onder dak" >/dev/null

run --db "$db" toegang toevoegen anna "$T/anna.pub" --naam "Anna de Vries" --bestand "$ak"
expect "anna krijgt toegang als deelnemer" 0 "anna heeft toegang als deelnemer"
run --db "$db" toegang toevoegen piet "$T/piet.pub" --facilitator --bestand "$ak"
expect "piet krijgt toegang als facilitator" 0 "als facilitator"
[ "$(head -2 "$ak")" = "$before" ] && ok "de regels van de beheerder blijven staan" ||
	not_ok "de regels van de beheerder blijven staan" "$(cat "$ak")"
grep -q "^restrict,pty,command=\"'[^']*vitaal' --db '$db' --als anna\" ssh-ed25519 " "$ak" &&
	ok "anna's regel: restrict, pty, gedwongen opdracht" ||
	not_ok "anna's regel: restrict, pty, gedwongen opdracht" "$(cat "$ak")"
mode=$(stat -c %a "$ak")
[ "$mode" = 600 ] && ok "authorized_keys 0600" || not_ok "authorized_keys 0600" "$mode"
run --db "$db" toegang lijst --bestand "$ak"
expect "lijst: anna deelnemer met haar naam" 0 "anna +deelnemer +Anna de Vries"
expect "lijst: piet facilitator" 0 "piet +facilitator"

# wrong input: one line, exit 1, nothing changed
snap=$(cat "$ak")
unchanged() { [ "$(cat "$ak")" = "$snap" ] && ok "$1: niets veranderd" || not_ok "$1: veranderd"; }
run --db "$db" toegang toevoegen anna "$T/bert.pub" --bestand "$ak"
expect "naam al in gebruik" 1 "" "anna heeft al toegang"
unchanged "naam al in gebruik"
run --db "$db" toegang toevoegen bert "$T/anna.pub" --bestand "$ak"
expect "sleutel al van een ander" 1 "" "al van anna"
unchanged "sleutel al van een ander"
run --db "$db" toegang toevoegen bert "$T/bert" --bestand "$ak"
expect "geheime sleutel geweigerd" 1 "" "geheime"
unchanged "geheime sleutel"
run --db "$db" toegang toevoegen bert "$T/bestaat-niet.pub" --bestand "$ak"
expect "onbekend sleutelbestand" 1 "" "niet te lezen"
unchanged "onbekend sleutelbestand"
run --db "$db" toegang toevoegen "Bert Jansen" "$T/bert.pub" --bestand "$ak"
expect "naam met spatie geweigerd" 2 "" "kan geen naam voor toegang zijn"
unchanged "naam met spatie"

# --als only where sshd started the program
run --db "$db" --als anna coalitie lijst
expect "--als zonder SSH geweigerd" 1 "" "alleen in de SSH-opdracht"
ssh_as() {	# ssh_as NAAM [--facilitator] WISH: run as the forced command does
	who=$1; shift
	fac=""
	[ "${1-}" = --facilitator ] && { fac=--facilitator; shift; }
	SSH_CONNECTION="127.0.0.1 50000 127.0.0.1 22" SSH_ORIGINAL_COMMAND="$1" \
	    run --db "$db" --als "$who" $fac
}
ssh_as anna "cat /etc/passwd"
expect "gevraagde opdracht niet uitgevoerd" 1 "" "via SSH kan dat niet"
printf '%s' "$out" | grep -q "root:" && not_ok "geen passwd in de uitvoer" || ok "geen passwd in de uitvoer"
ssh_as anna "sh -c 'touch $T/gepakt'"
[ -e "$T/gepakt" ] && not_ok "sh -c niet uitgevoerd" || ok "sh -c niet uitgevoerd"
ssh_as anna "export --format json"
expect "deelnemer exporteert het werkboek niet" 1 "" "exporteren doet de facilitator"
ssh_as anna "import $T/x.json"
expect "deelnemer voert niets in" 1 "" "via SSH kan dat niet"
ssh_as anna "toegang toevoegen mallory $T/bert.pub --bestand $ak"
expect "toegang niet via SSH" 1 "" "via SSH kan dat niet"
unchanged "toegang via SSH"
ssh_as piet --facilitator "toegang lijst"
expect "ook de facilitator regelt geen toegang via SSH" 1 "" "via SSH kan dat niet"
ssh_as piet --facilitator "export --format json -o $T/op-de-server.json"
expect "facilitator: -o geweigerd via SSH" 2 "" "naar de uitvoer"
[ -e "$T/op-de-server.json" ] && not_ok "geen bestand op de server" || ok "geen bestand op de server"
ssh_as piet --facilitator "export --format json"
expect "facilitator: export naar de uitvoer" 0 '"formaat": "vitaal-werkboek"'
ssh_as piet --facilitator "vitaal coalitie lijst"
expect "facilitator: coalitie lijst" 0 "Iedereen onder dak"
ssh_as anna "projector"
expect "de beamer niet voor een deelnemer" 1 "" "via SSH kan dat niet"
ssh_as anna "export --zelfanalyse 1"
expect "andermans (of geen) zelfanalyse niet te exporteren" 1 "" "niet van u"
ssh_as anna "zelfanalyse lijst"
expect "deelnemer: eigen lijst" 0 "nog geen zelfanalyses"

# USER changes nothing: the owner is still the owner
USER=anna LOGNAME=anna run --db "$db" zelfanalyse lijst
expect "USER=anna: niet Anna's lijst" 0
[ "$(sqlite3 "$db" "SELECT count(*) FROM participant WHERE login = 'anna'")" = 1 ] &&
	ok "USER maakt geen tweede anna" || not_ok "USER maakt geen tweede anna"

run --db "$db" toegang intrekken anna --bestand "$ak"
expect "intrekken" 0 "anna heeft geen toegang meer"
grep -q -- "--als anna" "$ak" && not_ok "anna's regel weg" "$(cat "$ak")" || ok "anna's regel weg"
grep -q -- "--als piet --facilitator" "$ak" && [ "$(head -2 "$ak")" = "$before" ] &&
	ok "de andere regels blijven" || not_ok "de andere regels blijven" "$(cat "$ak")"
run --db "$db" toegang intrekken anna --bestand "$ak"
expect "nog eens intrekken: gezegd" 1 "" "heeft geen toegang"
done_testing
