package org.innograph.stats;

import java.util.List;
import java.util.Map;

import org.innograph.graph.EntityKind;
import org.innograph.graph.LocalizedText;
import org.innograph.store.GraphReads;
import org.innograph.storage.Predicates;

import org.springframework.stereotype.Component;

/** The counts behind {@code stats}, in one read statement. */
@Component
class StatsReads {

	private final GraphReads reads;

	StatsReads(GraphReads reads) {
		this.reads = reads;
	}

	Stats stats() {
		Map<String, Object> row = this.reads.one("""
				CALL () {
				  MATCH (n:Entity) WHERE """ + Predicates.active("n") + """
				  WITH n.kind AS key, count(*) AS count ORDER BY count DESC, key
				  RETURN collect({key: key, count: count}) AS byKind, sum(count) AS entities
				}
				CALL () {
				  MATCH (:Entity)-[r]->(:Entity) WHERE """ + Predicates.active("r") + """
				  WITH type(r) AS key, count(*) AS count ORDER BY count DESC, key
				  RETURN collect({key: key, count: count}) AS byType, sum(count) AS relationships
				}
				CALL () {
				  MATCH (n:Entity)-[:LOCATED_IN]->(g:Region) WHERE """ + Predicates.active("n") + """
				  WITH g, count(DISTINCT n) AS count ORDER BY count DESC, g.id
				  RETURN collect({key: g.id, ko: g.nameKo, en: g.nameEn, count: count}) AS byRegion
				}
				CALL () {
				  MATCH (n:Entity)-[:FOCUSES_ON]->(s:Sector) WHERE """ + Predicates.active("n") + """
				  WITH s, count(DISTINCT n) AS count ORDER BY count DESC, s.id
				  RETURN collect({key: s.id, ko: s.nameKo, en: s.nameEn, count: count}) AS bySector
				}
				CALL () {
				  CALL () {
				    MATCH (n:Entity) WHERE coalesce(n.date, n.validFrom) IS NOT NULL
				      AND """ + Predicates.active("n") + """
				RETURN coalesce(n.date, n.validFrom).year AS year
				UNION ALL
				MATCH (:Entity)-[r]->(:Entity) WHERE r.validFrom IS NOT NULL AND """ + Predicates.active("r") + """
				    RETURN r.validFrom.year AS year
				  }
				  WITH toString(year) AS key, count(*) AS count ORDER BY key
				  RETURN collect({key: key, count: count}) AS byYear
				}
				CALL () { MATCH (e:Evidence) RETURN count(e) AS evidence }
				CALL () { MATCH (s:Source) RETURN count(s) AS sources }
				RETURN entities, relationships, evidence, sources, byKind, byType, byRegion, bySector, byYear
				""", Map.of()).orElseThrow();
		return new Stats(number(row, "entities"), number(row, "relationships"), number(row, "evidence"),
				number(row, "sources"), counts(row, "byKind", true), counts(row, "byType", false),
				counts(row, "byRegion", false), counts(row, "bySector", false), counts(row, "byYear", false));
	}

	private static long number(Map<String, Object> row, String key) {
		Object value = row.get(key);
		return (value instanceof Number number) ? number.longValue() : 0;
	}

	@SuppressWarnings("unchecked")
	private static List<Count> counts(Map<String, Object> row, String key, boolean kinds) {
		return ((List<Map<String, Object>>) row.get(key)).stream()
			.map((item) -> new Count(
					kinds ? EntityKind.ofLabel((String) item.get("key")).apiName() : (String) item.get("key"),
					LocalizedText.ofNullable(item.get("ko"), item.get("en")), number(item, "count")))
			.toList();
	}

	record Count(String key, LocalizedText label, long count) {
	}

	record Stats(long entities, long relationships, long evidence, long sources, List<Count> byKind,
			List<Count> byRelationshipType, List<Count> byRegion, List<Count> bySector, List<Count> byYear) {
	}

}
