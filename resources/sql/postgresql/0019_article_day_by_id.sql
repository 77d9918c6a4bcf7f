-- SPDX-License-Identifier: GPL-3.0-or-later
-- 0019: the twin of ../0019_article_day_by_id.sql, an index that spares SQLite the articles'
-- overflow pages when it reads an article's day by id. PostgreSQL keeps long texts out of the
-- row (TOAST), so its look-up by the primary key reads the day from a short row: nothing changes
-- here; the number keeps the two schemas' versions equal.
SELECT 1;
