package org.innograph.security;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.innograph.api.ErrorCode;
import org.innograph.api.ErrorCodes;
import org.innograph.api.ErrorResponses;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Resolves {@code Authorization: Bearer <token>} into an authentication. An unknown or revoked token
 * leaves the request anonymous rather than failing it: reads are public, and a mutation then answers
 * UNAUTHENTICATED as a GraphQL error.
 */
final class ApiTokenFilter extends OncePerRequestFilter {

	private final ApiTokens tokens;

	ApiTokenFilter(ApiTokens tokens) {
		this.tokens = tokens;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			Optional<ApiTokens.Holder> holder;
			try {
				holder = this.tokens.holder(header.substring(7).trim());
			}
			catch (RuntimeException ex) {
				if (!ErrorCodes.isUnavailable(ex)) {
					throw ex;
				}
				// Without the database no token can be checked; saying "unauthenticated" would mislead.
				ErrorResponses.write(request, response, 503, ErrorCode.SERVICE_UNAVAILABLE,
						"The database is not reachable right now; please try again shortly.");
				return;
			}
			holder.ifPresent((h) -> {
				SecurityContext context = SecurityContextHolder.createEmptyContext();
				context.setAuthentication(new ApiTokenAuthentication(h.name(), h.role()));
				SecurityContextHolder.setContext(context);
			});
		}
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
