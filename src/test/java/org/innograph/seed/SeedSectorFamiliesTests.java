package org.innograph.seed;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sectors across documents (issue #21, list 2): each document names its industries its
 * own way (바이오헬스, 첨단바이오, 바이오 …); the curators group them into families in
 * {@code shared/sectors.yaml}, so that "everything about bio" can be asked across
 * documents without claiming that the labels are the same.
 */
class SeedSectorFamiliesTests {

	static final String FAMILIES_FILE = "shared/sectors.yaml";

	/** Document sectors that belong to no family, each with the reason. */
	static final Map<String, String> STANDING_ALONE = Map.of("sector:004-secondary-batteries",
			"document 004's worked example of a firm's request (L143-144), not an industry any document organises around");

	static Seed seed;

	static Map<String, JsonNode> trees;

	@BeforeAll
	static void readSeed() {
		List<SeedFile> files = SeedFiles.fromDirectory(SeedFilesTests.SEED);
		seed = new SeedReader().read(files);
		trees = SeedTrees.of(files);
	}

	@Test
	void everyDocumentSectorBelongsToAFamilyOrSaysWhyItStandsAlone() {
		Set<String> families = families();
		assertThat(families).isNotEmpty();
		List<Seed.Entity> documentSectors = seed.entities()
			.stream()
			.filter((e) -> e.kind().equals("Sector") && !families.contains(e.id()))
			.toList();
		assertThat(documentSectors).hasSizeGreaterThanOrEqualTo(21);
		assertThat(documentSectors).allSatisfy((sector) -> {
			if (STANDING_ALONE.containsKey(sector.id())) {
				assertThat(wholes(sector.id())).as("%s is listed as standing alone", sector.id())
					.doesNotContainAnyElementsOf(families);
			}
			else {
				assertThat(wholes(sector.id())).as("families of %s", sector.id()).containsAnyElementsOf(families);
			}
		});
		assertThat(STANDING_ALONE.values()).allSatisfy((reason) -> assertThat(reason).isNotBlank());
	}

	@Test
	void aFamilyIsTheCuratorsGroupingOfSeveralSectors() {
		for (String id : families()) {
			Seed.Entity family = entity(id);
			assertThat(family.type()).as("type of %s", id).isEqualTo("field");
			assertThat(family.note()).as("note of %s", id).contains("curators' grouping");
			assertThat(members(id)).as("members of %s", id).hasSizeGreaterThanOrEqualTo(2);
			// a family is a top: it is not itself part of another sector
			assertThat(wholes(id)).as("wholes of %s", id).isEmpty();
		}
	}

	@Test
	void aMemberIsLinkedByTheCuratorsReadingOnItsOwnLabel() {
		Set<String> families = families();
		List<Seed.Relationship> links = seed.relationships()
			.stream()
			.filter((rel) -> rel.type().equals("PART_OF") && families.contains(rel.to()))
			.toList();
		assertThat(links).isNotEmpty().allSatisfy((rel) -> {
			assertThat(basis(rel)).as("basis of %s", rel.effectiveId()).isEqualTo("INFERRED");
			assertThat(rel.note()).as("note of %s", rel.effectiveId()).contains("not claimed to be the same");
			assertThat(entity(rel.from()).kind()).isEqualTo("Sector");
			// the evidence is the narrower sector's own label, as its record cites it
			Set<String> labels = new TreeSet<>();
			entity(rel.from()).evidence().forEach((e) -> labels.add(e.source() + " " + e.locator() + " " + e.quote()));
			assertThat(rel.evidence()).extracting((e) -> e.source() + " " + e.locator() + " " + e.quote())
				.as("evidence of %s", rel.effectiveId())
				.isNotEmpty()
				.allSatisfy((label) -> assertThat(labels).contains(label));
		});
	}

	@ParameterizedTest
	@CsvSource(
			textBlock = """
					sector:family-bio,                       sector:bio-health sector:003-advanced-bio sector:004-bio
					sector:family-semiconductors-electronics, sector:nano-semiconductor sector:003-display sector:004-electrical-electronics
					sector:family-aerospace,                 sector:space sector:003-aerospace-defence sector:004-automotive-aerospace
					sector:family-defence,                   sector:defense sector:003-aerospace-defence
					sector:family-mobility,                  sector:003-future-mobility sector:004-automotive-aerospace sector:004-shipbuilding-marine
					sector:family-materials,                 sector:003-core-materials sector:004-materials
					sector:family-machinery-robotics,        sector:003-intelligent-robots sector:003-advanced-manufacturing sector:004-machinery-robotics
					sector:family-energy,                    sector:003-next-generation-nuclear sector:003-new-energy-hydrogen
					""")
	void theFamiliesAreAsTheReadmeDocumentsThem(String family, String members) {
		assertThat(members(family)).containsExactlyInAnyOrder(members.split(" "));
	}

	@Test
	void everythingAboutBioCanBeAskedAcrossDocuments() {
		// Family → its sectors → what focuses on or supports them: 001's bio-health
		// (KRIBB, the 2nd Daedeok complex
		// …), 003's advanced bio (councils 22-24), 004's bio (the i-Platform).
		Set<String> focused = new TreeSet<>();
		Set<String> documents = new TreeSet<>();
		for (String sector : members("sector:family-bio")) {
			seed.relationships()
				.stream()
				.filter((rel) -> Set.of("FOCUSES_ON", "SUPPORTS").contains(rel.type()) && rel.to().equals(sector))
				.forEach((rel) -> {
					focused.add(rel.from());
					rel.evidence().forEach((e) -> documents.add(e.source()));
				});
		}
		assertThat(focused).contains("org:kribb", "cluster:second-daedeok-research-complex",
				"council:003-22-k-bio-digital-healthcare", "council:003-23-convergence-bio",
				"council:003-24-gangwon-gyeonggi-bio-health", "program:i-platform");
		assertThat(documents).contains("doc:001", "doc:003", "doc:004");
	}

	@Test
	void theSubSectorsOfFutureMobilityReachTheirFamilyThroughIt() {
		// 003 L11-12: the count table splits 미래모빌리티 into 자동차 and 조선.
		assertThat(wholes("sector:003-future-mobility-automotive")).contains("sector:003-future-mobility",
				"sector:family-mobility");
		assertThat(wholes("sector:003-future-mobility-shipbuilding")).contains("sector:family-mobility");
	}

	// Helpers.

	/** The families: the sectors of the curators' file, of type field. */
	static Set<String> families() {
		Set<String> families = new TreeSet<>();
		seed.entities()
			.stream()
			.filter((e) -> e.kind().equals("Sector") && e.origin().file().equals(FAMILIES_FILE))
			.forEach((e) -> families.add(e.id()));
		return families;
	}

	/** Everything a sector is part of, directly or through other sectors. */
	static Set<String> wholes(String sector) {
		Set<String> wholes = new TreeSet<>();
		Deque<String> todo = new ArrayDeque<>(List.of(sector));
		while (!todo.isEmpty()) {
			String part = todo.pop();
			seed.relationships()
				.stream()
				.filter((rel) -> rel.type().equals("PART_OF") && rel.from().equals(part))
				.filter((rel) -> wholes.add(rel.to()))
				.forEach((rel) -> todo.push(rel.to()));
		}
		return wholes;
	}

	static Set<String> members(String family) {
		Set<String> members = new TreeSet<>();
		seed.relationships()
			.stream()
			.filter((rel) -> rel.type().equals("PART_OF") && rel.to().equals(family))
			.forEach((rel) -> members.add(rel.from()));
		return members;
	}

	static Seed.Entity entity(String id) {
		return seed.entities()
			.stream()
			.filter((e) -> e.id().equals(id))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no entity " + id));
	}

	/** The basis as written in the file (the loaded seed does not carry it). */
	static String basis(Seed.Relationship rel) {
		Seed.Origin origin = rel.origin();
		return trees.get(origin.file()).path(origin.list()).path(origin.index()).path("basis").asString();
	}

}
