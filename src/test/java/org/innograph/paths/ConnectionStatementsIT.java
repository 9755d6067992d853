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
 * {@code connections} starts with one statement that searches chains of stated links and,
 * when there are none, chains of any links, and answers whether both ends exist: a
 * question asks the store for its ends only when that statement has no row. KASI and
 * KIGAM are parties of the 2023 Daejeon space MOU
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
		// Stated chains, then any chains, in one statement whose row says the ends exist.
		assertThat(this.reads.statementCount() - before).as("statements").isEqualTo(1);
	}

	@Test
	void aChainOfPlannedLinksOnlyIsOneStatement() {
		// Daejeon's office of education reaches the large public-technology
		// commercialisation demonstration in three hops, not all of them stated; no chain
		// of stated links within four.
		long before = this.reads.statementCount();
		JsonNode body = connections("org:daejeon-office-of-education",
				"program:large-public-tech-commercialisation-demo", 4);
		assertThat(body.path("errors").isMissingNode()).as(body.toString()).isTrue();
		assertThat(body.at("/data/connections/0/length").asInt()).isEqualTo(3);
		assertThat(body.at("/data/connections/0/allStated").asBoolean()).isFalse();
		assertThat(this.reads.statementCount() - before).as("statements").isEqualTo(1);
	}

	@Test
	void anUnknownEndIsStillNotFound() {
		long before = this.reads.statementCount();
		JsonNode body = connections("org:kasi", "org:no-such", 4);
		assertThat(body.at("/data/connections").size()).isZero();
		assertThat(body.at("/errors/0/extensions/code").asString()).isEqualTo("NOT_FOUND");
		assertThat(body.at("/errors/0/message").asString()).contains("org:no-such");
		// The searches' statement had no row: only then are the ends read, to say which.
		assertThat(this.reads.statementCount() - before).as("statements").isEqualTo(2);
	}

	@Test
	void theSameUnknownIdTwiceIsNotFoundBeforeItIsTheSame() {
		JsonNode body = connections("org:no-such", "org:no-such", 4);
		assertThat(body.at("/errors/0/extensions/code").asString()).isEqualTo("NOT_FOUND");
		JsonNode same = connections("org:kasi", "org:kasi", 4);
		assertThat(same.at("/errors/0/extensions/code").asString()).isEqualTo("BAD_REQUEST");
	}

	@Test
	void aReportWithChainsIsOneStatementToo() {
		long before = this.reads.statementCount();
		JsonNode body = Http.json(new Http(this.port)
			.graphql("{ connectionReport(from: \"org:kasi\", to: \"org:kigam\", first: 1) { paths { length } } }"));
		assertThat(body.path("errors").isMissingNode()).as(body.toString()).isTrue();
		assertThat(body.at("/data/connectionReport/paths/0/length").asInt()).isEqualTo(2);
		assertThat(this.reads.statementCount() - before).as("statements").isEqualTo(1);
		JsonNode unknown = Http.json(new Http(this.port)
			.graphql("{ connectionReport(from: \"org:no-such\", to: \"org:no-such\") { reason } }"));
		assertThat(unknown.at("/errors/0/extensions/code").asString()).isEqualTo("NOT_FOUND");
	}

	private JsonNode connections(String from, String to, int maxHops) {
		return Http.json(new Http(this.port)
			.graphql("{ connections(from: \"%s\", to: \"%s\", maxHops: %d, first: 1) ".formatted(from, to, maxHops)
					+ "{ length allStated nodes { id } } }"));
	}

}
