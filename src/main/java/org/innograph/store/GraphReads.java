package org.innograph.store;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SimpleQueryRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.retry.RetryListener;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryState;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.core.retry.Retryable;
import org.springframework.dao.DataAccessException;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.data.neo4j.core.Neo4jPersistenceExceptionTranslator;
import org.springframework.data.neo4j.core.transaction.Neo4jBookmarkManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one way the read API runs Cypher: each statement in a read transaction (so a
 * cluster routes it to a reader) with a timeout, user input only as parameters. A read
 * that fails with a transient error (see {@link DatabaseFailures}) runs again in a new
 * transaction, a few times with a short backoff: reads change nothing, so running one
 * twice is safe. It counts statements, which is how the tests prove that a page of 20
 * entities costs a bounded number of queries, and retries, as the metric
 * {@code innograph.reads.retries}.
 * <p>
 * A GraphQL query runs all its statements in one read transaction
 * ({@link #inOneTransaction}): one begin and one commit per request instead of one per
 * statement, and on a cluster every level of a nested query reads from the same member.
 * That transaction is the driver's, begun with its first statement
 * ({@link PipelinedReadTransactions}), as is a single statement's own; only inside a
 * caller's Spring transaction (a mutation's) does a read join that one instead. Since a
 * failed statement spoils its transaction, a transient failure inside one makes the whole
 * unit run again, in a new transaction.
 */
public final class GraphReads {

	private static final Logger logger = LoggerFactory.getLogger(GraphReads.class);

	private static final Neo4jPersistenceExceptionTranslator EXCEPTIONS = new Neo4jPersistenceExceptionTranslator();

	private final Neo4jClient client;

	private final TransactionTemplate readTransactions;

	private final PipelinedReadTransactions units;

	// Null where reads are made without the application's configuration (tools, tests of
	// this class): there each text is planned in its first run.
	private final StatementPlans plans;

	private final Duration readTimeout;

	private final RetryTemplate retries;

	private final AtomicLong statements = new AtomicLong();

	private final AtomicLong transactions = new AtomicLong();

	// The unit of work running on this thread, if any: where a statement that fails
	// transiently inside it
	// leaves word, since the caller (graphql-java, say) may turn the exception into an
	// error in its answer.
	private final ThreadLocal<Unit> unit = new ThreadLocal<>();

	/**
	 * Reads with the given timeout and the default retries, counted in a registry of
	 * their own.
	 */
	public GraphReads(Driver driver, PlatformTransactionManager transactionManager, int timeoutSeconds) {
		this(driver, transactionManager, new GraphStoreProperties("", Duration.ofSeconds(10),
				Duration.ofSeconds(timeoutSeconds), 3, Duration.ofMillis(50), Duration.ofMillis(200)),
				new SimpleMeterRegistry());
	}

	/**
	 * Reads on {@code driver}, without bookmarks of an instance or a request, in the
	 * server's default database.
	 */
	public GraphReads(Driver driver, PlatformTransactionManager transactionManager, GraphStoreProperties properties,
			MeterRegistry meters) {
		this(Neo4jClient.create(driver), transactionManager,
				new PipelinedReadTransactions(driver, DatabaseSelectionProvider.getDefaultSelectionProvider(),
						Neo4jBookmarkManager.noop(), properties.readTimeout()),
				null, properties, meters);
	}

	GraphReads(Neo4jClient client, PlatformTransactionManager transactionManager, PipelinedReadTransactions units,
			StatementPlans plans, GraphStoreProperties properties, MeterRegistry meters) {
		this.client = client;
		this.units = units;
		this.plans = plans;
		this.readTimeout = properties.readTimeout();
		this.readTransactions = new TransactionTemplate(transactionManager);
		this.readTransactions.setReadOnly(true);
		this.readTransactions.setTimeout((int) properties.readTimeout().toSeconds());
		this.readTransactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRED);
		this.retries = new RetryTemplate(RetryPolicy.builder()
			.maxRetries(Math.max(0, properties.readAttempts() - 1))
			.delay(properties.readRetryDelay())
			.multiplier(2)
			.maxDelay(properties.readRetryMaxDelay())
			.predicate(DatabaseFailures::isTransient)
			.build());
		Counter retried = Counter.builder("innograph.reads.retries")
			.description("Read transactions run again after a transient database error")
			.register(meters);
		this.retries.setRetryListener(new RetryListener() {
			@Override
			public void beforeRetry(RetryPolicy policy, Retryable<?> retryable, RetryState state) {
				retried.increment();
				logger.warn("A read failed with a transient error after {} attempt(s) of {}; trying again: {}",
						state.getExceptions().size(), properties.readAttempts(),
						String.valueOf(state.getLastException()));
			}
		});
	}

	/** All rows of a read statement. */
	public List<Map<String, Object>> list(String cypher, Map<String, Object> parameters) {
		this.statements.incrementAndGet();
		Unit current = this.unit.get();
		if (current != null && current.transaction != null) {
			planAhead(cypher, parameters);
			try {
				return rows(current.transaction, cypher, parameters);
			}
			catch (RuntimeException ex) {
				current.failed(ex);
				throw ex;
			}
		}
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			// A caller's transaction (a mutation reading what it changes): the read joins
			// it, and sees its writes.
			return this.readTransactions.execute((status) -> {
				this.transactions.incrementAndGet();
				return List.copyOf(this.client.query(cypher).bindAll(parameters).fetch().all());
			});
		}
		return ownTransaction(cypher, parameters, this.readTimeout);
	}

	/**
	 * Runs {@code work}, whose reads all join one read transaction. When a statement in
	 * it failed with a transient error — whether the work let the exception out or turned
	 * it into part of its answer — the transaction is rolled back and the work runs again
	 * in a new one, as often as a single read would be; the last attempt's answer stands.
	 * Work must only read: it may run more than once.
	 */
	public <T> T inOneTransaction(Supplier<T> work) {
		if (this.unit.get() != null || TransactionSynchronizationManager.isActualTransactionActive()) {
			return work.get();
		}
		try {
			return this.retries.invoke(() -> attempt(work));
		}
		catch (FailedAttempt lastAttempt) {
			@SuppressWarnings("unchecked")
			T answer = (T) lastAttempt.answer;
			return answer;
		}
	}

	private <T> T attempt(Supplier<T> work) {
		Unit current = new Unit();
		this.unit.set(current);
		try {
			return this.units.execute((transaction) -> {
				current.transaction = transaction;
				this.transactions.incrementAndGet();
				T value = work.get();
				if (current.failure != null) {
					// Out of the transaction, which rolls it back: a failed statement
					// spoilt it.
					throw new FailedAttempt(value, current.failure);
				}
				return value;
			});
		}
		finally {
			this.unit.remove();
		}
	}

	/**
	 * All rows of a read statement the database stops after {@code timeout} instead of
	 * the read timeout: transactions take whole seconds, so it is rounded up to one at
	 * least. For statements whose work a caller bounds (a search that may expand much of
	 * the graph); a stopped statement fails as {@link DatabaseFailures#isTimeout} tells,
	 * and is not run again.
	 */
	public List<Map<String, Object>> list(String cypher, Map<String, Object> parameters, Duration timeout) {
		long seconds = Math.max(1, (timeout.toMillis() + 999) / 1000);
		int readTimeout = this.readTransactions.getTimeout();
		Duration limit = Duration.ofSeconds((readTimeout > 0) ? Math.min(readTimeout, seconds) : seconds);
		// A timeout holds only for a transaction of the statement's own: inside a query's
		// transaction (see inOneTransaction) this one runs beside it, in a session of its
		// own, and begins as a query's does, with its statement.
		this.statements.incrementAndGet();
		return ownTransaction(cypher, parameters, limit);
	}

	/**
	 * A text's first run is planned before its transaction's timeout runs
	 * ({@link StatementPlans}); once planned, a text returns at once. Not inside a
	 * caller's transaction (a mutation's): that one's limit is the caller's, and a
	 * write's statements are its own to count. Public for callers whose time limit spans
	 * several statements and should leave the planning out of it (path searches).
	 */
	public void planAhead(String cypher, Map<String, Object> parameters) {
		if (this.plans != null) {
			this.plans.ahead(cypher, parameters);
		}
	}

	/** How many statement texts were planned ahead of their first run; for tests. */
	public long plannedAheadCount() {
		return (this.plans != null) ? this.plans.plannedCount() : 0;
	}

	/**
	 * A statement in a read transaction of its own, begun with it, run again after a
	 * transient failure.
	 */
	private List<Map<String, Object>> ownTransaction(String cypher, Map<String, Object> parameters, Duration timeout) {
		planAhead(cypher, parameters);
		return retried(() -> this.units.execute((transaction) -> {
			this.transactions.incrementAndGet();
			return rows(transaction, cypher, parameters);
		}, timeout));
	}

	/** The rows of a statement in {@code transaction}, its failure translated. */
	private static List<Map<String, Object>> rows(SimpleQueryRunner transaction, String cypher,
			Map<String, Object> parameters) {
		try {
			return List.copyOf(transaction.run(cypher, parameters).list(Record::asMap));
		}
		catch (RuntimeException ex) {
			throw translated(ex);
		}
	}

	/** The single row of a read statement, if any. */
	public Optional<Map<String, Object>> one(String cypher, Map<String, Object> parameters) {
		List<Map<String, Object>> rows = list(cypher, parameters);
		return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
	}

	/**
	 * How many read transactions this instance has begun since it started: one per
	 * statement, or one per unit of {@link #inOneTransaction}.
	 */
	public long transactionCount() {
		return this.transactions.get();
	}

	/**
	 * How many read transactions have answered and wait for their COMMIT's answer (see
	 * {@link PipelinedReadTransactions}); for tests that count exchanges.
	 */
	int committing() {
		return this.units.committing();
	}

	/** How many statements this instance has run since it started. */
	public long statementCount() {
		return this.statements.get();
	}

	/**
	 * A unit of work under way on one thread, and the transient failure it met, if any.
	 */
	private static final class Unit {

		private SimpleQueryRunner transaction;

		private RuntimeException failure;

		void failed(RuntimeException ex) {
			if (this.failure == null && DatabaseFailures.isTransient(ex)) {
				this.failure = ex;
			}
		}

	}

	/**
	 * An attempt whose work finished with an answer but met a transient failure on the
	 * way: worth another attempt, and, when none is left, its answer is the one to give.
	 * Transient, as the failure it carries.
	 */
	private static final class FailedAttempt extends RuntimeException {

		private final transient Object answer;

		FailedAttempt(Object answer, RuntimeException failure) {
			super(failure.getMessage(), failure, false, false);
			this.answer = answer;
		}

	}

	private <T> T retried(Supplier<T> read) {
		// Inside a caller's transaction a failure has spoiled that transaction: only the
		// caller can start
		// again. Writes (the editing mutations) are never retried here or anywhere
		// automatically: a write the
		// server applied before the connection broke must not run twice; their clients
		// retry with the
		// optimistic version instead.
		if (this.unit.get() != null || TransactionSynchronizationManager.isActualTransactionActive()) {
			return read.get();
		}
		return this.retries.invoke(read);
	}

	/**
	 * A statement's failure as Spring Data Neo4j's client reports it (see
	 * {@link DatabaseFailures}), whether it ran through that client or in a unit's
	 * transaction.
	 */
	private static RuntimeException translated(RuntimeException ex) {
		DataAccessException translated = EXCEPTIONS.translateExceptionIfPossible(ex);
		return (translated != null) ? translated : ex;
	}

}
