#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# gen.sh: fill a werkboek with a large, realistic load for the benchmarks
# and the crash tests: COALITIONS coalitions (default 1000), 100 answers
# each of 80–240 characters (with their history), 20 players each (the
# first coalition has 200, for the map), relations, one dilemma box each
# with 5 places, 50 participants.
#
#   bench/gen.sh WERKBOEK [COALITIONS]
#
# Needs the vitaal binary ($VITAAL, default src/vitaal) to create the
# werkboek and the sqlite3 shell ($SQLITE3_SHELL) to fill it.
set -eu
db=$1
n=${2:-1000}
vitaal=${VITAAL:-src/vitaal}
sqlite=${SQLITE3_SHELL:-sqlite3}
rm -f "$db" "$db-wal" "$db-shm"
"$vitaal" --db "$db" info >/dev/null
"$sqlite" -bail "$db" <<SQL
PRAGMA foreign_keys = ON;
BEGIN;
WITH RECURSIVE i(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM i WHERE k < 50)
INSERT INTO participant(name, organisation, role)
SELECT 'Deelnemer ' || k, 'Organisatie ' || (k % 7), 'rol ' || (k % 5) FROM i;
WITH RECURSIVE i(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM i WHERE k < $n)
INSERT INTO coalition(name, phase) SELECT printf('Coalitie %04d', k), k % 5 FROM i;
CREATE TEMP TABLE item AS
  SELECT key, row_number() OVER (ORDER BY rowid) AS r FROM cat_item
  WHERE form NOT LIKE 'za-%' LIMIT 100;
INSERT INTO answer(coalition_id, item_key, value)
SELECT c.id, item.key,
  substr('Wij willen samen met de partners in de wijk een aanpak maken waarin '
    || 'wonen, zorg en werk op elkaar aansluiten, zodat niemand tussen de loketten '
    || 'valt; de gemeente regisseert, de corporatie draagt en de zorgverzekeraar schraagt. '
    || c.name || ' vraag ' || item.r, 1, 80 + ((c.id * 7 + item.r * 13) % 160))
FROM coalition c, item;
WITH RECURSIVE i(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM i WHERE k < 200)
INSERT INTO player(coalition_id, name, organisation, kind, role, power, interest, standpunt,
  kopgroep)
SELECT c.id, 'Speler ' || k, 'Organisatie ' || (k % 11),
  CASE k % 4 WHEN 0 THEN 'gemeente' WHEN 1 THEN 'bedrijf' WHEN 2 THEN 'burgers' ELSE 'regio' END,
  CASE k % 6 WHEN 0 THEN 'drager' WHEN 1 THEN 'schrager' WHEN 2 THEN 'afnemer'
    WHEN 3 THEN 'regisseur' WHEN 4 THEN 'initiatiefnemer' ELSE 'buitenstaander' END,
  (k * 7 + c.id) % 6, (k * 11 + c.id * 3) % 6,
  CASE k % 3 WHEN 0 THEN 'voorstander' WHEN 1 THEN 'afwachtend' ELSE 'tegenstander' END,
  k % 9 = 0
FROM coalition c, i WHERE k <= CASE WHEN c.id = 1 THEN 200 ELSE 20 END;
INSERT INTO relation(coalition_id, from_player, to_player, kind, strength)
SELECT p.coalition_id, p.id, p.id + 1, 'samenwerking', 1 + p.id % 5 FROM player p
WHERE p.id % 4 = 0 AND EXISTS (SELECT 1 FROM player q WHERE q.id = p.id + 1
  AND q.coalition_id = p.coalition_id);
INSERT INTO dilemma(coalition_id, catalogue_key, form, title, pole_a, pole_b, team_position, seq)
SELECT c.id, NULL, 'pool', 'Eigen belang of coalitiebelang', 'Eigen belang', 'Coalitiebelang',
  1 + c.id % 7, 1 FROM coalition c;
WITH RECURSIVE i(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM i WHERE k < 5)
INSERT INTO dilemma_position(dilemma_id, participant_id, label, position)
SELECT d.id, 1 + (d.id * 5 + k) % 50, 'Deelnemer ' || (1 + (d.id * 5 + k) % 50),
  1 + (d.id + k * 3) % 7 FROM dilemma d, i;
COMMIT;
SQL
