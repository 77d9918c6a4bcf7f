-- SPDX-License-Identifier: GPL-3.0-or-later
-- 0018: each entity's articles and active mentions, kept on write (issue 13). The network of the
-- most mentioned entities chose them by counting every active mention by entity: 5.0 of its
-- 8.8 s at a million articles (17.6 M rows, docs/benchmarks.md). mentions_entity_article cannot
-- answer that from the index alone, since its condition names the generated column `status` and
-- SQLite 3.40 then reads every row (0012); nor can any query that names `status`, and without it
-- the partial index is not usable. At a million articles this table is 128 KB (9,475 entities),
-- and a mention stored costs about 1 µs more (docs/schema.md).
--
-- - `articles`: the articles with at least one active mention of the entity; `mentions`: its
--   active mentions. "Active" is `removed = 0`, as `status = 'active'` means.
-- - Kept by the triggers below on every insert, delete and update of a mention, whoever writes
--   it: the analysis, the analyst's corrections, the cascades when an article or an entity is
--   deleted (SQLite runs triggers for foreign key actions too). A mention counts for its article
--   only if no other active mention of the same entity is in that article, which one probe of
--   mentions_entity_article (entity, article) tells.
-- - A row stays when its counts fall to 0 (readers ask for `articles > 0`): no row to delete
--   and make again when an article is analysed anew.
-- - Derived data: a corpus copy does not copy it (corpuscopy.cpp); the target's triggers count
--   the copied mentions. PostgreSQL counts from the mentions as before (postgresql/0018).
CREATE TABLE entity_counts (
    entity_id INTEGER PRIMARY KEY,
    articles  INTEGER NOT NULL,
    mentions  INTEGER NOT NULL
);

INSERT INTO entity_counts(entity_id, articles, mentions)
SELECT entity_id, count(DISTINCT article_id), count(*) FROM mentions
WHERE status = 'active' AND entity_id IS NOT NULL GROUP BY entity_id;

CREATE TRIGGER mentions_count_insert AFTER INSERT ON mentions
WHEN new.removed = 0 AND new.entity_id IS NOT NULL BEGIN
    INSERT INTO entity_counts(entity_id, articles, mentions)
    VALUES (new.entity_id, NOT EXISTS (SELECT 1 FROM mentions m WHERE m.entity_id = new.entity_id
        AND m.article_id = new.article_id AND m.status = 'active' AND m.id <> new.id), 1)
    ON CONFLICT (entity_id) DO UPDATE SET articles = articles + excluded.articles,
        mentions = mentions + 1;
END;

CREATE TRIGGER mentions_count_delete AFTER DELETE ON mentions
WHEN old.removed = 0 AND old.entity_id IS NOT NULL BEGIN
    UPDATE entity_counts SET mentions = mentions - 1, articles = articles - NOT EXISTS (SELECT 1
        FROM mentions m WHERE m.entity_id = old.entity_id AND m.article_id = old.article_id
        AND m.status = 'active')
    WHERE entity_id = old.entity_id;
END;

-- An update is the old row's delete and the new row's insert, where what counts changed.
CREATE TRIGGER mentions_count_update_old AFTER UPDATE OF article_id, entity_id, removed ON mentions
WHEN old.removed = 0 AND old.entity_id IS NOT NULL AND (new.removed <> 0 OR new.entity_id IS NOT
    old.entity_id OR new.article_id <> old.article_id) BEGIN
    UPDATE entity_counts SET mentions = mentions - 1, articles = articles - NOT EXISTS (SELECT 1
        FROM mentions m WHERE m.entity_id = old.entity_id AND m.article_id = old.article_id
        AND m.status = 'active')
    WHERE entity_id = old.entity_id;
END;

CREATE TRIGGER mentions_count_update_new AFTER UPDATE OF article_id, entity_id, removed ON mentions
WHEN new.removed = 0 AND new.entity_id IS NOT NULL AND (old.removed <> 0 OR old.entity_id IS NOT
    new.entity_id OR old.article_id <> new.article_id) BEGIN
    INSERT INTO entity_counts(entity_id, articles, mentions)
    VALUES (new.entity_id, NOT EXISTS (SELECT 1 FROM mentions m WHERE m.entity_id = new.entity_id
        AND m.article_id = new.article_id AND m.status = 'active' AND m.id <> new.id), 1)
    ON CONFLICT (entity_id) DO UPDATE SET articles = articles + excluded.articles,
        mentions = mentions + 1;
END;
