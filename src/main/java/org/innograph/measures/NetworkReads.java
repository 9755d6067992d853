package org.innograph.measures;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

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
	private static final String NODES = "MATCH (n:Entity)\nWHERE " + inProjection("n") + """

			RETURN %s
			LIMIT $limit
			""";

	/**
	 * Relationships that hold on the day, by the one rule of {@link AsOf} that every
	 * {@code asOf} read uses, so an export and a GraphQL read of the same date agree. The
	 * types taken in are a parameter ($types, null for all), so every projection shares
	 * one plan; the pattern names every entity-to-entity type, so HAS_FACT and CITES are
	 * never read. Both ends must be in the projection, tested as {@link #NODES} tests
	 * them, so that the statement's rows are the projection's links and a limit on them
	 * counts only those.
	 */
	private static final String LINKS = """
			MATCH (a:Entity)-[r:%s]->(b:Entity)
			WHERE ($types IS NULL OR type(r) IN $types) AND """ + AsOf.current("r") + "\n  AND " + inProjection("a")
			+ "\n  AND " + inProjection("b") + """

					%s
					LIMIT $limit
					""";

	private final GraphReads reads;

	private final WorkBound bound;

	NetworkReads(GraphReads reads, MeasuresProperties properties) {
		this.reads = reads;
		this.bound = properties.bound();
	}

	/**
	 * Whether the entity {@code n} is in the projection: of a kind taken in, not of a
	 * sub-kind left out, and existing on the day.
	 */
	private static String inProjection(String n) {
		return """
				($kinds IS NULL OR %1$s.kind IN $kinds)
				  AND ($excludedTypes IS NULL OR NOT coalesce(%1$s.type, '') IN $excludedTypes) AND %2$s""".formatted(n,
				AsOf.exists(n));
	}

	/**
	 * Ids, kinds, types and ends only: what measures need. Read only as far as the bound
	 * of a measurement allows ({@link WorkBound}): a projection over it is refused as
	 * soon as its reading shows it, with the counts read so far.
	 */
	public Network structure(Projection projection) {
		return read(projection, "n.id AS id, n.kind AS kind, n.type AS type",
				(row) -> Network.Node.of(string(row, "id"), string(row, "kind"), string(row, "type")),
				"RETURN r.id AS id, type(r) AS type, a.id AS from, b.id AS to",
				(row) -> Network.Link.of(string(row, "id"), RelationshipType.valueOf(string(row, "type")),
						string(row, "from"), string(row, "to")));
	}

	/**
	 * Everything an export shows: entity names, kinds and dates; relationship roles,
	 * dates and evidence. An export carries the projection's measures, so it is read as
	 * far as their bound allows, as {@link #structure} is.
	 */
	public Network detailed(Projection projection) {
		return read(projection, """
				n.id AS id, n.kind AS kind, n.type AS type, n.nameKo AS nameKo, n.nameEn AS nameEn,
				n.acronyms AS acronyms, n.date AS date, n.datePrecision AS datePrecision, n.status AS status""",
				(row) -> new Network.Node(string(row, "id"), string(row, "kind"), string(row, "type"),
						string(row, "nameKo"), string(row, "nameEn"), strings(row.get("acronyms")),
						PartialDate.stored(row.get("date"), row.get("datePrecision")), string(row, "status")),
				"""
						CALL (r) {
						  OPTIONAL MATCH (ev:Evidence {subject: r.id})
						  WITH ev ORDER BY ev.source, ev.locator, ev.id
						  RETURN collect(ev.source) AS sources, collect(ev.quote) AS quotes, collect(ev.locator) AS locators
						}
						RETURN r.id AS id, type(r) AS type, a.id AS from, b.id AS to, r.role AS role, r.status AS status,
						       r.validFrom AS validFrom, r.validFromPrecision AS validFromPrecision,
						       r.validTo AS validTo, r.validToPrecision AS validToPrecision, r.basis AS basis,
						       r.statedOn AS statedOn, r.statedOnPrecision AS statedOnPrecision,
						       sources, quotes[0] AS quote, locators[0] AS locator, size(quotes) AS evidenceCount""",
				(row) -> new Network.Link(string(row, "id"), RelationshipType.valueOf(string(row, "type")),
						string(row, "from"), string(row, "to"), string(row, "role"), string(row, "status"),
						PartialDate.stored(row.get("validFrom"), row.get("validFromPrecision")),
						PartialDate.stored(row.get("validTo"), row.get("validToPrecision")),
						Basis.orStated(row.get("basis")),
						PartialDate.stored(row.get("statedOn"), row.get("statedOnPrecision")),
						List.copyOf(new LinkedHashSet<>(strings(row.get("sources")))), string(row, "quote"),
						string(row, "locator"), ((Number) row.get("evidenceCount")).intValue()));
	}

	/**
	 * The projection's entities, then the relationships between them, each read up to the
	 * first row the bound refuses.
	 */
	private Network read(Projection projection, String entityColumns,
			Function<Map<String, Object>, Network.Node> entity, String linkColumns,
			Function<Map<String, Object>, Network.Link> link) {
		List<Network.Node> nodes = new ArrayList<>();
		this.reads.list(NODES.formatted(entityColumns), parameters(projection, this.bound.entityRows()))
			.forEach((row) -> nodes.add(entity.apply(row)));
		this.bound.checkEntities(nodes.size());
		Set<String> ids = new HashSet<>();
		nodes.forEach((node) -> ids.add(node.id()));
		List<Map<String, Object>> linkRows = this.reads.list(LINKS.formatted(RelationshipType.ANY, linkColumns),
				parameters(projection, this.bound.linkRows(nodes.size())));
		this.bound.checkLinks(nodes.size(), linkRows.size());
		List<Network.Link> links = new ArrayList<>();
		for (Map<String, Object> row : linkRows) {
			// The statement tests both ends as the entities' statement does, but in a
			// transaction of its own (or a query's, which reads what is committed when
			// each statement runs): an entity written in between is not among those read,
			// and a link to it must not reach the measures.
			if (ids.contains(string(row, "from")) && ids.contains(string(row, "to"))) {
				links.add(link.apply(row));
			}
		}
		return new Network(nodes, links);
	}

	private static Map<String, Object> parameters(Projection projection, long limit) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("limit", limit);
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
