package org.innograph.web;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.innograph.support.IntegrationTest;
import org.innograph.support.RunningApp;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The query editor at /graphiql loads only assets of this service, all of which are
 * served.
 */
@IntegrationTest
class QueryEditorPageIT {

	private static final Pattern ASSET = Pattern.compile("(?:src|href)=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Test
	void queryEditorUsesOnlyLocalAssets() {
		HttpResponse<String> page = get("/graphiql");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("<div id=\"graphiql\">");
		List<String> assets = new ArrayList<>();
		Matcher matcher = ASSET.matcher(page.body());
		while (matcher.find()) {
			assets.add(matcher.group(1));
		}
		assertThat(assets).hasSizeGreaterThanOrEqualTo(5)
			.allSatisfy((asset) -> assertThat(asset).startsWith("/").doesNotStartWith("//"));
		for (String asset : assets) {
			HttpResponse<String> response = get(asset);
			assertThat(response.statusCode()).as(asset).isEqualTo(200);
			assertThat(response.body()).as(asset).isNotEmpty().doesNotContain("cdn.jsdelivr", "unpkg.com");
		}
	}

	private HttpResponse<String> get(String path) {
		return RunningApp.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path)).build());
	}

}
