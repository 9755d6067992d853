package org.innograph.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.innograph.security.ApiTokens;
import org.innograph.security.Role;
import org.innograph.sources.SourceTexts;
import org.innograph.support.IntegrationTest;
import org.innograph.support.Proposals;
import org.innograph.support.TestDatabase;
import org.innograph.support.TestWrites;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innograph.support.Proposals.claim;
import static org.innograph.support.Proposals.find;

/**
 * Reviewing a document's proposals through the API: a candidate accepted becomes an
 * entity with its quote as evidence and a CREATE in history, a relationship to it can be
 * accepted only once the candidate is, a merged candidate makes the document's other
 * proposals name the entity, a rejected claim stays rejected when the document is
 * ingested again, a proposed date or amount becomes a fact of its entity once it has a
 * key, a refused review writes nothing, and nobody without an editor token sees or does
 * any of it.
 */
// Writes a source, proposals, entities and relationships to the shared database. Alone
// on it.
@ResourceLock(TestDatabase.LOCK)
@IntegrationTest
class ReviewIT {

	private static final String SOURCE = "doc:968";

	private static final String CENTER = "한밭우주항공융합센터";

	private static final String SHORT_NAME = "한밭우주융합센터";

	private static final String DOCUMENT = """
			한밭시 보도자료
			- %1$s는 대전에 위치한다.
			- %2$s는 대전에 위치한다.
			- 대전광역시는 한국항공우주연구원과 협력한다.
			""".formatted(CENTER, SHORT_NAME);

	private static final String INGEST = """
			mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { proposalsCreated } }""";

	private static final String ACCEPT = """
			mutation($input: AcceptProposalInput!) { acceptProposal(input: $input) {
			  proposal { status record } entity { id } relationship { id } } }""";

	private static final String ACCEPT_ALL = """
			mutation($ids: [ID!]!) { acceptProposals(ids: $ids) { accepted { proposal { id status } } } }""";

	private static final String REJECT = """
			mutation($input: RejectProposalInput!) { rejectProposal(input: $input) { proposal { status reason } } }""";

	private static final String MERGE = """
			mutation($input: MergeCandidateInput!) { mergeCandidate(input: $input) {
			  proposal { status record } entity { id aliases } } }""";

	private static final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	ApiTokens tokens;

	@Autowired
	Neo4jClient client;

	@Autowired
	SourceTexts texts;

	private String run;

	private HttpGraphQlTester editor;

	@BeforeEach
	void editor() {
		this.run = TestWrites.newRun("review");
		this.editor = this.graphQl.mutate()
			.header("Authorization", "Bearer " + this.tokens.create(this.run + "-editor", Role.EDITOR))
			.build();
	}

	@AfterEach
	void removeWhatTheTestWrote() throws Exception {
		TestWrites.delete(this.client, this.run);
		TestWrites.deleteIngested(this.client, this.texts, SOURCE);
	}

	@Test
	void editorsAcceptRejectAndMergeProposalsAndNobodyElse() {
		Map<String, Object> ingest = Map.of("id", SOURCE, "title", "한밭 우주항공 센터", "publisher", "대전광역시", "published",
				"2023-10-19", "text", DOCUMENT);
		assertThat(this.editor.document(INGEST)
			.variable("input", ingest)
			.execute()
			.path("ingestDocument.proposalsCreated")
			.entity(Integer.class)
			.get()).isPositive();
		List<Map<String, Object>> proposed = Proposals.list(this.editor, SOURCE, "PROPOSED");
		Map<String, Object> center = find(proposed, "ENTITY", (claim) -> CENTER.equals(claim.get("name")));
		Map<String, Object> shortName = find(proposed, "ENTITY", (claim) -> SHORT_NAME.equals(claim.get("name")));
		Map<String, Object> located = find(proposed, "RELATIONSHIP",
				(claim) -> "LOCATED_IN".equals(claim.get("type")) && ("new:" + CENTER).equals(end(claim, "from")));
		Map<String, Object> known = find(proposed, "RELATIONSHIP",
				(claim) -> !end(claim, "from").startsWith("new:") && !end(claim, "to").startsWith("new:"));
		assertThat(located).containsEntry("basis", "STATED").containsEntry("locator", "L2");
		assertThat((String) located.get("quote")).contains(CENTER);
		this.editor.document(Proposals.QUERY)
			.variable("source", SOURCE)
			.variable("first", 1)
			.execute()
			.path("proposals.pageInfo.hasNextPage")
			.entity(Boolean.class)
			.isEqualTo(true);
		// The kind filter keeps the candidates, all of them, and only them.
		List<String> candidates = this.editor.document("""
				query($source: ID!) { proposals(source: $source, kind: ENTITY, first: 100) { nodes { id } } }""")
			.variable("source", SOURCE)
			.execute()
			.path("proposals.nodes[*].id")
			.entityList(String.class)
			.get();
		assertThat(candidates).containsExactlyElementsOf(proposed.stream()
			.filter((p) -> "ENTITY".equals(p.get("kind")))
			.map((p) -> (String) p.get("id"))
			.toList());

		// Nobody without an editor token lists or reviews anything.
		assertCode(this.graphQl.document(Proposals.QUERY).variable("source", SOURCE).execute(), "UNAUTHENTICATED");
		assertCode(this.graphQl.document(ACCEPT).variable("input", Map.of("id", located.get("id"))).execute(),
				"UNAUTHENTICATED");
		assertCode(this.graphQl.document(ACCEPT_ALL).variable("ids", List.of(located.get("id"))).execute(),
				"UNAUTHENTICATED");
		assertCode(this.graphQl.document(REJECT)
			.variable("input", Map.of("id", known.get("id"), "reason", "no"))
			.execute(), "UNAUTHENTICATED");
		assertCode(this.graphQl.document(MERGE)
			.variable("input", Map.of("id", shortName.get("id"), "into", "org:kari"))
			.execute(), "UNAUTHENTICATED");

		// A relationship to a candidate nobody accepted is refused, and writes nothing.
		assertCode(this.editor.document(ACCEPT).variable("input", Map.of("id", located.get("id"))).execute(),
				"CONFLICT");
		assertThat(writtenByRun()).isZero();

		// A bulk of 101 ids is refused before any work: none of them exists, and the
		// answer is about the count.
		List<String> tooMany = new ArrayList<>();
		for (int i = 0; i < 101; i++) {
			tooMany.add("proposal:%020x".formatted(i));
		}
		this.editor.document(ACCEPT_ALL)
			.variable("ids", tooMany)
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getExtensions()).containsEntry("code", "BAD_REQUEST");
				assertThat(error.getMessage()).contains("at most 100");
			}));

		// The candidate accepted: an entity with the document's quote as evidence.
		String entityId = "org:" + this.run + "-center";
		this.editor.document(ACCEPT)
			.variable("input", Map.of("id", center.get("id"), "entityId", entityId))
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getExtensions()).containsEntry("code", "BAD_REQUEST");
				assertThat(error.getMessage()).contains("nameEn");
			}));
		assertThat(writtenByRun()).isZero();
		GraphQlTester.Response accepted = this.editor.document(ACCEPT)
			.variable("input",
					Map.of("id", center.get("id"), "entityId", entityId, "nameEn", "Hanbat Aerospace Center"))
			.execute();
		accepted.path("acceptProposal.proposal.status").entity(String.class).isEqualTo("ACCEPTED");
		accepted.path("acceptProposal.proposal.record").entity(String.class).isEqualTo(entityId);
		accepted.path("acceptProposal.entity.id").entity(String.class).isEqualTo(entityId);
		assertCode(this.editor.document(ACCEPT)
			.variable("input", Map.of("id", center.get("id"), "entityId", entityId + "-again", "nameEn", "Again"))
			.execute(), "CONFLICT");

		// All or nothing: the relationship (now naming the accepted entity) and a
		// candidate a bulk cannot accept; the relationship is not written.
		assertCode(this.editor.document(ACCEPT_ALL)
			.variable("ids", List.of(located.get("id"), shortName.get("id")))
			.execute(), "BAD_REQUEST");
		assertThat(status(located.get("id"))).isEqualTo("PROPOSED");
		assertThat(relationshipsFrom(entityId)).isZero();

		this.editor.document(ACCEPT_ALL)
			.variable("ids", List.of(located.get("id")))
			.execute()
			.path("acceptProposals.accepted[0].proposal.status")
			.entity(String.class)
			.isEqualTo("ACCEPTED");
		assertThat(relationshipsFrom(entityId)).isEqualTo(1);

		// The other candidate is the same centre: merged, its name an alias.
		GraphQlTester.Response merged = this.editor.document(MERGE)
			.variable("input", Map.of("id", shortName.get("id"), "into", entityId, "addAlias", true))
			.execute();
		merged.path("mergeCandidate.proposal.status").entity(String.class).isEqualTo("MERGED");
		merged.path("mergeCandidate.proposal.record").entity(String.class).isEqualTo(entityId);
		merged.path("mergeCandidate.entity.aliases").entityList(String.class).contains(SHORT_NAME);
		// The merge is in the proposal's history: what it names now.
		GraphQlTester.Response mergeHistory = history(shortName.get("id"));
		mergeHistory.path("history.nodes[0].action").entity(String.class).isEqualTo("MERGE");
		mergeHistory.path("history.nodes[0].targetKind").entity(String.class).isEqualTo("PROPOSAL");
		mergeHistory.path("history.nodes[0].actor").entity(String.class).isEqualTo("token:" + this.run + "-editor");
		mergeHistory.path("history.nodes[0].before.fields[?(@.name == 'status')].value")
			.entityList(String.class)
			.containsExactly("PROPOSED");
		mergeHistory.path("history.nodes[0].after.fields[?(@.name == 'record')].value")
			.entityList(String.class)
			.containsExactly(entityId);
		Map<String, Object> shortLocated = find(Proposals.list(this.editor, SOURCE, "PROPOSED"), "RELATIONSHIP",
				(claim) -> "LOCATED_IN".equals(claim.get("type")) && entityId.equals(end(claim, "from")));
		assertThat(shortLocated).containsEntry("locator", "L3");
		// It says what L2 said: as proposed it is refused (the relationship exists); a
		// correction is applied before the checks, and the proposal is CORRECTED.
		assertCode(this.editor.document(ACCEPT).variable("input", Map.of("id", shortLocated.get("id"))).execute(),
				"CONFLICT");
		GraphQlTester.Response corrected = this.editor.document(ACCEPT)
			.variable("input", Map.of("id", shortLocated.get("id"), "key", "short-name"))
			.execute();
		corrected.path("acceptProposal.proposal.status").entity(String.class).isEqualTo("CORRECTED");
		corrected.path("acceptProposal.relationship.id")
			.entity(String.class)
			.satisfies((id) -> assertThat(id).endsWith("short-name"));
		assertThat(relationshipsFrom(entityId)).isEqualTo(2);

		// Bad review input answers BAD_REQUEST and writes nothing.
		assertCode(this.editor.document(ACCEPT).variable("input", Map.of("id", "proposal:x")).execute(), "BAD_REQUEST");
		assertCode(
				this.editor.document(REJECT).variable("input", Map.of("id", known.get("id"), "reason", " ")).execute(),
				"BAD_REQUEST");
		assertCode(this.editor.document(MERGE)
			.variable("input", Map.of("id", known.get("id"), "into", entityId))
			.execute(), "BAD_REQUEST");
		assertCode(this.editor.document(ACCEPT_ALL).variable("ids", List.of()).execute(), "BAD_REQUEST");
		assertCode(this.editor.document(ACCEPT)
			.variable("input", Map.of("id", known.get("id"), "nameEn", "Cooperation"))
			.execute(), "BAD_REQUEST");
		assertThat(status(known.get("id"))).isEqualTo("PROPOSED");
		// A refused review leaves no history either.
		history(known.get("id")).path("history.nodes").entityList(Object.class).hasSize(0);

		// The claim about two known entities rejected, with its reason, in history.
		this.editor.document(REJECT)
			.variable("input", Map.of("id", known.get("id"), "reason", "협력 is not said of these two"))
			.execute()
			.path("rejectProposal.proposal.status")
			.entity(String.class)
			.isEqualTo("REJECTED");
		GraphQlTester.Response rejectHistory = history(known.get("id"));
		rejectHistory.path("history.nodes[*].action").entityList(String.class).containsExactly("REJECT");
		rejectHistory.path("history.nodes[0].after.fields[?(@.name == 'reason')].value")
			.entityList(String.class)
			.containsExactly("협력 is not said of these two");
		rejectHistory.path("history.nodes[0].after.fields[?(@.name == 'status')].value")
			.entityList(String.class)
			.containsExactly("REJECTED");

		// The public graph: the entity and relationship with their evidence, history.
		GraphQlTester.Response entity = this.graphQl.document("""
				query($key: String!) { entity(key: $key) { id aliases evidence { quote locator source { id } }
				  relationships { nodes { id basis evidence { quote locator source { id } } } } } }""")
			.variable("key", entityId)
			.execute();
		entity.path("entity.evidence[0].quote").entity(String.class).isEqualTo(center.get("quote"));
		entity.path("entity.evidence[0].locator").entity(String.class).isEqualTo(center.get("locator"));
		entity.path("entity.evidence[0].source.id").entity(String.class).isEqualTo(SOURCE);
		entity.path("entity.relationships.nodes[0].basis").entity(String.class).isEqualTo("STATED");
		entity.path("entity.relationships.nodes[0].evidence[0].locator").entity(String.class).isEqualTo("L2");
		entity.path("entity.relationships.nodes[0].evidence[0].quote")
			.entity(String.class)
			.isEqualTo(located.get("quote"));
		this.editor.document("query($id: ID!) { history(id: $id) { nodes { action actor } } }")
			.variable("id", entityId)
			.execute()
			.path("history.nodes[*].action")
			.entityList(String.class)
			.contains("CREATE", "UPDATE");

		// Ingested again: the rejected claim is not proposed anew.
		this.editor.document(INGEST).variable("input", ingest).execute().path("ingestDocument").hasValue();
		assertThat(status(known.get("id"))).isEqualTo("REJECTED");
		assertThat(Proposals.list(this.editor, SOURCE, "PROPOSED")).noneMatch(
				(p) -> p.get("claim").equals(known.get("claim")) && p.get("locator").equals(known.get("locator")));
		assertThat(Proposals.list(this.editor, SOURCE, "REJECTED")).singleElement()
			.satisfies((p) -> assertThat(p).containsEntry("id", known.get("id"))
				.containsEntry("reason", "협력 is not said of these two")
				.containsEntry("reviewedBy", "token:" + this.run + "-editor"));
		// Read with the accepted entity known, L2's claim is another claim (another id),
		// but the relationship it claims is recorded from this document: not proposed
		// again.
		assertThat(Proposals.list(this.editor, SOURCE, "PROPOSED"))
			.noneMatch((p) -> "RELATIONSHIP".equals(p.get("kind")) && "LOCATED_IN".equals(claim(p).get("type"))
					&& entityId.equals(end(claim(p), "from")));
	}

	/** A line with a date and an amount about a candidate the review accepts first. */
	private static final String FACTS_DOCUMENT = """
			한밭시 보도자료
			- %1$s는 2023년 10월 국비 245억 원을 확보했다.
			""".formatted(CENTER);

	private static final String ACCEPT_FACT = """
			mutation($input: AcceptProposalInput!) { acceptProposal(input: $input) {
			  proposal { status record } fact { id key number unit won value date { text precision } basis } } }""";

	@Test
	void editorsAcceptProposedDatesAndAmountsAsFactsWithAKey() {
		Map<String, Object> ingest = Map.of("id", SOURCE, "title", "한밭 우주항공 센터 예산", "publisher", "대전광역시", "published",
				"2023-10-19", "text", FACTS_DOCUMENT);
		this.editor.document(INGEST).variable("input", ingest).execute().path("ingestDocument").hasValue();
		List<Map<String, Object>> proposed = Proposals.list(this.editor, SOURCE, "PROPOSED");
		Map<String, Object> center = find(proposed, "ENTITY", (claim) -> CENTER.equals(claim.get("name")));
		Map<String, Object> date = find(proposed, "FACT", (claim) -> "2023-10".equals(claim.get("date")));
		Map<String, Object> amount = find(proposed, "FACT", (claim) -> "budgetNational".equals(claim.get("key")));
		assertThat(claim(amount)).containsEntry("subject", "new:" + CENTER).containsEntry("unit", "억 원");

		// Nobody without an editor token accepts a fact; a fact about a candidate nobody
		// accepted is refused; neither writes anything.
		assertCode(this.graphQl.document(ACCEPT_FACT).variable("input", Map.of("id", amount.get("id"))).execute(),
				"UNAUTHENTICATED");
		assertCode(this.editor.document(ACCEPT_FACT).variable("input", Map.of("id", amount.get("id"))).execute(),
				"CONFLICT");
		assertThat(writtenByRun()).isZero();

		String entityId = "org:" + this.run + "-center";
		this.editor.document(ACCEPT)
			.variable("input",
					Map.of("id", center.get("id"), "entityId", entityId, "nameEn", "Hanbat Aerospace Center"))
			.execute()
			.path("acceptProposal.proposal.status")
			.entity(String.class)
			.isEqualTo("ACCEPTED");
		long changesAfterEntity = writtenByRun();

		// A date needs a key: none, or one that is no fact key, is BAD_REQUEST naming
		// factKey, and nothing is written; nor is a correction meant for a relationship.
		for (Map<String, Object> input : List.of(Map.<String, Object>of("id", date.get("id")),
				Map.<String, Object>of("id", date.get("id"), "factKey", "whenItHappened"),
				Map.<String, Object>of("id", date.get("id"), "factKey", "milestone", "type", "LOCATED_IN"))) {
			this.editor.document(ACCEPT_FACT)
				.variable("input", input)
				.execute()
				.errors()
				.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
					assertThat(error.getExtensions()).containsEntry("code", "BAD_REQUEST");
					assertThat(error.getExtensions().get("fieldErrors")).asString()
						.contains(input.containsKey("type") ? "type" : "factKey");
				}));
		}
		assertThat(factsOf(entityId)).isZero();
		assertThat(writtenByRun()).isEqualTo(changesAfterEntity);
		assertThat(version(entityId)).isEqualTo(1);
		assertThat(status(date.get("id"))).isEqualTo("PROPOSED");

		// The amount, as proposed (its key guessed from 국비), now on the accepted entity.
		GraphQlTester.Response accepted = this.editor.document(ACCEPT_FACT)
			.variable("input", Map.of("id", amount.get("id")))
			.execute();
		accepted.path("acceptProposal.proposal.status").entity(String.class).isEqualTo("ACCEPTED");
		accepted.path("acceptProposal.proposal.record").entity(String.class).isEqualTo(entityId + "#budgetNational");
		accepted.path("acceptProposal.fact.id").entity(String.class).isEqualTo(entityId + "#budgetNational");
		accepted.path("acceptProposal.fact.number").entity(Double.class).isEqualTo(245.0);
		accepted.path("acceptProposal.fact.unit").entity(String.class).isEqualTo("억 원");
		accepted.path("acceptProposal.fact.won").entity(Double.class).isEqualTo(24_500_000_000.0);
		accepted.path("acceptProposal.fact.basis").entity(String.class).isEqualTo("STATED");
		assertThat(version(entityId)).isEqualTo(2);

		// The same key again is a CONFLICT: the fact is not overwritten, nothing written.
		assertCode(this.editor.document(ACCEPT_FACT)
			.variable("input", Map.of("id", date.get("id"), "factKey", "budgetNational"))
			.execute(), "CONFLICT");
		assertThat(factsOf(entityId)).isEqualTo(1);
		assertThat(version(entityId)).isEqualTo(2);
		assertThat(status(date.get("id"))).isEqualTo("PROPOSED");

		// The date with its key: the words as written are its value, the date its date.
		GraphQlTester.Response dated = this.editor.document(ACCEPT_FACT)
			.variable("input", Map.of("id", date.get("id"), "factKey", "milestone"))
			.execute();
		dated.path("acceptProposal.proposal.status").entity(String.class).isEqualTo("ACCEPTED");
		dated.path("acceptProposal.fact.id").entity(String.class).isEqualTo(entityId + "#milestone");
		dated.path("acceptProposal.fact.date.text").entity(String.class).isEqualTo("2023-10");
		dated.path("acceptProposal.fact.date.precision").entity(String.class).isEqualTo("MONTH");
		dated.path("acceptProposal.fact.value").entity(String.class).isEqualTo("2023년 10월");

		// Public, with the document's quote and line as evidence.
		GraphQlTester.Response facts = this.graphQl.document(
				"""
						query($key: String!) { entity(key: $key) { facts { id key evidence { quote locator source { id } } } } }""")
			.variable("key", entityId)
			.execute();
		assertThat(facts.path("entity.facts[*].key").entityList(String.class).get())
			.containsExactlyInAnyOrder("budgetNational", "milestone");
		facts.path("entity.facts[*].evidence[*].quote")
			.entityList(String.class)
			.containsExactly(amount.get("quote").toString(), date.get("quote").toString());
		assertThat(facts.path("entity.facts[*].evidence[*].locator").entityList(String.class).get()).hasSize(2)
			.containsOnly("L2");
		assertThat(facts.path("entity.facts[*].evidence[*].source.id").entityList(String.class).get()).hasSize(2)
			.containsOnly(SOURCE);

		// In the entity's history: each fact created, under the entity.
		GraphQlTester.Response history = history(entityId);
		history.path("history.nodes[?(@.targetKind == 'FACT')].action")
			.entityList(String.class)
			.containsExactly("CREATE", "CREATE");
		history.path("history.nodes[?(@.targetKind == 'FACT')].after.fields[?(@.name == 'key')].value")
			.entityList(String.class)
			.containsExactly("milestone", "budgetNational");

		// Ingested again, the line is read about the accepted entity (other claims, other
		// ids), but the date and the amount are recorded from this document: neither is
		// proposed again.
		this.editor.document(INGEST).variable("input", ingest).execute().path("ingestDocument").hasValue();
		assertThat(Proposals.list(this.editor, SOURCE, "PROPOSED")).noneMatch((p) -> "FACT".equals(p.get("kind")));
	}

	private GraphQlTester.Response history(Object id) {
		return this.editor.document("""
				query($id: ID!) { history(id: $id) { nodes { action actor targetKind
				  before { fields { name value } } after { fields { name value } } } } }""")
			.variable("id", id)
			.execute();
	}

	private static String end(Map<String, Object> claim, String side) {
		return (String) ((Map<?, ?>) claim.get(side)).get("key");
	}

	private static void assertCode(GraphQlTester.Response response, String code) {
		response.errors()
			.satisfy((errors) -> assertThat(errors).isNotEmpty()
				.allSatisfy((error) -> assertThat(error.getExtensions()).containsEntry("code", code)));
	}

	private String status(Object id) {
		return this.client.query("MATCH (p:Proposal {id: $id}) RETURN p.status")
			.bind(id)
			.to("id")
			.fetchAs(String.class)
			.one()
			.orElseThrow();
	}

	private long writtenByRun() {
		return this.client.query("""
				OPTIONAL MATCH (n:Entity) WHERE n.id CONTAINS $run WITH count(n) AS entities
				OPTIONAL MATCH (c:Change) WHERE c.targetId CONTAINS $run
				WITH entities, count(c) AS changes
				RETURN entities + changes""").bind(this.run).to("run").fetchAs(Long.class).one().orElseThrow();
	}

	private long factsOf(String id) {
		return this.client.query("MATCH (:Entity {id: $id})-[:HAS_FACT]->(f:Fact) RETURN count(f)")
			.bind(id)
			.to("id")
			.fetchAs(Long.class)
			.one()
			.orElseThrow();
	}

	private long version(String id) {
		return this.client.query("MATCH (n:Entity {id: $id}) RETURN n.version")
			.bind(id)
			.to("id")
			.fetchAs(Long.class)
			.one()
			.orElseThrow();
	}

	private long relationshipsFrom(String id) {
		return this.client.query("MATCH (:Entity {id: $id})-[r]->() RETURN count(r)")
			.bind(id)
			.to("id")
			.fetchAs(Long.class)
			.one()
			.orElseThrow();
	}

}
