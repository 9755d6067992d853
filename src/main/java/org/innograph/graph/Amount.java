package org.innograph.graph;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Optional;

/**
 * A number with the unit the source wrote ("973억 원", "8,514대"). Money is also normalised
 * to won so that amounts written in 억 and 조 can be compared and summed.
 */
public record Amount(BigDecimal value, String unit, boolean approximate) {

	private static final Map<String, BigDecimal> WON_PER_UNIT = Map.of("원", BigDecimal.ONE, "만 원",
			BigDecimal.TEN.pow(4), "억 원", BigDecimal.TEN.pow(8), "조 원", BigDecimal.TEN.pow(12));

	/** Whether the unit is a currency unit this class can normalise. */
	public static boolean isMoney(String unit) {
		return WON_PER_UNIT.containsKey(unit);
	}

	/**
	 * The amount in won, for money; empty for counts (centres, companies, instruments …).
	 */
	public Optional<Long> won() {
		BigDecimal factor = WON_PER_UNIT.get(this.unit);
		return (factor != null)
				? Optional.of(this.value.multiply(factor).setScale(0, RoundingMode.HALF_UP).longValueExact())
				: Optional.empty();
	}

	/** The amount in won, unrounded; null for counts. */
	BigDecimal wonExact() {
		BigDecimal factor = WON_PER_UNIT.get(this.unit);
		return (factor != null) ? this.value.multiply(factor) : null;
	}

	/** The amount as text in a language ({@link DisplayText}). */
	public String display(Language language) {
		return DisplayText.quantity(this.value, this.unit, null, this.approximate, language);
	}

}
