#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# example.sh: the ready example and the step-specific parts. v opens the
# filled-in example 'Iedereen onder dak'; step 2 shows step 1's vraagstuk
# and the timeline of formulations; step 3 draws the four perspectives as a
# quadrant, a new leading one is chosen with the arrows and its borging
# question disappears; step 5 lists other collaborations, a new one is
# added and its stance changed; a note is written. All found after restart.
. "${top_srcdir:-.}/tests/tui/lib.sh"

start 80 24
wait_for "Welkom bij Vitaal"
keys v
expect_screen "voorbeeld opent met fase" "Huidige fase: 3 Contracteren"
expect_screen "voorbeeld heeft een opgave" "Opgave: Iedereen onder dak"
keys Down Down Down Down Down
keys Right
keys Enter
expect_screen "stap 2 toont ons vraagstuk" "Ons vraagstuk (stap 1):"
expect_screen "stap 2 vraagt of het nog gedeeld is" "Is dit nog het gedeelde vraagstuk"
keys v
expect_screen "tijdlijn van formuleringen" "Alle formuleringen van het vraagstuk, nieuwste eerst"
expect_screen "tijdlijn noemt stap 1" "stap 1 (volgens ons)"
keys Escape
wait_for "Enter Antwoorden"
keys '>'
expect_screen "> bladert naar stap 3" "Stap 3 ·"
keys '<'
expect_screen "< bladert terug naar stap 2" "Stap 2 ·"
keys Escape
wait_for "Ontwerpstappen"

# Step 3: the quadrant.
keys Right
keys Enter
wait_for "Stap 3 ·"
down 6
expect_screen "kwadrant: presterend" "Presterende overheid"
expect_screen "kwadrant: leidend perspectief gemarkeerd" "★ Netwerkende overheid"
keys Enter
wait_for "Enter Kiezen"
keys Down
expect_screen "pijl omlaag kiest het kwadrant eronder" "▸ Participerende overheid"
keys Enter
expect_screen "nieuw leidend perspectief" "★ Participerende overheid"
down 10
screen | grep -q "Hoe blijven de waarden van de netwerkende" && ok "borging voor het vorige leidende verschijnt" \
	|| not_ok "borging voor het vorige leidende verschijnt" "$(screen)"
screen | grep -q "Hoe blijven de waarden van de participerende" && \
	not_ok "geen borging voor het nieuwe leidende" "$(screen)" || ok "geen borging voor het nieuwe leidende"
keys Escape
wait_for "Ontwerpstappen"

# Step 5: the collaborations.
keys Right Right
keys Enter
wait_for "Stap 5 ·"
keys End
down 20
expect_screen "stap 5 linkt naar de samenwerkingen" "Samenwerkingen op het terrein en onze houding (3)"
keys Enter
expect_screen "lijst van samenwerkingen" "Onze houding"
keys n
type_text "Buurtnetwerk Ĳsselmonde"
keys Enter
expect_screen "samenwerking toegevoegd" "Buurtnetwerk Ĳsselmonde"
keys Right
expect_screen "houding gewijzigd met →" "samenwerken"
keys Right
expect_screen "houding nogmaals gewijzigd" "Houding: concurreren"
keys Escape
wait_for "Stap 5 ·"
keys Escape
wait_for "Ontwerpstappen"

# A note: the first tile under the steps.
keys Down Left Left Left Left
keys Enter
expect_screen "notities openen, met die uit de werkconferentie" "Afspraak uit de werkconferentie"
keys n
type_text "Bel de GGD — vóór de werkconferentie"
keys Escape
expect_screen "notitie bewaard" "Bel de GGD — vóór de werkconferentie"
keys Escape
expect_screen "overzicht telt de notities" "Notities (2)"
keys Escape q
expect_exit "afsluiten" 0

start 80 24
wait_for "Iedereen onder dak"
keys v
expect_screen "v opent hetzelfde voorbeeld" "Notities (2)"
screen | grep -q "Samenwerkingen op het terrein 4" && ok "vierde samenwerking bewaard" || not_ok "vierde samenwerking bewaard" "$(screen)"
keys Down Down Down Down Down Right Right
keys Enter
wait_for "Stap 3 ·"
down 6
expect_screen "na herstart: nieuw leidend perspectief" "★ Participerende overheid"
keys Escape Escape Escape q
expect_exit "afsluiten na herstart" 0

# The second example, from the welcome keys: the five steps over layers.
start 80 24
wait_for "Iedereen onder dak"
keys m
expect_screen "m opent het tweede voorbeeld" "Samen uit de schulden (voorbeeld)"
keys Escape q
expect_exit "afsluiten na het tweede voorbeeld" 0
done_testing
