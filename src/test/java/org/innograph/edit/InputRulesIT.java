package org.innograph.edit;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.innograph.security.ApiTokens;
import org.innograph.security.Role;
import org.innograph.support.Prepared;
import org.innograph.support.GraphSnapshot;
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
import org.springframework.context.ApplicationContext;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Input hygiene of the mutations, each a reproduction from issue #14 sent as GraphQL over
 * HTTP to the running application: control characters, names longer than the search index
 * holds, two creates of one id at once, and dates that are not strictly calendar dates in
 * the accepted years. Every refused input answers with the field it concerns and writes
 * nothing.
 */
// Writes to the shared database. Alone on it.
@ResourceLock(TestDatabase.LOCK)
@IntegrationTest
class InputRulesIT {

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final String EVIDENCE_QUOTE = "②한국항공우주연구원(KARI)";

	@Autowired
	ApiTokens tokens;

	@Autowired
	Neo4jClient client;

	@Autowired
	ApplicationContext context;

	@LocalServerPort
	int port;

	private final String run = TestWrites.newRun("it");

	private String editor;

	private String admin;

	@BeforeEach
	void tokens() {
		Prepared.await(this.context);
		this.editor = this.tokens.create(this.run + "-editor", Role.EDITOR);
		this.admin = this.tokens.create(this.run + "-admin", Role.ADMIN);
	}

	@AfterEach
	void deleteWhatTheTestWrote() {
		TestWrites.delete(this.client, this.run);
	}

	@Test
	void controlCharactersAreRefusedInEveryTextOfEveryMutationAndNothingIsWritten() {
		GraphSnapshot before = GraphSnapshot.take(this.client);
		String id = "org:" + this.run + "-ctl";
		String rel = "rel:org:kari>SUPPORTS>council:003-20-aerospace";
		List<Case> cases = List.of(
				new Case("createEntity", "CreateEntityInput",
						with(entity(id), "name", Map.of("ko", "시험\u0000기관", "en", "Test")), "name.ko"),
				new Case("createEntity", "CreateEntityInput", with(entity(id), "aliases", List.of("별칭\u0001")),
						"aliases[0]"),
				new Case("createEntity", "CreateEntityInput", with(entity(id), "acronyms", List.of("K\tARI")),
						"acronyms[0]"),
				new Case("createEntity", "CreateEntityInput", with(entity(id), "code", "A\nB"), "code"),
				new Case("createEntity", "CreateEntityInput", with(entity(id), "description", Map.of("en", "a\u0007b")),
						"description.en"),
				new Case("createEntity", "CreateEntityInput", with(entity(id), "note", "line\r\nbreak"), "note"),
				new Case("createEntity", "CreateEntityInput", with(entity(id), "evidence",
						List.of(Map.of("source", "doc:000", "quote", "②한국항공우주연구원\u0000(KARI)", "locator", "L42"))),
						"evidence[0].quote"),
				new Case("createEntity", "CreateEntityInput", with(entity(id), "evidence",
						List.of(Map.of("source", "doc:000", "quote", EVIDENCE_QUOTE, "locator", "L42 \u001b[31m"))),
						"evidence[0].locator"),
				new Case("createRecords", "CreateRecordsInput",
						Map.of("entities", List.of(with(entity(id), "name", Map.of("ko", "시험", "en", "Test\u0085")))),
						"entities[0].name.en"),
				new Case("updateEntity", "UpdateEntityInput",
						Map.of("id", "org:kari", "expectedVersion", 1, "aliases", List.of("항우연\u0000")), "aliases[0]"),
				new Case("updateEntity", "UpdateEntityInput", Map.of("id", "org:kari\u0000", "expectedVersion", 1),
						"id"),
				new Case("createRelationship", "CreateRelationshipInput",
						with(relationship("org:kari", "org:kasi"), "roleLabel",
								Map.of("ko", "당사자\u0002", "en", "party")),
						"roleLabel.ko"),
				new Case("createRelationship", "CreateRelationshipInput",
						with(relationship("org:kari", "org:kasi"), "amount", Map.of("value", 1.0, "unit", "억\u0000원")),
						"amount.unit"),
				new Case("updateRelationship", "UpdateRelationshipInput",
						Map.of("id", rel, "expectedVersion", 1, "note", "\u0000"), "note"),
				new Case("retireEntity", "RetireInput",
						Map.of("id", "org:kari", "expectedVersion", 1, "reason", "old\u0008"), "reason"),
				new Case("retireRelationship", "RetireInput",
						Map.of("id", rel, "expectedVersion", 1, "reason", "\uFFFF"), "reason"),
				new Case("addEvidence", "AddEvidenceInput",
						Map.of("subject", "org:kari", "source", "doc:000", "quote", EVIDENCE_QUOTE, "locator", "L42",
								"note", "x\u0000"),
						"evidence.note"),
				new Case("addEvidence", "AddEvidenceInput",
						Map.of("subject", "org:kari\u0001", "source", "doc:000", "quote", EVIDENCE_QUOTE, "locator",
								"L42"),
						"subject"),
				new Case("addSource", "AddSourceInput",
						source("doc:991", Map.of("ko", "제목\u0000", "en", "Title"), null), "title.ko"),
				new Case("addSource", "AddSourceInput",
						source("doc:991", Map.of("ko", "제목", "en", "Title"), "https://example.org/\u0000"), "url"));
		for (Case refused : cases) {
			String token = refused.mutation().equals("addSource") ? this.admin : this.editor;
			JsonNode answer = mutate(token, refused.mutation(), refused.inputType(), refused.input());
			assertThat(answer.path("data").path(refused.mutation()).isMissingNode()
					|| answer.path("data").path(refused.mutation()).isNull())
				.as(refused.mutation() + " " + refused.field())
				.isTrue();
			JsonNode error = answer.path("errors").get(0);
			assertThat(error.path("extensions").path("code").asString()).as(refused.field()).isEqualTo("BAD_REQUEST");
			assertThat(fields(error)).as(refused.mutation()).contains(refused.field());
			assertThat(messageOf(error, refused.field())).as(refused.field()).contains("U+");
		}
		assertThat(GraphSnapshot.take(this.client)).isEqualTo(before);
	}

	@Test
	void textThatMaySpanLinesKeepsItsTabsAndLineFeeds() {
		String id = "org:" + this.run + "-lines";
		String note = "첫 줄\n\t둘째 줄";
		JsonNode answer = mutate(this.editor, "createEntity", "CreateEntityInput", with(entity(id), "note", note),
				"entity { note }");
		assertThat(answer.has("errors")).as(answer.toString()).isFalse();
		assertThat(answer.at("/data/createEntity/entity/note").asString()).isEqualTo(note);
	}

	@Test
	void namesTheSearchIndexCannotHoldAreFieldErrorsNotInternalErrors() {
		GraphSnapshot before = GraphSnapshot.take(this.client);
		String id = "org:" + this.run + "-long";
		// Issue #14: 40 aliases of 300 characters made the search text index refuse the
		// write (INTERNAL_ERROR).
		JsonNode forty = mutate(this.editor, "createEntity", "CreateEntityInput",
				with(entity(id), "aliases", hangul(40, 300, 0)));
		assertThat(forty.at("/errors/0/extensions/code").asString()).isEqualTo("BAD_REQUEST");
		assertThat(fields(forty.at("/errors/0"))).containsExactly("aliases");
		assertThat(messageOf(forty.at("/errors/0"), "aliases")).contains("at most " + Rules.MAX_ALIASES);
		JsonNode longOnes = mutate(this.editor, "createEntity", "CreateEntityInput",
				with(with(entity(id), "aliases", hangul(2, Rules.ALIAS + 1, 0)), "name",
						Map.of("ko", "가".repeat(Rules.SHORT + 1), "en", "Test")));
		assertThat(longOnes.at("/errors/0/extensions/code").asString()).isEqualTo("BAD_REQUEST");
		assertThat(fields(longOnes.at("/errors/0"))).containsExactlyInAnyOrder("aliases[0]", "aliases[1]", "name.ko");
		assertThat(GraphSnapshot.take(this.client)).isEqualTo(before);

		// The most the rules allow, in three-byte characters with spaces (each name also
		// gets a space-less
		// twin in the search text): the database takes it, and the entity is found by its
		// last alias.
		Map<String, Object> longest = with(with(entity(id), "aliases", hangul(Rules.MAX_ALIASES, Rules.ALIAS, 1)),
				"acronyms", hangul(Rules.MAX_ACRONYMS, Rules.ACRONYM, 2));
		longest.put("name", Map.of("ko", hangul(1, Rules.SHORT, 3).get(0), "en", hangul(1, Rules.SHORT, 4).get(0)));
		JsonNode written = mutate(this.editor, "createEntity", "CreateEntityInput", longest, "entity { id aliases }");
		assertThat(written.has("errors")).as(written.toString()).isFalse();
		assertThat(written.at("/data/createEntity/entity/aliases").size()).isEqualTo(Rules.MAX_ALIASES);
	}

	@Test
	void ofConcurrentCreatesOfOneIdOneWinsAndEveryOtherGetsConflict() throws Exception {
		int writers = 8;
		for (int round = 0; round < 3; round++) {
			String id = "org:" + this.run + "-race-" + round;
			CountDownLatch start = new CountDownLatch(1);
			ExecutorService threads = Executors.newFixedThreadPool(writers);
			List<Future<JsonNode>> answers = new ArrayList<>();
			for (int i = 0; i < writers; i++) {
				Map<String, Object> input = with(entity(id), "note", "writer " + i);
				answers.add(threads.submit(() -> {
					start.await();
					return mutate(this.editor, "createEntity", "CreateEntityInput", input);
				}));
			}
			start.countDown();
			List<JsonNode> results = new ArrayList<>();
			for (Future<JsonNode> answer : answers) {
				results.add(answer.get(90, TimeUnit.SECONDS));
			}
			threads.shutdown();
			assertThat(results.stream().filter((r) -> !r.has("errors"))).as("round " + round).hasSize(1);
			assertThat(results.stream()
				.filter((r) -> r.has("errors"))
				.map((r) -> r.at("/errors/0/extensions/code").asString())).as("round " + round)
				.hasSize(writers - 1)
				.containsOnly("CONFLICT");
			long stored = this.client.query("MATCH (n:Entity {id: $id}) RETURN count(n)")
				.bind(id)
				.to("id")
				.fetchAs(Long.class)
				.one()
				.orElseThrow();
			assertThat(stored).isEqualTo(1);
			long created = this.client.query("MATCH (c:Change {targetId: $id, action: 'CREATE'}) RETURN count(c)")
				.bind(id)
				.to("id")
				.fetchAs(Long.class)
				.one()
				.orElseThrow();
			assertThat(created).isEqualTo(1);
		}
	}

	@Test
	void aCreateOfATakenIdAnswersConflictWithItsField() {
		JsonNode answer = mutate(this.editor, "createEntity", "CreateEntityInput", entity("org:kari"));
		assertThat(answer.at("/errors/0/extensions/code").asString()).isEqualTo("CONFLICT");
		assertThat(fields(answer.at("/errors/0"))).containsExactly("id");
	}

	@Test
	void datesAreStrictlyCalendarDatesInTheAcceptedYearsEverywhereWithOneMessage() {
		GraphSnapshot before = GraphSnapshot.take(this.client);
		String id = "org:" + this.run + "-dates";
		JsonNode yearZero = mutate(this.editor, "createEntity", "CreateEntityInput", with(entity(id), "date", "0000"));
		assertThat(yearZero.at("/errors/0/extensions/code").asString()).isEqualTo("BAD_REQUEST");
		// Input dates are DateOrPartial: the scalar refuses them before anything runs,
		// with PartialDate's words.
		assertThat(yearZero.at("/errors/0/message").asString()).contains("'0000' is outside the years 1900 to 2100");
		JsonNode february30 = mutate(this.editor, "createEntity", "CreateEntityInput",
				with(entity(id), "validFrom", "2023-02-30"));
		assertThat(february30.at("/errors/0/extensions/code").asString()).isEqualTo("BAD_REQUEST");
		assertThat(february30.at("/errors/0/message").asString()).contains("'2023-02-30' is not a calendar date");
		assertThat(GraphSnapshot.take(this.client)).isEqualTo(before);

		// The GraphQL Date scalar turned 2023-02-30 into 2023-02-28; now it refuses it,
		// as literal and as variable.
		JsonNode literal = query("{ timeline(from: \"2023-02-30\") { totalCount } }", Map.of());
		assertThat(literal.has("data") && !literal.path("data").isNull()).isFalse();
		assertThat(literal.at("/errors/0/extensions/code").asString()).isEqualTo("BAD_REQUEST");
		assertThat(literal.at("/errors/0/message").asString()).contains("'2023-02-30' is not a calendar date");
		JsonNode variable = query("query($from: Date) { timeline(from: $from) { totalCount } }",
				Map.of("from", "2023-02-30"));
		assertThat(variable.at("/errors/0/extensions/code").asString()).isEqualTo("BAD_REQUEST");
		assertThat(variable.at("/errors/0/message").asString()).contains("'2023-02-30' is not a calendar date");
		JsonNode zero = query("query($to: Date) { timeline(to: $to) { totalCount } }", Map.of("to", "0000-01-01"));
		assertThat(zero.at("/errors/0/message").asString()).contains("'0000-01-01' is outside the years 1900 to 2100");
		JsonNode leapDay = query("{ timeline(from: \"2024-02-29\", to: \"2100-12-31\") { totalCount } }", Map.of());
		assertThat(leapDay.has("errors")).as(leapDay.toString()).isFalse();

		// The export says the same.
		HttpResponse<String> export = RunningApp
			.send(HttpRequest.newBuilder(uri("/export/csv?asOf=2023-02-30")).GET().build());
		assertThat(export.statusCode()).isEqualTo(400);
		assertThat(export.body()).contains("'2023-02-30' is not a calendar date");
	}

	// ------------------------------------------------------------------------------------------

	private record Case(String mutation, String inputType, Map<String, Object> input, String field) {
	}

	private JsonNode mutate(String token, String mutation, String inputType, Map<String, Object> input) {
		return mutate(token, mutation, inputType, input, "__typename");
	}

	private JsonNode mutate(String token, String mutation, String inputType, Map<String, Object> input,
			String selection) {
		String document = "mutation($input: %s!) { %s(input: $input) { %s } }".formatted(inputType, mutation,
				selection);
		return post(token, document, Map.of("input", input));
	}

	private JsonNode query(String document, Map<String, Object> variables) {
		return post(null, document, variables);
	}

	private JsonNode post(String token, String document, Map<String, Object> variables) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri("/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(
					json.writeValueAsString(Map.of("query", document, "variables", variables)),
					StandardCharsets.UTF_8));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		HttpResponse<String> response = RunningApp.send(request.build());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(response.body()).doesNotContain("Exception", "at org.");
		return json.readTree(response.body());
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	private static Map<String, Object> entity(String id) {
		Map<String, Object> entity = new LinkedHashMap<>();
		entity.put("id", id);
		entity.put("kind", "ORGANIZATION");
		entity.put("name", Map.of("ko", "시험 기관", "en", "Test institute"));
		entity.put("evidence", List.of(Map.of("source", "doc:000", "quote", EVIDENCE_QUOTE, "locator", "L42")));
		return entity;
	}

	private static Map<String, Object> relationship(String from, String to) {
		Map<String, Object> relationship = new LinkedHashMap<>();
		relationship.put("type", "PARTNER_OF");
		relationship.put("from", from);
		relationship.put("to", to);
		relationship.put("key", "it-hygiene");
		relationship.put("basis", "STATED");
		relationship.put("evidence", List.of(Map.of("source", "doc:000", "quote", EVIDENCE_QUOTE, "locator", "L42")));
		return relationship;
	}

	private static Map<String, Object> source(String id, Map<String, String> title, String url) {
		Map<String, Object> source = new LinkedHashMap<>();
		source.put("id", id);
		source.put("documentId", "991_0123456789abcdef");
		source.put("kind", "REPORT");
		source.put("title", title);
		source.put("publisher", Map.of("ko", "시험", "en", "Test"));
		source.put("published", "2024");
		if (url != null) {
			source.put("url", url);
		}
		return source;
	}

	private static Map<String, Object> with(Map<String, Object> input, String field, Object value) {
		Map<String, Object> changed = new LinkedHashMap<>(input);
		changed.put(field, value);
		return changed;
	}

	/**
	 * {@code count} distinct texts of {@code length} Hangul syllables (3 bytes each) with
	 * a space every sixth.
	 */
	private static List<String> hangul(int count, int length, int seed) {
		List<String> texts = new ArrayList<>();
		int syllable = seed * 2_000;
		for (int i = 0; i < count; i++) {
			StringBuilder text = new StringBuilder();
			while (text.length() < length) {
				text.append((text.length() % 6 == 5 && text.length() < length - 1) ? ' '
						: (char) ('가' + (syllable++ % 11_172)));
			}
			texts.add(text.toString());
		}
		return texts;
	}

	private static List<String> fields(JsonNode error) {
		List<String> fields = new ArrayList<>();
		error.path("extensions")
			.path("fieldErrors")
			.forEach((fieldError) -> fields.add(fieldError.path("field").asString()));
		return Collections.unmodifiableList(fields);
	}

	private static String messageOf(JsonNode error, String field) {
		for (JsonNode fieldError : error.path("extensions").path("fieldErrors")) {
			if (fieldError.path("field").asString().equals(field)) {
				return fieldError.path("message").asString();
			}
		}
		return "";
	}

}
