package org.innograph.measures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.innograph.api.PageInfo;
import org.innograph.entity.Entity;
import org.innograph.graph.EntityKind;

/**
 * Entities of a projection sorted by a measure, with competition ranks (1, 2, 2, 4 …).
 */
final class Rankings {

	private Rankings() {
	}

	/**
	 * Every ranked entity: highest value first, ties by id so the order is stable; equal
	 * values share a rank.
	 * @param among only entities of these kinds are ranked (empty: all); they are still
	 * measured within the whole projection
	 */
	static List<Ranked> rank(Measures.Measured measured, Measure measure, Set<EntityKind> among) {
		return rank(measured, measure, among, Set.of());
	}

	/**
	 * {@link #rank(Measures.Measured, Measure, Set)} ranking only entities of some
	 * sub-kinds too (empty: all).
	 */
	static List<Ranked> rank(Measures.Measured measured, Measure measure, Set<EntityKind> among,
			Set<String> amongTypes) {
		List<Ranked> entries = new ArrayList<>();
		for (Network.Node node : measured.network().nodes()) {
			if (!among.isEmpty() && !among.contains(EntityKind.ofLabel(node.kind()))) {
				continue;
			}
			if (!amongTypes.isEmpty() && (node.type() == null || !amongTypes.contains(node.type()))) {
				continue;
			}
			EntityMeasures measures = measured.measures().byEntity().get(node.id());
			entries.add(new Ranked(node.id(), 0, measures.value(measure), measures));
		}
		entries.sort(Comparator.comparingDouble(Ranked::value).reversed().thenComparing(Ranked::id));
		List<Ranked> ranked = new ArrayList<>(entries.size());
		for (int i = 0; i < entries.size(); i++) {
			Ranked entry = entries.get(i);
			boolean tie = i > 0 && sameValue(entries.get(i - 1).value(), entry.value());
			int rank = tie ? ranked.get(i - 1).rank() : i + 1;
			ranked.add(new Ranked(entry.id(), rank, entry.value(), entry.measures()));
		}
		return ranked;
	}

	/**
	 * Values computed by iteration (PageRank) differ in the last bits even when they are
	 * equal.
	 */
	private static boolean sameValue(double a, double b) {
		return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
	}

	/** An entity's place in a ranking. */
	record Ranked(String id, int rank, double value, EntityMeasures measures) {
	}

	/** A page of a ranking. */
	record RankingConnection(List<RankingEdge> edges, PageInfo pageInfo, int totalCount, NetworkMeasures network) {

		public List<Entity> nodes() {
			return this.edges.stream().map(RankingEdge::node).toList();
		}

	}

	/** An entity in a ranking. */
	record RankingEdge(String cursor, int rank, double value, Entity node, EntityMeasures measures) {
	}

}
