package org.innograph.time;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.innograph.support.IntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one asOf rule on the seed: a link holds from its validFrom (else the date of the
 * earliest document that states it) until its validTo, and a person's role until a later
 * document names someone else in it. GraphQL and the exports give the same links for the
 * same date.
 */
@IntegrationTest
class AsOfIT {

	private static final HttpClient http = HttpClient.newHttpClient();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String TRIANGLE = "cluster:national-space-industry-triangle";

	private static final List<String> CORNERS = List.of("cluster:daejeon-space-rd-talent",
			"cluster:gyeongnam-space-satellite", "cluster:jeonnam-space-launch-vehicle");

	/** Entities whose links the GraphQL and export answers are compared on. */
	private static final List<String> COMPARED = List.of(TRIANGLE, CORNERS.get(0), CORNERS.get(1), CORNERS.get(2),
			"org:motie", "org:daejeon-city", "org:kari");

	private static final String TYPES = "MEMBER_OF,COOPERATES_WITH,HEADS,REPRESENTS,PARTY_TO";

	@Autowired
	HttpGraphQlTester graphQl;

	@LocalServerPort
	int port;

	@Test
	void theSpaceTriangleIsAbsentBeforeTheMasterPlanStatedIt() {
		// Every link among the three corners and into the triangle is stated by doc:001
		// (2023-05) at the
		// earliest, and none has a validFrom: they start on 2023-05-01.
		for (String date : List.of("2021-12-31", "2022-12", "2022")) {
			assertThat(links(TRIANGLE, "MEMBER_OF", date)).as("triangle members as of " + date).isEmpty();
			assertThat(links(CORNERS.get(0), "COOPERATES_WITH", date)).as("Daejeon's cooperation as of " + date)
				.isEmpty();
		}
		for (String date : List.of("2023-10-19", "2025-01-16", "2023-05")) {
			assertThat(links(TRIANGLE, "MEMBER_OF", date)).as("triangle members as of " + date).hasSize(3);
			assertThat(links(CORNERS.get(1), "COOPERATES_WITH", date)).as("Gyeongnam's cooperation as of " + date)
				.hasSize(2);
		}
		assertThat(links(TRIANGLE, "MEMBER_OF", null)).hasSize(3);
	}

	@Test
	void oneMinisterHeadsMotieAtEachDate() {
		assertThat(heads("2025-01-16")).containsExactly("person:ahn-duk-geun");
		assertThat(heads("2021-09-30")).containsExactly("person:moon-seung-wook");
		// Named again on 2022-03-18 (doc:002), and nobody else until doc:003 of
		// 2025-01-16.
		assertThat(heads("2021-12-31")).containsExactly("person:moon-seung-wook");
		assertThat(heads("2023-10-19")).containsExactly("person:moon-seung-wook");
		// Before any document names a minister, none.
		assertThat(heads("2021-09")).isEmpty();
		// Without a date every recorded role shows.
		assertThat(heads(null)).containsExactlyInAnyOrder("person:ahn-duk-geun", "person:moon-seung-wook");
	}

	@Test
	void relationshipsSayWhenTheyWereFirstStated() {
		String query = """
				{ entity(key: "%s") { relationships(types: [MEMBER_OF], direction: INCOMING) {
				    nodes { from { id } basis statedOn { text precision } } } } }""".formatted(TRIANGLE);
		var response = this.graphQl.document(query).execute();
		response.path("entity.relationships.nodes[*].statedOn.text")
			.entityList(String.class)
			.containsExactly("2023-05", "2023-05", "2023-05");
		response.path("entity.relationships.nodes[*].statedOn.precision")
			.entityList(String.class)
			.containsExactly("MONTH", "MONTH", "MONTH");
	}

	@ParameterizedTest
	@ValueSource(strings = { "2021-12-31", "2022-12", "2023-10-19", "2025-01-16" })
	void graphQlAndTheExportGiveTheSameLinksForTheSameDate(String date) {
		Set<String> viaGraphQl = new TreeSet<>();
		for (String id : COMPARED) {
			viaGraphQl.addAll(links(id, TYPES.replace(",", ", "), date));
		}
		Set<String> viaExport = new TreeSet<>();
		JsonNode document = JSON.readTree(get("/export/cytoscape?types=" + TYPES + "&asOf=" + date).body());
		document.path("elements").path("edges").valueStream().map((edge) -> edge.path("data")).forEach((data) -> {
			if (COMPARED.contains(data.path("source").asString())
					|| COMPARED.contains(data.path("target").asString())) {
				viaExport.add(data.path("id").asString());
			}
		});
		assertThat(viaGraphQl).isNotEmpty();
		assertThat(viaExport).isEqualTo(viaGraphQl);
	}

	@Test
	void aDateThatIsNoDateIsABadRequest() {
		this.graphQl.document("{ entity(key: \"org:motie\") { relationships(asOf: \"2022-13\") { totalCount } } }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getMessage()).contains("2022-13")));
		assertThat(get("/export/cytoscape?asOf=2022-13").statusCode()).isEqualTo(400);
	}

	private List<String> heads(String date) {
		String asOf = (date != null) ? ", asOf: \"" + date + "\"" : "";
		return this.graphQl.document(
				"{ entity(key: \"org:motie\") { relationships(types: [HEADS], direction: INCOMING%s) { nodes { from { id } } } } }"
					.formatted(asOf))
			.execute()
			.path("entity.relationships.nodes[*].from.id")
			.entityList(String.class)
			.get();
	}

	private List<String> links(String id, String types, String date) {
		String asOf = (date != null) ? ", asOf: \"" + date + "\"" : "";
		return this.graphQl
			.document("{ entity(key: \"%s\") { relationships(types: [%s], first: 100%s) { nodes { id } } } }"
				.formatted(id, types, asOf))
			.execute()
			.path("entity.relationships.nodes[*].id")
			.entityList(String.class)
			.get();
	}

	private HttpResponse<String> get(String path) {
		try {
			return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
					HttpResponse.BodyHandlers.ofString());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
