package org.innograph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.innograph.embedded.EmbeddedNeo4j;
import org.innograph.graph.EntityKind;
import org.innograph.graph.RelationshipType;
import org.innograph.store.GraphSchema;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.graphdb.Entity;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Transaction;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code bench-generate}: writes a synthetic graph into a fresh embedded store, in
 * batches, then applies the application's schema, makes the benchmark's editor token, and
 * records what it wrote (and how long it took) in {@code bench-manifest.json} next to the
 * store.
 */
final class GraphGenerator {

	static final String MANIFEST = "bench-manifest.json";

	/** The file next to the store that holds an editor token ({@code bench/run.sh}). */
	static final String TOKEN = "bench-token";

	private static final int BATCH = 10_000;

	private GraphGenerator() {
	}

	static Manifest generate(String scale, Path dataDirectory, long seed, String pageCache) {
		if (Files.exists(dataDirectory.resolve(MANIFEST))) {
			throw new IllegalStateException(dataDirectory + " already holds a generated graph; delete it first");
		}
		if (scale.equals("seed")) {
			// Nothing to generate: the application loads the curated seed into the empty
			// store when it starts.
			Manifest manifest = Manifest.of(scale, 0, SeedShape.read(), 0, 0);
			write(dataDirectory, manifest);
			return manifest;
		}
		int nodes = nodes(scale);
		long started = System.nanoTime();
		SyntheticGraph graph = SyntheticGraph.generate(nodes, seed);
		log("generated %,d entities, %,d relationships, %,d evidence records in %d ms", graph.entityCount(),
				graph.relationshipCount(), graph.evidenceCount(), (System.nanoTime() - started) / 1_000_000);

		long loadStarted = System.nanoTime();
		try (EmbeddedNeo4j database = EmbeddedNeo4j.start(dataDirectory, 0, pageCache, Duration.ofHours(1))) {
			load(database.database(), graph);
			long schemaStarted = System.nanoTime();
			try (Driver driver = GraphDatabase.driver(database.boltUri(), database.credentials().authToken())) {
				GraphSchema.apply(driver);
				log("schema and indexes in %,d ms", (System.nanoTime() - schemaStarted) / 1_000_000);
				writeToken(dataDirectory, org.innograph.security.BenchAccess.createEditorToken(driver, "benchmark"));
			}
		}
		long loadMillis = (System.nanoTime() - loadStarted) / 1_000_000;
		long storeBytes = sizeOf(dataDirectory);
		log("loaded in %,d ms; store %,d MB", loadMillis, storeBytes / (1024 * 1024));
		Manifest manifest = Manifest.of(scale, nodes, graph, loadMillis, storeBytes);
		write(dataDirectory, manifest);
		return manifest;
	}

	/**
	 * The editor token of the benchmark's mutations, readable by its owner only: made
	 * here, while the store is open, because the {@code token create} command would start
	 * the application on the store once more (half a minute at 100K).
	 */
	private static void writeToken(Path dataDirectory, String token) {
		try {
			Path file = Files.createFile(dataDirectory.resolve(TOKEN),
					PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
			Files.writeString(file, token + "\n");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void write(Path dataDirectory, Manifest manifest) {
		try {
			Files.createDirectories(dataDirectory);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		JsonMapper.builder()
			.enable(SerializationFeature.INDENT_OUTPUT)
			.build()
			.writeValue(dataDirectory.resolve(MANIFEST).toFile(), manifest);
	}

	/**
	 * The node budget of a scale: {@code 10k}, {@code 100k}, {@code 1m}, or a plain
	 * number.
	 */
	static int nodes(String scale) {
		String s = scale.toLowerCase(java.util.Locale.ROOT);
		if (s.endsWith("k")) {
			return Integer.parseInt(s.substring(0, s.length() - 1)) * 1_000;
		}
		if (s.endsWith("m")) {
			return Integer.parseInt(s.substring(0, s.length() - 1)) * 1_000_000;
		}
		return Integer.parseInt(s);
	}

	/**
	 * Writes through Neo4j's in-process API, batch by batch: no Cypher planning, no Bolt,
	 * and relationships find their ends by internal node id instead of an index look-up.
	 * Labels and types come from the enums. The schema comes after: its indexes fill from
	 * the whole graph at once and its constraints check it once, where maintaining them
	 * record by record made the load 40-50 s longer at 100K.
	 */
	@SuppressWarnings("deprecation")
	private static void load(GraphDatabaseService database, SyntheticGraph graph) {
		long[] sourceNodes = new long[SyntheticGraph.SOURCES];
		try (Transaction tx = database.beginTx()) {
			for (int n = 0; n < SyntheticGraph.SOURCES; n++) {
				Node source = tx.createNode(Label.label("Source"));
				setAll(source, SyntheticGraph.sourceProperties(n));
				sourceNodes[n] = source.getId();
			}
			tx.commit();
		}
		long started = System.nanoTime();
		long[] nodes = new long[graph.entityCount()];
		Label entity = Label.label("Entity");
		for (int from = 0; from < graph.entityCount(); from += BATCH) {
			try (Transaction tx = database.beginTx()) {
				for (int e = from; e < Math.min(graph.entityCount(), from + BATCH); e++) {
					Node node = tx.createNode(entity, Label.label(graph.kind(e).label()));
					setAll(node, graph.entityProperties(e));
					nodes[e] = node.getId();
				}
				tx.commit();
			}
		}
		log("entities in %,d ms", (System.nanoTime() - started) / 1_000_000);

		started = System.nanoTime();
		Map<RelationshipType, org.neo4j.graphdb.RelationshipType> types = new EnumMap<>(RelationshipType.class);
		for (RelationshipType type : RelationshipType.values()) {
			types.put(type, org.neo4j.graphdb.RelationshipType.withName(type.name()));
		}
		for (int from = 0; from < graph.relationshipCount(); from += BATCH) {
			try (Transaction tx = database.beginTx()) {
				for (int r = from; r < Math.min(graph.relationshipCount(), from + BATCH); r++) {
					Node a = tx.getNodeById(nodes[graph.relationshipFrom(r)]);
					Node b = tx.getNodeById(nodes[graph.relationshipTo(r)]);
					setAll(a.createRelationshipTo(b, types.get(graph.relationshipType(r))),
							graph.relationshipProperties(r));
				}
				tx.commit();
			}
			if (from > 0 && from % 500_000 == 0) {
				log("%,d relationships", from);
			}
		}
		log("relationships in %,d ms", (System.nanoTime() - started) / 1_000_000);

		started = System.nanoTime();
		Label evidence = Label.label("Evidence");
		org.neo4j.graphdb.RelationshipType cites = org.neo4j.graphdb.RelationshipType.withName("CITES");
		for (int from = 0; from < graph.evidenceCount(); from += BATCH) {
			try (Transaction tx = database.beginTx()) {
				for (int n = from; n < Math.min(graph.evidenceCount(), from + BATCH); n++) {
					Node node = tx.createNode(evidence);
					setAll(node, graph.evidenceProperties(n));
					node.createRelationshipTo(tx.getNodeById(sourceNodes[n % SyntheticGraph.SOURCES]), cites);
				}
				tx.commit();
			}
		}
		log("evidence in %,d ms", (System.nanoTime() - started) / 1_000_000);
	}

	/**
	 * Sets every property; lists become arrays, which is how Neo4j stores list
	 * properties.
	 */
	private static void setAll(Entity target, Map<String, Object> properties) {
		properties.forEach((key, value) -> {
			if (value instanceof List<?> list) {
				target.setProperty(key, list.stream().map(String::valueOf).toArray(String[]::new));
			}
			else if (value != null) {
				target.setProperty(key, value);
			}
		});
	}

	static long sizeOf(Path directory) {
		try (Stream<Path> files = Files.walk(directory)) {
			return files.filter(Files::isRegularFile).mapToLong((file) -> {
				try {
					return Files.size(file);
				}
				catch (IOException ex) {
					return 0;
				}
			}).sum();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static void log(String format, Object... args) {
		System.out.printf("[bench] " + format + "%n", args);
	}

}
