package org.innograph.export;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.innograph.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /export/{format}?timeline=true&…} holds what {@code timeline} with the same
 * filters shows: the entities its items involve and the relationships they rest on, and
 * nothing else.
 */
@IntegrationTest
class TimelineExportIT {

	private static final HttpClient http = HttpClient.newHttpClient();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void theYear2023HoldsTheTimelinesEntitiesAndLinksOnly() {
		Shown shown = timeline(Map.of("from", "2023-01-01", "to", "2023-12-31"));
		Exported exported = export("/export/cytoscape?timeline=true&since=2023-01-01&until=2023-12-31");
		assertThat(exported.nodes()).isEqualTo(shown.entities());
		assertThat(exported.edges()).isEqualTo(shown.relationships());
		// The 2023-10-19 MOU and its parties are in; the 2025 councils are not.
		assertThat(exported.nodes()).contains("agreement:daejeon-space-mou-2023", "org:kari")
			.doesNotContain("council:003-20-aerospace");
		assertThat(exported.edges()).contains("rel:org:kari>PARTY_TO>agreement:daejeon-space-mou-2023");
	}

	@Test
	void oneEntitysTimelineOfAgreementsHoldsThoseItemsOnly() {
		Shown shown = timeline(Map.of("involving", "org:kaist", "kinds", List.of("AGREEMENT")));
		assertThat(shown.entities()).contains("agreement:daejeon-space-mou-2023");
		Exported exported = export("/export/cytoscape?timeline=true&involving=org:kaist&subjectKinds=AGREEMENT");
		assertThat(exported.nodes()).isEqualTo(shown.entities());
		assertThat(exported.edges()).isEqualTo(shown.relationships());
		HttpResponse<byte[]> graphml = get("/export/graphml?timeline=true&involving=org:kaist&subjectKinds=AGREEMENT");
		assertThat(graphml.headers().firstValue("Content-Disposition")).get()
			.asString()
			.contains("innograph-timeline-kaist-agreement-");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			/export/csv?since=2023-01-01                          | 400 | give 'timeline=true' too
			/export/csv?timeline=yes                              | 400 | 'timeline' is true
			/export/csv?timeline=true&since=2023                  | 400 | 'since'
			/export/csv?timeline=true&since=2024-01-01&until=2023-01-01 | 400 | is after
			/export/csv?timeline=true&around=org:kari             | 400 | one selection
			/export/csv?timeline=true&subjectKinds=PLANET         | 400 | Unknown entity kind
			/export/csv?timeline=true&involving=org:no-such-thing | 404 | No entity with id
			""")
	void badTimelineParametersAreRefusedWithTheirReason(String path, int status, String message) {
		HttpResponse<byte[]> response = get(path);
		assertThat(response.statusCode()).isEqualTo(status);
		String body = new String(response.body(), StandardCharsets.UTF_8);
		assertThat(body).contains(message).contains("\"code\"").doesNotContain("Exception");
	}

	/** Every page of the time line, as the ids it shows. */
	private Shown timeline(Map<String, Object> filters) {
		Set<String> entities = new TreeSet<>();
		Set<String> relationships = new TreeSet<>();
		String after = null;
		do {
			var request = this.graphQl.documentName("timelineIds");
			for (Map.Entry<String, Object> filter : filters.entrySet()) {
				request = request.variable(filter.getKey(), filter.getValue());
			}
			var response = request.variable("after", after).execute();
			List<Map<String, Object>> items = response.path("timeline.nodes").entityList(MAP).get();
			for (Map<String, Object> item : items) {
				entities.add(id(item.get("entity")));
				if (item.get("relationship") != null) {
					relationships.add(id(item.get("relationship")));
				}
				for (Object party : (List<?>) item.get("involved")) {
					Map<?, ?> involved = (Map<?, ?>) party;
					entities.add(id(involved.get("entity")));
					if (involved.get("relationship") != null) {
						relationships.add(id(involved.get("relationship")));
					}
				}
			}
			boolean more = response.path("timeline.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = more ? response.path("timeline.pageInfo.endCursor").entity(String.class).get() : null;
		}
		while (after != null);
		assertThat(entities).isNotEmpty();
		return new Shown(entities, relationships);
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static final Class<Map<String, Object>> MAP = (Class) Map.class;

	private static String id(Object value) {
		return (String) ((Map<?, ?>) value).get("id");
	}

	private Exported export(String path) {
		HttpResponse<byte[]> response = get(path);
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode elements = JSON.readTree(response.body()).path("elements");
		return new Exported(ids(elements.path("nodes")), ids(elements.path("edges")));
	}

	private static Set<String> ids(JsonNode list) {
		Set<String> ids = new TreeSet<>();
		list.valueStream().forEach((element) -> ids.add(element.path("data").path("id").asString()));
		return ids;
	}

	private HttpResponse<byte[]> get(String path) {
		try {
			return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path)).GET().build(),
					HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	record Shown(Set<String> entities, Set<String> relationships) {
	}

	record Exported(Set<String> nodes, Set<String> edges) {
	}

}
