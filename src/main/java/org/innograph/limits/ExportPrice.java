package org.innograph.limits;

import java.util.HashSet;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The points an export costs, priced from its address before any work. A one-hop
 * neighbourhood ({@code around=<id>}, with or without {@code hops=1}) reads an entity,
 * its neighbours and the links among them, a few dozen records: it costs about what a
 * small query costs, plus a point for each entity it unfolds ({@code expand}), since each
 * adds its own neighbours. That is what the explorer's network view asks for on every
 * drawing and unfold. Any other export (two or three hops, paths, a time line, the whole
 * graph) may read much of the graph and costs the full export price, which also caps the
 * neighbourhood's price: no address costs more than the largest export.
 *
 * @param full points of any export that is not a one-hop neighbourhood
 * @param neighbourhood points of a one-hop neighbourhood before its unfolded entities
 * @param perUnfolded points each distinct unfolded entity adds
 */
record ExportPrice(long full, long neighbourhood, long perUnfolded) {

	ExportPrice(LimitsProperties limits) {
		this(limits.exportCost(), limits.exportNeighbourhoodCost(), limits.exportUnfoldCost());
	}

	/**
	 * The price of an export request. The parameters are read as the export endpoint
	 * reads them (repeated or comma-separated lists); an address the endpoint will refuse
	 * is priced like any other, so refusals are no cheaper way to probe.
	 */
	long points(HttpServletRequest request) {
		if (!oneHopNeighbourhood(request)) {
			return this.full;
		}
		// Counting stops at the first id past the cap: the price is the cap from there.
		long stopAt = (this.perUnfolded > 0) ? (this.full - this.neighbourhood) / this.perUnfolded + 1 : 0;
		Set<String> unfolded = new HashSet<>();
		String[] values = request.getParameterValues("expand");
		if (values != null) {
			for (String value : values) {
				for (String id : value.split(",")) {
					if (!id.isBlank() && unfolded.size() < stopAt) {
						unfolded.add(id.strip());
					}
				}
			}
		}
		return Math.min(this.full, this.neighbourhood + this.perUnfolded * unfolded.size());
	}

	/**
	 * Whether the address asks for one entity's one-hop neighbourhood and nothing wider:
	 * one {@code around}, {@code hops} absent or 1, no paths and no time line.
	 */
	private static boolean oneHopNeighbourhood(HttpServletRequest request) {
		String[] around = request.getParameterValues("around");
		String[] hops = request.getParameterValues("hops");
		return around != null && around.length == 1 && !around[0].isBlank()
				&& (hops == null || (hops.length == 1 && "1".equals(hops[0].strip())))
				&& request.getParameter("from") == null && request.getParameter("to") == null
				&& request.getParameter("timeline") == null;
	}

}
