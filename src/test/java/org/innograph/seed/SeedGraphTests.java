package org.innograph.seed;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.innograph.graph.EntityKind;
import org.innograph.graph.PartialDate;
import org.innograph.graph.RelationshipType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The mapping from seed records to the rows the loader writes: dates with their
 * precision, money in won, fact ids numbered per key, statedOn from the earliest source,
 * evidence ids stable across loads.
 */
class SeedGraphTests {

	private static final Seed.Origin ORIGIN = new Seed.Origin("test.yaml", "entities", 0);

	private static final Seed.Evidence EARLY = new Seed.Evidence("doc:early", "첫 인용", "L3", null);

	private static final Seed.Evidence LATE = new Seed.Evidence("doc:late", "둘째 인용", "L10-L11", "a note");

	@Test
	void sourcesCarryTheirPublicationDateWithItsPrecision() {
		SeedGraph graph = SeedGraph.of(seed(List.of(), List.of()));
		Map<String, Object> early = graph.sources().get(0);
		assertThat(early).containsEntry("id", "doc:early")
			.containsEntry("titleKo", "이른 문서")
			.containsEntry("publisherEn", "Ministry")
			.containsEntry("published", LocalDate.of(2023, 5, 1))
			.containsEntry("publishedPrecision", "MONTH")
			.containsEntry("lineCount", 120);
		assertThat(graph.sources().get(1)).containsEntry("published", LocalDate.of(2024, 10, 19))
			.containsEntry("publishedPrecision", "DAY");
	}

	@Test
	@SuppressWarnings("unchecked")
	void entitiesAreGroupedByKindWithTheirSearchNamesAndDates() {
		Seed.Entity kari = entity("org:kari", List.of(), List.of(EARLY));
		SeedGraph graph = SeedGraph.of(seed(List.of(kari), List.of()));
		assertThat(graph.entities()).containsOnlyKeys(EntityKind.ORGANIZATION);
		Map<String, Object> props = graph.entities().get(EntityKind.ORGANIZATION).get(0);
		assertThat(props).containsEntry("id", "org:kari")
			.containsEntry("kind", "Organization")
			.containsEntry("nameKo", "한국항공우주연구원")
			.containsEntry("validFrom", LocalDate.of(1989, 1, 1))
			.containsEntry("validFromPrecision", "YEAR")
			.doesNotContainKey("validTo")
			.doesNotContainKey("descriptionKo");
		assertThat((List<Object>) props.get("names")).contains("한국항공우주연구원", "kari");
		assertThat(graph.evidence()).singleElement()
			.satisfies((ev) -> assertThat(ev).containsEntry("subject", "org:kari").containsEntry("locator", "L3"));
	}

	@Test
	void aValidToAlsoStoresTheLastDayItCanMean() {
		Seed.Entity ended = new Seed.Entity("org:old", "Organization", null, new Seed.Text("옛 기관", "Old body"),
				List.of(), List.of(), null, null, null, null, "2020-02", "DISSOLVED", List.of(), null, List.of(),
				ORIGIN);
		Map<String, Object> props = SeedGraph.of(seed(List.of(ended), List.of()))
			.entities()
			.get(EntityKind.ORGANIZATION)
			.get(0);
		assertThat(props).containsEntry("validTo", LocalDate.of(2020, 2, 1))
			.containsEntry("validToPrecision", "MONTH")
			.containsEntry("validToEnd", LocalDate.of(2020, 2, 29));
	}

	@Test
	void factsWithTheSameKeyAreNumberedFromTheSecondOn() {
		Seed.Fact first = fact("budget", 973, "억 원", List.of(LATE));
		Seed.Fact second = fact("budget", 1200, "억 원", List.of(EARLY, LATE));
		Seed.Fact staff = fact("staff", 1100, "명", List.of());
		SeedGraph graph = SeedGraph
			.of(seed(List.of(entity("org:kari", List.of(first, second, staff), List.of())), List.of()));
		assertThat(graph.facts()).extracting((fact) -> fact.get("id"))
			.containsExactly("org:kari#budget", "org:kari#budget-2", "org:kari#staff");
		assertThat(graph.evidence()).extracting((ev) -> ev.get("subject"))
			.containsExactly("org:kari#budget", "org:kari#budget-2", "org:kari#budget-2");
	}

	@Test
	void moneyIsAlsoStoredInWonAndCountsAreNot() {
		SeedGraph graph = SeedGraph.of(seed(List.of(entity("org:kari",
				List.of(fact("budget", new BigDecimal("973.5"), "억 원", List.of()), fact("staff", 1100, "명", List.of())),
				List.of())), List.of()));
		assertThat(graph.facts().get(0)).containsEntry("value", 973.5)
			.containsEntry("won", 97_350_000_000L)
			.containsEntry("approximate", false)
			.containsEntry("basis", "STATED");
		assertThat(graph.facts().get(1)).containsEntry("value", 1100.0).doesNotContainKey("won");
	}

	@Test
	void statedOnIsThePublicationOfTheEarliestCitedSourceAtItsPrecision() {
		Seed.Fact fact = fact("budget", 973, "억 원", List.of(LATE, EARLY));
		SeedGraph graph = SeedGraph.of(seed(List.of(entity("org:kari", List.of(fact), List.of())), List.of()));
		assertThat(graph.facts().get(0)).containsEntry("statedOn", LocalDate.of(2023, 5, 1))
			.containsEntry("statedOnPrecision", "MONTH");
		assertThat(SeedGraph.statedOn(List.of(), Map.of())).isEmpty();
		assertThat(SeedGraph.statedOn(List.of(new Seed.Evidence("doc:unknown", "q", "L1", null)),
				Map.of("doc:early", PartialDate.parse("2023-05"))))
			.isEmpty();
	}

	@Test
	void relationshipsAreGroupedByTypeWithTheirIdAmountAndBasis() {
		Seed.Relationship funds = new Seed.Relationship(null, "FUNDS", "org:msit", "org:kari", null, null, "ACTIVE",
				"2024", null, "PLANNED", new Seed.Amount(new BigDecimal("1.5"), "조 원", true), null, List.of(EARLY),
				ORIGIN);
		Seed.Relationship keyed = new Seed.Relationship("second", "FUNDS", "org:msit", "org:kari", null, null, null,
				null, null, null, null, null, List.of(), ORIGIN);
		SeedGraph graph = SeedGraph.of(seed(List.of(), List.of(funds, keyed)));
		assertThat(graph.relationships()).containsOnlyKeys(RelationshipType.FUNDS);
		List<Map<String, Object>> rows = graph.relationships().get(RelationshipType.FUNDS);
		assertThat(rows.get(0)).containsEntry("from", "org:msit").containsEntry("to", "org:kari");
		@SuppressWarnings("unchecked")
		Map<String, Object> props = (Map<String, Object>) rows.get(0).get("props");
		assertThat(props).containsEntry("id", "rel:org:msit>FUNDS>org:kari")
			.containsEntry("amountValue", 1.5)
			.containsEntry("amountUnit", "조 원")
			.containsEntry("amountApproximate", true)
			.containsEntry("amountWon", 1_500_000_000_000L)
			.containsEntry("basis", "PLANNED")
			.containsEntry("validFrom", LocalDate.of(2024, 1, 1))
			.containsEntry("statedOn", LocalDate.of(2023, 5, 1));
		@SuppressWarnings("unchecked")
		Map<String, Object> second = (Map<String, Object>) rows.get(1).get("props");
		assertThat(second).containsEntry("id", "rel:org:msit>FUNDS>org:kari#second")
			.containsEntry("basis", "STATED")
			.doesNotContainKey("amountValue")
			.doesNotContainKey("statedOn");
		assertThat(graph.evidence()).singleElement()
			.satisfies((ev) -> assertThat(ev).containsEntry("subject", "rel:org:msit>FUNDS>org:kari"));
	}

	@Test
	void evidenceIdsAreStableAndDifferByEveryPartOfTheQuote() {
		String id = SeedGraph.evidenceId("org:kari", EARLY);
		assertThat(id).matches("ev:[0-9a-f]{20}");
		assertThat(SeedGraph.evidenceId("org:kari", new Seed.Evidence("doc:early", "첫 인용", "L3", "another note")))
			.as("the note is commentary, not part of the quote's identity")
			.isEqualTo(id);
		assertThat(List.of(SeedGraph.evidenceId("org:kasi", EARLY),
				SeedGraph.evidenceId("org:kari", new Seed.Evidence("doc:late", "첫 인용", "L3", null)),
				SeedGraph.evidenceId("org:kari", new Seed.Evidence("doc:early", "첫 인용", "L4", null)),
				SeedGraph.evidenceId("org:kari", new Seed.Evidence("doc:early", "첫 인용.", "L3", null))))
			.doesNotContain(id)
			.doesNotHaveDuplicates();
	}

	@Test
	void aDateThatIsNotOneStopsTheMappingWithTheDateRulesMessage() {
		Seed.Entity bad = new Seed.Entity("org:bad", "Organization", null, new Seed.Text("나쁜", "Bad"), List.of(),
				List.of(), null, null, null, "2023-02-30", null, null, List.of(), null, List.of(), ORIGIN);
		assertThatIllegalArgumentException().isThrownBy(() -> SeedGraph.of(seed(List.of(bad), List.of())))
			.withMessageContaining("2023-02-30");
	}

	private static Seed seed(List<Seed.Entity> entities, List<Seed.Relationship> relationships) {
		List<Seed.Source> sources = List.of(
				new Seed.Source("doc:early", "001", new Seed.Text("이른 문서", "Early document"),
						new Seed.Text("부처", "Ministry"), null, "2023-05", "plan", null, null, "abc", 120, ORIGIN),
				new Seed.Source("doc:late", "002", new Seed.Text("늦은 문서", "Late document"), new Seed.Text("시", "City"),
						null, "2024-10-19", "press", null, null, "def", 40, ORIGIN));
		return new Seed(sources, entities, relationships, "hash");
	}

	private static Seed.Entity entity(String id, List<Seed.Fact> facts, List<Seed.Evidence> evidence) {
		return new Seed.Entity(id, "Organization", "research-institute", new Seed.Text("한국항공우주연구원", "KARI"),
				List.of("KARI"), List.of(), null, null, null, "1989", null, null, facts, null, evidence, ORIGIN);
	}

	private static Seed.Fact fact(String key, Object value, String unit, List<Seed.Evidence> evidence) {
		return new Seed.Fact(key, value, unit, null, null, null, null, null, null, null, evidence);
	}

}
