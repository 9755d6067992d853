package org.innograph.store;

import java.net.URI;
import java.net.http.HttpResponse;

import org.innograph.embedded.EmbeddedNeo4j;
import org.innograph.support.IntegrationTest;
import org.innograph.support.RunningApp;
import org.innograph.support.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With a database URI configured the application starts no embedded database and works
 * against the server, including through a {@code neo4j://} routing URI; an unreachable
 * server is reported in one log line and by health, and the application stays up.
 */
// Alone: it reads the process's captured output, which a class running beside it would
// add to.
@Isolated
@Tag("process")
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ExternalModeIT {

	@Autowired
	ApplicationContext context;

	@Autowired
	Driver driver;

	@Test
	void startsNoEmbeddedDatabaseWhenAUriIsConfigured() {
		assertThat(this.context.getBeanProvider(EmbeddedNeo4j.class).getIfAvailable()).isNull();
		this.driver.verifyConnectivity();
	}

	@Test
	void worksThroughARoutingUri() {
		URI bolt = TestDatabase.uri();
		String routing = "neo4j://" + bolt.getHost() + ":" + bolt.getPort();
		// The shared database's credentials, with the routing URI in place of its bolt://
		// one.
		try (RunningApp app = RunningApp
			.start(TestDatabase.connectionAnd("spring.neo4j.uri=" + routing, "innograph.seed.enabled=false"))) {
			HttpResponse<String> response = app.graphql("{ entity(key: \"org:kari\") { acronyms } }");
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.body()).contains("KARI");
			assertThat(app.context().getBeanProvider(EmbeddedNeo4j.class).getIfAvailable()).isNull();
		}
	}

	@Test
	void anUnreachableDatabaseIsReportedAndHealthIsDown(CapturedOutput output) {
		try (RunningApp app = RunningApp.start("spring.neo4j.uri=bolt://127.0.0.1:1",
				"innograph.store.retry-interval=1h")) {
			assertThat(output.getOut()).contains("Neo4j at bolt://127.0.0.1:1 is unreachable");
			HttpResponse<String> health = app.get("/actuator/health");
			assertThat(health.statusCode()).isEqualTo(503);
			assertThat(health.body()).contains("\"status\":\"DOWN\"");
			assertThat(app.get("/actuator/health/readiness").statusCode()).isEqualTo(503);
			assertThat(app.get("/actuator/health/liveness").statusCode()).isEqualTo(200);
		}
	}

}
