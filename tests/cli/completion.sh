#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# completion.sh: the bash completion completes what a user types (the
# subcommands, their words, export's formats and options, files where a
# file is asked for), and the zsh one is a valid zsh file. Where make
# install puts them is checked by make installcheck (and distcheck).
. "${top_srcdir:-.}/tests/cli/lib.sh"

comp="${top_srcdir:-.}/completions/bash/vitaal"
if ! command -v bash >/dev/null 2>&1; then
	skip "bash niet geïnstalleerd"
	done_testing
fi

# complete WORDS...: what the bash completion offers for the words, the
# last being the one being typed (one per line, sorted).
complete_words() {
	bash -c '. "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _vitaal;
	    printf "%s\n" "${COMPREPLY[@]}" | sort' complete "$comp" "$@"
}

check() {	# check DESCRIPTION EXPECTED WORDS...
	d=$1 want=$2
	shift 2
	got=$(complete_words "$@" | tr '\n' ' ' | sed 's/ $//')
	if [ "$got" = "$want" ]; then ok "$d"; else not_ok "$d" "verwacht: $want; kreeg: $got"; fi
}

check "opdrachten" "antwoord coalitie export import info kopie sessie toegang vragen zelfanalyse" vitaal ""
check "opdracht begint met c" "coalitie" vitaal c
check "coalitie …" "archiveer hernoem herstel lijst nieuw verwijder" vitaal coalitie ""
check "na --db de opdracht" "sessie" vitaal --db w.db s
check "export --format" "html" vitaal export --format h
check "export-opties" "--coalitie --csv" vitaal export --c
check "toegang toevoegen --f" "--facilitator" vitaal toegang toevoegen --f
check "opties vooraan" "--palet --projector" vitaal --p
mkdir -p "$T/d" && : >"$T/d/a.json" && : >"$T/d/b.txt"
check "import: JSON-bestanden" "$T/d/a.json" vitaal import "$T/d/"
check "kopie: elk bestand" "$T/d/a.json $T/d/b.txt" vitaal kopie "$T/d/"

if command -v zsh >/dev/null 2>&1; then
	if zsh -n "${top_srcdir:-.}/completions/zsh/_vitaal" 2>"$T/zerr"; then ok "zsh: geldig bestand"; else
		not_ok "zsh: geldig bestand" "$(cat "$T/zerr")"; fi
else
	skip "zsh niet geïnstalleerd"
fi
done_testing
