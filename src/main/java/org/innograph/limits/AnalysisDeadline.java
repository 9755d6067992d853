package org.innograph.limits;

import java.time.Duration;

import graphql.GraphQLContext;

/**
 * When the analysis of one request (parsing, validation, measuring its shape) must be
 * done by, as a {@link System#nanoTime()} value. Set when the request reaches the GraphQL
 * endpoint and carried in its GraphQL context, so every step of the analysis spends from
 * the same allowance.
 */
record AnalysisDeadline(long nanos) {

	static AnalysisDeadline after(Duration allowance) {
		return new AnalysisDeadline(System.nanoTime() + allowance.toNanos());
	}

	/**
	 * The deadline in the context, or one starting now when the request did not come
	 * through HTTP.
	 */
	static AnalysisDeadline of(GraphQLContext context, Duration allowance) {
		AnalysisDeadline deadline = (context != null) ? context.get(AnalysisDeadline.class) : null;
		return (deadline != null) ? deadline : after(allowance);
	}

	long remainingNanos() {
		return this.nanos - System.nanoTime();
	}

}
