package org.innograph.store;

import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Bookmark;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Query;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SimpleQueryRunner;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionCallback;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.Neo4jException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.data.neo4j.core.UserSelection;
import org.springframework.data.neo4j.core.transaction.Neo4jBookmarkManager;
import org.springframework.data.neo4j.core.transaction.Neo4jTransactionUtils;
import org.springframework.transaction.TransactionSystemException;

/**
 * Read transactions that cost the request one round trip to the database, not three:
 * BEGIN goes out with the first statement, in one write to the connection, and the caller
 * has its answer as soon as the last statement's records are in, while COMMIT travels. A
 * light read is a few round trips (begin, run and pull, commit), and on a loaded machine
 * each costs a thread wake-up or two on both sides (docs/performance.md).
 * <p>
 * Answering before COMMIT's answer is safe for a read: every record was received, with
 * the statement's summary, before the work returned, and a read transaction's commit
 * changes nothing; a commit that fails is logged, and the session is closed either way.
 * The session is handed back to the driver's pool once COMMIT is answered; its bookmarks
 * are learned then. A failure inside the work rolls the transaction back before the
 * caller hears of it.
 * <p>
 * Nor does the work wait for its connection before it needs one: the pool hands a
 * connection over on the driver's event loop, and a request thread that waited for it at
 * once waited for that thread's turn (half a millisecond, in about a third of the light
 * requests measured on two busy cores). The transaction's first statement waits for it
 * instead, so a GraphQL query is validated meanwhile, and one that reads nothing never
 * waits; its transaction ends when the connection comes. A begin that failed fails the
 * unit ({@link ReadNotBegun}) when its work read, whatever the work made of its
 * statement's failure; when nothing was read, it is only logged.
 * <p>
 * All three are {@link DriverShortcuts}, methods driver 6.1 has but does not publish.
 * When it has not (another driver version), every transaction begins and commits as
 * {@code Session.executeRead} does, waiting for each, and {@link #pipelined()} says so:
 * {@code PipelinedReadsIT} fails then, so an upgrade that loses the shortcuts does not go
 * unnoticed.
 * <p>
 * Sessions are configured as Spring Data Neo4j configures them (its
 * {@code Neo4jTransactionUtils.sessionConfig}): the database selected, and the bookmarks
 * of the instance and of the request ({@link Neo4jBookmarkManager}), which learns the
 * bookmarks the transaction ends with. A failure to get a connection, begin or commit is
 * a {@link TransactionSystemException} whose cause is the driver's, as from Spring's
 * transaction manager; a statement's failure inside the work is the work's own.
 */
final class PipelinedReadTransactions {

	private static final Logger logger = LoggerFactory.getLogger(PipelinedReadTransactions.class);

	private final Driver driver;

	private final DatabaseSelectionProvider databases;

	private final Neo4jBookmarkManager bookmarks;

	private final Duration timeout;

	private final Optional<DriverShortcuts> shortcuts;

	// Transactions whose COMMIT is on its way: read by tests, which count exchanges.
	private final AtomicInteger committing = new AtomicInteger();

	PipelinedReadTransactions(Driver driver, DatabaseSelectionProvider databases, Neo4jBookmarkManager bookmarks,
			Duration timeout) {
		this.driver = driver;
		this.databases = databases;
		this.bookmarks = bookmarks;
		this.timeout = timeout;
		this.shortcuts = DriverShortcuts.find();
	}

	/**
	 * Whether BEGIN goes out with the first statement and the caller does not wait for
	 * COMMIT.
	 */
	boolean pipelined() {
		return this.shortcuts.isPresent();
	}

	/** How many transactions have answered and still wait for their COMMIT's answer. */
	int committing() {
		return this.committing.get();
	}

	/**
	 * Runs {@code work} in one read transaction and commits it; an exception out of the
	 * work rolls it back. Nothing runs the work again: the application retries a failed
	 * read itself (see {@link GraphReads}), and the application's driver does not retry
	 * what fails before or after it (see {@code DriverSettings}).
	 */
	<T> T execute(Function<SimpleQueryRunner, T> work) {
		return execute(work, this.timeout);
	}

	/**
	 * As {@link #execute(Function)}, stopped by the database after {@code timeout}.
	 */
	<T> T execute(Function<SimpleQueryRunner, T> work, Duration timeout) {
		TransactionConfig config = TransactionConfig.builder().withTimeout(timeout).build();
		Collection<Bookmark> used = this.bookmarks.getBookmarks();
		Session session = this.driver.session(Neo4jTransactionUtils.sessionConfig(true, used,
				this.databases.getDatabaseSelection(), UserSelection.connectedUser()));
		if (this.shortcuts.isEmpty() || !DriverShortcuts.applies(session)) {
			return waitingForEach(session, work, config, used);
		}
		DriverShortcuts shortcuts = this.shortcuts.get();
		BegunOnFirstUse transaction;
		try {
			transaction = new BegunOnFirstUse(shortcuts.beginAsync(session, AccessMode.READ, config));
		}
		catch (Neo4jException ex) {
			throw closing(new ReadNotBegun(ex), session);
		}
		T answer;
		try {
			answer = work.apply(transaction);
		}
		catch (RuntimeException | Error ex) {
			if (!transaction.used()) {
				end(transaction, shortcuts, session, used);
				throw ex;
			}
			Transaction begun;
			try {
				begun = transaction.begun(session);
			}
			catch (ReadNotBegun notBegun) {
				// What the work met; the begin's failure is the cause.
				notBegun.addSuppressed(ex);
				throw notBegun;
			}
			try (session; begun) {
				begun.rollback();
			}
			catch (RuntimeException closing) {
				ex.addSuppressed(closing);
			}
			throw ex;
		}
		if (transaction.used()) {
			// The work's statements had the transaction; a begin that failed fails here
			// too, whatever the work made of it.
			transaction.begun(session);
		}
		end(transaction, shortcuts, session, used);
		return answer;
	}

	/**
	 * Commits the transaction and closes the session without waiting, once the begin is
	 * done: at once when a statement ran, later when none did. When the begin failed,
	 * nothing was read, so nothing is lost and nobody waits: the session is only closed.
	 * Both may run on the driver's event loop, so nothing here blocks.
	 */
	private void end(BegunOnFirstUse transaction, DriverShortcuts shortcuts, Session session,
			Collection<Bookmark> used) {
		this.committing.incrementAndGet();
		transaction.beginning.whenComplete((begun, notBegun) -> {
			if (notBegun != null) {
				this.committing.decrementAndGet();
				logger.debug("A read transaction that ran nothing could not begin: {}", String.valueOf(notBegun));
				shortcuts.closeLater(session);
				return;
			}
			shortcuts.commitThenClose(begun, session).whenComplete((done, failure) -> {
				this.committing.decrementAndGet();
				if (failure != null) {
					logger.warn("A read transaction answered, then failed to commit: {}", String.valueOf(failure));
				}
				else {
					this.bookmarks.updateBookmarks(used, session.lastBookmarks());
				}
			});
		});
	}

	/** {@code failure}, with {@code session} closed. */
	private static ReadNotBegun closing(ReadNotBegun failure, Session session) {
		try {
			session.close();
		}
		catch (RuntimeException closing) {
			failure.addSuppressed(closing);
		}
		return failure;
	}

	/**
	 * A read transaction that could not begin: the connection could not be had, or the
	 * driver refused to begin. Nothing was read.
	 */
	static final class ReadNotBegun extends TransactionSystemException {

		ReadNotBegun(Throwable cause) {
			super("A read transaction could not begin", cause);
		}

	}

	/**
	 * A transaction whose begin is under way: its first statement waits for it, so the
	 * work before that statement (a GraphQL document's validation, say) runs while the
	 * driver gets the connection, and work without a statement never waits.
	 */
	private static final class BegunOnFirstUse implements SimpleQueryRunner {

		private final CompletableFuture<Transaction> beginning;

		private boolean used;

		BegunOnFirstUse(CompletionStage<Transaction> beginning) {
			this.beginning = beginning.toCompletableFuture();
		}

		boolean used() {
			return this.used;
		}

		/**
		 * The transaction, once begun; a {@link ReadNotBegun}, with the session closed,
		 * when it could not be.
		 */
		Transaction begun(Session session) {
			try {
				return joined();
			}
			catch (ReadNotBegun failure) {
				throw closing(failure, session);
			}
		}

		private Transaction forStatement() {
			this.used = true;
			return joined();
		}

		private Transaction joined() {
			try {
				return this.beginning.join();
			}
			catch (CompletionException | CancellationException ex) {
				throw new ReadNotBegun((ex.getCause() != null) ? ex.getCause() : ex);
			}
		}

		@Override
		public Result run(String query, Value parameters) {
			return forStatement().run(query, parameters);
		}

		@Override
		public Result run(String query, Map<String, Object> parameters) {
			return forStatement().run(query, parameters);
		}

		@Override
		public Result run(String query, Record parameters) {
			return forStatement().run(query, parameters);
		}

		@Override
		public Result run(String query) {
			return forStatement().run(query);
		}

		@Override
		public Result run(Query query) {
			return forStatement().run(query);
		}

	}

	/** The published way: a managed transaction, waiting for BEGIN and COMMIT. */
	private <T> T waitingForEach(Session session, Function<SimpleQueryRunner, T> work, TransactionConfig config,
			Collection<Bookmark> used) {
		try (session) {
			T answer = session.executeRead(new Guarded<>(work), config);
			this.bookmarks.updateBookmarks(used, session.lastBookmarks());
			return answer;
		}
		catch (WorkFailed failed) {
			throw failed.getCause();
		}
		catch (Neo4jException ex) {
			throw new TransactionSystemException("A read transaction could not begin or commit", ex);
		}
	}

	/**
	 * Carries what the work threw past the driver, which would run the work again itself
	 * for a retryable exception (retrying is the caller's decision, see
	 * {@link GraphReads}).
	 */
	private static final class WorkFailed extends RuntimeException {

		WorkFailed(RuntimeException cause) {
			super(cause.getMessage(), cause, false, false);
		}

		@Override
		public synchronized RuntimeException getCause() {
			return (RuntimeException) super.getCause();
		}

	}

	private record Guarded<T>(Function<SimpleQueryRunner, T> work) implements TransactionCallback<T> {

		@Override
		public T execute(TransactionContext context) {
			try {
				return this.work.apply(context);
			}
			catch (RuntimeException ex) {
				throw new WorkFailed(ex);
			}
		}

	}

}
