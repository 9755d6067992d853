package org.innograph.reliability;

import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.innograph.store.DatabaseFailures;
import org.innograph.store.GraphReads;
import org.innograph.store.GraphStoreProperties;
import org.innograph.support.IntegrationTest;
import org.innograph.support.TestDatabase;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.transaction.Neo4jTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * Reads that fail with a transient error run again, reads that fail for good do not. The
 * fault is real: the database drops the connection a read is running on, as a cluster
 * member does when it restarts or a network path when it breaks.
 */
@IntegrationTest
class TransientReadErrorsIT {

	/**
	 * Drops the connections of this test's own driver (told apart by its user agent), the
	 * one running this statement included. The first attempt runs on the driver's one
	 * pooled connection, opened before, so it loses its connection; the attempt after
	 * runs on a new connection, opened after {@code $before}, which it leaves alone, and
	 * answers. The application's own connections are not touched.
	 */
	private static final String DROP_OLD_CONNECTIONS = """
			CALL dbms.listConnections() YIELD connectionId, connectTime, userAgent
			WITH connectionId WHERE userAgent STARTS WITH $agent AND datetime(connectTime) <= datetime($before)
			WITH collect(connectionId) AS old
			CALL dbms.killConnections(old) YIELD connectionId
			RETURN count(connectionId) AS dropped
			""";

	private static final String AGENT = "innograph-transient-read-test";

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	Driver driver;

	@Test
	void retriesAReadWhoseConnectionTheDatabaseDropped() throws InterruptedException {
		try (Driver driver = oneConnectionDriver()) {
			SimpleMeterRegistry own = new SimpleMeterRegistry();
			GraphReads reads = readsOn(driver, own);
			// Opens the one pooled connection the next read will get, and asks the
			// database for its clock.
			String before = databaseClock(reads);
			Thread.sleep(50);

			List<Map<String, Object>> rows = reads.list(DROP_OLD_CONNECTIONS, Map.of("before", before, "agent", AGENT));

			assertThat(rows).singleElement().satisfies((row) -> assertThat(row.get("dropped")).isEqualTo(0L));
			assertThat(own.counter("innograph.reads.retries").count()).isGreaterThanOrEqualTo(1);
			// And the pool is healthy again afterwards.
			assertThat(reads.one("RETURN 1 AS one", Map.of()).orElseThrow().get("one")).isEqualTo(1L);
		}
	}

	@Test
	void runsAUnitOfReadsAgainWhenOneOfItsStatementsLostItsConnection() throws InterruptedException {
		try (Driver driver = oneConnectionDriver()) {
			SimpleMeterRegistry own = new SimpleMeterRegistry();
			GraphReads reads = readsOn(driver, own);
			String before = databaseClock(reads);
			Thread.sleep(50);
			long transactions = reads.transactionCount();
			java.util.concurrent.atomic.AtomicInteger attempts = new java.util.concurrent.atomic.AtomicInteger();

			// As graphql-java does, the work keeps going after a failed read and answers
			// with what it has: the unit still knows the read failed transiently.
			List<Object> answer = reads.inOneTransaction(() -> {
				attempts.incrementAndGet();
				List<Object> dropped = new java.util.ArrayList<>();
				try {
					dropped.add(reads.one(DROP_OLD_CONNECTIONS, Map.of("before", before, "agent", AGENT))
						.orElseThrow()
						.get("dropped"));
				}
				catch (RuntimeException ex) {
					dropped.add("failed");
				}
				return dropped;
			});

			assertThat(answer).containsExactly(0L);
			assertThat(attempts).hasValue(2);
			assertThat(reads.transactionCount() - transactions).isEqualTo(2);
			assertThat(own.counter("innograph.reads.retries").count()).isEqualTo(1);
		}
	}

	@Test
	void aUnitWhoseReadsFailForGoodRunsOnce() {
		SimpleMeterRegistry own = new SimpleMeterRegistry();
		GraphReads reads = new GraphReads(this.driver, this.transactions, readTimeout(10), own);
		java.util.concurrent.atomic.AtomicInteger attempts = new java.util.concurrent.atomic.AtomicInteger();
		assertThatException().isThrownBy(() -> reads.inOneTransaction(() -> {
			attempts.incrementAndGet();
			return reads.list("MATCH (n RETURN n", Map.of());
		}));
		assertThat(attempts).hasValue(1);
		assertThat(own.counter("innograph.reads.retries").count()).isZero();
	}

	@Test
	void aReadStoppedByItsTimeoutIsNotRetried() {
		SimpleMeterRegistry own = new SimpleMeterRegistry();
		GraphReads oneSecond = new GraphReads(this.driver, this.transactions, readTimeout(1), own);
		assertThatException().isThrownBy(() -> oneSecond
			.list("UNWIND range(1, 400000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x) AS slow", Map.of()));
		assertThat(own.counter("innograph.reads.retries").count()).isZero();
	}

	@Test
	void aReadWithATimeoutOfItsOwnInsideAUnitIsStoppedByIt() {
		// The unit's transaction may run a minute; the statement's own, one second.
		GraphReads reads = new GraphReads(this.driver, this.transactions, readTimeout(60), new SimpleMeterRegistry());
		long transactions = reads.transactionCount();
		java.util.concurrent.atomic.AtomicReference<RuntimeException> failure = new java.util.concurrent.atomic.AtomicReference<>();
		List<Map<String, Object>> after = reads.inOneTransaction(() -> {
			try {
				reads.list("UNWIND range(1, 2000000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x) AS slow", Map.of(),
						java.time.Duration.ofMillis(300));
			}
			catch (RuntimeException ex) {
				failure.set(ex);
			}
			// The unit's own transaction is still good.
			return reads.list("RETURN 1 AS one", Map.of());
		});
		assertThat(failure.get()).isNotNull().satisfies((ex) -> assertThat(DatabaseFailures.isTimeout(ex)).isTrue());
		assertThat(after).singleElement().satisfies((row) -> assertThat(row.get("one")).isEqualTo(1L));
		assertThat(reads.transactionCount() - transactions).as("the unit's and the statement's own").isEqualTo(2);
	}

	@Test
	void aStatementTheDatabaseRejectsIsNotRetried() {
		SimpleMeterRegistry own = new SimpleMeterRegistry();
		GraphReads reads = new GraphReads(this.driver, this.transactions, readTimeout(10), own);
		assertThatException().isThrownBy(() -> reads.list("CREATE (n:RetryCheck) RETURN n", Map.of()));
		assertThatException().isThrownBy(() -> reads.list("MATCH (n RETURN n", Map.of()));
		assertThat(own.counter("innograph.reads.retries").count()).isZero();
	}

	/**
	 * A driver of this test's own (told apart by its user agent) with one pooled
	 * connection.
	 */
	private static Driver oneConnectionDriver() {
		return GraphDatabase.driver(TestDatabase.uri(), TestDatabase.authToken(),
				Config.builder().withUserAgent(AGENT).withMaxConnectionPoolSize(1).build());
	}

	/** Reads through {@code driver}, counted in {@code meters}. */
	private static GraphReads readsOn(Driver driver, SimpleMeterRegistry meters) {
		return new GraphReads(driver, new Neo4jTransactionManager(driver), readTimeout(10), meters);
	}

	/**
	 * Opens the one pooled connection the next read will get, and asks the database for
	 * its clock.
	 */
	private static String databaseClock(GraphReads reads) {
		return reads.one("RETURN toString(datetime.realtime()) AS now", Map.of()).orElseThrow().get("now").toString();
	}

	/** Three attempts 50 ms then 100 ms apart, reads stopped after {@code seconds}. */
	private static GraphStoreProperties readTimeout(int seconds) {
		return new GraphStoreProperties("", java.time.Duration.ofSeconds(10), java.time.Duration.ofSeconds(seconds), 3,
				java.time.Duration.ofMillis(50), java.time.Duration.ofMillis(200));
	}

}
