-- 0006: the analyst's review of relations: how sure the engine was, and the verdicts on its claims.

-- The engine's confidence, 0–1 (rounded to three places), for rows it found; NULL for rows made
-- by hand and for rows stored before this version (their articles are analysed again below).
ALTER TABLE relations ADD COLUMN confidence REAL;

-- A rejected relation stays as a row with origin 'manual' and status 'rejected': the marker that
-- keeps re-analysis from storing the same claim (article, type, source, target) again, as a
-- removed mention does. A confirmed relation is a row with origin 'manual', status 'active'.
ALTER TABLE relations ADD COLUMN status TEXT NOT NULL DEFAULT 'active'
    CHECK (status IN ('active', 'rejected'));

-- A relation made by correcting another names it: the original is rejected, this row says what
-- the sentence states instead (type, direction, arguments), with the same evidence.
ALTER TABLE relations ADD COLUMN corrects INTEGER REFERENCES relations(id) ON DELETE SET NULL;

-- Storing an analysis looks up the article's verdicts for every relation the engine found.
CREATE INDEX relations_reviewed ON relations(article_id, type, source_entity, target_entity)
    WHERE origin = 'manual';

-- Relations stored without a confidence get one from the next analysis run (the window starts
-- it on opening the database; `lagebild-cli analyze` does the same).
UPDATE articles SET analysis_version = NULL
    WHERE id IN (SELECT article_id FROM relations WHERE origin = 'automatic');
