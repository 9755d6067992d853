// Exact and prefix look-ups of names. `names` holds every name, acronym and alias of an entity in lower case,
// with a spaceless copy of each name that has spaces (storage/StoredRecords.putSearchNames writes it for the
// seed and for every edit). The keyword analyser keeps each list element as one term, so a term query finds
// the entities with a name equal to the text and a prefix query those with a name starting with it, however
// many other names merely contain it.
CREATE FULLTEXT INDEX entity_name_keys IF NOT EXISTS FOR (n:Entity) ON EACH [n.names]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'keyword' } };
