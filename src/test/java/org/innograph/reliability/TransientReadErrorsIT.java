package org.innograph.reliability;

import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.innograph.store.GraphReads;
import org.innograph.store.GraphStoreProperties;
import org.innograph.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * Reads that fail with a transient error run again, reads that fail for good do not. The fault is real:
 * the database drops the connection a read is running on, as a cluster member does when it restarts or
 * a network path when it breaks.
 */
@IntegrationTest
class TransientReadErrorsIT {

	/**
	 * Drops every connection that was open at {@code $before}, the one running this statement included.
	 * Its first attempt runs on a pooled connection opened before, so it loses its connection; the attempt
	 * after runs on a new connection, which it leaves alone, and answers.
	 */
	private static final String DROP_OLD_CONNECTIONS = """
			CALL dbms.listConnections() YIELD connectionId, connectTime
			WITH connectionId WHERE datetime(connectTime) <= datetime($before)
			WITH collect(connectionId) AS old
			CALL dbms.killConnections(old) YIELD connectionId
			RETURN count(connectionId) AS dropped
			""";

	@Autowired
	GraphReads reads;

	@Autowired
	MeterRegistry meters;

	@Autowired
	Neo4jClient client;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void retriesAReadWhoseConnectionTheDatabaseDropped() throws InterruptedException {
		// Opens (or reuses) the pooled connection the next read will get, and asks the database for its clock.
		String before = this.reads.one("RETURN toString(datetime.realtime()) AS now", Map.of())
			.orElseThrow()
			.get("now")
			.toString();
		Thread.sleep(50);
		double retriesBefore = retries();

		List<Map<String, Object>> rows = this.reads.list(DROP_OLD_CONNECTIONS, Map.of("before", before));

		assertThat(rows).singleElement().satisfies((row) -> assertThat(row.get("dropped")).isEqualTo(0L));
		assertThat(retries() - retriesBefore).isGreaterThanOrEqualTo(1);
		// And the pool is healthy again afterwards.
		assertThat(this.reads.one("RETURN 1 AS one", Map.of()).orElseThrow().get("one")).isEqualTo(1L);
	}

	@Test
	void aReadStoppedByItsTimeoutIsNotRetried() {
		SimpleMeterRegistry own = new SimpleMeterRegistry();
		GraphReads oneSecond = new GraphReads(this.client, this.transactions, new GraphStoreProperties("",
				java.time.Duration.ofSeconds(10), java.time.Duration.ofSeconds(1), 3,
				java.time.Duration.ofMillis(50), java.time.Duration.ofMillis(200)), own);
		assertThatException().isThrownBy(() -> oneSecond
			.list("UNWIND range(1, 400000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x) AS slow", Map.of()));
		assertThat(own.counter("innograph.reads.retries").count()).isZero();
	}

	@Test
	void aStatementTheDatabaseRejectsIsNotRetried() {
		SimpleMeterRegistry own = new SimpleMeterRegistry();
		GraphReads reads = new GraphReads(this.client, this.transactions, new GraphStoreProperties("",
				java.time.Duration.ofSeconds(10), java.time.Duration.ofSeconds(10), 3,
				java.time.Duration.ofMillis(50), java.time.Duration.ofMillis(200)), own);
		assertThatException().isThrownBy(() -> reads.list("CREATE (n:RetryCheck) RETURN n", Map.of()));
		assertThatException().isThrownBy(() -> reads.list("MATCH (n RETURN n", Map.of()));
		assertThat(own.counter("innograph.reads.retries").count()).isZero();
	}

	private double retries() {
		return this.meters.counter("innograph.reads.retries").count();
	}

}
