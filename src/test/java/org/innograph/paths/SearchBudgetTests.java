package org.innograph.paths;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class SearchBudgetTests {

	private final AtomicLong now = new AtomicLong(1_000_000_000L);

	private final SearchBudget budget = SearchBudget.of(Duration.ofSeconds(1), this.now::get);

	@Test
	void timeSpentBetweenSearchesIsSpent() {
		this.now.addAndGet(Duration.ofMillis(400).toNanos());

		assertThat(this.budget.left()).contains(Duration.ofMillis(600));
		this.now.addAndGet(Duration.ofMillis(600).toNanos());
		assertThat(this.budget.left()).isEmpty();
	}

	@Test
	void workLeftOutSpendsNothing() {
		this.now.addAndGet(Duration.ofMillis(300).toNanos());

		// Planning that takes longer than the whole budget.
		this.budget.leavingOut(() -> this.now.addAndGet(Duration.ofSeconds(5).toNanos()));

		assertThat(this.budget.left()).contains(Duration.ofMillis(700));
		assertThat(this.budget.total()).isEqualTo(Duration.ofSeconds(1));
	}

	@Test
	void workLeftOutThatFailsSpendsNothingEither() {
		assertThatIllegalStateException().isThrownBy(() -> this.budget.leavingOut(() -> {
			this.now.addAndGet(Duration.ofSeconds(2).toNanos());
			throw new IllegalStateException("plan failed");
		}));

		assertThat(this.budget.left()).contains(Duration.ofSeconds(1));
	}

}
