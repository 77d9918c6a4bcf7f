-- 0004: the sentence each mention is in, for co-occurrence in the relationship view: two
-- entities mentioned in one sentence are linked, and that sentence is the evidence. Filled by
-- analysis engine version 2 (older analyses are redone on the next analysis run).
ALTER TABLE mentions ADD COLUMN sentence_start INTEGER;
ALTER TABLE mentions ADD COLUMN sentence_end INTEGER;
