package org.innograph.seed;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The basis of the records of the master plan's own files (the plan, its items and
 * departments) and of document 003's councils and complexes, and the over-claims of those
 * files that a reading of the sources found: every relationship and fact says what it
 * rests on, and the records fixed stay fixed. Expected values are written from the
 * documents.
 *
 * <p>
 * The basis is read from the seed files as written (the YAML tree of each record, found
 * by the record's origin), so these checks hold whatever the records the service maps the
 * seed into carry.
 */
class BasisReviewPart2Tests {

	/** The files this review covers. */
	static final List<String> FILES = List.of("001-plan.yaml", "001-plan-departments.yaml", "001-plan-items-1.yaml",
			"001-plan-items-2.yaml", "001-plan-items-3.yaml", "001-plan-items-4.yaml", "003-councils.yaml",
			"003-industrial-complexes.yaml");

	static final Set<String> BASES = Set.of("STATED", "PLANNED", "INFERRED");

	/** Statuses that say a thing happened: a PLANNED basis cannot carry them. */
	static final Set<String> HAPPENED = Set.of("CONFIRMED", "DESIGNATED", "SIGNED", "IN_OPERATION", "COMPLETED");

	static final String COUNCILS = "program:industrial-complex-super-regional-councils";

	static final String COUNCIL_23 = "council:003-23-convergence-bio";

	static Seed seed;

	static Map<String, JsonNode> trees = new HashMap<>();

	@BeforeAll
	static void readSeed() throws IOException {
		seed = new SeedReader().read(SeedFiles.fromDirectory(SeedFilesTests.SEED));
		YAMLMapper yaml = YAMLMapper.builder().build();
		for (SeedFile file : SeedFiles.fromDirectory(SeedFilesTests.SEED)) {
			trees.put(file.name(), yaml.readTree(file.content()));
		}
	}

	// Every record of these files has a basis, and the basis agrees with the rest of the
	// record.

	@Test
	void everyRelationshipOfTheseFilesHasABasisThatFitsItsStatus() {
		List<Seed.Relationship> relationships = seed.relationships().stream().filter(inFiles()).toList();
		assertThat(relationships).hasSizeGreaterThan(400);
		assertThat(relationships).allSatisfy((rel) -> {
			String basis = basis(rel);
			assertThat(basis).as("basis of %s (%s)", rel.effectiveId(), rel.origin()).isIn(BASES);
			if (basis.equals("INFERRED")) {
				assertThat(rel.note()).as("why %s is inferred", rel.effectiveId()).isNotBlank();
			}
			if (basis.equals("PLANNED")) {
				assertThat(rel.status()).as("status of planned %s", rel.effectiveId()).isNotIn(HAPPENED);
			}
		});
	}

	@Test
	void everyFactOfTheseFilesHasABasis() {
		List<Seed.Entity> entities = seed.entities()
			.stream()
			.filter((entity) -> FILES.contains(entity.origin().file()))
			.toList();
		int facts = 0;
		for (Seed.Entity entity : entities) {
			for (int i = 0; i < entity.facts().size(); i++) {
				Seed.Fact fact = entity.facts().get(i);
				String basis = basis(entity, i);
				assertThat(basis).as("basis of fact %s of %s", fact.key(), entity.id()).isIn(BASES);
				if (basis.equals("INFERRED")) {
					assertThat(fact.note()).as("why fact %s of %s is inferred", fact.key(), entity.id()).isNotBlank();
				}
				facts++;
			}
		}
		assertThat(facts).isGreaterThan(60);
	}

	// Document 001: what the plan states, what it plans, and what is read into it.

	@Test
	void theSubTasksBudgetsAndTargetsArePlannedSupport() {
		for (String code : List.of("1-1-1", "1-1-2", "1-1-3", "1-1-4", "1-2-1", "1-2-2")) {
			Seed.Entity subTask = entity("item:" + code);
			assertThat(subTask.facts()).as("facts of %s", code).isNotEmpty();
			for (int i = 0; i < subTask.facts().size(); i++) {
				assertThat(basis(subTask, i)).as("basis of %s.%s", code, subTask.facts().get(i).key())
					.isEqualTo("PLANNED");
			}
		}
		// 약 3.012억 원 is read as 3,012억 원: the figure itself is a curator's reading
		Seed.Entity ict = entity("item:1-3-1");
		int budget = factIndex(ict, "budget");
		assertThat(basis(ict, budget)).isEqualTo("INFERRED");
		assertThat(ict.facts().get(budget).note()).contains("3.012억");
	}

	@Test
	void theDepartmentTableStatesWhoIsResponsibleButNotThatTheDepartmentsAreTheCitys() {
		List<Seed.Relationship> responsible = seed.relationships()
			.stream()
			.filter((rel) -> rel.origin().file().equals("001-plan-departments.yaml")
					&& rel.type().equals("RESPONSIBLE_FOR"))
			.toList();
		assertThat(responsible).hasSize(37).allSatisfy((rel) -> {
			assertThat(basis(rel)).isEqualTo("STATED");
			assertThat(rel.status()).as("the table is a proposal (안)").isEqualTo("PROPOSED");
			assertThat(rel.evidence()).as("the table's title is cited with the row")
				.anySatisfy((evidence) -> assertThat(evidence.locator()).isEqualTo("L2417"));
		});
		List<Seed.Relationship> units = seed.relationships()
			.stream()
			.filter((rel) -> rel.origin().file().equals("001-plan-departments.yaml") && rel.type().equals("PART_OF"))
			.toList();
		assertThat(units).hasSize(14).allSatisfy((rel) -> assertThat(basis(rel)).isEqualTo("INFERRED"));
	}

	@Test
	void everyActionCitesTheSectionHeadingOfItsSubTask() {
		List<Seed.Relationship> actions = seed.relationships()
			.stream()
			.filter((rel) -> rel.origin().file().startsWith("001-plan-items-") && rel.type().equals("PART_OF")
					&& rel.from().contains("."))
			.toList();
		assertThat(actions).hasSize(94).allSatisfy((rel) -> {
			String code = rel.to().substring("item:".length());
			assertThat(basis(rel)).isEqualTo("STATED");
			assertThat(rel.evidence()).as("heading of the section of %s", code)
				.anySatisfy((evidence) -> assertThat(evidence.quote()).matches("^[【\\[]" + code + "[】\\]].*"));
		});
	}

	@Test
	void theSemiconductorComplexSupportIsHeldOnceOnSubTask111() {
		List<String> holders = amountsOf(35065, "억 원");
		assertThat(holders).containsExactly("item:1-1-1.budget");
		Seed.Entity complex = entity("cluster:daejeon-semiconductor-specialised-complex");
		assertThat(complex.facts()).as("the complex cites the amount in a note only").isEmpty();
		assertThat(complex.note()).contains("3조 5,065억", "item:1-1-1");
		// the shares of the same line are held once too
		for (int share : List.of(2630, 1650, 27885, 2900)) {
			assertThat(amountsOf(share, "억 원")).as("holders of %d억 원", share).hasSize(1);
		}
	}

	// Document 003: the councils, their R&D and the launch.

	@Test
	void council23sLinkedRegionIsWhereItsLinkedComplexLies() {
		List<Seed.Relationship> linkedRegions = members(COUNCIL_23, "linked-region");
		assertThat(linkedRegions).extracting(Seed.Relationship::from).containsExactly("region:daejeon");
		Seed.Relationship daejeon = linkedRegions.get(0);
		assertThat(basis(daejeon)).isEqualTo("INFERRED");
		assertThat(daejeon.note()).as("the source's oddity is kept").contains("충남(대전일반)");
		assertThat(daejeon.evidence()).anySatisfy((evidence) -> {
			assertThat(evidence.quote()).contains("충남(대전일반)");
			assertThat(evidence.note()).contains("충남");
		});

		assertThat(members(COUNCIL_23, "linked")).extracting(Seed.Relationship::from)
			.containsExactly("complex:daejeon-general");
		List<String> located = seed.relationships()
			.stream()
			.filter((rel) -> rel.type().equals("LOCATED_IN") && rel.from().equals("complex:daejeon-general"))
			.map(Seed.Relationship::to)
			.toList();
		assertThat(located).containsExactly("region:daejeon");
		assertThat(seed.relationships())
			.noneMatch((rel) -> rel.from().equals("region:chungnam") && rel.to().equals(COUNCIL_23));
	}

	@Test
	void theReadmeSaysWhatTheSeedDoesWithRow23() throws IOException {
		String readme = Files.readString(SeedFilesTests.SEED.resolve("README.md"), StandardCharsets.UTF_8);
		String row23 = readme.substring(readme.indexOf("- Row 23"), readme.indexOf("- Sectors:"));
		assertThat(row23).contains("region:daejeon", "INFERRED").doesNotContain("LOCATED_IN region:chungnam");
	}

	@Test
	void bothListsOfRdTracksAreRecordedAndTheirConflictFlagged() {
		Seed.Entity program = entity(COUNCILS);
		Seed.Fact release = program.facts().get(factIndex(program, "rdTracks"));
		assertThat(release.text().ko()).contains("개별기업형", "공동협업형", "국제규범대응형");
		assertThat(basis(program, factIndex(program, "rdTracks"))).isEqualTo("STATED");
		assertThat(release.evidence()).anySatisfy((evidence) -> {
			assertThat(evidence.locator()).isEqualTo("L27");
			assertThat(evidence.note()).contains("공급·수요연계형");
		});

		Seed.Entity item = entity("item:industrial-complex-iar-rd-support");
		Seed.Fact page = item.facts().get(factIndex(item, "rdTracks"));
		assertThat(page.text().ko()).contains("개별기업형", "공동협업형", "공급·수요연계형");
		assertThat(basis(item, factIndex(item, "rdTracks"))).as("the strategy page's plan of action")
			.isEqualTo("PLANNED");
		assertThat(page.evidence()).anySatisfy((evidence) -> {
			assertThat(evidence.locator()).isEqualTo("L125");
			assertThat(evidence.note()).contains("국제규범대응형");
		});
	}

	@Test
	void theRdBudgetOf2025IsHeldOnceAndTheFundingLinkNamesThePayer() {
		List<String> holders = amountsOf(113, "억 원");
		assertThat(holders).containsExactly(COUNCILS + ".budget");
		assertThat(basis(entity(COUNCILS), factIndex(entity(COUNCILS), "budget"))).isEqualTo("STATED");
		List<Seed.Relationship> funds = seed.relationships()
			.stream()
			.filter((rel) -> rel.type().equals("FUNDS") && rel.to().equals(COUNCILS))
			.toList();
		assertThat(funds).singleElement().satisfies((rel) -> {
			assertThat(rel.from()).isEqualTo("org:motie");
			assertThat(rel.amount()).isNull();
			assertThat(rel.note()).contains("113억");
			assertThat(basis(rel)).isEqualTo("STATED");
		});
	}

	@Test
	void whatTheReleasePlansIsPlanned() {
		Seed.Entity program = entity(COUNCILS);
		assertThat(basis(program, factIndex(program, "inOutSystem"))).isEqualTo("PLANNED");
		assertThat(basis(program, factIndex(program, "plannedAdditions"))).isEqualTo("PLANNED");
		assertThat(basis(program, factIndex(program, "participatingCompanies"))).isEqualTo("STATED");
	}

	@Test
	void readingsOfThe003ReleaseAreInferred() {
		assertThat(basis(relationship("SUPPORTS", "org:kicox", COUNCILS))).isEqualTo("INFERRED");
		assertThat(basis(relationship("SUPPORTS", "program:industrial-cluster-competitiveness", COUNCILS)))
			.isEqualTo("INFERRED");
		assertThat(basis(relationship("IMPLEMENTS", COUNCILS, "item:industrial-complex-iar-councils-operation")))
			.isEqualTo("INFERRED");
		assertThat(basis(relationship("LOCATED_IN", "event:super-regional-councils-launch-2025", "region:seoul")))
			.isEqualTo("INFERRED");
		assertThat(basis(relationship("PART_OF", "complex:mipo-national", "complex:mipo-onsan-national")))
			.isEqualTo("INFERRED");
	}

	@Test
	void theOfficialsRolesRestOnTheReleaseThatNamesThem() {
		for (String[] role : List.of(new String[] { "HEADS", "person:ahn-duk-geun", "안덕근" },
				new String[] { "REPRESENTS", "person:oh-seung-cheol", "오승철" })) {
			Seed.Relationship rel = relationship(role[0], role[1], "org:motie");
			assertThat(basis(rel)).isEqualTo("STATED");
			assertThat(rel.evidence()).allSatisfy((evidence) -> {
				assertThat(evidence.source()).isEqualTo("doc:003");
				assertThat(evidence.quote()).contains(role[2]);
			});
		}
	}

	// Names: no alias of these files names another thing, and the two location divisions
	// differ.

	@Test
	void noAliasOfTheseFilesNamesAnotherEntity() {
		Map<String, Set<String>> labelled = new HashMap<>();
		for (Seed.Entity entity : seed.entities()) {
			Stream
				.concat(Stream.of(entity.name().ko(), entity.name().en()),
						Stream.concat(entity.aliases().stream(), entity.acronyms().stream()))
				.map((label) -> label.strip().toLowerCase())
				.forEach((label) -> labelled.computeIfAbsent(label, (key) -> new HashSet<>()).add(entity.id()));
		}
		for (Seed.Entity entity : seed.entities()) {
			if (!FILES.contains(entity.origin().file())) {
				continue;
			}
			for (String alias : entity.aliases()) {
				assertThat(labelled.get(alias.strip().toLowerCase())).as("entities known as '%s'", alias)
					.containsExactly(entity.id());
			}
		}
		assertThat(entity("sector:003-new-energy-hydrogen").aliases()).doesNotContain("수소");
		assertThat(entity("org:kicox-seoul-regional-headquarters").aliases()).doesNotContain("서울지역본부");
	}

	@Test
	void motiesAndDaejeonsLocationDivisionsHaveDistinctEnglishNames() {
		String motie = entity("org:motie-industrial-location-division").name().en();
		String daejeon = entity("org:daejeon-dept-industrial-location").name().en();
		assertThat(motie).isNotEqualTo(daejeon);
		assertThat(seed.entities())
			.filteredOn((entity) -> entity.name().en().equals(motie) || entity.name().en().equals(daejeon))
			.hasSize(2);
	}

	// Helpers: the basis as written in the file, and look-ups.

	private static String basis(Seed.Relationship rel) {
		JsonNode node = record(rel.origin()).path("basis");
		return node.isMissingNode() ? null : node.asString();
	}

	private static String basis(Seed.Entity entity, int factIndex) {
		JsonNode node = record(entity.origin()).path("facts").path(factIndex).path("basis");
		return node.isMissingNode() ? null : node.asString();
	}

	private static JsonNode record(Seed.Origin origin) {
		return trees.get(origin.file()).path(origin.list()).path(origin.index());
	}

	private static Predicate<Seed.Relationship> inFiles() {
		return (rel) -> FILES.contains(rel.origin().file());
	}

	/**
	 * Every record in the seed that holds this amount: "entity.factKey" for facts, the id
	 * for relationships.
	 */
	private static List<String> amountsOf(int value, String unit) {
		BigDecimal amount = BigDecimal.valueOf(value);
		Stream<String> facts = seed.entities()
			.stream()
			.flatMap((entity) -> entity.facts()
				.stream()
				.filter((fact) -> unit.equals(fact.unit()) && fact.value() instanceof Number number
						&& new BigDecimal(number.toString()).compareTo(amount) == 0)
				.map((fact) -> entity.id() + "." + fact.key()));
		Stream<String> links = seed.relationships()
			.stream()
			.filter((rel) -> rel.amount() != null && unit.equals(rel.amount().unit())
					&& rel.amount().value().compareTo(amount) == 0)
			.map(Seed.Relationship::effectiveId);
		return Stream.concat(facts, links).toList();
	}

	private static List<Seed.Relationship> members(String council, String role) {
		return seed.relationships()
			.stream()
			.filter((rel) -> rel.type().equals("MEMBER_OF") && rel.to().equals(council) && role.equals(rel.role()))
			.toList();
	}

	private static Seed.Relationship relationship(String type, String from, String to) {
		List<Seed.Relationship> found = seed.relationships()
			.stream()
			.filter((rel) -> rel.type().equals(type) && rel.from().equals(from) && rel.to().equals(to))
			.toList();
		assertThat(found).as("%s %s -> %s", type, from, to).hasSize(1);
		return found.get(0);
	}

	private static int factIndex(Seed.Entity entity, String key) {
		List<Integer> found = Stream.iterate(0, (i) -> i + 1)
			.limit(entity.facts().size())
			.filter((i) -> entity.facts().get(i).key().equals(key))
			.toList();
		assertThat(found).as("fact %s of %s", key, entity.id()).hasSize(1);
		return found.get(0);
	}

	private static Seed.Entity entity(String id) {
		return seed.entities()
			.stream()
			.filter((entity) -> entity.id().equals(id))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no entity " + id));
	}

}
