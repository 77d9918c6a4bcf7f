-- SPDX-License-Identifier: GPL-3.0-or-later
-- 0010: the articles' insert trigger indexes an article only when the inserting thread has not
-- deferred it (lagebild_index_on_insert(), registered with the German tokenizer on every
-- connection; DeferredIndexScope in src/store/germantokenizer.h). An import defers it and
-- indexes a chunk of articles in one statement: FTS5 writes its pending terms at every statement
-- savepoint, so row by row each article became an index segment of its own (issue 13).
DROP TRIGGER articles_fts_insert;
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles WHEN lagebild_index_on_insert() BEGIN
    INSERT INTO article_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
END;
