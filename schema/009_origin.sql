-- SPDX-License-Identifier: GPL-3.0-or-later
-- Migration 9: where a self-analysis came from. One brought in by an
-- import says so, in words: who imported it, from which file, when
-- ("ingebracht door Piet Jansen uit anna.json op 2026-12-06"). NULL for
-- one written in this werkboek. An import never names an account (a
-- login never leaves the werkboek): the person a file names is matched by
-- name among people without a login, so an imported analysis is nobody's
-- to edit, and no import reaches an analysis written here.
ALTER TABLE self_analysis ADD COLUMN origin TEXT;
