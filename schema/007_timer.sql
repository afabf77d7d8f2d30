-- SPDX-License-Identifier: GPL-3.0-or-later
-- Migration 7: a round can have a length. With timer_len > 0 the timer
-- counts down from it (the last seconds marked on the wall); 0 counts up.

ALTER TABLE projection ADD COLUMN timer_len INTEGER NOT NULL DEFAULT 0 CHECK (timer_len >= 0);
