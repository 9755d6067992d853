package org.innograph.store;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the application uses the database, embedded or external.
 *
 * @param database the database name on a server or cluster; blank for the server's
 * default
 * @param retryInterval how long to wait before preparing the database again when it was
 * unreachable
 * @param readTimeout the longest a read transaction may run before the database stops it
 * @param readAttempts how many times a read that fails with a transient error (lost
 * connection, cluster member gone, transient server error) is tried in all; 1 turns
 * retries off
 * @param readRetryDelay the wait before the second attempt of such a read; it doubles for
 * each further one
 * @param readRetryMaxDelay the longest wait between two attempts
 * @param requestTransaction whether all reads of one GraphQL query run in one read
 * transaction (one begin and commit per request instead of one per statement); off, each
 * statement runs in its own
 * @param driverObservations what of the driver's work is observed (timed and counted):
 * its connection pool only, or all of it (see {@link DriverSettings})
 */
@ConfigurationProperties("innograph.store")
public record GraphStoreProperties(@DefaultValue("") String database, @DefaultValue("10s") Duration retryInterval,
		@DefaultValue("10s") Duration readTimeout, @DefaultValue("3") int readAttempts,
		@DefaultValue("50ms") Duration readRetryDelay, @DefaultValue("200ms") Duration readRetryMaxDelay,
		@DefaultValue("true") boolean requestTransaction, @DefaultValue("pool") DriverObservations driverObservations) {

	/** The constructor properties bind to. */
	@ConstructorBinding
	public GraphStoreProperties {
	}

	/** With a transaction per request, as configured by default. */
	public GraphStoreProperties(String database, Duration retryInterval, Duration readTimeout, int readAttempts,
			Duration readRetryDelay, Duration readRetryMaxDelay) {
		this(database, retryInterval, readTimeout, readAttempts, readRetryDelay, readRetryMaxDelay, true,
				DriverObservations.POOL);
	}

	/** The values of {@code innograph.store.driver-observations}. */
	public enum DriverObservations {

		/** The connection pool's metrics only ({@link PoolObservations}). */
		POOL,

		/** Every observation the driver makes. */
		ALL

	}

}
