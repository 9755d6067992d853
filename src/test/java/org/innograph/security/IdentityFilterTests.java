package org.innograph.security;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.innograph.limits.LimitsProperties;
import org.innograph.limits.RateLimits;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who the client is: a verified token's holder, else the address; a flood of bad tokens
 * is paid by the address before any look-up, and a token found unknown is not looked up
 * again.
 */
class IdentityFilterTests {

	private static final SecureRandom random = new SecureRandom();

	private static final String VALID = token();

	private final AtomicInteger lookups = new AtomicInteger();

	private final ApiTokens tokens = new ApiTokens(null, null,
			new IdentityProperties("", 100, Duration.ofMinutes(10), Duration.ofSeconds(5))) {
		@Override
		public Optional<Holder> holder(String token) {
			IdentityFilterTests.this.lookups.incrementAndGet();
			return VALID.equals(token) ? Optional.of(new Holder("token:1", "alice", Role.EDITOR)) : Optional.empty();
		}
	};

	private IdentityFilter filter(long capacity, String forwardedHeader) {
		LimitsProperties limits = new LimitsProperties(1000, 20000, 3000, 12, 30, 5000, 100, capacity, capacity,
				Duration.ofHours(1), 20, 50);
		return new IdentityFilter(this.tokens, new RateLimits(limits),
				new IdentityProperties(forwardedHeader, 100, Duration.ofMinutes(10), Duration.ofSeconds(5)));
	}

	private static String token() {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		return "igt_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static Served serve(IdentityFilter filter, String address, String authorization, String forwarded)
			throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/graphql");
		request.setRemoteAddr(address);
		if (authorization != null) {
			request.addHeader("Authorization", authorization);
		}
		if (forwarded != null) {
			request.addHeader("X-Forwarded-For", forwarded);
		}
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();
		filter.doFilter(request, response, chain);
		return new Served(response.getStatus(), (String) request.getAttribute(RateLimits.CLIENT),
				chain.getRequest() != null);
	}

	private record Served(int status, String client, boolean passedOn) {
	}

	@Test
	void aVerifiedTokenIsTheClientWithExtraSpacesOrNot() throws Exception {
		IdentityFilter filter = filter(100, "");
		for (String header : new String[] { "Bearer " + VALID, "Bearer    " + VALID + "  ", "bearer " + VALID }) {
			Served served = serve(filter, "10.1.0.1", header, null);
			assertThat(served.passedOn()).as(header).isTrue();
			assertThat(served.client()).as(header).isEqualTo(RateLimits.tokenKey("token:1"));
		}
		assertThat(serve(filter, "10.1.0.1", null, null).client()).isEqualTo(RateLimits.addressKey("10.1.0.1"));
	}

	@Test
	void unverifiableCredentialsAre401AndMalformedOnesAreNeverLookedUp() throws Exception {
		IdentityFilter filter = filter(100, "");
		for (String header : new String[] { "Bearer igt_short", "Bearer nonsense", "Basic dXNlcjpwYXNz", "",
				"Bearer " }) {
			Served served = serve(filter, "10.1.0.2", header, null);
			assertThat(served.status()).as(header).isEqualTo(401);
			assertThat(served.passedOn()).isFalse();
		}
		assertThat(this.lookups).hasValue(0);
	}

	@Test
	void anUnknownTokenIsLookedUpOnce() throws Exception {
		IdentityFilter filter = filter(1000, "");
		String unknown = token();
		for (int i = 0; i < 50; i++) {
			assertThat(serve(filter, "10.1.0.3", "Bearer " + unknown, null).status()).isEqualTo(401);
		}
		assertThat(this.lookups).hasValue(1);
	}

	@Test
	void aFloodOfRandomTokensIsPaidByTheAddressBeforeAnyLookUp() throws Exception {
		IdentityFilter filter = filter(100, "");
		int refused = 0;
		for (int i = 0; i < 300; i++) {
			int status = serve(filter, "10.1.0.4", "Bearer " + token(), null).status();
			assertThat(status).isIn(401, 429);
			refused += (status == 429) ? 1 : 0;
		}
		assertThat(refused).isEqualTo(200);
		assertThat(this.lookups).hasValue(100);
		// The address has spent its budget: even the valid token cannot be checked now.
		assertThat(serve(filter, "10.1.0.4", "Bearer " + VALID, null).status()).isEqualTo(429);
		assertThat(serve(filter, "10.1.0.5", "Bearer " + VALID, null).passedOn()).isTrue();
	}

	@Test
	void theForwardedHeaderCountsOnlyWhenConfiguredAndThenOnlyItsLastEntry() throws Exception {
		IdentityFilter direct = filter(100, "");
		assertThat(serve(direct, "10.1.0.6", null, "198.51.100.1").client())
			.isEqualTo(RateLimits.addressKey("10.1.0.6"));
		IdentityFilter proxied = filter(100, "X-Forwarded-For");
		assertThat(serve(proxied, "10.1.0.6", null, "198.51.100.1, 203.0.113.7").client())
			.isEqualTo(RateLimits.addressKey("203.0.113.7"));
		assertThat(serve(proxied, "10.1.0.6", null, null).client()).isEqualTo(RateLimits.addressKey("10.1.0.6"));
	}

}
