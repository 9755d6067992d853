package org.innograph.storage;

/**
 * Cypher predicates every read shares, for a variable of the caller's statement. The
 * dated rule ("in force on a day") is {@link AsOf}; this is the undated one.
 */
public final class Predicates {

	private Predicates() {
	}

	/**
	 * Whether the node or relationship {@code x} is active: not retired. Retired records
	 * stay in the database and its history but leave every default read, list, count and
	 * export. In parentheses, so that it joins any text around it (a text block strips
	 * the space before its closing quotes).
	 */
	public static String active(String x) {
		return "(coalesce(%s.%s, false) = false)".formatted(x, StoredGraph.Common.RETIRED);
	}

	/** {@link #active} for each variable, joined with AND. */
	public static String active(String... variables) {
		StringBuilder out = new StringBuilder("(");
		for (String x : variables) {
			if (out.length() > 1) {
				out.append(" AND ");
			}
			out.append(active(x));
		}
		return out.append(')').toString();
	}

}
