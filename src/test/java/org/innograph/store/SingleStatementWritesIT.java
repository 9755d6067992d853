package org.innograph.store;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.innograph.support.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.neo4j.driver.Driver;

import org.springframework.dao.DataAccessException;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.data.neo4j.core.transaction.Neo4jBookmarkManager;
import org.springframework.data.neo4j.core.transaction.Neo4jTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A write of one statement outside Spring's transactions is one exchange with the
 * database, one fewer than the same statement in a transaction of Spring's (whose BEGIN
 * already goes with the statement), and is committed: visible to a new session, its
 * bookmarks learned by the bookmark manager and published. Inside a transaction of
 * Spring's it joins it, and is undone with it; a failed statement writes nothing and
 * fails as {@code Neo4jClient} fails. Exchanges are counted as in
 * {@code PipelinedBeginsIT} ({@link CountedExchanges}).
 */
@ResourceLock(TestDatabase.LOCK)
class SingleStatementWritesIT {

	private static final String MARK = "SingleStatementWritesIT";

	private static final String CREATE = "CREATE (m:" + MARK + " {name: $name}) RETURN m.name AS name";

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private CountedExchanges counted;

	private Driver driver;

	private Neo4jBookmarkManager bookmarks;

	private Neo4jClient client;

	private final List<Object> events = new ArrayList<>();

	private SingleStatementWrites alone;

	@BeforeEach
	void openDriver() {
		this.counted = new CountedExchanges(MARK);
		this.driver = this.counted.driver();
		this.bookmarks = Neo4jBookmarkManager.create();
		DatabaseSelectionProvider databases = DatabaseSelectionProvider.getDefaultSelectionProvider();
		this.client = Neo4jClient.create(this.driver, databases);
		this.alone = new SingleStatementWrites(this.driver, this.client, databases, this.bookmarks, this.events::add);
	}

	@AfterEach
	void removeMarksAndClose() {
		this.counted.close();
	}

	@Test
	void aWriteOfOneStatementIsOneExchangeFewerThanInATransaction() {
		Driver pipelined = new PipelinedBegins(this.driver).driver();
		Neo4jClient inTransaction = Neo4jClient.create(pipelined);
		// The one pooled connection is opened (and greeted) before counting.
		this.alone.run("RETURN 1", Map.of(), TIMEOUT);

		long before = this.counted.exchanges();
		Object written = new TransactionTemplate(new Neo4jTransactionManager(pipelined))
			.execute((status) -> inTransaction.query(CREATE).bind("in a transaction").to("name").fetch().one());
		long transaction = this.counted.exchanges() - before;

		before = this.counted.exchanges();
		List<Map<String, Object>> rows = this.alone.run(CREATE, Map.of("name", "alone"), TIMEOUT);
		long statement = this.counted.exchanges() - before;

		assertThat(written).isNotNull();
		assertThat(rows).containsExactly(Map.of("name", "alone"));
		assertThat(statement).isPositive().isEqualTo(transaction - 1);
		assertThat(this.counted.marks()).containsExactlyInAnyOrder("in a transaction", "alone");
	}

	@Test
	void theWriteIsCommittedAndItsBookmarksAreLearnedAndPublished() {
		List<Map<String, Object>> rows = this.alone.run(CREATE, Map.of("name", "committed"), TIMEOUT);

		assertThat(rows).containsExactly(Map.of("name", "committed"));
		assertThat(this.counted.marks()).containsExactly("committed");
		assertThat(this.events).singleElement()
			.isInstanceOfSatisfying(SingleStatementWrites.WriteCommitted.class,
					(event) -> assertThat(event.bookmarks()).isNotEmpty().isSubsetOf(this.bookmarks.getBookmarks()));
	}

	@Test
	void insideATransactionTheStatementJoinsItAndIsUndoneWithIt() {
		TransactionTemplate writing = new TransactionTemplate(new Neo4jTransactionManager(this.driver,
				DatabaseSelectionProvider.getDefaultSelectionProvider(), this.bookmarks));

		List<Map<String, Object>> rows = writing.execute((status) -> {
			List<Map<String, Object>> inside = this.alone.run(CREATE, Map.of("name", "undone"), TIMEOUT);
			status.setRollbackOnly();
			return inside;
		});

		assertThat(rows).containsExactly(Map.of("name", "undone"));
		assertThat(this.counted.marks()).isEmpty();
		assertThat(this.events).isEmpty();
	}

	@Test
	void aFailedStatementWritesNothingAndFailsAsTheClientWould() {
		String failing = "CREATE (m:" + MARK + " {name: 'failed'}) RETURN 1 / $zero AS x";

		assertThatThrownBy(() -> this.alone.run(failing, Map.of("zero", 0), TIMEOUT))
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("/ by zero");
		assertThatThrownBy(() -> this.client.query(failing).bind(0).to("zero").run())
			.isInstanceOf(DataAccessException.class);

		assertThat(this.counted.marks()).isEmpty();
		assertThat(this.events).isEmpty();
	}

}
