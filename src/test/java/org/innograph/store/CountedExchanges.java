package org.innograph.store;

import java.util.List;

import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.search.RequiredSearch;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.innograph.support.TestDatabase;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.observation.micrometer.MicrometerObservationProvider;

/**
 * A driver of a test's own on the test database, with one pooled connection whose Bolt
 * exchanges are observed as the application's are, so that a test can count them; and the
 * nodes the test marks with a label of its own, named and removed.
 */
final class CountedExchanges implements AutoCloseable {

	private static final String EXCHANGES = "neo4j.bolt.client.exchange.duration";

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	private final Driver driver;

	private final String mark;

	/** A driver whose test marks its nodes with the label {@code mark}. */
	CountedExchanges(String mark) {
		this.mark = mark;
		ObservationRegistry observations = ObservationRegistry.create();
		observations.observationConfig().observationHandler(new DefaultMeterObservationHandler(this.meters));
		this.driver = GraphDatabase.driver(TestDatabase.uri(), TestDatabase.authToken(),
				Config.builder()
					.withObservationProvider(MicrometerObservationProvider.builder(observations).build())
					.withMaxConnectionPoolSize(1)
					.build());
	}

	Driver driver() {
		return this.driver;
	}

	/** The exchanges with the database so far. */
	long exchanges() {
		return RequiredSearch.in(this.meters)
			.name(EXCHANGES)
			.timers()
			.stream()
			.mapToLong((timer) -> timer.count())
			.sum();
	}

	/** The {@code name} of every marked node. */
	List<String> marks() {
		try (var session = this.driver.session()) {
			return session.run("MATCH (n:" + this.mark + ") RETURN n.name AS name")
				.list((row) -> row.get("name").asString());
		}
	}

	/** Removes the marked nodes and closes the driver. */
	@Override
	public void close() {
		try (var session = this.driver.session()) {
			session.run("MATCH (n:" + this.mark + ") DELETE n").consume();
		}
		this.driver.close();
	}

}
