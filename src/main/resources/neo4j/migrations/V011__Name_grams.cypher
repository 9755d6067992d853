// The look-up of one- and two-character searches. `nameGrams` holds every piece of one or two characters of an
// entity's names that has no space, once each (graph/SearchNames.grams; V010 filled it in,
// storage/StoredRecords.putSearchNames writes it for the seed and for every edit). The keyword analyser keeps
// each list element as one term, so a term query finds the entities whose names contain the piece: what
// `searchText CONTAINS` answers, which the text index can only do for one or two characters by reading all of
// its terms.
CREATE FULLTEXT INDEX entity_name_grams IF NOT EXISTS FOR (n:Entity) ON EACH [n.nameGrams]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'keyword' } };
