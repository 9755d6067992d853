package org.innograph.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.IntStream;

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

	@Test
	void eachSliceGoesOnWithTheVariantsWhereTheLastOneStopped() throws Exception {
		// A slow query answers a few requests per slice: were every slice to start at
		// the first variant, the cell would measure the first few (the hubs) alone.
		List<Workload.Variant> variants = IntStream.range(0, 1000)
			.mapToObj((i) -> new Workload.Variant(Map.of("i", i), (answer) -> true, "any"))
			.toList();
		Workload.Query query = new Workload.Query("Q3", "slow", "", "", variants, null);
		List<Integer> taken = Collections.synchronizedList(new ArrayList<>());
		BenchRunner.Target slow = new SleepingTarget("slow", 5, (q) -> {
		}, (variant) -> taken.add((Integer) variant.variables().get("i")));

		List<BenchRunner.Result> results = BenchRunner.cell(query, List.of(slow), 1,
				options(4, Duration.ofMillis(200)));

		assertThat(results).singleElement().extracting(BenchRunner.Result::target).isEqualTo("slow");
		assertThat(taken).as("four slices of one client").hasSizeGreaterThan(4);
		assertThat(taken).isEqualTo(IntStream.range(0, taken.size()).boxed().toList());
	}

	@Test
	void eachSliceIsPreparedBeforeItsFirstRequest() throws Exception {
		// A mutation's versions are made current before each slice, so that no measured
		// request carries a read of them.
		List<Workload.Variant> variants = List.of(new Workload.Variant(Map.of("id", "a"), (answer) -> true, "any"),
				new Workload.Variant(Map.of("id", "b"), (answer) -> true, "any"),
				new Workload.Variant(Map.of("id", "a"), (answer) -> true, "any"));
		Workload.Query query = new Workload.Query("Q8", "writes", "mutation M { m }", "", variants, null);
		List<String> events = Collections.synchronizedList(new ArrayList<>());
		BenchRunner.Target target = new SleepingTarget("app", 2, (q) -> events.add("prepare " + q.edits()),
				(variant) -> events.add("execute"));

		BenchRunner.cell(query, List.of(target), 1, options(3, Duration.ofMillis(90)));

		List<Integer> prepares = IntStream.range(0, events.size())
			.filter((i) -> events.get(i).startsWith("prepare"))
			.boxed()
			.toList();
		assertThat(prepares).as("one a slice, the first before any request").hasSize(3).first().isEqualTo(0);
		assertThat(events).filteredOn((e) -> e.startsWith("prepare")).containsOnly("prepare [a, b]");
		assertThat(events).filteredOn("execute"::equals).hasSizeGreaterThan(3);
	}

	@Test
	void aReadEditsNothing() {
		List<Workload.Variant> variants = List.of(new Workload.Variant(Map.of("id", "a"), (answer) -> true, "any"));
		assertThat(new Workload.Query("Q1", "reads", "query Q { q }", "", variants, null).edits()).isEmpty();
	}

	/**
	 * A target whose every request takes {@code millis} and succeeds, telling
	 * {@code prepared} and {@code executed} of each call.
	 */
	private record SleepingTarget(String name, long millis, Consumer<Workload.Query> prepared,
			Consumer<Workload.Variant> executed) implements BenchRunner.Target {

		@Override
		public void prepare(Workload.Query query) {
			this.prepared.accept(query);
		}

		@Override
		public boolean execute(Workload.Query query, Workload.Variant variant) throws Exception {
			this.executed.accept(variant);
			Thread.sleep(this.millis);
			return true;
		}

		@Override
		public Workload.Answer answer(Workload.Query query, Workload.Variant variant) {
			return new Workload.Answer(0, List.of());
		}

	}

	private static BenchRunner.Options options(int rounds, Duration duration) {
		return new BenchRunner.Options(null, null, null, null, null, List.of(1), duration, Duration.ZERO, Duration.ZERO,
				Duration.ZERO, rounds, null, null, null);
	}

}
