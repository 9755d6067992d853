package org.innograph.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

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
 * A list ordered by DEGREE follows the {@code degree} each entity shows: a retired link,
 * or a link to a retired entity, counts in neither. Entities of a type of their own: one
 * with three links of which two are then retired (one itself, one by retiring the entity
 * at its other end), one with four of which two are retired, one with two; on one page
 * and across pages, the order is that of the degrees, not of the links. Then the first
 * two pages over every entity, against the degrees worked out in the test: there only the
 * entities that can reach a page are given their degree.
 */
// Writes entities and links, then retires some, in the shared database. Alone on it.
@ResourceLock(TestDatabase.LOCK)
@IntegrationTest
class DegreeOrderIT {

	private static final String PAGE = """
			query($types: [String!], $first: Int, $after: String, $direction: OrderDirection) {
			  entities(types: $types, first: $first, after: $after, orderBy: DEGREE, direction: $direction) {
			    nodes { id degree } pageInfo { endCursor hasNextPage } } }""";

	private static final String EVERY = """
			query($first: Int, $after: String) {
			  entities(first: $first, after: $after, orderBy: DEGREE) { nodes { id } pageInfo { endCursor } } }""";

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Neo4jClient client;

	@RegisterExtension
	final EditorRun writes = new EditorRun();

	@Test
	void retiredLinksAndLinksToRetiredEntitiesDoNotRaiseAnEntityInTheOrder() {
		String many = "org:" + this.writes.run() + "-many";
		String few = "org:" + this.writes.run() + "-few";
		String tied = "org:" + this.writes.run() + "-tied";
		String partner = "org:" + this.writes.run() + "-partner";
		this.writes.editor()
			.documentName("createRecords")
			.variable("input", Map.of("entities", List.of(entity(many), entity(few), entity(tied), entity(partner)),
					"relationships",
					List.of(link("LOCATED_IN", many, "region:daejeon"), link("FOCUSES_ON", many, "sector:space"),
							link("COOPERATES_WITH", many, partner), link("LOCATED_IN", few, "region:daejeon"),
							link("FOCUSES_ON", few, "sector:space"), link("LOCATED_IN", tied, "region:daejeon"),
							link("FOCUSES_ON", tied, "sector:space"), link("LOCATED_IN", tied, "region:gyeongnam"),
							link("FOCUSES_ON", tied, "sector:bio-health"))))
			.execute()
			.errors()
			.verify();
		// Before any retirement: by the number of links.
		assertThat(ids(page(null, 10, null))).containsExactly(tied, many, few, partner);

		retireLink("rel:" + many + ">LOCATED_IN>region:daejeon");
		retireLink("rel:" + tied + ">LOCATED_IN>region:gyeongnam");
		retireLink("rel:" + tied + ">FOCUSES_ON>sector:bio-health");
		this.writes.editor()
			.documentName("retireEntity")
			.variable("input", Map.of("id", partner, "expectedVersion", 1, "reason", "duplicate record"))
			.execute()
			.errors()
			.verify();

		// Degrees now: few 2, tied 2 (four links, two retired), many 1; equal names, so
		// few before tied by id.
		GraphQlTester.Response all = page(null, 10, null);
		assertThat(ids(all)).containsExactly(few, tied, many);
		assertThat(degrees(all)).containsExactly(2, 2, 1);
		assertThat(ids(page("ASC", 10, null))).containsExactly(many, few, tied);

		// A page of one: the entity with the most links (tied) has degree 2, and few,
		// with two links and degree 2, still comes before it. Then the cursor resumes in
		// the same order.
		GraphQlTester.Response first = page(null, 1, null);
		assertThat(ids(first)).containsExactly(few);
		String cursor = first.path("entities.pageInfo.endCursor").entity(String.class).get();
		GraphQlTester.Response second = page(null, 1, cursor);
		assertThat(ids(second)).containsExactly(tied);
		cursor = second.path("entities.pageInfo.endCursor").entity(String.class).get();
		GraphQlTester.Response third = page(null, 1, cursor);
		assertThat(ids(third)).containsExactly(many);
		third.path("entities.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);

		// Over every entity (the seed's and these), where only some are given their
		// degree: the first two pages are those of every entity's degree.
		List<String> expected = everyEntityByDegree();
		GraphQlTester.Response top = this.graphQl.document(EVERY)
			.variable("first", 100)
			.variable("after", null)
			.execute();
		String next = top.path("entities.pageInfo.endCursor").entity(String.class).get();
		List<String> listed = new ArrayList<>(ids(top));
		listed.addAll(ids(this.graphQl.document(EVERY).variable("first", 100).variable("after", next).execute()));
		assertThat(listed).hasSize(200).isEqualTo(expected.subList(0, 200));
	}

	/**
	 * Every entity not retired by its links not retired to entities not retired, most
	 * first, then by Korean name and id: worked out here, one row per link.
	 */
	private List<String> everyEntityByDegree() {
		record Ranked(String id, String name, long degree) {
		}
		return this.client.query("""
				MATCH (n:Entity) WHERE coalesce(n.retired, false) = false
				OPTIONAL MATCH (n)-[r]-(o:Entity)
				  WHERE coalesce(r.retired, false) = false AND coalesce(o.retired, false) = false
				RETURN n.id AS id, n.nameKo AS name, count(r) AS degree""")
			.fetch()
			.all()
			.stream()
			.map((row) -> new Ranked((String) row.get("id"), (String) row.get("name"),
					((Number) row.get("degree")).longValue()))
			.sorted(Comparator.comparingLong(Ranked::degree)
				.reversed()
				.thenComparing(Ranked::name)
				.thenComparing(Ranked::id))
			.map(Ranked::id)
			.toList();
	}

	private void retireLink(String id) {
		this.writes.editor()
			.document("mutation($in: RetireInput!) { retireRelationship(input: $in) { version } }")
			.variable("in", Map.of("id", id, "expectedVersion", 1, "reason", "moved"))
			.execute()
			.errors()
			.verify();
	}

	private GraphQlTester.Response page(String direction, int first, String after) {
		return this.graphQl.document(PAGE)
			.variable("types", List.of(this.writes.run()))
			.variable("first", first)
			.variable("after", after)
			.variable("direction", direction)
			.execute();
	}

	private static List<String> ids(GraphQlTester.Response response) {
		return response.path("entities.nodes[*].id").entityList(String.class).get();
	}

	private static List<Integer> degrees(GraphQlTester.Response response) {
		return response.path("entities.nodes[*].degree").entityList(Integer.class).get();
	}

	private Map<String, Object> entity(String id) {
		return Map.of("id", id, "kind", "ORGANIZATION", "type", this.writes.run(), "name",
				Map.of("ko", "시험 기관", "en", "Test institute"), "evidence",
				List.of(Map.of("source", "doc:000", "quote", "②한국항공우주연구원(KARI)", "locator", "L42")));
	}

	private static Map<String, Object> link(String type, String from, String to) {
		return Map.of("type", type, "from", from, "to", to, "basis", "STATED", "evidence",
				List.of(Map.of("source", "doc:000", "quote", "②한국항공우주연구원(KARI)", "locator", "L42")));
	}

}
