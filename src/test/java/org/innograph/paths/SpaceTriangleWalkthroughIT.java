package org.innograph.paths;

import java.util.List;
import java.util.Map;

import org.innograph.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The walkthrough of domain.md: the three clusters of the space triangle with their roles
 * and regions, who confirmed it, and a path from KAIST to the Jeonnam launch-vehicle
 * cluster with evidence on every hop.
 */
@IntegrationTest
class SpaceTriangleWalkthroughIT {

	private static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {
	};

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void theTriangleHasItsThreeClustersWithRolesRegionsAndEvidence() {
		var response = this.graphQl.documentName("spaceTriangle").execute();
		response.path("triangle.confirmedBy.nodes[*].from.id")
			.entityList(String.class)
			.contains("org:national-space-committee");
		List<Map<String, Object>> members = response.path("triangle.members.nodes").entityList(MAP).get();
		Map<String, String> roleByCluster = new java.util.HashMap<>();
		Map<String, Object> regionsByCluster = new java.util.HashMap<>();
		for (Map<String, Object> member : members) {
			@SuppressWarnings("unchecked")
			Map<String, Object> cluster = (Map<String, Object>) member.get("from");
			roleByCluster.put((String) cluster.get("id"), (String) member.get("role"));
			regionsByCluster.put((String) cluster.get("id"), cluster.get("regions"));
			assertThat((List<?>) member.get("evidence")).isNotEmpty();
		}
		assertThat(roleByCluster).containsEntry("cluster:daejeon-space-rd-talent", "research-talent")
			.containsEntry("cluster:gyeongnam-space-satellite", "satellites")
			.containsEntry("cluster:jeonnam-space-launch-vehicle", "launch-vehicles");
		assertThat(regionsByCluster.get("cluster:daejeon-space-rd-talent")).asString().contains("region:daejeon");
		assertThat(regionsByCluster.get("cluster:gyeongnam-space-satellite")).asString().contains("region:gyeongnam");
		assertThat(regionsByCluster.get("cluster:jeonnam-space-launch-vehicle")).asString().contains("region:jeonnam");
	}

	@Test
	void kaistReachesTheJeonnamLaunchVehicleClusterWithEvidenceOnEveryHop() {
		var response = this.graphQl.documentName("connections")
			.variable("from", "org:kaist")
			.variable("to", "cluster:jeonnam-space-launch-vehicle")
			.execute();
		List<Map<String, Object>> paths = response.path("connections").entityList(MAP).get();
		assertThat(paths).isNotEmpty();
		// Paths of stated links come first, so the first path need not be the shortest of
		// all.
		int shortest = paths.stream().mapToInt((path) -> ((Number) path.get("length")).intValue()).min().orElseThrow();
		assertThat(shortest).isBetween(2, 4);
		for (Map<String, Object> path : paths) {
			assertThat(((Number) path.get("length")).intValue()).isGreaterThanOrEqualTo(shortest);
			@SuppressWarnings("unchecked")
			List<Map<String, Object>> hops = (List<Map<String, Object>>) path.get("hops");
			assertThat(hops).hasSize(((Number) path.get("length")).intValue());
			assertThat(hops.get(0)).extracting("from").asString().contains("org:kaist");
			assertThat(hops.get(hops.size() - 1)).extracting("to")
				.asString()
				.contains("cluster:jeonnam-space-launch-vehicle");
			for (int i = 1; i < hops.size(); i++) {
				assertThat(hops.get(i).get("from")).as("hops chain").isEqualTo(hops.get(i - 1).get("to"));
			}
			assertThat(hops).allSatisfy((hop) -> assertThat(hop.get("relationship")).asString()
				.containsPattern("quote=.+")
				.containsPattern("source=\\{id=doc:00[0-4]"));
		}
		assertThat(paths.get(0).get("nodes")).asString().contains("agreement:daejeon-space-mou-2023");
	}

	@Test
	void aTooLongChainIsABadRequestBeforeAnyQueryRuns() {
		this.graphQl.documentName("connections")
			.variable("from", "org:kaist")
			.variable("to", "cluster:jeonnam-space-launch-vehicle")
			.variable("maxHops", 7)
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getExtensions()).containsEntry("code", "BAD_REQUEST")));
	}

}
