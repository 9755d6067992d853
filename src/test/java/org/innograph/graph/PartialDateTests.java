package org.innograph.graph;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			2023-02-30  | '2023-02-30' is not a calendar date
			2023-02-29  | '2023-02-29' is not a calendar date
			2024-13     | '2024-13' is not a calendar date
			2024-00-10  | '2024-00-10' is not a calendar date
			0000        | '0000' is outside the years 1900 to 2100
			0000-01-01  | '0000-01-01' is outside the years 1900 to 2100
			1899-12-31  | '1899-12-31' is outside the years 1900 to 2100
			2101        | '2101' is outside the years 1900 to 2100
			9999-12-31  | '9999-12-31' is outside the years 1900 to 2100
			20231       | '20231' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD
			2023-2-3    | '2023-2-3' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD
			２０２３      | '２０２３' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD
			٢٠٢٣        | '٢٠٢٣' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD
			" 2023"     | ' 2023' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD
			2023-10-19T00:00 | '2023-10-19T00:00' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD
			""")
	void refusesWhatIsNotStrictlyACalendarDateInTheAcceptedYears(String text, String message) {
		assertThatThrownBy(() -> PartialDate.parse(text)).isInstanceOf(IllegalArgumentException.class)
			.hasMessage(message);
	}

	@Test
	void acceptsTheEdgesOfTheRangeAndLeapDays() {
		assertThat(PartialDate.parse("1900").start()).isEqualTo(LocalDate.of(1900, 1, 1));
		assertThat(PartialDate.parse("2100-12-31").start()).isEqualTo(LocalDate.of(2100, 12, 31));
		assertThat(PartialDate.parse("2024-02-29").start()).isEqualTo(LocalDate.of(2024, 2, 29));
		assertThat(PartialDate.parse("2022-12").end()).isEqualTo(LocalDate.of(2022, 12, 31));
	}

	@Test
	void aWholeDayIsParsedByTheSameRuleWithTheSameMessages() {
		assertThat(PartialDate.parseDay("2023-10-19")).isEqualTo(LocalDate.of(2023, 10, 19));
		assertThatThrownBy(() -> PartialDate.parseDay("2023-02-30")).hasMessage("'2023-02-30' is not a calendar date");
		assertThatThrownBy(() -> PartialDate.parseDay("0000-01-01"))
			.hasMessage("'0000-01-01' is outside the years 1900 to 2100");
		assertThatThrownBy(() -> PartialDate.parseDay("2023-10"))
			.hasMessage("'2023-10' is not a date of the form YYYY-MM-DD");
		assertThatThrownBy(() -> PartialDate.parseDay(null)).hasMessage("'' is not a date of the form YYYY-MM-DD");
	}

	@Test
	void aMessageQuotesAtMostFortyCharactersAndNoControlCharacter() {
		assertThatThrownBy(() -> PartialDate.parse("2023\u0000" + "x".repeat(100)))
			.hasMessage("'2023?" + "x".repeat(35) + "…' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD");
	}

}
