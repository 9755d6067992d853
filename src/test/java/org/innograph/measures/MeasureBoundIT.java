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
 * industrial complexes joined by membership.
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

			JsonNode whole = Http.json(app.graphql("{ rankings(measure: DEGREE, first: 3) { totalCount } }"));
			JsonNode error = whole.at("/errors/0");
			assertThat(error.at("/extensions/code").asString()).as(whole.toString()).isEqualTo("LIMIT_EXCEEDED");
			assertThat(error.at("/path/0").asString()).isEqualTo("rankings");
			long entities = error.at("/extensions/entities").asLong();
			long relationships = error.at("/extensions/relationships").asLong();
			assertThat(entities).isGreaterThan(500);
			assertThat(relationships).isGreaterThan(800);
			assertThat(error.at("/extensions/work").asLong()).isEqualTo(entities * (entities + relationships));
			assertThat(error.at("/extensions/maxWork").asLong()).isEqualTo(100_000);
			assertThat(error.at("/message").asString()).contains("Narrow it");

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
		}
	}

}
