-- SPDX-License-Identifier: GPL-3.0-or-later
-- Migration 6: silent rounds. While silent is 1 the wall shows how many
-- places are in, not where they are, until the facilitator reveals them.

ALTER TABLE projection ADD COLUMN silent INTEGER NOT NULL DEFAULT 0 CHECK (silent IN (0,1));
