package org.innograph.store;

import java.util.IdentityHashMap;
import java.util.Map;

import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.RetryableException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.TransactionTimedOutException;

/**
 * The one place that reads the database driver's failures: whether the database was
 * unreachable, refused a bookmark, stopped a transaction for its time, refused a
 * duplicate id, or failed in a way a new transaction may not meet again.
 *
 * <p>
 * Which failures of a read transaction are worth another attempt: those the database or
 * the network caused and that a new transaction may not meet again (a lost connection, a
 * cluster member that left, a leader switch, a transient server error). Never a timeout,
 * a terminated transaction or a client error: the same statement would fail the same way,
 * only later.
 *
 * <p>
 * What arrives here, as checked against Spring Data Neo4j 8.1 and driver 6.1: statements
 * fail with the driver's exception translated by
 * {@code Neo4jPersistenceExceptionTranslator}, which maps {@code TransientException},
 * {@code ServiceUnavailableException}, {@code SessionExpiredException} and
 * {@code DiscoveryException} to {@code TransientDataAccessResourceException} and client
 * errors to non-transient exceptions; beginning and committing a transaction fail with a
 * {@code TransactionSystemException} whose cause is the driver's exception (retryable
 * ones implement {@link RetryableException}). The driver itself turns the server's
 * {@code Neo.TransientError.Transaction.Terminated} and {@code LockClientStopped} into
 * client errors, so a transaction stopped by its timeout or by an administrator is not
 * transient here either.
 */
public final class DatabaseFailures {

	private DatabaseFailures() {
	}

	/**
	 * Whether a read that failed with this exception may be run again in a new
	 * transaction.
	 */
	public static boolean isTransient(Throwable failure) {
		boolean transientCause = false;
		Map<Throwable, Boolean> seen = new IdentityHashMap<>();
		for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
			if (neverRetried(t)) {
				return false;
			}
			if (t instanceof TransientDataAccessException || t instanceof RetryableException) {
				transientCause = true;
			}
		}
		return transientCause;
	}

	private static boolean neverRetried(Throwable t) {
		if (t instanceof TransactionTimedOutException || t instanceof QueryTimeoutException
				|| t instanceof ClientException) {
			return true;
		}
		// Older servers and drivers report a stopped transaction with a transient code;
		// it stays stopped.
		if (t instanceof Neo4jException neo4j && neo4j.code() != null) {
			String code = neo4j.code();
			return code.contains("Terminated") || code.contains("TimedOut") || code.contains("LockClientStopped");
		}
		return false;
	}

	/**
	 * Whether the database could not be reached (down, restarting, or the connection
	 * lost).
	 */
	public static boolean isUnavailable(Throwable ex) {
		for (Throwable t = ex; t != null; t = (t.getCause() != t) ? t.getCause() : null) {
			if (t instanceof ServiceUnavailableException || t instanceof SessionExpiredException
					|| t instanceof DataAccessResourceFailureException) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the database refused the bookmarks a transaction began with (a well-formed
	 * header whose bookmark the database never issued): the client's mistake, not ours.
	 */
	public static boolean isRejectedBookmark(Throwable ex) {
		for (Throwable t = ex; t != null; t = (t.getCause() != t) ? t.getCause() : null) {
			if (t instanceof ClientException client && ((client.code() != null && client.code().contains("Bookmark"))
					|| String.valueOf(client.getMessage()).contains("supplied bookmarks"))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether a bookmark wait ended without the bookmark: the server's own wait ran out
	 * ({@code Neo.TransientError.Transaction.BookmarkTimeout}) or the pool had no
	 * connection within the wait. Call after {@link #isUnavailable} and
	 * {@link #isRejectedBookmark}, which take precedence.
	 */
	public static boolean isBookmarkNotReached(Throwable failure) {
		return failure instanceof TransientException || failure instanceof ClientException;
	}

	/**
	 * Whether the database stopped the transaction for running too long: the read timeout
	 * this service sets ({@code …TransactionTimedOutClientConfiguration}), the server's
	 * own ({@code …TransactionTimedOut}), a stopped lock client
	 * ({@code …LockClientStopped}), or, from older servers, a transient "terminated".
	 */
	public static boolean isTimeout(Throwable ex) {
		for (Throwable t = ex; t != null; t = (t.getCause() != t) ? t.getCause() : null) {
			if (t instanceof TransientException transientException && transientException.code() != null
					&& transientException.code().contains("Terminated")) {
				return true;
			}
			if (t instanceof Neo4jException neo4j && neo4j.code() != null
					&& neo4j.code().contains("TransactionTimedOut")) {
				return true;
			}
			if (t instanceof TransactionTimedOutException) {
				return true;
			}
			// Stopped by its timeout while it held or asked for a lock (a read of the
			// 1M store, under load): the server says LockClientStopped, the driver makes
			// it a client error. An administrator's stop reads the same, which for a
			// read under a timeout of ours is the rarer cause.
			if (t instanceof Neo4jException neo4j && neo4j.code() != null
					&& neo4j.code().endsWith(".LockClientStopped")) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the database refused a write because a uniqueness constraint holds the
	 * value already.
	 */
	public static boolean isTakenId(Throwable ex) {
		for (Throwable t = ex; t != null; t = (t.getCause() != t) ? t.getCause() : null) {
			if (t instanceof Neo4jException neo4j
					&& "Neo.ClientError.Schema.ConstraintValidationFailed".equals(neo4j.code())) {
				return true;
			}
		}
		return false;
	}

}
