package org.innograph.store;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;
import org.neo4j.bolt.connection.BoltProtocolVersion;
import org.neo4j.driver.Config;
import org.neo4j.driver.Session;
import org.neo4j.driver.internal.observation.BoltExchangeObservation;
import org.neo4j.driver.internal.observation.DriverObservationProvider;
import org.neo4j.driver.observation.micrometer.MicrometerObservationProvider;

import org.springframework.beans.factory.support.StaticListableBeanFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The driver's observations as the service configures them: Micrometer's real provider
 * and meter handler, fed the calls the driver makes.
 */
class PoolObservationsTests {

	private static final URI ADDRESS = URI.create("bolt://localhost:7687");

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	private final ObservationRegistry registry = ObservationRegistry.create();

	PoolObservationsTests() {
		this.registry.observationConfig().observationHandler(new DefaultMeterObservationHandler(this.meters));
	}

	@Test
	void thePoolIsTimedAndNeitherStatementsNorBoltMessagesAre() {
		PoolObservations observations = new PoolObservations(this.registry);

		observations.pooledConnectionAcquire("pool-1", ADDRESS).start().stop();
		observations.pooledConnectionInUse("pool-1", ADDRESS).start().stop();
		assertThat(names()).contains("db.client.connection.wait.time", "db.client.connection.use.time");
		int poolMeters = this.meters.getMeters().size();

		BoltExchangeObservation exchange = observations
			.boltExchange("RUN", 1, new BoltProtocolVersion(5, 8), (header, value) -> {
			})
			.start();
		exchange.onWrite("RUN").onRecord().onSummary("SUCCESS").stop();
		observations.transactionRun(Object.class, "RETURN 1", null).start().stop();
		observations.sessionRun(Session.class, "RETURN 1", null).start().stop();
		observations.transactionCommit(Object.class).start().stop();
		observations.resultList(Object.class).start().stop();
		assertThat(this.meters.getMeters()).as("meters after statements and Bolt messages").hasSize(poolMeters);
	}

	@Test
	void micrometersOwnProviderTimesBoltMessages() {
		// What the default leaves out: the same calls on the provider Spring Boot gives
		// the driver make a timer.
		var provider = (DriverObservationProvider) MicrometerObservationProvider.builder(this.registry).build();
		provider.boltExchange("RUN", 1, new BoltProtocolVersion(5, 8), (header, value) -> {
		}).start().onWrite("RUN").onSummary("SUCCESS").stop();
		assertThat(names()).anyMatch((name) -> name.startsWith("neo4j.bolt"));
	}

	@Test
	void theServiceDriverGetsThePoolOnlyProviderUnlessAllAreAskedFor() {
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		beans.addBean("observationRegistry", this.registry);
		DriverSettings settings = new DriverSettings();

		Config.ConfigBuilder byDefault = Config.builder()
			.withObservationProvider(MicrometerObservationProvider.builder(this.registry).build());
		GraphStoreProperties defaults = new GraphStoreProperties("", Duration.ofSeconds(10), Duration.ofSeconds(10), 3,
				Duration.ofMillis(50), Duration.ofMillis(200));
		settings.driverObservations(beans.getBeanProvider(ObservationRegistry.class), defaults).customize(byDefault);
		assertThat(byDefault.build().observationProvider()).get().isInstanceOf(PoolObservations.class);

		MicrometerObservationProvider bootProvider = MicrometerObservationProvider.builder(this.registry).build();
		Config.ConfigBuilder all = Config.builder().withObservationProvider(bootProvider);
		GraphStoreProperties allAskedFor = new GraphStoreProperties("", Duration.ofSeconds(10), Duration.ofSeconds(10),
				3, Duration.ofMillis(50), Duration.ofMillis(200), true, GraphStoreProperties.DriverObservations.ALL);
		settings.driverObservations(beans.getBeanProvider(ObservationRegistry.class), allAskedFor).customize(all);
		assertThat(all.build().observationProvider()).get().isSameAs(bootProvider);
	}

	private List<String> names() {
		return this.meters.getMeters().stream().map(Meter::getId).map(Meter.Id::getName).toList();
	}

}
