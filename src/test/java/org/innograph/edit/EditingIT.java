package org.innograph.edit;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.innograph.graph.SearchNames;
import org.innograph.security.ApiTokens;
import org.innograph.security.Role;
import org.innograph.store.GraphSchema;
import org.innograph.support.Prepared;
import org.innograph.support.GraphSnapshot;
import org.innograph.support.Http;
import org.innograph.support.IntegrationTest;
import org.innograph.support.RunningApp;
import org.innograph.support.TestWrites;
import org.innograph.support.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innograph.support.RecordInputs.entity;
import static org.innograph.support.RecordInputs.relationship;

/**
 * Writes through the GraphQL API: only with an editor credential, validated as a whole,
 * versioned, and recorded in history. Every record a test writes has an id with this
 * run's prefix and is deleted after.
 */
// Writes to the shared database. Alone on it.
@ResourceLock(TestDatabase.LOCK)
@IntegrationTest
class EditingIT {

	private static final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	ApiTokens tokens;

	@Autowired
	Neo4jClient client;

	@LocalServerPort
	int port;

	private final String run = TestWrites.newRun("it");

	private GraphQlTester editor;

	private String editorToken;

	@Autowired
	org.springframework.context.ApplicationContext context;

	@BeforeEach
	void editorToken() {
		Prepared.await(this.context);
		// Generous: the first requests of a run are slow on a busy machine.
		this.graphQl = this.graphQl.mutate()
			.webTestClient((client) -> client.responseTimeout(java.time.Duration.ofSeconds(60)))
			.build();
		this.editorToken = this.tokens.create(this.run + "-editor", Role.EDITOR);
		this.editor = this.graphQl.mutate().header("Authorization", "Bearer " + this.editorToken).build();
	}

	@AfterEach
	void deleteWhatTheTestWrote() {
		TestWrites.delete(this.client, this.run);
	}

	@Test
	void anEntityWrittenByAnEditIsFoundByTheWordsOfItsNamesAndByItsDescription() {
		String id = "org:" + this.run + "-words";
		Map<String, Object> input = entity(id, "ORGANIZATION");
		input.put("name", Map.of("ko", "퀘이사우주관측연구원", "en", "Quasar Space Observation Institute"));
		input.put("aliases", List.of("퀘이사연"));
		input.put("description", Map.of("ko", "초신성잔해 관측", "en", "Supernova remnant watch"));
		this.editor.documentName("createEntity").variable("input", input).execute().errors().verify();
		// The edit wrote the words of the names as the seed loader does (StoredRecords):
		// a particle after the short name, English words in another order.
		for (String text : List.of("퀘이사연의", "institute quasar", "퀘이사 우주 관측 연구원")) {
			var response = this.graphQl.documentName("search").variable("text", text).execute();
			response.path("search.edges[0].node.id").entity(String.class).isEqualTo(id);
			response.path("search.edges[0].match")
				.entity(String.class)
				.isEqualTo(text.contains(" 우주 ") ? "EXACT" : "WORD");
		}
		var response = this.graphQl.documentName("search").variable("text", "초신성잔해").execute();
		response.path("search.edges[0].node.id").entity(String.class).isEqualTo(id);
		response.path("search.edges[0].match").entity(String.class).isEqualTo("DESCRIPTION");
		response.path("search.edges[0].snippet").entity(String.class).isEqualTo("초신성잔해 관측");

		// An update rewrites the names the exact and prefix look-ups read: the new alias
		// is an exact match at once, the old one is gone.
		JsonNode updated = post("mutation($in: UpdateEntityInput!) { updateEntity(input: $in) { version } }",
				Map.of("in", Map.of("id", id, "expectedVersion", 1, "aliases", List.of("퀘이사관측원"))));
		assertThat(updated.at("/data/updateEntity/version").asInt()).as(updated.toString()).isEqualTo(2);
		var renamed = this.graphQl.documentName("search").variable("text", "퀘이사관측원").execute();
		renamed.path("search.edges[0].node.id").entity(String.class).isEqualTo(id);
		renamed.path("search.edges[0].match").entity(String.class).isEqualTo("EXACT");
		assertThat(this.client
			.query("CALL db.index.fulltext.queryNodes($index, '\"퀘이사연\" OR 퀘이사관*') YIELD node RETURN node.id")
			.bind(GraphSchema.NAME_KEYS_INDEX)
			.to("index")
			.fetchAs(String.class)
			.all()).containsExactly(id);
		// And the pieces the one- and two-character look-up reads, from the new names.
		assertThat(strings("MATCH (n:Entity {id: $id}) UNWIND n.nameGrams AS c RETURN c", id))
			.isEqualTo(SearchNames.grams(strings("MATCH (n:Entity {id: $id}) UNWIND n.names AS c RETURN c", id)))
			.contains("퀘", "관측", "q");
	}

	private List<String> strings(String query, String id) {
		return List.copyOf(this.client.query(query).bind(id).to("id").fetchAs(String.class).all());
	}

	@Test
	void anonymousAndUnderPrivilegedWritesAreRejectedAndChangeNothing() {
		GraphSnapshot before = GraphSnapshot.take(this.client);

		this.graphQl.documentName("createEntity")
			.variable("input", entity("org:" + this.run + "-anon", "ORGANIZATION"))
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(codes(errors)).containsExactly("UNAUTHENTICATED"));

		// An unknown or revoked token is refused at the door: HTTP 401, UNAUTHENTICATED,
		// nothing runs.
		HttpResponse<String> unknownToken = mutationWithToken("igt_" + "x"
			.repeat(43), "mutation { createEntity(input: {id: \"org:" + this.run + "-anon\", kind: ORGANIZATION, "
					+ "type: \"research-institute\", name: {ko: \"시험\", en: \"Test\"}, evidence: []}) { version } }");
		assertThat(unknownToken.statusCode()).isEqualTo(401);
		assertThat(Http.json(unknownToken).at("/errors/0/extensions/code").asString()).isEqualTo("UNAUTHENTICATED");

		this.tokens.revoke(this.run + "-editor");
		HttpResponse<String> revoked = mutationWithToken(this.editorToken,
				"mutation { createEntity(input: {id: \"org:" + this.run
						+ "-revoked\", kind: ORGANIZATION, type: \"research-institute\", name: {ko: \"시험\", "
						+ "en: \"Test\"}, evidence: []}) { version } }");
		assertThat(revoked.statusCode()).isEqualTo(401);
		assertThat(Http.json(revoked).at("/errors/0/extensions/code").asString()).isEqualTo("UNAUTHENTICATED");

		String editor2 = this.tokens.create(this.run + "-editor2", Role.EDITOR);
		this.graphQl.mutate()
			.header("Authorization", "Bearer " + editor2)
			.build()
			.documentName("addSource")
			.variable("input",
					Map.of("id", "doc:990", "documentId", "990_0123456789abcdef", "kind", "REPORT", "title",
							Map.of("ko", "시험", "en", "Test"), "publisher", Map.of("ko", "시험", "en", "Test"),
							"published", "2024"))
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(codes(errors)).containsExactly("FORBIDDEN"));

		this.graphQl.documentName("history")
			.variable("id", "org:kari")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(codes(errors)).containsExactly("UNAUTHENTICATED"));

		assertThat(GraphSnapshot.take(this.client)).isEqualTo(before);
		// Reads stay public.
		this.graphQl.document("{ entity(key: \"org:kari\") { id version } }")
			.execute()
			.path("entity.id")
			.entity(String.class)
			.isEqualTo("org:kari");
	}

	@Test
	void editorCreatesAnMouWithTwoPartiesAndEvidenceReadableAtOnce() {
		String mou = "agreement:" + this.run + "-mou";
		var created = this.editor.documentName("createRecords")
			.variable("input", mou(mou, "org:kari", "org:kasi"))
			.execute();
		created.path("createRecords.entities[0].id").entity(String.class).isEqualTo(mou);
		created.path("createRecords.entities[0].version").entity(Integer.class).isEqualTo(1);
		created.path("createRecords.relationships[*].id")
			.entityList(String.class)
			.containsExactly("rel:org:kari>PARTY_TO>" + mou, "rel:org:kasi>PARTY_TO>" + mou);

		var read = this.graphQl.documentName("agreementWithParties").variable("key", mou).execute();
		read.path("entity.name.ko").entity(String.class).isEqualTo("시험 업무협약");
		read.path("entity.date.text").entity(String.class).isEqualTo("2024-05");
		read.path("entity.date.precision").entity(String.class).isEqualTo("MONTH");
		read.path("entity.relationships.totalCount").entity(Integer.class).isEqualTo(2);
		assertThat(read.path("entity.relationships.nodes[*].from.id").entityList(String.class).get())
			.containsExactlyInAnyOrder("org:kari", "org:kasi");
		read.path("entity.relationships.nodes[0].evidence[0].source.id").entity(String.class).isEqualTo("doc:000");
		read.path("entity.relationships.nodes[0].evidence[0].locator").entity(String.class).isEqualTo("L42");

		var history = this.editor.documentName("history").variable("id", mou).execute();
		history.path("history.nodes[*].action").entityList(String.class).containsExactly("CREATE");
		history.path("history.nodes[0].targetKind").entity(String.class).isEqualTo("AGREEMENT");
		history.path("history.nodes[0].id")
			.entity(String.class)
			.satisfies((id) -> assertThat(id).startsWith("change:"));
		history.path("history.nodes[0].before").valueIsNull();
		Map<String, String> recorded = fields(history, "history.nodes[0].after");
		assertThat(recorded).containsEntry("kind", "AGREEMENT")
			.containsEntry("name.ko", "시험 업무협약")
			.containsEntry("date", "2024-05")
			.containsEntry("evidence[0].locator", "L22")
			.doesNotContainKeys("nameKo", "datePrecision", "searchText", "names");
		history.path("history.nodes[0].actor").entity(String.class).isEqualTo("token:" + this.run + "-editor");
	}

	@Test
	void invalidInputIsRejectedWithFieldErrorsAndWritesNothing() {
		GraphSnapshot before = GraphSnapshot.take(this.client);
		String mou = "agreement:" + this.run + "-bad";

		// A date that is none is refused by the DateOrPartial scalar, before any rule
		// runs.
		Map<String, Object> badDate = mou(mou, "org:kari", "org:kasi");
		entities(badDate).get(0).put("date", "2024-13-01");
		this.editor.documentName("createRecords").variable("input", badDate).execute().errors().satisfy((errors) -> {
			assertThat(codes(errors)).containsExactly("BAD_REQUEST");
			assertThat(errors.get(0).getMessage()).contains("2024-13-01");
		});
		Map<String, Object> noEvidence = mou(mou, "org:kari", "org:kasi");
		relationships(noEvidence).get(1).put("evidence", List.of());
		this.editor.documentName("createRecords").variable("input", noEvidence).execute().errors().satisfy((errors) -> {
			assertThat(codes(errors)).containsExactly("BAD_REQUEST");
			assertThat(fields(errors.get(0))).containsExactlyInAnyOrder("relationships[1].evidence");
		});

		// Everything well-formed, but one party does not exist: the valid MOU entity is
		// not written either.
		this.editor.documentName("createRecords")
			.variable("input", mou(mou, "org:kari", "org:" + this.run + "-nobody"))
			.execute()
			.errors()
			.satisfy((errors) -> {
				assertThat(codes(errors)).containsExactly("BAD_REQUEST");
				assertThat(fields(errors.get(0))).containsExactly("relationships[1].from");
			});

		this.editor.documentName("createEntity")
			.variable("input",
					Map.of("id", "org:" + this.run + "-x", "kind", "AGREEMENT", "name", Map.of("ko", "가"), "evidence",
							List.of()))
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(fields(errors.get(0))).containsExactlyInAnyOrder("id", "name.en",
					"evidence"));

		assertThat(GraphSnapshot.take(this.client)).isEqualTo(before);
	}

	@Test
	void ofTwoConcurrentUpdatesFromOneVersionOneWinsAndTheOtherGetsConflict() throws Exception {
		String id = "org:" + this.run + "-contested";
		this.editor.documentName("createEntity")
			.variable("input", entity(id, "ORGANIZATION"))
			.execute()
			.path("createEntity.version")
			.entity(Integer.class)
			.isEqualTo(1);

		CountDownLatch start = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		List<Future<JsonNode>> answers = new ArrayList<>();
		for (String note : List.of("first writer", "second writer")) {
			answers.add(threads.submit(() -> {
				start.await();
				return post("""
						mutation($input: UpdateEntityInput!) { updateEntity(input: $input) { version entity { note } } }
						""", Map.of("input", Map.of("id", id, "expectedVersion", 1, "note", note)));
			}));
		}
		start.countDown();
		List<JsonNode> results = new ArrayList<>();
		for (Future<JsonNode> answer : answers) {
			results.add(answer.get(60, TimeUnit.SECONDS));
		}
		threads.shutdown();

		List<JsonNode> won = results.stream().filter((r) -> !r.has("errors")).toList();
		List<JsonNode> lost = results.stream().filter((r) -> r.has("errors")).toList();
		assertThat(won).hasSize(1);
		assertThat(lost).hasSize(1);
		assertThat(lost.get(0).path("errors").get(0).path("extensions").path("code").asString()).isEqualTo("CONFLICT");
		assertThat(won.get(0).path("data").path("updateEntity").path("version").asInt()).isEqualTo(2);
		String winner = won.get(0).path("data").path("updateEntity").path("entity").path("note").asString();

		var history = this.editor.documentName("history").variable("id", id).execute();
		history.path("history.nodes[*].action").entityList(String.class).containsExactly("UPDATE", "CREATE");
		Map<String, String> after = fields(history, "history.nodes[0].after");
		assertThat(after).containsEntry("note", winner).containsEntry("version", "2");
		assertThat(fields(history, "history.nodes[0].before")).containsEntry("version", "1");
		this.graphQl.document("{ entity(key: \"" + id + "\") { note version } }")
			.execute()
			.path("entity.note")
			.entity(String.class)
			.isEqualTo(winner);
	}

	@Test
	void anUpdateOfOwnFieldsOnlyReadsInHistoryAsAnyOtherUpdate() {
		// A note and a status: the update is recorded by its write's own statement. A new
		// name then takes the two-statement path, which records JSON made in Java. The
		// record between the two is one: what the first recorded after it, the second
		// recorded before it, field for field, dates and lists included.
		String id = "org:" + this.run + "-recorded";
		Map<String, Object> input = entity(id, "ORGANIZATION");
		input.put("acronyms", List.of("TI", "TIR"));
		input.put("validFrom", "2021-03");
		input.put("code", "T-1");
		this.editor.documentName("createEntity").variable("input", input).execute();
		String update = """
				mutation($input: UpdateEntityInput!) { updateEntity(input: $input) { version entity { note status } } }""";
		JsonNode own = post(update, Map.of("input",
				Map.of("id", id, "expectedVersion", 1, "note", "a note", "status", "IN_OPERATION", "code", "")));
		assertThat(own.has("errors")).as(own.toString()).isFalse();
		assertThat(own.at("/data/updateEntity/version").asInt()).isEqualTo(2);
		assertThat(own.at("/data/updateEntity/entity/note").asString()).isEqualTo("a note");
		JsonNode renamed = post(update, Map.of("input",
				Map.of("id", id, "expectedVersion", 2, "name", Map.of("ko", "새 시험 기관", "en", "New test institute"))));
		assertThat(renamed.has("errors")).as(renamed.toString()).isFalse();

		var history = this.editor.documentName("history").variable("id", id).execute();
		history.path("history.nodes[*].action").entityList(String.class).containsExactly("UPDATE", "UPDATE", "CREATE");
		history.path("history.nodes[1].targetKind").entity(String.class).isEqualTo("ORGANIZATION");
		history.path("history.nodes[1].actor").entity(String.class).isEqualTo("token:" + this.run + "-editor");
		Map<String, String> created = fields(history, "history.nodes[2].after");
		Map<String, String> ownBefore = fields(history, "history.nodes[1].before");
		Map<String, String> ownAfter = fields(history, "history.nodes[1].after");
		// The creation's record also lists the evidence written with it, which is not a
		// property of the entity.
		created.keySet().removeIf((name) -> name.startsWith("evidence"));
		assertThat(ownBefore).isEqualTo(created).containsEntry("validFrom", "2021-03").containsEntry("code", "T-1");
		assertThat(ownAfter).containsEntry("note", "a note")
			.containsEntry("status", "IN_OPERATION")
			.containsEntry("version", "2")
			.containsEntry("acronyms", "TI, TIR")
			.containsEntry("validFrom", "2021-03")
			.doesNotContainKey("code");
		assertThat(fields(history, "history.nodes[0].before")).isEqualTo(ownAfter);
	}

	@Test
	void aRetiredEntityLeavesDefaultReadsButStaysInHistory() {
		String id = "org:" + this.run + "-gone";
		this.editor.documentName("createRecords")
			.variable("input",
					Map.of("entities", List.of(entity(id, "ORGANIZATION")), "relationships",
							List.of(relationship("LOCATED_IN", id, "region:daejeon"))))
			.execute();
		var retired = this.editor.documentName("retireEntity")
			.variable("input",
					Map.of("id", id, "expectedVersion", 1, "reason", "duplicate record", "validTo", "2024-06"))
			.execute();
		retired.path("retireEntity.version").entity(Integer.class).isEqualTo(2);
		retired.path("retireEntity.entity.id").entity(String.class).isEqualTo(id);
		assertThat(this.client.query("MATCH (n:Entity:Retired {id: $id}) RETURN n.retired")
			.bind(id)
			.to("id")
			.fetchAs(Boolean.class)
			.all()).as("the label the reads test, with the property").containsExactly(true);
		this.graphQl.document("{ entity(key: \"" + id + "\") { id } }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(codes(errors)).containsExactly("NOT_FOUND"));
		this.editor.documentName("retireEntity")
			.variable("input", Map.of("id", id, "expectedVersion", 1))
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(codes(errors)).containsExactly("BAD_REQUEST"));
		String located = "rel:" + id + ">LOCATED_IN>region:daejeon";
		String links = "{ entity(key: \"region:daejeon\") { relationships(types: [LOCATED_IN], first: 100%s) { nodes { id } } } }";
		assertThat(this.graphQl.document(links.formatted(""))
			.execute()
			.path("entity.relationships.nodes[*].id")
			.entityList(String.class)
			.get()).doesNotContain(located);
		assertThat(this.graphQl.document(links.formatted(", asOf: \"2024-03-01\""))
			.execute()
			.path("entity.relationships.nodes[*].id")
			.entityList(String.class)
			.get()).as("as of a date it was valid on, the retired link is still there").contains(located);
		assertThat(this.graphQl.document(links.formatted(", asOf: \"2024-09-01\""))
			.execute()
			.path("entity.relationships.nodes[*].id")
			.entityList(String.class)
			.get()).doesNotContain(located);
		this.editor.documentName("history")
			.variable("id", located)
			.execute()
			.path("history.nodes[0].action")
			.entity(String.class)
			.isEqualTo("RETIRE");
		var history = this.editor.documentName("history").variable("id", id).execute();
		history.path("history.nodes[0].action").entity(String.class).isEqualTo("RETIRE");
		history.path("history.nodes[0].targetKind").entity(String.class).isEqualTo("ORGANIZATION");
		assertThat(fields(history, "history.nodes[0].after")).containsEntry("retired", "true")
			.containsEntry("retiredReason", "duplicate record")
			.containsEntry("validTo", "2024-06");
	}

	@Test
	void anUpdateKeepsADateLeftOutAndClearsADateGivenAsNull() {
		String id = "org:" + this.run + "-dated";
		Map<String, Object> entity = entity(id, "ORGANIZATION");
		entity.put("date", "2024-05");
		entity.put("validFrom", "2024");
		this.editor.documentName("createEntity").variable("input", entity).execute();
		String update = "mutation($in: UpdateEntityInput!) { updateEntity(input: $in) { entity { date { text } validFrom { text } } } }";

		JsonNode kept = post(update, Map.of("in", Map.of("id", id, "expectedVersion", 1, "note", "a note")));
		assertThat(kept.at("/data/updateEntity/entity/date/text").asString()).as(kept.toString()).isEqualTo("2024-05");
		assertThat(kept.at("/data/updateEntity/entity/validFrom/text").asString()).isEqualTo("2024");

		Map<String, Object> clear = new java.util.HashMap<>(Map.of("id", id, "expectedVersion", 2));
		clear.put("validFrom", null);
		JsonNode cleared = post(update, Map.of("in", clear));
		assertThat(cleared.at("/data/updateEntity/entity/date/text").asString()).as(cleared.toString())
			.isEqualTo("2024-05");
		assertThat(cleared.at("/data/updateEntity/entity/validFrom").isNull()).isTrue();
	}

	// ------------------------------------------------------------------------------------------

	private JsonNode post(String query, Map<String, Object> variables) {
		String body = json.writeValueAsString(Map.of("query", query, "variables", variables));
		var response = RunningApp.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/graphql"))
			.header("Content-Type", "application/json")
			.header("Authorization", "Bearer " + this.editorToken)
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build());
		assertThat(response.statusCode()).isEqualTo(200);
		return json.readTree(response.body());
	}

	static Map<String, Object> mutable(Map<String, Object> map) {
		return new java.util.LinkedHashMap<>(map);
	}

	static Map<String, Object> mou(String id, String partyA, String partyB) {
		Map<String, Object> entity = mutable(Map.of("id", id, "kind", "AGREEMENT", "type", "mou", "name",
				Map.of("ko", "시험 업무협약", "en", "Test MOU"), "date", "2024-05", "status", "SIGNED", "evidence",
				List.of(Map.of("source", "doc:000", "quote", "업무협약을 체결했다", "locator", "L22"))));
		Map<String, Object> a = relationship("PARTY_TO", partyA, id);
		a.put("role", "party");
		Map<String, Object> b = relationship("PARTY_TO", partyB, id);
		b.put("role", "party");
		Map<String, Object> input = new java.util.LinkedHashMap<>();
		input.put("entities", new ArrayList<>(List.of(entity)));
		input.put("relationships", new ArrayList<>(List.of(a, b)));
		return input;
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> entities(Map<String, Object> input) {
		return (List<Map<String, Object>>) input.get("entities");
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> relationships(Map<String, Object> input) {
		return (List<Map<String, Object>>) input.get("relationships");
	}

	private HttpResponse<String> mutationWithToken(String token, String mutation) {
		String body = Http.JSON.writeValueAsString(Map.of("query", mutation));
		return RunningApp.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/graphql"))
			.header("Content-Type", "application/json")
			.header("Authorization", "Bearer " + token)
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build());
	}

	private static List<String> codes(List<ResponseError> errors) {
		return errors.stream().map((error) -> String.valueOf(error.getExtensions().get("code"))).toList();
	}

	@SuppressWarnings("unchecked")
	private static List<String> fields(ResponseError error) {
		List<Map<String, Object>> fieldErrors = (List<Map<String, Object>>) error.getExtensions()
			.getOrDefault("fieldErrors", Collections.emptyList());
		return fieldErrors.stream().map((fieldError) -> (String) fieldError.get("field")).toList();
	}

	/**
	 * A changed record of a history answer as name → value (list values joined with ",
	 * ").
	 */
	@SuppressWarnings("unchecked")
	private static Map<String, String> fields(GraphQlTester.Response response, String path) {
		Map<String, String> fields = new java.util.LinkedHashMap<>();
		List<Map<String, Object>> list = response.path(path + ".fields")
			.entity(new org.springframework.core.ParameterizedTypeReference<List<Map<String, Object>>>() {
			})
			.get();
		for (Map<String, Object> field : list) {
			Object value = (field.get("values") != null) ? String.join(", ", (List<String>) field.get("values"))
					: field.get("value");
			fields.put((String) field.get("name"), (String) value);
		}
		return fields;
	}

}
