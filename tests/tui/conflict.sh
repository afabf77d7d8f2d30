#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# conflict.sh: two terminals answer the same question at the same time.
# The later save loses nothing: the answer holds both texts under a marked
# line, the later typist is told so, and the other terminal shows both.
. "${top_srcdir:-.}/tests/tui/lib.sh"

"$VITAAL" coalitie nieuw "Samen bewerkt" >/dev/null

other_terminal u

# Both open phase 1 of the coalition and start on its first question.
start 80 24
wait_for "▸ Samen bewerkt"
keys Enter
wait_for "Ontwerpstappen"
keys Down Enter
wait_for "Fase 1 ·"
keys Enter
expect_screen "terminal 1 bewerkt de vraag" "Esc Klaar"

u_wait_for "▸ Samen bewerkt"
ukeys Enter
u_wait_for "Ontwerpstappen"
ukeys Down Enter
u_wait_for "Fase 1 ·"
ukeys Enter
u_wait_for "Esc Klaar"
tm send-keys -t u -l "Tekst van terminal twee"
ukeys Escape
if u_wait_for "✓ bewaard"; then ok "terminal 2 bewaart eerst"; else
	not_ok "terminal 2 bewaart eerst" "$(uscreen)"; fi

# Terminal 1 still shows the field as it was when it started typing.
type_text "Tekst van terminal een"
keys Escape
expect_screen "terminal 1 hoort van het conflict" "beide teksten"
db="$XDG_DATA_HOME/vitaal/werkboek.db"
value=$(sqlite3 "$db" "SELECT value FROM answer a JOIN coalition c ON c.id = a.coalition_id WHERE c.name = 'Samen bewerkt'")
case $value in
*"Tekst van terminal twee"*"tegelijk bewerkt"*"Tekst van terminal een"*)
	ok "het antwoord bevat beide teksten, gemarkeerd" ;;
*)	not_ok "het antwoord bevat beide teksten, gemarkeerd" "$value" ;;
esac
n=$(sqlite3 "$db" "SELECT count(*) FROM answer_history WHERE value LIKE 'Tekst van terminal twee%'")
if [ "$n" -ge 2 ]; then ok "beide versies in de geschiedenis"; else
	not_ok "beide versies in de geschiedenis" "$n"; fi
if u_wait_for "tegelijk bewerkt"; then ok "terminal 2 ziet beide teksten (≤ 3 s)"; else
	not_ok "terminal 2 ziet beide teksten (≤ 3 s)" "$(uscreen)"; fi

ukeys Escape Escape Escape q
keys Escape Escape Escape q
expect_exit "afsluiten" 0
done_testing
