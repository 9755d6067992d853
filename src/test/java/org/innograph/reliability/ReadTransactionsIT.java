package org.innograph.reliability;

import java.util.Map;

import org.innograph.store.GraphReads;
import org.innograph.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * The read API's gateway opens read transactions, which a cluster routes to its readers:
 * a write through it is refused by the database and leaves nothing behind.
 */
@IntegrationTest
class ReadTransactionsIT {

	@Autowired
	GraphReads reads;

	@Autowired
	Neo4jClient client;

	@Test
	void readsRunInReadTransactions() {
		assertThatException().isThrownBy(() -> this.reads.list("CREATE (n:ReadModeCheck) RETURN n", Map.of()))
			.satisfies((ex) -> {
				StringBuilder messages = new StringBuilder();
				for (Throwable t = ex; t != null; t = t.getCause()) {
					messages.append(t.getMessage()).append(' ');
				}
				assertThat(messages.toString()).containsIgnoringCase("read");
			});
		assertThat(this.client.query("MATCH (n:ReadModeCheck) RETURN count(n)").fetchAs(Long.class).one()).contains(0L);
	}

}
