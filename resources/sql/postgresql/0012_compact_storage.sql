-- SPDX-License-Identifier: GPL-3.0-or-later
-- 0012: the twin of ../0012_compact_storage.sql, which stores the articles' text compressed in
-- SQLite (body_packed, body_size) behind a generated column `body`. Here nothing about the data
-- changes: PostgreSQL compresses long values itself (TOAST: a row over about 2 KB has its longest
-- values compressed, pglz), and `body` stays a text column, so the search column, every query and
-- the copy between backends read it as before. The copy turns SQLite's packed text into this
-- column's text and back (src/store/corpuscopy.cpp), so both sides keep the same data columns.
--
-- Not done: lowering the table's toast_tuple_target to compress short bodies too. The toaster
-- then moves raw_original and the search column out of the row as well (into the TOAST table),
-- which every phrase search's recheck would read; that was not measured.
COMMENT ON COLUMN articles.body IS
    'The cleaned text; analysis offsets point into it. Compressed by PostgreSQL itself (TOAST) when long; '
    'SQLite stores it packed (body_packed, body_size) since schema 12.';
