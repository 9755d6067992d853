package org.innograph.reliability;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import org.innograph.store.GraphReads;
import org.innograph.support.Http;
import org.innograph.support.IntegrationTest;
import org.innograph.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.parallel.ResourceLock;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The introspection queries that GraphiQL, code generators and client libraries send on
 * first contact pass the limits and answer the schema; the depth limit of data queries
 * stays closed, also to a deep query that names its data fields like introspection.
 */
// Counts the statements its context runs. Alone on it.
@ResourceLock(TestDatabase.LOCK)
@IntegrationTest
class IntrospectionIT {

	@LocalServerPort
	int port;

	@Autowired
	GraphReads reads;

	Http http;

	@BeforeEach
	void setUp() {
		this.http = new Http(this.port);
	}

	@ParameterizedTest
	@ValueSource(strings = { "graphql-js.graphql", "graphql-js-all-options.graphql", "graphql-java.graphql" })
	void theStandardIntrospectionQueriesAnswerTheSchema(String file) throws IOException {
		String query = Files.readString(Path.of("src/test/resources/introspection", file));
		HttpResponse<String> response = this.http.graphql(query);
		JsonNode body = Http.json(response);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(body.path("errors").isMissingNode()).as(body.path("errors").toString()).isTrue();
		assertThat(body.at("/data/__schema/queryType/name").asString()).isEqualTo("Query");
		assertThat(body.at("/data/__schema/types").valueStream().map((type) -> type.path("name").asString()))
			.contains("Entity", "Query", "Node");
	}

	@Test
	void aDeepDataQueryIsStillRefused() {
		String inner = "id";
		for (int i = 0; i < 7; i++) {
			inner = "relationships(first: 1) { nodes { from { " + inner + " } } }";
		}
		assertRefusedWithoutCypher("{ entity(key: \"org:kari\") { " + inner + " } }", "levels deep; the limit is 12");
	}

	@Test
	void aDeepDataQueryAliasedAsIntrospectionIsStillRefused() {
		String inner = "id";
		for (int i = 0; i < 7; i++) {
			inner = "__type: relationships(first: 1) { __schema: nodes { __type: from { " + inner + " } } }";
		}
		assertRefusedWithoutCypher("{ __type: entity(key: \"org:kari\") { " + inner + " } }",
				"levels deep; the limit is 12");
	}

	@Test
	void aDeepDataQueryBesideIntrospectionIsStillRefused() {
		String inner = "id";
		for (int i = 0; i < 7; i++) {
			inner = "relationships(first: 1) { nodes { from { " + inner + " } } }";
		}
		assertRefusedWithoutCypher("{ __schema { queryType { name } } entity(key: \"org:kari\") { " + inner + " } }",
				"levels deep; the limit is 12");
	}

	@Test
	void introspectionDeeperThanItsOwnBoundIsRefused() {
		String inner = "name";
		for (int i = 0; i < 20; i++) {
			inner = "ofType { " + inner + " }";
		}
		HttpResponse<String> response = this.http
			.graphql("{ __type(name: \"Entity\") { fields { type { " + inner + " } } } }");
		JsonNode body = Http.json(response);
		assertThat(body.at("/errors/0/extensions/code").asString()).isIn("LIMIT_EXCEEDED", "BAD_REQUEST");
		assertThat(body.path("data").isMissingNode() || body.path("data").isNull()).isTrue();
	}

	private void assertRefusedWithoutCypher(String query, String messagePart) {
		long before = this.reads.statementCount();
		HttpResponse<String> response = this.http.graphql(query);
		JsonNode body = Http.json(response);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(body.at("/errors/0/extensions/code").asString()).isEqualTo("LIMIT_EXCEEDED");
		assertThat(body.at("/errors/0/message").asString()).contains(messagePart);
		assertThat(body.path("data").isMissingNode() || body.path("data").isNull()).isTrue();
		assertThat(this.reads.statementCount()).as("statements run").isEqualTo(before);
	}

}
