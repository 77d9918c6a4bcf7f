-- SPDX-License-Identifier: GPL-3.0-or-later
-- 0021: the twin of postgresql/0021_search_lead.sql, which gives PostgreSQL's search two columns
-- to choose the page's candidates from without unpacking every match's search column. SQLite's
-- FTS5 index ranks with BM25 from its own postings (22-26 ms for a common word's page at 100,000
-- articles), so nothing changes here; the number keeps the two schemas' versions equal, and the
-- marker below spares the copy of the database before the upgrade (Migrator).
-- lagebild-migrator: changes-nothing
SELECT 1;
