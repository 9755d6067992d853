package org.innograph.timeline;

import java.math.BigDecimal;

import org.innograph.entity.Fact;
import org.innograph.graph.LocalizedText;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** English time-line labels: fact keys in words, amounts in English, no Korean. */
class TimelineLabelsTests {

	@Test
	void keysReadAsWords() {
		assertThat(TimelineLabels.words("preliminaryFeasibilityExemption"))
			.isEqualTo("preliminary feasibility exemption");
		assertThat(TimelineLabels.words("budget")).isEqualTo("budget");
	}

	@Test
	void wonReadsInBillionsAndTrillions() {
		assertThat(TimelineLabels.won(new BigDecimal("97300000000"))).isEqualTo("97.3 billion won");
		assertThat(TimelineLabels.won(new BigDecimal("3506500000000"))).isEqualTo("3.5065 trillion won");
		assertThat(TimelineLabels.won(new BigDecimal("300000000"))).isEqualTo("300 million won");
	}

	@Test
	void aFactSaysItsEnglishTextElseItsKeyAndValueInEnglish() {
		assertThat(TimelineLabels
			.factInEnglish(fact("milestone", null, null, null, null, new LocalizedText("계획 수립", "Plan prepared"))))
			.isEqualTo("Plan prepared");
		assertThat(TimelineLabels.factInEnglish(fact("budget", 973.0, null, "억 원", 97_300_000_000.0, null)))
			.isEqualTo("budget 97.3 billion won");
		assertThat(TimelineLabels.factInEnglish(fact("lettersOfIntent", 176.0, null, "개", null, null)))
			.isEqualTo("letters of intent 176");
		// A value or unit with no English form is left out, not shown in Korean.
		assertThat(TimelineLabels.factInEnglish(fact("venue", null, "시청", null, null, null))).isEqualTo("venue");
		assertThat(TimelineLabels.factInEnglish(fact("length", 3.0, null, "리", null, null))).isEqualTo("length");
	}

	private static Fact fact(String key, Double number, String value, String unit, Double won, LocalizedText text) {
		return new Fact("x#" + key, key, number, value, unit, won, false, text, null, null, null, null, null, null);
	}

}
