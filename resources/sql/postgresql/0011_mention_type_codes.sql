-- SPDX-License-Identifier: GPL-3.0-or-later
-- 0011: a mention's type as a small integer, the twin of ../0011_mention_type_codes.sql (whose
-- header says why). `type_code` holds the code of one of the nine types the engine knows,
-- `type_name` the string of any other, exactly one of them set; `type` becomes a generated
-- column with the old value (STORED: PostgreSQL 15 has no VIRTUAL ones, so here it saves no
-- space, but the copy between backends needs the same data columns on both sides).
-- Codes: 0 LOCATION, 1 QUANTITY, 2 DATE, 3 PERSON, 4 COMPANY, 5 ORGANIZATION, 6 AGENCY, 7 MEDIA,
-- 8 PRODUCT.

DROP INDEX mentions_quantity_sentences;

ALTER TABLE mentions
    ADD COLUMN type_code smallint CHECK (type_code BETWEEN 0 AND 8),
    ADD COLUMN type_name text;

UPDATE mentions SET type_code = CASE type WHEN 'LOCATION' THEN 0 WHEN 'QUANTITY' THEN 1 WHEN 'DATE' THEN 2
    WHEN 'PERSON' THEN 3 WHEN 'COMPANY' THEN 4 WHEN 'ORGANIZATION' THEN 5 WHEN 'AGENCY' THEN 6
    WHEN 'MEDIA' THEN 7 WHEN 'PRODUCT' THEN 8 END;
UPDATE mentions SET type_name = type WHERE type_code IS NULL;

ALTER TABLE mentions DROP COLUMN type;
ALTER TABLE mentions
    ADD COLUMN type text GENERATED ALWAYS AS (CASE type_code WHEN 0 THEN 'LOCATION' WHEN 1 THEN 'QUANTITY'
        WHEN 2 THEN 'DATE' WHEN 3 THEN 'PERSON' WHEN 4 THEN 'COMPANY' WHEN 5 THEN 'ORGANIZATION'
        WHEN 6 THEN 'AGENCY' WHEN 7 THEN 'MEDIA' WHEN 8 THEN 'PRODUCT' ELSE type_name END) STORED,
    ADD CONSTRAINT mentions_one_type CHECK ((type_code IS NULL) <> (type_name IS NULL));

CREATE INDEX mentions_quantity_sentences ON mentions(article_id, sentence_start)
    WHERE type = 'QUANTITY' AND status = 'active';
