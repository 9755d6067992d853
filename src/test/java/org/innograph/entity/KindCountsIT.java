package org.innograph.entity;

import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.innograph.graph.EntityKind;
import org.innograph.support.EditorRun;
import org.innograph.support.IntegrationTest;
import org.innograph.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.ResourceLock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A count of kinds alone comes from the database's label counts less the retired
 * entities; it must equal the count of the entities themselves, before and after an
 * entity of the kind is created and then retired through the API. The expected counts are
 * read here by matching every entity, as the list itself does with any other filter.
 */
// Writes to the shared database (an entity, retired). Alone on it.
@ResourceLock(TestDatabase.LOCK)
@IntegrationTest
class KindCountsIT {

	private static final String COUNT = "query($kinds: [EntityKind!]) { entities(kinds: $kinds, first: 1) { totalCount } }";

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Neo4jClient client;

	@RegisterExtension
	final EditorRun writes = new EditorRun();

	@Test
	void aCountOfKindsIsTheNumberOfTheirEntitiesNotRetired() {
		assertCountsMatchTheEntities();
		long before = apiCount(List.of("AGREEMENT"));
		String id = "agreement:" + this.writes.run() + "-counted";
		this.writes.editor()
			.document("""
					mutation($input: CreateEntityInput!) { createEntity(input: $input) { version } }""")
			.variable("input", agreement(id))
			.execute()
			.path("createEntity.version")
			.entity(Integer.class)
			.isEqualTo(1);
		assertThat(apiCount(List.of("AGREEMENT"))).isEqualTo(before + 1);
		assertCountsMatchTheEntities();

		this.writes.editor()
			.document("""
					mutation($input: RetireInput!) { retireEntity(input: $input) { version } }""")
			.variable("input", Map.of("id", id, "expectedVersion", 1, "reason", "counted once, then retired"))
			.execute()
			.path("retireEntity.version")
			.entity(Integer.class)
			.isEqualTo(2);
		assertThat(apiCount(List.of("AGREEMENT"))).isEqualTo(before);
		assertCountsMatchTheEntities();
	}

	private void assertCountsMatchTheEntities() {
		for (List<String> kinds : List.of(List.of("AGREEMENT"), List.of("AGREEMENT", "PLAN"),
				List.of("AGREEMENT", "AGREEMENT"), List.of("REGION", "ORGANIZATION", "LAW"))) {
			List<String> labels = kinds.stream().map(KindCountsIT::label).distinct().toList();
			assertThat(apiCount(kinds)).as(kinds.toString()).isEqualTo(matched(labels)).isPositive();
		}
		assertThat(apiCount(null)).as("every kind").isEqualTo(matched(null));
	}

	private long apiCount(List<String> kinds) {
		return this.graphQl.document(COUNT)
			.variable("kinds", kinds)
			.execute()
			.path("entities.totalCount")
			.entity(Long.class)
			.get();
	}

	/** The entities not retired, of these labels (null: of any), each read. */
	private long matched(List<String> labels) {
		return this.client.query("""
				MATCH (n:Entity)
				WHERE ($labels IS NULL OR n.kind IN $labels) AND coalesce(n.retired, false) = false
				RETURN count(n) AS total""")
			.bindAll(Collections.singletonMap("labels", labels))
			.fetchAs(Long.class)
			.one()
			.orElseThrow();
	}

	private static String label(String apiKind) {
		return EntityKind.valueOf(apiKind).label();
	}

	private static Map<String, Object> agreement(String id) {
		return Map.of("id", id, "kind", "AGREEMENT", "type", "mou", "name",
				Map.of("ko", "시험 협약", "en", "Test agreement"), "evidence",
				List.of(Map.of("source", "doc:000", "quote", "②한국항공우주연구원(KARI)", "locator", "L42")));
	}

}
