package org.innograph.reliability;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.innograph.store.GraphReads;
import org.innograph.support.Http;
import org.innograph.support.IntegrationTest;
import org.innograph.support.Unthrottled;
import org.innograph.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Small documents cannot ask for huge answers: lists that do not page (facts, evidence,
 * sources, the entities at the ends of relationships) count towards the node limit by
 * their bounds, and an answer that grows past the size ceiling while it resolves is
 * stopped with LIMIT_EXCEEDED.
 */
// Counts the statements its context runs. Alone on it.
@ResourceLock(TestDatabase.LOCK)
@IntegrationTest
@Unthrottled
class AmplificationIT {

	/** Everything an entity lists that does not page, with its sources' titles. */
	private static final String FRAGMENTS = """
			fragment V on Evidence { quote locator source { id title { ko en } publisher { ko en } } }
			fragment E on Entity { id name { ko en } description { ko en } facts { key display evidence { ...V } }
			  evidence { ...V } sources { id title { ko en } } }
			""";

	@LocalServerPort
	int port;

	@Autowired
	GraphReads reads;

	Http http;

	@BeforeEach
	void setUp() {
		this.http = new Http(this.port);
	}

	@Test
	void aliasedListsThatDoNotPageCountTowardsTheNodeLimit() {
		// 2 × (100 + 100 × 24) = 5,000 nodes, just within that limit; its records are
		// millions.
		StringBuilder query = new StringBuilder("{");
		for (String alias : new String[] { "a", "b" }) {
			query.append(' ')
				.append(alias)
				.append(": entities(first: 100, orderBy: DEGREE) { nodes { ...E ")
				.append("relationships(first: 24) { nodes { from { ...E } to { ...E } evidence { ...V } } } } }");
		}
		String document = query.append(" }\n").append(FRAGMENTS).toString();
		assertThat(document.length()).isLessThan(20_000);
		long before = this.reads.statementCount();
		HttpResponse<String> response = this.http.graphql(document);
		JsonNode body = Http.json(response);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(body.at("/errors/0/extensions/code").asString()).as(response.body()).isEqualTo("LIMIT_EXCEEDED");
		assertThat(body.at("/errors/0/message").asString()).contains("records").contains("the limit is 50000");
		assertThat(this.reads.statementCount()).as("statements run").isEqualTo(before);
	}

	@Test
	void anAnswerThatGrowsPastTheCeilingIsStopped() {
		// 40 + 40 × 100 = 4,040 nodes and 29 aliases: within the static limits, but each
		// of the hubs'
		// relationships is cited 29 times over, far more than the ceiling of this test
		// (300 KB).
		StringBuilder citations = new StringBuilder();
		for (int i = 0; i < 29; i++) {
			citations.append(" c")
				.append(i)
				.append(": citation(language: ")
				.append((i % 2 == 0) ? "KO" : "EN")
				.append(')');
		}
		String document = "{ entities(first: 40, orderBy: DEGREE) { nodes { id relationships(first: 100) { nodes {"
				+ citations + " } } } } }";
		HttpResponse<String> response = this.http.graphql(document);
		JsonNode body = Http.json(response);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(body.at("/errors/0/extensions/code").asString()).as(response.body()).isEqualTo("LIMIT_EXCEEDED");
		assertThat(body.at("/errors/0/message").asString()).contains("larger than " + Unthrottled.CEILING + " bytes");
		assertThat(body.path("data").isMissingNode() || body.path("data").isNull()).isTrue();
		assertThat(response.body().getBytes(StandardCharsets.UTF_8).length).isLessThan(2_000);
	}

	@Test
	void anAnswerWithinTheCeilingIsWhole() {
		String document = "{ entities(first: 5, orderBy: DEGREE) { nodes { ...E } } }\n" + FRAGMENTS;
		HttpResponse<String> response = this.http.graphql(document);
		JsonNode body = Http.json(response);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(body.has("errors")).as(response.body()).isFalse();
		assertThat(body.at("/data/entities/nodes")).hasSize(5);
		int bytes = response.body().getBytes(StandardCharsets.UTF_8).length;
		System.out.printf("AmplificationIT: 5 entities with their facts, evidence and sources: %d bytes%n", bytes);
		assertThat(bytes).isLessThanOrEqualTo((int) Unthrottled.CEILING);
	}

}
