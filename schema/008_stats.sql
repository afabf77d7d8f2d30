-- SPDX-License-Identifier: GPL-3.0-or-later
-- Migration 8: what the start screen shows of each coalition (how many
-- workbook questions are answered, when the last answer changed) kept
-- beside it by triggers, so listing a thousand coalitions reads a
-- thousand rows, not a hundred thousand answers. Derived data: never
-- exported; rebuilt whole when the catalogue changes (store_catalogue.c).

CREATE TABLE coalition_stats (
  coalition_id INTEGER PRIMARY KEY REFERENCES coalition(id) ON DELETE CASCADE,
  answered     INTEGER NOT NULL DEFAULT 0,
  last_answer  TEXT NOT NULL DEFAULT ''
) STRICT;

-- The questions that count for progress (an initiatief, fase or stap form).
CREATE VIEW workbook_item AS
  SELECT i.key FROM cat_item i JOIN cat_form f ON f.key = i.form
  WHERE f.kind IN ('initiatief', 'fase', 'stap');

-- The counts as they are now, per coalition (a WHERE on coalition_id
-- reaches into the grouping: one coalition's answers are read).
CREATE VIEW coalition_stats_now AS
  SELECT coalition_id,
    sum(trim(value) <> '' AND item_key IN (SELECT key FROM workbook_item)) AS answered,
    coalesce(max(updated), '') AS last_answer
  FROM answer GROUP BY coalition_id;

-- (No INSERT OR REPLACE here: inside a trigger the conflict clause of the
-- statement that fired it wins, and an answer's upsert has its own.)
CREATE TRIGGER coalition_stats_ins AFTER INSERT ON answer BEGIN
  INSERT INTO coalition_stats(coalition_id) SELECT NEW.coalition_id
  WHERE NOT EXISTS (SELECT 1 FROM coalition_stats WHERE coalition_id = NEW.coalition_id);
  UPDATE coalition_stats SET (answered, last_answer) = (SELECT answered, last_answer
    FROM coalition_stats_now WHERE coalition_id = NEW.coalition_id)
  WHERE coalition_id = NEW.coalition_id;
END;
CREATE TRIGGER coalition_stats_upd AFTER UPDATE ON answer BEGIN
  UPDATE coalition_stats SET (answered, last_answer) = (SELECT answered, last_answer
    FROM coalition_stats_now WHERE coalition_id = NEW.coalition_id)
  WHERE coalition_id = NEW.coalition_id;
END;
CREATE TRIGGER coalition_stats_del AFTER DELETE ON answer BEGIN
  UPDATE coalition_stats SET (answered, last_answer) = (SELECT coalesce(sum(answered), 0),
    coalesce(max(last_answer), '') FROM coalition_stats_now WHERE coalition_id = OLD.coalition_id)
  WHERE coalition_id = OLD.coalition_id;
END;

INSERT INTO coalition_stats SELECT coalition_id, answered, last_answer FROM coalition_stats_now;
