package org.innograph.store;

import java.net.URI;

import io.micrometer.observation.ObservationRegistry;
import org.neo4j.driver.internal.observation.DriverObservationProvider;
import org.neo4j.driver.internal.observation.NoopObservationProvider;
import org.neo4j.driver.internal.observation.Observation;
import org.neo4j.driver.observation.micrometer.MicrometerObservationProvider;

/**
 * The driver's observations cut to its connection pool: the pool's metrics
 * ({@code db.client.connection.*}: connections created, in use, idle, waited for) stay,
 * and nothing is observed per session, transaction, statement, result or Bolt message.
 * <p>
 * Micrometer's provider for the driver makes an observation, with its timers, for every
 * exchange of messages with the database: three or more per query, most of them on the
 * driver's network thread, which passes each answer on to the request. On a light query
 * that bookkeeping was about a quarter of that thread's time and a twentieth of the
 * service's (docs/performance.md). The request's own timers
 * ({@code http.server.requests}, {@code graphql.request}) still say how long a request
 * took. An operator who wants the driver's timers too sets
 * {@code innograph.store.driver-observations=all}, which gives the driver Micrometer's
 * provider unchanged.
 * <p>
 * Switching those observations off through Micrometer's predicates
 * ({@code management.observations.enable.neo4j.bolt=false}) is no way: the driver then
 * fails every session (it casts the context of each Bolt exchange's observation, and a
 * switched-off one has none). Here the driver gets its own no-op observations, which it
 * makes when it has no provider; a kind of observation a later driver adds is a no-op
 * too.
 */
final class PoolObservations extends NoopObservationProvider {

	private final DriverObservationProvider observed;

	PoolObservations(ObservationRegistry registry) {
		// Micrometer's provider is the driver's own kind; the cast is what the driver
		// does to any provider it is given.
		this.observed = (DriverObservationProvider) MicrometerObservationProvider.builder(registry).build();
	}

	@Override
	public Observation connectionPoolCreate(String id, URI uri, int maxSize) {
		return this.observed.connectionPoolCreate(id, uri, maxSize);
	}

	@Override
	public Observation connectionPoolClose(String id, URI uri) {
		return this.observed.connectionPoolClose(id, uri);
	}

	@Override
	public Observation pooledConnectionCreate(String id, URI uri) {
		return this.observed.pooledConnectionCreate(id, uri);
	}

	@Override
	public Observation pooledConnectionClose(String id, URI uri) {
		return this.observed.pooledConnectionClose(id, uri);
	}

	@Override
	public Observation pooledConnectionAcquire(String id, URI uri) {
		return this.observed.pooledConnectionAcquire(id, uri);
	}

	@Override
	public Observation pooledConnectionInUse(String id, URI uri) {
		return this.observed.pooledConnectionInUse(id, uri);
	}

}
