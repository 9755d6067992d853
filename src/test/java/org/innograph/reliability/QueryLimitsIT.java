package org.innograph.reliability;

import java.net.http.HttpResponse;
import java.util.Map;

import org.innograph.store.GraphReads;
import org.innograph.support.Http;
import org.innograph.support.IntegrationTest;
import org.innograph.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile or careless queries are refused before any Cypher runs, with code
 * LIMIT_EXCEEDED and the limit in the message; reasonable ones still pass.
 */
// Counts the statements its context runs. Alone on it.
@ResourceLock(TestDatabase.LOCK)
@IntegrationTest
class QueryLimitsIT {

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
	void rejectsTwentyLevelSelfNesting() {
		String inner = "id";
		for (int i = 0; i < 10; i++) {
			inner = "relationships(first: 1) { nodes { from { " + inner + " } } }";
		}
		assertRefusedWithoutCypher(this.http.graphql("{ entity(key: \"org:kari\") { " + inner + " } }"),
				"levels deep; the limit is 12");
	}

	@Test
	void rejectsHundredAliases() {
		StringBuilder query = new StringBuilder("{");
		for (int i = 0; i < 101; i++) {
			query.append(" a").append(i).append(": entity(key: \"org:kari\") { id }");
		}
		assertRefusedWithoutCypher(this.http.graphql(query.append(" }").toString()), "aliases; the limit is 30");
	}

	@Test
	void rejectsAnOversizedDocument() {
		String padding = " ".repeat(30_000);
		assertRefusedWithoutCypher(this.http.graphql("{" + padding + "__typename }"), "the limit is 20000");
	}

	@Test
	void rejectsAnOversizedBody() {
		long before = this.reads.statementCount();
		HttpResponse<String> response = this.http.graphql("query($x: String) { __typename }",
				Map.of("x", "가".repeat(60_000)));
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(Http.json(response).at("/errors/0/extensions/code").asString()).isEqualTo("LIMIT_EXCEEDED");
		assertThat(this.reads.statementCount()).isEqualTo(before);
	}

	@Test
	void rejectsFirstThousand() {
		// At most the shared context's raised largest page; the default 100 is checked in
		// EntityArgumentsSliceTests.
		assertRefusedWithoutCypher(this.http.graphql("{ entities(first: 1000) { totalCount } }"),
				"'first' may be at most " + IntegrationTest.MAX_PAGE_SIZE);
	}

	@Test
	void rejectsNestedConnectionsWhoseCostExceedsTheLimit() {
		assertRefusedWithoutCypher(
				this.http.graphql("{ entities(first: 100) { nodes { relationships(first: 100) { totalCount } } } }"),
				"10100 nodes");
	}

	@Test
	void rejectsTheCostHiddenInVariables() {
		assertRefusedWithoutCypher(this.http.graphql(
				"query($n: Int) { entities(first: $n) { nodes { neighbors(first: $n) { totalCount } } } }",
				Map.of("n", 90)), "8190 nodes");
	}

	@Test
	void acceptsAReasonableNestedQuery() {
		HttpResponse<String> response = this.http
			.graphql("{ entities(first: 20) { nodes { relationships(first: 20) { totalCount } } } }");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(Http.json(response).has("errors")).isFalse();
	}

	@Test
	void rejectsTooManyTokens() {
		String fields = "x ".repeat(3100);
		HttpResponse<String> response = this.http.graphql("{ " + fields + "}");
		JsonNode error = Http.json(response).at("/errors/0");
		assertThat(error.at("/extensions/code").asString()).isIn("BAD_REQUEST", "LIMIT_EXCEEDED");
		assertThat(error.path("message").asString()).containsAnyOf("3000", "3,000");
	}

	private void assertRefusedWithoutCypher(HttpResponse<String> response, String messagePart) {
		long before = this.reads.statementCount();
		JsonNode body = Http.json(response);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(body.at("/errors/0/extensions/code").asString()).isEqualTo("LIMIT_EXCEEDED");
		assertThat(body.at("/errors/0/message").asString()).contains(messagePart);
		assertThat(body.at("/errors/0/extensions/requestId").asString()).isNotBlank();
		assertThat(body.path("data").isMissingNode() || body.path("data").isNull()).isTrue();
		assertThat(this.reads.statementCount()).as("statements run").isEqualTo(before);
	}

}
