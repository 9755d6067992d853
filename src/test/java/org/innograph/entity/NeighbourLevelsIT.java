package org.innograph.entity;

import java.util.List;
import java.util.Map;

import org.innograph.store.GraphReads;
import org.innograph.support.IntegrationTest;
import org.innograph.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Neighbours of neighbours, several levels deep, are read in one statement with the first
 * level, and under an entity found by key with the entity too; each page is the one the
 * entity's own {@code neighbors} gives when read field by field: the same links, in the
 * same order, with the same total.
 */
// Counts the statements its context runs. Alone on it.
@ResourceLock(TestDatabase.LOCK)
@IntegrationTest
class NeighbourLevelsIT {

	private static final String THREE_LEVELS = """
			query($key: String!) { entity(key: $key) { id
			  neighbors(first: 10) { totalCount edges { node { id
			    neighbors(first: 5, direction: OUTGOING) { totalCount edges { relationship { id } node { id
			      neighbors(first: 3, types: [MEMBER_OF, PARTY_TO, LOCATED_IN, PARTICIPATES_IN]) {
			        totalCount edges { relationship { id } node { id } } } } } } } } } } }
			""";

	// The reference: a second, differently filtered list beside the first keeps the
	// entity's lists apart from it, so the entity is read alone and the list by the
	// links loader's own statement, as any other field's.
	private static final String ONE_LEVEL = """
			query($key: String!, $first: Int!, $direction: Direction, $types: [RelationshipType!]) {
			  entity(key: $key) { neighbors(first: $first, direction: $direction, types: $types) {
			    totalCount edges { relationship { id } node { id } } } %s } }
			""";

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	GraphReads reads;

	@Test
	void anEntityWithThreeLevelsCostsOneStatement() {
		long before = this.reads.statementCount();
		this.graphQl.document(THREE_LEVELS)
			.variable("key", "region:daejeon")
			.execute()
			.path("entity.neighbors.edges")
			.entityList(Object.class)
			.hasSize(10);
		// The entity with its neighbours, theirs and theirs.
		assertThat(this.reads.statementCount() - before).isEqualTo(1);
	}

	@Test
	void theFirstLevelIsTheOneTheFieldGivesAlone() {
		long before = this.reads.statementCount();
		Page together = page(oneLevel("region:daejeon", 10, "INCOMING", null, ""));
		assertThat(this.reads.statementCount() - before).as("statements with the entity").isEqualTo(1);
		assertThat(together.ids()).hasSize(10);
		before = this.reads.statementCount();
		assertThat(alone("region:daejeon", 10, "INCOMING", null)).isEqualTo(together);
		assertThat(this.reads.statementCount() - before).as("statements of the reference").isGreaterThan(1);
		List<String> types = List.of("MEMBER_OF", "PARTY_TO");
		assertThat(alone("org:kaist", 5, null, types)).isEqualTo(page(oneLevel("org:kaist", 5, null, types, "")))
			.satisfies((page) -> assertThat(page.ids()).isNotEmpty());
	}

	@Test
	@SuppressWarnings("unchecked")
	void kindsAndADateReadAheadGiveThePageTheFieldGivesAlone() {
		String query = """
				{ entity(key: "region:daejeon") { neighbors(first: 5, kinds: [ORGANIZATION], asOf: "2024-06") {
				  totalCount edges { relationship { id } node { id } } } %s } }
				""";
		long before = this.reads.statementCount();
		Map<String, Object> together = this.graphQl.document(query.formatted(""))
			.execute()
			.path("entity.neighbors")
			.entity(Map.class)
			.get();
		assertThat(this.reads.statementCount() - before).as("statements with the entity").isEqualTo(1);
		Map<String, Object> alone = this.graphQl.document(query.formatted("beside: neighbors(first: 1) { totalCount }"))
			.execute()
			.path("entity.neighbors")
			.entity(Map.class)
			.get();
		assertThat(page(together)).isEqualTo(page(alone));
		assertThat(page(together).ids()).isNotEmpty();
	}

	@Test
	void neighboursAskedInAFragmentAreReadWithTheEntityToo() {
		long before = this.reads.statementCount();
		this.graphQl.document("""
				query($key: String!) { entity(key: $key) { id ...Around } }
				fragment Around on Entity { neighbors(first: 4) { totalCount edges { node { id } } } }
				""")
			.variable("key", "region:daejeon")
			.execute()
			.path("entity.neighbors.edges")
			.entityList(Object.class)
			.hasSize(4);
		assertThat(this.reads.statementCount() - before).isEqualTo(1);
	}

	@Test
	void anUnknownKeyIsNotFoundWithItsNeighboursAsked() {
		this.graphQl.document(THREE_LEVELS)
			.variable("key", "org:does-not-exist")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getExtensions()).containsEntry("code", "NOT_FOUND")));
	}

	@Test
	@SuppressWarnings("unchecked")
	void everyPageIsTheOneItsEntityGivesAlone() {
		Map<String, Object> entity = this.graphQl.document(THREE_LEVELS)
			.variable("key", "region:daejeon")
			.execute()
			.path("entity")
			.entity(Map.class)
			.get();
		List<Map<String, Object>> first = edges((Map<String, Object>) entity.get("neighbors"));
		assertThat(first).hasSize(10);
		int pagesCompared = 0;
		int nonEmptyThirdLevels = 0;
		for (Map<String, Object> edge : first) {
			Map<String, Object> second = (Map<String, Object>) node(edge).get("neighbors");
			assertThat(page(second)).as("level 2 of %s", node(edge).get("id"))
				.isEqualTo(alone((String) node(edge).get("id"), 5, "OUTGOING", null));
			pagesCompared++;
			for (Map<String, Object> next : edges(second)) {
				Map<String, Object> third = (Map<String, Object>) node(next).get("neighbors");
				Page expected = alone((String) node(next).get("id"), 3, null,
						List.of("MEMBER_OF", "PARTY_TO", "LOCATED_IN", "PARTICIPATES_IN"));
				assertThat(page(third)).as("level 3 of %s", node(next).get("id")).isEqualTo(expected);
				pagesCompared++;
				nonEmptyThirdLevels += expected.ids().isEmpty() ? 0 : 1;
			}
		}
		// Enough of the graph was compared to mean something.
		assertThat(pagesCompared).isGreaterThan(20);
		assertThat(nonEmptyThirdLevels).isGreaterThan(5);
	}

	@Test
	void twoDifferentListsBelowEndTheChainAndStillAnswer() {
		String twoLists = """
				query($key: String!) { entity(key: $key) { neighbors(first: 3) { edges { node {
				  few: neighbors(first: 1) { edges { node { id } } }
				  more: neighbors(first: 2) { totalCount edges { node { id } } } } } } } }
				""";
		long before = this.reads.statementCount();
		this.graphQl.document(twoLists)
			.variable("key", "region:daejeon")
			.execute()
			.path("entity.neighbors.edges[*].node.more.edges")
			.entityList(Object.class)
			.hasSizeGreaterThan(0);
		// The entity with its neighbours, then one statement per filter of the level
		// below.
		assertThat(this.reads.statementCount() - before).isEqualTo(3);
	}

	private Page alone(String key, int first, String direction, List<String> types) {
		return page(oneLevel(key, first, direction, types, "beside: neighbors(first: 1) { totalCount }"));
	}

	private Map<String, Object> oneLevel(String key, int first, String direction, List<String> types, String beside) {
		Map<String, Object> neighbors = this.graphQl.document(ONE_LEVEL.formatted(beside))
			.variable("key", key)
			.variable("first", first)
			.variable("direction", direction)
			.variable("types", types)
			.execute()
			.path("entity.neighbors")
			.entity(Map.class)
			.get();
		@SuppressWarnings("unchecked")
		Map<String, Object> typed = neighbors;
		return typed;
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> edges(Map<String, Object> connection) {
		return (List<Map<String, Object>>) connection.get("edges");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> node(Map<String, Object> edge) {
		return (Map<String, Object>) edge.get("node");
	}

	@SuppressWarnings("unchecked")
	private static Page page(Map<String, Object> connection) {
		List<String> ids = edges(connection).stream()
			.map((edge) -> ((Map<String, Object>) edge.get("relationship")).get("id") + ">" + node(edge).get("id"))
			.toList();
		return new Page(((Number) connection.get("totalCount")).longValue(), ids);
	}

	private record Page(long total, List<String> ids) {
	}

}
