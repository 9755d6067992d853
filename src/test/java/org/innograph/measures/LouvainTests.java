package org.innograph.measures;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.jgrapht.Graph;
import org.jgrapht.alg.clustering.UndirectedModularityMeasurer;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Louvain on graphs whose best partition is known, checked against JGraphT's own
 * modularity.
 */
class LouvainTests {

	@Test
	void ringOfFourCliquesSplitsIntoTheCliques() {
		// Four K4 (6 edges each) joined in a ring by 4 edges: m = 28; each clique holds 6
		// edges and degree
		// 4*3 + 2 = 14, so Q = 4 * (6/28 - (14/56)^2) = 17/28.
		int n = 16;
		Map<Long, Double> weights = new LinkedHashMap<>();
		for (int clique = 0; clique < 4; clique++) {
			for (int i = 0; i < 4; i++) {
				for (int j = i + 1; j < 4; j++) {
					weights.put(Louvain.key(clique * 4 + i, clique * 4 + j), 1.0);
				}
			}
			weights.put(Louvain.key(clique * 4 + 3, ((clique + 1) % 4) * 4), 1.0);
		}
		int[] communities = Louvain.communities(n, weights);
		for (int clique = 0; clique < 4; clique++) {
			for (int i = 1; i < 4; i++) {
				assertThat(communities[clique * 4 + i]).isEqualTo(communities[clique * 4]);
			}
		}
		assertThat(Set.of(communities[0], communities[4], communities[8], communities[12])).hasSize(4);
		assertThat(Louvain.modularity(n, weights, communities)).isCloseTo(17.0 / 28, within(1e-12));
		assertThat(Louvain.modularity(n, weights, communities)).isCloseTo(jgraphtModularity(n, weights, communities),
				within(1e-12));
	}

	@Test
	void sameGraphGivesTheSameCommunitiesEveryTime() {
		Map<Long, Double> weights = new LinkedHashMap<>();
		java.util.Random random = new java.util.Random(42);
		int n = 60;
		for (int i = 0; i < 150; i++) {
			int a = random.nextInt(n);
			int b = random.nextInt(n);
			if (a != b) {
				weights.put(Louvain.key(a, b), 1.0);
			}
		}
		int[] first = Louvain.communities(n, weights);
		int[] second = Louvain.communities(n, new LinkedHashMap<>(weights));
		assertThat(second).containsExactly(first);
		// Numbered by size: community 0 is the largest.
		Map<Integer, Integer> sizes = new HashMap<>();
		for (int c : first) {
			sizes.merge(c, 1, Integer::sum);
		}
		for (int c = 1; c < sizes.size(); c++) {
			assertThat(sizes.get(c)).isLessThanOrEqualTo(sizes.get(c - 1));
		}
		double q = Louvain.modularity(n, weights, first);
		assertThat(q).isCloseTo(jgraphtModularity(n, weights, first), within(1e-12));
		// Every node alone, or all together, is worse than what Louvain found.
		int[] singletons = new int[n];
		for (int i = 0; i < n; i++) {
			singletons[i] = i;
		}
		assertThat(q).isGreaterThan(Louvain.modularity(n, weights, singletons));
		assertThat(q).isGreaterThan(Louvain.modularity(n, weights, new int[n]));
	}

	private static double jgraphtModularity(int n, Map<Long, Double> weights, int[] communities) {
		Graph<Integer, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
		for (int i = 0; i < n; i++) {
			graph.addVertex(i);
		}
		weights.keySet().forEach((key) -> graph.addEdge((int) (key >>> 32), (int) (key & 0xffffffffL)));
		Map<Integer, Set<Integer>> byCommunity = new HashMap<>();
		for (int i = 0; i < n; i++) {
			byCommunity.computeIfAbsent(communities[i], (c) -> new HashSet<>()).add(i);
		}
		return new UndirectedModularityMeasurer<>(graph).modularity(new ArrayList<>(byCommunity.values()));
	}

}
