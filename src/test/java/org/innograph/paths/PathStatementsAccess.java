package org.innograph.paths;

/**
 * The package-private shortest-paths statement, for tests in other packages that look at
 * its plan.
 */
public final class PathStatementsAccess {

	private PathStatementsAccess() {
	}

	/**
	 * The statement PathReads runs for this many candidate paths and this hop limit, with
	 * or without a date.
	 */
	public static String connections(int candidates, int maxHops, boolean undated) {
		return PathStatements.connections(candidates, maxHops, undated);
	}

	/**
	 * The statement PathReads runs first: chains of the shortest length alone, of stated
	 * links and, when there are none, of any links.
	 */
	public static String firstChains(int candidates, int maxHops, boolean undated) {
		return PathStatements.firstChains(candidates, maxHops, undated);
	}

	/** The statement of one search: chains of the shortest length alone. */
	public static String shortestChains(int candidates, int maxHops, boolean undated) {
		return PathStatements.shortestChains(candidates, maxHops, undated);
	}

}
