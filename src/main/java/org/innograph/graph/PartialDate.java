package org.innograph.graph;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date known to a year, a month or a day, as sources state them ("2022년 12월", "'23. 10.
 * 19."). {@link #start()} and {@link #end()} are the first and last day the date can
 * mean, which is what "as of" queries compare against.
 * <p>
 * This is the one date rule of the service: mutation inputs, the seed, the GraphQL
 * {@code Date} scalar and export parameters all parse here, so a date is accepted or
 * refused alike everywhere and with the same message. A date is strictly a calendar date
 * (no 2023-02-30: nothing is rounded to the end of the month), written with ASCII digits
 * and no spaces, in the years {@value #MIN_YEAR} to {@value #MAX_YEAR}.
 */
public record PartialDate(LocalDate start, Precision precision) implements Comparable<PartialDate> {

	/**
	 * The earliest year accepted. The sources speak of institutions founded in the 1970s;
	 * a year before 1900 (or year 0000) is a typing error, not history this graph
	 * records.
	 */
	public static final int MIN_YEAR = 1900;

	/**
	 * The latest year accepted: plans look a few decades ahead at most; a year past 2100
	 * is a typing error.
	 */
	public static final int MAX_YEAR = 2100;

	private static final Pattern FORM = Pattern.compile("^([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?$");

	/** How much of a date is known. */
	public enum Precision {

		YEAR, MONTH, DAY

	}

	/**
	 * Parses YYYY, YYYY-MM or YYYY-MM-DD; the form written is the precision. Refuses,
	 * with a message that says what to write instead, any other form, an impossible month
	 * or day, and years outside {@value #MIN_YEAR}–{@value #MAX_YEAR}.
	 */
	public static PartialDate parse(String text) {
		Matcher matcher = FORM.matcher((text != null) ? text : "");
		if (!matcher.matches()) {
			throw new IllegalArgumentException(
					"'" + printable(text) + "' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD");
		}
		return valid(text, matcher);
	}

	/**
	 * Parses a whole day, YYYY-MM-DD, by the same rules as {@link #parse}: what the
	 * GraphQL {@code Date} scalar and the export's {@code asOf} take.
	 */
	public static LocalDate parseDay(String text) {
		Matcher matcher = FORM.matcher((text != null) ? text : "");
		if (!matcher.matches() || matcher.group(3) == null) {
			throw new IllegalArgumentException("'" + printable(text) + "' is not a date of the form YYYY-MM-DD");
		}
		return valid(text, matcher).start();
	}

	private static PartialDate valid(String text, Matcher matcher) {
		int year = Integer.parseInt(matcher.group(1));
		if (year < MIN_YEAR || year > MAX_YEAR) {
			throw new IllegalArgumentException("'" + text + "' is outside the years " + MIN_YEAR + " to " + MAX_YEAR);
		}
		try {
			// LocalDate.of is strict: it refuses February 30 where a SMART formatter
			// would answer February 28.
			if (matcher.group(2) == null) {
				return new PartialDate(LocalDate.of(year, 1, 1), Precision.YEAR);
			}
			int month = Integer.parseInt(matcher.group(2));
			if (matcher.group(3) == null) {
				return new PartialDate(LocalDate.of(year, month, 1), Precision.MONTH);
			}
			return new PartialDate(LocalDate.of(year, month, Integer.parseInt(matcher.group(3))), Precision.DAY);
		}
		catch (DateTimeException ex) {
			throw new IllegalArgumentException("'" + text + "' is not a calendar date", ex);
		}
	}

	/**
	 * The text as a message can quote it: at most 40 characters, control characters shown
	 * as '?'.
	 */
	private static String printable(String text) {
		if (text == null) {
			return "";
		}
		String shown = (text.length() > 40) ? text.substring(0, 40) + "…" : text;
		return shown.replaceAll("\\p{Cntrl}", "?");
	}

	public static PartialDate of(LocalDate start, Precision precision) {
		return new PartialDate(start, precision);
	}

	/**
	 * The last day this date can mean: the end of its year or month, or the day itself.
	 */
	public LocalDate end() {
		return switch (this.precision) {
			case YEAR -> this.start.withDayOfYear(this.start.lengthOfYear());
			case MONTH -> YearMonth.from(this.start).atEndOfMonth();
			case DAY -> this.start;
		};
	}

	/** The date as written: 2022, 2022-12 or 2022-12-01. */
	public String text() {
		return toString();
	}

	/**
	 * Stores this date as the property {@code name} (the first day it can mean) and
	 * {@code namePrecision}; a {@code validTo} also gets {@code validToEnd}, the last day
	 * it can mean, because "valid until 2025" holds through 2025-12-31 and "as of"
	 * queries compare against that day.
	 */
	public void putInto(Map<String, Object> props, String name) {
		props.put(name, this.start);
		props.put(name + "Precision", this.precision.name());
		if (name.equals("validTo")) {
			props.put("validToEnd", end());
		}
	}

	/** Removes what {@link #putInto} stores under {@code name}. */
	public static void removeFrom(Map<String, Object> props, String name) {
		props.remove(name);
		props.remove(name + "Precision");
		if (name.equals("validTo")) {
			props.remove("validToEnd");
		}
	}

	/** A stored date (its first day) and precision; null when the date is absent. */
	public static PartialDate stored(Object start, Object precision) {
		if (!(start instanceof LocalDate day)) {
			return null;
		}
		return new PartialDate(day, (precision != null) ? Precision.valueOf(precision.toString()) : Precision.DAY);
	}

	@Override
	public String toString() {
		return switch (this.precision) {
			case YEAR -> String.valueOf(this.start.getYear());
			case MONTH -> YearMonth.from(this.start).toString();
			case DAY -> this.start.toString();
		};
	}

	@Override
	public int compareTo(PartialDate other) {
		int byStart = this.start.compareTo(other.start);
		return (byStart != 0) ? byStart : this.precision.compareTo(other.precision);
	}

}
