package org.innograph.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.servlet.ServletException;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one error shape, the codes of statuses set without one, and the README's list of
 * codes.
 */
class ErrorResponsesTests {

	private static final JsonMapper json = JsonMapper.builder().build();

	@Test
	void theReadmeListsEveryCodeTheServiceSends() throws IOException {
		String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
		for (ErrorCode code : ErrorCode.values()) {
			assertThat(readme).as(code.name()).contains("`" + code.name() + "`");
		}
	}

	@Test
	void everyErrorStatusHasACodeTheReadmeLists() {
		assertThat(ErrorResponses.codeOf(400)).isEqualTo(ErrorCode.BAD_REQUEST);
		assertThat(ErrorResponses.codeOf(401)).isEqualTo(ErrorCode.UNAUTHENTICATED);
		assertThat(ErrorResponses.codeOf(403)).isEqualTo(ErrorCode.FORBIDDEN);
		assertThat(ErrorResponses.codeOf(404)).isEqualTo(ErrorCode.NOT_FOUND);
		assertThat(ErrorResponses.codeOf(405)).isEqualTo(ErrorCode.BAD_REQUEST);
		assertThat(ErrorResponses.codeOf(413)).isEqualTo(ErrorCode.LIMIT_EXCEEDED);
		assertThat(ErrorResponses.codeOf(415)).isEqualTo(ErrorCode.BAD_REQUEST);
		assertThat(ErrorResponses.codeOf(429)).isEqualTo(ErrorCode.RATE_LIMITED);
		assertThat(ErrorResponses.codeOf(500)).isEqualTo(ErrorCode.INTERNAL_ERROR);
		assertThat(ErrorResponses.codeOf(503)).isEqualTo(ErrorCode.SERVICE_UNAVAILABLE);
		assertThat(ErrorResponses.codeOf(504)).isEqualTo(ErrorCode.TIMEOUT);
	}

	@Test
	void aFailureThatEscapedEveryHandlerIs500InTheOneShapeWithoutItsInsides() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/graphql");
		request.setAttribute(ErrorResponses.REQUEST_ID, "request-id-500");
		MockHttpServletResponse response = new MockHttpServletResponse();
		new ErrorShapeFilter().doFilter(request, response, (req, res) -> {
			throw new IllegalStateException("secret detail at /home/innograph/data");
		});
		assertThat(response.getStatus()).isEqualTo(500);
		JsonNode error = json.readTree(response.getContentAsString()).at("/errors/0");
		assertThat(error.at("/extensions/code").asString()).isEqualTo("INTERNAL_ERROR");
		assertThat(error.at("/extensions/requestId").asString()).isEqualTo("request-id-500");
		assertThat(response.getHeader("X-Request-Id")).isEqualTo("request-id-500");
		assertThat(response.getContentAsString()).doesNotContain("IllegalState", "secret", "/home");
	}

	@Test
	void aStatusSetWithoutABodyGetsTheOneShape() throws ServletException, IOException {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/graphql");
		request.setAttribute(ErrorResponses.REQUEST_ID, "request-id-415");
		MockHttpServletResponse response = new MockHttpServletResponse();
		new ErrorShapeFilter().doFilter(request, response,
				(req, res) -> ((jakarta.servlet.http.HttpServletResponse) res).setStatus(415));
		assertThat(response.getStatus()).isEqualTo(415);
		JsonNode error = json.readTree(response.getContentAsString()).at("/errors/0");
		assertThat(error.at("/extensions/code").asString()).isEqualTo("BAD_REQUEST");
		assertThat(error.path("message").asString()).contains("application/json");

		// A body written by the endpoint is left alone.
		MockHttpServletResponse written = new MockHttpServletResponse();
		new ErrorShapeFilter().doFilter(request, written, (req, res) -> {
			((jakarta.servlet.http.HttpServletResponse) res).setStatus(400);
			res.getWriter().write("{\"errors\":[{\"message\":\"own\"}]}");
		});
		assertThat(written.getContentAsString()).isEqualTo("{\"errors\":[{\"message\":\"own\"}]}");
	}

	@Test
	void withoutAFilterChainNothingIsChanged() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		new ErrorShapeFilter().doFilter(new MockHttpServletRequest("GET", "/"), response, new MockFilterChain());
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentAsString()).isEmpty();
	}

}
