package org.innograph.api;

import org.springframework.core.Ordered;

/**
 * The order of the servlet filters every request passes before Spring Security and the
 * endpoints, each with one job. Cheap refusals come before work: nothing that can touch
 * the database runs before the client is known and has paid.
 */
public final class FilterOrder {

	/** Gives the request its id (header, logs, errors). */
	public static final int REQUEST_ID = Ordered.HIGHEST_PRECEDENCE;

	/** Gives errors without a body (the framework's 405, 415, …) the one error shape. */
	public static final int ERROR_SHAPE = REQUEST_ID + 10;

	/**
	 * Turns a GraphQL query sent as {@code GET /graphql?query=…} into the POST it stands
	 * for, so that every filter after it treats both alike; refuses a mutation over GET
	 * (405) and an address over the limit.
	 */
	public static final int GRAPHQL_GET = REQUEST_ID + 15;

	/**
	 * Refuses a GraphQL body over the size limit (413) and keeps the body for the filters
	 * after it.
	 */
	public static final int BODY_LIMIT = REQUEST_ID + 20;

	/**
	 * Decides who the client is: a verified API token, else its address. Checking a token
	 * costs a point of the address's budget first; an unverifiable one is refused (401).
	 */
	public static final int IDENTITY = REQUEST_ID + 30;

	/** Prices a GraphQL document (and refuses one over the parser's limits). */
	public static final int DOCUMENT_COST = REQUEST_ID + 40;

	/** Spends the price from the client's bucket (429 when it is empty). */
	public static final int RATE_LIMIT = REQUEST_ID + 50;

	/**
	 * Checks the client's bookmarks, waiting briefly outside the main connection pool.
	 */
	public static final int BOOKMARKS = REQUEST_ID + 60;

	/**
	 * Answers the GraphQL requests of the common shape itself, after every other filter
	 * (Spring Security's at -100 included); the rest go on to the dispatcher servlet.
	 */
	public static final int GRAPHQL_ENDPOINT = Ordered.LOWEST_PRECEDENCE - 10;

	private FilterOrder() {
	}

}
