package org.innograph.measures;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Louvain community detection (Blondel et al., 2008) on an undirected weighted graph of
 * nodes {@code 0..n-1}: nodes move greedily to the neighbouring community with the best
 * modularity gain, then communities are merged into single nodes, until nothing moves.
 * JGraphT 1.5.3 has no Louvain; this one is small and fully deterministic (nodes in index
 * order, neighbours in index order, ties keep the current community), so the same graph
 * always gives the same communities.
 */
final class Louvain {

	private static final double EPSILON = 1e-12;

	private static final int MAX_LEVELS = 32;

	private static final int MAX_PASSES = 100;

	private Louvain() {
	}

	/**
	 * The community of each node, numbered from 0 by size, largest first (ties: the
	 * community holding the lowest node index first).
	 * @param n number of nodes
	 * @param weights the weight between each pair of distinct nodes, keyed by
	 * {@code i < j}; parallel edges should be summed into one weight
	 */
	static int[] communities(int n, Map<Long, Double> weights) {
		Level level = Level.of(n, weights);
		int[] membership = new int[n];
		for (int i = 0; i < n; i++) {
			membership[i] = i;
		}
		for (int round = 0; round < MAX_LEVELS; round++) {
			int[] local = level.moveNodes();
			int communities = renumber(local);
			if (communities == level.size()) {
				break;
			}
			for (int i = 0; i < n; i++) {
				membership[i] = local[membership[i]];
			}
			level = level.aggregate(local, communities);
		}
		return bySize(membership);
	}

	/** Newman's modularity of a partition of the same graph. */
	static double modularity(int n, Map<Long, Double> weights, int[] community) {
		double total = 0;
		double[] degree = new double[n];
		double inside = 0;
		for (Map.Entry<Long, Double> edge : weights.entrySet()) {
			int i = (int) (edge.getKey() >>> 32);
			int j = (int) (edge.getKey() & 0xffffffffL);
			double w = edge.getValue();
			total += w;
			degree[i] += w;
			degree[j] += w;
			if (community[i] == community[j]) {
				inside += w;
			}
		}
		if (total == 0) {
			return 0;
		}
		Map<Integer, Double> degreeByCommunity = new TreeMap<>();
		for (int i = 0; i < n; i++) {
			degreeByCommunity.merge(community[i], degree[i], Double::sum);
		}
		double expected = 0;
		for (double d : degreeByCommunity.values()) {
			expected += (d / (2 * total)) * (d / (2 * total));
		}
		return inside / total - expected;
	}

	static long key(int i, int j) {
		return (i < j) ? ((long) i << 32) | j : ((long) j << 32) | i;
	}

	/** Renumbers community labels 0..k-1 in order of first appearance; returns k. */
	private static int renumber(int[] labels) {
		Map<Integer, Integer> numbers = new LinkedHashMap<>();
		for (int i = 0; i < labels.length; i++) {
			labels[i] = numbers.computeIfAbsent(labels[i], (label) -> numbers.size());
		}
		return numbers.size();
	}

	private static int[] bySize(int[] membership) {
		int n = membership.length;
		Map<Integer, Integer> size = new TreeMap<>();
		Map<Integer, Integer> firstNode = new TreeMap<>();
		for (int i = 0; i < n; i++) {
			size.merge(membership[i], 1, Integer::sum);
			firstNode.putIfAbsent(membership[i], i);
		}
		List<Integer> order = new ArrayList<>(size.keySet());
		order.sort((a, b) -> (!size.get(a).equals(size.get(b))) ? Integer.compare(size.get(b), size.get(a))
				: Integer.compare(firstNode.get(a), firstNode.get(b)));
		int[] number = new int[n];
		for (int rank = 0; rank < order.size(); rank++) {
			number[order.get(rank)] = rank;
		}
		int[] result = new int[n];
		for (int i = 0; i < n; i++) {
			result[i] = number[membership[i]];
		}
		return result;
	}

	/**
	 * One level of the algorithm: a weighted graph whose nodes are the communities of the
	 * level below.
	 */
	private static final class Level {

		private final int size;

		/**
		 * Neighbours of each node with the weight to them, in index order; no
		 * self-entries.
		 */
		private final List<TreeMap<Integer, Double>> neighbours;

		/** Weight of each node's self-loop (the edges inside a merged community). */
		private final double[] selfLoops;

		/** Weighted degree of each node, self-loops counted twice. */
		private final double[] degrees;

		/** Twice the total edge weight. */
		private final double twiceTotal;

		private Level(int size, List<TreeMap<Integer, Double>> neighbours, double[] selfLoops) {
			this.size = size;
			this.neighbours = neighbours;
			this.selfLoops = selfLoops;
			this.degrees = new double[size];
			double sum = 0;
			for (int i = 0; i < size; i++) {
				double d = 2 * selfLoops[i];
				for (double w : neighbours.get(i).values()) {
					d += w;
				}
				this.degrees[i] = d;
				sum += d;
			}
			this.twiceTotal = sum;
		}

		static Level of(int n, Map<Long, Double> weights) {
			List<TreeMap<Integer, Double>> neighbours = new ArrayList<>();
			for (int i = 0; i < n; i++) {
				neighbours.add(new TreeMap<>());
			}
			double[] selfLoops = new double[n];
			weights.forEach((key, w) -> {
				int i = (int) (key >>> 32);
				int j = (int) (key & 0xffffffffL);
				if (i == j) {
					selfLoops[i] += w;
				}
				else {
					neighbours.get(i).merge(j, w, Double::sum);
					neighbours.get(j).merge(i, w, Double::sum);
				}
			});
			return new Level(n, neighbours, selfLoops);
		}

		int size() {
			return this.size;
		}

		/**
		 * Phase one: local moves until no node improves modularity by moving; the
		 * community of each node.
		 */
		int[] moveNodes() {
			int[] community = new int[this.size];
			double[] totals = new double[this.size];
			for (int i = 0; i < this.size; i++) {
				community[i] = i;
				totals[i] = this.degrees[i];
			}
			if (this.twiceTotal == 0) {
				return community;
			}
			for (int pass = 0; pass < MAX_PASSES; pass++) {
				boolean moved = false;
				for (int i = 0; i < this.size; i++) {
					int current = community[i];
					// Weight from i to each neighbouring community, in order of first
					// neighbour index.
					Map<Integer, Double> toCommunity = new LinkedHashMap<>();
					toCommunity.put(current, 0.0);
					this.neighbours.get(i).forEach((j, w) -> toCommunity.merge(community[j], w, Double::sum));
					totals[current] -= this.degrees[i];
					int best = current;
					double bestGain = gain(toCommunity.get(current), totals[current], i);
					for (Map.Entry<Integer, Double> candidate : toCommunity.entrySet()) {
						double g = gain(candidate.getValue(), totals[candidate.getKey()], i);
						if (g > bestGain + EPSILON) {
							best = candidate.getKey();
							bestGain = g;
						}
					}
					totals[best] += this.degrees[i];
					if (best != current) {
						community[i] = best;
						moved = true;
					}
				}
				if (!moved) {
					break;
				}
			}
			return community;
		}

		/**
		 * The modularity gain of putting node i into a community, up to a factor common
		 * to all candidates.
		 */
		private double gain(double weightToCommunity, double communityTotal, int i) {
			return weightToCommunity - communityTotal * this.degrees[i] / this.twiceTotal;
		}

		/**
		 * Phase two: one node per community, weights between communities summed, inner
		 * weights as loops.
		 */
		Level aggregate(int[] community, int communities) {
			List<TreeMap<Integer, Double>> merged = new ArrayList<>();
			for (int c = 0; c < communities; c++) {
				merged.add(new TreeMap<>());
			}
			double[] loops = new double[communities];
			for (int i = 0; i < this.size; i++) {
				loops[community[i]] += this.selfLoops[i];
				int ci = community[i];
				for (Map.Entry<Integer, Double> edge : this.neighbours.get(i).entrySet()) {
					int cj = community[edge.getKey()];
					if (ci == cj) {
						// Each inner edge is seen from both ends: half from each.
						loops[ci] += edge.getValue() / 2;
					}
					else {
						merged.get(ci).merge(cj, edge.getValue(), Double::sum);
					}
				}
			}
			return new Level(communities, merged, loops);
		}

	}

}
