-- 0003: indexes for the article browser on large corpora.
-- The entity filter ("articles mentioning X") and the entity facet counts read (entity, article)
-- pairs of active mentions; this partial index answers both without visiting the mentions rows.
CREATE INDEX mentions_entity_article ON mentions(entity_id, article_id) WHERE status = 'active';
