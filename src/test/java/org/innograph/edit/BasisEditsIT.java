package org.innograph.edit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.innograph.support.GraphSnapshot;
import org.innograph.support.EditorRun;
import org.innograph.support.IntegrationTest;
import org.innograph.support.TestDatabase;
import org.innograph.support.RecordInputs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.ResourceLock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Edits carry a basis by the seed's rules, and what is written answers by the tiers: a
 * planned link is PLANNED, an inferred one INFERRED, a shared agreement SHARED, a link on
 * the government of a region counts for the region. statedOn follows the earliest quote,
 * and a person's role ends where a successor's starts. Every record has this run's prefix
 * and is deleted after.
 */
// Writes to the shared database. Alone on it.
@ResourceLock(TestDatabase.LOCK)
@IntegrationTest
class BasisEditsIT {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Neo4jClient client;

	@RegisterExtension
	final EditorRun writes = new EditorRun();

	@Test
	void aBasisThatContradictsTheRecordIsRefusedAndNothingIsWritten() {
		GraphSnapshot before = GraphSnapshot.take(this.client);
		Map<String, Object> inferred = link("COOPERATES_WITH", id("org", "a"), id("org", "b"), "INFERRED", "doc:001",
				"L656");
		Map<String, Object> planned = link("PARTNER_OF", id("org", "a"), id("org", "b"), "PLANNED", "doc:001", "L1300");
		planned.put("status", "SIGNED");
		Map<String, Object> none = link("SUPPORTS", id("org", "a"), id("org", "b"), "STATED", "doc:001", "L1");
		none.remove("basis");
		var errors = create(List.of(entity("org", "a"), entity("org", "b")), List.of(inferred, planned)).errors();
		errors.satisfy((list) -> {
			assertThat(list).singleElement().satisfies((error) -> {
				assertThat(error.getExtensions()).containsEntry("code", "BAD_REQUEST");
				assertThat(fields(error)).containsExactlyInAnyOrder("relationships[0].note", "relationships[1].basis");
			});
		});
		// Without a basis the input does not even match the schema.
		create(List.of(entity("org", "a"), entity("org", "b")), List.of(none)).errors()
			.satisfy((list) -> assertThat(list).isNotEmpty());
		assertThat(GraphSnapshot.take(this.client)).isEqualTo(before);
	}

	@Test
	void writtenLinksAnswerByTheirTier() {
		String a = id("org", "a");
		String region = id("region", "r");
		String government = id("org", "gov");
		String agreement = id("agreement", "mou");
		Map<String, Object> inferredLink = link("COOPERATES_WITH", a, id("org", "c"), "INFERRED", "doc:001", "L700");
		inferredLink.put("note",
				"Both are named in one sentence about the cluster; the text does not say they cooperate.");
		Map<String, Object> governs = link("GOVERNS", government, region, "STATED", "doc:000", "L3");
		Map<String, Object> partyA = link("PARTY_TO", a, agreement, "STATED", "doc:000", "L42");
		Map<String, Object> partyD = link("PARTY_TO", id("org", "d"), agreement, "STATED", "doc:000", "L42");
		Map<String, Object> agreementEntity = entity("agreement", "mou");
		agreementEntity.put("type", "mou");
		create(List.of(entity("org", "a"), entity("org", "b"), entity("org", "c"), entity("org", "d"),
				entity("org", "gov"), entity("region", "r"), agreementEntity),
				List.of(link("COOPERATES_WITH", a, id("org", "b"), "PLANNED", "doc:001", "L656"), inferredLink, governs,
						partyA, partyD, link("PARTNER_OF", id("org", "d"), government, "STATED", "doc:000", "L9")))
			.errors()
			.verify();

		var planned = partnership(a, id("org", "b"));
		planned.path("partnership.verdict").entity(String.class).isEqualTo("PLANNED");
		planned.path("partnership.documented").entity(Boolean.class).isEqualTo(false);
		planned.path("partnership.summary.en")
			.entity(String.class)
			.satisfies((summary) -> assertThat(summary).startsWith("The documents state no cooperation between")
				.endsWith("doc:001 (L656) calls for one."));
		partnership(a, id("org", "c")).path("partnership.verdict").entity(String.class).isEqualTo("INFERRED");
		var shared = partnership(a, id("org", "d"));
		shared.path("partnership.verdict").entity(String.class).isEqualTo("SHARED");
		shared.path("partnership.documented").entity(Boolean.class).isEqualTo(true);
		var viaGovernment = partnership(region, id("org", "d"));
		viaGovernment.path("partnership.verdict").entity(String.class).isEqualTo("DIRECT");
		viaGovernment.path("partnership.aCounterparts[*].id").entityList(String.class).containsExactly(government);
		viaGovernment.path("partnership.summary.en")
			.entity(String.class)
			.satisfies((summary) -> assertThat(summary).contains("The link is recorded on 시험 기관 " + government));
		partnership(a, id("org", "gov")).path("partnership.verdict").entity(String.class).isEqualTo("NONE");

		// Changing the status of the planned link to one that says it happened
		// contradicts its basis.
		String plannedId = "rel:" + a + ">COOPERATES_WITH>" + id("org", "b");
		this.writes.editor()
			.document("""
					mutation($in: UpdateRelationshipInput!) { updateRelationship(input: $in) { version } }""")
			.variable("in", Map.of("id", plannedId, "expectedVersion", 1, "status", "COMPLETED"))
			.execute()
			.errors()
			.satisfy((list) -> assertThat(list).singleElement()
				.satisfies((error) -> assertThat(fields(error)).containsExactly("basis")));
		this.writes.editor()
			.document(
					"""
							mutation($in: UpdateRelationshipInput!) { updateRelationship(input: $in) { relationship { basis status } } }""")
			.variable("in", Map.of("id", plannedId, "expectedVersion", 1, "status", "COMPLETED", "basis", "STATED"))
			.execute()
			.path("updateRelationship.relationship.basis")
			.entity(String.class)
			.isEqualTo("STATED");
		partnership(a, id("org", "b")).path("partnership.verdict").entity(String.class).isEqualTo("DIRECT");
	}

	@Test
	void statedOnFollowsTheEarliestQuoteAndARoleEndsWhereTheSuccessorsStarts() {
		String org = id("org", "a");
		String first = id("person", "first");
		String second = id("person", "second");
		Map<String, Object> firstRole = link("HEADS", first, org, "STATED", "doc:000", "L9");
		firstRole.put("role", "president");
		Map<String, Object> secondRole = link("HEADS", second, org, "STATED", "doc:003", "L9");
		secondRole.put("role", "president");
		create(List.of(entity("org", "a"), entity("person", "first"), entity("person", "second")),
				List.of(firstRole, secondRole))
			.errors()
			.verify();
		String firstId = "rel:" + first + ">HEADS>" + org;
		assertThat(statedOn(firstId)).isEqualTo("2023-10-19");
		assertThat(heads(org, "2023-10-19")).containsExactly(first);
		assertThat(heads(org, "2025-01-16")).containsExactly(second);
		assertThat(heads(org, "2023-10")).isEmpty();

		// A quote from an earlier document (doc:004, 2021-09-30) moves the first role's
		// start earlier.
		addEvidence(firstId, "doc:004", "L5");
		assertThat(statedOn(firstId)).isEqualTo("2021-09-30");
		assertThat(heads(org, "2022")).containsExactly(first);
		// A later one (doc:001, 2023-05) changes nothing.
		addEvidence(firstId, "doc:001", "L1");
		assertThat(statedOn(firstId)).isEqualTo("2021-09-30");
	}

	// ------------------------------------------------------------------------------------------

	private String id(String prefix, String name) {
		return prefix + ":" + this.writes.run() + "-" + name;
	}

	private Map<String, Object> entity(String prefix, String name) {
		String kind = switch (prefix) {
			case "person" -> "PERSON";
			case "region" -> "REGION";
			case "agreement" -> "AGREEMENT";
			default -> "ORGANIZATION";
		};
		Map<String, Object> entity = RecordInputs.entity(id(prefix, name), kind);
		entity.remove("type");
		entity.put("name", Map.of("ko", "시험 기관 " + id(prefix, name), "en", "시험 기관 " + id(prefix, name)));
		return entity;
	}

	private static Map<String, Object> link(String type, String from, String to, String basis, String source,
			String locator) {
		Map<String, Object> link = EditingIT.mutable(Map.of("type", type, "from", from, "to", to, "basis", basis,
				"evidence", List.of(Map.of("source", source, "quote", "시험 인용 " + locator, "locator", locator))));
		return link;
	}

	private GraphQlTester.Response create(List<Map<String, Object>> entities, List<Map<String, Object>> relationships) {
		return this.writes.editor()
			.documentName("createRecords")
			.variable("input",
					Map.of("entities", new ArrayList<>(entities), "relationships", new ArrayList<>(relationships)))
			.execute();
	}

	private void addEvidence(String subject, String source, String locator) {
		this.writes.editor()
			.document("mutation($in: AddEvidenceInput!) { addEvidence(input: $in) { evidence { id } } }")
			.variable("in",
					Map.of("subject", subject, "source", source, "quote", "추가 인용 " + locator, "locator", locator))
			.execute()
			.errors()
			.verify();
	}

	private GraphQlTester.Response partnership(String a, String b) {
		return this.graphQl.documentName("partnership").variable("a", a).variable("b", b).execute();
	}

	private String statedOn(String relationshipId) {
		return this.graphQl
			.document("{ node(id: \"%s\") { ... on Relationship { statedOn { text } } } }".formatted(relationshipId))
			.execute()
			.path("node.statedOn.text")
			.entity(String.class)
			.get();
	}

	private List<String> heads(String org, String date) {
		return this.graphQl
			.document(
					"{ entity(key: \"%s\") { relationships(types: [HEADS], asOf: \"%s\") { nodes { from { id } } } } }"
						.formatted(org, date))
			.execute()
			.path("entity.relationships.nodes[*].from.id")
			.entityList(String.class)
			.get();
	}

	@SuppressWarnings("unchecked")
	private static List<String> fields(ResponseError error) {
		List<Map<String, Object>> fieldErrors = (List<Map<String, Object>>) error.getExtensions()
			.getOrDefault("fieldErrors", Collections.emptyList());
		return fieldErrors.stream().map((fieldError) -> (String) fieldError.get("field")).toList();
	}

}
