package org.innograph.export;

import java.util.List;
import java.util.Map;

import org.innograph.api.ErrorResponses;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ClientException;

import org.springframework.data.neo4j.core.Neo4jPersistenceExceptionTranslator;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;

/**
 * A failure of an export's read, as Spring Data Neo4j hands it on, becomes the status and
 * code a client can act on; the rest stays a generic 500.
 */
class ExportErrorsTests {

	private final ExportController controller = new ExportController(null);

	@Test
	void anExportStoppedByTheReadTimeoutIs504Timeout() {
		// As a whole-graph export of a million entities ended.
		RuntimeException failure = new Neo4jPersistenceExceptionTranslator().translateExceptionIfPossible(
				new ClientException("Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
						"The transaction has not completed within the timeout specified at its start by the client."));
		ResponseEntity<Map<String, Object>> response = this.controller.unexpected(failure, request());
		assertThat(response.getStatusCode().value()).isEqualTo(504);
		assertThat(error(response)).containsEntry("message",
				"The export ran too long and was stopped; export less of the graph (kinds, types, asOf, or around an entity).");
		assertThat(error(response).get("extensions")).asInstanceOf(MAP)
			.containsEntry("code", "TIMEOUT")
			.containsEntry("requestId", "request-id-export");
	}

	@Test
	void anyOtherFailureIs500WithoutItsInsides() {
		ResponseEntity<Map<String, Object>> response = this.controller
			.unexpected(new IllegalStateException("secret detail at /home/innograph/data"), request());
		assertThat(response.getStatusCode().value()).isEqualTo(500);
		assertThat(error(response).get("extensions")).asInstanceOf(MAP).containsEntry("code", "INTERNAL_ERROR");
		assertThat(response.getBody().toString()).doesNotContain("secret");
	}

	private static MockHttpServletRequest request() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/export/csv");
		request.setAttribute(ErrorResponses.REQUEST_ID, "request-id-export");
		return request;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> error(ResponseEntity<Map<String, Object>> response) {
		return ((List<Map<String, Object>>) response.getBody().get("errors")).get(0);
	}

}
