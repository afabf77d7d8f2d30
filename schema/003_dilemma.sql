-- SPDX-License-Identifier: GPL-3.0-or-later
-- Migration 3: what the dilemma boxes need beyond migration 1.
--  * the pro/contra dilemmabox's three closing questions: is there a
--    solution between the extremes, how likely is it that the pros of the
--    new situation come and its cons are avoided (1–5), and how the team
--    keeps from circling through the schema for ever;
--  * the team's choice on a choice dilemma is kept in team_position as the
--    option's seq (1-based), as a participant's is in dilemma_position.

ALTER TABLE dilemma ADD COLUMN between_text TEXT NOT NULL DEFAULT '';
ALTER TABLE dilemma ADD COLUMN likelihood INTEGER CHECK (likelihood BETWEEN 1 AND 5);
ALTER TABLE dilemma ADD COLUMN circling TEXT NOT NULL DEFAULT '';
ALTER TABLE dilemma ADD COLUMN seq INTEGER NOT NULL DEFAULT 0;
CREATE INDEX dilemma_argument_dilemma ON dilemma_argument(dilemma_id);
