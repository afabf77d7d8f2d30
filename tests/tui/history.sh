#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# history.sh: the field history of a coalition's name and of a relation's
# note, as a colleague's import leaves it. Both sides renamed coalition 1
# and rewrote the note of a relation; the import keeps one value and puts
# the other in the history. g on the coalition's overview and g on the
# relation in the player's details show both versions, with where the
# other came from, and Enter puts the other back.
. "${top_srcdir:-.}/tests/tui/lib.sh"

db="$XDG_DATA_HOME/vitaal/werkboek.db"
sql() { "${SQLITE3_SHELL:-sqlite3}" "$1" "$2"; }
"$VITAAL" info >/dev/null
"${SQLITE3_SHELL:-sqlite3}" -bail "$db" <"${top_srcdir:-.}/tests/fixtures/werkboek.sql"

# The colleague's werkboek: a copy by export and import, then both change.
"$VITAAL" export --format json -o "$T/gedeeld.json" &&
"$VITAAL" --db "$T/collega.db" import "$T/gedeeld.json" >/dev/null ||
	not_ok "een collega met een kopie van het werkboek"
"$VITAAL" coalitie hernoem 1 "Dak en thuis (Anna)" >/dev/null
sql "$db" "UPDATE relation SET note = 'Anna: elke week overleg' WHERE id = 1"
"$VITAAL" --db "$T/collega.db" coalitie hernoem 1 "Dak en thuis (Bram)" >/dev/null
sql "$T/collega.db" "UPDATE relation SET note = 'Bram: eens per maand' WHERE id = 1"
"$VITAAL" --db "$T/collega.db" export --format json -o "$T/collega.json"
out=$("$VITAAL" import "$T/collega.json" 2>&1)
case $out in
*"2 verschillen; de andere waarden staan in de geschiedenis"*)
	ok "de import telt twee verschillen" ;;
*) not_ok "de import telt twee verschillen" "$out" ;;
esac
name=$(sql "$db" "SELECT name FROM coalition WHERE id = 1")
note=$(sql "$db" "SELECT note FROM relation WHERE id = 1")
case $name in
*Anna*) other_name="Dak en thuis (Bram)" ;;
*) other_name="Dak en thuis (Anna)" ;;
esac
case $note in
Anna*) other_note="Bram: eens per maand" ;;
*) other_note="Anna: elke week overleg" ;;
esac

start 100 30
wait_for "$name"
keys Enter
wait_for "Huidige fase"
keys g
expect_screen "g op het overzicht: de geschiedenis van naam en fase" \
	"Coalitie $name · naam en fase"
expect_screen "de huidige naam, uit het bestand of eigen" "naam: $name"
expect_screen "de andere naam staat erbij" "naam: $other_name"
keys j
wait_for "Enter Terugzetten"
keys Enter
wait_for "terugzetten?"
keys j
expect_screen "de andere naam teruggezet" "Eerdere versie teruggezet"
got=$(sql "$db" "SELECT name FROM coalition WHERE id = 1")
[ "$got" = "$other_name" ] && ok "de naam is nu de andere" ||
	not_ok "de naam is nu de andere" "$got"
keys Escape
wait_for "Huidige fase"
expect_screen "het overzicht noemt de teruggezette naam" "$other_name"

# The relation Gemeente Noordstad → Woningcorporatie Thuis: from a fresh
# start, the players' list, the first player's details, past the last
# field to the relations.
keys Escape
wait_for "Laatst gewijzigd"
keys q
wait_exit 3
start 100 30
wait_for "$other_name"
keys Enter
wait_for "Huidige fase"
keys Down Down Down Down Down Down Right Enter
wait_for "Naam              Organisatie"
keys d
wait_for "Rol in de coalitie"
i=0
while [ $i -lt 40 ]; do keys j; i=$((i + 1)); done
wait_for "▸   → Zorgverzekeraar"
keys k
wait_for "▸   → Woningcorporatie Thuis"
keys g
expect_screen "g op een relatie: de geschiedenis van haar notitie" \
	"Relatie Gemeente Noordstad → Woningcorporatie Thuis · notitie"
expect_screen "de huidige notitie" "$note"
expect_screen "de andere notitie staat erbij" "$other_note"
keys Escape
wait_for "Relaties (r voegt er een toe)"
keys j g
expect_screen "een relatie zonder wijzigingen: geen versies" "Nog geen versies"
keys Escape q
done_testing
