package org.innograph.api;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Errors answered by a filter, before the GraphQL engine or a controller runs: on {@code /graphql} in
 * GraphQL's shape ({@code errors[].extensions.code}), elsewhere (exports) as the code object the
 * controllers answer with; both carry the request id.
 */
public final class ErrorResponses {

	private static final JsonMapper json = JsonMapper.builder().build();

	private ErrorResponses() {
	}

	public static void write(HttpServletRequest request, HttpServletResponse response, int status, ErrorCode code,
			String message) throws IOException {
		Object requestId = request.getAttribute("requestId");
		response.setStatus(status);
		response.setContentType("application/json");
		response.setCharacterEncoding("UTF-8");
		Map<String, Object> error = new LinkedHashMap<>();
		if (request.getRequestURI().endsWith("/graphql")) {
			Map<String, Object> extensions = new LinkedHashMap<>();
			extensions.put("code", code.name());
			if (requestId != null) {
				extensions.put("requestId", requestId.toString());
			}
			error.put("message", message);
			error.put("extensions", extensions);
			response.getWriter().write(json.writeValueAsString(Map.of("errors", List.of(error))));
		}
		else {
			error.put("code", code.name());
			error.put("message", message);
			if (requestId != null) {
				error.put("requestId", requestId.toString());
			}
			response.getWriter().write(json.writeValueAsString(error));
		}
	}

}
