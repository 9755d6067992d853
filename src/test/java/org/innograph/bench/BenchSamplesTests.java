package org.innograph.bench;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * A cell measured in slices, the targets taking turns: the slices of one target add up to
 * one result.
 */
class BenchSamplesTests {

	private static final long MS = 1_000_000;

	@Test
	void slicesMergeIntoOneResult() {
		BenchRunner.Samples first = new BenchRunner.Samples(new long[] { 3 * MS, 1 * MS, 2 * MS }, 0, 1_000 * MS);
		BenchRunner.Samples second = new BenchRunner.Samples(new long[] { 5 * MS, 4 * MS }, 1, 1_500 * MS);

		BenchRunner.Result result = BenchRunner.Samples.merge(List.of(first, second)).result("Q1", "app", 4);

		assertThat(result.requests()).isEqualTo(5);
		assertThat(result.errors()).isEqualTo(1);
		// The median of 1..5 ms, and five answers over the 2.5 s the two slices took.
		assertThat(result.p50()).isEqualTo(3.0);
		assertThat(result.p99()).isEqualTo(5.0);
		assertThat(result.throughput()).isEqualTo(2.0);
	}

	@Test
	void aResultDoesNotReorderTheSamplesItWasGiven() {
		long[] latencies = { 3 * MS, 1 * MS, 2 * MS };
		new BenchRunner.Samples(latencies, 0, 1_000 * MS).result("Q1", "app", 1);
		assertThat(latencies).containsExactly(3 * MS, 1 * MS, 2 * MS);
	}

	@Test
	void everyRoundNeedsASliceOfTheDuration() {
		assertThatIllegalArgumentException().isThrownBy(() -> options(0, Duration.ofSeconds(4)));
		assertThatIllegalArgumentException().isThrownBy(() -> options(5, Duration.ofNanos(4)));
		assertThat(options(4, Duration.ofSeconds(4)).rounds()).isEqualTo(4);
	}

	private static BenchRunner.Options options(int rounds, Duration duration) {
		return new BenchRunner.Options(null, null, null, null, null, List.of(1), duration, Duration.ZERO, Duration.ZERO,
				rounds, null, null, null);
	}

}
