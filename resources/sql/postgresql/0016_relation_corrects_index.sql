-- SPDX-License-Identifier: GPL-3.0-or-later
-- 0016: the twin of ../0016_relation_corrects_index.sql. The server, too, looks for the rows that
-- correct a deleted relation (relations.corrects, ON DELETE SET NULL) before it deletes it: without
-- an index, through every relation, for each one a worker's re-analysis deletes.
CREATE INDEX relations_corrects ON relations (corrects) WHERE corrects IS NOT NULL;
