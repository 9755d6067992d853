package org.innograph.search;

import org.innograph.store.GraphSchema;
import org.innograph.storage.Predicates;

/**
 * The search statement. Package-private: the benchmark's raw-driver floor reaches it from
 * its own source set (src/bench/java), so that both run the same Cypher without the
 * statement being part of the API.
 */
final class SearchStatements {

	/**
	 * The candidates of every branch, each branch bounded by {@code $limit}: so one
	 * syllable, a long text or a word in every quote costs at most a few hundred rows.
	 */
	static final int LIMIT = 200;

	/**
	 * The most candidates one search reads: the codes, three name fragments (see
	 * {@link SearchQuery#fragments}), the words and the texts, each at most
	 * {@link #LIMIT}.
	 */
	static final int MAX_CANDIDATES = 6 * LIMIT;

	/**
	 * Candidate hits, one row per entity and way it was found ({@code via}: CODE, NAME,
	 * WORD, DESCRIPTION, FACT or QUOTE), with the texts that matched and the index's
	 * score. Parameters: $codes (the codes the text may be), $fragments (the text,
	 * without spaces, without a particle: see {@link SearchQuery#fragments}), $wordIndex
	 * and $words (a full-text query on the names' words, null for none), $phrase (a
	 * phrase query on the texts, null for none), $kinds (labels, null for all), $limit.
	 * Which candidates are true hits, and their order, is decided by
	 * {@link SearchRanking}.
	 */
	static final String CANDIDATES = ("""
			CALL () {
			  MATCH (n:Entity) WHERE n.code IN $codes
			  WITH n LIMIT $limit
			  RETURN n, 'CODE' AS via, [] AS texts, 0.0 AS score
			  UNION
			  UNWIND $fragments AS fragment
			  CALL (fragment) {
			    MATCH (n:Entity) WHERE n.searchText CONTAINS fragment RETURN n LIMIT $limit
			  }
			  RETURN DISTINCT n, 'NAME' AS via, [] AS texts, 0.0 AS score
			  UNION
			  // Only with a query: Lucene refuses an empty one.
			  WITH 1 AS one WHERE $words IS NOT NULL
			  CALL db.index.fulltext.queryNodes($wordIndex, $words, {limit: $limit}) YIELD node, score
			  RETURN node AS n, 'WORD' AS via, [] AS texts, score
			  UNION
			  WITH 1 AS one WHERE $phrase IS NOT NULL
			  CALL db.index.fulltext.queryNodes('%s', $phrase, {limit: $limit}) YIELD node, score
			  WITH node, score,
			       CASE WHEN node:Entity THEN 'DESCRIPTION' WHEN node:Fact THEN 'FACT' ELSE 'QUOTE' END AS via,
			       // A fact's id and a quote about a fact are '<entity>#<key>'; a quote about
			       // a relationship names no entity and is left out.
			       CASE WHEN node:Entity THEN node.id WHEN node:Fact THEN node.entity
			            ELSE split(node.subject, '#')[0] END AS subject
			  WHERE %s
			  MATCH (n:Entity {id: subject})
			  RETURN n, via,
			         [t IN [node.descriptionKo, node.descriptionEn, node.textKo, node.textEn, node.quote] WHERE t IS NOT NULL] AS texts,
			         score
			}
			WITH n, via, texts, score
			WHERE %s AND ($kinds IS NULL OR n.kind IN $kinds)
			RETURN n {.*} AS n, via, texts, score
			""")
		.formatted(GraphSchema.TEXT_INDEX, Predicates.active("node"), Predicates.active("n"));

	/** The same statement under the name the benchmark has always used. */
	static final String SEARCH = CANDIDATES;

	private SearchStatements() {
	}

}
