#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# export_eml.sh: `vitaal export --format eml`, the summary as an e-mail
# draft, read back by python's email module as a mail program reads it:
# a draft (X-Unsent: 1), its subject from the session, a multipart/mixed
# of the 72-column text (quoted-printable UTF-8, equal to the txt export)
# and the ODT attached (base64, equal to the odt export); CRLF line ends
# and no line over 76 characters; the same bytes on every run.
. "${top_srcdir:-.}/tests/cli/lib.sh"

db="$T/werkboek.db"
fixture "$db" || { not_ok "voorbeeldwerkboek"; done_testing; }

run --db "$db" export --sessie 1 --format eml -o "$T/sessie.eml"
expect "sessie als e-mail" 0
run --db "$db" export --sessie 1 --format txt -o "$T/sessie.txt"
run --db "$db" export --sessie 1 --format odt -o "$T/sessie.odt"
run --db "$db" export --sessie 2 --format eml -o "$T/dag.eml"
expect "intervisiedag als e-mail" 0
run --db "$db" export --coalitie 2 --format eml -o "$T/vreemd.eml"
expect "coalitie met vreemde tekens als e-mail" 0

if command -v python3 >/dev/null 2>&1; then
	python3 - "$T/sessie.eml" "$T/sessie.txt" "$T/sessie.odt" <<'PY' >"$T/py.out" 2>&1 &&
import email, sys
from email import policy
raw = open(sys.argv[1], "rb").read()
assert b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b""), "geen CRLF overal"
assert max(len(l) for l in raw.split(b"\r\n")) <= 78, "regel langer dan 78"
m = email.message_from_bytes(raw, policy=policy.default)
assert m["X-Unsent"] == "1", "geen X-Unsent"
assert m["Subject"] == "Samenvatting Werkconferentie dak en thuis (2026-03-20)", m["Subject"]
assert m["Date"].datetime.date().isoformat() == "2026-03-20", m["Date"]
assert m.get_content_type() == "multipart/mixed", m.get_content_type()
assert not m.defects, m.defects
parts = list(m.iter_parts())
assert len(parts) == 2, len(parts)
body, odt = parts
assert body.get_content_type() == "text/plain" and body.get_content_charset() == "utf-8"
assert body["Content-Transfer-Encoding"] == "quoted-printable"
text = body.get_content().replace("\r\n", "\n")
want = open(sys.argv[2], encoding="utf-8").read()
assert text == want, "tekst anders dan de txt-export"
assert all(len(l) <= 72 for l in text.split("\n")), "tekstregel breder dan 72"
assert odt.get_content_type() == "application/vnd.oasis.opendocument.text"
assert odt.get_filename() == "werkconferentie-dak-en-thuis.odt", odt.get_filename()
assert odt.get_content_disposition() == "attachment"
assert odt.get_content() == open(sys.argv[3], "rb").read(), "bijlage anders dan de odt-export"
PY
	ok "python email leest een concept met tekst en ODT-bijlage" ||
	not_ok "python email leest een concept met tekst en ODT-bijlage" "$(cat "$T/py.out")"
	python3 - "$T/vreemd.eml" "$T/dag.eml" <<'PY' >"$T/py.out" 2>&1 &&
import email, sys
from email import policy
for path in sys.argv[1:]:
	m = email.message_from_bytes(open(path, "rb").read(), policy=policy.default)
	assert not m.defects, (path, m.defects)
	subject = m["Subject"]
	assert subject.startswith("Samenvatting "), subject
	body = next(m.iter_parts()).get_content()
	assert "Samenvatting uit Vitaal" in body
	if "vreemd" in path:
		assert subject == 'Samenvatting Coalitie: Wijk <script>alert("x")</script> & co, "Oost"', subject
PY
	ok "onderwerp met vreemde tekens (RFC 2047) en een intervisiedag" ||
	not_ok "onderwerp met vreemde tekens (RFC 2047) en een intervisiedag" "$(cat "$T/py.out")"
else
	skip "python3 ontbreekt: e-mail niet gelezen"
	skip "python3 ontbreekt: e-mail niet gelezen"
fi

run --db "$db" export --sessie 1 --format eml -o "$T/nog.eml"
cmp -s "$T/nog.eml" "$T/sessie.eml" && ok "dezelfde bytes bij elke export" ||
	not_ok "dezelfde bytes bij elke export"
done_testing
