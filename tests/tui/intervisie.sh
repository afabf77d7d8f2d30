#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# intervisie.sh: a self-analysis is private until its owner shares it.
# Anna fills one in on her terminal; Bert, on his, does not see it in the
# group; Anna shares it; now the group sees it side by side. Then an
# intervisie day: Anna's question, an advice round of five, a theme and a
# lesson for the harvest, all found back.
. "${top_srcdir:-.}/tests/tui/lib.sh"

# as NAAM: start vitaal as the forced command of NAAM's SSH key does
# (identity never comes from USER) and open intervisie.
as() {
	START_ENV="SSH_CONNECTION=127.0.0.1_1_127.0.0.1_22 USER=iemand" \
	    start 80 24 --als "$1" --facilitator
	wait_for "Laatst gewijzigd" 3 || wait_for "Welkom bij Vitaal"
	keys i
}

"$VITAAL" coalitie nieuw "Iedereen onder dak" >/dev/null
# The owner gives Anna and Bert access, each with their own key and name.
if ! command -v ssh-keygen >/dev/null 2>&1; then
	echo "Bail out! ssh-keygen (openssh-client) is nodig"
	exit 1
fi
ssh-keygen -q -t ed25519 -N '' -C anna@laptop -f "$T/anna" &&
ssh-keygen -q -t ed25519 -N '' -C bert@laptop -f "$T/bert" &&
"$VITAAL" toegang toevoegen anna "$T/anna.pub" --naam "Anna de Vries" \
    --bestand "$T/authorized_keys" >/dev/null &&
"$VITAAL" toegang toevoegen bert "$T/bert.pub" --naam "Bert Jansen" \
    --bestand "$T/authorized_keys" >/dev/null ||
	not_ok "toegang voor Anna en Bert"
as anna
expect_screen "ik is Anna, via haar sleutel" "Ik: Anna de Vries (login anna)"
keys p
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
expect_screen "gekoppeld aan een coalitie" "Mijn coalities: Iedereen onder dak"
keys n
wait_for "Nummer van de vragenlijst:"
type_text "2"
keys Enter
expect_screen "zelfanalyse geopend" "Zelfanalyse › Zelftest regiegemeente"
answer "Ik twijfel over de ruimte voor ambtenaren — privé 😀"
keys Escape
expect_screen "privé in de lijst" "privé"
keys Escape q
expect_exit "Anna sluit af" 0

as bert
expect_screen "Bert ziet zijn eigen (lege) lijst" "Nog geen. n begint er een"
screen | grep -q "Zelftest regiegemeente" && not_ok "Anna's zelfanalyse niet bij Bert" "$(screen)" \
	|| ok "Anna's zelfanalyse niet bij Bert"
keys G
type_text "Directeuren"
keys Enter
expect_screen "groep gemaakt" "Directeuren (1 lid)"
keys Enter
expect_screen "groep geopend" "Leden: Bert Jansen"
keys Right
expect_screen "groepsweergave: de zelftest" "Gedeeld: Zelftest regiegemeente"
expect_screen "gedeelde zelftest: nog niemand" "Niemand heeft deze zelfanalyse gedeeld"
keys Escape Escape q
expect_exit "Bert sluit af" 0

as anna
wait_for "Ik: Anna de Vries"
keys Tab Enter
wait_for "Leden:"
keys j
expect_screen "Anna wordt lid" "Anna de Vries"
keys Escape
wait_for "Mijn zelfanalyses"
keys Tab s
expect_screen "gedeeld" "Gedeeld: uw groep ziet deze zelfanalyse nu."
keys Escape q
expect_exit "Anna sluit af na delen" 0

as bert
wait_for "Ik: Bert Jansen"
keys Tab Enter
wait_for "Leden:"
keys Right
expect_screen "groepsweergave: de zelftest" "Gedeeld: Zelftest regiegemeente"
screen | grep -q "Niemand heeft" && not_ok "na delen: zichtbaar voor de groep" "$(screen)" \
	|| ok "na delen: zichtbaar voor de groep"
expect_screen "gedeeld: haar antwoord" "Ik twijfel over de ruimte"

# An intervisie day with Anna's question and an advice round of five.
keys Tab
keys d
type_text "Intervisiedag november"
keys Enter
expect_screen "dag toegevoegd" "Intervisiedag november"
keys Enter
expect_screen "dag geopend" "Nog geen vragen op deze dag."
keys n
type_text "Anna de Vries"
keys Enter
wait_for "De vraag die de vraagsteller bezighoudt:"
type_text "Hoe krijg ik de wethouders mee?"
keys Enter
expect_screen "vraag toegevoegd" "Anna de Vries — Hoe krijg ik de wethouders mee?"
keys r
for p in Bert Cor Dewi Eva Fien; do
	wait_for "Advies van (naam; leeg: einde ronde):"
	type_text "$p"
	keys Enter
	wait_for "Advies van $p:"
	type_text "Advies $p: begin klein"
	keys Enter
done
wait_for "Advies van (naam; leeg: einde ronde):"
keys Enter
expect_screen "adviesronde van vijf" "Adviesronde (5):"
expect_screen "de opener aanwezig, de vraagsteller niet vanzelf" "Aanwezig: Bert Jansen"
keys t
type_text "bestuurlijk draagvlak"
keys Enter
keys l
type_text "Vraag eerst wat de ander nodig heeft"
keys Enter
expect_screen "les in de oogst" "Les toegevoegd aan de oogst"
keys Escape
expect_screen "thema geteld" "bestuurlijk draagvlak (1)"
expect_screen "les in de groep" "Vraag eerst wat de ander nodig heeft"
keys Escape Escape q
expect_exit "Bert sluit af" 0

as bert
wait_for "Ik: Bert Jansen"
keys Tab Enter
wait_for "Leden:"
keys Enter
expect_screen "na herstart: advies terug" "Fien: Advies Fien: begin klein"
keys Escape Escape Escape q
expect_exit "afsluiten" 0
done_testing
