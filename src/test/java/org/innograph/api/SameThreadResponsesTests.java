package org.innograph.api;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

import org.springframework.graphql.ExecutionGraphQlResponse;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.http.MediaType;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.function.AsyncServerResponse;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An answer ready when the handler returns is written on the request's thread; one that
 * is not keeps the asynchronous response.
 */
class SameThreadResponsesTests {

	@Test
	void aReadyAnswerIsWrittenAtOnce() throws Exception {
		WebGraphQlHandler handler = handler((request) -> Mono.just(answer(request.toExecutionInput())));
		MockHttpServletRequest servletRequest = post();

		ServerResponse response = new SameThreadResponses(handler).handleRequest(serverRequest(servletRequest));

		assertThat(response).isNotInstanceOf(AsyncServerResponse.class);
		assertThat(response.statusCode().value()).isEqualTo(200);
		MockHttpServletResponse written = new MockHttpServletResponse();
		response.writeTo(servletRequest, written, () -> List.of(new JacksonJsonHttpMessageConverter()));
		assertThat(written.getContentAsString(StandardCharsets.UTF_8)).contains("\"ready\":true");
		assertThat(servletRequest.isAsyncStarted()).isFalse();
	}

	@Test
	void anAnswerNotReadyStaysAsynchronous() throws Exception {
		Sinks.One<ExecutionGraphQlResponse> later = Sinks.one();
		WebGraphQlHandler handler = handler((request) -> later.asMono());

		ServerResponse response = new SameThreadResponses(handler).handleRequest(serverRequest(post()));

		assertThat(response).isInstanceOf(AsyncServerResponse.class);
	}

	@Test
	void aFailedAnswerStaysAsynchronous() throws Exception {
		WebGraphQlHandler handler = handler((request) -> Mono.error(new IllegalStateException("failed")));

		ServerResponse response = new SameThreadResponses(handler).handleRequest(serverRequest(post()));

		assertThat(response).isInstanceOf(AsyncServerResponse.class);
	}

	private static MockHttpServletRequest post() {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/graphql");
		request.setContentType(MediaType.APPLICATION_JSON_VALUE);
		request.addHeader("Accept", MediaType.APPLICATION_JSON_VALUE);
		request.setContent("{\"query\":\"{ ready }\"}".getBytes(StandardCharsets.UTF_8));
		request.setAsyncSupported(true);
		return request;
	}

	private static ServerRequest serverRequest(MockHttpServletRequest request) {
		return ServerRequest.create(request, List.of(new JacksonJsonHttpMessageConverter()));
	}

	private static WebGraphQlHandler handler(ExecutionGraphQlService service) {
		return WebGraphQlHandler.builder(service).build();
	}

	private static ExecutionGraphQlResponse answer(ExecutionInput input) {
		ExecutionResult result = ExecutionResult.newExecutionResult().data(Map.of("ready", true)).build();
		return new DefaultExecutionGraphQlResponse(input, result);
	}

}
