package org.innograph.seed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.innograph.graph.EntityKind;
import org.innograph.graph.RelationshipType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The coverage table in {@code graph-seed/README.md} (entities by kind and relationships
 * by type per document) is the one the seed yields; when it is not, the failure prints
 * the table to paste.
 */
class SeedCoverageTests {

	static final Path README = SeedFilesTests.SEED.resolve("README.md");

	static final String START = "<!-- coverage:start -->";

	static final String END = "<!-- coverage:end -->";

	@Test
	void readmeCoverageTableMatchesTheSeed() throws IOException {
		Seed seed = new SeedReader().read(SeedFiles.fromDirectory(SeedFilesTests.SEED));
		String expected = coverageTable(seed);
		String readme = Files.readString(README, StandardCharsets.UTF_8);
		int start = readme.indexOf(START);
		int end = readme.indexOf(END);
		assertThat(start).as("%s in %s", START, README).isNotNegative();
		assertThat(end).as("%s after %s in %s", END, START, README).isGreaterThan(start);
		String actual = readme.substring(start + START.length(), end).strip();
		if (!actual.equals(expected.strip())) {
			fail("The coverage table in " + README + " does not match the seed. Paste this between " + START + " and "
					+ END + ":\n\n" + expected);
		}
	}

	@Test
	void everyRecordIsCountedOnce() {
		Seed seed = new SeedReader().read(SeedFiles.fromDirectory(SeedFilesTests.SEED));
		String table = coverageTable(seed);
		String entityTotal = totalOf(table, "**Entities**");
		String relationshipTotal = totalOf(table, "**Relationships**");
		assertThat(entityTotal).isEqualTo(String.valueOf(seed.entities().size()));
		assertThat(relationshipTotal).isEqualTo(String.valueOf(seed.relationships().size()));
	}

	/**
	 * The markdown table: one column per source document, one row per entity kind and
	 * relationship type that occurs. A record counts under the document of its first
	 * evidence item, wherever its file is.
	 */
	static String coverageTable(Seed seed) {
		List<String> documents = seed.sources().stream().map(Seed.Source::id).sorted().toList();
		Map<String, Map<String, Long>> entities = countByDocument(seed.entities(), Seed.Entity::kind,
				(entity) -> entity.evidence().get(0).source());
		Map<String, Map<String, Long>> relationships = countByDocument(seed.relationships(), Seed.Relationship::type,
				(rel) -> rel.evidence().get(0).source());
		StringBuilder table = new StringBuilder();
		table.append("| records | ").append(String.join(" | ", documents)).append(" | total |\n");
		table.append("|---|").append("---:|".repeat(documents.size() + 1)).append('\n');
		appendSection(table, "**Entities**", Arrays.stream(EntityKind.values()).map(EntityKind::label).toList(),
				entities, documents);
		appendSection(table, "**Relationships**",
				Arrays.stream(RelationshipType.values()).map(RelationshipType::name).toList(), relationships,
				documents);
		return table.toString();
	}

	private static <T> Map<String, Map<String, Long>> countByDocument(List<T> records, Function<T, String> kind,
			Function<T, String> document) {
		return records.stream()
			.collect(Collectors.groupingBy(kind, TreeMap::new,
					Collectors.groupingBy(document, TreeMap::new, Collectors.counting())));
	}

	private static void appendSection(StringBuilder table, String title, List<String> order,
			Map<String, Map<String, Long>> counts, List<String> documents) {
		Map<String, Long> totals = new TreeMap<>();
		counts.values().forEach((byDocument) -> byDocument.forEach((doc, n) -> totals.merge(doc, n, Long::sum)));
		appendRow(table, title, totals, documents);
		for (String kind : order) {
			if (counts.containsKey(kind)) {
				appendRow(table, kind, counts.get(kind), documents);
			}
		}
	}

	private static void appendRow(StringBuilder table, String label, Map<String, Long> byDocument,
			List<String> documents) {
		table.append("| ").append(label).append(" | ");
		for (String document : documents) {
			table.append(byDocument.getOrDefault(document, 0L)).append(" | ");
		}
		table.append(byDocument.values().stream().mapToLong(Long::longValue).sum()).append(" |\n");
	}

	private static String totalOf(String table, String label) {
		String row = table.lines()
			.filter((line) -> line.startsWith("| " + label + " |"))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no row " + label));
		String[] cells = row.split("\\|");
		return cells[cells.length - 1].isBlank() ? cells[cells.length - 2].strip() : cells[cells.length - 1].strip();
	}

}
