package org.innograph.seed;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.innograph.graph.PartialDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The facts the press releases 000, 002 and 004 state — the 2023 space MOU, the
 * i-Platform and the infrastructure roadmap — are in the seed with the values the
 * documents give, each with evidence from its document. Expected values are written from
 * the documents.
 */
class PressReleaseFactsTests {

	static final String MOU = "agreement:daejeon-space-mou-2023";

	static final String ROADMAP = "plan:industrial-innovation-infrastructure-roadmap-2023-2025";

	static Seed seed;

	@BeforeAll
	static void readSeed() {
		seed = new SeedReader().read(SeedFiles.fromDirectory(SeedFilesTests.SEED));
	}

	// Document 000: Daejeon's space MOU of 2023-10-19.

	@Test
	void daejeonAndTheFiveInstitutesArePartiesToTheMou() {
		List<Seed.Relationship> parties = into(MOU, "PARTY_TO");
		assertThat(parties).extracting((rel) -> entity(rel.from()).name().ko())
			.containsExactlyInAnyOrder("대전광역시", "한국과학기술원", "한국항공우주연구원", "한국천문연구원", "한국지질자원연구원", "한국전자통신연구원");
		assertThat(parties).allSatisfy((rel) -> assertEvidencedBy(rel.evidence(), "doc:000"));
	}

	@Test
	void eachSignatorySignedForTheirOrganisation() {
		Map<String, String> signatories = Map.of("이장우", "대전광역시", "이동만", "한국과학기술원", "이상률", "한국항공우주연구원", "박영득", "한국천문연구원",
				"이평구", "한국지질자원연구원", "방승찬", "한국전자통신연구원");
		List<Seed.Relationship> signed = into(MOU, "SIGNED");
		assertThat(signed).extracting((rel) -> entity(rel.from()).name().ko())
			.containsExactlyInAnyOrderElementsOf(signatories.keySet());
		for (Seed.Relationship signature : signed) {
			assertEvidencedBy(signature.evidence(), "doc:000");
			Seed.Entity person = entity(signature.from());
			List<String> actsFor = seed.relationships()
				.stream()
				.filter((rel) -> rel.from().equals(person.id())
						&& (rel.type().equals("HEADS") || rel.type().equals("REPRESENTS")))
				.map((rel) -> entity(rel.to()).name().ko())
				.toList();
			assertThat(actsFor).as("organisation of %s", person.name().ko())
				.containsExactly(signatories.get(person.name().ko()));
		}
	}

	@Test
	void mouHasItsDatePlaceAndPurpose() {
		Seed.Entity mou = entity(MOU);
		assertThat(mou.date()).isEqualTo("2023-10-19");
		assertThat(PartialDate.parse(mou.date()).precision()).isEqualTo(PartialDate.Precision.DAY);
		assertThat(mou.status()).isEqualTo("SIGNED");
		assertThat(fact(mou, "venue").text().ko()).contains("시청 중회의실");
		assertThat(fact(mou, "purpose").text().ko()).contains("우주산업클러스터 조성", "대전 우주산업 육성");
		assertEvidencedBy(fact(mou, "venue").evidence(), "doc:000");
		assertEvidencedBy(fact(mou, "purpose").evidence(), "doc:000");
	}

	@Test
	void daejeonWasDesignatedTheSpaceClusterRdAndTalentZoneInDecember2022() {
		List<Seed.Relationship> designations = seed.relationships()
			.stream()
			.filter((rel) -> rel.type().equals("DESIGNATED_AS") && rel.from().equals("org:daejeon-city"))
			.filter((rel) -> entity(rel.to()).name().ko().contains("연구·인재개발 특화지구"))
			.toList();
		assertThat(designations).hasSize(1);
		Seed.Relationship designation = designations.get(0);
		assertThat(designation.validFrom()).isEqualTo("2022-12");
		assertThat(PartialDate.parse(designation.validFrom()).precision()).isEqualTo(PartialDate.Precision.MONTH);
		assertThat(designation.status()).isEqualTo("DESIGNATED");
		assertEvidencedBy(designation.evidence(), "doc:000");
	}

	@Test
	void spaceClusterProjectHasTheTotalBudgetOf973BillionWon() {
		Seed.Entity project = namedKo("우주산업클러스터 조성사업");
		Seed.Fact budget = fact(project, "budget");
		assertThat(number(budget)).isEqualByComparingTo("973");
		assertThat(budget.unit()).isEqualTo("억 원");
		assertThat(budget.date()).isEqualTo("2023-08");
		assertEvidencedBy(budget.evidence(), "doc:000");
		// The city secured the budget (확보); the release does not say who runs the
		// project.
		assertThat(into(project.id(), "RUNS")).isEmpty();
	}

	// Document 004: the i-Platform program and its agreement ceremony of 2021-09-30.

	@Test
	void iPlatformIsRunByMotieAndManagedByKiat() {
		Seed.Entity program = aliased("i-Platform");
		assertThat(into(program.id(), "RUNS")).extracting((rel) -> entity(rel.from()).name().ko())
			.containsExactly("산업통상자원부");
		assertThat(into(program.id(), "MANAGES")).extracting((rel) -> entity(rel.from()).acronyms())
			.containsExactly(List.of("KIAT"));
	}

	@Test
	void iPlatformCoversTheSixIndustries() {
		Seed.Entity program = aliased("i-Platform");
		List<Seed.Relationship> focus = from(program.id(), "FOCUSES_ON");
		assertThat(focus).extracting((rel) -> entity(rel.to()).name().ko())
			.containsExactlyInAnyOrder("기계로봇", "바이오", "소재", "자동차항공", "전기전자", "조선해양");
		assertThat(focus).allSatisfy((rel) -> assertEvidencedBy(rel.evidence(), "doc:004"));
	}

	@Test
	void iPlatformHas270BillionWonOfNationalFundsFor2021To2025() {
		Seed.Fact budget = fact(aliased("i-Platform"), "budgetNational");
		assertThat(number(budget)).isEqualByComparingTo("270");
		assertThat(budget.unit()).isEqualTo("억 원");
		assertThat(budget.from()).isEqualTo("2021");
		assertThat(budget.to()).isEqualTo("2025");
		assertEvidencedBy(budget.evidence(), "doc:004");
	}

	@Test
	void agreementOfSeptember2021WasConcludedAtACeremonyFortyNineCentresAttended() {
		Seed.Entity agreement = entity("agreement:i-platform-2021");
		assertThat(agreement.date()).isEqualTo("2021-09-30");
		// MOTIE and KIAT held the ceremony; the release names no party or signatory of
		// the agreement.
		assertThat(into(agreement.id(), "PARTY_TO")).isEmpty();
		assertThat(into(agreement.id(), "SIGNED")).isEmpty();
		Seed.Entity ceremony = entity(into(agreement.id(), "CONCERNS").get(0).from());
		Seed.Fact centres = fact(ceremony, "attendingCentres");
		assertThat(number(centres)).isEqualByComparingTo("49");
		assertThat(centres.unit()).isEqualTo("개");
		assertEvidencedBy(centres.evidence(), "doc:004");
	}

	@Test
	void agreementCeremonyHasItsDateTimeAndVenue() {
		List<Seed.Relationship> ceremonies = into("agreement:i-platform-2021", "CONCERNS");
		assertThat(ceremonies).hasSize(1);
		Seed.Entity ceremony = entity(ceremonies.get(0).from());
		assertThat(ceremony.kind()).isEqualTo("Event");
		assertThat(ceremony.date()).isEqualTo("2021-09-30");
		assertThat(fact(ceremony, "time").value()).isEqualTo("14:00~15:00");
		assertThat(fact(ceremony, "venue").text().ko()).contains("콘래드호텔", "파크볼룸");
		assertThat(into(ceremony.id(), "ORGANIZES")).extracting(Seed.Relationship::from)
			.containsExactlyInAnyOrder("org:motie", "org:kiat");
		assertEvidencedBy(fact(ceremony, "venue").evidence(), "doc:004");
	}

	// Document 002: the Industrial Innovation Infrastructure roadmap 2023–2025 and its
	// hearings.

	@Test
	void roadmapIsMotiesPlanForTheInfrastructureProgram() {
		Seed.Entity roadmap = entity(ROADMAP);
		assertThat(roadmap.validFrom()).isEqualTo("2023");
		assertThat(roadmap.validTo()).isEqualTo("2025");
		assertThat(into(ROADMAP, "PUBLISHES")).extracting(Seed.Relationship::from).containsExactly("org:motie");
		Seed.Entity program = namedKo("산업혁신기반구축 사업");
		assertThat(from(program.id(), "IMPLEMENTS")).extracting(Seed.Relationship::to).contains(ROADMAP);
		assertThat(into(program.id(), "RUNS")).extracting(Seed.Relationship::from).containsExactly("org:motie");
	}

	@Test
	void infrastructureProgramHasItsCumulativeFigures() {
		Seed.Entity program = namedKo("산업혁신기반구축 사업");
		Seed.Fact investment = fact(program, "investment");
		assertThat(number(investment)).isEqualByComparingTo("3.3");
		assertThat(investment.unit()).isEqualTo("조 원");
		assertThat(investment.approximate()).isTrue();
		assertThat(investment.from()).isEqualTo("2011");
		assertThat(number(fact(program, "supportCentres"))).isEqualByComparingTo("188");
		assertThat(number(fact(program, "sharedEquipment"))).isEqualByComparingTo("8514");
		assertThat(fact(program, "sharedEquipment").unit()).isEqualTo("대");
		assertEvidencedBy(investment.evidence(), "doc:002");
	}

	@Test
	void roadmapHasExactlyThreeHearings() {
		assertThat(into(ROADMAP, "CONCERNS")).extracting((rel) -> entity(rel.from()).type())
			.containsExactly("hearing", "hearing", "hearing");
	}

	@ParameterizedTest(name = "{0} {1}")
	@CsvSource(delimiter = '|', textBlock = """
			2022-03-22 | 서울 | 한국기술센터     | 14:00~15:30
			2022-03-23 | 대구 | 무역회관         | 10:30~12:00
			2022-03-24 | 광주 | 광주테크노파크   | 10:30~12:00
			""")
	void eachHearingHasItsDateCityVenueAndOrganisers(String date, String city, String venue, String time) {
		List<Seed.Entity> hearings = into(ROADMAP, "CONCERNS").stream()
			.map((rel) -> entity(rel.from()))
			.filter((event) -> date.equals(event.date()))
			.toList();
		assertThat(hearings).hasSize(1);
		Seed.Entity hearing = hearings.get(0);
		assertThat(PartialDate.parse(hearing.date()).precision()).isEqualTo(PartialDate.Precision.DAY);
		assertThat(from(hearing.id(), "LOCATED_IN")).extracting((rel) -> entity(rel.to()).aliases())
			.singleElement()
			.satisfies((aliases) -> assertThat(aliases).contains(city));
		assertThat(fact(hearing, "venue").text().ko()).contains(venue);
		assertThat(fact(hearing, "time").value()).isEqualTo(time);
		assertEvidencedBy(fact(hearing, "venue").evidence(), "doc:002");
		List<Seed.Relationship> organisers = into(hearing.id(), "ORGANIZES");
		assertThat(organisers).extracting((rel) -> rel.from() + " " + rel.role())
			.containsExactlyInAnyOrder("org:motie host", "org:kiat organizer");
		assertThat(organisers).allSatisfy((rel) -> assertEvidencedBy(rel.evidence(), "doc:002"));
	}

	private static void assertEvidencedBy(List<Seed.Evidence> evidence, String source) {
		assertThat(evidence).extracting(Seed.Evidence::source).contains(source);
	}

	private static Seed.Entity entity(String id) {
		return seed.entities()
			.stream()
			.filter((entity) -> entity.id().equals(id))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no entity " + id));
	}

	private static Seed.Entity namedKo(String name) {
		List<Seed.Entity> named = seed.entities().stream().filter((entity) -> name.equals(entity.name().ko())).toList();
		assertThat(named).as("entities named %s", name).hasSize(1);
		return named.get(0);
	}

	private static Seed.Entity aliased(String alias) {
		List<Seed.Entity> named = seed.entities()
			.stream()
			.filter((entity) -> entity.aliases().contains(alias) || entity.acronyms().contains(alias))
			.toList();
		assertThat(named).as("entities known as %s", alias).hasSize(1);
		return named.get(0);
	}

	private static Seed.Fact fact(Seed.Entity entity, String key) {
		List<Seed.Fact> facts = entity.facts().stream().filter((fact) -> fact.key().equals(key)).toList();
		assertThat(facts).as("fact %s of %s", key, entity.id()).hasSize(1);
		return facts.get(0);
	}

	/** A fact's number, whatever numeric type the YAML reader chose for it. */
	private static BigDecimal number(Seed.Fact fact) {
		assertThat(fact.value()).as("value of fact %s", fact.key()).isInstanceOf(Number.class);
		return new BigDecimal(fact.value().toString());
	}

	private static List<Seed.Relationship> into(String to, String type) {
		return seed.relationships().stream().filter((rel) -> rel.type().equals(type) && rel.to().equals(to)).toList();
	}

	private static List<Seed.Relationship> from(String from, String type) {
		return seed.relationships()
			.stream()
			.filter((rel) -> rel.type().equals(type) && rel.from().equals(from))
			.toList();
	}

}
