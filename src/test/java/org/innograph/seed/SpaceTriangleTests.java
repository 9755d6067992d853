package org.innograph.seed;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The national space-industry cluster triangle of document 001 (L704–764, L2150–2151) is
 * in the seed: three clusters with their regions and roles, confirmed by the National
 * Space Committee, cooperating pairwise, joined by the linked education programme, every
 * hop cited, and reachable from the five institutes of the 2023 MOU.
 */
class SpaceTriangleTests {

	private static final String TRIANGLE = "cluster:national-space-industry-triangle";

	private static final String DAEJEON = "cluster:daejeon-space-rd-talent";

	private static final String GYEONGNAM = "cluster:gyeongnam-space-satellite";

	private static final String JEONNAM = "cluster:jeonnam-space-launch-vehicle";

	private static final String EDUCATION = "program:space-cluster-linked-education";

	private static Seed seed;

	@BeforeAll
	static void readSeed() {
		seed = new SeedReader().read(SeedFiles.fromDirectory(Path.of("graph-seed")));
	}

	// The roles as 001 L763 names them: 연구·인재(대전)-위성(경남)-발사체(전남).
	@ParameterizedTest
	@CsvSource(textBlock = """
			cluster:daejeon-space-rd-talent,    region:daejeon,   research-talent
			cluster:gyeongnam-space-satellite,  region:gyeongnam, satellites
			cluster:jeonnam-space-launch-vehicle, region:jeonnam, launch-vehicles
			""")
	void eachClusterSitsInItsRegionAndPlaysItsRoleInTheTriangle(String cluster, String region, String role) {
		assertThat(entity(cluster).kind()).isEqualTo("Cluster");
		assertThat(relationships("LOCATED_IN", cluster, region)).as("%s LOCATED_IN %s", cluster, region).isNotEmpty();
		assertThat(relationships("MEMBER_OF", cluster, TRIANGLE)).as("%s MEMBER_OF the triangle", cluster)
			.extracting(Seed.Relationship::role)
			.containsExactly(role);
		assertThat(relationships("FOCUSES_ON", cluster, "sector:space")).as("%s FOCUSES_ON space", cluster)
			.extracting(Seed.Relationship::role)
			.containsExactly(role);
	}

	@Test
	void theNationalSpaceCommitteeConfirmedTheTriangle() {
		assertThat(entity(TRIANGLE).status()).isEqualTo("CONFIRMED");
		assertThat(relationships("DESIGNATES", "org:national-space-committee", TRIANGLE))
			.extracting(Seed.Relationship::status)
			.containsExactly("CONFIRMED");
	}

	@ParameterizedTest
	@CsvSource(textBlock = """
			cluster:daejeon-space-rd-talent,   cluster:gyeongnam-space-satellite
			cluster:daejeon-space-rd-talent,   cluster:jeonnam-space-launch-vehicle
			cluster:gyeongnam-space-satellite, cluster:jeonnam-space-launch-vehicle
			""")
	void theClustersCooperatePairwiseAsThePlanIntends(String one, String other) {
		List<Seed.Relationship> links = new ArrayList<>(relationships("COOPERATES_WITH", one, other));
		links.addAll(relationships("COOPERATES_WITH", other, one));
		assertThat(links).as("%s COOPERATES_WITH %s", one, other)
			.singleElement()
			.satisfies((link) -> assertThat(link.status()).isEqualTo("PLANNED"));
	}

	// 001 L2151 names the regions and their industries, not the special zones (issue
	// #21).
	@ParameterizedTest
	@CsvSource(textBlock = """
			cluster:daejeon-space-rd-talent,      region:daejeon
			cluster:gyeongnam-space-satellite,    region:gyeongnam
			cluster:jeonnam-space-launch-vehicle, region:jeonnam
			""")
	void theLinkedEducationProgrammeJoinsEachRegionNotItsCluster(String cluster, String region) {
		assertThat(relationships("PARTICIPATES_IN", region, EDUCATION)).as("%s PARTICIPATES_IN %s", region, EDUCATION)
			.isNotEmpty();
		assertThat(relationships("PARTICIPATES_IN", cluster, EDUCATION)).as("%s PARTICIPATES_IN %s", cluster, EDUCATION)
			.isEmpty();
	}

	@Test
	void everyRelationshipTouchingTheTriangleCitesDocument000Or001() {
		Set<String> triangle = Set.of(TRIANGLE, DAEJEON, GYEONGNAM, JEONNAM, EDUCATION);
		List<Seed.Relationship> touching = seed.relationships()
			.stream()
			.filter((rel) -> triangle.contains(rel.from()) || triangle.contains(rel.to()))
			.toList();
		assertThat(touching).hasSizeGreaterThanOrEqualTo(20);
		assertThat(touching).allSatisfy(
				(rel) -> assertThat(rel.evidence()).as(rel.effectiveId()).isNotEmpty().allSatisfy((evidence) -> {
					assertThat(evidence.source()).isIn("doc:000", "doc:001");
					assertThat(evidence.quote()).isNotBlank();
					assertThat(evidence.locator()).startsWith("L");
				}));
	}

	// The five institutes that signed the 2023-10-19 MOU with Daejeon (document 000,
	// L42).
	@ParameterizedTest
	@ValueSource(strings = { "org:kaist", "org:kari", "org:kasi", "org:kigam", "org:etri" })
	void eachMouInstituteReachesTheJeonnamLaunchVehicleClusterWithinFiveHops(String institute) {
		List<String> path = shortestPath(institute, JEONNAM);
		assertThat(path).as("a path from %s to %s", institute, JEONNAM).isNotEmpty();
		assertThat(path.size() - 1).as("hops on %s", path).isLessThanOrEqualTo(5);
	}

	@Test
	void kaistsShortestPathToTheJeonnamClusterRunsThroughTheDaejeonCorner() {
		List<String> path = shortestPath("org:kaist", JEONNAM);
		assertThat(path).first().isEqualTo("org:kaist");
		assertThat(path).last().isEqualTo(JEONNAM);
		assertThat(path).as("the path runs through the Daejeon corner of the triangle").contains(DAEJEON);
	}

	// The path domain.md describes: KAIST — (MOU, 2023-10-19) — Daejeon Metropolitan City
	// — its region and the
	// Daejeon space cluster designated there (001 L240) — (triangle partner) — the
	// Jeonnam launch-vehicle cluster.
	@ParameterizedTest(name = "{0} {1} {2}")
	@CsvSource(textBlock = """
			org:kaist,                       PARTY_TO,        agreement:daejeon-space-mou-2023
			org:daejeon-city,                PARTY_TO,        agreement:daejeon-space-mou-2023
			org:daejeon-city,                GOVERNS,         region:daejeon
			region:daejeon,                  DESIGNATED_AS,   cluster:daejeon-space-rd-talent
			cluster:daejeon-space-rd-talent, COOPERATES_WITH, cluster:jeonnam-space-launch-vehicle
			""")
	void theDocumentedPathFromKaistHoldsHopByHop(String from, String type, String to) {
		assertThat(relationships(type, from, to)).as("%s %s %s", from, type, to)
			.isNotEmpty()
			.allSatisfy((rel) -> assertThat(rel.evidence()).isNotEmpty());
	}

	/** Breadth-first search over the seed's relationships, read in both directions. */
	private static List<String> shortestPath(String start, String goal) {
		Map<String, List<String>> neighbours = new HashMap<>();
		for (Seed.Relationship rel : seed.relationships()) {
			neighbours.computeIfAbsent(rel.from(), (id) -> new ArrayList<>()).add(rel.to());
			neighbours.computeIfAbsent(rel.to(), (id) -> new ArrayList<>()).add(rel.from());
		}
		Map<String, String> previous = new HashMap<>();
		previous.put(start, start);
		Deque<String> queue = new ArrayDeque<>(List.of(start));
		while (!queue.isEmpty()) {
			String current = queue.removeFirst();
			if (current.equals(goal)) {
				List<String> path = new ArrayList<>();
				for (String step = goal; !step.equals(start); step = previous.get(step)) {
					path.add(step);
				}
				path.add(start);
				Collections.reverse(path);
				return path;
			}
			for (String next : neighbours.getOrDefault(current, List.of())) {
				if (previous.putIfAbsent(next, current) == null) {
					queue.addLast(next);
				}
			}
		}
		return List.of();
	}

	private static Seed.Entity entity(String id) {
		return seed.entities()
			.stream()
			.filter((entity) -> entity.id().equals(id))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no entity " + id + " in the seed"));
	}

	private static List<Seed.Relationship> relationships(String type, String from, String to) {
		return seed.relationships()
			.stream()
			.filter((rel) -> rel.type().equals(type) && rel.from().equals(from) && rel.to().equals(to))
			.toList();
	}

}
