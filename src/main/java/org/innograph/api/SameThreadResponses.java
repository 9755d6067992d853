package org.innograph.api;

import java.util.concurrent.CompletableFuture;

import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.web.servlet.function.AsyncServerResponse;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The GraphQL HTTP handler, answering on the request's own thread when the answer is
 * ready by the time the handler returns, as it is for every query this service runs (its
 * data fetchers read the database on the calling thread).
 * <p>
 * Spring for GraphQL answers through an asynchronous servlet response in every case: the
 * container then dispatches the request a second time to write the answer, through the
 * filter chain and the dispatcher servlet again, on another thread. For a small query
 * that second pass is a good part of what the request costs. An answer not ready yet (or
 * one that failed while being prepared) still goes the asynchronous way, unchanged.
 */
public class SameThreadResponses extends GraphQlHttpHandler {

	public SameThreadResponses(WebGraphQlHandler handler) {
		super(handler);
	}

	@Override
	protected ServerResponse prepareResponse(ServerRequest request, Mono<WebGraphQlResponse> responseMono) {
		CompletableFuture<WebGraphQlResponse> answer = responseMono.toFuture();
		ServerResponse response = super.prepareResponse(request, Mono.fromFuture(answer));
		if (answer.isDone() && !answer.isCompletedExceptionally() && response instanceof AsyncServerResponse prepared) {
			try {
				// Ready: the response was built as the answer was mapped, no waiting.
				return prepared.block();
			}
			catch (IllegalStateException ex) {
				// Building it failed (e.g. no acceptable media type): the asynchronous
				// response reports that as before.
				return response;
			}
		}
		return response;
	}

}
