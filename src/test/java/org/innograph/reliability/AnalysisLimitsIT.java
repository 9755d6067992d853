package org.innograph.reliability;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.innograph.support.Http;
import org.innograph.support.IntegrationTest;
import org.innograph.support.RunningApp;
import org.innograph.support.Unthrottled;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Documents built to make the analysis expensive — fragments that spread the next
 * fragment twice per level, fragments that spread each other in a circle — are answered
 * at once and cheaply, and a flood of them from one client leaves other queries' latency
 * near its quiet level. Times are printed, not asserted; the 10 s client timeout only
 * tells a stall from an answer.
 */
// Alone: it compares latencies, which a class running beside it would skew.
@Isolated
@IntegrationTest
@Unthrottled
class AnalysisLimitsIT {

	private static final Duration STALL = Duration.ofSeconds(10);

	private static final String NORMAL = "{ entity(key: \"org:kari\") { id name { ko en } "
			+ "relationships(first: 5) { totalCount nodes { type to { id } } } } }";

	@LocalServerPort
	int port;

	Http http;

	@BeforeEach
	void setUp() {
		this.http = new Http(this.port);
	}

	/**
	 * {@code query { ...F0 }}, each fragment spreading the next twice; {@code tag} makes
	 * the text new.
	 */
	static String fanOut(int levels, String tag) {
		StringBuilder document = new StringBuilder("query FanOut").append(tag).append(" { ...F0 }");
		for (int i = 0; i < levels; i++) {
			document.append(" fragment F")
				.append(i)
				.append(" on Query { ...F")
				.append(i + 1)
				.append(" ...F")
				.append(i + 1)
				.append(" }");
		}
		return document.append(" fragment F").append(levels).append(" on Query { __typename }").toString();
	}

	@Test
	void fragmentFanOutOf26And40LevelsIsAnsweredCheaply() {
		for (int levels : new int[] { 26, 40 }) {
			List<Long> micros = new ArrayList<>();
			for (int run = 0; run < 15; run++) {
				long start = System.nanoTime();
				HttpResponse<String> response = post(fanOut(levels, "L" + levels + "R" + run), null);
				micros.add((System.nanoTime() - start) / 1_000);
				assertThat(response.statusCode()).isEqualTo(200);
				JsonNode body = Http.json(response);
				assertThat(body.at("/data/__typename").asString()).as(response.body()).isEqualTo("Query");
			}
			Collections.sort(micros);
			System.out.printf(
					"AnalysisLimitsIT: fan-out of %d levels (new text each time), 15 requests over HTTP: "
							+ "fastest %.1f ms, median %.1f ms, slowest %.1f ms%n",
					levels, micros.get(0) / 1000.0, micros.get(7) / 1000.0, micros.get(14) / 1000.0);
		}
	}

	@Test
	void aFragmentCycleIsAValidationErrorNotAServerError() {
		for (String document : List.of("query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }",
				"query { entity(key: \"org:kari\") { ...E } } fragment E on Entity { id neighbors { edges { node { ...E } } } }")) {
			HttpResponse<String> response = post(document, null);
			assertThat(response.statusCode()).isEqualTo(200);
			JsonNode error = Http.json(response).at("/errors/0");
			assertThat(error.at("/extensions/code").asString()).isEqualTo("BAD_REQUEST");
			assertThat(error.path("message").asString()).containsIgnoringCase("cycle");
			assertThat(error.at("/extensions/requestId").asString()).isNotBlank();
			assertThat(Http.json(response).path("data").isMissingNode()).isTrue();
		}
	}

	@Test
	void aFloodOfFanOutsLeavesOtherQueriesNearTheirQuietLatency() throws Exception {
		for (int i = 0; i < 30; i++) {
			normal(); // warm up
		}
		List<Long> quiet = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			quiet.add(normal());
		}
		AtomicBoolean measuring = new AtomicBoolean(true);
		AtomicInteger flooded = new AtomicInteger();
		AtomicInteger serverErrors = new AtomicInteger();
		// One client, a bounded loop: at most 2,000 fan-outs of 40 levels, each a new
		// text to parse and validate.
		CompletableFuture<Void> flood = CompletableFuture.runAsync(() -> {
			for (int i = 0; i < 2_000 && measuring.get(); i++) {
				HttpResponse<String> response = post(fanOut(40, "F" + i), null);
				flooded.incrementAndGet();
				if (response.statusCode() >= 500) {
					serverErrors.incrementAndGet();
				}
			}
		});
		List<Long> loaded = new ArrayList<>();
		try {
			Thread.sleep(200);
			for (int i = 0; i < 200; i++) {
				loaded.add(normal());
			}
		}
		finally {
			measuring.set(false);
			flood.get();
		}
		double quietP95 = p95(quiet);
		double loadedP95 = p95(loaded);
		System.out.printf(
				"AnalysisLimitsIT: normal query p95 quiet %.2f ms, during a flood of %d fan-outs of 40 levels "
						+ "from one client %.2f ms (%.2f×)%n",
				quietP95, flooded.get(), loadedP95, loadedP95 / quietP95);
		assertThat(serverErrors).hasValue(0);
		assertThat(flooded.get()).isPositive();
	}

	/** The normal query's latency in µs; it must succeed. */
	private long normal() {
		long start = System.nanoTime();
		HttpResponse<String> response = post(NORMAL, null);
		long micros = (System.nanoTime() - start) / 1_000;
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(Http.json(response).has("errors")).as(response.body()).isFalse();
		return micros;
	}

	private static double p95(List<Long> micros) {
		List<Long> sorted = new ArrayList<>(micros);
		Collections.sort(sorted);
		return sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1) / 1000.0;
	}

	private HttpResponse<String> post(String query, Map<String, Object> variables) {
		String body = Http.JSON.writeValueAsString(
				(variables != null) ? Map.of("query", query, "variables", variables) : Map.of("query", query));
		return RunningApp.send(HttpRequest.newBuilder(this.http.uri("/graphql"))
			.timeout(STALL)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build());
	}

}
