package org.innograph.reliability;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.innograph.support.Http;
import org.innograph.support.IntegrationTest;
import org.innograph.support.RunningApp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GraphQL over HTTP as clients expect it: the right status codes, and coded errors with a
 * request id.
 */
@IntegrationTest
class HttpConformanceIT {

	@LocalServerPort
	int port;

	Http http;

	@BeforeEach
	void setUp() {
		this.http = new Http(this.port);
	}

	@Test
	void aQueryOverGetIsAnswered() {
		HttpResponse<String> response = RunningApp
			.send(HttpRequest.newBuilder(this.http.uri("/graphql?query=%7B__typename%7D")).GET().build());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(Http.json(response).at("/data/__typename").asString()).isEqualTo("Query");
	}

	@Test
	void aMutationOverGetIsMethodNotAllowedWithAllowHeader() {
		HttpResponse<String> response = RunningApp
			.send(HttpRequest.newBuilder(this.http.uri("/graphql?query=mutation%7B__typename%7D")).GET().build());
		assertThat(response.statusCode()).isEqualTo(405);
		assertThat(response.headers().firstValue("Allow")).contains("POST");
	}

	@Test
	void textPlainPostIsUnsupportedMediaType() {
		assertThat(this.http.post("text/plain", "{\"query\":\"{__typename}\"}").statusCode()).isEqualTo(415);
	}

	@Test
	void formPostIsUnsupportedMediaType() {
		assertThat(this.http.post("application/x-www-form-urlencoded", "query=%7B__typename%7D").statusCode())
			.isEqualTo(415);
	}

	@Test
	void batchedArrayIsBadRequest() {
		HttpResponse<String> response = this.http.post("application/json", "[{\"query\":\"{__typename}\"}]");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).doesNotContain("Exception", "at org.");
	}

	@Test
	void syntaxErrorsCarryACodeAndTheRequestId() {
		HttpResponse<String> response = this.http.graphql("{ entity(key: ");
		JsonNode error = Http.json(response).at("/errors/0");
		assertThat(error.at("/extensions/code").asString()).isEqualTo("BAD_REQUEST");
		assertThat(error.at("/extensions/requestId").asString())
			.isEqualTo(response.headers().firstValue("X-Request-Id").orElseThrow());
	}

	@Test
	void unknownFieldsAreBadRequestsWithoutInternals() {
		HttpResponse<String> response = this.http.graphql("{ nonsense }");
		assertThat(Http.json(response).at("/errors/0/extensions/code").asString()).isEqualTo("BAD_REQUEST");
		assertThat(response.body()).doesNotContain("Exception", "at org.", "java.");
	}

}
