package org.innograph.bookmarks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.innograph.store.SingleStatementWrites;

import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.data.neo4j.core.transaction.Neo4jBookmarkManager;
import org.springframework.data.neo4j.core.transaction.Neo4jBookmarksUpdatedEvent;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Bookmarks the way Spring Data Neo4j provides for them: a {@link Neo4jBookmarkManager}
 * bean, which its transaction manager and {@code Neo4jClient} pick up, whose supplier
 * adds the bookmarks of the current request to those the instance chains itself; and the
 * {@link Neo4jBookmarksUpdatedEvent} it publishes after each commit, from which the
 * request's write bookmarks are taken (and, for a write committed outside Spring's
 * transactions, the store's own event).
 */
@Configuration(proxyBeanMethods = false)
class BookmarkConfiguration {

	/**
	 * Every transaction begins from the instance's own latest bookmarks (so one instance
	 * always reads its writes) and from the bookmarks of the request it serves (so a
	 * client reads its writes made through any instance). The request's bookmarks are a
	 * thread-local of the request thread, where the GraphQL controllers and exports of
	 * this application run (they are synchronous).
	 */
	@Bean
	BookmarkBarrier bookmarkBarrier(Neo4jConnectionDetails connection, DatabaseSelectionProvider databases,
			BookmarkProperties properties) {
		return new BookmarkBarrier(connection, databases, properties);
	}

	@Bean
	Neo4jBookmarkManager bookmarkManager() {
		return Neo4jBookmarkManager.create(RequestBookmarks::requestedNow);
	}

	/**
	 * Published synchronously by the committing thread, while its transaction is still
	 * current: a read-write one is a write whose bookmarks the client should get (queries
	 * that Neo4jClient runs outside a transaction, such as the API token look-up, only
	 * read). The set may also hold bookmarks of other transactions that committed on this
	 * instance meanwhile; waiting for those too costs nothing.
	 */
	@EventListener
	void committed(Neo4jBookmarksUpdatedEvent event) {
		RequestBookmarks bookmarks = RequestBookmarks.holder().get();
		if (bookmarks != null && TransactionSynchronizationManager.isActualTransactionActive()
				&& !TransactionSynchronizationManager.isCurrentTransactionReadOnly()
				&& !event.getBookmarks().isEmpty()) {
			bookmarks.wrote(event.getBookmarks());
		}
	}

	/**
	 * A write of one statement committed on its own, outside Spring's transactions
	 * ({@link SingleStatementWrites}): its bookmarks are the request's too.
	 */
	@EventListener
	void committedAlone(SingleStatementWrites.WriteCommitted event) {
		RequestBookmarks bookmarks = RequestBookmarks.holder().get();
		if (bookmarks != null && !event.bookmarks().isEmpty()) {
			bookmarks.wrote(event.bookmarks());
		}
	}

	/**
	 * A GraphQL response to a request that wrote carries the write's bookmarks, in the
	 * header and in {@code extensions.bookmarks}.
	 */
	@Bean
	WebGraphQlInterceptor bookmarkResponses() {
		return (request, chain) -> chain.next(request).map((response) -> {
			Object attribute = request.getAttributes().get(BookmarkFilter.ATTRIBUTE);
			if (!(attribute instanceof RequestBookmarks bookmarks) || bookmarks.written().isEmpty()) {
				return response;
			}
			String value = RequestBookmarks.format(bookmarks.written());
			Map<Object, Object> extensions = new LinkedHashMap<>(
					(response.getExtensions() != null) ? response.getExtensions() : Map.of());
			extensions.put("bookmarks", List.of(value.split(",")));
			WebGraphQlResponse withBookmarks = response.transform((builder) -> builder.extensions(extensions));
			withBookmarks.getResponseHeaders().set(RequestBookmarks.HEADER, value);
			return withBookmarks;
		});
	}

}
