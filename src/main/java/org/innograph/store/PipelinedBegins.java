package org.innograph.store;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.function.Supplier;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The driver as Spring's transaction manager and {@code Neo4jClient} get it: its sessions
 * send an explicit transaction's BEGIN with the transaction's first statement, in one
 * write to the connection, instead of waiting for BEGIN's answer first. A mutation is a
 * few round trips (begin, lock and read, write, commit); on a loaded machine each costs a
 * thread wake-up or two on both sides, so one fewer is measurable (docs/performance.md).
 * <p>
 * {@code Session.beginTransaction} always waits for BEGIN in driver 6.1; the same method
 * without the wait exists, unpublished ({@code InternalSession.beginTransaction(…, flush,
 * …)}, which the driver's managed transactions use), and is called here the way the
 * published method calls its own, with the same observation. Sessions are otherwise the
 * driver's own. A BEGIN the database refuses (a bookmark it never issued, a database that
 * is not there) now fails the first statement instead of the begin, with the same driver
 * exception, and the transaction is rolled back as for any failed statement; a
 * transaction that runs nothing sends BEGIN with its COMMIT or ROLLBACK.
 * <p>
 * When the driver lacks the method (another version), the driver is handed on unchanged
 * and {@link #pipelined()} says so: {@code PipelinedBeginsIT} fails then, so an upgrade
 * that loses the shortcut does not go unnoticed. Reads of a query do not come this way:
 * they run in the driver's managed transactions ({@link PipelinedReadTransactions}).
 */
public final class PipelinedBegins {

	private static final Logger logger = LoggerFactory.getLogger(PipelinedBegins.class);

	private final Driver driver;

	private final Shortcut shortcut;

	/** The driver of {@code driver}'s connections whose transactions pipeline BEGIN. */
	public PipelinedBegins(Driver driver) {
		this.shortcut = Shortcut.find();
		this.driver = (this.shortcut != null) ? proxy(Driver.class, new Sessions(driver, this.shortcut)) : driver;
	}

	/**
	 * The driver to give Spring's transaction manager and {@code Neo4jClient}: both the
	 * same instance, since a transaction is found by the driver it was begun on.
	 */
	public Driver driver() {
		return this.driver;
	}

	/** Whether an explicit transaction's BEGIN goes out with its first statement. */
	public boolean pipelined() {
		return this.shortcut != null;
	}

	private static <T> T proxy(Class<T> type, InvocationHandler handler) {
		return type
			.cast(Proxy.newProxyInstance(PipelinedBegins.class.getClassLoader(), new Class<?>[] { type }, handler));
	}

	/**
	 * Calls {@code method} on {@code target}, throwing what the method threw (not the
	 * reflective wrapper).
	 */
	private static Object delegate(Object target, Method method, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

	/**
	 * What a proxy answers for Object's own methods: it is itself (a transaction is bound
	 * to it as a map key), not the driver or session it wraps.
	 */
	private static Object objectMethod(Object proxy, Method method, Object[] args, Object target) {
		return switch (method.getName()) {
			case "equals" -> proxy == args[0];
			case "hashCode" -> System.identityHashCode(proxy);
			default -> "pipelined BEGIN over " + target;
		};
	}

	/** The driver: every session it opens is wrapped. */
	private record Sessions(Driver target, Shortcut shortcut) implements InvocationHandler {

		@Override
		public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
			if (method.getDeclaringClass() == Object.class) {
				return objectMethod(proxy, method, args, this.target);
			}
			Object result = delegate(this.target, method, args);
			if (result instanceof Session session && Shortcut.SESSION.isInstance(session)) {
				return proxy(Session.class, new Begins(session, accessMode(args), this.shortcut));
			}
			return result;
		}

		/**
		 * The session's access mode, from the configuration it was opened with, as the
		 * driver takes it (a session without one writes).
		 */
		private static AccessMode accessMode(Object[] args) {
			if (args != null) {
				for (Object arg : args) {
					if (arg instanceof SessionConfig config) {
						return config.defaultAccessMode();
					}
				}
			}
			return SessionConfig.defaultConfig().defaultAccessMode();
		}

	}

	/** A session: its explicit transactions begin without waiting. */
	private record Begins(Session target, AccessMode mode, Shortcut shortcut) implements InvocationHandler {

		@Override
		public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
			if (method.getDeclaringClass() == Object.class) {
				return objectMethod(proxy, method, args, this.target);
			}
			if (method.getName().equals("beginTransaction")) {
				if (args == null || args.length == 0) {
					return this.shortcut.begin(this.target, this.mode, TransactionConfig.empty());
				}
				if (args.length == 1 && args[0] instanceof TransactionConfig config) {
					return this.shortcut.begin(this.target, this.mode, config);
				}
			}
			return delegate(this.target, method, args);
		}

	}

	/**
	 * The driver's begin with a flush flag, and what its published begin passes it (the
	 * session's observation of a begin, the telemetry of an unmanaged transaction),
	 * looked up once.
	 */
	private record Shortcut(MethodHandle observationProvider, MethodHandle observeBegin, MethodHandle observe,
			MethodHandle begin, Object telemetry) {

		static final Class<?> SESSION = load("org.neo4j.driver.internal.InternalSession");

		static Shortcut find() {
			try {
				MethodHandles.Lookup lookup = MethodHandles.lookup();
				Class<?> provider = Class.forName("org.neo4j.driver.internal.observation.DriverObservationProvider");
				Class<?> observation = Class.forName("org.neo4j.driver.internal.observation.Observation");
				Class<?> telemetryWork = Class.forName("org.neo4j.driver.internal.telemetry.ApiTelemetryWork");
				Class<?> telemetryApi = Class.forName("org.neo4j.bolt.connection.TelemetryApi");
				var providerField = SESSION.getDeclaredField("observationProvider");
				providerField.setAccessible(true);
				var begin = SESSION.getDeclaredMethod("beginTransaction", AccessMode.class, TransactionConfig.class,
						telemetryWork, boolean.class, observation);
				begin.setAccessible(true);
				Object unmanaged = telemetryWork.getConstructor(telemetryApi)
					.newInstance(telemetryApi.getField("UNMANAGED_TRANSACTION").get(null));
				return new Shortcut(
						lookup.unreflectGetter(providerField)
							.asType(MethodType.methodType(Object.class, Session.class)),
						lookup.unreflect(provider.getMethod("beginTransaction", Class.class))
							.asType(MethodType.methodType(Object.class, Object.class, Class.class)),
						lookup
							.unreflect(Class.forName("org.neo4j.driver.internal.observation.util.ObservationUtil")
								.getMethod("observe", observation, Supplier.class))
							.asType(MethodType.methodType(Object.class, Object.class, Supplier.class)),
						lookup.unreflect(begin)
							.asType(MethodType.methodType(Transaction.class, Session.class, AccessMode.class,
									TransactionConfig.class, Object.class, boolean.class, Object.class)),
						unmanaged);
			}
			catch (ReflectiveOperationException | RuntimeException | LinkageError ex) {
				logger.info("This driver offers no pipelined BEGIN for explicit transactions; each begins with a "
						+ "round trip of its own ({})", ex.toString());
				return null;
			}
		}

		/**
		 * What {@code session.beginTransaction(config)} does, without flushing BEGIN:
		 * observed as a begin, then the unpublished begin with {@code flush = false}.
		 */
		Transaction begin(Session session, AccessMode mode, TransactionConfig config) throws Throwable {
			Object observation = this.observeBegin.invoke(this.observationProvider.invoke(session), Transaction.class);
			Supplier<Object> begun = () -> {
				try {
					return (Transaction) this.begin.invoke(session, mode, config, this.telemetry, false, observation);
				}
				catch (RuntimeException | Error ex) {
					throw ex;
				}
				catch (Throwable ex) {
					throw new IllegalStateException(ex);
				}
			};
			return (Transaction) this.observe.invoke(observation, begun);
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
