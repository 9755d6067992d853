package org.innograph.measures;

import java.net.http.HttpResponse;

import org.innograph.support.Http;
import org.innograph.support.Prepared;
import org.innograph.support.RunningApp;
import org.innograph.support.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A projection larger than {@code innograph.measures.max-work} is refused before it is
 * measured, by every way of asking (a ranking, an entity's measures, an export), with the
 * counts behind the refusal; a projection within it is answered. Here the bound is
 * 100,000, under the seed's whole graph (about 700,000) and over its councils and
 * industrial complexes joined by membership. The refusal comes from a read that stopped
 * at the first row too many: 317 entities (316² is the most the bound allows) of the
 * seed's 500 and more, or, for a projection of fewer entities, the first relationship too
 * many.
 */
@Tag("process")
// Its own application on the shared database; it loads the seed when the database has
// none yet (this class run alone): a write, so the class holds the database alone.
@ResourceLock(TestDatabase.LOCK)
class MeasureBoundIT {

	@Test
	void aProjectionOverTheBoundIsRefusedAndOneWithinItIsMeasured() {
		try (RunningApp app = RunningApp.start(TestDatabase.connectionAnd("innograph.measures.max-work=100000"))) {
			Prepared.await(app.context());

			long seedEntities = Http.json(app.graphql("{ stats { entities } }")).at("/data/stats/entities").asLong();
			assertThat(seedEntities).as("the seed's entities, over the bound's 316").isGreaterThan(500);
			JsonNode whole = Http.json(app.graphql("{ rankings(measure: DEGREE, first: 3) { totalCount } }"));
			JsonNode error = whole.at("/errors/0");
			assertThat(error.at("/extensions/code").asString()).as(whole.toString()).isEqualTo("LIMIT_EXCEEDED");
			assertThat(error.at("/path/0").asString()).isEqualTo("rankings");
			assertThat(error.at("/extensions/entities").asLong()).isEqualTo(317);
			assertThat(error.at("/extensions/relationships").asLong()).isZero();
			assertThat(error.at("/extensions/work").asLong()).isEqualTo(317L * 317);
			assertThat(error.at("/extensions/maxWork").asLong()).isEqualTo(100_000);
			assertThat(error.at("/extensions/exact").asBoolean()).isFalse();
			assertThat(error.at("/message").asString()).contains("at least 317 entities").contains("Narrow it");

			// Fewer entities than 316, more relationships among them than the bound
			// leaves: n × (n + m) ≤ 100,000 holds up to m = 100,000 / n − n.
			String kinds = "[PLAN_ITEM, PLAN, PROGRAM, SECTOR, REGION]";
			long entities = 0;
			for (JsonNode bucket : Http
				.json(app.graphql("{ counts(kinds: " + kinds + ", groupBy: KIND) { buckets { count } } }"))
				.at("/data/counts/buckets")) {
				entities += bucket.get("count").asLong();
			}
			assertThat(entities).as("entities of " + kinds).isBetween(1L, 316L);
			long mostLinks = 100_000 / entities - entities;
			JsonNode linked = Http
				.json(app.graphql("{ rankings(measure: DEGREE, kinds: " + kinds + ", first: 3) { totalCount } }"));
			JsonNode linkError = linked.at("/errors/0");
			assertThat(linkError.at("/extensions/code").asString()).as(linked.toString()).isEqualTo("LIMIT_EXCEEDED");
			assertThat(linkError.at("/extensions/entities").asLong()).isEqualTo(entities);
			assertThat(linkError.at("/extensions/relationships").asLong()).isEqualTo(mostLinks + 1);
			assertThat(linkError.at("/extensions/work").asLong()).isEqualTo(entities * (entities + mostLinks + 1))
				.isGreaterThan(100_000);
			assertThat(linkError.at("/extensions/exact").asBoolean()).isFalse();

			JsonNode entityMeasures = Http
				.json(app.graphql("{ entity(key: \"org:kari\") { id measures { degree } } }"));
			assertThat(entityMeasures.at("/errors/0/extensions/code").asString()).as(entityMeasures.toString())
				.isEqualTo("LIMIT_EXCEEDED");
			assertThat(entityMeasures.at("/data/entity/id").asString()).isEqualTo("org:kari");

			HttpResponse<String> export = app.get("/export/graphml");
			assertThat(export.statusCode()).isEqualTo(400);
			assertThat(Http.json(export).at("/errors/0/extensions/code").asString()).isEqualTo("LIMIT_EXCEEDED");

			JsonNode councils = Http.json(app.graphql("""
					{ rankings(measure: DEGREE, kinds: [INDUSTRIAL_COMPLEX, COUNCIL], types: [MEMBER_OF], first: 3) {
					    totalCount edges { rank node { id } } } }"""));
			assertThat(councils.has("errors")).as(councils.toString()).isFalse();
			assertThat(councils.at("/data/rankings/totalCount").asInt()).isPositive();
			assertThat(councils.at("/data/rankings/edges/0/rank").asInt()).isEqualTo(1);

			// Within the bound, the projection's network is read whole: its counts are
			// the
			// same as the counts of its kinds' entities.
			JsonNode organizations = Http.json(app.graphql("{ network(kinds: [ORGANIZATION]) { entities } }"));
			long organizationCount = Http
				.json(app.graphql("{ counts(kinds: [ORGANIZATION], groupBy: KIND) { buckets { count } } }"))
				.at("/data/counts/buckets/0/count")
				.asLong();
			assertThat(organizations.at("/data/network/entities").asLong()).as(organizations.toString())
				.isEqualTo(organizationCount)
				.isPositive();
		}
	}

}
