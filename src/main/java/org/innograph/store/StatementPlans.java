package org.innograph.store;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.data.neo4j.core.UserSelection;
import org.springframework.data.neo4j.core.transaction.Neo4jTransactionUtils;

/**
 * Has the database plan each read statement text before its first run, outside the read
 * timeout. The timeout bounds the work a request asks for; planning one of the
 * application's own texts is not that work, and for a neighbourhood of three or four
 * levels it takes seconds on a slow machine, once per text, so that the first such
 * request after a start could end in {@code TIMEOUT} (docs/performance.md). An
 * {@code EXPLAIN} with the statement's parameters plans it without running it, in a
 * session of its own, and the database keeps most of that work for the run that follows.
 * User input reaches a text only as parameters or as a choice among the application's
 * shapes (levels, page sizes of a path search), so the texts are a bounded set, each
 * planned once.
 * <p>
 * The plan is bounded: {@link #PLANNING_LIMIT} for one text, at most {@link #AT_ONCE}
 * texts planned at once (a request that finds none free runs its statement as before,
 * planned inside its timeout: the session it would need could be one the busy pool has
 * not got), and at most {@link #MAX_TEXTS} texts remembered. A request whose text another
 * request is planning waits for that plan, no longer than the limit. A failed plan is
 * forgotten, and the statement runs as it would have, failing in its own words if it
 * must. On a cluster the plan is made on the member the planning session reaches, which
 * need not be the one the request reads from.
 */
final class StatementPlans {

	private static final Logger logger = LoggerFactory.getLogger(StatementPlans.class);

	/** The longest the database may take to plan one text. */
	static final Duration PLANNING_LIMIT = Duration.ofSeconds(60);

	/** Texts planned at once: two, as many as a small server has cores. */
	static final int AT_ONCE = 2;

	/** Texts remembered: as many as Neo4j's plan cache holds by default. */
	static final int MAX_TEXTS = 1000;

	private final Driver driver;

	private final DatabaseSelectionProvider databases;

	private final ConcurrentMap<String, CompletableFuture<Void>> texts = new ConcurrentHashMap<>();

	private final Semaphore planning = new Semaphore(AT_ONCE);

	private final AtomicLong planned = new AtomicLong();

	StatementPlans(Driver driver, DatabaseSelectionProvider databases) {
		this.driver = driver;
		this.databases = databases;
	}

	/**
	 * Returns once {@code cypher} is planned, or will be planned in its run: at once when
	 * it was planned before.
	 */
	void ahead(String cypher, Map<String, Object> parameters) {
		CompletableFuture<Void> known = this.texts.get(cypher);
		if (known != null) {
			awaitOther(known);
			return;
		}
		if (this.texts.size() >= MAX_TEXTS || !this.planning.tryAcquire()) {
			return;
		}
		try {
			CompletableFuture<Void> mine = new CompletableFuture<>();
			known = this.texts.putIfAbsent(cypher, mine);
			if (known != null) {
				awaitOther(known);
				return;
			}
			try {
				long started = System.nanoTime();
				explain(cypher, parameters);
				this.planned.incrementAndGet();
				logger.debug("Planned a statement ahead of its first run in {} ms",
						TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
			}
			catch (RuntimeException ex) {
				// The run reports what is wrong with the statement, or meets the same
				// trouble in the database; a later request plans the text again.
				this.texts.remove(cypher, mine);
				logger.debug("A statement could not be planned ahead: {}", String.valueOf(ex));
			}
			finally {
				mine.complete(null);
			}
		}
		finally {
			this.planning.release();
		}
	}

	/** How many texts were planned ahead since the start; for tests. */
	long plannedCount() {
		return this.planned.get();
	}

	private void explain(String cypher, Map<String, Object> parameters) {
		// A read's session (PipelinedReadTransactions), without bookmarks: a plan reads
		// no data.
		SessionConfig config = Neo4jTransactionUtils.sessionConfig(true, List.of(),
				this.databases.getDatabaseSelection(), UserSelection.connectedUser());
		try (Session session = this.driver.session(config)) {
			session
				.run("EXPLAIN " + cypher, parameters, TransactionConfig.builder().withTimeout(PLANNING_LIMIT).build())
				.consume();
		}
	}

	private static void awaitOther(CompletableFuture<Void> other) {
		try {
			other.get(PLANNING_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (ExecutionException | TimeoutException ex) {
			// Planned or not, the statement runs.
		}
	}

}
