-- SPDX-License-Identifier: GPL-3.0-or-later
-- 0014: the twin of ../0014_unicode_nocase.sql. Tags and outlets already ignore the case of every
-- letter here (lagebild_nocase), so there is nothing to merge. What changes is how the program
-- compares and sorts other names ignoring case (src/store/sqlreader.cpp, equalsIgnoringCaseSql
-- and caselessOrderSql): no longer lower() in the "C" collation, which folds only A–Z as SQLite's
-- old NOCASE did, but lower() in ICU's root collation, which lowers every letter as SQLite's new
-- NOCASE does. An entity's timeline looks its name up that way; this index serves the lookup,
-- which read every entity before.
CREATE INDEX entities_canonical_caseless ON entities (lower(canonical COLLATE "und-x-icu"));
