// The retired entities, found without reading every entity: a count of a kind in today's graph is the
// database's own count of the kind's label less these (entity/EntityReads.ListFilter.countStatement).
CREATE INDEX entity_retired IF NOT EXISTS FOR (n:Entity) ON (n.retired);
