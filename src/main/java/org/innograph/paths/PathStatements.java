package org.innograph.paths;

import java.util.List;
import java.util.stream.Collectors;

import org.innograph.graph.EntityKind;
import org.innograph.storage.AsOf;
import org.innograph.storage.Predicates;

/**
 * The shortest-paths statement. Package-private: the benchmark's raw-driver floor reaches
 * it from its own source set (src/bench/java), so that both run the same Cypher without
 * the statement being part of the API.
 */
final class PathStatements {

	/**
	 * The kinds of entity a chain does not pass through unless asked ($throughHubs):
	 * regions (mega-regions included) and sectors. Nearly every organisation is located
	 * in a region or focuses on a sector, so through them any two are a few hops apart
	 * and the chain says nothing; the breadth-first search also spends most of its work
	 * on their thousands of links. They may still start or end a chain.
	 */
	static final List<EntityKind> HUB_KINDS = List.of(EntityKind.REGION, EntityKind.SECTOR);

	/**
	 * The hub rule on the entity a step reaches ({@code y}): not a hub, or the chain's
	 * end, or hubs allowed. The start is never a {@code y}, so it may be a hub; labels
	 * come from the enum, never input.
	 */
	static final String NOT_THROUGH_HUBS = "($throughHubs OR y.id = $to OR NOT ("
			+ HUB_KINDS.stream().map((kind) -> "y:" + kind.label()).collect(Collectors.joining(" OR ")) + "))";

	/**
	 * Shortest paths ($from, $to, $types, $asOf, $statedOnly, $throughHubs, $first): with
	 * $statedOnly, only STATED links are followed; without $throughHubs, no chain passes
	 * through a hub ({@link #NOT_THROUGH_HUBS}). Cypher wants literals for the number of
	 * candidate paths and the hop limit: format them in as validated integers (at most 20
	 * × 6 texts). The relationship types followed are a parameter, so that every choice
	 * of types shares one plan; the pattern names every entity-to-entity type
	 * ({@link #ALL_TYPES}), so HAS_FACT and CITES are never expanded.
	 */
	static final String CONNECTIONS = """
			MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
			MATCH p = SHORTEST %d (a)((x:Entity)-[r:%s]-(y:Entity)
			    WHERE type(r) IN $types
			      AND """ + Predicates.active("r", "y") + """
			AND ($statedOnly = false OR coalesce(r.basis, 'STATED') = 'STATED')
			AND """ + NOT_THROUGH_HUBS + """
			AND """ + AsOf.holds("r") + " AND " + AsOf.exists("y") + """
			){1,%d}(b)
			// The k shortest are walks: the later ones may pass an end and come back to it
			// (through a hub end, too). They say nothing the shorter ones do not.
			WITH p WHERE none(n IN nodes(p)[1..-1] WHERE n = a OR n = b)
			// Breadth counts an entity's links by type, which the store keeps per node: no
			// neighbour is read (a hub organisation of 12,466 links cost as many reads).
			WITH p, reduce(total = 0, n IN nodes(p)[1..-1] | total + COUNT { (n)-[:%s]-() }) AS breadth
			ORDER BY length(p), breadth, [n IN nodes(p) | n.id]
			LIMIT $first
			RETURN [n IN nodes(p) | n {.*}] AS nodes,
			       [r IN relationships(p) | {rel: r {.*}, type: type(r), start: startNode(r).id}] AS rels
			""";

	/**
	 * The length of one shortest chain ($from, $to, $types, $asOf, $throughHubs) under
	 * the rules of {@link #CONNECTIONS}, or no row: a breadth-first search that stops at
	 * the first chain, with no ranking, for saying why {@code connections} found nothing.
	 * The hop limit is formatted in as a validated integer.
	 */
	static final String SHORTEST_LENGTH = """
			MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
			MATCH p = SHORTEST 1 (a)((x:Entity)-[r:%s]-(y:Entity)
			    WHERE type(r) IN $types
			      AND """ + Predicates.active("r", "y") + """
			AND """ + NOT_THROUGH_HUBS + """
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
		return CONNECTIONS.formatted(candidates, ALL_TYPES, maxHops, ALL_TYPES);
	}

	private PathStatements() {
	}

}
