package org.innograph.support;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Plain HTTP calls against the application under test, for what a GraphQL client library
 * would hide.
 */
public final class Http {

	public static final JsonMapper JSON = JsonMapper.builder().build();

	private final int port;

	public Http(int port) {
		this.port = port;
	}

	public URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	public HttpResponse<String> post(String contentType, String body) {
		return RunningApp.send(HttpRequest.newBuilder(uri("/graphql"))
			.header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build());
	}

	public HttpResponse<String> graphql(String query) {
		return post("application/json", JSON.writeValueAsString(Map.of("query", query)));
	}

	public HttpResponse<String> graphql(String query, Map<String, Object> variables) {
		return post("application/json", JSON.writeValueAsString(Map.of("query", query, "variables", variables)));
	}

	public static JsonNode json(HttpResponse<String> response) {
		return JSON.readTree(response.body());
	}

}
