package org.innograph.export;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Export file names say what the file holds, and stay safe for every browser. */
class ExportFileNameTests {

	private static final LocalDate DAY = LocalDate.of(2026, 11, 30);

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					graphml   | around=org:kaist&hops=2                           | innograph-kaist-radius2-2026-11-30.graphml
					csv       | around=org:kaist                                  | innograph-kaist-radius1-2026-11-30.zip
					cytoscape | around=org:kaist&expand=org:kari,region:daejeon   | innograph-kaist-radius1-unfolded2-2026-11-30.json
					gexf      | from=org:kaist&to=cluster:jeonnam-space-launch-vehicle | innograph-kaist-to-jeonnam-space-launch-vehicle-2026-11-30.gexf
					cytoscape | kinds=COUNCIL,INDUSTRIAL_COMPLEX&types=MEMBER_OF   | innograph-industrial-complex-council-member-of-2026-11-30.json
					graphml   | asOf=2024-01                                      | innograph-asof-2024-01-01-2026-11-30.graphml
					graphml   |                                                   | innograph-2026-11-30.graphml
					""")
	void namesTheSelectionAndTheDay(String format, String query, String expected) {
		ExportFileName name = ExportFileName.of(request(format, query), DAY);
		assertThat(name.name()).isEqualTo(expected);
		assertThat(name.contentDisposition()).isEqualTo("attachment; filename=\"" + expected + "\"");
	}

	@Test
	void anIdInHangulKeepsItsLettersInFilenameStarAndAnAsciiFallback() {
		ExportFileName name = ExportFileName.of(request("graphml", "around=org:카이스트&hops=2"), DAY);
		assertThat(name.name()).isEqualTo("innograph-카이스트-radius2-2026-11-30.graphml");
		assertThat(name.contentDisposition())
			.isEqualTo("attachment; filename=\"innograph-radius2-2026-11-30.graphml\"; "
					+ "filename*=UTF-8''innograph-%EC%B9%B4%EC%9D%B4%EC%8A%A4%ED%8A%B8-radius2-2026-11-30.graphml");
	}

	@Test
	void quotesAndSlashesInAnIdDoNotReachTheHeader() {
		ExportFileName name = ExportFileName.of(request("csv", "around=org:a\"b/../c"), DAY);
		assertThat(name.contentDisposition())
			.isEqualTo("attachment; filename=\"innograph-a-b-c-radius1-2026-11-30.zip\"");
	}

	@Test
	void csvHasAByteOrderMarkUnlessAskedNotTo() {
		assertThat(request("csv", "").bom()).isTrue();
		assertThat(request("csv", "bom=false").bom()).isFalse();
	}

	private static ExportRequest request(String format, String query) {
		Map<String, List<String>> parameters = new LinkedHashMap<>();
		if (query != null && !query.isBlank()) {
			Arrays.stream(query.split("&"))
				.map((pair) -> pair.split("=", 2))
				.forEach((pair) -> parameters.put(pair[0], List.of(pair[1])));
		}
		return ExportRequest.parse(ExportFormat.of(format), parameters);
	}

}
