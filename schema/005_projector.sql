-- SPDX-License-Identifier: GPL-3.0-or-later
-- Migration 5: the wall follows the facilitator. One row says what the
-- projector shows: nothing yet, a coalition, one question of a form (with
-- its answer), or one dilemma box; and the round timer. The facilitator's
-- terminal writes it; `vitaal --projector` on the same werkboek reads it.

CREATE TABLE projection (
  id           INTEGER PRIMARY KEY CHECK (id = 1),
  kind         TEXT NOT NULL DEFAULT 'leeg' CHECK (kind IN ('leeg','coalitie','vraag','dilemma')),
  coalition_id INTEGER,
  item_key     TEXT,
  dilemma_id   INTEGER,
  timer_on     INTEGER NOT NULL DEFAULT 0 CHECK (timer_on IN (0,1)),
  timer_from   INTEGER NOT NULL DEFAULT 0,   -- unix time the running timer (re)started
  timer_acc    INTEGER NOT NULL DEFAULT 0,   -- seconds counted before that
  updated      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
) STRICT;
INSERT INTO projection(id) VALUES (1);
