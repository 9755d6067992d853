package org.innograph.api;

/** The values of {@code extensions.code} on GraphQL errors. */
public enum ErrorCode {

	/** The request or an argument is invalid; nothing ran against the database. */
	BAD_REQUEST,
	/** An id or key names nothing in the graph. */
	NOT_FOUND,
	/**
	 * A write needs a credential and the request carried none (or an unknown or revoked
	 * one); nothing was written.
	 */
	UNAUTHENTICATED,
	/** The credential is valid but its role may not do this; nothing was written. */
	FORBIDDEN,
	/**
	 * The record changed since the client read it ({@code expectedVersion} is not its
	 * current version); nothing was written. Read it again and retry.
	 */
	CONFLICT,
	/**
	 * The request is larger, deeper or costlier than the published limits allow; nothing
	 * ran.
	 */
	LIMIT_EXCEEDED,
	/**
	 * The client spent its request budget; retry after the time in the Retry-After
	 * header.
	 */
	RATE_LIMITED,
	/** The database cannot be reached right now; try again later. */
	SERVICE_UNAVAILABLE,
	/** The request was stopped because it ran too long. */
	TIMEOUT,
	/**
	 * Something failed on our side; the request id in the error helps find it in the
	 * logs.
	 */
	INTERNAL_ERROR

}
