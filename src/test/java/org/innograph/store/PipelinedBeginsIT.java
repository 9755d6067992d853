package org.innograph.store;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.innograph.support.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.neo4j.driver.Bookmark;
import org.neo4j.driver.Driver;

import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.data.neo4j.core.transaction.Neo4jBookmarkManager;
import org.springframework.data.neo4j.core.transaction.Neo4jTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Transactions begun through Spring's transaction manager (every mutation) send BEGIN
 * with their first statement when manager and client share the driver of
 * {@link PipelinedBegins}, and behave otherwise as before: same answers, all or nothing,
 * the session's access mode, a refused BEGIN reported on the first statement with a
 * connection that stays usable. Exchanges are counted on a driver of the test's own with
 * one pooled connection, whose Bolt exchanges are observed as the application's are
 * ({@link CountedExchanges}).
 */
@ResourceLock(TestDatabase.LOCK)
class PipelinedBeginsIT {

	private static final String MARK = "PipelinedBeginsIT";

	private CountedExchanges counted;

	private Driver driver;

	@BeforeEach
	void openDriver() {
		this.counted = new CountedExchanges(MARK);
		this.driver = this.counted.driver();
	}

	@AfterEach
	void removeMarksAndClose() {
		this.counted.close();
	}

	@Test
	void aWriteTransactionTakesOneExchangeFewerWithTheSameEffect() {
		Driver pipelined = new PipelinedBegins(this.driver).driver();
		// The one pooled connection is opened (and greeted) before counting.
		writing(this.driver).execute((status) -> Neo4jClient.create(this.driver).query("RETURN 1").run());

		long before = this.counted.exchanges();
		List<Map<String, Object>> plain = createAndRead(this.driver, "plain");
		long ownBegin = this.counted.exchanges() - before;

		before = this.counted.exchanges();
		List<Map<String, Object>> withFirst = createAndRead(pipelined, "pipelined");
		long beginWithFirst = this.counted.exchanges() - before;

		assertThat(plain).containsExactly(Map.of("n", "plain", "version", 1L));
		assertThat(withFirst).containsExactly(Map.of("n", "pipelined", "version", 1L));
		assertThat(beginWithFirst).isPositive().isEqualTo(ownBegin - 1);
		assertThat(this.counted.marks()).containsExactlyInAnyOrder("plain", "pipelined");
	}

	@Test
	void aFailedStatementUndoesTheWholeTransaction() {
		Driver pipelined = new PipelinedBegins(this.driver).driver();
		Neo4jClient client = Neo4jClient.create(pipelined);
		assertThatThrownBy(() -> writing(pipelined).execute((status) -> {
			client.query("CREATE (:" + MARK + " {name: 'undone'})").run();
			return client.query("RETURN 1 / $zero AS x").bind(0).to("zero").fetch().one();
		})).hasMessageContaining("/ by zero");

		assertThat(this.counted.marks()).isEmpty();
		assertThat(createAndRead(pipelined, "after")).containsExactly(Map.of("n", "after", "version", 1L));
	}

	@Test
	void aReadOnlyTransactionStaysReadOnly() {
		Driver pipelined = new PipelinedBegins(this.driver).driver();
		Neo4jClient client = Neo4jClient.create(pipelined);
		TransactionTemplate reading = new TransactionTemplate(new Neo4jTransactionManager(pipelined));
		reading.setReadOnly(true);

		assertThatThrownBy(
				() -> reading.execute((status) -> client.query("CREATE (:" + MARK + " {name: 'read-only'})").run()))
			.hasMessageContaining("read");
		assertThat(this.counted.marks()).isEmpty();
	}

	@Test
	void aBeginTheDatabaseRefusesFailsTheFirstStatementAndTheConnectionStaysUsable() {
		Driver pipelined = new PipelinedBegins(this.driver).driver();
		Neo4jClient client = Neo4jClient.create(pipelined);
		Neo4jTransactionManager refused = new Neo4jTransactionManager(pipelined,
				DatabaseSelectionProvider.getDefaultSelectionProvider(),
				Neo4jBookmarkManager.create(() -> Set.of(Bookmark.from("not-a-bookmark"))));

		assertThatThrownBy(() -> new TransactionTemplate(refused)
			.execute((status) -> client.query("CREATE (:" + MARK + " {name: 'refused'})").run()))
			.satisfies((failure) -> assertThat(DatabaseFailures.isRejectedBookmark(failure)).isTrue());

		assertThat(this.counted.marks()).isEmpty();
		assertThat(createAndRead(pipelined, "after")).containsExactly(Map.of("n", "after", "version", 1L));
	}

	@Test
	void theApplicationsDriverOffersThePipelinedBegin() {
		assertThat(new PipelinedBegins(this.driver).pipelined()).isTrue();
	}

	/** A mutation's shape: a write, then a read of what it wrote, in one transaction. */
	private static List<Map<String, Object>> createAndRead(Driver driver, String name) {
		Neo4jClient client = Neo4jClient.create(driver);
		return writing(driver).execute((status) -> {
			client.query("CREATE (:" + MARK + " {name: $name, version: 1})").bind(name).to("name").run();
			return List
				.copyOf(client.query("MATCH (m:" + MARK + " {name: $name}) RETURN m.name AS n, m.version AS version")
					.bind(name)
					.to("name")
					.fetch()
					.all());
		});
	}

	private static TransactionTemplate writing(Driver driver) {
		return new TransactionTemplate(new Neo4jTransactionManager(driver));
	}

}
