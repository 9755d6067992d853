package org.innograph.api;

/**
 * The cursor a page request continues after, for the benchmark's list queries at an
 * offset. Cursors are the API's to make ({@link Paging}); this class lives in the
 * benchmark's own source set and asks Paging for one.
 */
public final class BenchAccess {

	private BenchAccess() {
	}

	/** The cursor of the item at this position of a list. */
	public static String cursor(int position) {
		return Paging.cursor(position);
	}

}
