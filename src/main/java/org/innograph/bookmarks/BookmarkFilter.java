package org.innograph.bookmarks;

import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.innograph.api.ErrorCode;
import org.neo4j.driver.Bookmark;
import tools.jackson.databind.json.JsonMapper;

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

	private final JsonMapper json = JsonMapper.builder().build();

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Set<Bookmark> requested;
		try {
			requested = RequestBookmarks.parse(Collections.list(request.getHeaders(RequestBookmarks.HEADER)));
		}
		catch (IllegalArgumentException ex) {
			refuse(request, response, ex.getMessage());
			return;
		}
		RequestBookmarks bookmarks = new RequestBookmarks(requested);
		request.setAttribute(ATTRIBUTE, bookmarks);
		RequestBookmarks.holder().set(bookmarks);
		try {
			chain.doFilter(request, response);
		}
		finally {
			RequestBookmarks.holder().remove();
		}
	}

	/** 400 with the error shape of the endpoint asked: GraphQL's errors list, or the exports' code object. */
	private void refuse(HttpServletRequest request, HttpServletResponse response, String message) throws IOException {
		Object requestId = request.getAttribute("requestId");
		Map<String, Object> error = new LinkedHashMap<>();
		response.setStatus(400);
		response.setContentType("application/json");
		response.setCharacterEncoding("UTF-8");
		if (request.getRequestURI().endsWith("/graphql")) {
			Map<String, Object> extensions = new LinkedHashMap<>();
			extensions.put("code", ErrorCode.BAD_REQUEST.name());
			if (requestId != null) {
				extensions.put("requestId", requestId.toString());
			}
			error.put("message", message);
			error.put("extensions", extensions);
			response.getWriter().write(this.json.writeValueAsString(Map.of("errors", List.of(error))));
		}
		else {
			error.put("code", ErrorCode.BAD_REQUEST.name());
			error.put("message", message);
			if (requestId != null) {
				error.put("requestId", requestId.toString());
			}
			response.getWriter().write(this.json.writeValueAsString(error));
		}
	}

}
