package org.innograph.limits;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.language.Document;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Parsed and validated documents by their text. Front ends and tools send the same few
 * documents over and over with different variables; parsing and validating each time was
 * a tenth of the work of a point look-up. Validation does not depend on variables, and
 * the schema does not change while the application runs, so the text alone is the key.
 * Bounded, least recently used first out.
 * <p>
 * A new text is parsed and validated within the request's {@link AnalysisDeadline}: on a
 * small pool of its own, so that a request whose document is not done in time is answered
 * LIMIT_EXCEEDED at its deadline. Parsing and validation cannot be interrupted halfway,
 * so the pool is what bounds the work a stream of such documents can keep running (at
 * most one per thread, a short queue, then refusals).
 */
@Component
class ParsedDocuments implements PreparsedDocumentProvider, DisposableBean {

	private static final int MAX_DOCUMENTS = 1_000;

	private static final int QUEUE = 64;

	private final Cache<String, PreparsedDocumentEntry> entries = Caffeine.newBuilder()
		.maximumSize(MAX_DOCUMENTS)
		.build();

	private final Duration allowance;

	private final ThreadPoolExecutor analysis;

	/** With the default allowance of one second: for tests of the cache alone. */
	ParsedDocuments() {
		this(Duration.ofSeconds(1));
	}

	@Autowired
	ParsedDocuments(LimitsProperties limits) {
		this(limits.analysisTimeout());
	}

	private ParsedDocuments(Duration allowance) {
		this.allowance = allowance;
		int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
		AtomicInteger count = new AtomicInteger();
		this.analysis = new ThreadPoolExecutor(threads, threads, 1, TimeUnit.MINUTES, new ArrayBlockingQueue<>(QUEUE),
				(task) -> {
					Thread thread = new Thread(task, "document-analysis-" + count.incrementAndGet());
					thread.setDaemon(true);
					return thread;
				});
		this.analysis.allowCoreThreadTimeOut(true);
	}

	@Override
	public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
			Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
		String query = input.getQuery();
		PreparsedDocumentEntry known = this.entries.getIfPresent(query);
		if (known != null) {
			return CompletableFuture.completedFuture(known);
		}
		AnalysisDeadline deadline = AnalysisDeadline.of(input.getGraphQLContext(), this.allowance);
		PreparsedDocumentEntry entry = withinDeadline(input, parseAndValidate, deadline);
		if (!QueryLimits.isLimitError(entry)) {
			this.entries.put(query, entry);
		}
		// Completed here, on the request's thread, so the execution that follows stays on
		// it too.
		return CompletableFuture.completedFuture(entry);
	}

	private PreparsedDocumentEntry withinDeadline(ExecutionInput input,
			Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate, AnalysisDeadline deadline) {
		Future<PreparsedDocumentEntry> work;
		try {
			work = this.analysis.submit(() -> parseAndValidate.apply(input));
		}
		catch (RejectedExecutionException ex) {
			return refused("The server is busy analysing other queries; try again shortly.");
		}
		try {
			return work.get(Math.max(0, deadline.remainingNanos()), TimeUnit.NANOSECONDS);
		}
		catch (TimeoutException ex) {
			work.cancel(true);
			return refused("The query document took longer than " + this.allowance.toMillis()
					+ " ms to parse and validate; simplify it.");
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			work.cancel(true);
			return refused("The query was interrupted while it was being analysed.");
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime; // graphql-java answers what it throws while parsing
								// (syntax errors)
			}
			throw new IllegalStateException(ex.getCause());
		}
	}

	private static PreparsedDocumentEntry refused(String message) {
		return new PreparsedDocumentEntry(List.of(QueryLimits.limitExceeded(message)));
	}

	/** The parsed document of a text already asked and found valid, if any. */
	Optional<Document> valid(String query) {
		PreparsedDocumentEntry entry = this.entries.getIfPresent(query);
		return (entry != null && !entry.hasErrors()) ? Optional.of(entry.getDocument()) : Optional.empty();
	}

	@Override
	public void destroy() {
		this.analysis.shutdownNow();
	}

}
