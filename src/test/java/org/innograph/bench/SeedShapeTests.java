package org.innograph.bench;

import java.util.List;

import org.innograph.graph.EntityKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The seed as the benchmark's known graph: counts, degrees and the facts the seed-scale run checks. */
class SeedShapeTests {

	private static final SeedShape seed = SeedShape.read();

	@Test
	void holdsEveryEntityAndRelationshipOfTheSeedGroupedByKind() {
		assertThat(seed.entityCount()).isEqualTo(523);
		assertThat(seed.relationshipCount()).isEqualTo(823);
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

	private static int indexOf(String id) {
		return List.of(java.util.stream.IntStream.range(0, seed.entityCount()).mapToObj(seed::id).toArray(String[]::new))
			.indexOf(id);
	}

}
