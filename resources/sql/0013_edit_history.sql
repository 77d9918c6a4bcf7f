-- SPDX-License-Identifier: GPL-3.0-or-later
-- 0013: who changed an article by hand, and when (issue 14: "every manual change records who
-- and when, shown in the article's history"). One row per change of an article's tags, note or
-- publication date, written in the same transaction as the change itself, so the history never
-- claims an edit that was rolled back nor misses one that was committed.
--
-- - `made_by`: on SQLite the login name of the user running the program (one file, one desk);
--   on PostgreSQL the server's current_user, which the client cannot choose (postgresql/0013).
-- - `kind`: tag_added, tag_removed, tag_renamed, note_set, note_removed, date_set, date_cleared
--   (EditKind, src/store/edithistory.h). No CHECK, so that later kinds (corrections of mentions
--   and relations) need no rebuilt table; a reader shows a kind it does not know by its name.
-- - `detail`: the tag, the note's new text, the new date (ISO), "old → new" for a rename.
-- Deleting an article deletes its history with it; the history is never edited.
CREATE TABLE edits (
    id         INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    made_at    TEXT NOT NULL,
    made_by    TEXT NOT NULL,
    kind       TEXT NOT NULL,
    detail     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX edits_article ON edits(article_id, id);
