package org.innograph.export;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The export's asOf takes a day, a month or a year, as GraphQL's does, and the command
 * line spells it --as-of.
 */
class ExportAsOfTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			2024-12-31 | 2024-12-31
			2022-12    | 2022-12-01
			2022       | 2022-01-01
			""")
	void aMonthOrAYearIsItsFirstDay(String asOf, LocalDate day) {
		ExportRequest request = ExportRequest.parse(ExportFormat.CSV, Map.of("asOf", List.of(asOf)));
		assertThat(request.projection().asOf()).isEqualTo(day);
	}

	@Test
	void theCommandLineSpellsItAsOf() {
		ExportCommand.Arguments arguments = ExportCommand.Arguments
			.parse(List.of("--format", "csv", "--out", "x.zip", "--as-of", "2022-12", "--types", "HEADS"));
		assertThat(arguments.filters()).containsEntry("asOf", List.of("2022-12"))
			.containsEntry("types", List.of("HEADS"));
		assertThat(ExportRequest.parse(ExportFormat.CSV, arguments.filters()).projection().asOf())
			.isEqualTo(LocalDate.of(2022, 12, 1));
	}

}
