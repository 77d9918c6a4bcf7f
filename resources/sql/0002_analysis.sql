-- Lagebild schema, version 2: what stored analysis needs.

-- Which engine and which set of analyst corrections produced an article's mentions, so
-- `analyze` redoes exactly the articles that are new or out of date.
ALTER TABLE articles ADD COLUMN analysis_version INTEGER;
ALTER TABLE articles ADD COLUMN analysis_rules INTEGER;

-- Analyst corrections, kept as rules the analysis applies to every article, now and later:
--   alias  — `value` is another name of `entity` (found wherever it occurs, mapped to it)
--   merge  — `entity` is the same as `value`; its mentions go to `value`
--   ignore — mentions of `entity` are dropped
--   retype — mentions of `entity` get the type `value`
-- `entity_type` narrows a rule to one type; NULL means any.
CREATE TABLE corrections (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('alias', 'merge', 'ignore', 'retype')),
    entity      TEXT NOT NULL,
    entity_type TEXT,
    value       TEXT,
    created_at  TEXT NOT NULL
);

-- Dated events for the timeline: a relation or a sentence with named entities, dated by a
-- DATE in that sentence or else by the article's publication date.
CREATE TABLE events (
    id             INTEGER PRIMARY KEY,
    article_id     INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    relation_id    INTEGER REFERENCES relations(id) ON DELETE CASCADE,
    day            TEXT,                 -- first day of the period, for sorting and ranges
    norm           TEXT,                 -- the date as resolved: 2025-10-14, 2025-10, 2025-Q3, 2025
    date_from_text INTEGER NOT NULL,     -- 1: a DATE in the sentence; 0: the publication date
    label          TEXT NOT NULL,        -- "approves: China → Alibaba" or the sentence's entities
    evidence_start INTEGER NOT NULL,
    evidence_end   INTEGER NOT NULL
);
CREATE INDEX events_article ON events(article_id);
CREATE INDEX events_day ON events(day);

