package org.innograph.paths;

import java.util.List;
import java.util.stream.Collectors;

import org.innograph.entity.Entity;
import org.innograph.entity.Relationship;
import org.innograph.graph.EntityKind;
import org.innograph.graph.RelationshipType;
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
	 * {@link EntityKind#HUBS}. The breadth-first search also spends most of its work on
	 * their thousands of links.
	 */
	static final List<EntityKind> HUB_KINDS = EntityKind.HUBS;

	/**
	 * The hub rule on the entity a step reaches ({@code y}): not a hub, or the chain's
	 * end, or hubs allowed. The start is never a {@code y}, so it may be a hub; labels
	 * come from the enum, never input.
	 */
	static final String NOT_THROUGH_HUBS = "($throughHubs OR y.id = $to OR NOT ("
			+ HUB_KINDS.stream().map((kind) -> "y:" + kind.label()).collect(Collectors.joining(" OR ")) + "))";

	/**
	 * A chain's entities, with the properties the API shows ({@link Entity#projection}).
	 */
	private static final String NODES = "[n IN nodes(p) | %s]".formatted(Entity.projection("n"));

	/** A chain's links, with the properties the API shows, and which way each runs. */
	private static final String RELS = "[r IN relationships(p) | {rel: %s, type: type(r), start: startNode(r).id}]"
		.formatted(Relationship.projection("r"));

	/**
	 * The two ends, active entities only: a row, or a chain found, also answers whether
	 * both exist (connections asks the store only when there is none).
	 */
	private static final String ENDS = """
			MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
			WHERE """ + Predicates.active("a", "b") + "\n";

	/**
	 * One search from {@code a} to {@code b} ($types, $asOf, $throughHubs, $first), up to
	 * its ranked chains {@code p}: without $throughHubs, no chain passes through a hub
	 * ({@link #NOT_THROUGH_HUBS}). Formatted with the path selector, the relationship
	 * types (twice, as {@code %2$s}), the hop limit, what comes between the search and
	 * the ranking, the rule on each step ({@link #stepRule}) and the rule on the links'
	 * basis ({@link #STATED_PARAMETER}, {@link #STATED}, or {@code true}). Cypher wants
	 * literals for the selector's count and the hop limit: they are validated integers
	 * (at most 20 × 6 texts per form, with a date and without). The relationship types
	 * followed are a parameter, so that every choice of types shares one plan; the
	 * pattern names every entity-to-entity type ({@link RelationshipType#ANY}), so
	 * HAS_FACT and CITES are never expanded.
	 */
	private static final String SEARCH = """
			MATCH p = %1$s (a)((x:Entity)-[r:%2$s]-(y:Entity)
			    WHERE type(r) IN $types AND %5$s
			      AND %6$s
			      AND """ + NOT_THROUGH_HUBS + """
			){1,%3$d}(b)
			%4$s
			// The k shortest are walks: the later ones may pass an end and come back to it
			// (through a hub end, too). They say nothing the shorter ones do not.
			WITH p WHERE none(n IN nodes(p)[1..-1] WHERE n = a OR n = b)
			// Breadth counts an entity's links by type, which the store keeps per node: no
			// neighbour is read (a hub organisation of 12,466 links cost as many reads).
			WITH p, reduce(total = 0, n IN nodes(p)[1..-1] | total + COUNT { (n)-[:%2$s]-() }) AS breadth
			ORDER BY length(p), breadth, [n IN nodes(p) | n.id]
			LIMIT $first
			""";

	/** The basis rule of a search of STATED links alone. */
	private static final String STATED = "coalesce(r.basis, 'STATED') = 'STATED'";

	/** The basis rule of a search that $statedOnly says follows STATED links alone. */
	private static final String STATED_PARAMETER = "($statedOnly = false OR " + STATED + ")";

	/**
	 * Chains from $from to $to, one row each ({@link #SEARCH}, with $statedOnly): with
	 * $statedOnly, only STATED links are followed.
	 */
	private static final String CHAINS = ENDS + SEARCH + "RETURN " + NODES + " AS nodes, " + RELS + " AS rels\n";

	/**
	 * The two searches a page of chains starts with, in one statement: the shortest
	 * chains of STATED links, and only when there are none, the shortest chains of any
	 * links, each a list of chains (nodes, rels). One row when both ends are active
	 * entities, none otherwise. Formatted as {@link #SEARCH}, with {@link #STATED} as the
	 * first search's basis rule (the second has none), then {@link #NODES} and
	 * {@link #RELS}.
	 */
	private static final String FIRST_CHAINS = ENDS + """
			CALL (a, b) {
			""" + SEARCH + """
			  RETURN collect({nodes: %7$s, rels: %8$s}) AS stated
			}
			CALL (a, b, stated) {
			  WITH a, b WHERE size(stated) = 0
			""" + SEARCH.replace("%6$s", "true") + """
			  RETURN collect({nodes: %7$s, rels: %8$s}) AS chains
			}
			RETURN stated, chains
			""";

	/**
	 * The k shortest chains of any length up to the limit, ranked ({@link #CHAINS}):
	 * shortest first, so when fewer than k have the shortest length the longer ones fill
	 * the candidates. To go on past the shortest length the search keeps expanding, and
	 * through an entity of thousands of links that is most of its work.
	 */
	static String connections(int candidates, int maxHops, boolean undated) {
		return CHAINS.formatted("SHORTEST " + candidates, RelationshipType.ANY, maxHops, "", stepRule(undated),
				STATED_PARAMETER);
	}

	/**
	 * Chains of the shortest length alone, up to {@code candidates} of them, ranked
	 * ({@link #CHAINS}): the search stops at the length where the two ends meet (the
	 * planner's {@code SHORTEST 1 GROUPS}), and the limit before the ranking stops the
	 * listing of that length's chains, which can be many, at the candidates. At 1M nodes
	 * the slowest pair of the benchmark costs 1,561 db hits this way, against 313,101
	 * with {@link #connections} ({@code docs/performance.md}). A chain of the shortest
	 * length never passes an end twice, so the walks filter keeps them all.
	 */
	static String shortestChains(int candidates, int maxHops, boolean undated) {
		return CHAINS.formatted("ALL SHORTEST", RelationshipType.ANY, maxHops, shortestLimit(candidates),
				stepRule(undated), STATED_PARAMETER);
	}

	/**
	 * {@link #shortestChains} of STATED links and, when there are none, of any links, in
	 * one statement ({@link #FIRST_CHAINS}): what a page of chains starts with. A
	 * question with no chain of stated links took two statements, and one with no chain
	 * at all a third to check its ends; each takes one now.
	 */
	static String firstChains(int candidates, int maxHops, boolean undated) {
		return FIRST_CHAINS.formatted("ALL SHORTEST", RelationshipType.ANY, maxHops, shortestLimit(candidates),
				stepRule(undated), STATED, NODES, RELS);
	}

	private static String shortestLimit(int candidates) {
		return "WITH a, b, p LIMIT " + candidates;
	}

	/**
	 * What each step, the link and the entity it reaches, must be: not retired (a chain
	 * never passes through a retired record, whatever the date), and in force on $asOf.
	 * Without a date that is the rule as it stands when $asOf is null
	 * ({@link AsOf#currentUndated}, not retired): the planner cannot reduce the general
	 * rule, since $asOf is a parameter, and evaluates all of it on every link the search
	 * expands, so a search without a date (the common one) runs the statement written
	 * without it. Two texts per form, both bounded.
	 */
	static String stepRule(boolean undated) {
		return undated ? AsOf.currentUndated("r") + " AND " + AsOf.existsUndated("y")
				: Predicates.active("r", "y") + " AND " + AsOf.holds("r") + " AND " + AsOf.exists("y");
	}

	/**
	 * The length of one shortest chain ($from, $to, $types, $asOf, $throughHubs) under
	 * the rules of {@link #CHAINS}, or no row: a breadth-first search that stops at the
	 * first chain, with no ranking, for saying why {@code connections} found nothing. The
	 * hop limit is formatted in as a validated integer.
	 */
	static final String SHORTEST_LENGTH = """
			MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
			MATCH p = SHORTEST 1 (a)((x:Entity)-[r:%s]-(y:Entity)
			    WHERE type(r) IN $types AND %s
			      AND """ + NOT_THROUGH_HUBS + """
			){1,%d}(b)
			RETURN length(p) AS hops
			""";

	/** {@link #SHORTEST_LENGTH} with its hop limit and step rule in. */
	static String shortestLength(int maxHops, boolean undated) {
		return SHORTEST_LENGTH.formatted(RelationshipType.ANY, stepRule(undated), maxHops);
	}

	private PathStatements() {
	}

}
