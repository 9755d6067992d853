// A range index on entities' Korean names: a page of a hub's links (a region's thousands of members) is read by
// walking the names in order from this index until the page is full, instead of reading and sorting every link
// (entity/EntityReads.hubLinks). No data change.
CREATE INDEX entity_name_ko IF NOT EXISTS FOR (n:Entity) ON (n.nameKo);
