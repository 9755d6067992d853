package org.innograph.time;

import java.time.LocalDate;

import org.innograph.graph.PartialDate;

/**
 * The one rule for "as of": every read that takes {@code asOf} and every export filters relationships with
 * {@link #holds}, so GraphQL and the exports cannot disagree about a date.
 * <p>
 * A relationship holds on day D when it had started on or before D — its {@code validFrom}, or, when it has
 * none, its {@code statedOn} (the publication date of the earliest source that states it) — and had not
 * ended: the last day of its {@code validTo} (which retiring sets) is not before D, and, for a person's role,
 * no later document had named another holder of the same role ({@code succeededOn}, see
 * {@link RoleSuccession}). Stored partial dates are their first day, so month and year precision compare by
 * their first day; an {@code asOf} of 2022-12 is the day 2022-12-01.
 */
public final class AsOf {

	private AsOf() {
	}

	/**
	 * The date part of the rule for the relationship variable {@code r}, reading the parameter {@code $asOf}
	 * (a date, or null for "no date filter"). Safe in quantified path patterns: properties only, no subquery.
	 */
	public static String holds(String r) {
		return """
				($asOf IS NULL OR ((coalesce(%1$s.validFrom, %1$s.statedOn) IS NULL OR coalesce(%1$s.validFrom, %1$s.statedOn) <= $asOf)
				  AND (%1$s.validToEnd IS NULL OR %1$s.validToEnd >= $asOf)
				  AND (%1$s.succeededOn IS NULL OR %1$s.succeededOn > $asOf)))"""
			.formatted(r);
	}

	/**
	 * {@link #holds} plus retirement: retired records leave default reads, but as of a day they were valid
	 * on they still count (retiring sets their {@code validTo}, which {@link #holds} compares).
	 */
	public static String current(String r) {
		return "((coalesce(%1$s.retired, false) = false OR ($asOf IS NOT NULL AND %1$s.retiredAt IS NOT NULL)) AND %2$s)"
			.formatted(r, holds(r));
	}

	/** The day an {@code asOf} argument stands for: its first day; null stays null. */
	public static LocalDate day(PartialDate asOf) {
		return (asOf != null) ? asOf.start() : null;
	}

}
