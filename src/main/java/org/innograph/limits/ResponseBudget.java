package org.innograph.limits;

import java.lang.reflect.Array;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

import graphql.ExecutionResult;
import graphql.execution.ExecutionStepInfo;
import graphql.execution.FetchedValue;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldCompleteParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;

import org.springframework.stereotype.Component;

/**
 * The hard ceiling on the size of an answer. As fields resolve, each fetched value's size
 * in the JSON answer is estimated (its key, its text in UTF-8 with escapes, the braces
 * and commas around records and lists) and added up; once the sum passes
 * {@link LimitsProperties#maxResponseBytes()}, every field still to be fetched is
 * answered null without running its fetcher (so no more database work is done), and the
 * answer becomes a single LIMIT_EXCEEDED error with no data. The static node count
 * ({@link QueryLimits}) refuses most oversized queries before they run; this catches what
 * a bound cannot foresee, such as long texts or lists that grew past their bound through
 * edits.
 * <p>
 * The estimate errs on the large side (every character of a text is counted at its UTF-8
 * width, control characters at the width of their escape), so an answer that passes is
 * never larger than the ceiling.
 */
@Component
class ResponseBudget extends SimplePerformantInstrumentation {

	/** {@code "":} and a comma around each key, {@code null} where a value is missing. */
	private static final int PER_FIELD = 4;

	private final long ceiling;

	ResponseBudget(LimitsProperties limits) {
		this.ceiling = limits.maxResponseBytes();
	}

	/** What one request has spent. */
	static final class Spent implements InstrumentationState {

		final AtomicLong bytes = new AtomicLong();

		volatile boolean exceeded;

	}

	@Override
	public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
		return new Spent();
	}

	/**
	 * Counts each field's value as its completion begins, where graphql-java has the
	 * field's step (key and type) at hand. At the start of the fetch the step would be
	 * taken from the fetcher's environment, which graphql-java otherwise builds only for
	 * fetchers that need one: asking for it there built an environment for every property
	 * of a three-level answer.
	 */
	@Override
	public InstrumentationContext<Object> beginFieldCompletion(InstrumentationFieldCompleteParameters parameters,
			InstrumentationState state) {
		if (state instanceof Spent spent) {
			ExecutionStepInfo step = parameters.getExecutionStepInfo();
			// graphql-java has unboxed a DataFetcherResult by now.
			Object value = FetchedValue.getFetchedValue(parameters.getFetchedObject());
			long size = PER_FIELD + step.getField().getResultKey().length() + estimate(value, step.getType());
			if (spent.bytes.addAndGet(size) > this.ceiling) {
				spent.exceeded = true;
			}
		}
		return null;
	}

	/**
	 * Once the ceiling is passed, fetchers that would do work (the database, loaders) are
	 * not run.
	 */
	@Override
	public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher,
			InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
		if (!(state instanceof Spent spent) || parameters.isTrivialDataFetcher()) {
			return dataFetcher;
		}
		return (environment) -> spent.exceeded ? null : dataFetcher.get(environment);
	}

	@Override
	public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
			InstrumentationExecutionParameters parameters, InstrumentationState state) {
		if (state instanceof Spent spent && (spent.exceeded || spent.bytes.get() + errorBytes(result) > this.ceiling)) {
			return CompletableFuture.completedFuture(ExecutionResult.newExecutionResult()
				.errors(List.of(QueryLimits.limitExceeded("The answer would be larger than " + this.ceiling
						+ " bytes, the limit; it was stopped. Ask for fewer or smaller lists, or page through them.")))
				.build());
		}
		return CompletableFuture.completedFuture(result);
	}

	/**
	 * The errors' share of the answer: their messages, and a generous allowance for paths
	 * and codes.
	 */
	private static long errorBytes(ExecutionResult result) {
		long size = 0;
		for (var error : result.getErrors()) {
			size += 256 + utf8Escaped(String.valueOf(error.getMessage()))
					+ ((error.getPath() != null) ? 16L * error.getPath().size() : 0);
		}
		return size;
	}

	/**
	 * The bytes {@code value} takes in the answer as a value of {@code type}: records and
	 * lists by their punctuation (their fields are counted as they resolve), scalars and
	 * enums by their text.
	 */
	static long estimate(Object value, GraphQLType type) {
		if (value == null) {
			return 4;
		}
		boolean composite = GraphQLTypeUtil.unwrapAll(type) instanceof GraphQLFieldsContainer;
		if (value instanceof Collection<?> || value instanceof Map<?, ?> || value.getClass().isArray()) {
			Iterable<?> items = (value instanceof Collection<?> collection) ? collection
					: (value instanceof Map<?, ?> map) ? map.values() : arrayItems(value);
			long size = 2;
			for (Object item : items) {
				size += 1 + (composite ? 2 : estimate(item, type));
			}
			return size;
		}
		if (composite) {
			return 2;
		}
		if (value instanceof Number || value instanceof Boolean) {
			return value.toString().length();
		}
		return 2 + utf8Escaped(value.toString());
	}

	private static List<Object> arrayItems(Object array) {
		int length = Array.getLength(array);
		Object[] items = new Object[length];
		for (int i = 0; i < length; i++) {
			items[i] = Array.get(array, i);
		}
		return Arrays.asList(items);
	}

	/**
	 * Bytes of a JSON string's content: UTF-8 widths, escapes for quotes, backslashes and
	 * controls.
	 */
	static long utf8Escaped(String text) {
		long size = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < 0x20) {
				size += 6;
			}
			else if (c == '"' || c == '\\') {
				size += 2;
			}
			else if (c < 0x80) {
				size += 1;
			}
			else if (c < 0x800 || Character.isSurrogate(c)) {
				size += 2; // a surrogate pair is 4 bytes in UTF-8: 2 for each half
			}
			else {
				size += 3; // Hangul and the rest of the Basic Multilingual Plane
			}
		}
		return size;
	}

}
