package org.innograph.security;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;

import org.innograph.support.Http;
import org.innograph.support.RunningApp;
import org.innograph.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rate limits by who the client really is. The application runs behind a (pretended)
 * proxy that puts the client's address last in {@code X-Forwarded-For}, with the default
 * budget of 600 points, refilled slowly enough that a run of 700 requests cannot earn
 * more than a few points back.
 */
@Tag("process")
// Its own application, writing tokens to the shared database.
@ResourceLock(TestDatabase.LOCK)
class ClientIdentityIT {

	private static final SecureRandom random = new SecureRandom();

	private static RunningApp app;

	@BeforeAll
	static void start() {
		app = RunningApp.start(TestDatabase.connectionAnd("innograph.seed.enabled=false",
				"innograph.identity.forwarded-header=X-Forwarded-For", "innograph.limits.rate-capacity=600",
				"innograph.limits.rate-refill=600", "innograph.limits.rate-period=1h"));
	}

	@AfterAll
	static void stop() {
		app.close();
	}

	@Test
	void randomBearerTokensGet401AndSpendTheAddresssBudget() {
		String address = "203.0.113.10";
		Map<Integer, Integer> statuses = new TreeMap<>();
		long started = System.nanoTime();
		for (int i = 0; i < 700; i++) {
			HttpResponse<String> response = post(address, Map.of("Authorization", "Bearer " + randomToken()));
			statuses.merge(response.statusCode(), 1, Integer::sum);
			if (i == 0) {
				assertThat(response.statusCode()).isEqualTo(401);
				assertThat(response.headers().firstValue("WWW-Authenticate"))
					.hasValueSatisfying((value) -> assertThat(value).startsWith("Bearer"));
				assertCoded(response, "UNAUTHENTICATED");
			}
		}
		long millis = (System.nanoTime() - started) / 1_000_000;
		System.out.printf("[identity] 700 random tokens from one address: %s in %d ms%n", statuses, millis);
		assertThat(statuses).containsOnlyKeys(401, 429);
		// One point each for the check; the refill over the run is a point every 6 s.
		assertThat(statuses.get(401)).isBetween(600, 600 + (int) (millis / 6000) + 1);
		// The address has paid for them: a request without any token is refused too.
		HttpResponse<String> anonymous = post(address, Map.of());
		assertThat(anonymous.statusCode()).isEqualTo(429);
		assertCoded(anonymous, "RATE_LIMITED");
		// Another address is not affected.
		assertThat(post("203.0.113.11", Map.of()).statusCode()).isEqualTo(200);
	}

	@Test
	void sevenHundredRequestsFromOneAddressGet429PastTheBudgetWhateverHeadersTheyCarry() {
		String address = "203.0.113.20";
		String editor = app.context()
			.getBean(ApiTokens.class)
			.create("identity-it-" + Long.toHexString(random.nextLong()), Role.EDITOR);
		List<IntFunction<Map<String, String>>> disguises = List.of((i) -> Map.of(),
				(i) -> Map.of("Authorization", "Bearer " + editor),
				(i) -> Map.of("Authorization", "Bearer   " + editor + "  "),
				(i) -> Map.of("Authorization", "bearer " + randomToken()),
				(i) -> Map.of("Authorization", "Basic dXNlcjpwYXNz"),
				(i) -> Map.of("X-Real-IP", "198.51.100." + (i % 250), "X-Request-Id", "disguise-" + i + "-abcdefgh"),
				(i) -> Map.of("Authorization", "Bearer igt_" + i));
		Map<Integer, Integer> statuses = new TreeMap<>();
		long started = System.nanoTime();
		for (int i = 0; i < 700; i++) {
			Map<String, String> headers = disguises.get(i % disguises.size()).apply(i);
			// A client may put anything in front; the proxy's entry, the last, is the
			// address.
			String forwarded = "192.0.2." + (i % 250) + ", " + address;
			statuses.merge(post(forwarded, headers).statusCode(), 1, Integer::sum);
		}
		long millis = (System.nanoTime() - started) / 1_000_000;
		System.out.printf("[identity] 700 disguised requests from one address: %s in %d ms%n", statuses, millis);
		int served = statuses.getOrDefault(200, 0) + statuses.getOrDefault(401, 0);
		assertThat(statuses).containsOnlyKeys(200, 401, 429);
		assertThat(served).isLessThanOrEqualTo(600 + (int) (millis / 6000) + 1);
		assertThat(statuses.get(429)).isGreaterThanOrEqualTo(100 - (int) (millis / 6000) - 1);
	}

	private static String randomToken() {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		return "igt_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static HttpResponse<String> post(String forwardedFor, Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(app.uri("/graphql"))
			.header("Content-Type", "application/json")
			.header("X-Forwarded-For", forwardedFor)
			.POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ __typename }\"}", StandardCharsets.UTF_8));
		headers.forEach(request::header);
		return RunningApp.send(request.build());
	}

	private static void assertCoded(HttpResponse<String> response, String code) {
		JsonNode error = Http.json(response).at("/errors/0");
		assertThat(error.at("/extensions/code").asString()).isEqualTo(code);
		assertThat(error.at("/extensions/requestId").asString())
			.isEqualTo(response.headers().firstValue("X-Request-Id").orElseThrow());
	}

}
