package org.innograph.seed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.innograph.graph.RelationshipType;
import org.innograph.storage.Predicates;
import org.innograph.storage.StoredGraph.Common;
import org.innograph.storage.StoredGraph.EvidenceProps;
import org.innograph.storage.StoredGraph.FactProps;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the graph as it is now back into the seed format, so that curated changes become
 * reviewable diffs of {@code graph-seed/}. Active records only (retired ones stay in the
 * database and its history). Each record goes to the file and position it has in the
 * configured seed ({@code innograph.seed.location}); records the seed does not have go to
 * {@code edits.yaml} (sources to {@code sources.yaml}), sorted by id. The output is
 * canonical YAML: a first export rewrites hand-formatted files (flow style and inline
 * comments go; a file's leading comment lines stay), later exports of an unchanged graph
 * are identical. Every export is read back with {@code SeedReader} and checked with
 * {@code SeedChecks} before it is written.
 */
@Component
public class SeedExport {

	private static final Logger logger = LoggerFactory.getLogger(SeedExport.class);

	private final Neo4jClient client;

	private final TransactionTemplate reads;

	private final SeedProperties properties;

	SeedExport(Neo4jClient client, PlatformTransactionManager transactionManager, SeedProperties properties) {
		this.client = client;
		this.reads = new TransactionTemplate(transactionManager);
		this.reads.setReadOnly(true);
		this.properties = properties;
	}

	/** Exports into {@code directory} (created if needed); returns the files written. */
	public List<SeedFile> exportTo(Path directory) {
		SeedLayout layout = SeedLayout.of(template());
		List<SeedFile> files = export(layout);
		try {
			Files.createDirectories(directory);
			for (String stale : layout.files()) {
				if (files.stream().noneMatch((file) -> file.name().equals(stale))) {
					Files.deleteIfExists(directory.resolve(stale));
				}
			}
			for (SeedFile file : files) {
				Path path = directory.resolve(file.name());
				Files.createDirectories(path.getParent());
				Files.writeString(path, file.content(), StandardCharsets.UTF_8);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the export to " + directory, ex);
		}
		logger.info("Exported the graph as {} seed files into {}", files.size(), directory);
		return files;
	}

	/**
	 * The graph as seed files laid out like the configured seed, read back and checked.
	 */
	public List<SeedFile> export() {
		return export(SeedLayout.of(template()));
	}

	private Optional<SeedLayout.Template> template() {
		try {
			List<SeedFile> files = SeedFiles.fromLocation(this.properties.location());
			return Optional.of(new SeedLayout.Template(new SeedReader().read(files), files));
		}
		catch (RuntimeException ex) {
			logger.warn("The configured seed at {} cannot be read ({}); the export uses a default layout",
					this.properties.location(), ex.getMessage());
			return Optional.empty();
		}
	}

	private List<SeedFile> export(SeedLayout layout) {
		Map<String, SeedFileRecords> byFile = new TreeMap<>();
		this.reads.executeWithoutResult((status) -> collect(layout, byFile));
		List<SeedFile> files = new ArrayList<>();
		byFile.forEach((name, records) -> files.add(new SeedFile(name, records.render(layout.header(name)))));
		Seed seed = new SeedReader().read(files);
		List<SeedProblem> problems = new SeedChecks(Optional.empty()).check(seed);
		if (!problems.isEmpty()) {
			throw new InvalidSeedException(problems);
		}
		return files;
	}

	/** Reads every active record in one read transaction and places it in its file. */
	private void collect(SeedLayout layout, Map<String, SeedFileRecords> byFile) {
		Map<String, List<Map<String, Object>>> evidence = new HashMap<>();
		rows("MATCH (ev:Evidence) RETURN properties(ev) AS p")
			.forEach((ev) -> evidence.computeIfAbsent((String) ev.get(EvidenceProps.SUBJECT), (k) -> new ArrayList<>())
				.add(ev));
		StoredToSeed records = new StoredToSeed(evidence, layout);

		for (Map<String, Object> source : rows("MATCH (s:Source) RETURN properties(s) AS p")) {
			String id = (String) source.get(Common.ID);
			SeedLayout.Place place = layout.source(id);
			file(byFile, place).sources.add(new SeedFileRecords.Placed(place, id, StoredToSeed.source(source)));
		}

		Map<String, List<Map<String, Object>>> facts = new HashMap<>();
		rows("MATCH (e:Entity)-[:HAS_FACT]->(f:Fact) WHERE " + Predicates.active("e") + " RETURN properties(f) AS p")
			.forEach((fact) -> facts.computeIfAbsent((String) fact.get(FactProps.ENTITY), (k) -> new ArrayList<>())
				.add(fact));

		for (Map<String, Object> entity : rows(
				"MATCH (n:Entity) WHERE " + Predicates.active("n") + " RETURN properties(n) AS p")) {
			String id = (String) entity.get(Common.ID);
			SeedLayout.Place place = layout.entity(id);
			file(byFile, place).entities
				.add(new SeedFileRecords.Placed(place, id, records.entity(entity, facts.getOrDefault(id, List.of()))));
		}

		for (Map<String, Object> row : allRows(("""
				MATCH (a:Entity)-[r:%s]->(b:Entity)
				WHERE """ + Predicates.active("r", "a", "b") + """
				RETURN properties(r) AS r, type(r) AS type, a.id AS from, b.id AS to
				""").formatted(RelationshipType.ANY))) {
			@SuppressWarnings("unchecked")
			Map<String, Object> rel = (Map<String, Object>) row.get("r");
			String id = (String) rel.get(Common.ID);
			SeedLayout.Place place = layout.relationship(id);
			file(byFile, place).relationships.add(new SeedFileRecords.Placed(place, id,
					records.relationship(rel, row.get("type"), row.get("from"), row.get("to"))));
		}
	}

	private static SeedFileRecords file(Map<String, SeedFileRecords> byFile, SeedLayout.Place place) {
		return byFile.computeIfAbsent(place.file(), (f) -> new SeedFileRecords());
	}

	private List<Map<String, Object>> rows(String cypher) {
		return allRows(cypher).stream().map((row) -> {
			@SuppressWarnings("unchecked")
			Map<String, Object> p = (Map<String, Object>) row.get("p");
			return p;
		}).toList();
	}

	private List<Map<String, Object>> allRows(String cypher) {
		return List.copyOf(this.client.query(cypher).fetch().all());
	}

}
