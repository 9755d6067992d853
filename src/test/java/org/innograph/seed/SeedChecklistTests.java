package org.innograph.seed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The per-document checklists in {@code graph-seed/checklists/} list the statements a
 * reader could check in each source, one line per statement, and say whether the seed
 * models it, leaves it out on purpose, or misses it. These tests keep the checklists and
 * the seed in step: a statement marked modelled must be found in the seed, on one of the
 * records it names, with evidence from that document at that line; and the coverage table
 * in {@code graph-seed/README.md} must be the one the checklists yield.
 *
 * <p>
 * A checklist is a tab-separated file {@code NNN.tsv} with the columns {@code line},
 * {@code status}, {@code records}, {@code statement} and {@code reason}: the line (or
 * {@code first-last}) of the document the statement stands on; {@code modelled},
 * {@code left-out} or {@code missing}; the ids of the records that hold it (comma
 * separated: entities, whose own evidence, facts' evidence and relationships' evidence
 * all count); the statement in a few words; and, for {@code left-out} and
 * {@code missing}, why.
 */
class SeedChecklistTests {

	static final Path CHECKLISTS = SeedFilesTests.SEED.resolve("checklists");

	static final List<String> DOCUMENTS = List.of("000", "001", "002", "003", "004");

	/**
	 * Checkable statements modelled, as a share of those not left out on purpose: the
	 * targets.
	 */
	static final Map<String, Double> TARGETS = Map.of("000", 0.95, "001", 0.90, "002", 0.95, "003", 0.95, "004", 0.95);

	static final String START = "<!-- fact-coverage:start -->";

	static final String END = "<!-- fact-coverage:end -->";

	static final Set<String> STATUSES = Set.of("modelled", "left-out", "missing");

	private static final Pattern LINES = Pattern.compile("L?(\\d+)(?:-(\\d+))?");

	private static final Pattern LOCATOR = Pattern.compile("^L(\\d+)(?:-(\\d+))?");

	private static Seed seed;

	@BeforeAll
	static void readSeed() {
		seed = new SeedReader().read(SeedFiles.fromDirectory(SeedFilesTests.SEED));
	}

	@Test
	void everyDocumentHasAChecklist() {
		for (String document : DOCUMENTS) {
			assertThat(CHECKLISTS.resolve(document + ".tsv")).as("checklist of doc:%s", document).isRegularFile();
		}
	}

	@Test
	void everyItemIsWellFormed() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Checklist checklist : checklists()) {
			for (Item item : checklist.items()) {
				String where = checklist.document() + ".tsv:" + item.row();
				if (!STATUSES.contains(item.status())) {
					problems.add(where + ": status '" + item.status() + "' is not one of " + STATUSES);
				}
				if (item.statement().isBlank()) {
					problems.add(where + ": no statement");
				}
				if (!item.status().equals("modelled") && item.reason().isBlank()) {
					problems.add(where + ": a " + item.status() + " statement needs a reason");
				}
				if (item.status().equals("modelled") && item.records().isEmpty()) {
					problems.add(where + ": a modelled statement names the records that hold it");
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void everyModelledStatementIsInTheSeedAtItsLine() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Checklist checklist : checklists()) {
			String source = "doc:" + checklist.document();
			for (Item item : checklist.items()) {
				if (!item.status().equals("modelled")) {
					continue;
				}
				for (String id : item.records()) {
					if (seed.entities().stream().noneMatch((entity) -> entity.id().equals(id))) {
						problems.add(checklist.document() + ".tsv:" + item.row() + ": no entity " + id);
					}
				}
				boolean found = item.records()
					.stream()
					.flatMap(SeedChecklistTests::evidenceOf)
					.anyMatch((evidence) -> evidence.source().equals(source)
							&& overlaps(evidence.locator(), item.first(), item.last()));
				if (!found) {
					problems.add(checklist.document() + ".tsv:" + item.row() + ": none of " + item.records()
							+ " has evidence from " + source + " at L" + item.first()
							+ (item.last() != item.first() ? "-" + item.last() : "") + " (" + item.statement() + ")");
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void coverageMeetsTheTargets() throws IOException {
		for (Checklist checklist : checklists()) {
			assertThat(checklist.coverage()).as("share of doc:%s's checkable statements modelled", checklist.document())
				.isGreaterThanOrEqualTo(TARGETS.get(checklist.document()));
		}
	}

	@Test
	void readmeReportsCoverageByFacts() throws IOException {
		String expected = coverageTable(checklists());
		String readme = Files.readString(SeedCoverageTests.README, StandardCharsets.UTF_8);
		int start = readme.indexOf(START);
		int end = readme.indexOf(END);
		if (start < 0 || end < start
				|| !readme.substring(start + START.length(), end).strip().equals(expected.strip())) {
			fail("The coverage by facts in " + SeedCoverageTests.README
					+ " does not match the checklists. Paste this between " + START + " and " + END + ":\n\n"
					+ expected);
		}
	}

	static String coverageTable(List<Checklist> checklists) {
		StringBuilder table = new StringBuilder(
				"| document | checkable statements | modelled | missing | left out on purpose | modelled share |\n"
						+ "|---|---:|---:|---:|---:|---:|\n");
		for (Checklist checklist : checklists) {
			Map<String, Integer> counts = checklist.counts();
			int modelled = counts.getOrDefault("modelled", 0);
			int missing = counts.getOrDefault("missing", 0);
			int leftOut = counts.getOrDefault("left-out", 0);
			table.append("| doc:")
				.append(checklist.document())
				.append(" | ")
				.append(modelled + missing)
				.append(" | ")
				.append(modelled)
				.append(" | ")
				.append(missing)
				.append(" | ")
				.append(leftOut)
				.append(" | ")
				.append(String.format(java.util.Locale.ROOT, "%.1f %%", 100 * checklist.coverage()))
				.append(" |\n");
		}
		return table.toString();
	}

	/**
	 * Every evidence of an entity: its own, its facts', and that of every relationship it
	 * is an end of.
	 */
	static Stream<Seed.Evidence> evidenceOf(String id) {
		Stream<Seed.Evidence> own = seed.entities()
			.stream()
			.filter((entity) -> entity.id().equals(id))
			.flatMap((entity) -> Stream.concat(entity.evidence().stream(), facts(entity).stream()));
		Stream<Seed.Evidence> links = seed.relationships()
			.stream()
			.filter((link) -> link.from().equals(id) || link.to().equals(id))
			.flatMap((link) -> link.evidence().stream());
		return Stream.concat(own, links);
	}

	private static List<Seed.Evidence> facts(Seed.Entity entity) {
		if (entity.facts() == null) {
			return List.of();
		}
		return entity.facts().stream().flatMap((fact) -> fact.evidence().stream()).toList();
	}

	/**
	 * Whether a locator's lines meet the item's lines, allowing one line either side as
	 * the seed checks do.
	 */
	static boolean overlaps(String locator, int first, int last) {
		Matcher matcher = LOCATOR.matcher(locator);
		if (!matcher.find()) {
			return false;
		}
		int from = Integer.parseInt(matcher.group(1));
		int to = (matcher.group(2) != null) ? Integer.parseInt(matcher.group(2)) : from;
		return from <= last + 1 && to >= first - 1;
	}

	static List<Checklist> checklists() throws IOException {
		List<Checklist> checklists = new ArrayList<>();
		for (String document : DOCUMENTS) {
			Path file = CHECKLISTS.resolve(document + ".tsv");
			if (Files.isRegularFile(file)) {
				checklists.add(Checklist.read(document, file));
			}
		}
		return checklists;
	}

	record Item(int row, int first, int last, String status, List<String> records, String statement, String reason) {
	}

	record Checklist(String document, List<Item> items) {

		static Checklist read(String document, Path file) throws IOException {
			List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
			List<Item> items = new ArrayList<>();
			for (int row = 1; row <= lines.size(); row++) {
				String line = lines.get(row - 1);
				if (row == 1 || line.isBlank() || line.startsWith("#")) {
					continue; // the header, blank lines and comments
				}
				String[] cells = line.split("\t", -1);
				if (cells.length < 4) {
					throw new IllegalStateException(
							file + ":" + row + ": expected line, status, records, statement, reason");
				}
				Matcher lineNumbers = LINES.matcher(cells[0].strip());
				if (!lineNumbers.matches()) {
					throw new IllegalStateException(file + ":" + row + ": line '" + cells[0] + "' is not N or N-M");
				}
				int first = Integer.parseInt(lineNumbers.group(1));
				int last = (lineNumbers.group(2) != null) ? Integer.parseInt(lineNumbers.group(2)) : first;
				List<String> records = Stream.of(cells[2].split(","))
					.map(String::strip)
					.filter((id) -> !id.isEmpty())
					.toList();
				items.add(new Item(row, first, last, cells[1].strip(), records, cells[3].strip(),
						(cells.length > 4) ? cells[4].strip() : ""));
			}
			return new Checklist(document, items);
		}

		Map<String, Integer> counts() {
			Map<String, Integer> counts = new TreeMap<>();
			this.items.forEach((item) -> counts.merge(item.status(), 1, Integer::sum));
			return counts;
		}

		/**
		 * Modelled statements as a share of the checkable ones (those not left out on
		 * purpose).
		 */
		double coverage() {
			Map<String, Integer> counts = counts();
			int modelled = counts.getOrDefault("modelled", 0);
			int checkable = modelled + counts.getOrDefault("missing", 0);
			return (checkable == 0) ? 0 : (double) modelled / checkable;
		}

	}

}
