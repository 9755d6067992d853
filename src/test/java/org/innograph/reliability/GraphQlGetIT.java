package org.innograph.reliability;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.innograph.store.GraphReads;
import org.innograph.support.Http;
import org.innograph.support.IntegrationTest;
import org.innograph.support.RunningApp;
import org.innograph.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GraphQL over {@code GET /graphql?query=…}: queries answer as over POST, mutations are
 * refused with 405 and {@code Allow: POST}, and the limits of POST apply: the address
 * length, the document's length and depth, and the rate limit's price.
 */
// Counts the statements its context runs. Alone on it.
@ResourceLock(TestDatabase.LOCK)
@IntegrationTest
class GraphQlGetIT {

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
	void aQueryOverGetAnswersAsOverPost() {
		String query = "query One($key: String!) { entity(key: $key) { id name { en } } }";
		HttpResponse<String> get = get(
				"query=" + encode(query) + "&variables=" + encode("{\"key\":\"org:kari\"}") + "&operationName=One");
		HttpResponse<String> post = this.http.graphql(query, java.util.Map.of("key", "org:kari"));
		assertThat(get.statusCode()).isEqualTo(200);
		assertThat(get.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).contains("json"));
		JsonNode body = Http.json(get);
		assertThat(body.at("/data/entity/id").asString()).isEqualTo("org:kari");
		assertThat(body).isEqualTo(Http.json(post));
		// The price is spent as for a POST: the client's remaining points are reported.
		assertThat(get.headers().firstValue("X-RateLimit-Remaining")).isPresent();
	}

	@Test
	void aMutationOverGetIsRefusedWith405AndAllowPost() {
		long before = this.reads.statementCount();
		HttpResponse<String> response = get("query="
				+ encode("mutation { retireEntity(input: { id: \"org:kari\", reason: \"x\" }) { __typename } }"));
		assertThat(response.statusCode()).isEqualTo(405);
		assertThat(response.headers().firstValue("Allow")).hasValue("POST");
		JsonNode body = Http.json(response);
		assertThat(body.at("/errors/0/extensions/code").asString()).isEqualTo("BAD_REQUEST");
		assertThat(body.at("/errors/0/message").asString()).contains("mutation").contains("POST");
		assertThat(this.reads.statementCount()).isEqualTo(before);
	}

	@Test
	void aMutationNamedAmongQueriesIsRefusedToo() {
		String document = "query Q { __typename } mutation M { __typename }";
		assertThat(get("query=" + encode(document) + "&operationName=M").statusCode()).isEqualTo(405);
		assertThat(Http.json(get("query=" + encode(document) + "&operationName=Q")).at("/data/__typename").asString())
			.isEqualTo("Query");
	}

	@Test
	void aTooDeepGetIsRefusedAsOverPost() {
		String inner = "id";
		for (int i = 0; i < 7; i++) {
			inner = "relationships(first: 1) { nodes { from { " + inner + " } } }";
		}
		long before = this.reads.statementCount();
		HttpResponse<String> response = get("query=" + encode("{ entity(key: \"org:kari\") { " + inner + " } }"));
		JsonNode body = Http.json(response);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(body.at("/errors/0/extensions/code").asString()).isEqualTo("LIMIT_EXCEEDED");
		assertThat(body.at("/errors/0/message").asString()).contains("levels deep; the limit is 12");
		assertThat(this.reads.statementCount()).isEqualTo(before);
	}

	@Test
	void aTooLongDocumentOverGetIsRefusedAsOverPost() {
		// '+' is one encoded space: a document of 25,000 characters in a 25,000-character
		// address.
		HttpResponse<String> response = get("query=%7B" + "+".repeat(25_000) + "__typename%7D");
		JsonNode body = Http.json(response);
		assertThat(body.at("/errors/0/extensions/code").asString()).isEqualTo("LIMIT_EXCEEDED");
		assertThat(body.at("/errors/0/message").asString()).contains("the limit is 20000");
	}

	@Test
	void anAddressOverTheLimitIsRefusedWithJson() {
		HttpResponse<String> response = get("query=%7B" + "+".repeat(40_000) + "__typename%7D");
		assertThat(response.statusCode()).isEqualTo(414);
		JsonNode body = Http.json(response);
		assertThat(body.at("/errors/0/extensions/code").asString()).isEqualTo("LIMIT_EXCEEDED");
		assertThat(body.at("/errors/0/message").asString()).contains("the limit is 30000");
	}

	@Test
	void variablesThatAreNotAnObjectAreABadRequest() {
		HttpResponse<String> response = get("query=" + encode("{ __typename }") + "&variables=" + encode("[1]"));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(Http.json(response).at("/errors/0/extensions/code").asString()).isEqualTo("BAD_REQUEST");
	}

	private HttpResponse<String> get(String parameters) {
		return RunningApp.send(HttpRequest.newBuilder(this.http.uri("/graphql?" + parameters))
			.header("Accept", "application/json")
			.GET()
			.build());
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
