package org.innograph.security;

import java.io.IOException;
import java.util.Optional;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.innograph.api.ErrorCode;
import org.innograph.api.ErrorResponses;
import org.innograph.api.FilterOrder;
import org.innograph.limits.RateLimits;
import org.innograph.store.DatabaseFailures;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Decides who the client is, before anything is charged to it: the holder of a verified
 * API token, else its address (the connection's, or behind a proxy the configured
 * forwarded header's). A request with credentials first pays one point from its address's
 * bucket for the check, so a flood of made-up tokens is limited like any other flood and
 * never reaches the database for more than the address's budget; tokens found unknown are
 * remembered and refused without a look-up. An unverifiable credential is refused with
 * 401: a client that sends one means to write, and should hear at once that it cannot.
 */
@Component
@Order(FilterOrder.IDENTITY)
class IdentityFilter extends OncePerRequestFilter {

	/**
	 * The request attribute with the verified token's holder, for {@link ApiTokenFilter}.
	 */
	static final String HOLDER = IdentityFilter.class.getName() + ".holder";

	/** What a token looks like: the prefix and 32 random bytes in unpadded base64url. */
	private static final Pattern TOKEN = Pattern.compile(Pattern.quote(ApiTokens.PREFIX) + "[A-Za-z0-9_-]{43}");

	private final ApiTokens tokens;

	private final RateLimits rateLimits;

	private final IdentityProperties properties;

	private final Cache<String, Boolean> unknown;

	IdentityFilter(ApiTokens tokens, RateLimits rateLimits, IdentityProperties properties) {
		this.tokens = tokens;
		this.rateLimits = rateLimits;
		this.properties = properties;
		this.unknown = Caffeine.newBuilder()
			.maximumSize(properties.unknownTokens())
			.expireAfterWrite(properties.unknownTokenMemory())
			.build();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String addressKey = RateLimits.addressKey(address(request));
		String authorization = request.getHeader("Authorization");
		if (authorization == null) {
			request.setAttribute(RateLimits.CLIENT, addressKey);
			chain.doFilter(request, response);
			return;
		}
		long seconds = this.rateLimits.spend(addressKey, 1, response);
		if (seconds > 0) {
			ErrorResponses.write(request, response, 429, ErrorCode.RATE_LIMITED,
					"Too many requests from this address; try again in " + seconds + " s.");
			return;
		}
		Optional<ApiTokens.Holder> holder;
		try {
			holder = verify(authorization);
		}
		catch (RuntimeException ex) {
			if (!DatabaseFailures.isUnavailable(ex)) {
				throw ex;
			}
			// Without the database no token can be checked; saying "unauthenticated"
			// would mislead.
			ErrorResponses.write(request, response, 503, ErrorCode.SERVICE_UNAVAILABLE,
					"The database is not reachable right now; please try again shortly.");
			return;
		}
		if (holder.isEmpty()) {
			response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
			ErrorResponses.write(request, response, 401, ErrorCode.UNAUTHENTICATED,
					"The credential is not valid (unknown, revoked or malformed): send 'Authorization: Bearer "
							+ "<token>' with a token made by 'token create', or no Authorization header to read.");
			return;
		}
		request.setAttribute(RateLimits.CLIENT, RateLimits.tokenKey(holder.get().id()));
		request.setAttribute(HOLDER, holder.get());
		chain.doFilter(request, response);
	}

	/** The holder of the bearer token in the header, if it is one of ours and active. */
	private Optional<ApiTokens.Holder> verify(String authorization) {
		String header = authorization.strip();
		if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			return Optional.empty();
		}
		String token = header.substring(7).strip();
		if (!TOKEN.matcher(token).matches()) {
			return Optional.empty();
		}
		String hash = ApiTokens.hash(token);
		if (this.unknown.getIfPresent(hash) != null) {
			return Optional.empty();
		}
		Optional<ApiTokens.Holder> holder = this.tokens.holder(token);
		if (holder.isEmpty()) {
			// Tokens are random and a revoked one stays revoked: "unknown" never turns
			// into "valid".
			this.unknown.put(hash, Boolean.TRUE);
		}
		return holder;
	}

	/**
	 * The client's address: the connection's, or the last entry of the configured
	 * forwarded header.
	 */
	private String address(HttpServletRequest request) {
		String name = this.properties.forwardedHeader();
		if (StringUtils.hasText(name)) {
			String forwarded = request.getHeader(name);
			if (StringUtils.hasText(forwarded)) {
				String[] entries = forwarded.split(",");
				String last = entries[entries.length - 1].strip();
				if (!last.isEmpty() && last.length() <= 64) {
					return last;
				}
			}
		}
		return request.getRemoteAddr();
	}

}
