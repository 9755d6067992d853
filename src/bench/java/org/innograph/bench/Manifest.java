package org.innograph.bench;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.innograph.graph.EntityKind;
import org.innograph.graph.RelationshipType;

/**
 * What a generated graph is known to contain, written next to the store so the benchmark
 * can check every answer: sample entities with their degrees, a region's member count,
 * search terms with their match counts, pairs of entities at a known distance.
 *
 * @param scale the scale label (10k, 100k, 1m)
 * @param nodes the node budget
 * @param seed the generator's seed
 * @param entities entities generated
 * @param relationships relationships between entities
 * @param evidence evidence records
 * @param kinds entities per kind (Neo4j label)
 * @param samples entities to ask for, a few hubs and random ones
 * @param region the region the list query filters by, with its organisation count
 * @param searches search terms with the number of synthetic entities whose names contain
 * them
 * @param pairs entity pairs with their distance, for {@code connections}
 * @param loadMillis time to load the store
 * @param storeBytes size of the store on disk after loading
 */
public record Manifest(String scale, int nodes, long seed, int entities, int relationships, int evidence,
		Map<String, Integer> kinds, List<Sample> samples, RegionCount region, List<SearchTerm> searches,
		List<Pair> pairs, long loadMillis, long storeBytes) {

	/** An entity to fetch and the degree it must report. */
	public record Sample(String id, String nameKo, String nameEn, String kind, int degree) {
	}

	/** A region and how many organisations are located in it. */
	public record RegionCount(String id, int organizations) {
	}

	/**
	 * A search term, how many synthetic entities contain it, and an entity that must be
	 * on the first page.
	 */
	public record SearchTerm(String label, String text, int matches, String mustFind) {
	}

	/**
	 * Two entities and the length of the shortest chain between them, through any entity
	 * (the breadth-first search that picked them); {@code expected} is the length the
	 * first chain {@code connections} returns must have under its rules (not through
	 * regions and sectors, stated links first), 0 when it must find none within its hop
	 * limit, null when not computed (then {@code distance}).
	 */
	public record Pair(String from, String to, int distance, Integer expected) {

		static Pair of(String from, String to, int distance) {
			return new Pair(from, to, distance, null);
		}

		/** The length the answer must have. */
		int expectedLength() {
			return (this.expected != null) ? this.expected : this.distance;
		}

	}

	/**
	 * This manifest with the expected length of every pair computed under the rules
	 * {@code connections} follows by default: no chain passes through a region or sector
	 * (it may start or end at one), and stated links come first. Manifests written before
	 * the rule name pairs by their distance through any entity; this recomputes them from
	 * the graph, so a store need not be generated again.
	 */
	Manifest underHubRule(KnownGraph graph) {
		Map<String, Integer> index = new java.util.HashMap<>();
		for (int e = 0; e < graph.entityCount(); e++) {
			index.put(graph.id(e), e);
		}
		java.util.function.IntPredicate hub = (e) -> graph.kind(e) == EntityKind.REGION
				|| graph.kind(e) == EntityKind.SECTOR;
		int[][] adjacency = graph.adjacency();
		int[][] statedAdjacency = graph.adjacency(graph::stated);
		List<Pair> recomputed = new ArrayList<>();
		for (Pair pair : this.pairs) {
			int maxHops = pair.distance() + 1;
			int from = index.get(pair.from());
			int to = index.get(pair.to());
			int stated = distance(statedAdjacency, from, to, hub);
			int any = distance(adjacency, from, to, hub);
			int expected = (stated > 0 && stated <= maxHops) ? stated : (any > 0 && any <= maxHops) ? any : 0;
			recomputed.add(new Pair(pair.from(), pair.to(), pair.distance(), expected));
		}
		return new Manifest(this.scale, this.nodes, this.seed, this.entities, this.relationships, this.evidence,
				this.kinds, this.samples, this.region, this.searches, recomputed, this.loadMillis, this.storeBytes);
	}

	static Manifest of(String scale, int nodes, KnownGraph graph, long loadMillis, long storeBytes) {
		SplittableRandom random = new SplittableRandom(graph.seed() + 1);
		Map<String, Integer> kinds = new LinkedHashMap<>();
		for (EntityKind kind : EntityKind.values()) {
			if (graph.count(kind) > 0) {
				kinds.put(kind.label(), graph.count(kind));
			}
		}
		int organizations = graph.count(EntityKind.ORGANIZATION);
		List<Sample> samples = new ArrayList<>();
		// The three best-connected organisations, then random ones.
		IntStream.range(0, organizations)
			.map((n) -> graph.entityOf(EntityKind.ORGANIZATION, n))
			.boxed()
			.sorted(Comparator.comparingInt(graph::degree).reversed())
			.limit(3)
			.forEach((e) -> samples.add(sample(graph, e)));
		while (samples.size() < 40) {
			samples.add(sample(graph, graph.entityOf(EntityKind.ORGANIZATION, random.nextInt(organizations))));
		}

		int[] located = new int[graph.entityCount()];
		for (int r = 0; r < graph.relationshipCount(); r++) {
			if (graph.relationshipType(r) == RelationshipType.LOCATED_IN
					&& graph.kind(graph.relationshipFrom(r)) == EntityKind.ORGANIZATION) {
				located[graph.relationshipTo(r)]++;
			}
		}
		// A region of middling size: the list query should be neither trivial nor the
		// worst case (in the
		// small seed, where few regions hold organisations, the third largest that holds
		// any).
		int[] regions = IntStream.range(0, graph.count(EntityKind.REGION))
			.map((n) -> graph.entityOf(EntityKind.REGION, n))
			.filter((e) -> located[e] > 0)
			.boxed()
			.sorted(Comparator.comparingInt((Integer e) -> located[e]).reversed())
			.mapToInt(Integer::intValue)
			.toArray();
		int region = regions[Math.min(2, regions.length - 1)];

		Sample probe = samples.get(5);
		String ko = probe.nameKo();
		String en = probe.nameEn().toLowerCase(Locale.ROOT);
		List<SearchTerm> searches = List.of(term(graph, "exact-ko", ko, probe.id()),
				term(graph, "ko-2", ko.substring(0, 2), null), term(graph, "ko-1", ko.substring(1, 2), null),
				term(graph, "en", (en.indexOf(' ') > 0) ? en.substring(0, en.indexOf(' ')) : en, null));

		int[][] adjacency = graph.adjacency();
		// connections follows stated links first and any link only when no stated path is
		// short enough: a pair
		// is known only where both rules give the same length (always, when every link is
		// stated).
		int[][] statedAdjacency = graph.adjacency(graph::stated);
		List<Pair> pairs = new ArrayList<>();
		for (int want : new int[] { 3, 5 }) {
			int maxHops = want + 1;
			for (int attempt = 0; attempt < 200
					&& pairs.stream().filter((p) -> p.distance() == want).count() < 5; attempt++) {
				int start = graph.entityOf(EntityKind.ORGANIZATION, random.nextInt(organizations));
				int target = farthestUpTo(adjacency, start, want, random);
				int stated = (target >= 0) ? distance(statedAdjacency, start, target) : -1;
				if (target >= 0 && (stated == want || stated < 0 || stated > maxHops)) {
					pairs.add(Pair.of(graph.id(start), graph.id(target), want));
				}
			}
		}
		return new Manifest(scale, nodes, graph.seed(), graph.entityCount(), graph.relationshipCount(),
				graph.evidenceCount(), kinds, samples, new RegionCount(graph.id(region), located[region]), searches,
				pairs, loadMillis, storeBytes);
	}

	private static Sample sample(KnownGraph graph, int entity) {
		return new Sample(graph.id(entity), graph.nameKo(entity), graph.nameEn(entity), graph.kind(entity).label(),
				graph.degree(entity));
	}

	private static SearchTerm term(KnownGraph graph, String label, String text, String mustFind) {
		String q = text.toLowerCase(Locale.ROOT);
		int matches = 0;
		for (int e = 0; e < graph.entityCount(); e++) {
			if (graph.searchText(e).contains(q)) {
				matches++;
			}
		}
		return new SearchTerm(label, text, matches, mustFind);
	}

	/**
	 * The number of hops from start to target (breadth first), or -1 when target cannot
	 * be reached.
	 */
	private static int distance(int[][] adjacency, int start, int target) {
		return distance(adjacency, start, target, (e) -> false);
	}

	/**
	 * {@link #distance(int[][], int, int)} without expanding from the entities
	 * {@code closed} names (other than the start): they may end a chain, not carry one.
	 */
	private static int distance(int[][] adjacency, int start, int target, java.util.function.IntPredicate closed) {
		int[] offsets = adjacency[0];
		int[] targets = adjacency[1];
		int[] depth = new int[offsets.length - 1];
		Arrays.fill(depth, -1);
		depth[start] = 0;
		ArrayDeque<Integer> queue = new ArrayDeque<>();
		queue.add(start);
		while (!queue.isEmpty()) {
			int node = queue.poll();
			if (node == target) {
				return depth[node];
			}
			if (node != start && closed.test(node)) {
				continue;
			}
			for (int i = offsets[node]; i < offsets[node + 1]; i++) {
				int next = targets[i];
				if (depth[next] < 0) {
					depth[next] = depth[node] + 1;
					queue.add(next);
				}
			}
		}
		return -1;
	}

	/** An entity exactly {@code distance} hops from start (breadth first), or -1. */
	private static int farthestUpTo(int[][] adjacency, int start, int distance, SplittableRandom random) {
		int[] offsets = adjacency[0];
		int[] targets = adjacency[1];
		int[] depth = new int[offsets.length - 1];
		Arrays.fill(depth, -1);
		depth[start] = 0;
		ArrayDeque<Integer> queue = new ArrayDeque<>();
		queue.add(start);
		List<Integer> atDistance = new ArrayList<>();
		while (!queue.isEmpty()) {
			int node = queue.poll();
			if (depth[node] == distance) {
				atDistance.add(node);
				continue;
			}
			for (int i = offsets[node]; i < offsets[node + 1]; i++) {
				int next = targets[i];
				if (depth[next] < 0) {
					depth[next] = depth[node] + 1;
					queue.add(next);
				}
			}
		}
		return atDistance.isEmpty() ? -1 : atDistance.get(random.nextInt(atDistance.size()));
	}

}
