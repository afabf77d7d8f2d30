-- SPDX-License-Identifier: GPL-3.0-or-later
-- Migration 12: rounds on a dilemma, and more on the wall.
--  * A dilemma has rounds (seq 1, 2, …), each with its mode: 'naam' (places
--    under the names of people present), 'anoniem' (no person stored) or
--    'stil' (named, but the wall shows the places only once revealed).
--    The facilitator opens and closes a round; it keeps when and in which
--    session. A place belongs to one round; a person has at most one
--    place per round (the unique index), which may move while the round
--    is open (closed IS NULL).
--  * Places from before rounds existed go into rounds of their own, per
--    kind of label: the named places of a dilemma into round 1 ('naam'),
--    the places without a name into the round after it ('anoniem'), both
--    closed; a name that is a person's name is linked to that person.
--  * A place written without a round (a werkboek file or dump from before
--    rounds) goes, by the trigger below, into such a round as well.
--  * The wall can show a player map (view 1–4) and the typology, and a
--    dilemma in one round (round_id) or two rounds side by side
--    (compare_id). SQLite cannot widen a CHECK, so projection is rebuilt.

CREATE TABLE dilemma_round (
  id         INTEGER PRIMARY KEY,
  dilemma_id INTEGER NOT NULL REFERENCES dilemma(id) ON DELETE CASCADE,
  seq        INTEGER NOT NULL CHECK (seq >= 1),
  mode       TEXT NOT NULL CHECK (mode IN ('naam','anoniem','stil')),
  label      TEXT NOT NULL DEFAULT '',
  revealed   INTEGER NOT NULL DEFAULT 0 CHECK (revealed IN (0,1)),
  session_id INTEGER REFERENCES session(id) ON DELETE SET NULL,
  opened     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
  closed     TEXT,
  UNIQUE (dilemma_id, seq)
) STRICT;

ALTER TABLE dilemma_position ADD COLUMN round_id INTEGER
  REFERENCES dilemma_round(id) ON DELETE CASCADE;

INSERT INTO dilemma_round(dilemma_id, seq, mode, label, session_id, opened, closed)
  SELECT dilemma_id, 1, 'naam', 'eerdere plaatsen', max(session_id), min(created),
    max(created)
  FROM dilemma_position WHERE label <> '' GROUP BY dilemma_id;
INSERT INTO dilemma_round(dilemma_id, seq, mode, label, session_id, opened, closed)
  SELECT p.dilemma_id,
    (SELECT count(*) FROM dilemma_round r WHERE r.dilemma_id = p.dilemma_id) + 1,
    'anoniem', 'eerdere anonieme plaatsen', max(p.session_id), min(p.created), max(p.created)
  FROM dilemma_position p WHERE p.label = '' GROUP BY p.dilemma_id;
UPDATE dilemma_position SET round_id = (SELECT r.id FROM dilemma_round r
  WHERE r.dilemma_id = dilemma_position.dilemma_id
  AND r.mode = CASE WHEN dilemma_position.label = '' THEN 'anoniem' ELSE 'naam' END);
UPDATE dilemma_position SET participant_id = (SELECT p.id FROM participant p
  WHERE p.name = dilemma_position.label COLLATE NOCASE ORDER BY p.id LIMIT 1)
  WHERE participant_id IS NULL AND label <> '' AND NOT EXISTS (SELECT 1
    FROM dilemma_position q WHERE q.round_id = dilemma_position.round_id
    AND q.label = dilemma_position.label COLLATE NOCASE AND q.id < dilemma_position.id);

CREATE INDEX dilemma_position_round ON dilemma_position(round_id);
CREATE UNIQUE INDEX dilemma_position_person ON dilemma_position(round_id, participant_id)
  WHERE participant_id IS NOT NULL;
CREATE INDEX dilemma_round_dilemma ON dilemma_round(dilemma_id);

CREATE TRIGGER dilemma_position_roundless AFTER INSERT ON dilemma_position
WHEN NEW.round_id IS NULL BEGIN
  INSERT INTO dilemma_round(dilemma_id, seq, mode, label, session_id, opened, closed)
    SELECT NEW.dilemma_id,
      (SELECT coalesce(max(seq), 0) + 1 FROM dilemma_round WHERE dilemma_id = NEW.dilemma_id),
      CASE WHEN NEW.label = '' THEN 'anoniem' ELSE 'naam' END,
      CASE WHEN NEW.label = '' THEN 'eerdere anonieme plaatsen' ELSE 'eerdere plaatsen' END,
      NEW.session_id, NEW.created, NEW.created
    WHERE NOT EXISTS (SELECT 1 FROM dilemma_round WHERE dilemma_id = NEW.dilemma_id
      AND label = CASE WHEN NEW.label = '' THEN 'eerdere anonieme plaatsen'
        ELSE 'eerdere plaatsen' END);
  UPDATE dilemma_position SET round_id = (SELECT id FROM dilemma_round
      WHERE dilemma_id = NEW.dilemma_id AND label = CASE WHEN NEW.label = ''
        THEN 'eerdere anonieme plaatsen' ELSE 'eerdere plaatsen' END
      ORDER BY seq LIMIT 1)
    WHERE id = NEW.id;
END;

CREATE TABLE projection_new (
  id           INTEGER PRIMARY KEY CHECK (id = 1),
  kind         TEXT NOT NULL DEFAULT 'leeg'
                 CHECK (kind IN ('leeg','coalitie','vraag','dilemma','kaart','typologie')),
  coalition_id INTEGER,
  item_key     TEXT,
  dilemma_id   INTEGER,
  timer_on     INTEGER NOT NULL DEFAULT 0 CHECK (timer_on IN (0,1)),
  timer_from   INTEGER NOT NULL DEFAULT 0,
  timer_acc    INTEGER NOT NULL DEFAULT 0,
  updated      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
  silent       INTEGER NOT NULL DEFAULT 0 CHECK (silent IN (0,1)),
  timer_len    INTEGER NOT NULL DEFAULT 0 CHECK (timer_len >= 0),
  map_view     INTEGER NOT NULL DEFAULT 0 CHECK (map_view BETWEEN 0 AND 3),
  round_id     INTEGER,
  compare_id   INTEGER
) STRICT;
INSERT INTO projection_new(id, kind, coalition_id, item_key, dilemma_id, timer_on,
    timer_from, timer_acc, updated, silent, timer_len)
  SELECT id, kind, coalition_id, item_key, dilemma_id, timer_on, timer_from, timer_acc,
    updated, silent, timer_len FROM projection;
DROP TABLE projection;
ALTER TABLE projection_new RENAME TO projection;
