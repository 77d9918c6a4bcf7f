-- SPDX-License-Identifier: GPL-3.0-or-later
-- 0020: the twin of ../0020_list_sort_keys.sql, which gives SQLite's list an index for each
-- column it sorts by at a million articles. PostgreSQL reads and sorts every article for the
-- whole list today (src/store/articlequery.cpp); its list at scale is not measured yet, so
-- nothing changes here; the number keeps the two schemas' versions equal.
SELECT 1;
