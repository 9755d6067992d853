package org.innograph.security;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import org.innograph.support.Http;
import org.innograph.support.IntegrationTest;
import org.innograph.support.RunningApp;
import org.innograph.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A verified token is remembered for {@code innograph.identity.known-token-memory} (5 s):
 * a token revoked by another instance or by the {@code token revoke} command, which this
 * instance does not hear of, is refused here within that time; one revoked through this
 * instance at once.
 */
// Writes tokens to the shared database. Alone on it.
@ResourceLock(TestDatabase.LOCK)
@IntegrationTest
class TokenMemoryIT {

	private static final String HISTORY = "{ history(id: \"org:kari\", first: 1) { totalCount } }";

	@Autowired
	ApiTokens tokens;

	@Autowired
	Neo4jClient client;

	@LocalServerPort
	int port;

	@Test
	void aTokenRevokedElsewhereIsRefusedWithinTheMemory() throws Exception {
		String name = "it-" + UUID.randomUUID().toString().substring(0, 8);
		String token = this.tokens.create(name, Role.EDITOR);
		assertThat(historyWith(token).statusCode()).isEqualTo(200);

		// What another instance's revoke writes; this instance's memory is not told.
		this.client.query("MATCH (t:ApiToken {name: $name}) SET t.revokedAt = datetime()").bind(name).to("name").run();
		long revokedAt = System.nanoTime();
		int status = 200;
		while (status == 200 && System.nanoTime() - revokedAt < 15_000_000_000L) {
			status = historyWith(token).statusCode();
			if (status == 200) {
				Thread.sleep(250);
			}
		}
		double seconds = (System.nanoTime() - revokedAt) / 1e9;
		assertThat(status).isEqualTo(401);
		// The bound is the configured 5 s; the margin is for a loaded machine's
		// scheduling.
		assertThat(seconds).as("seconds until refused").isLessThan(8);
	}

	@Test
	void aTokenRevokedThroughThisInstanceIsRefusedAtOnce() {
		String name = "it-" + UUID.randomUUID().toString().substring(0, 8);
		String token = this.tokens.create(name, Role.EDITOR);
		assertThat(historyWith(token).statusCode()).isEqualTo(200);
		assertThat(this.tokens.revoke(name)).isEqualTo(1);
		assertThat(historyWith(token).statusCode()).isEqualTo(401);
	}

	private HttpResponse<String> historyWith(String token) {
		return RunningApp.send(HttpRequest.newBuilder(new Http(this.port).uri("/graphql"))
			.header("Content-Type", "application/json")
			.header("Authorization", "Bearer " + token)
			.POST(HttpRequest.BodyPublishers.ofString(Http.JSON.writeValueAsString(Map.of("query", HISTORY)),
					StandardCharsets.UTF_8))
			.build());
	}

}
