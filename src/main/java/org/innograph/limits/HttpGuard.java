package org.innograph.limits;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import graphql.language.Document;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.innograph.api.ErrorCode;
import org.innograph.api.ErrorResponses;
import org.slf4j.MDC;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The first thing every request meets: it gets a request id (in the logs, in a response header and in
 * GraphQL errors); a GraphQL request larger than the body limit is refused with 413; and each client
 * (by API token, else by address) spends points from a token bucket — one per request, one per hundred
 * nodes asked for, more for mutations, many for an export — and gets 429 with Retry-After when its
 * bucket is empty.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class HttpGuard extends OncePerRequestFilter {

	/** The request attribute, MDC key and (as X-Request-Id) header that carry the request id. */
	static final String REQUEST_ID = "requestId";

	private static final Pattern SAFE_REQUEST_ID = Pattern.compile("[A-Za-z0-9._-]{8,64}");

	private static final int MAX_CLIENTS = 10_000;

	private final LimitsProperties limits;

	private final ParsedDocuments documents;

	private final JsonMapper json = JsonMapper.builder().build();

	/** Least recently used clients are forgotten first, so memory stays bounded. */
	private final Map<String, Bucket> buckets = new LinkedHashMap<>(256, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
			return size() > MAX_CLIENTS;
		}
	};

	HttpGuard(LimitsProperties limits, ParsedDocuments documents) {
		this.limits = limits;
		this.documents = documents;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String incoming = request.getHeader("X-Request-Id");
		String requestId = (incoming != null && SAFE_REQUEST_ID.matcher(incoming).matches()) ? incoming
				: UUID.randomUUID().toString();
		request.setAttribute(REQUEST_ID, requestId);
		response.setHeader("X-Request-Id", requestId);
		MDC.put(REQUEST_ID, requestId);
		try {
			if ("POST".equals(request.getMethod()) && request.getRequestURI().endsWith("/graphql")) {
				guardGraphQl(request, response, chain);
			}
			else if (isExport(request)) {
				guardExport(request, response, chain);
			}
			else {
				chain.doFilter(request, response);
			}
		}
		finally {
			MDC.remove(REQUEST_ID);
		}
	}

	private void guardGraphQl(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		long declared = request.getContentLengthLong();
		if (declared > this.limits.maxBodyBytes()) {
			ErrorResponses.write(request, response, 413, ErrorCode.LIMIT_EXCEEDED, "The request body has "
					+ declared + " bytes; the limit is " + this.limits.maxBodyBytes() + ".");
			return;
		}
		byte[] body = request.getInputStream().readNBytes(this.limits.maxBodyBytes() + 1);
		if (body.length > this.limits.maxBodyBytes()) {
			ErrorResponses.write(request, response, 413, ErrorCode.LIMIT_EXCEEDED,
					"The request body is larger than the limit of " + this.limits.maxBodyBytes() + " bytes.");
			return;
		}
		long seconds = spend(request, response, cost(body));
		if (seconds > 0) {
			ErrorResponses.write(request, response, 429, ErrorCode.RATE_LIMITED,
					"Too many requests from this client; try again in " + seconds + " s.");
			return;
		}
		chain.doFilter(new CachedBody(request, body), response);
	}

	/** {@code GET /export/{format}} (and HEAD, which builds the same file): a whole graph in one request. */
	private static boolean isExport(HttpServletRequest request) {
		return ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
				&& request.getRequestURI().startsWith(request.getContextPath() + "/export/");
	}

	/**
	 * An export reads and serialises the whole graph (or a large part of it), so it spends many points
	 * from the same bucket as GraphQL: a client cannot dodge the GraphQL budget by exporting instead, nor
	 * the export weight by mixing in queries. Refusals have the body of the export endpoint's other errors.
	 */
	private void guardExport(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		long seconds = spend(request, response, this.limits.exportCost());
		if (seconds > 0) {
			ErrorResponses.write(request, response, 429, ErrorCode.RATE_LIMITED,
					"Too many exports from this client (each costs " + this.limits.exportCost() + " of "
							+ this.limits.rateCapacity() + " points); try again in " + seconds + " s.");
			return;
		}
		chain.doFilter(request, response);
	}

	/**
	 * Takes {@code points} from the client's bucket. Returns 0 when they were taken, otherwise the seconds
	 * until they will be there, which it has also put in Retry-After.
	 */
	private long spend(HttpServletRequest request, HttpServletResponse response, long points) {
		ConsumptionProbe probe = bucketOf(clientOf(request)).tryConsumeAndReturnRemaining(points);
		response.setHeader("X-RateLimit-Remaining", String.valueOf(probe.getRemainingTokens()));
		if (probe.isConsumed()) {
			return 0;
		}
		long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
		response.setHeader("Retry-After", String.valueOf(seconds));
		return seconds;
	}

	/**
	 * Points a request costs. The document is parsed here only to count; anything unparsable costs one
	 * point and is left to the GraphQL endpoint to reject properly.
	 */
	long cost(byte[] body) {
		try {
			JsonNode request = this.json.readTree(body);
			String query = request.path("query").asString("");
			if (query.isEmpty() || query.length() > this.limits.maxDocumentCharacters()) {
				return 1;
			}
			// A document asked before is already parsed; a new one is parsed here with the token limit.
			Document document = this.documents.valid(query).orElseGet(() -> Parser.parse(ParserEnvironment
				.newParserEnvironment()
				.document(query)
				.parserOptions(ParserOptions.getDefaultOperationParserOptions()
					.transform((o) -> o.maxTokens(this.limits.maxTokens())))
				.build()));
			@SuppressWarnings("unchecked")
			Map<String, Object> variables = request.has("variables") && request.get("variables").isObject()
					? this.json.treeToValue(request.get("variables"), Map.class) : Map.of();
			QueryShape shape = QueryShape.of(document, request.path("operationName").asString(null), variables,
					(field) -> DEFAULT_PAGED.contains(field) ? 20 : null);
			return 1 + Math.min(shape.nodes(), this.limits.maxNodes()) / 100
					+ (shape.mutation() ? this.limits.mutationWeight() : 0);
		}
		catch (RuntimeException ex) {
			return 1;
		}
	}

	/** Field names that page; an estimate is enough to price a request. */
	private static final java.util.Set<String> DEFAULT_PAGED = java.util.Set.of("search", "entities", "relationships",
			"neighbors", "timeline", "connections", "rankings", "history");

	private String clientOf(HttpServletRequest request) {
		String authorization = request.getHeader("Authorization");
		if (authorization != null && authorization.startsWith("Bearer ")) {
			return "token:" + sha256(authorization.substring(7)).substring(0, 16);
		}
		return "address:" + request.getRemoteAddr();
	}

	private Bucket bucketOf(String client) {
		synchronized (this.buckets) {
			return this.buckets.computeIfAbsent(client, (key) -> Bucket.builder()
				.addLimit(Bandwidth.builder()
					.capacity(this.limits.rateCapacity())
					.refillGreedy(this.limits.rateRefill(), this.limits.ratePeriod())
					.build())
				.build());
		}
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The request with its body already read, so the GraphQL endpoint can read it again. */
	private static final class CachedBody extends HttpServletRequestWrapper {

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
					return in.markSupported() && available() == 0;
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
		public java.io.BufferedReader getReader() {
			return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
		}

	}

}
