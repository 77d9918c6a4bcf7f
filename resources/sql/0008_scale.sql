-- 0008: a million articles on one laptop (issue 13).

-- raw_original: from this version on the program stores the file's decoded content deflated with
-- the cleaned body as dictionary (a BLOB; see src/store/raworiginal.h), which took it from about
-- the body's size to a few per cent of it. Rows stored before stay TEXT and are read as they are;
-- nothing to convert here.

-- "Hide near-duplicates" lists the originals newest first. With duplicate_of in the date index
-- the list is read from the index alone; before, every article's row was read, body included,
-- to learn that it is no copy (468 ms at 100,000 articles).
DROP INDEX articles_published;
CREATE INDEX articles_published ON articles(published_day, duplicate_of);

-- The Figures view reads the sentences that hold a quantity; this index answers "does this
-- sentence hold one" without visiting the article's other mentions (24-32 s at 100,000
-- articles before).
CREATE INDEX mentions_quantity_sentences ON mentions(article_id, sentence_start)
    WHERE type = 'QUANTITY' AND status = 'active';
