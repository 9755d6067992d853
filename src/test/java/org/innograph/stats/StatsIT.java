package org.innograph.stats;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.innograph.graph.EntityKind;
import org.innograph.support.EditorRun;
import org.innograph.support.IntegrationTest;
import org.innograph.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.ResourceLock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code stats} counts what a count of the stored records one by one finds, retired
 * entities and links left out, with statements of their own here (the plainest form of
 * each count, not the application's); and each part, asked alone, counts as when every
 * part is asked.
 */
// Writes a retired entity and a retired link to the shared database. Alone on it.
@ResourceLock(TestDatabase.LOCK)
@IntegrationTest
class StatsIT {

	private static final String EVERY_PART = """
			{ stats { entities relationships evidence sources byKind { key count } byRelationshipType { key count }
			          byRegion { key count } bySector { key count } byYear { key count } } }""";

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Neo4jClient client;

	@RegisterExtension
	final EditorRun writes = new EditorRun();

	@Test
	void theCountsAreTheStoredRecordsWithRetiredOnesLeftOut() {
		String gone = "org:" + this.writes.run() + "-gone";
		String kept = "org:" + this.writes.run() + "-kept";
		this.writes.editor()
			.documentName("createRecords")
			.variable("input",
					Map.of("entities", List.of(entity(gone, "1951-05"), entity(kept, "1952-03")), "relationships",
							List.of(link("LOCATED_IN", gone, "region:daejeon", "1953-01"),
									link("LOCATED_IN", kept, "region:daejeon", "1954-01"),
									link("FOCUSES_ON", kept, "sector:space", "1955-01"))))
			.execute()
			.errors()
			.verify();
		this.writes.editor()
			.documentName("retireEntity")
			.variable("input", Map.of("id", gone, "expectedVersion", 1, "reason", "duplicate record"))
			.execute()
			.errors()
			.verify();
		this.writes.editor()
			.document("mutation($in: RetireInput!) { retireRelationship(input: $in) { version } }")
			.variable("in",
					Map.of("id", "rel:" + kept + ">LOCATED_IN>region:daejeon", "expectedVersion", 1, "reason", "moved"))
			.execute()
			.errors()
			.verify();

		var stats = this.graphQl.document(EVERY_PART).execute();

		Map<String, Long> byKind = counted("""
				MATCH (n:Entity) WHERE coalesce(n.retired, false) = false
				RETURN n.kind AS key, count(*) AS count""");
		Map<String, Long> byKindApi = new TreeMap<>();
		byKind.forEach((label, count) -> byKindApi.put(EntityKind.ofLabel(label).apiName(), count));
		Map<String, Long> byType = counted("""
				MATCH (:Entity)-[r]->(:Entity) WHERE coalesce(r.retired, false) = false
				RETURN type(r) AS key, count(*) AS count""");
		Map<String, Long> byRegion = counted("""
				MATCH (n:Entity)-[r:LOCATED_IN]->(g:Region)
				WHERE coalesce(n.retired, false) = false AND coalesce(r.retired, false) = false
				RETURN g.id AS key, count(DISTINCT n) AS count""");
		Map<String, Long> bySector = counted("""
				MATCH (n:Entity)-[r:FOCUSES_ON]->(g:Sector)
				WHERE coalesce(n.retired, false) = false AND coalesce(r.retired, false) = false
				RETURN g.id AS key, count(DISTINCT n) AS count""");
		Map<String, Long> byYear = counted("""
				MATCH (n:Entity) WHERE coalesce(n.retired, false) = false AND coalesce(n.date, n.validFrom) IS NOT NULL
				RETURN toString(coalesce(n.date, n.validFrom).year) AS key, count(*) AS count
				UNION ALL
				MATCH (:Entity)-[r]->(:Entity) WHERE coalesce(r.retired, false) = false AND r.validFrom IS NOT NULL
				RETURN toString(r.validFrom.year) AS key, count(*) AS count""");

		assertThat(countsOf(stats, "byKind")).isEqualTo(byKindApi);
		assertThat(countsOf(stats, "byRelationshipType")).isEqualTo(byType);
		assertThat(countsOf(stats, "byRegion")).isEqualTo(byRegion);
		assertThat(countsOf(stats, "bySector")).isEqualTo(bySector);
		assertThat(countsOf(stats, "byYear")).isEqualTo(byYear);
		stats.path("stats.entities")
			.entity(Long.class)
			.isEqualTo(byKind.values().stream().mapToLong(Long::longValue).sum());
		stats.path("stats.relationships")
			.entity(Long.class)
			.isEqualTo(byType.values().stream().mapToLong(Long::longValue).sum());
		stats.path("stats.evidence")
			.entity(Long.class)
			.isEqualTo(this.client.query("MATCH (e:Evidence) RETURN count(e)").fetchAs(Long.class).one().orElseThrow());
		stats.path("stats.sources")
			.entity(Long.class)
			.isEqualTo(this.client.query("MATCH (s:Source) RETURN count(s)").fetchAs(Long.class).one().orElseThrow());

		// What this test wrote shows where it should: the kept entity's year and its
		// link's count, the retired entity's year and the retired link's do not, nor
		// does either in Daejeon's count.
		assertThat(countsOf(stats, "byYear")).containsKeys("1952", "1955").doesNotContainKeys("1951", "1954");
		assertThat(countsOf(stats, "byRegion").get("region:daejeon")).isEqualTo(regionCountWithout(kept, gone));
	}

	@Test
	void eachPartAskedAloneCountsAsWhenEveryPartIsAsked() {
		var every = this.graphQl.document(EVERY_PART).execute();
		for (String total : List.of("entities", "relationships", "evidence", "sources")) {
			long alone = this.graphQl.document("{ stats { " + total + " } }")
				.execute()
				.path("stats." + total)
				.entity(Long.class)
				.get();
			every.path("stats." + total).entity(Long.class).isEqualTo(alone);
		}
		for (String list : List.of("byKind", "byRelationshipType", "byRegion", "bySector", "byYear")) {
			var alone = this.graphQl.document("{ stats { " + list + " { key count } } }").execute();
			assertThat(alone.path("stats." + list).entityList(Object.class).get()).as(list)
				.isEqualTo(every.path("stats." + list).entityList(Object.class).get())
				.isNotEmpty();
		}
	}

	private long regionCountWithout(String... ids) {
		return this.client.query("""
				MATCH (n:Entity)-[:LOCATED_IN]->(:Region {id: 'region:daejeon'})
				WHERE NOT n.id IN $ids AND coalesce(n.retired, false) = false
				RETURN count(DISTINCT n)""").bind(List.of(ids)).to("ids").fetchAs(Long.class).one().orElseThrow();
	}

	private Map<String, Long> counted(String cypher) {
		Map<String, Long> counts = new TreeMap<>();
		this.client.query(cypher)
			.fetch()
			.all()
			.forEach(
					(row) -> counts.merge((String) row.get("key"), ((Number) row.get("count")).longValue(), Long::sum));
		return counts;
	}

	private static Map<String, Long> countsOf(GraphQlTester.Response response, String list) {
		Map<String, Long> counts = new TreeMap<>();
		response.path("stats." + list)
			.entityList(Map.class)
			.get()
			.forEach((item) -> counts.put((String) item.get("key"), ((Number) item.get("count")).longValue()));
		return counts;
	}

	private static Map<String, Object> entity(String id, String date) {
		Map<String, Object> entity = new HashMap<>(Map.of("id", id, "kind", "ORGANIZATION", "type",
				"research-institute", "name", Map.of("ko", "시험 기관", "en", "Test institute"), "evidence",
				List.of(Map.of("source", "doc:000", "quote", "②한국항공우주연구원(KARI)", "locator", "L42"))));
		entity.put("date", date);
		return entity;
	}

	private static Map<String, Object> link(String type, String from, String to, String validFrom) {
		return Map.of("type", type, "from", from, "to", to, "basis", "STATED", "validFrom", validFrom, "evidence",
				List.of(Map.of("source", "doc:000", "quote", "②한국항공우주연구원(KARI)", "locator", "L42")));
	}

}
