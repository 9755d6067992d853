package org.innograph.store;

import java.util.IdentityHashMap;
import java.util.Map;

import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.RetryableException;

import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.TransactionTimedOutException;

/**
 * Which failures of a read transaction are worth another attempt: those the database or the network
 * caused and that a new transaction may not meet again (a lost connection, a cluster member that left,
 * a leader switch, a transient server error). Never a timeout, a terminated transaction or a client
 * error: the same statement would fail the same way, only later.
 *
 * <p>
 * What arrives here, as checked against Spring Data Neo4j 8.1 and driver 6.1: statements fail with the
 * driver's exception translated by {@code Neo4jPersistenceExceptionTranslator}, which maps
 * {@code TransientException}, {@code ServiceUnavailableException}, {@code SessionExpiredException} and
 * {@code DiscoveryException} to {@code TransientDataAccessResourceException} and client errors to
 * non-transient exceptions; beginning and committing a transaction fail with a
 * {@code TransactionSystemException} whose cause is the driver's exception (retryable ones implement
 * {@link RetryableException}). The driver itself turns the server's
 * {@code Neo.TransientError.Transaction.Terminated} and {@code LockClientStopped} into client errors, so
 * a transaction stopped by its timeout or by an administrator is not transient here either.
 */
final class TransientReads {

	private TransientReads() {
	}

	/** Whether a read that failed with this exception may be run again in a new transaction. */
	static boolean isTransient(Throwable failure) {
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
		// Older servers and drivers report a stopped transaction with a transient code; it stays stopped.
		if (t instanceof Neo4jException neo4j && neo4j.code() != null) {
			String code = neo4j.code();
			return code.contains("Terminated") || code.contains("TimedOut") || code.contains("LockClientStopped");
		}
		return false;
	}

}
