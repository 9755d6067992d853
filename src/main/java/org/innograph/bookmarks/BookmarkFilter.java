package org.innograph.bookmarks;

import java.io.IOException;
import java.util.Collections;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.innograph.api.ErrorCode;
import org.innograph.api.ErrorCodes;
import org.innograph.api.ErrorResponses;
import org.innograph.api.FilterOrder;
import org.innograph.store.DatabaseFailures;
import org.neo4j.driver.Bookmark;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads the bookmarks a request sends in {@value RequestBookmarks#HEADER}, checks that
 * the database has reached them, and makes them the request's for as long as it runs. A
 * malformed header is refused with 400 and BAD_REQUEST before anything runs; so is a
 * bookmark the database never issued, or has not reached within
 * {@code innograph.bookmarks.max-wait} (see {@link BookmarkBarrier}).
 */
// After the client is known and has paid (the checks below cost the database work), and
// before security
// and the endpoints, whose transactions then begin from bookmarks already reached.
@Component
@Order(FilterOrder.BOOKMARKS)
class BookmarkFilter extends OncePerRequestFilter {

	/**
	 * The request attribute under which the request's bookmarks are kept, for the GraphQL
	 * interceptor.
	 */
	static final String ATTRIBUTE = RequestBookmarks.class.getName();

	private final BookmarkBarrier barrier;

	private final BookmarkProperties properties;

	BookmarkFilter(BookmarkBarrier barrier, BookmarkProperties properties) {
		this.barrier = barrier;
		this.properties = properties;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Set<Bookmark> requested;
		try {
			requested = RequestBookmarks.parse(Collections.list(request.getHeaders(RequestBookmarks.HEADER)));
		}
		catch (IllegalArgumentException ex) {
			ErrorResponses.write(request, response, 400, ErrorCode.BAD_REQUEST, ex.getMessage());
			return;
		}
		if (!requested.isEmpty() && !reached(requested, request, response)) {
			return;
		}
		RequestBookmarks bookmarks = new RequestBookmarks(requested);
		request.setAttribute(ATTRIBUTE, bookmarks);
		RequestBookmarks.holder().set(bookmarks);
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | RuntimeException ex) {
			// A bookmark the database did not issue fails the first transaction of the
			// request, wherever it
			// runs (the API token look-up runs before GraphQL): the client's mistake,
			// answered as such.
			if (!DatabaseFailures.isRejectedBookmark(ex) || response.isCommitted()) {
				throw ex;
			}
			response.reset();
			ErrorResponses.write(request, response, 400, ErrorCode.BAD_REQUEST, ErrorCodes.REJECTED_BOOKMARK);
		}
		finally {
			RequestBookmarks.holder().remove();
		}
	}

	/**
	 * Whether the database has reached the bookmarks; if not, the refusal has been
	 * written.
	 */
	private boolean reached(Set<Bookmark> requested, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		switch (this.barrier.await(requested)) {
			case REACHED -> {
				return true;
			}
			case NOT_REACHED -> ErrorResponses.write(request, response, 400, ErrorCode.BAD_REQUEST,
					"The database has not reached the bookmark of the " + RequestBookmarks.HEADER + " header within "
							+ this.properties.maxWait().toMillis() + " ms: send only bookmarks this service returned, "
							+ "or none.");
			case REJECTED ->
				ErrorResponses.write(request, response, 400, ErrorCode.BAD_REQUEST, ErrorCodes.REJECTED_BOOKMARK);
			case BUSY -> {
				response.setHeader("Retry-After", "1");
				ErrorResponses.write(request, response, 503, ErrorCode.SERVICE_UNAVAILABLE,
						"Too many requests are waiting for their bookmarks right now; try again shortly.");
			}
			case UNAVAILABLE -> ErrorResponses.write(request, response, 503, ErrorCode.SERVICE_UNAVAILABLE,
					"The database is not reachable right now; please try again shortly.");
		}
		return false;
	}

}
