package org.innograph.paths;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.innograph.entity.Entity;
import org.innograph.entity.Relationship;
import org.innograph.graph.RelationshipType;
import org.innograph.store.GraphReads;

import org.springframework.stereotype.Component;

/** The Cypher behind {@code connections} and {@code partnership}. */
@Component
class PathReads {

	/** Kinds of entity that can link two others in a partnership: shared agreements, councils, … */
	static final List<String> SHARED_KINDS = List.of("Agreement", "Council", "Program", "Event", "Cluster", "Plan",
			"PlanItem");

	/** How many more shortest paths to fetch than asked, to rank them by specificity. */
	private static final int CANDIDATES_PER_PATH = 4;

	private final GraphReads reads;

	PathReads(GraphReads reads) {
		this.reads = reads;
	}

	/**
	 * Up to {@code first} shortest paths between two entities: shortest first, then through less
	 * connected entities first (a path through a small council says more than one through a ministry).
	 * {@code maxHops} and {@code first} are validated integers, so formatting them into the text (Cypher
	 * wants literals there) cannot inject anything; the types are a parameter.
	 */
	List<Path> connections(String from, String to, int maxHops, int first, List<RelationshipType> types,
			LocalDate asOf) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("from", from);
		parameters.put("to", to);
		parameters.put("asOf", asOf);
		parameters.put("types", types.stream().map(Enum::name).distinct().toList());
		List<Map<String, Object>> rows = this.reads.list(
				PathStatements.connections(first * CANDIDATES_PER_PATH, maxHops), withFirst(parameters, first));
		List<Path> paths = new ArrayList<>();
		for (Map<String, Object> row : rows) {
			paths.add(toPath(row));
		}
		return paths;
	}

	private static Map<String, Object> withFirst(Map<String, Object> parameters, int first) {
		parameters.put("first", first);
		return parameters;
	}

	@SuppressWarnings("unchecked")
	private static Path toPath(Map<String, Object> row) {
		List<Entity> nodes = ((List<Map<String, Object>>) row.get("nodes")).stream().map(Entity::of).toList();
		Map<String, Map<String, Object>> nodeProps = new HashMap<>();
		((List<Map<String, Object>>) row.get("nodes")).forEach((n) -> nodeProps.put((String) n.get("id"), n));
		List<Map<String, Object>> rels = (List<Map<String, Object>>) row.get("rels");
		List<Hop> hops = new ArrayList<>();
		for (int i = 0; i < rels.size(); i++) {
			Entity stepFrom = nodes.get(i);
			Entity stepTo = nodes.get(i + 1);
			boolean forward = stepFrom.id().equals(rels.get(i).get("start"));
			Map<String, Object> relRow = new HashMap<>();
			relRow.put("rel", rels.get(i).get("rel"));
			relRow.put("type", rels.get(i).get("type"));
			relRow.put("from", nodeProps.get(forward ? stepFrom.id() : stepTo.id()));
			relRow.put("to", nodeProps.get(forward ? stepTo.id() : stepFrom.id()));
			hops.add(new Hop(stepFrom, stepTo, Relationship.of(relRow), forward));
		}
		return new Path(rels.size(), nodes, hops);
	}

	/** Direct relationships between a and b, and entities of the shared kinds both are linked to. */
	Partnership partnership(Entity a, Entity b) {
		Map<String, Object> parameters = Map.of("a", a.id(), "b", b.id(), "sharedKinds", SHARED_KINDS);
		Map<String, Object> row = this.reads.one("""
				MATCH (a:Entity {id: $a}), (b:Entity {id: $b})
				CALL (a, b) {
				  MATCH (a)-[r]-(b)
				  WHERE coalesce(r.retired, false) = false
				  RETURN collect({rel: r {.*}, type: type(r), from: properties(startNode(r)),
				                  to: properties(endNode(r))}) AS direct
				}
				CALL (a, b) {
				  MATCH (a)-[r1]-(x:Entity)-[r2]-(b)
				  WHERE x.kind IN $sharedKinds AND x <> a AND x <> b
				    AND coalesce(x.retired, false) = false
				    AND coalesce(r1.retired, false) = false AND coalesce(r2.retired, false) = false
				  WITH x, r1, r2 ORDER BY coalesce(x.date, x.validFrom), x.nameKo, r1.id, r2.id
				  RETURN collect({via: x {.*},
				                  a: {rel: r1 {.*}, type: type(r1), from: properties(startNode(r1)),
				                      to: properties(endNode(r1))},
				                  b: {rel: r2 {.*}, type: type(r2), from: properties(startNode(r2)),
				                      to: properties(endNode(r2))}}) AS shared
				}
				RETURN direct, shared
				""", parameters).orElseThrow();
		@SuppressWarnings("unchecked")
		List<Relationship> direct = ((List<Map<String, Object>>) row.get("direct")).stream()
			.map(Relationship::of)
			.sorted(Comparator.comparing(Relationship::id))
			.toList();
		List<SharedLink> shared = new ArrayList<>();
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> sharedRows = (List<Map<String, Object>>) row.get("shared");
		for (Map<String, Object> item : sharedRows) {
			@SuppressWarnings("unchecked")
			Map<String, Object> via = (Map<String, Object>) item.get("via");
			@SuppressWarnings("unchecked")
			Map<String, Object> aLink = (Map<String, Object>) item.get("a");
			@SuppressWarnings("unchecked")
			Map<String, Object> bLink = (Map<String, Object>) item.get("b");
			shared.add(new SharedLink(Entity.of(via), Relationship.of(aLink), Relationship.of(bLink)));
		}
		return Partnership.of(a, b, direct, shared);
	}

}
