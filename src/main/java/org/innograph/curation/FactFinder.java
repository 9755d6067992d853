package org.innograph.curation;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.innograph.graph.Amount;
import org.innograph.graph.PartialDate;
import org.innograph.graph.PartialDate.Precision;

/**
 * Dates and amounts of money in the forms Korean public documents write them:
 * 2023.10.19., '23.3., 2023년 10월, 지난해 12월 (resolved against the publication date), 973억
 * 원, 3조 5,065억, 4천7백억 원, 국비 245억.
 */
final class FactFinder {

	/**
	 * A date or amount found on a line, before it is tied to a sentence and a subject.
	 */
	record Found(String key, PartialDate date, Amount amount, int start, int end) {
	}

	private static final Pattern FULL_DOTS = Pattern
		.compile("(?<![\\d'])((?:19|20)\\d{2})\\s*\\.\\s*(\\d{1,2})\\s*\\.(?:\\s*(\\d{1,2})\\s*\\.?(?!\\d))?");

	private static final Pattern SHORT_DOTS = Pattern
		.compile("['‘’](\\d{2})\\s*\\.\\s*(\\d{1,2})\\s*\\.?(?:\\s*(\\d{1,2})(?![\\d억조만])\\s*\\.?)?");

	private static final Pattern KOREAN = Pattern
		.compile("(?<!\\d)((?:19|20)\\d{2}|['‘’]\\d{2})\\s*년(?:\\s*(\\d{1,2})\\s*월(?:\\s*(\\d{1,2})\\s*일)?)?");

	private static final Pattern RELATIVE = Pattern
		.compile("(지난해|작년|전년|올해|금년|내년|지난|오는)\\s*(\\d{1,2})\\s*월(?:\\s*(\\d{1,2})\\s*일)?");

	private static final Pattern MONTH_DAY = Pattern.compile("(?<![\\d.'‘’])(\\d{1,2})\\s*월\\s*(\\d{1,2})\\s*일");

	private static final Pattern DAY = Pattern.compile("(?<=^|\\s)(\\d{1,2})일(?=[\\s(,])");

	/**
	 * A Korean amount: numbers each with its unit (조, 억, 천만, 백만, 만, 천, 백), then 원 or,
	 * without it, a unit of 억 or 조 at least.
	 */
	private static final Pattern MONEY = Pattern.compile(
			"(약\\s*)?((?:\\d[\\d,]*(?:\\.\\d+)?\\s*(?:조|억|천만|백만|만|천|백)(?:조|억|만)?\\s*)+)(여\\s*)?(원)?(?:\\s*(여|내외|이상))?");

	private static final Pattern PART = Pattern.compile("(\\d[\\d,]*(?:\\.\\d+)?)?\\s*(조|억|천만|백만|만|천|백)");

	private static final Pattern SHARE = Pattern.compile("(국비|시비|도비|지방비|민자|민간|총사업비|사업비|예산)\\s*$");

	private FactFinder() {
	}

	static List<Found> dates(String line, PartialDate published) {
		List<Found> found = new ArrayList<>();
		boolean[] taken = new boolean[line.length() + 1];
		collect(found, taken, FULL_DOTS, line, (m) -> date(Integer.parseInt(m.group(1)), m.group(2), m.group(3)));
		collect(found, taken, SHORT_DOTS, line,
				(m) -> date(2000 + Integer.parseInt(m.group(1)), m.group(2), m.group(3)));
		collect(found, taken, KOREAN, line, (m) -> {
			String year = m.group(1);
			int y = !Character.isDigit(year.charAt(0)) ? 2000 + Integer.parseInt(year.substring(1))
					: Integer.parseInt(year);
			return date(y, m.group(2), m.group(3));
		});
		if (published != null) {
			int year = published.start().getYear();
			collect(found, taken, RELATIVE, line, (m) -> {
				int month = Integer.parseInt(m.group(2));
				int y = switch (m.group(1)) {
					case "지난해", "작년", "전년" -> year - 1;
					case "내년" -> year + 1;
					case "지난" -> (published.precision() != Precision.YEAR && month > published.start().getMonthValue())
							? year - 1 : year;
					case "오는" -> (published.precision() != Precision.YEAR && month < published.start().getMonthValue())
							? year + 1 : year;
					default -> year;
				};
				return date(y, m.group(2), m.group(3));
			});
			collect(found, taken, MONTH_DAY, line, (m) -> date(year, m.group(1), m.group(2)));
			if (published.precision() == Precision.DAY) {
				// "19일" in a release dated the 19th is that day; a later day is last
				// month's.
				collect(found, taken, DAY, line, (m) -> {
					int day = Integer.parseInt(m.group(1));
					LocalDate month = published.start().withDayOfMonth(1);
					if (day > published.start().getDayOfMonth()) {
						month = month.minusMonths(1);
					}
					return date(month.getYear(), Integer.toString(month.getMonthValue()), m.group(1));
				});
			}
		}
		return found.stream().map((f) -> new Found("date", f.date(), null, f.start(), f.end())).toList();
	}

	static List<Found> amounts(String line) {
		List<Found> found = new ArrayList<>();
		Matcher matcher = MONEY.matcher(line);
		while (matcher.find()) {
			String parts = matcher.group(2);
			boolean won = matcher.group(4) != null;
			boolean big = parts.contains("조") || parts.contains("억");
			if (!won && !big) {
				continue;
			}
			if (matcher.end() < line.length() && !won && Names.hangul(line.charAt(matcher.end()))
					&& line.charAt(matcher.end()) != '원') {
				// 3억개, 8억명: a count, not money.
				if ("개명대건회곳".indexOf(line.charAt(matcher.end())) >= 0) {
					continue;
				}
			}
			Amount amount = amount(parts, matcher.group(1) != null || matcher.group(3) != null
					|| "여".equals(matcher.group(5)) || "내외".equals(matcher.group(5)));
			if (amount == null) {
				continue;
			}
			Matcher share = SHARE.matcher(line.substring(Math.max(0, matcher.start() - 8), matcher.start()));
			String key = share.find() ? switch (share.group(1)) {
				case "국비" -> "budgetNational";
				case "시비", "도비", "지방비" -> "budgetLocal";
				case "민자", "민간" -> "budgetPrivate";
				default -> "budget";
			} : "budget";
			int end = matcher.end();
			while (end > matcher.start() && Character.isWhitespace(line.charAt(end - 1))) {
				end--;
			}
			found.add(new Found(key, null, amount, matcher.start(), end));
		}
		return found;
	}

	/**
	 * The amount in the largest unit of 억 or 조 that it is written in (3조 5,065억 is
	 * 35,065억 원), else in 만 원 or 원.
	 */
	static Amount amount(String parts, boolean approximate) {
		BigDecimal won = BigDecimal.ZERO;
		BigDecimal small = BigDecimal.ZERO;
		boolean hasEok = false;
		boolean hasJo = false;
		boolean hasMan = false;
		Matcher part = PART.matcher(parts);
		while (part.find()) {
			BigDecimal number;
			try {
				// 4천7백억: 억 has no number of its own; it multiplies the 4천7백 before it.
				number = (part.group(1) != null) ? new BigDecimal(part.group(1).replace(",", "")) : BigDecimal.ZERO;
			}
			catch (NumberFormatException ex) {
				return null;
			}
			switch (part.group(2)) {
				case "천" -> small = small.add(number.scaleByPowerOfTen(3));
				case "백" -> small = small.add(number.scaleByPowerOfTen(2));
				case "천만" -> small = small.add(number.scaleByPowerOfTen(7));
				case "백만" -> small = small.add(number.scaleByPowerOfTen(6));
				case "만" -> {
					won = won.add(small.add(number).scaleByPowerOfTen(4));
					small = BigDecimal.ZERO;
					hasMan = true;
				}
				case "억" -> {
					won = won.add(small.add(number).scaleByPowerOfTen(8));
					small = BigDecimal.ZERO;
					hasEok = true;
				}
				case "조" -> {
					won = won.add(small.add(number).scaleByPowerOfTen(12));
					small = BigDecimal.ZERO;
					hasJo = true;
				}
				default -> {
					return null;
				}
			}
		}
		if (small.signum() != 0) {
			// 4천7백억: the thousands and hundreds count the next unit; with none, they are
			// won.
			won = won.add(small);
		}
		if (won.signum() == 0) {
			return null;
		}
		if (hasEok) {
			return new Amount(won.scaleByPowerOfTen(-8).stripTrailingZeros(), "억 원", approximate);
		}
		if (hasJo) {
			return new Amount(won.scaleByPowerOfTen(-12).stripTrailingZeros(), "조 원", approximate);
		}
		if (hasMan) {
			return new Amount(won.scaleByPowerOfTen(-4).stripTrailingZeros(), "만 원", approximate);
		}
		return new Amount(won.stripTrailingZeros(), "원", approximate);
	}

	private interface Reading {

		PartialDate read(Matcher matcher);

	}

	private static void collect(List<Found> found, boolean[] taken, Pattern pattern, String line, Reading reading) {
		Matcher matcher = pattern.matcher(line);
		while (matcher.find()) {
			if (taken[matcher.start()] || taken[Math.max(matcher.start(), matcher.end() - 1)]) {
				continue;
			}
			PartialDate date = reading.read(matcher);
			if (date == null) {
				continue;
			}
			for (int i = matcher.start(); i < matcher.end(); i++) {
				taken[i] = true;
			}
			int end = matcher.end();
			while (end > matcher.start() && (Character.isWhitespace(line.charAt(end - 1)))) {
				end--;
			}
			found.add(new Found("date", date, null, matcher.start(), end));
		}
	}

	/** A date of the given precision, or null when it is no calendar date. */
	static PartialDate date(int year, String month, String day) {
		if (year < PartialDate.MIN_YEAR || year > PartialDate.MAX_YEAR) {
			return null;
		}
		try {
			if (month == null) {
				return PartialDate.of(LocalDate.of(year, 1, 1), Precision.YEAR);
			}
			int m = Integer.parseInt(month);
			if (day == null) {
				return PartialDate.of(LocalDate.of(year, m, 1), Precision.MONTH);
			}
			return PartialDate.of(LocalDate.of(year, m, Integer.parseInt(day)), Precision.DAY);
		}
		catch (DateTimeException | NumberFormatException ex) {
			return null;
		}
	}

}
