package org.innograph.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * Gives every GraphQL error an {@code extensions.code}. Failures the client caused keep their message;
 * anything else is logged with an id and answered with that id only, never a stack trace.
 */
// Outermost interceptor, so that errors of every other interceptor get their code and request id.
@Component
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
public class ErrorCodes extends DataFetcherExceptionResolverAdapter implements WebGraphQlInterceptor {

	private static final Logger logger = LoggerFactory.getLogger(ErrorCodes.class);

	@Override
	protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
		if (ex instanceof ApiException api) {
			Map<String, Object> extensions = new LinkedHashMap<>(api.extensions());
			extensions.put("code", api.code().name());
			return GraphqlErrorBuilder.newError(env)
				.message(api.getMessage())
				.errorType(classification(api.code()))
				.extensions(extensions)
				.build();
		}
		if (isUnavailable(ex)) {
			logger.warn("Database unavailable while resolving {}: {}", env.getExecutionStepInfo().getPath(),
					ex.getMessage());
			return error(env, ErrorCode.SERVICE_UNAVAILABLE,
					"The database is not reachable right now; please try again shortly.");
		}
		if (isRejectedBookmark(ex)) {
			return error(env, ErrorCode.BAD_REQUEST, REJECTED_BOOKMARK);
		}
		if (isTimeout(ex)) {
			return error(env, ErrorCode.TIMEOUT, "The query ran too long and was stopped.");
		}
		// The message stays generic; the log line (which carries the request id) has the details.
		logger.error("Unexpected failure resolving {}", env.getExecutionStepInfo().getPath(), ex);
		return error(env, ErrorCode.INTERNAL_ERROR,
				"Internal error; quote the requestId of this error when you report it.");
	}

	private static GraphQLError error(DataFetchingEnvironment env, ErrorCode code, String message) {
		return GraphqlErrorBuilder.newError(env)
			.message(message)
			.errorType(classification(code))
			.extensions(Map.of("code", code.name()))
			.build();
	}

	private static ErrorClassification classification(ErrorCode code) {
		return switch (code) {
			case BAD_REQUEST, CONFLICT -> ErrorType.BAD_REQUEST;
			case NOT_FOUND -> ErrorType.NOT_FOUND;
			case UNAUTHENTICATED -> ErrorType.UNAUTHORIZED;
			case FORBIDDEN -> ErrorType.FORBIDDEN;
			default -> ErrorType.INTERNAL_ERROR;
		};
	}

	/** Whether the database could not be reached (down, restarting, or the connection lost). */
	public static boolean isUnavailable(Throwable ex) {
		for (Throwable t = ex; t != null; t = (t.getCause() != t) ? t.getCause() : null) {
			if (t instanceof ServiceUnavailableException || t instanceof SessionExpiredException
					|| t instanceof DataAccessResourceFailureException) {
				return true;
			}
		}
		return false;
	}

	/** What a client hears when the database refuses the bookmark it sent. */
	public static final String REJECTED_BOOKMARK = "The database does not accept the bookmark of the "
			+ "X-Neo4j-Bookmark header: send only bookmarks this service returned, or none.";

	/**
	 * Whether the database refused the bookmarks a transaction began with (a well-formed header whose
	 * bookmark the database never issued): the client's mistake, not ours.
	 */
	public static boolean isRejectedBookmark(Throwable ex) {
		for (Throwable t = ex; t != null; t = (t.getCause() != t) ? t.getCause() : null) {
			if (t instanceof ClientException client && ((client.code() != null && client.code().contains("Bookmark"))
					|| String.valueOf(client.getMessage()).contains("supplied bookmarks"))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the database stopped the transaction for running too long: the read timeout this service
	 * sets ({@code …TransactionTimedOutClientConfiguration}), the server's own ({@code …TransactionTimedOut}),
	 * or, from older servers, a transient "terminated".
	 */
	static boolean isTimeout(Throwable ex) {
		for (Throwable t = ex; t != null; t = (t.getCause() != t) ? t.getCause() : null) {
			if (t instanceof TransientException transientException && transientException.code() != null
					&& transientException.code().contains("Terminated")) {
				return true;
			}
			if (t instanceof Neo4jException neo4j && neo4j.code() != null
					&& neo4j.code().contains("TransactionTimedOut")) {
				return true;
			}
			if (t instanceof org.springframework.transaction.TransactionTimedOutException) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Every error leaves with a code (errors raised before any field ran — syntax, validation — get
	 * BAD_REQUEST) and the id of the request, which the logs carry too.
	 */
	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		Object requestId = request.getAttributes().getOrDefault("requestId", request.getId());
		return chain.next(request).map((response) -> {
			if (response.getErrors().isEmpty()) {
				return response;
			}
			List<GraphQLError> errors = response.getErrors()
				.stream()
				.map((error) -> withCode(error, requestId.toString()))
				.toList();
			return response.transform((builder) -> builder.errors(errors));
		});
	}

	private static GraphQLError withCode(ResponseError error, String requestId) {
		Map<String, Object> extensions = new LinkedHashMap<>(error.getExtensions());
		extensions.putIfAbsent("code", ErrorCode.BAD_REQUEST.name());
		extensions.put("requestId", requestId);
		GraphqlErrorBuilder<?> builder = GraphqlErrorBuilder.newError()
			.message(error.getMessage())
			.errorType(error.getErrorType())
			.extensions(extensions);
		// An error raised before any field ran has neither; "path": [] and "locations": [] would say nothing.
		// (The builder starts with an empty list of locations, which null leaves out.)
		boolean located = error.getLocations() != null && !error.getLocations().isEmpty();
		builder.locations(located ? error.getLocations() : null);
		if (error.getParsedPath() != null && !error.getParsedPath().isEmpty()) {
			builder.path(error.getParsedPath());
		}
		return builder.build();
	}

}
