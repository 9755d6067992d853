package org.innograph.paths;

import java.time.Duration;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * The database time the searches of one field may still spend: each statement gets what
 * is left as its timeout, and none starts once it is spent. Planning a statement the
 * database has not seen before is left out ({@link #leavingOut}): it happens once per
 * statement text after a start, and counted in, it made a new service's first search
 * answer TIMEOUT. The searches of one field run one after another, on one thread.
 */
final class SearchBudget {

	private final Duration total;

	private final LongSupplier nanoTime;

	private long deadline;

	private SearchBudget(Duration total, LongSupplier nanoTime) {
		this.total = total;
		this.nanoTime = nanoTime;
		this.deadline = nanoTime.getAsLong() + total.toNanos();
	}

	/** A budget of {@code total} from now. */
	static SearchBudget of(Duration total) {
		return new SearchBudget(total, System::nanoTime);
	}

	/**
	 * A budget of {@code total} on another clock ({@link System#nanoTime()}'s contract):
	 * lets a test spend it between two searches, which no real search does on demand.
	 */
	static SearchBudget of(Duration total, LongSupplier nanoTime) {
		return new SearchBudget(total, nanoTime);
	}

	/** The time left, or empty when it is spent. */
	Optional<Duration> left() {
		long left = this.deadline - this.nanoTime.getAsLong();
		return (left > 0) ? Optional.of(Duration.ofNanos(left)) : Optional.empty();
	}

	/**
	 * Does {@code work} without spending the budget: the deadline moves by the time it
	 * took.
	 */
	void leavingOut(Runnable work) {
		long started = this.nanoTime.getAsLong();
		try {
			work.run();
		}
		finally {
			this.deadline += this.nanoTime.getAsLong() - started;
		}
	}

	/** The whole budget, for saying what the limit was. */
	Duration total() {
		return this.total;
	}

}
