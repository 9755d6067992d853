package org.innograph.paths;

import org.innograph.store.GraphReads;
import org.innograph.support.Http;
import org.innograph.support.IntegrationTest;
import org.innograph.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code connections} asks whether its ends exist only when it finds no chain: a chain
 * found starts and ends at them. KASI and KIGAM are parties of the 2023 Daejeon space MOU
 * (graph-seed/000-daejeon-space-mou.yaml), two stated hops apart.
 */
// Counts the statements its context runs. Alone on it.
@ResourceLock(TestDatabase.LOCK)
@IntegrationTest
class ConnectionStatementsIT {

	@LocalServerPort
	int port;

	@Autowired
	GraphReads reads;

	@Test
	void aChainFoundIsOneStatement() {
		long before = this.reads.statementCount();
		JsonNode body = connections("org:kasi", "org:kigam", 4);
		assertThat(body.path("errors").isMissingNode()).as(body.toString()).isTrue();
		assertThat(body.at("/data/connections/0/length").asInt()).isEqualTo(2);
		assertThat(body.at("/data/connections/0/nodes/0/id").asString()).isEqualTo("org:kasi");
		// The stated search found the chain: no check of the ends, no second search.
		assertThat(this.reads.statementCount() - before).as("statements").isEqualTo(1);
	}

	@Test
	void noChainAsksWhetherTheEndsExist() {
		long before = this.reads.statementCount();
		JsonNode body = connections("org:kasi", "org:kigam", 1);
		assertThat(body.path("errors").isMissingNode()).as(body.toString()).isTrue();
		assertThat(body.at("/data/connections").size()).isZero();
		// Stated chains, any chains, then the ends.
		assertThat(this.reads.statementCount() - before).as("statements").isEqualTo(3);
	}

	@Test
	void anUnknownEndIsStillNotFound() {
		JsonNode body = connections("org:kasi", "org:no-such", 4);
		assertThat(body.at("/data/connections").size()).isZero();
		assertThat(body.at("/errors/0/extensions/code").asString()).isEqualTo("NOT_FOUND");
		assertThat(body.at("/errors/0/message").asString()).contains("org:no-such");
	}

	@Test
	void theSameUnknownIdTwiceIsNotFoundBeforeItIsTheSame() {
		JsonNode body = connections("org:no-such", "org:no-such", 4);
		assertThat(body.at("/errors/0/extensions/code").asString()).isEqualTo("NOT_FOUND");
		JsonNode same = connections("org:kasi", "org:kasi", 4);
		assertThat(same.at("/errors/0/extensions/code").asString()).isEqualTo("BAD_REQUEST");
	}

	private JsonNode connections(String from, String to, int maxHops) {
		return Http.json(new Http(this.port)
			.graphql("{ connections(from: \"%s\", to: \"%s\", maxHops: %d, first: 1) ".formatted(from, to, maxHops)
					+ "{ length nodes { id } } }"));
	}

}
