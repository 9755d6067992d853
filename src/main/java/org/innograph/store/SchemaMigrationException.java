package org.innograph.store;

/**
 * The graph schema cannot be brought up to date without a person: a migration that ran
 * was edited or removed, or a migration failed. Trying again would fail the same way, so
 * the start stops.
 */
public class SchemaMigrationException extends IllegalStateException {

	SchemaMigrationException(String message) {
		super(message);
	}

	SchemaMigrationException(String message, Throwable cause) {
		super(message, cause);
	}

}
