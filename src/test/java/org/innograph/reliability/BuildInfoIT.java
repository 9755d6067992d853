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
 * {@code /actuator/info} tells an admin which build is running: the one Maven built (its
 * build-info goal).
 */
// Writes to the shared database (tokens). Alone on it.
@ResourceLock(TestDatabase.LOCK)
@IntegrationTest
class BuildInfoIT {

	@LocalServerPort
	int port;

	@Autowired
	ApiTokens tokens;

	@Autowired
	Neo4jClient client;

	private final String run = "info-" + UUID.randomUUID().toString().substring(0, 8);

	@AfterEach
	void deleteTokens() {
		this.client.query("MATCH (t:ApiToken) WHERE t.name STARTS WITH $run DELETE t").bind(this.run).to("run").run();
	}

	@Test
	void anAdminSeesTheBuild() {
		String admin = this.tokens.create(this.run + "-admin", Role.ADMIN);
		HttpResponse<String> response = RunningApp
			.send(HttpRequest.newBuilder(new Http(this.port).uri("/actuator/info"))
				.header("Authorization", "Bearer " + admin)
				.build());
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode build = Http.json(response).path("build");
		assertThat(build.path("group").asString()).as(response.body()).isEqualTo("org.innograph");
		assertThat(build.path("artifact").asString()).isEqualTo("innograph");
		assertThat(build.path("name").asString()).isEqualTo("Innograph");
		// The version Maven builds (passed by Failsafe), else at least a version's shape.
		String expected = System.getProperty("innograph.version");
		if (expected != null) {
			assertThat(build.path("version").asString()).isEqualTo(expected);
		}
		assertThat(build.path("version").asString()).matches("\\d+\\.\\d+\\.\\d+.*");
		assertThat(build.path("time").asString()).isNotBlank();
	}

}
