-- SPDX-License-Identifier: GPL-3.0-or-later
-- 0017: the twin of ../0017_relation_target_index.sql. The timeline's events of one entity read
-- the relations it is the target of; relations_entities (source_entity, target_entity) serves
-- only those it is the source of.
CREATE INDEX relations_target ON relations (target_entity);
