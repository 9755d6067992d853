package org.innograph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.innograph.graph.SearchNames;
import org.innograph.storage.StoredGraph;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A whole-store dump as one JSON file: every node (labels, properties) and every
 * relationship (type, ends, properties) — the graph, evidence and sources, the recorded
 * seed hash, API tokens (hashes only) and the change history. Dates and date-times are
 * tagged ({@code {"$date": "2023-10-19"}}) so they come back as dates. Constraints and
 * indexes are not in the dump, nor is the record of the schema migrations that created
 * them ({@code __Neo4jMigration*} nodes): those describe the database the dump came from,
 * and the service migrates the database it restores into at start-up.
 */
@Component
public class StoreBackup {

	static final String FORMAT = "innograph-backup/1";

	private static final Pattern NAME = Pattern.compile("^[A-Za-z_][A-Za-z0-9_]*$");

	/**
	 * Nodes that record the database's schema, not the graph: kept out of dumps and kept
	 * by a restore.
	 */
	private static final String SCHEMA_RECORD = "any(label IN labels(%s) WHERE label STARTS WITH '__Neo4jMigration')";

	/**
	 * What Innograph 0.1.0 recorded of its schema; older dumps carry it, a restore leaves
	 * it out.
	 */
	private static final String LEGACY_SCHEMA_LABEL = "SchemaState";

	private static final JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private final Neo4jClient client;

	private final TransactionTemplate transactions;

	public StoreBackup(Neo4jClient client, PlatformTransactionManager transactionManager) {
		this.client = client;
		this.transactions = new TransactionTemplate(transactionManager);
		this.transactions.setTimeout(300);
	}

	/** How much a backup or restore covered. */
	public record Counts(long nodes, long relationships) {
	}

	/** Writes the dump to {@code file}. */
	public Counts backup(Path file) {
		Map<String, Object> dump = this.transactions.execute((status) -> dump());
		try {
			if (file.toAbsolutePath().getParent() != null) {
				Files.createDirectories(file.toAbsolutePath().getParent());
			}
			json.writeValue(file.toFile(), dump);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new Counts(((List<?>) dump.get("nodes")).size(), ((List<?>) dump.get("relationships")).size());
	}

	private Map<String, Object> dump() {
		List<Map<String, Object>> nodeRows = List.copyOf(this.client.query("""
				MATCH (n)
				WHERE NOT %s
				RETURN elementId(n) AS eid, labels(n) AS labels, properties(n) AS props
				ORDER BY reduce(s = '', l IN labels(n) | s + l + ':'), n.id, eid
				""".formatted(SCHEMA_RECORD.formatted("n"))).fetch().all());
		Map<String, Integer> keys = new HashMap<>();
		List<Map<String, Object>> nodes = new ArrayList<>();
		for (Map<String, Object> row : nodeRows) {
			int key = nodes.size();
			keys.put((String) row.get("eid"), key);
			Map<String, Object> node = new LinkedHashMap<>();
			node.put("key", key);
			node.put("labels", row.get("labels"));
			node.put("properties", encode(row.get("props")));
			nodes.add(node);
		}
		List<Map<String, Object>> relationships = new ArrayList<>();
		List<Map<String, Object>> relRows = new ArrayList<>(this.client.query("""
				MATCH (a)-[r]->(b)
				WHERE NOT %s
				RETURN elementId(a) AS a, elementId(b) AS b, type(r) AS type, properties(r) AS props
				""".formatted(SCHEMA_RECORD.formatted("a"))).fetch().all());
		for (Map<String, Object> row : relRows) {
			Map<String, Object> rel = new LinkedHashMap<>();
			rel.put("type", row.get("type"));
			rel.put("from", keys.get((String) row.get("a")));
			rel.put("to", keys.get((String) row.get("b")));
			rel.put("properties", encode(row.get("props")));
			relationships.add(rel);
		}
		// A stable order makes two backups of the same graph identical files.
		relationships.sort(java.util.Comparator.comparing((Map<String, Object> r) -> (Integer) r.get("from"))
			.thenComparing((r) -> (Integer) r.get("to"))
			.thenComparing((r) -> (String) r.get("type"))
			.thenComparing((r) -> String.valueOf(r.get("properties"))));
		Map<String, Object> dump = new LinkedHashMap<>();
		dump.put("format", FORMAT);
		dump.put("createdAt", ZonedDateTime.now().toString());
		dump.put("nodes", nodes);
		dump.put("relationships", relationships);
		return dump;
	}

	/**
	 * Restores a dump in one transaction. The database must be empty of graph data unless
	 * {@code replace}, which first deletes everything in it (in the same transaction: a
	 * failed restore changes nothing).
	 */
	public Counts restore(Path file, boolean replace) {
		JsonNode dump;
		try {
			dump = json.readTree(file.toFile());
		}
		catch (RuntimeException ex) {
			throw new IllegalArgumentException("Cannot read the backup " + file + ": " + ex.getMessage(), ex);
		}
		if (!FORMAT.equals(dump.path("format").asString(""))) {
			throw new IllegalArgumentException(file + " is not an Innograph backup (format " + FORMAT + ")");
		}
		return this.transactions.execute((status) -> {
			String graph = "MATCH (n) WHERE NOT " + SCHEMA_RECORD.formatted("n");
			long existing = this.client.query(graph + " RETURN count(n)").fetchAs(Long.class).one().orElse(0L);
			if (existing > 0 && !replace) {
				throw new IllegalArgumentException("The database holds " + existing
						+ " nodes; restore into an empty database, or pass --replace to delete them first");
			}
			if (existing > 0) {
				this.client.query(graph + " DETACH DELETE n").run();
			}
			Map<String, List<Map<String, Object>>> byLabels = new TreeMap<>();
			for (JsonNode node : dump.path("nodes")) {
				List<String> labels = new ArrayList<>();
				node.path("labels").forEach((label) -> labels.add(checkedName(label.asString())));
				if (schemaRecord(labels)) {
					continue;
				}
				Map<String, Object> row = new HashMap<>();
				row.put("key", node.path("key").asInt());
				row.put("props", withNameGrams(labels, decodeMap(node.path("properties"))));
				byLabels.computeIfAbsent(String.join(":", labels), (k) -> new ArrayList<>()).add(row);
			}
			Map<Integer, String> elementIds = new HashMap<>();
			byLabels.forEach((labels, rows) -> {
				String label = labels.isEmpty() ? "" : ":`" + labels.replace(":", "`:`") + "`";
				this.client.query("""
						UNWIND $rows AS row
						CREATE (n%s)
						SET n = row.props
						RETURN row.key AS key, elementId(n) AS eid
						""".formatted(label))
					.bind(rows)
					.to("rows")
					.fetch()
					.all()
					.forEach((created) -> elementIds.put(((Number) created.get("key")).intValue(),
							(String) created.get("eid")));
			});
			Map<String, List<Map<String, Object>>> byType = new TreeMap<>();
			for (JsonNode rel : dump.path("relationships")) {
				Map<String, Object> row = new HashMap<>();
				row.put("from", elementIds.get(rel.path("from").asInt()));
				row.put("to", elementIds.get(rel.path("to").asInt()));
				row.put("props", decodeMap(rel.path("properties")));
				byType.computeIfAbsent(checkedName(rel.path("type").asString()), (k) -> new ArrayList<>()).add(row);
			}
			byType.forEach((type, rows) -> this.client.query("""
					UNWIND $rows AS row
					MATCH (a) WHERE elementId(a) = row.from
					MATCH (b) WHERE elementId(b) = row.to
					CREATE (a)-[r:`%s`]->(b)
					SET r = row.props
					""".formatted(type)).bind(rows).to("rows").run());
			// A dump written before retired entities carried their label has them without
			// it.
			this.client
				.query("MATCH (n:%s) WHERE n.%s = true SET n:%s".formatted(StoredGraph.ENTITY,
						StoredGraph.Common.RETIRED, StoredGraph.RETIRED_ENTITY))
				.run();
			long relationships = byType.values().stream().mapToLong(List::size).sum();
			return new Counts(elementIds.size(), relationships);
		});
	}

	/**
	 * An entity of a dump written before V010 lacks the pieces of its names, and the
	 * database restored into has recorded that migration already: they are derived here,
	 * by the rule the migration and every write use, so a search of one or two characters
	 * finds it.
	 */
	@SuppressWarnings("unchecked")
	private static Map<String, Object> withNameGrams(List<String> labels, Map<String, Object> props) {
		if (labels.contains(StoredGraph.ENTITY) && !props.containsKey(StoredGraph.EntityProps.NAME_GRAMS)
				&& props.get(StoredGraph.EntityProps.NAMES) instanceof List<?> names) {
			props.put(StoredGraph.EntityProps.NAME_GRAMS, SearchNames.grams((List<String>) names));
		}
		return props;
	}

	private static boolean schemaRecord(List<String> labels) {
		return labels.contains(LEGACY_SCHEMA_LABEL)
				|| labels.stream().anyMatch((l) -> l.startsWith("__Neo4jMigration"));
	}

	/** Labels and types go into Cypher text, so they must be plain names. */
	private static String checkedName(String name) {
		if (name == null || !NAME.matcher(name).matches()) {
			throw new IllegalArgumentException("The backup names a label or type that is not a plain name: " + name);
		}
		return name;
	}

	private static Object encode(Object value) {
		if (value instanceof Map<?, ?> map) {
			Map<String, Object> out = new TreeMap<>();
			map.forEach((k, v) -> out.put(k.toString(), encode(v)));
			return out;
		}
		if (value instanceof List<?> list) {
			return list.stream().map(StoreBackup::encode).toList();
		}
		if (value instanceof LocalDate date) {
			return Map.of("$date", date.toString());
		}
		if (value instanceof ZonedDateTime dateTime) {
			return Map.of("$datetime", dateTime.toString());
		}
		if (value instanceof OffsetDateTime dateTime) {
			return Map.of("$datetime", dateTime.toZonedDateTime().toString());
		}
		if (value instanceof LocalDateTime dateTime) {
			return Map.of("$localdatetime", dateTime.toString());
		}
		if (value instanceof String || value instanceof Number || value instanceof Boolean || value == null) {
			return value;
		}
		throw new IllegalStateException("A property of type " + value.getClass().getName() + " cannot be backed up");
	}

	private static Map<String, Object> decodeMap(JsonNode node) {
		Map<String, Object> out = new HashMap<>();
		node.properties().forEach((entry) -> out.put(entry.getKey(), decode(entry.getValue())));
		return out;
	}

	private static Object decode(JsonNode node) {
		if (node.isObject()) {
			if (node.has("$date")) {
				return LocalDate.parse(node.get("$date").asString());
			}
			if (node.has("$datetime")) {
				return ZonedDateTime.parse(node.get("$datetime").asString());
			}
			if (node.has("$localdatetime")) {
				return LocalDateTime.parse(node.get("$localdatetime").asString());
			}
			throw new IllegalArgumentException("A property value in the backup is an object: " + node);
		}
		if (node.isArray()) {
			List<Object> list = new ArrayList<>();
			node.forEach((item) -> list.add(decode(item)));
			return list;
		}
		if (node.isIntegralNumber()) {
			return node.longValue();
		}
		if (node.isNumber()) {
			return node.doubleValue();
		}
		if (node.isBoolean()) {
			return node.booleanValue();
		}
		return node.isNull() ? null : node.asString();
	}

}
