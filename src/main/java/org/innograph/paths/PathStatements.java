package org.innograph.paths;

import org.innograph.time.AsOf;

/** The shortest-paths statement, shared with the benchmark's raw-driver floor so both run the same Cypher. */
public final class PathStatements {

	/**
	 * Shortest paths ($from, $to, $asOf, $statedOnly, $first): with $statedOnly, only STATED links are followed. Cypher wants literals for the number of candidate paths,
	 * the relationship types and the hop limit: format them in as validated integers and enum names.
	 */
	public static final String CONNECTIONS = """
			MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
			MATCH p = SHORTEST %d (a)((x:Entity)-[r:%s]-(y:Entity)
			    WHERE coalesce(r.retired, false) = false AND coalesce(y.retired, false) = false
			      AND ($statedOnly = false OR coalesce(r.basis, 'STATED') = 'STATED')
			      AND """ + AsOf.holds("r") + " AND " + AsOf.exists("y") + """
			){1,%d}(b)
			WITH p, reduce(total = 0, n IN nodes(p)[1..-1] | total + COUNT { (n)--(:Entity) }) AS breadth
			ORDER BY length(p), breadth, [n IN nodes(p) | n.id]
			LIMIT $first
			RETURN [n IN nodes(p) | n {.*}] AS nodes,
			       [r IN relationships(p) | {rel: r {.*}, type: type(r), start: startNode(r).id}] AS rels
			""";

	private PathStatements() {
	}

}
