package org.innograph.limits;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.innograph.api.ErrorCode;
import org.innograph.api.ErrorResponses;
import org.innograph.api.FilterOrder;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a GraphQL body larger than {@code innograph.limits.max-body-bytes} with 413,
 * reading at most one byte more than the limit; a body within it is kept for the filters
 * after this one and the endpoint.
 */
@Component
@Order(FilterOrder.BODY_LIMIT)
class BodyLimitFilter extends OncePerRequestFilter {

	private final LimitsProperties limits;

	BodyLimitFilter(LimitsProperties limits) {
		this.limits = limits;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !GraphQlRequests.isGraphQl(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long declared = request.getContentLengthLong();
		if (declared > this.limits.maxBodyBytes()) {
			ErrorResponses.write(request, response, 413, ErrorCode.LIMIT_EXCEEDED,
					"The request body has " + declared + " bytes; the limit is " + this.limits.maxBodyBytes() + ".");
			return;
		}
		byte[] body = request.getInputStream().readNBytes(this.limits.maxBodyBytes() + 1);
		if (body.length > this.limits.maxBodyBytes()) {
			ErrorResponses.write(request, response, 413, ErrorCode.LIMIT_EXCEEDED,
					"The request body is larger than the limit of " + this.limits.maxBodyBytes() + " bytes.");
			return;
		}
		request.setAttribute(GraphQlRequests.BODY, body);
		chain.doFilter(new GraphQlRequests.CachedBody(request, body), response);
	}

}
