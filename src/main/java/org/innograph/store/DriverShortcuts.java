package org.innograph.store;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Two things driver 6.1 does inside but does not offer its callers, reached here through
 * methods it does not publish, looked up once:
 * <ul>
 * <li><b>a BEGIN that waits for the first statement:</b> {@code Session.beginTransaction}
 * sends BEGIN and waits for its answer; the driver's managed transactions call a sibling
 * with a flush flag that queues BEGIN to go out with the first statement, one round trip
 * fewer, and its asynchronous form, which does not wait for the pool's connection
 * either;</li>
 * <li><b>a commit nobody waits for:</b> {@code Transaction.commit} and
 * {@code Session.close} block until the database answers; their asynchronous forms let a
 * read's caller go on with the answer it holds while COMMIT travels.</li>
 * </ul>
 * Each is called the way the driver's published method calls it, with the same kind of
 * observation from the driver's observation provider (a begin, a commit, a session's
 * close), with one difference: a transaction begun here and ended through
 * {@code Transaction.commit} or {@code rollback} ends within its begin's observation, as
 * the driver's managed transactions end within theirs, not in an observation of its own
 * (the application switches transaction observations off; its Bolt exchanges are observed
 * as before). {@link #find()} is empty when the driver lacks any of the methods (another
 * version): callers then use the published methods, and the tests that check the
 * shortcuts ({@code PipelinedBeginsIT}, {@code PipelinedReadsIT}) fail, so an upgrade
 * that loses them does not go unnoticed.
 */
final class DriverShortcuts {

	private static final Logger logger = LoggerFactory.getLogger(DriverShortcuts.class);

	/** The driver's session class, whose instances the shortcuts apply to. */
	static final Class<?> SESSION = load("org.neo4j.driver.internal.InternalSession");

	private static final Optional<DriverShortcuts> FOUND = lookUp();

	private final MethodHandle observations;

	private final MethodHandle observeBegin;

	private final MethodHandle observeCommit;

	private final MethodHandle observeClose;

	private final MethodHandle observe;

	private final MethodHandle begin;

	private final MethodHandle beginAsync;

	private final MethodHandle newTransaction;

	private final Object unmanaged;

	private final MethodHandle transactionOf;

	private final MethodHandle commitAsync;

	private final MethodHandle networkSessionOf;

	private final MethodHandle closeAsync;

	private DriverShortcuts(MethodHandles.Lookup lookup) throws ReflectiveOperationException {
		Class<?> provider = Class.forName("org.neo4j.driver.internal.observation.DriverObservationProvider");
		Class<?> observation = Class.forName("org.neo4j.driver.internal.observation.Observation");
		Class<?> telemetryWork = Class.forName("org.neo4j.driver.internal.telemetry.ApiTelemetryWork");
		Class<?> telemetryApi = Class.forName("org.neo4j.bolt.connection.TelemetryApi");
		Class<?> transaction = Class.forName("org.neo4j.driver.internal.InternalTransaction");
		Class<?> unmanagedTransaction = Class.forName("org.neo4j.driver.internal.async.UnmanagedTransaction");
		Class<?> networkSession = Class.forName("org.neo4j.driver.internal.async.NetworkSession");
		this.observations = getter(lookup, SESSION, "observationProvider", Session.class);
		this.observeBegin = observationOf(lookup, provider, "beginTransaction");
		this.observeCommit = observationOf(lookup, provider, "transactionCommit");
		this.observeClose = observationOf(lookup, provider, "sessionClose");
		this.observe = lookup
			.unreflect(Class.forName("org.neo4j.driver.internal.observation.util.ObservationUtil")
				.getMethod("observe", observation, Supplier.class))
			.asType(MethodType.methodType(Object.class, Object.class, Supplier.class));
		var begin = SESSION.getDeclaredMethod("beginTransaction", AccessMode.class, TransactionConfig.class,
				telemetryWork, boolean.class, observation);
		begin.setAccessible(true);
		this.begin = lookup.unreflect(begin)
			.asType(MethodType.methodType(Transaction.class, Session.class, AccessMode.class, TransactionConfig.class,
					Object.class, boolean.class, Object.class));
		this.beginAsync = lookup
			.unreflect(networkSession.getMethod("beginTransactionAsync", AccessMode.class, TransactionConfig.class,
					String.class, telemetryWork, boolean.class, observation))
			.asType(MethodType.methodType(CompletionStage.class, Object.class, AccessMode.class,
					TransactionConfig.class, String.class, Object.class, boolean.class, Object.class));
		this.newTransaction = lookup
			.unreflectConstructor(transaction.getConstructor(unmanagedTransaction, provider, observation))
			.asType(MethodType.methodType(Transaction.class, Object.class, Object.class, Object.class));
		this.unmanaged = telemetryWork.getConstructor(telemetryApi)
			.newInstance(telemetryApi.getField("UNMANAGED_TRANSACTION").get(null));
		this.transactionOf = getter(lookup, transaction, "tx", Transaction.class);
		this.commitAsync = lookup.unreflect(unmanagedTransaction.getMethod("commitAsync", observation))
			.asType(MethodType.methodType(CompletionStage.class, Object.class, Object.class));
		this.networkSessionOf = getter(lookup, SESSION, "session", Session.class);
		this.closeAsync = lookup.unreflect(networkSession.getMethod("closeAsync", observation))
			.asType(MethodType.methodType(CompletionStage.class, Object.class, Object.class));
	}

	/** The shortcuts, when this driver has them. */
	static Optional<DriverShortcuts> find() {
		return FOUND;
	}

	private static Optional<DriverShortcuts> lookUp() {
		try {
			return Optional.of(new DriverShortcuts(MethodHandles.lookup()));
		}
		catch (ReflectiveOperationException | RuntimeException | LinkageError ex) {
			logger.info("This driver offers no pipelined BEGIN or asynchronous commit to its callers; each "
					+ "transaction waits for its BEGIN and COMMIT ({})", ex.toString());
			return Optional.empty();
		}
	}

	/**
	 * Whether {@code session} is one of the driver's own, to which the shortcuts apply.
	 */
	static boolean applies(Session session) {
		return SESSION.isInstance(session);
	}

	/**
	 * What {@code session.beginTransaction(config)} does, without waiting for BEGIN's
	 * answer: BEGIN goes out with the transaction's first statement (or its end), and a
	 * BEGIN the database refuses fails that.
	 */
	Transaction begin(Session session, AccessMode mode, TransactionConfig config) {
		Object observation = call(() -> this.observeBegin.invoke(this.observations.invoke(session), Transaction.class));
		return (Transaction) call(() -> this.observe.invoke(observation, (Supplier<Object>) () -> call(
				() -> this.begin.invoke(session, mode, config, this.unmanaged, false, observation))));
	}

	/**
	 * What {@link #begin} does, without waiting for the session's connection: the stage
	 * completes with the transaction once the pool has handed a connection over and BEGIN
	 * is queued for the first statement. The pool hands it over on the driver's event
	 * loop, so a caller that waits at once waits for that thread's turn; one that has
	 * work of its own to do first can do it meanwhile. The begin's observation ends when
	 * the call returns, not when the stage completes.
	 */
	@SuppressWarnings("unchecked")
	CompletionStage<Transaction> beginAsync(Session session, AccessMode mode, TransactionConfig config) {
		Object provider = call(() -> this.observations.invoke(session));
		Object network = call(() -> this.networkSessionOf.invoke(session));
		Object observation = call(() -> this.observeBegin.invoke(provider, Transaction.class));
		CompletionStage<Object> begun = (CompletionStage<Object>) call(() -> this.observe
			.invoke(observation, (Supplier<Object>) () -> call(
					() -> this.beginAsync.invoke(network, mode, config, null, this.unmanaged, false, observation))));
		return begun.thenApply(
				(unmanaged) -> (Transaction) call(() -> this.newTransaction.invoke(unmanaged, provider, observation)));
	}

	/**
	 * Commits {@code transaction} (begun by {@link #begin} on {@code session}) and then
	 * closes the session, without waiting: the stage completes when both are done, with
	 * the commit's failure if it failed. The session is closed either way.
	 */
	CompletionStage<Void> commitThenClose(Transaction transaction, Session session) {
		Object provider = call(() -> this.observations.invoke(session));
		Object unmanaged = call(() -> this.transactionOf.invoke(transaction));
		CompletionStage<Void> committed = observed(provider, this.observeCommit, Transaction.class,
				(commit) -> this.commitAsync.invoke(unmanaged, commit));
		return committed.handle((ignored, failure) -> failure)
			.thenCompose((failure) -> closeLater(session).handle((closed, closeFailure) -> {
				if (failure != null) {
					throw (failure instanceof RuntimeException runtime) ? runtime : new IllegalStateException(failure);
				}
				return null;
			}));
	}

	/** Closes {@code session} without waiting; the stage completes when it is closed. */
	CompletionStage<Void> closeLater(Session session) {
		Object provider = call(() -> this.observations.invoke(session));
		Object network = call(() -> this.networkSessionOf.invoke(session));
		return observed(provider, this.observeClose, Session.class, (close) -> this.closeAsync.invoke(network, close));
	}

	/**
	 * An asynchronous call of the driver's, observed as its published counterpart
	 * observes it; a call that throws instead of returning a stage gives a failed stage.
	 */
	@SuppressWarnings("unchecked")
	private CompletionStage<Void> observed(Object provider, MethodHandle observation, Class<?> of, AsyncCall work) {
		try {
			Object observed = observation.invoke(provider, of);
			return (CompletionStage<Void>) this.observe.invoke(observed,
					(Supplier<Object>) () -> call(() -> work.start(observed)));
		}
		catch (Throwable ex) {
			return CompletableFuture.failedFuture(ex);
		}
	}

	private static MethodHandle getter(MethodHandles.Lookup lookup, Class<?> owner, String name, Class<?> as)
			throws ReflectiveOperationException {
		var field = owner.getDeclaredField(name);
		field.setAccessible(true);
		return lookup.unreflectGetter(field).asType(MethodType.methodType(Object.class, as));
	}

	private static MethodHandle observationOf(MethodHandles.Lookup lookup, Class<?> provider, String name)
			throws ReflectiveOperationException {
		return lookup.unreflect(provider.getMethod(name, Class.class))
			.asType(MethodType.methodType(Object.class, Object.class, Class.class));
	}

	/** A method handle's call, throwing what the method threw. */
	private static Object call(Invocation invocation) {
		try {
			return invocation.invoke();
		}
		catch (RuntimeException | Error ex) {
			throw ex;
		}
		catch (Throwable ex) {
			throw new IllegalStateException(ex);
		}
	}

	@FunctionalInterface
	private interface AsyncCall {

		Object start(Object observation) throws Throwable;

	}

	@FunctionalInterface
	private interface Invocation {

		Object invoke() throws Throwable;

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
