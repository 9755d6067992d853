package org.innograph.store;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.time.Duration;
import java.util.Collection;
import java.util.Set;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Bookmark;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionCallback;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.Neo4jException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.data.neo4j.core.UserSelection;
import org.springframework.data.neo4j.core.transaction.Neo4jBookmarkManager;
import org.springframework.data.neo4j.core.transaction.Neo4jTransactionUtils;
import org.springframework.transaction.TransactionSystemException;

/**
 * Read transactions whose BEGIN goes out with their first statement, in one write to the
 * connection, instead of waiting for its answer first. A light read is a few round trips
 * to the database (begin, run and pull, commit), and on a loaded machine each costs a
 * thread wake-up or two on both sides: one round trip less was 3–17 % of a light read's
 * median, side by side (docs/performance.md).
 * <p>
 * The driver pipelines a BEGIN only for {@code Driver.executableQuery}, one statement per
 * transaction; its managed transactions offer the same through a method it does not
 * publish ({@code InternalSession.execute(…, flush)}), which is called here when the
 * driver has it. When it has not (another driver version), every transaction begins as
 * {@code Session.executeRead} begins it, with a round trip of its own, and
 * {@link #pipelined()} says so: {@code PipelinedReadsIT} fails then, so an upgrade that
 * loses the shortcut does not go unnoticed.
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

	// The driver's unpublished managed transaction with a flush flag, or null.
	private final MethodHandle execute;

	private final Object telemetry;

	PipelinedReadTransactions(Driver driver, DatabaseSelectionProvider databases, Neo4jBookmarkManager bookmarks,
			Duration timeout) {
		this.driver = driver;
		this.databases = databases;
		this.bookmarks = bookmarks;
		this.timeout = timeout;
		Shortcut shortcut = Shortcut.find();
		this.execute = shortcut.execute();
		this.telemetry = shortcut.telemetry();
	}

	/** Whether BEGIN goes out with the first statement. */
	boolean pipelined() {
		return this.execute != null;
	}

	/**
	 * Runs {@code work} in one read transaction and commits it; an exception out of the
	 * work rolls it back. The driver's own retries do not apply to the work: nothing it
	 * throws is one of the driver's retryable exceptions, and the application's driver
	 * does not retry what fails before or after it (see {@code DriverSettings}).
	 */
	<T> T execute(TransactionCallback<T> work) {
		return execute(work, this.timeout);
	}

	/**
	 * As {@link #execute(TransactionCallback)}, stopped by the database after
	 * {@code timeout}.
	 */
	<T> T execute(TransactionCallback<T> work, Duration timeout) {
		TransactionConfig config = TransactionConfig.builder().withTimeout(timeout).build();
		Collection<Bookmark> used = this.bookmarks.getBookmarks();
		try (Session session = this.driver.session(Neo4jTransactionUtils.sessionConfig(true, used,
				this.databases.getDatabaseSelection(), UserSelection.connectedUser()))) {
			T answer = run(session, new Guarded<>(work), config);
			Set<Bookmark> after = session.lastBookmarks();
			this.bookmarks.updateBookmarks(used, after);
			return answer;
		}
		catch (WorkFailed failed) {
			throw failed.getCause();
		}
		catch (Neo4jException ex) {
			throw new TransactionSystemException("A read transaction could not begin or commit", ex);
		}
	}

	@SuppressWarnings("unchecked")
	private <T> T run(Session session, TransactionCallback<T> work, TransactionConfig config) {
		if (this.execute == null || !Shortcut.SESSION.isInstance(session)) {
			return session.executeRead(work, config);
		}
		try {
			return (T) this.execute.invoke(session, AccessMode.READ, work, config, this.telemetry, false);
		}
		catch (RuntimeException | Error ex) {
			throw ex;
		}
		catch (Throwable ex) {
			throw new IllegalStateException(ex);
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

	private record Guarded<T>(TransactionCallback<T> work) implements TransactionCallback<T> {

		@Override
		public T execute(org.neo4j.driver.TransactionContext context) {
			try {
				return this.work.execute(context);
			}
			catch (RuntimeException ex) {
				throw new WorkFailed(ex);
			}
		}

	}

	/** The driver's managed transaction with a flush flag, looked up once. */
	private record Shortcut(MethodHandle execute, Object telemetry) {

		static final Class<?> SESSION = load("org.neo4j.driver.internal.InternalSession");

		static Shortcut find() {
			try {
				Class<?> telemetryApi = Class.forName("org.neo4j.bolt.connection.TelemetryApi");
				Object managed = telemetryApi.getField("MANAGED_TRANSACTION").get(null);
				var method = SESSION.getDeclaredMethod("execute", AccessMode.class, TransactionCallback.class,
						TransactionConfig.class, telemetryApi, boolean.class);
				method.setAccessible(true);
				MethodHandle handle = MethodHandles.lookup()
					.unreflect(method)
					.asType(MethodType.methodType(Object.class, Session.class, AccessMode.class,
							TransactionCallback.class, TransactionConfig.class, Object.class, boolean.class));
				return new Shortcut(handle, managed);
			}
			catch (ReflectiveOperationException | RuntimeException | LinkageError ex) {
				logger.info("This driver offers no pipelined BEGIN; each read transaction begins with a round trip "
						+ "of its own ({})", ex.toString());
				return new Shortcut(null, null);
			}
		}

		private static Class<?> load(String name) {
			try {
				return Class.forName(name);
			}
			catch (ClassNotFoundException ex) {
				return Void.class;
			}
		}

	}

}
