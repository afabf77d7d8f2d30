-- SPDX-License-Identifier: GPL-3.0-or-later
-- Migration fast_import (its place in Makefile.am gives its number): what
-- an import of a large werkboek spent its time on, where it need not.
--
-- 1. The start screen's counts (migration 8) kept by adding and subtracting
-- the one answer that changed, instead of counting the coalition's
-- answers again through coalition_stats_now each time one is written.
-- The old triggers read every answer of the coalition and built the list
-- of workbook questions anew per answer; an import of 30,000 answers
-- spent two thirds of its time there. What counts is unchanged: a
-- workbook question (an initiatief, fase or stap form) whose answer is
-- not blank; the last answer is the latest `updated`. The rare change
-- that moves an answer to another coalition, or back in time, still
-- counts both coalitions again in full; a catalogue reload still
-- rebuilds the table whole (store_catalogue.c).
--
-- 2. While an import merges, inserting an answer writes no history row
-- and counts nothing for the start screen (see import_running below).

DROP TRIGGER coalition_stats_ins;
DROP TRIGGER coalition_stats_upd;
DROP TRIGGER coalition_stats_del;

-- Whether an answer counts is one lookup on cat_item's primary key. (A
-- CASE, not kind IN (...): the list would be built as a temporary table
-- each time the trigger fires. One upsert, not an INSERT ... WHERE NOT
-- EXISTS on the same table, which goes through a temporary table too.)
CREATE TRIGGER coalition_stats_ins AFTER INSERT ON answer
  WHEN NOT EXISTS (SELECT 1 FROM import_running) BEGIN
  INSERT INTO coalition_stats(coalition_id, answered, last_answer)
    VALUES (NEW.coalition_id, (trim(NEW.value) <> '' AND coalesce((SELECT CASE f.kind
      WHEN 'initiatief' THEN 1 WHEN 'fase' THEN 1 WHEN 'stap' THEN 1 ELSE 0 END
      FROM cat_item i JOIN cat_form f ON f.key = i.form WHERE i.key = NEW.item_key), 0)), NEW.updated)
    ON CONFLICT (coalition_id) DO UPDATE SET answered = answered + excluded.answered,
      last_answer = max(last_answer, excluded.last_answer);
END;

CREATE TRIGGER coalition_stats_upd AFTER UPDATE ON answer
WHEN NEW.coalition_id = OLD.coalition_id AND NEW.updated >= OLD.updated BEGIN
  UPDATE coalition_stats SET
    answered = answered - (trim(OLD.value) <> '' AND coalesce((SELECT CASE f.kind
      WHEN 'initiatief' THEN 1 WHEN 'fase' THEN 1 WHEN 'stap' THEN 1 ELSE 0 END
      FROM cat_item i JOIN cat_form f ON f.key = i.form WHERE i.key = OLD.item_key), 0))
      + (trim(NEW.value) <> '' AND coalesce((SELECT CASE f.kind
      WHEN 'initiatief' THEN 1 WHEN 'fase' THEN 1 WHEN 'stap' THEN 1 ELSE 0 END
      FROM cat_item i JOIN cat_form f ON f.key = i.form WHERE i.key = NEW.item_key), 0)),
    last_answer = max(last_answer, NEW.updated)
  WHERE coalition_id = NEW.coalition_id;
END;

-- Moved to another coalition, or back in time: both counted in full.
CREATE TRIGGER coalition_stats_upd_whole AFTER UPDATE ON answer
WHEN NEW.coalition_id <> OLD.coalition_id OR NEW.updated < OLD.updated BEGIN
  INSERT INTO coalition_stats(coalition_id) VALUES (NEW.coalition_id)
    ON CONFLICT (coalition_id) DO NOTHING;
  UPDATE coalition_stats SET (answered, last_answer) = (SELECT coalesce(sum(n.answered), 0),
      coalesce(max(n.last_answer), '') FROM coalition_stats_now n
      WHERE n.coalition_id = coalition_stats.coalition_id)
  WHERE coalition_id IN (OLD.coalition_id, NEW.coalition_id);
END;

-- A deleted answer is subtracted; the last answer is looked up again only
-- when it was the one deleted (the primary key keeps a coalition's
-- answers together).
CREATE TRIGGER coalition_stats_del AFTER DELETE ON answer BEGIN
  UPDATE coalition_stats SET
    answered = answered - (trim(OLD.value) <> '' AND coalesce((SELECT CASE f.kind
      WHEN 'initiatief' THEN 1 WHEN 'fase' THEN 1 WHEN 'stap' THEN 1 ELSE 0 END
      FROM cat_item i JOIN cat_form f ON f.key = i.form WHERE i.key = OLD.item_key), 0)),
    last_answer = CASE WHEN OLD.updated < last_answer THEN last_answer
      ELSE (SELECT coalesce(max(updated), '') FROM answer
        WHERE coalition_id = OLD.coalition_id) END
  WHERE coalition_id = OLD.coalition_id;
END;

DELETE FROM coalition_stats;
INSERT INTO coalition_stats SELECT coalition_id, answered, last_answer FROM coalition_stats_now;

-- While an import merges, the row in import_running pauses what inserting
-- an answer or a self-analysis answer does besides: the history row (the
-- file carries the history of each answer in a table of its own, which
-- the import merges by the same rule as the rest, so the trigger's row was
-- written only to be deleted again) and the start screen's count (the
-- import counts each coalition that got answers once, at its end). The
-- import writes the row and deletes it inside its one transaction, so no
-- other connection ever sees it, and a failed import leaves nothing
-- (store_dump.c). A change to an answer is recorded and counted as
-- always, during an import too.
CREATE TABLE import_running (
  one INTEGER PRIMARY KEY CHECK (one = 1)
) STRICT;

DROP TRIGGER answer_history_ins;
CREATE TRIGGER answer_history_ins AFTER INSERT ON answer
  WHEN NOT EXISTS (SELECT 1 FROM import_running) BEGIN
  INSERT INTO answer_history(coalition_id, item_key, value, changed, session_id, author)
  VALUES (NEW.coalition_id, NEW.item_key, NEW.value, NEW.updated, NEW.session_id, NEW.author);
END;
DROP TRIGGER self_answer_history_ins;
CREATE TRIGGER self_answer_history_ins AFTER INSERT ON self_answer
  WHEN NOT EXISTS (SELECT 1 FROM import_running) BEGIN
  INSERT INTO self_answer_history(analysis_id, item_key, value, changed)
  VALUES (NEW.analysis_id, NEW.item_key, NEW.value, NEW.updated);
END;
