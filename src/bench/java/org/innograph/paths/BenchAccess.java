package org.innograph.paths;

/**
 * The shortest-paths statement for the benchmark's raw-driver floor, exactly as
 * {@link PathReads} runs it; it is package-private in the application, and this class
 * lives in the benchmark's own source set.
 */
public final class BenchAccess {

	private BenchAccess() {
	}

	/**
	 * {@link PathStatements#CONNECTIONS} with its literals in: the candidate paths to
	 * rank and the hop limit.
	 */
	public static String connections(int candidates, int maxHops) {
		return PathStatements.connections(candidates, maxHops);
	}

}
