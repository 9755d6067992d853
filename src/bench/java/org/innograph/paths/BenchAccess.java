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
	 * {@link PathStatements#firstChains}: the chains of the shortest length of stated
	 * links and, when there are none, of any links, ranked; the form without a date,
	 * which the application runs for the mix (none of its queries has one). With the
	 * benchmark's page of one chain, the application runs nothing more.
	 */
	public static String firstChains(int candidates, int maxHops) {
		return PathStatements.firstChains(candidates, maxHops, true);
	}

}
