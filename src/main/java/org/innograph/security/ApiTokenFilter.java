package org.innograph.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Makes the token holder that {@link IdentityFilter} verified the request's
 * authentication, for the mutations' role checks and the actuator's. It looks nothing up
 * itself: a request whose credential could not be verified never gets this far.
 */
final class ApiTokenFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getAttribute(IdentityFilter.HOLDER) instanceof ApiTokens.Holder holder) {
			SecurityContext context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(new ApiTokenAuthentication(holder.name(), holder.role()));
			SecurityContextHolder.setContext(context);
		}
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
