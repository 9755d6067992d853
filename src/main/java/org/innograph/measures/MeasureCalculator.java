package org.innograph.measures;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.innograph.graph.RelationshipType;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.alg.scoring.PageRank;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleDirectedGraph;
import org.jgrapht.graph.SimpleGraph;

/**
 * Computes every measure of a network in one go. Degrees count each relationship;
 * betweenness, PageRank and communities work on the simple graph behind it (entities
 * linked when any relationship joins them; a relationship of an entity to itself is left
 * out), because parallel relationships of different types between the same two entities
 * are one tie, not several routes.
 */
public final class MeasureCalculator {

	static final double DAMPING = 0.85;

	private static final int PAGE_RANK_ITERATIONS = 1000;

	private static final double PAGE_RANK_TOLERANCE = 1e-10;

	private MeasureCalculator() {
	}

	public static NetworkMeasures compute(Network network) {
		List<Network.Node> nodes = network.nodes();
		int n = nodes.size();
		Map<String, Integer> index = new HashMap<>();
		for (int i = 0; i < n; i++) {
			index.put(nodes.get(i).id(), i);
		}

		int[] degree = new int[n];
		int[] in = new int[n];
		int[] out = new int[n];
		List<Map<RelationshipType, Integer>> byType = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			byType.add(new EnumMap<>(RelationshipType.class));
		}
		// Vertices inserted in id order: JGraphT iterates in insertion order, which keeps
		// results stable.
		Graph<Integer, DefaultEdge> undirected = new SimpleGraph<>(DefaultEdge.class);
		Graph<Integer, DefaultEdge> directed = new SimpleDirectedGraph<>(DefaultEdge.class);
		for (int i = 0; i < n; i++) {
			undirected.addVertex(i);
			directed.addVertex(i);
		}
		Map<Long, Double> ties = new LinkedHashMap<>();
		for (Network.Link link : network.links()) {
			int from = index.get(link.from());
			int to = index.get(link.to());
			out[from]++;
			in[to]++;
			degree[from]++;
			byType.get(from).merge(link.type(), 1, Integer::sum);
			if (from == to) {
				continue;
			}
			degree[to]++;
			byType.get(to).merge(link.type(), 1, Integer::sum);
			undirected.addEdge(from, to);
			directed.addEdge(from, to);
			if (link.type().symmetric()) {
				directed.addEdge(to, from);
			}
			ties.put(Louvain.key(from, to), 1.0);
		}

		Map<Integer, Double> betweenness = (n > 0) ? new BetweennessCentrality<>(undirected, false).getScores()
				: Map.of();
		Map<Integer, Double> pageRank = (n > 0)
				? new PageRank<>(directed, DAMPING, PAGE_RANK_ITERATIONS, PAGE_RANK_TOLERANCE).getScores() : Map.of();
		int[] community = Louvain.communities(n, ties);
		int[] communitySize = new int[n];
		int communities = 0;
		for (int c : community) {
			communitySize[c]++;
			communities = Math.max(communities, c + 1);
		}
		double pairs = (n > 2) ? (n - 1) * (double) (n - 2) / 2 : 0;

		Map<String, EntityMeasures> byEntity = new HashMap<>();
		for (int i = 0; i < n; i++) {
			double between = betweenness.getOrDefault(i, 0.0);
			byEntity.put(nodes.get(i).id(),
					new EntityMeasures(degree[i], in[i], out[i], Map.copyOf(byType.get(i)), between,
							(pairs > 0) ? between / pairs : 0, pageRank.getOrDefault(i, 0.0), community[i],
							communitySize[community[i]]));
		}
		return new NetworkMeasures(network.fingerprint(), n, network.links().size(), communities,
				Louvain.modularity(n, ties, community), byEntity);
	}

}
