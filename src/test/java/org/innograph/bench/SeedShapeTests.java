package org.innograph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import tools.jackson.dataformat.yaml.YAMLMapper;

import org.innograph.graph.EntityKind;
import org.innograph.seed.Seed;
import org.innograph.seed.SeedFiles;
import org.innograph.seed.SeedReader;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed as the benchmark's known graph: counts, degrees and the facts the seed-scale
 * run checks.
 */
class SeedShapeTests {

	private static final SeedShape seed = SeedShape.read();

	@Test
	void holdsEveryEntityAndRelationshipOfTheSeedGroupedByKind() {
		// Counted here from the YAML files themselves, not through the seed reader
		// SeedShape uses.
		assertThat(seed.entityCount()).isEqualTo(countInSeedFiles("entities"));
		assertThat(seed.relationshipCount()).isEqualTo(countInSeedFiles("relationships"));
		int byKind = 0;
		for (EntityKind kind : EntityKind.values()) {
			for (int n = 0; n < seed.count(kind); n++) {
				assertThat(seed.kind(seed.entityOf(kind, n))).isEqualTo(kind);
			}
			byKind += seed.count(kind);
		}
		assertThat(byKind).isEqualTo(seed.entityCount());
	}

	@Test
	void degreesCountBothEndsOfEveryRelationship() {
		long sum = 0;
		for (int e = 0; e < seed.entityCount(); e++) {
			sum += seed.degree(e);
		}
		assertThat(sum).isEqualTo(2L * seed.relationshipCount());
		int kari = indexOf("org:kari");
		long kariLinks = java.util.stream.IntStream.range(0, seed.relationshipCount())
			.filter((r) -> seed.relationshipFrom(r) == kari || seed.relationshipTo(r) == kari)
			.count();
		assertThat(seed.degree(kari)).isEqualTo((int) kariLinks).isPositive();
	}

	@Test
	void theManifestHasSamplesSearchTermsAndPairsAtBothDistances() {
		Manifest manifest = Manifest.of("seed", 0, seed, 0, 0);
		assertThat(manifest.samples()).hasSize(40);
		assertThat(manifest.region().organizations()).isPositive();
		assertThat(manifest.searches()).extracting(Manifest.SearchTerm::label)
			.containsExactly("exact-ko", "ko-2", "ko-1", "en");
		assertThat(manifest.searches()).allSatisfy((term) -> assertThat(term.matches()).isPositive());
		assertThat(manifest.pairs()).extracting(Manifest.Pair::distance).contains(3, 5);
		assertThat(manifest.evidence()).isGreaterThan(1_500);
	}

	/**
	 * The answer check runs the reads of the three targets side by side and the writes
	 * one target after another: only the mutation may count as a write.
	 */
	@Test
	void theMutationIsTheMixsOnlyWrite() {
		List<Workload.Query> mix = Workload.mix(Manifest.of("seed", 0, seed, 0, 0));
		assertThat(mix).filteredOn(Workload.Query::writes).extracting(Workload.Query::name).containsExactly("Q8");
		assertThat(mix).hasSizeGreaterThan(10);
	}

	/**
	 * connections answers with a path of stated links when one is short enough, and with
	 * any path otherwise: every pair the run checks has its length under that rule,
	 * counted here from the seed files themselves.
	 */
	@Test
	void everyPairHasItsLengthUnderTheStatedFirstRule() {
		Seed files = new SeedReader().read(SeedFiles.fromLocation("classpath:graph-seed/"));
		for (Manifest.Pair pair : Manifest.of("seed", 0, seed, 0, 0).pairs()) {
			int maxHops = pair.distance() + 1;
			int stated = hops(files, pair.from(), pair.to(), true);
			int expected = (stated >= 0 && stated <= maxHops) ? stated : hops(files, pair.from(), pair.to(), false);
			assertThat(expected).as(pair.toString()).isEqualTo(pair.distance());
		}
	}

	/**
	 * Under the hub rule the run checks each pair against the length connections must
	 * answer by default: no chain through a region or sector, stated links first, none
	 * beyond the hop limit (0). Counted here from the seed files, by ids.
	 */
	@Test
	void everyPairsExpectedLengthFollowsTheHubRule() {
		Seed files = new SeedReader().read(SeedFiles.fromLocation("classpath:graph-seed/"));
		Manifest manifest = Manifest.of("seed", 0, seed, 0, 0).underHubRule(seed);
		assertThat(manifest.pairs()).isNotEmpty();
		for (Manifest.Pair pair : manifest.pairs()) {
			int maxHops = pair.distance() + 1;
			int stated = hops(files, pair.from(), pair.to(), true, false);
			int any = hops(files, pair.from(), pair.to(), false, false);
			int expected = (stated >= 0 && stated <= maxHops) ? stated : (any >= 0 && any <= maxHops) ? any : 0;
			assertThat(pair.expected()).as(pair.toString()).isEqualTo(expected);
			assertThat(pair.expectedLength()).isEqualTo(expected);
		}
	}

	private static int hops(Seed files, String from, String to, boolean statedOnly) {
		return hops(files, from, to, statedOnly, true);
	}

	/**
	 * Breadth first over the seed's relationships (only the stated ones, if asked), or
	 * -1; without {@code throughHubs}, regions and sectors other than the start are
	 * reached but not left.
	 */
	private static int hops(Seed files, String from, String to, boolean statedOnly, boolean throughHubs) {
		Map<String, List<String>> next = new HashMap<>();
		for (Seed.Relationship r : files.relationships()) {
			if (!statedOnly || r.basis() == null || r.basis().equals("STATED")) {
				next.computeIfAbsent(r.from(), (k) -> new ArrayList<>()).add(r.to());
				next.computeIfAbsent(r.to(), (k) -> new ArrayList<>()).add(r.from());
			}
		}
		Map<String, Integer> depth = new HashMap<>(Map.of(from, 0));
		ArrayDeque<String> queue = new ArrayDeque<>(List.of(from));
		while (!queue.isEmpty()) {
			String node = queue.poll();
			if (node.equals(to)) {
				return depth.get(node);
			}
			if (!throughHubs && !node.equals(from) && (node.startsWith("region:") || node.startsWith("sector:"))) {
				continue;
			}
			for (String other : next.getOrDefault(node, List.of())) {
				if (depth.putIfAbsent(other, depth.get(node) + 1) == null) {
					queue.add(other);
				}
			}
		}
		return -1;
	}

	private static int indexOf(String id) {
		return List
			.of(java.util.stream.IntStream.range(0, seed.entityCount()).mapToObj(seed::id).toArray(String[]::new))
			.indexOf(id);
	}

	/** How many records the seed's YAML files list under {@code field}. */
	private static int countInSeedFiles(String field) {
		YAMLMapper yaml = YAMLMapper.builder().build();
		try (Stream<Path> files = Files.walk(Path.of("graph-seed"))) {
			return files.filter((file) -> file.toString().endsWith(".yaml"))
				.filter((file) -> !file.toString().contains("checklists"))
				.mapToInt((file) -> yaml.readTree(file.toFile()).path(field).size())
				.sum();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
