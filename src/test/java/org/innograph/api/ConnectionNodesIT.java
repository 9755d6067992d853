package org.innograph.api;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

import org.innograph.support.Http;
import org.innograph.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code nodes} on a connection is the shortcut clients take instead of {@code edges {
 * node }}: it must hold the same records, in the same order, on every connection the read
 * API has.
 */
@IntegrationTest
class ConnectionNodesIT {

	@LocalServerPort
	int port;

	@Test
	void nodesAreTheEdgesNodesOnEveryConnection() {
		JsonNode data = query("""
				{ search(text: "우주", first: 5) { edges { node { id } } nodes { id } }
				  entities(kinds: [COUNCIL], first: 5) { edges { node { id } } nodes { id } }
				  timeline(first: 5) { edges { node { label { en } } } nodes { label { en } } }
				  rankings(measure: DEGREE, first: 5) { edges { node { id } } nodes { id } }
				  entity(key: "org:kari") {
				    relationships(first: 5) { edges { node { id } } nodes { id } }
				    neighbors(first: 5) { edges { node { id } } nodes { id } } } }
				""");
		for (String path : List.of("/search", "/entities", "/rankings", "/entity/relationships", "/entity/neighbors")) {
			assertSame(data.at(path), "/node/id", "/id", path);
		}
		assertSame(data.at("/timeline"), "/node/label/en", "/label/en", "/timeline");
	}

	private static void assertSame(JsonNode connection, String edgeField, String nodeField, String path) {
		List<String> fromEdges = new ArrayList<>();
		connection.path("edges").forEach((edge) -> fromEdges.add(edge.at(edgeField).asString()));
		List<String> fromNodes = new ArrayList<>();
		connection.path("nodes").forEach((node) -> fromNodes.add(node.at(nodeField).asString()));
		assertThat(fromEdges).as(path + " edges").isNotEmpty();
		assertThat(fromNodes).as(path + " nodes").isEqualTo(fromEdges);
	}

	private JsonNode query(String document) {
		JsonNode body = Http.json(new Http(this.port).graphql(document));
		assertThat(body.has("errors")).as(body.toString()).isFalse();
		return body.path("data");
	}

}
