package org.innograph.store;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.innograph.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.data.neo4j.core.transaction.Neo4jBookmarkManager;
import org.springframework.data.neo4j.core.transaction.Neo4jTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * Each read statement text is planned by the database once, before its first run and
 * outside that run's timeout ({@link StatementPlans}): the run still answers as it would
 * have, a statement the database cannot plan still fails in its own words, and the
 * timeout still stops a run that takes too long. A read inside a caller's transaction (a
 * mutation's) runs as it comes. Each test reads texts of its own (a random name in them),
 * which nothing has planned before.
 * <p>
 * The counts are those of the test's own reads, which no other class uses; it holds the
 * shared database alone all the same, as every class that counts statements does
 * ({@code SharedDatabaseLocksTests}), for the few seconds it takes.
 */
@ResourceLock(TestDatabase.LOCK)
class StatementPlansIT {

	private static Driver driver;

	@BeforeAll
	static void connect() {
		driver = GraphDatabase.driver(TestDatabase.uri(), TestDatabase.authToken());
	}

	@AfterAll
	static void close() {
		driver.close();
	}

	@Test
	void aTextIsPlannedOnceBeforeItsFirstRun() {
		GraphReads reads = reads(Duration.ofSeconds(10));
		String text = newText("RETURN $n + 1 AS next");

		assertThat(reads.list(text, Map.of("n", 1))).containsExactly(Map.of("next", 2L));
		assertThat(reads.plannedAheadCount()).isEqualTo(1);
		assertThat(reads.list(text, Map.of("n", 2))).containsExactly(Map.of("next", 3L));
		assertThat(reads.plannedAheadCount()).as("planned before, not again").isEqualTo(1);
		assertThat(reads.statementCount()).as("the plans are not statements of the application").isEqualTo(2);

		String other = newText("RETURN $n + 2 AS next");
		assertThat(reads.list(other, Map.of("n", 1))).containsExactly(Map.of("next", 3L));
		assertThat(reads.plannedAheadCount()).isEqualTo(2);
	}

	@Test
	void theReadsOfAQueryAreEachPlannedBeforeTheyRunInItsTransaction() {
		GraphReads reads = reads(Duration.ofSeconds(10));
		String first = newText("RETURN 1 AS one");
		String second = newText("RETURN 2 AS two");
		long transactions = reads.transactionCount();

		List<Map<String, Object>> rows = reads.inOneTransaction(() -> {
			List<Map<String, Object>> both = new ArrayList<>(reads.list(first, Map.of()));
			both.addAll(reads.list(second, Map.of()));
			return both;
		});

		assertThat(rows).containsExactly(Map.of("one", 1L), Map.of("two", 2L));
		assertThat(reads.plannedAheadCount()).isEqualTo(2);
		assertThat(reads.transactionCount() - transactions).as("the query's one").isEqualTo(1);
	}

	@Test
	void aReadInACallersTransactionIsNotPlannedAhead() {
		Neo4jTransactionManager manager = new Neo4jTransactionManager(driver);
		GraphReads reads = reads(Duration.ofSeconds(10), manager);
		String text = newText("RETURN 3 AS three");

		List<Map<String, Object>> rows = new TransactionTemplate(manager)
			.execute((status) -> reads.list(text, Map.of()));

		assertThat(rows).containsExactly(Map.of("three", 3L));
		assertThat(reads.plannedAheadCount()).as("a mutation's statements are its own").isZero();
		assertThat(reads.list(text, Map.of())).containsExactly(Map.of("three", 3L));
		assertThat(reads.plannedAheadCount()).as("a read of its own, as always").isEqualTo(1);
	}

	@Test
	void aTextTheDatabaseCannotPlanFailsInItsOwnWordsEachTime() {
		GraphReads reads = reads(Duration.ofSeconds(10));
		String broken = newText("MATCH (n RETURN n");

		for (int attempt = 0; attempt < 2; attempt++) {
			assertThatException().isThrownBy(() -> reads.list(broken, Map.of())).withMessageContaining("Invalid input");
		}
		assertThat(reads.plannedAheadCount()).isZero();
	}

	@Test
	void theReadTimeoutStillStopsARunThatTakesTooLong() {
		GraphReads oneSecond = reads(Duration.ofSeconds(1));
		String slow = newText("UNWIND range(1, 300000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x) AS slow");
		long started = System.nanoTime();

		assertThatException().isThrownBy(() -> oneSecond.list(slow, Map.of()))
			.satisfies((ex) -> assertThat(DatabaseFailures.isTimeout(ex)).isTrue());
		assertThat(oneSecond.plannedAheadCount()).as("planned, then stopped while running").isEqualTo(1);
		assertThat(Duration.ofNanos(System.nanoTime() - started)).as("stopped, not run to the end")
			.isLessThan(Duration.ofSeconds(30));
	}

	@Test
	void requestsThatMeetTheSameNewTextAtOncePlanItOnce() throws Exception {
		GraphReads reads = reads(Duration.ofSeconds(10));
		String text = newText("UNWIND range(1, $n) AS x RETURN sum(x) AS total");
		int requests = 8;
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(requests);
		try {
			List<CompletableFuture<List<Map<String, Object>>>> answers = new ArrayList<>();
			for (int n = 0; n < requests; n++) {
				answers.add(CompletableFuture.supplyAsync(() -> {
					awaitQuietly(start);
					return reads.list(text, Map.of("n", 10));
				}, pool));
			}
			start.countDown();
			for (CompletableFuture<List<Map<String, Object>>> answer : answers) {
				assertThat(answer.get(60, TimeUnit.SECONDS)).containsExactly(Map.of("total", 55L));
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(reads.plannedAheadCount()).isEqualTo(1);
	}

	/** Reads through the test's driver, planned ahead as the application's are. */
	private static GraphReads reads(Duration timeout) {
		return reads(timeout, new Neo4jTransactionManager(driver));
	}

	private static GraphReads reads(Duration timeout, Neo4jTransactionManager manager) {
		GraphStoreProperties properties = new GraphStoreProperties("", Duration.ofSeconds(10), timeout, 1,
				Duration.ofMillis(50), Duration.ofMillis(200));
		DatabaseSelectionProvider databases = DatabaseSelectionProvider.getDefaultSelectionProvider();
		return new GraphReads(Neo4jClient.create(driver), manager,
				new PipelinedReadTransactions(driver, databases, Neo4jBookmarkManager.noop(), timeout),
				new StatementPlans(driver, databases), properties, new SimpleMeterRegistry());
	}

	/** {@code cypher} under a name of its own, so that no run planned it before. */
	private static String newText(String cypher) {
		return "WITH 1 AS `" + UUID.randomUUID() + "`\n" + cypher;
	}

	private static void awaitQuietly(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
