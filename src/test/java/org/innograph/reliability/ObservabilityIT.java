package org.innograph.reliability;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import org.innograph.security.ApiTokens;
import org.innograph.security.Role;
import org.innograph.support.Http;
import org.innograph.support.IntegrationTest;
import org.innograph.support.RunningApp;
import org.innograph.support.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Metrics of GraphQL requests and of the Neo4j driver are exposed for scraping with an
 * admin token, and to nobody else; health and the probes are public and say no more than
 * the status.
 */
// Writes to the shared database (tokens). Alone on it.
@ResourceLock(TestDatabase.LOCK)
@IntegrationTest
class ObservabilityIT {

	@LocalServerPort
	int port;

	@Autowired
	ApiTokens tokens;

	@Autowired
	Neo4jClient client;

	private final String run = "obs-" + UUID.randomUUID().toString().substring(0, 8);

	@AfterEach
	void deleteTokens() {
		this.client.query("MATCH (t:ApiToken) WHERE t.name STARTS WITH $run DELETE t").bind(this.run).to("run").run();
	}

	@Test
	void graphqlAndDriverMetricsAreExposedToAnAdminToken() {
		Http http = new Http(this.port);
		http.graphql("{ entity(key: \"org:kari\") { id } }");
		String admin = this.tokens.create(this.run + "-admin", Role.ADMIN);
		HttpResponse<String> metrics = get(http, "/actuator/prometheus", admin);
		assertThat(metrics.statusCode()).isEqualTo(200);
		assertThat(metrics.body()).contains("graphql_request_seconds").containsPattern("(?m)^neo4j_");
		// The driver's pool is measured; its timers per transaction, result and Bolt
		// message are off by default.
		assertThat(metrics.body()).contains("db_client_connection_use_time", "db_client_connection_wait_time")
			.doesNotContain("neo4j_db_client_transaction_", "neo4j_db_client_result_", "neo4j_bolt_");
		for (String probe : new String[] { "/actuator/health/liveness", "/actuator/health/readiness" }) {
			HttpResponse<String> response = get(http, probe, null);
			assertThat(response.statusCode()).as(probe).isEqualTo(200);
		}
	}

	@Test
	void prometheusMetricsAndInfoAreNotPublic() {
		Http http = new Http(this.port);
		String editor = this.tokens.create(this.run + "-editor", Role.EDITOR);
		for (String endpoint : new String[] { "/actuator/prometheus", "/actuator/metrics", "/actuator/info" }) {
			HttpResponse<String> anonymous = get(http, endpoint, null);
			assertThat(anonymous.statusCode()).as(endpoint).isEqualTo(401);
			assertError(anonymous, "UNAUTHENTICATED");
			assertThat(anonymous.body()).doesNotContain("neo4j_", "jvm_", "bolt");

			HttpResponse<String> asEditor = get(http, endpoint, editor);
			assertThat(asEditor.statusCode()).as(endpoint).isEqualTo(403);
			assertError(asEditor, "FORBIDDEN");
		}
	}

	@Test
	void publicHealthNamesNoComponentVersionOrPath() {
		Http http = new Http(this.port);
		HttpResponse<String> health = get(http, "/actuator/health", null);
		assertThat(health.statusCode()).isEqualTo(200);
		JsonNode body = Http.json(health);
		assertThat(body.path("status").asString()).isEqualTo("UP");
		assertThat(body.has("components")).as(health.body()).isFalse();
		assertThat(body.has("details")).as(health.body()).isFalse();
		assertThat(health.body()).doesNotContain("bolt://", "version", "edition", "/");

		String admin = this.tokens.create(this.run + "-admin", Role.ADMIN);
		HttpResponse<String> detailed = get(http, "/actuator/health", admin);
		assertThat(Http.json(detailed).has("components")).as(detailed.body()).isTrue();
	}

	private static void assertError(HttpResponse<String> response, String code) {
		JsonNode error = Http.json(response).at("/errors/0");
		assertThat(error.at("/extensions/code").asString()).isEqualTo(code);
		assertThat(error.at("/extensions/requestId").asString())
			.isEqualTo(response.headers().firstValue("X-Request-Id").orElseThrow());
		assertThat(error.path("message").asString()).isNotBlank();
	}

	private static HttpResponse<String> get(Http http, String path, String token) {
		HttpRequest.Builder request = HttpRequest.newBuilder(http.uri(path));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return RunningApp.send(request.build());
	}

}
