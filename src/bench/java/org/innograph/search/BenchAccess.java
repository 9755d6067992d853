package org.innograph.search;

/**
 * The search statement for the benchmark's raw-driver floor, exactly as
 * {@link SearchController} runs it; it is package-private in the application, and this
 * class lives in the benchmark's own source set.
 */
public final class BenchAccess {

	/**
	 * Ranked hits ($q lower case, $lucene escaped, $kinds, $after, $first): total and one
	 * page.
	 */
	public static final String SEARCH = SearchStatements.SEARCH;

	private BenchAccess() {
	}

}
