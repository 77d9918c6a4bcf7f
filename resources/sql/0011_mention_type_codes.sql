-- SPDX-License-Identifier: GPL-3.0-or-later
-- 0011: a mention's type as a small integer (issue 13, database ≤ 2.5 × the text). The type
-- string ('LOCATION', 'QUANTITY', …) took 5–12 bytes of a mention's 43; a code takes one byte,
-- or none for the two commonest (0 and 1 are stored in the record header alone).
--
-- - `type_code` holds the code of one of the nine types the engine knows (the list below is the
--   one in src/store/mentiontype.cpp; tst_store checks that they agree); `type_name` holds the
--   string of any other type (a later engine, a tool), and is NULL otherwise. Exactly one of
--   the two is set. Writers set these two.
-- - `type` is a virtual generated column with the old value, so every query and the partial
--   index on quantities read it as before. It cannot be written.
--
-- The table is built anew with the same ids and every other column as it was, so the analyst's
-- rows (manual, removed, their texts) and everything that names a mention id stay as they are.
-- Codes, ordered by how often the type occurs (0 and 1 cost nothing):
--   0 LOCATION, 1 QUANTITY, 2 DATE, 3 PERSON, 4 COMPANY, 5 ORGANIZATION, 6 AGENCY, 7 MEDIA,
--   8 PRODUCT.

-- The rows go through a temporary table (a file of its own, not the database): the old table's
-- pages are freed before the new one is written, so the new table takes them instead of growing
-- the file by its own size until a VACUUM.
CREATE TEMP TABLE mentions_coded AS
SELECT id, article_id, entity_id, start, "end", code AS type_code,
    CASE WHEN code IS NULL THEN type END AS type_name, text, value, unit, approx, norm,
    sentence_start, sentence_end, manual, removed
FROM (SELECT *, CASE type WHEN 'LOCATION' THEN 0 WHEN 'QUANTITY' THEN 1 WHEN 'DATE' THEN 2
          WHEN 'PERSON' THEN 3 WHEN 'COMPANY' THEN 4 WHEN 'ORGANIZATION' THEN 5 WHEN 'AGENCY' THEN 6
          WHEN 'MEDIA' THEN 7 WHEN 'PRODUCT' THEN 8 END AS code
      FROM mentions);

DROP TABLE mentions;

CREATE TABLE mentions (
    id             INTEGER PRIMARY KEY,
    article_id     INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    entity_id      INTEGER REFERENCES entities(id) ON DELETE SET NULL,
    start          INTEGER NOT NULL,
    "end"          INTEGER NOT NULL CHECK ("end" > start),
    type_code      INTEGER CHECK (type_code BETWEEN 0 AND 8),
    type_name      TEXT,
    text           TEXT,
    value          TEXT,
    unit           TEXT,
    approx         INTEGER,
    norm           TEXT,
    sentence_start INTEGER,
    sentence_end   INTEGER,
    manual         INTEGER NOT NULL DEFAULT 0 CHECK (manual IN (0, 1)),
    removed        INTEGER NOT NULL DEFAULT 0 CHECK (removed IN (0, 1)),
    origin         TEXT GENERATED ALWAYS AS (CASE manual WHEN 1 THEN 'manual' ELSE 'automatic' END) VIRTUAL,
    status         TEXT GENERATED ALWAYS AS (CASE removed WHEN 1 THEN 'removed' ELSE 'active' END) VIRTUAL,
    type           TEXT GENERATED ALWAYS AS (CASE type_code WHEN 0 THEN 'LOCATION' WHEN 1 THEN 'QUANTITY'
        WHEN 2 THEN 'DATE' WHEN 3 THEN 'PERSON' WHEN 4 THEN 'COMPANY' WHEN 5 THEN 'ORGANIZATION'
        WHEN 6 THEN 'AGENCY' WHEN 7 THEN 'MEDIA' WHEN 8 THEN 'PRODUCT' ELSE type_name END) VIRTUAL,
    CHECK ((type_code IS NULL) <> (type_name IS NULL))
);

INSERT INTO mentions(id, article_id, entity_id, start, "end", type_code, type_name, text, value, unit,
    approx, norm, sentence_start, sentence_end, manual, removed)
SELECT id, article_id, entity_id, start, "end", type_code, type_name, text, value, unit, approx, norm,
    sentence_start, sentence_end, manual, removed
FROM temp.mentions_coded
ORDER BY id;

DROP TABLE temp.mentions_coded;

CREATE INDEX mentions_article ON mentions(article_id, start);
CREATE INDEX mentions_entity_article ON mentions(entity_id, article_id) WHERE status = 'active';
CREATE INDEX mentions_sentence_entities ON mentions(article_id, sentence_start, entity_id)
    WHERE status = 'active' AND entity_id IS NOT NULL AND sentence_start IS NOT NULL;
CREATE INDEX mentions_quantity_sentences ON mentions(article_id, sentence_start)
    WHERE type = 'QUANTITY' AND status = 'active';
