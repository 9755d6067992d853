package org.innograph.paths;

import java.time.Duration;
import java.util.Optional;

/**
 * The database time the searches of one field may still spend: each statement gets what
 * is left as its timeout, and none starts once it is spent.
 */
final class SearchBudget {

	private final Duration total;

	private final long deadline;

	private SearchBudget(Duration total) {
		this.total = total;
		this.deadline = System.nanoTime() + total.toNanos();
	}

	/** A budget of {@code total} from now. */
	static SearchBudget of(Duration total) {
		return new SearchBudget(total);
	}

	/** The time left, or empty when it is spent. */
	Optional<Duration> left() {
		long left = this.deadline - System.nanoTime();
		return (left > 0) ? Optional.of(Duration.ofNanos(left)) : Optional.empty();
	}

	/** The whole budget, for saying what the limit was. */
	Duration total() {
		return this.total;
	}

}
