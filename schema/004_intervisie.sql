-- SPDX-License-Identifier: GPL-3.0-or-later
-- Migration 4: intervisie. People are participants; the one at a terminal
-- is found by login (the operating system's user name), so that a private
-- self-analysis is shown only to its owner. An intervisie group meets on
-- intervisie days (sessions of kind 'intervisie'); each day the
-- vraagstellers bring questions, each with a self-analysis, interview notes
-- and a gespreksnotitie, an advice round, actions and a later follow-up;
-- questions carry recurring themes; the group harvests lessons, each linked
-- to the questions it came from.

ALTER TABLE participant ADD COLUMN login TEXT;
CREATE UNIQUE INDEX participant_login ON participant(login) WHERE login IS NOT NULL;

CREATE TABLE igroup (
  id      INTEGER PRIMARY KEY,
  name    TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
  created TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
) STRICT;

CREATE TABLE igroup_member (
  group_id       INTEGER NOT NULL REFERENCES igroup(id) ON DELETE CASCADE,
  participant_id INTEGER NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
  PRIMARY KEY (group_id, participant_id)
) STRICT;

ALTER TABLE session ADD COLUMN group_id INTEGER REFERENCES igroup(id) ON DELETE SET NULL;

-- A vraagsteller's question on an intervisie day.
CREATE TABLE iquestion (
  id              INTEGER PRIMARY KEY,
  session_id      INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
  participant_id  INTEGER REFERENCES participant(id) ON DELETE SET NULL,
  title           TEXT NOT NULL CHECK (length(trim(title)) > 0),
  analysis_id     INTEGER REFERENCES self_analysis(id) ON DELETE SET NULL,
  interview       TEXT NOT NULL DEFAULT '',
  gespreksnotitie TEXT NOT NULL DEFAULT '',
  follow_up       TEXT NOT NULL DEFAULT '',
  created         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
) STRICT;
CREATE INDEX iquestion_session ON iquestion(session_id);

-- One piece of advice in the advice round.
CREATE TABLE iadvice (
  id             INTEGER PRIMARY KEY,
  question_id    INTEGER NOT NULL REFERENCES iquestion(id) ON DELETE CASCADE,
  participant_id INTEGER REFERENCES participant(id) ON DELETE SET NULL,
  label          TEXT NOT NULL,
  text           TEXT NOT NULL,
  created        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
) STRICT;
CREATE INDEX iadvice_question ON iadvice(question_id);

-- What the vraagsteller will do, and how it went.
CREATE TABLE iaction (
  id          INTEGER PRIMARY KEY,
  question_id INTEGER NOT NULL REFERENCES iquestion(id) ON DELETE CASCADE,
  text        TEXT NOT NULL,
  done        INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0,1)),
  follow_up   TEXT NOT NULL DEFAULT '',
  created     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
) STRICT;

CREATE TABLE itheme (
  id       INTEGER PRIMARY KEY,
  group_id INTEGER NOT NULL REFERENCES igroup(id) ON DELETE CASCADE,
  name     TEXT NOT NULL COLLATE NOCASE,
  UNIQUE (group_id, name)
) STRICT;

CREATE TABLE iquestion_theme (
  question_id INTEGER NOT NULL REFERENCES iquestion(id) ON DELETE CASCADE,
  theme_id    INTEGER NOT NULL REFERENCES itheme(id) ON DELETE CASCADE,
  PRIMARY KEY (question_id, theme_id)
) STRICT;

CREATE TABLE ilesson (
  id       INTEGER PRIMARY KEY,
  group_id INTEGER NOT NULL REFERENCES igroup(id) ON DELETE CASCADE,
  text     TEXT NOT NULL CHECK (length(trim(text)) > 0),
  created  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
) STRICT;

CREATE TABLE ilesson_question (
  lesson_id   INTEGER NOT NULL REFERENCES ilesson(id) ON DELETE CASCADE,
  question_id INTEGER NOT NULL REFERENCES iquestion(id) ON DELETE CASCADE,
  PRIMARY KEY (lesson_id, question_id)
) STRICT;
