-- SPDX-License-Identifier: GPL-3.0-or-later
-- 0018: the twin of ../0018_entity_counts.sql, which keeps each entity's articles and mentions in
-- a table on SQLite, where no index can answer the network's choice of the most mentioned
-- entities alone. PostgreSQL counts them from the mentions as before (NetworkQuery::network):
-- nothing changes here; the number keeps the two schemas' versions equal.
SELECT 1;
