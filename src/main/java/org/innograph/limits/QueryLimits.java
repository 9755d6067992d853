package org.innograph.limits;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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
import graphql.ExecutionResult;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLSchema;
import org.innograph.api.ErrorCode;

import org.springframework.stereotype.Component;

/**
 * Refuses an operation whose depth, aliases, page sizes or node count exceed the limits, after
 * validation and before any field runs: a refused query never reaches the database.
 */
@Component
class QueryLimits extends SimplePerformantInstrumentation {

	private final LimitsProperties limits;

	private final Map<GraphQLSchema, Map<String, Integer>> pageSizesBySchema = new ConcurrentHashMap<>();

	QueryLimits(LimitsProperties limits) {
		this.limits = limits;
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		ExecutionContext context = parameters.getExecutionContext();
		Map<String, Integer> pageSizes = this.pageSizesBySchema.computeIfAbsent(context.getGraphQLSchema(),
				QueryLimits::pageSizes);
		QueryShape shape = QueryShape.of(context.getDocument(), context.getOperationDefinition().getName(),
				context.getCoercedVariables().toMap(), pageSizes::get);
		check(shape.depth() > this.limits.maxDepth(),
				"The query is nested " + shape.depth() + " levels deep; the limit is " + this.limits.maxDepth() + ".");
		check(shape.aliases() > this.limits.maxAliases(),
				"The query uses " + shape.aliases() + " aliases; the limit is " + this.limits.maxAliases() + ".");
		check(shape.largestFirst() > this.limits.maxPageSize(), "A page of " + shape.largestFirst()
				+ " items was asked for; 'first' may be at most " + this.limits.maxPageSize() + ".");
		check(shape.nodes() > this.limits.maxNodes(),
				"The query may return " + shape.nodes() + " nodes (each 'first' times the 'first' of the fields "
						+ "around it); the limit is " + this.limits.maxNodes() + ". Ask for smaller pages.");
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

	/** The default {@code first} of every field that pages, by field name, read from the schema. */
	static Map<String, Integer> pageSizes(GraphQLSchema schema) {
		Map<String, Integer> sizes = new ConcurrentHashMap<>();
		schema.getAllTypesAsList().forEach((type) -> {
			if (type instanceof GraphQLFieldsContainer container && !type.getName().startsWith("__")) {
				for (GraphQLFieldDefinition field : container.getFieldDefinitions()) {
					GraphQLArgument first = field.getArgument("first");
					if (first != null) {
						Object value = first.getArgumentDefaultValue().getValue();
						int size = (value instanceof Number number) ? number.intValue()
								: (value instanceof graphql.language.IntValue intValue) ? intValue.getValue().intValue()
										: 20;
						sizes.merge(field.getName(), size, Math::max);
					}
				}
			}
		});
		return sizes;
	}

}
