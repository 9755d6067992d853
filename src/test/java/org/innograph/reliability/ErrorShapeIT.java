package org.innograph.reliability;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.innograph.support.Http;
import org.innograph.support.IntegrationTest;
import org.innograph.support.RunningApp;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every refusal of {@code /graphql} and {@code /export}, whoever refuses — a filter, the
 * GraphQL route, Spring MVC, the container — answers in one shape:
 * {@code {"errors":[{"message", "extensions":{"code", "requestId"}}]}}, with the request
 * id of the response header, no empty {@code path} or {@code locations}, and nothing of
 * the inside (classes, stack traces).
 */
@IntegrationTest
class ErrorShapeIT {

	@LocalServerPort
	int port;

	@ParameterizedTest(name = "{0} {1} {2} -> {4} {5}")
	@CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
			POST | /graphql            | application/json | null                              | 400 | BAD_REQUEST
			POST | /graphql            | application/json | 42                                | 400 | BAD_REQUEST
			POST | /graphql            | application/json | {"query":                         | 400 | BAD_REQUEST
			POST | /graphql            | application/json | [{"query":"{ __typename }"}]      | 400 | BAD_REQUEST
			POST | /graphql            | text/plain       | {"query":"{ __typename }"}        | 415 | BAD_REQUEST
			POST | /graphql            | application/x-www-form-urlencoded | query=x          | 415 | BAD_REQUEST
			GET  | /graphql?query=mutation%7B__typename%7D |  |                           | 405 | BAD_REQUEST
			GET  | /graphql?query=%7B__typename%7D&variables=%5B%5D | |                     | 400 | BAD_REQUEST
			POST | /export/csv         | application/json | {}                                | 405 | BAD_REQUEST
			GET  | /export/pdf         |                  |                                   | 400 | BAD_REQUEST
			GET  | /export/graphml?around=org:nobody |    |                                   | 404 | NOT_FOUND
			GET  | /no/such/page       |                  |                                   | 404 | NOT_FOUND
			""")
	void everyRefusalHasTheOneErrorShape(String method, String path, String contentType, String body, int status,
			String code) {
		HttpRequest.Builder request = HttpRequest.newBuilder(new Http(this.port).uri(path));
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		request.method(method, (body != null) ? HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)
				: HttpRequest.BodyPublishers.noBody());
		assertOneShape(RunningApp.send(request.build()), status, code);
	}

	@ParameterizedTest(name = "{0} -> {1} {2}")
	@CsvSource(delimiter = '|', textBlock = """
			Bearer igt_not-a-real-token                              | 401 | UNAUTHENTICATED
			Bearer igt_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA     | 401 | UNAUTHENTICATED
			Basic dXNlcjpwYXNz                                       | 401 | UNAUTHENTICATED
			""")
	void anUnverifiableCredentialIsRefusedWith401(String authorization, int status, String code) {
		for (String path : new String[] { "/graphql", "/export/csv" }) {
			HttpRequest.Builder request = HttpRequest.newBuilder(new Http(this.port).uri(path))
				.header("Authorization", authorization);
			if (path.equals("/graphql")) {
				request.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ __typename }\"}"));
			}
			assertOneShape(RunningApp.send(request.build()), status, code);
		}
	}

	@ParameterizedTest(name = "{0} -> 413")
	@CsvSource({ "application/json", "text/plain" })
	void anOversizedBodyIs413LimitExceeded(String contentType) {
		String body = "{\"query\":\"" + "x".repeat(150_000) + "\"}";
		assertOneShape(new Http(this.port).post(contentType, body), 413, "LIMIT_EXCEEDED");
	}

	@ParameterizedTest(name = "{0} -> 400")
	@CsvSource({ "X-Neo4j-Bookmark, not a bookmark" })
	void aMalformedBookmarkIs400(String header, String value) {
		assertOneShape(RunningApp.send(HttpRequest.newBuilder(new Http(this.port).uri("/graphql"))
			.header("Content-Type", "application/json")
			.header(header, value)
			.POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ __typename }\"}"))
			.build()), 400, "BAD_REQUEST");
	}

	/**
	 * As the README says: a document over the parser's token limit is LIMIT_EXCEEDED, not
	 * BAD_REQUEST.
	 */
	@ParameterizedTest(name = "{0} tokens")
	@CsvSource({ "3100", "5000" })
	void aDocumentOverTheTokenLimitIsLimitExceeded(int tokens) {
		HttpResponse<String> response = new Http(this.port).graphql("{ " + "a ".repeat(tokens) + "}");
		JsonNode error = Http.json(response).at("/errors/0");
		assertThat(error.at("/extensions/code").asString()).as(response.body()).isEqualTo("LIMIT_EXCEEDED");
		assertThat(error.path("message").asString()).contains("tokens");
		assertThat(error.has("path") || error.has("locations")).as(response.body()).isFalse();
		assertThat(error.at("/extensions/requestId").asString())
			.isEqualTo(response.headers().firstValue("X-Request-Id").orElseThrow());
	}

	/**
	 * Errors of GraphQL's own answers (HTTP 200) have no empty path or locations either.
	 */
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|',
			textBlock = """
					{ entity(key:                                                 | BAD_REQUEST
					{ nonsense }                                                  | BAD_REQUEST
					{ a0: entity(key: "org:kari") { id } a1: entity(key: "org:kari") { id } a2: entity(key: "org:kari") { id } a3: entity(key: "org:kari") { id } a4: entity(key: "org:kari") { id } a5: entity(key: "org:kari") { id } a6: entity(key: "org:kari") { id } a7: entity(key: "org:kari") { id } a8: entity(key: "org:kari") { id } a9: entity(key: "org:kari") { id } b0: entity(key: "org:kari") { id } b1: entity(key: "org:kari") { id } b2: entity(key: "org:kari") { id } b3: entity(key: "org:kari") { id } b4: entity(key: "org:kari") { id } b5: entity(key: "org:kari") { id } b6: entity(key: "org:kari") { id } b7: entity(key: "org:kari") { id } b8: entity(key: "org:kari") { id } b9: entity(key: "org:kari") { id } c0: entity(key: "org:kari") { id } c1: entity(key: "org:kari") { id } c2: entity(key: "org:kari") { id } c3: entity(key: "org:kari") { id } c4: entity(key: "org:kari") { id } c5: entity(key: "org:kari") { id } c6: entity(key: "org:kari") { id } c7: entity(key: "org:kari") { id } c8: entity(key: "org:kari") { id } c9: entity(key: "org:kari") { id } d0: entity(key: "org:kari") { id } } | LIMIT_EXCEEDED
					""")
	void graphQlErrorsHaveNoEmptyPathOrLocations(String query, String code) {
		HttpResponse<String> response = new Http(this.port).graphql(query);
		JsonNode error = Http.json(response).at("/errors/0");
		assertThat(error.at("/extensions/code").asString()).as(response.body()).isEqualTo(code);
		for (String empty : new String[] { "path", "locations" }) {
			assertThat(!error.has(empty) || !error.get(empty).isEmpty()).as(response.body()).isTrue();
		}
	}

	static void assertOneShape(HttpResponse<String> response, int status, String code) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).get()
			.asString()
			.as(response.body())
			.startsWith("application/json");
		JsonNode body = Http.json(response);
		assertThat(body.path("errors").size()).as(response.body()).isEqualTo(1);
		JsonNode error = body.at("/errors/0");
		assertThat(error.path("message").asString()).as(response.body()).isNotBlank();
		assertThat(error.at("/extensions/code").asString()).as(response.body()).isEqualTo(code);
		assertThat(error.at("/extensions/requestId").asString()).as(response.body())
			.isEqualTo(response.headers().firstValue("X-Request-Id").orElseThrow());
		for (String empty : new String[] { "path", "locations" }) {
			assertThat(!error.has(empty) || !error.get(empty).isEmpty()).as(response.body()).isTrue();
		}
		assertThat(body.has("data")).as("a refusal has no data").isFalse();
		assertThat(response.body()).doesNotContain("Exception", "at org.", "java.", "timestamp");
	}

}
