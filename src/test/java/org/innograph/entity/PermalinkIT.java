package org.innograph.entity;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.innograph.support.Http;
import org.innograph.support.IntegrationTest;
import org.innograph.support.RunningApp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A citation's permalink is built from the address the request reached the service at
 * (here a random port), so following it opens the explorer; {@code X-Forwarded-*} from a
 * client that is not a trusted proxy does not change it.
 */
@IntegrationTest
class PermalinkIT {

	private static final Pattern LINK = Pattern.compile("https?://\\S+");

	private static final String CITATION = "{ entity(key: \"org:kari\") { relationships(first: 1) { nodes { id "
			+ "citation(language: EN) } } } }";

	@LocalServerPort
	int port;

	Http http;

	@BeforeEach
	void setUp() {
		this.http = new Http(this.port);
	}

	@Test
	void aCitationsLinkOpensTheExplorerOnThisPort() {
		String citation = Http.json(this.http.graphql(CITATION))
			.at("/data/entity/relationships/nodes/0/citation")
			.asString();
		String link = link(citation);
		String origin = "http://127.0.0.1:" + this.port;
		assertThat(link).startsWith(origin + "/#/node/rel");
		HttpResponse<String> page = RunningApp.send(HttpRequest.newBuilder(URI.create(link)).GET().build());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("/explorer/app.js");
	}

	@Test
	void forwardedHeadersFromAnUntrustedClientDoNotChangeTheLink() {
		String body = Http.JSON.writeValueAsString(Map.of("query", CITATION));
		HttpResponse<String> response = RunningApp.send(HttpRequest.newBuilder(this.http.uri("/graphql"))
			.header("Content-Type", "application/json")
			.header("X-Forwarded-Host", "evil.example")
			.header("X-Forwarded-Proto", "https")
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build());
		String link = link(Http.json(response).at("/data/entity/relationships/nodes/0/citation").asString());
		assertThat(link).startsWith("http://127.0.0.1:" + this.port + "/#/node/").doesNotContain("evil.example");
	}

	private static String link(String citation) {
		Matcher matcher = LINK.matcher(citation);
		assertThat(matcher.find()).as(citation).isTrue();
		return matcher.group();
	}

}
