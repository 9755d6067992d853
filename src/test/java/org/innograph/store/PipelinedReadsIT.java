package org.innograph.store;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.search.RequiredSearch;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.innograph.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.observation.micrometer.MicrometerObservationProvider;

import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.data.neo4j.core.transaction.Neo4jBookmarkManager;
import org.springframework.data.neo4j.core.transaction.Neo4jTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A query's reads begin their transaction with the first statement: the driver sends
 * BEGIN and the statement in one exchange with the database, where a transaction begun
 * through Spring's transaction manager waits for BEGIN's answer first. They answer before
 * their COMMIT is answered, and still commit, close their session and learn their
 * bookmarks. Counted on a driver of the test's own, whose Bolt exchanges are observed (as
 * the application's are with {@code innograph.store.driver-observations=all},
 * {@code neo4j.bolt.client.exchange.duration}), so that no other test's reads count;
 * counts are taken once every COMMIT on its way is answered. It reads the shared
 * database, so it holds its lock for reading: a class that tallies the database's
 * statements holds it alone.
 */
@ResourceLock(value = TestDatabase.LOCK, mode = ResourceAccessMode.READ)
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

			long before = settled(reads, meters);
			List<Map<String, Object>> inUnit = reads.inOneTransaction(() -> reads.list(statement, Map.of("n", 1)));
			long unit = settled(reads, meters) - before;

			before = settled(reads, meters);
			List<Map<String, Object>> inSpring = spring
				.execute((status) -> List.copyOf(client.query(statement).bindAll(Map.of("n", 1)).fetch().all()));
			long ownBegin = settled(reads, meters) - before;

			// A single statement and a timed one (a path search) begin the same way.
			before = settled(reads, meters);
			List<Map<String, Object>> single = reads.list(statement, Map.of("n", 1));
			long alone = settled(reads, meters) - before;

			before = settled(reads, meters);
			List<Map<String, Object>> timed = reads.list(statement, Map.of("n", 1), Duration.ofSeconds(5));
			long ownTimeout = settled(reads, meters) - before;

			assertThat(inUnit).isEqualTo(inSpring)
				.isEqualTo(single)
				.isEqualTo(timed)
				.containsExactly(Map.of("next", 2L));
			assertThat(unit).isPositive().isEqualTo(ownBegin - 1);
			assertThat(alone).isEqualTo(unit);
			assertThat(ownTimeout).isEqualTo(unit);
		}
	}

	/**
	 * Each transaction commits, and gives its connection back, once its COMMIT is
	 * answered: with one connection in the pool, a transaction left open would keep every
	 * later read waiting for a connection, and its bookmarks would never be learned. A
	 * read that fails gives the connection back too.
	 */
	@Test
	void readsThatAnswerBeforeTheirCommitStillCommitAndGiveTheirConnectionBack() {
		try (Driver driver = oneConnection(Duration.ofMillis(5000))) {
			Neo4jBookmarkManager bookmarks = Neo4jBookmarkManager.create();
			PipelinedReadTransactions units = units(driver, bookmarks);
			assertThat(bookmarks.getBookmarks()).isEmpty();

			for (int n = 0; n < 50; n++) {
				int sent = n;
				Integer answer = units
					.execute((tx) -> tx.run("RETURN $n AS n", Map.of("n", sent)).single().get("n").asInt());
				assertThat(answer).isEqualTo(n);
			}
			assertThatThrownBy(() -> units.execute((tx) -> tx.run("RETURN 1 / $zero", Map.of("zero", 0)).consume()))
				.hasMessageContaining("/ by zero");
			String after = units.execute((tx) -> tx.run("RETURN 'after' AS a").single().get("a").asString());
			assertThat(after).isEqualTo("after");

			awaitCommits(units::committing);
			// The bookmarks of a committed transaction are learned when its COMMIT is
			// answered.
			assertThat(bookmarks.getBookmarks()).isNotEmpty();
		}
	}

	/**
	 * The work runs while the driver gets its connection, and waits for it only at its
	 * first statement: with the pool's one connection held elsewhere, the work has begun
	 * before the connection is free, and its statement runs once it is.
	 */
	@Test
	void theWorkBeforeTheFirstStatementDoesNotWaitForTheConnection() throws Exception {
		try (Driver driver = oneConnection(Duration.ofMillis(20000))) {
			PipelinedReadTransactions units = units(driver, Neo4jBookmarkManager.noop());
			CountDownLatch workBegun = new CountDownLatch(1);
			CompletableFuture<Integer> answer;
			try (Session holder = driver.session(); Transaction held = holder.beginTransaction()) {
				held.run("RETURN 1").consume();
				answer = CompletableFuture.supplyAsync(() -> units.execute((tx) -> {
					workBegun.countDown();
					return tx.run("RETURN 7 AS n").single().get("n").asInt();
				}));
				assertThat(workBegun.await(10, TimeUnit.SECONDS)).as("the work begun while the connection is held")
					.isTrue();
				assertThat(answer).isNotDone();
				held.commit();
			}
			assertThat(answer.get(10, TimeUnit.SECONDS)).isEqualTo(7);
			awaitCommits(units::committing);
		}
	}

	/**
	 * A unit that runs no statement never waits for the database, and still ends its
	 * transaction and gives the connection back: with one connection in the pool, one
	 * left behind would keep the read after them waiting until it fails.
	 */
	@Test
	void aUnitThatReadsNothingAnswersAndGivesItsConnectionBack() {
		try (Driver driver = oneConnection(Duration.ofMillis(5000))) {
			Neo4jBookmarkManager bookmarks = Neo4jBookmarkManager.create();
			PipelinedReadTransactions units = units(driver, bookmarks);
			for (int n = 0; n < 50; n++) {
				int sent = n;
				Integer answer = units.execute((tx) -> sent);
				assertThat(answer).isEqualTo(n);
				assertThatThrownBy(() -> units.execute((tx) -> {
					throw new IllegalStateException("failed before reading " + sent);
				})).hasMessage("failed before reading " + n);
			}
			String after = units.execute((tx) -> tx.run("RETURN 'after' AS a").single().get("a").asString());
			assertThat(after).isEqualTo("after");
			awaitCommits(units::committing);
		}
	}

	/**
	 * When the connection cannot be had, a unit whose work reads fails as a begin that
	 * failed, whatever the work made of its statement's failure; one whose work reads
	 * nothing answers.
	 */
	@Test
	void aBeginThatFailsFailsTheUnitOnlyWhenItRead() throws Exception {
		try (Driver driver = oneConnection(Duration.ofMillis(300))) {
			PipelinedReadTransactions units = units(driver, Neo4jBookmarkManager.noop());
			try (Session holder = driver.session(); Transaction held = holder.beginTransaction()) {
				held.run("RETURN 1").consume();
				String answer = units.execute((tx) -> "nothing read");
				assertThat(answer).isEqualTo("nothing read");
				assertThatThrownBy(() -> units.execute((tx) -> {
					try {
						return tx.run("RETURN 1").consume();
					}
					catch (RuntimeException swallowed) {
						return null;
					}
				})).isInstanceOf(PipelinedReadTransactions.ReadNotBegun.class)
					.hasMessage("A read transaction could not begin");
				awaitCommits(units::committing);
				held.commit();
			}
			Integer after = units.execute((tx) -> tx.run("RETURN 2 AS n").single().get("n").asInt());
			assertThat(after).isEqualTo(2);
			awaitCommits(units::committing);
		}
	}

	/** A driver whose pool holds one connection, waited for as long as given. */
	private static Driver oneConnection(Duration acquisition) {
		return GraphDatabase.driver(TestDatabase.uri(), TestDatabase.authToken(),
				Config.builder()
					.withMaxConnectionPoolSize(1)
					.withConnectionAcquisitionTimeout(acquisition.toMillis(), TimeUnit.MILLISECONDS)
					.build());
	}

	private static PipelinedReadTransactions units(Driver driver, Neo4jBookmarkManager bookmarks) {
		return new PipelinedReadTransactions(driver, DatabaseSelectionProvider.getDefaultSelectionProvider(), bookmarks,
				Duration.ofSeconds(10));
	}

	@Test
	void theApplicationsDriverOffersThePipelinedBegin() {
		try (Driver driver = GraphDatabase.driver(TestDatabase.uri(), TestDatabase.authToken())) {
			assertThat(new PipelinedReadTransactions(driver, DatabaseSelectionProvider.getDefaultSelectionProvider(),
					Neo4jBookmarkManager.noop(), Duration.ofSeconds(5))
				.pipelined()).isTrue();
		}
	}

	/** The exchanges so far, once no COMMIT is on its way. */
	private static long settled(GraphReads reads, SimpleMeterRegistry meters) {
		awaitCommits(reads::committing);
		return exchanges(meters);
	}

	private static void awaitCommits(IntSupplier committing) {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (committing.getAsInt() > 0) {
			assertThat(System.nanoTime()).as("every COMMIT answered within 10 s").isLessThan(deadline);
			Thread.onSpinWait();
		}
	}

	private static long exchanges(SimpleMeterRegistry meters) {
		return RequiredSearch.in(meters).name(EXCHANGES).timers().stream().mapToLong((timer) -> timer.count()).sum();
	}

}
