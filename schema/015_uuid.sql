-- SPDX-License-Identifier: GPL-3.0-or-later
-- Migration uuid (its place in Makefile.am gives its number): every record
-- a JSON export carries gets an identity that survives a rename, so an
-- import recognises a colleague's renamed coalition, a changed note or a
-- moved place as the same record (dump.h, store_dump.c). Rows already
-- here get one now; a row inserted without one gets one from the trigger
-- (an import inserts the file's, so the record keeps its identity in
-- every werkboek it travels to). A version 4 UUID as text: 8-4-4-4-12
-- lowercase hex digits.
--
-- The field history also learns the coalition ('coalitie': its name and
-- phase) and the relation ('relatie': its note), the fields an import
-- merges by the same rule as the others; SQLite cannot change a CHECK, so
-- the table is built again with its rows, indexes and triggers.

ALTER TABLE participant ADD COLUMN uuid TEXT;
UPDATE participant SET uuid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' ||
    substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) ||
    substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)));
CREATE UNIQUE INDEX participant_uuid ON participant(uuid);
CREATE TRIGGER participant_uuid AFTER INSERT ON participant WHEN NEW.uuid IS NULL BEGIN
  UPDATE participant SET uuid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' ||
    substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) ||
    substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))
  WHERE id = NEW.id;
END;
ALTER TABLE coalition ADD COLUMN uuid TEXT;
UPDATE coalition SET uuid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' ||
    substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) ||
    substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)));
CREATE UNIQUE INDEX coalition_uuid ON coalition(uuid);
CREATE TRIGGER coalition_uuid AFTER INSERT ON coalition WHEN NEW.uuid IS NULL BEGIN
  UPDATE coalition SET uuid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' ||
    substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) ||
    substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))
  WHERE id = NEW.id;
END;
ALTER TABLE igroup ADD COLUMN uuid TEXT;
UPDATE igroup SET uuid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' ||
    substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) ||
    substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)));
CREATE UNIQUE INDEX igroup_uuid ON igroup(uuid);
CREATE TRIGGER igroup_uuid AFTER INSERT ON igroup WHEN NEW.uuid IS NULL BEGIN
  UPDATE igroup SET uuid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' ||
    substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) ||
    substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))
  WHERE id = NEW.id;
END;
ALTER TABLE session ADD COLUMN uuid TEXT;
UPDATE session SET uuid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' ||
    substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) ||
    substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)));
CREATE UNIQUE INDEX session_uuid ON session(uuid);
CREATE TRIGGER session_uuid AFTER INSERT ON session WHEN NEW.uuid IS NULL BEGIN
  UPDATE session SET uuid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' ||
    substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) ||
    substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))
  WHERE id = NEW.id;
END;
ALTER TABLE note ADD COLUMN uuid TEXT;
UPDATE note SET uuid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' ||
    substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) ||
    substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)));
CREATE UNIQUE INDEX note_uuid ON note(uuid);
CREATE TRIGGER note_uuid AFTER INSERT ON note WHEN NEW.uuid IS NULL BEGIN
  UPDATE note SET uuid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' ||
    substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) ||
    substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))
  WHERE id = NEW.id;
END;
ALTER TABLE player ADD COLUMN uuid TEXT;
UPDATE player SET uuid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' ||
    substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) ||
    substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)));
CREATE UNIQUE INDEX player_uuid ON player(uuid);
CREATE TRIGGER player_uuid AFTER INSERT ON player WHEN NEW.uuid IS NULL BEGIN
  UPDATE player SET uuid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' ||
    substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) ||
    substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))
  WHERE id = NEW.id;
END;
ALTER TABLE relation ADD COLUMN uuid TEXT;
UPDATE relation SET uuid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' ||
    substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) ||
    substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)));
CREATE UNIQUE INDEX relation_uuid ON relation(uuid);
CREATE TRIGGER relation_uuid AFTER INSERT ON relation WHEN NEW.uuid IS NULL BEGIN
  UPDATE relation SET uuid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' ||
    substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) ||
    substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))
  WHERE id = NEW.id;
END;
ALTER TABLE dilemma ADD COLUMN uuid TEXT;
UPDATE dilemma SET uuid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' ||
    substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) ||
    substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)));
CREATE UNIQUE INDEX dilemma_uuid ON dilemma(uuid);
CREATE TRIGGER dilemma_uuid AFTER INSERT ON dilemma WHEN NEW.uuid IS NULL BEGIN
  UPDATE dilemma SET uuid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' ||
    substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) ||
    substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))
  WHERE id = NEW.id;
END;
ALTER TABLE dilemma_round ADD COLUMN uuid TEXT;
UPDATE dilemma_round SET uuid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' ||
    substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) ||
    substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)));
CREATE UNIQUE INDEX dilemma_round_uuid ON dilemma_round(uuid);
CREATE TRIGGER dilemma_round_uuid AFTER INSERT ON dilemma_round WHEN NEW.uuid IS NULL BEGIN
  UPDATE dilemma_round SET uuid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' ||
    substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) ||
    substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))
  WHERE id = NEW.id;
END;
ALTER TABLE dilemma_position ADD COLUMN uuid TEXT;
UPDATE dilemma_position SET uuid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' ||
    substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) ||
    substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)));
CREATE UNIQUE INDEX dilemma_position_uuid ON dilemma_position(uuid);
CREATE TRIGGER dilemma_position_uuid AFTER INSERT ON dilemma_position WHEN NEW.uuid IS NULL BEGIN
  UPDATE dilemma_position SET uuid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' ||
    substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) ||
    substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))
  WHERE id = NEW.id;
END;
ALTER TABLE dilemma_argument ADD COLUMN uuid TEXT;
UPDATE dilemma_argument SET uuid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' ||
    substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) ||
    substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)));
CREATE UNIQUE INDEX dilemma_argument_uuid ON dilemma_argument(uuid);
CREATE TRIGGER dilemma_argument_uuid AFTER INSERT ON dilemma_argument WHEN NEW.uuid IS NULL BEGIN
  UPDATE dilemma_argument SET uuid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' ||
    substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) ||
    substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))
  WHERE id = NEW.id;
END;
ALTER TABLE collaboration ADD COLUMN uuid TEXT;
UPDATE collaboration SET uuid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' ||
    substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) ||
    substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)));
CREATE UNIQUE INDEX collaboration_uuid ON collaboration(uuid);
CREATE TRIGGER collaboration_uuid AFTER INSERT ON collaboration WHEN NEW.uuid IS NULL BEGIN
  UPDATE collaboration SET uuid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' ||
    substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) ||
    substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))
  WHERE id = NEW.id;
END;
ALTER TABLE self_analysis ADD COLUMN uuid TEXT;
UPDATE self_analysis SET uuid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' ||
    substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) ||
    substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)));
CREATE UNIQUE INDEX self_analysis_uuid ON self_analysis(uuid);
CREATE TRIGGER self_analysis_uuid AFTER INSERT ON self_analysis WHEN NEW.uuid IS NULL BEGIN
  UPDATE self_analysis SET uuid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' ||
    substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) ||
    substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))
  WHERE id = NEW.id;
END;
ALTER TABLE iquestion ADD COLUMN uuid TEXT;
UPDATE iquestion SET uuid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' ||
    substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) ||
    substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)));
CREATE UNIQUE INDEX iquestion_uuid ON iquestion(uuid);
CREATE TRIGGER iquestion_uuid AFTER INSERT ON iquestion WHEN NEW.uuid IS NULL BEGIN
  UPDATE iquestion SET uuid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' ||
    substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) ||
    substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))
  WHERE id = NEW.id;
END;
ALTER TABLE iadvice ADD COLUMN uuid TEXT;
UPDATE iadvice SET uuid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' ||
    substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) ||
    substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)));
CREATE UNIQUE INDEX iadvice_uuid ON iadvice(uuid);
CREATE TRIGGER iadvice_uuid AFTER INSERT ON iadvice WHEN NEW.uuid IS NULL BEGIN
  UPDATE iadvice SET uuid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' ||
    substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) ||
    substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))
  WHERE id = NEW.id;
END;
ALTER TABLE iaction ADD COLUMN uuid TEXT;
UPDATE iaction SET uuid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' ||
    substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) ||
    substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)));
CREATE UNIQUE INDEX iaction_uuid ON iaction(uuid);
CREATE TRIGGER iaction_uuid AFTER INSERT ON iaction WHEN NEW.uuid IS NULL BEGIN
  UPDATE iaction SET uuid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' ||
    substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) ||
    substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))
  WHERE id = NEW.id;
END;
ALTER TABLE itheme ADD COLUMN uuid TEXT;
UPDATE itheme SET uuid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' ||
    substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) ||
    substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)));
CREATE UNIQUE INDEX itheme_uuid ON itheme(uuid);
CREATE TRIGGER itheme_uuid AFTER INSERT ON itheme WHEN NEW.uuid IS NULL BEGIN
  UPDATE itheme SET uuid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' ||
    substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) ||
    substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))
  WHERE id = NEW.id;
END;
ALTER TABLE ilesson ADD COLUMN uuid TEXT;
UPDATE ilesson SET uuid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' ||
    substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) ||
    substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)));
CREATE UNIQUE INDEX ilesson_uuid ON ilesson(uuid);
CREATE TRIGGER ilesson_uuid AFTER INSERT ON ilesson WHEN NEW.uuid IS NULL BEGIN
  UPDATE ilesson SET uuid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' ||
    substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) ||
    substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))
  WHERE id = NEW.id;
END;

DROP TRIGGER field_history_player_del;
DROP TRIGGER field_history_dilemma_del;
DROP TRIGGER field_history_note_del;
DROP TRIGGER field_history_collaboration_del;
CREATE TABLE field_history_new (
  id           INTEGER PRIMARY KEY,
  coalition_id INTEGER NOT NULL REFERENCES coalition(id) ON DELETE CASCADE,
  kind         TEXT NOT NULL CHECK (kind IN ('speler','dilemma','typologie','notitie',
                 'samenwerking','coalitie','relatie')),
  record_id    INTEGER NOT NULL,
  field        TEXT NOT NULL,
  value        TEXT,
  author       TEXT NOT NULL DEFAULT '',
  saved_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
  reason       TEXT NOT NULL DEFAULT 'bewaard'
) STRICT;
INSERT INTO field_history_new SELECT id, coalition_id, kind, record_id, field, value,
  author, saved_at, reason FROM field_history;
DROP TABLE field_history;
ALTER TABLE field_history_new RENAME TO field_history;
CREATE INDEX field_history_field ON field_history(kind, record_id, field, id);
CREATE INDEX field_history_coalition ON field_history(coalition_id);
CREATE TRIGGER field_history_player_del AFTER DELETE ON player BEGIN
  DELETE FROM field_history WHERE kind = 'speler' AND record_id = OLD.id;
END;
CREATE TRIGGER field_history_dilemma_del AFTER DELETE ON dilemma BEGIN
  DELETE FROM field_history WHERE kind = 'dilemma' AND record_id = OLD.id;
END;
CREATE TRIGGER field_history_note_del AFTER DELETE ON note BEGIN
  DELETE FROM field_history WHERE kind = 'notitie' AND record_id = OLD.id;
END;
CREATE TRIGGER field_history_collaboration_del AFTER DELETE ON collaboration BEGIN
  DELETE FROM field_history WHERE kind = 'samenwerking' AND record_id = OLD.id;
END;
CREATE TRIGGER field_history_relation_del AFTER DELETE ON relation BEGIN
  DELETE FROM field_history WHERE kind = 'relatie' AND record_id = OLD.id;
END;
