package org.innograph.store;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Optional;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;

/**
 * The driver as Spring's transaction manager and {@code Neo4jClient} get it: its sessions
 * send an explicit transaction's BEGIN with the transaction's first statement, in one
 * write to the connection, instead of waiting for BEGIN's answer first. A mutation is a
 * few round trips (begin, lock and read, write, commit); on a loaded machine each costs a
 * thread wake-up or two on both sides, so one fewer is measurable (docs/performance.md).
 * <p>
 * {@code Session.beginTransaction} always waits for BEGIN in driver 6.1; the begin
 * without the wait is one of the {@link DriverShortcuts}. Sessions are otherwise the
 * driver's own. A BEGIN the database refuses (a bookmark it never issued, a database that
 * is not there) now fails the first statement instead of the begin, with the same driver
 * exception, and the transaction is rolled back as for any failed statement; a
 * transaction that runs nothing sends BEGIN with its COMMIT or ROLLBACK.
 * <p>
 * When the driver lacks the shortcut (another version), the driver is handed on unchanged
 * and {@link #pipelined()} says so: {@code PipelinedBeginsIT} fails then, so an upgrade
 * that loses it does not go unnoticed. Reads of a query do not come this way:
 * {@link PipelinedReadTransactions} begins them itself, and does not wait for their
 * COMMIT, which a mutation must.
 */
final class PipelinedBegins {

	private final Driver driver;

	private final Optional<DriverShortcuts> shortcuts;

	/** The driver of {@code driver}'s connections whose transactions pipeline BEGIN. */
	PipelinedBegins(Driver driver) {
		this.shortcuts = DriverShortcuts.find();
		this.driver = this.shortcuts.<Driver>map((found) -> proxy(Driver.class, new Sessions(driver, found)))
			.orElse(driver);
	}

	/**
	 * The driver to give Spring's transaction manager and {@code Neo4jClient}: both the
	 * same instance, since a transaction is found by the driver it was begun on.
	 */
	Driver driver() {
		return this.driver;
	}

	/** Whether an explicit transaction's BEGIN goes out with its first statement. */
	boolean pipelined() {
		return this.shortcuts.isPresent();
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
	private record Sessions(Driver target, DriverShortcuts shortcuts) implements InvocationHandler {

		@Override
		public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
			if (method.getDeclaringClass() == Object.class) {
				return objectMethod(proxy, method, args, this.target);
			}
			Object result = delegate(this.target, method, args);
			if (result instanceof Session session && DriverShortcuts.applies(session)) {
				return proxy(Session.class, new Begins(session, accessMode(args), this.shortcuts));
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
	private record Begins(Session target, AccessMode mode, DriverShortcuts shortcuts) implements InvocationHandler {

		@Override
		public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
			if (method.getDeclaringClass() == Object.class) {
				return objectMethod(proxy, method, args, this.target);
			}
			if (method.getName().equals("beginTransaction")) {
				if (args == null || args.length == 0) {
					return this.shortcuts.begin(this.target, this.mode, TransactionConfig.empty());
				}
				if (args.length == 1 && args[0] instanceof TransactionConfig config) {
					return this.shortcuts.begin(this.target, this.mode, config);
				}
			}
			return delegate(this.target, method, args);
		}

	}

}
