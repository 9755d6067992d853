// Test-only: a changed definition under the same name. CREATE ... IF NOT EXISTS would keep the old index
// (one named entity_names exists), so the migration drops it by name and creates the new one.
DROP INDEX entity_names IF EXISTS;
CREATE FULLTEXT INDEX entity_names FOR (n:Entity) ON EACH [n.nameKo, n.nameEn, n.searchText, n.descriptionKo, n.descriptionEn]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } };
