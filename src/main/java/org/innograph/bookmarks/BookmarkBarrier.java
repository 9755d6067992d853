package org.innograph.bookmarks;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.innograph.store.DatabaseFailures;
import org.innograph.store.DriverSettings;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Bookmark;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.async.AsyncSession;
import org.neo4j.driver.async.ResultCursor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.data.neo4j.core.DatabaseSelection;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;

/**
 * Checks, before a request runs, that the database has reached the bookmarks the client
 * sent. A bookmark from the future (well formed, with a transaction the database has not
 * committed) would otherwise make every transaction of the request wait at its start — 30
 * s by default on a server — holding a connection of the shared pool the whole time, so
 * that a handful of such requests starve every other query. Here the wait happens on a
 * driver of its own with a few connections, for at most
 * {@code innograph.bookmarks.max-wait}; when all of them are waiting, further requests
 * with bookmarks are turned away at once rather than queued. Across instances this is
 * honest: the database itself says whether it has reached the bookmark, whichever
 * instance issued it.
 */
final class BookmarkBarrier implements DisposableBean {

	private static final Logger logger = LoggerFactory.getLogger(BookmarkBarrier.class);

	/** What the check found. */
	enum Outcome {

		/**
		 * The database has reached every bookmark: the request's transactions begin
		 * without waiting.
		 */
		REACHED,
		/**
		 * Not reached within the wait: a bookmark from the future, or one of another
		 * database.
		 */
		NOT_REACHED,
		/** The database refused the bookmark: it never issued it. */
		REJECTED,
		/** Every waiting place is taken. */
		BUSY,
		/** The database cannot be reached. */
		UNAVAILABLE

	}

	private final Driver driver;

	private final DatabaseSelectionProvider databases;

	private final Duration maxWait;

	// One permit per connection of the barrier's driver; a permit is returned when the
	// database answers,
	// which after a give-up on our side can be later than the request's end.
	private final Semaphore waiting;

	BookmarkBarrier(Neo4jConnectionDetails connection, DatabaseSelectionProvider databases,
			BookmarkProperties properties) {
		this.databases = databases;
		this.maxWait = properties.maxWait();
		this.waiting = new Semaphore(properties.maxWaiting());
		this.driver = GraphDatabase.driver(connection.getUri(), connection.getAuthToken(),
				DriverSettings.applyTo(Config.builder())
					.withMaxConnectionPoolSize(properties.maxWaiting())
					.withConnectionAcquisitionTimeout(properties.maxWait().toMillis(), TimeUnit.MILLISECONDS)
					.withConnectionTimeout(5, TimeUnit.SECONDS)
					.build());
	}

	/** Waits at most the configured time for the database to reach {@code bookmarks}. */
	Outcome await(Set<Bookmark> bookmarks) {
		if (!this.waiting.tryAcquire()) {
			return Outcome.BUSY;
		}
		SessionConfig.Builder config = SessionConfig.builder()
			.withBookmarks(bookmarks)
			.withDefaultAccessMode(AccessMode.READ);
		DatabaseSelection selection = this.databases.getDatabaseSelection();
		if (selection != null && selection.getValue() != null) {
			config.withDatabase(selection.getValue());
		}
		AsyncSession session = this.driver.session(AsyncSession.class, config.build());
		// An auto-commit "RETURN 1": the smallest thing that begins from the bookmarks.
		CompletionStage<?> check = session.runAsync("RETURN 1").thenCompose(ResultCursor::consumeAsync);
		check.handle((result, failure) -> session.closeAsync())
			.whenComplete((closed, failure) -> this.waiting.release());
		try {
			check.toCompletableFuture().get(this.maxWait.toMillis(), TimeUnit.MILLISECONDS);
			return Outcome.REACHED;
		}
		catch (TimeoutException ex) {
			return Outcome.NOT_REACHED;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Outcome.NOT_REACHED;
		}
		catch (ExecutionException ex) {
			return outcomeOf(ex.getCause());
		}
	}

	private static Outcome outcomeOf(Throwable failure) {
		if (DatabaseFailures.isUnavailable(failure)) {
			return Outcome.UNAVAILABLE;
		}
		if (DatabaseFailures.isRejectedBookmark(failure)) {
			return Outcome.REJECTED;
		}
		// The server's own bookmark wait ran out
		// (Neo.TransientError.Transaction.BookmarkTimeout), or the
		// pool had no connection within the wait: either way the bookmark was not reached
		// in time.
		if (DatabaseFailures.isBookmarkNotReached(failure)) {
			logger.debug("Bookmark not reached: {}", failure.getMessage());
			return Outcome.NOT_REACHED;
		}
		logger.warn("Unexpected failure checking bookmarks", failure);
		return Outcome.UNAVAILABLE;
	}

	@Override
	public void destroy() {
		this.driver.close();
	}

}
