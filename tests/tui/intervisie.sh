#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# intervisie.sh: intervisie as three people do it, each on their own
# terminal (the forced command of their SSH key): Anna and Bert are
# deelnemers, Piet the facilitator.
#  - Anna fills in a self-analysis on a questionnaire chosen from a list;
#    it is private, numbered as 'export --zelfanalyse' takes it.
#  - Piet makes a group and picks its members from the people the
#    werkboek knows: Esc in the picker makes nobody, a typed name reuses
#    the person, a new person is added on purpose once (a second time is
#    refused) and a misspelt name is corrected, the login untouched.
#  - Opening a day marks nobody present; Piet marks who is there. The
#    vraagsteller and the advisers are picked, not typed; a theme and a
#    lesson; e exports the day and the group with both.
#  - Bert, a deelnemer, sees only his own groups, cannot do what the
#    facilitator does, corrects his own name, and does not see Anna's
#    analysis while it is private.
#  - Anna shares it after a preview of her answers that says the drafts
#    go; they are gone from the werkboek; now Bert sees it.
#  - Brought into another werkboek by an import, it says where it came
#    from in the group view.
#  - Two long answers compared at 80×24 do not run into each other.
. "${top_srcdir:-.}/tests/tui/lib.sh"

db="$XDG_DATA_HOME/vitaal/werkboek.db"
sql() { "${SQLITE3_SHELL:-sqlite3}" "$db" "$1"; }
SSH_ENV="SSH_CONNECTION=127.0.0.1_1_127.0.0.1_22 USER=iemand"

# as NAAM [--facilitator]: start vitaal as the forced command of NAAM's
# SSH key does (identity never comes from USER) and open intervisie.
as() {
	START_ENV="$SSH_ENV" start 80 24 --als "$@"
	wait_for "Laatst gewijzigd" 3 || wait_for "Welkom bij Vitaal"
	keys i
	wait_for "Ik: "
}

# expect_sql DESCRIPTION QUERY WANT: the query's answer is WANT.
expect_sql() {
	got=$(sql "$2")
	[ "$got" = "$3" ] && ok "$1" || not_ok "$1" "got '$got', want '$3'"
}

# not_on_screen DESCRIPTION TEXT
not_on_screen() {
	if screen | grep -qF -- "$2"; then not_ok "$1" "$(screen)"; else ok "$1"; fi
}

# pick_form TITLE: in the questionnaire list, move to TITLE and take it.
pick_form() {
	n=0
	while ! screen | grep -qF "▸ $1" && [ $n -lt 8 ]; do
		keys Down
		sleep 0.1
		n=$((n + 1))
	done
	keys Enter
}

"$VITAAL" coalitie nieuw "Iedereen onder dak" >/dev/null
if ! command -v ssh-keygen >/dev/null 2>&1; then
	echo "Bail out! ssh-keygen (openssh-client) is nodig"
	exit 1
fi
for p in anna bert piet; do
	ssh-keygen -q -t ed25519 -N '' -C "$p@laptop" -f "$T/$p" || not_ok "sleutel voor $p"
done
"$VITAAL" toegang toevoegen anna "$T/anna.pub" --naam "Anna de Vries" \
    --bestand "$T/authorized_keys" >/dev/null &&
"$VITAAL" toegang toevoegen bert "$T/bert.pub" --naam "Bert Jansen" \
    --bestand "$T/authorized_keys" >/dev/null &&
"$VITAAL" toegang toevoegen piet "$T/piet.pub" --naam "Piet Smit" --facilitator \
    --bestand "$T/authorized_keys" >/dev/null ||
	not_ok "toegang voor Anna, Bert en Piet"
people=$(sql "SELECT count(*) FROM participant")

# ---- Anna: a private self-analysis ---------------------------------------

as anna
expect_screen "ik is Anna, via haar sleutel" "Ik: Anna de Vries (login anna)"
keys p
expect_screen "profiel begint met de eigen naam" "Uw naam: Anna de Vries"
keys Enter
wait_for "Uw organisatie:"
type_text "Gemeente Súdwest-Fryslân"
keys Enter
wait_for "Uw rol:"
type_text "directeur"
keys Enter
wait_for "Korte schets van uw context:"
type_text "Fusiegemeente, veel dorpen"
keys Enter
expect_screen "profiel bewaard" "Profiel bewaard."
expect_screen "profiel in de kop" "Ik: Anna de Vries · directeur · Gemeente Súdwest-Fryslân"
keys c
wait_for "Coalitie waar u bij betrokken bent"
type_text "iedereen onder DAK"
keys Enter
expect_screen "gekoppeld aan een coalitie" "Uw coalities: Iedereen onder dak"
expect_screen "een deelnemer zonder groep hoort wie dat regelt" "U bent nog in geen groep"
keys n
expect_screen "vragenlijsten in een lijst" "Nieuwe zelfanalyse: kies een vragenlijst"
expect_screen "de zelftest staat in de lijst" "Zelftest regiegemeente"
not_on_screen "geen prompt die de lijst overschrijft" "Nummer van de vragenlijst"
pick_form "Zelftest regiegemeente"
expect_screen "zelfanalyse geopend" "Zelfanalyse › Zelftest regiegemeente"
answer "Ik twijfel over de ruimte voor ambtenaren — privé 😀"
# A second version of the same answer: the first is now a draft.
keys Enter
wait_for "Esc Klaar"
type_text " Nu: meer ruimte."
keys Escape
wait_for "Enter Antwoorden"
keys Escape
wait_for "Uw zelfanalyses"
za=$(sql "SELECT id FROM self_analysis WHERE title = 'Zelftest regiegemeente'")
expect_screen "privé in de lijst, met het nummer voor export" "nr $za "
screen | grep -F "nr $za " | grep -q "privé" && ok "privé naast het nummer" ||
	not_ok "privé naast het nummer" "$(screen)"
expect_sql "twee versies in de geschiedenis" \
    "SELECT count(*) FROM self_answer_history WHERE analysis_id = $za" 2
keys Escape q
expect_exit "Anna sluit af" 0

# ---- Piet: a group, its members, a day ------------------------------------

as piet --facilitator
expect_screen "ik is Piet" "Ik: Piet Smit (login piet)"
keys G
type_text "Directeuren"
keys Enter
expect_screen "groep gemaakt, zonder leden" "Directeuren (0 leden)"
keys G
type_text "Wethouders"
keys Enter
wait_for "Wethouders (0 leden)"
expect_screen "het groepsnummer, voor export --groep" "nr 1   Directeuren"
keys Up Enter
expect_screen "groep geopend" "Intervisie › Directeuren"
keys l
expect_screen "leden kiezen uit de bekende personen" "Leden van Directeuren"
expect_screen "Anna staat in de lijst" "Anna de Vries"
type_text "Cor de Boer"
expect_screen "een onbekende naam: niemand gevonden" "Niemand heet 'Cor de Boer'."
keys Escape
expect_screen "Esc: terug in de groep" "Leden: nog niemand"
expect_sql "Esc in de kiezer maakt niemand" "SELECT count(*) FROM participant" "$people"
keys l
wait_for "Leden van Directeuren"
type_text "anna"
keys Enter
expect_screen "Anna gekozen: lid" "Anna de Vries is nu lid."
type_text "bert"
keys Enter
expect_screen "Bert gekozen: lid" "Bert Jansen is nu lid."
expect_screen "leden gemarkeerd" "✓ Bert Jansen  — lid"
expect_sql "kiezen maakt niemand bij" "SELECT count(*) FROM participant" "$people"
# A new person on purpose, with a typo; corrected; and not made twice.
type_text "Cor de Boerr"
keys C-n
expect_screen "een nieuwe persoon: de volledige naam gevraagd" \
    "Nieuwe persoon, volledige naam: Cor de Boerr"
keys Enter
expect_screen "toegevoegd en gekozen" "Toegevoegd: Cor de Boerr."
keys Enter
expect_screen "Cor is lid" "Cor de Boerr is nu lid."
keys C-r
expect_screen "naam verbeteren" "Naam verbeteren: Cor de Boerr"
keys BSpace Enter
expect_screen "naam verbeterd" "Naam verbeterd; de login blijft dezelfde."
type_text "cor de boer"
keys C-n
wait_for "Nieuwe persoon, volledige naam: cor de boer"
keys Enter
expect_screen "dezelfde naam nog eens: geweigerd" "er is al iemand die 'cor de boer' heet"
keys Escape
expect_screen "leden in de groep" "Leden: Anna de Vries, Bert Jansen, Cor de Boer"
expect_sql "één Cor, met de verbeterde naam" \
    "SELECT group_concat(name) FROM participant WHERE name LIKE 'cor%'" "Cor de Boer"
expect_sql "één persoon bij" "SELECT count(*) FROM participant" "$((people + 1))"

keys d
type_text "Intervisiedag november"
keys Enter
expect_screen "dag toegevoegd" "Intervisiedag november"
keys Enter
expect_screen "dag geopend" "Nog geen vragen op deze dag."
expect_screen "niemand aanwezig" "Aanwezig: nog niemand"
expect_sql "een dag openen meldt niemand aanwezig" "SELECT count(*) FROM session_participant" 0
keys n
expect_screen "vraagsteller kiezen" "Vraagsteller kiezen"
type_text "Anna"
keys Escape
expect_screen "Esc: geen vraag" "Nog geen vragen op deze dag."
expect_sql "Esc bij de vraagsteller maakt niemand" "SELECT count(*) FROM participant" \
    "$((people + 1))"
keys n
wait_for "Vraagsteller kiezen"
type_text "anna"
keys Enter
expect_screen "de vraag van de gekozen persoon" "De vraag die Anna de Vries bezighoudt:"
type_text "Hoe krijg ik de wethouders mee?"
keys Enter
expect_screen "vraag toegevoegd" "Anna de Vries — Hoe krijg ik de wethouders mee?"
expect_sql "de vraagsteller is de bestaande Anna" \
    "SELECT p.login FROM iquestion q JOIN participant p ON p.id = q.participant_id" anna
expect_sql "een vraag inbrengen is geen aanwezig zijn" \
    "SELECT count(*) FROM session_participant" 0
keys p
expect_screen "aanwezigen aanvinken" "Aanwezigen aanvinken"
type_text "bert"
keys Enter
expect_screen "Bert aanwezig" "Bert Jansen: aanwezig."
keys Escape
expect_screen "alleen Bert aanwezig" "Aanwezig: Bert Jansen"
keys r
expect_screen "adviesronde: kies wie spreekt" "Adviesronde: Hoe krijg ik de wethouders mee?"
type_text "bert"
keys Enter
wait_for "Advies van Bert Jansen:"
type_text "Begin klein"
keys Enter
expect_screen "wie advies gaf, staat gemarkeerd" "✓ Bert Jansen  — gaf advies"
type_text "cor"
keys Enter
wait_for "Advies van Cor de Boer:"
type_text "Zoek bondgenoten"
keys Enter
wait_for "✓ Cor de Boer"
keys Escape
expect_screen "einde van de ronde" "Einde van de adviesronde."
expect_screen "adviesronde van twee" "Adviesronde (2):"
expect_screen "advies onder de gekozen naam" "Cor de Boer: Zoek bondgenoten"
expect_sql "niemand erbij door de ronde" "SELECT count(*) FROM participant" "$((people + 1))"
keys t
type_text "bestuurlijk draagvlak"
keys Enter
keys l
type_text "Vraag eerst wat de ander nodig heeft"
keys Enter
expect_screen "les in de oogst" "Les toegevoegd aan de oogst"

# fetch WHAT PATH: Piet works over SSH, so the export screen writes no
# file on the server but shows the command to run on his own computer;
# run it as his key's forced command does and keep what it prints.
fetch() {
	expect_screen "het scherm toont de opdracht voor $1" "export $1 --format txt"
	SSH_CONNECTION="127.0.0.1 1 127.0.0.1 22" SSH_ORIGINAL_COMMAND="export $1 --format txt" \
	    "$VITAAL" --als piet --facilitator >"$2" 2>"$T/fetch.err" &&
		ok "export $1 via SSH" || not_ok "export $1 via SSH" "$(cat "$T/fetch.err")"
}
keys e
expect_screen "e: de samenvatting van de dag" "│ Intervisie: Intervisiedag november"
fetch "--sessie $(sql "SELECT id FROM session WHERE kind = 'intervisie'")" "$T/dag.txt"
grep -q "^Thema's: *bestuurlijk draagvlak" "$T/dag.txt" && ok "dag: het thema" ||
	not_ok "dag: het thema" "$(cat "$T/dag.txt")"
grep -q "^- Vraag eerst wat de ander nodig heeft" "$T/dag.txt" && ok "dag: de les" ||
	not_ok "dag: de les" "$(cat "$T/dag.txt")"
sed -n '/^Aanwezig$/,/^$/p;/^Aanwezig$/,/^- /p' "$T/dag.txt" | grep -q "^- Bert Jansen\( (.*)\)\?$" &&
	ok "dag: wie er was" ||
	not_ok "dag: wie er was" "$(cat "$T/dag.txt")"
grep -q "Ik twijfel" "$T/dag.txt" && not_ok "dag: geen privé zelfanalyse" ||
	ok "dag: geen privé zelfanalyse"
keys Escape
wait_for "Adviesronde (2):"
keys Escape
expect_screen "thema geteld" "bestuurlijk draagvlak (1)"
expect_screen "les in de groep" "Vraag eerst wat de ander nodig heeft"
keys e
expect_screen "e: de samenvatting van de groep" "│ Intervisiegroep: Directeuren"
fetch "--groep $(sql "SELECT id FROM igroup WHERE name = 'Directeuren'")" "$T/groep.txt"
grep -q "^- bestuurlijk draagvlak (1)" "$T/groep.txt" && ok "groep: het thema, geteld" ||
	not_ok "groep: het thema, geteld" "$(cat "$T/groep.txt")"
grep -q "^- Vraag eerst wat de ander nodig heeft" "$T/groep.txt" && ok "groep: de les" ||
	not_ok "groep: de les" "$(cat "$T/groep.txt")"
grep -q "Ik twijfel" "$T/groep.txt" && not_ok "groep: geen privé zelfanalyse" ||
	ok "groep: geen privé zelfanalyse"
keys Escape Escape Escape q
expect_exit "Piet sluit af" 0

# ---- Bert, a deelnemer ------------------------------------------------------

as bert
expect_screen "Bert ziet zijn groep" "Directeuren (3 leden)"
not_on_screen "niet een groep waar hij geen lid van is" "Wethouders"
not_on_screen "Anna's zelfanalyse niet bij Bert" "Zelftest regiegemeente"
not_on_screen "geen groep maken voor een deelnemer" "G Groep"
keys G
expect_screen "G: dat doet de facilitator" "Dat doet de facilitator; u werkt hier als deelnemer."
keys p
wait_for "Uw naam: Bert Jansen"
keys End
tm send-keys -t t -l -- "-Smit"
keys Enter
wait_for "Uw organisatie:"
keys Escape
expect_screen "eigen naam verbeterd" "Ik: Bert Jansen-Smit (login bert)"
expect_sql "de login blijft" "SELECT login FROM participant WHERE name = 'Bert Jansen-Smit'" bert
keys Tab Enter
expect_screen "groep geopend" "Leden: Anna de Vries, Bert Jansen-Smit, Cor de Boer"
not_on_screen "geen leden kiezen voor een deelnemer" "l Leden"
not_on_screen "geen export voor een deelnemer" "e Exporteren"
keys d
expect_screen "d: dat doet de facilitator" "Dat doet de facilitator"
keys Right
expect_screen "groepsweergave: de zelftest" "Gedeeld: Zelftest regiegemeente"
expect_screen "privé: niet in de groep" "Niemand heeft deze zelfanalyse gedeeld"
not_on_screen "privé: haar antwoord niet" "Ik twijfel"
keys Escape Escape q
expect_exit "Bert sluit af" 0

# ---- Anna shares, after a preview --------------------------------------------

as anna
expect_screen "Anna ziet haar groep" "Directeuren (3 leden)"
keys s
expect_screen "eerst zien wat de groep ziet" "Zo ziet uw groep „Zelftest regiegemeente”"
expect_screen "het antwoord zoals het nu is" "Nu: meer ruimte."
expect_screen "hoeveel er beantwoord is" "1 van de 15 vragen beantwoord"
expect_screen "de concepten gaan, dat staat er" "De 1 eerdere versie"
expect_screen "voorgoed" "wordt daarbij voorgoed"
expect_sql "nog niets gedeeld" "SELECT shared FROM self_analysis WHERE id = $za" 0
keys j
expect_screen "gedeeld" "Gedeeld: uw groep ziet deze antwoorden nu"
expect_sql "gedeeld in het werkboek" "SELECT shared FROM self_analysis WHERE id = $za" 1
expect_sql "de concepten zijn weg uit de geschiedenis" \
    "SELECT count(*) FROM self_answer_history WHERE analysis_id = $za" 0
expect_sql "het huidige antwoord blijft" \
    "SELECT count(*) FROM self_answer WHERE analysis_id = $za AND value LIKE '%Nu: meer ruimte.'" 1
keys Tab Enter
wait_for "Leden:"
keys Enter
wait_for "Hoe krijg ik de wethouders mee?"
keys m
expect_screen "uzelf aanwezig melden" "Anna de Vries: aanwezig."
expect_screen "Anna en Bert aanwezig" "Aanwezig: Anna de Vries, Bert Jansen-Smit"
keys Escape Escape
wait_for "Uw zelfanalyses"
keys Tab s
expect_screen "weer privé: eerst bevestigen" "„Zelftest regiegemeente” weer privé maken"
expect_screen "weer privé: eerlijk over exports" "blijft waar het heen ging"
keys n
expect_screen "n: blijft gedeeld" "De zelfanalyse blijft gedeeld."
expect_sql "n: nog steeds gedeeld" "SELECT shared FROM self_analysis WHERE id = $za" 1
keys Escape q
expect_exit "Anna sluit af na delen" 0

as bert
wait_for "Ik: Bert Jansen-Smit"
keys Tab Enter
wait_for "Leden:"
keys Right
expect_screen "groepsweergave: de zelftest" "Gedeeld: Zelftest regiegemeente"
not_on_screen "na delen: zichtbaar voor de groep" "Niemand heeft"
expect_screen "gedeeld: haar antwoord" "Ik twijfel over de ruimte"
keys Escape Escape q
expect_exit "Bert sluit af" 0

# ---- brought into another werkboek -------------------------------------------

env SSH_CONNECTION=127.0.0.1_1_127.0.0.1_22 SSH_ORIGINAL_COMMAND="export --zelfanalyse $za" \
    "$VITAAL" --als anna >"$T/anna.json" 2>"$T/err" && ok "Anna exporteert haar zelfanalyse" ||
	not_ok "Anna exporteert haar zelfanalyse" "$(cat "$T/err")"
"$VITAAL" --db "$T/groep.db" import "$T/anna.json" >/dev/null 2>"$T/err" &&
	ok "ingevoerd in een ander werkboek" || not_ok "ingevoerd in een ander werkboek" "$(cat "$T/err")"
start 80 24 --db "$T/groep.db"
wait_for "Welkom bij Vitaal" 3 || wait_for "Laatst gewijzigd"
keys i
wait_for "Ik: "
keys G
type_text "Regio"
keys Enter
wait_for "Regio (0 leden)"
keys Enter
wait_for "Leden:"
keys l
type_text "anna"
keys Enter
wait_for "Anna de Vries is nu lid."
keys Escape Right
expect_screen "ingebracht: in de groepsweergave" "Gedeeld: Zelftest regiegemeente"
expect_screen "ingebracht: waar hij vandaan komt" "Anna de Vries: ingebracht door"
expect_screen "ingebracht: uit welk bestand, wanneer" "uit anna.json op 20"
keys Escape Escape q
expect_exit "afsluiten na de import" 0

# ---- two long answers, compared at 80×24 --------------------------------------

as anna
keys n
wait_for "Nieuwe zelfanalyse: kies een vragenlijst"
pick_form "Zelftest regiegemeente"
wait_for "Zelfanalyse › Zelftest regiegemeente"
long_b=$(printf 'beta%.0s ' $(seq 1 60))
answer "$long_b"
keys Escape
wait_for "Uw zelfanalyses"
long_a=$(printf 'alfa%.0s ' $(seq 1 60))
sql "UPDATE self_answer SET value = '$long_a' WHERE analysis_id = $za AND value LIKE 'Ik twijfel%'"
keys v
expect_screen "vergelijken: de andere in een lijst" "Vergelijken: kies de andere zelfanalyse"
expect_screen "de eerdere staat erin" "nr $za "
keys Enter
expect_screen "vergelijken geopend" "Eerder:"
expect_screen "het latere antwoord heeft eigen regels" "Later:"
screen >"$T/compare.screen"
# Below the rule: no line with both answers, and every line of the
# earlier answer above the later one.
if awk '
	/────────/ { below = 1; next }
	!below { next }
	/alfa/ && /beta/ { bad = "een regel met beide antwoorden: " $0 }
	/^ *Later:/ { later = 1 }
	later && /alfa/ { bad = "eerder onder later: " $0 }
	!later && /beta/ { bad = "later boven later: " $0 }
	END { if (!below) bad = "geen scheidslijn"; if (!later) bad = "geen Later:"; if (bad != "") { print bad; exit 1 } }
' "$T/compare.screen" >"$T/awk.out"; then
	ok "80×24: de twee lange antwoorden lopen niet door elkaar"
else
	not_ok "80×24: de twee lange antwoorden lopen niet door elkaar" \
	    "$(cat "$T/awk.out" "$T/compare.screen")"
fi
grep -q "^ *Eerder: *alfa" "$T/compare.screen" && grep -q "^ *Later: *beta" "$T/compare.screen" &&
	ok "eerder en later elk met hun eigen antwoord" ||
	not_ok "eerder en later elk met hun eigen antwoord" "$(cat "$T/compare.screen")"
keys Escape Escape q
expect_exit "afsluiten" 0
done_testing
