package org.innograph.store;

/**
 * The Cypher that cuts one page out of a list a statement has collected, continuing after
 * the item a cursor names wherever that item now is (keyset order: records added before
 * it do not shift the page). Parameters: {@code $after}, the id to continue after or
 * null, and {@code $first}, the page size (api.Paging#parameters).
 */
public final class PageSlices {

	private PageSlices() {
	}

	/**
	 * Returns {@code total} (the list's size), {@code start} (the position of the page's
	 * first item; -1 when the item to continue after is not in the list) and {@code page}
	 * from the list variable {@code items}, whose elements are maps with the key
	 * {@code id}.
	 */
	public static String slice(String items) {
		return """
				WITH %1$s, %2$s AS start
				RETURN size(%1$s) AS total, start, %3$s AS page
				""".formatted(items, start(items), page(items, "start"));
	}

	/**
	 * The position where the page of the list {@code items} starts: 0 without
	 * {@code $after}, else just after the element whose {@code id} is {@code $after}, or
	 * -1 when none is.
	 */
	public static String start(String items) {
		return "CASE WHEN $after IS NULL THEN 0 ELSE coalesce([i IN range(0, size(%1$s) - 1) WHERE %1$s[i].id = $after][0] + 1, -1) END"
			.formatted(items);
	}

	/**
	 * The page of {@code items} from {@code start} ({@link #start}): empty when negative.
	 */
	public static String page(String items, String start) {
		return "CASE WHEN %2$s < 0 THEN [] ELSE %1$s[%2$s..%2$s + $first] END".formatted(items, start);
	}

}
