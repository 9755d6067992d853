package org.innograph.store;

import java.util.concurrent.atomic.AtomicBoolean;

import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;

/**
 * Runs a GraphQL query in one read transaction ({@link GraphReads#inOneTransaction}): its
 * data fetchers and data loaders run synchronously on the request's thread, so every
 * statement of the request joins the transaction opened here. Only requests marked
 * {@link #READ_ONLY} by the filter that priced their document: a mutation writes in
 * transactions of its own, which a read-only one around it would refuse. An unmarked
 * request runs as before, a transaction per statement.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
public class RequestTransaction implements WebGraphQlInterceptor {

	/**
	 * The request attribute that says, with {@code Boolean.TRUE}, that the request's
	 * operation is a query.
	 */
	public static final String READ_ONLY = RequestTransaction.class.getName() + ".readOnly";

	private final GraphReads reads;

	private final boolean enabled;

	RequestTransaction(GraphReads reads, GraphStoreProperties properties) {
		this.reads = reads;
		this.enabled = properties.requestTransaction();
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		if (!this.enabled || !Boolean.TRUE.equals(request.getAttributes().get(READ_ONLY))) {
			return chain.next(request);
		}
		// Blocking is right here: the servlet request thread waits for the answer anyway,
		// and the transaction
		// is bound to it. A retry after a transient failure runs the rest of the chain
		// again, as a new execution.
		return Mono.fromCallable(() -> {
			AtomicBoolean answered = new AtomicBoolean();
			try {
				return this.reads.inOneTransaction(() -> {
					WebGraphQlResponse response = chain.next(request).block();
					answered.set(true);
					return response;
				});
			}
			catch (TransactionException | DataAccessException ex) {
				if (answered.get() && !(ex instanceof PipelinedReadTransactions.ReadNotBegun)
						&& !DatabaseFailures.isUnavailable(ex)) {
					throw ex;
				}
				// The transaction could not begin (its first statement found out, so the
				// answer meanwhile made is worthless) or, without the driver's shortcuts,
				// end: the database is out of reach. Run as without one, so that each
				// field meets the failure itself and answers with its code,
				// SERVICE_UNAVAILABLE, beside whatever else the request holds.
				return chain.next(request).block();
			}
		});
	}

}
