-- SPDX-License-Identifier: GPL-3.0-or-later
-- 0020: the browser's whole list sorted by a column at a million articles (issue 13). Sorting by
-- outlet, title or number of mentions read every article's row (its day, its title) or counted
-- every active mention (28 M at a million) for the first page: 4.6, 0.6 and 5.5 s of CPU, the
-- window waiting (docs/benchmarks.md). Each order now has what its first page needs in an index:
--
-- - Outlet: articles_source_day (source_id, published_day, duplicate_of) replaces articles_source
--   (source_id): the outlet filter and the foreign key use its first column as before, and the
--   outlet's articles by day are read from it alone.
-- - Title: the first 12 characters, caseless as the list sorts them. The list reads that index
--   in order and sorts only the titles that share a prefix, about a page's worth: the order is
--   the whole title's, since the prefix of a smaller title is never the larger. The whole title
--   would cost about 60 MB at a million articles, its prefix about a third of that.
-- - Mentions: each article's active mentions (`removed = 0`, what `status = 'active'` means)
--   kept by the triggers below whoever writes a mention (the analyst's corrections, the cascade
--   when an article goes, a corpus copy), and indexed by that number. Every article has its row,
--   from its insert on. The analysis writes about 28 mentions an article, and the row moves in
--   its index at each change (7 µs a mention): it writes them in a scope where
--   lagebild_count_mentions() is 0 (Sqlite::DeferredMentionCount) and sets the article's count
--   once. Derived data: a corpus copy does not copy it; the target's triggers count.
-- - articles_published (published_day, duplicate_of) goes: articles_list_date (0015) has the
--   same first column and serves every query it served.
--
-- PostgreSQL keeps its indexes and counts (postgresql/0020_list_sort_keys.sql).
CREATE INDEX articles_source_day ON articles(source_id, published_day, duplicate_of);
DROP INDEX articles_source;
DROP INDEX articles_published;

CREATE INDEX articles_title_prefix ON articles(substr(title, 1, 12) COLLATE NOCASE);

CREATE TABLE article_counts (
    article_id INTEGER PRIMARY KEY,
    mentions   INTEGER NOT NULL
);

INSERT INTO article_counts(article_id, mentions)
SELECT a.id, (SELECT count(*) FROM mentions m WHERE m.article_id = a.id AND m.removed = 0)
FROM articles a;

CREATE INDEX article_counts_mentions ON article_counts(mentions);

CREATE TRIGGER article_counts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO article_counts(article_id, mentions) VALUES (new.id, 0);
END;

CREATE TRIGGER article_counts_delete AFTER DELETE ON articles BEGIN
    DELETE FROM article_counts WHERE article_id = old.id;
END;

CREATE TRIGGER article_counts_mention_insert AFTER INSERT ON mentions
WHEN new.removed = 0 AND lagebild_count_mentions() BEGIN
    UPDATE article_counts SET mentions = mentions + 1 WHERE article_id = new.article_id;
END;

CREATE TRIGGER article_counts_mention_delete AFTER DELETE ON mentions
WHEN old.removed = 0 AND lagebild_count_mentions() BEGIN
    UPDATE article_counts SET mentions = mentions - 1 WHERE article_id = old.article_id;
END;

-- An update is the old row's delete and the new row's insert, where what counts changed.
CREATE TRIGGER article_counts_mention_update AFTER UPDATE OF article_id, removed ON mentions
WHEN (old.article_id <> new.article_id OR old.removed <> new.removed) AND lagebild_count_mentions() BEGIN
    UPDATE article_counts SET mentions = mentions - (old.removed = 0) WHERE article_id = old.article_id;
    UPDATE article_counts SET mentions = mentions + (new.removed = 0) WHERE article_id = new.article_id;
END;
