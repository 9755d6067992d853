// Test-only: V999 edited after it was applied (English descriptions left out); must be refused.
DROP INDEX entity_names IF EXISTS;
CREATE FULLTEXT INDEX entity_names FOR (n:Entity) ON EACH [n.nameKo, n.nameEn, n.searchText, n.descriptionKo]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } };
