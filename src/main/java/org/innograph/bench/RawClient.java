package org.innograph.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;

/**
 * The floor: the statements Innograph runs for each query (copied from EntityReads, SearchController and
 * PathReads), each in its own read transaction as GraphReads runs them, straight through the Java driver
 * with no HTTP, GraphQL or mapping in between. Results are fully read, as the app reads them.
 */
final class RawClient {

	private static final String ENTITIES = """
			MATCH (n:Entity) WHERE n.id IN $ids AND coalesce(n.retired, false) = false
			RETURN n {.*} AS n
			""";

	private static final String LINKS = """
			UNWIND $ids AS id
			MATCH (e:Entity {id: id})
			CALL (e) {
			  MATCH (e)-[r]-(o:Entity)
			  WHERE ($types IS NULL OR type(r) IN $types)
			    AND ($outgoing IS NULL OR (startNode(r) = e) = $outgoing)
			    AND ($kinds IS NULL OR o.kind IN $kinds)
			    AND ($asOf IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= $asOf)
			         AND (r.validToEnd IS NULL OR r.validToEnd >= $asOf)))
			    AND coalesce(r.retired, false) = false AND coalesce(o.retired, false) = false
			  WITH r, o ORDER BY type(r), o.nameKo, r.id
			  WITH collect({rel: r {.*}, type: type(r), from: properties(startNode(r)),
			                to: properties(endNode(r))}) AS links
			  RETURN size(links) AS total, links[$offset..$end] AS page
			}
			RETURN id, total, page
			""";

	private static final String LIST_WHERE = """
			($kinds IS NULL OR n.kind IN $kinds) AND coalesce(n.retired, false) = false
			  AND ($region IS NULL OR EXISTS { (n)-[:LOCATED_IN]->(:Entity {id: $region}) })
			  AND ($sector IS NULL OR EXISTS { (n)-[:FOCUSES_ON]->(:Entity {id: $sector}) })""";

	private static final String SEARCH = """
			CALL () {
			  MATCH (n:Entity) WHERE n.searchText CONTAINS $q RETURN n, 0.0 AS score
			  UNION
			  CALL db.index.fulltext.queryNodes('entity_names', $lucene, {limit: 200}) YIELD node, score
			  WHERE size($q) >= 2
			  RETURN node AS n, score
			}
			WITH n, max(score) AS score
			WHERE coalesce(n.retired, false) = false AND ($kinds IS NULL OR n.kind IN $kinds)
			WITH n, score,
			     CASE WHEN $q IN n.names THEN 0
			          WHEN any(name IN n.names WHERE name STARTS WITH $q) THEN 1
			          WHEN score > 0 THEN 2
			          ELSE 3 END AS rank
			ORDER BY rank, score DESC, size(n.nameKo), n.id
			WITH collect({n: n {.*}, rank: rank}) AS hits
			RETURN size(hits) AS total, hits[$offset..$end] AS page
			""";

	private static final String CONNECTIONS = """
			MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
			MATCH p = SHORTEST %d (a)((x:Entity)-[r:%s]-(y:Entity)
			    WHERE coalesce(r.retired, false) = false AND coalesce(y.retired, false) = false
			      AND ($asOf IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= $asOf)
			           AND (r.validToEnd IS NULL OR r.validToEnd >= $asOf)))){1,%d}(b)
			WITH p, reduce(total = 0, n IN nodes(p)[1..-1] | total + COUNT { (n)--(:Entity) }) AS breadth
			ORDER BY length(p), breadth, [n IN nodes(p) | n.id]
			LIMIT $first
			RETURN [n IN nodes(p) | n {.*}] AS nodes,
			       [r IN relationships(p) | {rel: r {.*}, type: type(r), start: startNode(r).id}] AS rels
			""";

	private final Driver driver;

	RawClient(Driver driver) {
		this.driver = driver;
	}

	private List<Record> read(String cypher, Map<String, Object> parameters) {
		try (Session session = this.driver.session()) {
			return session.executeRead((tx) -> tx.run(cypher, parameters).list());
		}
	}

	Workload.Answer entity(String id) {
		List<Record> rows = read(ENTITIES, Map.of("ids", List.of(id)));
		return new Workload.Answer(rows.size(), rows.stream().map((r) -> r.get("n").get("id").asString()).toList());
	}

	Workload.Answer neighbours(String id, int first) {
		entity(id);
		Page page = links(List.of(id), first).get(id);
		return (page != null) ? new Workload.Answer(page.total(), page.ids()) : new Workload.Answer(0, List.of());
	}

	/** How many links an entity has and the other ends of one page of them. */
	private record Page(long total, List<String> ids) {
	}

	/** One page of links per entity, the other ends' ids, as the app's batched links statement. */
	private Map<String, Page> links(List<String> ids, int first) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("ids", ids);
		parameters.put("types", null);
		parameters.put("outgoing", null);
		parameters.put("kinds", null);
		parameters.put("asOf", null);
		parameters.put("offset", 0);
		parameters.put("end", first);
		Map<String, Page> pages = new HashMap<>();
		for (Record row : read(LINKS, parameters)) {
			String id = row.get("id").asString();
			List<String> others = new ArrayList<>();
			for (Value link : row.get("page").values()) {
				String fromId = link.get("from").get("id").asString();
				others.add(fromId.equals(id) ? link.get("to").get("id").asString() : fromId);
			}
			pages.put(id, new Page(row.get("total").asLong(), others));
		}
		return pages;
	}

	Workload.Answer threeLevels(String id) {
		entity(id);
		Page first = links(List.of(id), 10).get(id);
		List<String> level1 = (first != null) ? first.ids() : List.<String>of();
		List<String> level2 = links(level1.stream().distinct().toList(), 5).values()
			.stream()
			.flatMap((page) -> page.ids().stream())
			.toList();
		List<String> level3 = links(level2.stream().distinct().toList(), 3).values()
			.stream()
			.flatMap((page) -> page.ids().stream())
			.toList();
		return new Workload.Answer(level1.size(), level3);
	}

	Workload.Answer list(String region, int offset, int first) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("kinds", List.of("Organization"));
		parameters.put("region", region);
		parameters.put("sector", null);
		long total = read("MATCH (n:Entity) WHERE " + LIST_WHERE + " RETURN count(n) AS total", parameters).get(0)
			.get("total")
			.asLong();
		parameters.put("offset", offset);
		parameters.put("first", first);
		List<String> ids = read("""
				MATCH (n:Entity) WHERE %s
				WITH n ORDER BY n.nameKo, n.id
				SKIP $offset LIMIT $first
				RETURN n {.*} AS n
				""".formatted(LIST_WHERE), parameters).stream().map((r) -> r.get("n").get("id").asString()).toList();
		return new Workload.Answer(total, ids);
	}

	Workload.Answer count(String kind) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("kinds", List.of(kind));
		parameters.put("region", null);
		parameters.put("sector", null);
		long total = read("MATCH (n:Entity) WHERE " + LIST_WHERE + " RETURN count(n) AS total", parameters).get(0)
			.get("total")
			.asLong();
		parameters.put("offset", 0);
		parameters.put("first", 1);
		read("""
				MATCH (n:Entity) WHERE %s
				WITH n ORDER BY n.nameKo, n.id
				SKIP $offset LIMIT $first
				RETURN n {.*} AS n
				""".formatted(LIST_WHERE), parameters);
		return new Workload.Answer(total, List.of());
	}

	Workload.Answer search(String text) {
		String q = text.strip().toLowerCase(java.util.Locale.ROOT);
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("q", q);
		parameters.put("lucene", q);
		parameters.put("kinds", null);
		parameters.put("offset", 0);
		parameters.put("end", 20);
		Record row = read(SEARCH, parameters).get(0);
		return new Workload.Answer(row.get("total").asLong(),
				row.get("page").asList((v) -> v).stream().map((hit) -> hit.get("n").get("id").asString()).toList());
	}

	Workload.Answer connections(String from, String to, int maxHops) {
		read(ENTITIES, Map.of("ids", List.of(from, to)));
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("from", from);
		parameters.put("to", to);
		parameters.put("asOf", null);
		parameters.put("first", 1);
		List<Record> rows = read(CONNECTIONS.formatted(4, Workload.allTypes(), maxHops), parameters);
		if (rows.isEmpty()) {
			return new Workload.Answer(0, List.of());
		}
		List<String> ids = rows.get(0).get("nodes").asList((v) -> v).stream().map((n) -> n.get("id").asString()).toList();
		return new Workload.Answer(ids.size() - 1, ids);
	}

}
