package org.innograph.api;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one shape of every error answer outside GraphQL's own execution — filters, exports,
 * the servlet container's error page: {@code {"errors":[{"message", "extensions":{"code",
 * "requestId"}}]}}, the shape GraphQL errors have, so a client reads a refusal the same
 * way whatever refused it.
 */
public final class ErrorResponses {

	/**
	 * The request attribute (and MDC key) that holds the request id, set first on every
	 * request.
	 */
	public static final String REQUEST_ID = "requestId";

	private static final JsonMapper json = JsonMapper.builder().build();

	private ErrorResponses() {
	}

	/**
	 * Answers {@code status} with an error of {@code code}; the response must not be
	 * committed.
	 */
	public static void write(HttpServletRequest request, HttpServletResponse response, int status, ErrorCode code,
			String message) throws IOException {
		response.setStatus(status);
		response.setContentType("application/json");
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(json.writeValueAsString(body(code, message, request.getAttribute(REQUEST_ID))));
		response.getWriter().flush();
	}

	/** The body of an error answer. */
	public static Map<String, Object> body(ErrorCode code, String message, Object requestId) {
		Map<String, Object> extensions = new LinkedHashMap<>();
		extensions.put("code", code.name());
		if (requestId != null) {
			extensions.put("requestId", requestId.toString());
		}
		Map<String, Object> error = new LinkedHashMap<>();
		error.put("message", message);
		error.put("extensions", extensions);
		return Map.of("errors", List.of(error));
	}

	/**
	 * The code of an HTTP status that was set without one (by the web framework or the
	 * container).
	 */
	public static ErrorCode codeOf(int status) {
		return switch (status) {
			case 401 -> ErrorCode.UNAUTHENTICATED;
			case 403 -> ErrorCode.FORBIDDEN;
			case 404 -> ErrorCode.NOT_FOUND;
			case 413 -> ErrorCode.LIMIT_EXCEEDED;
			case 429 -> ErrorCode.RATE_LIMITED;
			case 503 -> ErrorCode.SERVICE_UNAVAILABLE;
			case 504 -> ErrorCode.TIMEOUT;
			default -> (status >= 500) ? ErrorCode.INTERNAL_ERROR : ErrorCode.BAD_REQUEST;
		};
	}

	/**
	 * A message for a status set without one: what the client should do, never what
	 * failed inside.
	 */
	public static String messageOf(int status) {
		return switch (status) {
			case 400 -> "The request is malformed: send a JSON object with 'query' (and optionally 'variables' and "
					+ "'operationName') as application/json.";
			case 401 -> "This needs a valid credential: 'Authorization: Bearer <token>'.";
			case 403 -> "The credential may not do this.";
			case 404 -> "Nothing is at this address.";
			case 405 -> "This method is not allowed here; GraphQL requests are POSTed to /graphql, exports are GET.";
			case 406 -> "None of the media types in Accept can be produced; accept application/json or "
					+ "application/graphql-response+json.";
			case 413 -> "The request body is too large.";
			case 415 -> "Unsupported media type: send the GraphQL request as application/json.";
			case 429 -> "Too many requests from this client; try again later.";
			case 503 -> "The service is not available right now; please try again shortly.";
			default -> (status >= 500) ? "Internal error; quote the requestId of this error when you report it."
					: "The request cannot be served (HTTP " + status + ").";
		};
	}

}
