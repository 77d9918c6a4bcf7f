-- 0005: indexes for re-analysis and the relationship view on large corpora.

-- Deleting an article's relations before storing its new analysis cascades to events by
-- relation_id; without an index every such delete scanned the whole events table (re-analysing
-- 100,000 articles took hours instead of a minute).
CREATE INDEX events_relation ON events(relation_id);

-- The relationship view walks every sentence's entities in article order; this covering index
-- answers that walk without visiting the mentions rows.
CREATE INDEX mentions_sentence_entities ON mentions(article_id, sentence_start, entity_id)
    WHERE status = 'active' AND entity_id IS NOT NULL AND sentence_start IS NOT NULL;
