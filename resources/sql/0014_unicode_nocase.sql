-- SPDX-License-Identifier: GPL-3.0-or-later
-- 0014: names ignore the case of every letter, not only of A–Z. Since this version Lagebild
-- replaces SQLite's NOCASE on each of its connections by an order that lower-cases every letter
-- (src/store/sqlite/caseless.h), as PostgreSQL's lagebild_nocase does; "PRÜFUNG" and "Prüfung"
-- are one tag now. This migration runs on such a connection and brings the stored rows and the
-- two unique indexes that use NOCASE (tags.name, sources.name) to the new order:
--
-- 1. Tags that are one name now are merged into the oldest (the smallest id, whose spelling is
--    kept): its articles get the others' links (the earlier tagging time kept where an article had
--    both), and every moved article's history records the merge as a rename, by "lagebild".
-- 2. Outlets likewise: articles point to the oldest spelling.
-- 3. REINDEX NOCASE rebuilds every index ordered by the collation.
--
-- The lookups below read the tables NOT INDEXED: the indexes are still in the old order here.

CREATE TEMP TABLE merged_tags AS
SELECT t.id AS id, t.name AS name,
       (SELECT min(k.id) FROM tags AS k NOT INDEXED WHERE k.name = t.name) AS keeper
FROM tags AS t NOT INDEXED;
DELETE FROM merged_tags WHERE id = keeper;

INSERT INTO edits(article_id, made_at, made_by, kind, detail)
SELECT at.article_id, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), 'lagebild', 'tag_renamed',
       m.name || ' → ' || (SELECT name FROM tags NOT INDEXED WHERE id = m.keeper)
FROM article_tags AS at JOIN merged_tags AS m ON m.id = at.tag_id
ORDER BY at.article_id, m.id;

INSERT INTO article_tags(article_id, tag_id, tagged_at)
SELECT at.article_id, m.keeper, min(at.tagged_at)
FROM article_tags AS at JOIN merged_tags AS m ON m.id = at.tag_id
WHERE true -- an upsert's SELECT needs a WHERE, or SQLite reads ON CONFLICT as a join's ON
GROUP BY at.article_id, m.keeper
ON CONFLICT(article_id, tag_id) DO UPDATE SET tagged_at = min(tagged_at, excluded.tagged_at);

DELETE FROM article_tags WHERE tag_id IN (SELECT id FROM merged_tags);
DELETE FROM tags WHERE id IN (SELECT id FROM merged_tags);
DROP TABLE merged_tags;

CREATE TEMP TABLE merged_sources AS
SELECT s.id AS id, (SELECT min(k.id) FROM sources AS k NOT INDEXED WHERE k.name = s.name) AS keeper
FROM sources AS s NOT INDEXED;
DELETE FROM merged_sources WHERE id = keeper;
UPDATE articles SET source_id = (SELECT keeper FROM merged_sources WHERE id = articles.source_id)
WHERE source_id IN (SELECT id FROM merged_sources);
DELETE FROM sources WHERE id IN (SELECT id FROM merged_sources);
DROP TABLE merged_sources;

REINDEX NOCASE;
