package org.innograph.storage;

import java.time.LocalDate;

import org.innograph.graph.PartialDate;

/**
 * The one rule for "as of": every read that takes {@code asOf} and every export filters
 * relationships with {@link #holds}, so GraphQL and the exports cannot disagree about a
 * date.
 * <p>
 * A relationship holds on day D when it had started on or before D — its
 * {@code validFrom}, or, when it has none, its {@code statedOn} (the publication date of
 * the earliest source that states it) — and had not ended: the last day of its
 * {@code validTo} (which retiring sets) is not before D, and, for a person's role, no
 * later document had named another holder of the same role ({@code succeededOn}, see
 * {@code time.RoleSuccession}). Stored partial dates are their first day, so month and
 * year precision compare by their first day; an {@code asOf} of 2022-12 is the day
 * 2022-12-01. A link holds only while both its ends exist ({@link #exists}).
 */
public final class AsOf {

	private AsOf() {
	}

	/*
	 * Every predicate below is a conjunction of clauses of at most two terms. Cypher's
	 * planner normalises predicates into that form; written as
	 * "$asOf IS NULL OR (a AND (b OR c) …)" it multiplies the terms out, and a statement
	 * with a few such predicates took seconds to plan. coalesce() turns
	 * "absent or before" into one comparison.
	 */

	/**
	 * The date part of the rule for the relationship variable {@code r}, reading the
	 * parameter {@code $asOf} (a date, or null for "no date filter"). Safe in quantified
	 * path patterns: properties only, no subquery.
	 */
	public static String holds(String r) {
		return """
				($asOf IS NULL OR coalesce(%1$s.validFrom, %1$s.statedOn, $asOf) <= $asOf)
				  AND ($asOf IS NULL OR coalesce(%1$s.validToEnd, $asOf) >= $asOf)
				  AND ($asOf IS NULL OR coalesce(%1$s.succeededOn, date('9999-12-31')) > $asOf)""".formatted(r);
	}

	/**
	 * {@link #holds} plus retirement: retired records leave default reads, but as of a
	 * day they were valid on they still count (retiring sets their {@code validTo}, which
	 * {@link #holds} compares).
	 */
	public static String current(String r) {
		return "(%2$s AND %1$s)".formatted(holds(r), retirement(r, Predicates.active(r)));
	}

	/**
	 * Whether the entity {@code n} exists on {@code $asOf}: it had started (its
	 * validFrom, else its date) and not ended (the last day of its validTo). A link holds
	 * only while both its ends exist, so the relationship reads and the exports, which
	 * take in only the entities that exist, agree. Undated entities always exist; retired
	 * ones count as of a day they were valid on.
	 */
	public static String exists(String n) {
		return """
				(%2$s
				  AND ($asOf IS NULL OR coalesce(%1$s.validFrom, %1$s.date, $asOf) <= $asOf)
				  AND ($asOf IS NULL OR coalesce(%1$s.validToEnd, $asOf) >= $asOf))""".formatted(n,
				retirement(n, Predicates.activeEntity(n)));
	}

	/**
	 * {@link #current} in a statement that is never given a date ($asOf null): not
	 * retired. The planner cannot reduce the general rule, since $asOf is a parameter,
	 * and evaluates all of it for every link it expands (thousands on a hub); reads
	 * without a date run a statement written with this instead. {@code AsOfRuleIT} checks
	 * the two agree on every combination of the properties the rule reads.
	 */
	public static String currentUndated(String r) {
		return Predicates.active(r);
	}

	/** {@link #exists} in a statement that is never given a date: not retired. */
	public static String existsUndated(String n) {
		return Predicates.activeEntity(n);
	}

	/**
	 * Not retired ({@code active}, the record's test), or retired and asked about a date
	 * (then the dates decide).
	 */
	private static String retirement(String x, String active) {
		return "(%1$s OR $asOf IS NOT NULL) AND (%1$s OR %2$s.retiredAt IS NOT NULL)".formatted(active, x);
	}

	/** The day an {@code asOf} argument stands for: its first day; null stays null. */
	public static LocalDate day(PartialDate asOf) {
		return (asOf != null) ? asOf.start() : null;
	}

}
