package org.innograph.paths;

/**
 * The shortest-paths statements for the benchmark's raw-driver floor, exactly as
 * {@link PathReads} runs them; they are package-private in the application, and this
 * class lives in the benchmark's own source set.
 */
public final class BenchAccess {

	private BenchAccess() {
	}

	/**
	 * {@link PathStatements#shortestChains}: the chains of the shortest length, ranked;
	 * the form without a date, which the application runs for the mix (none of its
	 * queries has one).
	 */
	public static String shortestChains(int candidates, int maxHops) {
		return PathStatements.shortestChains(candidates, maxHops, true);
	}

	/**
	 * {@link PathStatements#connections}: the k shortest chains of any length, ranked;
	 * without a date, as {@link #shortestChains}.
	 */
	public static String connections(int candidates, int maxHops) {
		return PathStatements.connections(candidates, maxHops, true);
	}

	/**
	 * Whether {@link PathReads} goes on to {@link #connections} after
	 * {@link #shortestChains} found these many chains of this length.
	 */
	public static boolean needsLonger(int found, int length, int first, int maxHops) {
		return PathReads.needsLonger(found, length, first, maxHops);
	}

}
