-- SPDX-License-Identifier: GPL-3.0-or-later
-- Migration 13: a session's agenda on the wall. The facilitator puts the
-- open session's agenda there (F9 on the sessions screen): kind 'agenda'
-- with the session in session_id. SQLite cannot widen a CHECK, so
-- projection is rebuilt once more.

CREATE TABLE projection_new (
  id           INTEGER PRIMARY KEY CHECK (id = 1),
  kind         TEXT NOT NULL DEFAULT 'leeg'
                 CHECK (kind IN ('leeg','coalitie','vraag','dilemma','kaart','typologie',
                   'agenda')),
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
  compare_id   INTEGER,
  session_id   INTEGER
) STRICT;
INSERT INTO projection_new(id, kind, coalition_id, item_key, dilemma_id, timer_on,
    timer_from, timer_acc, updated, silent, timer_len, map_view, round_id, compare_id)
  SELECT id, kind, coalition_id, item_key, dilemma_id, timer_on, timer_from, timer_acc,
    updated, silent, timer_len, map_view, round_id, compare_id FROM projection;
DROP TABLE projection;
ALTER TABLE projection_new RENAME TO projection;
