// Search by words, by text and by code. entity_name_words indexes the words of every name as the application
// splits them (Korean by Nori, see graph/SearchWords), with the plain whitespace analyser every Neo4j server
// has, so no analyser plugin is needed; V004 fills the words in on a store made before this migration.
// search_texts covers descriptions, the text of facts and the quotes, where search finds what no name says
// (phrase queries on the cjk analyser: the text's syllables in order). entity_code serves exact codes.
CREATE FULLTEXT INDEX entity_name_words IF NOT EXISTS FOR (n:Entity) ON EACH [n.nameWords]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'whitespace' } };
CREATE FULLTEXT INDEX search_texts IF NOT EXISTS FOR (n:Entity|Fact|Evidence)
ON EACH [n.descriptionKo, n.descriptionEn, n.textKo, n.textEn, n.quote]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } };
CREATE INDEX entity_code IF NOT EXISTS FOR (n:Entity) ON (n.code);
