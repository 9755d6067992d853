package org.innograph.bench;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.innograph.graph.EntityKind;
import org.innograph.graph.PartialDate;
import org.innograph.graph.RelationshipIds;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SyntheticGraphTests {

	private static final SyntheticGraph graph = SyntheticGraph.generate(10_000, 42);

	/**
	 * The app's deep list page is reached by cursor (the runner walks to it), the first
	 * page and every other query as sent. At the seed, whose sample region has one
	 * organisation, no page is deep.
	 */
	@Test
	void shouldReachOnlyTheDeepListPageByCursor() {
		List<Workload.Query> mix = Workload.mix(Manifest.of("10k", 10_000, graph, 0, 0));
		List<String> byCursor = mix.stream()
			.filter((query) -> query.variants().stream().anyMatch(query::pagesByCursor))
			.map(Workload.Query::name)
			.toList();
		assertThat(byCursor).containsExactly("Q4b");
		Workload.Query deep = mix.stream().filter((query) -> query.name().equals("Q4b")).findFirst().orElseThrow();
		assertThat(deep.variants()).allSatisfy((variant) -> assertThat(deep.pagesByCursor(variant)).isTrue());
	}

	@Test
	void shouldBeTheSameGraphForTheSameSeed() {
		SyntheticGraph again = SyntheticGraph.generate(10_000, 42);
		assertThat(again.relationshipCount()).isEqualTo(graph.relationshipCount());
		assertThat(again.relationshipEnds(Integer.MAX_VALUE)).zipSatisfy(graph.relationshipEnds(Integer.MAX_VALUE),
				(a, b) -> assertThat(a).containsExactly(b));
		assertThat(again.entityProperties(1234)).isEqualTo(graph.entityProperties(1234));
	}

	@Test
	void shouldBeADifferentGraphForAnotherSeed() {
		SyntheticGraph other = SyntheticGraph.generate(10_000, 43);
		long same = IntStream.range(0, 1000)
			.filter((r) -> Arrays.equals(other.relationshipEnds(1000).get(r), graph.relationshipEnds(1000).get(r)))
			.count();
		assertThat(same).isLessThan(1000);
	}

	@Test
	void shouldSpendTheNodeBudgetOnEntitiesAndEvidenceWithFiveRelationshipsPerNode() {
		assertThat(graph.entityCount()).isEqualTo(9_000);
		assertThat(graph.evidenceCount()).isEqualTo(1_000);
		// 50,000 relationships in all: 49,000 between entities and one CITES per evidence
		// record.
		assertThat(graph.relationshipCount()).isEqualTo(49_000);
		assertThat(graph.count(EntityKind.ORGANIZATION)).isGreaterThan(7_000);
		assertThat(graph.count(EntityKind.REGION)).isEqualTo(22);
		assertThat(graph.count(EntityKind.INDUSTRIAL_COMPLEX)).isEqualTo(180);
		assertThat(graph.count(EntityKind.AGREEMENT)).isEqualTo(9_000 / 7);
	}

	@Test
	void shouldHaveHubsAndALongTailOfDegrees() {
		int[] degrees = IntStream.range(0, graph.entityCount())
			.filter((e) -> graph.kind(e) == EntityKind.ORGANIZATION)
			.map(graph::degree)
			.sorted()
			.toArray();
		double mean = Arrays.stream(degrees).average().orElseThrow();
		int median = degrees[degrees.length / 2];
		int max = degrees[degrees.length - 1];
		assertThat(max).as("hub degree").isGreaterThan((int) (mean * 20));
		assertThat(median).as("median degree").isLessThan((int) mean);
	}

	@Test
	void shouldWriteTheStorageModelTheApplicationReads() {
		int org = graph.entityOf(EntityKind.ORGANIZATION, 7);
		Map<String, Object> props = graph.entityProperties(org);
		assertThat(props.get("id")).isEqualTo("org:syn-" + org);
		assertThat(props.get("kind")).isEqualTo("Organization");
		assertThat((String) props.get("nameKo")).matches("[가-힣]+");
		assertThat((String) props.get("nameEn")).matches("[A-Z][a-z]+ [A-Za-z ]+");
		@SuppressWarnings("unchecked")
		List<String> names = (List<String>) props.get("names");
		assertThat(names).contains(((String) props.get("nameKo")), ((String) props.get("nameEn")).toLowerCase());
		assertThat(props.get("searchText")).isEqualTo(String.join(" ", names));

		int agreement = graph.entityOf(EntityKind.AGREEMENT, 3);
		assertThat(graph.entityProperties(agreement)).containsKeys("date", "datePrecision");
		assertThat(graph.id(agreement)).startsWith("agreement:");

		Map<String, Object> rel = graph.relationshipProperties(0);
		assertThat(rel.get("id")).isEqualTo(RelationshipIds.of(graph.id(graph.relationshipFrom(0)),
				graph.relationshipType(0), graph.id(graph.relationshipTo(0)), null));
		Map<String, Object> evidence = graph.evidenceProperties(5);
		assertThat((String) evidence.get("source")).startsWith("doc:90");
		assertThat(RelationshipIds.parse((String) evidence.get("subject"))).isPresent();
		// Source.published is non-null in the schema: a source without it fails every
		// question that lists sources.
		Map<String, Object> source = SyntheticGraph.sourceProperties(2);
		assertThat(PartialDate.stored(source.get("published"), source.get("publishedPrecision")))
			.isEqualTo(PartialDate.parse("2025-01"));
	}

	@Test
	void shouldGiveEveryEntityItsOwnNameAndEveryRelationshipItsOwnId() {
		Set<String> names = new HashSet<>();
		IntStream.range(0, graph.entityCount()).forEach((e) -> names.add(graph.nameKo(e)));
		assertThat(names).hasSize(graph.entityCount());
		Set<String> ids = new HashSet<>();
		IntStream.range(0, graph.relationshipCount()).forEach((r) -> ids.add(graph.relationshipId(r)));
		assertThat(ids).hasSize(graph.relationshipCount());
	}

}
