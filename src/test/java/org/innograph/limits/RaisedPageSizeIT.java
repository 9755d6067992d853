package org.innograph.limits;

import java.net.http.HttpResponse;

import org.innograph.support.Http;
import org.innograph.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code innograph.limits.max-page-size} raised above the default 100 is honoured end to
 * end: the document check and every resolver's page request follow the setting, not a
 * bound of their own.
 */
@IntegrationTest
class RaisedPageSizeIT {

	/** The shared integration-test context raises the largest page to this. */
	static final int MAX = IntegrationTest.MAX_PAGE_SIZE;

	@LocalServerPort
	int port;

	@Test
	void aPageAsLargeAsTheSettingIsServed() {
		JsonNode body = Http.json(new Http(this.port).graphql("{ entities(first: " + MAX
				+ ") { totalCount nodes { id } } " + "search(text: \"연구\", first: " + MAX + ") { totalCount } }"));
		assertThat(body.has("errors")).as(body.toString()).isFalse();
		// The seed holds more entities than a page: the page is exactly as large as
		// asked.
		assertThat(body.at("/data/entities/totalCount").asInt()).isGreaterThan(MAX);
		assertThat(body.at("/data/entities/nodes").size()).isEqualTo(MAX);
	}

	@Test
	void oneMoreIsRefusedBeforeAnyDatabaseWork() {
		HttpResponse<String> response = new Http(this.port)
			.graphql("{ entities(first: " + (MAX + 1) + ") { totalCount } }");
		JsonNode body = Http.json(response);
		assertThat(body.at("/errors/0/extensions/code").asString()).as(body.toString()).isEqualTo("LIMIT_EXCEEDED");
		assertThat(body.at("/errors/0/message").asString()).contains("at most " + MAX);
		assertThat(body.path("data").isNull() || body.path("data").isMissingNode()).as(body.toString()).isTrue();
	}

}
