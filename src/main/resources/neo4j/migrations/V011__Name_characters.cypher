// The one-character look-up of search. `nameCharacters` holds every character of an entity's names but spaces,
// once each (graph/SearchNames.characters; V010 filled it in, storage/StoredRecords.putSearchNames writes it for
// the seed and for every edit). The keyword analyser keeps each list element as one term, so a term query finds
// the entities whose names contain the character: what `searchText CONTAINS` answers, which the text index can
// only do for one character by reading all of its terms.
CREATE FULLTEXT INDEX entity_name_characters IF NOT EXISTS FOR (n:Entity) ON EACH [n.nameCharacters]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'keyword' } };
