package org.innograph.reliability;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.innograph.store.GraphReads;
import org.innograph.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * A read that runs past its timeout is stopped by the database: the caller gets an error
 * and the transaction is gone.
 */
@IntegrationTest
class SlowQueryIT {

	// Named as no other test's statement is: test classes run two at a time, and the
	// check below looks for this one among all the database's transactions.
	private static final String SLOW = "UNWIND range(1, 400000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x) AS cutOff";

	@Autowired
	Neo4jClient client;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	Driver driver;

	@Test
	void cutsOffASlowQueryAndItsTransaction() {
		GraphReads oneSecond = new GraphReads(this.driver, this.transactions, 1);
		long started = System.nanoTime();
		assertThatException().isThrownBy(() -> oneSecond.list(SLOW, Map.of()))
			.satisfies((ex) -> assertThat(rootMessage(ex)).containsIgnoringCase("terminated"));
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
		List<Map<String, Object>> running = List.copyOf(this.client.query("""
				SHOW TRANSACTIONS YIELD transactionId, currentQuery
				WHERE currentQuery CONTAINS 'AS cutOff' AND NOT currentQuery CONTAINS 'SHOW TRANSACTIONS'
				RETURN transactionId
				""").fetch().all());
		assertThat(running).isEmpty();
	}

	private static String rootMessage(Throwable ex) {
		StringBuilder messages = new StringBuilder();
		for (Throwable t = ex; t != null; t = t.getCause()) {
			messages.append(t.getMessage()).append(" | ");
		}
		return messages.toString();
	}

}
