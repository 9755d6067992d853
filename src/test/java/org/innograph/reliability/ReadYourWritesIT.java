package org.innograph.reliability;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.innograph.security.ApiTokens;
import org.innograph.security.Role;
import org.innograph.support.Http;
import org.innograph.support.IntegrationTest;
import org.innograph.support.RunningApp;
import org.innograph.support.TestDatabase;
import org.innograph.support.TestWrites;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two application instances on one database, as behind a load balancer: a mutation
 * through the first answers with the bookmark of its write, and a read through the second
 * that sends it back begins from it. The bookmark header is checked before anything runs,
 * and by the database.
 */
@Tag("process")
// Writes to the shared database. Alone on it.
@ResourceLock(TestDatabase.LOCK)
@IntegrationTest
class ReadYourWritesIT {

	private static final String HEADER = "X-Neo4j-Bookmark";

	private static RunningApp second;

	@LocalServerPort
	int port;

	@Autowired
	ApiTokens tokens;

	@Autowired
	Neo4jClient client;

	@Autowired
	ApplicationContext context;

	private final String run = TestWrites.newRun("ryw");

	@BeforeAll
	static void startSecondInstance() {
		second = RunningApp.start(TestDatabase.connectionAnd("innograph.seed.enabled=false"));
	}

	@AfterAll
	static void stopSecondInstance() {
		second.close();
	}

	@BeforeEach
	void seedLoaded() throws InterruptedException {
		HealthIndicator store = this.context.getBean("graphStore", HealthIndicator.class);
		Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
		while (!Status.UP.equals(store.health().getStatus()) && Instant.now().isBefore(deadline)) {
			Thread.sleep(500);
		}
	}

	@AfterEach
	void deleteWhatTheTestWrote() {
		TestWrites.delete(this.client, this.run);
	}

	@Test
	void aWriteThroughOneInstanceIsReadThroughAnotherWithItsBookmark() {
		String token = this.tokens.create(this.run + "-editor", Role.EDITOR);
		String id = "org:" + this.run + "-institute";
		HttpResponse<String> created = post(this.port, createEntity(id), Map.of("Authorization", "Bearer " + token));
		JsonNode body = Http.json(created);
		assertThat(body.path("errors").isMissingNode()).as(created.body()).isTrue();
		assertThat(body.at("/data/createEntity/entity/id").asString()).isEqualTo(id);
		String bookmark = created.headers().firstValue(HEADER).orElseThrow();
		assertThat(bookmark).isNotBlank();
		List<String> inExtensions = new ArrayList<>();
		body.at("/extensions/bookmarks").forEach((value) -> inExtensions.add(value.asString()));
		assertThat(inExtensions).containsExactlyElementsOf(Arrays.asList(bookmark.split(",")));

		HttpResponse<String> read = post(second.uri("/graphql").getPort(), entity(id), Map.of(HEADER, bookmark));
		assertThat(read.statusCode()).isEqualTo(200);
		assertThat(Http.json(read).at("/data/entity/id").asString()).as(read.body()).isEqualTo(id);
		// A read writes nothing, so it has no bookmark to return.
		assertThat(read.headers().firstValue(HEADER)).isEmpty();

		// A mutation that writes nothing (the id exists) returns no bookmark either.
		HttpResponse<String> again = post(second.uri("/graphql").getPort(), createEntity(id),
				Map.of("Authorization", "Bearer " + token, HEADER, bookmark));
		assertThat(Http.json(again).at("/errors/0/extensions/code").asString()).isEqualTo("CONFLICT");
		assertThat(again.headers().firstValue(HEADER)).isEmpty();
	}

	@Test
	void aMalformedBookmarkHeaderIsRefusedWith400AndBadRequest() {
		List<String> malformed = List.of("not a bookmark", "FB:abc\"<script>", "FB:" + "A".repeat(600),
				String.join(",", java.util.stream.IntStream.range(0, 17).mapToObj((i) -> "FB:a" + i).toList()),
				"FB:a,,FB:b");
		for (String header : malformed) {
			HttpResponse<String> response = post(this.port, "{ __typename }", Map.of(HEADER, header));
			assertThat(response.statusCode()).as(header).isEqualTo(400);
			JsonNode error = Http.json(response).at("/errors/0");
			assertThat(error.at("/extensions/code").asString()).as(header).isEqualTo("BAD_REQUEST");
			assertThat(error.path("message").asString()).contains(HEADER);
			assertThat(error.at("/extensions/requestId").asString())
				.isEqualTo(response.headers().firstValue("X-Request-Id").orElseThrow());
			assertThat(response.body()).doesNotContain("Exception", "at org.");
		}
		HttpResponse<String> export = RunningApp.send(HttpRequest.newBuilder(new Http(this.port).uri("/export/graphml"))
			.header(HEADER, "not a bookmark")
			.build());
		assertThat(export.statusCode()).isEqualTo(400);
		assertThat(Http.json(export).at("/errors/0/extensions/code").asString()).isEqualTo("BAD_REQUEST");
	}

	@Test
	void aBookmarkTheDatabaseNeverIssuedIsRefusedByIt() {
		HttpResponse<String> response = post(second.uri("/graphql").getPort(), entity("org:kari"),
				Map.of(HEADER, "FB:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"));
		assertThat(Http.json(response).at("/errors/0/extensions/code").asString()).as(response.body())
			.isEqualTo("BAD_REQUEST");
		assertThat(Http.json(response).at("/errors/0/message").asString()).contains(HEADER);
		assertThat(response.body()).doesNotContain("Exception", "at org.");
		HttpResponse<String> export = RunningApp.send(HttpRequest.newBuilder(second.uri("/export/csv"))
			.header(HEADER, "FB:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")
			.build());
		assertThat(export.statusCode()).isEqualTo(400);
		assertThat(Http.json(export).at("/errors/0/extensions/code").asString()).isEqualTo("BAD_REQUEST");
	}

	@Test
	void aForeignBookmarkWithAValidApiTokenIsRefused() {
		// The token is checked first (without the client's bookmarks), then the bookmark,
		// before anything runs.
		String token = this.tokens.create(this.run + "-reader", Role.EDITOR);
		HttpResponse<String> response = post(second.uri("/graphql").getPort(), entity("org:kari"),
				Map.of(HEADER, "FB:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "Authorization", "Bearer " + token));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(Http.json(response).at("/errors/0/extensions/code").asString()).isEqualTo("BAD_REQUEST");
		assertThat(Http.json(response).at("/errors/0/message").asString()).contains(HEADER);
		assertThat(response.body()).doesNotContain("Exception", "at org.");
	}

	private static String createEntity(String id) {
		return Http.JSON
			.writeValueAsString(Map.of("query", """
					mutation($input: CreateEntityInput!) { createEntity(input: $input) { version entity { id } } }""",
					"variables",
					Map.of("input", Map.of("id", id, "kind", "ORGANIZATION", "type", "research-institute", "name",
							Map.of("ko", "시험 기관", "en", "Test institute"), "evidence",
							List.of(Map.of("source", "doc:000", "quote", "②한국항공우주연구원(KARI)", "locator", "L42"))))));
	}

	private static String entity(String id) {
		return "{ entity(key: \"" + id + "\") { id } }";
	}

	private static HttpResponse<String> post(int port, String queryOrBody, Map<String, String> headers) {
		String body = queryOrBody.startsWith("{\"") ? queryOrBody
				: Http.JSON.writeValueAsString(Map.of("query", queryOrBody));
		HttpRequest.Builder request = HttpRequest.newBuilder(new Http(port).uri("/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
		headers.forEach(request::header);
		return RunningApp.send(request.build());
	}

}
