package org.innograph.paths;

import org.innograph.storage.AsOf;
import org.innograph.storage.Predicates;

/**
 * The shortest-paths statement. Package-private: the benchmark's raw-driver floor reaches
 * it from its own source set (src/bench/java), so that both run the same Cypher without
 * the statement being part of the API.
 */
final class PathStatements {

	/**
	 * Shortest paths ($from, $to, $types, $asOf, $statedOnly, $first): with $statedOnly,
	 * only STATED links are followed. Cypher wants literals for the number of candidate
	 * paths and the hop limit: format them in as validated integers (at most 20 × 6
	 * texts). The relationship types followed are a parameter, so that every choice of
	 * types shares one plan; the pattern names every entity-to-entity type
	 * ({@link #ALL_TYPES}), so HAS_FACT and CITES are never expanded.
	 */
	static final String CONNECTIONS = """
			MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
			MATCH p = SHORTEST %d (a)((x:Entity)-[r:%s]-(y:Entity)
			    WHERE type(r) IN $types
			      AND """ + Predicates.active("r", "y") + """
			AND ($statedOnly = false OR coalesce(r.basis, 'STATED') = 'STATED')
			AND """ + AsOf.holds("r") + " AND " + AsOf.exists("y") + """
			){1,%d}(b)
			WITH p, reduce(total = 0, n IN nodes(p)[1..-1] | total + COUNT { (n)--(:Entity) }) AS breadth
			ORDER BY length(p), breadth, [n IN nodes(p) | n.id]
			LIMIT $first
			RETURN [n IN nodes(p) | n {.*}] AS nodes,
			       [r IN relationships(p) | {rel: r {.*}, type: type(r), start: startNode(r).id}] AS rels
			""";

	/**
	 * The length of one shortest chain ($from, $to, $types, $asOf) under the rules of
	 * {@link #CONNECTIONS}, or no row: a breadth-first search that stops at the first
	 * chain, with no ranking, for saying why {@code connections} found nothing. The hop
	 * limit is formatted in as a validated integer.
	 */
	static final String SHORTEST_LENGTH = """
			MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
			MATCH p = SHORTEST 1 (a)((x:Entity)-[r:%s]-(y:Entity)
			    WHERE type(r) IN $types
			      AND """ + Predicates.active("r", "y") + """
			AND """ + AsOf.holds("r") + " AND " + AsOf.exists("y") + """
			){1,%d}(b)
			RETURN length(p) AS hops
			""";

	/** {@link #SHORTEST_LENGTH} with its hop limit in. */
	static String shortestLength(int maxHops) {
		return SHORTEST_LENGTH.formatted(ALL_TYPES, maxHops);
	}

	/**
	 * Every relationship type between entities, as a Cypher type expression; from the
	 * enum, never input.
	 */
	static final String ALL_TYPES = java.util.Arrays.stream(org.innograph.graph.RelationshipType.values())
		.map(Enum::name)
		.collect(java.util.stream.Collectors.joining("|"));

	/**
	 * {@link #CONNECTIONS} with its literals in: the candidate paths to rank and the hop
	 * limit.
	 */
	static String connections(int candidates, int maxHops) {
		return CONNECTIONS.formatted(candidates, ALL_TYPES, maxHops);
	}

	private PathStatements() {
	}

}
