package org.innograph.limits;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

import graphql.language.Document;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.parser.exceptions.ParseCancelledException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.innograph.api.ErrorCode;
import org.innograph.api.ErrorResponses;
import org.innograph.api.FilterOrder;
import org.innograph.store.RequestTransaction;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Prices a GraphQL request in rate-limit points — one per request, one per hundred nodes
 * asked for, more for a mutation — for the rate limit after it. A JSON body that is not
 * an object (such as {@code null}) is refused here with 400; a document over the parser's
 * token limit is marked, so that the GraphQL endpoint answers LIMIT_EXCEEDED without
 * parsing it again.
 */
@Component
@Order(FilterOrder.DOCUMENT_COST)
class DocumentCostFilter extends OncePerRequestFilter {

	/** The request attribute with the price of the request, in points. */
	static final String COST = DocumentCostFilter.class.getName() + ".cost";

	/**
	 * The request attribute set, with the parser's message, when the document is over its
	 * limits.
	 */
	static final String OVER_PARSER_LIMITS = DocumentCostFilter.class.getName() + ".overParserLimits";

	/**
	 * Field names that page, with the default {@code first} the schema gives each (so a
	 * request that leaves it out is priced by what it will get); the name alone is enough
	 * to price a request before it is validated. {@code RequestFiltersTests} checks it
	 * against the schema.
	 */
	static final Map<String, Integer> DEFAULT_PAGES = Map.ofEntries(Map.entry("search", 20), Map.entry("entities", 20),
			Map.entry("counts", 100), Map.entry("connections", 5), Map.entry("connectionReport", 5),
			Map.entry("timeline", 20), Map.entry("relationships", 20), Map.entry("neighbors", 20),
			Map.entry("mentions", 20), Map.entry("interlocks", 20), Map.entry("proposals", 20),
			Map.entry("history", 20), Map.entry("rankings", 20), Map.entry("notAdded", 100));

	private final LimitsProperties limits;

	private final ParsedDocuments documents;

	private final JsonMapper json = JsonMapper.builder().build();

	DocumentCostFilter(LimitsProperties limits, ParsedDocuments documents) {
		this.limits = limits;
		this.documents = documents;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !GraphQlRequests.isGraphQl(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		byte[] body = GraphQlRequests.body(request);
		JsonNode parsed = (body != null && isJson(request)) ? readJson(body) : null;
		if (parsed != null && !parsed.isObject() && !parsed.isArray()) {
			// An array is a batch, which the endpoint refuses itself; null, a number or a
			// string is nothing.
			String was = parsed.getNodeType().name().toLowerCase(Locale.ROOT);
			ErrorResponses.write(request, response, 400, ErrorCode.BAD_REQUEST, "The request body must be a JSON "
					+ "object with 'query' (and optionally 'variables' and 'operationName'); it was " + was + ".");
			return;
		}
		Price price = (parsed != null && parsed.isObject()) ? price(parsed) : new Price(1, null, false);
		request.setAttribute(COST, price.points());
		if (price.query()) {
			request.setAttribute(RequestTransaction.READ_ONLY, Boolean.TRUE);
		}
		if (price.overParserLimits() != null) {
			request.setAttribute(OVER_PARSER_LIMITS, price.overParserLimits());
		}
		chain.doFilter(request, response);
	}

	private static boolean isJson(HttpServletRequest request) {
		try {
			MediaType type = MediaType.parseMediaType(request.getContentType());
			return type.isCompatibleWith(MediaType.APPLICATION_JSON) || "json".equals(type.getSubtypeSuffix());
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	private JsonNode readJson(byte[] body) {
		try {
			return this.json.readTree(body);
		}
		catch (JacksonException ex) {
			// Not JSON at all: the endpoint answers that itself (400).
			return null;
		}
	}

	/**
	 * What a request costs. The document is parsed here only to count; anything
	 * unparsable costs one point and is left to the GraphQL endpoint to reject properly.
	 */
	Price price(JsonNode request) {
		String query = request.path("query").asString("");
		if (query.isEmpty() || query.length() > this.limits.maxDocumentCharacters()) {
			return new Price(1, null, false);
		}
		try {
			// A document asked before is already parsed; a new one is parsed here with
			// the token limit.
			Document document = this.documents.valid(query)
				.orElseGet(() -> Parser.parse(ParserEnvironment.newParserEnvironment()
					.document(query)
					.parserOptions(ParserOptions.getDefaultOperationParserOptions()
						.transform((o) -> o.maxTokens(this.limits.maxTokens())))
					.build()));
			@SuppressWarnings("unchecked")
			Map<String, Object> variables = request.has("variables") && request.get("variables").isObject()
					? this.json.treeToValue(request.get("variables"), Map.class) : Map.of();
			QueryShape shape = QueryShape.of(document, request.path("operationName").asString(null), variables,
					DEFAULT_PAGES::get);
			return new Price(1 + Math.min(shape.nodes(), this.limits.maxNodes()) / 100
					+ (shape.mutation() ? this.limits.mutationWeight() : 0), null, !shape.mutation());
		}
		catch (ParseCancelledException ex) {
			return new Price(1, ex.getMessage(), false);
		}
		catch (RuntimeException ex) {
			return new Price(1, null, false);
		}
	}

	/** The price of a request body, as the filter finds it. */
	Price price(byte[] body) {
		JsonNode parsed = readJson(body);
		return (parsed != null && parsed.isObject()) ? price(parsed) : new Price(1, null, false);
	}

	/**
	 * The points a request costs, the parser's message when its document is over the
	 * parser's limits (null otherwise), and whether it only reads (its operation is a
	 * query: no mutation, and parsed, so anything else is refused before it runs).
	 */
	record Price(long points, String overParserLimits, boolean query) {
	}

}
