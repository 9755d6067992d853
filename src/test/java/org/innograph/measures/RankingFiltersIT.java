package org.innograph.measures;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.innograph.seed.Seed;
import org.innograph.support.IntegrationTest;
import org.innograph.support.SeedOnDisk;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rankings filtered on both ends: the projection leaves out entities of a sub-kind, the
 * ranking keeps entities of some sub-kinds. The Chungcheong provinces' memberships are
 * counted here from the seed files, not by the code under test.
 */
@IntegrationTest
class RankingFiltersIT {

	private static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {
	};

	private static final List<String> PROVINCES = List.of("region:chungbuk", "region:chungnam", "region:daejeon",
			"region:sejong");

	private static final String RANKING = """
			query ($exclude: [String!]) {
			  rankings(measure: DEGREE, kinds: [REGION, COUNCIL], types: [MEMBER_OF], among: [REGION],
			           excludeTypes: $exclude, first: 100) {
			    totalCount edges { value node { id } }
			  }
			}""";

	@Autowired
	HttpGraphQlTester graphQl;

	final Seed seed = SeedOnDisk.seed();

	final Map<String, Seed.Entity> entities = SeedOnDisk.entitiesById();

	@Test
	void theMegaRegionLeftOutCountsOnlyCouncils() {
		Map<String, Double> withMegaRegion = degrees(null);
		Map<String, Double> without = degrees(List.of("mega-region"));
		for (String province : PROVINCES) {
			assertThat(without.getOrDefault(province, 0.0)).as(province)
				.isEqualTo((double) memberships(province, Set.of("Region", "Council"), true));
			assertThat(withMegaRegion.getOrDefault(province, 0.0)).as(province)
				.isEqualTo((double) memberships(province, Set.of("Region", "Council"), false));
		}
		// Document 003's table puts Chungbuk in councils No.1, No.10 and No.23; the
		// mega-region made it 4.
		assertThat(without.get("region:chungbuk")).isEqualTo(3.0);
		assertThat(withMegaRegion.get("region:chungbuk")).isEqualTo(4.0);
		assertThat(without).doesNotContainKey("region:chungcheong-megacity");
	}

	@Test
	void amongTypesRanksOnlyThatSubKind() {
		List<Map<String, Object>> edges = this.graphQl.document("""
				{ rankings(measure: DEGREE, kinds: [INDUSTRIAL_COMPLEX, COUNCIL], types: [MEMBER_OF],
				           amongTypes: ["industry-academia-research-council"], first: 100) {
				    totalCount edges { value node { id type } } } }""")
			.execute()
			.path("rankings.edges")
			.entityList(MAP)
			.get();
		long councils = this.seed.entities()
			.stream()
			.filter((e) -> "industry-academia-research-council".equals(e.type()))
			.count();
		assertThat(edges).hasSize((int) councils);
		assertThat(edges)
			.allSatisfy((edge) -> assertThat(node(edge).get("type")).isEqualTo("industry-academia-research-council"));
	}

	/**
	 * MEMBER_OF links of the seed from or to the entity whose other end is of one of the
	 * kinds.
	 */
	private long memberships(String id, Set<String> kinds, boolean withoutMegaRegion) {
		return this.seed.relationships()
			.stream()
			.filter((r) -> r.type().equals("MEMBER_OF") && (r.from().equals(id) || r.to().equals(id)))
			.map((r) -> this.entities.get(r.from().equals(id) ? r.to() : r.from()))
			.filter((other) -> other != null && kinds.contains(other.kind()))
			.filter((other) -> !withoutMegaRegion || !"mega-region".equals(other.type()))
			.count();
	}

	private Map<String, Double> degrees(List<String> exclude) {
		List<Map<String, Object>> edges = this.graphQl.document(RANKING)
			.variable("exclude", exclude)
			.execute()
			.path("rankings.edges")
			.entityList(MAP)
			.get();
		return edges.stream()
			.collect(Collectors.toMap((edge) -> (String) node(edge).get("id"),
					(edge) -> ((Number) edge.get("value")).doubleValue()));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> node(Map<String, Object> edge) {
		return (Map<String, Object>) edge.get("node");
	}

}
