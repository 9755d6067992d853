package org.innograph.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.innograph.graph.EntityKind;
import org.innograph.graph.LocalizedText;
import org.innograph.graph.RelationshipType;
import org.innograph.store.GraphReads;
import org.innograph.storage.Predicates;

import org.springframework.stereotype.Component;

/**
 * The counts behind {@code stats}, in one read statement made of the parts a request asks
 * for: each part is a pass over a whole store (at a million entities the relationships'
 * pass reads five million records), so the explorer's first page, which asks the four
 * totals, does not pay for the counts by region, sector and year.
 */
@Component
class StatsReads {

	private final GraphReads reads;

	StatsReads(GraphReads reads) {
		this.reads = reads;
	}

	Stats stats(Parts parts) {
		Map<String, Object> row = this.reads.one(statement(parts), Map.of("types", RelationshipType.NAMES))
			.orElseThrow();
		return new Stats(number(row, "entities"), number(row, "relationships"), number(row, "evidence"),
				number(row, "sources"), counts(row, "byKind", true), counts(row, "byType", false),
				counts(row, "byRegion", false), counts(row, "bySector", false), counts(row, "byYear", false));
	}

	static String statement(Parts parts) {
		List<String> calls = new ArrayList<>();
		List<String> columns = new ArrayList<>();
		if (parts.kinds()) {
			calls.add("""
					CALL () {
					  MATCH (n:Entity) WHERE %s
					  WITH n.kind AS key, count(*) AS count ORDER BY count DESC, key
					  RETURN collect({key: key, count: count}) AS byKind, sum(count) AS entities
					}""".formatted(Predicates.activeEntity("n")));
			columns.addAll(List.of("entities", "byKind"));
		}
		if (parts.relationshipTypes() || parts.years()) {
			// One scan of the relationship store, grouped by type (and year);
			// then the types between entities are kept. With :Entity at both
			// ends the count read both end nodes of every relationship: four
			// times the time at a million entities.
			String year = parts.years() ? ", r.validFrom.year AS year" : "";
			calls.add("""
					CALL () {
					  MATCH ()-[r]->() WHERE %s
					  WITH type(r) AS type%s, count(*) AS count WHERE type IN $types
					  RETURN collect({type: type%s, count: count}) AS groups
					}""".formatted(Predicates.active("r"), year, parts.years() ? ", year: year" : ""));
		}
		if (parts.relationshipTypes()) {
			calls.add("""
					CALL (groups) {
					  UNWIND groups AS g
					  WITH g.type AS key, sum(g.count) AS count ORDER BY count DESC, key
					  RETURN collect({key: key, count: count}) AS byType, sum(count) AS relationships
					}""");
			columns.addAll(List.of("relationships", "byType"));
		}
		if (parts.regions()) {
			calls.add(placed("LOCATED_IN", "Region", "byRegion"));
			columns.add("byRegion");
		}
		if (parts.sectors()) {
			calls.add(placed("FOCUSES_ON", "Sector", "bySector"));
			columns.add("bySector");
		}
		if (parts.years()) {
			calls.add("""
					CALL (groups) {
					  CALL (groups) {
					    MATCH (n:Entity) WHERE coalesce(n.date, n.validFrom) IS NOT NULL AND %s
					    RETURN coalesce(n.date, n.validFrom).year AS year, count(*) AS count
					    UNION ALL
					    UNWIND groups AS g
					    WITH g WHERE g.year IS NOT NULL
					    RETURN g.year AS year, g.count AS count
					  }
					  WITH toString(year) AS key, sum(count) AS count ORDER BY key
					  RETURN collect({key: key, count: count}) AS byYear
					}""".formatted(Predicates.activeEntity("n")));
			columns.add("byYear");
		}
		if (parts.evidence()) {
			calls.add("CALL () { MATCH (e:Evidence) RETURN count(e) AS evidence }");
			columns.add("evidence");
		}
		if (parts.sources()) {
			calls.add("CALL () { MATCH (s:Source) RETURN count(s) AS sources }");
			columns.add("sources");
		}
		if (columns.isEmpty()) {
			return "RETURN 0 AS entities";
		}
		return String.join("\n", calls) + "\nRETURN " + String.join(", ", columns);
	}

	/**
	 * Entities by the region or sector a link of theirs names: neither the entity nor the
	 * link retired (an entity that has moved away is not counted where it was).
	 */
	private static String placed(String type, String label, String column) {
		return """
				CALL () {
				  MATCH (n:Entity)-[r:%s]->(g:%s) WHERE %s AND %s
				  WITH g, count(DISTINCT n) AS count ORDER BY count DESC, g.id
				  RETURN collect({key: g.id, ko: g.nameKo, en: g.nameEn, count: count}) AS %s
				}""".formatted(type, label, Predicates.activeEntity("n"), Predicates.active("r"), column);
	}

	private static long number(Map<String, Object> row, String key) {
		Object value = row.get(key);
		return (value instanceof Number number) ? number.longValue() : 0;
	}

	@SuppressWarnings("unchecked")
	private static List<Count> counts(Map<String, Object> row, String key, boolean kinds) {
		Object value = row.get(key);
		if (value == null) {
			return List.of();
		}
		return ((List<Map<String, Object>>) value).stream()
			.map((item) -> new Count(
					kinds ? EntityKind.ofLabel((String) item.get("key")).apiName() : (String) item.get("key"),
					LocalizedText.ofNullable(item.get("ko"), item.get("en")), number(item, "count")))
			.toList();
	}

	/**
	 * The parts of a stats statement: each true one is counted, the others are left out
	 * of the statement and answered empty (a request that did not select them never sees
	 * them).
	 */
	record Parts(boolean kinds, boolean relationshipTypes, boolean regions, boolean sectors, boolean years,
			boolean evidence, boolean sources) {

	}

	record Count(String key, LocalizedText label, long count) {
	}

	record Stats(long entities, long relationships, long evidence, long sources, List<Count> byKind,
			List<Count> byRelationshipType, List<Count> byRegion, List<Count> bySector, List<Count> byYear) {
	}

}
