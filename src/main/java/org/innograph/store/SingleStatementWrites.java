package org.innograph.store;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.Bookmark;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionConfig;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.data.neo4j.core.Neo4jPersistenceExceptionTranslator;
import org.springframework.data.neo4j.core.UserSelection;
import org.springframework.data.neo4j.core.transaction.Neo4jBookmarkManager;
import org.springframework.data.neo4j.core.transaction.Neo4jTransactionUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes that are one statement, each its own transaction, which the database commits as
 * the statement ends (an auto-commit transaction). The statement, its records and the
 * commit are one round trip; an explicit transaction takes two (BEGIN with the statement,
 * then COMMIT) and Spring's transaction manager around them, which a mutation of one
 * statement does not need (docs/performance.md, 2026-12-05). Such a statement must be the
 * whole write: when it finds it cannot apply, it writes nothing, and the caller goes on
 * in an explicit transaction.
 * <p>
 * Inside a Spring transaction a statement joins it instead, through {@code Neo4jClient},
 * so that a caller's larger write stays one transaction.
 * <p>
 * Like every write, it is never retried: when the connection breaks as the statement
 * ends, the database may have committed it. Sessions are configured as Spring Data Neo4j
 * configures them: the database selected and the bookmarks of the instance and of the
 * request; the bookmark manager learns the commit's bookmarks, and a
 * {@link WriteCommitted} event, published on the writing thread, tells whoever gives them
 * to the client. A failure is translated as {@code Neo4jClient} translates it.
 */
@Component
public class SingleStatementWrites {

	private final Driver driver;

	private final Neo4jClient client;

	private final DatabaseSelectionProvider databases;

	private final Neo4jBookmarkManager bookmarks;

	private final ApplicationEventPublisher events;

	private final Neo4jPersistenceExceptionTranslator translator = new Neo4jPersistenceExceptionTranslator();

	SingleStatementWrites(Driver driver, Neo4jClient client, DatabaseSelectionProvider databases,
			Neo4jBookmarkManager bookmarks, ApplicationEventPublisher events) {
		this.driver = driver;
		this.client = client;
		this.databases = databases;
		this.bookmarks = bookmarks;
		this.events = events;
	}

	/**
	 * Runs {@code cypher} and commits it, stopped by the database after {@code timeout};
	 * its rows, each a map of Java values (as the driver's {@code Record.asMap} gives
	 * them). In a transaction already begun, runs it there, where the transaction's own
	 * timeout applies.
	 */
	public List<Map<String, Object>> run(String cypher, Map<String, Object> parameters, Duration timeout) {
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			// Rows as Record.asMap gives them, as below.
			return List.copyOf(this.client.query(cypher).bindAll(parameters).fetch().all());
		}
		Collection<Bookmark> used = this.bookmarks.getBookmarks();
		List<Map<String, Object>> rows;
		Set<Bookmark> committed;
		try (Session session = this.driver.session(Neo4jTransactionUtils.sessionConfig(false, used,
				this.databases.getDatabaseSelection(), UserSelection.connectedUser()))) {
			rows = session.run(cypher, parameters, TransactionConfig.builder().withTimeout(timeout).build())
				.list(Record::asMap);
			committed = session.lastBookmarks();
		}
		catch (RuntimeException ex) {
			DataAccessException translated = this.translator.translateExceptionIfPossible(ex);
			throw (translated != null) ? translated : ex;
		}
		this.bookmarks.updateBookmarks(used, committed);
		this.events.publishEvent(new WriteCommitted(committed));
		return rows;
	}

	/**
	 * A write committed outside Spring's transactions, with the bookmarks it ended with;
	 * published on the thread that wrote.
	 */
	public record WriteCommitted(Set<Bookmark> bookmarks) {
	}

}
