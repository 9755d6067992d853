package org.innograph.edit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

import org.innograph.graph.PartialDate;
import org.innograph.graph.RelationshipType;
import org.innograph.seed.InvalidSeedException;
import org.innograph.seed.Seed;
import org.innograph.seed.SeedChecks;
import org.innograph.seed.SeedFile;
import org.innograph.seed.SeedFiles;
import org.innograph.seed.SeedProblem;
import org.innograph.seed.SeedProperties;
import org.innograph.seed.SeedReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the graph as it is now back into the seed format, so that curated changes become reviewable
 * diffs of {@code graph-seed/}. Active records only (retired ones stay in the database and its history).
 * Each record goes to the file and position it has in the configured seed ({@code innograph.seed.location});
 * records the seed does not have go to {@code edits.yaml} (sources to {@code sources.yaml}), sorted by id.
 * The output is canonical YAML: a first export rewrites hand-formatted files (flow style and inline
 * comments go; a file's leading comment lines stay), later exports of an unchanged graph are identical.
 * Every export is read back with {@code SeedReader} and checked with {@code SeedChecks} before it is
 * written.
 */
@Component
public class SeedExport {

	private static final Logger logger = LoggerFactory.getLogger(SeedExport.class);

	/** Where records the configured seed does not have are written. */
	static final String EDITS_FILE = "edits.yaml";

	static final String SOURCES_FILE = "sources.yaml";

	private static final YAMLMapper yaml = YAMLMapper.builder()
		.disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
		.disable(YAMLWriteFeature.SPLIT_LINES)
		.enable(YAMLWriteFeature.MINIMIZE_QUOTES)
		.enable(YAMLWriteFeature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
		.enable(YAMLWriteFeature.INDENT_ARRAYS_WITH_INDICATOR)
		.build();

	private static final String ACTIVE_TYPES = String.join("|",
			java.util.Arrays.stream(RelationshipType.values()).map(Enum::name).toList());

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
		Layout layout = Layout.of(template());
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

	/** The graph as seed files laid out like the configured seed, read back and checked. */
	public List<SeedFile> export() {
		return export(Layout.of(template()));
	}

	private Optional<Template> template() {
		try {
			List<SeedFile> files = SeedFiles.fromLocation(this.properties.location());
			return Optional.of(new Template(new SeedReader().read(files), files));
		}
		catch (RuntimeException ex) {
			logger.warn("The configured seed at {} cannot be read ({}); the export uses a default layout",
					this.properties.location(), ex.getMessage());
			return Optional.empty();
		}
	}

	private List<SeedFile> export(Layout layout) {
		Map<String, FileRecords> byFile = new TreeMap<>();
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

	private void collect(Layout layout, Map<String, FileRecords> byFile) {
		Map<String, List<Map<String, Object>>> evidence = new HashMap<>();
		rows("MATCH (ev:Evidence) RETURN properties(ev) AS p").forEach((ev) -> evidence
			.computeIfAbsent((String) ev.get("subject"), (k) -> new ArrayList<>())
			.add(ev));

		for (Map<String, Object> source : rows("MATCH (s:Source) RETURN properties(s) AS p")) {
			String id = (String) source.get("id");
			Map<String, Object> out = new LinkedHashMap<>();
			out.put("id", id);
			out.put("documentId", source.get("documentId"));
			out.put("kind", source.get("kind"));
			out.put("title", bilingual(source, "titleKo", "titleEn"));
			out.put("publisher", bilingual(source, "publisherKo", "publisherEn"));
			putIf(out, "publisherEntity", source.get("publisherEntity"));
			putIf(out, "published", date(source, "published"));
			putIf(out, "url", source.get("url"));
			putIf(out, "note", source.get("note"));
			putIf(out, "sha256", source.get("sha256"));
			putIf(out, "lineCount", source.get("lineCount"));
			Layout.Place place = layout.source(id);
			byFile.computeIfAbsent(place.file(), (f) -> new FileRecords()).sources.add(new Placed(place, id, out));
		}

		Map<String, List<Map<String, Object>>> facts = new HashMap<>();
		rows("MATCH (e:Entity)-[:HAS_FACT]->(f:Fact) WHERE coalesce(e.retired, false) = false RETURN properties(f) AS p")
			.forEach((fact) -> facts.computeIfAbsent((String) fact.get("entity"), (k) -> new ArrayList<>()).add(fact));

		for (Map<String, Object> entity : rows(
				"MATCH (n:Entity) WHERE coalesce(n.retired, false) = false RETURN properties(n) AS p")) {
			String id = (String) entity.get("id");
			Map<String, Object> out = new LinkedHashMap<>();
			out.put("id", id);
			out.put("kind", entity.get("kind"));
			putIf(out, "type", entity.get("type"));
			out.put("name", bilingual(entity, "nameKo", "nameEn"));
			putList(out, "acronyms", entity.get("acronyms"));
			putList(out, "aliases", entity.get("aliases"));
			putIf(out, "code", entity.get("code"));
			putIf(out, "description", text(entity, "descriptionKo", "descriptionEn"));
			putIf(out, "date", date(entity, "date"));
			putIf(out, "validFrom", date(entity, "validFrom"));
			putIf(out, "validTo", date(entity, "validTo"));
			putIf(out, "status", entity.get("status"));
			List<Map<String, Object>> factList = new ArrayList<>();
			for (Map<String, Object> fact : sortedFacts(facts.getOrDefault(id, List.of()), layout)) {
				factList.add(fact(fact, evidence, layout));
			}
			if (!factList.isEmpty()) {
				out.put("facts", factList);
			}
			putIf(out, "note", entity.get("note"));
			out.put("evidence", evidence(id, evidence, layout));
			Layout.Place place = layout.entity(id);
			byFile.computeIfAbsent(place.file(), (f) -> new FileRecords()).entities.add(new Placed(place, id, out));
		}

		for (Map<String, Object> row : allRows("""
				MATCH (a:Entity)-[r:%s]->(b:Entity)
				WHERE coalesce(r.retired, false) = false AND coalesce(a.retired, false) = false
				  AND coalesce(b.retired, false) = false
				RETURN properties(r) AS r, type(r) AS type, a.id AS from, b.id AS to
				""".formatted(ACTIVE_TYPES))) {
			@SuppressWarnings("unchecked")
			Map<String, Object> rel = (Map<String, Object>) row.get("r");
			String id = (String) rel.get("id");
			Map<String, Object> out = new LinkedHashMap<>();
			out.put("type", row.get("type"));
			out.put("from", row.get("from"));
			out.put("to", row.get("to"));
			int hash = id.indexOf('#');
			if (hash >= 0) {
				out.put("key", id.substring(hash + 1));
			}
			putIf(out, "role", rel.get("role"));
			putIf(out, "roleLabel", text(rel, "roleLabelKo", "roleLabelEn"));
			putIf(out, "status", rel.get("status"));
			putIf(out, "validFrom", date(rel, "validFrom"));
			putIf(out, "validTo", date(rel, "validTo"));
			putIf(out, "basis", rel.get("basis"));
			if (rel.get("amountValue") instanceof Number value) {
				Map<String, Object> amount = new LinkedHashMap<>();
				amount.put("value", number(value));
				amount.put("unit", rel.get("amountUnit"));
				if (Boolean.TRUE.equals(rel.get("amountApproximate"))) {
					amount.put("approximate", true);
				}
				out.put("amount", amount);
			}
			putIf(out, "note", rel.get("note"));
			out.put("evidence", evidence(id, evidence, layout));
			Layout.Place place = layout.relationship(id);
			byFile.computeIfAbsent(place.file(), (f) -> new FileRecords()).relationships.add(new Placed(place, id, out));
		}
	}

	private Map<String, Object> fact(Map<String, Object> fact, Map<String, List<Map<String, Object>>> evidence,
			Layout layout) {
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("key", fact.get("key"));
		Object value = fact.get("value");
		if (value instanceof Number number) {
			out.put("value", number(number));
		}
		else if (value != null) {
			out.put("value", value);
		}
		putIf(out, "unit", fact.get("unit"));
		if (Boolean.TRUE.equals(fact.get("approximate"))) {
			out.put("approximate", true);
		}
		putIf(out, "text", text(fact, "textKo", "textEn"));
		putIf(out, "date", date(fact, "date"));
		putIf(out, "from", date(fact, "from"));
		putIf(out, "to", date(fact, "to"));
		putIf(out, "basis", fact.get("basis"));
		putIf(out, "note", fact.get("note"));
		out.put("evidence", evidence((String) fact.get("id"), evidence, layout));
		return out;
	}

	/** Facts in the seed's order, so that repeated keys ({@code key}, {@code key-2}) keep their ids. */
	private static List<Map<String, Object>> sortedFacts(List<Map<String, Object>> facts, Layout layout) {
		return facts.stream()
			.sorted(Comparator.comparingInt((Map<String, Object> f) -> layout.factPosition((String) f.get("id")))
				.thenComparing((f) -> factOrder((String) f.get("id"))))
			.toList();
	}

	/** {@code x#key} before {@code x#key-2} before {@code x#key-10}. */
	private static String factOrder(String id) {
		java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("^(.*)-(\\d+)$").matcher(id);
		return matcher.matches() ? matcher.group(1) + String.format("\u0000%06d", Integer.parseInt(matcher.group(2)))
				: id;
	}

	private static List<Map<String, Object>> evidence(String subject, Map<String, List<Map<String, Object>>> all,
			Layout layout) {
		return all.getOrDefault(subject, List.of())
			.stream()
			.sorted(Comparator.comparingInt((Map<String, Object> ev) -> layout.evidencePosition((String) ev.get("id")))
				.thenComparing((ev) -> (String) ev.get("id")))
			.map((ev) -> {
				Map<String, Object> out = new LinkedHashMap<>();
				out.put("source", ev.get("source"));
				out.put("quote", ev.get("quote"));
				out.put("locator", ev.get("locator"));
				putIf(out, "note", ev.get("note"));
				return out;
			})
			.toList();
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

	private static Object number(Number value) {
		double d = value.doubleValue();
		if (d == Math.rint(d) && Math.abs(d) < 1e15) {
			return (long) d;
		}
		return BigDecimal.valueOf(d);
	}

	private static Map<String, Object> bilingual(Map<String, Object> props, String ko, String en) {
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("ko", props.get(ko));
		out.put("en", props.get(en));
		return out;
	}

	private static Map<String, Object> text(Map<String, Object> props, String ko, String en) {
		Map<String, Object> out = new LinkedHashMap<>();
		putIf(out, "ko", props.get(ko));
		putIf(out, "en", props.get(en));
		return out.isEmpty() ? null : out;
	}

	private static String date(Map<String, Object> props, String name) {
		PartialDate date = PartialDate.stored(props.get(name), props.get(name + "Precision"));
		return (date != null) ? date.text() : null;
	}

	private static void putIf(Map<String, Object> out, String key, Object value) {
		if (value != null) {
			out.put(key, value);
		}
	}

	private static void putList(Map<String, Object> out, String key, Object value) {
		if (value instanceof List<?> list && !list.isEmpty()) {
			out.put(key, list);
		}
	}

	/** The configured seed: its records and its files. */
	private record Template(Seed seed, List<SeedFile> files) {
	}

	/** A record and where it goes. */
	private record Placed(Layout.Place place, String id, Map<String, Object> content) {
	}

	/** The records of one file. */
	private static final class FileRecords {

		final List<Placed> sources = new ArrayList<>();

		final List<Placed> entities = new ArrayList<>();

		final List<Placed> relationships = new ArrayList<>();

		String render(String header) {
			Map<String, Object> content = new LinkedHashMap<>();
			put(content, "sources", this.sources);
			put(content, "entities", this.entities);
			put(content, "relationships", this.relationships);
			return header + yaml.writeValueAsString(content);
		}

		private static void put(Map<String, Object> content, String list, List<Placed> records) {
			if (!records.isEmpty()) {
				content.put(list, records.stream()
					.sorted(Comparator.comparingInt((Placed p) -> p.place().index()).thenComparing(Placed::id))
					.map(Placed::content)
					.toList());
			}
		}

	}

	/** Where the configured seed keeps each record, its facts and its evidence. */
	private record Layout(Map<String, Place> places, Map<String, Integer> factPositions,
			Map<String, Integer> evidencePositions, Map<String, String> headers) {

		record Place(String file, int index) {
		}

		static Layout of(Optional<Template> template) {
			Map<String, Place> places = new HashMap<>();
			Map<String, Integer> facts = new HashMap<>();
			Map<String, Integer> evidence = new HashMap<>();
			Map<String, String> headers = new HashMap<>();
			template.ifPresent((t) -> {
				Seed seed = t.seed();
				for (SeedFile file : t.files()) {
					// A file's leading comment lines say what it holds; they survive the export.
					StringBuilder header = new StringBuilder();
					for (String line : file.content().lines().toList()) {
						if (!line.startsWith("#")) {
							break;
						}
						header.append(line).append('\n');
					}
					headers.put(file.name(), header.toString());
				}
				seed.sources().forEach((s) -> places.put("s|" + s.id(), new Place(s.origin().file(), s.origin().index())));
				for (Seed.Entity e : seed.entities()) {
					places.put("e|" + e.id(), new Place(e.origin().file(), e.origin().index()));
					positions(e.id(), e.evidence(), evidence);
					Map<String, Integer> keyCounts = new HashMap<>();
					for (int i = 0; i < e.facts().size(); i++) {
						Seed.Fact fact = e.facts().get(i);
						int n = keyCounts.merge(fact.key(), 1, Integer::sum);
						String factId = e.id() + "#" + fact.key() + ((n > 1) ? "-" + n : "");
						facts.put(factId, i);
						positions(factId, fact.evidence(), evidence);
					}
				}
				for (Seed.Relationship r : seed.relationships()) {
					places.put("r|" + r.effectiveId(), new Place(r.origin().file(), r.origin().index()));
					positions(r.effectiveId(), r.evidence(), evidence);
				}
			});
			return new Layout(places, facts, evidence, headers);
		}

		private static void positions(String subject, List<Seed.Evidence> items, Map<String, Integer> target) {
			for (int i = 0; i < items.size(); i++) {
				Seed.Evidence item = items.get(i);
				target.put(Records.evidenceId(subject, item.source(), item.locator(), item.quote()), i);
			}
		}

		Place source(String id) {
			return this.places.getOrDefault("s|" + id, new Place(SOURCES_FILE, Integer.MAX_VALUE));
		}

		Place entity(String id) {
			return this.places.getOrDefault("e|" + id, new Place(EDITS_FILE, Integer.MAX_VALUE));
		}

		Place relationship(String id) {
			return this.places.getOrDefault("r|" + id, new Place(EDITS_FILE, Integer.MAX_VALUE));
		}

		int factPosition(String id) {
			return this.factPositions.getOrDefault(id, Integer.MAX_VALUE);
		}

		int evidencePosition(String id) {
			return this.evidencePositions.getOrDefault(id, Integer.MAX_VALUE);
		}

		java.util.Set<String> files() {
			java.util.Set<String> files = new java.util.TreeSet<>();
			this.places.values().forEach((place) -> files.add(place.file()));
			return files;
		}

		String header(String file) {
			return this.headers.getOrDefault(file, "");
		}

	}

}
