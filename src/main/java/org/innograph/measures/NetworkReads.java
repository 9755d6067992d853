package org.innograph.measures;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.innograph.graph.Basis;
import org.innograph.graph.PartialDate;
import org.innograph.graph.RelationshipType;
import org.innograph.store.GraphReads;
import org.innograph.storage.AsOf;

import org.springframework.stereotype.Component;

/**
 * Loads a projection of the graph with two read statements, one for entities and one for
 * the relationships between them: either the bare structure (ids and ends, for measures)
 * or everything an export shows (names, dates, roles and a summary of the evidence).
 */
@Component
public class NetworkReads {

	/**
	 * Entities in the projection. As of a date, an entity counts when it has started (its
	 * validFrom, or its date when it has no validFrom, is not after the day) and not
	 * ended (validTo's last day is not before it); undated entities always count. Retired
	 * records leave the current graph but, as elsewhere in the API, still count as of a
	 * day they were valid on (retiring sets their validTo).
	 */
	private static final String NODES = """
			MATCH (n:Entity)
			WHERE ($kinds IS NULL OR n.kind IN $kinds)
			  AND ($excludedTypes IS NULL OR NOT coalesce(n.type, '') IN $excludedTypes) AND """ + AsOf.exists("n")
			+ """

					RETURN %s
					""";

	/**
	 * Relationships that hold on the day, by the one rule of {@link AsOf} that every
	 * {@code asOf} read uses, so an export and a GraphQL read of the same date agree. The
	 * types taken in are a parameter ($types, null for all), so every projection shares
	 * one plan; the pattern names every entity-to-entity type, so HAS_FACT and CITES are
	 * never read.
	 */
	private static final String LINKS = """
			MATCH (a:Entity)-[r:%s]->(b:Entity)
			WHERE ($types IS NULL OR type(r) IN $types) AND """ + AsOf.current("r") + """

			%s
			""";

	private final GraphReads reads;

	NetworkReads(GraphReads reads) {
		this.reads = reads;
	}

	/** Ids, kinds, types and ends only: what measures need. */
	public Network structure(Projection projection) {
		Set<String> ids = new HashSet<>();
		List<Network.Node> nodes = new ArrayList<>();
		this.reads.list(NODES.formatted("n.id AS id, n.kind AS kind, n.type AS type"), parameters(projection))
			.forEach((row) -> {
				String id = (String) row.get("id");
				ids.add(id);
				nodes.add(Network.Node.of(id, string(row, "kind"), string(row, "type")));
			});
		List<Network.Link> links = new ArrayList<>();
		this.reads
			.list(LINKS.formatted(RelationshipType.ANY, "RETURN r.id AS id, type(r) AS type, a.id AS from, b.id AS to"),
					parameters(projection))
			.forEach((row) -> {
				String from = (String) row.get("from");
				String to = (String) row.get("to");
				if (ids.contains(from) && ids.contains(to)) {
					links.add(Network.Link.of((String) row.get("id"),
							RelationshipType.valueOf((String) row.get("type")), from, to));
				}
			});
		return new Network(nodes, links);
	}

	/**
	 * Everything an export shows: entity names, kinds and dates; relationship roles,
	 * dates and evidence.
	 */
	public Network detailed(Projection projection) {
		Set<String> ids = new HashSet<>();
		List<Network.Node> nodes = new ArrayList<>();
		this.reads
			.list(NODES.formatted("""
					n.id AS id, n.kind AS kind, n.type AS type, n.nameKo AS nameKo, n.nameEn AS nameEn,
					n.acronyms AS acronyms, n.date AS date, n.datePrecision AS datePrecision, n.status AS status"""),
					parameters(projection))
			.forEach((row) -> {
				String id = (String) row.get("id");
				ids.add(id);
				nodes.add(new Network.Node(id, string(row, "kind"), string(row, "type"), string(row, "nameKo"),
						string(row, "nameEn"), strings(row.get("acronyms")),
						PartialDate.stored(row.get("date"), row.get("datePrecision")), string(row, "status")));
			});
		List<Network.Link> links = new ArrayList<>();
		this.reads
			.list(LINKS.formatted(RelationshipType.ANY, """
					CALL (r) {
					  OPTIONAL MATCH (ev:Evidence {subject: r.id})
					  WITH ev ORDER BY ev.source, ev.locator, ev.id
					  RETURN collect(ev.source) AS sources, collect(ev.quote) AS quotes, collect(ev.locator) AS locators
					}
					RETURN r.id AS id, type(r) AS type, a.id AS from, b.id AS to, r.role AS role, r.status AS status,
					       r.validFrom AS validFrom, r.validFromPrecision AS validFromPrecision,
					       r.validTo AS validTo, r.validToPrecision AS validToPrecision, r.basis AS basis,
					       r.statedOn AS statedOn, r.statedOnPrecision AS statedOnPrecision,
					       sources, quotes[0] AS quote, locators[0] AS locator, size(quotes) AS evidenceCount"""),
					parameters(projection))
			.forEach((row) -> {
				String from = (String) row.get("from");
				String to = (String) row.get("to");
				if (ids.contains(from) && ids.contains(to)) {
					links.add(new Network.Link(string(row, "id"), RelationshipType.valueOf(string(row, "type")), from,
							to, string(row, "role"), string(row, "status"),
							PartialDate.stored(row.get("validFrom"), row.get("validFromPrecision")),
							PartialDate.stored(row.get("validTo"), row.get("validToPrecision")),
							Basis.orStated(row.get("basis")),
							PartialDate.stored(row.get("statedOn"), row.get("statedOnPrecision")),
							List.copyOf(new LinkedHashSet<>(strings(row.get("sources")))), string(row, "quote"),
							string(row, "locator"), ((Number) row.get("evidenceCount")).intValue()));
				}
			});
		return new Network(nodes, links);
	}

	private static Map<String, Object> parameters(Projection projection) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("kinds", projection.kindLabels());
		parameters.put("types", projection.typeNames());
		parameters.put("asOf", projection.asOf());
		parameters.put("excludedTypes", projection.excludedTypeNames());
		return parameters;
	}

	private static String string(Map<String, Object> row, String key) {
		Object value = row.get(key);
		return (value != null) ? value.toString() : null;
	}

	private static List<String> strings(Object value) {
		if (!(value instanceof List<?> list)) {
			return List.of();
		}
		return list.stream().filter((item) -> item != null).map(Object::toString).toList();
	}

}
