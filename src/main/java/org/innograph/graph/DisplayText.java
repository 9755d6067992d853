package org.innograph.graph;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Numbers with their units as a reader of each language writes them; every display string
 * of the API comes from here. Korean groups digits and counts money in 조, 억 and 만
 * ({@code 약 3조 5,065억 원}); English uses trillion, billion and million
 * ({@code about 3.5065 trillion won}) and English words for the count units
 * ({@code 4,521 people}).
 */
public final class DisplayText {

	private static final BigDecimal MAN = BigDecimal.TEN.pow(4);

	private static final BigDecimal EOK = BigDecimal.TEN.pow(8);

	private static final BigDecimal JO = BigDecimal.TEN.pow(12);

	/** The Korean units of large numbers, largest first. */
	private static final BigDecimal[] KOREAN_SIZES = { JO, EOK, MAN };

	private static final String[] KOREAN_UNITS = { "조", "억", "만" };

	/**
	 * English scales of won, largest first, with the decimals shown: the sources count in
	 * 억 (0.0001 trillion, 0.1 billion), so these keep every digit they write.
	 */
	private static final Scale[] SCALES = { new Scale(JO, "trillion", 4),
			new Scale(BigDecimal.TEN.pow(9), "billion", 3), new Scale(BigDecimal.TEN.pow(6), "million", 2) };

	/**
	 * Count units in English, where the unit alone says what is counted; units that count
	 * "things" (개, 건, 점, 가지) say instead what the fact's key counts.
	 */
	private static final Map<String, String> UNITS = Map.ofEntries(Map.entry("명", "people"),
			Map.entry("개사", "companies"), Map.entry("대", "units"), Map.entry("년", "years"), Map.entry("회", "times"),
			Map.entry("평", "pyeong"), Map.entry("㎡", "m²"), Map.entry("m²", "m²"));

	/**
	 * Units whose English says what the key counts, or this word when the key does not.
	 */
	private static final Map<String, String> THINGS = Map.of("개", "items", "건", "cases", "점", "points", "가지", "kinds");

	private static final Pattern WORD_START = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])");

	private DisplayText() {
	}

	/**
	 * An amount of won: {@code 3조 5,065억 원} / {@code 3.5065 trillion won}, with {@code 약}
	 * / {@code about} when approximate. English rounds to the decimals of its scale and
	 * says {@code about} when that drops a digit.
	 */
	public static String money(BigDecimal won, boolean approximate, Language language) {
		BigDecimal whole = won.setScale(0, RoundingMode.HALF_UP);
		if (language == Language.EN) {
			for (Scale scale : SCALES) {
				if (whole.abs().compareTo(scale.size()) >= 0) {
					BigDecimal exact = whole.divide(scale.size());
					BigDecimal shown = exact.setScale(scale.decimals(), RoundingMode.HALF_UP);
					boolean rounded = shown.compareTo(exact) != 0;
					return about(approximate || rounded, language) + grouped(shown) + " " + scale.name() + " won";
				}
			}
			return about(approximate, language) + grouped(whole) + " won";
		}
		return about(approximate, language) + koreanWon(whole);
	}

	/**
	 * A number with the unit the source wrote: money in won as {@link #money}, anything
	 * else as a count ({@code 4,521명} / {@code 4,521 people}). {@code key} is the fact's
	 * key, which says what 개 and 건 count (key {@code companies}: {@code 545 companies}).
	 */
	public static String quantity(BigDecimal value, String unit, String key, boolean approximate, Language language) {
		if (unit != null && Amount.isMoney(unit)) {
			return money(new Amount(value, unit, approximate).wonExact(), approximate, language);
		}
		if (unit == null) {
			return about(approximate, language) + grouped(value);
		}
		if (language == Language.KO) {
			return about(approximate, language) + grouped(value) + unit;
		}
		return about(approximate, language) + english(value, unit, key);
	}

	/**
	 * A value written as text with its unit (a rank {@code 1~2}): the unit in English
	 * where it has a form that follows a text.
	 */
	public static String text(String value, String unit, String key, boolean approximate, Language language) {
		if (unit == null) {
			return about(approximate, language) + value;
		}
		if (language == Language.KO) {
			return about(approximate, language) + value + unit;
		}
		if (unit.equals("위")) {
			return about(approximate, language) + "rank " + value;
		}
		String word = unitWord(unit, key, false);
		return about(approximate, language) + value + (word.equals("%") ? "%" : " " + word);
	}

	/** A number with its digits grouped in threes: 35,065; 437.4; 2.5531. */
	public static String grouped(BigDecimal value) {
		BigDecimal plain = value.stripTrailingZeros();
		DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
		format.setMaximumFractionDigits(Math.max(plain.scale(), 0));
		format.setRoundingMode(RoundingMode.UNNECESSARY);
		return format.format(plain);
	}

	/** {@code 3조 5,065억 원}, {@code 7,547억 8,000만 원}, {@code 9,500원}. */
	private static String koreanWon(BigDecimal won) {
		if (won.signum() == 0) {
			return "0원";
		}
		String sign = (won.signum() < 0) ? "-" : "";
		BigDecimal rest = won.abs();
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < KOREAN_UNITS.length; i++) {
			BigDecimal[] split = rest.divideAndRemainder(KOREAN_SIZES[i]);
			if (split[0].signum() > 0) {
				out.append((out.length() > 0) ? " " : "").append(grouped(split[0])).append(KOREAN_UNITS[i]);
			}
			rest = split[1];
		}
		if (rest.signum() > 0) {
			// Below 만 the digits join the unit: 9,500원; after a larger unit they stand
			// alone.
			return sign + out + ((out.length() > 0) ? " " + grouped(rest) + " 원" : grouped(rest) + "원");
		}
		return sign + out + " 원";
	}

	private static String english(BigDecimal value, String unit, String key) {
		if (unit.equals("%")) {
			return grouped(value) + "%";
		}
		if (unit.equals("위")) {
			return ordinal(value);
		}
		if (unit.equals("주년")) {
			return ordinal(value) + " anniversary";
		}
		// 만 평, 만㎡: ten thousands of the unit, written out.
		String compact = unit.replace(" ", "");
		if (compact.startsWith("만") && compact.length() > 1) {
			return grouped(value.multiply(MAN)) + " " + unitWord(compact.substring(1), key, false);
		}
		boolean one = value.compareTo(BigDecimal.ONE) == 0;
		return grouped(value) + " " + unitWord(unit, key, one);
	}

	/**
	 * The English word of a count unit; what the key counts for 개, 건, 점 and 가지; the unit
	 * as written when it has no English form.
	 */
	private static String unitWord(String unit, String key, boolean one) {
		String word = UNITS.get(unit);
		if (word == null && THINGS.containsKey(unit)) {
			String counted = counted(key);
			word = (counted != null) ? counted : THINGS.get(unit);
		}
		if (word == null) {
			return unit;
		}
		return one ? singular(word) : word;
	}

	/**
	 * What a key counts: its last word when that is a plural noun
	 * ({@code bioHealthCompanies} → {@code companies}); null when the key does not say
	 * ({@code subTaskCount}).
	 */
	static String counted(String key) {
		if (key == null || key.isEmpty()) {
			return null;
		}
		String[] words = WORD_START.split(key);
		String last = words[words.length - 1].toLowerCase(Locale.ROOT);
		return (last.length() > 2 && last.endsWith("s") && !last.endsWith("ss")
				&& last.chars().allMatch(Character::isLetter)) ? last : null;
	}

	private static String singular(String plural) {
		if (plural.equals("people")) {
			return "person";
		}
		if (plural.endsWith("ies")) {
			return plural.substring(0, plural.length() - 3) + "y";
		}
		if (plural.endsWith("sses") || plural.endsWith("xes") || plural.endsWith("ches") || plural.endsWith("shes")) {
			return plural.substring(0, plural.length() - 2);
		}
		return (plural.endsWith("s") && !plural.equals("m²")) ? plural.substring(0, plural.length() - 1) : plural;
	}

	/** 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 50th. */
	static String ordinal(BigDecimal value) {
		if (value.stripTrailingZeros().scale() > 0) {
			return grouped(value);
		}
		long n = value.longValue();
		long lastTwo = Math.abs(n) % 100;
		String suffix = (lastTwo >= 11 && lastTwo <= 13) ? "th" : switch ((int) (Math.abs(n) % 10)) {
			case 1 -> "st";
			case 2 -> "nd";
			case 3 -> "rd";
			default -> "th";
		};
		return grouped(value) + suffix;
	}

	private static String about(boolean approximate, Language language) {
		if (!approximate) {
			return "";
		}
		return (language == Language.EN) ? "about " : "약 ";
	}

	private record Scale(BigDecimal size, String name, int decimals) {
	}

}
