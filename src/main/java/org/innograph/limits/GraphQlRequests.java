package org.innograph.limits;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * Which requests the filters of this package look at, and the body they share once read.
 */
final class GraphQlRequests {

	/**
	 * The request attribute that holds the body of a GraphQL POST, read once by the body
	 * limit.
	 */
	static final String BODY = GraphQlRequests.class.getName() + ".body";

	private GraphQlRequests() {
	}

	/** {@code POST /graphql}. */
	static boolean isGraphQl(HttpServletRequest request) {
		return "POST".equals(request.getMethod()) && request.getRequestURI().endsWith("/graphql");
	}

	/**
	 * {@code GET /graphql} with a {@code query} parameter: a query over GET, which is
	 * served as a POST.
	 */
	static boolean isGraphQlGet(HttpServletRequest request) {
		return "GET".equals(request.getMethod()) && request.getRequestURI().endsWith("/graphql")
				&& request.getParameter("query") != null;
	}

	/**
	 * {@code GET /export/{format}} (and HEAD, which builds the same file): a whole graph
	 * in one request.
	 */
	static boolean isExport(HttpServletRequest request) {
		return ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
				&& request.getRequestURI().startsWith(request.getContextPath() + "/export/");
	}

	/**
	 * The body of a GraphQL POST as the body limit kept it; null before (or without) it.
	 */
	static byte[] body(HttpServletRequest request) {
		return (request.getAttribute(BODY) instanceof byte[] body) ? body : null;
	}

	/**
	 * The request with its body already read, so the GraphQL endpoint can read it again.
	 */
	static class CachedBody extends HttpServletRequestWrapper {

		private final byte[] body;

		CachedBody(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			InputStream in = new ByteArrayInputStream(this.body);
			return new ServletInputStream() {

				@Override
				public int read() throws IOException {
					return in.read();
				}

				@Override
				public int read(byte[] b, int off, int len) throws IOException {
					return in.read(b, off, len);
				}

				@Override
				public boolean isFinished() {
					return available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException();
				}

				@Override
				public int available() {
					try {
						return in.available();
					}
					catch (IOException ex) {
						return 0;
					}
				}

			};
		}

		@Override
		public int getContentLength() {
			return this.body.length;
		}

		@Override
		public long getContentLengthLong() {
			return this.body.length;
		}

		@Override
		public BufferedReader getReader() {
			return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
		}

	}

}
