package org.innograph.measures;

import java.util.List;
import java.util.Map;

import org.innograph.store.GraphReads;
import org.innograph.support.IntegrationTest;
import org.innograph.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measures on the seed, checked against counts made by hand from the sources: which
 * industrial complexes take part in most super-regional councils (document 003, table
 * 참고2, lines 71-95), and which entities broker the most shortest paths.
 */
// Writes to the shared database and counts the statements its context runs. Alone on it.
@ResourceLock(TestDatabase.LOCK)
@IntegrationTest
class MeasuresIT {

	private static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {
	};

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Neo4jClient client;

	@Autowired
	GraphReads reads;

	/**
	 * Counted in the table of document 003 (lead or linked, rows 1-25): 성서일반 rows 5, 12,
	 * 14, 17, 20 (5); 첨단과학국가 rows 4, 15, 18, 22 and 창원국가 rows 6, 7, 19, 21 (4 each); 남동국가
	 * 2, 14, 18; 반월·시화국가 3, 9, 15; 군산국가 4, 7, 16; 미포국가 6, 21, 25; 구미국가 10, 17, 19;
	 * 디지털첨단국가 15, 16, 22 (3 each); then 녹산국가 6, 8; 미포·온산국가 11, 13; 여수국가 11, 13 (2 each).
	 */
	@Test
	void seongseoTakesPartInMostCouncilsThenCheomdanAndChangwon() {
		GraphQlTester.Response response = this.graphQl.documentName("councilRankings").variable("first", 12).execute();
		List<Map<String, Object>> edges = response.path("rankings.edges").entityList(MAP).get();
		assertThat(edges).extracting((edge) -> id(edge)).startsWith("complex:seongseo-general");
		assertThat(edges.subList(0, 3)).extracting((edge) -> edge.get("value")).containsExactly(5.0, 4.0, 4.0);
		assertThat(edges.subList(1, 3)).extracting(MeasuresIT::id)
			.containsExactlyInAnyOrder("complex:cheomdan-science-national", "complex:changwon-national");
		assertThat(edges.subList(3, 9)).extracting(MeasuresIT::id)
			.containsExactlyInAnyOrder("complex:namdong-national", "complex:banwol-sihwa-national",
					"complex:gunsan-national", "complex:mipo-national", "complex:gumi-national",
					"complex:digital-cheomdan-national");
		assertThat(edges.subList(3, 9)).extracting((edge) -> edge.get("value")).containsOnly(3.0);
		assertThat(edges.subList(9, 12)).extracting(MeasuresIT::id)
			.containsExactlyInAnyOrder("complex:noksan-national", "complex:mipo-onsan-national",
					"complex:yeosu-national");
		// Competition ranks: 1, 2, 2, 4 ×6, 10 ×3.
		assertThat(edges).extracting((edge) -> edge.get("rank")).containsExactly(1, 2, 2, 4, 4, 4, 4, 4, 4, 10, 10, 10);
		assertThat(edges.get(0)).extractingByKey("node").asString().contains("성서일반산업단지");
		response.path("rankings.edges[0].measures.degreeByType[0].type").entity(String.class).isEqualTo("MEMBER_OF");
		response.path("rankings.edges[0].measures.outDegree").entity(Integer.class).isEqualTo(5);
		response.path("rankings.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
		// Every council of document 003 has a lead complex and at least one linked
		// complex.
		response.path("rankings.network.relationships")
			.entity(Integer.class)
			.satisfies((count) -> assertThat(count).isGreaterThanOrEqualTo(25 * 2));
	}

	@Test
	void entityMeasuresAgreeWithTheRankingAndAreNullOutsideTheProjection() {
		GraphQlTester.Response response = this.graphQl.documentName("entityMeasures")
			.variable("key", "complex:changwon-national")
			.execute();
		response.path("entity.councils.degree").entity(Integer.class).isEqualTo(4);
		response.path("entity.councils.degreeByType").entityList(MAP).hasSize(1);
		response.path("entity.whole.degree")
			.entity(Integer.class)
			.satisfies((degree) -> assertThat(degree).isGreaterThan(4));
		response.path("entity.asPlanned").valueIsNull();
	}

	@Test
	void brokersAreHubsAndLeavesBrokerNothing() {
		GraphQlTester.Response response = this.graphQl.documentName("brokerRankings").variable("first", 10).execute();
		List<Map<String, Object>> edges = response.path("rankings.edges").entityList(MAP).get();
		assertThat(edges).hasSize(10);
		for (Map<String, Object> edge : edges) {
			Map<String, Object> measures = map(edge, "measures");
			assertThat(((Number) measures.get("betweenness")).doubleValue()).isPositive();
			// Betweenness of the top entities beats any entity with a single relationship
			// (always 0).
			assertThat((Integer) measures.get("degree")).isGreaterThan(1);
			assertThat((Integer) measures.get("degree")).isEqualTo(map(edge, "node").get("degree"));
		}
		// Daejeon's city government and its region tie the master plan (document 001, the
		// largest) to the
		// MOU of document 000 and to the rest of the country: they must be among the
		// brokers.
		assertThat(edges).extracting(MeasuresIT::id).contains("org:daejeon-city", "region:daejeon");
		List<Double> values = edges.stream().map((edge) -> ((Number) edge.get("value")).doubleValue()).toList();
		assertThat(values).isSortedAccordingTo((a, b) -> Double.compare(b, a));
		System.out.println("Highest betweenness on the seed: "
				+ edges.stream().map((edge) -> id(edge) + "=" + edge.get("value")).toList());
		response.path("rankings.network.communities")
			.entity(Integer.class)
			.satisfies((count) -> assertThat(count).isGreaterThan(1));
		response.path("rankings.network.modularity")
			.entity(Double.class)
			.satisfies((q) -> assertThat(q).isBetween(0.3, 1.0));
	}

	@Test
	void measuresOfAPageCostTheSameStatementsWhateverItsLength() {
		long few = statementsFor(3);
		long many = statementsFor(30);
		// entities: count and page (2); each projection's structure: entities and
		// relationships (2 x 2).
		assertThat(many).isEqualTo(few).isLessThanOrEqualTo(6);
	}

	private long statementsFor(int first) {
		long before = this.reads.statementCount();
		this.graphQl.documentName("entitiesWithMeasures")
			.variable("first", first)
			.execute()
			.path("entities.nodes")
			.entityList(MAP)
			.hasSize(first);
		return this.reads.statementCount() - before;
	}

	@Test
	void measuresFollowAnEditAtOnce() {
		String fingerprint = fingerprint();
		String id = "rel:complex:sacheon-general>MEMBER_OF>council:003-01-display#measures-test";
		try {
			this.client.query("""
					MATCH (a:Entity {id: 'complex:sacheon-general'}), (b:Entity {id: 'council:003-01-display'})
					CREATE (a)-[:MEMBER_OF {id: $id, role: 'linked', origin: 'test'}]->(b)
					""").bind(id).to("id").run();
			assertThat(fingerprint()).isNotEqualTo(fingerprint);
			this.graphQl.documentName("entityMeasures")
				.variable("key", "complex:sacheon-general")
				.execute()
				.path("entity.councils.degree")
				.entity(Integer.class)
				.isEqualTo(2);
		}
		finally {
			this.client.query("MATCH ()-[r {id: $id}]->() DELETE r").bind(id).to("id").run();
		}
		assertThat(fingerprint()).isEqualTo(fingerprint);
	}

	private String fingerprint() {
		return this.graphQl.documentName("councilRankings")
			.variable("first", 1)
			.execute()
			.path("rankings.network.fingerprint")
			.entity(String.class)
			.get();
	}

	private static String id(Map<String, Object> edge) {
		return (String) map(edge, "node").get("id");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Map<String, Object> edge, String key) {
		return (Map<String, Object>) edge.get(key);
	}

}
