-- SPDX-License-Identifier: GPL-3.0-or-later
-- Migration 2: what the workbook screens need beyond the first schema.
--  * collaboration: step 5's list of other collaborations on the same
--    terrain and the coalition's stance towards each.
--  * cat_example*: ready example coalitions built from the seeds' cases,
--    part of the catalogue (refreshed with it), copied into a werkboek on
--    request so a newcomer sees a filled-in workbook at once.

CREATE TABLE collaboration (
  id           INTEGER PRIMARY KEY,
  coalition_id INTEGER NOT NULL REFERENCES coalition(id) ON DELETE CASCADE,
  name         TEXT NOT NULL CHECK (length(trim(name)) > 0),
  description  TEXT NOT NULL DEFAULT '',
  stance       TEXT NOT NULL DEFAULT 'nog onbepaald' CHECK (stance IN ('concurreren',
                 'samenwerken','afstand houden','nog onbepaald')),
  note         TEXT NOT NULL DEFAULT '',
  created      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
  updated      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
) STRICT;
CREATE INDEX collaboration_coalition ON collaboration(coalition_id);

-- An example coalition: its name, the phase it is in, where it comes from.
CREATE TABLE cat_example (
  key     TEXT PRIMARY KEY,
  name    TEXT NOT NULL,
  phase   INTEGER NOT NULL CHECK (phase BETWEEN 0 AND 4),
  summary TEXT NOT NULL,
  source  TEXT NOT NULL REFERENCES cat_source(key),
  chapter TEXT NOT NULL
) STRICT;

-- Its answers, by item key (a cat_item key, or 'coalitie.opgave' /
-- 'coalitie.doel' for the coalition's own opgave and coalitiedoel).
CREATE TABLE cat_example_answer (
  example  TEXT NOT NULL REFERENCES cat_example(key),
  item_key TEXT NOT NULL,
  value    TEXT NOT NULL,
  PRIMARY KEY (example, item_key)
) STRICT;

-- Its players, with the core fields of the player table.
CREATE TABLE cat_example_player (
  example      TEXT NOT NULL REFERENCES cat_example(key),
  seq          INTEGER NOT NULL,
  name         TEXT NOT NULL,
  organisation TEXT NOT NULL,
  kind         TEXT NOT NULL,
  level        TEXT NOT NULL,
  role         TEXT NOT NULL,
  power        INTEGER NOT NULL,
  interest     INTEGER NOT NULL,
  standpunt    TEXT NOT NULL,
  kopgroep     INTEGER NOT NULL,
  eigen_belang TEXT NOT NULL,
  bijdrage     TEXT NOT NULL,
  PRIMARY KEY (example, seq)
) STRICT;

-- Its other collaborations on the terrain (step 5).
CREATE TABLE cat_example_collaboration (
  example     TEXT NOT NULL REFERENCES cat_example(key),
  seq         INTEGER NOT NULL,
  name        TEXT NOT NULL,
  description TEXT NOT NULL,
  stance      TEXT NOT NULL,
  note        TEXT NOT NULL,
  PRIMARY KEY (example, seq)
) STRICT;
