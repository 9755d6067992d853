package org.innograph.search;

import org.innograph.store.GraphSchema;
import org.innograph.store.PageSlices;
import org.innograph.storage.Predicates;

/**
 * The search statement. Package-private: the benchmark's raw-driver floor reaches it from
 * its own source set (src/bench/java), so that both run the same Cypher without the
 * statement being part of the API.
 */
final class SearchStatements {

	/**
	 * Ranked hits ($q lower case, $lucene escaped, $kinds, $after, $first): total and one
	 * page.
	 */
	static final String SEARCH = ("""
			CALL () {
			  MATCH (n:Entity) WHERE n.searchText CONTAINS $q RETURN n, 0.0 AS score
			  UNION
			  // A single character matches as a substring only: CJK word matching needs two.
			  CALL db.index.fulltext.queryNodes('%s', $lucene, {limit: 200}) YIELD node, score
			  WHERE size($q) >= 2
			  RETURN node AS n, score
			}
			WITH n, max(score) AS score
			WHERE """ + Predicates.active("n") + """
			 AND ($kinds IS NULL OR n.kind IN $kinds)
			WITH n, score,
			     CASE WHEN $q IN n.names THEN 0
			          WHEN any(name IN n.names WHERE name STARTS WITH $q) THEN 1
			          WHEN score > 0 THEN 2
			          ELSE 3 END AS rank
			ORDER BY rank, score DESC, size(n.nameKo), n.id
			WITH collect({id: n.id, n: n {.*}, rank: rank}) AS hits
			""" + PageSlices.slice("hits")).formatted(GraphSchema.NAME_INDEX);

	private SearchStatements() {
	}

}
