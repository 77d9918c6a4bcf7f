-- SPDX-License-Identifier: GPL-3.0-or-later
-- lagebild-migrator: foreign-keys-off
-- 0012: a smaller database (issue 13, database ≤ 2.5 × the text): the articles' text stored
-- compressed, one index of an article's mentions instead of three, and no entry for a mention
-- without an entity in the index by entity.
--
-- 1. The body was most of the articles table: 42 of its 56 MB for 20,000 generated articles,
--    0.95 × the text; compressed one article at a time it takes about half.
--
-- - `body_packed` holds the cleaned text's UTF-8 compressed with zlib's compress(), or the UTF-8
--   itself where that is not smaller; `body_size` its length in bytes. This is the SQLite Archive's
--   format: the sqlite3 shell reads a body as CAST(sqlar_uncompress(body_packed, body_size) AS TEXT).
--   Writers set these two (src/store/sqlite/packedtext.h; in SQL lagebild_pack_text(text) and
--   length(CAST(text AS BLOB))).
-- - `body` is a virtual generated column, lagebild_unpack_text(body_packed, body_size): every
--   query, the search index's external content (article_fts reads articles.body) and the triggers
--   read the text as before. It cannot be written. The function is registered on every connection
--   the program opens (Sqlite::Database::open); a program without it reads every other column, but
--   not `body`, and cannot run PRAGMA integrity_check or VACUUM, which compute generated columns.
-- - The packed text is the last column, so that the other columns of a long article come from
--   its row's page, not its overflow pages.
--
-- SQLite cannot change a column's kind in place: the table is built anew, same ids and every other
-- column as it was. Dropping a table that other tables point at deletes their rows when foreign
-- keys are on (ON DELETE CASCADE: tags, notes, mentions, relations), so the migrator runs this file
-- with them off (the line at the top) and runs PRAGMA foreign_key_check before it commits; the
-- guard below refuses to run otherwise. The rows go through a temporary table, so the new table
-- takes the old one's pages instead of growing the file (as in 0011). The search index is not
-- touched: its rows are keyed by the same ids and index the same text.
--
-- 2. `mentions_article` becomes (article_id, sentence_start, entity_id, removed, type_code) and
--    replaces `mentions_sentence_entities` and `mentions_quantity_sentences` (at 20,000 articles
--    three indexes of 9.0, 6.7 and 2.2 MB, now one of about 12). The partial indexes' conditions
--    name the generated columns `status` and `type`, and SQLite 3.40 then reads every row an index
--    entry points at; with `removed` and `type_code` in the index, the readers that ask for
--    `removed = 0` and `type_code = 1` (the relationship view's walk by sentence, the Figures
--    view's probe for a quantity in a sentence, the mention count of a row of the article table)
--    are answered from the index alone. An article's mentions in offset order (the reader, storing
--    an analysis) now sort their few rows; the foreign key's cascade uses the index as before.
--    So that `type_code = 1` means exactly `type = 'QUANTITY'`, a known type stored by name (no
--    writer of the program does so) gets its code.
--
-- 3. `mentions_entity_article (entity_id, article_id) WHERE status = 'active'` held every mention,
--    the 38 % that name no entity (quantities, dates) too; it now leaves them out (… AND entity_id IS
--    NOT NULL). Every query that reads it asks for one entity, a list of them or a join with
--    `entities`, which implies a non-NULL entity, and SQLite chooses it for the same queries as
--    before (EXPLAIN QUERY PLAN of the entity filter, timeline, facets, network, entity lists,
--    surface forms; docs/benchmarks.md).

CREATE TEMP TABLE migration_guard (foreign_keys INTEGER CHECK (foreign_keys = 0));
INSERT INTO temp.migration_guard SELECT foreign_keys FROM pragma_foreign_keys;
DROP TABLE temp.migration_guard;

-- 1. The articles' text, packed.
CREATE TEMP TABLE articles_packed AS
SELECT id, title, raw_original, url, author, source_id, language, language_reliable, published,
    published_day, published_precision, published_origin, published_uncertain, content_hash, simhash,
    duplicate_of, duplicate_similarity, original_file, original_format, imported_at, analysed_at,
    analysis_version, analysis_rules, lagebild_pack_text(body) AS body_packed,
    length(CAST(body AS BLOB)) AS body_size
FROM articles;

DROP TRIGGER articles_fts_insert;
DROP TRIGGER articles_fts_delete;
DROP TRIGGER articles_fts_update;
DROP TABLE articles;

CREATE TABLE articles (
    id                   INTEGER PRIMARY KEY,
    title                TEXT NOT NULL,
    body                 TEXT GENERATED ALWAYS AS (lagebild_unpack_text(body_packed, body_size)) VIRTUAL,
    raw_original         TEXT NOT NULL,          -- the file's content, decoded, before cleaning
                                                 -- (a BLOB since 0008: src/store/raworiginal.h)
    url                  TEXT,
    author               TEXT,
    source_id            INTEGER REFERENCES sources(id) ON DELETE SET NULL,
    language             TEXT NOT NULL DEFAULT 'un',
    language_reliable    INTEGER NOT NULL DEFAULT 0,
    published            TEXT,                   -- ISO: 2025, 2025-10, 2025-10-14, or a timestamp
    published_day        TEXT,                   -- first day of the period, for sorting and ranges
    published_precision  TEXT NOT NULL DEFAULT 'none'
                         CHECK (published_precision IN ('none', 'year', 'month', 'day', 'minute')),
    published_origin     TEXT NOT NULL DEFAULT 'none'
                         CHECK (published_origin IN ('none', 'metadata', 'filename', 'text', 'manual')),
    published_uncertain  INTEGER NOT NULL DEFAULT 0,
    content_hash         TEXT NOT NULL UNIQUE,   -- SHA-1 of the normalised body: exact duplicates
    simhash              INTEGER NOT NULL,       -- 64-bit SimHash of word shingles: near-duplicates
    duplicate_of         INTEGER REFERENCES articles(id) ON DELETE SET NULL,
    duplicate_similarity REAL,
    original_file        TEXT,
    original_format      TEXT,
    imported_at          TEXT NOT NULL,
    analysed_at          TEXT,
    analysis_version     INTEGER,
    analysis_rules       INTEGER,
    body_size            INTEGER NOT NULL CHECK (body_size >= 0), -- the body's UTF-8 length in bytes
    body_packed          BLOB NOT NULL           -- the cleaned text, packed (see above); analysis
                                                 -- offsets point into the text
);

INSERT INTO articles(id, title, raw_original, url, author, source_id, language, language_reliable,
    published, published_day, published_precision, published_origin, published_uncertain, content_hash,
    simhash, duplicate_of, duplicate_similarity, original_file, original_format, imported_at, analysed_at,
    analysis_version, analysis_rules, body_size, body_packed)
SELECT id, title, raw_original, url, author, source_id, language, language_reliable, published,
    published_day, published_precision, published_origin, published_uncertain, content_hash, simhash,
    duplicate_of, duplicate_similarity, original_file, original_format, imported_at, analysed_at,
    analysis_version, analysis_rules, body_size, body_packed
FROM temp.articles_packed
ORDER BY id;

DROP TABLE temp.articles_packed;

CREATE INDEX articles_published ON articles(published_day, duplicate_of);
CREATE INDEX articles_source ON articles(source_id);
CREATE INDEX articles_duplicate ON articles(duplicate_of) WHERE duplicate_of IS NOT NULL;

-- The search index's triggers as 0001 and 0010 made them; `body` is computed from the packed
-- columns, so an update of those is an update of the text.
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles WHEN lagebild_index_on_insert() BEGIN
    INSERT INTO article_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO article_fts(article_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, body_size, body_packed ON articles BEGIN
    INSERT INTO article_fts(article_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
    INSERT INTO article_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
END;

-- 2. One index of an article's mentions.
UPDATE mentions SET type_code = CASE type_name WHEN 'LOCATION' THEN 0 WHEN 'QUANTITY' THEN 1
        WHEN 'DATE' THEN 2 WHEN 'PERSON' THEN 3 WHEN 'COMPANY' THEN 4 WHEN 'ORGANIZATION' THEN 5
        WHEN 'AGENCY' THEN 6 WHEN 'MEDIA' THEN 7 WHEN 'PRODUCT' THEN 8 END,
    type_name = NULL
WHERE type_name IN ('LOCATION', 'QUANTITY', 'DATE', 'PERSON', 'COMPANY', 'ORGANIZATION', 'AGENCY',
    'MEDIA', 'PRODUCT');
DROP INDEX mentions_article;
DROP INDEX mentions_sentence_entities;
DROP INDEX mentions_quantity_sentences;
CREATE INDEX mentions_article ON mentions(article_id, sentence_start, entity_id, removed, type_code);

-- 3. The (entity, article) index without the mentions that name no entity.
DROP INDEX mentions_entity_article;
CREATE INDEX mentions_entity_article ON mentions(entity_id, article_id)
    WHERE status = 'active' AND entity_id IS NOT NULL;
