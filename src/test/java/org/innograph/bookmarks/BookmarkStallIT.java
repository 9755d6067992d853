package org.innograph.bookmarks;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.innograph.support.Http;
import org.innograph.support.IntegrationTest;
import org.innograph.support.TestDatabase;
import org.innograph.support.Unthrottled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.fabric.bolt.QueryRouterBookmark;
import org.neo4j.fabric.bookmark.BookmarkFormat;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bookmark from the future — well formed, naming a transaction the database has not
 * reached — cannot stall the service: 200 of them within 10 s, all waiting at once, leave
 * every normal query answered, and are themselves answered within seconds (400 when the
 * short wait ran out, 503 when every waiting place was taken), never after the server's
 * 30 s and never with 500. Rate limits are not the subject: the test is one client
 * sending hundreds of requests, so it runs in the unthrottled application.
 */
// Writes to the shared database. Alone on it: its timetable is mostly waiting, which a
// class beside it
// does not disturb.
@ResourceLock(TestDatabase.LOCK)
@IntegrationTest
@Unthrottled
class BookmarkStallIT {

	private static final String QUERY = "{\"query\":\"{ entities(first: 5) { nodes { id } } }\"}";

	@LocalServerPort
	int port;

	@Test
	void twoHundredFutureBookmarksInTenSecondsLeaveNormalQueriesAllAnswered() throws Exception {
		String future = futureBookmark();
		Http app = new Http(this.port);
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		List<CompletableFuture<Timed>> stalled = new ArrayList<>();
		List<Timed> normal = new ArrayList<>();
		long started = System.nanoTime();
		int sent = 0;
		while (System.nanoTime() - started < TimeUnit.SECONDS.toNanos(12)) {
			// 20 future bookmarks a second for the first 10 s, between normal queries.
			long due = Math.min(200, (System.nanoTime() - started) / 50_000_000L + 1);
			for (; sent < due; sent++) {
				long at = System.nanoTime();
				stalled.add(client
					.sendAsync(request(app, future), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
					.thenApply(
							(response) -> new Timed(response.statusCode(), response.body(), System.nanoTime() - at)));
			}
			long at = System.nanoTime();
			HttpResponse<String> response = client.send(request(app, null),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			normal.add(new Timed(response.statusCode(), response.body(), System.nanoTime() - at));
		}
		List<Timed> answers = new ArrayList<>();
		for (CompletableFuture<Timed> answer : stalled) {
			answers.add(answer.get(60, TimeUnit.SECONDS));
		}

		assertThat(sent).isEqualTo(200);
		assertThat(normal).hasSizeGreaterThan(20);
		assertThat(normal).allSatisfy((timed) -> {
			assertThat(timed.status()).as(timed.body()).isEqualTo(200);
			assertThat(timed.body()).doesNotContain("\"errors\"");
		});
		assertThat(answers).allSatisfy((timed) -> {
			assertThat(timed.status()).as(timed.body()).isIn(400, 503);
			JsonNode error = Http.JSON.readTree(timed.body()).at("/errors/0");
			assertThat(error.at("/extensions/code").asString())
				.isEqualTo((timed.status() == 400) ? "BAD_REQUEST" : "SERVICE_UNAVAILABLE");
			assertThat(error.path("message").asString()).contains("bookmark");
			// The server waits 30 s by default; nothing here may have waited for it.
			assertThat(timed.nanos()).isLessThan(TimeUnit.SECONDS.toNanos(15));
		});
		System.out.printf(
				"[bookmark stall] normal queries: %d, all answered; p50 %d ms, p95 %d ms, max %d ms; "
						+ "future bookmarks: %d answered 400, %d answered 503, slowest %d ms%n",
				normal.size(), percentile(normal, 50), percentile(normal, 95), percentile(normal, 100),
				answers.stream().filter((t) -> t.status() == 400).count(),
				answers.stream().filter((t) -> t.status() == 503).count(), percentile(answers, 100));
	}

	/**
	 * A bookmark of this database with a transaction id a million ahead of a real one.
	 */
	private static String futureBookmark() {
		try (Driver driver = GraphDatabase.driver(TestDatabase.uri(), TestDatabase.authToken());
				Session session = driver.session()) {
			session.executeWrite((tx) -> tx.run("CREATE (n:BookmarkStallCheck) DELETE n").consume());
			String real = session.lastBookmarks().iterator().next().value();
			QueryRouterBookmark parsed = BookmarkFormat.parse(real);
			List<QueryRouterBookmark.InternalGraphState> ahead = parsed.internalGraphStates()
				.stream()
				.map((state) -> new QueryRouterBookmark.InternalGraphState(state.graphUuid(),
						state.transactionId() + 1_000_000))
				.toList();
			return BookmarkFormat.serialize(new QueryRouterBookmark(ahead, parsed.externalGraphStates()));
		}
	}

	private static HttpRequest request(Http app, String bookmark) {
		HttpRequest.Builder request = HttpRequest.newBuilder(app.uri("/graphql"))
			.timeout(Duration.ofSeconds(40))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(QUERY, StandardCharsets.UTF_8));
		if (bookmark != null) {
			request.header("X-Neo4j-Bookmark", bookmark);
		}
		return request.build();
	}

	private static long percentile(List<Timed> timed, int percentile) {
		List<Long> millis = timed.stream().map((t) -> t.nanos() / 1_000_000).sorted().toList();
		return millis.get(Math.max(0, (int) Math.ceil(percentile / 100.0 * millis.size()) - 1));
	}

	private record Timed(int status, String body, long nanos) {
	}

}
