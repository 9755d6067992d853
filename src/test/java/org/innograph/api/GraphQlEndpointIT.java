package org.innograph.api;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.innograph.support.Http;
import org.innograph.support.IntegrationTest;
import org.innograph.support.Prepared;
import org.innograph.support.RunningApp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The endpoint filter answers as the framework's handler does. A cross-origin request
 * goes the framework's way (this service has no CORS origins configured in tests, so the
 * framework answers it normally), the same request without the origin goes the filter's:
 * status, answer type, language header and body must agree, for answers with data, with
 * errors beside data and with request errors.
 */
@IntegrationTest
class GraphQlEndpointIT {

	private static final String ELSEWHERE = "http://elsewhere.example";

	@LocalServerPort
	int port;

	@Autowired
	WebApplicationContext context;

	@Autowired
	MeterRegistry meters;

	Http http;

	@BeforeEach
	void setUp() {
		Prepared.await(this.context);
		this.http = new Http(this.port);
	}

	@Test
	void theFilterAndTheFrameworkGiveTheSameAnswers() {
		String entity = body("query E($key: String!) { entity(key: $key) { id name { ko en } "
				+ "neighbors(first: 3) { totalCount edges { node { id } } } } }", Map.of("key", "org:kaist"));
		String unknownField = body("{ entity(key: \"org:kaist\") { nonsense } }", Map.of());
		String syntaxError = body("{ entity(key: ", Map.of());
		String missing = body("{ entity(key: \"org:none\") { id } }", Map.of());
		for (String accept : List.of("application/json", "application/graphql-response+json", "*/*")) {
			for (String request : List.of(entity, unknownField, syntaxError, missing)) {
				HttpResponse<String> filter = send(request, accept, null);
				HttpResponse<String> framework = send(request, accept, ELSEWHERE);
				String what = accept + " " + request;
				assertThat(filter.statusCode()).as(what).isEqualTo(framework.statusCode());
				assertThat(filter.headers().firstValue("Content-Type")).as(what)
					.isEqualTo(framework.headers().firstValue("Content-Type"));
				assertThat(filter.headers().allValues("Vary")).as(what).contains("Accept-Language");
				assertThat(withoutRequestId(filter)).as(what).isEqualTo(withoutRequestId(framework));
			}
		}
		assertThat(send(syntaxError, "application/graphql-response+json", null).statusCode()).isEqualTo(400);
		assertThat(send(syntaxError, "application/json", null).statusCode()).isEqualTo(200);
	}

	@Test
	void theRequestMetricsNameTheEndpointsAddress() {
		long before = graphQlRequests();

		HttpResponse<String> response = send(body("{ __typename }", Map.of()), "application/json", null);

		assertThat(response.statusCode()).isEqualTo(200);
		// Recorded when the request's filters have finished, which may be just after the
		// client has its answer.
		long deadline = System.nanoTime() + 5_000_000_000L;
		while (graphQlRequests() == before && System.nanoTime() < deadline) {
			Thread.onSpinWait();
		}
		assertThat(graphQlRequests()).isEqualTo(before + 1);
	}

	private long graphQlRequests() {
		Timer timer = this.meters.find("http.server.requests").tag("uri", "/graphql").tag("status", "200").timer();
		return (timer != null) ? timer.count() : 0;
	}

	private HttpResponse<String> send(String body, String accept, String origin) {
		HttpRequest.Builder request = HttpRequest.newBuilder(this.http.uri("/graphql"))
			.header("Content-Type", "application/json")
			.header("Accept", accept)
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
		if (origin != null) {
			request.header("Origin", origin);
		}
		return RunningApp.send(request.build());
	}

	private static String body(String query, Map<String, Object> variables) {
		return Http.JSON.writeValueAsString(Map.of("query", query, "variables", variables));
	}

	private static String withoutRequestId(HttpResponse<String> response) {
		String id = response.headers().firstValue("X-Request-Id").orElseThrow();
		return response.body().replace(id, "<request id>");
	}

}
