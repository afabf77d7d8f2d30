-- SPDX-License-Identifier: GPL-3.0-or-later
-- Migration 10: who saved an answer. A terminal signs what it saves with
-- the name the werkboek shows for the person there (a participant's name,
-- else the account's full name), so that a terminal editing the same
-- answer can say who saved it meanwhile, a merge can label each version
-- with its writer, and the history (g) shows who wrote each version. NULL:
-- saved before this migration, or not at a terminal (the command line).
-- A name as the werkboek shows it, never a login: like a dilemma
-- argument's author it travels with the answer in a dump.
ALTER TABLE answer ADD COLUMN author TEXT;
ALTER TABLE answer_history ADD COLUMN author TEXT;

DROP TRIGGER answer_history_ins;
DROP TRIGGER answer_history_upd;
CREATE TRIGGER answer_history_ins AFTER INSERT ON answer BEGIN
  INSERT INTO answer_history(coalition_id, item_key, value, changed, session_id, author)
  VALUES (NEW.coalition_id, NEW.item_key, NEW.value, NEW.updated, NEW.session_id, NEW.author);
END;
CREATE TRIGGER answer_history_upd AFTER UPDATE OF value ON answer
  WHEN NEW.value IS NOT OLD.value BEGIN
  INSERT INTO answer_history(coalition_id, item_key, value, changed, session_id, author)
  VALUES (NEW.coalition_id, NEW.item_key, NEW.value, NEW.updated, NEW.session_id, NEW.author);
END;
