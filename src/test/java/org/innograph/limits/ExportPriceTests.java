package org.innograph.limits;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An export's price follows how much of the graph its address may read: a one-hop
 * neighbourhood costs 2 points and 1 per unfolded entity, anything wider the full 50, and
 * nothing more than that.
 */
class ExportPriceTests {

	private static final ExportPrice PRICE = new ExportPrice(50, 2, 1);

	@ParameterizedTest(name = "{0} costs {1}")
	@CsvSource(delimiter = '|', textBlock = """
			''                                              | 50
			around=org:kaist                                | 2
			around=org:kaist&hops=1                         | 2
			around=org:kaist&hops=1&expand=a,b&expand=c     | 5
			around=org:kaist&expand=a,a,%20,b               | 4
			around=org:kaist&hops=2                         | 50
			around=org:kaist&hops=3&expand=a                | 50
			around=org:kaist&hops=1&hops=1                  | 50
			around=&expand=a                                | 50
			around=a&around=b                               | 50
			from=org:kaist&to=org:kari                      | 50
			around=org:kaist&from=org:kari&to=org:kaist     | 50
			timeline=true&involving=org:kaist               | 50
			around=org:kaist&timeline=true                  | 50
			""")
	void pricesAnExportByWhatItMayRead(String query, long points) {
		assertThat(PRICE.points(request(query))).isEqualTo(points);
	}

	@ParameterizedTest(name = "{0} unfolded cost {1}")
	@CsvSource(textBlock = """
			30,    32
			48,    50
			49,    50
			10000, 50
			""")
	void noNeighbourhoodCostsMoreThanTheLargestExport(int unfolded, long points) {
		StringBuilder ids = new StringBuilder();
		for (int i = 0; i < unfolded; i++) {
			ids.append((i > 0) ? "," : "").append("org:").append(i);
		}
		assertThat(PRICE.points(request("around=org:kaist&expand=" + ids))).isEqualTo(points);
	}

	private static MockHttpServletRequest request(String query) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/export/cytoscape");
		request.setQueryString(query);
		for (String pair : query.split("&")) {
			if (!pair.isEmpty()) {
				int equals = pair.indexOf('=');
				request.addParameter(pair.substring(0, equals),
						URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
			}
		}
		return request;
	}

}
