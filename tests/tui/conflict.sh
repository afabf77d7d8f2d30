#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# conflict.sh: two and three terminals type into one answer, in turn and
# at the same moment. Every save merges word by word with what the others
# saved: every word typed is in the answer exactly once and its size is
# what was typed (the old save stored the others' whole text again with
# every save: 60 bytes became 17,656 after 12 saves). Edits of different
# words merge without a mark; an edit of the same word shows both versions
# marked, and F5, F6 and F7 resolve it. A terminal is told at once when
# another saved the answer it is editing, and its text is never replaced
# until it merges (^R or saving).
. "${top_srcdir:-.}/tests/tui/lib.sh"

for c in Beurt Drietal Los Tegelijk Vijftal Zelfde; do
	"$VITAAL" coalitie nieuw "$c" >/dev/null
done
db="$XDG_DATA_HOME/vitaal/werkboek.db"

start 80 24
wait_for "▸ Beurt" 10
other_terminal u
other_terminal w
other_terminal x
other_terminal y

send() { p=$1; shift; tm send-keys -t "$p" "$@"; }
typ() { tm send-keys -t "$1" -l "$2"; }
see() { tm capture-pane -p -t "$1"; }

# waitp PANE TEXT: poll that pane for TEXT, up to 10 s (three programs
# and a loaded machine: more room than pane_wait_for's 3 s).
waitp() {
	i=0
	while [ $i -lt 200 ]; do
		tm capture-pane -p -t "$1" | grep -qF -- "$2" && return 0
		sleep 0.05
		i=$((i + 1))
	done
	return 1
}

# open_field PANE N: from the start screen, the N-th coalition (from 0),
# phase 1, its first question, answering.
open_field() {
	send "$1" Up Up Up Up Up Up
	n=$2
	while [ "$n" -gt 0 ]; do send "$1" Down; n=$((n - 1)); done
	send "$1" Enter
	waitp "$1" "Ontwerpstappen" || return 1
	send "$1" Down Enter
	waitp "$1" "Fase 1 ·" || return 1
	send "$1" Enter
	waitp "$1" "Esc Klaar"
}

# close_field PANE: leave the field (which saves) and go back to the start.
close_field() {
	send "$1" Escape
	waitp "$1" "Enter Antwoorden" || return 1
	send "$1" Escape
	waitp "$1" "Enter Openen  0-4" || return 1
	send "$1" Escape
	waitp "$1" "n Nieuw"
}

# stored NAME: the answer of that coalition (it has just the one).
stored() {
	sqlite3 "$db" "SELECT value FROM answer a JOIN coalition c ON c.id = a.coalition_id
	    WHERE c.name = '$1'"
}

# wait_stored NAME TEXT: until the answer holds TEXT (10 s).
wait_stored() {
	i=0
	while [ $i -lt 200 ]; do
		stored "$1" | grep -qF -- "$2" && return 0
		sleep 0.05
		i=$((i + 1))
	done
	return 1
}

# once VALUE WORDS...: every word exactly once in VALUE; prints the first
# that is not.
once() {
	v=$1
	shift
	for word in "$@"; do
		if [ "$(printf '%s' "$v" | grep -oF -- "$word" | wc -l)" -ne 1 ]; then
			echo "$word"
			return 1
		fi
	done
	return 0
}

bytes() { printf '%s' "$1" | wc -c | tr -d ' '; }

# in_turn NAME N ROUNDS PANES...: the panes take turns, each typing a word
# at the end of its field and saving (^S), without merging in between.
in_turn() {
	name=$1 nth=$2 rounds=$3
	shift 3
	for p in "$@"; do open_field "$p" "$nth" || not_ok "$name: $p opent het veld" "$(see "$p")"; done
	words="" typed=0 r=1
	while [ $r -le "$rounds" ]; do
		for p in "$@"; do
			word=$(printf '%s%02d' "$p" "$r")
			typ "$p" " $word"
			send "$p" C-s
			if ! wait_stored "$name" "$word"; then
				not_ok "$name: $word bewaard" "$(see "$p")"
				return
			fi
			words="$words $word"
			typed=$((typed + 1 + ${#word}))
		done
		r=$((r + 1))
	done
	v=$(stored "$name")
	# shellcheck disable=SC2086
	if bad=$(once "$v" $words); then ok "$name: $# terminals om de beurt, $((rounds * $#)) keer bewaard: elk woord precies één keer"; else
		not_ok "$name: elk woord precies één keer" "$bad niet één keer in: $v"; fi
	case $v in
	*"⟦"*)	not_ok "$name: geen markering" "$v" ;;
	*)	ok "$name: geen markering" ;;
	esac
	if [ "$(bytes "$v")" -eq "$typed" ]; then
		ok "$name: $(bytes "$v") bytes, precies wat getypt is"
		echo "# $name: $((rounds * $#)) saves by $# terminals in turn: $(bytes "$v") bytes stored, $typed typed"
	else
		not_ok "$name: grootte is wat getypt is" "$(bytes "$v") bytes, $typed getypt: $v"
	fi
	for p in "$@"; do close_field "$p" || not_ok "$name: $p sluit het veld" "$(see "$p")"; done
}

# at_once NAME N WORDS TAG PANES...: the panes type at the same moment,
# word after word (PANE TAG NUMBER), each saved by its own autosave, then
# each saves once more; what the answer held before stays as it was.
at_once() {
	name=$1 nth=$2 count=$3 tag=$4
	shift 4
	for p in "$@"; do open_field "$p" "$nth" || not_ok "$name: $p opent het veld" "$(see "$p")"; done
	before=$(stored "$name")
	words="" typed=$(bytes "$before") r=1
	while [ $r -le "$count" ]; do
		for p in "$@"; do
			word=$(printf '%s%s%03d' "$p" "$tag" "$r")
			typ "$p" " $word"
			words="$words $word"
			typed=$((typed + 1 + ${#word}))
		done
		sleep 0.3
		r=$((r + 1))
	done
	for p in "$@"; do
		send "$p" C-s
		wait_stored "$name" "$(printf '%s%s%03d' "$p" "$tag" "$count")" ||
		    not_ok "$name: $p bewaart" "$(see "$p")"
	done
	v=$(stored "$name")
	# shellcheck disable=SC2086
	if bad=$(once "$v" $words); then ok "$name: $# terminals tegelijk: elk woord precies één keer"; else
		not_ok "$name: elk woord precies één keer" "$bad niet één keer in: $v"; fi
	case $v in
	"$before"*)	ok "$name: wat er al stond, staat er nog, één keer" ;;
	*)		not_ok "$name: wat er al stond, staat er nog, één keer" "$before / $v" ;;
	esac
	case $v in
	*"⟦"*)	not_ok "$name: geen markering" "$v" ;;
	*)	ok "$name: geen markering" ;;
	esac
	if [ "$(bytes "$v")" -eq "$typed" ]; then
		ok "$name: $(bytes "$v") bytes, precies wat getypt is"
		echo "# $name: $# terminals typing at once, $count words each: $(bytes "$v") bytes stored, $typed typed"
	else
		not_ok "$name: grootte is wat getypt is" "$(bytes "$v") bytes, $typed getypt: $v"
	fi
	# Saved while typing too (the autosave merged), not only at the end.
	h=$(sqlite3 "$db" "SELECT count(*) FROM answer_history h JOIN coalition c ON
	    c.id = h.coalition_id WHERE c.name = '$name' AND h.value LIKE '%${tag}001%'")
	if [ "$h" -gt $(($# * 2)) ]; then ok "$name: onder het typen samengevoegd ($h versies)"; else
		not_ok "$name: onder het typen samengevoegd" "$h versies"; fi
	for p in "$@"; do close_field "$p" || not_ok "$name: $p sluit het veld" "$(see "$p")"; done
}

# --- in turn: the old failure, and three terminals ---------------------
in_turn Beurt 0 12 t u
in_turn Drietal 1 6 t u w

# --- at the same moment --------------------------------------------------
at_once Tegelijk 3 12 a t u
at_once Tegelijk 3 10 b t u w
at_once Vijftal 4 ${VIJF_WORDS:-20} c t u w x y

# --- different words: merged without a mark ------------------------------
open_field t 2 || not_ok "Los: t opent het veld" "$(screen)"
type_text "alfa beta gamma delta"
keys C-s
wait_stored Los "delta" || not_ok "Los: begintekst bewaard" "$(screen)"
open_field u 2 || not_ok "Los: u opent het veld" "$(see u)"
keys C-a
type_text "Begin "
keys C-s
wait_stored Los "Begin alfa" || not_ok "Los: t bewaart het begin" "$(screen)"
# Terminal u is told at once, and its text stays as it was.
if waitp u "⚑ " && see u | grep -qF "│ alfa beta gamma delta"; then
	ok "Los: u ziet meteen dat t bewaarde, het veld blijft"; else
	not_ok "Los: u ziet meteen dat t bewaarde, het veld blijft" "$(see u)"; fi
send u BSpace BSpace BSpace BSpace BSpace
typ u "DELTA einde"
send u C-s
if waitp u "Samengevoegd" && see u | grep -qF "│ Begin alfa beta gamma DELTA einde"; then
	ok "Los: u ziet het samengevoegde antwoord"; else
	not_ok "Los: u ziet het samengevoegde antwoord" "$(see u)"; fi
# Terminal t is told, and leaving the field shows the answer as it now is
# (nothing else reads the werkboek in between: that could refresh it).
wait_for "⚑ " 10 || not_ok "Los: t ziet dat u bewaarde" "$(screen)"
keys Escape
if wait_for "Enter Antwoorden" 10 && wait_for "Begin alfa beta gamma DELTA einde" 3; then
	ok "Los: t verlaat het veld en ziet het antwoord zoals het nu is"; else
	not_ok "Los: t verlaat het veld en ziet het antwoord zoals het nu is" "$(screen)"; fi
v=$(stored Los)
if [ "$v" = "Begin alfa beta gamma DELTA einde" ]; then ok "Los: beide wijzigingen, geen markering"; else
	not_ok "Los: beide wijzigingen, geen markering" "$v"; fi
keys Enter
wait_for "Esc Klaar" 10 || not_ok "Los: t antwoordt weer" "$(screen)"
close_field t || not_ok "Los: t sluit het veld" "$(screen)"
close_field u || not_ok "Los: u sluit het veld" "$(see u)"

# --- the same word: marked, and resolved with F5, F6, F7 ---------------
open_field t 5 || not_ok "Zelfde: t opent het veld" "$(screen)"
type_text "De opgave is armoede"
keys C-s
wait_stored Zelfde "armoede" || not_ok "Zelfde: begintekst bewaard" "$(screen)"
open_field u 5 || not_ok "Zelfde: u opent het veld" "$(see u)"
keys BSpace BSpace BSpace BSpace BSpace BSpace BSpace
type_text "schulden"
keys C-s
wait_stored Zelfde "schulden" || not_ok "Zelfde: t bewaart" "$(screen)"
waitp u "⚑ " || not_ok "Zelfde: u ziet dat t bewaarde" "$(see u)"
if see u | grep -qF "schulden"; then not_ok "Zelfde: het veld van u blijft zoals het was" "$(see u)"; else
	ok "Zelfde: het veld van u blijft zoals het was"; fi
send u BSpace BSpace BSpace BSpace BSpace BSpace BSpace
typ u "eenzaamheid"
send u Escape	# saves; with a conflict it stays in the field
wait_stored Zelfde "eenzaamheid" || not_ok "Zelfde: u bewaart" "$(see u)"
v=$(stored Zelfde)
case $v in
"De opgave is ⟦ versie van "*"): eenzaamheid ‖ versie van "*"): schulden ⟧")
	ok "Zelfde: beide versies, één keer, gemarkeerd" ;;
*)	not_ok "Zelfde: beide versies, één keer, gemarkeerd" "$v" ;;
esac
if bad=$(once "$v" "De opgave is" eenzaamheid schulden "⟦" "‖" "⟧"); then ok "Zelfde: niets dubbel"; else
	not_ok "Zelfde: niets dubbel" "$bad: $v"; fi
if waitp u "F5 Uw versie" && see u | grep -qF "F5 houdt" && see u | grep -qF "⟦ versie van"; then
	ok "Zelfde: u blijft in het veld en ziet de markering en de toetsen"; else
	not_ok "Zelfde: u blijft in het veld en ziet de markering en de toetsen" "$(see u)"; fi
send u F6
if waitp u "│ De opgave is schulden"; then ok "Zelfde: F6 houdt de andere versie"; else
	not_ok "Zelfde: F6 houdt de andere versie" "$(see u)"; fi
send u C-z
waitp u "F5 Uw versie" || not_ok "Zelfde: ^Z brengt de markering terug" "$(see u)"
send u F7
if waitp u "│ De opgave is eenzaamheid schulden"; then ok "Zelfde: F7 houdt beide"; else
	not_ok "Zelfde: F7 houdt beide" "$(see u)"; fi
send u C-z
waitp u "F5 Uw versie" || not_ok "Zelfde: ^Z brengt de markering terug" "$(see u)"
send u F5
if waitp u "│ De opgave is eenzaamheid" && ! see u | grep -qF "⟦"; then
	ok "Zelfde: F5 houdt mijn versie"; else
	not_ok "Zelfde: F5 houdt mijn versie" "$(see u)"; fi
send u Escape
if waitp u "Enter Antwoorden"; then ok "Zelfde: opgelost, u verlaat het veld"; else
	not_ok "Zelfde: opgelost, u verlaat het veld" "$(see u)"; fi
v=$(stored Zelfde)
if [ "$v" = "De opgave is eenzaamheid" ]; then ok "Zelfde: het opgeloste antwoord is bewaard"; else
	not_ok "Zelfde: het opgeloste antwoord is bewaard" "$v"; fi
n=$(sqlite3 "$db" "SELECT count(*) FROM answer_history h JOIN coalition c ON c.id = h.coalition_id
    WHERE c.name = 'Zelfde' AND h.value IN ('De opgave is schulden', 'De opgave is eenzaamheid')")
m=$(sqlite3 "$db" "SELECT count(*) FROM answer_history h JOIN coalition c ON c.id = h.coalition_id
    WHERE c.name = 'Zelfde' AND h.value LIKE '%⟦%schulden%⟧%'")
if [ "$n" -ge 3 ] && [ "$m" -eq 1 ]; then ok "Zelfde: beide versies en de samenvoeging in de geschiedenis"; else
	not_ok "Zelfde: beide versies en de samenvoeging in de geschiedenis" "$n, $m"; fi
# Terminal t: told, then ^R brings the resolved answer in.
wait_for "⚑ " 10 || not_ok "Zelfde: t ziet dat u bewaarde" "$(screen)"
keys C-r
if wait_for "│ De opgave is eenzaamheid" 10; then ok "Zelfde: ^R brengt het opgeloste antwoord bij t"; else
	not_ok "Zelfde: ^R brengt het opgeloste antwoord bij t" "$(screen)"; fi
keys F2
if wait_for "Geschiedenis van het antwoord op:" 10 && wait_for "⟦ versie van" 10; then
	ok "Zelfde: de geschiedenis toont de versies"; else
	not_ok "Zelfde: de geschiedenis toont de versies" "$(screen)"; fi

for p in u w x y; do send $p Escape Escape q; done
keys Escape Escape Escape Escape q
expect_exit "afsluiten" 0
done_testing
