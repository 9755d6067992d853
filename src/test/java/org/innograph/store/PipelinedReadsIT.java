package org.innograph.store;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.search.RequiredSearch;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.innograph.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.observation.micrometer.MicrometerObservationProvider;

import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.data.neo4j.core.transaction.Neo4jBookmarkManager;
import org.springframework.data.neo4j.core.transaction.Neo4jTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A query's reads begin their transaction with the first statement: the driver sends
 * BEGIN and the statement in one exchange with the database, where a transaction begun
 * through Spring's transaction manager waits for BEGIN's answer first. Counted on a
 * driver of the test's own, whose Bolt exchanges are observed (as the application's are,
 * {@code neo4j.bolt.client.exchange.duration}), so that no other test's reads count.
 */
class PipelinedReadsIT {

	private static final String EXCHANGES = "neo4j.bolt.client.exchange.duration";

	@Test
	void aQuerysReadsTakeOneExchangeFewerThanATransactionBegunOnItsOwn() {
		SimpleMeterRegistry meters = new SimpleMeterRegistry();
		ObservationRegistry observations = ObservationRegistry.create();
		observations.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
		try (Driver driver = GraphDatabase.driver(TestDatabase.uri(), TestDatabase.authToken(),
				Config.builder()
					.withObservationProvider(MicrometerObservationProvider.builder(observations).build())
					.withMaxConnectionPoolSize(1)
					.build())) {
			Neo4jTransactionManager manager = new Neo4jTransactionManager(driver);
			GraphReads reads = new GraphReads(driver, manager, new GraphStoreProperties("", Duration.ofSeconds(10),
					Duration.ofSeconds(10), 3, Duration.ofMillis(50), Duration.ofMillis(200)),
					new SimpleMeterRegistry());
			TransactionTemplate spring = new TransactionTemplate(manager);
			spring.setReadOnly(true);
			Neo4jClient client = Neo4jClient.create(driver);
			String statement = "RETURN $n + 1 AS next";
			// The one pooled connection is opened (and greeted) before counting.
			reads.list(statement, Map.of("n", 0));

			long before = exchanges(meters);
			List<Map<String, Object>> inUnit = reads.inOneTransaction(() -> reads.list(statement, Map.of("n", 1)));
			long unit = exchanges(meters) - before;

			before = exchanges(meters);
			List<Map<String, Object>> inSpring = spring
				.execute((status) -> List.copyOf(client.query(statement).bindAll(Map.of("n", 1)).fetch().all()));
			long ownBegin = exchanges(meters) - before;

			// A single statement and a timed one (a path search) begin the same way.
			before = exchanges(meters);
			List<Map<String, Object>> single = reads.list(statement, Map.of("n", 1));
			long alone = exchanges(meters) - before;

			before = exchanges(meters);
			List<Map<String, Object>> timed = reads.list(statement, Map.of("n", 1), Duration.ofSeconds(5));
			long ownTimeout = exchanges(meters) - before;

			assertThat(inUnit).isEqualTo(inSpring)
				.isEqualTo(single)
				.isEqualTo(timed)
				.containsExactly(Map.of("next", 2L));
			assertThat(unit).isPositive().isEqualTo(ownBegin - 1);
			assertThat(alone).isEqualTo(unit);
			assertThat(ownTimeout).isEqualTo(unit);
		}
	}

	@Test
	void theApplicationsDriverOffersThePipelinedBegin() {
		try (Driver driver = GraphDatabase.driver(TestDatabase.uri(), TestDatabase.authToken())) {
			assertThat(new PipelinedReadTransactions(driver, DatabaseSelectionProvider.getDefaultSelectionProvider(),
					Neo4jBookmarkManager.noop(), Duration.ofSeconds(5))
				.pipelined()).isTrue();
		}
	}

	private static long exchanges(SimpleMeterRegistry meters) {
		return RequiredSearch.in(meters).name(EXCHANGES).timers().stream().mapToLong((timer) -> timer.count()).sum();
	}

}
