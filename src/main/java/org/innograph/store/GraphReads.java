package org.innograph.store;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one way the read API runs Cypher: each statement in a read transaction (so a cluster routes it
 * to a reader) with a timeout, user input only as parameters. It counts statements, which is how the
 * tests prove that a page of 20 entities costs a bounded number of queries.
 */
public final class GraphReads {

	private final Neo4jClient client;

	private final TransactionTemplate readTransactions;

	private final AtomicLong statements = new AtomicLong();

	public GraphReads(Neo4jClient client, PlatformTransactionManager transactionManager, int timeoutSeconds) {
		this.client = client;
		this.readTransactions = new TransactionTemplate(transactionManager);
		this.readTransactions.setReadOnly(true);
		this.readTransactions.setTimeout(timeoutSeconds);
		this.readTransactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRED);
	}

	/** All rows of a read statement. */
	public List<Map<String, Object>> list(String cypher, Map<String, Object> parameters) {
		this.statements.incrementAndGet();
		return this.readTransactions
			.execute((status) -> List.copyOf(this.client.query(cypher).bindAll(parameters).fetch().all()));
	}

	/** The single row of a read statement, if any. */
	public Optional<Map<String, Object>> one(String cypher, Map<String, Object> parameters) {
		List<Map<String, Object>> rows = list(cypher, parameters);
		return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
	}

	/** How many statements this instance has run since it started. */
	public long statementCount() {
		return this.statements.get();
	}

}
