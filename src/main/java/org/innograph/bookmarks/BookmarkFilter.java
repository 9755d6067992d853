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
import org.neo4j.driver.Bookmark;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads the bookmarks a request sends in {@value RequestBookmarks#HEADER} and makes them the request's
 * for as long as it runs; a malformed header is refused with 400 and BAD_REQUEST before anything runs.
 */
// Right after the guard that gives the request its id and charges its rate limit, and before security,
// so that even the look-up of an API token begins from the client's bookmark.
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class BookmarkFilter extends OncePerRequestFilter {

	/** The request attribute under which the request's bookmarks are kept, for the GraphQL interceptor. */
	static final String ATTRIBUTE = RequestBookmarks.class.getName();

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
		RequestBookmarks bookmarks = new RequestBookmarks(requested);
		request.setAttribute(ATTRIBUTE, bookmarks);
		RequestBookmarks.holder().set(bookmarks);
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | RuntimeException ex) {
			// A bookmark the database did not issue fails the first transaction of the request, wherever it
			// runs (the API token look-up runs before GraphQL): the client's mistake, answered as such.
			if (!ErrorCodes.isRejectedBookmark(ex) || response.isCommitted()) {
				throw ex;
			}
			response.reset();
			ErrorResponses.write(request, response, 400, ErrorCode.BAD_REQUEST, ErrorCodes.REJECTED_BOOKMARK);
		}
		finally {
			RequestBookmarks.holder().remove();
		}
	}

}
