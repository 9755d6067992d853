package org.innograph.api;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.graphql.ExecutionGraphQlResponse;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which requests the endpoint filter answers itself, and that it answers them as the
 * framework's handler does: answer type, status, headers, body. The rest go on down the
 * chain untouched.
 */
class GraphQlEndpointFilterTests {

	private final AtomicReference<WebGraphQlRequest> received = new AtomicReference<>();

	@Test
	void aKeptBodyIsExecutedAndAnsweredWithoutTheChain() throws Exception {
		MockHttpServletRequest request = post(
				new GraphQlBody("query Q($k: String) { ready }", "Q", Map.of("k", "v"), Map.of("e", 1)));
		request.addHeader("Accept-Language", "ko");
		request.setAttribute("requestId", "r-1");
		MockFilterChain chain = new MockFilterChain();
		MockHttpServletResponse response = new MockHttpServletResponse();

		filter(ready()).doFilter(request, response, chain);

		assertThat(chain.getRequest()).as("went on to the dispatcher servlet").isNull();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).isEqualTo("application/json");
		assertThat(response.getHeader("X-Answered")).isEqualTo("yes");
		assertThat(response.getContentLength()).isEqualTo(response.getContentAsByteArray().length);
		assertThat(response.isCommitted()).as("sent as soon as written").isTrue();
		assertThat(JsonMapper.builder().build().readTree(response.getContentAsString(StandardCharsets.UTF_8)))
			.isEqualTo(JsonMapper.builder().build().readTree("{\"data\":{\"ready\":true}}"));
		WebGraphQlRequest executed = this.received.get();
		assertThat(executed.getDocument()).isEqualTo("query Q($k: String) { ready }");
		assertThat(executed.getOperationName()).isEqualTo("Q");
		assertThat(executed.getVariables()).containsEntry("k", "v");
		assertThat(executed.getExtensions()).containsEntry("e", 1);
		assertThat(executed.getHeaders().getFirst("Accept-Language")).isEqualTo("ko");
		assertThat(executed.getAttributes()).containsEntry("requestId", "r-1");
		assertThat(executed.getUri().getPath()).isEqualTo("/graphql");
	}

	@Test
	void theAnswerTypeIsTheFirstAcceptedTypeItGivesElseJson() {
		assertThat(GraphQlEndpointFilter.answerType(accepting())).hasToString("application/json");
		assertThat(GraphQlEndpointFilter.answerType(accepting("*/*"))).hasToString("application/json");
		assertThat(GraphQlEndpointFilter.answerType(accepting("application/json;charset=UTF-8")))
			.hasToString("application/json");
		assertThat(GraphQlEndpointFilter
			.answerType(accepting("text/html, application/graphql-response+json, application/json")))
			.hasToString("application/graphql-response+json");
		assertThat(GraphQlEndpointFilter.answerType(accepting("application/json", "application/graphql-response+json")))
			.hasToString("application/json");
		assertThat(GraphQlEndpointFilter.answerType(accepting("not a type"))).isNull();
	}

	@Test
	void aRequestErrorIsA400OnlyWhenAnsweredAsGraphQlResponse() throws Exception {
		WebGraphQlHandler failing = handler((input) -> ExecutionResult.newExecutionResult()
			.addError(GraphqlErrorBuilder.newError().message("bad").build())
			.build());

		MockHttpServletRequest asGraphQl = post(new GraphQlBody("{ x", null, Map.of(), Map.of()));
		asGraphQl.addHeader("Accept", "application/graphql-response+json");
		MockHttpServletResponse graphQlAnswer = new MockHttpServletResponse();
		filter(failing).doFilter(asGraphQl, graphQlAnswer, new MockFilterChain());

		MockHttpServletResponse jsonAnswer = new MockHttpServletResponse();
		filter(failing).doFilter(post(new GraphQlBody("{ x", null, Map.of(), Map.of())), jsonAnswer,
				new MockFilterChain());

		assertThat(graphQlAnswer.getStatus()).isEqualTo(400);
		assertThat(graphQlAnswer.getContentType()).isEqualTo("application/graphql-response+json");
		assertThat(jsonAnswer.getStatus()).isEqualTo(200);
		assertThat(jsonAnswer.getContentAsString()).contains("\"message\":\"bad\"");
	}

	@Test
	void everythingElseGoesOnDownTheChain() throws Exception {
		GraphQlBody body = new GraphQlBody("{ ready }", null, Map.of(), Map.of());
		MockHttpServletRequest notKept = post(null);
		MockHttpServletRequest otherAddress = post(body);
		otherAddress.setRequestURI("/graphql/schema");
		MockHttpServletRequest crossOrigin = post(body);
		crossOrigin.addHeader("Origin", "https://elsewhere.example");
		MockHttpServletRequest badAccept = post(body);
		badAccept.addHeader("Accept", "not a type");
		MockHttpServletRequest put = post(body);
		put.setMethod("PUT");

		for (MockHttpServletRequest request : List.of(notKept, otherAddress, crossOrigin, badAccept, put)) {
			MockFilterChain chain = new MockFilterChain();
			filter(ready()).doFilter(request, new MockHttpServletResponse(), chain);
			assertThat(chain.getRequest()).as(request.getMethod() + " " + request.getRequestURI()).isSameAs(request);
		}
		assertThat(this.received.get()).as("nothing executed").isNull();
	}

	@Test
	void aSameOriginRequestIsAnswered() throws Exception {
		MockHttpServletRequest request = post(new GraphQlBody("{ ready }", null, Map.of(), Map.of()));
		request.addHeader("Origin", "http://localhost");
		MockFilterChain chain = new MockFilterChain();

		filter(ready()).doFilter(request, new MockHttpServletResponse(), chain);

		assertThat(chain.getRequest()).isNull();
	}

	@Test
	void anAnswerNotReadyIsWrittenWhenItIs() throws Exception {
		Sinks.One<ExecutionGraphQlResponse> later = Sinks.one();
		WebGraphQlHandler handler = WebGraphQlHandler.builder((request) -> later.asMono()).build();
		MockHttpServletRequest request = post(new GraphQlBody("{ ready }", null, Map.of(), Map.of()));
		MockHttpServletResponse response = new MockHttpServletResponse();

		filter(handler).doFilter(request, response, new MockFilterChain());

		assertThat(request.isAsyncStarted()).isTrue();
		assertThat(response.getContentAsString()).isEmpty();
		later.tryEmitValue(new DefaultExecutionGraphQlResponse(ExecutionInput.newExecutionInput("{ ready }").build(),
				ExecutionResult.newExecutionResult().data(Map.of("ready", true)).build()));
		assertThat(response.getContentAsString()).isEqualTo("{\"data\":{\"ready\":true}}");
		assertThat(response.getStatus()).isEqualTo(200);
	}

	private GraphQlEndpointFilter filter(WebGraphQlHandler handler) {
		return new GraphQlEndpointFilter(handler, JsonMapper.builder().build(), "/graphql", "/graphql");
	}

	private WebGraphQlHandler ready() {
		return handler((input) -> ExecutionResult.newExecutionResult().data(Map.of("ready", true)).build());
	}

	/** A handler whose interceptor notes the request and sets a response header. */
	private WebGraphQlHandler handler(java.util.function.Function<ExecutionInput, ExecutionResult> execution) {
		ExecutionGraphQlService service = (request) -> Mono.just(new DefaultExecutionGraphQlResponse(
				request.toExecutionInput(), execution.apply(request.toExecutionInput())));
		WebGraphQlInterceptor noting = (request, chain) -> {
			this.received.set(request);
			return chain.next(request).map((response) -> {
				response.getResponseHeaders().set("X-Answered", "yes");
				return response;
			});
		};
		return WebGraphQlHandler.builder(service).interceptor(noting).build();
	}

	private static MockHttpServletRequest post(GraphQlBody body) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/graphql");
		request.setContentType("application/json");
		request.setContent("{}".getBytes(StandardCharsets.UTF_8));
		request.setAsyncSupported(true);
		if (body != null) {
			request.setAttribute(GraphQlBody.ATTRIBUTE, body);
		}
		return request;
	}

	private static MockHttpServletRequest accepting(String... types) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/graphql");
		for (String type : types) {
			request.addHeader("Accept", type);
		}
		return request;
	}

}
