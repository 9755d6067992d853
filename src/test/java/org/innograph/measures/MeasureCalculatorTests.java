package org.innograph.measures;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.innograph.graph.RelationshipType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.innograph.graph.RelationshipType.COOPERATES_WITH;
import static org.innograph.graph.RelationshipType.LOCATED_IN;
import static org.innograph.graph.RelationshipType.MEMBER_OF;
import static org.innograph.graph.RelationshipType.PART_OF;

/**
 * Measures of small networks whose values are worked out by hand (in the comments) rather
 * than by the code under test.
 */
class MeasureCalculatorTests {

	private static final double TOLERANCE = 1e-9;

	@Test
	void starCentreLiesOnEveryPathBetweenItsLeaves() {
		// Four leaves around a centre: the C(4,2) = 6 pairs of leaves all pass through
		// the centre.
		NetworkMeasures measures = MeasureCalculator
			.compute(network(List.of("c", "l1", "l2", "l3", "l4"), link("l1", PART_OF, "c"), link("l2", PART_OF, "c"),
					link("l3", PART_OF, "c"), link("l4", PART_OF, "c")));
		EntityMeasures centre = measures.byEntity().get("c");
		assertThat(centre.degree()).isEqualTo(4);
		assertThat(centre.inDegree()).isEqualTo(4);
		assertThat(centre.outDegree()).isZero();
		assertThat(centre.betweenness()).isCloseTo(6.0, within(TOLERANCE));
		// 6 of the (5-1)(5-2)/2 = 6 pairs of other entities.
		assertThat(centre.betweennessNormalized()).isCloseTo(1.0, within(TOLERANCE));
		assertThat(measures.byEntity().get("l1").betweenness()).isZero();
		assertThat(measures.byEntity().get("l1").degree()).isEqualTo(1);
	}

	@Test
	void pathGraphBetweennessGrowsTowardsTheMiddle() {
		// a-b-c-d-e: b carries (a,c) (a,d) (a,e) = 3; c carries (a,d) (a,e) (b,d) (b,e) =
		// 4; d like b.
		NetworkMeasures measures = MeasureCalculator.compute(network(List.of("a", "b", "c", "d", "e"),
				link("a", PART_OF, "b"), link("b", PART_OF, "c"), link("c", PART_OF, "d"), link("d", PART_OF, "e")));
		assertThat(betweenness(measures, "a", "b", "c", "d", "e")).containsExactly(0.0, 3.0, 4.0, 3.0, 0.0);
	}

	@Test
	void complexThatJoinsMostCouncilsHasTheHighestDegreeAndBetweenness() {
		// Complexes X, Y, Z; councils C1, C2, C3; X also LOCATED_IN region R.
		// MEMBER_OF degree: X 3, Y 2, Z 1. Betweenness (undirected), pairs through X:
		// every pair with R (5), Y-Z, Y-C3, Z-C1, Z-C2, C1-C3, C2-C3 (6) and half of
		// C1-C2 (the other
		// shortest path runs through Y) = 11.5. C3 carries every pair with Z (5). C1
		// carries half of
		// Y-X, Y-C3, Y-Z and Y-R (the other half runs through C2) = 2; C2 likewise; Y
		// carries half of C1-C2.
		Network network = network(List.of("X", "Y", "Z", "C1", "C2", "C3", "R"), link("X", MEMBER_OF, "C1"),
				link("X", MEMBER_OF, "C2"), link("X", MEMBER_OF, "C3"), link("Y", MEMBER_OF, "C1"),
				link("Y", MEMBER_OF, "C2"), link("Z", MEMBER_OF, "C3"), link("X", LOCATED_IN, "R"));
		NetworkMeasures measures = MeasureCalculator.compute(network);
		EntityMeasures x = measures.byEntity().get("X");
		assertThat(x.degree()).isEqualTo(4);
		assertThat(x.outDegree()).isEqualTo(4);
		assertThat(x.degreeByType()).isEqualTo(Map.of(MEMBER_OF, 3, LOCATED_IN, 1));
		assertThat(measures.byEntity().get("Y").degreeByType()).isEqualTo(Map.of(MEMBER_OF, 2));
		assertThat(measures.byEntity().get("C3").degreeByType()).isEqualTo(Map.of(MEMBER_OF, 2));
		assertThat(betweenness(measures, "X", "Y", "Z", "C1", "C2", "C3", "R")).containsExactly(11.5, 0.5, 0.0, 2.0,
				2.0, 5.0, 0.0);
		// 11.5 of the (7-1)(7-2)/2 = 15 pairs.
		assertThat(x.betweennessNormalized()).isCloseTo(11.5 / 15, within(TOLERANCE));
		assertThat(measures.entities()).isEqualTo(7);
		assertThat(measures.relationships()).isEqualTo(7);
	}

	@Test
	void parallelRelationshipsCountInDegreeButAreOneTieForPaths() {
		// a-b twice (two types), b-c once: degree counts both; b still lies on the one
		// path a..c.
		NetworkMeasures measures = MeasureCalculator.compute(network(List.of("a", "b", "c"), link("a", PART_OF, "b"),
				link("a", MEMBER_OF, "b"), link("b", PART_OF, "c")));
		assertThat(measures.byEntity().get("a").degree()).isEqualTo(2);
		assertThat(measures.byEntity().get("b").degree()).isEqualTo(3);
		assertThat(measures.byEntity().get("b").betweenness()).isCloseTo(1.0, within(TOLERANCE));
	}

	@Test
	void pageRankOfOneLinkFollowsTheDanglingNodeRule() {
		// a -> b, damping d = 0.85, b dangling (its rank spread over both):
		// a = (1-d)/2 + d*b/2 and a + b = 1, so a = 0.5/1.425 = 20/57, b = 37/57.
		NetworkMeasures measures = MeasureCalculator.compute(network(List.of("a", "b"), link("a", PART_OF, "b")));
		assertThat(measures.byEntity().get("a").pageRank()).isCloseTo(20.0 / 57, within(1e-6));
		assertThat(measures.byEntity().get("b").pageRank()).isCloseTo(37.0 / 57, within(1e-6));
	}

	@Test
	void symmetricRelationshipsCountBothWaysInPageRank() {
		// a COOPERATES_WITH b is a tie both ways: the two are interchangeable, 1/2 each.
		NetworkMeasures measures = MeasureCalculator
			.compute(network(List.of("a", "b"), link("a", COOPERATES_WITH, "b")));
		assertThat(measures.byEntity().get("a").pageRank()).isCloseTo(0.5, within(1e-6));
		assertThat(measures.byEntity().get("b").pageRank()).isCloseTo(0.5, within(1e-6));
	}

	@Test
	void pageRankSumsToOneAndFavoursTheCentreOfAStar() {
		NetworkMeasures measures = MeasureCalculator.compute(network(List.of("c", "l1", "l2", "l3"),
				link("l1", PART_OF, "c"), link("l2", PART_OF, "c"), link("l3", PART_OF, "c")));
		double sum = measures.byEntity().values().stream().mapToDouble(EntityMeasures::pageRank).sum();
		assertThat(sum).isCloseTo(1.0, within(1e-6));
		assertThat(measures.byEntity().get("c").pageRank()).isGreaterThan(measures.byEntity().get("l1").pageRank());
	}

	@Test
	void twoTrianglesJoinedByABridgeAreTwoCommunities() {
		// m = 7; each triangle holds 3 edges and degree 2+2+3 = 7:
		// Q = 2 * (3/7 - (7/14)^2) = 5/14.
		NetworkMeasures measures = MeasureCalculator
			.compute(network(List.of("a1", "a2", "a3", "b1", "b2", "b3"), link("a1", PART_OF, "a2"),
					link("a2", PART_OF, "a3"), link("a1", PART_OF, "a3"), link("b1", PART_OF, "b2"),
					link("b2", PART_OF, "b3"), link("b1", PART_OF, "b3"), link("a3", COOPERATES_WITH, "b1")));
		assertThat(measures.communities()).isEqualTo(2);
		assertThat(measures.modularity()).isCloseTo(5.0 / 14, within(TOLERANCE));
		int a = measures.byEntity().get("a1").community();
		int b = measures.byEntity().get("b1").community();
		assertThat(a).isNotEqualTo(b);
		assertThat(List.of("a2", "a3"))
			.allSatisfy((id) -> assertThat(measures.byEntity().get(id).community()).isEqualTo(a));
		assertThat(List.of("b2", "b3"))
			.allSatisfy((id) -> assertThat(measures.byEntity().get(id).community()).isEqualTo(b));
		assertThat(measures.byEntity().get("a1").communitySize()).isEqualTo(3);
		// a3 and b1 are the brokers: 2 x 3 pairs each.
		assertThat(betweenness(measures, "a1", "a3", "b1")).containsExactly(0.0, 6.0, 6.0);
	}

	@Test
	void emptyAndIsolatedEntitiesHaveZeroMeasures() {
		NetworkMeasures empty = MeasureCalculator.compute(network(List.of()));
		assertThat(empty.entities()).isZero();
		assertThat(empty.communities()).isZero();
		NetworkMeasures lonely = MeasureCalculator.compute(network(List.of("a", "b")));
		assertThat(lonely.byEntity().get("a").degree()).isZero();
		assertThat(lonely.byEntity().get("a").betweenness()).isZero();
		assertThat(lonely.byEntity().get("a").pageRank()).isCloseTo(0.5, within(1e-6));
		assertThat(lonely.communities()).isEqualTo(2);
	}

	@Test
	void fingerprintChangesWithTheStructureOnly() {
		Network one = network(List.of("a", "b"), link("a", PART_OF, "b"));
		Network same = network(List.of("b", "a"), link("a", PART_OF, "b"));
		Network other = network(List.of("a", "b"), link("b", PART_OF, "a"));
		assertThat(one.fingerprint()).isEqualTo(same.fingerprint());
		assertThat(one.fingerprint()).isNotEqualTo(other.fingerprint());
	}

	@Test
	void rankingsShareRanksOnTiesAndOrderTiesById() {
		Network network = network(List.of("X", "Y", "Z", "C1", "C2", "C3"), link("X", MEMBER_OF, "C1"),
				link("X", MEMBER_OF, "C2"), link("Y", MEMBER_OF, "C1"), link("Z", MEMBER_OF, "C3"));
		Measures.Measured measured = new Measures.Measured(network, MeasureCalculator.compute(network));
		List<Rankings.Ranked> ranking = Rankings.rank(measured, Measure.DEGREE, java.util.Set.of());
		// Degrees: C1 2, X 2, C2 1, C3 1, Y 1, Z 1.
		assertThat(ranking).extracting(Rankings.Ranked::id).containsExactly("C1", "X", "C2", "C3", "Y", "Z");
		assertThat(ranking).extracting(Rankings.Ranked::rank).containsExactly(1, 1, 3, 3, 3, 3);
		List<Rankings.Ranked> complexes = Rankings.rank(measured, Measure.DEGREE,
				java.util.Set.of(org.innograph.graph.EntityKind.INDUSTRIAL_COMPLEX));
		assertThat(complexes).extracting(Rankings.Ranked::id).containsExactly("X", "Y", "Z");
		assertThat(complexes).extracting(Rankings.Ranked::rank).containsExactly(1, 2, 2);
	}

	private static List<Double> betweenness(NetworkMeasures measures, String... ids) {
		return Arrays.stream(ids).map((id) -> measures.byEntity().get(id).betweenness()).toList();
	}

	/**
	 * Nodes named by id; C* are councils, R a region, X/Y/Z complexes, everything else an
	 * organisation.
	 */
	static Network network(List<String> ids, Network.Link... links) {
		List<Network.Node> nodes = new ArrayList<>();
		ids.forEach((id) -> nodes.add(Network.Node.of(id, kindOf(id))));
		return new Network(nodes, List.of(links));
	}

	private static String kindOf(String id) {
		if (id.startsWith("C")) {
			return "Council";
		}
		if (id.equals("R")) {
			return "Region";
		}
		return (id.length() == 1 && Character.isUpperCase(id.charAt(0))) ? "IndustrialComplex" : "Organization";
	}

	static Network.Link link(String from, RelationshipType type, String to) {
		return Network.Link.of("rel:" + from + ">" + type + ">" + to, type, from, to);
	}

}
