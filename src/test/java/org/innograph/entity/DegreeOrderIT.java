package org.innograph.entity;

import java.util.List;
import java.util.Map;

import org.innograph.security.ApiTokens;
import org.innograph.security.Role;
import org.innograph.support.IntegrationTest;
import org.innograph.support.Prepared;
import org.innograph.support.TestDatabase;
import org.innograph.support.TestWrites;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A list ordered by DEGREE follows the {@code degree} each entity shows: a retired link,
 * or a link to a retired entity, counts in neither. Two entities of a type of their own:
 * one with three links of which two are then retired (one itself, one by retiring the
 * entity at its other end), one with two links; the second must come first, on one page
 * and across pages.
 */
// Writes entities and links, then retires some, in the shared database. Alone on it.
@ResourceLock(TestDatabase.LOCK)
@IntegrationTest
class DegreeOrderIT {

	private static final String PAGE = """
			query($types: [String!], $first: Int, $after: String, $direction: OrderDirection) {
			  entities(types: $types, first: $first, after: $after, orderBy: DEGREE, direction: $direction) {
			    nodes { id degree } pageInfo { endCursor hasNextPage } } }""";

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	ApiTokens tokens;

	@Autowired
	Neo4jClient client;

	@Autowired
	ApplicationContext context;

	private final String run = TestWrites.newRun("it");

	private GraphQlTester editor;

	@BeforeEach
	void editor() {
		Prepared.await(this.context);
		this.editor = this.graphQl.mutate()
			.header("Authorization", "Bearer " + this.tokens.create(this.run + "-editor", Role.EDITOR))
			.build();
	}

	@AfterEach
	void deleteWhatTheTestWrote() {
		TestWrites.delete(this.client, this.run);
	}

	@Test
	void retiredLinksAndLinksToRetiredEntitiesDoNotRaiseAnEntityInTheOrder() {
		String many = "org:" + this.run + "-many";
		String few = "org:" + this.run + "-few";
		String partner = "org:" + this.run + "-partner";
		this.editor.documentName("createRecords")
			.variable("input", Map.of("entities", List.of(entity(many), entity(few), entity(partner)), "relationships",
					List.of(link("LOCATED_IN", many, "region:daejeon"), link("FOCUSES_ON", many, "sector:space"),
							link("COOPERATES_WITH", many, partner), link("LOCATED_IN", few, "region:daejeon"),
							link("FOCUSES_ON", few, "sector:space"))))
			.execute()
			.errors()
			.verify();
		// Before any retirement the entity with three links leads.
		assertThat(ids(page(null, 10, null))).containsExactly(many, few, partner);

		this.editor.document("mutation($in: RetireInput!) { retireRelationship(input: $in) { version } }")
			.variable("in",
					Map.of("id", "rel:" + many + ">LOCATED_IN>region:daejeon", "expectedVersion", 1, "reason", "moved"))
			.execute()
			.errors()
			.verify();
		this.editor.documentName("retireEntity")
			.variable("input", Map.of("id", partner, "expectedVersion", 1, "reason", "duplicate record"))
			.execute()
			.errors()
			.verify();

		GraphQlTester.Response all = page(null, 10, null);
		assertThat(ids(all)).containsExactly(few, many);
		assertThat(degrees(all)).containsExactly(2, 1);
		assertThat(ids(page("ASC", 10, null))).containsExactly(many, few);

		// The cursor of the first page resumes in the same order.
		GraphQlTester.Response first = page(null, 1, null);
		assertThat(ids(first)).containsExactly(few);
		String cursor = first.path("entities.pageInfo.endCursor").entity(String.class).get();
		GraphQlTester.Response second = page(null, 1, cursor);
		assertThat(ids(second)).containsExactly(many);
		second.path("entities.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
	}

	private GraphQlTester.Response page(String direction, int first, String after) {
		return this.graphQl.document(PAGE)
			.variable("types", List.of(this.run))
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
		return Map.of("id", id, "kind", "ORGANIZATION", "type", this.run, "name",
				Map.of("ko", "시험 기관", "en", "Test institute"), "evidence",
				List.of(Map.of("source", "doc:000", "quote", "②한국항공우주연구원(KARI)", "locator", "L42")));
	}

	private static Map<String, Object> link(String type, String from, String to) {
		return Map.of("type", type, "from", from, "to", to, "basis", "STATED", "evidence",
				List.of(Map.of("source", "doc:000", "quote", "②한국항공우주연구원(KARI)", "locator", "L42")));
	}

}
