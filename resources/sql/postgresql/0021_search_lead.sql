-- SPDX-License-Identifier: GPL-3.0-or-later
-- 0021: the search page of a common word under 300 ms at 100,000 articles (issue 14). The page
-- was ranked with ts_rank over every match's `search` column: about 3 KB compressed per article,
-- kept out of the row (TOAST), so ranking 21,996 matches of "Unternehmen" unpacked 66 MB, 150 of
-- the 160 ms the server spent (EXPLAIN ANALYZE: counting the same matches took 15 ms). Two
-- columns that sit in the row let the search (src/store/postgres/corpusreader.cpp) choose a
-- window of candidates without unpacking anything, and rank only those with ts_rank as before:
--
-- - search_lead: the title (weight A) and the body's first 500 characters (weight B), as in
--   `search`; a news article names its subject in its title and opening sentences. About 0.9 KB
--   a row, below the size at which PostgreSQL moves a value out of the row.
-- - body_length: the body's length in characters, for the same preference for shorter articles
--   as ts_rank's normalisation 1 (it divides by the log of the number of words).
-- - articles_search_lead, a GIN index on search_lead: the window is taken from the matches whose
--   opening words match too (7,018 of the 21,996), so the others' rows are not read at all.
--
-- The whole article stays in `search`, which still decides what matches (its GIN index) and the
-- final order. The migration rewrites the table and builds the index: 50 s for 100,000 articles
-- (load 8).
ALTER TABLE articles
    ADD COLUMN search_lead tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('lagebild_german', lagebild_fold(title)), 'A')
        || setweight(to_tsvector('lagebild_german', lagebild_fold(left(body, 500))), 'B')) STORED,
    ADD COLUMN body_length integer GENERATED ALWAYS AS (length(body)) STORED;
CREATE INDEX articles_search_lead ON articles USING gin(search_lead);
