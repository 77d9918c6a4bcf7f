-- SPDX-License-Identifier: GPL-3.0-or-later
-- 0016: relations.corrects refers to the relation an analyst's row corrects (ON DELETE SET NULL),
-- and nothing indexed it. Deleting a relation therefore made SQLite look through every relation
-- for rows correcting it, and re-analysis deletes every automatic relation of an article: at
-- 20,000 articles (51,888 relations) `analyze --all` took 260 s, nearly all of it in those scans;
-- with this index 15 s. Partial: nearly every row's `corrects` is NULL, and `corrects = ?`, the
-- only look-up, never matches NULL.
CREATE INDEX relations_corrects ON relations(corrects) WHERE corrects IS NOT NULL;
