#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# maps.sh: every name on every player map is legible (issue 16): 25
# players of a coalition and the example coalition, at 80×24, 120×35 and
# 200×60, on the facilitator's four maps and on the wall. A name shows
# whole on the map, or as a number whose whole name is in the legend under
# it; never cut with "…".
. "${top_srcdir:-.}/tests/tui/lib.sh"

"$VITAAL" coalitie nieuw "Kaartenland" >/dev/null
db="$XDG_DATA_HOME/vitaal/werkboek.db"
sql() { "${SQLITE3_SHELL:-sqlite3}" "$db" "$1"; }

names="Directeur woningcorporatie|Coördinator opvang|Beleidsmedewerker opvang|Zorgverlener|Wethouder Wonen|GGD regio Utrecht|Politie Midden-Nederland|Huisartsen|Bewonersraad Noord|Stichting Daklozenopvang|Zorgkantoor|Provincie Utrecht|Welzijn Lokaal|Wijkteam Oost|Reclassering|Jeugdzorg|Leger des Heils|Ervaringsdeskundigen|Schuldhulpverlening|Rijksoverheid BZK|Onderwijs|Ondernemersvereniging|Sportbedrijf|Wijkagent|Mantelzorgers"
roles="initiatiefnemer drager schrager afnemer buitenstaander"
stands="voorstander afwachtend tegenstander"
i=0
IFS='|'
for n in $names; do
	unset IFS
	k=$((i % 20))
	role=$(echo $roles | cut -d' ' -f$((k % 5 + 1)))
	stand=$(echo $stands | cut -d' ' -f$((k % 3 + 1)))
	case $((k / 3 % 4)) in
	0) macht="'productiemacht'" ;; 1) macht="'blokkeermacht'" ;; 2) macht="'diffuse macht'" ;;
	*) macht=NULL ;;
	esac
	case $((k % 3)) in 0) sym=NULL ;; *) sym=$((k % 3 - 1)) ;; esac
	case $((k / 3 % 3)) in 0) com=NULL ;; *) com=$((k / 3 % 3 - 1)) ;; esac
	sql "INSERT INTO player(coalition_id, name, role, power, interest, standpunt, macht,
	    onvervangbaar, same_mandate, can_commit, kopgroep) VALUES (1, '$n', '$role',
	    $((k % 6)), $(((k * 5 + 2) % 6)), '$stand', $macht, $((k % 5 == 0)), $sym, $com,
	    $((k % 7 == 0)))"
	i=$((i + 1))
	IFS='|'
done
unset IFS

# legible WHAT NAMES SCREEN: every name of the |-separated NAMES is on the
# screen whole (on the map or in the legend), and nothing is cut with "…"
# (but the line about the chosen player, under the map).
legible() {
	missing=""
	IFS='|'
	for n in $2; do
		printf '%s\n' "$3" | grep -qF -- "$n" || missing="$missing [$n]"
	done
	unset IFS
	if [ -z "$missing" ]; then ok "$1: elke naam heel"; else
		not_ok "$1: elke naam heel" "missing:$missing
$3"; fi
	# The map inside its frame and the legend of numbers under it; the
	# selected player's line and relations below may end in "…".
	if printf '%s\n' "$3" | grep -E '│|^ *[0-9]+ ' | grep -q "…"; then
		not_ok "$1: geen afgekapte naam" "$3"; else
		ok "$1: geen afgekapte naam"; fi
}

open_maps() {
	wait_for "$1"
	keys Enter
	wait_for "Ontwerpstappen"
	keys Down Down Down Down Down Down Right Enter
	wait_for "spelers"
	keys m
	wait_for "1/4 Macht × belang"
}

for size in "80 24" "120 35" "200 60"; do
	set -- $size
	start "$1" "$2"
	open_maps "Kaartenland"
	for view in "1:Macht × belang" "2:Ringen" "3:Standpunt × soort macht" \
	    "4:Symmetrie × commitment"; do
		keys "${view%%:*}"
		wait_for "${view%%:*}/4 ${view#*:}"
		legible "$1×$2, 25 spelers, kaart ${view%%:*}" "$names" "$(screen)"
	done
	keys Escape Escape Escape q
	expect_exit "$1×$2: afsluiten" 0
done

# The wall, 120×35 and 200×60: the same maps, every name whole.
for size in "120 35" "200 60"; do
	set -- $size
	tm kill-session -t w 2>/dev/null
	tm new-session -d -s w -x "$1" -y "$2" "env '$VITAAL' --projector"
	start 80 24
	open_maps "Kaartenland"
	keys F9
	wait_for "De beamer volgt nu dit scherm"
	for view in "1:Macht × belang" "2:Ringen" "3:Standpunt × soort macht" \
	    "4:Symmetrie × commitment"; do
		keys "${view%%:*}"
		pane_wait_for w "${view#*:}"
		pane_wait_for w "Wijkagent"
		legible "muur $1×$2, kaart ${view%%:*}" "$names" "$(tm capture-pane -p -t w)"
	done
	keys F9
	wait_for "De beamer volgt niet meer"
	keys Escape Escape Escape q
	expect_exit "muur $1×$2: afsluiten" 0
	tm send-keys -t w q
done
# The example coalition ("v" on the start screen), on the same sizes.
example="Directeur woningcorporatie|Coördinator opvang|Beleidsmedewerker opvang|Zorgverlener"
for size in "80 24" "120 35" "200 60"; do
	set -- $size
	start "$1" "$2"
	wait_for "Kaartenland"
	keys v
	wait_for "Ontwerpstappen"
	keys Down Down Down Down Down Down Right Enter
	wait_for "spelers"
	keys m
	for view in 1 2 3 4; do
		keys $view
		wait_for "$view/4 "
		legible "$1×$2, voorbeeld, kaart $view" "$example" "$(screen)"
	done
	keys Escape Escape Escape q
	expect_exit "$1×$2: voorbeeld afsluiten" 0
done

done_testing
