package org.innograph.seed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The basis review of document 001's actors, places, programmes and space triangle (issue
 * #20 item 1) and the over-claims an independent reading found in them (issue #21 item
 * 1). The basis is read from the YAML itself, so these checks hold whether or not the
 * loader maps it yet; expected values are written from the documents.
 */
class BasisReviewPart1Tests {

	static final List<String> FILES = List.of("001-actors.yaml", "001-places.yaml", "001-programs.yaml",
			"001-space-triangle.yaml");

	static final Set<String> BASES = Set.of("STATED", "PLANNED", "INFERRED");

	/** Statuses that say a thing happened: a PLANNED basis must not sit on them. */
	static final Set<String> HAPPENED = Set.of("CONFIRMED", "DESIGNATED", "SIGNED", "IN_OPERATION", "COMPLETED");

	static final YAMLMapper YAML = YAMLMapper.builder().build();

	static Seed seed;

	/** The relationships and facts of the four files as written, basis included. */
	static List<Record> records;

	@BeforeAll
	static void readSeed() {
		seed = new SeedReader().read(SeedFiles.fromDirectory(SeedFilesTests.SEED));
		records = FILES.stream().flatMap(BasisReviewPart1Tests::recordsOf).toList();
	}

	// Issue #20 item 1: every relationship and every fact says what it rests on.

	@ParameterizedTest
	@ValueSource(strings = { "001-actors.yaml", "001-places.yaml", "001-programs.yaml", "001-space-triangle.yaml" })
	void everyRelationshipAndFactHasABasisAndTheRulesHold(String file) {
		List<Record> inFile = records.stream().filter((record) -> record.file().equals(file)).toList();
		assertThat(inFile).as("records of %s", file).isNotEmpty();
		assertThat(inFile).allSatisfy((record) -> {
			assertThat(record.basis()).as("basis of %s", record).isIn(BASES);
			if (record.basis().equals("INFERRED")) {
				assertThat(record.note()).as("the note an INFERRED record needs: %s", record).isNotBlank();
			}
			if (record.basis().equals("PLANNED")) {
				assertThat(record.status()).as("status of the PLANNED record %s", record).isNotIn(HAPPENED);
			}
		});
	}

	@Test
	void theReviewUsesAllThreeTiers() {
		// A mechanical STATED everywhere would pass the check above; the plan states most
		// things as intentions.
		Map<String, Long> byBasis = records.stream()
			.collect(java.util.stream.Collectors.groupingBy(Record::basis, java.util.stream.Collectors.counting()));
		assertThat(byBasis.get("PLANNED")).isGreaterThan(byBasis.get("STATED"));
		assertThat(byBasis.get("INFERRED")).isPositive();
	}

	// Issue #21 item 1: the over-claims.

	@ParameterizedTest
	@ValueSource(strings = { "org:add", "org:logistics-command" })
	void theDefenceCooperationWithDapaIsAtMostPlanned(String partner) {
		// 001 L656: a cooperation system DAPA's relocation would make possible.
		assertThat(record("COOPERATES_WITH", partner, "org:dapa")).satisfies((rel) -> {
			assertThat(rel.basis()).isEqualTo("PLANNED");
			assertThat(rel.status()).isEqualTo("PLANNED");
			assertThat(rel.locators()).contains("L656");
		});
	}

	@Test
	void theNanoSemiconductorComplexIsACandidateSiteFrom2023NotADesignation() {
		// 001 L1102 dates the candidate-site selection ('23.3.); L2022's undated 지정 is a
		// conflict, kept in a note.
		Seed.Entity complex = entity("complex:daejeon-nano-semiconductor-national");
		assertThat(complex.status()).isNotIn(HAPPENED);
		Record designation = record("DESIGNATED_AS", "region:daejeon", "complex:daejeon-nano-semiconductor-national");
		assertThat(designation.status()).isEqualTo("PROPOSED");
		assertThat(designation.basis()).isEqualTo("STATED");
		assertThat(relationship("DESIGNATED_AS", "region:daejeon", "complex:daejeon-nano-semiconductor-national")
			.evidence()).anySatisfy((evidence) -> {
				assertThat(evidence.locator()).isEqualTo("L2022");
				assertThat(evidence.note()).contains("L1102");
			});
	}

	@Test
	void theDaejeonGeneralComplexIsNotPartOfDaedeokInnopolisOnTheGarbledFigure() {
		assertThat(relationships("PART_OF", "complex:daejeon-general", "cluster:daedeok-innopolis")).isEmpty();
		// The Techno Valley rests on the same figure (L35): kept, but as a reading.
		assertThat(record("PART_OF", "complex:daedeok-techno-valley", "cluster:daedeok-innopolis").basis())
			.isEqualTo("INFERRED");
	}

	@ParameterizedTest
	@ValueSource(strings = { "region:dresden", "region:veldhoven", "region:san-diego" })
	void thePartnerCitiesAreCitiesDaejeonPlansToRecruit(String city) {
		Record partner = record("PARTNER_OF", city, "org:daejeon-city");
		assertThat(partner.basis()).isEqualTo("PLANNED");
		assertThat(partner.status()).isEqualTo("PLANNED");
		// The heading line that says what the list is: members and partner cities to
		// secure (L1299).
		assertThat(partner.locators()).contains("L1299", "L1300");
	}

	@Test
	void theDefenceClustersInvestmentIsPlannedAndItsSharesAreHeldOnce() {
		// 001 L2140: 490억 원(국비 245억 원, 시비 245억 원) 투자 예정.
		String cluster = "cluster:daejeon-defense-innovation-cluster";
		assertThat(factRecord(cluster, "budget").basis()).isEqualTo("PLANNED");
		assertThat(fact(cluster, "budget").value()).isEqualTo(490);
		assertThat(fact(cluster, "budgetNational").value()).isEqualTo(245);
		assertThat(factRecord(cluster, "budgetNational").basis()).isEqualTo("PLANNED");
		assertThat(fact(cluster, "budgetLocal").value()).isEqualTo(245);
		// The city's share is the fact; the FUNDS link names the payer without repeating
		// the amount.
		assertThat(relationship("FUNDS", "org:daejeon-city", cluster).amount()).isNull();
		assertThat(record("FUNDS", "org:daejeon-city", cluster).basis()).isEqualTo("PLANNED");
	}

	@ParameterizedTest
	@CsvSource(textBlock = """
			program:space-industry-innovation-base, budgetLocal,         20
			program:space-smart-specialization,     budgetLocal,         30
			org:daejeon-investment-agency,          capital,             1000
			""")
	void theCitysSharesAreHeldOnceOnTheFundedRecord(String funded, String key, int amount) {
		// The investment agency has three capital figures (L1610); the city's
		// contribution is one of them.
		assertThat(entity(funded).facts()).filteredOn((fact) -> fact.key().equals(key))
			.extracting(Seed.Fact::value)
			.contains(amount);
		assertThat(relationship("FUNDS", "org:daejeon-city", funded).amount()).isNull();
	}

	@Test
	void theSemiconductorComplexSupportOfL583IsHeldOnceInTheWholeSeed() {
		// 약 3조 5,065억 원 stands under sub-task 1-1-1's support plan; sums over the graph
		// must count it once.
		List<String> holders = new ArrayList<>();
		for (Seed.Entity entity : seed.entities()) {
			for (Seed.Fact fact : entity.facts()) {
				if (fact.value() instanceof Number number
						&& new BigDecimal(number.toString()).compareTo(new BigDecimal(35065)) == 0) {
					holders.add(entity.id() + " " + fact.key());
				}
			}
		}
		seed.relationships()
			.stream()
			.filter((rel) -> rel.amount() != null && rel.amount().value().compareTo(new BigDecimal(35065)) == 0)
			.forEach((rel) -> holders.add(rel.effectiveId()));
		assertThat(holders).hasSize(1);
		assertThat(entity("cluster:daejeon-semiconductor-specialised-complex").facts()).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "org:daejeon-st-committee", "org:daedeok-recreation-committee" })
	void theSubcommitteesDrawOnCommitteesMembersNotOnTheCommittees(String committee) {
		// 001 L76: 대전과학기술위원회, 대덕특구 재창조 위원회 위원 … — members of the committees.
		assertThat(relationships("MEMBER_OF", committee, "council:master-plan-drafting-committee")).isEmpty();
		Seed.Fact drawnFrom = fact("council:master-plan-drafting-committee", "subcommitteeMembersDrawnFrom");
		assertThat(drawnFrom.text().ko()).contains("위원");
		assertThat(drawnFrom.evidence()).extracting(Seed.Evidence::locator).contains("L76", "L75");
	}

	@ParameterizedTest
	@CsvSource(textBlock = """
			cluster:daejeon-space-rd-talent,      region:daejeon
			cluster:gyeongnam-space-satellite,    region:gyeongnam
			cluster:jeonnam-space-launch-vehicle, region:jeonnam
			""")
	void theSpaceEducationProgrammeNamesRegionsNotSpecialZones(String zone, String region) {
		String programme = "program:space-cluster-linked-education";
		assertThat(relationships("PARTICIPATES_IN", zone, programme)).isEmpty();
		assertThat(record("PARTICIPATES_IN", region, programme).basis()).isEqualTo("PLANNED");
	}

	@Test
	void beingConsultedOrHoldingAFestivalJointlyIsNotParticipating() {
		// 001 L2207 (WISET consulted on the ordinance) and L1676 (festival held jointly).
		assertThat(seed.relationships()).noneMatch((rel) -> rel.type().equals("PARTICIPATES_IN")
				&& (rel.from().equals("org:wiset") || rel.from().equals("event:daejeon-science-festival")));
		assertThat(factRecord("event:daejeon-science-festival", "heldJointlyWith").basis()).isEqualTo("PLANNED");
		assertThat(relationship("ESTABLISHES", "org:daejeon-city", "law:daejeon-women-st-ordinance").evidence())
			.extracting(Seed.Evidence::locator)
			.contains("L2207");
	}

	@Test
	void aliasesThatCollideWithOtherThingsAreGone() {
		// 안산 is also a city in Gyeonggi, 특구 any special zone, 바이오 document 004's
		// industry, BMSK one
		// part of the space platform.
		Set<String> colliding = Set.of("안산", "특구", "바이오", "BMSK", "Business Model Starter Kit");
		assertThat(seed.entities()).filteredOn((entity) -> FILES.contains(entity.origin().file()))
			.allSatisfy(
					(entity) -> assertThat(entity.aliases()).as(entity.id()).doesNotContainAnyElementsOf(colliding));
	}

	@Test
	void theExampleMembershipOfTheProposedTalentBodyCitesItsTableTitle() {
		List<Record> members = records.stream()
			.filter((record) -> record.type().equals("MEMBER_OF")
					&& record.to().equals("council:daejeon-jisanhakyeon-cooperation-group"))
			.toList();
		assertThat(members).hasSize(9).allSatisfy((member) -> {
			assertThat(member.basis()).isEqualTo("PLANNED");
			assertThat(member.locators()).contains("L1893", "L1895");
		});
	}

	// Reading the files as written.

	/**
	 * A relationship or a fact of one of the four files, with the fields the basis rules
	 * look at.
	 */
	record Record(String file, String type, String from, String to, String key, String basis, String status,
			String note, List<String> locators) {

		@Override
		public String toString() {
			return this.file + " " + (this.type.equals("fact") ? this.from + " fact " + this.key
					: this.from + " " + this.type + " " + this.to);
		}

	}

	static Stream<Record> recordsOf(String file) {
		JsonNode tree;
		try {
			tree = YAML.readTree(Files.readString(SeedFilesTests.SEED.resolve(file)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		List<Record> found = new ArrayList<>();
		for (JsonNode entity : tree.path("entities")) {
			for (JsonNode fact : entity.path("facts")) {
				// A fact has no status of its own: a planned budget of a confirmed
				// project is consistent.
				found.add(new Record(file, "fact", entity.path("id").asString(), null, fact.path("key").asString(),
						fact.path("basis").asString(""), "", fact.path("note").asString(""), locators(fact)));
			}
		}
		for (JsonNode rel : tree.path("relationships")) {
			found.add(new Record(file, rel.path("type").asString(), rel.path("from").asString(),
					rel.path("to").asString(), rel.path("key").asString(""), rel.path("basis").asString(""),
					rel.path("status").asString(""), rel.path("note").asString(""), locators(rel)));
		}
		return found.stream();
	}

	static List<String> locators(JsonNode record) {
		List<String> locators = new ArrayList<>();
		for (JsonNode evidence : record.path("evidence")) {
			locators.add(evidence.path("locator").asString());
		}
		return locators;
	}

	static Record record(String type, String from, String to) {
		List<Record> found = records.stream()
			.filter((record) -> record.type().equals(type) && record.from().equals(from) && record.to().equals(to))
			.toList();
		assertThat(found).as("%s %s %s", from, type, to).hasSize(1);
		return found.get(0);
	}

	static Record factRecord(String entity, String key) {
		List<Record> found = records.stream()
			.filter((record) -> record.type().equals("fact") && record.from().equals(entity)
					&& record.key().equals(key))
			.toList();
		assertThat(found).as("fact %s of %s", key, entity).hasSize(1);
		return found.get(0);
	}

	static List<Seed.Relationship> relationships(String type, String from, String to) {
		return seed.relationships()
			.stream()
			.filter((rel) -> rel.type().equals(type) && rel.from().equals(from) && rel.to().equals(to))
			.toList();
	}

	static Seed.Relationship relationship(String type, String from, String to) {
		List<Seed.Relationship> found = relationships(type, from, to);
		assertThat(found).as("%s %s %s", from, type, to).hasSize(1);
		return found.get(0);
	}

	static Seed.Entity entity(String id) {
		return seed.entities()
			.stream()
			.filter((entity) -> entity.id().equals(id))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no entity " + id));
	}

	static Seed.Fact fact(String entity, String key) {
		return entity(entity).facts()
			.stream()
			.filter((fact) -> fact.key().equals(key))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no fact " + key + " on " + entity));
	}

}
