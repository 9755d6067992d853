package org.innograph.limits;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import graphql.language.FieldDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.IntValue;
import graphql.language.InterfaceTypeDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.schema.idl.TypeUtil;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import jakarta.servlet.Filter;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import org.innograph.api.GraphQlBody;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The filters of this package in their order: request ids, the body limit, the document's
 * price and the per-client token buckets that answer 429 with Retry-After.
 */
class RequestFiltersTests {

	private static LimitsProperties limits(long capacity) {
		return limits(capacity, 50);
	}

	private static LimitsProperties limits(long capacity, int exportCost) {
		return new LimitsProperties(1000, 20000, 3000, 12, 30, 5000, 100, capacity, capacity, Duration.ofHours(1), 20,
				exportCost);
	}

	/**
	 * The filters as the application orders them, around an endpoint that answers 200.
	 */
	private record Filters(LimitsProperties limits, Filter[] filters) {

		Filters(LimitsProperties limits) {
			this(limits,
					new Filter[] { new RequestIdFilter(), new BodyLimitFilter(limits),
							new DocumentCostFilter(limits, new ParsedDocuments()),
							new RateLimitFilter(limits, new RateLimits(limits)) });
		}

		MockHttpServletResponse serve(MockHttpServletRequest request) throws ServletException, IOException {
			MockHttpServletResponse response = new MockHttpServletResponse();
			new MockFilterChain(new HttpServlet() {
				@Override
				protected void service(jakarta.servlet.http.HttpServletRequest req,
						jakarta.servlet.http.HttpServletResponse res) {
					res.setStatus(200);
				}
			}, this.filters).doFilter(request, response);
			return response;
		}

		MockHttpServletResponse get(String address, String path) throws ServletException, IOException {
			MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
			request.setRemoteAddr(address);
			return serve(request);
		}

		MockHttpServletResponse post(String address, String body) throws ServletException, IOException {
			return post(address, "application/json", body);
		}

		MockHttpServletResponse post(String address, String contentType, String body)
				throws ServletException, IOException {
			MockHttpServletRequest request = new MockHttpServletRequest("POST", "/graphql");
			request.setRemoteAddr(address);
			request.setContentType(contentType);
			request.setContent(body.getBytes(StandardCharsets.UTF_8));
			return serve(request);
		}

	}

	@Test
	void aClientThatSpendsItsBudgetGets429WithRetryAfterAndOthersDoNot() throws Exception {
		Filters filters = new Filters(limits(3));
		for (int i = 0; i < 3; i++) {
			assertThat(filters.post("10.0.0.1", "{\"query\":\"{ __typename }\"}").getStatus()).isEqualTo(200);
		}
		MockHttpServletResponse refused = filters.post("10.0.0.1", "{\"query\":\"{ __typename }\"}");
		assertThat(refused.getStatus()).isEqualTo(429);
		assertThat(Long.parseLong(refused.getHeader("Retry-After"))).isPositive();
		assertThat(refused.getContentAsString()).contains("\"code\":\"RATE_LIMITED\"")
			.contains("\"requestId\":\"" + refused.getHeader("X-Request-Id") + "\"");
		assertThat(filters.post("10.0.0.2", "{\"query\":\"{ __typename }\"}").getStatus()).isEqualTo(200);
	}

	@Test
	void theClientIsWhomTheIdentityFilterNamedNotWhatItsHeadersSay() throws Exception {
		Filters filters = new Filters(limits(3));
		for (int i = 0; i < 4; i++) {
			MockHttpServletRequest request = new MockHttpServletRequest("POST", "/graphql");
			request.setRemoteAddr("10.0.0.9");
			request.addHeader("Authorization", "Bearer random-" + i);
			request.addHeader("X-Forwarded-For", "192.0.2." + i);
			request.setAttribute(RateLimits.CLIENT, RateLimits.addressKey("10.0.0.9"));
			request.setContentType("application/json");
			request.setContent("{\"query\":\"{ __typename }\"}".getBytes(StandardCharsets.UTF_8));
			assertThat(filters.serve(request).getStatus()).isEqualTo((i < 3) ? 200 : 429);
		}
	}

	@Test
	void bigQueriesAndMutationsCostMore() {
		DocumentCostFilter cost = new DocumentCostFilter(limits(100), new ParsedDocuments());
		long small = cost.price("{\"query\":\"{ entity(key: \\\"x\\\") { id } }\"}".getBytes(StandardCharsets.UTF_8))
			.points();
		long big = cost
			.price("{\"query\":\"{ entities(first: 100) { nodes { relationships(first: 40) { totalCount } } } }\"}"
				.getBytes(StandardCharsets.UTF_8))
			.points();
		long mutation = cost.price("{\"query\":\"mutation { x }\"}".getBytes(StandardCharsets.UTF_8)).points();
		assertThat(small).isEqualTo(1);
		assertThat(big).isEqualTo(1 + 4100 / 100);
		assertThat(mutation).isEqualTo(21);
		assertThat(cost.price("not json".getBytes(StandardCharsets.UTF_8)).points()).isEqualTo(1);
	}

	@Test
	void aPagedFieldWithoutFirstIsPricedByItsOwnDefaultPage() {
		DocumentCostFilter cost = new DocumentCostFilter(limits(100), new ParsedDocuments());
		// counts answers 100 buckets by default, 2 points' worth; 20 would price it at 1.
		assertThat(cost
			.price("{\"query\":\"{ counts(groupBy: MEMBER) { buckets { key } } }\"}".getBytes(StandardCharsets.UTF_8))
			.points()).isEqualTo(1 + 100 / 100);
		assertThat(cost
			.price("{\"query\":\"{ a: counts(groupBy: MEMBER) { total } b: counts(groupBy: KIND) { total } }\"}"
				.getBytes(StandardCharsets.UTF_8))
			.points()).isEqualTo(1 + 200 / 100);
	}

	/**
	 * The price's default pages are the schema's: every field with a {@code first} that
	 * answers records, by its name, with the default the schema gives it. A name that
	 * also names a field without paging may be left out (a sum's {@code facts} pages, an
	 * entity's does not: priced by name, every entity's facts would count as a page).
	 */
	@Test
	void thePricesDefaultPagesAreTheSchemas() throws IOException {
		TypeDefinitionRegistry registry = new SchemaParser().parse(Files.readString(Path.of("schema.graphqls")));
		List<FieldDefinition> fields = new ArrayList<>();
		registry.getTypes(ObjectTypeDefinition.class).forEach((type) -> fields.addAll(type.getFieldDefinitions()));
		registry.objectTypeExtensions()
			.values()
			.forEach((extensions) -> extensions.forEach((type) -> fields.addAll(type.getFieldDefinitions())));
		Map<String, Integer> defaults = new HashMap<>();
		Set<String> unpaged = new HashSet<>();
		for (FieldDefinition field : fields) {
			boolean records = registry.getType(TypeUtil.unwrapAll(field.getType()))
				.filter((answer) -> answer instanceof ObjectTypeDefinition || answer instanceof InterfaceTypeDefinition)
				.isPresent();
			Optional<InputValueDefinition> first = field.getInputValueDefinitions()
				.stream()
				.filter((argument) -> argument.getName().equals("first"))
				.findFirst();
			if (records && first.isPresent()) {
				int value = ((IntValue) first.get().getDefaultValue()).getValue().intValue();
				Integer before = defaults.put(field.getName(), value);
				assertThat(before).as(field.getName()).isIn(null, value);
			}
			else if (records) {
				unpaged.add(field.getName());
			}
		}
		assertThat(defaults).containsAllEntriesOf(DocumentCostFilter.DEFAULT_PAGES);
		Set<String> leftOut = new HashSet<>(defaults.keySet());
		leftOut.removeAll(DocumentCostFilter.DEFAULT_PAGES.keySet());
		assertThat(unpaged).as("paged fields the price leaves out").containsAll(leftOut);
	}

	@Test
	void aDocumentOverTheTokenLimitIsMarkedForLimitExceeded() {
		DocumentCostFilter cost = new DocumentCostFilter(limits(100), new ParsedDocuments());
		String fields = "a ".repeat(3100);
		DocumentCostFilter.Price price = cost
			.price(("{\"query\":\"{ " + fields + "}\"}").getBytes(StandardCharsets.UTF_8));
		assertThat(price.points()).isEqualTo(1);
		assertThat(price.overParserLimits()).contains("3,000");
		assertThat(cost.price("{\"query\":\"{ a b c }\"}".getBytes(StandardCharsets.UTF_8)).overParserLimits())
			.isNull();
	}

	@Test
	void aJsonBodyThatIsNotAnObjectIsABadRequest() throws Exception {
		Filters filters = new Filters(limits(100));
		for (String body : new String[] { "null", "42", "\"{ __typename }\"", "true" }) {
			MockHttpServletResponse response = filters.post("10.0.0.7", body);
			assertThat(response.getStatus()).as(body).isEqualTo(400);
			assertThat(response.getContentAsString()).as(body)
				.contains("\"code\":\"BAD_REQUEST\"")
				.contains("JSON object");
		}
		// Arrays (batches) and other media types are left to the endpoint, which answers
		// them itself.
		assertThat(filters.post("10.0.0.7", "[{\"query\":\"{ __typename }\"}]").getStatus()).isEqualTo(200);
		assertThat(filters.post("10.0.0.7", "text/plain", "null").getStatus()).isEqualTo(200);
	}

	@Test
	void aWellFormedBodyIsKeptAsReadForTheEndpointAndAnyOtherIsLeftToTheFramework() throws Exception {
		Filters filters = new Filters(limits(100));
		GraphQlBody kept = keptBody(filters, "application/json",
				"{\"query\":\"query Q($n: Int) { a }\",\"operationName\":\"Q\",\"variables\":{\"n\":7,"
						+ "\"list\":[1.5,\"x\"]},\"extensions\":{\"e\":true}}");
		assertThat(kept).isEqualTo(new GraphQlBody("query Q($n: Int) { a }", "Q",
				Map.of("n", 7, "list", List.of(1.5, "x")), Map.of("e", true)));
		assertThat(keptBody(filters, "application/json; charset=UTF-8",
				"{\"query\":\"{ a }\",\"operationName\":null,\"variables\":null}"))
			.isEqualTo(new GraphQlBody("{ a }", null, Map.of(), Map.of()));
		for (String other : new String[] { "{\"query\":\"\"}", "{\"query\":\"  \"}", "{\"query\":5}",
				"{\"variables\":{}}", "{\"query\":\"{ a }\",\"variables\":[1]}",
				"{\"query\":\"{ a }\",\"operationName\":3}", "{\"query\":\"{ a }\",\"extensions\":\"e\"}",
				"[{\"query\":\"{ a }\"}]", "not json" }) {
			assertThat(keptBody(filters, "application/json", other)).as(other).isNull();
		}
		// Read as UTF-8 here; the framework reads other charsets as they are declared.
		assertThat(keptBody(filters, "application/json;charset=ISO-8859-1", "{\"query\":\"{ a }\"}")).isNull();
		assertThat(keptBody(filters, "application/graphql", "{ a }")).isNull();
	}

	private static GraphQlBody keptBody(Filters filters, String contentType, String body) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/graphql");
		request.setRemoteAddr("10.0.0.8");
		request.setContentType(contentType);
		request.setContent(body.getBytes(StandardCharsets.UTF_8));
		filters.serve(request);
		return (GraphQlBody) request.getAttribute(GraphQlBody.ATTRIBUTE);
	}

	@Test
	void anOversizedBodyIsRefusedWith413() throws Exception {
		MockHttpServletResponse response = new Filters(limits(100)).post("10.0.0.3",
				"{\"query\":\"" + "x".repeat(2000) + "\"}");
		assertThat(response.getStatus()).isEqualTo(413);
		assertThat(response.getContentAsString()).contains("\"code\":\"LIMIT_EXCEEDED\"").contains("1000");
	}

	@Test
	void everyResponseCarriesARequestIdAndAWellFormedIncomingOneIsKept() throws Exception {
		Filters filters = new Filters(limits(100));
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/actuator/health");
		request.addHeader("X-Request-Id", "client-chosen-id-123");
		assertThat(filters.serve(request).getHeader("X-Request-Id")).isEqualTo("client-chosen-id-123");

		MockHttpServletRequest hostile = new MockHttpServletRequest("GET", "/");
		hostile.addHeader("X-Request-Id", "bad id\nwith newline");
		assertThat(filters.serve(hostile).getHeader("X-Request-Id")).matches("[0-9a-f-]{36}");
	}

	@Test
	void exportsSpendTheirWeightFromTheSameBucketAndTheOneTooManyGets429WithRetryAfter() throws Exception {
		Filters filters = new Filters(limits(100, 30));
		for (String format : new String[] { "graphml", "gexf", "csv" }) {
			assertThat(filters.get("10.0.0.4", "/export/" + format).getStatus()).isEqualTo(200);
		}
		MockHttpServletResponse refused = filters.get("10.0.0.4", "/export/cytoscape");
		assertThat(refused.getStatus()).isEqualTo(429);
		assertThat(Long.parseLong(refused.getHeader("Retry-After"))).isPositive();
		assertThat(refused.getContentType()).startsWith("application/json");
		assertThat(refused.getContentAsString()).contains("\"code\":\"RATE_LIMITED\"").contains("requestId");

		// 3 x 30 of 100 points spent: GraphQL still has 10, and the export refused above
		// took none.
		MockHttpServletResponse query = filters.post("10.0.0.4", "{\"query\":\"{ __typename }\"}");
		assertThat(query.getStatus()).isEqualTo(200);
		assertThat(query.getHeader("X-RateLimit-Remaining")).isEqualTo("9");
		assertThat(filters.get("10.0.0.5", "/export/graphml").getStatus()).isEqualTo(200);
	}

	@Test
	void aClientThatSpentItsBudgetOnQueriesCannotExportAndOtherPagesAreFree() throws Exception {
		Filters filters = new Filters(limits(60, 50));
		for (int i = 0; i < 20; i++) {
			assertThat(filters.post("10.0.0.6", "{\"query\":\"{ __typename }\"}").getStatus()).isEqualTo(200);
		}
		assertThat(filters.get("10.0.0.6", "/export/graphml").getStatus()).isEqualTo(429);
		for (int i = 0; i < 100; i++) {
			assertThat(filters.get("10.0.0.6", "/actuator/health").getStatus()).isEqualTo(200);
			assertThat(filters.get("10.0.0.6", "/explorer/app.js").getStatus()).isEqualTo(200);
		}
	}

}
