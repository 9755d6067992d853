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

	/**
	 * {@link #active} for an entity, read from its label: an entity is retired exactly
	 * when it carries {@value StoredGraph#RETIRED_ENTITY} next to {@code retired = true}
	 * ({@link #labelRetired} keeps the two together on every write of a whole entity, the
	 * schema migration V008 labelled the stores written before). A label is in the node's
	 * own record, while a property that is absent, as {@code retired} is on nearly every
	 * record, is known absent only after reading all of the node's properties: on the
	 * thousands of neighbours of a hub that was a quarter of a three-level read.
	 */
	public static String activeEntity(String n) {
		return "(NOT %s:%s)".formatted(n, StoredGraph.RETIRED_ENTITY);
	}

	/**
	 * Cypher that gives the entity {@code n} the label
	 * {@value StoredGraph#RETIRED_ENTITY} when its stored {@code retired} is true and
	 * takes it away otherwise; follows every statement that writes an entity's properties
	 * whole.
	 */
	public static String labelRetired(String n) {
		return """
				FOREACH (_ IN CASE WHEN %1$s.%2$s = true THEN [1] ELSE [] END | SET %1$s:%3$s)
				FOREACH (_ IN CASE WHEN %1$s.%2$s = true THEN [] ELSE [1] END | REMOVE %1$s:%3$s)
				""".formatted(n, StoredGraph.Common.RETIRED, StoredGraph.RETIRED_ENTITY);
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
