-- SPDX-License-Identifier: GPL-3.0-or-later
-- 0015: the twin of ../0015_list_date_index.sql. The browser's list without a text condition
-- read and sorted every article (the day in COLLATE "C", then the id) before it showed its first
-- page: 50-80 ms at 20,000 articles. This index is the list's order, newest first, in the very
-- expression the list sorts by (src/store/articlequery.cpp, orderBy), so the first page
-- (ArticleQuery::firstIds, with a LIMIT) is the index's first entries, and the rest of the list
-- is read afterwards, off the window's thread.
CREATE INDEX articles_list_date ON articles ((published_day COLLATE "C") DESC NULLS LAST, id DESC);
