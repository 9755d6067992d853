package org.innograph.reliability;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.innograph.embedded.EmbeddedNeo4j;
import org.innograph.support.Http;
import org.innograph.support.RunningApp;
import org.innograph.support.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When the database goes away the service stays up, health and readiness say DOWN,
 * queries fail fast with SERVICE_UNAVAILABLE; when it comes back the service answers
 * again without a restart.
 */
@Tag("process")
class DatabaseOutageIT {

	@Test
	void databaseDownThenUpAgain() throws Exception {
		Path home = TestDatabase.temporaryDirectory("innograph-outage");
		int boltPort = freePort();
		EmbeddedNeo4j database = EmbeddedNeo4j.start(home, boltPort, "64m", Duration.ofMinutes(5));
		try (RunningApp app = RunningApp.start("spring.neo4j.uri=bolt://127.0.0.1:" + boltPort,
				"spring.neo4j.authentication.username=" + database.credentials().username(),
				"spring.neo4j.authentication.password=" + database.credentials().password(),
				"innograph.store.retry-interval=2s")) {
			assertThat(app.graphql("{ entity(key: \"org:kari\") { id } }").body()).contains("org:kari");

			database.close();
			Instant asked = Instant.now();
			HttpResponse<String> down = app.graphql("{ entity(key: \"org:kari\") { id } }");
			assertThat(Duration.between(asked, Instant.now())).isLessThan(Duration.ofSeconds(15));
			assertThat(Http.json(down).at("/errors/0/extensions/code").asString()).isEqualTo("SERVICE_UNAVAILABLE");
			assertThat(app.get("/actuator/health").statusCode()).isEqualTo(503);
			assertThat(app.get("/actuator/health/readiness").statusCode()).isEqualTo(503);
			assertThat(app.get("/actuator/health/liveness").statusCode()).isEqualTo(200);
			// With a token, the token cannot be checked: unavailable, not
			// "unauthenticated", and no stack trace.
			HttpResponse<String> withToken = RunningApp.send(HttpRequest.newBuilder(app.uri("/graphql"))
				.header("Content-Type", "application/json")
				.header("Authorization", "Bearer igt_" + "A".repeat(43))
				.POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ entity(key: \\\"org:kari\\\") { id } }\"}"))
				.build());
			assertThat(withToken.statusCode()).as(withToken.body()).isEqualTo(503);
			assertThat(Http.json(withToken).at("/errors/0/extensions/code").asString())
				.isEqualTo("SERVICE_UNAVAILABLE");

			database = EmbeddedNeo4j.start(home, boltPort, "64m", Duration.ofMinutes(5));
			String body = "";
			Instant deadline = Instant.now().plusSeconds(90);
			while (Instant.now().isBefore(deadline) && !body.contains("\"id\":\"org:kari\"")) {
				Thread.sleep(1000);
				body = app.graphql("{ entity(key: \"org:kari\") { id } }").body();
			}
			assertThat(body).contains("\"id\":\"org:kari\"");
			assertThat(app.get("/actuator/health").statusCode()).isEqualTo(200);
		}
		finally {
			database.close();
			FileSystemUtils.deleteRecursively(home.toFile());
		}
	}

	static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			socket.setReuseAddress(true);
			return socket.getLocalPort();
		}
	}

}
