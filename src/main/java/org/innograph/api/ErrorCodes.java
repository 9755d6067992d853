package org.innograph.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.stream.Collectors;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.innograph.store.DatabaseFailures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.graphql.ResponseError;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Gives every GraphQL error an {@code extensions.code}. Failures the client caused keep
 * their message; anything else is logged with an id and answered with that id only, never
 * a stack trace.
 */
// Outermost interceptor, so that errors of every other interceptor get their code and
// request id.
@Component
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
public class ErrorCodes extends DataFetcherExceptionResolverAdapter implements WebGraphQlInterceptor {

	private static final Logger logger = LoggerFactory.getLogger(ErrorCodes.class);

	private static final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

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
		if (ex instanceof AccessDeniedException) {
			return refusal(env, SecurityContextHolder.getContext().getAuthentication());
		}
		if (DatabaseFailures.isUnavailable(ex)) {
			logger.warn("Database unavailable while resolving {}: {}", env.getExecutionStepInfo().getPath(),
					ex.getMessage());
			return error(env, ErrorCode.SERVICE_UNAVAILABLE,
					"The database is not reachable right now; please try again shortly.");
		}
		if (DatabaseFailures.isRejectedBookmark(ex)) {
			return error(env, ErrorCode.BAD_REQUEST, REJECTED_BOOKMARK);
		}
		if (DatabaseFailures.isTimeout(ex)) {
			return error(env, ErrorCode.TIMEOUT, "The query ran too long and was stopped.");
		}
		// The message stays generic; the log line (which carries the request id) has the
		// details.
		logger.error("Unexpected failure resolving {}", env.getExecutionStepInfo().getPath(), ex);
		return error(env, ErrorCode.INTERNAL_ERROR,
				"Internal error; quote the requestId of this error when you report it.");
	}

	/**
	 * A handler's declared role was not met: UNAUTHENTICATED without a credential,
	 * FORBIDDEN with one whose role does not reach.
	 */
	private static GraphQLError refusal(DataFetchingEnvironment env, Authentication caller) {
		if (caller == null || trust.isAnonymous(caller) || !caller.isAuthenticated()) {
			return error(env, ErrorCode.UNAUTHENTICATED,
					"This needs a credential: send 'Authorization: Bearer <token>' with an editor or admin token.");
		}
		String roles = caller.getAuthorities()
			.stream()
			.map((authority) -> authority.getAuthority().replaceFirst("^ROLE_", "").toLowerCase(Locale.ROOT))
			.sorted()
			.collect(Collectors.joining(", "));
		return error(env, ErrorCode.FORBIDDEN, "The token '" + caller.getName() + "' has the role " + roles
				+ "; this needs a role it does not have (adding sources needs admin).");
	}

	/**
	 * The error of a client's mistake on one field, for a data fetcher that answers the
	 * field with data and this error (a non-null list answered empty) instead of
	 * throwing, which would null its parent.
	 */
	public static GraphQLError error(DataFetchingEnvironment env, ApiException ex) {
		Map<String, Object> extensions = new LinkedHashMap<>(ex.extensions());
		extensions.put("code", ex.code().name());
		return GraphqlErrorBuilder.newError(env)
			.message(ex.getMessage())
			.errorType(classification(ex.code()))
			.extensions(extensions)
			.build();
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

	/** What a client hears when the database refuses the bookmark it sent. */
	public static final String REJECTED_BOOKMARK = "The database does not accept the bookmark of the "
			+ "X-Neo4j-Bookmark header: send only bookmarks this service returned, or none.";

	/**
	 * Every error leaves with a code (one raised without a code gets
	 * {@link #defaultCode}) and the id of the request, which the logs carry too.
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

	/**
	 * The code of an error raised without one: the request's fault when graphql-java
	 * refused it before any field ran (syntax, validation), the service's own when a
	 * field broke the schema's promise by leaving a required value null.
	 */
	static ErrorCode defaultCode(ErrorClassification type) {
		return (type == graphql.ErrorType.NullValueInNonNullableField) ? ErrorCode.INTERNAL_ERROR
				: ErrorCode.BAD_REQUEST;
	}

	private static GraphQLError withCode(ResponseError error, String requestId) {
		Map<String, Object> extensions = new LinkedHashMap<>(error.getExtensions());
		if (!extensions.containsKey("code")) {
			ErrorCode code = defaultCode(error.getErrorType());
			if (code == ErrorCode.INTERNAL_ERROR) {
				logger.error("Request {}: {}", requestId, error.getMessage());
			}
			extensions.put("code", code.name());
		}
		extensions.put("requestId", requestId);
		GraphqlErrorBuilder<?> builder = GraphqlErrorBuilder.newError()
			.message(error.getMessage())
			.errorType(error.getErrorType())
			.extensions(extensions);
		// An error raised before any field ran has neither; "path": [] and "locations":
		// [] would say nothing.
		// (The builder starts with an empty list of locations, which null leaves out.)
		boolean located = error.getLocations() != null && !error.getLocations().isEmpty();
		builder.locations(located ? error.getLocations() : null);
		if (error.getParsedPath() != null && !error.getParsedPath().isEmpty()) {
			builder.path(error.getParsedPath());
		}
		return builder.build();
	}

}
