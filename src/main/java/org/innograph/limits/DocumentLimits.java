package org.innograph.limits;

import java.util.List;

import graphql.ExecutionResult;
import graphql.parser.ParserOptions;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * Refuses documents that are too long before parsing them, and bounds the parser (tokens,
 * nesting of grammar rules) so that a hostile document cannot make parsing itself
 * expensive, and starts the clock of the request's analysis ({@link AnalysisDeadline}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class DocumentLimits implements WebGraphQlInterceptor {

	private final LimitsProperties limits;

	private final ParserOptions parserOptions;

	DocumentLimits(LimitsProperties limits) {
		this.limits = limits;
		this.parserOptions = ParserOptions.getDefaultOperationParserOptions()
			.transform((options) -> options.maxTokens(limits.maxTokens())
				.maxCharacters(limits.maxDocumentCharacters())
				.maxRuleDepth(500));
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		int length = request.getDocument().length();
		if (length > this.limits.maxDocumentCharacters()) {
			return refused(request, "The query document has " + length + " characters; the limit is "
					+ this.limits.maxDocumentCharacters() + ".");
		}
		// The document cost filter parsed it already, with the same token limit, and
		// found it over.
		if (request.getAttributes().get(DocumentCostFilter.OVER_PARSER_LIMITS) instanceof String message) {
			return refused(request, "The query document is too large to parse: " + message);
		}
		request.configureExecutionInput((input, builder) -> {
			input.getGraphQLContext().put(ParserOptions.class, this.parserOptions);
			// From here on, parsing, validation and the shape of the query share one time
			// allowance.
			input.getGraphQLContext()
				.put(AnalysisDeadline.class, AnalysisDeadline.after(this.limits.analysisTimeout()));
			return input;
		});
		return chain.next(request);
	}

	private static Mono<WebGraphQlResponse> refused(WebGraphQlRequest request, String message) {
		ExecutionResult result = ExecutionResult.newExecutionResult()
			.errors(List.of(QueryLimits.limitExceeded(message)))
			.build();
		return Mono
			.just(new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result)));
	}

}
