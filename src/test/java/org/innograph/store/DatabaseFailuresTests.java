package org.innograph.store;

import org.innograph.api.ApiException;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.DatabaseException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransactionTerminatedException;
import org.neo4j.driver.exceptions.TransientException;

import org.springframework.dao.QueryTimeoutException;
import org.springframework.data.neo4j.core.Neo4jPersistenceExceptionTranslator;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.TransactionTimedOutException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which read failures are tried again: the driver's exceptions as Spring Data Neo4j
 * translates them (the translator of the real library, not a stand-in) and as its
 * transaction manager wraps them.
 */
class DatabaseFailuresTests {

	private static final Neo4jPersistenceExceptionTranslator translator = new Neo4jPersistenceExceptionTranslator();

	private static RuntimeException translated(RuntimeException driverException) {
		RuntimeException spring = translator.translateExceptionIfPossible(driverException);
		return (spring != null) ? spring : driverException;
	}

	@Test
	void lostConnectionsExpiredSessionsAndTransientServerErrorsAreRetried() {
		assertThat(DatabaseFailures.isTransient(translated(new ServiceUnavailableException(
				"Connection to the database terminated. Please ensure that your database is listening"))))
			.isTrue();
		assertThat(DatabaseFailures
			.isTransient(translated(new SessionExpiredException("Server at core-2 is no longer available")))).isTrue();
		assertThat(DatabaseFailures
			.isTransient(translated(new TransientException("Neo.TransientError.General.DatabaseUnavailable",
					"Database 'neo4j' is unavailable."))))
			.isTrue();
		assertThat(DatabaseFailures
			.isTransient(translated(new TransientException("Neo.TransientError.Transaction.BookmarkTimeout",
					"Database 'neo4j' not up to the requested version"))))
			.isTrue();
	}

	@Test
	void failuresToBeginOrCommitAreRetriedWhenTheirCauseIs() {
		// What Neo4jTransactionManager throws when it cannot open a session or commit.
		assertThat(DatabaseFailures.isTransient(new TransactionSystemException("Could not open a new Neo4j session",
				new ServiceUnavailableException("Unable to connect to 127.0.0.1:7687"))))
			.isTrue();
		assertThat(DatabaseFailures.isTransient(new TransactionSystemException("Could not open a new Neo4j session",
				new ClientException("Neo.ClientError.Database.DatabaseNotFound", "Database does not exist"))))
			.isFalse();
	}

	@Test
	void timeoutsAndTerminatedTransactionsAreNotRetried() {
		assertThat(DatabaseFailures.isTransient(
				translated(new ClientException("Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
						"The transaction has been terminated. The transaction has not completed within the timeout"))))
			.isFalse();
		assertThat(DatabaseFailures
			.isTransient(translated(new TransactionTerminatedException("Neo.ClientError.Transaction.Terminated",
					"The transaction has been terminated."))))
			.isFalse();
		// The server's code before the driver rewrites it: a stopped transaction stays
		// stopped.
		assertThat(DatabaseFailures
			.isTransient(translated(new TransientException("Neo.TransientError.Transaction.Terminated",
					"The transaction has been terminated."))))
			.isFalse();
		assertThat(DatabaseFailures
			.isTransient(translated(new TransientException("Neo.TransientError.Transaction.LockClientStopped",
					"The transaction has been terminated."))))
			.isFalse();
		assertThat(DatabaseFailures.isTransient(new TransactionTimedOutException("Transaction timed out"))).isFalse();
		// A Spring "transient" exception, but a timeout: the same read would time out
		// again.
		assertThat(DatabaseFailures.isTransient(new QueryTimeoutException("Query timed out"))).isFalse();
	}

	@Test
	void clientErrorsDatabaseErrorsAndOurOwnFailuresAreNotRetried() {
		assertThat(DatabaseFailures.isTransient(
				translated(new ClientException("Neo.ClientError.Statement.SyntaxError", "Invalid input 'MATC'"))))
			.isFalse();
		assertThat(DatabaseFailures.isTransient(translated(new ClientException("Neo.ClientError.Statement.AccessMode",
				"Writing in read access mode not allowed."))))
			.isFalse();
		assertThat(DatabaseFailures.isTransient(
				translated(new DatabaseException("Neo.DatabaseError.General.UnknownError", "Something broke"))))
			.isFalse();
		assertThat(DatabaseFailures.isTransient(ApiException.badRequest("no such kind"))).isFalse();
		assertThat(DatabaseFailures.isTransient(new IllegalStateException("bug"))).isFalse();
	}

	@Test
	void aTimeoutAnywhereInTheChainWins() {
		RuntimeException wrapped = new TransactionSystemException("commit failed",
				new TransactionTimedOutException("deadline", new ServiceUnavailableException("connection closed")));
		assertThat(DatabaseFailures.isTransient(wrapped)).isFalse();
	}

}
