package org.innograph.limits;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

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
import org.innograph.api.GraphQlBody;
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
 * parsing it again. A well-formed body is kept as read ({@link GraphQlBody}), so that the
 * endpoint does not read it again either.
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
		MediaType type = (body != null) ? jsonType(request) : null;
		JsonNode parsed = (type != null) ? readJson(body) : null;
		if (parsed != null && !parsed.isObject() && !parsed.isArray()) {
			// An array is a batch, which the endpoint refuses itself; null, a number or a
			// string is nothing.
			String was = parsed.getNodeType().name().toLowerCase(Locale.ROOT);
			ErrorResponses.write(request, response, 400, ErrorCode.BAD_REQUEST, "The request body must be a JSON "
					+ "object with 'query' (and optionally 'variables' and 'operationName'); it was " + was + ".");
			return;
		}
		Price price = new Price(1, null, false);
		if (parsed != null && parsed.isObject()) {
			Map<String, Object> variables = objectMember(parsed, "variables");
			price = price(parsed, variables);
			GraphQlBody kept = kept(parsed, variables, type);
			if (kept != null) {
				request.setAttribute(GraphQlBody.ATTRIBUTE, kept);
			}
		}
		request.setAttribute(COST, price.points());
		if (price.query()) {
			request.setAttribute(RequestTransaction.READ_ONLY, Boolean.TRUE);
		}
		if (price.overParserLimits() != null) {
			request.setAttribute(OVER_PARSER_LIMITS, price.overParserLimits());
		}
		chain.doFilter(request, response);
	}

	/** The request's JSON content type, or null when it is not JSON. */
	private static MediaType jsonType(HttpServletRequest request) {
		try {
			MediaType type = MediaType.parseMediaType(request.getContentType());
			return (type.isCompatibleWith(MediaType.APPLICATION_JSON) || "json".equals(type.getSubtypeSuffix())) ? type
					: null;
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	/**
	 * The body for the endpoint to execute as it is, when its members have the types a
	 * GraphQL request gives them and it was sent in UTF-8 (which it was read as); null
	 * otherwise, and the framework reads it again and answers as it does.
	 */
	private GraphQlBody kept(JsonNode body, Map<String, Object> variables, MediaType type) {
		JsonNode query = body.get("query");
		JsonNode operationName = body.get("operationName");
		boolean wellFormed = query != null && query.isString() && !query.asString().isBlank()
				&& absentOr(operationName, JsonNode::isString) && absentOr(body.get("variables"), JsonNode::isObject)
				&& absentOr(body.get("extensions"), JsonNode::isObject);
		if (!wellFormed || (type.getCharset() != null && !StandardCharsets.UTF_8.equals(type.getCharset()))) {
			return null;
		}
		return new GraphQlBody(query.asString(),
				absentOr(operationName, JsonNode::isNull) ? null : operationName.asString(), variables,
				objectMember(body, "extensions"));
	}

	private static boolean absentOr(JsonNode member, Predicate<JsonNode> test) {
		return member == null || member.isNull() || test.test(member);
	}

	/** An object member as a map; empty when it is absent or not an object. */
	@SuppressWarnings("unchecked")
	private Map<String, Object> objectMember(JsonNode body, String name) {
		JsonNode member = body.get(name);
		return (member != null && member.isObject()) ? this.json.treeToValue(member, Map.class) : Map.of();
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
		return price(request, objectMember(request, "variables"));
	}

	private Price price(JsonNode request, Map<String, Object> variables) {
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
