package org.innograph.store;

import java.time.Duration;
import java.util.function.Function;

import org.neo4j.driver.Driver;
import org.neo4j.driver.SimpleQueryRunner;

import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.data.neo4j.core.transaction.Neo4jBookmarkManager;

/**
 * Read transactions as the application runs a query's ({@link PipelinedReadTransactions}:
 * BEGIN sent with the first statement, the answer taken before COMMIT is answered), for
 * the benchmark's raw-driver floor, which runs the application's statements the way the
 * application runs them. Package-private in the application; this class lives in the
 * benchmark's own source set (src/bench/java) and reaches it from the same package.
 */
public final class BenchAccess {

	private final PipelinedReadTransactions transactions;

	/** Transactions on {@code driver}'s default database, without bookmarks. */
	public BenchAccess(Driver driver) {
		this.transactions = new PipelinedReadTransactions(driver,
				DatabaseSelectionProvider.getDefaultSelectionProvider(), Neo4jBookmarkManager.noop(),
				Duration.ofMinutes(1));
	}

	/** Runs {@code work} in one read transaction. */
	public <T> T read(Function<SimpleQueryRunner, T> work) {
		return this.transactions.execute(work);
	}

	/**
	 * Whether BEGIN goes out with the first statement and COMMIT is not waited for, as in
	 * the application.
	 */
	public boolean pipelined() {
		return this.transactions.pipelined();
	}

}
