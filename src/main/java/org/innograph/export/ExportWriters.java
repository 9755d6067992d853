package org.innograph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.innograph.measures.Network;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.gexf.GEXFAttributeType;
import org.jgrapht.nio.gexf.GEXFExporter;
import org.jgrapht.nio.graphml.GraphMLExporter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The four writers. GraphML and GEXF go through JGraphT's exporters (UTF-8 XML,
 * attributes declared with their types); CSV and Cytoscape.js JSON are plain enough to
 * write directly. Every format carries the same attributes under the same names (see
 * {@link ExportGraph}).
 * <p>
 * Every text passes {@link #xmlSafe} in every format: edits refuse control characters,
 * but a store restored from elsewhere may hold them, and one such character would make a
 * whole GraphML or GEXF file unreadable. CSV text cells also pass {@link #formulaSafe},
 * so that a spreadsheet shows a name like {@code =1+1} as text instead of running it.
 */
final class ExportWriters {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ExportWriters() {
	}

	static void write(ExportFormat format, ExportGraph graph, boolean bom, OutputStream out) {
		switch (format) {
			case GRAPHML -> graphMl(graph, out);
			case GEXF -> gexf(graph, out);
			case CSV -> csv(graph, bom, out);
			case CYTOSCAPE -> cytoscape(graph, out);
		}
	}

	static void graphMl(ExportGraph graph, OutputStream out) {
		// Entity ids (org:kari) are valid GraphML ids (NMTOKEN); relationship ids contain
		// '>' and are not, so
		// edges carry theirs as an "id" attribute and no XML id, which GraphML allows.
		GraphMLExporter<String, Network.Link> exporter = new GraphMLExporter<>(ExportWriters::xmlSafe);
		exporter.registerAttribute("id", GraphMLExporter.AttributeCategory.EDGE, AttributeType.STRING);
		// JGraphT declares one key per attribute name: names that nodes and edges share
		// (label, status)
		// are declared once, for all elements, which GraphML allows.
		Map<String, ExportGraph.ColumnType> edgeTypes = new LinkedHashMap<>();
		ExportGraph.EDGE_COLUMNS.forEach((column) -> edgeTypes.put(column.name(), column.type()));
		for (ExportGraph.Column<ExportGraph.NodeRow> column : ExportGraph.NODE_COLUMNS) {
			boolean shared = edgeTypes.get(column.name()) == column.type();
			exporter.registerAttribute(column.name(),
					shared ? GraphMLExporter.AttributeCategory.ALL : GraphMLExporter.AttributeCategory.NODE,
					graphMlType(column.type()));
			if (shared) {
				edgeTypes.remove(column.name());
			}
		}
		edgeTypes.forEach((name, type) -> exporter.registerAttribute(name, GraphMLExporter.AttributeCategory.EDGE,
				graphMlType(type)));
		Map<String, Map<String, Attribute>> nodeAttributes = nodeAttributes(graph);
		exporter.setVertexAttributeProvider(nodeAttributes::get);
		exporter.setEdgeAttributeProvider((link) -> {
			Map<String, Attribute> attributes = new LinkedHashMap<>();
			attributes.put("id", DefaultAttribute.createAttribute(xmlSafe(link.id())));
			attributes.putAll(edgeAttributes(link));
			return attributes;
		});
		exporter.exportGraph(jgraph(graph), writer(out));
	}

	static void gexf(ExportGraph graph, OutputStream out) {
		GEXFExporter<String, Network.Link> exporter = new GEXFExporter<>(ExportWriters::xmlSafe,
				(link) -> xmlSafe(link.id()));
		exporter.setCreator("Innograph");
		exporter.setDescription(xmlSafe(graph.description()));
		exporter.setParameter(GEXFExporter.Parameter.EXPORT_EDGE_LABELS, true);
		exporter.setParameter(GEXFExporter.Parameter.EXPORT_EDGE_WEIGHTS, false);
		// "label" is GEXF's own attribute of nodes and edges: the exporter writes it from
		// the map.
		for (ExportGraph.Column<ExportGraph.NodeRow> column : ExportGraph.NODE_COLUMNS) {
			if (!column.name().equals("label")) {
				exporter.registerAttribute(column.name(), GEXFExporter.AttributeCategory.NODE, gexfType(column.type()));
			}
		}
		for (ExportGraph.Column<Network.Link> column : ExportGraph.EDGE_COLUMNS) {
			if (!column.name().equals("label")) {
				exporter.registerAttribute(column.name(), GEXFExporter.AttributeCategory.EDGE, gexfType(column.type()));
			}
		}
		Map<String, Map<String, Attribute>> nodeAttributes = nodeAttributes(graph);
		exporter.setVertexAttributeProvider(nodeAttributes::get);
		exporter.setEdgeAttributeProvider(ExportWriters::edgeAttributes);
		exporter.exportGraph(jgraph(graph), writer(out));
	}

	/**
	 * nodes.csv and edges.csv, RFC 4180 (CRLF, quotes doubled), UTF-8, optionally with a
	 * byte-order mark.
	 */
	static void csv(ExportGraph graph, boolean bom, OutputStream out) {
		try {
			ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
			zip.putNextEntry(new ZipEntry("nodes.csv"));
			List<List<String>> nodes = new ArrayList<>();
			List<String> header = new ArrayList<>(List.of("id"));
			ExportGraph.NODE_COLUMNS.forEach((column) -> header.add(column.name()));
			nodes.add(header);
			for (ExportGraph.NodeRow row : graph.nodeRows()) {
				List<String> cells = new ArrayList<>(List.of(formulaSafe(row.node().id())));
				ExportGraph.NODE_COLUMNS.forEach((column) -> cells.add(csvText(column, row)));
				nodes.add(cells);
			}
			zip.write(csvBytes(nodes, bom));
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry("edges.csv"));
			List<List<String>> edges = new ArrayList<>();
			List<String> edgeHeader = new ArrayList<>(List.of("id", "source", "target"));
			ExportGraph.EDGE_COLUMNS.forEach((column) -> edgeHeader.add(column.name()));
			edges.add(edgeHeader);
			for (Network.Link link : graph.network().links()) {
				List<String> cells = new ArrayList<>(
						List.of(formulaSafe(link.id()), formulaSafe(link.from()), formulaSafe(link.to())));
				ExportGraph.EDGE_COLUMNS.forEach((column) -> cells.add(csvText(column, link)));
				edges.add(cells);
			}
			zip.write(csvBytes(edges, bom));
			zip.closeEntry();
			zip.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Cytoscape.js elements, in the layout Cytoscape desktop writes (.cyjs): {@code data}
	 * about the graph, {@code elements.nodes[].data} and {@code elements.edges[].data}
	 * with id, source and target.
	 */
	static void cytoscape(ExportGraph graph, OutputStream out) {
		List<Map<String, Object>> nodes = new ArrayList<>();
		for (ExportGraph.NodeRow row : graph.nodeRows()) {
			Map<String, Object> data = new LinkedHashMap<>();
			data.put("id", xmlSafe(row.node().id()));
			ExportGraph.NODE_COLUMNS.forEach((column) -> putIfPresent(data, column.name(), column.value().apply(row)));
			nodes.add(Map.of("data", data));
		}
		List<Map<String, Object>> edges = new ArrayList<>();
		for (Network.Link link : graph.network().links()) {
			Map<String, Object> data = new LinkedHashMap<>();
			data.put("id", xmlSafe(link.id()));
			data.put("source", xmlSafe(link.from()));
			data.put("target", xmlSafe(link.to()));
			ExportGraph.EDGE_COLUMNS.forEach((column) -> putIfPresent(data, column.name(), column.value().apply(link)));
			edges.add(Map.of("data", data));
		}
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("format_version", "1.0");
		document.put("generated_by", "Innograph");
		document.put("target_cytoscapejs_version", "~3");
		Map<String, Object> about = new LinkedHashMap<>();
		about.put("name", "Innograph");
		about.put("description", xmlSafe(graph.description()));
		about.put("generatedAt", graph.generatedAt().toString());
		about.put("entities", nodes.size());
		about.put("relationships", edges.size());
		document.put("data", about);
		document.put("elements", Map.of("nodes", nodes, "edges", edges));
		JSON.writeValue(out, document);
	}

	private static Graph<String, Network.Link> jgraph(ExportGraph graph) {
		Graph<String, Network.Link> jgraph = new DirectedPseudograph<>(Network.Link.class);
		graph.network().nodes().forEach((node) -> jgraph.addVertex(node.id()));
		graph.network().links().forEach((link) -> jgraph.addEdge(link.from(), link.to(), link));
		return jgraph;
	}

	private static Map<String, Map<String, Attribute>> nodeAttributes(ExportGraph graph) {
		Map<String, Map<String, Attribute>> byId = new LinkedHashMap<>();
		for (ExportGraph.NodeRow row : graph.nodeRows()) {
			Map<String, Attribute> attributes = new LinkedHashMap<>();
			ExportGraph.NODE_COLUMNS.forEach((column) -> {
				Attribute attribute = attribute(column.value().apply(row));
				if (attribute != null) {
					attributes.put(column.name(), attribute);
				}
			});
			byId.put(row.node().id(), attributes);
		}
		return byId;
	}

	private static Map<String, Attribute> edgeAttributes(Network.Link link) {
		Map<String, Attribute> attributes = new LinkedHashMap<>();
		ExportGraph.EDGE_COLUMNS.forEach((column) -> {
			Attribute attribute = attribute(column.value().apply(link));
			if (attribute != null) {
				attributes.put(column.name(), attribute);
			}
		});
		return attributes;
	}

	private static Attribute attribute(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof Integer number) {
			return DefaultAttribute.createAttribute(number);
		}
		if (value instanceof Double number) {
			return DefaultAttribute.createAttribute(number);
		}
		return DefaultAttribute.createAttribute(xmlSafe(value.toString()));
	}

	private static void putIfPresent(Map<String, Object> data, String name, Object value) {
		if (value != null) {
			data.put(name, (value instanceof String text) ? xmlSafe(text) : value);
		}
	}

	private static AttributeType graphMlType(ExportGraph.ColumnType type) {
		return switch (type) {
			case STRING -> AttributeType.STRING;
			case INT -> AttributeType.INT;
			case DOUBLE -> AttributeType.DOUBLE;
		};
	}

	private static GEXFAttributeType gexfType(ExportGraph.ColumnType type) {
		return switch (type) {
			case STRING -> GEXFAttributeType.STRING;
			case INT -> GEXFAttributeType.INTEGER;
			case DOUBLE -> GEXFAttributeType.DOUBLE;
		};
	}

	private static Writer writer(OutputStream out) {
		return new OutputStreamWriter(out, StandardCharsets.UTF_8);
	}

	private static byte[] csvBytes(List<List<String>> rows, boolean bom) {
		StringBuilder text = new StringBuilder(bom ? "\uFEFF" : "");
		for (List<String> row : rows) {
			for (int i = 0; i < row.size(); i++) {
				if (i > 0) {
					text.append(',');
				}
				text.append(csvCell(row.get(i)));
			}
			text.append("\r\n");
		}
		return text.toString().getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * A column's value as a CSV cell's text: numbers as they are, text made safe for
	 * spreadsheets.
	 */
	private static <T> String csvText(ExportGraph.Column<T> column, T row) {
		String text = column.text(row);
		return (column.type() == ExportGraph.ColumnType.STRING) ? formulaSafe(text) : text;
	}

	/**
	 * The text with every character XML 1.0 cannot hold (control characters but tab, line
	 * feed and carriage return; unpaired surrogates; U+FFFE, U+FFFF) replaced by U+FFFD,
	 * the replacement character, so a reader sees that something was there. JSON and CSV
	 * could carry them, but every format carries the same text.
	 */
	static String xmlSafe(String text) {
		if (text == null) {
			return null;
		}
		StringBuilder safe = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
					&& Character.isLowSurrogate(text.charAt(i + 1));
			boolean legal = pair || c == '\t' || c == '\n' || c == '\r'
					|| (c >= 0x20 && c <= 0xFFFD && !Character.isSurrogate(c));
			if (!legal && safe == null) {
				safe = new StringBuilder(text.length()).append(text, 0, i);
			}
			if (safe != null) {
				safe.append(legal ? c : '\uFFFD');
				if (pair) {
					safe.append(text.charAt(i + 1));
				}
			}
			if (pair) {
				i++;
			}
		}
		return (safe != null) ? safe.toString() : text;
	}

	/**
	 * The text as a CSV text cell (OWASP's advice against formula injection): one that
	 * starts with {@code = + - @}, a tab or a carriage return gets a {@code '} in front,
	 * which spreadsheets take as "this is text" and do not show. A text that starts with
	 * {@code '} gets one more too, so that a program reading the file back can drop the
	 * first {@code '} of every text cell that starts with one and have the text exactly.
	 */
	static String formulaSafe(String text) {
		if (text == null || text.isEmpty()) {
			return xmlSafe(text);
		}
		String safe = xmlSafe(text);
		return switch (safe.charAt(0)) {
			case '=', '+', '-', '@', '\t', '\r', '\'' -> "'" + safe;
			default -> safe;
		};
	}

	static String csvCell(String value) {
		if (value == null) {
			return "";
		}
		boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
				|| value.indexOf('\r') >= 0
				|| (!value.isEmpty() && (value.charAt(0) == ' ' || value.charAt(value.length() - 1) == ' '));
		return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
	}

}
