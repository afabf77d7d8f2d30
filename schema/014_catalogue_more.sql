-- SPDX-License-Identifier: GPL-3.0-or-later
-- Migration 14: two more catalogue tables.
--  * cat_source_heading: the headings of every source that the catalogue
--    may cite, in one label style per source. A chapter citation is one or
--    more parts separated by '; ', each a listed heading, optionally
--    followed by ', ' or ': ' and a detail (tests/check_catalogue.c checks
--    this).
--  * cat_example_sql: the parts of an example that are more than answers,
--    players and collaborations (relations, typology, dilemmas with rounds
--    and arguments, a session with changes, an intervisie group with a
--    shared self-analysis). Each row is one SQL statement, run in order in
--    the transaction that copies the example; :coalitie is the new
--    coalition's id. Statements find earlier rows by name, never by id.

CREATE TABLE cat_source_heading (
  source  TEXT NOT NULL REFERENCES cat_source(key),
  seq     INTEGER NOT NULL,
  heading TEXT NOT NULL,
  PRIMARY KEY (source, heading)
) STRICT;

CREATE TABLE cat_example_sql (
  example TEXT NOT NULL REFERENCES cat_example(key),
  seq     INTEGER NOT NULL,
  what    TEXT NOT NULL,
  stmt    TEXT NOT NULL,
  PRIMARY KEY (example, seq)
) STRICT;
