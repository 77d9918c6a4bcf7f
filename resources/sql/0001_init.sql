-- Lagebild schema, version 1. Applied once, inside one transaction, by the store's migrator.
-- Later changes go into 0002_*.sql and onwards; never edit a migration that has shipped.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- Outlets that publish articles.
CREATE TABLE sources (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    url  TEXT
);

CREATE TABLE articles (
    id                   INTEGER PRIMARY KEY,
    title                TEXT NOT NULL,
    body                 TEXT NOT NULL,          -- cleaned text; analysis offsets point into it
    raw_original         TEXT NOT NULL,          -- the file's content, decoded, before cleaning
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
    analysed_at          TEXT
);
CREATE INDEX articles_published ON articles(published_day);
CREATE INDEX articles_source ON articles(source_id);
CREATE INDEX articles_duplicate ON articles(duplicate_of) WHERE duplicate_of IS NOT NULL;

CREATE TABLE tags (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE
);

CREATE TABLE article_tags (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    tag_id     INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    tagged_at  TEXT NOT NULL,
    PRIMARY KEY (article_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX article_tags_tag ON article_tags(tag_id);

CREATE TABLE notes (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    text       TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- Canonical entities. Manual rows and statuses are the analyst's and survive re-analysis.
CREATE TABLE entities (
    id        INTEGER PRIMARY KEY,
    canonical TEXT NOT NULL,
    type      TEXT NOT NULL,
    origin    TEXT NOT NULL DEFAULT 'automatic' CHECK (origin IN ('automatic', 'manual')),
    status    TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'ignored')),
    merged_into INTEGER REFERENCES entities(id) ON DELETE SET NULL,
    UNIQUE (type, canonical)
);

CREATE TABLE entity_aliases (
    entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    alias     TEXT NOT NULL,
    origin    TEXT NOT NULL DEFAULT 'automatic' CHECK (origin IN ('automatic', 'manual')),
    PRIMARY KEY (entity_id, alias)
) WITHOUT ROWID;

-- Offsets are UTF-16 code unit indices into articles.body (QString indices), end exclusive.
CREATE TABLE mentions (
    id         INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    entity_id  INTEGER REFERENCES entities(id) ON DELETE SET NULL,
    start      INTEGER NOT NULL,
    "end"      INTEGER NOT NULL CHECK ("end" > start),
    type       TEXT NOT NULL,
    text       TEXT NOT NULL,
    value      TEXT,                             -- QUANTITY: number, or "12-15" for a range
    unit       TEXT,                             -- QUANTITY unit as in the annotation guide
    approx     INTEGER,                          -- QUANTITY: approximation word inside the span
    norm       TEXT,                             -- DATE: normalised ISO form
    origin     TEXT NOT NULL DEFAULT 'automatic' CHECK (origin IN ('automatic', 'manual')),
    status     TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'removed'))
);
CREATE INDEX mentions_article ON mentions(article_id, start);
CREATE INDEX mentions_entity ON mentions(entity_id);

CREATE TABLE relations (
    id             INTEGER PRIMARY KEY,
    article_id     INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    type           TEXT NOT NULL,
    source_entity  INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    target_entity  INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    evidence_start INTEGER NOT NULL,
    evidence_end   INTEGER NOT NULL,
    attributed_to  INTEGER REFERENCES entities(id) ON DELETE SET NULL,
    origin         TEXT NOT NULL DEFAULT 'automatic' CHECK (origin IN ('automatic', 'manual'))
);
CREATE INDEX relations_article ON relations(article_id);
CREATE INDEX relations_entities ON relations(source_entity, target_entity);

-- Full-text index over title and body with the German tokenizer (folding + Snowball stems).
-- External content: the text lives once, in articles; triggers keep the index in step.
CREATE VIRTUAL TABLE article_fts USING fts5(
    title, body, content = 'articles', content_rowid = 'id', tokenize = 'lagebild_german'
);
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO article_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO article_fts(article_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, body ON articles BEGIN
    INSERT INTO article_fts(article_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
    INSERT INTO article_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
END;
