package org.innograph.limits;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.innograph.api.ErrorCode;
import org.innograph.api.ErrorResponses;
import org.innograph.api.FilterOrder;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Spends a GraphQL request's price, or an export's weight, from the bucket of the client
 * the identity filter named, and answers 429 with {@code Retry-After} when the bucket
 * cannot pay. An export spends from the same bucket as GraphQL, at a price that follows
 * how much of the graph it may read ({@link ExportPrice}): the whole graph costs many
 * points, one entity's neighbourhood few. A client cannot dodge the GraphQL budget by
 * exporting instead, nor the export price by mixing in queries. Pages, scripts and health
 * checks are free.
 */
@Component
@Order(FilterOrder.RATE_LIMIT)
class RateLimitFilter extends OncePerRequestFilter {

	private final LimitsProperties limits;

	private final RateLimits rateLimits;

	private final ExportPrice exportPrice;

	RateLimitFilter(LimitsProperties limits, RateLimits rateLimits) {
		this.limits = limits;
		this.rateLimits = rateLimits;
		this.exportPrice = new ExportPrice(limits);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !GraphQlRequests.isGraphQl(request) && !GraphQlRequests.isExport(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean export = GraphQlRequests.isExport(request);
		long points = export ? this.exportPrice.points(request)
				: (request.getAttribute(DocumentCostFilter.COST) instanceof Long cost) ? cost : 1;
		// The identity filter always names the client; the address is the fallback of a
		// bare filter chain.
		String client = (request.getAttribute(RateLimits.CLIENT) instanceof String key) ? key
				: RateLimits.addressKey(request.getRemoteAddr());
		long seconds = this.rateLimits.spend(client, points, response);
		if (seconds > 0) {
			ErrorResponses.write(request, response, 429, ErrorCode.RATE_LIMITED,
					export ? "Too many exports from this client (this one costs " + points + " of "
							+ this.limits.rateCapacity() + " points); try again in " + seconds + " s."
							: "Too many requests from this client; try again in " + seconds + " s.");
			return;
		}
		chain.doFilter(request, response);
	}

}
