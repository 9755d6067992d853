package org.innograph.export;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.innograph.support.GraphSnapshot;
import org.innograph.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /export/{format}} on the seed: content types and file names, every format
 * read back by an independent reader with counts compared to the database, subgraphs, and
 * errors as JSON with a code.
 */
@IntegrationTest
class ExportIT {

	private static final HttpClient http = HttpClient.newHttpClient();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient client;

	@Test
	void councilMembershipAsGraphMlReadsBackWithTheDatabaseCounts() {
		HttpResponse<byte[]> response = get("/export/graphml?kinds=INDUSTRIAL_COMPLEX,COUNCIL&types=MEMBER_OF");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/graphml+xml;charset=UTF-8");
		assertThat(response.headers().firstValue("Content-Disposition"))
			.hasValue("attachment; filename=\"innograph-industrial-complex-council-member-of-" + LocalDate.now()
					+ ".graphml\"");
		ExportRoundTripTests.Imported imported = ExportRoundTripTests.importGraphMl(response.body());
		assertThat(imported.graph().vertexSet()).hasSize((int) count("""
				MATCH (n:Entity) WHERE n:IndustrialComplex OR n:Council RETURN count(n)"""));
		assertThat(imported.graph().edgeSet()).hasSize((int) count("""
				MATCH (a:Entity)-[r:MEMBER_OF]->(b:Entity)
				WHERE (a:IndustrialComplex OR a:Council) AND (b:IndustrialComplex OR b:Council) RETURN count(r)"""));
		Map<String, String> seongseo = imported.nodes().get("complex:seongseo-general");
		assertThat(seongseo).containsEntry("nameKo", "성서일반산업단지").containsEntry("degree", "5");
		Map<String, String> row20 = imported.edges()
			.get("rel:complex:seongseo-general>MEMBER_OF>council:003-20-aerospace");
		assertThat(row20).containsEntry("role", "linked").containsEntry("sources", "doc:003");
		assertThat(row20.get("quote")).contains("대구(성서일반)").contains("우주항공");
	}

	@Test
	void wholeGraphAsGexfHasEveryEntityAndRelationship() {
		HttpResponse<byte[]> response = get("/export/gexf");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/gexf+xml;charset=UTF-8");
		assertThat(response.headers().firstValue("Content-Disposition")).get().asString().endsWith(".gexf\"");
		GraphSnapshot snapshot = GraphSnapshot.take(this.client);
		String gexf = new String(response.body(), StandardCharsets.UTF_8);
		assertThat(occurrences(gexf, "<node ")).isEqualTo(snapshot.entities());
		assertThat(occurrences(gexf, "<edge ")).isEqualTo(snapshot.relationships());
		assertThat(gexf).contains("label=\"한국항공우주연구원\"");
	}

	@Test
	void csvZipHoldsNodesAndEdgesWithKoreanText() throws IOException {
		HttpResponse<byte[]> response = get("/export/csv?kinds=ORGANIZATION&types=PARTY_TO,MEMBER_OF,PART_OF");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/zip");
		assertThat(response.headers().firstValue("Content-Disposition")).get().asString().endsWith(".zip\"");
		Map<String, byte[]> files = ExportRoundTripTests.unzip(response.body());
		List<Map<String, String>> nodes = ExportRoundTripTests.readCsv(files.get("nodes.csv"));
		List<Map<String, String>> edges = ExportRoundTripTests.readCsv(files.get("edges.csv"));
		assertThat(nodes).hasSize((int) count("MATCH (n:Organization) RETURN count(n)"));
		assertThat(edges).hasSize((int) count("""
				MATCH (a:Organization)-[r:PARTY_TO|MEMBER_OF|PART_OF]->(b:Organization) RETURN count(r)"""));
		assertThat(nodes)
			.anySatisfy((row) -> assertThat(row).containsEntry("id", "org:kaist").containsEntry("nameKo", "한국과학기술원"));
	}

	@Test
	void neighbourhoodAsCytoscapeJsonHoldsKariAndItsNeighbours() {
		HttpResponse<byte[]> response = get("/export/cytoscape?around=org:kari&hops=1");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json;charset=UTF-8");
		JsonNode elements = JSON.readTree(response.body()).path("elements");
		long neighbours = count("MATCH (:Entity {id: 'org:kari'})-[]-(o:Entity) RETURN count(DISTINCT o)");
		assertThat(elements.path("nodes").size()).isEqualTo((int) neighbours + 1);
		assertThat(elements.path("nodes").valueStream().map((node) -> node.path("data").path("id").asString()))
			.contains("org:kari", "agreement:daejeon-space-mou-2023");
	}

	@Test
	void unfoldedNeighbourhoodHoldsEachUnfoldedEntitysNeighboursAndTheLinksAmongThemAll() {
		String triangle = "cluster:national-space-industry-triangle";
		String jeonnam = "cluster:jeonnam-space-launch-vehicle";
		JsonNode plain = elements("/export/cytoscape?around=" + triangle);
		JsonNode unfolded = elements("/export/cytoscape?around=" + triangle + "&expand=" + jeonnam);
		// The triangle's three clusters are linked to each other, not only to the
		// triangle.
		assertThat(plain.path("edges").size()).isGreaterThan(plain.path("nodes").size() - 1);
		long reach = this.client.query("MATCH (c:Entity)-[]-(n:Entity) WHERE c.id IN $ids RETURN count(DISTINCT n)")
			.bind(List.of(triangle, jeonnam))
			.to("ids")
			.fetchAs(Long.class)
			.one()
			.orElseThrow();
		assertThat(unfolded.path("nodes").size()).isEqualTo((int) reach);
		assertThat(unfolded.path("nodes").valueStream().map((node) -> node.path("data").path("id").asString()))
			.contains(triangle, jeonnam, "region:jeonnam");
	}

	private JsonNode elements(String path) {
		HttpResponse<byte[]> response = get(path);
		assertThat(response.statusCode()).isEqualTo(200);
		return JSON.readTree(response.body()).path("elements");
	}

	@Test
	void pathsBetweenSeongseoAndNamdongRunThroughTheRobotCouncil() {
		// In document 003's table 성서일반 and 남동국가 share one council, row 14 (로봇융복합산업부품).
		HttpResponse<byte[]> response = get(
				"/export/cytoscape?from=complex:seongseo-general&to=complex:namdong-national&types=MEMBER_OF");
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode elements = JSON.readTree(response.body()).path("elements");
		assertThat(elements.path("nodes").size()).isEqualTo(3);
		assertThat(elements.path("edges").size()).isEqualTo(2);
		assertThat(elements.path("nodes").valueStream().map((node) -> node.path("data").path("nameKo").asString()))
			.contains("로봇융복합산업부품");
	}

	@Test
	void pathsFollowTheHubRuleOfConnections() {
		// The Agency for Defense Development and Daejeon's city government meet only
		// through the defence sector (PathHubsIT): asked for, the path runs through it.
		HttpResponse<byte[]> response = get("/export/cytoscape?from=org:add&to=org:daejeon-city&throughHubs=true");
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode elements = JSON.readTree(response.body()).path("elements");
		assertThat(elements.path("nodes").valueStream().map((node) -> node.path("data").path("id").asString()))
			.contains("org:add", "sector:defense", "org:daejeon-city");
		assertThat(elements.path("edges").size()).isGreaterThanOrEqualTo(2);
	}

	@Test
	void asOfLeavesOutWhatHadNotHappenedYet() {
		// The space MOU is dated 2023-10-19 (document 000): absent on 2023-01-01, present
		// on 2024-01-01.
		assertThat(ids("/export/cytoscape?kinds=AGREEMENT,ORGANIZATION&asOf=2023-01-01"))
			.doesNotContain("agreement:daejeon-space-mou-2023")
			.contains("org:kari");
		assertThat(ids("/export/cytoscape?kinds=AGREEMENT,ORGANIZATION&asOf=2024-01-01"))
			.contains("agreement:daejeon-space-mou-2023", "org:kari");
	}

	private List<String> ids(String path) {
		HttpResponse<byte[]> response = get(path);
		assertThat(response.statusCode()).isEqualTo(200);
		return JSON.readTree(response.body())
			.path("elements")
			.path("nodes")
			.valueStream()
			.map((node) -> node.path("data").path("id").asString())
			.toList();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '"',
			textBlock = """
					/export/pdf                            | 400 | BAD_REQUEST | Unknown export format
					/export/graphml?kinds=PLANET           | 400 | BAD_REQUEST | Unknown entity kind
					/export/graphml?asOf=yesterday         | 400 | BAD_REQUEST | 'asOf': 'yesterday' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD
					/export/gexf?hops=2                    | 400 | BAD_REQUEST | give 'around' too
					/export/csv?around=org:kari&hops=9     | 400 | BAD_REQUEST | from 1 to 3
					/export/csv?format=csv                 | 400 | BAD_REQUEST | Unknown parameter 'format'
					/export/csv?expand=org:kari            | 400 | BAD_REQUEST | 'expand' unfolds entities around a neighbourhood
					/export/csv?around=org:kari&hops=2&expand=org:kaist | 400 | BAD_REQUEST | leave 'hops' out or at 1
					/export/graphml?around=org:nobody      | 404 | NOT_FOUND   | no entity 'org:nobody'
					/export/csv?from=org:add&to=org:daejeon-city&maxHops=6 | 404 | NOT_FOUND | add throughHubs=true
					/export/csv?from=org:add&to=org:daejeon-city&throughHubs=yes | 400 | BAD_REQUEST | 'throughHubs' is true or false
					""")
	void badRequestsAnswerJsonWithACodeAndNoStackTrace(String path, int status, String code, String message) {
		HttpResponse<byte[]> response = get(path);
		assertThat(response.statusCode()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
		// The service's one error shape, as GraphQL errors have it.
		JsonNode error = JSON.readTree(response.body()).at("/errors/0");
		assertThat(error.at("/extensions/code").asString()).isEqualTo(code);
		assertThat(error.path("message").asString()).contains(message);
		assertThat(error.at("/extensions/requestId").asString())
			.isEqualTo(response.headers().firstValue("X-Request-Id").orElseThrow());
		assertThat(new String(response.body(), StandardCharsets.UTF_8)).doesNotContain("at org.", "Exception");
	}

	private long count(String cypher) {
		return this.client.query(cypher).fetchAs(Long.class).one().orElseThrow();
	}

	private static long occurrences(String text, String part) {
		return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
	}

	private HttpResponse<byte[]> get(String path) {
		try {
			return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path)).GET().build(),
					HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
