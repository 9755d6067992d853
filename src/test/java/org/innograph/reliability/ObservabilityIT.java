package org.innograph.reliability;

import java.net.http.HttpResponse;

import org.innograph.support.Http;
import org.innograph.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Metrics of GraphQL requests and of the Neo4j driver are exposed for scraping; probes answer. */
@IntegrationTest
class ObservabilityIT {

	@LocalServerPort
	int port;

	@Test
	void graphqlAndDriverMetricsAreExposed() {
		Http http = new Http(this.port);
		http.graphql("{ entity(key: \"org:kari\") { id } }");
		HttpResponse<String> metrics = org.innograph.support.RunningApp
			.send(java.net.http.HttpRequest.newBuilder(http.uri("/actuator/prometheus")).build());
		assertThat(metrics.statusCode()).isEqualTo(200);
		assertThat(metrics.body()).contains("graphql_request_seconds").containsPattern("(?m)^neo4j_");
		for (String probe : new String[] { "/actuator/health/liveness", "/actuator/health/readiness" }) {
			HttpResponse<String> response = org.innograph.support.RunningApp
				.send(java.net.http.HttpRequest.newBuilder(http.uri(probe)).build());
			assertThat(response.statusCode()).as(probe).isEqualTo(200);
		}
	}

}
