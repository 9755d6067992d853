package org.innograph.limits;

import org.innograph.api.Paging;

import org.springframework.stereotype.Component;

/**
 * Page requests checked against the configured largest page
 * ({@code innograph.limits.max-page-size}), the bound {@link QueryLimits} applies to the
 * whole document before it runs: one setting rules both, raised or lowered.
 */
@Component
public class PageSizes {

	private final int max;

	PageSizes(LimitsProperties limits) {
		this.max = limits.maxPageSize();
	}

	/**
	 * A validated page request: {@code first} between 1 and the configured largest page.
	 */
	public Paging paging(Integer first, String after) {
		return Paging.of(first, after, this.max);
	}

}
