package org.innograph.seed;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The basis review of documents 000, 002 and 004 and of the shared entities
 * ({@code shared/*.yaml}): every relationship and fact of these files says what it rests
 * on, and the over-claims an independent reading found in them (issue #21) stay fixed.
 * Expected values are written from the documents.
 *
 * <p>
 * The seed model does not carry {@code basis} yet, so it is read from the files' YAML at
 * the position each record's {@link Seed.Origin} names.
 */
class BasisReviewPart3Tests {

	static final Set<String> FILES = Set.of("000-daejeon-space-mou.yaml",
			"002-industrial-innovation-infrastructure-roadmap.yaml", "004-i-platform.yaml",
			"shared/industrial-complexes.yaml", "shared/organizations.yaml", "shared/people.yaml",
			"shared/regions.yaml", "shared/space.yaml");

	static final Set<String> HAPPENED = Set.of("CONFIRMED", "DESIGNATED", "SIGNED", "IN_OPERATION", "COMPLETED");

	static final String ROADMAP = "plan:industrial-innovation-infrastructure-roadmap-2023-2025";

	static Seed seed;

	static Map<String, JsonNode> trees;

	@BeforeAll
	static void readSeed() {
		List<SeedFile> files = SeedFiles.fromDirectory(SeedFilesTests.SEED);
		seed = new SeedReader().read(files);
		trees = SeedTrees.of(files, FILES);
		assertThat(trees.keySet()).as("the files of this review").isEqualTo(FILES);
	}

	// Every record of these files says its basis, and the combinations the seed checks
	// refuse are absent.

	@Test
	void everyRelationshipAndFactOfTheseFilesHasABasis() {
		List<Basis> records = records();
		assertThat(records).hasSizeGreaterThan(150);
		assertThat(records).filteredOn((record) -> record.basis().isEmpty())
			.extracting(Basis::where)
			.as("records without basis")
			.isEmpty();
		assertThat(records).extracting(Basis::basis).allMatch(Set.of("STATED", "PLANNED", "INFERRED")::contains);
	}

	@Test
	void inferredRecordsSayWhyAndPlannedOnesDoNotClaimToHaveHappened() {
		assertThat(records()).filteredOn((record) -> record.basis().equals("INFERRED") && record.note().isBlank())
			.extracting(Basis::where)
			.as("INFERRED without a note")
			.isEmpty();
		assertThat(records())
			.filteredOn((record) -> record.basis().equals("PLANNED") && HAPPENED.contains(record.status()))
			.extracting(Basis::where)
			.as("PLANNED with a status that says it happened")
			.isEmpty();
	}

	@Test
	void theBasesAreNotAllTheSame() {
		Map<String, Long> counts = new HashMap<>();
		records().forEach((record) -> counts.merge(record.basis(), 1L, Long::sum));
		assertThat(counts).containsKeys("STATED", "PLANNED", "INFERRED");
	}

	// Document 000: the 2023 space MOU.

	@Test
	void theMouPartiesAreStatedAndCiteTheHeadingOfTheList() {
		List<Seed.Relationship> parties = into("agreement:daejeon-space-mou-2023", "PARTY_TO");
		assertThat(parties).hasSize(6);
		assertThat(parties).allSatisfy((party) -> {
			assertThat(basis(party)).isEqualTo("STATED");
			assertThat(party.evidence()).anySatisfy((evidence) -> {
				assertThat(evidence.quote()).startsWith("(협약당사자)");
				assertThat(evidence.locator()).isEqualTo("L41");
			});
		});
	}

	@Test
	void signaturesAreReadFromTheDraftProgrammeNotStated() {
		List<Seed.Relationship> signatures = into("agreement:daejeon-space-mou-2023", "SIGNED");
		assertThat(signatures).hasSize(6).allSatisfy((signature) -> {
			assertThat(basis(signature)).isEqualTo("INFERRED");
			assertThat(signature.note()).contains("진행 흐름(안)");
		});
		assertThat(into("event:daejeon-space-mou-signing-2023", "ATTENDED")).hasSize(6).allSatisfy((attended) -> {
			assertThat(basis(attended)).isEqualTo("STATED");
			assertThat(attended.role()).isNull();
			assertThat(attended.evidence()).extracting(Seed.Evidence::quote).anyMatch((quote) -> quote.contains("참석한"));
		});
	}

	@Test
	void theCitySecuredTheClusterBudgetButIsNotSaidToRunTheProject() {
		assertThat(into("program:daejeon-space-cluster-project", "RUNS")).isEmpty();
		Seed.Entity project = entity("program:daejeon-space-cluster-project");
		Seed.Fact budget = fact(project, "budget");
		assertThat(basis(budget, project)).isEqualTo("STATED");
		assertThat(budget.evidence()).extracting(Seed.Evidence::quote)
			.allMatch((quote) -> quote.contains("973억 원을 확보"));
	}

	@Test
	void theFourHundredCompaniesWorkWithTheInstitutesNotWithTheMou() {
		Seed.Entity mou = entity("agreement:daejeon-space-mou-2023");
		assertThat(mou.facts()).extracting(Seed.Fact::key).doesNotContain("cooperatingSpaceCompanies");
		List<Seed.Fact> companies = mou.facts()
			.stream()
			.filter((fact) -> "400".equals(String.valueOf(fact.value())))
			.toList();
		assertThat(companies).singleElement().satisfies((fact) -> {
			assertThat(fact.key()).startsWith("institutes");
			assertThat(fact.text().ko()).contains("연구기관");
			assertThat(fact.approximate()).isTrue();
			assertThat(fact.evidence()).extracting(Seed.Evidence::locator).containsExactly("L25");
		});
	}

	@Test
	void theTalentCentreIsPlannedByTheCityAndCitesTheMasterPlan() {
		List<Seed.Relationship> establishes = relationships("ESTABLISHES", "org:daejeon-city",
				"facility:daejeon-space-tech-innovation-talent-center");
		assertThat(establishes).singleElement().satisfies((rel) -> {
			assertThat(basis(rel)).isEqualTo("PLANNED");
			assertThat(rel.status()).isEqualTo("PLANNED");
			assertThat(rel.evidence().get(0).source()).isEqualTo("doc:000");
			assertThat(rel.evidence()).extracting(Seed.Evidence::locator).contains("L737");
		});
	}

	// Document 004: MOTIE and KIAT held the i-Platform ceremony; the agreement's parties
	// are not named.

	@Test
	void theIPlatformAgreementHasNoPartiesOrSignatoriesAndMotieAndKiatHeldItsCeremony() {
		String agreement = "agreement:i-platform-2021";
		assertThat(into(agreement, "PARTY_TO")).isEmpty();
		assertThat(into(agreement, "SIGNED")).isEmpty();
		assertThat(entity(agreement).facts()).isEmpty();
		List<Seed.Relationship> ceremonies = into(agreement, "CONCERNS");
		assertThat(ceremonies).singleElement().satisfies((concerns) -> assertThat(basis(concerns)).isEqualTo("STATED"));
		List<Seed.Relationship> hosts = into(ceremonies.get(0).from(), "ORGANIZES");
		assertThat(hosts).extracting(Seed.Relationship::from).containsExactlyInAnyOrder("org:motie", "org:kiat");
		assertThat(hosts).allSatisfy((host) -> {
			assertThat(host.role()).isEqualTo("host");
			assertThat(basis(host)).isEqualTo("STATED");
			assertThat(host.evidence()).extracting(Seed.Evidence::quote).anyMatch((quote) -> quote.contains("개최하였다"));
		});
	}

	@Test
	void whoRunsAndManagesTheIPlatformIsACuratorsReading() {
		assertThat(into("program:i-platform", "RUNS")).singleElement()
			.satisfies((rel) -> assertThat(basis(rel)).isEqualTo("INFERRED"));
		assertThat(into("program:i-platform", "MANAGES")).singleElement()
			.satisfies((rel) -> assertThat(basis(rel)).isEqualTo("INFERRED"));
	}

	// Document 002: the roadmap and its three hearings.

	@Test
	void theRoadmapIsAlignedWithTheSeventhPlanAndOspAndImplementsNeither() {
		assertThat(from(ROADMAP, "IMPLEMENTS")).isEmpty();
		assertThat(seed.relationships())
			.filteredOn((rel) -> rel.to().equals("plan:7th-industrial-technology-innovation-plan")
					|| rel.to().equals("plan:industrial-technology-rd-strategy-osp-2022-2024"))
			.isEmpty();
		Seed.Entity roadmap = entity(ROADMAP);
		Seed.Fact aligned = fact(roadmap, "alignedWith");
		assertThat(basis(aligned, roadmap)).isEqualTo("STATED");
		assertThat(aligned.text().ko()).contains("연계", "제7차 산업기술혁신 계획", "OSP");
		assertThat(aligned.evidence()).extracting(Seed.Evidence::locator).containsExactly("L31", "L33");
		// What does implement the roadmap is the program, from next year: planned.
		assertThat(into(ROADMAP, "IMPLEMENTS")).singleElement().satisfies((rel) -> {
			assertThat(rel.from()).isEqualTo("program:industrial-innovation-infrastructure");
			assertThat(basis(rel)).isEqualTo("PLANNED");
		});
	}

	// The three venues as the release names them: 서울(기술센터), 대구(무역회관), 광주(광주TP).
	@ParameterizedTest(name = "{0}")
	@CsvSource(textBlock = """
			event:infrastructure-roadmap-hearing-seoul-2022,   facility:korea-technology-center, region:seoul
			event:infrastructure-roadmap-hearing-daegu-2022,   facility:daegu-trade-center,      region:daegu
			event:infrastructure-roadmap-hearing-gwangju-2022, facility:gwangju-technopark,      region:gwangju
			""")
	void eachHearingVenueIsAFacilityInTheHearingsRegion(String hearing, String venue, String region) {
		assertThat(into(hearing, "HOSTS")).singleElement().satisfies((hosts) -> {
			assertThat(hosts.from()).isEqualTo(venue);
			assertThat(hosts.role()).isEqualTo("venue");
			assertThat(basis(hosts)).isEqualTo("STATED");
		});
		assertThat(entity(venue).kind()).isEqualTo("Facility");
		assertThat(entity(venue).type()).isEqualTo("building");
		assertThat(from(venue, "LOCATED_IN")).extracting(Seed.Relationship::to).containsExactly(region);
		assertThat(from(hearing, "LOCATED_IN")).extracting(Seed.Relationship::to).containsExactly(region);
	}

	@Test
	void theHearingsWereAnnouncedSoTheirAttendanceIsPlanned() {
		List<Seed.Relationship> attended = seed.relationships()
			.stream()
			.filter((rel) -> rel.type().equals("ATTENDED")
					&& rel.to().startsWith("event:infrastructure-roadmap-hearing-"))
			.toList();
		assertThat(attended).hasSize(6).allSatisfy((rel) -> assertThat(basis(rel)).isEqualTo("PLANNED"));
		for (Seed.Relationship concerns : into(ROADMAP, "CONCERNS")) {
			Seed.Entity hearing = entity(concerns.from());
			assertThat(hearing.status()).isEqualTo("ANNOUNCED");
			assertThat(basis(fact(hearing, "attendees"), hearing)).isEqualTo("PLANNED");
			assertThat(basis(fact(hearing, "format"), hearing)).isEqualTo("PLANNED");
			assertThat(basis(fact(hearing, "time"), hearing)).isEqualTo("STATED");
		}
	}

	// Shared: the Daejeon general industrial complex.

	@Test
	void theDaejeonGeneralComplexIsInDaejeonOnlyAndNotPartOfDaedeokInnopolis() {
		String complex = "complex:daejeon-general";
		assertThat(from(complex, "PART_OF")).isEmpty();
		assertThat(from(complex, "LOCATED_IN")).extracting(Seed.Relationship::to).containsExactly("region:daejeon");
		// Row 23 of document 003 lists it under 충남: kept on the council membership as
		// written, with a note.
		assertThat(seed.relationships())
			.filteredOn((rel) -> rel.from().equals(complex) && rel.type().equals("MEMBER_OF"))
			.filteredOn((rel) -> rel.to().startsWith("council:003-23-"))
			.singleElement()
			.satisfies((rel) -> assertThat(rel.note()).contains("충남", "Daejeon"));
		assertThat(entity(complex).note()).contains("충남", "L35", "curators");
	}

	@Test
	void theDaejeonGeneralComplexTargetsArePlannedAndItsCurrentFiguresStated() {
		Seed.Entity complex = entity("complex:daejeon-general");
		// 001 L868: the present state (현황) before the arrow, the plan's targets after it
		// (→ … 확대); a money target
		// keeps the plain key (production) with basis PLANNED, so the arrow tells them
		// apart.
		assertThat(complex.facts()).isNotEmpty()
			.allSatisfy((fact) -> assertThat(basis(fact, complex))
				.isEqualTo(fact.evidence().get(0).quote().startsWith("→") ? "PLANNED" : "STATED"));
		assertThat(complex.facts()).filteredOn((fact) -> fact.key().equals("production")).hasSize(2);
	}

	// People: each role cites the document that names the person in it.

	@Test
	void everyRoleOfTheseFilesCitesAQuoteThatNamesThePersonInTheRole() {
		List<Seed.Relationship> roles = seed.relationships()
			.stream()
			.filter((rel) -> FILES.contains(rel.origin().file()))
			.filter((rel) -> rel.type().equals("HEADS") || rel.type().equals("REPRESENTS"))
			.toList();
		assertThat(roles).hasSize(10);
		for (Seed.Relationship role : roles) {
			String person = entity(role.from()).name().ko();
			assertThat(basis(role)).isEqualTo("STATED");
			assertThat(role.roleLabel()).as("role label of %s", person).isNotNull();
			assertThat(role.evidence()).as("evidence of %s %s", person, role.type()).allSatisfy((evidence) -> {
				assertThat(evidence.quote()).contains(person).contains(role.roleLabel().ko());
			});
		}
	}

	// Search: the aliases of these files name their own entity only.

	@Test
	void noAliasOfTheseFilesIsAnotherEntitysName() {
		Map<String, Set<String>> owners = new HashMap<>();
		for (Seed.Entity entity : seed.entities()) {
			List<String> names = new ArrayList<>(List.of(entity.name().ko(), entity.name().en()));
			names.addAll(entity.aliases());
			names.addAll(entity.acronyms());
			names.forEach((name) -> owners.computeIfAbsent(normal(name), (key) -> new java.util.TreeSet<>())
				.add(entity.id()));
		}
		List<String> collisions = new ArrayList<>();
		for (Seed.Entity entity : seed.entities()) {
			if (FILES.contains(entity.origin().file())) {
				for (String alias : entity.aliases()) {
					Set<String> ids = owners.get(normal(alias));
					if (ids.size() > 1) {
						collisions.add(alias + " " + ids);
					}
				}
			}
		}
		assertThat(collisions).isEmpty();
		assertThat(entity("event:daejeon-space-mou-signing-2023").aliases()).doesNotContain("협약식");
	}

	private static String normal(String name) {
		return name.replace(" ", "").toLowerCase(Locale.ROOT);
	}

	// Reading the basis of a record from its file.

	/**
	 * One relationship or fact of the reviewed files, with its basis ("" when it has
	 * none).
	 */
	record Basis(String where, String basis, String status, String note) {
	}

	private static List<Basis> records() {
		List<Basis> records = new ArrayList<>();
		for (Seed.Relationship rel : seed.relationships()) {
			if (FILES.contains(rel.origin().file())) {
				records.add(new Basis(rel.origin().file() + " " + rel.effectiveId(), basis(rel),
						String.valueOf(rel.status()), (rel.note() != null) ? rel.note() : ""));
			}
		}
		for (Seed.Entity entity : seed.entities()) {
			if (FILES.contains(entity.origin().file())) {
				for (Seed.Fact fact : entity.facts()) {
					records.add(new Basis(entity.origin().file() + " " + entity.id() + " fact " + fact.key(),
							basis(fact, entity), "null", (fact.note() != null) ? fact.note() : ""));
				}
			}
		}
		return records;
	}

	private static String basis(Seed.Relationship rel) {
		return node(rel.origin()).path("basis").asString("");
	}

	private static String basis(Seed.Fact fact, Seed.Entity entity) {
		JsonNode facts = node(entity.origin()).path("facts");
		int index = entity.facts().indexOf(fact);
		assertThat(index).as("fact %s of %s", fact.key(), entity.id()).isNotNegative();
		return facts.get(index).path("basis").asString("");
	}

	private static JsonNode node(Seed.Origin origin) {
		JsonNode tree = trees.get(origin.file());
		assertThat(tree).as("%s is one of the reviewed files", origin.file()).isNotNull();
		return tree.path(origin.list()).get(origin.index());
	}

	private static Seed.Entity entity(String id) {
		return seed.entities()
			.stream()
			.filter((entity) -> entity.id().equals(id))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no entity " + id));
	}

	private static Seed.Fact fact(Seed.Entity entity, String key) {
		List<Seed.Fact> facts = entity.facts().stream().filter((fact) -> fact.key().equals(key)).toList();
		assertThat(facts).as("fact %s of %s", key, entity.id()).hasSize(1);
		return facts.get(0);
	}

	private static List<Seed.Relationship> into(String to, String type) {
		return select((rel) -> rel.type().equals(type) && rel.to().equals(to));
	}

	private static List<Seed.Relationship> from(String from, String type) {
		return select((rel) -> rel.type().equals(type) && rel.from().equals(from));
	}

	private static List<Seed.Relationship> relationships(String type, String from, String to) {
		return select((rel) -> rel.type().equals(type) && rel.from().equals(from) && rel.to().equals(to));
	}

	private static List<Seed.Relationship> select(Predicate<Seed.Relationship> filter) {
		return seed.relationships().stream().filter(filter).toList();
	}

}
