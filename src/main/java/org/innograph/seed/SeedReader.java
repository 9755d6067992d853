package org.innograph.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.springframework.core.io.ClassPathResource;

/**
 * Reads seed files: parses the YAML, validates every file against
 * {@code graph-seed/schema/seed-file.schema.json} and maps the records. All problems of
 * all files are collected before failing, so a curator sees them at once.
 */
public final class SeedReader {

	static final String SCHEMA_RESOURCE = "graph-seed/schema/seed-file.schema.json";

	private final YAMLMapper yaml = YAMLMapper.builder().build();

	private final JsonMapper json = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private final Schema schema;

	public SeedReader() {
		try (InputStream in = new ClassPathResource(SCHEMA_RESOURCE).getInputStream()) {
			this.schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The seed schema " + SCHEMA_RESOURCE + " is not on the classpath", ex);
		}
	}

	/**
	 * Reads and validates the files; throws {@link InvalidSeedException} listing every
	 * problem.
	 */
	public Seed read(List<SeedFile> files) {
		List<SeedFile> ordered = files.stream().sorted(Comparator.comparing(SeedFile::name)).toList();
		List<SeedProblem> problems = new ArrayList<>();
		List<Seed.Source> sources = new ArrayList<>();
		List<Seed.Entity> entities = new ArrayList<>();
		List<Seed.Relationship> relationships = new ArrayList<>();
		for (SeedFile file : ordered) {
			JsonNode tree = parse(file, problems);
			if (tree == null) {
				continue;
			}
			List<Error> errors = this.schema.validate(tree);
			if (!errors.isEmpty()) {
				errors.forEach((error) -> problems.add(describe(file, tree, error)));
				continue;
			}
			FileContent content = this.json.treeToValue(tree, FileContent.class);
			addAll(file, "sources", content.sources(), sources, (record, origin) -> withOrigin(record, origin));
			addAll(file, "entities", content.entities(), entities, (record, origin) -> withOrigin(record, origin));
			addAll(file, "relationships", content.relationships(), relationships,
					(record, origin) -> withOrigin(record, origin));
		}
		if (!problems.isEmpty()) {
			throw new InvalidSeedException(problems);
		}
		return new Seed(List.copyOf(sources), List.copyOf(entities), List.copyOf(relationships), hash(ordered));
	}

	private JsonNode parse(SeedFile file, List<SeedProblem> problems) {
		try {
			JsonNode tree = this.yaml.readTree(file.content());
			if (tree == null || tree.isMissingNode() || tree.isNull()) {
				problems.add(new SeedProblem(file.name(), "the file is empty"));
				return null;
			}
			return tree;
		}
		catch (JacksonException ex) {
			String where = (ex.getLocation() != null) ? file.name() + " line " + ex.getLocation().getLineNr()
					: file.name();
			problems.add(new SeedProblem(where, "not valid YAML: " + ex.getOriginalMessage()));
			return null;
		}
	}

	/**
	 * Names the record an error is in by its list position and, where it has one, its id.
	 */
	private SeedProblem describe(SeedFile file, JsonNode tree, Error error) {
		String path = error.getInstanceLocation().toString();
		String[] steps = path.replaceFirst("^[$/]\\.?", "").split("[./\\[\\]]+");
		String where = file.name();
		if (steps.length >= 2 && !steps[0].isEmpty()) {
			JsonNode record = tree.path(steps[0]).path(parseIndex(steps[1]));
			String id = record.path("id").asString("");
			if (id.isEmpty() && record.has("from")) {
				id = record.path("from").asString("") + " " + record.path("type").asString("") + " "
						+ record.path("to").asString("");
			}
			where += " " + steps[0] + "[" + steps[1] + "]" + (id.isBlank() ? "" : " (" + id.trim() + ")");
		}
		return new SeedProblem(where, path + ": " + error.getMessage());
	}

	private static int parseIndex(String step) {
		try {
			return Integer.parseInt(step);
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	private static <T> void addAll(SeedFile file, String list, List<T> records, List<T> target,
			java.util.function.BiFunction<T, Seed.Origin, T> originSetter) {
		if (records == null) {
			return;
		}
		for (int i = 0; i < records.size(); i++) {
			target.add(originSetter.apply(records.get(i), new Seed.Origin(file.name(), list, i)));
		}
	}

	private static Seed.Source withOrigin(Seed.Source s, Seed.Origin origin) {
		return new Seed.Source(s.id(), s.documentId(), s.title(), s.publisher(), s.publisherEntity(), s.published(),
				s.kind(), s.url(), s.note(), s.sha256(), s.lineCount(), origin);
	}

	private static Seed.Entity withOrigin(Seed.Entity e, Seed.Origin origin) {
		return new Seed.Entity(e.id(), e.kind(), e.type(), e.name(), listOrEmpty(e.acronyms()),
				listOrEmpty(e.aliases()), e.code(), e.description(), e.date(), e.validFrom(), e.validTo(), e.status(),
				listOrEmpty(e.facts()), e.note(), e.evidence(), origin);
	}

	private static Seed.Relationship withOrigin(Seed.Relationship r, Seed.Origin origin) {
		return new Seed.Relationship(r.key(), r.type(), r.from(), r.to(), r.role(), r.roleLabel(), r.status(),
				r.validFrom(), r.validTo(), r.basis(), r.amount(), r.note(), r.evidence(), origin);
	}

	private static <T> List<T> listOrEmpty(List<T> list) {
		return (list != null) ? list : List.of();
	}

	/**
	 * A digest of all files (names and contents), stored in the database to skip
	 * reloading an unchanged seed.
	 */
	private static String hash(List<SeedFile> files) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (SeedFile file : files) {
				digest.update(file.name().getBytes(StandardCharsets.UTF_8));
				digest.update((byte) 0);
				digest.update(file.content().getBytes(StandardCharsets.UTF_8));
				digest.update((byte) 0);
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The shape of one file, before origins are attached. */
	record FileContent(List<Seed.Source> sources, List<Seed.Entity> entities, List<Seed.Relationship> relationships) {
	}

}
