package org.innograph.paths;

/**
 * The package-private shortest-paths statement, for tests in other packages that look at
 * its plan.
 */
public final class PathStatementsAccess {

	private PathStatementsAccess() {
	}

	/** The statement PathReads runs for this many candidate paths and this hop limit. */
	public static String connections(int candidates, int maxHops) {
		return PathStatements.connections(candidates, maxHops);
	}

	/** The statement PathReads runs first: chains of the shortest length alone. */
	public static String shortestChains(int candidates, int maxHops) {
		return PathStatements.shortestChains(candidates, maxHops);
	}

}
