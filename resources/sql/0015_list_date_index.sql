-- SPDX-License-Identifier: GPL-3.0-or-later
-- 0015: the browser's list in its own order, newest first (src/store/articlequery.cpp, orderBy:
-- published_day DESC NULLS LAST, then id DESC). articles_published (published_day, duplicate_of)
-- orders a day's articles by duplicate_of, not by id, so a read in the list's order still sorted
-- each day's rows in a temporary B-tree. This index is the list's order read backwards (SQLite
-- puts NULL first, so a backward read ends with the undated articles, as NULLS LAST wants); with
-- duplicate_of in it, the list without a text, near-duplicates hidden or not, is read from the
-- index alone. The twin of postgresql/0015_list_date_index.sql, where the list's first page is
-- read from the index with a LIMIT.
CREATE INDEX articles_list_date ON articles(published_day, id, duplicate_of);
