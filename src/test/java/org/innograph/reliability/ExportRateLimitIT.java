package org.innograph.reliability;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.innograph.support.Http;
import org.innograph.support.RunningApp;
import org.innograph.support.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exports spend from the client's rate-limit bucket like GraphQL requests, at a price
 * that follows how much of the graph they may read: with a budget of 160 points an hour
 * and whole-graph exports costing 50, the fourth export of a burst is refused, and
 * GraphQL requests share what is left; with the default budget (600 points, here without
 * the refill) a reader unfolds a dozen nodes of the network view in a row, while a flood
 * of whole-graph exports is still refused after the budget's worth.
 */
@Tag("process")
// Its own applications on the shared database. The second loads the seed when the
// database has none yet (this class run alone): a write, so the class holds the
// database alone; when the seed is there, it only checks its hash.
@ResourceLock(TestDatabase.LOCK)
class ExportRateLimitIT {

	private static final String TRIANGLE = "cluster:national-space-industry-triangle";

	@Test
	void theFourthExportOfABurstGets429WithRetryAfterAndGraphQlIsStillLimited() {
		try (RunningApp app = RunningApp.start(TestDatabase.connectionAnd("innograph.seed.enabled=false",
				"innograph.limits.rate-capacity=160", "innograph.limits.rate-refill=160",
				"innograph.limits.rate-period=1h", "innograph.limits.export-cost=50"))) {
			for (String format : new String[] { "graphml", "gexf", "cytoscape" }) {
				HttpResponse<String> export = app.get("/export/" + format);
				assertThat(export.statusCode()).as(format).isEqualTo(200);
			}
			HttpResponse<String> refused = app.get("/export/csv");
			assertThat(refused.statusCode()).isEqualTo(429);
			assertThat(refused.headers().firstValueAsLong("Retry-After").orElse(0)).isPositive();
			assertThat(Http.json(refused).at("/errors/0/extensions/code").asString()).isEqualTo("RATE_LIMITED");
			assertThat(Http.json(refused).at("/errors/0/extensions/requestId").asString())
				.isEqualTo(refused.headers().firstValue("X-Request-Id").orElseThrow());

			// 10 points are left: ten one-point queries, then GraphQL is refused too.
			for (int i = 0; i < 10; i++) {
				assertThat(app.graphql("{ __typename }").statusCode()).isEqualTo(200);
			}
			HttpResponse<String> query = app.graphql("{ __typename }");
			assertThat(query.statusCode()).isEqualTo(429);
			assertThat(Http.json(query).at("/errors/0/extensions/code").asString()).isEqualTo("RATE_LIMITED");
			assertThat(query.headers().firstValue("Retry-After")).isPresent();
		}
	}

	@Test
	void aDozenUnfoldsPassAndAFloodOfWholeGraphExportsIsStillRefused() {
		// The default budget and prices, without the refill: what passes here passes
		// faster with it.
		try (RunningApp app = RunningApp.start(TestDatabase.connectionAnd("innograph.limits.rate-capacity=600",
				"innograph.limits.rate-refill=600", "innograph.limits.rate-period=1h"))) {
			seedLoaded(app);
			// As the network view does: draw the space triangle's neighbourhood, then
			// unfold one drawn node after another, each drawing carrying all unfolded so
			// far. 2 points a drawing, 1 per unfolded node: 2 + 3 + ... + 14 = 104.
			List<String> unfolded = new ArrayList<>();
			Set<String> drawn = drawing(app, unfolded);
			for (int i = 0; i < 12; i++) {
				String next = drawn.stream()
					.filter((id) -> !id.equals(TRIANGLE) && !unfolded.contains(id))
					.findFirst()
					.orElseThrow();
				unfolded.add(next);
				drawn = drawing(app, unfolded);
			}
			// 496 points left: nine whole-graph exports (50 each), then 429.
			int exported = 0;
			HttpResponse<String> refused = app.get("/export/graphml");
			while (refused.statusCode() == 200 && exported < 20) {
				exported++;
				refused = app.get("/export/graphml");
			}
			assertThat(exported).isEqualTo(9);
			assertThat(refused.statusCode()).isEqualTo(429);
			assertThat(refused.headers().firstValueAsLong("Retry-After").orElse(0)).isPositive();
			assertThat(Http.json(refused).at("/errors/0/extensions/code").asString()).isEqualTo("RATE_LIMITED");
			assertThat(Http.json(refused).at("/errors/0/message").asString()).contains("costs 50 of 600 points");
			// With the 46 points left, the network view still draws (14 points).
			assertThat(drawing(app, unfolded)).isNotEmpty();
		}
	}

	/** Waits until the application has prepared the graph (the seed in it). */
	private static void seedLoaded(RunningApp app) {
		HealthIndicator store = app.context().getBean("graphStore", HealthIndicator.class);
		Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
		while (!Status.UP.equals(store.health().getStatus())) {
			assertThat(Instant.now()).as("the graph store is prepared: " + store.health().getDetails())
				.isBefore(deadline);
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
	}

	/**
	 * The ids of the nodes the network view draws around the space triangle with these
	 * nodes unfolded (the export must answer 200).
	 */
	private static Set<String> drawing(RunningApp app, List<String> unfolded) {
		String expand = unfolded.isEmpty() ? ""
				: "&expand=" + URLEncoder.encode(String.join(",", unfolded), StandardCharsets.UTF_8);
		HttpResponse<String> response = app.get(
				"/export/cytoscape?around=" + URLEncoder.encode(TRIANGLE, StandardCharsets.UTF_8) + "&hops=1" + expand);
		assertThat(response.statusCode()).as("drawing with %s unfolded", unfolded).isEqualTo(200);
		Set<String> ids = new TreeSet<>();
		Http.json(response).at("/elements/nodes").forEach((node) -> ids.add(node.at("/data/id").asString()));
		return ids;
	}

}
