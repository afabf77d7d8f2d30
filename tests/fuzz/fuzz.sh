#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# fuzz.sh: run the JSON importer (parse, merge into a werkboek, every
# renderer: tests/fuzz/fuzz_import.c) and the text field's edit operations
# under libFuzzer, half the time each (CI gives FUZZ_SECONDS, 30 by
# default). Needs clang; run from the top of a
# configured build tree (config.h). A crash leaves its input in
# tests/fuzz/crash-* and fails the run.
#
#   tests/fuzz/fuzz.sh [SECONDS]
set -eu
secs=${1:-${FUZZ_SECONDS:-30}}
src=$(cd "$(dirname "$0")/../.." && pwd)
out=${TMPDIR:-/tmp}/vitaal-fuzz.$$
mkdir -p "$out/corpus"
trap 'rm -rf "$out"' EXIT
command -v clang >/dev/null 2>&1 || { echo "fuzz.sh: clang ontbreekt (apt-get install clang)"; exit 1; }
[ -f config.h ] || { echo "fuzz.sh: draai in een geconfigureerde bouwmap (config.h)"; exit 1; }
cp "$src"/tests/fuzz/corpus/* "$out/corpus/"
[ -f libvitaal.a ] || make -s libvitaal.a
# The reader is built instrumented; the rest comes from libvitaal.a.
# shellcheck disable=SC2046
clang -g -O1 -pthread -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
	-DVITAAL_LIBFUZZER -I. -I"$src/include" \
	"$src/tests/fuzz/fuzz_import.c" "$src/src/interchange/export_json.c" \
	"$src/src/util/json.c" "$src/src/util/json_pull.c" "$src/src/util/utf8.c" \
	libvitaal.a $(pkg-config --libs sqlite3 zlib libutf8proc) -o "$out/fuzz_import"
clang -g -O1 -pthread -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
	-DVITAAL_LIBFUZZER -I. -I"$src/include" -I"$src/src/ui" \
	"$src/tests/fuzz/fuzz_textbuf.c" "$src/src/ui/textbuf.c" "$src/src/util/utf8.c" \
	libvitaal.a $(pkg-config --libs libutf8proc) -o "$out/fuzz_textbuf"
half=$(( (secs + 1) / 2 ))
"$out/fuzz_import" -max_total_time="$half" -max_len=65536 -timeout=10 \
	-artifact_prefix="$src/tests/fuzz/crash-import-" "$out/corpus"
mkdir "$out/tb"
"$out/fuzz_textbuf" -max_total_time="$half" -max_len=4096 -timeout=10 \
	-artifact_prefix="$src/tests/fuzz/crash-textbuf-" "$out/tb"
