package org.innograph.api;

import java.io.IOException;
import java.io.PrintWriter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives the one error shape to the answers that would otherwise have none: a status of
 * 400 or more set without a body (GraphQL's route answers 405 and 415 that way), and a
 * failure that escaped every handler (answered 500 with the request id, logged here with
 * its cause). Errors sent with {@code sendError} get their body from {@link ErrorPage}.
 */
@Component
@Order(FilterOrder.ERROR_SHAPE)
class ErrorShapeFilter extends OncePerRequestFilter {

	private static final Logger logger = LoggerFactory.getLogger(ErrorShapeFilter.class);

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Tracked tracked = new Tracked(response);
		try {
			chain.doFilter(request, tracked);
		}
		catch (IOException | ServletException | RuntimeException ex) {
			if (response.isCommitted()) {
				throw ex;
			}
			logger.error("Unexpected failure serving {} {}", request.getMethod(), request.getRequestURI(), ex);
			Object requestId = request.getAttribute(ErrorResponses.REQUEST_ID);
			response.reset();
			if (requestId != null) {
				response.setHeader("X-Request-Id", requestId.toString());
			}
			ErrorResponses.write(request, response, 500, ErrorCode.INTERNAL_ERROR, ErrorResponses.messageOf(500));
			return;
		}
		int status = tracked.getStatus();
		if (status >= 400 && !request.isAsyncStarted() && !tracked.bodyStarted && !tracked.errorSent
				&& !response.isCommitted()) {
			ErrorResponses.write(request, response, status, ErrorResponses.codeOf(status),
					ErrorResponses.messageOf(status));
		}
	}

	/**
	 * Notes whether anything asked for the body, or handed the error to the container's
	 * error page.
	 */
	private static final class Tracked extends HttpServletResponseWrapper {

		private boolean bodyStarted;

		private boolean errorSent;

		Tracked(HttpServletResponse response) {
			super(response);
		}

		@Override
		public ServletOutputStream getOutputStream() throws IOException {
			this.bodyStarted = true;
			return super.getOutputStream();
		}

		@Override
		public PrintWriter getWriter() throws IOException {
			this.bodyStarted = true;
			return super.getWriter();
		}

		@Override
		public void sendError(int sc) throws IOException {
			this.errorSent = true;
			super.sendError(sc);
		}

		@Override
		public void sendError(int sc, String msg) throws IOException {
			this.errorSent = true;
			super.sendError(sc, msg);
		}

	}

}
