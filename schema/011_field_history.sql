-- SPDX-License-Identifier: GPL-3.0-or-later
-- Migration field_history (its place in Makefile.am gives its number): the history of the fields two terminals may both write:
-- players, the team's rationale and place on a dilemma, the typology,
-- notes and other collaborations. Every value saved through the model is
-- kept here with who saved it and when, so an earlier value can be seen
-- and put back; when two terminals changed one field at once, the later
-- save wins and the other value stays here (reason 'tegelijk' on the
-- winning row). The model keeps at most 50 rows per field.
--
--  kind      'speler', 'dilemma', 'typologie', 'notitie', 'samenwerking'
--  record_id the row of that kind (for the typology: the coalition)
--  field     the column ('power', 'notes'; 'bijdrage.geld'; 'factor3')
--  value     as text; NULL for "not known" (an optional field left open)
--  author    the person's name as the werkboek shows it; '' when unknown
--  reason    'bewaard', 'tegelijk' (this save overwrote another terminal's),
--            'eerder' (a value found in the werkboek without a history row,
--            kept before it was overwritten), 'teruggezet', 'hersteld'
--            (a record deleted elsewhere, saved again as a new one),
--            'import'
CREATE TABLE field_history (
  id           INTEGER PRIMARY KEY,
  coalition_id INTEGER NOT NULL REFERENCES coalition(id) ON DELETE CASCADE,
  kind         TEXT NOT NULL CHECK (kind IN ('speler','dilemma','typologie','notitie',
                 'samenwerking')),
  record_id    INTEGER NOT NULL,
  field        TEXT NOT NULL,
  value        TEXT,
  author       TEXT NOT NULL DEFAULT '',
  saved_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
  reason       TEXT NOT NULL DEFAULT 'bewaard'
) STRICT;
CREATE INDEX field_history_field ON field_history(kind, record_id, field, id);
CREATE INDEX field_history_coalition ON field_history(coalition_id);

-- A record deleted takes its history with it (as its answers would).
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
