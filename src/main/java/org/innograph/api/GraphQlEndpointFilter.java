package org.innograph.api;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.graphql.MediaTypes;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.HttpCookie;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.util.AlternativeJdkIdGenerator;
import org.springframework.util.IdGenerator;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.filter.ServerHttpObservationFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The GraphQL endpoint for the requests front ends and tools send: a POST to the
 * endpoint's address whose JSON body the request filters have already read
 * ({@link GraphQlBody}), not cross-origin, asking for an answer type the endpoint gives.
 * It runs the request through Spring for GraphQL's {@link WebGraphQlHandler} (its
 * interceptors, execution and error handling) and writes the answer as the framework's
 * handler would: the same answer type, the same status (400 for a request error answered
 * as {@code application/graphql-response+json}, 200 otherwise), the same headers.
 * <p>
 * Why not the framework's handler alone: behind Spring MVC a small query's answer passed
 * through the dispatcher servlet, the functional request (headers copied, types parsed),
 * the message converters reading the body a second time and writing the answer; together
 * 8–10 % of a point look-up's time over HTTP (docs/performance.md). {@code
 * GraphQlEndpointIT} sends the same requests both ways and compares the answers, so that
 * a framework upgrade that answers differently is noticed. Everything else — preflights
 * and cross-origin requests (CORS is the framework's), other methods, bodies of another
 * shape or type, answer types it does not give — goes on to the dispatcher servlet and is
 * answered by the framework, unchanged.
 * <p>
 * A filter, the last of the chain (after Spring Security's), rather than a servlet of its
 * own: what it does not answer continues as if it were not there.
 */
class GraphQlEndpointFilter extends OncePerRequestFilter {

	private static final List<MediaType> ANSWER_TYPES = List.of(MediaTypes.APPLICATION_GRAPHQL_RESPONSE,
			MediaType.APPLICATION_JSON);

	private final WebGraphQlHandler handler;

	private final JsonMapper json;

	private final String path;

	private final String address;

	private final IdGenerator ids = new AlternativeJdkIdGenerator();

	/**
	 * @param handler the GraphQL handler
	 * @param json the application's JSON mapper, the one the framework writes answers
	 * with
	 * @param path the endpoint's path, as the request metrics name it
	 * @param address the endpoint's path under the servlet context (the dispatcher
	 * servlet's path and the endpoint's)
	 */
	GraphQlEndpointFilter(WebGraphQlHandler handler, JsonMapper json, String path, String address) {
		this.handler = handler;
		this.json = json;
		this.path = path;
		this.address = address;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		GraphQlBody body = GraphQlBody.of(request);
		MediaType answerType = (body != null && "POST".equals(request.getMethod())
				&& request.getRequestURI().equals(request.getContextPath() + this.address)
				&& !CorsUtils.isCorsRequest(request)) ? answerType(request) : null;
		if (answerType == null) {
			chain.doFilter(request, response);
			return;
		}
		ServerHttpObservationFilter.findObservationContext(request)
			.ifPresent((context) -> context.setPathPattern(this.path));
		CompletableFuture<WebGraphQlResponse> answer = this.handler.handleRequest(graphQlRequest(request, body))
			.toFuture();
		if (answer.isDone()) {
			// As for every query of this service: its data fetchers read on this thread.
			write(join(answer), answerType, response);
			return;
		}
		AsyncContext async = request.startAsync();
		answer.whenComplete((ready, failure) -> {
			try {
				if (failure != null) {
					response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
				}
				else {
					write(ready, answerType, response);
				}
			}
			catch (IOException ex) {
				// The client left; nothing to answer.
			}
			finally {
				async.complete();
			}
		});
	}

	/**
	 * The answer type the framework's handler picks: the first type of {@code Accept}
	 * that is exactly one it gives, else JSON. Null for an {@code Accept} that does not
	 * parse, which the framework refuses (406).
	 */
	static MediaType answerType(HttpServletRequest request) {
		List<String> accept = Collections.list(request.getHeaders(HttpHeaders.ACCEPT));
		try {
			for (MediaType type : MediaType.parseMediaTypes(accept)) {
				if (ANSWER_TYPES.contains(type)) {
					return type;
				}
			}
			return MediaType.APPLICATION_JSON;
		}
		catch (InvalidMediaTypeException ex) {
			return null;
		}
	}

	private WebGraphQlRequest graphQlRequest(HttpServletRequest request, GraphQlBody body) {
		ServletServerHttpRequest http = new ServletServerHttpRequest(request);
		URI uri = http.getURI();
		return new WebGraphQlRequest(uri, http.getHeaders(), cookies(request),
				new InetSocketAddress(request.getRemoteHost(), request.getRemotePort()), new RequestAttributes(request),
				body.request(), this.ids.generateId().toString(), LocaleContextHolder.getLocale());
	}

	private static MultiValueMap<String, HttpCookie> cookies(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		MultiValueMap<String, HttpCookie> all = new LinkedMultiValueMap<>((cookies != null) ? cookies.length : 0);
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				all.add(cookie.getName(), new HttpCookie(cookie.getName(), cookie.getValue()));
			}
		}
		return all;
	}

	private void write(WebGraphQlResponse answer, MediaType answerType, HttpServletResponse response)
			throws IOException {
		boolean requestError = !answer.getExecutionResult().isDataPresent()
				&& MediaTypes.APPLICATION_GRAPHQL_RESPONSE.equals(answerType);
		response.setStatus(requestError ? HttpServletResponse.SC_BAD_REQUEST : HttpServletResponse.SC_OK);
		answer.getResponseHeaders()
			.forEach((name, values) -> values.forEach((value) -> response.addHeader(name, value)));
		response.setContentType(answerType.toString());
		byte[] bytes = this.json.writeValueAsBytes(answer.toMap());
		response.setContentLength(bytes.length);
		response.getOutputStream().write(bytes);
		// Sent now, whole, not after the outer filters' bookkeeping (metrics, contexts):
		// none of them writes to an answered response.
		response.flushBuffer();
	}

	private static WebGraphQlResponse join(CompletableFuture<WebGraphQlResponse> answer) throws ServletException {
		try {
			return answer.join();
		}
		catch (CompletionException ex) {
			throw new ServletException(ex.getCause());
		}
	}

}
