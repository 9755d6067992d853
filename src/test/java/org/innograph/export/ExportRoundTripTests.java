package org.innograph.export;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.ImportException;
import org.jgrapht.nio.gexf.SimpleGEXFImporter;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.innograph.measures.Network;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Each format written and read back by a reader that shares no code with the writer:
 * JGraphT's GraphML and GEXF importers with XML Schema validation, Jackson's CSV parser,
 * Jackson's JSON tree. Node and edge counts, ids, Korean names, measures and evidence
 * must come back as they went in.
 */
class ExportRoundTripTests {

	private static final String COMPLEX = "complex:seongseo-general";

	private static final String COUNCIL = "council:003-20-aerospace";

	private static final String SUPPORTS = "rel:org:kari>SUPPORTS>council:003-20-aerospace";

	@Test
	void graphMlIsValidAndCarriesEveryAttribute() {
		byte[] file = write(ExportFormat.GRAPHML, false);
		Imported imported = importGraphMl(file);
		assertThat(imported.graph().vertexSet()).containsExactlyInAnyOrder(COMPLEX, COUNCIL, "org:kari",
				"region:daegu");
		assertThat(imported.graph().edgeSet()).hasSize(4);
		assertThat(imported.graph().getAllEdges("org:kari", COUNCIL)).hasSize(2);
		Map<String, String> complex = imported.nodes().get(COMPLEX);
		assertThat(complex).containsEntry("label", "성서일반산업단지")
			.containsEntry("nameKo", "성서일반산업단지")
			.containsEntry("nameEn", "Seongseo General Industrial Complex")
			.containsEntry("kind", "INDUSTRIAL_COMPLEX")
			.containsEntry("acronyms", "성서산단")
			.containsEntry("degree", "2")
			.containsEntry("community", "0");
		assertThat(imported.nodes().get(COUNCIL)).containsEntry("date", "2024-12")
			.containsEntry("status", "DESIGNATED");
		// As a simple graph the fixture is the path KARI - council - complex - Daegu: the
		// council lies between
		// (KARI, complex) and (KARI, Daegu), the complex between (council, Daegu) and
		// (KARI, Daegu).
		assertThat(Double.parseDouble(imported.nodes().get(COUNCIL).get("betweenness"))).isEqualTo(2.0);
		assertThat(Double.parseDouble(complex.get("betweenness"))).isEqualTo(2.0);
		assertThat(imported.nodes().get("region:daegu")).doesNotContainKey("nameEn");
		Map<String, String> supports = imported.edges().get(SUPPORTS);
		assertThat(supports).containsEntry("relType", "SUPPORTS")
			.containsEntry("label", "SUPPORTS")
			.containsEntry("quote", ExportFixture.QUOTE_WITH_EVERYTHING)
			.containsEntry("sources", "doc:001; doc:003")
			.containsEntry("evidenceCount", "3")
			.containsEntry("validFrom", "2023")
			.containsEntry("validTo", "2027-06-30");
	}

	@Test
	void graphMlReaderRejectsADocumentOutsideTheSchema() {
		// The check above must be able to fail: an edge without a target is not GraphML.
		String broken = new String(write(ExportFormat.GRAPHML, false), StandardCharsets.UTF_8)
			.replaceFirst(" target=\"[^\"]*\"", "");
		assertThatThrownBy(() -> importGraphMl(broken.getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(ImportException.class);
	}

	@Test
	void gexfIsValidAndCarriesEveryAttribute() {
		byte[] file = write(ExportFormat.GEXF, false);
		String text = new String(file, StandardCharsets.UTF_8);
		assertThat(text).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"").contains("테스트");
		Graph<String, DefaultEdge> graph = new DirectedPseudograph<>(DefaultEdge.class);
		Map<String, Map<String, String>> nodes = new HashMap<>();
		Map<DefaultEdge, Map<String, String>> edges = new LinkedHashMap<>();
		SimpleGEXFImporter<String, DefaultEdge> importer = new SimpleGEXFImporter<>();
		importer.setSchemaValidation(true);
		importer.setVertexFactory((id) -> id);
		importer.addVertexAttributeConsumer(
				(pair, attribute) -> nodes.computeIfAbsent(pair.getFirst(), (id) -> new HashMap<>())
					.put(pair.getSecond(), attribute.getValue()));
		importer.addEdgeAttributeConsumer(
				(pair, attribute) -> edges.computeIfAbsent(pair.getFirst(), (edge) -> new HashMap<>())
					.put(pair.getSecond(), attribute.getValue()));
		importer.importGraph(graph, new InputStreamReader(new ByteArrayInputStream(file), StandardCharsets.UTF_8));
		assertThat(graph.vertexSet()).hasSize(4);
		assertThat(graph.edgeSet()).hasSize(4);
		assertThat(nodes.get("org:kari")).containsEntry("label", "한국항공우주연구원")
			.containsEntry("acronyms", "KARI; 항우연")
			.containsEntry("kind", "ORGANIZATION");
		Map<String, String> supports = edges.values()
			.stream()
			.filter((attributes) -> "SUPPORTS".equals(attributes.get("relType")))
			.findFirst()
			.orElseThrow();
		assertThat(supports).containsEntry("quote", ExportFixture.QUOTE_WITH_EVERYTHING)
			.containsEntry("label", "SUPPORTS");
	}

	@Test
	void csvZipHoldsNodesAndEdgesInUtf8() throws IOException {
		Map<String, byte[]> files = unzip(write(ExportFormat.CSV, false));
		assertThat(files).containsOnlyKeys("nodes.csv", "edges.csv");
		List<Map<String, String>> nodes = readCsv(files.get("nodes.csv"));
		List<Map<String, String>> edges = readCsv(files.get("edges.csv"));
		assertThat(nodes).hasSize(4);
		assertThat(edges).hasSize(4);
		assertThat(nodes).filteredOn((row) -> row.get("id").equals("org:kari")).singleElement().satisfies((row) -> {
			assertThat(row).containsEntry("nameKo", "한국항공우주연구원").containsEntry("acronyms", "KARI; 항우연");
			assertThat(Integer.parseInt(row.get("degree"))).isEqualTo(2);
		});
		assertThat(edges).filteredOn((row) -> row.get("id").equals(SUPPORTS))
			.singleElement()
			.satisfies((row) -> assertThat(row).containsEntry("source", "org:kari")
				.containsEntry("target", COUNCIL)
				.containsEntry("relType", "SUPPORTS")
				.containsEntry("quote", ExportFixture.QUOTE_WITH_EVERYTHING));
		assertThat(files.get("nodes.csv")[0]).as("no byte-order mark unless asked").isEqualTo((byte) 'i');
	}

	@Test
	void csvWithBomStartsWithTheUtf8ByteOrderMark() throws IOException {
		byte[] nodes = unzip(write(ExportFormat.CSV, true)).get("nodes.csv");
		assertThat(new byte[] { nodes[0], nodes[1], nodes[2] }).containsExactly(0xEF, 0xBB, 0xBF);
	}

	@Test
	void cytoscapeJsonHasElementsWithData() {
		JsonNode document = JsonMapper.builder().build().readTree(write(ExportFormat.CYTOSCAPE, false));
		JsonNode nodes = document.path("elements").path("nodes");
		JsonNode edges = document.path("elements").path("edges");
		assertThat(nodes.size()).isEqualTo(4);
		assertThat(edges.size()).isEqualTo(4);
		JsonNode kari = null;
		for (JsonNode node : nodes) {
			if (node.path("data").path("id").asString().equals("org:kari")) {
				kari = node.path("data");
			}
		}
		assertThat(kari).isNotNull();
		assertThat(kari.path("nameKo").asString()).isEqualTo("한국항공우주연구원");
		assertThat(kari.path("degree").asInt()).isEqualTo(2);
		assertThat(kari.path("pageRank").isDouble()).isTrue();
		JsonNode supports = null;
		for (JsonNode edge : edges) {
			if (edge.path("data").path("id").asString().equals(SUPPORTS)) {
				supports = edge.path("data");
			}
		}
		assertThat(supports).isNotNull();
		assertThat(supports.path("source").asString()).isEqualTo("org:kari");
		assertThat(supports.path("target").asString()).isEqualTo(COUNCIL);
		assertThat(supports.path("quote").asString()).isEqualTo(ExportFixture.QUOTE_WITH_EVERYTHING);
		assertThat(document.path("data").path("description").asString()).contains("테스트");
	}

	@Test
	void csvCellsAreQuotedOnlyWhenNeeded() {
		assertThat(ExportWriters.csvCell("성서일반")).isEqualTo("성서일반");
		assertThat(ExportWriters.csvCell("a,b")).isEqualTo("\"a,b\"");
		assertThat(ExportWriters.csvCell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
		assertThat(ExportWriters.csvCell("two\nlines")).isEqualTo("\"two\nlines\"");
		assertThat(ExportWriters.csvCell(null)).isEmpty();
	}

	@Test
	void csvTextCellsThatASpreadsheetWouldRunAsFormulasGetAQuoteInFront() {
		assertThat(ExportWriters.formulaSafe("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
		assertThat(ExportWriters.formulaSafe("+82 42")).isEqualTo("'+82 42");
		assertThat(ExportWriters.formulaSafe("-1+2")).isEqualTo("'-1+2");
		assertThat(ExportWriters.formulaSafe("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(ExportWriters.formulaSafe("\t=1")).isEqualTo("'\t=1");
		assertThat(ExportWriters.formulaSafe("\r=1")).isEqualTo("'\r=1");
		assertThat(ExportWriters.formulaSafe("'23. 10. 19.")).isEqualTo("''23. 10. 19.");
		assertThat(ExportWriters.formulaSafe("한국항공우주연구원 (=KARI)")).isEqualTo("한국항공우주연구원 (=KARI)");
		assertThat(ExportWriters.formulaSafe("")).isEmpty();
		assertThat(ExportWriters.formulaSafe(null)).isNull();
	}

	@Test
	void csvOfHostileTextReadsBackExactlyAndStartsNoCellWithAFormula() throws IOException {
		List<String> hostile = List.of("=1+1", "+cmd|' /C calc'!A0", "-2+3", "@SUM(1)", "\t=1", "'quoted", "=a,\"b\"");
		Network network = hostileNetwork(hostile);
		Map<String, byte[]> files = unzip(write(ExportFormat.CSV, graphOf(network), false));
		String raw = new String(files.get("nodes.csv"), StandardCharsets.UTF_8);
		for (String line : raw.split("\r\n")) {
			for (String cell : line.split(",")) {
				String unquoted = cell.startsWith("\"") ? cell.substring(1) : cell;
				assertThat(unquoted.isEmpty() || "=+-@\t\r".indexOf(unquoted.charAt(0)) < 0).as("a cell of " + line)
					.isTrue();
			}
		}
		List<Map<String, String>> nodes = readCsv(files.get("nodes.csv"));
		assertThat(nodes).extracting((row) -> row.get("nameEn")).containsExactlyInAnyOrderElementsOf(hostile);
		// Numbers stay numbers: a spreadsheet must still be able to sum the degrees.
		assertThat(nodes).extracting((row) -> row.get("degree")).allMatch((degree) -> degree.matches("[0-9]+"));
	}

	@Test
	void storedControlCharactersLeaveEveryFormatReadable() throws IOException {
		String stored = "제어\u0000문자\u0001\u001b\uFFFE\uD800끝";
		Network network = hostileNetwork(List.of(stored));
		ExportGraph graph = graphOf(network);
		Imported graphMl = importGraphMl(write(ExportFormat.GRAPHML, graph, false));
		assertThat(graphMl.nodes().get("org:hostile-0")).containsEntry("nameEn", "제어\uFFFD문자\uFFFD\uFFFD\uFFFD\uFFFD끝");
		SimpleGEXFImporter<String, DefaultEdge> gexf = new SimpleGEXFImporter<>();
		gexf.setSchemaValidation(true);
		gexf.setVertexFactory((id) -> id);
		Map<String, String> names = new HashMap<>();
		gexf.addVertexAttributeConsumer((pair, attribute) -> {
			if (pair.getSecond().equals("nameEn")) {
				names.put(pair.getFirst(), attribute.getValue());
			}
		});
		Graph<String, DefaultEdge> read = new DirectedPseudograph<>(DefaultEdge.class);
		gexf.importGraph(read, new InputStreamReader(new ByteArrayInputStream(write(ExportFormat.GEXF, graph, false)),
				StandardCharsets.UTF_8));
		assertThat(names).containsEntry("org:hostile-0", "제어\uFFFD문자\uFFFD\uFFFD\uFFFD\uFFFD끝");
		assertThat(readCsv(unzip(write(ExportFormat.CSV, graph, false)).get("nodes.csv")))
			.extracting((row) -> row.get("nameEn"))
			.containsExactly("제어\uFFFD문자\uFFFD\uFFFD\uFFFD\uFFFD끝");
		JsonNode cytoscape = JsonMapper.builder().build().readTree(write(ExportFormat.CYTOSCAPE, graph, false));
		assertThat(cytoscape.at("/elements/nodes/0/data/nameEn").asString())
			.isEqualTo("제어\uFFFD문자\uFFFD\uFFFD\uFFFD\uFFFD끝");
	}

	@Test
	void xmlSafeKeepsWhatXmlAllowsAndReplacesTheRest() {
		assertThat(ExportWriters.xmlSafe("탭\t줄\n\r😀")).isEqualTo("탭\t줄\n\r😀");
		assertThat(ExportWriters.xmlSafe("a\u0000b\u0008c\u000Bd\u000Ce\u001Ff"))
			.isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf");
		assertThat(ExportWriters.xmlSafe("\uDC00x\uD83D")).isEqualTo("\uFFFDx\uFFFD");
		assertThat(ExportWriters.xmlSafe("\uFFFF")).isEqualTo("\uFFFD");
	}

	/**
	 * Organisations named by the given texts (in English), linked in a chain so that each
	 * has a degree.
	 */
	private static Network hostileNetwork(List<String> names) {
		List<Network.Node> nodes = new java.util.ArrayList<>();
		List<Network.Link> links = new java.util.ArrayList<>();
		for (int i = 0; i < names.size(); i++) {
			nodes.add(new Network.Node("org:hostile-" + i, "Organization", null, "기관 " + i, names.get(i),
					List.of(names.get(i)), null, null));
			if (i > 0) {
				links.add(new Network.Link("rel:org:hostile-" + (i - 1) + ">SUPPORTS>org:hostile-" + i,
						org.innograph.graph.RelationshipType.SUPPORTS, "org:hostile-" + (i - 1), "org:hostile-" + i,
						null, null, null, null, org.innograph.graph.Basis.STATED, null, List.of("doc:001"),
						names.get(i), "L1", 1));
			}
		}
		return new Network(nodes, links);
	}

	private static ExportGraph graphOf(Network network) {
		return new ExportGraph(network, org.innograph.measures.MeasureCalculator.compute(network), "hostile text",
				java.time.OffsetDateTime.parse("2025-01-16T00:00:00Z"));
	}

	static byte[] write(ExportFormat format, ExportGraph graph, boolean bom) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ExportWriters.write(format, graph, bom, out);
		return out.toByteArray();
	}

	static byte[] write(ExportFormat format, boolean bom) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ExportWriters.write(format, ExportFixture.graph(), bom, out);
		return out.toByteArray();
	}

	/**
	 * A GraphML file read back with JGraphT's importer, validating against the GraphML
	 * schema.
	 */
	static Imported importGraphMl(byte[] file) {
		Graph<String, DefaultEdge> graph = new DirectedPseudograph<>(DefaultEdge.class);
		Map<String, Map<String, String>> nodes = new HashMap<>();
		Map<DefaultEdge, Map<String, String>> edgeAttributes = new LinkedHashMap<>();
		GraphMLImporter<String, DefaultEdge> importer = new GraphMLImporter<>();
		importer.setSchemaValidation(true);
		importer.setVertexFactory((id) -> id);
		importer.addVertexAttributeConsumer(
				(pair, attribute) -> nodes.computeIfAbsent(pair.getFirst(), (id) -> new HashMap<>())
					.put(pair.getSecond(), attribute.getValue()));
		importer.addEdgeAttributeConsumer(
				(pair, attribute) -> edgeAttributes.computeIfAbsent(pair.getFirst(), (edge) -> new HashMap<>())
					.put(pair.getSecond(), attribute.getValue()));
		importer.importGraph(graph, new InputStreamReader(new ByteArrayInputStream(file), StandardCharsets.UTF_8));
		Map<String, Map<String, String>> edges = new HashMap<>();
		edgeAttributes.forEach((edge, attributes) -> edges.put(attributes.get("id"), attributes));
		return new Imported(graph, nodes, edges);
	}

	static Map<String, byte[]> unzip(byte[] zip) throws IOException {
		Map<String, byte[]> files = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				files.put(entry.getName(), in.readAllBytes());
			}
		}
		return files;
	}

	/**
	 * The rows of a CSV file, read as the README tells a program to read them: the
	 * {@code '} the export puts before a text cell that a spreadsheet could take for a
	 * formula (or that starts with {@code '}) is dropped, which gives back the text
	 * exactly. A leading byte-order mark is skipped, as Excel and pandas skip it.
	 */
	static List<Map<String, String>> readCsv(byte[] file) {
		String text = new String(file, StandardCharsets.UTF_8);
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		CsvMapper mapper = new CsvMapper();
		CsvSchema schema = CsvSchema.emptySchema().withHeader();
		try (MappingIterator<Map<String, String>> rows = mapper.readerFor(Map.class)
			.with(schema)
			.readValues(new StringReader(text))) {
			List<Map<String, String>> read = rows.readAll();
			read.forEach((row) -> row.replaceAll((name, cell) -> cell.startsWith("'") ? cell.substring(1) : cell));
			return read;
		}
	}

	/**
	 * A graph read back, with the attributes of its nodes by id and of its edges by edge
	 * id.
	 */
	record Imported(Graph<String, DefaultEdge> graph, Map<String, Map<String, String>> nodes,
			Map<String, Map<String, String>> edges) {
	}

}
