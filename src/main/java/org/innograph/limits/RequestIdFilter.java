package org.innograph.limits;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.innograph.api.ErrorResponses;
import org.innograph.api.FilterOrder;
import org.slf4j.MDC;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id: in the logs (MDC), in the {@code X-Request-Id} response
 * header and in every error. A well-formed incoming {@code X-Request-Id} is kept, so a
 * client or proxy can follow its own.
 */
@Component
@Order(FilterOrder.REQUEST_ID)
class RequestIdFilter extends OncePerRequestFilter {

	static final String HEADER = "X-Request-Id";

	// Anything else (spaces, newlines, kilobytes) would let a client write into our logs
	// and headers.
	private static final Pattern SAFE_REQUEST_ID = Pattern.compile("[A-Za-z0-9._-]{8,64}");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String incoming = request.getHeader(HEADER);
		String requestId = (incoming != null && SAFE_REQUEST_ID.matcher(incoming).matches()) ? incoming
				: UUID.randomUUID().toString();
		request.setAttribute(ErrorResponses.REQUEST_ID, requestId);
		response.setHeader(HEADER, requestId);
		MDC.put(ErrorResponses.REQUEST_ID, requestId);
		try {
			chain.doFilter(request, response);
		}
		finally {
			MDC.remove(ErrorResponses.REQUEST_ID);
		}
	}

}
