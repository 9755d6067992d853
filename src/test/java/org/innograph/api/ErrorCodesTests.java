package org.innograph.api;

import org.innograph.store.DatabaseFailures;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;

import org.springframework.data.neo4j.core.Neo4jPersistenceExceptionTranslator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Database failures as they reach the resolver (translated by Spring Data Neo4j) get the
 * right code.
 */
class ErrorCodesTests {

	private static final Neo4jPersistenceExceptionTranslator translator = new Neo4jPersistenceExceptionTranslator();

	private static RuntimeException translated(RuntimeException driverException) {
		RuntimeException translated = translator.translateExceptionIfPossible(driverException);
		return (translated != null) ? translated : driverException;
	}

	@Test
	void aReadStoppedByItsOwnTimeoutIsATimeout() {
		assertThat(DatabaseFailures.isTimeout(
				translated(new ClientException("Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
						"The transaction has not completed within the timeout specified at its start by the client."))))
			.isTrue();
	}

	@Test
	void aReadStoppedByTheServersTimeoutIsATimeout() {
		assertThat(DatabaseFailures
			.isTimeout(translated(new ClientException("Neo.ClientError.Transaction.TransactionTimedOut",
					"The transaction has not completed within the specified timeout (db.transaction.timeout)."))))
			.isTrue();
	}

	@Test
	void aReadStoppedByItsTimeoutWhileHoldingALockIsATimeout() {
		// As the embedded database answered a chain search at 1M past its time limit.
		assertThat(DatabaseFailures.isTimeout(translated(new ClientException(
				"Neo.ClientError.Transaction.LockClientStopped",
				"The transaction has been terminated. Retry your operation in a new transaction, and you should see a "
						+ "successful result. The transaction has been terminated, so no more locks can be acquired."))))
			.isTrue();
	}

	@Test
	void otherClientErrorsAndOutagesAreNotTimeouts() {
		assertThat(DatabaseFailures
			.isTimeout(translated(new ClientException("Neo.ClientError.Statement.SyntaxError", "bad")))).isFalse();
		assertThat(DatabaseFailures.isTimeout(translated(new ServiceUnavailableException("down")))).isFalse();
		assertThat(DatabaseFailures.isUnavailable(translated(new ServiceUnavailableException("down")))).isTrue();
	}

	@Test
	void aRequiredValueLeftNullIsTheServicesFaultAndARefusedDocumentTheClients() {
		assertThat(ErrorCodes.defaultCode(graphql.ErrorType.NullValueInNonNullableField))
			.isEqualTo(ErrorCode.INTERNAL_ERROR);
		assertThat(ErrorCodes.defaultCode(graphql.ErrorType.ValidationError)).isEqualTo(ErrorCode.BAD_REQUEST);
		assertThat(ErrorCodes.defaultCode(graphql.ErrorType.InvalidSyntax)).isEqualTo(ErrorCode.BAD_REQUEST);
	}

}
