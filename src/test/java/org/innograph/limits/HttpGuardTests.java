package org.innograph.limits;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import jakarta.servlet.ServletException;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The HTTP guard: request ids, the body limit, and per-client token buckets that answer 429 with Retry-After. */
class HttpGuardTests {

	private static LimitsProperties limits(long capacity) {
		return limits(capacity, 50);
	}

	private static LimitsProperties limits(long capacity, int exportCost) {
		return new LimitsProperties(1000, 20000, 3000, 12, 30, 5000, 100, capacity, capacity, Duration.ofHours(1), 20,
				exportCost);
	}

	private static MockHttpServletResponse get(HttpGuard guard, String address, String path)
			throws ServletException, java.io.IOException {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		request.setRemoteAddr(address);
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();
		guard.doFilter(request, response, chain);
		if (response.getStatus() == 200) {
			assertThat(chain.getRequest()).as("the request went on to " + path).isNotNull();
		}
		return response;
	}

	private static MockHttpServletResponse post(HttpGuard guard, String address, String body)
			throws ServletException, java.io.IOException {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/graphql");
		request.setRemoteAddr(address);
		request.setContentType("application/json");
		request.setContent(body.getBytes(StandardCharsets.UTF_8));
		MockHttpServletResponse response = new MockHttpServletResponse();
		guard.doFilter(request, response, new MockFilterChain());
		return response;
	}

	@Test
	void aClientThatSpendsItsBudgetGets429WithRetryAfterAndOthersDoNot() throws Exception {
		HttpGuard guard = new HttpGuard(limits(3), new ParsedDocuments());
		for (int i = 0; i < 3; i++) {
			assertThat(post(guard, "10.0.0.1", "{\"query\":\"{ __typename }\"}").getStatus()).isEqualTo(200);
		}
		MockHttpServletResponse refused = post(guard, "10.0.0.1", "{\"query\":\"{ __typename }\"}");
		assertThat(refused.getStatus()).isEqualTo(429);
		assertThat(Long.parseLong(refused.getHeader("Retry-After"))).isPositive();
		assertThat(refused.getContentAsString()).contains("RATE_LIMITED").contains("requestId");
		assertThat(post(guard, "10.0.0.2", "{\"query\":\"{ __typename }\"}").getStatus()).isEqualTo(200);
	}

	@Test
	void bigQueriesAndMutationsCostMore() {
		HttpGuard guard = new HttpGuard(limits(100), new ParsedDocuments());
		long small = guard.cost("{\"query\":\"{ entity(key: \\\"x\\\") { id } }\"}".getBytes(StandardCharsets.UTF_8));
		long big = guard.cost(
				"{\"query\":\"{ entities(first: 100) { nodes { relationships(first: 40) { totalCount } } } }\"}"
					.getBytes(StandardCharsets.UTF_8));
		long mutation = guard.cost("{\"query\":\"mutation { x }\"}".getBytes(StandardCharsets.UTF_8));
		assertThat(small).isEqualTo(1);
		assertThat(big).isEqualTo(1 + 4100 / 100);
		assertThat(mutation).isEqualTo(21);
		assertThat(guard.cost("not json".getBytes(StandardCharsets.UTF_8))).isEqualTo(1);
	}

	@Test
	void anOversizedBodyIsRefusedWith413() throws Exception {
		HttpGuard guard = new HttpGuard(limits(100), new ParsedDocuments());
		MockHttpServletResponse response = post(guard, "10.0.0.3", "{\"query\":\"" + "x".repeat(2000) + "\"}");
		assertThat(response.getStatus()).isEqualTo(413);
		assertThat(response.getContentAsString()).contains("LIMIT_EXCEEDED").contains("1000");
	}

	@Test
	void everyResponseCarriesARequestIdAndAWellFormedIncomingOneIsKept() throws Exception {
		HttpGuard guard = new HttpGuard(limits(100), new ParsedDocuments());
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/actuator/health");
		request.addHeader("X-Request-Id", "client-chosen-id-123");
		MockHttpServletResponse response = new MockHttpServletResponse();
		guard.doFilter(request, response, new MockFilterChain());
		assertThat(response.getHeader("X-Request-Id")).isEqualTo("client-chosen-id-123");

		MockHttpServletRequest hostile = new MockHttpServletRequest("GET", "/");
		hostile.addHeader("X-Request-Id", "bad id\nwith newline");
		MockHttpServletResponse other = new MockHttpServletResponse();
		guard.doFilter(hostile, other, new MockFilterChain());
		assertThat(other.getHeader("X-Request-Id")).matches("[0-9a-f-]{36}");
	}

	@Test
	void exportsSpendTheirWeightFromTheSameBucketAndTheOneTooManyGets429WithRetryAfter() throws Exception {
		HttpGuard guard = new HttpGuard(limits(100, 30), new ParsedDocuments());
		for (String format : new String[] { "graphml", "gexf", "csv" }) {
			assertThat(get(guard, "10.0.0.4", "/export/" + format).getStatus()).isEqualTo(200);
		}
		MockHttpServletResponse refused = get(guard, "10.0.0.4", "/export/cytoscape");
		assertThat(refused.getStatus()).isEqualTo(429);
		assertThat(Long.parseLong(refused.getHeader("Retry-After"))).isPositive();
		assertThat(refused.getContentType()).startsWith("application/json");
		// The body of the export endpoint's other errors: code, message, requestId.
		assertThat(refused.getContentAsString()).contains("\"code\":\"RATE_LIMITED\"").contains("requestId");

		// 3 x 30 of 100 points spent: GraphQL still has 10, and the export refused above took none.
		MockHttpServletResponse query = post(guard, "10.0.0.4", "{\"query\":\"{ __typename }\"}");
		assertThat(query.getStatus()).isEqualTo(200);
		assertThat(query.getHeader("X-RateLimit-Remaining")).isEqualTo("9");
		assertThat(get(guard, "10.0.0.5", "/export/graphml").getStatus()).isEqualTo(200);
	}

	@Test
	void aClientThatSpentItsBudgetOnQueriesCannotExportAndOtherPagesAreFree() throws Exception {
		HttpGuard guard = new HttpGuard(limits(60, 50), new ParsedDocuments());
		for (int i = 0; i < 20; i++) {
			assertThat(post(guard, "10.0.0.6", "{\"query\":\"{ __typename }\"}").getStatus()).isEqualTo(200);
		}
		assertThat(get(guard, "10.0.0.6", "/export/graphml").getStatus()).isEqualTo(429);
		for (int i = 0; i < 100; i++) {
			assertThat(get(guard, "10.0.0.6", "/actuator/health").getStatus()).isEqualTo(200);
			assertThat(get(guard, "10.0.0.6", "/explorer/app.js").getStatus()).isEqualTo(200);
		}
	}

}
