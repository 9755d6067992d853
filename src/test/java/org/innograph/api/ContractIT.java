package org.innograph.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;

import org.innograph.security.ApiTokens;
import org.innograph.security.Role;
import org.innograph.support.Http;
import org.innograph.support.IntegrationTest;
import org.innograph.support.TestWrites;
import org.innograph.support.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The contract as the running service keeps it: it serves its schema, equal to
 * schema.graphqls, and its global ids name one type each, which {@code node(id:)} gives
 * back.
 */
// Writes to the shared database. Alone on it.
@ResourceLock(TestDatabase.LOCK)
@IntegrationTest
class ContractIT {

	/**
	 * Where the ids of each type with an {@code id} field live in the database. A new
	 * type with an id fails {@link #idsAreUniqueAcrossTypesAndNodeGivesBackTheirType}
	 * until it is added here.
	 */
	private static final Map<String, String> IDS = Map.of("Entity",
			"MATCH (n:Entity) WHERE coalesce(n.retired, false) = false RETURN n.id AS id", "Relationship",
			"MATCH (:Entity)-[r]->(:Entity) WHERE r.id IS NOT NULL AND coalesce(r.retired, false) = false RETURN r.id AS id",
			"Fact", "MATCH (:Entity)-[:HAS_FACT]->(f:Fact) RETURN f.id AS id", "Evidence",
			"MATCH (e:Evidence) RETURN e.id AS id", "Source", "MATCH (s:Source) RETURN s.id AS id", "Change",
			"MATCH (c:Change) RETURN c.id AS id");

	/**
	 * Types with an id that are deliberately not nodes: a {@code Proposal} is not public,
	 * so {@code node(id:)} must not resolve it (IngestIT checks that); its ids have the
	 * prefix {@code proposal:}, which no node type uses.
	 */
	private static final Set<String> NOT_NODES = Set.of("Proposal");

	/** Ids per type checked through {@code node(id:)}, spread over all of them. */
	private static final int SAMPLE = 150;

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient client;

	@Autowired
	ApiTokens tokens;

	private final String run = TestWrites.newRun("it");

	@AfterEach
	void deleteWhatTheTestWrote() {
		TestWrites.delete(this.client, this.run);
	}

	@Test
	void theServiceServesTheSchemaOfSchemaGraphqls() throws Exception {
		HttpResponse<String> served = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/graphql/schema")).GET().build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(served.statusCode()).isEqualTo(200);
		assertThat(served.body()).contains("type Query", "scalar DateTime");
		assertThat(SchemaSdl.canonical(served.body()))
			.as("the live schema, printed like schema.graphqls (descriptions included)")
			.isEqualTo(SchemaSdl.canonical(SchemaSdl.read(SchemaSdl.CONTRACT)));
		assertThat(SchemaSnapshotTests.breakingChanges(served.body(), SchemaSdl.read(SchemaSdl.CONTRACT))).isEmpty();
		assertThat(SchemaSnapshotTests.breakingChanges(SchemaSdl.read(SchemaSdl.CONTRACT), served.body())).isEmpty();
	}

	@Test
	void idsAreUniqueAcrossTypesAndNodeGivesBackTheirType() {
		Http http = new Http(this.port);
		String editor = this.tokens.create(this.run + "-editor", Role.EDITOR);
		// A change to have one: the seed records none.
		JsonNode created = Http
			.json(post(editor, """
					mutation($in: CreateEntityInput!) { createEntity(input: $in) { entity { id } } }""",
					Map.of("in", Map.of("id", "org:" + this.run, "kind", "ORGANIZATION", "type", "research-institute",
							"name", Map.of("ko", "시험 기관", "en", "Test body"), "evidence",
							List.of(Map.of("source", "doc:000", "quote", "②한국항공우주연구원(KARI)", "locator", "L42"))))));
		assertThat(created.has("errors")).as(created.toString()).isFalse();

		JsonNode types = Http.json(http.graphql("{ __schema { types { name kind fields { name } } } }"));
		Map<String, Set<String>> idsByType = new LinkedHashMap<>();
		for (JsonNode type : types.at("/data/__schema/types")) {
			String name = type.path("name").asString();
			boolean hasId = false;
			for (JsonNode field : type.path("fields")) {
				hasId |= field.path("name").asString().equals("id");
			}
			if (!type.path("kind").asString().equals("OBJECT") || !hasId || name.startsWith("__")
					|| NOT_NODES.contains(name)) {
				continue;
			}
			String statement = IDS.get(name);
			if (statement == null) {
				fail("The type " + name + " has an id field; add where its ids live to ContractIT.IDS");
			}
			idsByType.put(name, new TreeSet<>(this.client.query(statement).fetchAs(String.class).all()));
		}
		assertThat(idsByType.keySet()).containsExactlyInAnyOrderElementsOf(IDS.keySet());
		idsByType.forEach((type, ids) -> assertThat(ids).as("ids of %s", type).isNotEmpty());

		// (a) No id names objects of two types.
		Map<String, String> owner = new HashMap<>();
		List<String> collisions = new ArrayList<>();
		idsByType.forEach((type, ids) -> ids.forEach((id) -> {
			String other = owner.putIfAbsent(id, type);
			if (other != null) {
				collisions.add(id + " is a " + other + " and a " + type);
			}
		}));
		assertThat(collisions).isEmpty();

		// (b) node(id:) answers each id with its own type.
		List<String> wrong = new ArrayList<>();
		idsByType.forEach((type, ids) -> {
			List<String> sample = sample(List.copyOf(ids));
			for (int from = 0; from < sample.size(); from += 100) {
				List<String> batch = sample.subList(from, Math.min(sample.size(), from + 100));
				JsonNode answer = Http.json(post(editor, "query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }",
						Map.of("ids", batch)));
				assertThat(answer.has("errors")).as(answer.toString()).isFalse();
				JsonNode nodes = answer.at("/data/nodes");
				for (int i = 0; i < batch.size(); i++) {
					JsonNode node = nodes.get(i);
					if (node == null || node.isNull() || !type.equals(node.path("__typename").asString())
							|| !batch.get(i).equals(node.path("id").asString())) {
						wrong.add(batch.get(i) + " (a " + type + ") came back as " + node);
					}
				}
			}
		});
		assertThat(wrong).isEmpty();
	}

	private static List<String> sample(List<String> ids) {
		if (ids.size() <= SAMPLE) {
			return ids;
		}
		List<String> sample = new ArrayList<>();
		for (int i = 0; i < SAMPLE; i++) {
			sample.add(ids.get((int) ((long) i * ids.size() / SAMPLE)));
		}
		return sample;
	}

	private HttpResponse<String> post(String token, String query, Map<String, Object> variables) {
		try {
			String body = Http.JSON.writeValueAsString(Map.of("query", query, "variables", variables));
			return HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/graphql"))
					.header("Content-Type", "application/json")
					.header("Authorization", "Bearer " + token)
					.POST(HttpRequest.BodyPublishers.ofString(body))
					.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
