-- SPDX-License-Identifier: GPL-3.0-or-later
-- Migration 1: the first werkboek.
--
-- Two kinds of tables live in a werkboek:
--  * cat_*  the method's content (catalogue). Replaced wholesale whenever the
--           catalogue built into the binary changes; see schema/catalogue/.
--  * others the user's data. Never touched by a catalogue refresh.
-- User data refers to catalogue items only by their stable text key (never
-- by rowid and never through a foreign key), so a refresh cannot cascade into
-- anybody's answers. Times are UTC, ISO 8601 ('2026-11-23T14:05:00Z').

------------------------------------------------------------------------
-- Catalogue
------------------------------------------------------------------------

CREATE TABLE cat_meta (
  name  TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

-- The documents the method comes from.
CREATE TABLE cat_source (
  key       TEXT PRIMARY KEY,          -- 'seed000' … 'seed004'
  short     TEXT NOT NULL,             -- citation label, 'Konijn & van Spijker (2008)'
  title     TEXT NOT NULL,
  authors   TEXT NOT NULL,
  year      TEXT NOT NULL,
  publisher TEXT NOT NULL
) STRICT;

-- The four development phases of a vitale coalitie.
CREATE TABLE cat_phase (
  num         INTEGER PRIMARY KEY CHECK (num BETWEEN 1 AND 4),
  name        TEXT NOT NULL,           -- 'Zoeken van goede partners'
  short       TEXT NOT NULL,           -- 'Zoeken'
  activiteit  TEXT NOT NULL,
  methodiek   TEXT NOT NULL,
  brandstof   TEXT NOT NULL,
  metafoor    TEXT NOT NULL,
  regiemiddel TEXT NOT NULL,           -- the regisseur's main means in this phase
  summary     TEXT NOT NULL,
  pitfalls    TEXT NOT NULL,
  source      TEXT NOT NULL REFERENCES cat_source(key),
  chapter     TEXT NOT NULL
) STRICT;

-- The four keys to success (sleutels).
CREATE TABLE cat_key (
  num     INTEGER PRIMARY KEY CHECK (num BETWEEN 1 AND 4),
  name    TEXT NOT NULL,
  short   TEXT NOT NULL,
  summary TEXT NOT NULL,
  source  TEXT NOT NULL REFERENCES cat_source(key),
  chapter TEXT NOT NULL
) STRICT;

-- The four rows of every phase checklist, each linked to the sleutel it
-- belongs to (the source numbers rows and sleutels differently; both kept).
CREATE TABLE cat_checkrow (
  num     INTEGER PRIMARY KEY CHECK (num BETWEEN 1 AND 4),
  name    TEXT NOT NULL,
  short   TEXT NOT NULL,
  key_num INTEGER NOT NULL REFERENCES cat_key(num),
  summary TEXT NOT NULL,
  source  TEXT NOT NULL REFERENCES cat_source(key),
  chapter TEXT NOT NULL
) STRICT;

-- The five multi-level design steps.
CREATE TABLE cat_step (
  num      INTEGER PRIMARY KEY CHECK (num BETWEEN 1 AND 5),
  name     TEXT NOT NULL,
  question TEXT NOT NULL,
  summary  TEXT NOT NULL,
  source   TEXT NOT NULL REFERENCES cat_source(key),
  chapter  TEXT NOT NULL
) STRICT;

-- A form is an ordered list of items: the initiative, a phase, a step or a
-- self-analysis questionnaire.
CREATE TABLE cat_form (
  key     TEXT PRIMARY KEY,            -- 'initiatief', 'fase1', 'stap3', 'za-…'
  kind    TEXT NOT NULL CHECK (kind IN ('initiatief','fase','stap','zelfanalyse')),
  seq     INTEGER NOT NULL,
  title   TEXT NOT NULL,
  intro   TEXT NOT NULL,
  source  TEXT NOT NULL REFERENCES cat_source(key),
  chapter TEXT NOT NULL,
  UNIQUE (kind, seq)
) STRICT;

-- One question of a form.
CREATE TABLE cat_item (
  key        TEXT PRIMARY KEY,         -- stable: 'fase2.afnemers.3', 'stap1.2'
  form       TEXT NOT NULL REFERENCES cat_form(key),
  seq        INTEGER NOT NULL,         -- order within the form
  parent     TEXT REFERENCES cat_item(key),  -- set for a sub-question
  section    TEXT,                     -- heading inside the form, if any
  phase      INTEGER REFERENCES cat_phase(num),
  checkrow   INTEGER REFERENCES cat_checkrow(num),
  kind       TEXT NOT NULL CHECK (kind IN ('tekst','schaal','janee','keuze')),
  prompt     TEXT NOT NULL,
  guidance   TEXT NOT NULL,            -- short help (F1)
  low_label  TEXT,                     -- 'schaal': meaning of 1
  high_label TEXT,                     -- 'schaal': meaning of 5
  options    TEXT,                     -- 'keuze': choices separated by '|'
  source     TEXT NOT NULL REFERENCES cat_source(key),
  chapter    TEXT NOT NULL,
  UNIQUE (form, seq),
  CHECK (kind <> 'schaal' OR (low_label IS NOT NULL AND high_label IS NOT NULL)),
  CHECK (kind <> 'keuze' OR options IS NOT NULL)
) STRICT;

-- The four NSOB perspectives on sturing, drawn as a quadrant.
CREATE TABLE cat_perspective (
  key      TEXT PRIMARY KEY,           -- 'rechtmatig','presterend','netwerkend','participerend'
  seq      INTEGER NOT NULL UNIQUE,
  name     TEXT NOT NULL,              -- 'Rechtmatige overheid'
  kern     TEXT NOT NULL,              -- the core idea
  waarden  TEXT NOT NULL,              -- values it secures
  zwakte   TEXT NOT NULL,              -- typical weakness / blind spot
  quadrant TEXT NOT NULL UNIQUE CHECK (quadrant IN ('linksboven','rechtsboven','linksonder','rechtsonder')),
  source   TEXT NOT NULL REFERENCES cat_source(key),
  chapter  TEXT NOT NULL
) STRICT;

-- The four coalition types: opgave (vraag bekend / turbulent) x sociaal systeem.
CREATE TABLE cat_coalition_type (
  key           TEXT PRIMARY KEY,
  seq           INTEGER NOT NULL UNIQUE,
  name          TEXT NOT NULL,
  aliases       TEXT NOT NULL,         -- other spellings in the source, '|'-separated
  opgave        TEXT NOT NULL CHECK (opgave IN ('bekend','turbulent')),
  systeem       TEXT NOT NULL CHECK (systeem IN ('eenvoudig','complex')),
  summary       TEXT NOT NULL,
  key_questions TEXT NOT NULL,
  source        TEXT NOT NULL REFERENCES cat_source(key),
  chapter       TEXT NOT NULL,
  UNIQUE (opgave, systeem)
) STRICT;

-- The four regie strategies, one per coalition type.
CREATE TABLE cat_strategy (
  key       TEXT PRIMARY KEY,
  seq       INTEGER NOT NULL UNIQUE,
  name      TEXT NOT NULL,
  type_key  TEXT NOT NULL UNIQUE REFERENCES cat_coalition_type(key),
  summary   TEXT NOT NULL,
  source    TEXT NOT NULL REFERENCES cat_source(key),
  chapter   TEXT NOT NULL
) STRICT;

-- The eight factors that make a sociaal systeem complex.
CREATE TABLE cat_factor (
  num      INTEGER PRIMARY KEY CHECK (num BETWEEN 1 AND 8),
  name     TEXT NOT NULL,
  question TEXT NOT NULL,
  summary  TEXT NOT NULL,
  source   TEXT NOT NULL REFERENCES cat_source(key),
  chapter  TEXT NOT NULL
) STRICT;

-- Dilemmas, in three forms: a pole scale, the pro/contra dilemmabox, or a
-- choice among three or more options (cat_dilemma_option).
CREATE TABLE cat_dilemma (
  key      TEXT PRIMARY KEY,
  seq      INTEGER NOT NULL UNIQUE,
  form     TEXT NOT NULL CHECK (form IN ('pool','procontra','keuze')),
  title    TEXT NOT NULL,
  pole_a   TEXT,                       -- 'pool': left pole; 'procontra': huidige situatie
  pole_b   TEXT,                       -- 'pool': right pole; 'procontra': nieuwe situatie
  summary  TEXT NOT NULL,              -- one line of explanation
  between_poles INTEGER NOT NULL DEFAULT 0 CHECK (between_poles IN (0,1)),
                                       -- 1: the source says the answer lies between the extremes
  theme    TEXT NOT NULL,
  source   TEXT NOT NULL REFERENCES cat_source(key),
  chapter  TEXT NOT NULL,
  CHECK (form = 'keuze' OR (pole_a IS NOT NULL AND pole_b IS NOT NULL))
) STRICT;

CREATE TABLE cat_dilemma_option (
  dilemma TEXT NOT NULL REFERENCES cat_dilemma(key),
  seq     INTEGER NOT NULL,
  label   TEXT NOT NULL,
  summary TEXT NOT NULL,
  PRIMARY KEY (dilemma, seq)
) STRICT;

------------------------------------------------------------------------
-- User data
------------------------------------------------------------------------

CREATE TABLE coalition (
  id       INTEGER PRIMARY KEY,
  name     TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
  phase    INTEGER NOT NULL DEFAULT 0 CHECK (phase BETWEEN 0 AND 4),  -- 0 = initiatief
  archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0,1)),
  created  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
  updated  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
) STRICT;

CREATE TABLE participant (
  id           INTEGER PRIMARY KEY,
  name         TEXT NOT NULL CHECK (length(trim(name)) > 0),
  organisation TEXT NOT NULL DEFAULT '',
  role         TEXT NOT NULL DEFAULT '',
  profile      TEXT NOT NULL DEFAULT '',
  created      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
) STRICT;

CREATE TABLE coalition_participant (
  coalition_id   INTEGER NOT NULL REFERENCES coalition(id) ON DELETE CASCADE,
  participant_id INTEGER NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
  PRIMARY KEY (coalition_id, participant_id)
) STRICT;

CREATE TABLE session (
  id          INTEGER PRIMARY KEY,
  kind        TEXT NOT NULL CHECK (kind IN ('werkconferentie','intervisie','teamoverleg')),
  title       TEXT NOT NULL,
  date        TEXT NOT NULL,
  place       TEXT NOT NULL DEFAULT '',
  facilitator TEXT NOT NULL DEFAULT '',
  opened      TEXT,
  closed      TEXT
) STRICT;

CREATE TABLE session_participant (
  session_id     INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
  participant_id INTEGER NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
  PRIMARY KEY (session_id, participant_id)
) STRICT;

CREATE TABLE session_coalition (
  session_id   INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
  coalition_id INTEGER NOT NULL REFERENCES coalition(id) ON DELETE CASCADE,
  PRIMARY KEY (session_id, coalition_id)
) STRICT;

-- The current answer to a form item of a coalition. item_key is a
-- cat_item key or one of the coalition's own fields ('coalitie.opgave').
CREATE TABLE answer (
  coalition_id INTEGER NOT NULL REFERENCES coalition(id) ON DELETE CASCADE,
  item_key     TEXT NOT NULL,
  value        TEXT NOT NULL,
  updated      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
  session_id   INTEGER REFERENCES session(id) ON DELETE SET NULL,
  PRIMARY KEY (coalition_id, item_key)
) STRICT, WITHOUT ROWID;

-- Every saved value of every answer, oldest first; written by triggers so
-- that no code path can change an answer without leaving a trace.
CREATE TABLE answer_history (
  id           INTEGER PRIMARY KEY,
  coalition_id INTEGER NOT NULL REFERENCES coalition(id) ON DELETE CASCADE,
  item_key     TEXT NOT NULL,
  value        TEXT NOT NULL,
  changed      TEXT NOT NULL,
  session_id   INTEGER REFERENCES session(id) ON DELETE SET NULL
) STRICT;
CREATE INDEX answer_history_item ON answer_history(coalition_id, item_key, id);
CREATE INDEX answer_history_session ON answer_history(session_id);

CREATE TRIGGER answer_history_ins AFTER INSERT ON answer BEGIN
  INSERT INTO answer_history(coalition_id, item_key, value, changed, session_id)
  VALUES (NEW.coalition_id, NEW.item_key, NEW.value, NEW.updated, NEW.session_id);
END;
CREATE TRIGGER answer_history_upd AFTER UPDATE OF value ON answer
  WHEN NEW.value IS NOT OLD.value BEGIN
  INSERT INTO answer_history(coalition_id, item_key, value, changed, session_id)
  VALUES (NEW.coalition_id, NEW.item_key, NEW.value, NEW.updated, NEW.session_id);
END;

CREATE TABLE note (
  id           INTEGER PRIMARY KEY,
  coalition_id INTEGER NOT NULL REFERENCES coalition(id) ON DELETE CASCADE,
  text         TEXT NOT NULL,
  created      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
  updated      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
  session_id   INTEGER REFERENCES session(id) ON DELETE SET NULL
) STRICT;

CREATE TABLE player (
  id             INTEGER PRIMARY KEY,
  coalition_id   INTEGER NOT NULL REFERENCES coalition(id) ON DELETE CASCADE,
  name           TEXT NOT NULL CHECK (length(trim(name)) > 0),
  organisation   TEXT NOT NULL DEFAULT '',
  kind           TEXT NOT NULL DEFAULT 'anders' CHECK (kind IN ('rijk','provincie','gemeente',
                   'regio','maatschappelijke organisatie','bedrijf','burgers','kennisinstelling',
                   'financier','anders')),
  level          TEXT NOT NULL DEFAULT 'gemeente' CHECK (level IN ('wijk','gemeente','regio',
                   'provincie','land')),
  role           TEXT NOT NULL DEFAULT 'buitenstaander' CHECK (role IN ('initiatiefnemer',
                   'drager','schrager','afnemer','regisseur','buitenstaander')),
  power          INTEGER NOT NULL DEFAULT 0 CHECK (power BETWEEN 0 AND 5),
  interest       INTEGER NOT NULL DEFAULT 0 CHECK (interest BETWEEN 0 AND 5),
  standpunt      TEXT NOT NULL DEFAULT 'afwachtend' CHECK (standpunt IN ('voorstander',
                   'afwachtend','tegenstander')),
  kopgroep       INTEGER NOT NULL DEFAULT 0 CHECK (kopgroep IN (0,1)),
  eigen_belang   TEXT NOT NULL DEFAULT '',
  bijdrage       TEXT NOT NULL DEFAULT '',   -- subset of geld,mensen,kunde,bevoegdheid,netwerk
  phase_joined   INTEGER CHECK (phase_joined BETWEEN 0 AND 4),
  phase_left     INTEGER CHECK (phase_left BETWEEN 0 AND 4),
  notes          TEXT NOT NULL DEFAULT '',
  macht          TEXT CHECK (macht IN ('productiemacht','blokkeermacht','diffuse macht')),
  onvervangbaar  INTEGER CHECK (onvervangbaar IN (0,1)),
  formal_relation TEXT CHECK (formal_relation IN ('ondergeschikt','contractueel',
                   'bestuurlijk gelijkwaardig','geen')),
  representative TEXT NOT NULL DEFAULT '',
  same_mandate   INTEGER CHECK (same_mandate IN (0,1)),
  can_commit     INTEGER CHECK (can_commit IN (0,1)),
  wants_regie    INTEGER CHECK (wants_regie IN (0,1)),
  grants_regie   INTEGER CHECK (grants_regie IN (0,1)),
  created        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
  updated        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
) STRICT;
CREATE INDEX player_coalition ON player(coalition_id);

CREATE TABLE relation (
  id           INTEGER PRIMARY KEY,
  coalition_id INTEGER NOT NULL REFERENCES coalition(id) ON DELETE CASCADE,
  from_player  INTEGER NOT NULL REFERENCES player(id) ON DELETE CASCADE,
  to_player    INTEGER NOT NULL REFERENCES player(id) ON DELETE CASCADE,
  kind         TEXT NOT NULL CHECK (kind IN ('samenwerking','spanning','afhankelijkheid',
                 'financiering','opdrachtgever','keten')),
  strength     INTEGER NOT NULL DEFAULT 3 CHECK (strength BETWEEN 1 AND 5),
  note         TEXT NOT NULL DEFAULT '',
  CHECK (from_player <> to_player)
) STRICT;
CREATE INDEX relation_coalition ON relation(coalition_id);

-- A dilemma box of a coalition; its texts are copied from the catalogue
-- when picked there, so it survives catalogue changes.
CREATE TABLE dilemma (
  id            INTEGER PRIMARY KEY,
  coalition_id  INTEGER NOT NULL REFERENCES coalition(id) ON DELETE CASCADE,
  catalogue_key TEXT,                  -- NULL for the team's own dilemma
  form          TEXT NOT NULL CHECK (form IN ('pool','procontra','keuze')),
  title         TEXT NOT NULL,
  pole_a        TEXT NOT NULL DEFAULT '',
  pole_b        TEXT NOT NULL DEFAULT '',
  rationale     TEXT NOT NULL DEFAULT '',
  team_position INTEGER CHECK (team_position BETWEEN 1 AND 7),
  created       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
  updated       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
) STRICT;
CREATE INDEX dilemma_coalition ON dilemma(coalition_id);

CREATE TABLE dilemma_option (
  dilemma_id INTEGER NOT NULL REFERENCES dilemma(id) ON DELETE CASCADE,
  seq        INTEGER NOT NULL,
  label      TEXT NOT NULL,
  PRIMARY KEY (dilemma_id, seq)
) STRICT;

-- One person's place on a dilemma: 1..7 on a pole box, an option seq on a
-- choice box. label is the name said in the round (a participant need not exist).
CREATE TABLE dilemma_position (
  id             INTEGER PRIMARY KEY,
  dilemma_id     INTEGER NOT NULL REFERENCES dilemma(id) ON DELETE CASCADE,
  participant_id INTEGER REFERENCES participant(id) ON DELETE SET NULL,
  label          TEXT NOT NULL DEFAULT '',
  position       INTEGER NOT NULL CHECK (position >= 1),
  note           TEXT NOT NULL DEFAULT '',
  session_id     INTEGER REFERENCES session(id) ON DELETE SET NULL,
  created        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
) STRICT;
CREATE INDEX dilemma_position_dilemma ON dilemma_position(dilemma_id);

-- An argument in the pro/contra dilemmabox.
CREATE TABLE dilemma_argument (
  id         INTEGER PRIMARY KEY,
  dilemma_id INTEGER NOT NULL REFERENCES dilemma(id) ON DELETE CASCADE,
  situation  TEXT NOT NULL CHECK (situation IN ('huidig','nieuw')),
  stance     TEXT NOT NULL CHECK (stance IN ('voor','tegen')),
  text       TEXT NOT NULL,
  author     TEXT NOT NULL DEFAULT '',
  session_id INTEGER REFERENCES session(id) ON DELETE SET NULL,
  created    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
) STRICT;

-- Typology: where the opgave sits (1 = vraag bekend … 5 = turbulent) and
-- each complexity factor's score (0 = eenvoudig … 4 = zeer complex).
CREATE TABLE typology (
  coalition_id    INTEGER PRIMARY KEY REFERENCES coalition(id) ON DELETE CASCADE,
  opgave_score    INTEGER CHECK (opgave_score BETWEEN 1 AND 5),
  override_type   TEXT,
  override_reason TEXT NOT NULL DEFAULT '',
  updated         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
) STRICT;

CREATE TABLE typology_factor (
  coalition_id INTEGER NOT NULL REFERENCES coalition(id) ON DELETE CASCADE,
  factor       INTEGER NOT NULL CHECK (factor BETWEEN 1 AND 8),
  score        INTEGER NOT NULL CHECK (score BETWEEN 0 AND 4),
  note         TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (coalition_id, factor)
) STRICT;

-- A self-analysis belongs to one participant and is private until shared.
CREATE TABLE self_analysis (
  id             INTEGER PRIMARY KEY,
  participant_id INTEGER NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
  form_key       TEXT NOT NULL,        -- a cat_form key of kind 'zelfanalyse'
  title          TEXT NOT NULL DEFAULT '',
  shared         INTEGER NOT NULL DEFAULT 0 CHECK (shared IN (0,1)),
  created        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
  updated        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
) STRICT;

CREATE TABLE self_answer (
  analysis_id INTEGER NOT NULL REFERENCES self_analysis(id) ON DELETE CASCADE,
  item_key    TEXT NOT NULL,
  value       TEXT NOT NULL,
  updated     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
  PRIMARY KEY (analysis_id, item_key)
) STRICT, WITHOUT ROWID;

CREATE TABLE self_answer_history (
  id          INTEGER PRIMARY KEY,
  analysis_id INTEGER NOT NULL REFERENCES self_analysis(id) ON DELETE CASCADE,
  item_key    TEXT NOT NULL,
  value       TEXT NOT NULL,
  changed     TEXT NOT NULL
) STRICT;

CREATE TRIGGER self_answer_history_ins AFTER INSERT ON self_answer BEGIN
  INSERT INTO self_answer_history(analysis_id, item_key, value, changed)
  VALUES (NEW.analysis_id, NEW.item_key, NEW.value, NEW.updated);
END;
CREATE TRIGGER self_answer_history_upd AFTER UPDATE OF value ON self_answer
  WHEN NEW.value IS NOT OLD.value BEGIN
  INSERT INTO self_answer_history(analysis_id, item_key, value, changed)
  VALUES (NEW.analysis_id, NEW.item_key, NEW.value, NEW.updated);
END;
