package org.innograph.limits;

import java.util.List;
import java.util.Map;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.ExecutionResult;
import org.innograph.api.ErrorCode;

import org.springframework.stereotype.Component;

/**
 * Refuses an operation whose depth, aliases, page sizes or node count exceed the limits,
 * after validation and before any field runs: a refused query never reaches the database.
 * The node count is read against the schema ({@link QueryShape}), so every list counts;
 * measuring it spends from the request's {@link AnalysisDeadline}. An operation that only
 * reads the schema (introspection) has a depth limit of its own: the standard
 * introspection queries nest deeper than any data query needs to.
 */
@Component
class QueryLimits extends SimplePerformantInstrumentation {

	private final LimitsProperties limits;

	QueryLimits(LimitsProperties limits) {
		this.limits = limits;
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		ExecutionContext context = parameters.getExecutionContext();
		AnalysisDeadline deadline = AnalysisDeadline.of(context.getGraphQLContext(), this.limits.analysisTimeout());
		QueryShape shape;
		try {
			shape = QueryShape.of(context.getDocument(), context.getOperationDefinition().getName(),
					context.getCoercedVariables().toMap(), context.getGraphQLSchema(), this.limits.listBounds(),
					deadline.nanos());
		}
		catch (QueryShape.TooComplex ex) {
			throw new AbortExecutionException(List.of(limitExceeded(ex.getMessage() + " The limit is "
					+ this.limits.analysisTimeout().toMillis() + " ms of analysis per request.")));
		}
		catch (QueryShape.FragmentCycle ex) {
			// Validation refuses cycles first; this is the guard should it ever let one
			// through.
			throw new AbortExecutionException(List.of(GraphqlErrorBuilder.newError()
				.message(ex.getMessage())
				.errorType(ErrorClassification.errorClassification("BAD_REQUEST"))
				.extensions(Map.of("code", ErrorCode.BAD_REQUEST.name()))
				.build()));
		}
		if (shape.introspection()) {
			// Reads the schema only: a bound of its own, so that code generators and
			// GraphiQL's docs load.
			check(shape.depth() > this.limits.maxIntrospectionDepth(), "The introspection query is nested "
					+ shape.depth() + " levels deep; the limit is " + this.limits.maxIntrospectionDepth() + ".");
		}
		else {
			check(shape.depth() > this.limits.maxDepth(), "The query is nested " + shape.depth()
					+ " levels deep; the limit is " + this.limits.maxDepth() + ".");
		}
		check(shape.aliases() > this.limits.maxAliases(),
				"The query uses " + shape.aliases() + " aliases; the limit is " + this.limits.maxAliases() + ".");
		check(shape.largestFirst() > this.limits.maxPageSize(), "A page of " + shape.largestFirst()
				+ " items was asked for; 'first' may be at most " + this.limits.maxPageSize() + ".");
		check(shape.nodes() > this.limits.maxNodes(),
				"The query may return " + shape.nodes() + " nodes (each 'first' times the 'first' of the fields "
						+ "around it); the limit is " + this.limits.maxNodes() + ". Ask for smaller pages.");
		check(shape.records() > this.limits.maxRecords(), "The query may read " + shape.records()
				+ " records (every list by its 'first' or its bound, times the lists around it, and one for each "
				+ "single record); the limit is " + this.limits.maxRecords() + ". Ask for fewer or smaller lists.");
		return SimpleInstrumentationContext.noOp();
	}

	private static void check(boolean exceeded, String message) {
		if (exceeded) {
			throw new AbortExecutionException(List.of(limitExceeded(message)));
		}
	}

	static GraphQLError limitExceeded(String message) {
		return GraphqlErrorBuilder.newError()
			.message(message)
			.errorType(ErrorClassification.errorClassification("LIMIT_EXCEEDED"))
			.extensions(Map.of("code", ErrorCode.LIMIT_EXCEEDED.name()))
			.build();
	}

	/**
	 * Whether a parsed-document entry is one of this package's refusals (not to be
	 * remembered).
	 */
	static boolean isLimitError(PreparsedDocumentEntry entry) {
		return entry.hasErrors() && entry.getErrors()
			.stream()
			.anyMatch((error) -> ErrorCode.LIMIT_EXCEEDED.name()
				.equals(error.getExtensions() == null ? null : error.getExtensions().get("code")));
	}

}
