package org.innograph.graph;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PartialDateTests {

	@Test
	void aYearIsStoredAsItsFirstDayWithItsPrecision() {
		Map<String, Object> props = new HashMap<>();
		PartialDate.parse("2023").putInto(props, "validFrom");
		assertThat(props).containsExactlyInAnyOrderEntriesOf(
				Map.of("validFrom", LocalDate.of(2023, 1, 1), "validFromPrecision", "YEAR"));
	}

	@Test
	void anEndOfValidityAlsoKeepsTheLastDayItCanMean() {
		Map<String, Object> props = new HashMap<>();
		PartialDate.parse("2025-02").putInto(props, "validTo");
		assertThat(props).containsEntry("validTo", LocalDate.of(2025, 2, 1))
			.containsEntry("validToPrecision", "MONTH")
			.containsEntry("validToEnd", LocalDate.of(2025, 2, 28));
		PartialDate.removeFrom(props, "validTo");
		assertThat(props).isEmpty();
	}

}
