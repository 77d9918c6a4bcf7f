-- SPDX-License-Identifier: GPL-3.0-or-later
-- 0009: slimmer mentions (issue 13). At 100,000 articles the mentions and their five indexes
-- were 1.64 times the text: 28 mentions an article, each with its surface text (a slice of the
-- body it points into) and the strings 'automatic' and 'active'.
--
-- - `text` is NULL where it is the body's slice [start, end) and the body has no character
--   outside the Basic Multilingual Plane before the slice, so that SQL's substr() (which counts
--   code points, while the offsets count UTF-16 units) gives it back exactly. The analyst's rows
--   (origin 'manual') always keep their text, so a corrected mention keeps what the analyst
--   marked even if the body changes. Readers take coalesce(text, the body's slice)
--   (src/store/mentiontext.h).
-- - origin and status are stored as 0/1 in `manual` and `removed` (a 0 or 1 takes no bytes in a
--   record, the strings took 15); `origin` and `status` remain as virtual generated columns with
--   the old values, so every query and the partial indexes read them as before. Writers set
--   `manual` and `removed`.
-- - `mentions_entity (entity_id)` is dropped: every query by entity also asks for active mentions
--   and uses the partial `mentions_entity_article (entity_id, article_id) WHERE status =
--   'active'`; entities are never deleted, so the foreign key's ON DELETE SET NULL needs no index.
--
-- SQLite cannot change a column's kind in place: the table is built anew with the same ids.

-- Articles whose body holds a character beyond U+FFFF: their slices cannot be cut by substr().
CREATE TEMP TABLE astral_articles (id INTEGER PRIMARY KEY);
INSERT INTO astral_articles
SELECT id FROM articles WHERE body GLOB '*[' || char(65536) || '-' || char(1114111) || ']*';

CREATE TABLE mentions_slim (
    id             INTEGER PRIMARY KEY,
    article_id     INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    entity_id      INTEGER REFERENCES entities(id) ON DELETE SET NULL,
    start          INTEGER NOT NULL,
    "end"          INTEGER NOT NULL CHECK ("end" > start),
    type           TEXT NOT NULL,
    text           TEXT,                         -- NULL: the body's slice (see above)
    value          TEXT,
    unit           TEXT,
    approx         INTEGER,
    norm           TEXT,
    sentence_start INTEGER,
    sentence_end   INTEGER,
    manual         INTEGER NOT NULL DEFAULT 0 CHECK (manual IN (0, 1)),
    removed        INTEGER NOT NULL DEFAULT 0 CHECK (removed IN (0, 1)),
    origin         TEXT GENERATED ALWAYS AS (CASE manual WHEN 1 THEN 'manual' ELSE 'automatic' END) VIRTUAL,
    status         TEXT GENERATED ALWAYS AS (CASE removed WHEN 1 THEN 'removed' ELSE 'active' END) VIRTUAL
);

INSERT INTO mentions_slim(id, article_id, entity_id, start, "end", type, text, value, unit, approx, norm,
    sentence_start, sentence_end, manual, removed)
SELECT m.id, m.article_id, m.entity_id, m.start, m."end", m.type,
    CASE WHEN m.origin = 'automatic' AND m.text = substr(a.body, m.start + 1, m."end" - m.start)
              AND m.article_id NOT IN (SELECT id FROM astral_articles)
         THEN NULL ELSE m.text END,
    m.value, m.unit, m.approx, m.norm, m.sentence_start, m.sentence_end,
    m.origin = 'manual', m.status = 'removed'
FROM mentions m LEFT JOIN articles a ON a.id = m.article_id
ORDER BY m.id;

DROP TABLE mentions;
DROP TABLE astral_articles;
ALTER TABLE mentions_slim RENAME TO mentions;

CREATE INDEX mentions_article ON mentions(article_id, start);
CREATE INDEX mentions_entity_article ON mentions(entity_id, article_id) WHERE status = 'active';
CREATE INDEX mentions_sentence_entities ON mentions(article_id, sentence_start, entity_id)
    WHERE status = 'active' AND entity_id IS NOT NULL AND sentence_start IS NOT NULL;
CREATE INDEX mentions_quantity_sentences ON mentions(article_id, sentence_start)
    WHERE type = 'QUANTITY' AND status = 'active';
