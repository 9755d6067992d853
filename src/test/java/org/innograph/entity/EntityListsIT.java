package org.innograph.entity;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.innograph.seed.Seed;
import org.innograph.seed.SeedStep;
import org.innograph.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Entity lists filtered by region, sector and kind hold exactly the entities the seed
 * files put there; the expected sets are read from the seed itself, not from the
 * database.
 */
@IntegrationTest
class EntityListsIT {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	SeedStep seedStep;

	Seed seed;

	@BeforeEach
	void readSeed() {
		this.seed = this.seedStep.seed().orElseThrow();
	}

	@ParameterizedTest
	@CsvSource(nullValues = "-", textBlock = """
			region:daejeon,                -,                   -
			region:seoul,                  -,                   ORGANIZATION
			-,                             sector:space,        -
			-,                             sector:defense,      ORGANIZATION
			region:daejeon,                sector:defense,      -
			region:gyochon-dong,           sector:nano-semiconductor, -
			region:chungcheong-megacity,   sector:bio-health,   CLUSTER
			""")
	void listsHoldWhatTheSeedLocatesAndFocuses(String region, String sector, String kind) {
		Set<String> expected = this.seed.entities()
			.stream()
			.filter((e) -> region == null || linked(e.id(), "LOCATED_IN", region))
			.filter((e) -> sector == null || linked(e.id(), "FOCUSES_ON", sector))
			.filter((e) -> kind == null || kindOf(e).equals(kind))
			.map(Seed.Entity::id)
			.collect(Collectors.toSet());
		assertThat(expected).as("the seed must have something to list").isNotEmpty();

		var response = this.graphQl.documentName("entityList")
			.variable("kinds", (kind != null) ? List.of(kind) : null)
			.variable("region", region)
			.variable("sector", sector)
			.variable("first", 100)
			.execute();
		List<String> listed = response.path("entities.edges[*].node.id").entityList(String.class).get();
		assertThat(listed).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
		assertThat(response.path("entities.totalCount").entity(Long.class).get()).isEqualTo(expected.size());

		Long countOnly = this.graphQl.documentName("entityCount")
			.variable("kinds", (kind != null) ? List.of(kind) : null)
			.variable("region", region)
			.variable("sector", sector)
			.execute()
			.path("entities.totalCount")
			.entity(Long.class)
			.get();
		assertThat(countOnly).isEqualTo(expected.size());
	}

	@ParameterizedTest
	@CsvSource({ "AGREEMENT", "COUNCIL", "INDUSTRIAL_COMPLEX" })
	void aKindAloneCountsEveryEntityOfThatKind(String kind) {
		long expected = this.seed.entities().stream().filter((e) -> kindOf(e).equals(kind)).count();
		assertThat(expected).isPositive();
		Long counted = this.graphQl.documentName("entityCount")
			.variable("kinds", List.of(kind))
			.execute()
			.path("entities.totalCount")
			.entity(Long.class)
			.get();
		assertThat(counted).isEqualTo(expected);
	}

	private boolean linked(String from, String type, String to) {
		return this.seed.relationships()
			.stream()
			.anyMatch((r) -> r.type().equals(type) && r.from().equals(from) && r.to().equals(to));
	}

	/** The GraphQL enum value of a seed kind: IndustrialComplex → INDUSTRIAL_COMPLEX. */
	private static String kindOf(Seed.Entity entity) {
		return entity.kind().replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
	}

}
