package org.innograph.limits;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.innograph.api.ErrorCode;
import org.innograph.api.ErrorResponses;
import org.innograph.api.FilterOrder;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Serves GraphQL queries over {@code GET /graphql?query=…&variables=…&operationName=…},
 * as GraphQL over HTTP allows and as urql and HTTP caches use it. Spring for GraphQL
 * (2.0) routes POST only, so a GET with a {@code query} parameter is turned here into the
 * POST it stands for — its parameters as the JSON body — before the body limit, the price
 * and the rate limit: every limit applies to both alike, and the endpoint answers both
 * the same way.
 * <p>
 * A GET must not change anything: a mutation (or subscription) over GET is answered 405
 * with {@code Allow: POST} and a JSON error. An address longer than
 * {@code max-get-url-characters} is answered 414 with LIMIT_EXCEEDED; a {@code variables}
 * parameter that is not a JSON object, 400.
 */
@Component
@Order(FilterOrder.GRAPHQL_GET)
class GraphQlGetFilter extends OncePerRequestFilter {

	private final LimitsProperties limits;

	private final JsonMapper json = JsonMapper.builder().build();

	GraphQlGetFilter(LimitsProperties limits) {
		this.limits = limits;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !GraphQlRequests.isGraphQlGet(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String address = request.getQueryString();
		if (address != null && address.length() > this.limits.maxGetUrlCharacters()) {
			ErrorResponses.write(request, response, 414, ErrorCode.LIMIT_EXCEEDED,
					"The address has " + address.length() + " characters after '?'; the limit is "
							+ this.limits.maxGetUrlCharacters() + ". Send long queries with POST.");
			return;
		}
		String query = request.getParameter("query");
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("query", query);
		String operationName = request.getParameter("operationName");
		if (operationName != null && !operationName.isEmpty()) {
			body.put("operationName", operationName);
		}
		String variables = request.getParameter("variables");
		if (variables != null && !variables.isBlank()) {
			Object parsed;
			try {
				parsed = this.json.readValue(variables, Object.class);
			}
			catch (JacksonException ex) {
				parsed = null;
			}
			if (!(parsed instanceof Map<?, ?>)) {
				ErrorResponses.write(request, response, 400, ErrorCode.BAD_REQUEST,
						"The 'variables' parameter must be a JSON object, URL-encoded.");
				return;
			}
			body.put("variables", parsed);
		}
		OperationDefinition.Operation operation = operation(query, operationName);
		if (operation != null && operation != OperationDefinition.Operation.QUERY) {
			response.setHeader(HttpHeaders.ALLOW, "POST");
			ErrorResponses.write(request, response, 405, ErrorCode.BAD_REQUEST,
					"A " + operation.name().toLowerCase(Locale.ROOT) + " cannot be sent with GET; send it with POST.");
			return;
		}
		chain.doFilter(new AsPost(request, this.json.writeValueAsBytes(body)), response);
	}

	/**
	 * The kind of operation the request would run, or null when the document does not
	 * parse (the endpoint answers that itself) or names no such operation.
	 */
	private OperationDefinition.Operation operation(String query, String operationName) {
		try {
			Document document = Parser.parse(ParserEnvironment.newParserEnvironment()
				.document(query)
				.parserOptions(ParserOptions.getDefaultOperationParserOptions()
					.transform((o) -> o.maxTokens(this.limits.maxTokens())))
				.build());
			OperationDefinition.Operation found = null;
			for (OperationDefinition definition : document.getDefinitionsOfType(OperationDefinition.class)) {
				if (operationName == null || operationName.isEmpty() || operationName.equals(definition.getName())) {
					// Without a name, any mutation in the document makes it a write:
					// refuse it.
					if (found == null || definition.getOperation() != OperationDefinition.Operation.QUERY) {
						found = definition.getOperation();
					}
				}
			}
			return found;
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	/**
	 * A GET seen by everything after this filter as the POST of its parameters as JSON.
	 */
	private static final class AsPost extends GraphQlRequests.CachedBody {

		AsPost(HttpServletRequest request, byte[] body) {
			super(request, body);
		}

		@Override
		public String getMethod() {
			return "POST";
		}

		@Override
		public String getContentType() {
			return MediaType.APPLICATION_JSON_VALUE;
		}

		@Override
		public String getCharacterEncoding() {
			return StandardCharsets.UTF_8.name();
		}

		@Override
		public String getHeader(String name) {
			if (HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name)) {
				return getContentType();
			}
			if (HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name)) {
				return Integer.toString(getContentLength());
			}
			return super.getHeader(name);
		}

		@Override
		public Enumeration<String> getHeaders(String name) {
			String replaced = (HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name)
					|| HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name)) ? getHeader(name) : null;
			return (replaced != null) ? Collections.enumeration(List.of(replaced)) : super.getHeaders(name);
		}

		@Override
		public Enumeration<String> getHeaderNames() {
			List<String> names = Collections.list(super.getHeaderNames());
			for (String name : List.of(HttpHeaders.CONTENT_TYPE, HttpHeaders.CONTENT_LENGTH)) {
				if (names.stream().noneMatch(name::equalsIgnoreCase)) {
					names.add(name);
				}
			}
			return Collections.enumeration(names);
		}

	}

}
