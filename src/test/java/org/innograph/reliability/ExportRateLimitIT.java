package org.innograph.reliability;

import java.net.http.HttpResponse;

import org.innograph.support.Http;
import org.innograph.support.RunningApp;
import org.innograph.support.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exports spend from the client's rate-limit bucket like GraphQL requests, at their own
 * weight: the application runs with a budget of 160 points an hour and exports costing
 * 50, so the fourth export of a burst is refused, and GraphQL requests share what is
 * left.
 */
@Tag("process")
// Its own application, reading the shared database.
@ResourceLock(value = TestDatabase.LOCK, mode = ResourceAccessMode.READ)
class ExportRateLimitIT {

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

}
