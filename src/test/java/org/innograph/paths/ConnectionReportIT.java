package org.innograph.paths;

import org.innograph.support.Http;
import org.innograph.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code connectionReport} says why there is no chain, and an unknown id errors on its
 * own field only. The expectations come from graph-seed/000-daejeon-space-mou.yaml: KASI
 * and KIGAM are both parties (PARTY_TO) of the 2023 Daejeon space MOU and share no
 * relationship of their own, so their shortest chain is two hops through the agreement;
 * neither is an end of a GOVERNS link (regions and their governments).
 */
@IntegrationTest
class ConnectionReportIT {

	private static final String REPORT = "connectionReport(from: \"org:kasi\", to: \"org:kigam\"%s) "
			+ "{ paths { length } reason shortestLength explanation { ko en } }";

	@LocalServerPort
	int port;

	Http http;

	@BeforeEach
	void setUp() {
		this.http = new Http(this.port);
	}

	private JsonNode report(String arguments) {
		JsonNode body = Http.json(this.http.graphql("{ " + REPORT.formatted(arguments) + " }"));
		assertThat(body.path("errors").isMissingNode()).as(body.toString()).isTrue();
		return body.at("/data/connectionReport");
	}

	@Test
	void chainsFoundHaveNoReason() {
		JsonNode report = report(", types: [PARTY_TO]");
		assertThat(report.path("paths").size()).isPositive();
		assertThat(report.at("/paths/0/length").asInt()).isEqualTo(2);
		assertThat(report.path("reason").isNull()).isTrue();
		assertThat(report.path("explanation").isNull()).isTrue();
	}

	@Test
	void aChainLongerThanMaxHopsIsNamed() {
		JsonNode report = report(", maxHops: 1");
		assertThat(report.path("paths").size()).isZero();
		assertThat(report.path("reason").asString()).isEqualTo("BEYOND_MAX_HOPS");
		assertThat(report.path("shortestLength").asInt()).isEqualTo(2);
		assertThat(report.at("/explanation/en").asString()).contains("1 hops", "raise maxHops");
	}

	@Test
	void aTypesFilterThatExcludesEveryChainIsNamed() {
		JsonNode report = report(", types: [GOVERNS]");
		assertThat(report.path("paths").size()).isZero();
		assertThat(report.path("reason").asString()).isEqualTo("EXCLUDED_BY_TYPES");
		assertThat(report.path("shortestLength").asInt()).isEqualTo(2);
		assertThat(report.at("/explanation/ko").asString()).contains("types");
	}

	@Test
	void noChainAtAllIsNamed() {
		// In 1900 no relationship of the graph held yet.
		JsonNode report = report(", asOf: \"1900-01-01\"");
		assertThat(report.path("paths").size()).isZero();
		assertThat(report.path("reason").asString()).isEqualTo("NO_PATH");
		assertThat(report.path("shortestLength").isNull()).isTrue();
	}

	@Test
	void anUnknownIdInConnectionsErrorsOnThatFieldAlone() {
		JsonNode body = Http.json(this.http.graphql("{ kept: entity(key: \"org:kari\") { id } "
				+ "connections(from: \"org:no-such\", to: \"org:kari\") { length } }"));
		assertThat(body.at("/data/kept/id").asString()).isEqualTo("org:kari");
		assertThat(body.at("/data/connections").isArray()).isTrue();
		assertThat(body.at("/data/connections").size()).isZero();
		assertThat(body.at("/errors/0/extensions/code").asString()).isEqualTo("NOT_FOUND");
		assertThat(body.at("/errors/0/path/0").asString()).isEqualTo("connections");
		assertThat(body.at("/errors/0/message").asString()).contains("org:no-such");
	}

	@Test
	void anUnknownIdInConnectionReportErrorsOnThatFieldAlone() {
		JsonNode body = Http.json(this.http.graphql("{ kept: entity(key: \"org:kari\") { id } "
				+ "connectionReport(from: \"org:kari\", to: \"org:no-such\") { reason } }"));
		assertThat(body.at("/data/kept/id").asString()).isEqualTo("org:kari");
		assertThat(body.at("/data/connectionReport").isNull()).isTrue();
		assertThat(body.at("/errors/0/extensions/code").asString()).isEqualTo("NOT_FOUND");
		assertThat(body.at("/errors/0/path/0").asString()).isEqualTo("connectionReport");
	}

	@Test
	void anUnknownIdInPartnershipErrorsOnThatFieldAlone() {
		JsonNode body = Http.json(this.http.graphql("{ kept: entity(key: \"org:kari\") { id } "
				+ "partnership(a: \"org:kari\", b: \"org:no-such\") { verdict } }"));
		assertThat(body.at("/data/kept/id").asString()).isEqualTo("org:kari");
		assertThat(body.at("/data/partnership").isNull()).isTrue();
		assertThat(body.at("/errors/0/extensions/code").asString()).isEqualTo("NOT_FOUND");
		assertThat(body.at("/errors/0/path/0").asString()).isEqualTo("partnership");
		assertThat(body.at("/errors/0/message").asString()).contains("org:no-such");
	}

	@Test
	void anUnknownIdInNodeIsNullWithoutWipingSiblings() {
		JsonNode body = Http.json(
				this.http.graphql("{ kept: entity(key: \"org:kari\") { id } " + "node(id: \"org:no-such\") { id } }"));
		assertThat(body.at("/data/kept/id").asString()).isEqualTo("org:kari");
		assertThat(body.at("/data/node").isNull()).isTrue();
	}

}
