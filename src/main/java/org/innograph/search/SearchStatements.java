package org.innograph.search;

import org.innograph.entity.Entity;
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
	 * The most candidates one search reads: the codes, the exact and the prefix name
	 * keys, three name fragments (see {@link SearchQuery#fragments}; those of one or two
	 * characters read from the index of the names' pieces), the words and the texts, each
	 * at most {@link #LIMIT}.
	 */
	static final int MAX_CANDIDATES = 8 * LIMIT;

	/**
	 * Candidate hits, one row per branch: {@code branch} (CODE, EXACT, PREFIX, NAME for
	 * each name fragment of three characters or more, GRAM for each of one or two, WORD,
	 * TEXT), {@code read} (how many rows its index gave: a branch that read
	 * {@code $limit} may have left more behind) and {@code found}, the active entities of
	 * the kinds asked among them, each with the way it was found ({@code via}: CODE,
	 * NAME, WORD, DESCRIPTION, FACT or QUOTE), the texts that matched and the index's
	 * score.
	 * <p>
	 * Exact and prefix matches on a name come from the keyword index on {@code names}
	 * ({@link GraphSchema#NAME_KEYS_INDEX}), not from the first substring hits: one
	 * syllable is inside a tenth of all names at a million entities, and the entity named
	 * exactly so need not be among the first {@code $limit} of them.
	 * <p>
	 * A fragment of one or two characters is looked up in the index of the names' pieces
	 * ({@link GraphSchema#NAME_GRAMS_INDEX}): the text index finds a substring of three
	 * characters or more from its trigrams, but one or two only by reading every term it
	 * holds (at a million entities, 9 ms for one syllable against 3 from the pieces). An
	 * entity's names contain such a fragment exactly when its list of pieces holds it, so
	 * the candidates are those {@code CONTAINS} would give.
	 * <p>
	 * Parameters: $codes (the codes the text may be), $keyIndex, $exactKeys and
	 * $prefixKeys (see {@link SearchQuery#exactKeys} and {@link SearchQuery#prefixKeys}),
	 * $fragments (the text, without spaces, without a particle, those of three characters
	 * or more: see {@link SearchQuery#substringFragments}), $gramIndex and $grams (the
	 * others, see {@link SearchQuery#gramKeys}), $wordIndex and $words (a full-text query
	 * on the names' words, null for none), $phrase (a phrase query on the texts, null for
	 * none), $kinds (labels, null for all), $limit. Which candidates are true hits, and
	 * their order, is decided by {@link SearchRanking}.
	 */
	static final String CANDIDATES = ("""
			CALL () {
			  MATCH (n:Entity) WHERE n.code IN $codes
			  WITH n LIMIT $limit
			  RETURN 'CODE' AS branch, count(n) AS read, collect({n: n, via: 'CODE', texts: [], score: 0.0}) AS found
			  UNION ALL
			  CALL db.index.fulltext.queryNodes($keyIndex, $exactKeys, {limit: $limit}) YIELD node
			  RETURN 'EXACT' AS branch, count(node) AS read, collect({n: node, via: 'NAME', texts: [], score: 0.0}) AS found
			  UNION ALL
			  CALL db.index.fulltext.queryNodes($keyIndex, $prefixKeys, {limit: $limit}) YIELD node
			  RETURN 'PREFIX' AS branch, count(node) AS read, collect({n: node, via: 'NAME', texts: [], score: 0.0}) AS found
			  UNION ALL
			  UNWIND $fragments AS fragment
			  CALL (fragment) {
			    MATCH (n:Entity) WHERE n.searchText CONTAINS fragment RETURN n LIMIT $limit
			  }
			  WITH fragment, collect({n: n, via: 'NAME', texts: [], score: 0.0}) AS found
			  RETURN 'NAME' AS branch, size(found) AS read, found
			  UNION ALL
			  // One or two characters: a term of the index of the names' pieces (V011).
			  UNWIND $grams AS gram
			  CALL (gram) {
			    CALL db.index.fulltext.queryNodes($gramIndex, gram, {limit: $limit}) YIELD node RETURN node AS n
			  }
			  WITH gram, collect({n: n, via: 'NAME', texts: [], score: 0.0}) AS found
			  RETURN 'GRAM' AS branch, size(found) AS read, found
			  UNION ALL
			  // Only with a query: Lucene refuses an empty one.
			  WITH 1 AS one WHERE $words IS NOT NULL
			  CALL db.index.fulltext.queryNodes($wordIndex, $words, {limit: $limit}) YIELD node, score
			  RETURN 'WORD' AS branch, count(node) AS read, collect({n: node, via: 'WORD', texts: [], score: score}) AS found
			  UNION ALL
			  WITH 1 AS one WHERE $phrase IS NOT NULL
			  CALL db.index.fulltext.queryNodes('%s', $phrase, {limit: $limit}) YIELD node, score
			  WITH collect({node: node, score: score}) AS hits
			  CALL (hits) {
			    UNWIND hits AS hit
			    WITH hit.node AS node, hit.score AS score
			    WITH node, score,
			         CASE WHEN node:Entity THEN 'DESCRIPTION' WHEN node:Fact THEN 'FACT' ELSE 'QUOTE' END AS via,
			         // A fact's id and a quote about a fact are '<entity>#<key>'; a quote about
			         // a relationship names no entity and is left out.
			         CASE WHEN node:Entity THEN node.id WHEN node:Fact THEN node.entity
			              ELSE split(node.subject, '#')[0] END AS subject
			    WHERE %s
			    MATCH (n:Entity {id: subject})
			    RETURN collect({n: n, via: via,
			                    texts: [t IN [node.descriptionKo, node.descriptionEn, node.textKo, node.textEn, node.quote] WHERE t IS NOT NULL],
			                    score: score}) AS found
			  }
			  RETURN 'TEXT' AS branch, size(hits) AS read, found
			}
			// Each entity with the properties the API shows (Entity.projection); a map projection needs a
			// variable, which a one-element list binds.
			RETURN branch, read,
			       [f IN found WHERE %s AND ($kinds IS NULL OR f.n.kind IN $kinds)
			        | {n: [n IN [f.n] | %s][0], via: f.via, texts: f.texts, score: f.score}] AS found
			""")
		.formatted(GraphSchema.TEXT_INDEX, Predicates.active("node"), Predicates.active("f.n"), Entity.projection("n"));

	/** The same statement under the name the benchmark has always used. */
	static final String SEARCH = CANDIDATES;

	private SearchStatements() {
	}

}
