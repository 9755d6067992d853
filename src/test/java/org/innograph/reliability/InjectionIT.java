package org.innograph.reliability;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.innograph.support.GraphSnapshot;
import org.innograph.support.Http;
import org.innograph.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Injection strings in every string argument of the read API are treated as text: at
 * worst NOT_FOUND or BAD_REQUEST, never an internal error, and the graph is unchanged.
 */
@IntegrationTest
class InjectionIT {

	private static final String QUERY = """
			query($s: String!, $id: ID!) {
			  search(text: $s) { totalCount }
			  entity(key: $s) { id }
			  node(id: $id) { id }
			  nodes(ids: [$id]) { id }
			  entities(region: $id, sector: $id) { totalCount }
			  timeline(involving: $id) { totalCount }
			}
			""";

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient client;

	Http http;

	@BeforeEach
	void setUp() {
		this.http = new Http(this.port);
	}

	@ParameterizedTest
	@ValueSource(strings = { "' OR 1=1 --", "\"}) MATCH (n) DETACH DELETE n //", "org:kari'}) DETACH DELETE n //",
			"$(label)", "`Entity`", "rel:org:kari>PARTY_TO>x'}]->() DELETE r //", "*:*", "\\u0000",
			"<script>alert(1)</script>", "../../etc/passwd", "org:kari\nMATCH (n) DELETE n" })
	void stringArgumentsAreOnlyText(String attack) {
		GraphSnapshot before = GraphSnapshot.take(this.client);
		HttpResponse<String> response = this.http.graphql(QUERY, Map.of("s", attack, "id", attack));
		JsonNode body = Http.json(response);
		assertThat(response.statusCode()).isEqualTo(200);
		for (JsonNode error : body.path("errors")) {
			assertThat(error.at("/extensions/code").asString()).isIn("NOT_FOUND", "BAD_REQUEST");
		}
		List.of("connections", "partnership").forEach((field) -> {
			HttpResponse<String> paths = this.http.graphql("query($id: ID!) { " + field + ("connections".equals(field)
					? "(from: $id, to: \"org:kari\") { length }" : "(a: $id, b: \"org:kari\") { documented }") + " }",
					Map.of("id", attack));
			for (JsonNode error : Http.json(paths).path("errors")) {
				assertThat(error.at("/extensions/code").asString()).isIn("NOT_FOUND", "BAD_REQUEST");
			}
		});
		assertThat(GraphSnapshot.take(this.client)).isEqualTo(before);
	}

}
